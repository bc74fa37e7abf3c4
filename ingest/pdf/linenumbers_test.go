package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// TestPDFLineNumbersOnSparsePage drops the line numbers of a proof's title
// page, which holds too little text to show where its edges are: a slug
// and a rule of marks reach as far right as the numbers. A short column
// of figures among the text of a table stays.
func TestPDFLineNumbersOnSparsePage(t *testing.T) {
	title := []textItem{
		{X: 40, Y: 800, Size: 8, S: "proof_00_i-xviii.qxd 2/10/04 3:46 PM Page i"},
		{X: 230, Y: 420, Size: 18, S: "A TITLE PAGE"},
		{X: 40, Y: 60, Size: 8, S: strings.Repeat("|||| ", 80)},
	}
	for i := range 33 {
		title = append(title, textItem{X: 540, Y: 760 - 20*float64(i), Size: 7, S: fmt.Sprint(i + 1)})
	}
	var table []textItem
	for i := range 6 {
		y := 700 - 14*float64(i)
		table = append(table,
			textItem{X: 72, Y: y, Size: 10, S: fmt.Sprintf("Measure taken by the State of origin, item %c", 'a'+i)},
			textItem{X: 330, Y: y, Size: 10, S: fmt.Sprint(i + 1)},
			textItem{X: 400, Y: y, Size: 10, S: "notified the same day"})
	}
	got := extractText(t, makePDF([][]textItem{title, table}))
	if strings.Contains(got, "12 13") || strings.Contains(got, "31") {
		t.Errorf("line numbers kept in\n%s", got)
	}
	for _, w := range []string{"A TITLE PAGE", "item c 3 notified"} {
		if !strings.Contains(got, w) {
			t.Errorf("%q missing from\n%s", w, got)
		}
	}
}

// TestPDFPageNumberInDeepMargin drops the page numbers of a two-page paper
// that stand a tenth of the page from its foot, set apart below the text,
// where the margin test and the repetition test both miss them; a figure
// that ends the text on its last line stays.
func TestPDFPageNumberInDeepMargin(t *testing.T) {
	var pages [][]textItem
	for p := 1; p <= 2; p++ {
		body, y := column(72, 760, 450, 10, "The paper sets out the obligation of due diligence as the States have described it, and what each of them requires of the others in practice.")
		page := append(body, textItem{X: 72, Y: y - 2, Size: 10, S: "Total of the States that replied:"}, textItem{X: 300, Y: y - 2, Size: 10, S: "17"})
		if p == 2 {
			page = append(page, textItem{X: 300, Y: y - 14, Size: 10, S: "23"})
		}
		pages = append(pages, append(page, textItem{X: 300, Y: 90, Size: 10, S: fmt.Sprint(p)}))
	}
	got := extractText(t, makePDF(pages))
	for _, line := range strings.Split(got, "\n") {
		if strings.HasSuffix(line, "] 1") || strings.HasSuffix(line, "] 2") {
			t.Errorf("page number kept in\n%s", got)
		}
	}
	if !strings.Contains(got, "23") {
		t.Errorf("the figure that ends the text was dropped:\n%s", got)
	}
}

// TestPDFTableYearsKept keeps the first column of a table of figures,
// years that go up by one row after row: beside figures, not text, they
// are no line numbers, though they stand apart and left of the rest of
// every line. Line numbers beside prose still go.
func TestPDFTableYearsKept(t *testing.T) {
	var table, prose []textItem
	for i := range 12 {
		y := 760 - 14*float64(i)
		table = append(table,
			textItem{X: 72, Y: y, Size: 10, S: fmt.Sprint(1996 + i)},
			textItem{X: 160, Y: y, Size: 10, S: fmt.Sprintf("%d,%03d", 51+i, 544+7*i)},
			textItem{X: 240, Y: y, Size: 10, S: fmt.Sprintf("%d,%03d", 37+i, 481+3*i)},
			textItem{X: 320, Y: y, Size: 10, S: fmt.Sprintf("%d,%03d", 14+i, 62+5*i)})
		prose = append(prose,
			textItem{X: 50, Y: y, Size: 8, S: fmt.Sprint(i + 1)},
			textItem{X: 90, Y: y, Size: 10, S: "the State of origin should take the measures it can to stop the operation"})
	}
	got := extractText(t, makePDF([][]textItem{table}))
	for _, w := range []string{"1996", "2001", "2007"} {
		if !strings.Contains(got, w) {
			t.Errorf("year %s dropped from\n%s", w, got)
		}
	}
	got = extractText(t, makePDF([][]textItem{prose}))
	if strings.Contains(got, " 7 ") || strings.Contains(got, "operation 8") {
		t.Errorf("line numbers kept in\n%s", got)
	}
}
