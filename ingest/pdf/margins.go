package pdf

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/normdex/normdex/ingest/internal/textfold"
)

// Notes set in the margin beside the text ("Marginal notes are / usually
// placed in / the outer margin.") share their baselines with the lines of
// the text: read across, each line of a note lands in the middle of a line
// of text. Cut apart, the note reads as a column of its own.

// marginCuts returns where to cut a page's lines to set apart a note
// column in its left or right margin: a block of at least three lines of
// words in narrow lines, clear of the edge that the long lines of the text
// share (numbers hanging in the margin, of paragraphs or headings, are no
// note; nor is a side heading of a line or two).
func marginCuts(pg PageGlyphs, lines []*line) []float64 {
	in, long := make([]*line, 0, len(lines)), make([]*line, 0, len(lines))
	for _, l := range lines {
		if l.y > 0.08*pg.Height && l.y < 0.92*pg.Height {
			in = append(in, l)
			if l.x1-l.x0 >= 0.3*pg.Width {
				long = append(long, l)
			}
		}
	}
	if len(long) < 5 {
		return nil
	}
	sizes := make([]float64, len(long))
	lefts, rights := make([]float64, len(long)), make([]float64, len(long))
	for i, l := range long {
		sizes[i], lefts[i], rights[i] = l.size, l.x0, -l.x1
	}
	slices.Sort(sizes)
	size := sizes[len(sizes)/2]
	var cuts []float64
	for _, edge := range sharedEdges(lefts) {
		if cut := edge - 0.3*size; noteColumn(in, pg.Width, cut, true) {
			cuts = append(cuts, cut)
			break
		}
	}
	for _, edge := range sharedEdges(rights) {
		if cut := -edge + 0.3*size; noteColumn(in, pg.Width, cut, false) {
			cuts = append(cuts, cut)
			break
		}
	}
	return cuts
}

// sharedEdges returns, in order, the edges that at least three of xs
// share within two points (the notes' edge, then the text's, then the
// next column's).
func sharedEdges(xs []float64) []float64 {
	slices.Sort(xs)
	var edges []float64
	for i := 0; i+2 < len(xs); i++ {
		if xs[i+2]-xs[i] <= 2 && (len(edges) == 0 || xs[i] > edges[len(edges)-1]+2) {
			edges = append(edges, xs[i])
		}
	}
	return edges
}

// noteColumn reports whether the lines in hold a note column cut from the
// text at cut, left of it or right of it.
func noteColumn(in []*line, width, cut float64, left bool) bool {
	var notes []*line
	wordy, beyond := 0, 0
	for _, l := range in {
		if left && l.x0 < cut || !left && l.x1 > cut {
			beyond++
		}
	}
	if beyond < 3 {
		return false // the common case: nothing in the margin
	}
	for _, l := range in {
		if left && l.x0 >= cut || !left && l.x1 <= cut {
			continue
		}
		letters := 0
		noteLo, noteHi := math.Inf(1), math.Inf(-1)
		textLo, textHi := math.Inf(1), math.Inf(-1)
		for _, g := range l.glyphs {
			if strings.TrimSpace(g.S) == "" {
				continue
			}
			if g.X < cut && g.X+g.W > cut {
				return false // text runs across the cut
			}
			if (g.X+g.W <= cut) != left {
				textLo, textHi = min(textLo, g.X), max(textHi, g.X+g.W)
				continue
			}
			noteLo, noteHi = min(noteLo, g.X), max(noteHi, g.X+g.W)
			for _, r := range g.S {
				if unicode.IsLetter(r) {
					letters++
				}
			}
		}
		if math.IsInf(noteLo, 1) {
			continue
		}
		gap := textLo - noteHi
		if !left {
			gap = noteLo - textHi
		}
		if noteHi-noteLo > 0.2*width || gap < 0.6*l.size {
			return false // a wide line, or one that runs on from the margin into the text
		}
		notes = append(notes, l)
		if letters >= 3 {
			wordy++
		}
	}
	if len(notes) < 3 || 3*wordy < 2*len(notes) {
		return false
	}
	// At least three of the notes' lines one under the other, as a
	// paragraph's lines are.
	slices.SortFunc(notes, func(a, b *line) int { return cmpFloat(b.y, a.y) })
	run := 1
	for i := 1; i < len(notes) && run < 3; i++ {
		if d := notes[i-1].y - notes[i].y; d > 0 && d <= 2*notes[i].size {
			run++
		} else {
			run = 1
		}
	}
	return run >= 3
}

