package pdf

import (
	"context"
	"io"
	"strings"

	lpdf "github.com/ledongthuc/pdf"
)

// This file walks a page's content stream and places each glyph. It follows
// the text-state machine of ledongthuc/pdf's Page.Content (BSD licence, The
// Go Authors), with what layout analysis needs and Content lacks: no phantom
// glyph at the end of each TJ array (Content decodes a "\n" through the
// font's encoding, which yields a stray letter in many subset fonts), no
// invisible text (rendering mode 3, the hidden layer of OCRed scans), word
// spacing, and font widths read once per font instead of once per glyph.

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

func translate(tx, ty float64) matrix { return matrix{{1, 0, 0}, {0, 1, 0}, {tx, ty, 1}} }

// font is what the walker needs of a font.
type font struct {
	name   string
	bold   bool
	enc    lpdf.TextEncoding
	first  int
	widths []float64
	// simple fonts have one-byte codes: each decodes alone, once.
	simple  bool
	decoded [256]string
	known   [256]bool
	// composite (Type0) fonts, as word processors write them, have two-byte
	// codes and their widths by CID in the descendant font.
	cidWidths  map[int]float64
	cidDecoded map[int]string
	dw         float64
}

// glyphCode is one glyph of a shown string: its text and its code.
type glyphCode struct {
	text string
	code int
}

// decode splits raw codes into glyphs, with their text.
func (f *font) decode(raw []byte, out []glyphCode) []glyphCode {
	switch {
	case f.cidWidths != nil:
		for i := 0; i+1 < len(raw); i += 2 {
			code := int(raw[i])<<8 | int(raw[i+1])
			s, ok := f.cidDecoded[code]
			if !ok {
				s = f.enc.Decode(string(raw[i : i+2]))
				f.cidDecoded[code] = s
			}
			out = append(out, glyphCode{s, code})
		}
	case f.simple:
		for i := 0; i < len(raw); i++ {
			c := raw[i]
			if !f.known[c] {
				f.decoded[c], f.known[c] = f.enc.Decode(string(raw[i:i+1])), true
			}
			out = append(out, glyphCode{f.decoded[c], int(c)})
		}
	default:
		for _, r := range f.enc.Decode(string(raw)) {
			out = append(out, glyphCode{string(r), -1})
		}
	}
	return out
}

