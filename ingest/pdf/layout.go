package pdf

import (
	"bytes"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/ingest/internal/textfold"
)

// Glyph is one piece of text drawn at a position: (X, Y) is the start of its
// baseline in points, Y growing upwards; W its advance width. Angle is the
// direction of its baseline in degrees, counterclockwise from the x axis:
// 90 for text that runs upwards.
type Glyph struct {
	S       string
	X, Y, W float64
	Size    float64
	Bold    bool
	// Guessed is set when the font gives no widths (standard fonts may
	// not): W and the positions after it along the string are guesses.
	Guessed bool
	Angle   float32 // in what was padding after Bold: a Glyph is no larger
}

// PageGlyphs are the glyphs of one page.
type PageGlyphs struct {
	Number        int
	Width, Height float64
	Glyphs        []Glyph
	// Omitted is set on a page whose text is read otherwise (by OCR) and
	// put between the paragraphs later: no paragraph runs on across it.
	Omitted bool
}

// line is a run of glyphs on one baseline, or part of one in a column.
type line struct {
	glyphs    []Glyph
	x0, x1, y float64
	size      float64 // dominant font size
	bold      bool
	text      string
	page      int
	footnote  bool
	aside     bool // runs in another direction than the page's text
	// across is set on the lines of a page above or below its only run of
	// columns (columnRegion): they are read as if they crossed the gutter.
	across bool
}

// Layout turns the glyphs of a document's pages into paragraphs in reading
// order. It inserts spaces from the gaps between glyphs, reads two-column
// pages column by column, drops running heads, footers and page numbers,
// keeps footnotes as their own paragraphs, and repairs words broken by a
// hyphen at a line end.
func Layout(pages []PageGlyphs) []corpus.Paragraph {
	body := bodySize(pages)
	boldBody := mostlyBold(pages, body)
	perPage := make([][]*line, len(pages))
	gutters := make([][]float64, len(pages))
	frames := make([]PageGlyphs, len(pages))
	// Each page's lines are found on their own, on as many cores as are
	// free (see eachPage).
	eachPage(len(pages), func() (func(int), func()) {
		sortBuf := takeGlyphs(0) // one for all the goroutine's pages: the sort's scratch
		return func(i int) {
			var asides []PageGlyphs
			frames[i], asides = orient(pages[i])
			perPage[i], gutters[i] = pageLines(frames[i], body, &sortBuf)
			for _, a := range asides {
				ls, _ := pageLines(a, body, &sortBuf)
				for _, l := range ls {
					l.aside = true
				}
				perPage[i] = append(perPage[i], ls...)
			}
		}, func() { releaseGlyphs(sortBuf) }
	})
	dropFurniture(frames, body, perPage)
	var ordered [][]*line // blocks: runs of lines in one column, in reading order
	for i := range pages {
		// Text in another direction goes first, so that a paragraph that
		// runs on to the next page meets its end.
		lines := perPage[i]
		n := textEnd(lines)
		if n < len(lines) {
			ordered = append(ordered, lines[n:])
		}
		ordered = append(ordered, readingOrder(lines[:n], gutters[i], body)...)
	}
	vocab := vocabulary(ordered)
	var omitted []int
	for _, pg := range pages {
		if pg.Omitted {
			omitted = append(omitted, pg.Number)
		}
	}
	var out []corpus.Paragraph
	var last *line // the last line of text (footnotes aside) of the blocks so far
	for _, b := range ordered {
		ps := paragraphs(b, body, boldBody, vocab)
		// A paragraph goes on into the next block in its own type: a
		// block that opens in smaller type (a figure, a listing, a table
		// set above the columns) does not carry on the text before it.
		first := firstInked(b)
		if first != nil && last != nil && (first.size < 0.9*last.size || omittedBetween(omitted, last.page, first.page)) {
			out = append(out, ps...)
		} else {
			out = continueParagraph(out, ps, vocab)
		}
		for _, l := range b {
			if inked(l.glyphs) && !l.footnote {
				last = l
			}
		}
	}
	return out
}

// omittedBetween reports whether one of the omitted pages (numbers) lies
// between pages from and to.
func omittedBetween(omitted []int, from, to int) bool {
	return slices.ContainsFunc(omitted, func(n int) bool { return n > from && n < to })
}

// vocabulary returns the words of a document's lines, which tell a word
// broken at a line end from a hyphenated compound; a document with no line
// that ends in a hyphen needs none.
func vocabulary(blocks [][]*line) map[string]bool {
	n, broken := 0, false
	for _, b := range blocks {
		for _, l := range b {
			n += len(l.text) + 1
			broken = broken || strings.HasSuffix(l.text, "-")
		}
	}
	if !broken {
		return nil
	}
	var all strings.Builder
	all.Grow(n)
	for _, b := range blocks {
		for _, l := range b {
			all.WriteString(l.text)
			all.WriteByte('\n')
		}
	}
	return textfold.Vocabulary(all.String())
}

// joinText joins a line to the paragraph before it: as plain text is
// joined, but with no space between two CJK characters.
func joinText(p, s string, vocab map[string]bool) string {
	return string(appendJoined([]byte(p), s, vocab))
}

// appendJoined joins line s to the paragraph text p, in place: a paragraph
// built by joining each line to a copy of the text so far took time
// quadratic in its lines. Only p's last word takes part in the repair of a
// hyphenated word.
func appendJoined(p []byte, s string, vocab map[string]bool) []byte {
	if r, _ := utf8.DecodeLastRune(p); isCJK(r) && isCJK(firstRune(s)) {
		return append(p, s...)
	}
	tail := bytes.LastIndexByte(p, ' ') + 1
	return append(p[:tail], textfold.JoinLines(string(p[tail:]), s, vocab)...)
}

// headingGoesOn reports whether line l carries on the heading whose last
// line is prev: a heading too long for one line, or a run-in heading that
// its text follows, goes on in lower case on the next line, as close as
// the lines of a paragraph and in type as large.
func headingGoesOn(prev, l *line) bool {
	if prev == nil || l.footnote || prev.page != l.page || textfold.EndsSentence(prev.text) || !unicode.IsLower(firstRune(l.text)) ||
		textfold.NumberedRe().MatchString(l.text) {
		return false
	}
	gap := prev.y - l.y
	return gap > 0 && gap <= 1.5*max(prev.size, l.size) && l.size >= 0.9*prev.size && l.size <= 1.1*prev.size
}

// runIn reports whether the bold line block[i] begins a paragraph with a
// run-in heading ("Line 21—Other income. Use this line") that its next
// line, in regular type, continues in lower case.
func runIn(block []*line, i int) bool {
	if i+1 >= len(block) {
		return false
	}
	next := block[i+1]
	return !next.bold && !next.footnote && unicode.IsLower(firstRune(next.text))
}

// firstInked returns the first line of a block that draws more than
// spaces.
func firstInked(b []*line) *line {
	for _, l := range b {
		if inked(l.glyphs) {
			return l
		}
	}
	return nil
}

// continueParagraph appends a block's paragraphs to those before it. A
// paragraph that runs on from one column or page to the next is split by
// the break: when the block's first paragraph starts in lower case and the
// last body paragraph before it (footnotes of the page between them aside)
// stops in mid-sentence, they are one.
func continueParagraph(out, ps []corpus.Paragraph, vocab map[string]bool) []corpus.Paragraph {
	if len(ps) == 0 || ps[0].Kind != corpus.Body || ps[0].Number != "" {
		return append(out, ps...)
	}
	if !unicode.IsLower(firstRune(ps[0].Text)) {
		return append(out, ps...)
	}
	i := len(out) - 1
	for i >= 0 && out[i].Kind == corpus.Footnote {
		i--
	}
	if i < 0 || out[i].Kind != corpus.Body || textfold.EndsSentence(out[i].Text) {
		return append(out, ps...)
	}
	out[i].Text = joinText(out[i].Text, ps[0].Text, vocab)
	return append(out, ps[1:]...)
}

