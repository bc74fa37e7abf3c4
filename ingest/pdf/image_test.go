package pdf

import (
	"bytes"
	"compress/zlib"
	"context"
	"image"
	"image/color"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

// imagePDF writes a one-page A4 PDF whose content draws image Im1 (dict,
// data) and whatever else content says.
func imagePDF(content, dict string, data []byte, pageExtra string) []byte {
	return pdftest.Write([]pdftest.Object{
		{Dict: "<< /Type /Catalog /Pages 2 0 R >>"},
		{Dict: "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>"},
		{Dict: "<< /Type /Page /Parent 2 0 R /Resources << /XObject << /Im1 4 0 R /Fm1 6 0 R >> /Font << /F1 7 0 R >> >> /Contents 5 0 R " + pageExtra + " >>"},
		{Dict: dict, Stream: data},
		{Dict: "<<>>", Stream: []byte(content)},
		{Dict: "<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> >>", Stream: []byte("q 595 0 0 842 0 0 cm /Im1 Do Q")},
		{Dict: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"},
	}, pdftest.Options{})
}

func deflate(b []byte) []byte {
	var buf bytes.Buffer
	w := zlib.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

const wholePage = "q 595 0 0 842 0 0 cm /Im1 Do Q"

func TestScanImages(t *testing.T) {
	// A 4×2 image: its grey levels, and the same pixels in other encodings.
	gray := []byte{0, 64, 128, 255, 255, 128, 64, 0}
	var rgb []byte
	for _, g := range gray {
		rgb = append(rgb, g, g, g)
	}
	flate := func(cs string, bpc int) string {
		return "<< /Type /XObject /Subtype /Image /Width 4 /Height 2 /ColorSpace " + cs + " /BitsPerComponent " + string(rune('0'+bpc)) + " /Filter /FlateDecode"
	}
	for _, tc := range []struct {
		name, content, dict string
		data                []byte
		page                string
		want                []byte // nil: the page is left to the renderer
	}{
		{"gray", wholePage, flate("/DeviceGray", 8) + " >>", deflate(gray), "", gray},
		{"rgb", wholePage, flate("/DeviceRGB", 8) + " >>", deflate(rgb), "", gray},
		{"filter array", wholePage, "<< /Type /XObject /Subtype /Image /Width 4 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter [/FlateDecode] /DecodeParms [null] >>", deflate(gray), "", gray},
		{"inverted", wholePage, flate("/DeviceGray", 8) + " /Decode [1 0] >>", deflate(gray), "", []byte{255, 191, 127, 0, 0, 127, 191, 255}},
		{"indexed 1-bit", wholePage, flate("[/Indexed /DeviceRGB 1 <ffffff000000>]", 1) + " >>", deflate([]byte{0b0101_0000, 0b1010_0000}), "", []byte{255, 0, 255, 0, 0, 255, 0, 255}},
		{"gray 4-bit", wholePage, flate("/DeviceGray", 4) + " >>", deflate([]byte{0x0f, 0xf0, 0xff, 0x00}), "", []byte{0, 255, 255, 0, 255, 255, 0, 0}},
		{"png predictor", wholePage, flate("/DeviceGray", 8) + " /DecodeParms << /Predictor 15 /Columns 4 >> >>",
			// Row 1 "sub", row 2 "up".
			deflate([]byte{1, 0, 64, 64, 127, 2, 255, 64, 192, 1}), "", []byte{0, 64, 128, 255, 255, 128, 64, 0}},
		{"margins", "q 560 0 0 800 17 20 cm /Im1 Do Q", flate("/DeviceGray", 8) + " >>", deflate(gray), "", gray},
		{"half a page", "q 595 0 0 421 0 0 cm /Im1 Do Q", flate("/DeviceGray", 8) + " >>", deflate(gray), "", nil},
		{"rotated page", wholePage, flate("/DeviceGray", 8) + " >>", deflate(gray), "/Rotate 90", nil},
		{"mirrored", "q -595 0 0 842 595 0 cm /Im1 Do Q", flate("/DeviceGray", 8) + " >>", deflate(gray), "", nil},
		{"with text", wholePage + " BT /F1 12 Tf 72 72 Td (Stamp) Tj ET", flate("/DeviceGray", 8) + " >>", deflate(gray), "", nil},
		// The text layer of an OCRed scan, which mode always reads again.
		{"invisible text", wholePage + " BT 3 Tr /F1 12 Tf 72 72 Td (Layer) Tj ET", flate("/DeviceGray", 8) + " >>", deflate(gray), "", gray},
		{"visible again", wholePage + " q BT 3 Tr ET Q BT /F1 12 Tf (Stamp) Tj ET", flate("/DeviceGray", 8) + " >>", deflate(gray), "", nil},
		{"two images", wholePage + " " + wholePage, flate("/DeviceGray", 8) + " >>", deflate(gray), "", nil},
		{"in a form", "/Fm1 Do", flate("/DeviceGray", 8) + " >>", deflate(gray), "", nil},
		{"drawn over", wholePage + " 0 0 100 100 re f", flate("/DeviceGray", 8) + " >>", deflate(gray), "", nil},
		{"mask", wholePage, flate("/DeviceGray", 8) + " /SMask 4 0 R >>", deflate(gray), "", nil},
		{"stencil", wholePage, "<< /Type /XObject /Subtype /Image /Width 4 /Height 2 /ImageMask true /BitsPerComponent 1 /Filter /FlateDecode >>", deflate([]byte{0, 0}), "", nil},
		{"jbig2", wholePage, "<< /Type /XObject /Subtype /Image /Width 4 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode >>", []byte{0, 0}, "", nil},
		{"tiff predictor", wholePage, flate("/DeviceGray", 8) + " /DecodeParms << /Predictor 2 /Columns 4 >> >>", deflate(gray), "", nil},
		{"cmyk jpeg", wholePage, "<< /Type /XObject /Subtype /Image /Width 4 /Height 2 /ColorSpace /DeviceCMYK /BitsPerComponent 8 /Filter /DCTDecode >>", []byte{0xff, 0xd8}, "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, imgs, err := ScanImages(context.Background(), imagePDF(tc.content, tc.dict, tc.data, tc.page))
			if err != nil || n != 1 {
				t.Fatalf("%d pages, %v", n, err)
			}
			im, ok := imgs[1]
			if tc.want == nil {
				if ok {
					t.Errorf("taken from the file: %+v", im)
				}
				return
			}
			if !ok {
				t.Fatal("left to the renderer")
			}
			scan, err := im.Decode()
			if err != nil {
				t.Fatal(err)
			}
			g, ok := scan.Pixels.(*image.Gray)
			if !ok || scan.Ext != "png" || !bytes.Equal(g.Pix, tc.want) {
				t.Errorf("pixels %v, want %v", scan.Pixels, tc.want)
			}
		})
	}
}

// TestScanImagesFromScans decodes the images img2pdf stores, which are the
// PNG and JPEG files it is given, and compares their pixels.
func TestScanImagesFromScans(t *testing.T) {
	for _, tool := range []string{"pdftoppm", "img2pdf"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	pages := [][]string{{"1. States must not knowingly allow their territory to be used against other States."}}
	for _, enc := range []string{pdftest.ScanGray, pdftest.ScanJPEG, pdftest.ScanMono, pdftest.ScanG4} {
		dir := t.TempDir()
		data, err := pdftest.ScanAs(dir, pages, enc, 100)
		if err != nil {
			t.Fatalf("%s: %v", enc, err)
		}
		n, imgs, err := ScanImages(context.Background(), data)
		if err != nil || n != 1 || len(imgs) != 1 {
			t.Fatalf("%s: %d pages, %d images, %v", enc, n, len(imgs), err)
		}
		scan, err := imgs[1].Decode()
		if err != nil {
			t.Fatalf("%s: %v", enc, err)
		}
		// The TIFF that PIL writes has no resolution, which img2pdf takes
		// for 96 dpi.
		if imgs[1].DPI != 100 && enc != pdftest.ScanG4 {
			t.Errorf("%s: %d dpi", enc, imgs[1].DPI)
		}
		// The rendered page is the reference: decoded, the image must be it.
		ref := "scan-1.png"
		if enc == pdftest.ScanJPEG {
			ref = "scan-1.jpg"
		}
		want, err := decodeFile(filepath.Join(dir, ref))
		if err != nil {
			t.Fatal(err)
		}
		if d := differentPixels(scan.Pixels, want); d > 0 {
			t.Errorf("%s: %d pixels differ from the page image", enc, d)
		}
	}
}

// FuzzScanImages feeds damaged files to the image reader: it must not
// panic, whatever it takes from them.
func FuzzScanImages(f *testing.F) {
	f.Add(imagePDF(wholePage, "<< /Type /XObject /Subtype /Image /Width 4 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Columns 4 >> >>", deflate([]byte{4, 1, 2, 3, 4, 3, 9, 9, 9, 9}), ""))
	f.Add(imagePDF(wholePage, "<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns 8 >> >>", []byte{0x26, 0xa0, 0x00, 0x10}, ""))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, imgs, err := ScanImages(context.Background(), data)
		if err != nil {
			return
		}
		for _, im := range imgs {
			im.Decode()
		}
	})
}

func decodeFile(path string) (image.Image, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	img, _, err := image.Decode(bytes.NewReader(b))
	return img, err
}

// differentPixels counts the pixels whose grey levels differ by more than
// rounding, or all of them when the sizes differ.
func differentPixels(a, b image.Image) int {
	if a.Bounds().Size() != b.Bounds().Size() {
		return a.Bounds().Dx() * a.Bounds().Dy()
	}
	n := 0
	ab, bb := a.Bounds(), b.Bounds()
	for y := range ab.Dy() {
		for x := range ab.Dx() {
			ga := int(color.GrayModel.Convert(a.At(ab.Min.X+x, ab.Min.Y+y)).(color.Gray).Y)
			gb := int(color.GrayModel.Convert(b.At(bb.Min.X+x, bb.Min.Y+y)).(color.Gray).Y)
			if ga-gb > 1 || gb-ga > 1 {
				n++
			}
		}
	}
	return n
}
