package index

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/normdex/normdex/corpus"
)

// TestCandidatesChangeNothing searches an index of several segments, with
// passages deleted, in three languages and both polarities, with and without
// restricting the postings to the candidates: every query must find the same
// hits in the same order, with the same scores, down to the last bit.
func TestCandidatesChangeNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ix")
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	words := map[string][]string{
		corpus.English: {"States", "should", "take", "reasonable", "steps", "to", "prevent", "operations", "from", "their",
			"territory", "due", "diligence", "is", "binding", "voluntary", "notification", "assistance", "knowledge", "sovereignty"},
		corpus.French: {"les", "États", "doivent", "prendre", "des", "mesures", "raisonnables", "diligence", "requise",
			"territoire", "souveraineté", "assistance", "notification", "obligation", "contraignante"},
		corpus.Spanish: {"los", "Estados", "deben", "adoptar", "medidas", "razonables", "diligencia", "debida", "territorio",
			"soberanía", "asistencia", "notificación", "obligación", "vinculante"},
	}
	langs := []string{corpus.English, corpus.English, corpus.French, corpus.Spanish}
	elements := []string{"knowledge.actual", "knowledge.constructive", "measures.assistance", "measures.notification",
		"territory.transit", "territory.origin", "status.binding", "topic.due_diligence"}
	states := []string{"Chile", "Japan", "Kenya", "Norway"}
	doc := func(n int) []Entry {
		d := corpus.Document{ID: fmt.Sprintf("doc%03d", n), Title: "T", Date: fmt.Sprint(2014 + rng.IntN(10)), Source: "s.txt"}
		if n%7 == 3 {
			d.DuplicateOf = "doc000"
		}
		var es []Entry
		for i := range 1 + rng.IntN(12) {
			lang := langs[rng.IntN(len(langs))]
			var text []string
			for range 4 + rng.IntN(20) {
				text = append(text, words[lang][rng.IntN(len(words[lang]))])
			}
			p := corpus.Passage{ID: fmt.Sprintf("%s-%02d", d.ID, i), State: states[rng.IntN(len(states))], Text: strings.Join(text, " "), Lang: lang}
			for range rng.IntN(4) {
				a := corpus.Annotation{Element: elements[rng.IntN(len(elements))], Polarity: corpus.Affirmed}
				if rng.IntN(4) == 0 {
					a.Polarity = corpus.Rejected
				}
				p.Annotations = append(p.Annotations, a)
			}
			es = append(es, NewEntry(d, p))
		}
		return es
	}
	// One batch a segment, then documents replaced: holes in the numbers.
	for b := range 6 {
		var es []Entry
		for n := b * 20; n < b*20+20; n++ {
			es = append(es, doc(n)...)
		}
		if err := ix.Replace(nil, es); err != nil {
			t.Fatal(err)
		}
	}
	for _, n := range []int{5, 33, 34, 90} {
		if err := ix.Replace([]string{fmt.Sprintf("doc%03d", n)}, doc(n)); err != nil {
			t.Fatal(err)
		}
	}
	// Read-only, no segments are merged between the searches compared:
	// a merge renumbers the passages, and hits of equal score come in
	// the order of their numbers.
	ix.Close()
	if ix, err = OpenReadOnly(path); err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	filters := []corpus.Filter{
		{},
		{Query: "reasonable steps"},
		{Query: `"reasonable steps"`},
		{Query: "diligence"},
		{Query: "assistance -notification"},
		{Query: "assistance -notification", Elements: []string{"measures"}},
		{Query: `steps -"due diligence"`},
		{Query: "-sovereignty"},
		{Query: "territory -binding -voluntary", YearFrom: 2016},
		{Elements: []string{"knowledge"}},
		{Elements: []string{"territory.transit"}, YearFrom: 2018, YearTo: 2021},
		{Elements: []string{"knowledge", "territory"}, Polarity: corpus.Affirmed},
		{Elements: []string{"knowledge.actual"}, Polarity: corpus.Rejected, Query: "States"},
		{Polarity: corpus.Affirmed, YearTo: 2019},
		{Polarity: corpus.Rejected},
		{States: []string{"Japan", "Chile"}, Query: "sovereignty", YearFrom: 2015, YearTo: 2015},
		{States: []string{"Kenya"}, Lang: corpus.French},
		{Query: "mesures raisonnables", Lang: corpus.French},
		{Query: "diligencia -soberanía", Elements: []string{"status"}},
		{DocID: "doc01", Query: "operations"},
		{Query: "nothingmatchesthis"},
	}
	for range 60 {
		f := corpus.Filter{}
		if rng.IntN(2) == 0 {
			f.Query = words[corpus.English][rng.IntN(20)]
			if rng.IntN(2) == 0 {
				f.Query += " -" + words[langs[rng.IntN(4)]][rng.IntN(14)]
			}
		}
		if rng.IntN(2) == 0 {
			f.Elements = []string{elements[rng.IntN(len(elements))]}
			if rng.IntN(3) == 0 {
				f.Polarity = []corpus.Polarity{corpus.Affirmed, corpus.Rejected}[rng.IntN(2)]
			}
		}
		if rng.IntN(3) == 0 {
			f.YearFrom = 2014 + rng.IntN(10)
			f.YearTo = f.YearFrom + rng.IntN(4)
		}
		if rng.IntN(3) == 0 {
			f.States = []string{states[rng.IntN(len(states))]}
		}
		filters = append(filters, f)
	}
	found := 0
	for _, f := range filters {
		bq, err := buildQuery(f)
		if errors.Is(err, ErrOnlyStopWords) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		c, ok := bq.(candidates)
		if !ok {
			t.Fatalf("buildQuery(%+v) is a %T, not restricted to candidates", f, bq)
		}
		search := func(q query.Query) ([]string, []float64, uint64) {
			res, err := ix.b.Search(bleve.NewSearchRequestOptions(q, 10000, 0, false))
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			var scores []float64
			for _, h := range res.Hits {
				ids = append(ids, h.ID)
				scores = append(scores, h.Score)
			}
			return ids, scores, res.Total
		}
		ids, scores, total := search(c)
		wantIDs, wantScores, wantTotal := search(c.Query)
		if total != wantTotal || !reflect.DeepEqual(ids, wantIDs) || !reflect.DeepEqual(scores, wantScores) {
			t.Errorf("%+v: restricted to candidates %d hits %v %v\nbleve alone %d hits %v %v", f, total, ids, scores, wantTotal, wantIDs, wantScores)
		}
		found += int(total)
	}
	if found == 0 {
		t.Fatal("no query found anything")
	}
}
