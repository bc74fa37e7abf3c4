package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

// TestPDFColumnBlocks reads pages that mix full-width blocks with columns:
// a title and an abstract across the page above two columns, a wide table
// between two pairs of columns, and three columns. Each column reads whole,
// in order, never interleaved line by line with its neighbour.
func TestPDFColumnBlocks(t *testing.T) {
	abstract := "The abstract runs across the whole page above the columns and says what the paper finds about due diligence."
	colA := "Column one opens the argument about prevention, and its sentences run on for several lines before the column ends."
	colB := "Column two takes up notification and assistance, and it too runs on for several lines of text before it stops."
	colC := "Column three closes with capacity building, which helps States that lack the means to end an operation."
	colD := "Below the table the left column resumes with a few more lines about mitigation and attribution of operations."
	colE := "Below the table the right column ends the page with a few more lines about transit States and their duties."

	title := textItem{X: 150, Y: 780, Size: 16, S: "A Page of Blocks and Columns"}
	abs, y := column(60, 750, 475, 10, abstract)
	left, _ := column(60, y, 220, 10, colA)
	right, y2 := column(315, y, 220, 10, colB)
	// A table as wide as the page, its cells leaving the gutter free.
	var table []textItem
	ty := y2 - 10
	for r := 0; r < 4; r++ {
		table = append(table,
			textItem{X: 60, Y: ty, Size: 10, S: fmt.Sprintf("Row %d State", r+1)},
			textItem{X: 200, Y: ty, Size: 10, S: fmt.Sprintf("measure %d", r+1)},
			textItem{X: 330, Y: ty, Size: 10, S: "notified"},
			textItem{X: 460, Y: ty, Size: 10, S: fmt.Sprintf("%d days", r+2)})
		ty -= 12
	}
	below := ty - 10
	left2, _ := column(60, below, 220, 10, colD)
	right2, _ := column(315, below, 220, 10, colE)
	page1 := append([]textItem{title}, abs...)
	for _, part := range [][]textItem{left, right, table, left2, right2} {
		page1 = append(page1, part...)
	}

	var page2 []textItem
	for i, p := range []string{colA, colB, colC} {
		items, _ := column(40+180*float64(i), 760, 160, 10, p, p)
		page2 = append(page2, items...)
	}

	got := extractText(t, makePDF([][]textItem{page1, page2}))
	for _, w := range []string{abstract, colA, colB, colC, colD, colE} {
		if !strings.Contains(got, w) {
			t.Errorf("%q not read whole from\n%s", w, got)
		}
	}
	order := []string{abstract, colA, colB, "Row 1 State", colD, colE}
	last := -1
	for _, w := range order {
		i := strings.Index(got, w)
		if i < last {
			t.Errorf("%q out of order in\n%s", w, got)
		}
		last = i
	}
	if a, b, c := strings.Index(got, colA), strings.LastIndex(got, colB), strings.LastIndex(got, colC); !(a < b && b < c) {
		t.Errorf("three columns out of order:\n%s", got)
	}
}

