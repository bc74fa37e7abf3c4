package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

// core14PDF draws a form's table in standard fonts named without widths,
// as older generators and forms do: each cell set apart from the one
// before by three points, less than the half-em guess for fonts without
// widths overshoots narrow letters by. The cells' true widths are those of
// Adobe's AFM files (thousandths of an em) for the letters used.
func core14PDF() []byte {
	fonts := []struct {
		resource, dict string
		widths         map[byte]int
	}{
		{"/F1", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [46 /period /one] >> >>",
			map[byte]int{'f': 278, 'i': 222, 'l': 222, 't': 278, '1': 556, '.': 278, 'I': 278}},
		{"/F2", "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
			map[byte]int{'f': 333, 'i': 278, 'l': 278, 't': 278, '1': 500, '.': 250, 'I': 333}},
		// Word's name for a TrueType font it does not embed.
		{"/F3", "<< /Type /Font /Subtype /TrueType /BaseFont /Arial,Bold /Encoding /WinAnsiEncoding >>",
			map[byte]int{'f': 333, 'i': 278, 'l': 278, 't': 333, '1': 556, '.': 278, 'I': 278}},
		{"/F4", "<< /Type /Font /Subtype /TrueType /BaseFont /TimesNewRomanPS-ItalicMT /Encoding /WinAnsiEncoding >>",
			map[byte]int{'f': 278, 'i': 278, 'l': 278, 't': 278, '1': 500, '.': 250, 'I': 333}},
	}
	cells := []string{"I", "fill", "lift", "tilt", "1.1", "still"}
	var content strings.Builder
	var res []string
	var more []pdftest.Object
	for i, f := range fonts {
		res = append(res, fmt.Sprintf("%s %d 0 R", f.resource, 4+i+min(i, 1)))
		if i > 0 {
			more = append(more, pdftest.Object{Dict: f.dict})
		}
		x, y, size := 72.0, 700-20*float64(i), 10.0
		for _, c := range cells {
			fmt.Fprintf(&content, "BT %s %.0f Tf %.2f %.2f Td (%s) Tj ET\n", f.resource, size, x, y, c)
			w := 0
			for k := 0; k < len(c); k++ {
				w += f.widths[c[k]]
			}
			x += float64(w)/1000*size + 3
		}
	}
	return pdftest.Page(content.String(), "/Font << "+strings.Join(res, " ")+" >>", fonts[0].dict, more, pdftest.Options{})
}

// TestPDFStandardFontsWithoutWidths reads the cells of a table set in the
// standard fonts (and Word's names for them) without widths as words of
// their own, by the fonts' true widths: "I fill lift tilt 1.1 still", not
// "Ifill lifttilt1.1still".
func TestPDFStandardFontsWithoutWidths(t *testing.T) {
	got := extractText(t, core14PDF())
	checkGolden(t, "core14", got)
	if n := strings.Count(got, "I fill lift tilt 1.1 still"); n != 4 {
		t.Errorf("%d of 4 rows read cell by cell:\n%s", n, got)
	}
}

func TestCoreFontNamed(t *testing.T) {
	for name, want := range map[string]string{
		"Helvetica":                "Helvetica",
		"Helvetica-BoldOblique":    "Helvetica-BoldOblique",
		"Arial":                    "Helvetica",
		"ArialMT":                  "Helvetica",
		"Arial,Bold":               "Helvetica-Bold",
		"Arial-BoldItalicMT":       "Helvetica-BoldOblique",
		"Times-Roman":              "Times-Roman",
		"Times-Italic":             "Times-Italic",
		"TimesNewRoman":            "Times-Roman",
		"TimesNewRoman,BoldItalic": "Times-BoldItalic",
		"TimesNewRomanPS-BoldMT":   "Times-Bold",
		"TimesNewRomanPSMT":        "Times-Roman",
		"Courier":                  "Courier",
		"CourierNewPSMT":           "Courier",
		"CourierNew,Italic":        "Courier-Oblique",
		"Symbol":                   "Symbol",
		"ZapfDingbats":             "ZapfDingbats",
		"Arial Narrow":             "",
		"Arial-Black":              "",
		"Helvetica-Condensed":      "",
		"Verdana":                  "",
		"":                         "",
	} {
		got := ""
		if f := coreFontNamed(name); f != nil {
			got = f.name
		}
		if got != want {
			t.Errorf("coreFontNamed(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestCoreFontWidths checks the generated table against a few widths of
// the AFM files, by built-in code, glyph name and text.
func TestCoreFontWidths(t *testing.T) {
	for _, c := range []struct {
		font, glyph string
		want        uint16
	}{
		{"Helvetica", "a", 556}, {"Helvetica", "fi", 500}, {"Helvetica-Bold", "W", 944},
		{"Times-Roman", "space", 250}, {"Times-Italic", "emdash", 889}, {"Courier-Bold", "m", 600},
		{"Symbol", "alpha", 631}, {"ZapfDingbats", "a1", 974},
	} {
		f := coreFontNamed(c.font)
		k := f.glyphs.byName(c.glyph)
		if k < 0 || f.widths[k] != c.want {
			t.Errorf("%s %s: index %d, want width %d", c.font, c.glyph, k, c.want)
		}
	}
	if len(coreFonts) != 14 {
		t.Errorf("%d standard fonts", len(coreFonts))
	}
}
