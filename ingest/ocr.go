package ingest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"slices"
	"strings"
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

// ErrNoTextLayer is pdf.ErrNoTextLayer, under the name callers of ingest
// test against.
var ErrNoTextLayer = pdf.ErrNoTextLayer

// installTesseract says how to get what OCR needs.
const installTesseract = "install Tesseract and poppler: 'apt-get install tesseract-ocr poppler-utils' (Debian, Ubuntu) or 'brew install tesseract poppler' (macOS)"

// errNotRead marks the pages OCR had no time for, told apart from pages it
// failed on.
var errNotRead = errors.New("not read")

// errNoRenderer is the error for pages to render when pdftoppm is missing.
var errNoRenderer = errors.New("pdftoppm not found: " + installTesseract)

// trustedConfidence is the least mean word confidence (0-100) at which a
// page's OCR takes the place of a text layer that has characters in part
// of it: below it, Tesseract was reading a script or a language it lacks
// (Urdu read as English gives words at 30-50) and the text layer is kept.
// A page with no text layer keeps what OCR read, however poor.
const trustedConfidence = 70

// OCRPDF extracts PDFs, reading with Tesseract the pages that have no text
// layer or whose text is in fonts without a character map (or, in mode
// always, every page): from the image the file holds when a page is one
// scanned image, else from the page rendered by pdftoppm. A page read by
// OCR takes the place of its text layer; its paragraphs are marked OCR with
// Tesseract's mean confidence for the page.
type OCRPDF struct {
	Mode    string // OCRAuto (""), OCRAlways or OCRNever
	Lang    string // Tesseract languages, "eng+fra"; "" for the text layer's (see ocrTools)
	Workers int    // pages read in parallel; 0 for 1
	// Progress, when set, is called after each page read, from any goroutine.
	Progress func(done, total int)
}

// Extract reads the text layer, then the pages that need OCR, then the text
// layer again without the pages OCR read.
func (o OCRPDF) Extract(ctx context.Context, name string, data []byte) (Extraction, error) {
	// The text layer is read in every mode: it says which pages need OCR,
	// and it is what finds a damaged or encrypted file.
	x, err := PDF{}.Extract(ctx, name, data)
	// A scan, or a file all in fonts without a character map: no text
	// layer to keep, OCR reads every page.
	noLayer := errors.Is(err, pdf.ErrNoTextLayer) || errors.Is(err, pdf.ErrNoCharacterMap)
	if o.Mode == OCRNever || (err != nil && !noLayer) {
		return x, err
	}
	var pages []int // 1-based; nil for all
	if !noLayer && o.Mode != OCRAlways {
		if pages = mergePages(x.Blank, x.Unreadable); len(pages) == 0 {
			return x, nil
		}
	}
	lang, have, why := ocrTools(o.Lang, x.Paragraphs)
	if why != nil {
		if noLayer {
			return Extraction{}, fmt.Errorf("%w; %v", err, why)
		}
		x.Problems = append(x.Problems, notRead(x, pages, why)...)
		return x, nil
	}
	octx, cancel := ocrContext(ctx)
	if noLayer && o.Lang == "" && otherLangs(have) {
		// A scan has no text layer to tell its language: its first page,
		// read as English, tells it by its function words.
		first, _, _, _ := OCRPDF{Lang: "eng"}.readPages(octx, data, []int{1})
		lang = layerLang(first, have)
	}
	o.Lang = lang
	read, n, problems, rerr := o.readPages(octx, data, pages)
	cancel()
	switch {
	case ctx.Err() != nil:
		return Extraction{}, ctx.Err()
	case errors.Is(rerr, errNoRenderer) && noLayer:
		return Extraction{}, fmt.Errorf("%w; %v", err, rerr)
	case errors.Is(rerr, errNoRenderer):
		x.Problems = append(x.Problems, notRead(x, pages, rerr)...)
		return x, nil
	case rerr != nil:
		return Extraction{}, rerr
	}
	if errors.Is(err, pdf.ErrNoCharacterMap) {
		// Text is drawn on the pages that are not images only, and OCR that
		// reads it poorly reads it in a script or a language it was not
		// given.
		drawn := slices.DeleteFunc(pagesOf(read), func(n int) bool { return slices.Contains(x.Blank, n) })
		var doubtful []string
		if read, doubtful = trusted(read, drawn); len(read) == 0 && len(doubtful) > 0 {
			return Extraction{}, fmt.Errorf("%w; %s, its only reading", err, doubtful[0])
		}
		problems = append(problems, doubtful...)
	}
	if noLayer {
		x = Extraction{Pages: n}
	} else {
		var doubtful []string
		read, doubtful = trusted(read, x.Unreadable)
		for _, d := range doubtful {
			problems = append(problems, d+": kept the text layer")
		}
		// Laid out again without the pages OCR read, the text layer loses
		// nothing of the pages around them and reports only the pages left.
		if len(read) > 0 {
			if x, err = (PDF{}).extractWithout(ctx, data, pagesOf(read)); err != nil {
				return Extraction{}, err
			}
		}
	}
	x.Problems = append(x.Problems, problems...)
	// Stable, so that body text and footnotes keep their order in a page.
	x.Paragraphs = append(x.Paragraphs, read...)
	slices.SortStableFunc(x.Paragraphs, func(a, b corpus.Paragraph) int { return a.Page - b.Page })
	x.Paragraphs = joinAcrossPages(x.Paragraphs)
	if len(x.Paragraphs) == 0 {
		return Extraction{}, nothingRead(cmp.Or(err, ErrNoTextLayer), problems)
	}
	return x, nil
}