// orient returns a page's glyphs in the frame its text is read in, turned
// so that most of it runs left to right: a page with /Rotate, or a landscape
// table set sideways on a portrait page, reads in its own orientation. Text
// that runs in another direction (a stamp up the margin, a vertical text
// box) comes apart, each direction turned to run left to right, so that it
// reads as words of its own instead of letters scattered over body lines.
func orient(pg PageGlyphs) (PageGlyphs, []PageGlyphs) {
	turned, cjk := false, false
	for _, g := range pg.Glyphs {
		turned = turned || g.Angle != 0
		cjk = cjk || mayBeCJK(g.S)
	}
	if cjk {
		setColumns(pg.Glyphs)
	} else if !turned {
		return pg, nil
	}
	type group struct {
		angle float64
		n     int
	}
	var groups []group // a page has one or a few directions: a list beats a map
	for _, g := range pg.Glyphs {
		a := snapAngle(g.Angle)
		k := 0
		for k < len(groups) && groups[k].angle != a {
			k++
		}
		if k == len(groups) {
			groups = append(groups, group{angle: a})
		}
		groups[k].n += len(g.S)
	}
	if len(groups) == 0 || len(groups) == 1 && groups[0].angle == 0 {
		return pg, nil
	}
	slices.SortStableFunc(groups, func(a, b group) int { return b.n - a.n })
	var main PageGlyphs
	var asides []PageGlyphs
	for i, gr := range groups {
		var gs []Glyph
		for _, g := range pg.Glyphs {
			if snapAngle(g.Angle) == gr.angle {
				gs = append(gs, g)
			}
		}
		t := turn(PageGlyphs{Number: pg.Number, Width: pg.Width, Height: pg.Height, Glyphs: gs}, gr.angle)
		if i == 0 {
			main = t
		} else {
			asides = append(asides, t)
		}
	}
	return main, asides
}

// setColumns finds Japanese or Chinese set in vertical columns with a
// horizontal font, each character placed below the one before, and gives
// those characters the direction they are read in (down the page) and the
// top of their em box as their start, as a vertical font's glyphs have.
// The order in which they are drawn tells: four or more characters each
// drawn just below the one before, or two beside vertical punctuation.
func setColumns(gs []Glyph) {
	down := func(a, b *Glyph) bool {
		if !mayBeCJK(b.S) || a.Angle != 0 || b.Angle != 0 || !isCJK(firstRune(a.S)) || !isCJK(firstRune(b.S)) {
			return false
		}
		dx, dy, s := b.X-a.X, b.Y-a.Y, a.Size
		return math.Abs(dx) < 0.2*s && dy < -0.5*s && dy > -1.6*s
	}
	for i := 1; i < len(gs); {
		j := i
		for j < len(gs) && down(&gs[j-1], &gs[j]) {
			j++
		}
		// A short run between vertical punctuation belongs to its column.
		nextToVertical := i >= 2 && gs[i-2].Angle == -90 || j < len(gs) && gs[j].Angle == -90
		if j-i < 3 && !(j > i && nextToVertical) {
			i = j + 1
			continue
		}
		for k := i - 1; k < j; k++ {
			standUp(&gs[k])
		}
		i = j + 1
	}
	// A character drawn just below one already read down its column (after
	// vertical punctuation, or a run too short to tell) continues it.
	for i := 1; i < len(gs); i++ {
		p, g := &gs[i-1], &gs[i]
		if p.Angle != -90 || g.Angle != 0 || !mayBeCJK(g.S) || !isCJK(firstRune(g.S)) {
			continue
		}
		if math.Abs(g.X+g.W/2-p.X) < 0.3*g.Size && math.Abs(g.Y+g.Size-(p.Y-p.W)) < 0.6*g.Size {
			standUp(g)
		}
	}
}

// standUp gives a glyph drawn upright in a column the frame of a vertical
// font's: its start the top of its em box, its advance one em downwards.
func standUp(g *Glyph) {
	g.X, g.Y = g.X+g.W/2, g.Y+g.Size
	g.W, g.Angle = g.Size, -90
}

// snapAngle returns the direction a glyph is read in, in degrees from 0 to
// 360: the nearest quarter turn when it is within 15° of one (an OCR layer
// of a scan is often a little askew), else its own angle to the degree.
func snapAngle(a float32) float64 {
	if a == 0 {
		return 0
	}
	d := float64(a)
	if q := math.Round(d / 90); math.Abs(d-90*q) <= 15 {
		d = 90 * q
	} else {
		d = math.Round(d)
	}
	return math.Mod(d+720, 360)
}

// turn rotates a page's glyphs clockwise by angle degrees about its centre,
// so that text drawn in that direction runs left to right; a quarter turn
// swaps the page's width and height.
func turn(pg PageGlyphs, angle float64) PageGlyphs {
	if angle == 0 {
		return pg
	}
	var c, s float64
	switch angle {
	case 90:
		s = 1
	case 180:
		c = -1
	case 270:
		s = -1
	default:
		s, c = math.Sincos(angle * math.Pi / 180)
	}
	w, h := pg.Width, pg.Height
	if math.Abs(s) > math.Abs(c) {
		w, h = h, w
	}
	for i := range pg.Glyphs {
		g := &pg.Glyphs[i]
		dx, dy := g.X-pg.Width/2, g.Y-pg.Height/2
		g.X, g.Y = w/2+dx*c+dy*s, h/2-dx*s+dy*c
		g.Angle = 0
	}
	pg.Width, pg.Height = w, h
	return pg
}

// bodySize is the font size most of the document's text is set in.
func bodySize(pages []PageGlyphs) float64 {
	var t sizeTally
	for _, p := range pages {
		for _, g := range p.Glyphs {
			t.add(g.Size, len(g.S))
		}
	}
	return t.mode(10)
}

// mostlyBold reports whether most of the text in the body size is bold.
func mostlyBold(pages []PageGlyphs, body float64) bool {
	bold, all := 0, 0
	for _, p := range pages {
		for _, g := range p.Glyphs {
			if math.Abs(g.Size-body) <= 0.25 {
				all += len(g.S)
				if g.Bold {
					bold += len(g.S)
				}
			}
		}
	}
	return bold*2 > all
}

// sizeTally counts text by font size, rounded to half points. A page or a
// line has a handful of sizes, so a list beats a map.
type sizeTally struct {
	counts []struct {
		size float64
		n    int
	}
	// last is the size last added, unrounded, and at its count: glyphs come
	// in runs of one size, which then skip the rounding and the search (a
	// tenth of finishLine's time).
	last float64
	at   int
}

func (t *sizeTally) add(size float64, n int) {
	if len(t.counts) > 0 && size == t.last {
		t.counts[t.at].n += n
		return
	}
	t.last = size
	size = math.Round(size*2) / 2
	for i := range t.counts {
		if t.counts[i].size == size {
			t.counts[i].n += n
			t.at = i
			return
		}
	}
	t.at = len(t.counts)
	t.counts = append(t.counts, struct {
		size float64
		n    int
	}{size, n})
}

// mode returns the size with the most text, the larger on a tie; def when
// there is none.
func (t sizeTally) mode(def float64) float64 {
	best, n := def, 0
	for _, x := range t.counts {
		if x.n > n || (x.n == n && x.size > best) {
			best, n = x.size, x.n
		}
	}
	return best
}

// pageLines groups a page's glyphs into lines by baseline, and on a
// page of columns (between the gutters) into the part of each line in each
// column.
// Superscripts (footnote markers) join the line they stand on.
func pageLines(pg PageGlyphs, body float64, sortBuf *[]Glyph) (lines []*line, gutters []float64) {
	// The page's glyphs are sorted in place from the top; a line is then a
	// run of them, sliced without copying (capped, so that attaching a
	// superscript later copies instead of overwriting the next line).
	gs := pg.Glyphs
	for i := range gs {
		if gs[i].Size <= 0 {
			gs[i].Size = body
		}
	}
	sortFromTop(gs, sortBuf)
	start := 0
	var cur *line
	closeLine := func(end int) {
		if cur != nil {
			cur.glyphs = gs[start:end:end]
		}
	}
	for i, g := range gs {
		// Glyphs of one size share a baseline within a quarter of it; a
		// smaller glyph off the baseline is a superscript, placed later.
		tol := 0.25 * math.Max(g.Size, cur.sizeOr(g.Size))
		if cur != nil && math.Min(g.Size, cur.size) < 0.85*math.Max(g.Size, cur.size) {
			tol = 0.5
		}
		if cur != nil && math.Abs(cur.y-g.Y) <= tol {
			continue
		}
		closeLine(i)
		start = i
		cur = &line{y: g.Y, size: g.Size, page: pg.Number}
		lines = append(lines, cur)
	}
	closeLine(len(gs))
	leftOf := func(a, b *Glyph) bool { return a.X < b.X }
	for _, l := range lines {
		mergeRuns(l.glyphs, sortBuf, leftOf)
		l.x0, l.x1 = extent(l.glyphs)
	}
	lines = dropLineNumbers(lines)
	lines, gutters = columns(pg, lines)
	// A few small glyphs raised above the next line are a superscript of it
	// (a footnote marker), not a line of their own.
	var merged []*line
	for i, l := range lines {
		host := superscriptHost(lines, i, body)
		if host == nil {
			host = subscriptHost(lines, i, body)
		}
		if host == nil {
			host = markHost(lines, i, body)
		}
		if host != nil {
			host.glyphs = append(host.glyphs, l.glyphs...)
			continue
		}
		merged = append(merged, l)
	}
	for _, l := range merged {
		finishLine(l)
	}
	return merged, gutters
}

