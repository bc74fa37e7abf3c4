package pdf

import (
	"bytes"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"io"
	"math"
	"strconv"
	"strings"

	lpdf "github.com/ledongthuc/pdf"
	"golang.org/x/image/ccitt"
)

// This file takes the image of a scanned page straight from the PDF, for
// OCR: a scan is one image over the page, and decoding it costs far less
// than rendering the page with pdftoppm, which decodes it too and then
// resamples it. Only what is certain to look as the page does is taken: one
// image, upright, covering most of the page, drawn with nothing else, no
// mask, in a filter decoded here. Every other page is left to the renderer.

// PageImage is the image a scanned page is made of, as the PDF stores it,
// with what decoding it needs read from its dictionary.
type PageImage struct {
	Page int
	// DPI is the image's resolution on the page, which Tesseract uses to
	// judge the size of the print.
	DPI    int
	filter string // "DCTDecode", "FlateDecode" or "CCITTFaxDecode"
	raw    []byte // the stream's bytes as stored

	width, height, bpc, comps int
	// palette holds the grey level of each colour of an Indexed image.
	palette []byte
	invert  bool // /Decode [1 0]: samples read the other way round

	// FlateDecode: whether each row is led by its PNG predictor.
	predictor bool
	// CCITTFaxDecode: its parameters.
	blackIs1, byteAlign bool
}

// Scan is a page image ready for OCR: the file Tesseract reads (JPEG or
// PNG, Ext says which) and its pixels.
type Scan struct {
	File   []byte
	Ext    string
	Pixels image.Image
}

// maxImagePixels bounds the images decoded here (an A4 page at 600 dpi has
// 35 million): beyond it the renderer, which scales down, is the better road.
const maxImagePixels = 1 << 26

// coverage is how much of the page an image must cover to be the page.
const coverage = 0.8

// ScanImages returns the number of pages of a PDF and, by page (1-based),
// the image of each page that is a whole-page image read here. The pages it
// leaves out are to be rendered.
func ScanImages(ctx context.Context, data []byte) (int, map[int]PageImage, error) {
	r, file, _, err := openPDF(ctx, data)
	if err != nil {
		return 0, nil, err
	}
	tree := pageTree(r)
	out := map[int]PageImage{}
	for i, p := range tree {
		if err := ctx.Err(); err != nil {
			return 0, nil, err
		}
		if im, ok := pageImage(p, file); ok {
			im.Page = i + 1
			out[i+1] = im
		}
	}
	return len(tree), out, nil
}

// pageImage returns the image that makes up page p, if it is one read here.
func pageImage(p lpdf.Page, file []byte) (im PageImage, ok bool) {
	defer func() {
		if recover() != nil { // a damaged dictionary: the renderer decides
			ok = false
		}
	}()
	box := inherited(p.V, "CropBox")
	if box.Len() != 4 {
		box = inherited(p.V, "MediaBox")
	}
	if box.Len() != 4 || inherited(p.V, "Rotate").Int64()%360 != 0 {
		return PageImage{}, false
	}
	x0, y0 := math.Min(box.Index(0).Float64(), box.Index(2).Float64()), math.Min(box.Index(1).Float64(), box.Index(3).Float64())
	x1, y1 := math.Max(box.Index(0).Float64(), box.Index(2).Float64()), math.Max(box.Index(1).Float64(), box.Index(3).Float64())
	if x1-x0 < 1 || y1-y0 < 1 {
		return PageImage{}, false
	}
	res := p.Resources()
	x, ctm, ok := onlyImage(contentBytes(p.V.Key("Contents"), file), res)
	if !ok || ctm[0][1] != 0 || ctm[1][0] != 0 || ctm[0][0] <= 0 || ctm[1][1] <= 0 {
		return PageImage{}, false // a rotated or mirrored image: the renderer turns it
	}
	// The image fills the unit square, which ctm places on the page.
	ix0, iy0 := ctm[2][0], ctm[2][1]
	ix1, iy1 := ix0+ctm[0][0], iy0+ctm[1][1]
	w, h := math.Min(ix1, x1)-math.Max(ix0, x0), math.Min(iy1, y1)-math.Max(iy0, y0)
	if w <= 0 || h <= 0 || w*h < coverage*(x1-x0)*(y1-y0) {
		return PageImage{}, false
	}
	im, ok = imageParams(x, file)
	if !ok {
		return PageImage{}, false
	}
	// Within what Tesseract takes for a resolution (it assumes 70 when it
	// knows none).
	im.DPI = min(max(int(math.Round(float64(im.width)/(ctm[0][0]/72))), 70), 2400)
	return im, true
}

