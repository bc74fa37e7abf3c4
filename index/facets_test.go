package index

import (
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2"

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
	es := withCopies(func(i int) int { return i }, "")
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

// A search of every passage with its documents, answered from the
// column's totals, finds what bleve's collecting of every hit counted from
// the column finds: the same page of hits, scores and counts.
func TestSearchAllAgreesWithCollecting(t *testing.T) {
	ix, err := Open(filepath.Join(t.TempDir(), "ix"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	es := withCopies(func(i int) int { return 39 - i }, corpus.Rejected)
	if err := ix.Replace(nil, es); err != nil {
		t.Fatal(err)
	}
	// A write after the first: deleted passages leave holes in the
	// numbers.
	if err := ix.Replace([]string{"doc2"}, es[2:3]); err != nil {
		t.Fatal(err)
	}
	for _, q := range []Query{
		{Size: 5, Facets: true, Documents: true},
		{Size: 5, From: 2, Facets: true, Documents: true, AllCopies: true},
		{Size: 10, From: 38, Facets: true, Documents: true},
		{Size: 10, From: 100, Facets: true, Documents: true},
	} {
		got, err := ix.Search(q)
		if err != nil {
			t.Fatal(err)
		}
		bq, err := buildQuery(q.Filter)
		if err != nil {
			t.Fatal(err)
		}
		req := bleve.NewSearchRequestOptions(bq, q.Size, q.From, false)
		req.SortBy([]string{"_id"})
		res, combos, k, ok, err := ix.searchCounted(req, true, true, 0)
		if err != nil || !ok {
			t.Fatalf("collecting %+v: counted %v, %v", q, ok, err)
		}
		want := &Result{Total: res.Total, Documents: k.documents(), Affirmed: k.affirmed, Rejected: k.rejected}
		for _, h := range res.Hits {
			want.Hits = append(want.Hits, Hit{Entry: Entry{ID: h.ID}, Score: h.Score})
		}
		want.States, want.Elements, want.Years, want.Langs = splitCounts(combos, q.AllCopies)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Search(%+v) = %+v\ncollecting every hit: %+v", q, got, want)
		}
	}
}

// withCopies returns entries() and 40 passages of doc3, a near-duplicate of
// doc1, the i-th numbered number(i), that affirm measures and say of
// knowledge.actual what pol says.
func withCopies(number func(int) int, pol corpus.Polarity) []Entry {
	es := entries()
	dup := corpus.Document{ID: "doc3", Title: "NZ again", Date: "2020", Source: "nz2.txt", DuplicateOf: "doc1"}
	for i := range 40 {
		p := corpus.Passage{ID: fmt.Sprintf("doc3-%02d", number(i)), State: "New Zealand", Text: "States should take reasonable steps.",
			Annotations: []corpus.Annotation{{Element: "measures"}, {Element: "knowledge.actual", Polarity: pol}}, Lang: "en"}
		es = append(es, NewEntry(dup, p))
	}
	return es
}
