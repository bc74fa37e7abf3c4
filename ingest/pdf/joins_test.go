package pdf

import (
	"strings"
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

// TestPDFCapitalAfterLineEndHyphen joins a name broken at a line end
// before a capital ("Trace-" "Monkey") where the document writes it whole
// elsewhere, and keeps the hyphen of a compound of names it never writes
// whole ("Franco-" "German").
func TestPDFCapitalAfterLineEndHyphen(t *testing.T) {
	lines := []string{
		"The tracer called TraceMonkey records loops. Then Trace-",
		"Monkey compiles them, as the Franco-",
		"German report on the tracer explains at length.",
	}
	var items []textItem
	for i, l := range lines {
		items = append(items, textItem{X: 72, Y: 700 - 14*float64(i), Size: 11, S: l})
	}
	got := extractText(t, makePDF([][]textItem{items}))
	for _, want := range []string{"Then TraceMonkey compiles them", "the Franco-German report"} {
		if !strings.Contains(got, want) {
			t.Errorf("%q missing from\n%s", want, got)
		}
	}
}

// TestPDFSubscriptsAlongFormula keeps the indices of a formula with their
// letters ("{i5, i7, i1, i6, i7, i1}"), however many the line carries, rather than
// on a line of their own after it.
func TestPDFSubscriptsAlongFormula(t *testing.T) {
	var items []textItem
	x := 72.0
	put := func(s string, size, y float64) {
		items = append(items, textItem{X: x, Y: y, Size: size, S: s})
		x += pdftest.TextWidth(s, size)
	}
	put("The branch trace records the set {", 11, 700)
	for k, i := range []string{"5", "7", "1", "6", "7", "1"} {
		if k > 0 {
			put(", ", 11, 700)
		}
		put("i", 11, 700)
		put(i, 7, 697)
	}
	put("} and its exit.", 11, 700)
	items = append(items, textItem{X: 72, Y: 686, Size: 11, S: "Later the program takes the other branch."})
	got := extractText(t, makePDF([][]textItem{items}))
	if want := "the set {i5, i7, i1, i6, i7, i1} and its exit. Later"; !strings.Contains(got, want) {
		t.Errorf("%q missing from\n%s", want, got)
	}
}
