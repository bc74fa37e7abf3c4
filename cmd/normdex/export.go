package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/normdex/normdex/annotate"
	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/index"
)

func exportCommand() *cli.Command {
	return &cli.Command{
		Name:      "export",
		Usage:     "write cited, annotated passages for papers, spreadsheets and QDA tools",
		ArgsUsage: "[WORDS...]",
		Description: `Formats: jsonl (one passage a line), csv (--excel adds a byte-order mark),
md and latex (grouped by element, or by State with --group-by state; each excerpt
quoted with its citation and the matched words emphasised), html (one self-contained
page with the evidence highlighted and a legend), qdpx (a REFI-QDA project for NVivo,
ATLAS.ti, MAXQDA or QualCoder: codes, sources and coded selections).`,
		Flags: append(filterFlags(),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "jsonl", Usage: "`FORMAT`: jsonl, csv, md, latex, html or qdpx"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` instead of standard output"},
			&cli.StringFlag{Name: "citation", Value: corpus.DefaultCitation, Usage: "citation `TEMPLATE` (Go text/template over Who, State, Title, Year, Date, Page, Paragraph, Locator, Where, Source)"},
			&cli.StringFlag{Name: "group-by", Value: "element", Usage: "group md, latex and html by `element` or state"},
			&cli.BoolFlag{Name: "excel", Usage: "csv: start with a UTF-8 byte-order mark so that Excel reads it right"},
			rulesFlag,
		),
		Action: func(c *cli.Context) error {
			format := c.String("format")
			switch format {
			case "jsonl", "csv", "md", "markdown", "latex", "tex", "html", "qdpx":
			default:
				return fmt.Errorf("export: unknown format %q: want jsonl, csv, md, latex, html or qdpx", format)
			}
			by := c.String("group-by")
			if by != "element" && by != "state" {
				return fmt.Errorf("export: --group-by %q: want element or state", by)
			}
			xs, cb, err := collectExcerpts(c)
			if err != nil {
				return err
			}
			infos := elementInfos(cb)
			sel := c.StringSlice("element")
			return writeOutput(c, func(w io.Writer) error {
				switch format {
				case "jsonl":
					return writeJSONL(w, xs)
				case "csv":
					return writeCSV(w, xs, c.Bool("excel"))
				case "md", "markdown":
					return writeMarkdown(w, xs, by, sel, infos)
				case "latex", "tex":
					return writeLaTeX(w, xs, by, sel, infos)
				case "html":
					return writeHTML(w, xs, by, sel, infos)
				}
				var codes []codeInfo
				for _, e := range cb.Elements {
					codes = append(codes, codeInfo{ID: e.ID, Label: e.Label, Definition: e.Definition})
				}
				return writeQDPX(w, xs, codes)
			})
		},
	}
}

func matrixCommand() *cli.Command {
	return &cli.Command{
		Name:      "matrix",
		Usage:     "the position map: States × dimensions of norm 13(c), narrow / broad / both / rejected",
		ArgsUsage: "[WORDS...]",
		Description: `Rows are States; columns the dimensions of norm 13(c) (status, scope, knowledge,
actors, threshold, territory). A passage is broad on a dimension when it affirms an
element of the broad pole, narrow when it affirms only the narrow pole, rejected when
it only rejects; a cell says what the State's passages say, with their counts. With
--elements the columns are the elements, with passage counts.`,
		Flags: append(filterFlags(),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "md", Usage: "`FORMAT`: md, csv or html"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` instead of standard output"},
			&cli.BoolFlag{Name: "elements", Usage: "one column an element, with passage counts"},
			&cli.StringFlag{Name: "citation", Value: corpus.DefaultCitation, Usage: "citation `TEMPLATE`"},
			rulesFlag,
		),
		Action: func(c *cli.Context) error {
			format := c.String("format")
			if format != "md" && format != "csv" && format != "html" {
				return fmt.Errorf("matrix: unknown format %q: want md, csv or html", format)
			}
			xs, cb, err := collectExcerpts(c)
			if err != nil {
				return err
			}
			byElement := c.Bool("elements")
			m := buildMap(xs, elementInfos(cb), byElement, c.StringSlice("element"))
			return writeOutput(c, func(w io.Writer) error {
				switch format {
				case "csv":
					return writeMatrixCSV(w, m, byElement)
				case "html":
					return writeMatrixHTML(w, m, byElement)
				}
				return writeMatrixMarkdown(w, m, byElement)
			})
		},
	}
}

