package pdf

import (
	"bytes"
	"compress/lzw"
	"errors"
	"io"

	lpdf "github.com/ledongthuc/pdf"
	tifflzw "golang.org/x/image/tiff/lzw"
)

// ownChain returns the filters of stream v, in the order they are undone,
// when ledongthuc cannot undo them (it then reads nothing of the stream):
// LZWDecode, with which PDFs from Acrobat 3 and before (1990s UN documents,
// papers, reports) compress their content, and the short names of the
// filters (/A85, /Fl, /AHx, /LZW) that some writers use outside inline
// images, as pdftotext reads them. It returns nil for any other stream.
func ownChain(v lpdf.Value) []string {
	f := v.Key("Filter")
	var names []string
	switch f.Kind() {
	case lpdf.Name:
		names = []string{f.Name()}
	case lpdf.Array:
		for i := range f.Len() {
			names = append(names, f.Index(i).Name())
		}
	}
	for _, n := range names {
		switch n {
		case "LZWDecode", "LZW", "A85", "Fl", "AHx":
			return names
		}
	}
	return nil
}

// decodeChain undoes the filters names of a stream whose raw bytes are
// raw (ownChain), up to limit bytes, with parms its
// /DecodeParms (a dictionary, or an array of one per filter). What an error
// leaves decoded is kept, as pdftotext keeps it. A predictor, or a filter
// other than LZW, Flate, ASCII85 and ASCIIHex, is an error.
func decodeChain(raw []byte, names []string, parms lpdf.Value, limit int64) ([]byte, error) {
	data := raw
	for i, name := range names {
		p := parms
		if parms.Kind() == lpdf.Array {
			p = parms.Index(i)
		}
		if pr := p.Key("Predictor"); pr.Kind() == lpdf.Integer && pr.Int64() > 1 {
			return nil, errors.New("a predictor")
		}
		var err error
		switch name {
		case "LZWDecode", "LZW":
			// EarlyChange 1, the default, widens codes one code early, as
			// TIFF does; 0 as GIF does.
			var r io.ReadCloser
			if ec := p.Key("EarlyChange"); ec.Kind() == lpdf.Integer && ec.Int64() == 0 {
				r = lzw.NewReader(bytes.NewReader(data), lzw.MSB, 8)
			} else {
				r = tifflzw.NewReader(bytes.NewReader(data), tifflzw.MSB, 8)
			}
			data, err = io.ReadAll(io.LimitReader(r, limit))
			r.Close()
			if len(data) > 0 {
				err = nil // damaged data: what precedes the damage
			}
		case "FlateDecode", "Fl":
			data, err = unzip(data, true)
		case "ASCII85Decode", "A85":
			data, err = unascii85(data, true)
		case "ASCIIHexDecode", "AHx":
			data = appendHex(nil, data, limit)
		default:
			return nil, errors.New("filter " + name)
		}
		if err != nil {
			return nil, err
		}
	}
	return data[:min(int64(len(data)), limit)], nil
}
