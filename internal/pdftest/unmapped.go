package pdftest

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"maps"
	"slices"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Unmapped sets paragraphs on pages as Helvetica does, except that the
// pages marked unmapped draw theirs in a font without a character map: Go
// Regular, embedded as a TrueType CID font whose codes are its glyph
// numbers, with neither a ToUnicode map nor the program's own cmap table.
// A renderer draws those pages as well as the others; a reader of the text
// layer finds glyphs but no characters, as in PDFs made by some Word
// add-ins and print drivers.
func Unmapped(pages [][]string, unmapped []bool) ([]byte, error) {
	f, err := sfnt.Parse(goregular.TTF)
	if err != nil {
		return nil, fmt.Errorf("Go Regular: %w", err)
	}
	var buf sfnt.Buffer
	upem := int(f.UnitsPerEm())
	widths := map[sfnt.GlyphIndex]int{}
	// glyphs returns the codes of a line, two bytes a glyph, in hex.
	glyphs := func(s string) (string, error) {
		var b strings.Builder
		for _, r := range s {
			g, err := f.GlyphIndex(&buf, r)
			if err != nil || g == 0 {
				return "", fmt.Errorf("Go Regular has no glyph for %q", r)
			}
			adv, err := f.GlyphAdvance(&buf, g, fixed.I(upem), font.HintingNone)
			if err != nil {
				return "", err
			}
			widths[g] = adv.Round() * 1000 / upem
			fmt.Fprintf(&b, "%04X", uint16(g))
		}
		return b.String(), nil
	}

	var objs []Object
	obj := func(dict string, stream []byte) {
		objs = append(objs, Object{Dict: dict, Stream: stream})
	}
	const firstPage = 8 // after the catalog, the page tree and five font objects
	var kids []string
	for i := range pages {
		kids = append(kids, fmt.Sprintf("%d 0 R", firstPage+2*i))
	}
	var contents []string
	for i, paras := range pages {
		var c strings.Builder
		fontName := "/F1"
		if unmapped[i] {
			fontName = "/F2"
		}
		fmt.Fprintf(&c, "BT %s 12 Tf 14 TL 72 760 Td\n", fontName)
		show := func(line string) error {
			if !unmapped[i] {
				fmt.Fprintf(&c, "(%s) Tj T*\n", line)
				return nil
			}
			hex, err := glyphs(line)
			fmt.Fprintf(&c, "<%s> Tj T*\n", hex)
			return err
		}
		for _, p := range paras {
			line := ""
			for _, w := range strings.Fields(p) {
				if len(line)+len(w) > 75 {
					if err := show(line); err != nil {
						return nil, err
					}
					line = ""
				}
				if line != "" {
					line += " "
				}
				line += w
			}
			if err := show(line); err != nil {
				return nil, err
			}
			c.WriteString("T*\n")
		}
		c.WriteString("ET")
		contents = append(contents, c.String())
	}
	var w strings.Builder
	for _, g := range slices.Sorted(maps.Keys(widths)) {
		fmt.Fprintf(&w, "%d [%d] ", g, widths[g])
	}
	obj("<< /Type /Catalog /Pages 2 0 R >>", nil)
	obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 595 842] >>", strings.Join(kids, " "), len(pages)), nil)
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", nil)
	obj("<< /Type /Font /Subtype /Type0 /BaseFont /GoRegular /Encoding /Identity-H /DescendantFonts [5 0 R] >>", nil)
	obj(fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /GoRegular /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /CIDToGIDMap /Identity /DW 1000 /W [%s] >>", w.String()), nil)
	obj("<< /Type /FontDescriptor /FontName /GoRegular /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>", nil)
	obj("<<>>", withoutCmap(goregular.TTF))
	for i, content := range contents {
		obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>", firstPage+2*i+1), nil)
		obj("<<>>", []byte(content))
	}
	return Write(objs, Options{}), nil
}

// withoutCmap returns a copy of a TrueType font program whose cmap table
// is renamed, so that nothing maps its glyphs to characters.
func withoutCmap(ttf []byte) []byte {
	out := bytes.Clone(ttf)
	n := int(binary.BigEndian.Uint16(out[4:]))
	for i := range n {
		rec := out[12+16*i:]
		if string(rec[:4]) == "cmap" {
			copy(rec, "cmaq")
		}
	}
	return out
}
