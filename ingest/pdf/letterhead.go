package pdf

import (
	"math"
	"slices"
	"strings"
)

// A letterhead sets blocks of a few short lines side by side at the top of
// a page: a UN document has the Organization's name and organ at the left
// and its symbol, distribution, date and language at the right, an older
// one a bilingual name in two halves. Their lines share baselines only by
// chance, so reading the page row by row shuffles the blocks together
// ("ECONOMIC CONSEIL / AND ECONOMIQUE"). A small table at the top of a page
// looks alike, white columns and all, but its cells stand in rows: on the
// same baselines, in the same type, never display type.

// maxHeadLines is how many lines a letterhead may have, all its blocks
// together.
const maxHeadLines = 12

// letterhead returns the blocks side by side at the top of a page of one
// column, each a run of lines read from top to bottom, in the order of
// blockOrder, and the page's other lines. Lines that reach into two blocks
// are cut between them. A page that opens otherwise gives no blocks and
// its lines.
func letterhead(lines []*line, body float64) (blocks [][]*line, rest []*line) {
	// The letterhead ends where a wider gap than its own line spacing
	// leaves room before the text; lines that run on without one are text.
	n, last := 0, -1
	for ; n < len(lines); n++ {
		l := lines[n]
		if !inked(l.glyphs) {
			continue
		}
		if last >= 0 {
			p := lines[last]
			if p.page != l.page || p.y-l.y > 2.5*max(p.size, l.size) {
				break
			}
		}
		if last = n; n >= maxHeadLines {
			return nil, lines
		}
	}
	if last < 0 {
		return nil, lines
	}
	if blocks, ok := sideBySide(lines[:last+1], lines, body); ok {
		return blocks, lines[last+1:]
	}
	return nil, lines
}

// sideBySide cuts head, the lines at the top of a page, into blocks at
// vertical white gaps (wider than two and a half times the body text's
// size) that run through all of them, if there are two blocks at least,
// each narrower than 0.6 of the width of the text of the page (all), and
// no two blocks next to each other stand in rows like a table's columns.
func sideBySide(head, all []*line, body float64) ([][]*line, bool) {
	n := 0
	for _, l := range head {
		n += len(l.glyphs)
	}
	ink := make([][2]float64, 0, n)
	lines := 0
	for _, l := range head {
		counted := false
		for _, g := range l.glyphs {
			if strings.TrimSpace(g.S) != "" {
				ink = append(ink, [2]float64{g.X, g.X + g.W})
				counted = true
			}
		}
		if counted {
			lines++
		}
	}
	if lines < 2 {
		return nil, false
	}
	slices.SortFunc(ink, func(a, b [2]float64) int { return cmpFloat(a[0], b[0]) })
	// The blocks' spans of x, from the white between them.
	var spans [][2]float64
	cur := ink[0]
	for _, s := range ink[1:] {
		if s[0]-cur[1] >= 2.5*body {
			spans = append(spans, cur)
			cur = s
			continue
		}
		cur[1] = max(cur[1], s[1])
	}
	spans = append(spans, cur)
	if len(spans) < 2 {
		return nil, false
	}
	left, right := math.Inf(1), math.Inf(-1)
	for _, l := range all {
		if x0, x1, ok := inkExtent(l.glyphs); ok {
			left, right = min(left, x0), max(right, x1)
		}
	}
	for _, s := range spans {
		if s[1]-s[0] > 0.6*(right-left) {
			return nil, false
		}
	}
	// Each line's part in each block: its glyphs are sorted by x, so a
	// part is a run of them.
	parts := make([][]*line, len(head)) // per line, per block; nil where it has none
	for i, l := range head {
		parts[i] = make([]*line, len(spans))
		start, b := 0, 0
		cut := func(end int) {
			if inked(l.glyphs[start:end]) {
				parts[i][b] = &line{glyphs: l.glyphs[start:end:end], y: l.y, page: l.page}
			}
			start = end
		}
		for j, g := range l.glyphs {
			for b+1 < len(spans) && g.X+g.W/2 > (spans[b][1]+spans[b+1][0])/2 {
				cut(j)
				b++
			}
		}
		cut(len(l.glyphs))
		whole := 0
		for _, p := range parts[i] {
			if p != nil {
				whole++
			}
		}
		for b, p := range parts[i] {
			switch {
			case p == nil:
			case whole == 1:
				parts[i][b] = l // the line lies in one block: kept as it is
			default:
				finishLine(p)
			}
		}
	}
	for b := 0; b+1 < len(spans); b++ {
		if inRows(parts, b, body) {
			return nil, false
		}
	}
	blocks := make([][]*line, len(spans))
	for b := range spans {
		for i := range head {
			if p := parts[i][b]; p != nil {
				blocks[b] = append(blocks[b], p)
			}
		}
	}
	return blockOrder(blocks), true
}

// blockOrder orders blocks side by side as they are read: the block that
// starts highest first, or of those that start about as high (within the
// smaller of their first lines' sizes) the leftmost; a sender's address
// at the top right goes before the logo below it at the left.
func blockOrder(blocks [][]*line) [][]*line {
	out := make([][]*line, 0, len(blocks))
	blocks = slices.DeleteFunc(blocks, func(b []*line) bool { return len(b) == 0 })
	for len(blocks) > 0 {
		top := 0
		for b := range blocks {
			if blocks[b][0].y > blocks[top][0].y {
				top = b
			}
		}
		next := top
		for b := range blocks {
			if b < next && blocks[top][0].y-blocks[b][0].y <= min(blocks[top][0].size, blocks[b][0].size) {
				next = b
			}
		}
		out = append(out, blocks[next])
		blocks = slices.Delete(blocks, next, next+1)
	}
	return out
}

// inRows reports whether blocks b and b+1 read as the columns of a table:
// two lines at least hold parts of both, in type of one size, no display
// type (a table's cells are set no larger than its text, give or take the
// document's notes and numbers that may outweigh that text).
func inRows(parts [][]*line, b int, body float64) bool {
	rows := 0
	for _, ps := range parts {
		l, r := ps[b], ps[b+1]
		if l == nil || r == nil {
			continue
		}
		if math.Abs(l.size-r.size) > 0.1*max(l.size, r.size) || max(l.size, r.size) > 1.4*body {
			return false
		}
		rows++
	}
	return rows >= 2
}

// inked reports whether glyphs draw more than spaces.
func inked(gs []Glyph) bool {
	for _, g := range gs {
		if strings.TrimSpace(g.S) != "" {
			return true
		}
	}
	return false
}

// inkExtent returns the span of x that a line's visible glyphs cover.
func inkExtent(gs []Glyph) (x0, x1 float64, ok bool) {
	x0, x1 = math.Inf(1), math.Inf(-1)
	for _, g := range gs {
		if strings.TrimSpace(g.S) != "" {
			x0, x1, ok = min(x0, g.X), max(x1, g.X+g.W), true
		}
	}
	return x0, x1, ok
}
