// Package pdf reads the text of PDF files in reading order, from the
// positions of their glyphs.
package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/normdex/normdex/corpus"
)

// Document is the text of a PDF: paragraphs in reading order, the number of
// pages, and the problems met on pages that could not be read.
type Document struct {
	Paragraphs []corpus.Paragraph
	Pages      int
	Problems   []string
	// Blank are the pages (1-based) that draw images but no text at all:
	// the ones OCR may read. A page whose text continues a paragraph begun
	// on the page before has text, though no paragraph starts on it; a page
	// that draws nothing has nothing to read.
	Blank []int
	// Unreadable are the pages (1-based) whose text is drawn in fonts
	// without a character map (see drawing.unreadable): text that is there
	// to see but has no characters to read, which OCR may read from the
	// page as drawn.
	Unreadable []int
}

// ErrNoTextLayer is the error for a PDF with no text at all: a scan, as a
// rule, whose pages OCR may read.
var ErrNoTextLayer = errors.New("no text layer: scanned document, OCR needed")

// ErrNoCharacterMap is the error for a PDF whose text is all in fonts
// without a character map: not a scan, but OCR may read it.
var ErrNoCharacterMap = errors.New("no readable text: its fonts have no character map")

// Extract reads the positioned text of every page and lays it out: words
// from glyph positions, columns, running heads and page numbers removed,
// footnotes kept apart. A page that fails is reported in Problems and the
// rest of the document is kept.
func Extract(ctx context.Context, data []byte) (Document, error) {
	return ExtractWithout(ctx, data, nil)
}

// ExtractWithout is Extract with the pages in skip (1-based) laid out as if
// they drew nothing, for pages whose text was read otherwise (by OCR): a
// paragraph that runs on from such a page to the next keeps the next page's
// text. With pages to skip, a document left without text is no error.
func ExtractWithout(ctx context.Context, data []byte, skip []int) (Document, error) {
	r, file, cut, err := openPDF(ctx, data)
	if err != nil {
		return Document{}, err
	}
	tree := pageTree(r)
	n := len(tree)
	if n == 0 {
		if cut != nil {
			return Document{}, cut
		}
		return Document{}, errors.New("damaged PDF: no page found in its page tree")
	}
	// Pages are read in any order, on as many cores as are free (see
	// eachPage), each goroutine with copies of the fonts parsed for all;
	// what they yield is then taken in page order.
	type read struct {
		pg  PageGlyphs
		d   drawing
		err error
	}
	reads := make([]read, n)
	defer func() {
		for _, r := range reads {
			releaseGlyphs(r.pg.Glyphs)
		}
	}()
	shared := new(parsed)
	eachPage(n, func() (func(int), func()) {
		fonts := newFontCache(file, shared)
		hint := 0 // the glyphs of the page read before, and a quarter more
		return func(i int) {
			if ctx.Err() != nil {
				return
			}
			pg, d, err := readPage(ctx, tree[i], i+1, fonts, hint)
			hint = len(pg.Glyphs) * 5 / 4
			reads[i] = read{pg, d, err}
		}, func() {}
	})
	if err := ctx.Err(); err != nil {
		return Document{}, err
	}
	pages := make([]PageGlyphs, 0, n)
	var problems []string
	// Pages that draw images but no text, and pages most of whose text has
	// no characters (fonts without a map): text lost that is not to be
	// lost silently.
	var noText, unmapped []int
	glyphs, images, unmappedCodes := 0, 0, 0
	for k, r := range reads {
		pg, d, i := r.pg, r.d, k+1
		if slices.Contains(skip, i) {
			pg.Glyphs, pg.Omitted = nil, true // the glyphs are still released with reads
			pages = append(pages, pg)
			continue
		}
		if r.err != nil {
			problems = append(problems, fmt.Sprintf("page %d: %v", i, r.err))
		}
		// Unmapped codes draw no glyphs: a page of them with a logo or a
		// figure is still one whose text has no characters, not a scan.
		switch {
		case d.unreadable():
			unmapped = append(unmapped, i)
		case len(pg.Glyphs) == 0 && d.images > 0:
			noText = append(noText, i)
		}
		glyphs += len(pg.Glyphs)
		images += d.images
		unmappedCodes += d.unmapped
		pages = append(pages, pg)
	}
	if glyphs == 0 && len(skip) == 0 {
		switch {
		case cut != nil:
			return Document{}, cut
		case len(problems) == n && n > 0:
			return Document{}, fmt.Errorf("no page could be read (%s)", problems[0])
		case len(unmapped) > 0 || unmappedCodes > 0 && images == 0:
			// Text drawn that has no characters is not a scan, however
			// short. Which pages draw images only, OCR's reader needs.
			return Document{Pages: n, Blank: noText, Unreadable: unmapped}, ErrNoCharacterMap
		}
		return Document{}, ErrNoTextLayer
	}
	ps := Layout(pages)
	if len(ps) == 0 && len(skip) == 0 {
		if printed(pages) {
			return Document{}, errors.New("no text but running heads and page numbers")
		}
		return Document{}, ErrNoTextLayer
	}
	if cut != nil {
		problems = append(problems, "file truncated: read as far as it goes")
	}
	if len(noText) > 0 {
		problems = append(problems, BlankProblem(noText))
	}
	if len(unmapped) > 0 {
		problems = append(problems, UnreadableProblem(unmapped))
	}
	return Document{Paragraphs: ps, Pages: n, Problems: problems, Blank: noText, Unreadable: unmapped}, nil
}

