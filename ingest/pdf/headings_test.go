package pdf

import (
	"context"
	"reflect"
	"testing"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/internal/pdftest"
)

// TestWrappedHeading: a heading too long for its line is one heading; two
// short headings stacked stay two.
func TestWrappedHeading(t *testing.T) {
	body, _ := pdftest.Column(72, 560, 450, 11,
		"1. The body of the paper runs across the whole measure of the page and sets the width that a heading may fill before it wraps.",
		"2. A second paragraph of body text follows it, so that the size of the body type is plain.")
	items := append([]pdftest.Text{
		{X: 72, Y: 760, Size: 18, S: "Position of Examplia on the application of"},
		{X: 72, Y: 738, Size: 18, S: "international law in cyberspace"},
		{X: 72, Y: 690, Size: 16, S: "PART ONE"},
		{X: 72, Y: 670, Size: 16, S: "GENERAL PROVISIONS"},
	}, body...)
	doc, err := Extract(context.Background(), pdftest.Build([][]pdftest.Text{items}))
	if err != nil {
		t.Fatal(err)
	}
	var heads []string
	for _, p := range doc.Paragraphs {
		if p.Kind == corpus.Heading {
			heads = append(heads, p.Text)
		}
	}
	want := []string{"Position of Examplia on the application of international law in cyberspace", "PART ONE", "GENERAL PROVISIONS"}
	if !reflect.DeepEqual(heads, want) {
		t.Errorf("headings %q\nwant %q", heads, want)
	}
}
