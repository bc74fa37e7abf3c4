// Package ingest turns source files into corpus documents: it extracts text
// with its layout (one extractor per format), folds it into paragraphs,
// segments it into statements attributed to States, and cuts passages.
package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// ErrBinary is returned for bytes that are not text in any encoding normdex reads.
var ErrBinary = errors.New("binary data (NUL bytes), not text")

// DecodeText returns the text of b, which may be UTF-8 (with or without a
// byte-order mark), UTF-16 (with a BOM, or without one when the pattern of
// zero bytes makes the byte order plain), or Windows-1252 / Latin-1 when it is
// not valid UTF-8.
func DecodeText(b []byte) (string, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return decodeUTF16(b, unicode.LittleEndian, unicode.ExpectBOM)
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeUTF16(b, unicode.BigEndian, unicode.ExpectBOM)
	}
	if bytes.IndexByte(b, 0) >= 0 {
		if order, ok := utf16Order(b); ok {
			return decodeUTF16(b, order, unicode.IgnoreBOM)
		}
		return "", ErrBinary
	}
	if utf8.Valid(b) {
		return string(b), nil
	}
	s, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return "", fmt.Errorf("decode Windows-1252: %w", err)
	}
	return string(s), nil
}

func decodeUTF16(b []byte, order unicode.Endianness, bom unicode.BOMPolicy) (string, error) {
	s, err := unicode.UTF16(order, bom).NewDecoder().Bytes(b)
	if err != nil {
		return "", fmt.Errorf("decode UTF-16: %w", err)
	}
	if bytes.IndexByte(s, 0) >= 0 {
		return "", ErrBinary
	}
	return string(s), nil
}

// utf16Order guesses the byte order of BOM-less UTF-16 text: mostly-ASCII
// text has a zero in every other byte, and nowhere else.
func utf16Order(b []byte) (unicode.Endianness, bool) {
	if len(b) < 4 || len(b)%2 != 0 {
		return unicode.LittleEndian, false
	}
	var even, odd int
	for i := 0; i+1 < len(b); i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	pairs := len(b) / 2
	switch {
	case odd*10 >= pairs*7 && even*10 < pairs:
		return unicode.LittleEndian, true
	case even*10 >= pairs*7 && odd*10 < pairs:
		return unicode.BigEndian, true
	}
	return unicode.LittleEndian, false
}
