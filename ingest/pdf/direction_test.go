package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

var bodyParas = []string{
	"States should not knowingly allow their territory to be used for internationally wrongful acts using information and communications technologies, and they should take all reasonable steps to end such acts.",
	"A State that learns of an operation from its territory should notify the affected State without undue delay and cooperate in good faith to mitigate the harm it causes.",
}

// oneLetterLines counts lines of extracted text that hold one letter.
func oneLetterLines(s string) int {
	n := 0
	for _, l := range strings.Split(s, "\n") {
		if i := strings.Index(l, "] "); i >= 0 {
			l = l[i+2:]
		}
		if len([]rune(strings.TrimSpace(l))) == 1 {
			n++
		}
	}
	return n
}

// TestPDFTextDirection reads text that does not run left to right across
// the page: a stamp up the margin of every page is furniture, not letters in
// body lines; a page with /Rotate 90, drawn sideways, reads in its own
// orientation; a vertical text box reads as words of its own.
func TestPDFTextDirection(t *testing.T) {
	stamp := "This publication is available free of charge from https://doi.org/10.0000/TEST.123"
	var stamped []pdftest.UnicodePage
	for p := 0; p < 3; p++ {
		items, _ := column(90, 760, 420, 11, bodyParas...)
		items = append(items, pdftest.Rotated(textItem{X: 40, Y: 200, Size: 8, S: stamp}, 90, pdftest.UnicodeString))
		stamped = append(stamped, pdftest.UnicodePage{Items: items})
	}
	// Sideways: each line runs up the page, the first one leftmost, so that
	// turned a quarter clockwise for display it reads from the top.
	var sideways []textItem
	lines, _ := column(0, 0, 600, 11, bodyParas[0])
	for i, l := range lines {
		sideways = append(sideways, pdftest.Rotated(textItem{X: 80 + 14*float64(i), Y: 100, Size: 11, S: l.S}, 90, pdftest.UnicodeString))
	}
	boxed, _ := column(72, 760, 420, 11, bodyParas...)
	boxed = append(boxed,
		pdftest.Rotated(textItem{X: 530, Y: 700, Size: 12, S: "Vertical text box"}, 270, pdftest.UnicodeString),
		pdftest.Rotated(textItem{X: 515, Y: 700, Size: 12, S: "reads downwards"}, 270, pdftest.UnicodeString))

	for _, tc := range []struct {
		name  string
		pages []pdftest.UnicodePage
		want  []string
		not   []string
	}{
		{"margin stamp", stamped, []string{"internationally wrongful acts using information", "cooperate in good faith"}, []string{"doi.org", "publication"}},
		{"rotated page", []pdftest.UnicodePage{{Items: sideways, Rotate: 90}}, []string{"States should not knowingly allow their territory to be used for internationally wrongful acts"}, nil},
		{"vertical text box", []pdftest.UnicodePage{{Items: boxed}}, []string{"Vertical text box reads downwards", "to be used for internationally"}, nil},
	} {
		got := extractText(t, pdftest.BuildUnicode(tc.pages))
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q missing from\n%s", tc.name, w, got)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(got, w) {
				t.Errorf("%s: %q kept in\n%s", tc.name, w, got)
			}
		}
		if n := oneLetterLines(got); n > 0 {
			t.Errorf("%s: %d lines of one letter:\n%s", tc.name, n, got)
		}
	}
}

