package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/ingest/internal/textfold"
	"github.com/normdex/normdex/ingest/pdf"
)

// OCR modes: read pages without a text layer, every page, or none.
const (
	OCRAuto   = "auto"
	OCRAlways = "always"
	OCRNever  = "never"
)

// ErrNoTextLayer is the error for a PDF with no text at all when OCR is off
// or cannot run.
var ErrNoTextLayer = pdf.ErrNoTextLayer

// installTesseract says how to get what OCR needs.
const installTesseract = "install Tesseract and poppler: 'apt-get install tesseract-ocr poppler-utils' (Debian, Ubuntu) or 'brew install tesseract poppler' (macOS)"

// stoppedProblem says that OCR ran out of time before reading pages (nil:
// any page).
func stoppedProblem(pages []int) string {
	if pages == nil {
		return "OCR stopped at the time limit (--timeout) before reading a page"
	}
	return "OCR stopped at the time limit (--timeout) before reading pages " + joinInts(pages)
}

// errNotRead is the result of a page OCR had no time to start.
var errNotRead = errors.New("not read")

// errNoRenderer is the error for pages to render when pdftoppm is missing.
var errNoRenderer = errors.New("pdftoppm not found: " + installTesseract)

// OCRPDF extracts PDFs, reading with Tesseract the pages that have no text
// layer or whose text is in fonts without a character map (or, in mode
// always, every page): from the image the file holds when a page is one
// scanned image, else from the page rendered by pdftoppm. Paragraphs read
// that way are marked OCR with Tesseract's mean confidence for their page.
type OCRPDF struct {
	Mode    string // OCRAuto (""), OCRAlways or OCRNever
	Lang    string // Tesseract languages, "eng+fra"; "" for eng
	Workers int    // pages read in parallel; 0 for 1
	// Progress, when set, is called after each page read, from any goroutine.
	Progress func(done, total int)
}

// Extract reads the text layer, then the pages that need OCR.
func (o OCRPDF) Extract(ctx context.Context, name string, data []byte) (Extraction, error) {
	// The text layer is read in every mode: it says which pages lack one,
	// and it is what finds a damaged or encrypted file.
	x, err := PDF{}.Extract(ctx, name, data)
	ocrable := errors.Is(err, pdf.ErrNoTextLayer) || errors.Is(err, pdf.ErrNoCharacterMap)
	if o.Mode == OCRNever || (err != nil && !ocrable) {
		return x, err
	}
	scanned := err != nil || o.Mode == OCRAlways
	cannot := err // why the file has no text, when OCR cannot run
	if cannot == nil {
		cannot = ErrNoTextLayer
	}
	var pages []int // 1-based; nil for all
	if !scanned {
		if pages = mergePages(x.Blank, x.Unreadable); len(pages) == 0 {
			return x, nil
		}
	}
	if err := ocrTools(o.Lang); err != nil {
		if scanned {
			return Extraction{}, fmt.Errorf("%w; %v", cannot, err)
		}
		x.Problems = append(x.Problems, notRead(x, err)...)
		return x, nil
	}
	octx, cancel := ocrContext(ctx)
	read, n, problems, err := o.readPages(octx, data, pages)
	cancel()
	if ctx.Err() != nil {
		return Extraction{}, ctx.Err()
	}
	switch {
	case errors.Is(err, errNoRenderer) && scanned:
		return Extraction{}, fmt.Errorf("%w; %v", cannot, err)
	case errors.Is(err, errNoRenderer):
		x.Problems = append(x.Problems, notRead(x, err)...)
		return x, nil
	case err != nil:
		return Extraction{}, err
	}
	read = dropFurniture(read)
	if scanned {
		x = Extraction{Pages: n}
	} else {
		x.Problems, x.Blank = stillBlank(x.Problems, x.Blank, read)
		x = readAgain(x, read)
	}
	x.Problems = append(x.Problems, problems...)
	x.Paragraphs = append(x.Paragraphs, read...)
	// Stable, so that body text and footnotes keep their order in a page.
	slices.SortStableFunc(x.Paragraphs, func(a, b corpus.Paragraph) int { return a.Page - b.Page })
	if len(x.Paragraphs) == 0 && len(read) == 0 && len(problems) > 0 {
		return Extraction{}, fmt.Errorf("%w; %s", cannot, problems[len(problems)-1])
	}
	if len(x.Paragraphs) == 0 {
		return Extraction{}, fmt.Errorf("%w; OCR found no text on its pages", cannot)
	}
	return x, nil
}