// numberedEdge returns the lines of the first row of a page (or of its
// last, when top is false) when that row is a running head (or foot) that
// a document of a page or two cannot show to repeat: a bare page number
// flush with one edge of the page's text and a short title towards the
// other, most of the text's width apart ("3 CITATIONS ... 2"), the row set
// apart from the text by more than twice its size, in the page's outer
// sixth. lines are the page's lines of text, without those set aside at
// its end (textEnd).
func numberedEdge(pg PageGlyphs, lines []*line, top bool) []*line {
	n := len(lines)
	if n < 3 {
		return nil
	}
	// The row and the line of the text next to it.
	edge, step := 0, 1
	if !top {
		edge, step = n-1, -1
	}
	i := edge
	for i >= 0 && i < n && math.Abs(lines[i].y-lines[edge].y) <= 0.5*lines[edge].size {
		i += step
	}
	if i < 0 || i >= n {
		return nil
	}
	row := lines[min(edge, i-step) : max(edge, i-step)+1]
	// In the outer sixth of the page, where heads and feet stand: a
	// table's first row lower down is no head.
	if top && lines[edge].y < 5*pg.Height/6 || !top && lines[edge].y > pg.Height/6 || !numberAtEnd(row) {
		return nil
	}
	size, count := 0.0, 0
	for _, l := range row {
		count += len(l.glyphs)
	}
	gs := make([]Glyph, 0, count)
	for _, l := range row {
		size = max(size, l.size)
		for _, g := range l.glyphs {
			if strings.TrimSpace(g.S) != "" {
				gs = append(gs, g)
			}
		}
	}
	if len(gs) == 0 || math.Abs(lines[edge].y-lines[i].y) <= 2*size {
		return nil
	}
	slices.SortFunc(gs, func(a, b Glyph) int { return cmpFloat(a.X, b.X) })
	// The row's pieces, apart where it leaves a wide gap.
	var pieces []*line
	start := 0
	for j := 1; j <= len(gs); j++ {
		if j == len(gs) || gs[j].X-(gs[j-1].X+gs[j-1].W) >= 2*size {
			p := &line{glyphs: gs[start:j:j]}
			finishLine(p)
			pieces = append(pieces, p)
			start = j
		}
	}
	if len(pieces) < 2 {
		return nil
	}
	first, last := pieces[0], pieces[len(pieces)-1]
	number := last
	if textfold.PageNumberRe().MatchString(first.text) {
		number = first
	}
	title := 0
	for _, p := range pieces {
		if p != number {
			title += len(p.text)
		}
	}
	if !textfold.PageNumberRe().MatchString(number.text) || title > 80 {
		return nil
	}
	left, right := math.Inf(1), math.Inf(-1) // the text's edges
	for _, l := range lines {
		if l.text != "" && !slices.Contains(row, l) {
			left, right = min(left, l.x0), max(right, l.x1)
		}
	}
	if last.x1-first.x0 < 0.6*(right-left) || number == first && first.x0 > left+size || number == last && last.x1 < right-size {
		return nil
	}
	return row
}

// numberAtEnd reports whether the leftmost or the rightmost glyph of a row
// may be part of a page number ("7", "- 7 -", "Page 7"): a cheap test
// before the row is cut into pieces.
func numberAtEnd(row []*line) bool {
	var first, last Glyph
	firstX, lastX := math.Inf(1), math.Inf(-1)
	for _, l := range row {
		for _, g := range l.glyphs {
			if strings.TrimSpace(g.S) == "" {
				continue
			}
			if g.X < firstX {
				first, firstX = g, g.X
			}
			if g.X > lastX {
				last, lastX = g, g.X
			}
		}
	}
	if math.IsInf(firstX, 1) {
		return false
	}
	f, _ := utf8.DecodeRuneInString(first.S)
	l, _ := utf8.DecodeLastRuneInString(last.S)
	return unicode.IsDigit(f) || unicode.IsDigit(l) || strings.ContainsRune("-–—pP", f) || strings.ContainsRune("-–—", l)
}
