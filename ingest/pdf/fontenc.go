package pdf

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	lpdf "github.com/ledongthuc/pdf"
	"golang.org/x/text/encoding/charmap"
)

// This file gives the text of each code of a simple (one-byte) font, as
// pdftotext does and ledongthuc does not: the font's ToUnicode map first,
// then its encoding — a named one, the font program's own (TeX fonts), and
// the /Differences by glyph name. Ligature glyphs become their letters, and
// a code that maps to nothing, or to a control character, yields no text
// rather than the raw byte.

// simpleCodes returns the text of the 256 codes of the simple font v, and
// the codes to take from the font program's own encoding when one of them
// is shown (nil when there are none).
func simpleCodes(v lpdf.Value, file []byte) (*[256]string, *builtinEncoding) {
	var t [256]string
	var set [256]bool // the codes the PDF itself gives a text
	enc := v.Key("Encoding")
	base := enc.Name()
	if enc.Kind() == lpdf.Dict {
		base = enc.Key("BaseEncoding").Name()
	}
	var builtin *builtinEncoding
	switch base {
	case "MacRomanEncoding":
		for c := range 256 {
			t[c] = string(charmap.Macintosh.DecodeByte(byte(c)))
		}
	case "StandardEncoding":
		standardCodes(&t)
	case "WinAnsiEncoding":
		winAnsiCodes(&t)
	default:
		switch {
		case symbolFont(v):
			symbolCodes(&t)
		case dingbatsFont(v):
			dingbatsCodes(&t)
		case standardEncoded(v):
			standardCodes(&t)
		default:
			winAnsiCodes(&t)
			// The font program's own encoding, for the codes the PDF does
			// not name (pdfTeX names in /Differences only the codes used):
			// read when such a code is first shown, since reading the
			// program costs.
			builtin = &builtinEncoding{v: v, file: file}
		}
	}
	if d := enc.Key("Differences"); d.Kind() == lpdf.Array {
		type3 := v.Key("Subtype").Name() == "Type3"
		eachDifference(d, func(code int, name string) {
			s := glyphText(name)
			if s == "" && type3 {
				// Type 3 fonts name glyphs by number ("a97") or by
				// whatever the producer chose ("CP", "square"), their
				// codes mostly still those of the base encoding:
				// pdftotext reads the code then.
				if s = numericGlyphText(name); s == "" {
					s = t[code]
				}
			}
			t[code] = s
			set[code] = true
		})
	}
	if tu := v.Key("ToUnicode"); tu.Kind() == lpdf.Stream {
		m := toUnicode(cmapStream(tu, file))
		for c := range t {
			if s, ok := m.text(c); ok {
				t[c] = s
				set[c] = true
			}
		}
	}
	for c := range t {
		t[c] = cleanGlyph(t[c])
	}
	if builtin != nil {
		n := 0
		for c := range set {
			builtin.codes[c] = !set[c]
			if !set[c] {
				n++
			}
		}
		if n == 0 {
			builtin = nil
		}
	}
	return &t, builtin
}

// standardEncoded reports whether simple font v, which names no base
// encoding, reads by StandardEncoding: a font whose program is not
// embedded has no encoding of its own to fall back on, and PDF 32000
// (9.6.6.1, table 114) gives a non-symbolic one StandardEncoding — the
// built-in encoding of the Latin standard fonts, where 0x27 is ’, 0x60 ‘
// and 0xD0 an em dash. pdftotext reads so every Type 1 font, and a
// TrueType one named for a standard font (Arial, Times New Roman); any
// other TrueType font keeps WinAnsi, as Windows draws it. A subset (its
// name tagged "ABCDEF+") is embedded: its descriptor, which may take
// inflating an object stream to read, is not looked up.
func standardEncoded(v lpdf.Value) bool {
	name := v.Key("BaseFont").Name()
	if untagged(name) != name {
		return false
	}
	switch v.Key("Subtype").Name() {
	case "Type1", "MMType1":
	case "TrueType":
		if coreFontNamed(name) == nil {
			return false
		}
	default:
		return false
	}
	// The font file's key says it is embedded: the stream itself is not
	// resolved.
	for _, k := range v.Key("FontDescriptor").Keys() {
		if strings.HasPrefix(k, "FontFile") {
			return false
		}
	}
	return true
}

// eachDifference calls f with each code of a simple font that the
// /Differences array d names a glyph for, and that glyph's name, in the
// array's order: a number sets the code of the names after it.
func eachDifference(d lpdf.Value, f func(code int, name string)) {
	code := -1
	for i := 0; i < d.Len(); i++ {
		switch x := d.Index(i); x.Kind() {
		case lpdf.Integer:
			code = int(x.Int64())
		case lpdf.Name:
			if code >= 0 && code < 256 {
				f(code, x.Name())
			}
			code++
		}
	}
}

func winAnsiCodes(t *[256]string) {
	for c := range 256 {
		t[c] = string(charmap.Windows1252.DecodeByte(byte(c)))
	}
}