// unreadable reports whether a page's text is lost for want of character
// maps: most of its characters, or a third of them when that is a hundred
// or more (a magazine's body in subset fonts whose maps were left out, the
// headings in fonts that kept theirs). The symbols of a formula or a
// bullet's dingbat are a few in a page; a tenth to a fifth of a page's
// codes are often spaces drawn in a font without a map.
func (d drawing) unreadable() bool {
	return (d.codes >= 20 && 2*d.unmapped > d.codes) || (d.unmapped >= 100 && 10*d.unmapped >= 3*d.codes)
}

// printed reports whether pages draw a character other than a space:
// text that layout took for page furniture, when it kept none.
func printed(pages []PageGlyphs) bool {
	for _, pg := range pages {
		for _, g := range pg.Glyphs {
			if strings.TrimSpace(g.S) != "" {
				return true
			}
		}
	}
	return false
}

// BlankProblem is the problem Extract reports for pages (1-based, in
// order) that have no text, so that a reader of those pages by other means
// (OCR) can take it back.
func BlankProblem(pages []int) string { return pageList(pages) + " no text" }

// UnreadableProblem is the problem Extract reports for pages (1-based, in
// order) whose text is in fonts without a character map.
func UnreadableProblem(pages []int) string {
	return pageList(pages) + " text in fonts without a character map"
}

// Pages names pages (1-based, in order) in runs: "page 4", "pages 3–9, 12".
func Pages(pages []int) string {
	var runs []string
	for i := 0; i < len(pages); {
		j := i
		for j+1 < len(pages) && pages[j+1] == pages[j]+1 {
			j++
		}
		if j > i {
			runs = append(runs, fmt.Sprintf("%d–%d", pages[i], pages[j]))
		} else {
			runs = append(runs, strconv.Itoa(pages[i]))
		}
		i = j + 1
	}
	if len(pages) == 1 {
		return "page " + runs[0]
	}
	return "pages " + strings.Join(runs, ", ")
}

// pageList names pages with their verb: "page 4 has", "pages 3–9, 12 have".
func pageList(pages []int) string {
	if len(pages) == 1 {
		return Pages(pages) + " has"
	}
	return Pages(pages) + " have"
}

