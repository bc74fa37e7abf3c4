package pdf

import (
	"context"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"

	lpdf "github.com/ledongthuc/pdf"
)

// This file walks a page's content stream and places each glyph. It follows
// the text-state machine of ledongthuc/pdf's Page.Content (BSD licence, The
// Go Authors), with what layout analysis needs and Content lacks: no phantom
// glyph at the end of each TJ array (Content decodes a "\n" through the
// font's encoding, which yields a stray letter in many subset fonts), the
// text of form XObjects, invisible text only where it is the page's text
// layer, word spacing, and font widths read once per font instead of once
// per glyph.

type matrix [3][3]float64

var identity = matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}

func (x matrix) mul(y matrix) matrix {
	var z matrix
	for i := range 3 {
		for j := range 3 {
			for k := range 3 {
				z[i][j] += x[i][k] * y[k][j]
			}
		}
	}
	return z
}

// matrixOf builds the matrix [a b 0; c d 0; e f 1] from an operator's six
// operands.
func matrixOf(num func(int) float64) matrix {
	return matrix{{num(0), num(1), 0}, {num(2), num(3), 0}, {num(4), num(5), 1}}
}

// translated returns x moved by (tx, ty) in its own space, the product
// [1 0 0; 0 1 0; tx ty 1] × x, of which only the last row changes: the
// kerning of every TJ array moves the text matrix.
func (x matrix) translated(tx, ty float64) matrix {
	x[2][0] += tx*x[0][0] + ty*x[1][0]
	x[2][1] += tx*x[0][1] + ty*x[1][1]
	x[2][2] += tx*x[0][2] + ty*x[1][2]
	return x
}

// font is what the walker needs of a font.
type font struct {
	name   string
	bold   bool
	first  int
	widths []float64
	// simple fonts have one-byte codes, read once per font (simpleCodes).
	simple  bool
	decoded *[256]string
	// builtin is the font program's encoding, for codes the PDF leaves to
	// it, until one of them is shown.
	builtin *builtinEncoding
	// composite (Type0) fonts, as word processors write them, have two-byte
	// codes and their widths by CID in the descendant font.
	cidWidths  map[int]float64
	cidDecoded map[int]string
	dw         float64
	// and their text by ToUnicode map, by CID collection, or by code.
	uni          *unicodeMap
	cids         []rune
	unicodeCodes bool
	// cmap is the encoding of a font that gives its CMap as a stream.
	cmap *embeddedCMap
	// legacy is the encoding of a font under a CMap of GBK, Big5, Shift
	// JIS or EUC codes, without a ToUnicode map.
	legacy *legacyCodes
	// vertical fonts (CMaps named …-V) set glyphs top to bottom, one em apart,
	// as Japanese is written in columns.
	vertical bool
}

// clone returns a copy of f for one page walker: a font fills caches as
// its text is shown (the text of composite codes, a builtin encoding read
// when first needed, a legacy decoder's state), which walkers on other
// goroutines must not share.
func (f *font) clone() *font {
	c := *f
	if f.builtin != nil {
		d := *f.decoded
		c.decoded = &d
	}
	if f.cidDecoded != nil {
		c.cidDecoded = maps.Clone(f.cidDecoded)
	}
	if f.legacy != nil {
		l := *f.legacy
		l.dec = l.enc.NewDecoder()
		c.legacy = &l
	}
	return &c
}

// glyphCode is one glyph of a shown string: its text and its code.
type glyphCode struct {
	text string
	code int
}

