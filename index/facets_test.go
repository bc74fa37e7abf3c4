package index

import (
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/normdex/normdex/corpus"
)

// TestFacetColumnAgreesWithBleve searches the same queries again and
// again, as a server does: the first time of a snapshot bleve counts the
// facets, then its column does; the results must not change, also after a
// write makes a new snapshot.
func TestFacetColumnAgreesWithBleve(t *testing.T) {
	ix, err := Open(filepath.Join(t.TempDir(), "ix"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	es := entries()
	dup := corpus.Document{ID: "doc3", Title: "NZ again", Date: "2020", Source: "nz2.txt", DuplicateOf: "doc1"}
	for i := range 40 {
		p := corpus.Passage{ID: fmt.Sprintf("doc3-%02d", i), State: "New Zealand", Text: "States should take reasonable steps.",
			Annotations: []corpus.Annotation{{Element: "measures"}, {Element: "knowledge.actual"}}, Lang: "en"}
		es = append(es, NewEntry(dup, p, ""))
	}
	if err := ix.Replace(nil, es); err != nil {
		t.Fatal(err)
	}
	queries := []Query{
		{Size: 5, Facets: true},
		{Size: 5, Facets: true, AllCopies: true},
		{Filter: corpus.Filter{Query: "states"}, Size: 3, Facets: true, AllCopies: true},
		{Filter: corpus.Filter{Elements: []string{"knowledge"}}, Size: 2, From: 1, Facets: true},
		{Filter: corpus.Filter{Query: "nothing-matches-this"}, Facets: true},
	}
	var first []*Result
	for _, q := range queries {
		r, err := ix.Search(q)
		if err != nil {
			t.Fatal(err)
		}
		first = append(first, r)
	}
	check := func(when string) {
		t.Helper()
		for i, q := range queries {
			got, err := ix.Search(q)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, first[i]) {
				t.Errorf("%s: Search(%+v) = %+v\nfirst time %+v", when, q, got, first[i])
			}
		}
	}
	check("again")
	if ix.facets.col == nil {
		t.Fatal("no facet column read on the second search of a snapshot")
	}
	check("from the column")
	// A write: the passages are the same, the snapshot is new.
	if err := ix.Replace([]string{"doc2"}, es[2:3]); err != nil {
		t.Fatal(err)
	}
	check("after a write")
	check("after a write, from the column")
}
