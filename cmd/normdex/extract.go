package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/ingest"
	"github.com/normdex/normdex/workspace"
)

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
			adviseHugePages()
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
