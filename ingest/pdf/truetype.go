package pdf

import (
	"encoding/binary"

	lpdf "github.com/ledongthuc/pdf"
)

// trueTypeCIDs returns the Unicode of each CID of a TrueType-based CID
// font (CIDFontType2) from its embedded font program, as pdftotext does for
// fonts that come without a ToUnicode map: CID to glyph by /CIDToGIDMap
// (Identity or a table), glyph to character by the font's own cmap table
// read backwards. It returns nil when there is no such program.
func trueTypeCIDs(d lpdf.Value, file []byte) []rune {
	ff := d.Key("FontDescriptor").Key("FontFile2")
	if d.Key("Subtype").Name() != "CIDFontType2" || ff.Kind() != lpdf.Stream {
		return nil
	}
	byGlyph := glyphChars(readStream(ff, file, 64<<20))
	if len(byGlyph) == 0 {
		return nil
	}
	m := d.Key("CIDToGIDMap")
	if m.Kind() != lpdf.Stream { // Identity: the CID is the glyph
		return byGlyph
	}
	gids := readStream(m, file, 1<<18)
	cids := make([]rune, len(gids)/2)
	for cid := range cids {
		if g := int(binary.BigEndian.Uint16(gids[2*cid:])); g < len(byGlyph) {
			cids[cid] = byGlyph[g]
		}
	}
	return cids
}

// glyphChars reads the Unicode cmap of a TrueType font (format 4, or 12
// for characters beyond the BMP) and returns the character of each glyph,
// the lowest where several map to one.
func glyphChars(font []byte) []rune {
	be := binary.BigEndian
	table := func(tag string) []byte {
		if len(font) < 12 {
			return nil
		}
		n := int(be.Uint16(font[4:]))
		for i := range n {
			rec := font[min(12+16*i, len(font)):]
			if len(rec) < 16 {
				return nil
			}
			off, size := int(be.Uint32(rec[8:])), int(be.Uint32(rec[12:]))
			if string(rec[:4]) == tag && off >= 0 && size >= 0 && off+size <= len(font) && off+size >= off {
				return font[off : off+size]
			}
		}
		return nil
	}
	cmap := table("cmap")
	if len(cmap) < 4 {
		return nil
	}
	var best []byte
	for i := range int(be.Uint16(cmap[2:])) {
		rec := cmap[min(4+8*i, len(cmap)):]
		if len(rec) < 8 {
			break
		}
		platform, encoding, off := be.Uint16(rec), be.Uint16(rec[2:]), int(be.Uint32(rec[4:]))
		unicode := platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10))
		if !unicode || off+4 > len(cmap) || off < 0 {
			continue
		}
		sub := cmap[off:]
		if f := be.Uint16(sub); (f == 4 || f == 12) && (best == nil || f == 12) {
			best = sub
		}
	}
	var out []rune
	set := func(g int, r rune) {
		if g <= 0 || g > 1<<16 {
			return
		}
		for len(out) <= g {
			out = append(out, 0)
		}
		if out[g] == 0 || r < out[g] {
			out[g] = r
		}
	}
	switch {
	case best == nil:
	case be.Uint16(best) == 4 && len(best) >= 14:
		segs := int(be.Uint16(best[6:])) / 2
		if len(best) < 16+8*segs {
			return nil
		}
		ends, starts := best[14:], best[16+2*segs:]
		deltas, ranges := best[16+4*segs:], best[16+6*segs:]
		for s := range segs {
			end, start := int(be.Uint16(ends[2*s:])), int(be.Uint16(starts[2*s:]))
			delta, ro := int(be.Uint16(deltas[2*s:])), int(be.Uint16(ranges[2*s:]))
			for c := start; c <= end && c < 0xFFFF; c++ {
				g := (c + delta) & 0xFFFF
				if ro != 0 {
					at := 16 + 6*segs + 2*s + ro + 2*(c-start)
					if at+2 > len(best) {
						break
					}
					if g = int(be.Uint16(best[at:])); g != 0 {
						g = (g + delta) & 0xFFFF
					}
				}
				set(g, rune(c))
			}
		}
	case be.Uint16(best) == 12 && len(best) >= 16:
		n := int(be.Uint32(best[12:]))
		for i := 0; i < n && 16+12*i+12 <= len(best); i++ {
			grp := best[16+12*i:]
			start, end, g := be.Uint32(grp), be.Uint32(grp[4:]), int(be.Uint32(grp[8:]))
			for c := start; c <= end && c <= 0x10FFFF && end-start < 1<<16; c++ {
				set(g+int(c-start), rune(c))
			}
		}
	}
	return out
}
