package pdf

import (
	"math"
	"slices"
	"unicode"
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
			if isBlank(g.S) {
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

// isBlank reports whether a glyph's text is only spaces.
func isBlank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}
