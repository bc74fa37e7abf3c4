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

// TestPDFMarkerNearlyBodySize keeps a footnote marker set in type nearly as
// large as the text's, raised a little after the second half of a word
// broken at the line end, with its word: "Wikipedia1", not "Wiki- 1 pedia".
func TestPDFMarkerNearlyBodySize(t *testing.T) {
	items := []textItem{
		{X: 133, Y: 700, Size: 10, S: "The campaign was the same as the one proposed last year, and"},
		{X: 133, Y: 686, Size: 10, S: "the systems were given the possibility to search for answers in Wiki-"},
		{X: 133, Y: 672, Size: 10, S: "pedia"},
		{X: 133 + pdftest.TextWidth("pedia", 10) - 0.08, Y: 675.2, Size: 9, S: "1"},
		{X: 133 + pdftest.TextWidth("pedia", 10) + 7, Y: 672, Size: 10, S: "as document corpus beside the usual newswire collections."},
	}
	got := extractText(t, makePDF([][]textItem{items}))
	if want := "answers in Wikipedia1 as document corpus"; !strings.Contains(got, want) {
		t.Errorf("%q missing from\n%s", want, got)
	}
}

// TestPDFSubscriptsInSmallFigure keeps the indices of a formula in a
// figure set smaller than the text with their letters ("XA = cA.entities",
// "pairscorei"), the last of them just after its line, rather than on lines
// of their own ("X = c .entities A A").
func TestPDFSubscriptsInSmallFigure(t *testing.T) {
	text, y := column(72, 760, 450, 11, "The text of the paper, in its own type, says how the clusters are compared before the figure shows it in a few lines of pseudocode.")
	items := text
	put := func(parts []string, y float64) {
		x := 100.0
		for k, p := range parts {
			if k%2 == 0 {
				items = append(items, textItem{X: x, Y: y, Size: 9, S: p})
				x += pdftest.TextWidth(p, 9)
			} else {
				items = append(items, textItem{X: x, Y: y - 1, Size: 6, S: p})
				x += pdftest.TextWidth(p, 6)
			}
		}
	}
	y -= 20
	put([]string{"X", "A", " = c", "A", ".entities"}, y)
	put([]string{"X", "B", " = c", "B", ".entities"}, y-10)
	put([]string{"mapscore = pairscore", "i"}, y-20)
	got := extractText(t, makePDF([][]textItem{items}))
	for _, want := range []string{"XA = cA.entities XB = cB.entities", "mapscore = pairscorei"} {
		if !strings.Contains(got, want) {
			t.Errorf("%q missing from\n%s", want, got)
		}
	}
}

// TestPDFFigureDoesNotContinueParagraph keeps a listing in small type at
// the top of a page apart from the paragraph that the page before leaves
// in mid-sentence, although its first line starts in lower case: a
// paragraph runs on into a block only in its own type.
func TestPDFFigureDoesNotContinueParagraph(t *testing.T) {
	page1, _ := column(72, 760, 450, 11, "The committee compared the replies of the States one pair at a time, and the procedure that it followed is set out in the")
	page2 := []textItem{
		{X: 100, Y: 760, Size: 8, S: "for each pair of replies (a, b) {"},
		{X: 120, Y: 750, Size: 8, S: "compare(a.measures, b.measures)"},
		{X: 100, Y: 740, Size: 8, S: "}"},
	}
	rest, _ := column(72, 710, 450, 11, "Each pair that agreed on the measures was counted once.")
	got := extractText(t, makePDF([][]textItem{page1, append(page2, rest...)}))
	if strings.Contains(got, "set out in the for each pair") {
		t.Errorf("listing joined to the paragraph before it:\n%s", got)
	}
	if !strings.Contains(got, "for each pair of replies (a, b) {") {
		t.Errorf("listing lost from\n%s", got)
	}
}