// standardHigh lists the codes of Adobe's StandardEncoding from 0xA1.
var standardHigh = strings.Fields(`exclamdown cent sterling fraction yen florin section currency
	quotesingle quotedblleft guillemotleft guilsinglleft guilsinglright fi fl . endash dagger daggerdbl
	periodcentered . paragraph bullet quotesinglbase quotedblbase quotedblright guillemotright ellipsis
	perthousand . questiondown . grave acute circumflex tilde macron breve dotaccent dieresis . ring
	cedilla . hungarumlaut ogonek caron emdash . . . . . . . . . . . . . . . . AE . ordfeminine . . . .
	Lslash Oslash OE ordmasculine . . . . . ae . . . dotlessi . . lslash oslash oe germandbls`)

func standardCodes(t *[256]string) {
	for c := 32; c < 127; c++ {
		t[c] = string(rune(c))
	}
	t['\''], t['`'] = "’", "‘"
	for i, name := range standardHigh {
		if name != "." {
			t[0xA1+i] = glyphText(name)
		}
	}
}

var dupRe = lazyRegexp(`dup\s+(\d{1,3})\s*/([^\s/\[\]{}()<>]+)\s+put`)

// builtinEncoding is the encoding of an embedded Type 1 font program, to
// be read when one of codes is first shown.
type builtinEncoding struct {
	v     lpdf.Value
	file  []byte
	codes [256]bool
}

// names returns the glyph name of each code by the font program's own
// encoding, or nil when the font embeds no Type 1 program (a Type 1 font
// file, or a bare CFF one, as TeX's fonts are) or the program has no
// encoding of its own. A damaged font descriptor, on which ledongthuc
// panics, has none: the page's text is still read.
func (e *builtinEncoding) names() (t *[256]string) {
	defer func() {
		if recover() != nil {
			t = nil
		}
	}()
	fd := e.v.Key("FontDescriptor")
	if ff := fd.Key("FontFile3"); ff.Kind() == lpdf.Stream {
		if ff.Key("Subtype").Name() != "Type1C" {
			return nil
		}
		return cffEncoding(readStream(ff, e.file, 1<<22))
	}
	ff := fd.Key("FontFile")
	if ff.Kind() != lpdf.Stream {
		return nil
	}
	n := ff.Key("Length1").Int64() // the clear-text part, before eexec
	if n <= 0 || n > 1<<16 {
		n = 1 << 16
	}
	b := readStream(ff, e.file, n)
	if i := strings.Index(string(b), "eexec"); i >= 0 {
		b = b[:i]
	}
	var names [256]string
	found := false
	for _, m := range dupRe().FindAllSubmatch(b, -1) {
		if c, err := strconv.Atoi(string(m[1])); err == nil && c < 256 {
			names[c], found = string(m[2]), true
		}
	}
	if !found {
		return nil
	}
	return &names
}

// readBuiltin gives the codes of f that the PDF leaves to the font
// program their text from it, once one of them is shown in raw.
func (f *font) readBuiltin(raw []byte) {
	for _, c := range raw {
		if !f.builtin.codes[c] {
			continue
		}
		if names := f.builtin.names(); names != nil {
			for code, name := range names {
				if name != "" && f.builtin.codes[code] {
					f.decoded[code] = cleanGlyph(glyphText(name))
				}
			}
		}
		f.builtin = nil
		return
	}
}

// numericGlyphText is the text of a Type 3 glyph named by its code, as
// bitmap fonts name theirs ("a97", "g65", "c32"): the code read as
// Latin-1, as pdftotext reads such names.
func numericGlyphText(name string) string {
	i := 0
	for i < len(name) && i < 2 && (name[i] >= 'a' && name[i] <= 'z' || name[i] >= 'A' && name[i] <= 'Z') {
		i++
	}
	if i == 0 || i == len(name) {
		return ""
	}
	n, err := strconv.Atoi(name[i:])
	if err != nil || n < 0x20 || n > 0xFF || n >= 0x7F && n < 0xA0 {
		return ""
	}
	return string(rune(n))
}

// glyphText is the text of a glyph name: by the Adobe Glyph List, uniXXXX
// and uXXXX[XX] names, and ligatures written "f_i"; suffixes such as ".sc"
// are dropped. A name it cannot read ("g123", "cid42") has no text.
func glyphText(name string) string {
	if i := strings.IndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	if strings.Contains(name, "_") {
		var b strings.Builder
		for part := range strings.SplitSeq(name, "_") {
			b.WriteString(glyphText(part))
		}
		return b.String()
	}
	if len(name) == 1 {
		return name
	}
	if r, ok := glyphNames()[name]; ok {
		return string(r)
	}
	if h, ok := strings.CutPrefix(name, "uni"); ok && len(h) >= 4 && len(h)%4 == 0 {
		var b strings.Builder
		for i := 0; i < len(h); i += 4 {
			n, err := strconv.ParseUint(h[i:i+4], 16, 16)
			if err != nil {
				return ""
			}
			b.WriteRune(rune(n))
		}
		return b.String()
	}
	if h, ok := strings.CutPrefix(name, "u"); ok && len(h) >= 4 && len(h) <= 6 {
		if n, err := strconv.ParseUint(h, 16, 32); err == nil && utf8.ValidRune(rune(n)) {
			return string(rune(n))
		}
	}
	return ""
}

