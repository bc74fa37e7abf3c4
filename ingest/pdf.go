package ingest

import (
	"context"
	"errors"
)

// PDF extracts PDF sources with their layout.
type PDF struct{}

// Extract reads the text of a PDF.
func (PDF) Extract(ctx context.Context, name string, data []byte) (Extraction, error) {
	return Extraction{}, errors.New("PDF extraction not implemented")
}
