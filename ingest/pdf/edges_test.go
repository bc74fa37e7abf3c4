package pdf

import (
	"strings"
	"testing"
)

// TestPDFNumberedHeadOfShortPaper drops the running head of a two-page
// paper, which has no third page to show it repeating: the section's title
// at the left and the page number flush right, set apart above the text.
// A row of a table that opens a page, a figure flush right, stays, as does
// a table of contents' last entry halfway down a page.
func TestPDFNumberedHeadOfShortPaper(t *testing.T) {
	text := "The second page goes on with the citations, which the paper draws from a sample database, and it says how they are set out in the list at its end."
	page1, _ := column(72, 700, 450, 10, "A title page of a short paper, with the opening section of its text, and no running head above it.")
	page1 = append([]textItem{{X: 200, Y: 740, Size: 16, S: "A Short Paper"}}, page1...)
	body, _ := column(72, 690, 450, 10, text, text)
	page2 := append([]textItem{
		{X: 72, Y: 730, Size: 10, S: "3 CITATIONS"},
		{X: 516.4, Y: 730, Size: 10, S: "2"},
	}, body...)
	total, _ := column(72, 640, 450, 10, text)
	page3 := append([]textItem{
		{X: 72, Y: 730, Size: 10, S: "States that replied in the year"},
		{X: 511, Y: 730, Size: 10, S: "17"},
		{X: 72, Y: 717, Size: 10, S: "States that replied later"},
		{X: 516.4, Y: 717, Size: 10, S: "4"},
	}, total...)
	got := extractText(t, makePDF([][]textItem{page1, page2}))
	if strings.Contains(got, "CITATIONS") || strings.Contains(got, "] 2\n") {
		t.Errorf("running head kept in\n%s", got)
	}
	if !strings.Contains(got, text) {
		t.Errorf("text lost from\n%s", got)
	}
	// The last entry of a table of contents, set apart below the others
	// halfway down the page, is no running foot either.
	contents := []textItem{
		{X: 72, Y: 500, Size: 10, S: "1 The obligation of prevention"}, {X: 511, Y: 500, Size: 10, S: "3"},
		{X: 72, Y: 487, Size: 10, S: "2 Notification and assistance"}, {X: 511, Y: 487, Size: 10, S: "7"},
		{X: 72, Y: 450, Size: 10, S: "Acknowledgements"}, {X: 511, Y: 450, Size: 10, S: "10"},
	}
	page3 = append(page3, contents...)
	got = extractText(t, makePDF([][]textItem{page1, page3}))
	for _, w := range []string{"in the year 17", "later 4", "Acknowledgements 10"} {
		if !strings.Contains(got, w) {
			t.Errorf("%q dropped from\n%s", w, got)
		}
	}
}
