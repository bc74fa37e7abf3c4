package pdftest

import (
	"encoding/binary"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// cffStandardSIDs are a few of CFF's standard strings, which a font names
// its glyphs by instead of by strings of its own.
var cffStandardSIDs = map[string]int{"space": 1, "A": 34, "a": 66, "fi": 109, "fl": 110, "ff": 266, "ffi": 267}

// CFF writes a bare CFF font program (a FontFile3 of subtype Type1C) whose
// built-in encoding draws glyph enc[c] for code c, as TeX's fonts carry
// theirs. Its glyphs draw nothing.
func CFF(name string, enc map[byte]string) []byte {
	codes := slices.Sorted(maps.Keys(enc))
	var strs []string
	sid := func(glyph string) int {
		if s, ok := cffStandardSIDs[glyph]; ok {
			return s
		}
		strs = append(strs, glyph)
		return 390 + len(strs)
	}
	var charset, encoding []byte
	charset = append(charset, 0) // format 0: a SID by glyph, from glyph 1
	encoding = append(encoding, 0, byte(len(codes)))
	for _, c := range codes {
		charset = binary.BigEndian.AppendUint16(charset, uint16(sid(enc[c])))
		encoding = append(encoding, c)
	}
	charStrings := make([]string, len(codes)+1)
	for i := range charStrings {
		charStrings[i] = "\x0e" // endchar
	}
	header := []byte{1, 0, 4, 1}
	names := cffIndex([]string{name})
	const topSize = 2 + 1 + 2 + 3*6 // one DICT of three five-byte operands
	strIndex := cffIndex(strs)
	globalSubrs := cffIndex(nil)
	charsetAt := len(header) + len(names) + topSize + len(strIndex) + len(globalSubrs)
	encodingAt := charsetAt + len(charset)
	charStringsAt := encodingAt + len(encoding)
	op := func(v, op int) string {
		return string(binary.BigEndian.AppendUint32([]byte{29}, uint32(v))) + string(rune(op))
	}
	top := cffIndex([]string{op(charsetAt, 15) + op(encodingAt, 16) + op(charStringsAt, 17)})
	if len(top) != topSize {
		panic(fmt.Sprintf("pdftest: CFF top DICT of %d bytes", len(top)))
	}
	var b []byte
	for _, part := range [][]byte{header, names, top, strIndex, globalSubrs, charset, encoding, cffIndex(charStrings)} {
		b = append(b, part...)
	}
	return b
}

// cffIndex writes a CFF INDEX of items, with one-byte offsets.
func cffIndex(items []string) []byte {
	if len(items) == 0 {
		return []byte{0, 0}
	}
	b := binary.BigEndian.AppendUint16(nil, uint16(len(items)))
	b = append(b, 1)
	off := 1
	b = append(b, byte(off))
	for _, it := range items {
		off += len(it)
		if off > 255 {
			panic("pdftest: CFF INDEX too large for one-byte offsets")
		}
		b = append(b, byte(off))
	}
	for _, it := range items {
		b = append(b, it...)
	}
	return b
}

// Type1 writes the clear-text part of a Type 1 font program whose
// built-in encoding draws glyph enc[c] for code c ("dup 12 /fi put"), which
// is all that a reader of its encoding reads.
func Type1(name string, enc map[byte]string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "%%!PS-AdobeFont-1.0: %s\n/FontName /%s def\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n", name, name)
	codes := slices.Sorted(maps.Keys(enc))
	for _, c := range codes {
		fmt.Fprintf(&b, "dup %d /%s put\n", c, enc[c])
	}
	b.WriteString("readonly def\ncurrentdict end\ncurrentfile eexec\n")
	return []byte(b.String())
}