// decode splits raw codes into glyphs, with their text.
func (f *font) decode(raw []byte, out []glyphCode) []glyphCode {
	switch {
	case f.legacy != nil:
		for i := 0; i < len(raw); {
			code, n, text := f.legacy.next(raw[i:])
			i += n
			out = append(out, glyphCode{text, legacyCID(code, n)})
		}
	case f.cmap != nil:
		// The code is kept as its CID, which widths are by.
		for i := 0; i < len(raw); {
			code, n := f.cmap.next(raw[i:])
			i += n
			cid := f.cmap.cid(code)
			s, ok := f.cidDecoded[code]
			if !ok {
				s = f.cidText(code, cid)
				f.cidDecoded[code] = s
			}
			out = append(out, glyphCode{s, cid})
		}
	case f.cidWidths != nil:
		for i := 0; i+1 < len(raw); i += 2 {
			code := int(raw[i])<<8 | int(raw[i+1])
			s, ok := f.cidDecoded[code]
			if !ok {
				s = f.cidText(code, code)
				f.cidDecoded[code] = s
			}
			out = append(out, glyphCode{s, code})
		}
	default:
		if f.builtin != nil {
			f.readBuiltin(raw)
		}
		for _, c := range raw {
			out = append(out, glyphCode{f.decoded[c], int(c)})
		}
	}
	return out
}

// guessed reports whether f gives no widths, which width then guesses.
func (f *font) guessed() bool { return f.cidWidths == nil && len(f.widths) == 0 }

func (f *font) width(code int) float64 {
	if f.cidWidths != nil {
		if w, ok := f.cidWidths[code]; ok {
			return w
		}
		return f.dw
	}
	if len(f.widths) == 0 {
		return 500 // no widths known: half an em keeps glyphs apart
	}
	if i := code - f.first; i >= 0 && i < len(f.widths) {
		return f.widths[i]
	}
	return 0
}

