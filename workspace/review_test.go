package workspace

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/normdex/normdex/corpus"
)

// TestEffectiveEverywhere checks that a decision changes every view of its
// passage alike: search (the index) and excerpts (the store), the map,
// the documents list and one passage, with --reviewed-only.
func TestEffectiveEverywhere(t *testing.T) {
	w := testWorkspace(t)
	ctx := context.Background()
	all, err := Collect(w.Excerpts(ctx, corpus.Filter{}, ExcerptOptions{}))
	if err != nil {
		t.Fatal(err)
	}
	var nz, jp Excerpt
	for _, x := range all {
		switch {
		case x.State == "New Zealand" && slices.Contains(x.Elements, "knowledge.actual"):
			nz = x
		case x.State == "Japan":
			jp = x
		}
	}
	if nz.ID == "" || jp.ID == "" {
		t.Fatalf("no test passages in %+v", all)
	}
	for _, d := range []corpus.Decision{
		{Passage: nz.ID, Action: corpus.Reject, Element: "knowledge.actual"},
		{Passage: jp.ID, Action: corpus.Add, Element: "knowledge.constructive", Text: "binding"},
		{Passage: jp.ID, Action: corpus.SetState, State: "fr"},
	} {
		d.Reviewer = "tester"
		if _, err := w.Review(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []corpus.Filter{
		{Elements: []string{"knowledge.actual"}},
		{Elements: []string{"knowledge.constructive"}},
		{States: []string{"France"}},
		{States: []string{"Japan"}},
		{ReviewedOnly: true},
		{ReviewedOnly: true, Elements: []string{"knowledge"}},
	} {
		res, err := w.Search(ctx, Query{Filter: f, Size: 100})
		if err != nil {
			t.Fatal(err)
		}
		var fromIndex []string
		for _, h := range res.Hits {
			fromIndex = append(fromIndex, h.ID)
		}
		slices.Sort(fromIndex)
		fromStore := ids(t, w.Excerpts(ctx, f, ExcerptOptions{}))
		if !slices.Equal(fromIndex, fromStore) {
			t.Errorf("filter %+v: search %v, excerpts %v", f, fromIndex, fromStore)
		}
		if f.ReviewedOnly && len(fromStore) == 0 {
			t.Errorf("filter %+v: no reviewed passages", f)
		}
	}
	x, err := w.Passage(ctx, jp.ID)
	if err != nil {
		t.Fatal(err)
	}
	if x.State != "France" || !x.Reviewed || !slices.Contains(x.Elements, "knowledge.constructive") {
		t.Errorf("passage %+v: want France, reviewed, knowledge.constructive", x)
	}
	for _, a := range x.Annotations {
		if want := corpus.FromRule; a.Element == "knowledge.constructive" && (a.Origin != corpus.FromManual || a.Status != corpus.Accepted || a.Match != "binding") {
			t.Errorf("manual annotation %+v", a)
		} else if a.Element != "knowledge.constructive" && (a.Origin != want || a.Status != corpus.Unreviewed) {
			t.Errorf("rule annotation %+v", a)
		}
	}
	x, err = w.Passage(ctx, nz.ID)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(x.Elements, "knowledge.actual") || len(x.Rejected) == 0 || x.Rejected[0].Status != corpus.RejectedBy {
		t.Errorf("rejected: elements %v, rejected %+v", x.Elements, x.Rejected)
	}
	cb, err := w.Codebook(ctx, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	m, err := w.Matrix(ctx, corpus.Filter{}, MatrixOptions{ByElement: true, Codebook: cb})
	if err != nil {
		t.Fatal(err)
	}
	if m.Cell("France", "knowledge.constructive") == nil || m.Cell("Japan", "topic.due_diligence") != nil {
		t.Errorf("map rows %v: want Japan's passage under France", m.States)
	}
	docs, err := w.Docs(ctx, corpus.Filter{ReviewedOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Errorf("reviewed documents %+v, want 2", docs)
	}
}

func TestReviewQueueAndInvalid(t *testing.T) {
	w := testWorkspace(t)
	ctx := context.Background()
	f := corpus.Filter{Elements: []string{"knowledge"}}
	before := ids(t, w.ReviewQueue(ctx, f))
	if len(before) < 2 {
		t.Fatalf("queue %v", before)
	}
	x, err := w.Passage(ctx, before[0])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Review(ctx, corpus.Decision{Passage: x.ID, Action: corpus.Accept, Element: x.Elements[0], Reviewer: "r"}); err != nil {
		t.Fatal(err)
	}
	if after := ids(t, w.ReviewQueue(ctx, f)); !slices.Equal(after, before[1:]) {
		t.Errorf("queue after a decision %v, want %v", after, before[1:])
	}
	for _, d := range []corpus.Decision{
		{Passage: "nope", Action: corpus.Accept, Element: "knowledge.actual"},
		{Passage: x.ID, Action: corpus.Accept, Element: "no.such"},
		{Passage: x.ID, Action: corpus.Reject, Element: "measures.assistance"},
		{Passage: x.ID, Action: corpus.Add, Element: "knowledge.actual", Text: "not in the passage"},
		{Passage: x.ID, Action: corpus.SetState, State: "Atlantis"},
	} {
		var inv *InvalidError
		if _, err := w.Review(ctx, d); !errors.As(err, &inv) {
			t.Errorf("%+v: error %v, want an InvalidError", d, err)
		}
	}
}

func TestDeleteDecision(t *testing.T) {
	w := testWorkspace(t)
	ctx := context.Background()
	res, err := w.Search(ctx, Query{Filter: corpus.Filter{Elements: []string{"knowledge.actual"}}, Size: 10})
	if err != nil || res.Total == 0 {
		t.Fatalf("search: %v, %+v", err, res)
	}
	d, err := w.Review(ctx, corpus.Decision{Passage: res.Hits[0].ID, Action: corpus.Reject, Element: "knowledge.actual", Reviewer: "r"})
	if err != nil {
		t.Fatal(err)
	}
	after, err := w.Search(ctx, Query{Filter: corpus.Filter{Elements: []string{"knowledge.actual"}}, Size: 10})
	if err != nil || after.Total != res.Total-1 {
		t.Fatalf("after a rejection: %v, %d hits, want %d", err, after.Total, res.Total-1)
	}
	if err := w.DeleteDecision(ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	undone, err := w.Search(ctx, Query{Filter: corpus.Filter{Elements: []string{"knowledge.actual"}}, Size: 10})
	if err != nil || undone.Total != res.Total {
		t.Fatalf("after the undo: %v, %d hits, want %d", err, undone.Total, res.Total)
	}
}
