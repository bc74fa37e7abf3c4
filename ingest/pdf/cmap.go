package pdf

// A composite font may carry its encoding as a CMap stream of its own in
// place of a predefined name such as Identity-H: Prince, and some
// typesetters after it, write one-byte codes that way. Its codespace says
// how many bytes each code takes, and its CID ranges which glyph (and so
// which width) a code draws; read as two-byte Identity codes, such a font
// yields no text at all.

// embeddedCMap is the encoding of a composite font given as a CMap stream.
type embeddedCMap struct {
	spaces []codeSpace
	cids   []cidRange
}

// codeSpace is one codespace range: codes of n bytes, each byte between
// the bytes of lo and hi.
type codeSpace struct {
	n      int
	lo, hi [4]byte
}

// cidRange maps codes lo to hi to CIDs from cid on.
type cidRange struct{ lo, hi, cid int }

// maxCMapRanges bounds what a CMap stream is read for: a damaged or
// hostile stream is not to make a font take the memory of a document.
const maxCMapRanges = 1 << 16

// readCMap parses a CMap stream, or returns nil when it defines no
// codespace.
func readCMap(b []byte) *embeddedCMap {
	c := &embeddedCMap{}
	l := contentLexer{b: b}
	for len(c.spaces)+len(c.cids) < maxCMapRanges {
		op, ok := l.next()
		if !ok {
			break
		}
		switch string(op) {
		case "endcodespacerange":
			for i := 0; i+1 < len(l.args); i += 2 {
				lo, hi := l.args[i], l.args[i+1]
				if lo.kind != opString || hi.kind != opString {
					continue
				}
				lb, hb := l.bytesOf(lo), l.bytesOf(hi)
				if len(lb) == 0 || len(lb) > 4 || len(lb) != len(hb) {
					continue
				}
				s := codeSpace{n: len(lb)}
				copy(s.lo[:], lb)
				copy(s.hi[:], hb)
				c.spaces = append(c.spaces, s)
			}
		case "endcidrange":
			for i := 0; i+2 < len(l.args); i += 3 {
				lo, hi := l.args[i], l.args[i+1]
				if lo.kind == opString && hi.kind == opString && l.args[i+2].kind == opNumber {
					c.cids = append(c.cids, cidRange{codeOf(l.bytesOf(lo)), codeOf(l.bytesOf(hi)), int(l.num(i + 2))})
				}
			}
		case "endcidchar":
			for i := 0; i+1 < len(l.args); i += 2 {
				if src := l.args[i]; src.kind == opString && l.args[i+1].kind == opNumber {
					code := codeOf(l.bytesOf(src))
					c.cids = append(c.cids, cidRange{code, code, int(l.num(i + 1))})
				}
			}
		}
	}
	if len(c.spaces) == 0 {
		return nil
	}
	return c
}

// next returns the first code of raw and its length in bytes: the first
// codespace range that holds it, else one byte.
func (c *embeddedCMap) next(raw []byte) (code, n int) {
	for _, s := range c.spaces {
		if s.n > len(raw) {
			continue
		}
		in := true
		for k := 0; k < s.n && in; k++ {
			in = raw[k] >= s.lo[k] && raw[k] <= s.hi[k]
		}
		if in {
			return codeOf(raw[:s.n]), s.n
		}
	}
	return int(raw[0]), 1
}

// cid returns the CID of a code: by the CMap's ranges, the last that
// holds it winning, or the code itself when the CMap maps none.
func (c *embeddedCMap) cid(code int) int {
	if len(c.cids) == 0 {
		return code
	}
	for i := len(c.cids) - 1; i >= 0; i-- {
		if r := c.cids[i]; code >= r.lo && code <= r.hi {
			return r.cid + code - r.lo
		}
	}
	return 0
}