// nothingRead is the error of a file OCR read nothing of: why there was no
// text, and why OCR found none — it ran out of time, it failed on every
// page, or the pages are blank.
func nothingRead(cause error, problems []string) error {
	for _, p := range slices.Backward(problems) {
		if strings.HasPrefix(p, stoppedPrefix) {
			return fmt.Errorf("%w; %s: allow more", cause, p)
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("%w; OCR failed on every page: %s", cause, problems[0])
	}
	return fmt.Errorf("%w; OCR found no text on its pages", cause)
}

// stoppedPrefix begins the problem of pages OCR had no time for.
const stoppedPrefix = "OCR stopped at the time limit"

// stoppedProblem says that OCR ran out of time before reading pages; nil
// when it stopped before it knew the document's pages.
func stoppedProblem(pages []int) string {
	if pages == nil {
		return stoppedPrefix + " (--timeout) before reading a page"
	}
	return stoppedPrefix + " (--timeout) before reading " + pdf.Pages(pages)
}

// ocrReserve is the time a file's extraction keeps after OCR, of what is
// left of its limit when OCR starts: enough to lay out the text layer again
// and build the document (milliseconds, a second for a long book), so that
// pages OCR had no time for are reported and the rest kept instead of the
// whole file timing out. Half of what is left at most, so that OCR runs
// under a short --timeout too.
func ocrReserve(left time.Duration) time.Duration {
	return min(max(time.Second, left/20), left/2)
}

// ocrContext gives OCR the time limit of ctx less ocrReserve.
func ocrContext(ctx context.Context) (context.Context, context.CancelFunc) {
	end, ok := ctx.Deadline()
	if !ok {
		return context.WithCancel(ctx)
	}
	return context.WithDeadline(ctx, end.Add(-ocrReserve(time.Until(end))))
}

// mergePages returns the pages of two ascending lists in order: the pages
// without text and those without a character map, read in one OCR pass.
func mergePages(a, b []int) []int {
	pages := slices.Concat(a, b)
	slices.Sort(pages)
	return slices.Compact(pages)
}

// pagesOf returns the pages paragraphs are on, in order.
func pagesOf(ps []corpus.Paragraph) []int {
	var pages []int
	for _, p := range ps {
		pages = append(pages, p.Page)
	}
	slices.Sort(pages)
	return slices.Compact(pages)
}

// notRead says which pages OCR was to read (nil: all) and why it could
// not, beside the text layer's own report of them.
func notRead(x Extraction, pages []int, why error) []string {
	if pages == nil {
		return []string{fmt.Sprintf("OCR could not read the pages (--ocr always): %v", why)}
	}
	var problems []string
	if len(x.Blank) > 0 {
		problems = append(problems, fmt.Sprintf("OCR could not read the pages without text (%s): %v", pdf.Pages(x.Blank), why))
	}
	if len(x.Unreadable) > 0 {
		problems = append(problems, fmt.Sprintf("OCR could not read the pages in fonts without a character map (%s): %v", pdf.Pages(x.Unreadable), why))
	}
	return problems
}

// trusted returns what OCR read, less the pages among unreadable (pages
// whose text is drawn in fonts without a character map) that it read below
// trustedConfidence, and the problem that says so.
func trusted(read []corpus.Paragraph, unreadable []int) ([]corpus.Paragraph, []string) {
	var doubtful []int
	kept := slices.DeleteFunc(slices.Clone(read), func(p corpus.Paragraph) bool {
		if !slices.Contains(unreadable, p.Page) || p.Confidence >= trustedConfidence {
			return false
		}
		if len(doubtful) == 0 || doubtful[len(doubtful)-1] != p.Page {
			doubtful = append(doubtful, p.Page)
		}
		return true
	})
	if len(doubtful) == 0 {
		return read, nil
	}
	return kept, []string{fmt.Sprintf("OCR read %s below %d%% confidence (another script or language? see --ocr-lang)", pdf.Pages(doubtful), trustedConfidence)}
}

// joinAcrossPages joins a paragraph that a page break cut in mid-sentence
// (or in mid-word, at a hyphen) where one side was read by OCR, which
// reads a page on its own: the text layer's layout joins its own pages.
// The footnotes of the page before may stand between the two halves.
func joinAcrossPages(ps []corpus.Paragraph) []corpus.Paragraph {
	var vocab map[string]bool // the document's words, once a hyphen needs them
	out := ps[:0:0]
	for _, p := range ps {
		j := len(out) - 1
		for j >= 0 && out[j].Kind == corpus.Footnote && out[j].Page == p.Page-1 {
			j--
		}
		if j >= 0 {
			prev := &out[j]
			if p.Page == prev.Page+1 && (p.OCR || prev.OCR) && prev.Kind == corpus.Body && p.Kind == corpus.Body &&
				p.Number == "" && !textfold.EndsSentence(prev.Text) && startsLower(p.Text) {
				if vocab == nil && strings.HasSuffix(prev.Text, "-") {
					var all strings.Builder
					for _, q := range ps {
						all.WriteString(q.Text + "\n")
					}
					vocab = textfold.Vocabulary(all.String())
				}
				prev.Text = textfold.JoinLines(prev.Text, p.Text, vocab)
				if !prev.OCR {
					prev.OCR, prev.Confidence = true, p.Confidence
				}
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// startsLower reports whether s begins with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// tesseractLang is the Tesseract language of each language of the corpus.
var tesseractLang = map[string]string{corpus.English: "eng", corpus.French: "fra", corpus.Spanish: "spa", corpus.German: "deu"}

// ocrTools checks that tesseract and the languages are there, and returns
// the languages to read with: those given ("eng+fra"), else the language
// the text layer's words tell when Tesseract has it (a French statement
// read as English loses its accents), else English. pdftoppm is needed
// only for pages that are not one image read from the file, and is looked
// for when there are such pages.
func ocrTools(lang string, layer []corpus.Paragraph) (string, map[string]bool, error) {
	if _, err := exec.LookPath("tesseract"); err != nil {
		return "", nil, fmt.Errorf("tesseract not found: %s", installTesseract)
	}
	out, err := exec.Command("tesseract", "--list-langs").CombinedOutput()
	if err != nil {
		return "", nil, fmt.Errorf("tesseract --list-langs: %v", err)
	}
	have := map[string]bool{}
	for _, l := range strings.Fields(string(out)) {
		have[l] = true
	}
	if lang == "" {
		lang = layerLang(layer, have)
	}
	for _, l := range strings.Split(lang, "+") {
		if !have[l] {
			return "", nil, fmt.Errorf("Tesseract has no language %q: install it with 'apt-get install tesseract-ocr-%s'", l, l)
		}
	}
	return lang, have, nil
}

// otherLangs reports whether Tesseract has a language of the corpus besides
// English.
func otherLangs(have map[string]bool) bool {
	for _, l := range tesseractLang {
		if l != "eng" && have[l] {
			return true
		}
	}
	return false
}

// layerLang returns the Tesseract language of a text layer's words when
// Tesseract has it, else English.
func layerLang(layer []corpus.Paragraph, have map[string]bool) string {
	var text strings.Builder
	for _, p := range layer {
		if text.Len() > 4000 { // DetectLang reads no more
			break
		}
		text.WriteString(p.Text + "\n")
	}
	if l := tesseractLang[corpus.DetectLang(text.String())]; have[l] {
		return l
	}
	return "eng"
}