// paintOps are the operators that put marks on the page other than "Do"
// and text.
var paintOps = map[string]bool{
	"S": true, "s": true, "f": true, "F": true, "f*": true, "B": true, "B*": true, "b": true, "b*": true,
	"sh": true, "ID": true,
}

// onlyImage returns the image XObject a content stream draws and the
// matrix it draws it with, when it draws that and nothing else. Invisible
// text (rendering modes 3 and 7) is allowed: it is the text layer of a
// scan already read by OCR, which mode always reads again.
func onlyImage(content []byte, res lpdf.Value) (lpdf.Value, matrix, bool) {
	type state struct {
		ctm  matrix
		mode int
	}
	var img lpdf.Value
	var at matrix
	g := state{ctm: identity}
	var stack []state
	l := contentLexer{b: content}
	for {
		op, more := l.next()
		if !more {
			break
		}
		switch s := string(op); {
		case s == "q":
			stack = append(stack, g)
		case s == "Q":
			if n := len(stack); n > 0 {
				g, stack = stack[n-1], stack[:n-1]
			}
		case s == "cm" && len(l.args) == 6:
			g.ctm = matrixOf(l.num).mul(g.ctm)
		case s == "Tr":
			g.mode = int(l.num(0))
		case s == "Tj" || s == "TJ" || s == "'" || s == "\"":
			if g.mode != 3 && g.mode != 7 {
				return lpdf.Value{}, matrix{}, false
			}
		case s == "Do":
			if len(l.args) != 1 || l.args[0].kind != opName || !img.IsNull() {
				return lpdf.Value{}, matrix{}, false
			}
			img = res.Key("XObject").Key(string(l.bytesOf(l.args[0])))
			if img.Key("Subtype").Name() != "Image" {
				return lpdf.Value{}, matrix{}, false // a form: what it draws is unknown here
			}
			at = g.ctm
		case paintOps[s]:
			return lpdf.Value{}, matrix{}, false
		}
	}
	return img, at, !img.IsNull()
}

// imageParams reads what decoding image x needs, and whether it is an image
// read here.
func imageParams(x lpdf.Value, file []byte) (PageImage, bool) {
	im := PageImage{width: int(x.Key("Width").Int64()), height: int(x.Key("Height").Int64()), bpc: int(x.Key("BitsPerComponent").Int64())}
	if im.width <= 0 || im.height <= 0 || im.width*im.height > maxImagePixels {
		return im, false
	}
	if x.Key("ImageMask").Bool() || !x.Key("Mask").IsNull() || !x.Key("SMask").IsNull() {
		return im, false // what shows depends on what lies under it
	}
	filter, parms := x.Key("Filter"), x.Key("DecodeParms")
	if filter.Kind() == lpdf.Array {
		if filter.Len() != 1 {
			return im, false
		}
		filter, parms = filter.Index(0), parms.Index(0)
	}
	im.filter = filter.Name()
	if im.comps, im.palette = colorSpace(x.Key("ColorSpace"), file); im.comps == 0 {
		return im, false
	}
	switch d := x.Key("Decode"); {
	case d.IsNull():
	case d.Len() == 2 && im.palette == nil && im.comps == 1 && d.Index(0).Float64() == 1 && d.Index(1).Float64() == 0:
		im.invert = true
	case d.Len() == 2*im.comps && im.palette == nil && defaultDecode(d):
	default:
		return im, false
	}
	switch im.filter {
	case "DCTDecode":
		// Go's decoder, like Tesseract's, reads grey and YCbCr JPEG; an
		// Adobe CMYK one is often stored inverted.
		if im.invert || im.palette != nil || (im.comps != 1 && im.comps != 3) {
			return im, false
		}
	case "FlateDecode":
		switch pred := parms.Key("Predictor").Int64(); {
		case pred >= 10:
			im.predictor = true
			// The rows as the predictor sees them must be the image's.
			if c := parms.Key("Columns"); !c.IsNull() && int(c.Int64()) != im.width {
				return im, false
			}
			if c := parms.Key("Colors"); !c.IsNull() && int(c.Int64()) != sampleComps(im) {
				return im, false
			}
			if b := parms.Key("BitsPerComponent"); !b.IsNull() && int(b.Int64()) != im.bpc {
				return im, false
			}
		case pred > 1:
			return im, false // the TIFF predictor, which scanners do not write
		}
		switch im.bpc {
		case 1, 2, 4, 8, 16:
		default:
			return im, false
		}
	case "CCITTFaxDecode":
		// x/image/ccitt reads Group 4 (K < 0), what scanners write; Group 3
		// is left to the renderer.
		if parms.Key("K").Int64() >= 0 || im.comps != 1 || im.palette != nil {
			return im, false
		}
		if c := parms.Key("Columns"); (c.IsNull() && im.width != 1728) || (!c.IsNull() && int(c.Int64()) != im.width) {
			return im, false
		}
		im.bpc = 1
		im.blackIs1 = parms.Key("BlackIs1").Bool()
		im.byteAlign = parms.Key("EncodedByteAlign").Bool()
	default:
		// JBIG2Decode among them: no pure-Go JBIG2 decoder is kept up, and
		// pdftoppm reads it. JPXDecode likewise.
		return im, false
	}
	im.raw = rawStream(x, file)
	return im, im.raw != nil
}

