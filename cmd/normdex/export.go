package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"slices"

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
			format, err := oneOf("export", "format", c.String("format"), "jsonl", "csv", "md", "markdown", "latex", "tex", "html", "qdpx")
			if err != nil {
				return err
			}
			by, err := oneOf("export", "group-by", c.String("group-by"), "element", "state")
			if err != nil {
				return err
			}
			xs, cb, err := collectExcerpts(c)
			if err != nil {
				return err
			}
			infos := elementInfos(cb)
			f, err := filterFromFlags(c)
			if err != nil {
				return err
			}
			sel := selection{elements: f.Elements, polarity: f.Polarity}
			return writeOutput(c, func(w io.Writer) error {
				// A note at the head names the codebook (the JSON Lines, CSV
				// and QDPX records name it in a field of their own).
				note := codebookNote(xs)
				switch format {
				case "jsonl":
					return writeJSONL(w, xs)
				case "csv":
					return writeCSV(w, xs, c.Bool("excel"))
				case "md", "markdown":
					fmt.Fprintf(w, "Codebook: %s\n\n", note)
					return writeMarkdown(w, xs, by, sel, infos)
				case "latex", "tex":
					fmt.Fprintf(w, "%% normdex codebook: %s\n", note)
					return writeLaTeX(w, xs, by, sel, infos)
				case "html":
					fmt.Fprintf(w, "<!-- normdex codebook: %s -->\n", html.EscapeString(note))
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
--elements the columns are the elements, with passage counts. A near-duplicate
document (the same statement from another file) counts once: its copies are left
out where the original is selected too, unless --all-copies.`,
		Flags: append(filterFlags(),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "md", Usage: "`FORMAT`: md, csv or html"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` instead of standard output"},
			&cli.BoolFlag{Name: "elements", Usage: "one column an element, with passage counts"},
			allCopiesFlag,
			&cli.StringFlag{Name: "citation", Value: corpus.DefaultCitation, Usage: "citation `TEMPLATE`"},
			rulesFlag,
		),
		Action: func(c *cli.Context) error {
			format, err := oneOf("matrix", "format", c.String("format"), "md", "csv", "html")
			if err != nil {
				return err
			}
			f, err := filterFromFlags(c)
			if err != nil {
				return err
			}
			xs, cb, err := collectExcerpts(c)
			if err != nil {
				return err
			}
			if !c.Bool("all-copies") {
				xs = dropCopies(xs)
			}
			byElement := c.Bool("elements")
			m := buildMap(xs, elementInfos(cb), byElement, selection{elements: f.Elements, polarity: f.Polarity})
			return writeOutput(c, func(w io.Writer) error {
				switch format {
				case "csv":
					return writeMatrixCSV(w, m, byElement)
				case "html":
					fmt.Fprintf(w, "<!-- normdex codebook: %s -->\n", html.EscapeString(codebookNote(xs)))
					return writeMatrixHTML(w, m, byElement)
				}
				fmt.Fprintf(w, "Codebook: %s\n\n", codebookNote(xs))
				return writeMatrixMarkdown(w, m, byElement)
			})
		},
	}
}

// dropCopies leaves out the excerpts of near-duplicate documents whose
// original is among the excerpts: the same statement from two files is one
// State's word once. A copy selected alone (--doc) stays.
func dropCopies(xs []excerpt) []excerpt {
	selected := map[string]bool{}
	for _, x := range xs {
		selected[x.doc.ID] = true
	}
	return slices.DeleteFunc(xs, func(x excerpt) bool { return selected[x.doc.DuplicateOf] })
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
	pre := compileCodebook(c)
	if pre.err != nil {
		return nil, nil, pre.err
	}
	ws, err := openWorkspace(c, false, false)
	if err != nil {
		return nil, nil, err
	}
	defer ws.Close()
	// Labels and poles come from --rules or the workspace's codebook; the
	// records name the one that tagged the passages.
	cb, err := workspaceCodebook(c.Context, c, ws.store, pre, false)
	if err != nil {
		return nil, nil, err
	}
	var tagged *corpus.Codebook
	if stored, ok, err := ws.store.Codebook(c.Context); err != nil {
		return nil, nil, err
	} else if ok {
		tagged = &stored
	}
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
		r := newRecord(d, p, citer)
		r.Codebook = tagged
		xs = append(xs, excerpt{exportRecord: r, doc: cur})
		return nil
	})
	return xs, cb.tagger.Codebook(), err
}

