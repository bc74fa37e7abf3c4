package pdf

import (
	"encoding/binary"
	"strings"
	"sync"
)

// This file reads the built-in encoding of a bare CFF font program (a
// PDF's FontFile3 of subtype Type1C): which glyph name each code draws. TeX's
// maths fonts carry their encoding only there, and pdfTeX and Distiller
// name in /Differences no more than some of the codes.

// cffStandardStrings are the names of the CFF standard strings, SIDs 0 to
// 390 (Adobe Technical Note 5176, appendix A), the "small", "oldstyle",
// "superior" and "inferior" glyphs of the expert set written as their
// pattern: none of them has text of its own that a search would find.
// Only a CFF font with a built-in encoding asks for them, so the 391
// strings (12 KB, most of what the package built at start) are split out
// on first use.
var cffStandardStrings = sync.OnceValue(func() []string {
	s := strings.Fields(`.notdef space exclam quotedbl numbersign dollar percent ampersand quoteright
	parenleft parenright asterisk plus comma hyphen period slash zero one two three four five six seven
	eight nine colon semicolon less equal greater question at A B C D E F G H I J K L M N O P Q R S T U V
	W X Y Z bracketleft backslash bracketright asciicircum underscore quoteleft a b c d e f g h i j k l m
	n o p q r s t u v w x y z braceleft bar braceright asciitilde exclamdown cent sterling fraction yen
	florin section currency quotesingle quotedblleft guillemotleft guilsinglleft guilsinglright fi fl
	endash dagger daggerdbl periodcentered paragraph bullet quotesinglbase quotedblbase quotedblright
	guillemotright ellipsis perthousand questiondown grave acute circumflex tilde macron breve dotaccent
	dieresis ring cedilla hungarumlaut ogonek caron emdash AE ordfeminine Lslash Oslash OE ordmasculine ae
	dotlessi lslash oslash oe germandbls onesuperior logicalnot mu trademark Eth onehalf plusminus Thorn
	onequarter divide brokenbar degree thorn threequarters twosuperior registered minus eth multiply
	threesuperior copyright Aacute Acircumflex Adieresis Agrave Aring Atilde Ccedilla Eacute Ecircumflex
	Edieresis Egrave Iacute Icircumflex Idieresis Igrave Ntilde Oacute Ocircumflex Odieresis Ograve Otilde
	Scaron Uacute Ucircumflex Udieresis Ugrave Yacute Ydieresis Zcaron aacute acircumflex adieresis agrave
	aring atilde ccedilla eacute ecircumflex edieresis egrave iacute icircumflex idieresis igrave ntilde
	oacute ocircumflex odieresis ograve otilde scaron uacute ucircumflex udieresis ugrave yacute ydieresis
	zcaron`)
	// SIDs 229 to 265, then the three ligatures at 266 to 268, which do
	// have text.
	for range 37 {
		s = append(s, "")
	}
	return append(s, "ff", "ffi", "ffl")
})