// columns finds the gutters between the columns of a page, from left to
// right, and cuts the lines at them: the gutter nearest the middle, then on
// either side of it one more, where a side wide enough for two columns
// holds a third; and a column of notes in a margin (marginCuts).
func columns(pg PageGlyphs, lines []*line) ([]*line, []float64) {
	lines, gutters := textColumns(pg, lines)
	for _, cut := range marginCuts(pg, lines) {
		lines = splitAtGutter(lines, cut)
		gutters = append(gutters, cut)
	}
	slices.Sort(gutters)
	return lines, gutters
}

// textColumns finds the gutters between the columns of the text, as
// columns does, leaving notes in the margins aside.
func textColumns(pg PageGlyphs, lines []*line) ([]*line, []float64) {
	// Running heads and footers straddle the gutter: leave the margins out.
	inner := func(l *line) bool { return l.y > 0.08*pg.Height && l.y < 0.92*pg.Height }
	var in []*line
	x0, x1 := pg.Width, 0.0
	for _, l := range lines {
		if inner(l) {
			in = append(in, l)
			x0, x1 = math.Min(x0, l.x0), math.Max(x1, l.x1)
		}
	}
	g, ok := findGutter(in, 0, pg.Width)
	if !ok {
		return columnRegion(lines, in, x0, x1)
	}
	lines = splitAtGutter(lines, g)
	gutters := []float64{g}
	if g-x0 <= pg.Width/2 && x1-g <= pg.Width/2 {
		return lines, gutters
	}
	var left, right []*line
	lx0, rx1 := pg.Width, 0.0
	for _, l := range lines {
		switch {
		case !inner(l):
		case l.x1 <= g+0.5:
			left = append(left, l)
			lx0 = math.Min(lx0, l.x0)
		case l.x0 >= g-0.5:
			right = append(right, l)
			rx1 = math.Max(rx1, l.x1)
		}
	}
	if lg, ok := sideGutter(left, lx0, g); ok && g-lx0 > pg.Width/2 {
		gutters = append([]float64{lg}, gutters...)
		lines = splitAtGutter(lines, lg)
	}
	if rg, ok := sideGutter(right, g, rx1); ok && rx1-g > pg.Width/2 {
		gutters = append(gutters, rg)
		lines = splitAtGutter(lines, rg)
	}
	return lines, gutters
}

// sideGutter finds the gutter between two columns on one side of a page's
// main gutter, from x0 to x1: through all of its lines, or through a run of
// them beside a box across both (the lines of the box cross it, and
// readingOrder reads them after the columns above it).
func sideGutter(lines []*line, x0, x1 float64) (float64, bool) {
	if g, ok := findGutter(lines, x0, x1); ok {
		return g, true
	}
	_, g, ok := columnRun(lines, x0, x1)
	return g, ok
}

// columnRegion reads a page that has no gutter from top to bottom but a
// run of columns (columnRun): the run's lines are cut at its gutter, and
// the lines above and below it are marked across, to be read whole, in
// their place.
func columnRegion(lines, in []*line, x0, x1 float64) ([]*line, []float64) {
	run, g, ok := columnRun(in, x0, x1)
	if !ok {
		return lines, nil
	}
	return cutRun(lines, run, g), []float64{g}
}

// columnRun finds the longest run of lines (eight at least) of in, from x0
// to x1, that leave a wide white gap between two columns of text: columns
// below or above a figure, listing, box or abstract as wide as them, which
// cross the gutter too often for findGutter. It returns the run and the
// gutter.
func columnRun(in []*line, x0, x1 float64) ([]*line, float64, bool) {
	const minRun = 8
	width := x1 - x0
	if len(in) < minRun || !(width > 0 && width <= maxPageSide) || x0 < 0 || !gappedRun(in, x0+0.35*width, x0+0.65*width, minRun) {
		return nil, 0, false
	}
	// white[x-lo] of a line is whether no glyph of it covers x, over the
	// middle of the text, where a gutter may lie.
	lo, hi := int(x0+0.3*width), int(x0+0.7*width)
	n := hi - lo + 1
	white := make([]bool, len(in)*n)
	for i, l := range in {
		row := white[i*n : (i+1)*n]
		for x := range row {
			row[x] = true
		}
		for _, g := range l.glyphs {
			for x := max(int(math.Floor(g.X))+1, lo); x <= min(int(math.Ceil(g.X+g.W))-1, hi); x++ {
				row[x-lo] = false
			}
		}
	}
	// Runs of lines white at one x in the middle band, the longest first.
	type span struct{ a, b, x int }
	var runs []span
	seen := map[[2]int]bool{}
	for x := int(x0+0.35*width) - lo; x <= int(x0+0.65*width)-lo; x++ {
		for a := 0; a < len(in); {
			if !white[a*n+x] {
				a++
				continue
			}
			b := a
			for b < len(in) && white[b*n+x] {
				b++
			}
			if b-a >= minRun && !seen[[2]int{a, b}] {
				seen[[2]int{a, b}] = true
				runs = append(runs, span{a, b, x})
			}
			a = b
		}
	}
	slices.SortStableFunc(runs, func(p, q span) int { return (q.b - q.a) - (p.b - p.a) })
	for _, r := range runs {
		if g, ok := runGutter(in[r.a:r.b], white[r.a*n:r.b*n], n, r.x, lo, x0, x1); ok {
			return in[r.a:r.b], g, true
		}
	}
	return nil, 0, false
}

// maxPageSide is the widest page PDF allows (200 inches): findGutter
// keeps a count per point of the text's width, columnRun a flag per point
// for each line, and a glyph
// that a damaged file sets a million points off the page would make that
// gigabytes.
const maxPageSide = 14400

// gappedRun reports whether minRun lines in a row each leave a white gap
// of 6 points or more that reaches into the band from lo to hi: a quick
// test, without which no run of columns can be, that the lines of a page
// of one column fail.
func gappedRun(in []*line, lo, hi float64, minRun int) bool {
	run := 0
	for _, l := range in {
		end := math.Inf(-1) // the right edge of the glyphs so far
		gapped := false
		for _, g := range l.glyphs {
			if strings.TrimSpace(g.S) == "" {
				continue
			}
			if g.X-end >= 6 && g.X > lo && end < hi {
				gapped = true
				break
			}
			end = max(end, g.X+g.W)
		}
		if gapped || end < hi {
			run++
		} else {
			run = 0
		}
		if run >= minRun {
			return true
		}
	}
	return false
}

// runGutter returns the gutter of a run of lines that leave x (of the band
// from lo, n wide, of which white says what each line leaves white) white,
// if they are two columns of text.
func runGutter(run []*line, white []bool, n, x, lo int, x0, x1 float64) (float64, bool) {
	// A gutter is wide: word spaces that happen to line up are not.
	gl, gr := x, x
	for gl > 0 && allWhite(white, n, len(run), gl-1) {
		gl--
	}
	for gr < n-1 && allWhite(white, n, len(run), gr+1) {
		gr++
	}
	if gr-gl < 8 {
		return 0, false
	}
	g := float64(lo) + float64(gl+gr)/2
	// Both sides are columns of text: many lines have text on each, and
	// most of those fill their column (a table's or a listing's cells
	// leave much of it white; a paragraph's last line may). The columns'
	// lines need not share baselines.
	var lw, rw []float64
	for _, l := range run {
		lx0, lx1, rx0, rx1 := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
		for _, gl := range l.glyphs {
			if gl.X < g {
				lx0, lx1 = min(lx0, gl.X), max(lx1, gl.X+gl.W)
			} else {
				rx0, rx1 = min(rx0, gl.X), max(rx1, gl.X+gl.W)
			}
		}
		if lx0 < lx1 {
			lw = append(lw, lx1-lx0)
		}
		if rx0 < rx1 {
			rw = append(rw, rx1-rx0)
		}
	}
	if 4*len(lw) < len(run) || 4*len(rw) < len(run) {
		return 0, false
	}
	slices.Sort(lw)
	slices.Sort(rw)
	return g, lw[len(lw)/2] > 0.6*(g-x0) && rw[len(rw)/2] > 0.6*(x1-g) && !tableGap(run, g)
}