// ligatures spells out the Latin ligatures of Unicode's compatibility
// block, which search and the word counts expect as letters.
var ligatures = strings.NewReplacer("ﬀ", "ff", "ﬁ", "fi", "ﬂ", "fl", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st")

// cleanGlyph spells out ligatures and drops control characters, which a
// code without a mapping often decodes to.
func cleanGlyph(s string) string {
	if s == "" || len(s) == 1 && s[0] >= 0x20 && s[0] < 0x7F {
		return s // most codes of most fonts: one printable ASCII character
	}
	s = ligatures.Replace(s)
	return strings.Map(func(r rune) rune {
		if r < 0x20 || (r >= 0x7F && r < 0xA0) || r == utf8.RuneError {
			return -1
		}
		return r
	}, s)
}

// unicodeMap is a ToUnicode CMap: single codes, and ranges of codes kept
// as ranges, since one range may cover all 65,536 two-byte codes.
type unicodeMap struct {
	chars  map[int]string
	ranges []codeRange
	// use names the predefined CMap that the map builds on ("usecmap"),
	// such as Adobe-Korea1-UCS2, for the codes it does not map itself.
	use string
}

// codeRange maps codes lo to hi to dst, its last byte counting up, or to
// the strings of list one by one.
type codeRange struct {
	lo, hi int
	dst    []byte
	list   []string
}

// text returns the text of code, and whether the map has it.
func (m *unicodeMap) text(code int) (string, bool) {
	if s, ok := m.chars[code]; ok {
		return s, true
	}
	for _, r := range m.ranges {
		if code < r.lo || code > r.hi {
			continue
		}
		if r.list != nil {
			if k := code - r.lo; k < len(r.list) {
				return r.list[k], true
			}
			return "", false
		}
		d := []byte(string(r.dst))
		d[len(d)-1] += byte(code - r.lo)
		return utf16Text(d), true
	}
	return "", false
}

// cmapStream returns the decoded data of CMap stream v. Some producers
// compress the CMap and leave out the /Filter that says so: a CMap is text,
// so data that opens with a zlib header is inflated.
func cmapStream(v lpdf.Value, file []byte) []byte {
	b := readStream(v, file, noLimit)
	if v.Key("Filter").IsNull() {
		if out, err := inflate(nil, b, 1<<24); err == nil {
			return out
		}
	}
	return b
}

// toUnicode reads a ToUnicode CMap: its bfchar and bfrange entries.
func toUnicode(b []byte) *unicodeMap {
	m := &unicodeMap{chars: map[int]string{}}
	l := contentLexer{b: b}
	for {
		op, ok := l.next()
		if !ok {
			return m
		}
		switch string(op) {
		case "usecmap":
			if len(l.args) == 1 && l.args[0].kind == opName {
				m.use = string(l.bytesOf(l.args[0]))
			}
		case "endbfchar":
			for i := 0; i+1 < len(l.args); i += 2 {
				src, dst := l.args[i], l.args[i+1]
				if src.kind == opString && dst.kind == opString {
					m.chars[codeOf(l.bytesOf(src))] = utf16Text(l.bytesOf(dst))
				}
			}
		case "endbfrange":
			for i := 0; i+2 < len(l.args); i += 3 {
				lo, hi, dst := l.args[i], l.args[i+1], l.args[i+2]
				if lo.kind != opString || hi.kind != opString {
					continue
				}
				r := codeRange{lo: codeOf(l.bytesOf(lo)), hi: codeOf(l.bytesOf(hi))}
				switch {
				case r.hi < r.lo:
					continue
				case dst.kind == opString && len(l.bytesOf(dst)) > 0:
					r.dst = []byte(string(l.bytesOf(dst)))
				case dst.kind == opArray:
					for _, e := range l.elems[dst.lo:dst.hi] {
						r.list = append(r.list, utf16Text(l.bytesOf(e)))
					}
				default:
					continue
				}
				m.ranges = append(m.ranges, r)
			}
		}
	}
}

func codeOf(b []byte) int {
	c := 0
	for _, x := range b {
		c = c<<8 | int(x)
	}
	return c
}

// utf16Text reads b as UTF-16BE. A CMap that writes a character in one
// byte ("<00> <7f> <00>") means the character of that code.
func utf16Text(b []byte) string {
	if len(b)%2 == 1 {
		b = append([]byte{0}, b...)
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
	}
	return string(utf16.Decode(u))
}
