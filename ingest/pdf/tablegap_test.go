package pdf

import (
	"strings"
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

// tablePDF draws a page with a claims table whose widest gap between
// columns falls in the middle of the page, where a gutter between two
// columns of text would be, and a page of two columns of text whose lines
// share baselines as a table's rows do, and CJK cells set apart by wide
// gaps, as a lab report's are.
func tablePDF() []byte {
	table := []textItem{{X: 60, Y: 780, Size: 14, S: "Associated claims"}}
	rows := [][4]string{
		{"Claim ID", "Claim type", "Claim amount", "Claim status"},
		{"C-1041", "Rebate", "$ 388.57", "Approved"},
		{"C-1042", "Price support", "$ 419.68", "Pending"},
		{"C-1043", "Rebate", "$ 341.60", "Approved"},
		{"C-1044", "Damaged goods", "$ 253.15", "Rejected"},
		{"C-1045", "Rebate", "$ 97.02", "Approved"},
		{"C-1046", "Shortage", "$ 12.40", "Pending"},
		{"C-1047", "Rebate", "$ 603.33", "Approved"},
		{"C-1048", "Price support", "$ 45.90", "Approved"},
	}
	for i, r := range rows {
		y := 740 - 24*float64(i)
		for j, x := range []float64{60, 160, 340, 460} {
			table = append(table, textItem{X: x, Y: y, Size: 10, S: r[j]})
		}
	}
	left, _ := column(60, 720, 220, 10,
		"The left column sets out how a State that learns of an operation from its territory should act, and it runs on for several lines of text, since a State may first have to find out what is going on, who is behind it and what harm it may do.",
		"It ends with a paragraph on the assistance that other States may give.")
	right, _ := column(310, 720, 220, 10,
		"The right column turns to notification of the affected State, which should come without undue delay, and it also runs over several lines, for the notice should say what is known of the operation and what the notifying State has done.",
		"A last paragraph on the right closes the page.")
	return makePDF([][]textItem{table, append(left, right...)})
}

// TestPDFTableIsNoGutter reads a table whose columns leave a white gap
// down the middle of the page row by row, not as two columns of text:
// "C-1042 Price support $ 419.68 Pending", not the first two columns of
// every row before the last two; two columns of text are still read one
// after the other.
func TestPDFTableIsNoGutter(t *testing.T) {
	got := extractText(t, tablePDF())
	checkGolden(t, "tablegap", got)
	for _, want := range []string{
		"Claim ID Claim type Claim amount Claim status C-1041 Rebate $ 388.57 Approved C-1042 Price support $ 419.68 Pending",
		"who is behind it and what harm it may do.",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("%q missing from\n%s", want, got)
		}
	}
	if strings.Index(got, "other States may give.") > strings.Index(got, "The right column") {
		t.Errorf("the right column is read before the left one ends:\n%s", got)
	}
}

// TestPDFCJKCellsApart puts a space between CJK cells that a wide gap
// sets apart, as a form or a lab report sets them, and none between the
// characters of running CJK text.
func TestPDFCJKCellsApart(t *testing.T) {
	items := []textItem{
		{X: 60, Y: 700, Size: 10, S: "性别男"},
		{X: 160, Y: 700, Size: 10, S: "年龄五十岁"},
		{X: 60, Y: 680, Size: 10, S: "建议与解释"},
		{X: 110, Y: 680, Size: 10, S: "无异常"},
	}
	got := text(t, pdftest.BuildUnicode([]pdftest.UnicodePage{{Items: items}}))
	for _, want := range []string{"性别男 年龄五十岁", "建议与解释无异常"} {
		if !strings.Contains(got, want) {
			t.Errorf("%q missing from %q", want, got)
		}
	}
}
