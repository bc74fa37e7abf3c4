package pdftest

import (
	"fmt"
	"math"
	"strings"
	"unicode"
)

// UnicodePage is a page for BuildUnicode: its text and its /Rotate
// (degrees clockwise for display).
type UnicodePage struct {
	Items  []Text
	Rotate int
}

// UnicodeWidth gives BuildUnicode's font width of a character: Width for
// ASCII, none for a combining mark (drawn over the letter before it), half
// an em for a letter of another script, and a full em for a CJK one.
func UnicodeWidth(r rune) int {
	switch {
	case r < 0x80:
		return Width(byte(r))
	case unicode.Is(unicode.Mn, r):
		return 0
	case r >= 0x2E80:
		return 1000
	}
	return 500
}

// BuildUnicode writes pages in a composite font whose two-byte codes are the
// characters' code points, with a ToUnicode map saying so: for tests of
// Arabic, Hebrew and CJK text. Font F1 writes horizontally, F2 vertically,
// F3 in bold. A PDF draws glyphs where they appear, so a
// right-to-left string must be given in visual order (see Visual).
func BuildUnicode(pages []UnicodePage) []byte {
	const first = 8 // after catalog, pages, font, descendant, ToUnicode map, vertical and bold fonts
	kids := make([]string, len(pages))
	for i := range pages {
		kids[i] = fmt.Sprintf("%d 0 R", first+2*i)
	}
	// Widths as runs "first last width" of characters alike.
	var widths []string
	for lo := rune(0x20); lo < 0x10000; {
		w := UnicodeWidth(lo)
		hi := lo
		for hi+1 < 0x10000 && UnicodeWidth(hi+1) == w {
			hi++
		}
		if w != 500 {
			widths = append(widths, fmt.Sprintf("%d %d %d", lo, hi, w))
		}
		lo = hi + 1
	}
	// A bfrange may only step its last byte: one range per high byte.
	var ranges strings.Builder
	n := 0
	for hi := 0; hi < 256; hi++ {
		if hi > 0x9F && hi < 0xFB { // Hangul, surrogates, private use
			continue
		}
		fmt.Fprintf(&ranges, "<%02X00> <%02XFF> <%02X00>\n", hi, hi, hi)
		n++
	}
	cmap := "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" + fmt.Sprintf("%d beginbfrange\n", n) + ranges.String() + "endbfrange\n" +
		"endcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend\n"
	font := func(name, enc string) Object {
		return Object{Dict: "<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+" + name + " /Encoding /" + enc + " /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>"}
	}
	objs := []Object{
		{Dict: "<< /Type /Catalog /Pages 2 0 R >>"},
		{Dict: fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 595 842] >>", strings.Join(kids, " "), len(pages))},
		font("ArialUnicode", "Identity-H"),
		{Dict: fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+ArialUnicode /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 /W [%s] >>", strings.Join(widths, " "))},
		{Stream: []byte(cmap)},
		font("ArialUnicode", "Identity-V"),
		font("ArialUnicode-Bold", "Identity-H"),
	}
	for i, pg := range pages {
		var c strings.Builder
		for _, it := range pg.Items {
			if it.Size == 0 {
				c.WriteString(it.S + "\n")
				continue
			}
			fmt.Fprintf(&c, "BT /F1 %.1f Tf %.2f %.2f Td %s Tj ET\n", it.Size, it.X, it.Y, UnicodeString(it.S))
		}
		rotate := ""
		if pg.Rotate != 0 {
			rotate = fmt.Sprintf(" /Rotate %d", pg.Rotate)
		}
		objs = append(objs,
			Object{Dict: fmt.Sprintf("<< /Type /Page /Parent 2 0 R%s /Resources << /Font << /F1 3 0 R /F2 6 0 R /F3 7 0 R >> >> /Contents %d 0 R >>", rotate, first+1+2*i)},
			Object{Stream: []byte(c.String())})
	}
	return Write(objs, Options{})
}

// Vertical draws text in BuildUnicode's vertical font (F2), from (X, Y)
// downwards, one em a character, as Japanese is set in columns.
func Vertical(t Text) Text {
	return Text{S: fmt.Sprintf("BT /F2 %.1f Tf %.2f %.2f Td %s Tj ET", t.Size, t.X, t.Y, UnicodeString(t.S))}
}

// Bold draws text in BuildUnicode's bold font (F3).
func Bold(t Text) Text {
	return Text{S: fmt.Sprintf("BT /F3 %.1f Tf %.2f %.2f Td %s Tj ET", t.Size, t.X, t.Y, UnicodeString(t.S))}
}

// UnicodeString writes s as BuildUnicode's two-byte codes.
func UnicodeString(s string) string {
	var b strings.Builder
	b.WriteByte('<')
	for _, r := range s {
		fmt.Fprintf(&b, "%04X", r&0xFFFF)
	}
	b.WriteByte('>')
	return b.String()
}

// UnicodeTextWidth is the width of s in BuildUnicode's font at size points.
func UnicodeTextWidth(s string, size float64) float64 {
	w := 0
	for _, r := range s {
		w += UnicodeWidth(r)
	}
	return float64(w) / 1000 * size
}

// Visual returns right-to-left text as a PDF draws it, from left to right:
// the letters reversed, each combining mark still drawn after its letter.
func Visual(s string) string {
	var clusters []string
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) && len(clusters) > 0 {
			clusters[len(clusters)-1] += string(r)
			continue
		}
		clusters = append(clusters, string(r))
	}
	for i, j := 0, len(clusters)-1; i < j; i, j = i+1, j-1 {
		clusters[i], clusters[j] = clusters[j], clusters[i]
	}
	return strings.Join(clusters, "")
}

// Rotated draws text whose baseline runs at angle degrees counterclockwise
// from (x, y): 90 runs up the page, as a stamp in a margin does. It is
// written into the content stream as it is, in font F1 of either builder;
// encode gives the string's codes (UnicodeString, or nil for Build's font).
func Rotated(t Text, angle float64, encode func(string) string) Text {
	s, c := math.Sincos(angle * math.Pi / 180)
	str := pdfString(t.S, false)
	if encode != nil {
		str = encode(t.S)
	}
	return Text{S: fmt.Sprintf("BT /F1 %.1f Tf %.4f %.4f %.4f %.4f %.2f %.2f Tm %s Tj ET", t.Size, c, s, -s, c, t.X, t.Y, str)}
}
