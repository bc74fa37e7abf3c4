package pdf

import (
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"strconv"
	"strings"
	"sync"

	lpdf "github.com/ledongthuc/pdf"
)

// readStream returns the decoded data of stream v of file, or what of it
// can be decoded, up to limit bytes.
func readStream(v lpdf.Value, file []byte, limit int64) []byte {
	return appendStream(nil, v, file, limit)
}

// appendStream appends the decoded data of stream v of file to dst, or what
// of it can be decoded, up to limit bytes. A Flate stream, the common case,
// is inflated straight from file (flateData). Any other goes through
// ledongthuc, which panics on a Flate stream whose zlib header is damaged
// and reads no further than the first error: the deflate data is then read
// from the stream's raw bytes.
func appendStream(dst []byte, v lpdf.Value, file []byte, limit int64) (b []byte) {
	raw, at := flateData(v, file)
	if raw != nil {
		if out, err := inflate(dst, raw, limit); err == nil {
			return out
		}
	}
	if raw == nil {
		if chain := ownChain(v); chain != nil {
			if r := rawBytes(v, file, at); r != nil {
				if out, err := decodeChain(r, chain, v.Key("DecodeParms"), limit); err == nil {
					return append(dst, out...)
				}
			}
		}
		f := soleFilter(v)
		if f.Name() == "ASCIIHexDecode" { // which ledongthuc does not decode
			if r := rawBytes(v, file, at); r != nil {
				return appendHex(dst, r, limit)
			}
		}
		if r := rawToEndstream(v, file, at); r != nil {
			switch {
			case f.IsNull():
				return append(dst, r[:min(int64(len(r)), limit)]...)
			case f.Name() == "FlateDecode" && v.Key("DecodeParms").IsNull():
				if out, err := inflate(dst, r, limit); err == nil {
					return out
				}
			}
		}
	}
	defer func() {
		if recover() != nil {
			b = append(dst, rawFlate(v, file, limit, at)...)
		}
	}()
	out, _ := io.ReadAll(io.LimitReader(v.Reader(), limit))
	return append(dst, out...)
}

// noLimit reads a stream to its end.
const noLimit = 1 << 62

// flateData returns the raw bytes of a stream compressed with Flate alone
// (no predictor), and where it starts in file: ledongthuc's rendering of a
// stream ("<<dict>>@offset") says where. It returns nil for any other
// stream, with the start when it could be found.
func flateData(v lpdf.Value, file []byte) ([]byte, int64) {
	if v.Kind() != lpdf.Stream {
		return nil, -1
	}
	s := v.String()
	i := strings.LastIndexByte(s, '@')
	if i < 0 {
		return nil, -1
	}
	off, err := strconv.ParseInt(s[i+1:], 10, 64)
	if err != nil || off < 0 {
		return nil, -1
	}
	f := soleFilter(v)
	n := v.Key("Length").Int64()
	if f.Name() != "FlateDecode" || !v.Key("DecodeParms").IsNull() || n <= 0 || off+n > int64(len(file)) {
		return nil, off
	}
	return file[off : off+n], off
}

// soleFilter returns the /Filter of stream v, written as a name or as an
// array of that one name.
func soleFilter(v lpdf.Value) lpdf.Value {
	f := v.Key("Filter")
	if f.Kind() == lpdf.Array && f.Len() == 1 {
		return f.Index(0)
	}
	return f
}

// inflaters keeps Flate decompressors for reuse: a new one allocates and
// clears a 32 KB window, for every stream of every page.
var inflaters sync.Pool

type inflater struct {
	src bytes.Reader
	r   io.ReadCloser
}

