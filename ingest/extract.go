package ingest

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/normdex/normdex/ingest/pdf"
)

// Extractor turns the bytes of one source file into paragraphs in reading
// order. Implementations must not panic on any input.
type Extractor interface {
	Extract(ctx context.Context, name string, data []byte) (Extraction, error)
}

// Format returns the format of a source by its name ("txt", "pdf", "docx",
// "odt", "html", "md"), or "" when normdex does not read it.
func Format(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text":
		return "txt"
	case ".pdf":
		return "pdf"
	case ".docx":
		return "docx"
	case ".odt":
		return "odt"
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".md", ".markdown":
		return "md"
	}
	return ""
}

// ForFormat returns the extractor for a format.
func ForFormat(format string) (Extractor, error) {
	switch format {
	case "txt":
		return TXT{}, nil
	case "pdf":
		return PDF{}, nil
	case "docx":
		return DOCX{}, nil
	case "odt":
		return ODT{}, nil
	case "html":
		return HTML{}, nil
	case "md":
		return Markdown{}, nil
	}
	return nil, fmt.Errorf("no extractor for format %q", format)
}

// TXT extracts plain-text sources.
type TXT struct{}

// Extract decodes the text and folds it into paragraphs.
func (TXT) Extract(_ context.Context, name string, data []byte) (Extraction, error) {
	text, err := DecodeText(data)
	if err != nil {
		return Extraction{}, err
	}
	ps := FoldText(text)
	if len(ps) == 0 {
		return Extraction{}, fmt.Errorf("no text")
	}
	pages := 0
	if strings.Contains(text, "\f") {
		pages = ps[len(ps)-1].Page
	}
	return Extraction{Paragraphs: ps, Pages: pages}, nil
}

// PDF extracts PDF sources with their layout (see package pdf).
type PDF struct{}

// Extract reads the text of the PDF's pages in reading order.
func (p PDF) Extract(ctx context.Context, _ string, data []byte) (Extraction, error) {
	return p.extractWithout(ctx, data, nil)
}

// extractWithout reads the text of the PDF's pages but those in skip, whose
// text OCR has read (see pdf.ExtractWithout).
func (PDF) extractWithout(ctx context.Context, data []byte, skip []int) (Extraction, error) {
	d, err := pdf.ExtractWithout(ctx, data, skip)
	return Extraction{Paragraphs: d.Paragraphs, Pages: d.Pages, Problems: d.Problems, Blank: d.Blank, Unreadable: d.Unreadable}, err
}

// Safely runs an extractor with the time limit of ctx and turns a panic
// inside it (or inside the parser it uses) into an error for that file.
func Safely(ctx context.Context, ex Extractor, name string, data []byte) (Extraction, error) {
	type result struct {
		x   Extraction
		err error
	}
	ch := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				ch <- result{err: fmt.Errorf("parser crashed: %v", r)}
			}
		}()
		x, err := ex.Extract(ctx, name, data)
		ch <- result{x, err}
	}()
	select {
	case r := <-ch:
		return r.x, r.err
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return Extraction{}, errors.New("extraction timed out")
		}
		return Extraction{}, ctx.Err()
	}
}
