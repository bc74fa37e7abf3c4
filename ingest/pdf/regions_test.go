package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// TestPDFColumnsUnderWideFigure reads two columns that fill only the lower
// part of a page, under a listing as wide as the page whose comments run
// across its middle: too many lines cross the gutter for the page to have
// one from top to bottom, yet the columns must not be read line by line
// across the page. The listing stays in rows.
func TestPDFColumnsUnderWideFigure(t *testing.T) {
	page, colA, colB := listingAboveColumns()
	got := extractText(t, makePDF([][]textItem{page}))
	for _, w := range []string{colA, colB, "mov dword ptr [ebp+12], r3 // load slot 3 of the activation record"} {
		if !strings.Contains(got, w) {
			t.Errorf("%q not read whole from\n%s", w, got)
		}
	}
	if a, b := strings.Index(got, colA), strings.Index(got, colB); a < 0 || b < a {
		t.Errorf("columns out of order:\n%s", got)
	}
}

// listingAboveColumns is a page with a listing as wide as the page above
// two columns, and the text of the columns.
func listingAboveColumns() (page []textItem, colA, colB string) {
	colA = "The left column explains how the recorder follows the loop and what it writes down along the trace, sentence after sentence, until it reaches the foot of the page. It records every operation with the types of its operands, and it writes a guard wherever the flow of control could leave the path it has seen, so that the trace stays true to the program."
	colB = "The right column goes on with the way the compiled trace is entered again when the same types come back, and it ends the page in its own words. A guard that fails sends the run back to the interpreter, which goes on from where the trace left off; a side exit taken often enough is recorded in turn and joined to the tree."
	y := 780.0
	for i := range 24 {
		page = append(page,
			textItem{X: 60, Y: y, Size: 9, S: fmt.Sprintf("mov dword ptr [ebp+%d], r%d", 4*i, i)},
			textItem{X: 200, Y: y, Size: 9, S: fmt.Sprintf("// load slot %d of the activation record", i)})
		y -= 11
	}
	caption, y := column(60, y-8, 475, 10, "Figure 4. A listing as wide as the page, with a comment on each of its rows, above a page of two columns.")
	page = append(page, caption...)
	left, _ := column(60, y-12, 220, 10, colA)
	right, _ := column(315, y-12, 220, 10, colB)
	return append(append(page, left...), right...), colA, colB
}
