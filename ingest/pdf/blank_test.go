package pdf

import (
	"context"
	"slices"
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

// TestBlankPages checks that only a page without any text counts as blank:
// a page whose text continues the paragraph of the page before has text,
// and OCR must not read it again.
func TestBlankPages(t *testing.T) {
	data := pdftest.Helvetica([][]string{
		{"1. The due diligence obligation requires States to take all the reasonable"},
		{"measures within their capacity to end the operation."},
		{},
		{"2. A State is not required to monitor all the networks on its territory."},
	})
	d, err := Extract(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	if want := []int{3}; !slices.Equal(d.Blank, want) {
		t.Errorf("Blank = %v, want %v", d.Blank, want)
	}
	for _, p := range d.Paragraphs {
		if p.Page == 2 {
			return
		}
	}
	t.Log("no paragraph starts on page 2: its text continues page 1's")
}
