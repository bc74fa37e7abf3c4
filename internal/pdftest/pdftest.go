// Package pdftest writes small PDFs for tests: pages of text drawn at given
// positions in one Type 1 font, and raw content streams to test damaged ones.
package pdftest

import (
	"bytes"
	"fmt"
	"strings"
)

// Text is a run of text drawn at (X, Y) in points, Y growing upwards. A Text
// with Size 0 is written into the page's content stream as it is.
type Text struct {
	X, Y, Size float64
	S          string
}

// Width gives the test font's width of a character, in thousandths of an em.
func Width(c byte) int {
	switch {
	case strings.IndexByte("iljtf.,;:' ", c) >= 0:
		return 278
	case c == 'm' || c == 'w' || c == 'M' || c == 'W':
		return 833
	case c >= 'A' && c <= 'Z':
		return 667
	}
	return 556
}

// TextWidth is the width of s set at size points.
func TextWidth(s string, size float64) float64 {
	w := 0
	for i := 0; i < len(s); i++ {
		w += Width(s[i])
	}
	return float64(w) / 1000 * size
}

// Build writes a PDF with the given pages (A4) in a simple font with
// one-byte codes, as LaTeX and LibreOffice write them.
func Build(pages [][]Text) []byte { return build(pages, false) }

// BuildCID writes the same with a composite (Type0, Identity-H) font with
// two-byte codes and a ToUnicode map, as word processors write them.
func BuildCID(pages [][]Text) []byte { return build(pages, true) }

func build(pages [][]Text, cid bool) []byte {
	var b bytes.Buffer
	var offsets []int
	obj := func(body string) {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offsets), body)
	}
	b.WriteString("%PDF-1.4\n")
	first := 4 // the first page object: after catalog, pages and font
	if cid {
		first = 6 // and the descendant font and the ToUnicode map
	}
	kids := make([]string, len(pages))
	for i := range pages {
		kids[i] = fmt.Sprintf("%d 0 R", first+2*i)
	}
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 595 842] >>", strings.Join(kids, " "), len(pages)))
	var widths []string
	for c := 32; c <= 126; c++ {
		widths = append(widths, fmt.Sprint(Width(byte(c))))
	}
	if cid {
		obj("<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Calibri /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>")
		obj(fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Calibri /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W [32 [%s]] >>", strings.Join(widths, " ")))
		cmap := "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
			"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n1 beginbfrange\n<0020> <007E> <0020>\nendbfrange\n" +
			"endcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend\n"
		obj(fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", len(cmap), cmap))
	} else {
		obj(fmt.Sprintf("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 126 /Widths [%s] >>", strings.Join(widths, " ")))
	}
	for i, items := range pages {
		var c strings.Builder
		for _, it := range items {
			if it.Size == 0 {
				c.WriteString(it.S + "\n")
				continue
			}
			fmt.Fprintf(&c, "BT /F1 %.1f Tf %.2f %.2f Td %s Tj ET\n", it.Size, it.X, it.Y, pdfString(it.S, cid))
		}
		obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", first+1+2*i))
		obj(fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", c.Len(), c.String()))
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, xref)
	return b.Bytes()
}

// pdfString writes s as a literal string, or as two-byte hex codes for a
// composite font.
func pdfString(s string, cid bool) string {
	if !cid {
		return "(" + strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(s) + ")"
	}
	var b strings.Builder
	b.WriteByte('<')
	for i := 0; i < len(s); i++ {
		fmt.Fprintf(&b, "%04X", s[i])
	}
	b.WriteByte('>')
	return b.String()
}

// Column sets paragraphs as lines of at most width points from (x, y)
// downwards, and returns them with the y below them.
func Column(x, y, width, size float64, paras ...string) ([]Text, float64) {
	var items []Text
	for _, p := range paras {
		var cur string
		for _, w := range strings.Fields(p) {
			if cur != "" && TextWidth(cur+" "+w, size) > width {
				items = append(items, Text{x, y, size, cur})
				y -= 1.2 * size
				cur = ""
			}
			if cur != "" {
				cur += " "
			}
			cur += w
		}
		items = append(items, Text{x, y, size, cur})
		y -= 2.4 * size
	}
	return items, y
}

// Words sets a line word by word, each drawn at its own position with no
// space glyph between them, as many word processors do: only the gaps
// between the words tell where one ends.
func Words(line Text) []Text {
	var out []Text
	x := line.X
	for _, w := range strings.Fields(line.S) {
		out = append(out, Text{X: x, Y: line.Y, Size: line.Size, S: w})
		x += TextWidth(w+" ", line.Size)
	}
	return out
}

// Encrypt marks a PDF built by Build as encrypted with a user password that
// is not empty, by adding a standard security handler to its trailer.
func Encrypt(pdf []byte) []byte {
	enc := "/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <" + strings.Repeat("5a", 32) +
		"> /U <" + strings.Repeat("a5", 32) + "> >> /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]"
	return bytes.Replace(pdf, []byte("/Root 1 0 R >>"), []byte("/Root 1 0 R "+enc+" >>"), 1)
}