// dropFurniture removes from paragraphs read by OCR, in page order, the
// running heads and footers: a short paragraph that is not a sentence, at
// the top or the bottom of a page (its first or last two), standing there
// again on two other pages or more, page numbers aside. A page read from its image comes without the
// positions the text layer's own heads are found by (see package pdf).
func dropFurniture(read []corpus.Paragraph) []corpus.Paragraph {
	type place struct{ first, last int } // indices in read
	pages := map[int]*place{}
	for i, p := range read {
		if pl := pages[p.Page]; pl != nil {
			pl.last = i
		} else {
			pages[p.Page] = &place{i, i}
		}
	}
	edge := func(i int) bool {
		pl := pages[read[i].Page]
		return i-pl.first < 2 || pl.last-i < 2
	}
	onPages := map[string]map[int]bool{}
	keys := make([]string, len(read))
	for i, p := range read {
		if !edge(i) || utf8.RuneCountInString(p.Text) > 120 || textfold.EndsSentence(p.Text) {
			continue
		}
		keys[i] = furnitureKey(p.Text)
		if keys[i] == "" {
			continue
		}
		if onPages[keys[i]] == nil {
			onPages[keys[i]] = map[int]bool{}
		}
		onPages[keys[i]][p.Page] = true
	}
	out := read[:0:0]
	for i, p := range read {
		if keys[i] != "" && len(onPages[keys[i]]) >= 3 {
			continue
		}
		out = append(out, p)
	}
	return out
}

// furnitureKey is a paragraph's letters in lower case: the same running
// head on every page, whatever its page number and spacing.
func furnitureKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// ocrContext gives OCR the time limit of ctx less a twentieth of what is
// left (a second at least): when OCR runs out of time, the pages it read
// and the text layer are kept and the pages left are reported, where the
// whole file would fail if OCR took all the time.
func ocrContext(ctx context.Context) (context.Context, context.CancelFunc) {
	end, ok := ctx.Deadline()
	if !ok {
		return context.WithCancel(ctx)
	}
	return context.WithDeadline(ctx, end.Add(-max(time.Second, time.Until(end)/20)))
}

// mergePages returns the pages of two ascending lists, in order, once each.
func mergePages(a, b []int) []int {
	pages := slices.Concat(a, b)
	slices.Sort(pages)
	return slices.Compact(pages)
}

// notRead says which pages OCR was to read and why it could not.
func notRead(x Extraction, why error) []string {
	var problems []string
	if len(x.Blank) > 0 {
		problems = append(problems, fmt.Sprintf("OCR could not read the pages without text (%s): %v", joinInts(x.Blank), why))
	}
	if len(x.Unreadable) > 0 {
		problems = append(problems, fmt.Sprintf("OCR could not read the pages in fonts without a character map (%s): %v", joinInts(x.Unreadable), why))
	}
	return problems
}

// stillBlank returns the problems and blank pages of a text layer once OCR
// has read paragraphs from some of those pages: a page OCR read is no
// longer reported as having no text.
func stillBlank(problems []string, blank []int, read []corpus.Paragraph) ([]string, []int) {
	readPages := map[int]bool{}
	for _, p := range read {
		readPages[p.Page] = true
	}
	left := slices.DeleteFunc(slices.Clone(blank), func(n int) bool { return readPages[n] })
	if len(left) == len(blank) {
		return problems, blank
	}
	i := slices.Index(problems, pdf.BlankProblem(blank))
	if i < 0 {
		return problems, left
	}
	problems = slices.Delete(slices.Clone(problems), i, i+1)
	if len(left) > 0 {
		problems = slices.Insert(problems, i, pdf.BlankProblem(left))
	}
	return problems, left
}

// readAgain puts what OCR read of the pages whose text was in fonts without
// a character map in place of their text layer, which holds only what the
// other fonts on them drew: the page read by OCR is the whole page.
func readAgain(x Extraction, read []corpus.Paragraph) Extraction {
	readPages := map[int]bool{}
	for _, p := range read {
		readPages[p.Page] = true
	}
	replaced := map[int]bool{}
	for _, n := range x.Unreadable {
		replaced[n] = readPages[n]
	}
	left := slices.DeleteFunc(slices.Clone(x.Unreadable), func(n int) bool { return replaced[n] })
	if len(left) == len(x.Unreadable) {
		return x
	}
	x.Paragraphs = slices.DeleteFunc(slices.Clone(x.Paragraphs), func(p corpus.Paragraph) bool { return replaced[p.Page] })
	x.Problems = slices.Clone(x.Problems)
	if i := slices.Index(x.Problems, pdf.UnreadableProblem(x.Unreadable)); i >= 0 {
		x.Problems = slices.Delete(x.Problems, i, i+1)
		if len(left) > 0 {
			x.Problems = slices.Insert(x.Problems, i, pdf.UnreadableProblem(left))
		}
	}
	x.Unreadable = left
	return x
}