// collectExcerpts gathers the passages that pass the command's filters, with
// their documents and citations, and the codebook for labels and poles.
func collectExcerpts(c *cli.Context) ([]excerpt, *annotate.Codebook, error) {
	f, err := filterFromFlags(c)
	if err != nil {
		return nil, nil, err
	}
	citer, err := corpus.NewCiter(c.String("citation"))
	if err != nil {
		return nil, nil, err
	}
	tagger, err := annotate.Load(c.String("rules"))
	if err != nil {
		return nil, nil, err
	}
	ws, err := openWorkspace(c, false, false)
	if err != nil {
		return nil, nil, err
	}
	defer ws.Close()
	var xs []excerpt
	var cur corpus.Document
	err = forEachPassage(c.Context, ws, f, func(d corpus.Document, p corpus.Passage) error {
		if cur.ID != d.ID {
			full, err := ws.store.Document(c.Context, d.ID)
			if err != nil {
				return err
			}
			cur = full
		}
		xs = append(xs, excerpt{exportRecord: newRecord(d, p, citer), doc: cur})
		return nil
	})
	return xs, tagger.Codebook(), err
}

// writeOutput writes to -o FILE (all or nothing: a temporary file renamed
// into place) or to standard output.
func writeOutput(c *cli.Context, write func(io.Writer) error) error {
	path := c.String("output")
	if path == "" {
		bw := bufio.NewWriter(c.App.Writer)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".normdex-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	bw := bufio.NewWriter(tmp)
	if err := write(bw); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// exportRecord is one line of the JSON Lines export (DESIGN.md).
type exportRecord struct {
	ID          string              `json:"id"`
	DocID       string              `json:"doc_id"`
	DocTitle    string              `json:"doc_title"`
	Source      string              `json:"source"`
	State       string              `json:"state"`
	Date        string              `json:"date"`
	Page        int                 `json:"page"`
	Paragraph   string              `json:"paragraph"`
	Kind        string              `json:"kind"`
	Statement   string              `json:"statement_id"`
	Start       int                 `json:"start"`
	End         int                 `json:"end"`
	Text        string              `json:"text"`
	Elements    []string            `json:"elements"`
	Annotations []corpus.Annotation `json:"annotations"`
	Citation    string              `json:"citation"`
	// OCR is set for text read from an image of the page, with the OCR
	// engine's mean confidence (0-100) for that page.
	OCR           bool    `json:"ocr"`
	OCRConfidence float64 `json:"ocr_confidence,omitempty"`
}

// forEachPassage calls fn for every stored passage that passes the filter,
// in document and passage order. Words in the filter are judged by the index.
func forEachPassage(ctx context.Context, ws *workspace, f corpus.Filter, fn func(corpus.Document, corpus.Passage) error) error {
	var allowed map[string]bool
	if f.Query != "" {
		if err := ws.openIndex(); err != nil {
			return err
		}
		n, err := ws.idx.Count()
		if err != nil {
			return err
		}
		res, err := ws.idx.Search(index.Query{Filter: corpus.Filter{Query: f.Query}, Size: int(n) + 1})
		if err != nil {
			return err
		}
		allowed = map[string]bool{}
		for _, h := range res.Hits {
			allowed[h.ID] = true
		}
	}
	docs, err := ws.store.Documents(ctx)
	if err != nil {
		return err
	}
	for _, d := range docs {
		ps, err := ws.store.Passages(ctx, d.ID)
		if err != nil {
			return err
		}
		for _, p := range ps {
			if (allowed != nil && !allowed[p.ID]) || !f.Match(d, p) {
				continue
			}
			if err := fn(d, p); err != nil {
				return err
			}
		}
	}
	return nil
}

func newRecord(d corpus.Document, p corpus.Passage, citer *corpus.Citer) exportRecord {
	r := exportRecord{ID: p.ID, DocID: d.ID, DocTitle: d.Title, Source: d.Source, State: p.State, Date: d.Date,
		Page: p.Page, Paragraph: p.Paragraph, Kind: string(p.Kind), Statement: p.StatementID, Start: p.Start, End: p.End,
		Text: p.Text, Elements: corpus.Elements(p.Annotations), Annotations: p.Annotations, Citation: citer.Cite(d, p),
		OCR: p.OCR, OCRConfidence: p.Confidence}
	if r.Elements == nil {
		r.Elements = []string{}
	}
	if r.Annotations == nil {
		r.Annotations = []corpus.Annotation{}
	}
	return r
}
