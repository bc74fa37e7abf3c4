package pdf

import (
	"context"
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

// TestBlankPages checks that a page whose text continues the paragraph of
// the page before is not blank (OCR must not read it again), and that a
// page drawing nothing at all is not either: it has nothing to read.
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
	if len(d.Blank) > 0 {
		t.Errorf("Blank = %v, want none", d.Blank)
	}
	for _, p := range d.Paragraphs {
		if p.Page == 2 {
			return
		}
	}
	t.Log("no paragraph starts on page 2: its text continues page 1's")
}