// TestPDFLayoutDebris removes what a page prints around its text: line
// numbers in the margin, running heads that alternate between odd and even
// pages, a rule drawn above the footnotes, and it keeps a paragraph that
// runs over a page break whole, a footnote marker on its word and a drop
// capital on its own.
func TestPDFLayoutDebris(t *testing.T) {
	para := "Every State has the obligation not to allow knowingly its territory to be used for acts contrary to the rights of other States, as the Court held in the Corfu Channel case, and this obligation applies in cyberspace as well, where operations may cross many borders before they cause harm in the territory of the victim State, which must then be notified without undue delay by the State of origin."
	var pages [][]textItem
	for p := 1; p <= 4; p++ {
		items, _ := column(90, 760, 380, 11, para)
		items = append(items, column2(90, 430, 380, 11, "The second paragraph of page "+fmt.Sprint(p)+" states the view of Switzerland")...)
		// Line numbers beside every line, left on odd pages, right on even.
		n := 0
		for y := 760.0; y >= 420; y -= 13.2 {
			n++
			x := 60.0
			if p%2 == 0 {
				x = 500
			}
			items = append(items, textItem{X: x, Y: y, Size: 8, S: fmt.Sprint(n)})
		}
		head := "DUE DILIGENCE IN CYBERSPACE"
		if p%2 == 1 {
			head = fmt.Sprintf("Chapter %d: Prevention", (p+1)/2)
		}
		items = append(items,
			textItem{X: 90, Y: 400, Size: 8, S: head},
			textItem{X: 300, Y: 30, Size: 9, S: fmt.Sprint(p)})
		if p%2 == 1 { // the same footnote on odd pages, at its own height
			items = append(items, textItem{X: 90, Y: 100 + 20*float64(p), Size: 8, S: fmt.Sprintf("%d Ibid.", 20+p)})
		}
		pages = append(pages, items)
	}
	// Page 4's last line runs on to a page 5 that begins in mid-sentence,
	// and carries a footnote marker.
	pages[3] = append(pages[3], textItem{X: 90, Y: 380, Size: 11, S: "This view is shared by"}, textItem{X: 90 + pdftest.TextWidth("This view is shared by", 11), Y: 384, Size: 7, S: "24"})
	pages = append(pages, []textItem{
		{X: 90, Y: 760, Size: 11, S: "many other States that spoke in the debate."},
		{X: 90, Y: 705, Size: 30, S: "D"},
		{X: 115, Y: 720, Size: 11, S: "rop capitals open a chapter in some reports."},
		{X: 90, Y: 300, Size: 5, S: " "},
		{X: 90, Y: 112, Size: 8, S: "__________________"},
		{X: 90, Y: 100, Size: 8, S: "24 See the statement of Chile."},
		{X: 90, Y: 90, Size: 8, S: "25 Ibid."},
	})
	got := extractText(t, makePDF(pages))
	for _, w := range []string{para, "states the view of Switzerland", "This view is shared by24 many other States that spoke in the debate.", "[footnote p5 #24] See the statement of Chile.", "] Drop capitals open a chapter"} {
		if !strings.Contains(got, w) {
			t.Errorf("%q missing from\n%s", w, got)
		}
	}
	if n := strings.Count(got, "Ibid."); n != 3 {
		t.Errorf("%d footnotes \"Ibid.\" kept of 3:\n%s", n, got)
	}
	for _, w := range []string{"DUE DILIGENCE", "Chapter", " 7 ", " 12 ", "___"} {
		if strings.Contains(got, w) {
			t.Errorf("%q kept in\n%s", w, got)
		}
	}
}

// column2 is column without the y below.
func column2(x, y, width, size float64, paras ...string) []textItem {
	items, _ := pdftest.Column(x, y, width, size, paras...)
	return items
}

// TestPDFLineNumbersBothMargins reads a two-column review copy numbered
// down the outer margin of each column, the numbers of both columns on the
// baselines of its lines.
func TestPDFLineNumbersBothMargins(t *testing.T) {
	colA := "The left column holds the argument about prevention and it runs on for a good many lines of text so that every line carries a number in the margin beside it."
	colB := "The right column holds the argument about notification and it also runs on for a good many lines of text with its own numbers in the right margin."
	left, _ := column(60, 760, 220, 10, colA, colA, colA)
	right, _ := column(315, 760, 220, 10, colB, colB, colB)
	items := append(left, right...)
	for i := range 30 {
		y := 760 - 12*float64(i)
		items = append(items,
			textItem{X: 30, Y: y, Size: 7, S: fmt.Sprint(100 + i)},
			textItem{X: 550, Y: y, Size: 7, S: fmt.Sprint(150 + i)})
	}
	got := extractText(t, makePDF([][]textItem{items}))
	for _, w := range []string{colA, colB} {
		if !strings.Contains(got, w) {
			t.Errorf("%q not read whole from\n%s", w, got)
		}
	}
	if strings.Contains(got, "10") || strings.Contains(got, "15") {
		t.Errorf("line numbers kept in\n%s", got)
	}
}

