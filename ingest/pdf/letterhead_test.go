package pdf

import (
	"strings"
	"testing"
)

// TestPDFLetterhead reads the blocks of a letterhead side by side at the
// top of a page block by block: a UN document's name and organ at the left
// and its symbol, distribution and date at the right, whose lines share a
// baseline only by chance; and an older bilingual one, English and French
// halves of the same size on the same baselines, in display type, beside
// the symbol block. Rows read across would mix the blocks ("General
// Assembly Distr.: General", "ECONOMIC CONSEIL").
func TestPDFLetterhead(t *testing.T) {
	para := "The Council took note of the report and asked the Secretary-General to circulate it to the States that had not yet replied, with a request for their views on the draft."
	modern := []textItem{
		{X: 470, Y: 735, Size: 14, S: "A/RES/80/12"},
		{X: 123, Y: 730, Size: 13, S: "United Nations"},
		{X: 123, Y: 705, Size: 19, S: "General Assembly"},
		{X: 400, Y: 705, Size: 10, S: "Distr.: General"},
		{X: 400, Y: 693, Size: 10, S: "3 March 2026"},
	}
	body, _ := column(60, 600, 470, 10, para, para)
	modern = append(modern, body...)

	bilingual := []textItem{
		{X: 450, Y: 780, Size: 10, S: "UNRESTRICTED"},
		{X: 80, Y: 770, Size: 20, S: "United Nations"},
		{X: 290, Y: 770, Size: 20, S: "Nations Unies"},
		{X: 450, Y: 758, Size: 10, S: "E/CN.4/109"},
		{X: 450, Y: 745, Size: 12, S: "2 June 1948"},
		{X: 80, Y: 737, Size: 18, S: "ECONOMIC"},
		{X: 290, Y: 737, Size: 18, S: "CONSEIL"},
		{X: 450, Y: 731, Size: 10, S: "ORIGINAL: ENGLISH"},
		{X: 505, Y: 719, Size: 10, S: "FRENCH"},
		{X: 107, Y: 715, Size: 18, S: "AND"},
		{X: 290, Y: 715, Size: 18, S: "ECONOMIQUE"},
		{X: 80, Y: 697, Size: 18, S: "SOCIAL COUNCIL"},
		{X: 290, Y: 697, Size: 18, S: "ET SOCIAL"},
	}
	body, _ = column(60, 640, 470, 10, para, para)
	bilingual = append(bilingual, body...)

	got := extractText(t, makePDF([][]textItem{modern, bilingual}))
	flat := strings.Join(strings.Fields(strings.NewReplacer("[heading p1]", "", "[body p1]", "", "[heading p2]", "", "[body p2]", "").Replace(got)), " ")
	for _, w := range []string{
		"United Nations General Assembly A/RES/80/12 Distr.: General 3 March 2026 The Council",
		"United Nations ECONOMIC AND SOCIAL COUNCIL Nations Unies CONSEIL ECONOMIQUE ET SOCIAL UNRESTRICTED E/CN.4/109 2 June 1948 ORIGINAL: ENGLISH FRENCH The Council",
	} {
		if !strings.Contains(flat, w) {
			t.Errorf("letterhead not read block by block: %q missing from\n%s", w, got)
		}
	}
}

// TestPDFTableAtPageTop keeps a small table at the top of a page in rows:
// its columns stand apart like a letterhead's blocks, but its cells share
// baselines, in one size of type no larger than the text's.
func TestPDFTableAtPageTop(t *testing.T) {
	page := []textItem{
		{X: 60, Y: 780, Size: 10, S: "State"}, {X: 200, Y: 780, Size: 10, S: "Year"}, {X: 330, Y: 780, Size: 10, S: "Measure"},
		{X: 60, Y: 767, Size: 10, S: "France"}, {X: 200, Y: 767, Size: 10, S: "2021"}, {X: 330, Y: 767, Size: 10, S: "notified"},
		{X: 60, Y: 754, Size: 10, S: "Kenya"}, {X: 200, Y: 754, Size: 10, S: "2022"}, {X: 330, Y: 754, Size: 10, S: "assisted"},
	}
	body, _ := column(60, 700, 470, 10, "The table above lists the measures that each State reported, with the year in which it took them, as the replies gave them.")
	got := extractText(t, makePDF([][]textItem{append(page, body...)}))
	for _, w := range []string{"State Year Measure", "France 2021 notified", "Kenya 2022 assisted"} {
		if !strings.Contains(got, w) {
			t.Errorf("table not read by rows: %q missing from\n%s", w, got)
		}
	}
}

// TestPDFColumnsWithoutSpans reads a page of two columns and nothing else:
// no title, heading or footer crosses the gutter, so readingOrder has
// columns and no spans to wait for.
func TestPDFColumnsWithoutSpans(t *testing.T) {
	colA := "The left column holds the first half of the argument, set in lines that never reach the gutter, and it runs down the page for several lines before it stops."
	colB := "The right column holds the second half of the argument, set in lines that never reach the gutter either, and it too runs down the page before it stops."
	left, _ := column(60, 760, 220, 10, colA, colA)
	right, _ := column(315, 760, 220, 10, colB, colB)
	got := extractText(t, makePDF([][]textItem{append(left, right...)}))
	a, b := strings.Index(got, colA), strings.Index(got, colB)
	if a < 0 || b < a {
		t.Errorf("columns not read whole and in order:\n%s", got)
	}
}