// cffEncoding returns the glyph name of each code of the CFF font program
// b by its own encoding, or nil when the program uses the standard
// encoding, is CID-keyed or cannot be read.
func cffEncoding(b []byte) *[256]string {
	be := binary.BigEndian
	if len(b) < 4 || b[0] != 1 {
		return nil
	}
	// index returns the items of the INDEX at off, and where it ends.
	index := func(off int) ([][]byte, int) {
		if off < 0 || off+2 > len(b) {
			return nil, -1
		}
		n := int(be.Uint16(b[off:]))
		if n == 0 {
			return nil, off + 2
		}
		if off+3 > len(b) {
			return nil, -1
		}
		size := int(b[off+2])
		if size < 1 || size > 4 || off+3+(n+1)*size > len(b) {
			return nil, -1
		}
		at := func(i int) int {
			v := 0
			for _, x := range b[off+3+i*size : off+3+(i+1)*size] {
				v = v<<8 | int(x)
			}
			return v
		}
		base := off + 2 + (n+1)*size
		items := make([][]byte, n)
		for i := range n {
			lo, hi := base+at(i), base+at(i+1)
			if lo < base || hi < lo || hi > len(b) {
				return nil, -1
			}
			items[i] = b[lo:hi]
		}
		return items, base + at(n)
	}
	_, end := index(int(b[2])) // the names
	top, end := index(end)
	strs, _ := index(end)
	if len(top) == 0 {
		return nil
	}
	d := cffDict(top[0])
	if _, cid := d[12<<8|30]; cid {
		return nil
	}
	encOff, charsetOff := d[16], d[15]
	charStrings, _ := index(d[17])
	if encOff <= 1 || len(charStrings) == 0 {
		return nil
	}
	std := cffStandardStrings()
	name := func(sid int) string {
		switch {
		case sid < len(std):
			return std[sid]
		case sid >= 391 && sid-391 < len(strs):
			return string(strs[sid-391])
		}
		return ""
	}
	// The glyph names, by glyph: the charset.
	names := make([]string, len(charStrings))
	if charsetOff > 2 && charsetOff < len(b) {
		p, g := charsetOff+1, 1
		format := b[charsetOff]
		for g < len(names) && p < len(b) {
			switch format {
			case 0:
				if p+2 > len(b) {
					return nil
				}
				names[g] = name(int(be.Uint16(b[p:])))
				g, p = g+1, p+2
			case 1, 2:
				step := 3 + int(format-1)
				if p+step > len(b) {
					return nil
				}
				first, left := int(be.Uint16(b[p:])), int(b[p+2])
				if format == 2 {
					left = int(be.Uint16(b[p+2:]))
				}
				for k := 0; k <= left && g < len(names); k++ {
					names[g] = name(first + k)
					g++
				}
				p += step
			default:
				return nil
			}
		}
	} else if charsetOff == 0 { // ISOAdobe: the glyph is its SID
		for g := range names {
			names[g] = name(g)
		}
	}
	var t [256]string
	if encOff >= len(b) {
		return nil
	}
	format, p, g := b[encOff], encOff+1, 1
	switch format & 0x7F {
	case 0:
		if p >= len(b) {
			return nil
		}
		n := int(b[p])
		p++
		for i := 0; i < n && p < len(b); i++ {
			if g < len(names) {
				t[b[p]] = names[g]
			}
			g, p = g+1, p+1
		}
	case 1:
		if p >= len(b) {
			return nil
		}
		n := int(b[p])
		p++
		for i := 0; i < n && p+1 < len(b); i++ {
			first, left := int(b[p]), int(b[p+1])
			for k := 0; k <= left && first+k < 256; k++ {
				if g < len(names) {
					t[first+k] = names[g]
				}
				g++
			}
			p += 2
		}
	default:
		return nil
	}
	if format&0x80 != 0 && p < len(b) { // supplements: more codes for glyphs by SID
		n := int(b[p])
		p++
		for i := 0; i < n && p+2 < len(b); i++ {
			t[b[p]] = name(int(be.Uint16(b[p+1:])))
			p += 3
		}
	}
	return &t
}

// cffDict reads the integer operands of a CFF DICT by operator (escaped
// operators as 12<<8|op), the last operand of each.
func cffDict(b []byte) map[int]int {
	d := map[int]int{}
	last := 0
	for i := 0; i < len(b); {
		c := int(b[i])
		switch {
		case c <= 21:
			op := c
			if c == 12 && i+1 < len(b) {
				op = 12<<8 | int(b[i+1])
				i++
			}
			d[op] = last
			i++
		case c == 28 && i+2 < len(b):
			last = int(int16(binary.BigEndian.Uint16(b[i+1:])))
			i += 3
		case c == 29 && i+4 < len(b):
			last = int(int32(binary.BigEndian.Uint32(b[i+1:])))
			i += 5
		case c == 30: // a real: skipped to its end nibble
			i++
			for i < len(b) && b[i]&0x0F != 0x0F && b[i]&0xF0 != 0xF0 {
				i++
			}
			i++
		case c >= 32 && c <= 246:
			last = c - 139
			i++
		case c >= 247 && c <= 250 && i+1 < len(b):
			last = (c-247)*256 + int(b[i+1]) + 108
			i += 2
		case c >= 251 && c <= 254 && i+1 < len(b):
			last = -(c-251)*256 - int(b[i+1]) - 108
			i += 2
		default:
			i++
		}
	}
	return d
}
