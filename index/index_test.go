package index

import (
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/normdex/normdex/corpus"
)

func entries() []Entry {
	d1 := corpus.Document{ID: "doc1", Title: "NZ", Date: "2020", Source: "nz.txt"}
	d2 := corpus.Document{ID: "doc2", Title: "NO", Date: "2021", Source: "no.txt"}
	ps := []struct {
		d corpus.Document
		p corpus.Passage
	}{
		{d1, corpus.Passage{ID: "doc1-0", State: "New Zealand", Text: "States should have actual knowledge before they must act.",
			Annotations: []corpus.Annotation{{Element: "knowledge.actual"}}}},
		{d1, corpus.Passage{ID: "doc1-1", State: "New Zealand", Text: "Prevention is not required.",
			Annotations: []corpus.Annotation{{Element: "scope.prevention"}}}},
		{d2, corpus.Passage{ID: "doc2-0", State: "Norway", Text: "A State that should have known of the operations is responsible.",
			Annotations: []corpus.Annotation{{Element: "knowledge.constructive"}}}},
	}
	var out []Entry
	for _, x := range ps {
		out = append(out, NewEntry(x.d, x.p))
	}
	return out
}

func ids(r *Result) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.ID)
	}
	return out
}

func TestSearch(t *testing.T) {
	ix, err := Open(filepath.Join(t.TempDir(), "ix"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if err := ix.Replace(nil, entries()); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		f    corpus.Filter
		want []string
	}{
		{"stemmed words", corpus.Filter{Query: "operation"}, []string{"doc2-0"}},
		{"phrase", corpus.Filter{Query: `"should have known"`}, []string{"doc2-0"}},
		{"phrase of two words", corpus.Filter{Query: `"actual knowledge"`}, []string{"doc1-0"}},
		{"phrase in another order", corpus.Filter{Query: `"knowledge actual"`}, nil},
		{"phrase with a stop word", corpus.Filter{Query: `"operations is responsible"`}, []string{"doc2-0"}},
		{"phrase without the stop word", corpus.Filter{Query: `"operations responsible"`}, nil},
		{"phrase excluded", corpus.Filter{Query: `state -"actual knowledge"`}, []string{"doc2-0"}},
		{"exclusion", corpus.Filter{Query: "state -known"}, []string{"doc1-0"}},
		{"element prefix", corpus.Filter{Elements: []string{"knowledge"}}, []string{"doc1-0", "doc2-0"}},
		{"state", corpus.Filter{States: []string{"Norway"}}, []string{"doc2-0"}},
		{"year range", corpus.Filter{YearFrom: 2020, YearTo: 2020, Elements: []string{"scope"}}, []string{"doc1-1"}},
	} {
		res, err := ix.Search(Query{Filter: tc.f, Size: 10})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := ids(res); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: hits %v, want %v", tc.name, got, tc.want)
		}
	}
	res, _ := ix.Search(Query{Filter: corpus.Filter{Query: "known"}, Size: 10})
	if len(res.Hits) != 1 || res.Hits[0].ID != "doc2-0" {
		t.Errorf("hit = %+v", res.Hits)
	}
	all, _ := ix.Search(Query{Size: 10, Facets: true})
	if !reflect.DeepEqual(all.States, []FacetCount{{"New Zealand", 2}, {"Norway", 1}}) {
		t.Errorf("state facets = %v", all.States)
	}
	if err := ix.Replace([]string{"doc1"}, nil); err != nil {
		t.Fatal(err)
	}
	if n, _ := ix.Count(); n != 1 {
		t.Errorf("after removing doc1: %d passages, want 1", n)
	}
}

func TestSnippet(t *testing.T) {
	long := strings.Repeat("filler words here ", 30)
	for _, tc := range []struct{ text, query, want string }{
		{"States must prevent harm.", "prevention", "States must <mark>prevent</mark> harm."},
		{"due care and diligence are due", `"due diligence"`, ""},
		{"A due diligence obligation.", `"due diligence"`, "A <mark>due diligence</mark> obligation."},
		{"The State knew.", "-knew", ""},
		{"Nothing here.", "sovereignty", ""},
		{long + "the territorial State " + long, "territorial",
			"…filler words here filler words here the <mark>territorial</mark> State filler words here filler words here filler words here filler words here filler words here filler words here filler words here filler words here filler words here filler words here filler…"},
	} {
		if got := Snippet(tc.text, tc.query); got != tc.want {
			t.Errorf("Snippet(%.30q, %q) =\n%q\nwant\n%q", tc.text, tc.query, got, tc.want)
		}
	}
}

func TestParseWords(t *testing.T) {
	got, err := ParseWords(`due "should have known" -binding`)
	want := []Word{{Text: "due"}, {Text: "should have known", Phrase: true}, {Text: "binding", Exclude: true}}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("ParseWords = %+v, %v", got, err)
	}
	if _, err := ParseWords(`"open`); err == nil {
		t.Error("unclosed quote: no error")
	}
}

