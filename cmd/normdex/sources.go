package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/normdex/normdex/ingest"
)

var (
	ocrFlag = &cli.StringFlag{Name: "ocr", Value: ingest.OCRAuto,
		Usage: "read PDF pages with Tesseract: `MODE` auto (pages without a text layer), always or never"}
	ocrLangFlag = &cli.StringFlag{Name: "ocr-lang", Value: "eng", Usage: "Tesseract `LANGS` to read, such as eng+fra+spa"}
)

// ocrOptions reads --ocr, --ocr-lang and --workers.
func ocrOptions(c *cli.Context) (ingest.OCRPDF, error) {
	o := ingest.OCRPDF{Mode: c.String("ocr"), Lang: c.String("ocr-lang"), Workers: max(1, c.Int("workers"))}
	switch o.Mode {
	case ingest.OCRAuto, ingest.OCRAlways, ingest.OCRNever:
		return o, nil
	}
	return o, fmt.Errorf("unknown --ocr mode %q: want auto, always or never", o.Mode)
}

// extractorFor returns the extractor of a format; PDFs go through OCR as
// the options say.
func extractorFor(format string, ocr ingest.OCRPDF) (ingest.Extractor, error) {
	if format == "pdf" {
		return ocr, nil
	}
	return ingest.ForFormat(format)
}

// pageProgress reports pages read by OCR on a terminal, nil elsewhere.
func pageProgress(w io.Writer) func(done, total int) {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return func(done, total int) {
		fmt.Fprintf(f, "\rOCR: page %d of %d", done, total)
		if done == total {
			fmt.Fprint(f, "\r\033[K")
		}
	}
}

// sourcesDir is the workspace folder that keeps the bytes of sources
// downloaded from the web, so that a statement stays available when its
// site changes or goes away.
func (w *workspace) sourcesDir() string { return filepath.Join(w.dir, "sources") }

// readSource returns the bytes of a source and their format: a file by its
// name, a URL downloaded (within timeout) and kept in keep, named by its
// hash, its format detected from the content.
func readSource(ctx context.Context, path, keep string, timeout time.Duration) ([]byte, string, error) {
	if !ingest.IsURL(path) {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, "", readError(err)
		}
		return data, ingest.Format(path), nil
	}
	data, format, err := ingest.Fetcher{Timeout: timeout}.Fetch(ctx, path)
	if err != nil {
		return nil, "", err
	}
	if keep != "" {
		if err := keepSource(keep, data, format); err != nil {
			return nil, "", err
		}
	}
	return data, format, nil
}

// keepSource writes downloaded bytes into dir as HASH.FORMAT, all or
// nothing.
func keepSource(dir string, data []byte, format string) error {
	sum := sha256.Sum256(data)
	name := filepath.Join(dir, hex.EncodeToString(sum[:])+"."+format)
	if _, err := os.Stat(name); err == nil {
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("keep download: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".download-*")
	if err != nil {
		return fmt.Errorf("keep download: %w", err)
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("keep download: %w", err)
	}
	return nil
}

// isWorkspace reports whether a folder is a normdex workspace, whose files
// are no sources (a workspace may sit in the folder being ingested).
func isWorkspace(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "normdex.db"))
	return err == nil
}