// ocrTools checks that tesseract and the languages are there. pdftoppm is
// needed only for pages that are not one image read from the file, and is
// looked for when there are such pages.
func ocrTools(lang string) error {
	if _, err := exec.LookPath("tesseract"); err != nil {
		return fmt.Errorf("tesseract not found: %s", installTesseract)
	}
	out, err := exec.Command("tesseract", "--list-langs").CombinedOutput()
	if err != nil {
		return fmt.Errorf("tesseract --list-langs: %v", err)
	}
	have := map[string]bool{}
	for _, l := range strings.Fields(string(out)) {
		have[l] = true
	}
	for _, l := range strings.Split(ocrLang(lang), "+") {
		if !have[l] {
			return fmt.Errorf("Tesseract has no language %q: install it with 'apt-get install tesseract-ocr-%s'", l, l)
		}
	}
	return nil
}

func ocrLang(lang string) string {
	if lang == "" {
		return "eng"
	}
	return lang
}

// alwaysRender, set by benchmarks, renders every page with pdftoppm, as
// pages were read before their images were taken from the file.
var alwaysRender bool

// readPages reads the pages (nil: all), Workers at a time: a page that is
// one image is read from the file, any other is rendered by pdftoppm. It
// returns the paragraphs, the number of pages, and the pages that failed.
// It fails when no page can be read for want of pdftoppm.
func (o OCRPDF) readPages(ctx context.Context, data []byte, pages []int) ([]corpus.Paragraph, int, []string, error) {
	n, direct, err := pdf.ScanImages(ctx, data)
	if err != nil && ctx.Err() != nil {
		return nil, 0, []string{stoppedProblem(pages)}, nil
	}
	if err != nil {
		return nil, 0, nil, fmt.Errorf("OCR: %w", err)
	}
	if alwaysRender {
		direct = nil
	}
	if pages == nil {
		for i := 1; i <= n; i++ {
			pages = append(pages, i)
		}
	}
	render := 0
	for _, p := range pages {
		if _, ok := direct[p]; !ok {
			render++
		}
	}
	var noRenderer error
	if _, err := exec.LookPath("pdftoppm"); err != nil && render > 0 {
		noRenderer = errNoRenderer
		if render == len(pages) {
			return nil, 0, nil, noRenderer
		}
	}
	dir, err := os.MkdirTemp("", "normdex-ocr-")
	if err != nil {
		return nil, 0, nil, fmt.Errorf("OCR: %w", err)
	}
	defer os.RemoveAll(dir)
	pdfPath := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(pdfPath, data, 0o600); err != nil {
		return nil, 0, nil, fmt.Errorf("OCR: %w", err)
	}
	type result struct {
		ps  []corpus.Paragraph
		err error
	}
	results := make([]result, len(pages))
	jobs := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for range max(1, o.Workers) {
		wg.Go(func() {
			for i := range jobs {
				var r result
				page := pages[i]
				im, ok := direct[page]
				if ok {
					r.ps, r.err = o.readImage(ctx, dir, im)
				}
				// An image that does not decode here may still render.
				if !ok || (r.err != nil && noRenderer == nil) {
					if noRenderer != nil {
						r.err = noRenderer
					} else {
						r.ps, r.err = o.renderPage(ctx, dir, pdfPath, page)
					}
				}
				results[i] = r
				if o.Progress != nil {
					mu.Lock()
					done++
					o.Progress(done, len(pages))
					mu.Unlock()
				}
			}
		})
	}
	for i := range results {
		results[i].err = errNotRead
	}
feed:
	for i := range pages {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	var out []corpus.Paragraph
	var problems []string
	var stopped []int
	for i, r := range results {
		switch {
		case r.err != nil && ctx.Err() != nil:
			stopped = append(stopped, pages[i])
		case r.err != nil:
			problems = append(problems, fmt.Sprintf("page %d: OCR: %v", pages[i], r.err))
		default:
			out = append(out, r.ps...)
		}
	}
	if len(stopped) > 0 {
		problems = append(problems, stoppedProblem(stopped))
	}
	last := 0
	if len(pages) > 0 {
		last = pages[len(pages)-1]
	}
	return out, last, problems, nil
}

// readImage reads a page from its image as the PDF stores it.
func (o OCRPDF) readImage(ctx context.Context, dir string, im pdf.PageImage) ([]corpus.Paragraph, error) {
	scan, err := im.Decode()
	if err != nil {
		return nil, err
	}
	if blankPixels(scan.Pixels) {
		return nil, nil
	}
	path := filepath.Join(dir, fmt.Sprintf("i%d.%s", im.Page, scan.Ext))
	if err := os.WriteFile(path, scan.File, 0o600); err != nil {
		return nil, err
	}
	return o.readPage(ctx, path, im.Page, im.DPI)
}

// renderPage renders a page with pdftoppm and reads it.
func (o OCRPDF) renderPage(ctx context.Context, dir, pdfPath string, page int) ([]corpus.Paragraph, error) {
	prefix := filepath.Join(dir, "p"+strconv.Itoa(page))
	args := []string{"-r", "300", "-gray", "-png", "-singlefile", "-f", strconv.Itoa(page), "-l", strconv.Itoa(page), pdfPath, prefix}
	if out, err := exec.CommandContext(ctx, "pdftoppm", args...).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("render with pdftoppm: %v: %s", err, firstLine(out))
	}
	if blankImage(prefix + ".png") {
		return nil, nil // a blank page: nothing for Tesseract to read
	}
	return o.readPage(ctx, prefix+".png", page, 300)
}

