package pdf

import (
	"bytes"
	"compress/flate"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

// This file tests what the reader gets out of PDFs as real-world writers
// make them (issue 12): forms, OCR text layers, PDF 2.0 headers,
// encryption, damaged streams, fonts without ToUnicode, fake bold, CJK
// fonts, and pages whose text cannot be read.

var helvetica = pdftest.Font("")

// text returns the paragraphs of a PDF, one a line.
func text(t *testing.T, data []byte) string {
	t.Helper()
	d, err := Extract(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, p := range d.Paragraphs {
		b.WriteString(p.Text + "\n")
	}
	return b.String()
}

// lines draws sentences one under the other in font /F1 at 11 points.
func lines(sentences ...string) string {
	items, _ := pdftest.Column(72, 760, 450, 11, sentences...)
	return pdftest.Content(items, false)
}

const (
	formSentence   = "The statement drawn inside a form is read with the page."
	nestedSentence = "A form drawn by a form is read as well."
)

// formPDF draws its text in a form (object 6) that draws a second form
// (7) without resources of its own, which draws the first again: a loop.
func formPDF() []byte {
	return pdftest.Page("q 1 0 0 1 20 -30 cm /X1 Do Q\n", "/XObject << /X1 6 0 R >>", helvetica, []pdftest.Object{
		{Dict: "<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Matrix [1 0 0 1 0 -100] /Resources << /Font << /F1 4 0 R >> /XObject << /X2 7 0 R /X1 6 0 R >> >> >>",
			Stream: []byte(lines(formSentence) + "/X2 Do\n/X1 Do\n")},
		{Dict: "<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Matrix [1 0 0 1 0 -200] >>",
			Stream: []byte(lines(nestedSentence) + "/X1 Do\n")},
	}, pdftest.Options{})
}

func TestPDFForms(t *testing.T) {
	got := text(t, formPDF())
	for _, s := range []string{formSentence, nestedSentence} {
		if n := strings.Count(got, s); n != 1 {
			t.Errorf("%q read %d times, want once:\n%s", s, n, got)
		}
	}
	if strings.Index(got, formSentence) > strings.Index(got, nestedSentence) {
		t.Errorf("the nested form (drawn lower) comes first:\n%s", got)
	}
}

func TestPDFInvisibleText(t *testing.T) {
	ocr := "Text recognised in a scanned page is drawn invisible over its image."
	scan := pdftest.Page("q 595 0 0 842 0 0 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q\n3 Tr\n"+lines(ocr), "", helvetica, nil, pdftest.Options{})
	if got := text(t, scan); !strings.Contains(got, ocr) {
		t.Errorf("OCR text layer lost: %q", got)
	}
	body := "The visible text of the page is what the page says."
	hidden := pdftest.Page(lines(body)+"3 Tr BT /F1 11 Tf 72 100 Td (hidden) Tj ET\n", "", helvetica, nil, pdftest.Options{})
	if got := text(t, hidden); !strings.Contains(got, body) || strings.Contains(got, "hidden") {
		t.Errorf("invisible text beside visible text: %q", got)
	}
}

const sentence = "States should not knowingly allow their territory to be used for wrongful acts."

func TestPDFHeaders(t *testing.T) {
	for _, header := range []string{"%PDF-2.0", "%PDF-1.4 ", "%PDF-1.9"} {
		data := pdftest.Page(lines(sentence), "", helvetica, nil, pdftest.Options{Header: header})
		if got := text(t, data); !strings.Contains(got, sentence) {
			t.Errorf("%q: got %q", header, got)
		}
	}
}

func TestPDFEncryption(t *testing.T) {
	for name, e := range map[string]pdftest.Encryption{"RC4 40-bit": pdftest.RC4_40, "AES-128": pdftest.AES128, "AES-256 R6": pdftest.AES256} {
		data := pdftest.Page(lines(sentence), "", helvetica, nil, pdftest.Options{Encrypt: e})
		if got := text(t, data); !strings.Contains(got, sentence) {
			t.Errorf("%s: got %q", name, got)
		}
	}
	// "/Encrypt" elsewhere than in the trailer does not make a file encrypted.
	plain := pdftest.Page(lines(sentence, "/Encrypt /Encrypt"), "", helvetica, nil, pdftest.Options{})
	if got := text(t, plain); !strings.Contains(got, "/Encrypt") {
		t.Errorf("plain file with /Encrypt in its text: got %q", got)
	}
	_, err := Extract(context.Background(), pdftest.Encrypt(onecolPDF()))
	if err == nil || err.Error() != "encrypted: password required" {
		t.Errorf("password-protected file: err = %v", err)
	}
}

func TestPDFDamagedFlate(t *testing.T) {
	var raw bytes.Buffer // deflate data without the zlib header
	zw, _ := flate.NewWriter(&raw, flate.BestCompression)
	zw.Write([]byte(lines(sentence)))
	zw.Close()
	data := pdftest.Write([]pdftest.Object{
		{Dict: "<< /Type /Catalog /Pages 2 0 R >>"},
		{Dict: "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>"},
		{Dict: "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"},
		{Dict: helvetica},
		{Dict: "<< /Filter /FlateDecode >>", Stream: raw.Bytes()},
	}, pdftest.Options{})
	if got := text(t, data); !strings.Contains(got, sentence) {
		t.Errorf("got %q", got)
	}
}

// widths gives codes 0 to 126 the widths of the test font, ligatures
// (codes below 32) the width of two letters.
var widths = func() string {
	var b strings.Builder
	for c := range 127 {
		w := 1000
		if c >= 32 {
			w = pdftest.Width(byte(c))
		}
		fmt.Fprintf(&b, "%d ", w)
	}
	return b.String()
}()

func TestPDFGlyphNames(t *testing.T) {
	font := func(more string) string {
		return "<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+Minion /FirstChar 0 /LastChar 126 /Widths [" + widths + "] " + more + ">>"
	}
	for _, tc := range []struct {
		name, font, shown, want string
		more                    []pdftest.Object
	}{
		{"Differences", font("/Encoding << /Type /Encoding /Differences [1 /fi /fl /ffi /uni00E9 /a.sc /f_f /g123] >>"),
			`(\001nal \002oor o\003ce caf\004 st\005r e\006ort\007)`, "final floor office café star effort", nil},
		{"font program's encoding", font("/FontDescriptor 6 0 R"),
			`(Arti\014cial \015ow o\016ces)`, "Artificial flow offices",
			[]pdftest.Object{{Dict: "<< /Type /FontDescriptor /FontName /ABCDEF+Minion /Flags 4 /FontFile 7 0 R >>"},
				{Dict: "<< /Length1 120 /Length2 0 /Length3 0 >>", Stream: []byte("%!PS-AdobeFont-1.0: Minion\n/Encoding 256 array\ndup 12 /fi put\ndup 13 /fl put\ndup 14 /ffi put\nreadonly def\ncurrentfile eexec\n")}}},
		{"ToUnicode over WinAnsi", font("/Encoding /WinAnsiEncoding /ToUnicode 6 0 R"),
			`(\001 X)`, "Ω fi",
			[]pdftest.Object{{Stream: []byte("begincmap\n2 beginbfchar\n<01> <03A9>\n<58> <00660069>\nendbfchar\nendcmap\n")}}},
	} {
		content := "BT /F1 11 Tf 72 700 Td " + tc.shown + " Tj ET\n"
		got := strings.TrimSpace(text(t, pdftest.Page(content, "", tc.font, tc.more, pdftest.Options{})))
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
		if strings.ContainsFunc(got, func(r rune) bool { return r < ' ' }) {
			t.Errorf("%s: control characters in %q", tc.name, got)
		}
	}
}

func TestPDFFakeBold(t *testing.T) {
	title := "Recommended skills will follow"
	// The title drawn twice, a third of a point apart; then each glyph of
	// a line drawn twice, the pen moved back by its width less 0.3 point.
	var tj strings.Builder
	for i := 0; i < len(title); i++ {
		w := pdftest.Width(title[i])
		fmt.Fprintf(&tj, "(%c) %d (%c) ", title[i], w-15, title[i])
	}
	content := fmt.Sprintf("BT /F1 20 Tf 72 700 Td (%s) Tj ET\nBT /F1 20 Tf 72.3 700 Td (%s) Tj ET\nBT /F1 20 Tf 72 600 Td [%s] TJ ET\n", title, title, tj.String())
	got := text(t, pdftest.Page(content, "", helvetica, nil, pdftest.Options{}))
	if strings.Count(got, title) != 2 {
		t.Errorf("got %q, want the title twice, once per line", got)
	}
}

func TestPDFCJKWithoutToUnicode(t *testing.T) {
	cids := map[rune]int{}
	for cid, r := range collection("Japan1") {
		if (r == '日' || r == '本') && cids[r] == 0 {
			cids[r] = cid
		}
	}
	if len(cids) != 2 {
		t.Fatalf("Adobe-Japan1 table: %v", cids)
	}
	font := "<< /Type /Font /Subtype /Type0 /BaseFont /Ryumin-Light /Encoding /Identity-H /DescendantFonts [6 0 R] >>"
	more := []pdftest.Object{
		// The collection is a hex string, which the encrypted file encrypts.
		{Dict: fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /Ryumin-Light /CIDSystemInfo << /Registry (Adobe) /Ordering <%x> /Supplement 2 >> /DW 1000 >>", "Japan1")}}
	content := fmt.Sprintf("BT /F1 12 Tf 72 700 Td <%04X%04X> Tj ET\n", cids['日'], cids['本'])
	for _, e := range []pdftest.Encryption{pdftest.Plain, pdftest.RC4_40} {
		got := text(t, pdftest.Page(content, "", font, more, pdftest.Options{Encrypt: e}))
		if !strings.Contains(strings.ReplaceAll(got, " ", ""), "日本") {
			t.Errorf("encryption %d: got %q", e, got)
		}
	}
}

func TestPDFPagesWithoutText(t *testing.T) {
	image := pdftest.Text{S: "q 595 0 0 842 0 0 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q"}
	items, _ := column(72, 760, 450, 11, sentence)
	d, err := Extract(context.Background(), makePDF([][]textItem{items, {image}, {image}, items, {}}))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(d.Problems, "; "), "pages 2–3 have no text") {
		t.Errorf("problems = %q", d.Problems)
	}

	unmapped := "<< /Type /Font /Subtype /Type0 /BaseFont /Unknown /Encoding /Identity-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Unknown /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>] >>"
	content := lines("Some text is read.") + "BT /F2 11 Tf 72 500 Td <" + strings.Repeat("0102", 20) + "> Tj ET\n"
	d, err = Extract(context.Background(), pdftest.Page(content, "/Font << /F1 4 0 R /F2 6 0 R >>", helvetica, []pdftest.Object{{Dict: unmapped}}, pdftest.Options{}))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Problems) != 1 || d.Problems[0] != "page 1 has text in fonts without a character map" {
		t.Errorf("problems = %q", d.Problems)
	}
	if !slices.Equal(d.Unreadable, []int{1}) {
		t.Errorf("Unreadable = %v, want [1]", d.Unreadable)
	}
	// Text that cannot be read at all is not a scan.
	content = "BT /F2 11 Tf 72 500 Td <" + strings.Repeat("0102", 20) + "> Tj ET\n"
	_, err = Extract(context.Background(), pdftest.Page(content, "/Font << /F2 6 0 R >>", helvetica, []pdftest.Object{{Dict: unmapped}}, pdftest.Options{}))
	if !errors.Is(err, ErrNoCharacterMap) {
		t.Errorf("err = %v, want no readable text", err)
	}
}

// trueType writes a font program with nothing but a cmap table (format 4)
// that maps the capitals A–Z to glyphs 5 to 30.
func trueType() []byte {
	be := binary.BigEndian
	sub := be.AppendUint16(nil, 4)                    // format
	sub = be.AppendUint16(sub, 16+8*2)                // length
	sub = be.AppendUint16(sub, 0)                     // language
	sub = be.AppendUint16(sub, 4)                     // two segments
	sub = append(sub, make([]byte, 6)...)             // search hints
	sub = be.AppendUint16(sub, 'Z')                   // ends
	sub = be.AppendUint16(sub, 0xFFFF)                //
	sub = be.AppendUint16(sub, 0)                     // pad
	sub = be.AppendUint16(sub, 'A')                   // starts
	sub = be.AppendUint16(sub, 0xFFFF)                //
	sub = be.AppendUint16(sub, uint16(0x10000+5-'A')) // deltas
	sub = be.AppendUint16(sub, 1)                     //
	sub = append(sub, 0, 0, 0, 0)                     // no range offsets
	cmap := be.AppendUint16(nil, 0)
	cmap = be.AppendUint16(cmap, 1)
	cmap = append(be.AppendUint16(be.AppendUint16(cmap, 3), 1), 0, 0, 0, 12)
	cmap = append(cmap, sub...)
	font := append([]byte{0, 1, 0, 0, 0, 1}, make([]byte, 6)...)
	font = append(font, "cmap"...)
	font = be.AppendUint32(be.AppendUint32(be.AppendUint32(font, 0), 28), uint32(len(cmap)))
	return append(font, cmap...)
}

func TestPDFTrueTypeWithoutToUnicode(t *testing.T) {
	font := "<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Arial /Encoding /Identity-H /DescendantFonts [6 0 R] >>"
	more := []pdftest.Object{
		{Dict: "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Arial /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /CIDToGIDMap /Identity /DW 600 >>"},
		{Dict: "<< /Type /FontDescriptor /FontName /ABCDEF+Arial /Flags 32 /FontFile2 8 0 R >>"},
		{Stream: trueType()},
	}
	var codes strings.Builder
	for _, c := range "HELLO" {
		fmt.Fprintf(&codes, "%04X", c-'A'+5)
	}
	got := text(t, pdftest.Page("BT /F1 12 Tf 72 700 Td <"+codes.String()+"> Tj ET\n", "", font, more, pdftest.Options{}))
	if strings.TrimSpace(got) != "HELLO" {
		t.Errorf("got %q", got)
	}
}

func FuzzGlyphChars(f *testing.F) {
	f.Add(trueType())
	f.Fuzz(func(t *testing.T, font []byte) {
		glyphChars(font)
	})
}

func TestDrawingUnreadable(t *testing.T) {
	for _, tc := range []struct {
		d    drawing
		want bool
	}{
		{drawing{codes: 40, unmapped: 21}, true},     // most of a short page
		{drawing{codes: 40, unmapped: 20}, false},    // half
		{drawing{codes: 10, unmapped: 10}, false},    // too little to tell
		{drawing{codes: 2378, unmapped: 1077}, true}, // a magazine's body (45%)
		{drawing{codes: 3577, unmapped: 1205}, true}, // 34%
		{drawing{codes: 3264, unmapped: 661}, false}, // 20%: spaces and dingbats
		{drawing{codes: 300, unmapped: 99}, false},   // a third, but under a hundred
	} {
		if got := tc.d.unreadable(); got != tc.want {
			t.Errorf("%+v: unreadable %v, want %v", tc.d, got, tc.want)
		}
	}
}
