package pdf

import (
	"strings"
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

// TestPDFSoftHyphenAtLineEnd repairs a word broken by a soft hyphen at the
// end of a line, as LaTeX and InDesign write the hyphen they insert, and
// drops one inside a line.
func TestPDFSoftHyphenAtLineEnd(t *testing.T) {
	lines := []string{
		"Every State should take the measures in\u00ad",
		"cluding notification and assistance that",
		"are reason\u00adable in the circumstances of the case.",
	}
	var items []textItem
	for i, l := range lines {
		items = append(items, textItem{X: 72, Y: 700 - 14*float64(i), Size: 11, S: l})
	}
	got := extractText(t, pdftest.BuildUnicode([]pdftest.UnicodePage{{Items: items}}))
	want := "measures including notification and assistance that are reasonable in the"
	if !strings.Contains(got, want) {
		t.Errorf("%q missing from\n%s", want, got)
	}
}

// TestPDFSpaceDrawnOver reads a word whose first letter is drawn over a
// space glyph (the pen moved back over the space, as tagged LaTeX output
// starts a line) as one word.
func TestPDFSpaceDrawnOver(t *testing.T) {
	content := "BT /F1 12 Tf 100 700 Td [( ) 280 (The State concerned must act.)] TJ ET\n"
	got := extractText(t, pdftest.Build([][]textItem{{{S: content}}}))
	if want := "The State concerned must act."; !strings.Contains(got, want) {
		t.Errorf("%q missing from\n%s", want, got)
	}
}

// TestPDFSpacingAccents reads letters that TeX's older fonts draw as a
// letter and a spacing accent over it, before or after it in the content
// stream, as composed letters: "Mühlenberg", not "Mu ̈hlenberg".
func TestPDFSpacingAccents(t *testing.T) {
	// The accent (¨ ` ˆ ´ at codes C8, C1, C3, C2 of the test font's
	// StandardEncoding, which gives codes above 126 no width) is drawn,
	// then the pen moves to the letter under it.
	content := "BT /F1 12 Tf 100 700 Td [(Am M) -40 (\\310) 500 (uhlenberg lies near Gen) (\\301) 480 (eve and Lema) (\\303) 139 (itre.)] TJ ET\n" +
		"BT /F1 12 Tf 100 680 Td [(A quote \\301 stands apart: caf) (e) 500 (\\302) -500 ( is written after its letter.)] TJ ET\n"
	got := extractText(t, pdftest.Build([][]textItem{{{S: content}}}))
	for _, want := range []string{"Am Mühlenberg lies near Genève and Lemaître.", "A quote ` stands apart: café is written after its letter."} {
		if !strings.Contains(got, want) {
			t.Errorf("%q missing from\n%s", want, got)
		}
	}
}

func TestAccentedDotlessI(t *testing.T) {
	if got := accented("ı", '\u0302'); got != "î" {
		t.Errorf("got %q", got)
	}
	if got := accented("c", '\u0327'); got != "ç" {
		t.Errorf("got %q", got)
	}
}

func TestStartsRTL(t *testing.T) {
	for s, want := range map[string]bool{
		"a": false, "“": false, "—": false, "é": false, "Ж": false, "中": false, "ﬁ": false, "": false,
		"ש": true, "ب": true, "ﻻ": true, "ﭏ": true,
	} {
		if got := startsRTL(s); got != want {
			t.Errorf("startsRTL(%q) = %v", s, got)
		}
	}
}

// TestPDFSpaceAfterPunctuation reads the space a typesetter leaves as a
// gap after a period or comma, narrowed by kerning and drawn with no space
// glyph, as a space; a footnote marker after a comma stays on its word.
func TestPDFSpaceAfterPunctuation(t *testing.T) {
	content := "BT /F1 10 Tf 72 700 Td [(the manga market.) -120 (They are huge, e.g.) -110 (more than a million) ] TJ ET\n" +
		"BT /F1 10 Tf 72 686 Td [(readers, as the Covenant on Human Rights,) -100 (1 says.)] TJ ET\n"
	got := extractText(t, pdftest.Build([][]textItem{{{S: content}}}))
	for _, want := range []string{"the manga market. They are huge, e.g. more than a million", "Human Rights,1 says."} {
		if !strings.Contains(got, want) {
			t.Errorf("%q missing from\n%s", want, got)
		}
	}
}

// TestPDFCharacterSpacing reads letter-spaced strings that space their
// words with space characters, as an OCR layer fitted to the scan's words
// writes them (the word's last letter shown by itself), as words, not
// letters; and keeps the spaces of a justified line whose character
// spacing is offset by a negative word spacing.
func TestPDFCharacterSpacing(t *testing.T) {
	for _, tc := range []struct{ name, content, want string }{
		{"letter-spaced", "BT /F1 10 Tf 72 700 Td 2.5 Tc (China Ocean Shipping Company) Tj ET\n", "China Ocean Shipping Company"},
		{"an OCR layer's words", "BT 3 Tr /F1 10 Tf 72 700 Td 2.2 Tc (Chin) Tj 0 Tc (a) Tj 2.0 Tc ( Ocea) Tj 0 Tc (n) Tj 1.9 Tc ( Shippin) Tj 0 Tc (g) Tj ET\n" +
			"BT /F1 10 Tf 72 600 Td (The layer above is the scanned page's text.) Tj ET\n", "China Ocean Shipping"},
		{"justified", "BT /F1 10 Tf 72 700 Td 1.2 Tc -1.5 Tw (Ministry of Education providers) Tj ET\n", "Ministry of Education providers"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := extractText(t, pdftest.Build([][]textItem{{{S: tc.content}}}))
			if !strings.Contains(got, tc.want) {
				t.Errorf("%q missing from\n%s", tc.want, got)
			}
		})
	}
}
