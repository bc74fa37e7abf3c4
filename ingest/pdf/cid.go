package pdf

import (
	"bytes"
	"compress/flate"
	"embed"
	"encoding/binary"
	"io"
	"strings"
	"sync"

	lpdf "github.com/ledongthuc/pdf"
)

// The Unicode of each CID of Adobe's Chinese, Japanese and Korean
// character collections, for composite fonts that come without a
// ToUnicode map (Adobe, BSD licence; written by scripts/gencid).
//
//go:embed cid/*.z
var cidFiles embed.FS

// adobeUCS matches the name of Adobe's CID-to-Unicode CMap of a
// collection, and the collection's ordering.
var adobeUCS = lazyRegexp(`^Adobe-(\w+)-(?:UCS2|UTF16|UTF32|UTF8)$`)

var cidTables sync.Map // ordering ("Japan1") → func() []rune

// collection returns the CID-to-Unicode table of an Adobe character
// collection, read on first use, or nil when normdex has none.
func collection(ordering string) []rune {
	load, _ := cidTables.LoadOrStore(ordering, sync.OnceValue(func() []rune {
		z, err := cidFiles.ReadFile("cid/Adobe-" + ordering + ".z")
		if err != nil {
			return nil
		}
		b, err := io.ReadAll(flate.NewReader(bytes.NewReader(z)))
		if err != nil {
			return nil
		}
		var t []rune
		prev := int64(0)
		for len(b) > 0 {
			d, n := binary.Varint(b)
			if n <= 0 {
				return nil
			}
			prev += d
			t = append(t, rune(prev))
			b = b[n:]
		}
		return t
	}))
	return load.(func() []rune)()
}

// loadComposite prepares a Type0 font's text: its ToUnicode map, else the
// Unicode of its CIDs by their collection or by the cmap of its TrueType
// program (Identity encodings), or of its codes themselves (the UCS-2 and
// UTF-16 CMaps).
func (f *font) loadComposite(v lpdf.Value, file []byte) {
	f.loadCID(v)
	if e := v.Key("Encoding"); e.Kind() == lpdf.Stream {
		f.cmap = readCMap(readStream(e, file, noLimit))
	}
	if tu := v.Key("ToUnicode"); tu.Kind() == lpdf.Stream {
		f.uni = toUnicode(cmapStream(tu, file))
		// A map on top of Adobe's CID-to-Unicode CMap of a collection
		// ("/Adobe-Korea1-UCS2 usecmap") leaves the other codes to it.
		if m := adobeUCS().FindStringSubmatch(f.uni.use); m != nil {
			f.cids = collection(m[1])
		}
		return
	}
	enc := v.Key("Encoding").Name()
	switch {
	case strings.HasPrefix(enc, "Identity") || f.cmap != nil:
		d := v.Key("DescendantFonts").Index(0)
		if f.cids = collection(d.Key("CIDSystemInfo").Key("Ordering").Text()); f.cids == nil {
			f.cids = trueTypeCIDs(d, file)
		}
		// A ToUnicode that names Identity-H (a name where a map should be)
		// says the codes are Unicode, as pdftotext reads them: the last
		// resort, when the font program has no cmap to read.
		f.unicodeCodes = f.cids == nil && strings.HasPrefix(v.Key("ToUnicode").Name(), "Identity")
	case strings.Contains(enc, "UCS2") || strings.Contains(enc, "UTF16"):
		f.unicodeCodes = true
	default:
		f.legacy = legacyCMap(enc)
	}
}

// cidText returns the text of a code of a composite font that draws
// glyph cid.
func (f *font) cidText(code, cid int) string {
	if f.uni != nil {
		if s, ok := f.uni.text(code); ok || f.cids == nil {
			return cleanGlyph(s)
		}
	}
	switch {
	case f.unicodeCodes:
		return cleanGlyph(string(rune(code)))
	case cid < len(f.cids) && f.cids[cid] != 0:
		return cleanGlyph(string(f.cids[cid]))
	}
	return ""
}
