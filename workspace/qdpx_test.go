package workspace

import (
	"context"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/qdpx"
)

// TestImportQDPXPlacing: codings on a source whose text another tool
// changed are placed by their words; a span across passages, an unknown
// source and a span past the text are listed.
func TestImportQDPXPlacing(t *testing.T) {
	w := testWorkspace(t)
	ctx := context.Background()
	xs, err := Collect(w.Excerpts(ctx, corpus.Filter{States: []string{"Finland"}}, ExcerptOptions{}))
	if err != nil || len(xs) != 2 {
		t.Fatalf("Finland's passages: %v, %d", err, len(xs))
	}
	doc := xs[0].Doc
	text := "Edited by hand. " + doc.Text
	shift := utf8.RuneCountInString("Edited by hand. ")
	at := func(s string) int { return utf8.RuneCountInString(text[:strings.Index(text, s)]) }
	code := qdpx.GUID("code:measures.notification")
	assist := at("offer assistance")
	p := &qdpx.Project{Sources: []qdpx.Source{
		{GUID: qdpx.GUID("doc:" + doc.ID), Name: "fi", Text: text, HasText: true, Selections: []qdpx.Selection{
			{Start: assist, End: assist + len("offer assistance"), Codes: []string{code}},
			{Start: shift, End: shift + xs[1].End, Codes: []string{code}}, // both passages
			{Start: 0, End: len(text) + 5, Codes: []string{code}},
		}},
		{GUID: "elsewhere", Name: "other", Selections: []qdpx.Selection{{Start: 0, End: 2, Codes: []string{code}}}},
	}}
	res, err := w.ImportQDPX(ctx, p, QDPXOptions{Filter: corpus.Filter{DocID: "none"}, Reviewer: "q"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Decisions) != 1 || res.Decisions[0].Passage != xs[1].ID || res.Decisions[0].Text != "offer assistance" {
		t.Errorf("decisions %+v, want one add on %s", res.Decisions, xs[1].ID)
	}
	var reasons []string
	for _, u := range res.Unplaced {
		reasons = append(reasons, u.Reason)
	}
	slices.Sort(reasons)
	want := []string{"the source is not a document of this workspace", "the span is not within one passage", "the span is outside the source's text"}
	if !slices.Equal(reasons, want) {
		t.Errorf("unplaced %q, want %q", reasons, want)
	}
	x, err := w.Passage(ctx, xs[1].ID)
	if err != nil || !slices.Contains(x.Elements, "measures.notification") {
		t.Errorf("passage after import: %v, %v", err, x.Elements)
	}
}
