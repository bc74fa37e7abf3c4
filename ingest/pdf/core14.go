package pdf

import (
	"sort"
	"strings"
	"sync"

	lpdf "github.com/ledongthuc/pdf"
)

//go:generate go run ./internal/afmgen -o core14_table.go $CORE14_AFM

// This file gives the glyph widths of a simple font that has none of its
// own, when it is one of the standard 14 fonts, which older generators and
// forms name without widths, or stands for one (Arial for Helvetica, Times
// New Roman for Times, Courier New for Courier, as Word names them when it
// does not embed them): without widths the gaps between words and table
// cells cannot be seen. The widths come from Adobe's Core 14 AFM files
// (core14_table.go, written by internal/afmgen; licence in CORE14-NOTICE).

// coreGlyphs are the glyphs of one or more of the standard fonts: their
// names, sorted, and their codes in the fonts' built-in encoding (-1 for
// none).
type coreGlyphs struct {
	names []string
	codes []int16

	// byText indexes the glyphs by their text, as a code decodes to, and
	// byCode by built-in code; built on first use.
	once   sync.Once
	byText map[string]int
	byCode [256]int16
}

// index builds g's indexes by text and by code.
func (g *coreGlyphs) index() {
	g.once.Do(func() {
		g.byText = make(map[string]int, len(g.names))
		for i := range g.byCode {
			g.byCode[i] = -1
		}
		for i, name := range g.names {
			if s := cleanGlyph(glyphText(name)); s != "" {
				if _, ok := g.byText[s]; !ok {
					g.byText[s] = i
				}
			}
			if c := g.codes[i]; c >= 0 {
				g.byCode[c] = int16(i)
			}
		}
	})
}

// byName returns the index of the glyph named name, or -1.
func (g *coreGlyphs) byName(name string) int {
	i := sort.SearchStrings(g.names, name)
	if i < len(g.names) && g.names[i] == name {
		return i
	}
	return -1
}

// coreFont is one of the standard 14 fonts: its glyphs and their widths,
// in thousandths of an em.
type coreFont struct {
	name   string
	glyphs *coreGlyphs
	widths []uint16
}

// coreFontNamed returns the standard font that a font named name is or
// stands for, or nil. Names are matched as producers write them:
// "Helvetica-BoldOblique", "Arial,Bold", "ArialMT", "Arial-BoldItalicMT",
// "TimesNewRomanPS-BoldMT", "CourierNewPSMT". A style other than bold and
// italic (Arial Narrow, Arial Black) has other widths: no match.
func coreFontNamed(name string) *coreFont {
	name = strings.ReplaceAll(name, " ", "")
	family, style := name, ""
	if i := strings.IndexAny(name, ",-"); i >= 0 {
		family, style = name[:i], name[i+1:]
	}
	family = strings.ToLower(family)
	style = strings.ToLower(strings.TrimPrefix(style, "-"))
	// Monotype's names end in MT, PostScript names of TrueType fonts in PS.
	family = strings.TrimSuffix(strings.TrimSuffix(family, "mt"), "ps")
	style = strings.TrimSuffix(style, "mt")
	var bold, italic bool
	switch style {
	case "", "roman", "regular", "normal", "book", "medium":
	case "bold":
		bold = true
	case "italic", "oblique":
		italic = true
	case "bolditalic", "boldoblique", "italicbold":
		bold, italic = true, true
	default:
		return nil
	}
	var std string
	switch family {
	case "helvetica", "arial":
		std = "Helvetica" + styleName(bold, italic, "-Bold", "-Oblique", "-BoldOblique", "")
	case "times", "timesroman", "timesnewroman":
		std = "Times" + styleName(bold, italic, "-Bold", "-Italic", "-BoldItalic", "-Roman")
	case "courier", "couriernew":
		std = "Courier" + styleName(bold, italic, "-Bold", "-Oblique", "-BoldOblique", "")
	case "symbol":
		std = "Symbol"
	case "zapfdingbats", "itczapfdingbats", "dingbats":
		std = "ZapfDingbats"
	default:
		return nil
	}
	for i := range coreFonts {
		if coreFonts[i].name == std {
			return &coreFonts[i]
		}
	}
	return nil
}

func styleName(bold, italic bool, b, i, bi, regular string) string {
	switch {
	case bold && italic:
		return bi
	case bold:
		return b
	case italic:
		return i
	}
	return regular
}

// coreWidths returns the widths of the 256 codes of simple font v, named
// name, which gives no widths of its own, from the standard font it is or
// stands for, or nil when it is none. A code takes the width of the glyph
// that /Differences names, else, when v names no base encoding, of the
// glyph at that code in the font's built-in encoding, else of the glyph
// its text (decoded) is drawn with. A code with none of these keeps the
// half-em guess of fonts without widths.
func coreWidths(v lpdf.Value, name string, decoded *[256]string) []float64 {
	cf := coreFontNamed(name)
	if cf == nil {
		return nil
	}
	g := cf.glyphs
	g.index()
	var named [256]string
	enc := v.Key("Encoding")
	base := enc.Name()
	if enc.Kind() == lpdf.Dict {
		base = enc.Key("BaseEncoding").Name()
		if d := enc.Key("Differences"); d.Kind() == lpdf.Array {
			eachDifference(d, func(code int, name string) { named[code] = name })
		}
	}
	widths := make([]float64, 256)
	for c := range widths {
		k := -1
		if named[c] != "" {
			k = g.byName(named[c])
		}
		if k < 0 && base == "" {
			k = int(g.byCode[c])
		}
		if k < 0 {
			if i, ok := g.byText[decoded[c]]; ok {
				k = i
			}
		}
		widths[c] = 500
		if k >= 0 {
			widths[c] = float64(cf.widths[k])
		}
	}
	return widths
}
