package pdf

import (
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// Chinese, Japanese and Korean PDFs that use a font installed on the
// reader's machine (not embedded, no ToUnicode map) name a predefined CMap
// whose codes are those of the country's legacy encoding: GBK, Big5,
// Shift JIS, EUC. Their text is those codes decoded.

// legacyCodes is the encoding of a composite font under such a CMap.
type legacyCodes struct {
	// dec is made once per font, not once per code: a font's codes are
	// decoded one at a time, by one page walker. A walker on another
	// goroutine makes its own from enc (font.clone).
	enc encoding.Encoding
	dec *encoding.Decoder
	// size is the length of the code that starts with byte b.
	size func(b byte) int
	// iso: codes are JIS X 0208 in seven bits (the CMaps "H" and "V"),
	// read as EUC-JP with the high bit set.
	iso bool
}

// legacyCMap returns the encoding of a predefined CMap named cmap that
// is a legacy encoding, or nil.
func legacyCMap(cmap string) *legacyCodes {
	l := legacyCodesOf(cmap)
	if l != nil {
		l.dec = l.enc.NewDecoder()
	}
	return l
}

// legacyCodesOf returns the encoding of a predefined CMap named cmap that
// is a legacy encoding, without its decoder, or nil.
func legacyCodesOf(cmap string) *legacyCodes {
	name := strings.TrimSuffix(strings.TrimSuffix(cmap, "-H"), "-V")
	lead := func(lo, hi byte) func(b byte) int {
		return func(b byte) int {
			if b >= lo && b <= hi {
				return 2
			}
			return 1
		}
	}
	switch {
	case strings.HasPrefix(name, "GB") && strings.Contains(name, "EUC"), name == "GBK2K":
		return &legacyCodes{enc: simplifiedchinese.GB18030, size: lead(0x81, 0xfe)}
	case strings.HasSuffix(name, "B5") || strings.HasPrefix(name, "B5"):
		return &legacyCodes{enc: traditionalchinese.Big5, size: lead(0x81, 0xfe)}
	case strings.HasSuffix(name, "RKSJ"):
		return &legacyCodes{enc: japanese.ShiftJIS, size: func(b byte) int {
			if b >= 0x81 && b <= 0x9f || b >= 0xe0 && b <= 0xfc {
				return 2
			}
			return 1
		}}
	case name == "EUC":
		return &legacyCodes{enc: japanese.EUCJP, size: func(b byte) int {
			switch {
			case b == 0x8f:
				return 3
			case b == 0x8e || b >= 0xa1 && b <= 0xfe:
				return 2
			}
			return 1
		}}
	case cmap == "H" || cmap == "V":
		return &legacyCodes{enc: japanese.EUCJP, size: func(byte) int { return 2 }, iso: true}
	case strings.HasPrefix(name, "KSC") && (strings.Contains(name, "EUC") || strings.Contains(name, "UHC")):
		return &legacyCodes{enc: korean.EUCKR, size: lead(0x81, 0xfe)}
	}
	return nil
}

// next returns the first code of raw, its length and its text.
func (l *legacyCodes) next(raw []byte) (code, n int, text string) {
	n = min(l.size(raw[0]), len(raw))
	b := raw[:n]
	if l.iso {
		b = []byte{raw[0] | 0x80, 0}
		if n == 2 {
			b[1] = raw[1] | 0x80
		} else {
			b = b[:1]
		}
	}
	out, err := l.dec.Bytes(b)
	if err != nil {
		out = nil
	}
	return codeOf(raw[:n]), n, cleanGlyph(string(out))
}

// legacyCID returns the CID that the widths of a code of n bytes are
// looked up by: the character collections put ASCII from CID 1 on; a
// code of two bytes or more gets the font's default width (-1 is no CID).
func legacyCID(code, n int) int {
	if n == 1 && code >= 0x20 && code < 0x7f {
		return code - 0x1f
	}
	return -1
}