// cutRun cuts the lines of run at gutter g and marks the page's other lines
// across.
func cutRun(lines, run []*line, g float64) []*line {
	inRun := make(map[*line]bool, len(run))
	for _, l := range run {
		inRun[l] = true
	}
	var before, cols, after []*line
	for _, l := range lines {
		switch {
		case inRun[l]:
			cols = append(cols, l)
		case len(cols) == 0:
			l.across = true
			before = append(before, l)
		default:
			l.across = true
			after = append(after, l)
		}
	}
	cols = splitAtGutter(cols, g)
	return append(append(before, cols...), after...)
}

// allWhite reports whether the first k lines leave x white.
func allWhite(white []bool, n, k, x int) bool {
	for i := range k {
		if !white[i*n+x] {
			return false
		}
	}
	return true
}

// splitAtGutter cuts each line that does not cross the gutter into its
// parts left and right of it; lines that cross it (a title) stay whole, as
// do those where the gutter falls inside a run of text (a centred title:
// the parts are closer than a wide word space), and the rows of a table or
// figure as wide as the page that leaves the gutter white. A line's glyphs
// are reordered in place, left part first, so that no line allocates.
func splitAtGutter(lines []*line, gutter float64) []*line {
	type parts struct {
		split              bool
		lx0, lx1, rx0, rx1 float64
		size               float64
	}
	ps := make([]parts, len(lines))
	colRight, colLeft := math.Inf(-1), math.Inf(1) // the columns' edges at the gutter
	for i, l := range lines {
		nLeft, nRight := 0, 0
		p := parts{lx0: math.Inf(1), lx1: math.Inf(-1), rx0: math.Inf(1), rx1: math.Inf(-1)}
		crosses := false
		for _, g := range l.glyphs {
			switch {
			case g.X+g.W <= gutter+0.5:
				nLeft++
				p.lx0, p.lx1 = min(p.lx0, g.X), max(p.lx1, g.X+g.W)
			case g.X >= gutter-0.5:
				nRight++
				p.rx0, p.rx1 = min(p.rx0, g.X), max(p.rx1, g.X+g.W)
			default:
				crosses = true
			}
			p.size = max(p.size, g.Size)
		}
		p.split = !crosses && nLeft > 0 && nRight > 0 && p.rx0-p.lx1 >= 0.6*p.size
		if p.split {
			colRight, colLeft = max(colRight, p.lx1), min(colLeft, p.rx0)
		}
		ps[i] = p
	}
	// A row of a wide table stops short of the left column's edge and
	// starts past the right one's; two such rows in a row are a table.
	tabular := func(i int) bool {
		p := ps[i]
		return p.split && p.lx1 < colRight-2*p.size && p.rx0 > colLeft+p.size
	}
	var out []*line
	var right []Glyph // scratch for the right parts
	for i, l := range lines {
		p := ps[i]
		if !p.split || tabular(i) && (i > 0 && tabular(i-1) || i+1 < len(lines) && tabular(i+1)) {
			out = append(out, l)
			continue
		}
		right = right[:0]
		k := 0
		for _, g := range l.glyphs {
			if g.X+g.W <= gutter+0.5 {
				l.glyphs[k] = g
				k++
			} else {
				right = append(right, g)
			}
		}
		copy(l.glyphs[k:], right)
		out = append(out,
			&line{glyphs: l.glyphs[:k:k], y: l.y, size: l.size, page: l.page, x0: p.lx0, x1: p.lx1},
			&line{glyphs: l.glyphs[k:], y: l.y, size: l.size, page: l.page, x0: p.rx0, x1: p.rx1})
	}
	return out
}

// superscriptHost returns the line that lines[i] is a superscript of: a few
// small glyphs raised a little above a line of text that they stand in or
// just after. On a two-column page that line may come after a line of the
// other column.
func superscriptHost(lines []*line, i int, body float64) *line {
	l := lines[i]
	if !markers(l.glyphs) {
		return nil
	}
	// A marker in type nearly as large as the text's (Springer's) stands
	// closer above its line.
	reach := 0.75 * body
	switch size := maxSize(l.glyphs); {
	case size >= 0.95*body || size >= 0.85*body && !allDigits(l.glyphs):
		return nil
	case size >= 0.85*body:
		reach = 0.5 * body
	}
	for j := i + 1; j < len(lines) && l.y-lines[j].y < reach; j++ {
		if !isSmallLine(lines[j], body) && nearX(l, lines[j], 0.5*body) {
			return lines[j]
		}
	}
	return nil
}

// allDigits reports whether glyphs, spaces and commas aside, are digits.
func allDigits(gs []Glyph) bool {
	for _, g := range gs {
		for _, r := range g.S {
			if !unicode.IsDigit(r) && r != ',' && !unicode.IsSpace(r) {
				return false
			}
		}
	}
	return true
}

// markers reports whether glyphs (sorted by x) may be footnote markers or
// affiliation numbers: words of at most three glyphs, however many of
// them a line of authors' names carries.
func markers(gs []Glyph) bool {
	run := 0
	for i, g := range gs {
		if strings.TrimSpace(g.S) == "" || i > 0 && g.X-(gs[i-1].X+gs[i-1].W) > 0.5*g.Size {
			run = 0
		}
		if strings.TrimSpace(g.S) != "" {
			if run++; run > 3 {
				return false
			}
		}
	}
	return true
}

// subscriptHost returns the line that lines[i] is a subscript of: small
// glyphs set a little below a line of text they stand in, a few of them or
// indices of at most three glyphs each along a formula (x_A1, …, x_An).
func subscriptHost(lines []*line, i int, body float64) *line {
	l := lines[i]
	if len(l.glyphs) > 4 && !markers(l.glyphs) || maxSize(l.glyphs) >= 0.85*body {
		return nil
	}
	for j := i - 1; j >= 0 && lines[j].y-l.y < 0.5*body; j-- {
		if hosts(lines[j], l, body) && nearX(l, lines[j], 0.25*maxSize(l.glyphs)) {
			return lines[j]
		}
	}
	return nil
}

// hosts reports whether line h may carry the indices of line l: it is in
// the text's type, or in type clearly larger than theirs (a formula in a
// figure set smaller than the text).
func hosts(h, l *line, body float64) bool {
	return !isSmallLine(h, body) || maxSize(h.glyphs) >= 1.3*maxSize(l.glyphs)
}