// TestPDFBoldParagraphs folds lines into paragraphs where bold does not
// mark a heading: a run-in heading that its paragraph continues, and a
// report set in bold throughout, whose every line was a paragraph.
func TestPDFBoldParagraphs(t *testing.T) {
	runIn := []textItem{
		pdftest.Bold(textItem{X: 72, Y: 760, Size: 10, S: "Line 21—Other income. Use this"}),
		{X: 72 + pdftest.UnicodeTextWidth("Line 21—Other income. Use this ", 10), Y: 760, Size: 10, S: "line to"},
		{X: 72, Y: 748, Size: 10, S: "report any other income connected with your business."},
		pdftest.Bold(textItem{X: 72, Y: 724, Size: 10, S: "A Real Heading"}),
		{X: 72, Y: 712, Size: 10, S: "Body text after the heading."},
	}
	lines, _ := column(72, 760, 420, 10, bodyParas...)
	var report []textItem
	for _, l := range lines {
		report = append(report, pdftest.Bold(l))
	}
	for _, tc := range []struct {
		name  string
		items []textItem
		want  []string
	}{
		{"run-in heading", runIn, []string{"] Line 21—Other income. Use this line to report any other income", "[heading p1] A Real Heading"}},
		{"bold report", report, []string{"[body p1] " + bodyParas[0], "[body p1] " + bodyParas[1]}},
	} {
		got := extractText(t, pdftest.BuildUnicode([]pdftest.UnicodePage{{Items: tc.items}}))
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q missing from\n%s", tc.name, w, got)
			}
		}
	}
}

// TestPDFRunningHeadsOfParts removes the running heads of the parts of a
// compilation, each on the pages of its own part only (too few of the
// whole to count as the document's head), and a printer's slug that names
// the file of each chapter.
func TestPDFRunningHeadsOfParts(t *testing.T) {
	heads := []string{"STATEMENT BY ESTONIA ON INTERNATIONAL LAW", "STATEMENT BY JAPAN ON INTERNATIONAL LAW", "STATEMENT BY KENYA ON INTERNATIONAL LAW"}
	var pages [][]textItem
	for p := 0; p < 12; p++ {
		part := p / 4
		body := fmt.Sprintf("Page %d of the statement says that due diligence requires a State to act against operations from its territory once it knows of them.", p+1)
		items, _ := column(72, 760, 450, 11, body)
		items = append(items,
			textItem{X: 150, Y: 805, Size: 9, S: heads[part]},
			textItem{X: 40, Y: 20, Size: 7, S: fmt.Sprintf("1477_0%d_%d-%d_r9.qxd 2/10/04 3:4%d PM Page %d", part, 4*part+1, 4*part+4, p%4, p+1)})
		pages = append(pages, items)
	}
	got := extractText(t, makePDF(pages))
	for _, w := range append(heads, "qxd") {
		if strings.Contains(got, w) {
			t.Errorf("%q kept in\n%s", w, got)
		}
	}
	if !strings.Contains(got, "Page 12 of the statement") {
		t.Errorf("body lost:\n%s", got)
	}
}

