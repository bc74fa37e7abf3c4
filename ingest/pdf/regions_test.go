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

// TestPDFBoxBesideColumn reads a page of three columns whose lower part
// holds a worksheet across the first two while the third goes on beside
// it: the worksheet's lines read whole, after the two columns above it,
// and the third column whole after them, never line by line with them.
func TestPDFBoxBesideColumn(t *testing.T) {
	colA := "The first column tells who may take the deduction and how the amount is figured for the year, in a few lines."
	colB := "The second column gives the exceptions that apply, and it points to the worksheet set out below the two columns."
	colC := "The third column runs on down the whole page beside the worksheet, with the rules for the next line of the form, which take many more lines to state than the others, since each case they cover has its own conditions and its own limits on the amount that may be claimed in the year."
	a, y := column(40, 760, 160, 9, colA, colA, colA)
	b, _ := column(220, 760, 160, 9, colB, colB, colB)
	c, _ := column(400, 760, 160, 9, colC, colC, colC)
	page := append(append(a, b...), c...)
	rows := []string{
		"1. Enter the total amount paid for health insurance coverage for the year . . . . 1.",
		"2. Enter your net profit from the business under which the plan is set up . . . . 2.",
		"3. Self-employed health insurance deduction: the smaller of line 1 or line 2 . . . 3.",
	}
	y -= 30
	for _, r := range rows {
		page = append(page, textItem{X: 40, Y: y, Size: 9, S: r})
		y -= 12
	}
	got := extractText(t, makePDF([][]textItem{page}))
	for _, w := range append([]string{colA, colB, colC}, rows...) {
		if !strings.Contains(got, w) {
			t.Errorf("%q not read whole from\n%s", w, got)
		}
	}
	if a, b, c := strings.LastIndex(got, colB), strings.Index(got, rows[0]), strings.Index(got, colC); !(a < b && b < c) {
		t.Errorf("columns and worksheet out of order:\n%s", got)
	}
}
