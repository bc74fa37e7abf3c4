package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/ingest"
	"github.com/normdex/normdex/workspace"
)

// smallSource is the size of file below which extract gives no huge-page
// advice: such a file builds a heap of a few megabytes, on which the advice's
// collection and the metadata of the block it takes cost more page faults
// than huge pages save (measured 2026-12-02 on this host, some 25 µs a fault:
// a 32 KB PDF 1,700 faults with the advice, 1,400 without; a 206 KB one
// 2,100 either way; a 512 KB one 2,200 with it, 5,300 without).
const smallSource = 128 << 10

func extractCommand() *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "print the text the pipeline sees in a source",
		ArgsUsage: "FILE|URL",
		Description: `Paragraphs in reading order separated by blank lines, running heads,
footers and page numbers removed; footnotes follow the body.`,
		Flags: []cli.Flag{
			&cli.DurationFlag{Name: "timeout", Usage: "time limit for extracting the file", Value: workspace.DefaultTimeout},
			ocrFlag, ocrLangFlag,
			&cli.IntFlag{Name: "workers", Usage: "pages read by OCR in parallel", Value: runtime.NumCPU()},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return fmt.Errorf("extract: want one FILE or URL")
			}
			path := c.Args().First()
			if f := ingest.Format(path); f == "" && !ingest.IsURL(path) {
				return fmt.Errorf("extract %s: not a kind of file normdex reads (.pdf, .docx, .odt, .html, .txt, .md)", path)
			}
			ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
			defer cancel()
			ocr, err := ocrOptions(c)
			if err != nil {
				return fmt.Errorf("extract: %w", err)
			}
			ocr.Progress = pageProgress(c.App.ErrWriter)
			if fi, err := os.Stat(path); err != nil || fi.Size() >= smallSource {
				adviseHugePages()
			}
			x, err := workspace.Extract(ctx, path, ocr, c.Duration("timeout"))
			if err != nil {
				return fmt.Errorf("extract %s: %w", path, err)
			}
			for _, p := range x.Problems {
				fmt.Fprintf(c.App.ErrWriter, "normdex: extract %s: %s\n", path, p)
			}
			writeParagraphs(c.App.Writer, x.Paragraphs)
			return nil
		},
	}
}

// writeParagraphs prints body paragraphs and headings in reading order, then
// the footnotes with their numbers, separated by blank lines.
func writeParagraphs(w io.Writer, ps []corpus.Paragraph) {
	var blocks []string
	for _, kind := range []bool{false, true} {
		for _, p := range ps {
			if (p.Kind == corpus.Footnote) != kind {
				continue
			}
			if kind && p.Number != "" {
				blocks = append(blocks, p.Number+" "+p.Text)
				continue
			}
			blocks = append(blocks, p.Text)
		}
	}
	io.WriteString(w, strings.Join(blocks, "\n\n"))
	if len(blocks) > 0 {
		io.WriteString(w, "\n")
	}
}