// sampleComps is the number of samples per pixel as stored: one index for
// an Indexed image.
func sampleComps(im PageImage) int {
	if im.palette != nil {
		return 1
	}
	return im.comps
}

// defaultDecode reports whether a /Decode array is [0 1 0 1 …].
func defaultDecode(d lpdf.Value) bool {
	for i := 0; i < d.Len(); i++ {
		if d.Index(i).Float64() != float64(i%2) {
			return false
		}
	}
	return true
}

// colorSpace returns the components of a colour space (0 for one not read
// here), and for an Indexed one the grey level of each of its colours.
func colorSpace(v lpdf.Value, file []byte) (int, []byte) {
	name := v.Name()
	if v.Kind() == lpdf.Array && v.Len() > 0 {
		name = v.Index(0).Name()
	}
	switch name {
	case "DeviceGray", "CalGray", "G":
		return 1, nil
	case "DeviceRGB", "CalRGB", "RGB":
		return 3, nil
	case "DeviceCMYK", "CMYK":
		return 4, nil
	case "ICCBased":
		n := int(v.Index(1).Key("N").Int64())
		if n != 1 && n != 3 && n != 4 {
			return 0, nil
		}
		return n, nil
	case "Indexed", "I":
		if v.Len() != 4 {
			return 0, nil
		}
		base, _ := colorSpace(v.Index(1), file)
		hival := int(v.Index(2).Int64())
		if base == 0 || base == 4 || hival < 0 || hival > 255 {
			return 0, nil
		}
		var lookup []byte
		switch t := v.Index(3); t.Kind() {
		case lpdf.String:
			lookup = []byte(t.RawString())
		case lpdf.Stream:
			lookup = readStream(t, file, int64(base*(hival+1)))
		}
		if len(lookup) < base*(hival+1) {
			return 0, nil
		}
		pal := make([]byte, 256)
		for i := 0; i <= hival; i++ {
			c := lookup[i*base : (i+1)*base]
			if base == 1 {
				pal[i] = c[0]
			} else {
				pal[i] = luma(c[0], c[1], c[2])
			}
		}
		return 1, pal
	}
	return 0, nil
}

func luma(r, g, b byte) byte {
	return byte((299*int(r) + 587*int(g) + 114*int(b) + 500) / 1000)
}

// rawStream returns the bytes of stream v as stored in file, where
// ledongthuc's rendering of the stream ("<<dict>>@offset") says they start:
// the library decodes none of the image filters.
func rawStream(v lpdf.Value, file []byte) []byte {
	s := v.String()
	at := strings.LastIndexByte(s, '@')
	if at < 0 {
		return nil
	}
	off, err := strconv.ParseInt(s[at+1:], 10, 64)
	n := v.Key("Length").Int64()
	if err != nil || off < 0 || n <= 0 || off+n > int64(len(file)) {
		return nil
	}
	return file[off : off+n]
}

// Decode returns the page image as a file for Tesseract: a JPEG as stored,
// or the pixels in grey as a PNG.
func (im PageImage) Decode() (Scan, error) {
	if im.filter == "DCTDecode" {
		img, err := jpeg.Decode(bytes.NewReader(im.raw))
		if err != nil {
			return Scan{}, fmt.Errorf("page %d: image: %w", im.Page, err)
		}
		if b := img.Bounds(); b.Dx() != im.width || b.Dy() != im.height {
			return Scan{}, fmt.Errorf("page %d: image of %dx%d pixels where its dictionary says %dx%d", im.Page, b.Dx(), b.Dy(), im.width, im.height)
		}
		return Scan{File: im.raw, Ext: "jpg", Pixels: img}, nil
	}
	gray, err := im.gray()
	if err != nil {
		return Scan{}, fmt.Errorf("page %d: image: %w", im.Page, err)
	}
	var b bytes.Buffer
	// Tesseract reads the file once, right away: speed over size.
	if err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&b, gray); err != nil {
		return Scan{}, fmt.Errorf("page %d: image: %w", im.Page, err)
	}
	return Scan{File: b.Bytes(), Ext: "png", Pixels: gray}, nil
}

