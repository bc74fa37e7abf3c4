package workspace

import (
	"context"
	"slices"
	"testing"

	"github.com/normdex/normdex/corpus"
)

// The passages in memory select, count and map as the store does, before
// and after a review changes the store.
func TestMemoryAsStore(t *testing.T) {
	w := testWorkspace(t)
	ctx := context.Background()
	m := NewMemory(w)
	cb, err := w.Codebook(ctx, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		all, err := Collect(w.Excerpts(ctx, corpus.Filter{}, ExcerptOptions{}))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range sampleFilters(all) {
			want := ids(t, w.Excerpts(ctx, f, ExcerptOptions{}))
			got, err := m.Excerpts(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			var gotIDs []string
			for _, x := range got {
				gotIDs = append(gotIDs, x.ID)
			}
			slices.Sort(gotIDs)
			if !slices.Equal(gotIDs, want) {
				t.Errorf("%s: filter %+v: memory %v, store %v", when, f, gotIDs, want)
			}
			mm, err := m.Matrix(ctx, f, MatrixOptions{Codebook: cb})
			if err != nil {
				t.Fatal(err)
			}
			sm, err := w.Matrix(ctx, f, MatrixOptions{Codebook: cb})
			if err != nil {
				t.Fatal(err)
			}
			for _, st := range sm.States {
				for _, col := range sm.Columns {
					if mm.Text(st, col) != sm.Text(st, col) {
						t.Errorf("%s: filter %+v: %s × %s: memory %q, store %q", when, f, st, col, mm.Text(st, col), sm.Text(st, col))
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

// sampleFilters are filters of every kind over the test workspace, whose
// passages are all; the document filter names the first one's document by
// an ID prefix.
func sampleFilters(all []Excerpt) []corpus.Filter {
	return []corpus.Filter{
		{},
		{Elements: []string{"knowledge"}},
		{Elements: []string{"knowledge"}, Polarity: corpus.Rejected},
		{Polarity: corpus.Affirmed},
		{States: []string{"New Zealand", "Japan"}},
		{States: []string{"France"}},
		{YearFrom: 2020},
		{DocID: all[0].DocID[:6]},
		{Query: "due diligence"},
		{ReviewedOnly: true},
	}
}
