package pdf

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

// evenWidths is the /Widths of a simple font whose 256 codes are half an
// em wide.
var evenWidths = "/FirstChar 0 /LastChar 255 /Widths [" + strings.Repeat("500 ", 256) + "]"

// TestPDFBuiltinEncoding reads the codes that an embedded Type 1 font
// leaves to its program's own encoding, as TeX's fonts do (its maths fonts
// give no /Encoding at all; pdfTeX's /Differences name only some codes),
// from a bare CFF program and from a Type 1 one.
func TestPDFBuiltinEncoding(t *testing.T) {
	greek := map[byte]string{0x0B: "alpha", 0x0D: "gamma", 0x3C: "less"}
	latin := map[byte]string{0x0C: "fi", 0x0E: "ffi", 0x41: "A", 0x7B: "endash"}
	cases := []struct {
		name, font, encoding string
		program              pdftest.Object
		show, want           string
	}{
		{"CFF maths font without encoding", "CMMI10", "", pdftest.Object{Dict: "<< /Subtype /Type1C >>", Stream: pdftest.CFF("CMMI10", greek)},
			`(\013\074\015)`, "α<γ"},
		{"CFF text font with some differences", "CMR10", "/Encoding << /Type /Encoding /Differences [65 /B] >>", pdftest.Object{Dict: "<< /Subtype /Type1C >>", Stream: pdftest.CFF("CMR10", latin)},
			`(A \014eld e\016cient \173 good)`, "B field efficient – good"},
		{"Type 1 text font with some differences", "CMR10", "/Encoding << /Type /Encoding /Differences [65 /B] >>", pdftest.Object{Stream: pdftest.Type1("CMR10", latin)},
			`(A \014eld e\016cient \173 good)`, "B field efficient – good"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			file := "/FontFile3"
			if c.program.Dict == "" {
				file = "/FontFile"
			}
			content := "BT /F1 11 Tf 72 700 Td (The value ) Tj /F2 11 Tf " + c.show + " Tj /F1 11 Tf ( holds.) Tj ET\n"
			data := pdftest.Page(content, "/Font << /F1 4 0 R /F2 6 0 R >>", helvetica, []pdftest.Object{
				{Dict: fmt.Sprintf("<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+%s %s %s /FontDescriptor 7 0 R >>", c.font, evenWidths, c.encoding)},
				{Dict: fmt.Sprintf("<< /Type /FontDescriptor /FontName /ABCDEF+%s /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 700 /Descent -200 /CapHeight 700 /StemV 80 %s 8 0 R >>", c.font, file)},
				c.program,
			}, pdftest.Options{})
			if got := text(t, data); !strings.Contains(got, "The value "+c.want+" holds.") {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestPDFType3Names reads a Type 3 font whose glyphs are named by their
// codes ("a97", as bitmap fonts name them) or by anything else: the codes
// are read as text, as pdftotext reads them. Its widths are in its glyph
// space (/FontMatrix): kerned by TeX ("(A)109(vram)"), glyphs then keep
// their order.
func TestPDFType3Names(t *testing.T) {
	content := "BT /F2 11 Tf 72 700 Td [(a) 30 (bc ) 28 (cab bca)] TJ ET\n"
	data := pdftest.Page(content, "/Font << /F2 4 0 R >>",
		"<< /Type /Font /Subtype /Type3 /FontMatrix [0.01 0 0 0.01 0 0] /FontBBox [0 0 100 100] /Resources << >> "+
			"/CharProcs << /a97 6 0 R /a98 6 0 R /CP 6 0 R /space 6 0 R >> /Encoding << /Type /Encoding /Differences [32 /space 97 /a97 /a98 /CP] >> "+
			"/FirstChar 32 /LastChar 99 /Widths [25 "+strings.Repeat("0 ", 64)+"50 50 50] >>",
		[]pdftest.Object{{Stream: []byte("50 0 0 0 50 100 d1 0 0 50 100 re f")}}, pdftest.Options{})
	if got := text(t, data); got != "abc cab bca\n" {
		t.Errorf("got %q", got)
	}
}

// TestPDFDingbats reads Zapf Dingbats by its own encoding: the check mark
// and the bullet, not the letters of their codes.
func TestPDFDingbats(t *testing.T) {
	content := "BT /F1 11 Tf 72 700 Td (Done ) Tj /F2 11 Tf (4) Tj /F1 11 Tf ( and next ) Tj /F2 11 Tf (l) Tj /F1 11 Tf ( item) Tj ET\n"
	data := pdftest.Page(content, "/Font << /F1 4 0 R /F2 6 0 R >>", helvetica, []pdftest.Object{
		{Dict: "<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>"},
	}, pdftest.Options{})
	if got := text(t, data); !strings.Contains(got, "Done ✔ and next ● item") {
		t.Errorf("got %q", got)
	}
}

// TestPDFToUnicodeWithoutFilter reads a ToUnicode map that is compressed
// though its stream declares no /Filter.
func TestPDFToUnicodeWithoutFilter(t *testing.T) {
	cmap := "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n1 begincodespacerange\n<00> <FF>\nendcodespacerange\n" +
		"1 beginbfrange\n<41> <43> <0078>\nendbfrange\n1 beginbfchar\n<44> <0020>\nendbfchar\nendcmap\nend\nend\n"
	content := "BT /F1 11 Tf 72 700 Td (The axes are ) Tj /F2 11 Tf (ABCDCBA) Tj /F1 11 Tf ( here.) Tj ET\n"
	data := pdftest.Page(content, "/Font << /F1 4 0 R /F2 6 0 R >>", helvetica, []pdftest.Object{
		{Dict: "<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Custom " + evenWidths + " /ToUnicode 7 0 R >>"},
		{Stream: deflate([]byte(cmap))},
	}, pdftest.Options{})
	if got := text(t, data); !strings.Contains(got, "The axes are xyz zyx here.") {
		t.Errorf("got %q", got)
	}
}

// TestPDFHexContent reads an ASCIIHex content stream, which ledongthuc
// does not decode, also when its /Length is shorter than its data: to its
// "endstream".
func TestPDFHexContent(t *testing.T) {
	content := fmt.Sprintf("%X>", "BT /F1 11 Tf 72 700 Td (Hex content is read to its end.) Tj ET")
	for name, length := range map[string]string{"its length": fmt.Sprint(len(content)), "a short length": "9"} {
		data := pdftest.Page(content, "", helvetica, nil, pdftest.Options{})
		data = bytes.Replace(data, []byte("<< /Length"), []byte("<< /Filter [/ASCIIHexDecode] /Length "+length+" /Old"), 1)
		if got := text(t, data); got != "Hex content is read to its end.\n" {
			t.Errorf("%s: got %q", name, got)
		}
	}
}

// TestPDFRebuiltXrefLinearized rebuilds a damaged cross-reference table of
// a linearized file, whose catalog only its first trailer names, with an
// object before the catalog: the catalog is the trailer's, not an object
// near the catalog.
func TestPDFRebuiltXrefLinearized(t *testing.T) {
	objs := []string{
		"9 0 obj\n<< /Linearized 1 /L 1000 /N 1 >>\nendobj\n",
		"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
		"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>\nendobj\n",
		"3 0 obj\n<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>\nendobj\n",
		"4 0 obj\n" + helvetica + "\nendobj\n",
	}
	stream := "BT /F1 11 Tf 72 700 Td (The catalog is found again.) Tj ET"
	objs = append(objs, fmt.Sprintf("5 0 obj\n<< /Length %d >>\nstream\n%s\nendstream\nendobj\n", len(stream), stream))
	data := "%PDF-1.4\n" + objs[0] + "xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 10 /Root 1 0 R >>\nstartxref\n4\n%%EOF\n" +
		strings.Join(objs[1:], "") + "xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 9 >>\nstartxref\n7\n%%EOF\n"
	if got := text(t, []byte(data)); got != "The catalog is found again.\n" {
		t.Errorf("got %q", got)
	}
}

// TestPDFUnmappedShortText says that a short text whose font has no
// character map cannot be read, rather than calling the page a scan.
func TestPDFUnmappedShortText(t *testing.T) {
	data := pdftest.Page("BT /F1 11 Tf 72 700 Td <00410042> Tj ET\n", "",
		"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Custom /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
		[]pdftest.Object{{Dict: "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Custom /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>"}},
		pdftest.Options{})
	_, err := Extract(context.Background(), data)
	if err == nil || !strings.Contains(err.Error(), "no readable text") {
		t.Errorf("got %v, want no readable text", err)
	}
}

// TestPDFOnlyFurniture says that a file whose only text is its page
// numbers has no text but those, not that it is a scan.
func TestPDFOnlyFurniture(t *testing.T) {
	data := pdftest.Build([][]pdftest.Text{{{X: 280, Y: 40, Size: 10, S: "Page 1"}}, {{X: 280, Y: 40, Size: 10, S: "Page 2"}}, {{X: 280, Y: 40, Size: 10, S: "Page 3"}}})
	_, err := Extract(context.Background(), data)
	if err == nil || err.Error() != "no text but running heads and page numbers" {
		t.Errorf("got %v", err)
	}
}

// TestPDFToUnicodeOneByte reads a ToUnicode map that writes characters in
// one byte ("<00> <7f> <00>"), as some printer drivers do.
func TestPDFToUnicodeOneByte(t *testing.T) {
	cmap := "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n1 begincodespacerange\n<00> <FF>\nendcodespacerange\n" +
		"1 beginbfrange\n<00> <7f> <00>\nendbfrange\n1 beginbfchar\n<80> <20ac>\nendbfchar\nendcmap\nend\nend\n"
	data := pdftest.Page("BT /F1 11 Tf 72 700 Td (Prices in \\200 stay.) Tj ET\n", "",
		"<< /Type /Font /Subtype /TrueType /BaseFont /Tahoma "+evenWidths+" /ToUnicode 6 0 R >>",
		[]pdftest.Object{{Stream: []byte(cmap)}}, pdftest.Options{})
	if got := text(t, data); got != "Prices in € stay.\n" {
		t.Errorf("got %q", got)
	}
}

// TestPDFToUnicodeNamedIdentity reads the codes of a composite font whose
// ToUnicode names Identity-H, and whose program has no cmap, as Unicode:
// what its producer says they are, and how pdftotext reads them.
func TestPDFToUnicodeNamedIdentity(t *testing.T) {
	var codes strings.Builder
	for _, r := range "Výbava na přání" {
		fmt.Fprintf(&codes, "%04X", r)
	}
	data := pdftest.Page("BT /F1 11 Tf 72 700 Td <"+codes.String()+"> Tj ET\n", "",
		"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+DejaVuSans /Encoding /Identity-H /ToUnicode /Identity-H /DescendantFonts [6 0 R] >>",
		[]pdftest.Object{{Dict: "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+DejaVuSans /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>"}},
		pdftest.Options{})
	if got := text(t, data); got != "Výbava na přání\n" {
		t.Errorf("got %q", got)
	}
}

// TestPDFToUnicodeUseCMap reads a ToUnicode map that builds on Adobe's
// CMap of a collection ("/Adobe-Japan1-UCS2 usecmap") and maps only a few
// codes itself: the others are read by the collection.
func TestPDFToUnicodeUseCMap(t *testing.T) {
	japan1 := collection("Japan1")
	cidOf := func(r rune) int { return slices.Index(japan1, r) }
	var codes strings.Builder
	for _, r := range "国際法" {
		fmt.Fprintf(&codes, "%04X", cidOf(r))
	}
	codes.WriteString("FFF0") // mapped by the map itself
	cmap := "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/Adobe-Japan1-UCS2 usecmap\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" +
		"1 beginbfchar\n<FFF0> <3002>\nendbfchar\nendcmap\nend\nend\n"
	data := pdftest.Page("BT /F1 11 Tf 72 700 Td <"+codes.String()+"> Tj ET\n", "",
		"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Mincho /Encoding /Identity-H /ToUnicode 7 0 R /DescendantFonts [6 0 R] >>",
		[]pdftest.Object{
			{Dict: "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /ABCDEF+Mincho /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 6 >> /DW 1000 >>"},
			{Stream: []byte(cmap)},
		}, pdftest.Options{})
	if got := text(t, data); got != "国際法。\n" {
		t.Errorf("got %q", got)
	}
}