// gray decodes a Flate or CCITT image to grey levels.
func (im PageImage) gray() (*image.Gray, error) {
	if im.filter == "CCITTFaxDecode" {
		g := image.NewGray(image.Rect(0, 0, im.width, im.height))
		err := ccitt.DecodeIntoGray(g, bytes.NewReader(im.raw), ccitt.MSB, ccitt.Group4, &ccitt.Options{Align: im.byteAlign})
		if err != nil {
			return nil, err
		}
		// The decoder gives black runs as 0; /BlackIs1 makes them samples of
		// 1, which the Decode array maps to grey levels.
		if im.blackIs1 != im.invert {
			for i, p := range g.Pix {
				g.Pix[i] = 255 - p
			}
		}
		return g, nil
	}
	spp := sampleComps(im)
	rowBytes := (im.width*spp*im.bpc + 7) / 8
	want := rowBytes * im.height
	if im.predictor {
		want += im.height // a filter-type byte leads each row
	}
	zr, err := zlib.NewReader(bytes.NewReader(im.raw))
	if err != nil {
		return nil, err
	}
	// No more than the image holds is read, whatever the stream inflates to.
	data, err := io.ReadAll(io.LimitReader(zr, int64(want)))
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, err
	}
	if len(data) < want {
		return nil, fmt.Errorf("%d bytes of pixels where %d are needed", len(data), want)
	}
	if im.predictor {
		if data, err = unpredict(data, rowBytes, max(1, spp*im.bpc/8)); err != nil {
			return nil, err
		}
	}
	g := image.NewGray(image.Rect(0, 0, im.width, im.height))
	for y := range im.height {
		row := data[y*rowBytes : (y+1)*rowBytes]
		out := g.Pix[y*g.Stride : y*g.Stride+im.width]
		for x := range im.width {
			var c [4]byte
			for k := range spp {
				c[k] = sample(row, x*spp+k, im.bpc, im.palette == nil)
			}
			switch {
			case im.palette != nil:
				out[x] = im.palette[c[0]]
			case spp == 1:
				out[x] = c[0]
			case spp == 3:
				out[x] = luma(c[0], c[1], c[2])
			default: // CMYK
				out[x] = byte(max(0, 255-int(luma(c[0], c[1], c[2]))-int(c[3])))
			}
			if im.invert {
				out[x] = 255 - out[x]
			}
		}
	}
	return g, nil
}

// sample returns sample i of a row of bpc-bit samples, scaled to 0–255
// when it is a level rather than an index.
func sample(row []byte, i, bpc int, scale bool) byte {
	switch bpc {
	case 8:
		return row[i]
	case 16:
		return row[2*i] // the high byte is grey enough for OCR
	}
	bit := i * bpc
	v := row[bit/8] >> (8 - bpc - bit%8) & (1<<bpc - 1)
	if scale {
		return byte(int(v) * 255 / (1<<bpc - 1))
	}
	return v
}

// unpredict undoes the PNG predictors of rows of rowBytes bytes, each led by
// its filter type, bpp bytes a pixel (PNG, section 9).
func unpredict(data []byte, rowBytes, bpp int) ([]byte, error) {
	rows := len(data) / (rowBytes + 1)
	out := make([]byte, rows*rowBytes)
	prev := make([]byte, rowBytes)
	for y := range rows {
		in := data[y*(rowBytes+1):]
		kind, src := in[0], in[1:rowBytes+1]
		cur := out[y*rowBytes : (y+1)*rowBytes]
		for i := range cur {
			var a, c byte
			if i >= bpp {
				a, c = cur[i-bpp], prev[i-bpp]
			}
			b := prev[i]
			switch kind {
			case 0:
				cur[i] = src[i]
			case 1:
				cur[i] = src[i] + a
			case 2:
				cur[i] = src[i] + b
			case 3:
				cur[i] = src[i] + byte((int(a)+int(b))/2)
			case 4:
				cur[i] = src[i] + paeth(a, b, c)
			default:
				return nil, fmt.Errorf("row %d: unknown PNG predictor %d", y, kind)
			}
		}
		prev = cur
	}
	return out, nil
}

func paeth(a, b, c byte) byte {
	p := int(a) + int(b) - int(c)
	pa, pb, pc := abs(p-int(a)), abs(p-int(b)), abs(p-int(c))
	switch {
	case pa <= pb && pa <= pc:
		return a
	case pb <= pc:
		return b
	}
	return c
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