// codebookNote names the codebook that tagged the excerpts, for the head of
// an export: "mine.yaml, sha256 1a2b3c4d5e6f, 2026-12-01".
func codebookNote(xs []excerpt) string {
	if len(xs) == 0 || xs[0].Codebook == nil {
		return "not recorded"
	}
	return xs[0].Codebook.String()
}

// writeOutput writes to -o FILE (all or nothing: a temporary file renamed
// into place, readable by all as files are, or with the mode of the file
// it replaces) or to standard output.
func writeOutput(c *cli.Context, write func(io.Writer) error) error {
	path := c.String("output")
	if path == "" {
		bw := bufio.NewWriter(c.App.Writer)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	dir := filepath.Dir(path)
	if fi, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("write %s: folder %s does not exist", path, dir)
	} else if err != nil {
		return fmt.Errorf("write %s: folder %s: %w", path, dir, unwrapPath(err))
	} else if !fi.IsDir() {
		return fmt.Errorf("write %s: %s is not a folder", path, dir)
	}
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	tmp, err := os.CreateTemp(dir, ".normdex-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
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

// unwrapPath drops the path from an *os.PathError, whose path is a
// temporary name the user never gave, or repeats the one given.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
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
	// Codebook is the codebook that tagged the passage, when the workspace
	// recorded it.
	Codebook *corpus.Codebook `json:"codebook,omitempty"`
	// OCR is set for text read from an image of the page, with the OCR
	// engine's mean confidence (0-100) for that page.
	OCR           bool    `json:"ocr"`
	OCRConfidence float64 `json:"ocr_confidence,omitempty"`
	// QuotedIn is set on a quotation: where the document quotes it. Its
	// date and citation are then the quotation's own.
	QuotedIn *quotedIn `json:"quoted_in,omitempty"`
}

// quotedIn says where a quotation was found: the host document, its page
// and the note it stands in, if any.
type quotedIn struct {
	DocID    string `json:"doc_id"`
	DocTitle string `json:"doc_title"`
	Source   string `json:"source"`
	Date     string `json:"date"`
	Page     int    `json:"page,omitempty"`
	Note     string `json:"note,omitempty"`
	// Reference is the source the document gives for the quotation, as
	// printed: "New Zealand (2020, paras 16 & 17)"; empty when none (n.d.).
	Reference string `json:"reference,omitempty"`
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
	r := exportRecord{ID: p.ID, DocID: d.ID, DocTitle: d.Title, Source: d.Source, State: p.State, Date: p.Date(d),
		Page: p.Page, Paragraph: p.Paragraph, Kind: string(p.Kind), Statement: p.StatementID, Start: p.Start, End: p.End,
		Text: p.Text, Elements: corpus.Elements(p.Annotations), Annotations: p.Annotations, Citation: citer.Cite(d, p),
		OCR: p.OCR, OCRConfidence: p.Confidence}
	if q := p.Quote; q != nil {
		r.QuotedIn = &quotedIn{DocID: d.ID, DocTitle: d.Title, Source: d.Source, Date: d.Date, Page: p.Page}
		if p.Kind == corpus.Footnote {
			r.QuotedIn.Note = p.Paragraph
		}
		if q.Date != "" {
			r.QuotedIn.Reference = q.Author + " (" + q.Label
			if q.Pinpoint != "" {
				r.QuotedIn.Reference += ", " + q.Pinpoint
			}
			r.QuotedIn.Reference += ")"
		}
	}
	if r.Elements == nil {
		r.Elements = []string{}
	}
	if r.Annotations == nil {
		r.Annotations = []corpus.Annotation{}
	}
	return r
}
