package pdf

import (
	"unicode"
	"unicode/utf8"
)

// Chinese and Japanese are written without spaces between words, and
// Japanese often in columns, top to bottom, read from the right.

// firstRune and lastRuneOf of a glyph's text decide whether two glyphs are
// both CJK, which a gap between them does not part.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRuneOf(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// mayBeCJK reports whether s may start with a CJK character: one from
// U+2E80 on, whose UTF-8 is E2 BA 80 or more (and not a four-byte one).
func mayBeCJK(s string) bool {
	return len(s) >= 3 && (s[0] > 0xE2 && s[0] < 0xF0 || s[0] == 0xE2 && s[1] >= 0xBA)
}

// isCJK reports whether r is written without spaces between words: Chinese
// characters, Japanese kana and their punctuation. (Korean puts spaces
// between words.)
func isCJK(r rune) bool {
	if r < 0x2E80 {
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) ||
		r >= 0x3000 && r <= 0x303F || // CJK symbols and punctuation
		r >= 0xFF00 && r <= 0xFFEF // full-width forms
}