// TestPDFRightToLeft reads Arabic and Hebrew, drawn in visual order, in
// logical order, with a Latin name and a number in it the right way round
// and the vowel signs on their letters, whether drawn on the baseline or
// raised onto a line of their own.
func TestPDFRightToLeft(t *testing.T) {
	arabic := "قال الوفد إن المادة 51 من ميثاق UN NATIONS تنطبق"
	voweled := "كَتَبَ الطالبُ"
	hebrew := "המדינה חייבת לפעול בשקידה ראויה"
	visual := func(s string) string {
		// Runs of Latin letters and digits keep their order when drawn.
		var out []string
		for _, w := range strings.Fields(s) {
			if directionOf(w) == ltr {
				out = append(out, w)
			} else {
				out = append(out, pdftest.Visual(w))
			}
		}
		// The words of a right-to-left line go from right to left; a run
		// of Latin words reads left to right within it.
		var vis []string
		for i := 0; i < len(out); {
			j := i + 1
			for j < len(out) && directionOf(out[i]) == ltr && directionOf(out[j]) == ltr {
				j++
			}
			vis = append(append([]string{}, out[i:j]...), vis...)
			i = j
		}
		return strings.Join(vis, " ")
	}
	items := []textItem{
		{X: 72, Y: 760, Size: 12, S: visual(arabic)},
		{X: 72, Y: 730, Size: 12, S: visual(voweled)},
		{X: 72, Y: 700, Size: 12, S: visual(hebrew)},
	}
	// The same voweled word with its signs drawn 4 points up, after the
	// letters, as some producers place them.
	word := pdftest.Visual("كتب")
	items = append(items, textItem{X: 72, Y: 670, Size: 12, S: word})
	x := 72.0
	for _, r := range word {
		x += pdftest.UnicodeTextWidth(string(r), 12)
		items = append(items, textItem{S: fmt.Sprintf("BT /F1 12 Tf %.2f 674 Td %s Tj ET", x-3, pdftest.UnicodeString("\u064e"))})
	}
	got := extractText(t, pdftest.BuildUnicode([]pdftest.UnicodePage{{Items: items}}))
	for _, w := range []string{arabic, voweled, hebrew, "كَتَبَ"} {
		if !strings.Contains(got, w) {
			t.Errorf("%q missing from\n%s", w, got)
		}
	}
	if n := oneLetterLines(got); n > 0 {
		t.Errorf("%d lines of one letter:\n%s", n, got)
	}
}

// TestPDFCJK reads Japanese and Chinese with no spaces between characters,
// although justified text leaves gaps between them, and Japanese set in
// vertical columns, from the right.
func TestPDFCJK(t *testing.T) {
	ja := "国際法は情報通信技術の利用にも適用される。"
	zh := "国家应当采取合理措施"
	var items []textItem
	for i, s := range []string{ja, zh} {
		x := 72.0
		for _, r := range s {
			items = append(items, textItem{X: x, Y: 760 - 20*float64(i), Size: 10, S: string(r)})
			x += 10 + 3 // a full em and some justification
		}
	}
	// Columns of vertical writing, read from the right.
	col1, col2 := "日本国政府は次のように考える", "国家は相当の注意を払う"
	items = append(items,
		pdftest.Vertical(textItem{X: 500, Y: 700, Size: 10, S: col1}),
		pdftest.Vertical(textItem{X: 485, Y: 700, Size: 10, S: col2}))
	// The same set with a horizontal font, character by character, as a
	// gazette does; the columns touch.
	col3, col4 := "道路交通法の一部を改正する政令", "内閣は次の政令を制定する"
	for i, col := range []string{col3, col4} {
		y := 400.0
		for _, r := range col {
			items = append(items, textItem{X: 300 - 10*float64(i), Y: y, Size: 10, S: string(r)})
			y -= 10
		}
	}
	got := extractText(t, pdftest.BuildUnicode([]pdftest.UnicodePage{{Items: items}}))
	for _, c := range [][2]string{{col1, col2}, {col3, col4}} {
		if !strings.Contains(got, c[0]+c[1]) && !strings.Contains(got, c[0]+" "+c[1]) {
			t.Errorf("vertical columns %q, %q not read in order from\n%s", c[0], c[1], got)
		}
	}
	for _, w := range []string{ja, zh} {
		if !strings.Contains(got, w) {
			t.Errorf("%q missing from\n%s", w, got)
		}
	}
}
