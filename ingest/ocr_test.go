package ingest

import (
	"context"
	"errors"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/ingest/pdf"
	"github.com/normdex/normdex/internal/pdftest"
)

// scanPages are three pages of a position paper written for this test.
var scanPages = [][]string{
	{"Position of Examplia on the application of international law in cyberspace.",
		"1. Examplia considers that international law, and in particular the Charter of the United Nations, applies to the use of information and communications technologies by States.",
		"2. States must not knowingly allow their territory to be used for operations that cause serious harm to the rights of other States."},
	{"3. The obligation of due diligence is one of conduct and not of result. A State must take the measures that are reasonably available to it once it knows of an operation.",
		"4. Knowledge may be actual or constructive, but a State is not required to monitor all traffic that passes through its networks."},
	{"5. Transit States do not bear the same duty as the State from whose territory an operation is launched.",
		"6. Examplia will continue to share its views in the Open-ended Working Group and welcomes the positions of other States."},
}

// scannedPDF makes an image-only PDF as a scanner would: a text PDF
// rendered to page images by pdftoppm, put back together by img2pdf.
func scannedPDF(t *testing.T) []byte {
	for _, tool := range []string{"tesseract", "pdftoppm", "img2pdf"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	data, err := pdftest.Scan(t.TempDir(), scanPages)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestOCRScan(t *testing.T) {
	data := scannedPDF(t)
	if _, err := (PDF{}).Extract(context.Background(), "scan.pdf", data); err == nil || !strings.Contains(err.Error(), "OCR needed") {
		t.Fatalf("the scan has a text layer: %v", err)
	}
	if _, err := (OCRPDF{Mode: OCRNever}).Extract(context.Background(), "scan.pdf", data); err == nil {
		t.Error("--ocr never read the scan")
	}
	var progress []int
	x, err := OCRPDF{Workers: 2, Progress: func(done, total int) { progress = append(progress, done) }}.Extract(context.Background(), "scan.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, p := range scanPages {
		want = append(want, p...)
	}
	got := plain(x.Paragraphs)
	f1 := wordsF1(strings.Join(want, "\n"), got)
	t.Logf("OCR words-F1 %.3f", f1)
	if f1 < 0.95 {
		t.Errorf("words-F1 %.3f < 0.95:\n%s", f1, got)
	}
	if x.Pages != 3 || len(progress) != 3 {
		t.Errorf("pages %d, progress %v", x.Pages, progress)
	}
	pages := map[int]bool{}
	for _, p := range x.Paragraphs {
		pages[p.Page] = true
		if !p.OCR || p.Confidence < 50 || p.Confidence > 100 {
			t.Errorf("paragraph not marked as OCR with a confidence: %+v", p)
		}
	}
	if len(pages) != 3 {
		t.Errorf("pages of the paragraphs: %v", pages)
	}
	_, _, ps := Build("id", "scan.pdf", "pdf", Meta{}, x)
	if len(ps) == 0 || !ps[0].OCR || ps[0].Confidence == 0 {
		t.Errorf("passages not marked: %+v", ps)
	}
	var numbered []string
	for _, p := range x.Paragraphs {
		if p.Kind == corpus.Body && p.Number != "" {
			numbered = append(numbered, p.Number)
		}
	}
	if strings.Join(numbered, " ") != "1 2 3 4 5 6" {
		t.Errorf("paragraph numbers %q", numbered)
	}
}

func TestOCRMissingLanguage(t *testing.T) {
	if _, err := exec.LookPath("tesseract"); err != nil {
		t.Skip("tesseract not installed")
	}
	err := ocrTools("eng+xyz")
	if err == nil || !strings.Contains(err.Error(), "apt-get install tesseract-ocr-xyz") {
		t.Errorf("err = %v", err)
	}
}

func TestTesseractText(t *testing.T) {
	tsv := "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
		"5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t90\tStates\n" +
		"5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t80\tmust\n" +
		"5\t1\t1\t1\t2\t1\t0\t0\t1\t1\t70\tact.\n" +
		"4\t1\t1\t2\t1\t0\t0\t0\t1\t1\t-1\t\n" +
		"5\t1\t1\t2\t1\t1\t0\t0\t1\t1\t60\tNext\n" +
		"5\t1\t1\t2\t1\t2\t0\t0\t1\t1\t-1\t \n"
	text, conf := tesseractText(tsv)
	if text != "States must\nact.\n\nNext" || conf != 75 {
		t.Errorf("text %q conf %v", text, conf)
	}
}

// TestOCRMixed reads a document whose second page is a scan: the first
// page's text layer is kept, only the second page is read by OCR, and the
// pages stay in order.
func TestOCRMixed(t *testing.T) {
	for _, tool := range []string{"tesseract", "pdftoppm"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	pages := [][]string{
		{"1. Examplia holds that sovereignty applies in cyberspace."},
		{"2. States must not knowingly allow their territory to be used against other States."},
		{"3. Examplia welcomes the views of other States."},
	}
	data, err := pdftest.Mixed(t.TempDir(), pages, []bool{false, true, false})
	if err != nil {
		t.Fatal(err)
	}
	x, err := OCRPDF{}.Extract(context.Background(), "mixed.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Paragraphs) != 3 {
		t.Fatalf("paragraphs %+v; problems %q", x.Paragraphs, x.Problems)
	}
	for i, p := range x.Paragraphs {
		if p.Page != i+1 || p.OCR != (i == 1) || p.Text != pages[i][0] {
			t.Errorf("paragraph %d: %+v", i, p)
		}
	}
	x, err = OCRPDF{Mode: OCRNever}.Extract(context.Background(), "mixed.pdf", data)
	if err != nil || len(x.Paragraphs) != 2 {
		t.Errorf("--ocr never: %+v, %v", x.Paragraphs, err)
	}
	x, err = OCRPDF{Mode: OCRAlways, Workers: 2}.Extract(context.Background(), "mixed.pdf", data)
	if err != nil || len(x.Paragraphs) != 3 || x.Pages != 3 {
		t.Fatalf("--ocr always: %+v, %v", x, err)
	}
	for i, p := range x.Paragraphs {
		if !p.OCR || p.Page != i+1 {
			t.Errorf("--ocr always: paragraph %d: %+v", i, p)
		}
	}
}

// TestOCRUnmapped reads a document whose second page is drawn in a font
// without a character map: OCR reads that page in place of its text layer,
// and the page is no longer reported; with OCR off the page is reported.
func TestOCRUnmapped(t *testing.T) {
	pages := [][]string{
		{"1. Examplia holds that sovereignty applies in cyberspace."},
		{"2. States must not knowingly allow their territory to be used against other States."},
		{"3. Examplia welcomes the views of other States."},
	}
	data, err := pdftest.Unmapped(pages, []bool{false, true, false})
	if err != nil {
		t.Fatal(err)
	}
	x, err := OCRPDF{Mode: OCRNever}.Extract(context.Background(), "unmapped.pdf", data)
	if err != nil || len(x.Paragraphs) != 2 || !slices.Equal(x.Unreadable, []int{2}) ||
		!slices.Equal(x.Problems, []string{"page 2 has text in fonts without a character map"}) {
		t.Errorf("--ocr never: %+v, %v", x, err)
	}
	for _, tool := range []string{"tesseract", "pdftoppm"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	x, err = OCRPDF{}.Extract(context.Background(), "unmapped.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Paragraphs) != 3 || len(x.Problems) != 0 || len(x.Unreadable) != 0 {
		t.Fatalf("paragraphs %+v; problems %q; unreadable %v", x.Paragraphs, x.Problems, x.Unreadable)
	}
	for i, p := range x.Paragraphs {
		if p.Page != i+1 || p.OCR != (i == 1) || p.Text != pages[i][0] {
			t.Errorf("paragraph %d: %+v", i, p)
		}
	}
	// A file all in such fonts is read by OCR as a scan is.
	data, err = pdftest.Unmapped(pages[1:2], []bool{true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := (OCRPDF{Mode: OCRNever}).Extract(context.Background(), "unmapped.pdf", data); !errors.Is(err, pdf.ErrNoCharacterMap) {
		t.Errorf("--ocr never: err = %v, want %v", err, pdf.ErrNoCharacterMap)
	}
	x, err = OCRPDF{}.Extract(context.Background(), "unmapped.pdf", data)
	if err != nil || len(x.Paragraphs) != 1 || x.Paragraphs[0].Text != pages[1][0] || !x.Paragraphs[0].OCR {
		t.Errorf("all unmapped: %+v, %v", x, err)
	}
}

// TestOCRTimeLimit gives OCR no time: the text layer is kept and the pages
// OCR was to read are reported, where the whole file used to time out.
func TestOCRTimeLimit(t *testing.T) {
	for _, tool := range []string{"tesseract", "pdftoppm"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	pages := [][]string{
		{"1. Examplia holds that sovereignty applies in cyberspace."},
		{"2. States must not knowingly allow their territory to be used against other States."},
		{"3. Examplia welcomes the views of other States."},
	}
	data, err := pdftest.Unmapped(pages, []bool{false, true, true})
	if err != nil {
		t.Fatal(err)
	}
	// OCR keeps a second of the limit for the rest of the extraction: a
	// limit of one second leaves it none.
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	x, err := OCRPDF{}.Extract(ctx, "unmapped.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"pages 2–3 have text in fonts without a character map", "OCR stopped at the time limit (--timeout) before reading pages 2, 3"}
	if got := texts(x.Paragraphs); !slices.Equal(got, pages[0]) || !slices.Equal(x.Problems, want) {
		t.Errorf("paragraphs %q, problems %q; want %q, %q", got, x.Problems, pages[0], want)
	}
}

func TestReadAgain(t *testing.T) {
	layer := Extraction{
		Paragraphs: []corpus.Paragraph{{Text: "one", Page: 1}, {Text: "two, the part in other fonts", Page: 2}, {Text: "three", Page: 3}, {Text: "four", Page: 4}},
		Problems:   []string{"file truncated: read as far as it goes", "pages 2, 4 have text in fonts without a character map"},
		Unreadable: []int{2, 4},
	}
	for _, tc := range []struct {
		name     string
		read     []corpus.Paragraph
		texts    []string
		problems []string
		left     []int
	}{
		{"nothing read", nil, []string{"one", "two, the part in other fonts", "three", "four"}, layer.Problems, []int{2, 4}},
		{"one page read", []corpus.Paragraph{{Text: "two, whole", Page: 2, OCR: true}}, []string{"one", "three", "four"},
			[]string{"file truncated: read as far as it goes", "page 4 has text in fonts without a character map"}, []int{4}},
		{"both read", []corpus.Paragraph{{Text: "two", Page: 2}, {Text: "four", Page: 4}}, []string{"one", "three"},
			[]string{"file truncated: read as far as it goes"}, []int{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := readAgain(layer, tc.read)
			if got := texts(x.Paragraphs); !slices.Equal(got, tc.texts) {
				t.Errorf("paragraphs %q, want %q", got, tc.texts)
			}
			if !slices.Equal(x.Problems, tc.problems) || !slices.Equal(x.Unreadable, tc.left) {
				t.Errorf("problems %q, unreadable %v; want %q, %v", x.Problems, x.Unreadable, tc.problems, tc.left)
			}
		})
	}
	if len(layer.Paragraphs) != 4 || len(layer.Problems) != 2 {
		t.Error("readAgain changed the extraction it was given")
	}
}

func TestDropFurniture(t *testing.T) {
	var read []corpus.Paragraph
	for page := 1; page <= 4; page++ {
		read = append(read,
			corpus.Paragraph{Text: "Sprouts - Working Papers on Information Systems", Page: page},
			corpus.Paragraph{Text: fmt.Sprintf("Body text of page %d, which says something of its own.", page), Page: page},
			corpus.Paragraph{Text: fmt.Sprintf("More body text of page %d.", page), Page: page},
			corpus.Paragraph{Text: "Sjnolds |", Page: page},
			corpus.Paragraph{Text: fmt.Sprintf("Page %d of 4", page), Page: page})
	}
	// A short line repeated inside the body is text, not furniture.
	read = slices.Insert(read, 2, corpus.Paragraph{Text: "Perceived", Page: 1})
	read = slices.Insert(read, 8, corpus.Paragraph{Text: "Perceived", Page: 2})
	read = slices.Insert(read, 14, corpus.Paragraph{Text: "Perceived", Page: 3})
	got := texts(dropFurniture(read))
	want := []string{
		"Body text of page 1, which says something of its own.", "Perceived", "More body text of page 1.",
		"Body text of page 2, which says something of its own.", "Perceived", "More body text of page 2.",
		"Body text of page 3, which says something of its own.", "Perceived", "More body text of page 3.",
		"Body text of page 4, which says something of its own.", "More body text of page 4.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	// On two pages a repeated line may be the document's own.
	two := []corpus.Paragraph{{Text: "Annex", Page: 1}, {Text: "text", Page: 1}, {Text: "Annex", Page: 2}, {Text: "text", Page: 2}}
	if got := dropFurniture(two); len(got) != 4 {
		t.Errorf("two pages: %+v", got)
	}
}

func TestBlankImage(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name  string
		dots  int
		blank bool
	}{{"white", 0, true}, {"print", 2000, false}} {
		img := image.NewGray(image.Rect(0, 0, 300, 300))
		for i := range img.Pix {
			img.Pix[i] = 255
		}
		for i := 0; i < tc.dots; i++ {
			img.Pix[i*37%len(img.Pix)] = 0
		}
		path := filepath.Join(dir, tc.name+".png")
		f, _ := os.Create(path)
		png.Encode(f, img)
		f.Close()
		if got := blankImage(path); got != tc.blank {
			t.Errorf("%s: blank = %v", tc.name, got)
		}
	}
}

// TestOCRDirect reads scans whose page images are stored in each of the
// encodings scanners write, with pdftoppm out of reach: the images are
// taken from the file.
func TestOCRDirect(t *testing.T) {
	for _, tool := range []string{"tesseract", "pdftoppm", "img2pdf"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	var want []string
	for _, p := range scanPages {
		want = append(want, p...)
	}
	scans := map[string][]byte{}
	for _, enc := range []string{pdftest.ScanGray, pdftest.ScanJPEG, pdftest.ScanMono, pdftest.ScanG4} {
		data, err := pdftest.ScanAs(t.TempDir(), scanPages, enc, 200)
		if err != nil {
			t.Fatalf("%s: %v", enc, err)
		}
		scans[enc] = data
	}
	mixed, err := pdftest.Mixed(t.TempDir(), scanPages, []bool{false, true, false})
	if err != nil {
		t.Fatal(err)
	}
	onlyTesseract(t)
	for enc, data := range scans {
		x, err := OCRPDF{Workers: 2}.Extract(context.Background(), "scan.pdf", data)
		if err != nil {
			t.Errorf("%s: %v", enc, err)
			continue
		}
		got := plain(x.Paragraphs)
		f1 := wordsF1(strings.Join(want, "\n"), got)
		t.Logf("%s: words-F1 %.3f", enc, f1)
		if f1 < 0.95 || x.Pages != 3 || len(x.Problems) > 0 {
			t.Errorf("%s: words-F1 %.3f, %d pages, problems %q:\n%s", enc, f1, x.Pages, x.Problems, got)
		}
		for _, p := range x.Paragraphs {
			if !p.OCR || p.Confidence < 50 {
				t.Errorf("%s: paragraph not marked as OCR with a confidence: %+v", enc, p)
			}
		}
	}
	// The scanned page of a mixed document is read from the file; in mode
	// always, the pages of text would need the renderer, and say so.
	x, err := OCRPDF{}.Extract(context.Background(), "mixed.pdf", mixed)
	if err != nil || strings.Contains(strings.Join(x.Problems, "\n"), "OCR") {
		t.Fatalf("mixed: %v, problems %q", err, x.Problems)
	}
	if f1 := wordsF1(strings.Join(want, "\n"), plain(x.Paragraphs)); f1 < 0.95 {
		t.Errorf("mixed: words-F1 %.3f", f1)
	}
	x, err = OCRPDF{Mode: OCRAlways}.Extract(context.Background(), "mixed.pdf", mixed)
	if problems := strings.Join(x.Problems, "\n"); err != nil || !strings.Contains(problems, "page 1: OCR: pdftoppm not found") ||
		!strings.Contains(problems, "page 3: OCR: pdftoppm not found") || strings.Contains(problems, "page 2: OCR") {
		t.Errorf("--ocr always without pdftoppm: %v, problems %q", err, x.Problems)
	}
	text := pdftest.Helvetica(scanPages[:1])
	if _, err := (OCRPDF{Mode: OCRAlways}).Extract(context.Background(), "text.pdf", text); err == nil || !strings.Contains(err.Error(), "pdftoppm not found: install") {
		t.Errorf("--ocr always on text without pdftoppm: %v", err)
	}
}

// onlyTesseract leaves tesseract alone on PATH for the rest of the test.
func onlyTesseract(t *testing.T) {
	path, err := exec.LookPath("tesseract")
	if err != nil {
		t.Skip("tesseract not installed")
	}
	bin := t.TempDir()
	if err := os.Symlink(path, filepath.Join(bin, "tesseract")); err != nil {
		t.Skip(err)
	}
	t.Setenv("PATH", bin)
	if _, err := exec.LookPath("pdftoppm"); err == nil {
		t.Fatal("pdftoppm still on PATH")
	}
}

// BenchmarkOCRPage reads a page of a 300-dpi grey scan, its image taken
// from the file or the page rendered by pdftoppm.
func BenchmarkOCRPage(b *testing.B) {
	for _, tool := range []string{"tesseract", "pdftoppm", "img2pdf"} {
		if _, err := exec.LookPath(tool); err != nil {
			b.Skipf("%s not installed", tool)
		}
	}
	data, err := pdftest.ScanAs(b.TempDir(), scanPages[:1], pdftest.ScanGray, 300)
	if err != nil {
		b.Fatal(err)
	}
	for _, render := range []bool{false, true} {
		name := "direct"
		if render {
			name = "pdftoppm"
		}
		b.Run(name, func(b *testing.B) {
			alwaysRender = render
			defer func() { alwaysRender = false }()
			for b.Loop() {
				if _, err := (OCRPDF{}).Extract(context.Background(), "scan.pdf", data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
