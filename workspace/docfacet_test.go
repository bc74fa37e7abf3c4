package workspace

import (
	"context"
	"maps"
	"testing"

	"github.com/normdex/normdex/corpus"
)

// A search counts its hits by document as the store gives them, and by
// polarity as PolarityCounts does, at the first and later searches of an
// index and after a review changes it.
func TestSearchDocuments(t *testing.T) {
	w := testWorkspace(t)
	ctx := context.Background()
	check := func(when string) {
		all, err := Collect(w.Excerpts(ctx, corpus.Filter{}, ExcerptOptions{}))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range sampleFilters(all) {
			want := map[string]int{}
			for x, err := range w.Excerpts(ctx, f, ExcerptOptions{}) {
				if err != nil {
					t.Fatal(err)
				}
				want[x.DocID]++
			}
			for range 2 {
				res, err := w.Search(ctx, Query{Filter: f, Size: 1, Facets: true, Documents: true})
				if err != nil {
					t.Fatal(err)
				}
				got := map[string]int{}
				for i, d := range res.Documents {
					got[d.Value] = d.Count
					if i > 0 && d.Count > res.Documents[i-1].Count {
						t.Errorf("%s: filter %+v: documents not most first: %v", when, f, res.Documents)
					}
				}
				if !maps.Equal(got, want) {
					t.Errorf("%s: filter %+v: documents facet %v, store %v", when, f, got, want)
				}
				if f.Polarity == "" && len(f.Elements) == 0 {
					aff, rej, err := w.PolarityCounts(ctx, f)
					if err != nil {
						t.Fatal(err)
					}
					if uint64(res.Affirmed) != aff || uint64(res.Rejected) != rej {
						t.Errorf("%s: filter %+v: counted %d affirming, %d rejecting; PolarityCounts %d, %d", when, f, res.Affirmed, res.Rejected, aff, rej)
					}
				}
			}
		}
	}
	check("before review")
	var nz Excerpt
	for x, err := range w.Excerpts(ctx, corpus.Filter{States: []string{"New Zealand"}, Elements: []string{"knowledge.actual"}}, ExcerptOptions{}) {
		if err != nil {
			t.Fatal(err)
		}
		nz = x
	}
	if _, err := w.Review(ctx, corpus.Decision{Passage: nz.ID, Action: corpus.SetState, State: "fr", Reviewer: "tester"}); err != nil {
		t.Fatal(err)
	}
	check("after review")
}
