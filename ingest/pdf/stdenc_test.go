package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

// stdEncodingPDF draws the same codes — 0x27 and 0x60, 0xD0, 0xB1, 0xE1,
// 0x92 — in one line per font: standard fonts with no /Encoding, and
// fonts that name WinAnsi or are TrueType fonts of other names, whose
// codes mean WinAnsi's characters.
func stdEncodingPDF() []byte {
	fonts := []string{
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Bold /Encoding << /Differences [65 /B] >> >>",
		// A Type 1 font of another name, not embedded either.
		"<< /Type /Font /Subtype /Type1 /BaseFont /Optima >>",
		// Word's name for Arial when it does not embed it.
		"<< /Type /Font /Subtype /TrueType /BaseFont /Arial,Bold >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		"<< /Type /Font /Subtype /TrueType /BaseFont /Verdana >>",
	}
	var content strings.Builder
	var res []string
	var more []pdftest.Object
	for i, f := range fonts {
		res = append(res, fmt.Sprintf("/F%d %d 0 R", i+1, 4+i+min(i, 1)))
		if i > 0 {
			more = append(more, pdftest.Object{Dict: f})
		}
		fmt.Fprintf(&content, "BT /F%d 11 Tf 72 %d Td (%d: the State\\'s `duty\\' \\320 as in 1990\\2612000 \\341ther \\222A) Tj ET\n", i+1, 700-20*i, i+1)
	}
	return pdftest.Page(content.String(), "/Font << "+strings.Join(res, " ")+" >>", fonts[0], more, pdftest.Options{})
}

// TestPDFStandardEncoding reads a standard font that is not embedded and
// names no encoding by its built-in one, StandardEncoding, as PDF 32000
// says and pdftotext reads: the quotes curly, 0xD0 an em dash, not "Ð".
func TestPDFStandardEncoding(t *testing.T) {
	got := extractText(t, stdEncodingPDF())
	checkGolden(t, "stdenc", got)
	for _, want := range []string{
		"1: the State’s ‘duty’ — as in 1990–2000 Æther A",
		"2: the State’s ‘duty’ — as in 1990–2000 Æther B",
		"3: the State’s ‘duty’ — as in 1990–2000 Æther A",
		"4: the State’s ‘duty’ — as in 1990–2000 Æther A",
		"5: the State's `duty' Ð as in 1990±2000 áther ’A",
		"6: the State's `duty' Ð as in 1990±2000 áther ’A",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("%q missing from\n%s", want, got)
		}
	}
}
