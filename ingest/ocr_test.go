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
	"strconv"
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

// threePages are a paragraph a page of a position paper written for these
// tests.
var threePages = [][]string{
	{"1. Examplia holds that sovereignty applies in cyberspace."},
	{"2. States must not knowingly allow their territory to be used against other States."},
	{"3. Examplia welcomes the views of other States."},
}

// needTools skips the test unless the tools are installed.
func needTools(t *testing.T, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
}

// scannedPDF makes an image-only PDF as a scanner would: a text PDF
// rendered to page images by pdftoppm, put back together by img2pdf.
func scannedPDF(t *testing.T) []byte {
	needTools(t, "tesseract", "pdftoppm", "img2pdf")
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
	_, _, err := ocrTools("eng+xyz", nil)
	if err == nil || !strings.Contains(err.Error(), "apt-get install tesseract-ocr-xyz") {
		t.Errorf("err = %v", err)
	}
}

// TestOCRLanguage reads French pages that have no text to tell their
// language: the first page read as English tells it, and the pages are read
// in French, accents and all.
func TestOCRLanguage(t *testing.T) {
	needTools(t, "tesseract", "pdftoppm")
	if out, _ := exec.Command("tesseract", "--list-langs").Output(); !slices.Contains(strings.Fields(string(out)), "fra") {
		t.Skip("Tesseract has no French (tesseract-ocr-fra)")
	}
	pages := [][]string{
		{"1. La France considère que le droit international s'applique au cyberespace."},
		{"2. Les États ne doivent pas laisser sciemment leur territoire être utilisé pour des actes contraires au droit international."},
	}
	data, err := pdftest.Unmapped(pages, []bool{true, true})
	if err != nil {
		t.Fatal(err)
	}
	x, err := OCRPDF{Workers: 2}.Extract(context.Background(), "fr.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	got := plain(x.Paragraphs)
	for _, word := range []string{"considère", "États", "utilisé"} {
		if !strings.Contains(got, word) {
			t.Errorf("%q not read: %q", word, got)
		}
	}
}

// TestOCRUpsideDown reads a page scanned upside down: Tesseract's
// orientation detection says to turn it, and it is read upright.
func TestOCRUpsideDown(t *testing.T) {
	needTools(t, "tesseract", "pdftoppm")
	dir := t.TempDir()
	src := filepath.Join(dir, "page.pdf")
	if err := os.WriteFile(src, pdftest.Helvetica(scanPages[1:2]), 0o600); err != nil {
		t.Fatal(err)
	}
	prefix := filepath.Join(dir, "page")
	if out, err := exec.Command("pdftoppm", "-r", "300", "-gray", "-png", "-singlefile", src, prefix).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v: %s", err, out)
	}
	down := filepath.Join(dir, "down.png")
	if err := rotateImage(prefix+".png", down, 180); err != nil {
		t.Fatal(err)
	}
	ps, err := OCRPDF{}.readPage(context.Background(), down, 1, 300)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range ps {
		got = append(got, p.Text)
	}
	if f1 := wordsF1(strings.Join(scanPages[1], "\n"), strings.Join(got, "\n")); f1 < 0.95 {
		t.Errorf("words-F1 %.3f: %q", f1, got)
	}
}