// openPDF opens a PDF from memory and says plainly why it cannot. It
// returns the bytes the reader reads: data, or its decrypted copy. The
// reader's reads fail once ctx is done (stopAt); a file not opened by then
// gives ctx's error, not the damage those failed reads seem to show.
//
// A file cut short (no %%EOF at its end) is read from the objects it
// holds, as pdftotext reads it, and reported truncated, the error that
// cut is then to be given if it yields no text.
func openPDF(ctx context.Context, data []byte) (r *lpdf.Reader, file []byte, cut error, err error) {
	defer func() {
		if x := recover(); x != nil {
			r, file, cut, err = nil, nil, nil, fmt.Errorf("damaged PDF: %v", x)
		}
		if err != nil && ctx.Err() != nil {
			err = ctx.Err()
		}
	}()
	data = framePDF(data)
	if data == nil {
		return nil, nil, nil, errors.New("not a PDF file (no %PDF header)")
	}
	file = data
	plain := hideEncrypt(data)
	if plain != nil {
		file = plain
	}
	switch {
	case hugeXref(file):
		// ledongthuc would allocate the table it claims, and run out of
		// memory, which no recover catches: the process would die.
		err = errors.New("malformed PDF: cross-reference table larger than the file")
	case plain == nil:
		r, file, err = openChecked(ctx, file)
	default:
		// Its object streams are unpacked once decrypted, below.
		r, file, err = openReader(ctx, file, false)
	}
	if err != nil && strings.Contains(err.Error(), "missing %%EOF") {
		err = fmt.Errorf("truncated PDF (%v)", err)
		if plain == nil {
			cut = err
		}
	}
	if err != nil && plain == nil {
		// A damaged cross-reference table: the objects may all be there.
		if fixed := rebuildXref(file); fixed != nil {
			if r2, fixed, err2 := openChecked(ctx, fixed); err2 == nil {
				r, file, err = r2, fixed, nil
			}
		}
	}
	if err != nil {
		return nil, nil, nil, err
	}
	if plain != nil {
		if enc := r.Trailer().Key(hiddenKey); !enc.IsNull() {
			if err = decryptFile(file, enc, r.Trailer()); err == nil {
				r, file = unpacked(ctx, r, file, !keepObjStms)
			}
		} else {
			// "/Encrypt" stood elsewhere than in a trailer: the file is
			// not encrypted, and is read as it is.
			r, file, err = openReader(ctx, data, !keepObjStms)
		}
		if err != nil {
			return nil, nil, nil, err
		}
		if r.NumPage() == 0 {
			return nil, nil, nil, errors.New("damaged PDF: no pages")
		}
	}
	return r, file, cut, nil
}

// headerWindow is how far into a file its header is looked for, as
// pdftotext and Acrobat look: a print spooler's job header or a program's
// banner captured with its output may stand before it.
const headerWindow = 1024

// whole is the end of a file whose last trailer is whole though its
// %%EOF is missing or cut ("%%EO", "EOF").
var whole = lazyRegexp(`startxref\s+\d+\s*%*E?O?F?\s*$`)

// framePDF returns the bytes of data that are the PDF, or nil when no
// header stands in its first kilobyte. They start at the header, and
// byte offsets count from there, as in pdftotext. They end at the last
// %%EOF when only junk follows it (a transfer's padding, a stray byte):
// ledongthuc wants %%EOF at the very end. A file whose last trailer is
// whole but whose %%EOF is missing gets one. A file cut short, that has
// objects or a table after its last %%EOF or no trailer at its end, is
// left as it is, and is reported truncated.
//
// The header is "%PDF-" and a version; as for pdftotext, "%PDF" and a
// version with its dash left out or miswritten ("%PDF1.4", "%PDF.1.4")
// will do.
func framePDF(data []byte) []byte {
	at := -1
	for from, head := 0, data[:min(len(data), headerWindow)]; ; {
		i := bytes.Index(head[from:], []byte("%PDF"))
		if i < 0 {
			return nil
		}
		if j := from + i + 4; j < len(head) && (head[j] == '-' || head[j] == '.' || head[j] >= '0' && head[j] <= '9') {
			at = from + i
			break
		}
		from += i + 4
	}
	data = data[at:]
	tail := data[max(0, len(data)-headerWindow):]
	if bytes.HasSuffix(bytes.TrimRight(tail, "\x00\t\r\n\f "), []byte("%%EOF")) {
		return data
	}
	if i := bytes.LastIndex(tail, []byte("%%EOF")); i >= 0 {
		junk := tail[i+5:]
		if !bytes.Contains(junk, []byte("obj")) && !bytes.Contains(junk, []byte("xref")) {
			return data[:len(data)-len(junk)]
		}
	}
	if whole().Match(tail) {
		return append(bytes.Clone(data), "\n%%EOF\n"...)
	}
	return data
}

// openChecked opens a file that is not encrypted and checks that its
// pages can be found, recovering from a panic there: ledongthuc reads
// objects only when asked for them, so a table that points nowhere shows
// only then.
//
// It returns the bytes the reader reads: data, or data with its object
// streams unpacked (openReader).
func openChecked(ctx context.Context, data []byte) (r *lpdf.Reader, read []byte, err error) {
	defer func() {
		if x := recover(); x != nil {
			r, read, err = nil, data, fmt.Errorf("damaged PDF: %v", x)
		}
	}()
	r, read, err = openReader(ctx, data, !keepObjStms)
	if err == nil && r.NumPage() == 0 {
		return nil, data, errors.New("damaged PDF: no pages")
	}
	return r, read, err
}

