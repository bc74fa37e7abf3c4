package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ledongthuc/pdf"
)

// PDF extracts PDF sources with their layout: words from glyph positions,
// columns, running heads and page numbers removed, footnotes kept apart.
type PDF struct{}

// Extract reads the positioned text of every page and lays it out. A page
// that fails is reported in Problems and the rest of the document is kept.
func (PDF) Extract(ctx context.Context, name string, data []byte) (Extraction, error) {
	r, err := openPDF(data)
	if err != nil {
		return Extraction{}, err
	}
	n := r.NumPage()
	pages := make([]PageGlyphs, 0, n)
	var problems []string
	glyphs := 0
	fonts := fontCache{}
	for i := 1; i <= n; i++ {
		if err := ctx.Err(); err != nil {
			return Extraction{}, err
		}
		pg, err := readPage(ctx, r, i, fonts)
		if ctx.Err() != nil {
			return Extraction{}, ctx.Err()
		}
		if err != nil {
			problems = append(problems, fmt.Sprintf("page %d: %v", i, err))
		}
		glyphs += len(pg.Glyphs)
		pages = append(pages, pg)
	}
	if glyphs == 0 {
		if len(problems) == n && n > 0 {
			return Extraction{}, fmt.Errorf("no page could be read (%s)", problems[0])
		}
		return Extraction{}, errors.New("no text layer: scanned document, OCR needed")
	}
	ps := Layout(pages)
	if len(ps) == 0 {
		return Extraction{}, errors.New("no text layer: scanned document, OCR needed")
	}
	return Extraction{Paragraphs: ps, Pages: n, Problems: problems}, nil
}

// openPDF opens a PDF from memory and says plainly why it cannot.
func openPDF(data []byte) (r *pdf.Reader, err error) {
	defer func() {
		if x := recover(); x != nil {
			r, err = nil, fmt.Errorf("damaged PDF: %v", x)
		}
	}()
	if !bytes.HasPrefix(bytes.TrimLeft(data, "\x00\t\r\n "), []byte("%PDF")) {
		return nil, errors.New("not a PDF file (no %PDF header)")
	}
	r, err = pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	switch {
	case errors.Is(err, pdf.ErrInvalidPassword):
		return nil, errors.New("encrypted PDF: a password is needed")
	case err != nil && strings.Contains(err.Error(), "encrypt"):
		return nil, fmt.Errorf("encrypted PDF: %v", err)
	case err != nil && strings.Contains(err.Error(), "missing %%EOF"):
		return nil, fmt.Errorf("truncated PDF (%v)", err)
	case err != nil:
		return nil, err
	}
	if r.NumPage() == 0 {
		return nil, errors.New("damaged PDF: no pages")
	}
	return r, nil
}

// pageHook, set by tests, runs before a page is read: a panic in it stands
// for a parser that crashes on that page.
var pageHook func(page int)

// readPage returns the glyphs of page i, recovering from a panic in the
// parser so that one bad page does not lose the document.
func readPage(ctx context.Context, r *pdf.Reader, i int, fonts fontCache) (pg PageGlyphs, err error) {
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
	p := r.Page(i)
	pg = PageGlyphs{Number: i, Width: 612, Height: 792}
	if box := inherited(p.V, "MediaBox"); box.Len() == 4 {
		pg.Width = box.Index(2).Float64() - box.Index(0).Float64()
		pg.Height = box.Index(3).Float64() - box.Index(1).Float64()
	}
	if p.V.IsNull() {
		return pg, errors.New("page missing")
	}
	pg.Glyphs = contentGlyphs(ctx, p, fonts)
	return pg, nil
}

// inherited looks a page attribute up the page tree, as PDF pages inherit
// MediaBox and others from their parents.
func inherited(v pdf.Value, key string) pdf.Value {
	for depth := 0; !v.IsNull() && depth < 32; depth++ {
		if r := v.Key(key); !r.IsNull() {
			return r
		}
		v = v.Key("Parent")
	}
	return pdf.Value{}
}