// loadCID reads the widths of a Type0 font's descendant: /DW, and /W as
// runs "c [w1 w2 …]" or ranges "c1 c2 w".
func (f *font) loadCID(v lpdf.Value) {
	d := v.Key("DescendantFonts").Index(0)
	f.cidWidths = map[int]float64{}
	f.cidDecoded = map[int]string{}
	f.dw = 1000
	if dw := d.Key("DW"); !dw.IsNull() {
		f.dw = dw.Float64()
	}
	w := d.Key("W")
	for i := 0; i+1 < w.Len(); {
		first := int(w.Index(i).Int64())
		next := w.Index(i + 1)
		if next.Kind() == lpdf.Array {
			for k := 0; k < next.Len() && k < 1<<16; k++ {
				f.cidWidths[first+k] = next.Index(k).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			break
		}
		last, width := int(next.Int64()), w.Index(i+2).Float64()
		for c := first; c <= last && c-first < 1<<16; c++ {
			f.cidWidths[c] = width
		}
		i += 3
	}
}

// type3Widths scales the widths of a Type 3 font, given in its glyph
// space, to the thousandths of text space that other fonts' are in.
func type3Widths(widths []float64, fm lpdf.Value) {
	a := fm.Index(0).Float64()
	if fm.Len() != 6 || a == 0 || a == 0.001 {
		return
	}
	for i := range widths {
		widths[i] *= a * 1000
	}
}

// untagged is a font's name without the tag that marks a subset
// ("ABCDEF+Symbol").
func untagged(name string) string {
	if i := strings.IndexByte(name, '+'); i >= 0 {
		return name[i+1:]
	}
	return name
}

// noFont stands for the font of text shown before any Tf: its codes read
// as Latin-1. It is built on first use: its 256 strings were 770 of the
// package's start-up allocations in every normdex process, PDF or not.
var noFont = sync.OnceValue(func() *font {
	f := &font{simple: true, decoded: new([256]string)}
	for c := range f.decoded {
		f.decoded[c] = cleanGlyph(string(rune(c)))
	}
	return f
})

type textState struct {
	tc, tw, th, tl, tfs, rise float64
	mode                      int
	font                      *font
	tm, tlm, ctm              matrix
}

// fontCache holds, for one goroutine reading pages of a document, its
// fonts, parsed once for the document, the content of its forms, decoded
// once (a stamp is drawn on every page), and the bytes of its file, where
// damaged streams are read raw (readStream).
type fontCache struct {
	file   []byte
	parsed *parsed
	// byFont holds the goroutine's copies of the document's fonts.
	byFont map[string]*font
	// xobjects maps a resource dictionary, as written, and a name to what
	// "Do" draws: found and its form read once, not on every page.
	xobjects map[string]*xobject
	// byResources maps a page's resource dictionary, as written (its
	// fonts appear as object references), to its fonts by name: pages
	// that share resources then look no font up again, which costs
	// ledongthuc a parse of the objects on the way each time.
	byResources map[string]map[string]*font
	// content is where pages' content streams are decoded, one page after
	// the other: no glyph keeps a reference into it.
	content *[]byte
}

func newFontCache(file []byte, p *parsed) fontCache {
	return fontCache{file: file, parsed: p, byFont: map[string]*font{}, xobjects: map[string]*xobject{},
		byResources: map[string]map[string]*font{}, content: new([]byte)}
}

// parsed holds what the goroutines reading the pages of one document
// parse once for all of them: its fonts, by their dictionary as written
// (each goroutine shows text with copies of them), and the content of its
// forms, by the form as written. Each helper parsed them all again.
type parsed struct {
	fonts onceMap[*font]
	forms onceMap[[]byte]
}

// errStopped aborts the walk of a content stream when the time for the file
// is up; readPage recovers it.
type errStopped struct{ err error }

// maxFormDepth bounds the nesting of form XObjects: deeper is a loop in a
// damaged file, or a file built to make the walk run for ever.
const maxFormDepth = 12

// walker walks the content streams of one page, the page's own and those
// of the forms it draws, and collects their glyphs.
type walker struct {
	ctx   context.Context
	fonts fontCache
	// out and hidden are the glyphs drawn visible and invisible (rendering
	// mode 3, the text layer of OCRed scans).
	out, hidden []Glyph
	ops         int
	forms       []string // the forms being walked (as written), against loops
	// box is the page's media box, or nil: a string that starts off the
	// page is not read. The whole string goes by where it starts, since
	// positions drift along it where a font gives no widths.
	box *pageBox
	drawing
}

// drawing counts the images a page draws, the codes its visible text
// shows and those of them that have no character: what its text should
// be, against what could be read.
type drawing struct {
	images, codes, unmapped int
}

// contentGlyphs returns the glyphs of a page in drawing order, with the
// text of the forms it draws. Invisible text is kept when it is the page's
// text layer (it outweighs the visible text), as on OCRed scans, and
// dropped otherwise. It stops (by panicking with errStopped) when ctx is
// done, since a damaged stream can make the walk run for very long.
//
// capHint is how many glyphs the page is expected to hold (the previous
// page's count): growing the slice from nothing was a tenth of extraction.
func contentGlyphs(ctx context.Context, p lpdf.Page, fonts fontCache, capHint int, box *pageBox) ([]Glyph, drawing) {
	w := walker{ctx: ctx, fonts: fonts, out: takeGlyphs(capHint), box: box}
	content := appendContent((*fonts.content)[:0], p.V.Key("Contents"), fonts.file)
	*fonts.content = content
	res := p.Resources()
	resKey := res.String()
	w.walk(content, res, resKey, identity)
	w.annotations(p.V.Key("Annots"), res, resKey)
	if len(w.hidden) > len(w.out) {
		return append(w.out, w.hidden...), w.drawing
	}
	return w.out, w.drawing
}

// fontsOf returns the fonts, by name, of resource dictionary res, written
// key.
func (w *walker) fontsOf(res lpdf.Value, key string) func(name []byte) *font {
	local, ok := w.fonts.byResources[key]
	if !ok {
		local = map[string]*font{}
		w.fonts.byResources[key] = local
	}
	return func(b []byte) *font {
		if f, ok := local[string(b)]; ok {
			return f
		}
		name := string(b)
		pf := lpdf.Font{V: res.Key("Font").Key(name)}
		// Pages share their fonts: parse each (widths, encoding) once. The
		// key is the dictionary as written, not the font's name: a form
		// stamped by another program may name another font alike.
		key := pf.V.String()
		f, ok := w.fonts.byFont[key]
		if !ok {
			f = w.fonts.parsed.fonts.get(key, func() *font { return parseFont(pf, w.fonts.file) }).clone()
			w.fonts.byFont[key] = f
		}
		local[name] = f
		return f
	}
}

// parseFont parses font pf of file: its widths and the text of its codes.
func parseFont(pf lpdf.Font, file []byte) *font {
	f := &font{name: untagged(pf.BaseFont()), first: pf.FirstChar(), widths: pf.Widths(), simple: pf.V.Key("Subtype").Name() != "Type0"}
	if pf.V.Key("Subtype").Name() == "Type3" {
		type3Widths(f.widths, pf.V.Key("FontMatrix"))
	}
	if !f.simple {
		f.loadComposite(pf.V, file)
	}
	enc := pf.V.Key("Encoding")
	f.vertical = !f.simple && (strings.HasSuffix(enc.Name(), "-V") || enc.Kind() == lpdf.Stream && enc.Key("WMode").Int64() == 1)
	f.bold = strings.Contains(strings.ToLower(f.name), "bold")
	if f.simple {
		f.decoded, f.builtin = simpleCodes(pf.V, file)
		if len(f.widths) == 0 && pf.V.Key("Subtype").Name() != "Type3" {
			if ws := coreWidths(pf.V, f.name, f.decoded); ws != nil {
				f.first, f.widths = 0, ws
			}
		}
	}
	return f
}

// xobject is what "Do" draws: an image, a form with text to read (its
// content, matrix and resources), or neither.
type xobject struct {
	image, form bool
	id          string // the form as written, against loops
	matrix      *matrix
	res         lpdf.Value
	resKey      string
	content     []byte
}

// xobject returns what "Do name" draws with resource dictionary res,
// written resKey. A form without resources of its own draws with its
// parent's; one without fonts or forms is a drawing (figures are often
// forms) and is not read.
func (w *walker) xobject(res lpdf.Value, resKey string, name []byte) *xobject {
	key := resKey + "\x00" + string(name)
	if x, ok := w.fonts.xobjects[key]; ok {
		return x
	}
	x := &xobject{}
	w.fonts.xobjects[key] = x
	v := res.Key("XObject").Key(string(name))
	switch v.Key("Subtype").Name() {
	case "Image":
		x.image = true
		return x
	case "Form":
	default:
		return x
	}
	w.loadForm(x, v, res, resKey)
	return x
}

// loadForm reads form v into x, with resources res (written resKey) where
// it has none of its own.
func (w *walker) loadForm(x *xobject, v, res lpdf.Value, resKey string) {
	x.id = v.String() // its dictionary and offset
	if m := v.Key("Matrix"); m.Len() == 6 {
		x.matrix = new(matrix)
		*x.matrix = matrixOf(func(i int) float64 { return m.Index(i).Float64() })
	}
	x.res, x.resKey = v.Key("Resources"), ""
	if x.res.Kind() != lpdf.Dict {
		x.res, x.resKey = res, resKey
	}
	if x.res.Key("Font").IsNull() && x.res.Key("XObject").IsNull() {
		return
	}
	if x.resKey == "" {
		x.resKey = x.res.String()
	}
	x.form, x.content = true, w.fonts.parsed.forms.get(x.id, func() []byte { return readStream(v, w.fonts.file, noLimit) })
}

// form walks form x drawn by "Do" under ctm, with its own matrix and
// resources.
func (w *walker) form(x *xobject, ctm matrix) {
	if len(w.forms) >= maxFormDepth {
		return
	}
	for _, f := range w.forms {
		if f == x.id {
			return // a form that draws itself
		}
	}
	if x.matrix != nil {
		ctm = x.matrix.mul(ctm)
	}
	w.forms = append(w.forms, x.id)
	w.walk(x.content, x.res, x.resKey, ctm)
	w.forms = w.forms[:len(w.forms)-1]
}

// redrawn returns the index of a glyph among the last drawn that gl draws
// again at almost the same place, or -1. Fake bold draws each glyph or
// each string twice with a small offset. Only a pen that went back can
// draw again, which keeps the search off the common path.
func (w *walker) redrawn(gl Glyph) int {
	n := len(w.out)
	if n == 0 || gl.X >= w.out[n-1].X+math.Abs(w.out[n-1].W)/2 {
		return -1
	}
	tol := math.Abs(gl.Size) / 20
	for k := n - 1; k >= 0 && k >= n-64; k-- {
		if math.Abs(w.out[k].Y-gl.Y) > tol {
			return -1 // fake bold draws again on the same line
		}
		if sameGlyph(w.out[k], gl) {
			return k
		}
	}
	return -1
}

// sameGlyph reports whether b is a drawn again at almost the same place:
// closer than a third of its width, much closer than a doubled letter.
func sameGlyph(a, b Glyph) bool {
	tol := max(math.Abs(a.W)/3, math.Abs(a.Size)/20)
	return a.S == b.S && math.Abs(a.X-b.X) < tol && math.Abs(a.Y-b.Y) < tol
}

// walk reads one content stream with its resources (written resKey), from
// the graphics state ctm.
func (w *walker) walk(content []byte, res lpdf.Value, resKey string, ctm matrix) {
	getFont := w.fontsOf(res, resKey)
	g := textState{th: 1, ctm: ctm, tm: identity, tlm: identity, font: noFont()}
	var stack []textState
	var glyphs []glyphCode
	show := func(s []byte) {
		f := g.font
		glyphs = f.decode(s, glyphs[:0])
		if g.mode != 3 {
			w.codes += len(glyphs)
		}
		echo := -1 // the glyph this one draws again, as fake bold does
		off, placed := false, false
		// Strings that space their words with space characters, and the
		// invisible text of an OCR layer, which fits each word to the scan
		// with character spacing.
		spaced := g.tc > 0 && (g.mode == 3 || slices.ContainsFunc(glyphs, func(gc glyphCode) bool { return gc.text == " " }))
		for i, gc := range glyphs {
			w0 := f.width(gc.code)
			if gc.text == "" && g.mode != 3 {
				w.unmapped++
			}
			if gc.text != "" {
				// The text rendering matrix, [[tfs·th 0 0] [0 tfs 0] [0 rise 1]] × Tm × CTM,
				// of which the baseline's direction (its length is the scale) and the
				// origin are needed.
				a := g.tfs * g.th
				dx := a*g.tm[0][0]*g.ctm[0][0] + a*g.tm[0][1]*g.ctm[1][0]
				dy := a*g.tm[0][0]*g.ctm[0][1] + a*g.tm[0][1]*g.ctm[1][1]
				if f.vertical { // the baseline runs down text space's y axis
					dx = -g.tfs * (g.tm[1][0]*g.ctm[0][0] + g.tm[1][1]*g.ctm[1][0])
					dy = -g.tfs * (g.tm[1][0]*g.ctm[0][1] + g.tm[1][1]*g.ctm[1][1])
					w0 = 1000
				}
				scale, angle := dx, float32(0)
				if dy != 0 || dx < 0 {
					scale, angle = math.Hypot(dx, dy), float32(math.Atan2(dy, dx)*180/math.Pi)
				}
				ox := g.rise*g.tm[1][0] + g.tm[2][0]
				oy := g.rise*g.tm[1][1] + g.tm[2][1]
				x := ox*g.ctm[0][0] + oy*g.ctm[1][0] + g.ctm[2][0]
				y := ox*g.ctm[0][1] + oy*g.ctm[1][1] + g.ctm[2][1]
				gl := Glyph{S: gc.text, X: x, Y: y, W: w0 / 1000 * scale, Size: scale, Bold: f.bold, Guessed: f.guessed(), Angle: angle}
				if spaced && gc.text != " " && (i+1 == len(glyphs) || glyphs[i+1].text != " ") && g.tfs != 0 && !f.vertical {
					// Character spacing after a letter of such a string
					// (letter-spaced type, an OCR layer, which shows a word's
					// last letter by itself) is no gap between words: it
					// widens the letter's advance. Before a space, or where
					// words are parted by moves alone, it stays part of the
					// space between them.
					gl.W += g.tc / math.Abs(g.tfs) * scale
				}
				if !placed {
					placed, off = true, w.box != nil && w.box.off(gl)
				}
				switch {
				case off:
				case g.mode == 3:
					w.hidden = append(w.hidden, gl)
				case i == 0:
					echo = w.redrawn(gl)
				case echo >= 0:
					echo++
				}
				if !off && g.mode != 3 && (echo < 0 || echo >= len(w.out) || !sameGlyph(w.out[echo], gl)) {
					echo = -1
					w.out = append(w.out, gl)
				}
			}
			if f.vertical {
				ty := g.tfs + g.tc
				g.tm[2][0] -= ty * g.tm[1][0]
				g.tm[2][1] -= ty * g.tm[1][1]
				continue
			}
			tx := w0/1000*g.tfs + g.tc
			if gc.code == ' ' && f.cidWidths == nil {
				tx += g.tw // word spacing applies to the one-byte code 32 only
			}
			g.tm[2][0] += tx * g.th * g.tm[0][0]
			g.tm[2][1] += tx * g.th * g.tm[0][1]
		}
	}
	l := contentLexer{b: content}
	for {
		op, ok := l.next()
		if !ok {
			break
		}
		if w.ops++; w.ops%4096 == 0 && w.ctx.Err() != nil {
			panic(errStopped{w.ctx.Err()})
		}
		args := l.args
		switch string(op) {
		case "cm":
			if len(args) == 6 {
				g.ctm = matrixOf(l.num).mul(g.ctm)
			}
		case "q":
			stack = append(stack, g)
		case "Q":
			if n := len(stack); n > 0 {
				g, stack = stack[n-1], stack[:n-1]
			}
		case "Do":
			if len(args) == 1 && args[0].kind == opName {
				switch x := w.xobject(res, resKey, l.bytesOf(args[0])); {
				case x.image:
					w.images++
				case x.form:
					w.form(x, g.ctm)
				}
			}
		case "ID": // an inline image, which the lexer skipped
			w.images++
		case "BT":
			g.tm, g.tlm = identity, identity
		case "T*":
			g.tlm = g.tlm.translated(0, -g.tl)
			g.tm = g.tlm
		case "Tc":
			g.tc = l.num(0)
		case "Tw":
			g.tw = l.num(0)
		case "Tz":
			g.th = l.num(0) / 100
		case "TL":
			g.tl = l.num(0)
		case "Ts":
			g.rise = l.num(0)
		case "Tr":
			g.mode = int(l.num(0))
		case "TD":
			g.tl = -l.num(1)
			fallthrough
		case "Td":
			g.tlm = g.tlm.translated(l.num(0), l.num(1))
			g.tm = g.tlm
		case "Tm":
			if len(args) == 6 {
				g.tm = matrixOf(l.num)
				g.tlm = g.tm
			}
		case "Tf":
			if len(args) == 2 && args[0].kind == opName {
				g.font = getFont(l.bytesOf(args[0]))
				g.tfs = l.num(1)
			}
		case "\"":
			if len(args) == 3 {
				g.tw, g.tc = l.num(0), l.num(1)
				args = args[2:]
			}
			fallthrough
		case "'":
			g.tlm = g.tlm.translated(0, -g.tl)
			g.tm = g.tlm
			fallthrough
		case "Tj":
			if len(args) == 1 && args[0].kind == opString {
				show(l.bytesOf(args[0]))
			}
		case "TJ":
			if len(args) != 1 || args[0].kind != opArray {
				continue
			}
			for _, x := range l.elems[args[0].lo:args[0].hi] {
				switch x.kind {
				case opString:
					show(l.bytesOf(x))
				case opNumber:
					if g.font.vertical {
						g.tm = g.tm.translated(0, x.num/1000*g.tfs)
						continue
					}
					g.tm = g.tm.translated(-x.num/1000*g.tfs*g.th, 0)
				}
			}
		}
	}
}

// contentBytes returns the decoded content of a page: one stream, or an
// array of them read one after the other. A stream that cannot be decoded
// to its end gives what could be read.
func contentBytes(v lpdf.Value, file []byte) []byte { return appendContent(nil, v, file) }

// appendContent appends the decoded content of a page to dst, as
// contentBytes returns it.
func appendContent(dst []byte, v lpdf.Value, file []byte) []byte {
	if v.Kind() != lpdf.Array {
		return appendStream(dst, v, file, noLimit)
	}
	for i := 0; i < v.Len(); i++ {
		dst = appendStream(dst, v.Index(i), file, noLimit)
		dst = append(dst, '\n')
	}
	return dst
}