// openReader opens data with ledongthuc, before any object is looked up
// with the objects of its object streams appended as plain ones when move
// is set, and made free in any case where they would loop
// (unpackObjStms). It returns the bytes the reader reads. A file whose
// cross-reference sections ledongthuc would never get past is refused
// (checkXrefChain).
func openReader(ctx context.Context, data []byte, move bool) (*lpdf.Reader, []byte, error) {
	if err := checkXrefChain(data); err != nil {
		return nil, data, err
	}
	r, err := lpdf.NewReader(withHeader(ctx, data), int64(len(data)))
	if err != nil {
		return nil, data, err
	}
	r, data = unpacked(ctx, r, data, move)
	return r, data, nil
}

// unpacked returns a reader of data with its object streams unpacked
// (unpackObjStms), and those bytes, when ledongthuc opens them; else r and
// data as they are. r reads data.
func unpacked(ctx context.Context, r *lpdf.Reader, data []byte, move bool) (*lpdf.Reader, []byte) {
	if u := unpackObjStms(data, r.Trailer(), move); u != nil {
		if r2, err := lpdf.NewReader(withHeader(ctx, u), int64(len(u))); err == nil {
			return r2, u
		}
	}
	return r, data
}

// withHeader presents data to ledongthuc with a header it accepts. It
// reads "%PDF-1.0" to "%PDF-1.7" followed by an end of line only, while
// PDF 2.0 files (current LaTeX, Acrobat) and headers followed by a space
// or a comment read the same way. Its reads fail once ctx is done
// (stopAt).
func withHeader(ctx context.Context, data []byte) io.ReaderAt {
	var r io.ReaderAt = headerAt{data}
	if len(data) > 9 && bytes.HasPrefix(data, []byte("%PDF-1.")) && data[7] >= '0' && data[7] <= '7' && (data[8] == '\r' || data[8] == '\n') {
		r = bytes.NewReader(data)
	}
	if ctx.Done() != nil {
		return stopAt{r, ctx}
	}
	return r
}

// stopAt reads r until ctx is done, and fails every read after. A damaged
// file can make ledongthuc look an object up in an endless loop (round an
// /Extends loop that unpackObjStms does not see, or a loop not found yet),
// and a goroutine cannot be stopped from outside: the extraction would be
// given up for timed out while its goroutine kept a core busy for the
// rest of the process. Every turn of such a loop reads the file (round
// /Extends, the next stream's dictionary); a read that fails makes
// ledongthuc panic, and the recovers around its calls end the loop there.
type stopAt struct {
	r   io.ReaderAt
	ctx context.Context
}

func (s stopAt) ReadAt(b []byte, off int64) (int, error) {
	if err := s.ctx.Err(); err != nil {
		return 0, err
	}
	return s.r.ReadAt(b, off)
}

// headerAt reads data with "%PDF-1.7\n" over its first nine bytes when
// read from its start, as ledongthuc reads the header it checks. Reads from
// anywhere else see data as it is: a header line shorter than nine bytes
// ("%PDF1.4") has the first object right after it.
type headerAt struct{ data []byte }

func (h headerAt) ReadAt(b []byte, off int64) (int, error) {
	if off < 0 || off >= int64(len(h.data)) {
		return 0, io.EOF
	}
	n := copy(b, h.data[off:])
	if off == 0 {
		copy(b[:n], "%PDF-1.7\n")
	}
	if n < len(b) {
		return n, io.EOF
	}
	return n, nil
}

// keepObjStms, set by tests, leaves object streams to ledongthuc (but for
// those in a loop), to check that unpacking them changes nothing it reads.
var keepObjStms bool

// pageHook, set by tests, runs before a page is read: a panic in it stands
// for a parser that crashes on that page.
var pageHook func(page int)

// pageTree returns the pages in order, walking the page tree once:
// ledongthuc's Reader.Page walks it from the root for every page, parsing
// each object again (it caches none), which made long documents quadratic.
// A page whose subtree cannot be read is left out, with the pages after it
// kept.
func pageTree(r *lpdf.Reader) []lpdf.Page {
	var out []lpdf.Page
	visited := 0
	var walk func(v lpdf.Value, depth int)
	walk = func(v lpdf.Value, depth int) {
		if visited++; depth > 64 || visited > 1<<20 { // a loop in a damaged tree
			return
		}
		kids := v.Key("Kids")
		if kids.Kind() != lpdf.Array {
			if v.Kind() == lpdf.Dict {
				out = append(out, lpdf.Page{V: v})
			}
			return
		}
		for i := 0; i < kids.Len(); i++ {
			func() {
				defer func() { recover() }() // a damaged kid: its siblings are kept
				walk(kids.Index(i), depth+1)
			}()
		}
	}
	walk(r.Trailer().Key("Root").Key("Pages"), 0)
	return out
}

