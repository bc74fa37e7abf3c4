package ingest

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	_ "image/jpeg" // scans stored as JPEG, turned upright
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/ingest/pdf"
)

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
		ps  []ocrParagraph
		err error
	}
	results := make([]result, len(pages))
	for i := range results {
		results[i].err = errNotRead
	}
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
				if r.err != nil && ctx.Err() != nil {
					r.err = errNotRead // cut short by the time limit
				}
				results[i] = r
				if o.Progress != nil && !errors.Is(r.err, errNotRead) {
					mu.Lock()
					done++
					o.Progress(done, len(pages))
					mu.Unlock()
				}
			}
		})
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
	var out []ocrParagraph
	var problems []string
	var stopped []int
	for i, r := range results {
		switch {
		case errors.Is(r.err, errNotRead):
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
	return dropFurniture(out), last, problems, nil
}

// readImage reads a page from its image as the PDF stores it.
func (o OCRPDF) readImage(ctx context.Context, dir string, im pdf.PageImage) ([]ocrParagraph, error) {
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
func (o OCRPDF) renderPage(ctx context.Context, dir, pdfPath string, page int) ([]ocrParagraph, error) {
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

// ocrParagraph is a paragraph read by OCR and, when it stands in the page's
// top or bottom margin where running heads and footers are, its line as
// Tesseract read it (a footer's page number included).
type ocrParagraph struct {
	corpus.Paragraph
	margin string
}

// readPage runs Tesseract on one page image of dpi dots per inch and folds
// its words into paragraphs, as its layout analysis groups them.
func (o OCRPDF) readPage(ctx context.Context, image string, page, dpi int) ([]ocrParagraph, error) {
	read, err := o.tesseract(ctx, image, dpi)
	if err != nil {
		return nil, err
	}
	if read.conf < uprightConfidence {
		read = o.turned(ctx, image, dpi, read)
	}
	return foldPage(read, page), nil
}

// uprightConfidence is the mean word confidence (0-100) under which a page
// read by OCR may have been scanned upside down: Tesseract reads a page
// turned a quarter by itself, but one turned half round as junk (a working
// paper's page: 96 upright, 42 upside down).
const uprightConfidence = 60

// tesseract reads a page image.
func (o OCRPDF) tesseract(ctx context.Context, image string, dpi int) (pageText, error) {
	cmd := exec.CommandContext(ctx, "tesseract", image, "stdout", "-l", cmp.Or(o.Lang, "eng"), "--dpi", strconv.Itoa(dpi), "tsv")
	// Pages already run in parallel: Tesseract's own threads would only
	// contend with them.
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return pageText{}, fmt.Errorf("tesseract: %v: %s", err, firstLine(stderr.Bytes()))
	}
	return tesseractText(string(out)), nil
}

// turned reads a page image again turned upright, when Tesseract's
// orientation detection says how, and returns the better of the two
// readings: read, what the page gave as it lies.
func (o OCRPDF) turned(ctx context.Context, image string, dpi int, read pageText) pageText {
	cmd := exec.CommandContext(ctx, "tesseract", image, "stdout", "--psm", "0", "--dpi", strconv.Itoa(dpi))
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		return read // no orientation data (osd.traineddata), or no text to tell by
	}
	m := osdRotateRe().FindSubmatch(out)
	if m == nil || string(m[1]) == "0" {
		return read
	}
	deg, _ := strconv.Atoi(string(m[1]))
	upright := image + ".upright.png"
	if err := rotateImage(image, upright, deg); err != nil {
		return read
	}
	again, err := o.tesseract(ctx, upright, dpi)
	if err != nil || again.conf <= read.conf {
		return read
	}
	return again
}

// osdRotateRe finds how far Tesseract's orientation detection would turn a
// page clockwise to set it upright.
var osdRotateRe = lazyRegexp(`(?m)^Rotate: (\d+)`)

// rotateImage writes the image at src turned deg degrees clockwise (90,
// 180 or 270) to dst as PNG.
func rotateImage(src, dst string, deg int) error {
	f, err := os.Open(src)
	if err != nil {
		return err
	}
	defer f.Close()
	img, _, err := image.Decode(f)
	if err != nil {
		return err
	}
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	var out *image.Gray
	if deg == 180 {
		out = image.NewGray(image.Rect(0, 0, w, h))
	} else {
		out = image.NewGray(image.Rect(0, 0, h, w))
	}
	for y := range h {
		for x := range w {
			c := img.At(b.Min.X+x, b.Min.Y+y)
			switch deg {
			case 90:
				out.Set(h-1-y, x, c)
			case 180:
				out.Set(w-1-x, h-1-y, c)
			case 270:
				out.Set(y, w-1-x, c)
			default:
				return fmt.Errorf("rotate %s: %d degrees", src, deg)
			}
		}
	}
	g, err := os.Create(dst)
	if err != nil {
		return err
	}
	if err := png.Encode(g, out); err != nil {
		g.Close()
		return err
	}
	return g.Close()
}

// foldPage folds what Tesseract read on a page into paragraphs, each of
// Tesseract's paragraphs on its own.
func foldPage(read pageText, page int) []ocrParagraph {
	var ps []ocrParagraph
	for _, par := range read.pars {
		for _, p := range FoldText(par.text) {
			// Specks and rules of a page image read as stray marks ("= _").
			if !hasWord(p.Text) {
				continue
			}
			// A numbered line is a footnote at the foot of the page; higher
			// up it is a row of a table or a list that a scan shows as such.
			if p.Kind == corpus.Footnote && !par.lower {
				p.Kind, p.Text, p.Number = corpus.Body, p.Number+" "+p.Text, ""
			}
			p.Page, p.OCR, p.Confidence = page, true, read.conf
			op := ocrParagraph{Paragraph: p}
			if par.margin {
				op.margin = par.text
			}
			ps = append(ps, op)
		}
	}
	return ps
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

// marginShare is the share of a page's height at its top and at its bottom
// that running heads and footers stand in: an inch and a half of eleven,
// for heads set low (at an inch on a 2009 working paper) and scans cut
// loose. Only the two lines nearest each edge count.
const marginShare = 0.13

// pageText is what Tesseract read on a page: its paragraphs, and the mean
// confidence of its words (0-100).
type pageText struct {
	pars []tsvParagraph
	conf float64
}

// tsvParagraph is a paragraph as Tesseract's layout analysis grouped it:
// its lines, and where it stands on the page.
type tsvParagraph struct {
	text   string // lines joined by newlines
	lower  bool   // begins in the lower half of the page, where footnotes are
	margin bool   // one line in the top or bottom margin, as running heads are
}

// tesseractText turns Tesseract's TSV into a pageText.
func tesseractText(tsv string) pageText {
	type line struct {
		par         string
		words       []string
		top, bottom int
	}
	var lines []*line
	byKey := map[string]*line{}
	height := 0
	sum, words := 0.0, 0
	for i, row := range strings.Split(tsv, "\n") {
		f := strings.Split(row, "\t")
		if i == 0 || len(f) < 12 {
			continue
		}
		if f[0] == "1" {
			height, _ = strconv.Atoi(f[9])
		}
		conf, err := strconv.ParseFloat(f[10], 64)
		word := strings.TrimSpace(f[11])
		if f[0] != "5" || err != nil || conf < 0 || word == "" {
			continue
		}
		top, _ := strconv.Atoi(f[7])
		w, _ := strconv.Atoi(f[8])
		h, _ := strconv.Atoi(f[9])
		// A word of three letters or more twice as tall as it is wide is
		// text set up or down the page (a logo, a stamp in the margin),
		// which Tesseract reads across as junk ("sjnolds").
		if h > 2*w && utf8.RuneCountInString(word) >= 3 {
			continue
		}
		key := f[2] + "." + f[3] + "." + f[4]
		l := byKey[key]
		if l == nil {
			l = &line{par: f[2] + "." + f[3], top: top, bottom: top + h}
			byKey[key] = l
			lines = append(lines, l)
		}
		l.words = append(l.words, word)
		l.top, l.bottom = min(l.top, top), max(l.bottom, top+h)
		sum += conf
		words++
	}
	if words == 0 {
		return pageText{}
	}
	byTop := slices.Clone(lines)
	slices.SortStableFunc(byTop, func(a, b *line) int { return a.top - b.top })
	edgeLines := map[*line]bool{}
	edge := int(marginShare * float64(height))
	for i, l := range byTop {
		if height > 0 && ((i < 2 && l.bottom <= edge) || (i >= len(byTop)-2 && l.top >= height-edge)) {
			edgeLines[l] = true
		}
	}
	var pars []tsvParagraph
	var text []string
	for i, l := range lines {
		text = append(text, strings.Join(l.words, " "))
		if i+1 < len(lines) && lines[i+1].par == l.par {
			continue
		}
		first := lines[i+1-len(text)]
		// A head is a paragraph of its own; the first lines of a page's
		// text set high are not.
		pars = append(pars, tsvParagraph{strings.Join(text, "\n"), first.top > height/2, len(text) == 1 && edgeLines[l]})
		text = text[:0]
	}
	return pageText{pars, sum / float64(words)}
}

// dropFurniture removes from paragraphs read by OCR, in page order, the
// running heads and footers: a paragraph in the top or bottom margin of
// its page that stands in the margin of two other pages or more, with the
// same numbers or numbers that follow the page's (a page number). The text
// layer's running heads are found by glyph positions in package pdf; OCR
// gives lines, and a line's place on the page.
func dropFurniture(read []ocrParagraph) []corpus.Paragraph {
	groups := map[string][]ocrParagraph{}
	for _, p := range read {
		if p.margin != "" {
			k := pdf.FurnitureKey(p.margin)
			groups[k] = append(groups[k], p)
		}
	}
	furniture := map[string]bool{}
	for k, g := range groups {
		furniture[k] = isFurniture(k, g)
	}
	out := make([]corpus.Paragraph, 0, len(read))
	for _, p := range read {
		if p.margin != "" && furniture[pdf.FurnitureKey(p.margin)] {
			continue
		}
		out = append(out, p.Paragraph)
	}
	return out
}

// isFurniture reports whether the margin paragraphs g of one key are a
// running head or footer: on three pages or more, each number in them the
// same in all or keeping the same distance from their page numbers ("9-37"
// in every footer, a page number printed 4 above the file's). A head of a
// few letters and a number that follows the pages ("Article 5", "Article
// 6" at the tops of pages 3 and 4) may be the document's own headings and
// stays.
func isFurniture(key string, g []ocrParagraph) bool {
	pages := map[int]bool{}
	for _, p := range g {
		pages[p.Page] = true
	}
	if len(pages) < 3 {
		return false
	}
	runs := make([][]int, len(g))
	for i, p := range g {
		runs[i] = numbersIn(p.margin)
		if len(runs[i]) != len(runs[0]) {
			return false
		}
	}
	follows := false
	for k := range runs[0] {
		same, offset := true, true
		for i := range g {
			same = same && runs[i][k] == runs[0][k]
			offset = offset && runs[i][k]-g[i].Page == runs[0][k]-g[0].Page
		}
		if !same && !offset {
			return false
		}
		follows = follows || !same
	}
	letters := 0
	for _, r := range key {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return !follows || letters >= 8
}

// numbersIn returns the runs of digits in s as numbers.
func numbersIn(s string) []int {
	var ns []int
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r < '0' || r > '9' }) {
		n, err := strconv.Atoi(f)
		if err != nil {
			n = -1 // too long to be a page number: still the same or not
		}
		ns = append(ns, n)
	}
	return ns
}

func firstLine(b []byte) string {
	s, _, _ := strings.Cut(strings.TrimSpace(string(b)), "\n")
	return s
}
