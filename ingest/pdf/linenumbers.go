package pdf

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// marginNumber is a number standing at the start or the end of a line,
// apart from the rest of it: a candidate line number.
type marginNumber struct {
	l      *line
	lead   bool // at the start of the line, else at its end
	n      int  // how many glyphs it is
	x0, x1 float64
	value  int
	// rest is set when the line has glyphs besides its numbers, prose when
	// most of those are letters: line numbers stand beside text, a
	// table's first column beside figures ("1996 51,544 37,481").
	rest, prose bool
}

// dropLineNumbers removes the numbers that proof pages, pleadings and
// legislation print in a margin beside each line ("1", "2", … "33"): left
// in, they stand between the words of every sentence. They are told from
// figures in the text by where they stand and what they count: a column of
// at least five numbers, aligned, outside the text's left or right edge,
// that go up by one line after line. A line that held only its number
// goes. The lines' glyphs must be in order of x.
func dropLineNumbers(lines []*line) []*line {
	var cands []marginNumber
	var x0s, x1s []float64 // the text's extent on each line, numbers apart
	for _, l := range lines {
		if !digitNearEdge(l.glyphs) {
			x0s, x1s = append(x0s, l.x0), append(x1s, l.x1)
			continue
		}
		lead, trail, x0, x1 := edgeNumbers(l)
		if lead != nil {
			cands = append(cands, *lead)
		}
		if trail != nil {
			cands = append(cands, *trail)
		}
		if x0 <= x1 {
			x0s, x1s = append(x0s, x0), append(x1s, x1)
		}
	}
	if len(cands) < 5 || len(x0s) == 0 {
		return lines
	}
	// The text's edges, where most lines start and end: a stray mark in
	// the margin does not move them.
	slices.Sort(x0s)
	slices.Sort(x1s)
	left, right := x0s[len(x0s)/10], x1s[len(x1s)-1-len(x1s)/10]
	// Columns: numbers whose right edges (numbers are set flush right) or
	// left edges line up.
	drop := map[*line][2]int{} // glyphs to drop from the start and from the end
	for _, byLeft := range []bool{false, true} {
		edge := func(c marginNumber) float64 {
			if byLeft {
				return c.x0
			}
			return c.x1
		}
		slices.SortFunc(cands, func(a, b marginNumber) int { return cmpFloat(edge(a), edge(b)) })
		for i := 0; i < len(cands); {
			j := i + 1
			for j < len(cands) && edge(cands[j])-edge(cands[j-1]) < 1.5 {
				j++
			}
			col := slices.Clone(cands[i:j])
			i = j
			if len(col) < 5 {
				continue
			}
			cx0, cx1 := math.Inf(1), math.Inf(-1)
			for _, c := range col {
				cx0, cx1 = math.Min(cx0, c.x0), math.Max(cx1, c.x1)
			}
			slices.SortFunc(col, func(a, b marginNumber) int { return cmpFloat(b.l.y, a.l.y) })
			steps := 0
			for k := 1; k < len(col); k++ {
				if col[k].value == col[k-1].value+1 {
					steps++
				}
			}
			if steps*10 < 7*(len(col)-1) {
				continue
			}
			rest, prose := 0, 0
			for _, c := range col {
				if c.rest {
					rest++
				}
				if c.prose {
					prose++
				}
			}
			if 2*prose < rest {
				continue // a table's column of years, days or ranks
			}
			// Among the text, a short column is figures in a table. A long
			// one that counts on without a slip is a page's line numbers
			// where the page has too little text to tell its edges (a
			// title page: the slug and a rule as wide as the numbers).
			among := cx1 > left+1 && cx0 < right-1
			if among && (len(col) < 20 || steps*10 < 9*(len(col)-1)) {
				continue
			}
			for _, c := range col {
				d := drop[c.l]
				if c.lead {
					d[0] = c.n
				} else {
					d[1] = c.n
				}
				drop[c.l] = d
			}
		}
	}
	if len(drop) == 0 {
		return lines
	}
	kept := lines[:0]
	for _, l := range lines {
		if d, ok := drop[l]; ok {
			l.glyphs = l.glyphs[min(d[0], len(l.glyphs)):max(len(l.glyphs)-d[1], d[0], 0)]
			if len(l.glyphs) == 0 {
				continue
			}
			l.x0, l.x1 = extent(l.glyphs)
		}
		kept = append(kept, l)
	}
	return kept
}

