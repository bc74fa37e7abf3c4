package pdf

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/bidi"
)

// A PDF draws a line of Arabic or Hebrew in visual order, right to left
// across the page, while search and citation need it in logical order, as
// it is typed. Glyphs sorted by x give the visual order; these functions
// turn it back.

// direction is how a piece of a line runs.
type direction uint8

const (
	neutral direction = iota // spaces, punctuation: they take their neighbours'
	ltr                      // Latin letters, and digits, which run left to right in any script
	rtl
)

// directionOf is the direction of the first strong character of s.
func directionOf(s string) direction {
	for _, r := range s {
		if r < 0x80 {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return ltr
			}
			continue
		}
		p, _ := bidi.LookupRune(r)
		switch p.Class() {
		case bidi.R, bidi.AL:
			return rtl
		case bidi.L, bidi.EN, bidi.AN:
			return ltr
		}
	}
	return neutral
}

// startsRTL reports whether s may start with a right-to-left letter, one
// of the blocks of Hebrew, Arabic and their neighbours, or their
// presentation forms. Only characters from U+0590 on can be, whose UTF-8
// starts with 0xD6 or more; so do curly quotes and dashes, whose lines
// need no reordering. A glyph's text is one character, or a ligature of
// one script.
func startsRTL(s string) bool {
	if s == "" || s[0] < 0xD6 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 0x0590 && r <= 0x08FF || r >= 0xFB1D && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF ||
		r >= 0x10800 && r <= 0x10FFF || r >= 0x1E800 && r <= 0x1EFFF
}

// isMark reports whether s is only combining marks: an Arabic vowel sign or
// a Hebrew point, drawn as a glyph of its own over or under its letter.
func isMark(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return true
}

// logicalOrder reorders the pieces of a line (glyph texts and the spaces
// between them) from visual order, left to right, into reading order. The
// line's direction is that of most of its strong pieces. Runs of the other
// direction keep their own order inside: a Latin name or a number in an
// Arabic sentence reads left to right. A neutral piece between two pieces
// of the minority direction belongs to their run; any other takes the
// line's direction. pieces is reordered in place.
func logicalOrder(pieces []string) {
	dirs := make([]direction, len(pieces))
	nr, nl := 0, 0
	for i, p := range pieces {
		dirs[i] = directionOf(p)
		switch dirs[i] {
		case rtl:
			nr++
		case ltr:
			nl++
		}
	}
	if nr == 0 {
		return
	}
	base, other := rtl, ltr
	if nl > nr {
		base, other = ltr, rtl
	}
	// Resolve the neutrals: the previous and next strong pieces decide.
	prev := base
	for i := 0; i < len(dirs); i++ {
		if dirs[i] != neutral {
			prev = dirs[i]
			continue
		}
		j := i
		for j < len(dirs) && dirs[j] == neutral {
			j++
		}
		next := base
		if j < len(dirs) {
			next = dirs[j]
		}
		d := base
		if prev == other && next == other {
			d = other
		}
		for k := i; k < j; k++ {
			dirs[k] = d
		}
		i = j - 1
	}
	// Reverse every run of the minority direction; on a right-to-left line,
	// then the whole line, which puts the runs in reading order, reads its
	// right-to-left runs backwards and turns the others back the right way.
	for i := 0; i < len(pieces); {
		j := i
		for j < len(pieces) && dirs[j] == dirs[i] {
			j++
		}
		if dirs[i] == other {
			slices.Reverse(pieces[i:j])
		}
		i = j
	}
	if base == rtl {
		slices.Reverse(pieces)
	}
}
