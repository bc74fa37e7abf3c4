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