// TestPDFHeadingOverTwoLines keeps a heading too long for its line whole,
// in a title's wider leading too, and a bold run-in heading over two lines with the text that follows it,
// while a heading followed by a capitalised line stays on its own.
func TestPDFHeadingOverTwoLines(t *testing.T) {
	title := []textItem{
		{X: 72, Y: 800, Size: 18, S: "Report of the Working Group"},
		{X: 72, Y: 778, Size: 18, S: "on State Responsibility"},
	}
	body, _ := column(72, 750, 300, 10, strings.Repeat("The report sets out what the Group agreed on due diligence. ", 6))
	title = append(title, body...)
	items := []textItem{
		pdftest.Bold(textItem{X: 72, Y: 760, Size: 10, S: "Role of the State of origin in preventing operations"}),
		pdftest.Bold(textItem{X: 72, Y: 748, Size: 10, S: "against the critical infrastructure of other States"}),
		{X: 72, Y: 730, Size: 10, S: "Body text about the role of the State of origin follows the heading."},
		pdftest.Bold(textItem{X: 72, Y: 706, Size: 10, S: "New notification requirements for"}),
		pdftest.Bold(textItem{X: 72, Y: 694, Size: 10, S: "incidents."}),
		{X: 72 + pdftest.UnicodeTextWidth("incidents. ", 10), Y: 694, Size: 10, S: "A State that learns of an incident must"},
		{X: 72, Y: 682, Size: 10, S: "tell the State affected without delay."},
		pdftest.Bold(textItem{X: 72, Y: 658, Size: 10, S: "Capacity building"}),
		{X: 72, Y: 646, Size: 10, S: "States help each other to build the means to act."},
	}
	got := extractText(t, pdftest.BuildUnicode([]pdftest.UnicodePage{{Items: items}, {Items: title}}))
	for _, w := range []string{
		"[heading p2] Report of the Working Group on State Responsibility\n",
		"[heading p1] Role of the State of origin in preventing operations against the critical infrastructure of other States\n",
		"[body p1] New notification requirements for incidents. A State that learns of an incident must tell the State affected without delay.",
		"[heading p1] Capacity building\n",
	} {
		if !strings.Contains(got, w) {
			t.Errorf("%q missing from\n%s", w, got)
		}
	}
}

// TestPDFMarginNotes reads a note set in the margin beside the text as a
// paragraph of its own, not line by line inside the text's lines, and
// leaves paragraph numbers that hang in the margin with their paragraphs.
func TestPDFMarginNotes(t *testing.T) {
	text := "The State of origin must take the measures that are reasonable in the circumstances to end an operation from its territory that harms another State, once it knows of the operation, and it must tell the State affected without delay what it knows and what it does."
	note := []string{"Marginal", "notes stand", "beside the", "text they", "comment."}
	items, _ := column(120, 700, 400, 10, text, text)
	for i, w := range note {
		items = append(items, textItem{X: 40, Y: 700 - 12*float64(i), Size: 10, S: w})
	}
	var numbered []textItem
	y := 700.0
	for i := range 3 {
		numbered = append(numbered, textItem{X: 90, Y: y, Size: 10, S: fmt.Sprintf("%d.", i+1)})
		var para []textItem
		para, y = column(120, y, 400, 10, text)
		numbered = append(numbered, para...)
	}
	got := extractText(t, makePDF([][]textItem{items, numbered}))
	for _, w := range []string{"] Marginal notes stand beside the text they comment.", "] " + text + "\n", "#2] 2. " + text} {
		if !strings.Contains(got, w) {
			t.Errorf("%q missing from\n%s", w, got)
		}
	}
}

// TestPDFRunningHeadBelowDeepMargin removes a running head in the body's
// type set where a Word document's header goes, a tenth of the page from
// its top and apart from the text, whose height drifts from page to page;
// the title of the first page, set apart above the text too but larger,
// stays.
func TestPDFRunningHeadBelowDeepMargin(t *testing.T) {
	const head = "The Digital Millennium Copyright Act of 1998"
	var pages [][]textItem
	for p := range 6 {
		body := fmt.Sprintf("Page %d of the summary says how the Act implements the treaties and what the Copyright Office must study.", p+1)
		items, _ := column(72, 700, 450, 11, body)
		if p == 0 {
			items = append(items, textItem{X: 120, Y: 752, Size: 16, S: head})
		} else {
			items = append(items, textItem{X: 160, Y: 752 - 4*float64(p%2), Size: 11, S: head})
		}
		pages = append(pages, items)
	}
	got := extractText(t, makePDF(pages))
	if n := strings.Count(got, head); n != 1 {
		t.Errorf("%q %d times, want the title only, in\n%s", head, n, got)
	}
	if !strings.Contains(got, "Page 6 of the summary") {
		t.Errorf("body lost:\n%s", got)
	}
}