// markHost returns the line that lines[i] holds the vowel signs or points
// of, when it holds nothing else: marks set a little above or below the
// letters they belong to, which would otherwise be a line of their own.
func markHost(lines []*line, i int, body float64) *line {
	l := lines[i]
	for _, g := range l.glyphs {
		if !isMark(g.S) {
			return nil
		}
	}
	var best *line
	for _, j := range []int{i + 1, i - 1} {
		if j < 0 || j >= len(lines) || !nearX(l, lines[j], 0) {
			continue
		}
		if d := math.Abs(l.y - lines[j].y); d < 0.8*body && (best == nil || d < math.Abs(l.y-best.y)) {
			best = lines[j]
		}
	}
	return best
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func (l *line) sizeOr(size float64) float64 {
	if l == nil {
		return size
	}
	return l.size
}

func maxSize(gs []Glyph) float64 {
	m := 0.0
	for _, g := range gs {
		m = math.Max(m, g.Size)
	}
	return m
}

func isSmallLine(l *line, body float64) bool { return maxSize(l.glyphs) < 0.85*body }

// nearX reports whether two lines overlap horizontally, or nearly: a
// footnote marker stands just after the last word of its line.
func nearX(a, b *line, slack float64) bool {
	return a.x0 <= b.x1+slack && b.x0 <= a.x1+slack
}

func extent(gs []Glyph) (float64, float64) {
	x0, x1 := math.Inf(1), math.Inf(-1)
	for _, g := range gs {
		if g.X < x0 {
			x0 = g.X
		}
		if r := g.X + g.W; r > x1 {
			x1 = r
		}
	}
	return x0, x1
}

// sortFromTop sorts glyphs by baseline from the top of the page, keeping
// the drawing order of glyphs on one baseline. Content streams draw in runs
// already in that order (a column, a footnote block), so a merge of the
// runs is quicker than a general stable sort. buf is scratch space, grown
// as needed, which the caller may pass again.
func sortFromTop(gs []Glyph, buf *[]Glyph) {
	mergeRuns(gs, buf, func(a, b *Glyph) bool { return a.Y > b.Y })
}

// mergeRuns sorts glyphs stably by before, merging the runs in which they
// are sorted already: a line's glyphs are drawn left to right, but for
// the few drawn after them (margin line numbers, a marker).
func mergeRuns(gs []Glyph, buf *[]Glyph, before func(a, b *Glyph) bool) {
	first := 1 // where the first run ends: most lines are one run
	for first < len(gs) && !before(&gs[first], &gs[first-1]) {
		first++
	}
	if first >= len(gs) {
		return
	}
	runs := []int{0} // the start of each run, then len(gs)
	for i := first; i < len(gs); i++ {
		if i == first || before(&gs[i], &gs[i-1]) {
			runs = append(runs, i)
		}
	}
	runs = append(runs, len(gs))
	if cap(*buf) < len(gs) {
		*buf = make([]Glyph, len(gs))
	}
	src, dst := gs, (*buf)[:len(gs)]
	for len(runs) > 2 {
		var next []int
		for k := 0; k+1 < len(runs); k += 2 {
			lo, mid := runs[k], runs[k+1]
			hi := mid
			if k+2 < len(runs) {
				hi = runs[k+2]
			}
			i, j, o := lo, mid, lo
			for i < mid && j < hi {
				if before(&src[j], &src[i]) {
					dst[o] = src[j]
					j++
				} else {
					dst[o] = src[i]
					i++
				}
				o++
			}
			o += copy(dst[o:], src[i:mid])
			copy(dst[o:], src[j:hi])
			next = append(next, lo)
		}
		runs = append(next, len(gs))
		src, dst = dst, src
	}
	if &src[0] != &gs[0] {
		copy(gs, src)
	}
}

// finishLine sorts a line's glyphs and sets its text, extent, size and
// weight. A space goes where the gap between two glyphs is wider than
// kerning, more than 0.15 of the font size, except between two CJK glyphs:
// those scripts put no spaces between words, and only a gap wider than
// three ems, between a table's or a form's cells, is one. A line of Arabic
// or Hebrew is put in reading order; accents drawn over letters go onto
// them.
func finishLine(l *line) {
	bidiText, accents := false, false
	for _, g := range l.glyphs {
		bidiText = bidiText || startsRTL(g.S)
		accents = accents || mayBeAccent(g.S)
	}
	if bidiText {
		l.glyphs = attachMarks(l.glyphs)
	}
	byX := func(a, b Glyph) int { return cmpFloat(a.X, b.X) }
	if !slices.IsSortedFunc(l.glyphs, byX) {
		slices.SortStableFunc(l.glyphs, byX)
	}
	l.glyphs = dropRedrawn(l.glyphs)
	if accents {
		l.glyphs = attachAccents(l.glyphs)
	}
	l.x0, l.x1 = extent(l.glyphs)
	var sizes sizeTally
	bold := 0
	var b strings.Builder
	// Most glyphs are a byte, some followed by a space: one allocation
	// instead of growing the text word by word.
	b.Grow(len(l.glyphs) + len(l.glyphs)/4)
	var pieces []string // on a line that needs reordering
	prevEnd := math.Inf(-1)
	space := false
	glyphEnd := math.Inf(-1) // the end of the last glyph that is not a space
	prevGuessed := false
	prev := ""
	for _, g := range l.glyphs {
		sizes.add(g.Size, len(g.S))
		if g.Bold {
			bold += len(g.S)
		}
		if strings.TrimSpace(g.S) == "" {
			// A space drawn over the glyph before it, which the pen then
			// went back over (tagged LaTeX draws one at the start of a
			// line), separates nothing.
			if g.X+g.W/2 > prevEnd {
				space = true
				prevEnd = g.X + g.W
			}
			continue
		}
		// Nor do spaces between two glyphs that touch: a table cell padded
		// with spaces that run on under the next cell's text would read
		// "0 3 / 2 5 / 2 0 16".
		if space && !g.Guessed && !prevGuessed && g.X < glyphEnd+min(0.08*g.Size, 0.25*math.Abs(g.W)) {
			space = false
		}
		gap := g.X-prevEnd > wordGap(prev, g.S)*g.Size &&
			(g.X-prevEnd > 3*g.Size || !(isCJK(lastRuneOf(prev)) && isCJK(firstRune(g.S))))
		// A line to be reordered is kept in pieces; any other is written
		// straight into its text.
		if prev != "" && (space || gap) {
			if bidiText {
				pieces = append(pieces, " ")
			} else {
				b.WriteByte(' ')
			}
		}
		space = false
		if bidiText {
			pieces = append(pieces, g.S)
		} else {
			b.WriteString(g.S)
		}
		prev = g.S
		prevEnd = math.Max(prevEnd, g.X+g.W)
		glyphEnd = g.X + g.W
		prevGuessed = g.Guessed
	}
	var text string
	if bidiText {
		logicalOrder(pieces)
		text = strings.Join(pieces, "")
	} else {
		text = b.String()
	}
	l.size = sizes.mode(0)
	l.bold = bold*2 > len(strings.TrimSpace(text))
	l.text = cleanText(text)
}

// dropRedrawn drops from a line sorted by x the glyphs drawn again at
// almost the same place, wherever in the content stream the second copy
// comes: a page whose text is drawn twice (fill, then stroke), a shadow a
// point off, or fake bold in a rotated frame, which the walker's look-back
// does not see, would otherwise read "UUEE 88.. CCiirrccuullaattiioonn".
// The glyphs are sorted by x, so a copy stands among the few kept before
// it that start within its tolerance; most glyphs compare with one.
func dropRedrawn(gs []Glyph) []Glyph {
	isCopy := func(kept []Glyph, g *Glyph) bool {
		for k := len(kept) - 1; k >= 0 && g.X-kept[k].X < closeTo(kept[k]); k-- {
			if a := &kept[k]; a.S == g.S && math.Abs(a.Y-g.Y) < math.Abs(a.Size)/5 {
				return true
			}
		}
		return false
	}
	// Most lines hold no copy: they are left as they are.
	i := 1
	for i < len(gs) && !isCopy(gs[:i], &gs[i]) {
		i++
	}
	if i >= len(gs) {
		return gs
	}
	kept := gs[:i]
	for j := i + 1; j < len(gs); j++ {
		if !isCopy(kept, &gs[j]) {
			kept = append(kept, gs[j])
		}
	}
	return kept
}

// closeTo is how far along its line a copy of glyph g stands at most: a
// tenth of an em (a shadow drawn a point off), as pdftotext takes it, or
// half its width where that is less, as where a font's widths are far
// smaller than its size says: a doubled letter is no copy. Across the
// line, a copy stands within a fifth of an em.
func closeTo(g Glyph) float64 {
	return min(math.Abs(g.W)/2, math.Abs(g.Size)/10)
}

// wordGap is the gap, in ems, between glyphs prev and next that parts two
// words: wider than kerning, or between punctuation that ends a word and a
// letter, wider than a kerned period ever leaves inside one ("U.S."). A
// typesetter that draws no space glyph leaves the space between "market."
// and "They" as a gap, which kerning the period against the capital
// narrows to an eighth of an em. (A footnote marker after a comma is no
// letter: it stays on its word.)
func wordGap(prev, next string) float64 {
	if prev != "" && strings.IndexByte(".,;:!?)", prev[len(prev)-1]) >= 0 && unicode.IsLetter(firstRune(next)) {
		return 0.06
	}
	return 0.15
}

// attachMarks joins each combining mark drawn as a glyph of its own to the
// text of its letter, so that the two stay together when the line is put in
// reading order. The letter is the glyph drawn just before the mark, on its
// baseline; a mark raised onto a line of its own and joined back later goes
// to the glyph it stands over.
func attachMarks(gs []Glyph) []Glyph {
	k := 0
	for _, g := range gs {
		if !isMark(g.S) {
			gs[k] = g
			k++
			continue
		}
		base := -1
		if k > 0 && math.Abs(gs[k-1].Y-g.Y) < 0.25*g.Size {
			base = k - 1
		}
		for j := 0; j < k && base < 0; j++ {
			if gs[j].X-0.5 <= g.X && g.X <= gs[j].X+gs[j].W+0.5 && !isMark(gs[j].S) {
				base = j
			}
		}
		if base < 0 {
			gs[k] = g
			k++
			continue
		}
		gs[base].S += g.S
	}
	return gs[:k]
}

// cleanText applies Unicode NFKC to letters (ligatures, presentation forms)
// while keeping curly quotes and dashes as the source has them, and removes
// soft hyphens inside a line.
func cleanText(s string) string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < 0x80
	}
	if ascii {
		return s
	}
	var b strings.Builder
	arabic := 0 // whether s is Arabic, when asked: 1 yes, -1 no
	isArabic := func() bool {
		if arabic == 0 {
			arabic = -1
			if arabicLine(s) {
				arabic = 1
			}
		}
		return arabic > 0
	}
	for i, r := range s {
		switch {
		case r == '\u00ad' && strings.TrimSpace(s[i+len("\u00ad"):]) == "":
			// A soft hyphen ends the line only where a word was broken:
			// a hyphen that joining the lines repairs.
			b.WriteByte('-')
		case r == '\u00ad':
		case r < 0x80 || strings.ContainsRune("‘’“”–—…", r):
			b.WriteRune(r)
		case (r == 0xFBFE || r == 0xFBFF || r == 0x06CC || r == 0xFBAC || r == 0xFBAD || r == 0x06BE) && isArabic():
			// The initial and medial forms of Farsi yeh and of heh
			// doachashmee look like Arabic yeh's and heh's, and fonts share
			// the glyphs (and map them to those letters): in Arabic they
			// are yeh and heh, which search finds.
			if r == 0xFBFE || r == 0xFBFF || r == 0x06CC {
				b.WriteRune('\u064A')
			} else {
				b.WriteRune('\u0647')
			}
		default:
			b.WriteString(norm.NFKC.String(string(r)))
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// arabicLine reports whether s is Arabic rather than Persian or Urdu: it
// has a letter only Arabic writes (teh marbuta, kaf, a final yeh with its
// dots) and none that only those write (peh, tcheh, jeh, gaf, keheh, a
// final yeh without dots, and Urdu's letters).
func arabicLine(s string) bool {
	arabic := false
	for _, r := range s {
		switch {
		case r == 0x0629 || r == 0xFE93 || r == 0xFE94 || r == 0x0643 || r >= 0xFED9 && r <= 0xFEDC || r == 0xFEF1 || r == 0xFEF2:
			arabic = true
		case r == 0x067E || r == 0x0686 || r == 0x0698 || r == 0x06AF || r == 0x06A9 || r == 0x06C1 || r == 0x06D2 ||
			r == 0x0679 || r == 0x0688 || r == 0x0691 || r >= 0xFB56 && r <= 0xFB95 || r == 0xFBFC || r == 0xFBFD:
			return false
		}
	}
	return arabic
}

// FurnitureKey is how a margin line is compared across pages: case and
// numbers ignored, so a running head with a changing page number matches,
// in roman numerals too (the front matter of a book).
func FurnitureKey(s string) string {
	return string(appendFurnitureKey(nil, s, math.MaxInt))
}

// appendFurnitureKey appends the FurnitureKey of s to dst, or its words
// up to the first that takes it past limit bytes, without allocating when
// dst has room: dropFurniture keys the body lines of a document that has
// running heads only as far as they could match one.
func appendFurnitureKey(dst []byte, s string, limit int) []byte {
	start := len(dst)
	for i := 0; i < len(s) && len(dst)-start <= limit; {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		w := s[i:j]
		i = j
		if strings.Trim(w, "ivxlcIVXLC") == "" && romanRe().MatchString(w) {
			dst = append(dst, '#')
			continue
		}
		for _, r := range w {
			switch {
			case unicode.IsDigit(r):
				if len(dst) == start || dst[len(dst)-1] != '#' {
					dst = append(dst, '#')
				}
			case unicode.IsLetter(r) || r == '#':
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
		}
	}
	return dst
}

// romanRe matches a page number in roman numerals, up to 399, in either
// case.
var romanRe = lazyRegexp(`^(?i:c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3}))$`)

// textEnd returns how many of a page's lines come before the lines set
// aside at its end (text in another direction than the page's).
func textEnd(lines []*line) int {
	n := len(lines)
	for n > 0 && lines[n-1].aside {
		n--
	}
	return n
}

// dropFurniture removes running heads and footers and bare page numbers:
// the same text at the edge of many pages, of pages of one parity only
// (books alternate the title on even pages with the chapter's on odd ones),
// or of most pages of a run of them (the head of one part of a compilation,
// of one chapter, a printer's slug naming the file of a chapter).
// The edge is the top and bottom margins, text in another direction than
// the page's (a stamp up the margin), and the first and last lines of the
// page when they are in small type (a running foot above a printer's
// slug). Those count as the same only at the same height on the page: a
// footnote that says "Ibid." on many pages is no running foot.
func dropFurniture(pages []PageGlyphs, body float64, perPage [][]*line) {
	inMargin := func(pg PageGlyphs, l *line) bool {
		return l.aside || l.y > 0.92*pg.Height || l.y < 0.08*pg.Height
	}
	// key returns how an edge line is compared across pages; "" for a line
	// that is not at the edge.
	key := func(pg PageGlyphs, lines []*line, n, i int) string {
		l := lines[i]
		switch {
		case i >= n || (i < 3 || i >= n-3) && inMargin(pg, l):
			return FurnitureKey(l.text)
		case (i < 3 || i >= n-3) && l.size < 0.9*body:
			if k := FurnitureKey(l.text); k != "" {
				return k + "@" + strconv.Itoa(int(math.Round(l.y/3)))
			}
		case l.size < 1.1*body && setApart(pg, lines, n, i):
			// In its type: a paper's title set apart on its first page is
			// larger than the running head that repeats it, and a slide's
			// title is larger than its text.
			if k := FurnitureKey(l.text); k != "" {
				return k + "#" + strconv.Itoa(int(math.Round(l.size)))
			}
		}
		return ""
	}
	type pagesWith struct {
		parity      [2]int // pages with the key: even, odd
		first, last int    // the first and last page (index) with it
		body        int    // lines with the key in the body of pages, in its type
		size        float64
		bold        bool // the type of its first line at an edge
	}
	seen := map[string]*pagesWith{}
	keys := make([][]string, len(perPage))
	for pi, lines := range perPage {
		keys[pi] = make([]string, len(lines))
		onPage := map[string]bool{}
		n := textEnd(lines)
		for i := range lines {
			k := key(pages[pi], lines, n, i)
			keys[pi][i] = k
			if k == "" || onPage[k] {
				continue
			}
			onPage[k] = true
			if seen[k] == nil {
				seen[k] = &pagesWith{first: pi, size: lines[i].size, bold: lines[i].bold}
			}
			seen[k].parity[pages[pi].Number%2]++
			seen[k].last = pi
		}
	}
	recurs := func(k string) bool {
		c := seen[k]
		if k == "" || len(pages) < 2 || c == nil {
			return false
		}
		n := c.parity[0] + c.parity[1]
		return n >= 2 && float64(n) >= 0.4*float64(len(pages)) ||
			n >= 3 && (c.parity[0] == 0 || c.parity[1] == 0 || float64(n) >= 0.6*float64(c.last-c.first+1))
	}
	// Text that recurs at the edges and as often well inside the margins
	// of pages, in the same type, is the document's content: the rows of a
	// register that differ only in their dates and numbers ("Boeing
	// Company Long Beach 56 Layoff") open some of its pages by chance. A
	// running head is seldom a body line (the title on the first page, an
	// entry of the contents), and not in its type when it is one (a head
	// "Article 5" over the headings of articles); a bare number, which is a
	// body line in any column of figures, stays furniture, and so does
	// small type keyed by its height.
	var firsts [256]bool // the first bytes of the keys that can match
	longest := 0
	for k := range seen {
		if recurs(k) && strings.IndexFunc(k, unicode.IsLetter) >= 0 && !strings.Contains(k, "@") {
			firsts[k[0]] = true
			longest = max(longest, len(k))
		}
	}
	if longest > 0 {
		var buf []byte
		for pi, lines := range perPage {
			h := pages[pi].Height
			for i, l := range lines[:textEnd(lines)] {
				if keys[pi][i] != "" || l.y > 0.85*h || l.y < 0.15*h {
					continue
				}
				if buf = appendFurnitureKey(buf[:0], l.text, 0); len(buf) == 0 || !firsts[buf[0]] {
					continue
				}
				buf = appendFurnitureKey(buf[:0], l.text, longest)
				if c := seen[string(buf)]; c != nil && l.bold == c.bold && math.Abs(l.size-c.size) < 0.05*c.size {
					c.body++
				}
			}
		}
	}
	repeated := func(k string) bool {
		if !recurs(k) {
			return false
		}
		c := seen[k]
		return c.body < 2 || c.body < c.parity[0]+c.parity[1] || strings.IndexFunc(k, unicode.IsLetter) < 0
	}
	// A bare page number set apart below (or above) all the text of its
	// page, however deep the margin (LaTeX's page numbers stand a tenth of
	// the page from its foot), even in a document too short to repeat it.
	apart := func(pg PageGlyphs, lines []*line, n, i int) bool {
		l := lines[i]
		switch {
		case !textfold.PageNumberRe().MatchString(l.text):
			return false
		case i == n-1 && l.y < 0.15*pg.Height:
			return i == 0 || lines[i-1].y-l.y > 2*l.size
		case i == 0 && l.y > 0.85*pg.Height:
			return n == 1 || l.y-lines[1].y > 2*l.size
		}
		return false
	}
	for pi, lines := range perPage {
		var kept []*line
		n := textEnd(lines)
		head, foot := numberedEdge(pages[pi], lines[:n], true), numberedEdge(pages[pi], lines[:n], false)
		for i, l := range lines {
			if repeated(keys[pi][i]) || keys[pi][i] != "" && inMargin(pages[pi], l) && textfold.PageNumberRe().MatchString(l.text) ||
				apart(pages[pi], lines, n, i) || slices.Contains(head, l) || slices.Contains(foot, l) {
				continue
			}
			kept = append(kept, l)
		}
		perPage[pi] = kept
	}
}

// setApart reports whether line i of the n lines of a page's text is its
// first line, in the top 15 % of the page, or its last, in the bottom 15 %,
// with two lines' space or more between it and the text: a running head
// or foot set where a Word document's header goes, below a margin deeper
// than the eighth of the page that marks the edge otherwise.
func setApart(pg PageGlyphs, lines []*line, n, i int) bool {
	if n < 2 || i >= n {
		return false
	}
	l := lines[i]
	switch i {
	case 0:
		return l.y > 0.85*pg.Height && l.y-lines[1].y > 2*max(l.size, lines[1].size)
	case n - 1:
		return l.y < 0.15*pg.Height && lines[n-2].y-l.y > 2*max(l.size, lines[n-2].size)
	}
	return false
}

// readingOrder cuts a page into blocks of lines in reading order: on a
// page of columns, each column from left to right, and the lines that span
// columns (a title, an abstract, a wide table or box) after the parts of
// the columns they span above them and before those below them. A column
// that has text beside such lines is not theirs: it reads on whole (the
// column beside a worksheet across the other two of a page of three).
// Footnotes (small type at the foot of a column) are marked.
func readingOrder(lines []*line, gutters []float64, body float64) [][]*line {
	if len(gutters) == 0 {
		head, rest := letterhead(lines, body)
		markFootnotes(rest, body)
		return append(head, rest)
	}
	n := len(gutters) + 1
	// Each column is a sequence of parts: runs of its lines, and spans
	// (numbered from 0) of lines across it and others, which stand in the
	// way of the column's lines below them until they have been read.
	type part struct {
		lines []*line
		span  int // -1 for the column's own lines
	}
	type span struct {
		lines    []*line
		from, to int // the columns it spans
	}
	cols := make([][]part, n)
	var spans []span
	open := -1 // the span the last lines went to, while nothing came between
	for i, l := range lines {
		// The column is the one between the gutters either side of the line.
		k := 0
		for k < len(gutters) && l.x0 >= gutters[k]-0.5 {
			k++
		}
		if l.across || k < len(gutters) && l.x1 > gutters[k]+0.5 {
			from, to := 0, n-1
			if !l.across {
				for to = k; to < len(gutters) && l.x1 > gutters[to]+0.5; to++ {
				}
				// It spans the columns either side of it too unless they
				// have text beside it: a title above them spans them all.
				if k > 0 && columnBeside(lines, l, gutters[k-1], false) {
					from = k
				}
				if to == len(gutters) || !columnBeside(lines, l, gutters[to], true) {
					to = n - 1
				}
			}
			// Lines above or below the columns, and the lines of a box
			// beside a column, read as one block, which paragraphs
			// divides as it would a page without columns.
			if o := open; o >= 0 && spans[o].from == from && spans[o].to == to &&
				(l.across && i > 0 && lines[i-1].across || from > 0 || to < n-1) {
				spans[o].lines = append(spans[o].lines, l)
				continue
			}
			spans = append(spans, span{lines: []*line{l}, from: from, to: to})
			open = len(spans) - 1
			for c := from; c <= to; c++ {
				cols[c] = append(cols[c], part{span: open})
			}
			continue
		}
		if open >= 0 && k >= spans[open].from && k <= spans[open].to {
			open = -1
		}
		if m := len(cols[k]); m > 0 && cols[k][m-1].span < 0 {
			cols[k][m-1].lines = append(cols[k][m-1].lines, l)
		} else {
			cols[k] = append(cols[k], part{lines: []*line{l}, span: -1})
		}
	}
	// Read the leftmost column that has lines to read, unless the first
	// span, which every column it spans has reached, starts as high on the
	// page and as far left (a running head's left part before its right);
	// when every column waits for a span, that span.
	var blocks [][]*line
	next := make([]int, n)
	for {
		seg := -1
		for c := range cols {
			if next[c] < len(cols[c]) && cols[c][next[c]].span < 0 {
				seg = c
				break
			}
		}
		first := len(spans)
		for c := range cols {
			if next[c] < len(cols[c]) && cols[c][next[c]].span >= 0 {
				first = min(first, cols[c][next[c]].span)
			}
		}
		ready := first < len(spans)
		for c := 0; ready && c < n; c++ {
			if c >= spans[first].from && c <= spans[first].to {
				ready = next[c] < len(cols[c]) && cols[c][next[c]].span == first
			}
		}
		switch {
		case seg >= 0 && !(ready && spans[first].from <= seg && spans[first].lines[0].y >= cols[seg][next[seg]].lines[0].y-0.5):
			markFootnotes(cols[seg][next[seg]].lines, body)
			blocks = append(blocks, cols[seg][next[seg]].lines)
			next[seg]++
		case ready:
			blocks = append(blocks, spans[first].lines)
			for c := spans[first].from; c <= spans[first].to; c++ {
				next[c]++
			}
		default:
			return blocks
		}
	}
}

// columnBeside reports whether a column right (or left) of the gutter g
// has text beside line l, within two lines (of the smaller type) above or
// below.
func columnBeside(lines []*line, l *line, g float64, right bool) bool {
	for _, o := range lines {
		if (right && o.x0 >= g-0.5 || !right && o.x1 <= g+0.5) && math.Abs(o.y-l.y) <= 2*min(l.size, o.size) {
			return true
		}
	}
	return false
}

// findGutter finds the white gap between two columns of the part of the
// page from x0 to x1: the x in the middle of it that the fewest lines
// cross, when most lines lie wholly on one side or the other of it.
func findGutter(lines []*line, x0, x1 float64) (float64, bool) {
	if len(lines) < 8 || x1-x0 <= 0 || x0 < 0 || !(x1 <= maxPageSide) {
		return 0, false
	}
	width := x1 - x0
	// cover[x] is how many lines have a glyph over the point x: each line
	// adds its glyphs' spans, merged, to a difference array.
	cover := make([]int, int(x1)+3)
	var spans [][2]int
	for _, l := range lines {
		spans = spans[:0]
		for _, g := range l.glyphs {
			a, b := max(int(math.Floor(g.X))+1, 0), min(int(math.Ceil(g.X+g.W))-1, len(cover)-3)
			if a <= b {
				spans = append(spans, [2]int{a, b})
			}
		}
		// A line's glyphs come sorted by x, and so their spans: the check
		// is cheaper than sorting them again.
		if byStart := func(x, y [2]int) int { return x[0] - y[0] }; !slices.IsSortedFunc(spans, byStart) {
			slices.SortFunc(spans, byStart)
		}
		for i := 0; i < len(spans); {
			a, b := spans[i][0], spans[i][1]
			for i++; i < len(spans) && spans[i][0] <= b+1; i++ {
				b = max(b, spans[i][1])
			}
			cover[a]++
			cover[b+1]--
		}
	}
	for x := 1; x < len(cover); x++ {
		cover[x] += cover[x-1]
	}
	crossing := func(x int) int {
		if x < 0 || x >= len(cover) {
			return len(lines)
		}
		return cover[x]
	}
	lo0, hi0 := int(x0+0.35*width), int(x0+0.65*width)
	best, bestN := 0, len(lines)+1
	for x := lo0; x <= hi0; x++ {
		if n := crossing(x); n < bestN {
			best, bestN = x, n
		}
	}
	leftText, rightText := 0, 0
	for _, l := range lines {
		if l.x0 < float64(best)-5 {
			leftText++
		}
		if l.x1 > float64(best)+5 {
			rightText++
		}
	}
	if bestN*5 > len(lines) || leftText*4 < len(lines) || rightText*4 < len(lines) {
		return 0, false
	}
	// Gaps between words also leave narrow white runs: a gutter is wide.
	// A centred title or author line may reach into part of it.
	lo, hi := best, best
	tol := bestN + max(1, len(lines)/20)
	for lo > int(x0+0.3*width) && crossing(lo-1) <= tol {
		lo--
	}
	for hi < int(x0+0.7*width) && crossing(hi+1) <= tol {
		hi++
	}
	if hi-lo < 6 {
		return 0, false
	}
	g := float64(lo+hi) / 2
	if tableGap(lines, g) {
		return 0, false
	}
	return g, true
}

// tableGap reports whether the white gap at x between the lines is one
// between the columns of a table rather than a gutter between columns of
// text: most rows hold cells on both sides of it at one baseline and
// most of those are cut by other gaps wider than a word space, hardly a
// line on either side runs as prose (five words or more, set close), and
// rows hold cells on one side only where a cell wraps or a heading stands
// above the table, seldom. Two columns of text share baselines too, but
// their lines are prose; columns of lists (an election's results, a
// distribution list) leave rows of one side's entries white on the other.
// Tables set side by side (tax tables) are read one after the other:
// their column heads repeat across the gap.
func tableGap(lines []*line, x float64) bool {
	left0 := math.Inf(1)
	for _, l := range lines {
		left0 = min(left0, l.x0)
	}
	rows, both, celled, prose, oneMulti, oneInner, repeated := 0, 0, 0, 0, 0, 0, 0
	// The sides' text, for the column heads that repeat across the gap,
	// kept on the stack for the lines of most tables.
	var lbuf, rbuf [256]byte
	lt, rt := lbuf[:0], rbuf[:0]
	for _, l := range lines {
		var left, right sideRun
		lt, rt = lt[:0], rt[:0]
		for i := range l.glyphs {
			g := &l.glyphs[i]
			if strings.TrimSpace(g.S) == "" {
				continue
			}
			if g.X+g.W/2 < x {
				left.add(g)
				lt = append(lt, g.S...)
			} else {
				right.add(g)
				rt = append(rt, g.S...)
			}
		}
		if left.glyphs+right.glyphs == 0 {
			continue
		}
		rows++
		if left.prose() || right.prose() {
			prose++
		}
		switch {
		case left.glyphs > 0 && right.glyphs > 0:
			both++
			if left.cells > 1 || right.cells > 1 {
				celled++
			}
			if len(rt) >= 3 && bytes.HasSuffix(lt, rt) {
				repeated++
			}
		case left.cells > 1 || right.cells > 1:
			oneMulti++
		case l.x0 > left0+l.size:
			oneInner++
		}
	}
	return rows >= 4 && 2*both >= rows && 5*celled >= 3*both && 10*prose <= rows &&
		20*oneMulti <= rows && 20*oneInner <= 3*rows && repeated < 2
}

// sideRun counts the words and cells of the glyphs of one line on one
// side of a gap, added from left to right.
type sideRun struct {
	glyphs, words, cells int
	end, size            float64
}

func (r *sideRun) add(g *Glyph) {
	gap := g.X - r.end
	switch {
	case r.glyphs == 0:
		r.words, r.cells = 1, 1
	case gap > 1.5*max(g.Size, r.size):
		r.words++
		r.cells++
	case gap > 0.15*max(g.Size, r.size) || strings.HasPrefix(g.S, " "):
		r.words++
	}
	r.glyphs++
	r.end, r.size = max(r.end, g.X+g.W), g.Size
}

// prose reports whether the side reads as running text.
func (r *sideRun) prose() bool { return r.cells == 1 && r.words >= 5 }

// markFootnotes marks the lines in small type at the foot of a column.
func markFootnotes(lines []*line, body float64) {
	for i := len(lines) - 1; i >= 0; i-- {
		if lines[i].size > 0.92*body {
			break
		}
		lines[i].footnote = true
	}
	// A lone short line of small type is not a footnote block worth the name
	// when the column is all small type (a caption page, a table).
	all := true
	for _, l := range lines {
		all = all && l.footnote
	}
	if all {
		for _, l := range lines {
			l.footnote = false
		}
	}
}

var (
	footnoteStart  = lazyRegexp(`^\d{1,3}\s*\S`)
	footnoteNumber = lazyRegexp(`^(\d{1,3})\s*`)
)

// paragraphs folds a block's lines into paragraphs: a new one starts after
// a vertical gap, at an indented first line, at a numbered paragraph or a
// bullet, at a change between body text and footnotes, and around headings.
//
// Bold marks a heading unless the body text is bold itself (a designed
// report set in a semibold face).
func paragraphs(block []*line, body float64, boldBody bool, vocab map[string]bool) []corpus.Paragraph {
	var gaps []float64
	for i := 1; i < len(block); i++ {
		if d := block[i-1].y - block[i].y; d > 0 && block[i].page == block[i-1].page {
			gaps = append(gaps, d)
		}
	}
	leading := 1.2 * body
	if len(gaps) > 0 {
		sort.Float64s(gaps)
		leading = gaps[len(gaps)/2]
	}
	left := math.Inf(1)
	for _, l := range block {
		if !l.footnote {
			left = math.Min(left, l.x0)
		}
	}
	width := measure(block)
	var out []corpus.Paragraph
	var cur *corpus.Paragraph
	var text []byte // cur's text, built in place
	flush := func() {
		if cur != nil {
			cur.Text = string(text)
		}
		if cur != nil && cur.Kind == corpus.Footnote {
			// The footnote's number goes where citations find it.
			if m := footnoteNumber().FindStringSubmatch(cur.Text); m != nil {
				cur.Number, cur.Text = m[1], cur.Text[len(m[0]):]
			}
		}
		if cur != nil && strings.TrimSpace(cur.Text) != "" {
			out = append(out, *cur)
		}
		cur = nil
	}
	var prev *line // the last line with text: blank ones and rules are skipped
	// A letter alone on a line (a drop cap, a section's roman number or an
	// index's letter set apart) goes with the line after it.
	letter := ""
	for i, l := range block {
		if strings.Trim(l.text, "_-–— ") == "" {
			continue
		}
		if r, n := utf8.DecodeRuneInString(l.text); n == len(l.text) && unicode.IsLetter(r) && !l.footnote && letter == "" {
			// A drop cap stands lower than the line it begins, just left of it.
			if prev != nil && cur != nil && l.size > 1.5*prev.size && prev.y-l.y < l.size &&
				prev.x0 >= l.x1-1 && prev.x0 <= l.x1+l.size && bytes.HasPrefix(text, []byte(prev.text)) {
				if first, _ := utf8.DecodeRune(text); unicode.IsUpper(r) && unicode.IsLower(first) {
					text = append([]byte(l.text), text...)
				} else {
					text = append([]byte(l.text+" "), text...)
				}
				continue
			}
			letter = l.text
			continue
		}
		if letter != "" {
			if unicode.IsUpper(firstRune(letter)) && unicode.IsLower(firstRune(l.text)) {
				l.text = letter + l.text // a drop cap
			} else {
				l.text = letter + " " + l.text
			}
			letter = ""
		}
		heading := !l.footnote && (l.size >= 1.15*body || (l.bold && !boldBody && len(l.text) < 120 && !runIn(block, i))) && !textfold.EndsSentence(l.text)
		wrapped := heading && cur != nil && cur.Kind == corpus.Heading && wrapsHeading(prev, l, width)
		goesOn := cur != nil && cur.Kind == corpus.Heading && headingGoesOn(prev, l)
		start := (cur == nil || heading) && !wrapped && !goesOn
		if goesOn && !heading {
			cur.Kind = corpus.Body // a run-in heading over two lines, and its text
		}
		if !start && !wrapped && !goesOn && prev != nil {
			gap := prev.y - l.y
			switch {
			case l.footnote != prev.footnote:
				start = true
			case l.footnote && footnoteStart().MatchString(l.text) && l.x0 <= prev.x0+1:
				start = true
			case !l.footnote && (gap > 1.45*leading || gap < 0):
				start = true
			case !l.footnote && l.x0 > left+0.8*body && prev.x0 <= left+0.8*body && textfold.EndsSentence(prev.text):
				start = true
			case textfold.NumberedRe().MatchString(l.text) || textfold.BulletRe().MatchString(l.text):
				start = true
			case cur != nil && cur.Kind == corpus.Heading:
				start = true
			case !l.footnote && leaderRow(prev.text):
				start = true
			}
		}
		if start {
			flush()
			kind := corpus.Body
			switch {
			case l.footnote:
				kind = corpus.Footnote
			case heading:
				kind = corpus.Heading
			}
			cur = &corpus.Paragraph{Kind: kind, Page: l.page}
			text = append(text[:0], l.text...)
			if m := textfold.NumberedRe().FindStringSubmatch(l.text); m != nil && kind == corpus.Body {
				cur.Number = strings.TrimSuffix(m[1], ".")
			}
		} else {
			text = appendJoined(text, l.text, vocab)
		}
		prev = l
	}
	if letter != "" {
		if cur == nil {
			cur = &corpus.Paragraph{Kind: corpus.Body, Page: block[len(block)-1].page}
			text = text[:0]
		}
		text = appendJoined(text, letter, vocab)
	}
	flush()
	return out
}
