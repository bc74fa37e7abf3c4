package pdf

import (
	"fmt"
	"runtime"
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

// TestPDFBoxBesideColumn reads pages of three columns whose lower part
// holds a long worksheet across two of them while the other goes on beside
// it: the worksheet's lines read whole, after the columns above it, and
// the column beside it whole, never line by line with them.
func TestPDFBoxBesideColumn(t *testing.T) {
	colA := "The first column tells who may take the deduction and how the amount is figured for the year, in a few lines."
	colB := "The second column gives the exceptions that apply, and it points to the worksheet set out below the two columns."
	colC := "The third column runs on down the whole page beside the worksheet, with the rules for the next line of the form, which take many more lines to state than the others, since each case they cover has its own conditions and its own limits on the amount that may be claimed in the year."
	// As many rows as the columns above have lines: too many lines cross
	// the gutter between the two columns for it to be found through all
	// of them.
	var rows []string
	for i := 1; i <= 12; i++ {
		rows = append(rows, fmt.Sprintf("%d. Enter line %d of the form, less what was claimed . . . . %d.", i, i+10, i))
	}
	for _, tc := range []struct {
		name            string
		short, long     []string // the texts of the columns above the box, and of the one beside it
		shortX, longX   []float64
		boxX            float64
		above, besideIt string
	}{
		{"box across the first two", []string{colA, colB}, []string{colC}, []float64{40, 220}, []float64{400}, 40, colB, colC},
		{"box across the last two", []string{colA, colB}, []string{colC}, []float64{220, 400}, []float64{40}, 220, colB, colC},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var page []textItem
			y := 0.0
			for i, text := range tc.short {
				items, end := column(tc.shortX[i], 760, 160, 9, text, text, text)
				page, y = append(page, items...), end
			}
			for i, text := range tc.long {
				items, _ := column(tc.longX[i], 760, 160, 9, text, text, text)
				page = append(page, items...)
			}
			y -= 30
			for _, r := range rows {
				page = append(page, textItem{X: tc.boxX, Y: y, Size: 9, S: r})
				y -= 12
			}
			got := extractText(t, makePDF([][]textItem{page}))
			for _, w := range append([]string{colA, colB, colC}, rows...) {
				if !strings.Contains(got, w) {
					t.Errorf("%q not read whole from\n%s", w, got)
				}
			}
			first, last := strings.Index(got, rows[0]), strings.Index(got, rows[len(rows)-1])
			if first < strings.LastIndex(got, tc.above) || strings.Contains(got[first:last], "column") {
				t.Errorf("worksheet not read whole after the columns above it:\n%s", got)
			}
		})
	}
}

// A glyph set far off the page, as a damaged file may, does not make the
// search for a run of columns allocate for every point up to it.
func TestLayoutGlyphFarOffPage(t *testing.T) {
	var gs []Glyph
	for i := range 12 {
		y := 700 - 14*float64(i)
		for j, w := range strings.Fields("a line of text set in one column across the page") {
			gs = append(gs, Glyph{S: w, X: 72 + 40*float64(j), Y: y, W: 30, Size: 11})
		}
	}
	gs = append(gs, Glyph{S: "x", X: 5e6, Y: 700 - 14*6, W: 5, Size: 11})
	pages := []PageGlyphs{{Number: 1, Width: 612, Height: 792, Glyphs: gs}}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	Layout(pages)
	runtime.ReadMemStats(&after)
	if n := after.TotalAlloc - before.TotalAlloc; n > 4<<20 {
		t.Errorf("Layout allocated %d bytes for a page of twelve lines", n)
	}
}
