package pdf

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// combiningAccent maps the spacing accents that TeX's older fonts (OT1)
// and some word processors draw as glyphs of their own over a letter, as
// "¨" over "u" for "ü", to the combining marks they stand for.
var combiningAccent = map[rune]rune{
	'`':      '\u0300',
	'\u00b4': '\u0301', // acute
	'\u02c6': '\u0302', // circumflex
	'\u02dc': '\u0303', // tilde
	'\u00af': '\u0304', // macron
	'\u02d8': '\u0306', // breve
	'\u02d9': '\u0307', // dot above
	'\u00a8': '\u0308', // dieresis
	'\u02da': '\u030a', // ring
	'\u02dd': '\u030b', // double acute
	'\u02c7': '\u030c', // caron
	'\u00b8': '\u0327', // cedilla
	'\u02db': '\u0328', // ogonek
}

// mayBeAccent reports whether s may be a spacing accent, by its first
// byte, which keeps the check off the path of most glyphs.
func mayBeAccent(s string) bool {
	return s != "" && (s[0] == '`' || s[0] == 0xC2 || s[0] == 0xCB)
}

// attachAccents puts each spacing accent drawn over a letter of the line
// (gs, sorted by x) onto that letter, as one composed character: read as a
// glyph of its own, "¨" became a space and a mark ("Mu ̈hlenberg"). An
// accent's middle lies over its letter, which is drawn just before or
// after it. An accent over no letter is left as it is.
func attachAccents(gs []Glyph) []Glyph {
	k := 0
	for i, g := range gs {
		r, n := utf8.DecodeRuneInString(g.S)
		mark, ok := combiningAccent[r]
		if !ok || n != len(g.S) {
			gs[k] = g
			k++
			continue
		}
		mid := g.X + g.W/2
		over := func(h Glyph) bool {
			b, _ := utf8.DecodeRuneInString(h.S)
			return unicode.IsLetter(b) && h.X <= mid && mid <= h.X+h.W && utf8.RuneCountInString(h.S) == 1
		}
		switch {
		case k > 0 && over(gs[k-1]):
			gs[k-1].S = accented(gs[k-1].S, mark)
		case i+1 < len(gs) && over(gs[i+1]):
			gs[i+1].S = accented(gs[i+1].S, mark)
		default:
			gs[k] = g
			k++
		}
	}
	return gs[:k]
}

// accented returns letter with mark, composed: a dotless i or j under a
// mark above stands for i or j, which TeX draws without its dot.
func accented(letter string, mark rune) string {
	if mark < '\u0327' {
		switch letter {
		case "ı":
			letter = "i"
		case "ȷ":
			letter = "j"
		}
	}
	return norm.NFC.String(letter + string(mark))
}