func TestLayerLang(t *testing.T) {
	french := []corpus.Paragraph{{Text: "La France considère que le droit international s'applique au cyberespace et que les États sont tenus de ne pas laisser leur territoire être utilisé."}}
	english := []corpus.Paragraph{{Text: "States should not knowingly allow their territory to be used for internationally wrongful acts using ICTs."}}
	for _, tc := range []struct {
		name  string
		layer []corpus.Paragraph
		have  map[string]bool
		want  string
	}{
		{"French, fra installed", french, map[string]bool{"eng": true, "fra": true}, "fra"},
		{"French, only eng", french, map[string]bool{"eng": true}, "eng"},
		{"English", english, map[string]bool{"eng": true, "fra": true}, "eng"},
		{"no text layer", nil, map[string]bool{"eng": true, "fra": true}, "eng"},
	} {
		if got := layerLang(tc.layer, tc.have); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestTesseractText(t *testing.T) {
	tsv := "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
		"1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t\n" +
		"5\t1\t1\t1\t1\t1\t300\t120\t200\t40\t95\tRunning\n" +
		"5\t1\t1\t1\t1\t2\t520\t120\t200\t40\t95\thead\n" +
		"5\t1\t2\t1\t1\t1\t300\t800\t200\t40\t90\tStates\n" +
		"5\t1\t2\t1\t1\t2\t520\t800\t200\t40\t80\tmust\n" +
		"5\t1\t2\t1\t2\t1\t300\t850\t200\t40\t70\tact.\n" +
		"4\t1\t2\t2\t1\t0\t0\t0\t1\t1\t-1\t\n" +
		"5\t1\t2\t2\t1\t1\t300\t1000\t200\t40\t65\tNext\n" +
		"5\t1\t2\t2\t1\t2\t2331\t1000\t77\t277\t28\tsjnolds\n" +
		"5\t1\t2\t2\t1\t2\t300\t1000\t200\t40\t-1\t \n" +
		"5\t1\t3\t1\t1\t1\t300\t3400\t100\t40\t100\t12\n"
	got := tesseractText(tsv)
	want := []tsvParagraph{{"Running head", false, true}, {"States must\nact.", false, false}, {"Next", false, false}, {"12", true, true}}
	if !slices.Equal(got.pars, want) || got.conf != 85 {
		t.Errorf("got %+v conf %v\nwant %+v", got.pars, got.conf, want)
	}
}

// TestOCRMixed reads a document whose second page is a scan: the first
// page's text layer is kept, only the second page is read by OCR, and the
// pages stay in order.
func TestOCRMixed(t *testing.T) {
	needTools(t, "tesseract", "pdftoppm")
	pages := threePages
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
	pages := threePages
	data, err := pdftest.Unmapped(pages, []bool{false, true, false})
	if err != nil {
		t.Fatal(err)
	}
	x, err := OCRPDF{Mode: OCRNever}.Extract(context.Background(), "unmapped.pdf", data)
	if err != nil || len(x.Paragraphs) != 2 || !slices.Equal(x.Unreadable, []int{2}) ||
		!slices.Equal(x.Problems, []string{"page 2 has text in fonts without a character map"}) {
		t.Errorf("--ocr never: %+v, %v", x, err)
	}
	needTools(t, "tesseract", "pdftoppm")
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

// TestOCRStopsInTime stops OCR after its first page: that page is kept, the
// others are reported as not read.
func TestOCRStopsInTime(t *testing.T) {
	needTools(t, "tesseract", "pdftoppm")
	pages := threePages
	data, err := pdftest.Unmapped(pages, []bool{true, true, true})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	o := OCRPDF{Workers: 1, Progress: func(done, total int) { cancel() }}
	read, _, problems, err := o.readPages(ctx, data, []int{1, 2, 3})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"OCR stopped at the time limit (--timeout) before reading pages 2–3"}
	if got := texts(read); !slices.Equal(got, pages[0]) || !slices.Equal(problems, want) {
		t.Errorf("read %q, problems %q; want %q, %q", got, problems, pages[0], want)
	}
}

func TestOCRReserve(t *testing.T) {
	for _, tc := range []struct{ left, want time.Duration }{
		{2 * time.Minute, 6 * time.Second},
		{10 * time.Second, time.Second},
		{time.Second, 500 * time.Millisecond},
	} {
		if got := ocrReserve(tc.left); got != tc.want {
			t.Errorf("ocrReserve(%v) = %v, want %v", tc.left, got, tc.want)
		}
	}
}

// TestExtractWithout lays the text layer out again without a page OCR read:
// the paragraph that page began loses only its part on that page, and the
// page is no longer reported.
func TestExtractWithout(t *testing.T) {
	data, err := pdftest.Unmapped(threePages, []bool{false, true, false})
	if err != nil {
		t.Fatal(err)
	}
	x, err := PDF{}.extractWithout(context.Background(), data, []int{2})
	if err != nil || len(x.Problems) != 0 || len(x.Unreadable) != 0 || len(x.Paragraphs) != 2 {
		t.Errorf("unmapped page skipped: %+v, %v", x, err)
	}
	runOn := pdftest.Helvetica([][]string{
		{"1. Examplia holds that sovereignty applies in cyberspace."},
		{"2. States must not knowingly allow their territory to be used"},
		{"against other States, and Examplia will say so."},
	})
	x, err = PDF{}.extractWithout(context.Background(), runOn, []int{2})
	want := []string{"1. Examplia holds that sovereignty applies in cyberspace.", "against other States, and Examplia will say so."}
	if got := texts(x.Paragraphs); err != nil || !slices.Equal(got, want) {
		t.Errorf("run-on page skipped: %q, %v; want %q", got, err, want)
	}
	// A paragraph does not run on across the page left out to the page
	// after it: OCR's reading of the page goes between them.
	across := pdftest.Helvetica([][]string{
		{"1. Examplia holds that the rules of"},
		{"2. States must not knowingly allow their territory to be used."},
		{"international law apply in cyberspace as elsewhere."},
	})
	x, err = PDF{}.extractWithout(context.Background(), across, []int{2})
	want = []string{"1. Examplia holds that the rules of", "international law apply in cyberspace as elsewhere."}
	if got := texts(x.Paragraphs); err != nil || !slices.Equal(got, want) {
		t.Errorf("page between skipped: %q, %v; want %q", got, err, want)
	}
}

func TestNothingRead(t *testing.T) {
	for _, tc := range []struct {
		problems []string
		want     string
	}{
		{nil, "no text layer: scanned document, OCR needed; OCR found no text on its pages"},
		{[]string{"page 1: OCR: tesseract: exit status 1: bad image", "page 2: OCR: tesseract: exit status 1: bad image"},
			"no text layer: scanned document, OCR needed; OCR failed on every page: page 1: OCR: tesseract: exit status 1: bad image"},
		{[]string{"page 1: OCR: tesseract: exit status 1: bad image", stoppedProblem([]int{2, 3})},
			"no text layer: scanned document, OCR needed; OCR stopped at the time limit (--timeout) before reading pages 2–3: allow more"},
	} {
		err := nothingRead(ErrNoTextLayer, tc.problems)
		if !errors.Is(err, ErrNoTextLayer) || err.Error() != tc.want {
			t.Errorf("%q: %v, want %s", tc.problems, err, tc.want)
		}
	}
}

func TestTrusted(t *testing.T) {
	read := []corpus.Paragraph{
		{Text: "blank page read", Page: 1, OCR: true, Confidence: 40},
		{Text: "unmapped page read well", Page: 2, OCR: true, Confidence: 91},
		{Text: "unmapped page in another script", Page: 3, OCR: true, Confidence: 45},
		{Text: "its second paragraph", Page: 3, OCR: true, Confidence: 45},
	}
	kept, problems := trusted(read, []int{2, 3})
	if got := texts(kept); !slices.Equal(got, []string{"blank page read", "unmapped page read well"}) {
		t.Errorf("kept %q", got)
	}
	if len(problems) != 1 || !strings.HasPrefix(problems[0], "OCR read page 3 below 70% confidence") {
		t.Errorf("problems %q", problems)
	}
	if kept, problems := trusted(read[:2], []int{2}); len(kept) != 2 || problems != nil {
		t.Errorf("all trusted: %q, %q", texts(kept), problems)
	}
}

func TestJoinAcrossPages(t *testing.T) {
	body := func(text string, page int, ocr bool) corpus.Paragraph {
		return corpus.Paragraph{Kind: corpus.Body, Text: text, Page: page, OCR: ocr}
	}
	for _, tc := range []struct {
		name string
		in   []corpus.Paragraph
		want []string
	}{
		{"text layer, then OCR", []corpus.Paragraph{body("States must not allow", 1, false), body("their territory to be used.", 2, true)},
			[]string{"States must not allow their territory to be used."}},
		{"past the page's footnotes", []corpus.Paragraph{body("States must not allow", 1, true),
			{Kind: corpus.Footnote, Number: "1", Text: "A note.", Page: 1}, body("their territory to be used.", 2, true)},
			[]string{"States must not allow their territory to be used.", "A note."}},
		{"a sentence ended", []corpus.Paragraph{body("States must act.", 1, false), body("their territory", 2, true)},
			[]string{"States must act.", "their territory"}},
		{"a capital", []corpus.Paragraph{body("Introduction", 1, true), body("States must act.", 2, true)},
			[]string{"Introduction", "States must act."}},
		{"both text layer", []corpus.Paragraph{body("States must not allow", 1, false), body("their territory", 2, false)},
			[]string{"States must not allow", "their territory"}},
		{"a page between", []corpus.Paragraph{body("States must not allow", 1, true), body("their territory", 3, true)},
			[]string{"States must not allow", "their territory"}},
		{"a word cut at a hyphen", []corpus.Paragraph{body("the rules of inter-", 1, false), body("national law apply.", 2, true), body("international law", 3, true)},
			[]string{"the rules of international law apply.", "international law"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := texts(joinAcrossPages(tc.in)); !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestFoldPage(t *testing.T) {
	read := pageText{
		pars: []tsvParagraph{
			{text: "Table 1"},
			{text: "1 I often become confused when I use the system.\n2 I make errors frequently."},
			{text: "Body text ends here.", lower: true},
			{text: "1 A footnote at the foot of the page, inter-\nnational in scope.", lower: true},
			{text: "13 Journal of Cyber Law", lower: true, margin: true},
		},
		conf: 90,
	}
	var got []string
	for _, p := range foldPage(read, 3) {
		got = append(got, fmt.Sprintf("%s|%s|%s|%s", p.Kind, p.Number, p.Text, p.margin))
		if p.Page != 3 || !p.OCR || p.Confidence != 90 {
			t.Errorf("paragraph %+v", p)
		}
	}
	want := []string{"heading||Table 1|", "body||1 I often become confused when I use the system.|", "body||2 I make errors frequently.|",
		"body||Body text ends here.|", "footnote|1|A footnote at the foot of the page, international in scope.|",
		"footnote|13|Journal of Cyber Law|13 Journal of Cyber Law"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestDropFurniture(t *testing.T) {
	var read []ocrParagraph
	add := func(text string, page int, margin bool) {
		p := ocrParagraph{Paragraph: corpus.Paragraph{Kind: corpus.Body, Text: text, Page: page}}
		if margin {
			p.margin = text
		}
		read = append(read, p)
	}
	// Heads with the same numbers, or numbers that follow the page's, go;
	// articles that begin pages, and what stands on fewer pages, stay.
	articles := []int{5, 9, 12, 13}
	for page := 1; page <= 4; page++ {
		add("SPROUTS - Working Papers on Information Systems 9(37)", page, true)
		add(fmt.Sprintf("Article %d", articles[page-1]), page, true)
		add(fmt.Sprintf("Body text of page %d.", page), page, false)
		add("Annex", page, false)
		add(fmt.Sprintf("Working Papers in Law, page %d", page+4), page, true)
		// A footer that begins with the page number is a footnote to
		// FoldText: its margin line is what is compared.
		read = append(read, ocrParagraph{corpus.Paragraph{Kind: corpus.Footnote, Number: strconv.Itoa(page + 12), Text: "Journal of Cyber Law", Page: page},
			fmt.Sprintf("%d Journal of Cyber Law", page+12)})
	}
	add("A footer of the last page only", 4, true)
	var want []string
	for page := 1; page <= 4; page++ {
		want = append(want, fmt.Sprintf("Article %d", articles[page-1]), fmt.Sprintf("Body text of page %d.", page), "Annex")
	}
	want = append(want, "A footer of the last page only")
	if got := texts(dropFurniture(read)); !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
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
	needTools(t, "tesseract", "pdftoppm", "img2pdf")
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
	// The text layer is kept, and the pages OCR could not read are told.
	x, err = OCRPDF{Mode: OCRAlways}.Extract(context.Background(), "text.pdf", text)
	if err != nil || len(x.Paragraphs) == 0 || !slices.ContainsFunc(x.Problems, func(p string) bool { return strings.Contains(p, "pdftoppm not found: install") }) {
		t.Errorf("--ocr always on text without pdftoppm: %+v, %v", x, err)
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
