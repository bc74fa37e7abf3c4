package pdf

import (
	"math"
	"strings"
	"unicode/utf8"
)

// A heading too long for its line runs on to the next, where the layout
// would otherwise read two headings: a title cut in two ("Position of
// Examplia on international law in" / "cyberspace") is a wrong default
// title and a wrong section name.

// measure is the width the text of a block runs in: from its leftmost line
// to its rightmost end, footnotes aside.
func measure(block []*line) float64 {
	left, right := math.Inf(1), math.Inf(-1)
	for _, l := range block {
		if !l.footnote {
			left, right = math.Min(left, l.x0), math.Max(right, l.x1)
		}
	}
	return right - left
}

// wrapsHeading reports whether heading line l goes on heading line prev: in
// the same type, right under it, its first word too long to have ended
// prev in a text of width measure. Two headings stacked (a part's number
// over its name) leave room on the first line, and stay apart.
func wrapsHeading(prev, l *line, measure float64) bool {
	if prev == nil || prev.footnote || math.Abs(prev.size-l.size) > 0.05*l.size || prev.bold != l.bold {
		return false
	}
	if gap := prev.y - l.y; gap <= 0 || gap > 1.6*l.size {
		return false
	}
	n := utf8.RuneCountInString(l.text)
	first, _, _ := strings.Cut(l.text, " ")
	if n == 0 {
		return false
	}
	// The first word's width, pro rata of the line's; and a space.
	word := (l.x1 - l.x0) * float64(utf8.RuneCountInString(first)) / float64(n)
	return prev.x1-prev.x0+0.25*l.size+word > measure
}