// digitNearEdge reports whether a digit is among the first or last three
// glyphs: a quick test that most lines fail.
func digitNearEdge(gs []Glyph) bool {
	for _, i := range [...]int{0, 1, 2, len(gs) - 1, len(gs) - 2, len(gs) - 3} {
		if i >= 0 && i < len(gs) && gs[i].S != "" && gs[i].S[0] >= '0' && gs[i].S[0] <= '9' {
			return true
		}
	}
	return false
}

// edgeNumbers returns the numbers at the start and at the end of a finished
// line, when an em or more parts them from its other glyphs, and the extent
// of those others (infinite when there are none). A number may carry one
// letter: proof pages mark lines "32S", "33R".
func edgeNumbers(l *line) (lead, trail *marginNumber, x0, x1 float64) {
	gs := l.glyphs
	isSpace := func(g Glyph) bool { return strings.TrimSpace(g.S) == "" }
	a, b := 0, len(gs)
	for a < b && isSpace(gs[a]) {
		a++
	}
	for b > a && isSpace(gs[b-1]) {
		b--
	}
	x0, x1 = math.Inf(1), math.Inf(-1)
	if a == b {
		return nil, nil, x0, x1
	}
	joined := func(p, q Glyph) bool { return !isSpace(q) && q.X-(p.X+p.W) < 0.2*max(p.Size, q.Size) }
	gap := func(p, q Glyph) bool { return q.X-(p.X+p.W) >= max(p.Size, q.Size) }
	e := a + 1 // the end of the first word
	for e < b && joined(gs[e-1], gs[e]) {
		e++
	}
	s := b - 1 // the start of the last word
	for s > a && joined(gs[s-1], gs[s]) {
		s--
	}
	number := func(lo, hi int, isLead bool) *marginNumber {
		if v, ok := lineNumberValue(gs[lo:hi]); ok {
			return &marginNumber{l: l, lead: isLead, n: hi - lo, x0: gs[lo].X, x1: gs[hi-1].X + gs[hi-1].W, value: v}
		}
		return nil
	}
	restA, restB := a, b
	if e == b {
		// The line is one word.
		lead = number(a, b, true)
		if lead != nil {
			lead.n = len(gs)
			return lead, nil, x0, x1
		}
	} else {
		if gap(gs[e-1], gs[firstNonSpace(gs, e)]) {
			if lead = number(a, e, true); lead != nil {
				lead.n = e
				restA = e
			}
		}
		if s >= e && gap(gs[lastNonSpace(gs, s-1)], gs[s]) {
			if trail = number(s, b, false); trail != nil {
				trail.n = len(gs) - s
				restB = s
			}
		}
	}
	// The glyphs are in order of x: the rest spans its first to its last.
	if restA < restB {
		first, last := gs[firstNonSpace(gs, restA)], gs[lastNonSpace(gs, restB-1)]
		x0, x1 = first.X, last.X+last.W
		letters, others := 0, 0
		for _, g := range gs[restA:restB] {
			switch r := firstRune(g.S); {
			case unicode.IsLetter(r):
				letters++
			case !unicode.IsSpace(r) && r != 0:
				others++
			}
		}
		for _, c := range []*marginNumber{lead, trail} {
			if c != nil {
				c.rest, c.prose = letters+others > 0, letters > others
			}
		}
	}
	return lead, trail, x0, x1
}

func firstNonSpace(gs []Glyph, i int) int {
	for i < len(gs)-1 && strings.TrimSpace(gs[i].S) == "" {
		i++
	}
	return i
}

func lastNonSpace(gs []Glyph, i int) int {
	for i > 0 && strings.TrimSpace(gs[i].S) == "" {
		i--
	}
	return i
}

// lineNumberValue reads a line number: up to four digits, with at most one
// letter before or after them.
func lineNumberValue(gs []Glyph) (int, bool) {
	var s []byte
	for _, g := range gs {
		if g.S == " " {
			continue
		}
		s = append(s, g.S...)
	}
	isLetter := func(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }
	if len(s) > 1 && isLetter(s[0]) {
		s = s[1:]
	} else if len(s) > 1 && isLetter(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	if len(s) == 0 || len(s) > 4 {
		return 0, false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
	}
	v, _ := strconv.Atoi(string(s))
	return v, true
}
