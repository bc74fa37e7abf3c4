package main

import (
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/normdex/normdex/ingest"
)

var (
	ocrFlag = &cli.StringFlag{Name: "ocr", Value: ingest.OCRAuto,
		Usage: "read PDF pages with Tesseract: `MODE` auto (pages without a text layer or a character map), always or never"}
	ocrLangFlag = &cli.StringFlag{Name: "ocr-lang",
		Usage: "Tesseract `LANGS` to read, such as eng+fra+spa (default: the language of the PDF's text layer when Tesseract has it, else eng)"}
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