func (f *font) width(code int) float64 {
	if f.cidWidths != nil {
		if w, ok := f.cidWidths[code]; ok {
			return w
		}
		return f.dw
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

type textState struct {
	tc, tw, th, tl, tfs, rise float64
	mode                      int
	font                      *font
	tm, tlm, ctm              matrix
}

// fontCache holds the fonts of one document, parsed once.
type fontCache struct {
	byFont map[string]*font
	// byResources maps a page's resource dictionary, as written (its
	// fonts appear as object references), to its fonts by name: pages
	// that share resources then look no font up again, which costs
	// ledongthuc a parse of the objects on the way each time.
	byResources map[string]map[string]*font
}

func newFontCache() fontCache {
	return fontCache{byFont: map[string]*font{}, byResources: map[string]map[string]*font{}}
}

// errStopped aborts the walk of a content stream when the time for the file
// is up; readPage recovers it.
type errStopped struct{ err error }

// contentGlyphs returns the visible glyphs of a page in drawing order. It
// stops (by panicking with errStopped) when ctx is done, since a damaged
// stream can make the walk run for very long.
//
// capHint is how many glyphs the page is expected to hold (the previous
// page's count): growing the slice from nothing was a tenth of extraction.
func contentGlyphs(ctx context.Context, p lpdf.Page, fonts fontCache, capHint int) []Glyph {
	res := p.Resources().String()
	local, ok := fonts.byResources[res]
	if !ok {
		local = map[string]*font{}
		fonts.byResources[res] = local
	}
	getFont := func(b []byte) *font {
		if f, ok := local[string(b)]; ok {
			return f
		}
		name := string(b)
		pf := p.Font(name)
		// Pages share their fonts: parse each (widths, encoding) once.
		key := pf.BaseFont() + "/" + pf.V.Key("Subtype").Name() + "/" + name
		f, ok := fonts.byFont[key]
		if !ok {
			f = &font{name: pf.BaseFont(), first: pf.FirstChar(), widths: pf.Widths(), simple: pf.V.Key("Subtype").Name() != "Type0"}
			if !f.simple && strings.HasPrefix(pf.V.Key("Encoding").Name(), "Identity") {
				f.loadCID(pf.V)
			}
			if i := strings.Index(f.name, "+"); i >= 0 {
				f.name = f.name[i+1:]
			}
			f.bold = strings.Contains(strings.ToLower(f.name), "bold")
			f.enc = pf.Encoder()
			if f.enc == nil {
				f.enc = rawEncoding{}
			}
			fonts.byFont[key] = f
		}
		local[name] = f
		return f
	}
	out := make([]Glyph, 0, capHint)
	g := textState{th: 1, ctm: identity, tm: identity, tlm: identity, font: &font{enc: rawEncoding{}}}
	var stack []textState
	var glyphs []glyphCode
	show := func(s []byte) {
		f := g.font
		glyphs = f.decode(s, glyphs[:0])
		for _, gc := range glyphs {
			w0 := 0.0
			switch {
			case gc.code >= 0:
				w0 = f.width(gc.code)
			case len(f.widths) == 0:
				w0 = 500 // no widths known: half an em keeps words apart
			}
			if g.mode != 3 && gc.text != "" {
				// The text rendering matrix, [[tfs·th 0 0] [0 tfs 0] [0 rise 1]] × Tm × CTM,
				// of which only the scale and the origin are needed.
				a := g.tfs * g.th
				scale := a*g.tm[0][0]*g.ctm[0][0] + a*g.tm[0][1]*g.ctm[1][0]
				ox := g.rise*g.tm[1][0] + g.tm[2][0]
				oy := g.rise*g.tm[1][1] + g.tm[2][1]
				x := ox*g.ctm[0][0] + oy*g.ctm[1][0] + g.ctm[2][0]
				y := ox*g.ctm[0][1] + oy*g.ctm[1][1] + g.ctm[2][1]
				out = append(out, Glyph{S: gc.text, X: x, Y: y, W: w0 / 1000 * scale, Size: scale, Bold: f.bold})
			}
			tx := w0/1000*g.tfs + g.tc
			if gc.code == ' ' && f.cidWidths == nil {
				tx += g.tw // word spacing applies to the one-byte code 32 only
			}
			g.tm[2][0] += tx * g.th * g.tm[0][0]
			g.tm[2][1] += tx * g.th * g.tm[0][1]
		}
	}
	l := contentLexer{b: contentBytes(p.V.Key("Contents"))}
	for ops := 1; ; ops++ {
		op, ok := l.next()
		if !ok {
			break
		}
		if ops%4096 == 0 && ctx.Err() != nil {
			panic(errStopped{ctx.Err()})
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
		case "BT":
			g.tm, g.tlm = identity, identity
		case "T*":
			g.tlm = translate(0, -g.tl).mul(g.tlm)
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
			g.tlm = translate(l.num(0), l.num(1)).mul(g.tlm)
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
			g.tlm = translate(0, -g.tl).mul(g.tlm)
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
					g.tm = translate(-x.num/1000*g.tfs*g.th, 0).mul(g.tm)
				}
			}
		}
	}
	return out
}

// contentBytes returns the decoded content of a page: one stream, or an
// array of them read one after the other. A stream that cannot be decoded
// to its end gives what could be read.
func contentBytes(v lpdf.Value) []byte {
	if v.Kind() != lpdf.Array {
		b, _ := io.ReadAll(v.Reader())
		return b
	}
	var out []byte
	for i := 0; i < v.Len(); i++ {
		b, _ := io.ReadAll(v.Index(i).Reader())
		out = append(out, b...)
		out = append(out, '\n')
	}
	return out
}

// rawEncoding reads codes as Latin-1 where a font has no usable encoding.
type rawEncoding struct{}

func (rawEncoding) Decode(raw string) string {
	rs := make([]rune, len(raw))
	for i := 0; i < len(raw); i++ {
		rs[i] = rune(raw[i])
	}
	return string(rs)
}