func FuzzParseWords(f *testing.F) {
	f.Add(`a "b c" -d`)
	f.Add(`-"x`)
	f.Fuzz(func(t *testing.T, s string) {
		ws, err := ParseWords(s)
		if err != nil {
			return
		}
		for _, w := range ws {
			if w.Text == "" {
				t.Fatalf("empty word from %q", s)
			}
		}
		// A query of stop words only is refused on purpose; nothing else is.
		if _, err := buildQuery(corpus.Filter{Query: s}); err != nil && !errors.Is(err, ErrOnlyStopWords) {
			t.Fatal(err)
		}
	})
}

// TestOpenOutdated checks that an index of an older layout is refused: 5
// is the last one stemmed with Porter's stemmer, whose stems the queries no
// longer make.
func TestOpenOutdated(t *testing.T) {
	for _, old := range []string{"1", "5"} {
		path := filepath.Join(t.TempDir(), "ix")
		ix, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := ix.b.SetInternal(versionKey, []byte(old)); err != nil {
			t.Fatal(err)
		}
		ix.Close()
		if _, err := Open(path); !errors.Is(err, ErrOutdated) {
			t.Fatalf("Open of an index of layout %s: %v, want ErrOutdated", old, err)
		}
	}
}

func FuzzSnippet(f *testing.F) {
	f.Add("A due diligence obligation, due to diligence.", `"due diligence" -x obligation`)
	f.Add("État’s «territory» — non-State actors", "state's territori")
	f.Fuzz(func(t *testing.T, text, query string) {
		s := Snippet(text, query)
		if s != "" && !strings.Contains(s, HighlightStart) {
			t.Fatalf("snippet without a match: %q", s)
		}
	})
}

func TestOpenErrorOfAnOldLayout(t *testing.T) {
	bleveErr := errors.New("error parsing mapping JSON: error building analyzer: no token filter with name or type 'normdex_pair' registered\nmapping contents:\n{\"default_mapping\": {}}")
	err := openError("ix", bleveErr)
	if !errors.Is(err, ErrOutdated) || strings.Contains(err.Error(), "\n") {
		t.Errorf("openError = %q, want a one-line ErrOutdated", err)
	}
	if err := openError("ix", errors.New("timeout")); !errors.Is(err, ErrBusy) {
		t.Errorf("openError(timeout) = %v, want ErrBusy", err)
	}
}

// TestTallyAgreesWithSearch: a query without words answered from entries
// (while a writer holds the index) gives what the index gives.
func TestTallyAgreesWithSearch(t *testing.T) {
	ix, err := Open(filepath.Join(t.TempDir(), "ix"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	es := entries()
	if err := ix.Replace(nil, es); err != nil {
		t.Fatal(err)
	}
	for _, q := range []Query{
		{Size: 10, Facets: true},
		{Size: 1, Facets: true},
		{Size: 10, From: 1},
	} {
		want, err := ix.Search(q)
		if err != nil {
			t.Fatal(err)
		}
		for i := range want.Hits {
			want.Hits[i].Score = 0
		}
		// Reversed, as a store may give them.
		rev := make([]Entry, len(es))
		for i, e := range es {
			rev[len(es)-1-i] = e
		}
		if got := Tally(q, rev); !reflect.DeepEqual(got, want) {
			t.Errorf("Tally(%+v) = %+v\nSearch gives %+v", q, got, want)
		}
	}
}

func TestOpenReadOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ix")
	if _, err := OpenReadOnly(path); !errors.Is(err, ErrMissing) {
		t.Fatalf("OpenReadOnly of no index = %v; want ErrMissing", err)
	}
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Replace(nil, entries()); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if n, err := ro.Count(); err != nil || n != 3 {
		t.Errorf("Count = %d, %v; want 3", n, err)
	}
	if err := ro.Replace(nil, entries()[:1]); err == nil {
		t.Error("Replace through a read-only index succeeded")
	}
}

// TestAddAnalyzed checks that entries analysed ahead of their batch
// are found, scored and counted exactly as entries bleve analyses itself.
func TestAddAnalyzed(t *testing.T) {
	open := func() *Index {
		ix, err := Open(filepath.Join(t.TempDir(), "ix"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ix.Close() })
		return ix
	}
	plain, ahead := open(), open()
	if err := plain.Replace(nil, entries()); err != nil {
		t.Fatal(err)
	}
	var docs []Analyzed
	for _, e := range entries() {
		a, err := ahead.Analyze(e)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, a)
	}
	if err := ahead.AddAnalyzed(docs); err != nil {
		t.Fatal(err)
	}
	for _, f := range []corpus.Filter{
		{Query: "operation"},
		{Query: `"should have known"`},
		{Query: `state -"actual knowledge"`},
		{Elements: []string{"knowledge"}},
		{States: []string{"Norway"}, Query: "responsible"},
		{},
	} {
		q := Query{Filter: f, Size: 10, Facets: true}
		want, err := plain.Search(q)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ahead.Search(q)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%+v: analysed ahead %+v, want %+v", f, got, want)
		}
	}
}