// readPage returns the glyphs of page i, recovering from a panic in the
// parser so that one bad page does not lose the document.
func readPage(ctx context.Context, p lpdf.Page, i int, fonts fontCache, capHint int) (pg PageGlyphs, d drawing, err error) {
	defer func() {
		if x := recover(); x != nil {
			if s, ok := x.(errStopped); ok {
				pg, err = PageGlyphs{Number: i}, s.err
				return
			}
			pg, err = PageGlyphs{Number: i}, fmt.Errorf("parser crashed: %v", x)
		}
	}()
	if pageHook != nil {
		pageHook(i)
	}
	pg = PageGlyphs{Number: i, Width: 612, Height: 792}
	var b *pageBox
	if box := inherited(p.V, "MediaBox"); box.Len() == 4 {
		x0, x1 := minMax(box.Index(0).Float64(), box.Index(2).Float64())
		y0, y1 := minMax(box.Index(1).Float64(), box.Index(3).Float64())
		pg.Width, pg.Height = x1-x0, y1-y0
		if pg.Width > 0 && pg.Height > 0 {
			b = &pageBox{x0, y0, x1, y1}
		}
	}
	if p.V.IsNull() {
		return pg, d, errors.New("page missing")
	}
	pg.Glyphs, d = contentGlyphs(ctx, p, fonts, capHint, b)
	if b != nil && (b.x0 != 0 || b.y0 != 0) {
		// The layout takes the box's corner for the origin.
		for k := range pg.Glyphs {
			pg.Glyphs[k].X -= b.x0
			pg.Glyphs[k].Y -= b.y0
		}
	}
	return pg, d, nil
}

func minMax(a, b float64) (float64, float64) { return min(a, b), max(a, b) }

// pageBox is a page's media box, [x0 x1] by [y0 y1].
type pageBox struct{ x0, y0, x1, y1 float64 }

// off reports whether glyph g starts off the page. A page can be a window
// on a larger drawing (a sheet cut into pages that share one content
// stream, a page cropped by a tool that only changed its box): the text
// outside it is not on the page, and pdftotext does not read it either.
func (b *pageBox) off(g Glyph) bool {
	slack := max(math.Abs(g.W), math.Abs(g.Size))
	return g.X+slack < b.x0 || g.X-slack > b.x1 || g.Y+slack < b.y0 || g.Y-slack > b.y1
}

// inherited looks a page attribute up the page tree, as PDF pages inherit
// MediaBox and others from their parents; and a form field's up the fields
// it belongs to, which keep what their widgets share.
func inherited(v lpdf.Value, key string) lpdf.Value {
	for depth := 0; !v.IsNull() && depth < 32; depth++ {
		if r := v.Key(key); !r.IsNull() {
			return r
		}
		v = v.Key("Parent")
	}
	return lpdf.Value{}
}

// glyphBufs keeps the glyph slices of the pages of documents laid out, for
// the pages of the documents read after them. Ingest runs with its
// collector off below a soft limit, so memory is reused only where it is
// kept for reuse, and each new page's slice was fresh memory, whose first
// touch costs more than filling it: the glyphs were a quarter of what
// ingesting the six sample PDFs allocated.
var glyphBufs sync.Pool // of *[]Glyph

// takeGlyphs returns an empty slice for a page's glyphs, of at least capHint
// if a new one has to be made.
func takeGlyphs(capHint int) []Glyph {
	if b, ok := glyphBufs.Get().(*[]Glyph); ok {
		return (*b)[:0]
	}
	return make([]Glyph, 0, capHint)
}

// releaseGlyphs gives a page's glyph slice, no longer used, back for reuse.
// It is cleared first, so that it keeps no glyph's text alive.
func releaseGlyphs(gs []Glyph) {
	if cap(gs) == 0 {
		return
	}
	clear(gs)
	gs = gs[:0]
	glyphBufs.Put(&gs)
}
