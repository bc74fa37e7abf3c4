package index

import (
	"errors"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/normdex/normdex/corpus"
)

func TestSearchPolarityAndStopWords(t *testing.T) {
	ix, err := Open(filepath.Join(t.TempDir(), "ix"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	d := corpus.Document{ID: "doc1", Date: "2020"}
	ann := func(el string, p corpus.Polarity) corpus.Annotation {
		return corpus.Annotation{Element: el, Polarity: p}
	}
	ps := []corpus.Passage{
		{ID: "doc1-0", Text: "Actual, rather than constructive, knowledge.",
			Annotations: []corpus.Annotation{ann("knowledge.actual", corpus.Affirmed), ann("knowledge.constructive", corpus.Rejected)}},
		{ID: "doc1-1", Text: "A State that should have known.",
			Annotations: []corpus.Annotation{ann("knowledge.constructive", corpus.Affirmed)}},
		{ID: "doc1-2", Text: "No duty to monitor.",
			Annotations: []corpus.Annotation{ann("measures.monitoring", corpus.Rejected)}},
		{ID: "doc1-3", Text: "It must monitor, but need not monitor everything.",
			Annotations: []corpus.Annotation{ann("measures.monitoring", corpus.Affirmed), ann("measures.monitoring", corpus.Rejected)}},
	}
	var es []Entry
	for _, p := range ps {
		es = append(es, NewEntry(d, p))
	}
	if err := ix.Replace(nil, es); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		f    corpus.Filter
		want []string
	}{
		{"any rejection", corpus.Filter{Polarity: corpus.Rejected}, []string{"doc1-0", "doc1-2", "doc1-3"}},
		{"any affirmation", corpus.Filter{Polarity: corpus.Affirmed}, []string{"doc1-0", "doc1-1", "doc1-3"}},
		{"rejected element", corpus.Filter{Polarity: corpus.Rejected, Elements: []string{"knowledge.constructive"}}, []string{"doc1-0"}},
		{"affirmed element", corpus.Filter{Polarity: corpus.Affirmed, Elements: []string{"knowledge.constructive"}}, []string{"doc1-1"}},
		{"affirmed group", corpus.Filter{Polarity: corpus.Affirmed, Elements: []string{"knowledge"}}, []string{"doc1-0", "doc1-1"}},
		{"rejected groups", corpus.Filter{Polarity: corpus.Rejected, Elements: []string{"knowledge", "measures"}}, []string{"doc1-0", "doc1-2", "doc1-3"}},
		{"affirmed and rejected", corpus.Filter{Polarity: corpus.Affirmed, Elements: []string{"measures.monitoring"}}, []string{"doc1-3"}},
		{"affirmed, none", corpus.Filter{Polarity: corpus.Affirmed, Elements: []string{"topic"}}, nil},
		{"either polarity", corpus.Filter{Elements: []string{"knowledge.constructive"}}, []string{"doc1-0", "doc1-1"}},
	} {
		res, err := ix.Search(Query{Filter: tc.f, Size: 10})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := ids(res); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: hits %v, want %v", tc.name, got, tc.want)
		}
		// corpus.Filter.Match, which export and matrix use, agrees.
		var match []string
		for _, p := range ps {
			if tc.f.Match(d, p) {
				match = append(match, p.ID)
			}
		}
		if !reflect.DeepEqual(match, tc.want) {
			t.Errorf("%s: Filter.Match keeps %v, want %v", tc.name, match, tc.want)
		}
	}
	for _, q := range []string{"not", "should not", `"should not"`, "-the"} {
		if _, err := ix.Search(Query{Filter: corpus.Filter{Query: q}}); !errors.Is(err, ErrOnlyStopWords) {
			t.Errorf("query %q: error %v, want ErrOnlyStopWords", q, err)
		}
	}
	if _, err := ix.Search(Query{Filter: corpus.Filter{Query: "should not monitor"}}); err != nil {
		t.Errorf("a query with a word besides its stop words: %v", err)
	}
}