// inflate appends to dst the zlib data raw decompressed, up to limit bytes.
// A header that is not zlib's, or data that ends in error, is left to the
// slower path, which keeps what it can of damaged data.
func inflate(dst, raw []byte, limit int64) ([]byte, error) {
	if len(raw) < 2 || raw[0]&0x0f != 8 || raw[1]&0x20 != 0 || (uint(raw[0])<<8|uint(raw[1]))%31 != 0 {
		return nil, errors.New("no zlib header")
	}
	in, _ := inflaters.Get().(*inflater)
	if in == nil {
		in = &inflater{}
		in.src.Reset(raw[2:])
		in.r = flate.NewReader(&in.src)
	} else {
		in.src.Reset(raw[2:])
		in.r.(flate.Resetter).Reset(&in.src, nil)
	}
	defer inflaters.Put(in)
	start := len(dst)
	// Content compresses about fourfold: one allocation for most streams.
	if want := min(int64(4*len(raw)), limit); int64(cap(dst)-start) < want {
		grown := make([]byte, start, start+int(want)+512)
		copy(grown, dst)
		dst = grown
	}
	for {
		if len(dst) == cap(dst) {
			dst = append(dst, 0)[:len(dst)]
		}
		room := cap(dst) - len(dst)
		if left := limit - int64(len(dst)-start); int64(room) > left {
			room = int(left)
		}
		n, err := in.r.Read(dst[len(dst) : len(dst)+room])
		dst = dst[:len(dst)+n]
		switch {
		case int64(len(dst)-start) >= limit:
			return dst, nil
		case err == io.EOF:
			return dst, nil
		case err != nil:
			return nil, err
		}
	}
}

// rawFlate decodes the raw bytes of a Flate stream, starting at off in
// file, as deflate data, with or without its two-byte zlib header.
func rawFlate(v lpdf.Value, file []byte, limit, off int64) []byte {
	if v.Key("Filter").Name() != "FlateDecode" {
		return nil
	}
	n := v.Key("Length").Int64()
	if off < 0 || n <= 0 || off+n > int64(len(file)) {
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

// rawToEndstream returns the raw bytes of a stream that starts at off in
// file whose /Length is missing, not a number of bytes, or does not end
// where "endstream" stands: the bytes up to the "endstream" after its
// start, as pdftotext reads them. It returns nil when the /Length holds,
// or no "endstream" follows.
func rawToEndstream(v lpdf.Value, file []byte, off int64) []byte {
	if off < 0 || off > int64(len(file)) {
		return nil
	}
	if n := v.Key("Length"); n.Kind() == lpdf.Integer {
		end := off + n.Int64()
		if end >= off && end <= int64(len(file)) &&
			bytes.HasPrefix(bytes.TrimLeft(file[end:min(end+16, int64(len(file)))], "\r\n\t "), []byte("endstream")) {
			return nil
		}
	}
	i := bytes.Index(file[off:], []byte("endstream"))
	if i < 0 {
		return nil
	}
	raw := file[off : off+int64(i)]
	// The end of line before "endstream" is not data.
	if bytes.HasSuffix(raw, []byte("\r\n")) {
		return raw[:len(raw)-2]
	}
	return bytes.TrimSuffix(bytes.TrimSuffix(raw, []byte("\n")), []byte("\r"))
}

// rawBytes returns the raw bytes of a stream that starts at off in file:
// its /Length of them, or those up to its "endstream" where the /Length
// does not hold.
func rawBytes(v lpdf.Value, file []byte, off int64) []byte {
	if r := rawToEndstream(v, file, off); r != nil {
		return r
	}
	n := v.Key("Length").Int64()
	if off < 0 || n < 0 || off+n > int64(len(file)) {
		return nil
	}
	return file[off : off+n]
}

// appendHex appends to dst the bytes that the hexadecimal digits of r
// stand for, up to the ">" that ends them or limit bytes; white space is
// skipped, and a last odd digit is followed by a zero. Any other
// character ends the data: it is not hexadecimal (a damaged file's).
func appendHex(dst, r []byte, limit int64) []byte {
	start, half, odd := len(dst), byte(0), false
	for _, c := range r {
		if !isHex(c) {
			if c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0 {
				continue
			}
			// the ">" that ends the data, or damage
			if odd {
				dst = append(dst, half<<4)
			}
			return dst
		}
		d := unhex(c)
		if int64(len(dst)-start) >= limit {
			return dst
		}
		if odd {
			dst = append(dst, half<<4|d)
		} else {
			half = d
		}
		odd = !odd
	}
	if odd {
		dst = append(dst, half<<4)
	}
	return dst
}
