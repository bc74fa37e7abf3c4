package pdf

import (
	"strings"
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

// TestPDFRedrawnPage reads once text drawn twice at almost the same place
// where the second copy comes long after the first (a page filled, then
// stroked), is a shadow a point off, or runs up a page turned sideways;
// doubled letters ("account", "allow") stay.
func TestPDFRedrawnPage(t *testing.T) {
	body := lines(bodyParas...)
	twice := pdftest.Page(body+"q 1 0 0 1 0.3 -0.2 cm\n"+body+"Q\n", "", helvetica, nil, pdftest.Options{})

	shadow := pdftest.Page("q 1 0 0 1 0.96 -0.96 cm\n"+body+"Q\n"+body, "", helvetica, nil, pdftest.Options{})

	var sideways []textItem
	ls, _ := column(0, 0, 600, 11, bodyParas[0])
	for i, l := range ls {
		for _, dx := range []float64{0, 0.4} {
			sideways = append(sideways, pdftest.Rotated(textItem{X: 80 + 14*float64(i) + dx, Y: 100 + dx, Size: 11, S: l.S}, 90, pdftest.UnicodeString))
		}
	}
	for _, tc := range []struct {
		name string
		data []byte
		want []string
	}{
		{"page drawn twice", twice, []string{"States should not knowingly allow", "cooperate in good faith"}},
		{"shadow a point off", shadow, []string{"States should not knowingly allow", "cooperate in good faith"}},
		{"fake bold up a sideways page", pdftest.BuildUnicode([]pdftest.UnicodePage{{Items: sideways, Rotate: 90}}), []string{"States should not knowingly allow their territory"}},
	} {
		got := extractText(t, tc.data)
		for _, w := range tc.want {
			if strings.Count(got, w) != 1 {
				t.Errorf("%s: %q not read once in\n%s", tc.name, w, got)
			}
		}
		if strings.Contains(got, "SSttaatteess") || strings.Contains(got, "StStatates") {
			t.Errorf("%s: doubled letters in\n%s", tc.name, got)
		}
	}
}

// TestPDFPaddedCells reads table cells padded with spaces that run on
// under the next cell's text as words, not as letters apart.
func TestPDFPaddedCells(t *testing.T) {
	pad := strings.Repeat(" ", 40)
	content := "BT /F1 10 Tf 30 700 Td (06/22/2015" + pad + ") Tj ET\nBT /F1 10 Tf 100 700 Td (03/25/2016" + pad + ") Tj ET\nBT /F1 10 Tf 170 700 Td (Sacramento) Tj ET\n"
	got := text(t, pdftest.Page(content, "", helvetica, nil, pdftest.Options{}))
	if !strings.Contains(got, "06/22/2015 03/25/2016 Sacramento") {
		t.Errorf("got %q", got)
	}
}

// TestSpacesWithoutWidths keeps the space between words in a font that
// gives no widths (a form field's /Helv), where guessed widths run a word
// on to touch the next, and drops spaces drawn between glyphs that touch
// where widths are known.
func TestSpacesWithoutWidths(t *testing.T) {
	glyphs := func(guessed bool) []Glyph {
		var gs []Glyph
		for i, s := range []string{"H", "e", "l", "l", "o", " "} {
			gs = append(gs, Glyph{S: s, X: 27 + 9*float64(i), W: 9, Size: 18, Guessed: guessed})
		}
		for i, s := range []string{"W", "o", "r", "l", "d"} {
			gs = append(gs, Glyph{S: s, X: 73.3 + 9*float64(i), W: 9, Size: 18, Guessed: guessed})
		}
		return gs
	}
	for _, tc := range []struct {
		guessed bool
		want    string
	}{{true, "Hello World"}, {false, "HelloWorld"}} {
		l := &line{glyphs: glyphs(tc.guessed)}
		finishLine(l)
		if l.text != tc.want {
			t.Errorf("guessed %v: got %q, want %q", tc.guessed, l.text, tc.want)
		}
	}
}
