package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// noticesPDF draws six pages of a register of layoff notices, one notice a
// row, under a running head and over a page number. The rows of one
// employer differ only in their dates and numbers, and one of them opens
// every even page, in the top margin, as an even page's running head
// would; it also fills rows inside the pages. The register's title on the
// first page is the running head's text.
func noticesPDF() []byte {
	employers := [][3]string{
		{"Harbour Freight Lines", "Port Alder", "Closure Permanent"},
		{"Northfield Dairy Cooperative", "Millbrook", "Layoff Permanent"},
		{"Cedar Valley Hospital", "Eastvale", "Layoff Temporary"},
		{"Summit Software Inc.", "Ridgeway", "Layoff Permanent"},
		{"Lakeside Bakery LLC", "Westport", "Closure Permanent"},
	}
	const repeated = "Orbital Aircraft Company"
	row := func(y float64, n int, employer, city, kind string) []textItem {
		return []textItem{
			{X: 40, Y: y, Size: 10, S: fmt.Sprintf("%02d/%02d/2015", 1+n%12, 1+n%28)},
			{X: 120, Y: y, Size: 10, S: fmt.Sprintf("%02d/%02d/2016", 1+(n+5)%12, 1+(n+3)%28)},
			{X: 200, Y: y, Size: 10, S: employer},
			{X: 380, Y: y, Size: 10, S: city},
			{X: 460, Y: y, Size: 10, S: fmt.Sprint(7 + n*13%300)},
			{X: 495, Y: y, Size: 10, S: kind},
		}
	}
	var pages [][]textItem
	n := 0
	for p := 1; p <= 6; p++ {
		page := []textItem{
			{X: 200, Y: 812, Size: 9, S: "WARN REPORT SUMMARY BY RECEIVED DATE"},
			{X: 280, Y: 20, Size: 9, S: fmt.Sprintf("Page %d", p)},
		}
		y := 795.0
		if p == 1 {
			page = append(page, textItem{X: 160, Y: 720, Size: 14, S: "WARN Report Summary by Received Date"})
			y = 690
		}
		for ; y > 40; y -= 15 {
			n++
			e := employers[n%len(employers)]
			if p%2 == 0 && y == 795 || n%7 == 0 {
				e = [3]string{repeated, "Long Beach", "Layoff Unknown at this time"}
			}
			page = append(page, row(y, n, e[0], e[1], e[2])...)
		}
		pages = append(pages, page)
	}
	return makePDF(pages)
}

// TestPDFTableRowsAtPageTops keeps the rows of a table that open several
// pages with the same text but for their numbers: they are rows of the
// table, as the same text inside the pages shows, not a running head. The
// running head, whose text only the title repeats, and the page numbers are
// still dropped.
func TestPDFTableRowsAtPageTops(t *testing.T) {
	data := noticesPDF()
	got := extractText(t, data)
	checkGolden(t, "tablerows", got)
	drawn := strings.Count(string(data), "Orbital Aircraft Company")
	if n := strings.Count(got, "Orbital Aircraft Company Long Beach"); n != drawn {
		t.Errorf("%d of the %d rows of Orbital Aircraft Company read:\n%s", n, drawn, got)
	}
	if n := strings.Count(strings.ToUpper(got), "WARN REPORT SUMMARY"); n != 1 {
		t.Errorf("the title and running head read %d times, want the title once:\n%s", n, got)
	}
	if strings.Contains(got, "Page ") {
		t.Errorf("page numbers kept:\n%s", got)
	}
}

// TestPDFRunningHeadOverHeadings drops a running head that names the
// article on the page although the articles' headings inside the pages
// read the same but for their numbers: they are set in another type.
func TestPDFRunningHeadOverHeadings(t *testing.T) {
	var pages [][]textItem
	for p := 1; p <= 8; p++ {
		page := []textItem{{X: 250, Y: 812, Size: 9, S: fmt.Sprintf("Article %d", 2*p-1)}}
		y := 760.0
		for k := 2*p - 1; k <= 2*p; k++ {
			page = append(page, textItem{X: 60, Y: y, Size: 12, S: fmt.Sprintf("Article %d", k)})
			col, end := column(60, y-24, 470, 10,
				"The commentary sets out what the rule requires of a State, how it has been read in practice, and which questions remain open for the drafters to settle.")
			page = append(page, col...)
			y = end - 40
		}
		pages = append(pages, page)
	}
	got := text(t, makePDF(pages))
	if n := strings.Count(got, "Article "); n != 16 {
		t.Errorf("%d articles named, want the 16 headings:\n%s", n, got)
	}
}
