package index

import (
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"github.com/normdex/normdex/corpus"
)

// Hits of equal score come in the order of their passage IDs, whatever
// the order in which the passages were indexed: as bleve orders them by
// "-_score", "_id", on the first search of a snapshot (IDs read) and on
// the next ones (ranks from the facet column).
func TestTiesOrderedByID(t *testing.T) {
	texts := []string{"States should take reasonable steps.", "States should take reasonable steps and prevent harm.",
		"Reasonable steps.", "Prevent harm from their territory."}
	var es []Entry
	for n := range 60 {
		// Later documents first, in several batches: numbers in the
		// index do not follow the IDs.
		d := corpus.Document{ID: fmt.Sprintf("doc%02d", 59-n), Title: "T", Date: "2020", Source: "s.txt"}
		for i := range 5 {
			p := corpus.Passage{ID: fmt.Sprintf("%s-%d", d.ID, 4-i), State: "Chile", Text: texts[(n+i)%len(texts)], Lang: "en"}
			es = append(es, NewEntry(d, p))
		}
	}
	path := filepath.Join(t.TempDir(), "ix")
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(es); i += 70 {
		if err := ix.Replace(nil, es[i:min(i+70, len(es))]); err != nil {
			t.Fatal(err)
		}
	}
	ix.Close()
	if ix, err = OpenReadOnly(path); err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, q := range []Query{
		{Filter: corpus.Filter{Query: "reasonable steps"}, Size: 10},
		{Filter: corpus.Filter{Query: "reasonable steps"}, Size: 7, From: 30, Facets: true},
		{Filter: corpus.Filter{Query: "prevent -reasonable"}, Size: 20, From: 5, Facets: true},
		{Filter: corpus.Filter{Query: "states"}, Size: 300, Facets: true},
	} {
		bq, err := buildQuery(q.Filter)
		if err != nil {
			t.Fatal(err)
		}
		req := bleve.NewSearchRequestOptions(bq, q.Size, q.From, false)
		req.SortBy([]string{"-_score", "_id"})
		res, err := ix.b.Search(req)
		if err != nil {
			t.Fatal(err)
		}
		var want []Hit
		for _, h := range res.Hits {
			want = append(want, Hit{Entry: Entry{ID: h.ID}, Score: h.Score})
		}
		for _, when := range []string{"first", "second", "third"} {
			got, err := ix.Search(q)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.Hits, want) {
				t.Errorf("%s search %+v:\n got %v\nwant %v", when, q, got.Hits, want)
			}
		}
	}
}