// readPage runs Tesseract on one page image of dpi dots per inch and folds
// its words into paragraphs, as its layout analysis groups them.
func (o OCRPDF) readPage(ctx context.Context, image string, page, dpi int) ([]corpus.Paragraph, error) {
	cmd := exec.CommandContext(ctx, "tesseract", image, "stdout", "-l", ocrLang(o.Lang), "--dpi", strconv.Itoa(dpi), "tsv")
	// Pages already run in parallel: Tesseract's own threads would only
	// contend with them.
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("tesseract: %v: %s", err, firstLine(stderr.Bytes()))
	}
	text, conf := tesseractText(string(out))
	var ps []corpus.Paragraph
	for _, p := range FoldText(text) {
		// Specks and rules of a page image read as stray marks ("= _").
		if !hasWord(p.Text) {
			continue
		}
		p.Page, p.OCR, p.Confidence = page, true, conf
		ps = append(ps, p)
	}
	return ps, nil
}

// hasWord reports whether s holds a run of two letters or more.
func hasWord(s string) bool {
	run := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if run++; run >= 2 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// blankImage reports whether a page image file is (nearly) all white: a
// page left empty, which costs Tesseract a second to say so.
func blankImage(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return false
	}
	return blankPixels(img)
}

// blankPixels reports whether an image is (nearly) all white.
func blankPixels(img image.Image) bool {
	b := img.Bounds()
	dark, seen := 0, 0
	// Every third pixel of every third row is enough to find print.
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			if color.GrayModel.Convert(img.At(x, y)).(color.Gray).Y < 128 {
				dark++
			}
			seen++
		}
	}
	return dark*10000 < seen // under 0.01% of the page
}

// tesseractText turns Tesseract's TSV into text, a blank line between
// paragraphs, and the mean confidence of its words (0-100).
func tesseractText(tsv string) (string, float64) {
	var b strings.Builder
	var lastPar, lastLine string
	sum, words := 0.0, 0
	for i, row := range strings.Split(tsv, "\n") {
		f := strings.Split(row, "\t")
		if i == 0 || len(f) < 12 || f[0] != "5" {
			continue
		}
		conf, err := strconv.ParseFloat(f[10], 64)
		word := strings.TrimSpace(f[11])
		if err != nil || conf < 0 || word == "" {
			continue
		}
		par, line := f[2]+"."+f[3], f[2]+"."+f[3]+"."+f[4]
		switch {
		case b.Len() == 0:
		case par != lastPar:
			b.WriteString("\n\n")
		case line != lastLine:
			b.WriteString("\n")
		default:
			b.WriteString(" ")
		}
		lastPar, lastLine = par, line
		b.WriteString(word)
		sum += conf
		words++
	}
	if words == 0 {
		return "", 0
	}
	return b.String(), sum / float64(words)
}

func firstLine(b []byte) string {
	s, _, _ := strings.Cut(strings.TrimSpace(string(b)), "\n")
	return s
}

func joinInts(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = strconv.Itoa(n)
	}
	return strings.Join(s, ", ")
}
