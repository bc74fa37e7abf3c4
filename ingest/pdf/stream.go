package pdf

import (
	"bytes"
	"compress/flate"
	"io"
	"strconv"
	"strings"

	lpdf "github.com/ledongthuc/pdf"
)

// readStream returns the decoded data of stream v of file, or what of it
// can be decoded, up to limit bytes. ledongthuc panics on a Flate stream whose zlib header is
// damaged, and reads no further than the first error: the deflate data is
// then read from the stream's raw bytes in file, where the library's
// rendering of the stream ("<<dict>>@offset") says they start.
func readStream(v lpdf.Value, file []byte, limit int64) (b []byte) {
	defer func() {
		if recover() != nil {
			b = rawFlate(v, file, limit)
		}
	}()
	b, _ = io.ReadAll(io.LimitReader(v.Reader(), limit))
	return b
}

// noLimit reads a stream to its end.
const noLimit = 1 << 62

// rawFlate decodes the raw bytes of a Flate stream as deflate data, with
// or without its two-byte zlib header.
func rawFlate(v lpdf.Value, file []byte, limit int64) []byte {
	if v.Key("Filter").Name() != "FlateDecode" {
		return nil
	}
	s := v.String()
	at := strings.LastIndexByte(s, '@')
	off, err := strconv.ParseInt(s[at+1:], 10, 64)
	n := v.Key("Length").Int64()
	if at < 0 || err != nil || off < 0 || n <= 0 || off+n > int64(len(file)) {
		return nil
	}
	raw := file[off : off+n]
	var best []byte
	for _, skip := range []int{0, 2} {
		if skip >= len(raw) {
			break
		}
		b, _ := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(raw[skip:])), limit))
		if len(b) > len(best) {
			best = b
		}
	}
	return best
}
