package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/urfave/cli/v2"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/export"
	"github.com/normdex/normdex/workspace"
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
ATLAS.ti, MAXQDA or QualCoder: codes, sources and coded selections), decisions (the
reviewers' decisions on the passages selected, as JSON Lines, for 'review import' in
another workspace; every decision, orphans too, without filters).`,
		Flags: append(filterFlags(),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "jsonl", Usage: "`FORMAT`: jsonl, csv, md, latex, html, qdpx or decisions"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` instead of standard output"},
			&cli.StringFlag{Name: "citation", Value: corpus.DefaultCitation, Usage: "citation `TEMPLATE` (Go text/template over Who, State, Title, Year, Date, Page, Paragraph, Locator, Where, Source)"},
			&cli.StringFlag{Name: "group-by", Value: "element", Usage: "group md, latex and html by `element` or state"},
			&cli.BoolFlag{Name: "excel", Usage: "csv: start with a UTF-8 byte-order mark so that Excel reads it right"},
			rulesFlag,
		),
		Action: func(c *cli.Context) error {
			format, err := oneOf("export", "format", c.String("format"), append(slices.Clone(export.Formats), "decisions")...)
			if err != nil {
				return err
			}
			if format == "decisions" {
				return exportDecisions(c)
			}
			by, err := oneOf("export", "group-by", c.String("group-by"), "element", "state")
			if err != nil {
				return err
			}
			f, ws, cb, citer, err := openForExcerpts(c)
			if err != nil {
				return err
			}
			defer ws.Close()
			// Gathered before the output is opened, so that what fails
			// reading the workspace is not taken for a write error.
			xs, err := workspace.Collect(ws.Excerpts(c.Context, f, workspace.ExcerptOptions{Citer: citer}))
			if err != nil {
				return err
			}
			opt := export.Options{GroupBy: by, Excel: c.Bool("excel"), Filter: f, Elements: cb.Elements()}
			return writeOutput(c, func(w io.Writer) error { return export.Write(w, format, xs, opt) })
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
			format, err := oneOf("matrix", "format", c.String("format"), export.MatrixFormats...)
			if err != nil {
				return err
			}
			f, ws, cb, citer, err := openForExcerpts(c)
			if err != nil {
				return err
			}
			defer ws.Close()
			m, err := ws.Matrix(c.Context, f, workspace.MatrixOptions{ByElement: c.Bool("elements"), AllCopies: c.Bool("all-copies"),
				Citer: citer, Codebook: cb})
			if err != nil {
				return err
			}
			return writeOutput(c, func(w io.Writer) error { return export.WriteMatrix(w, format, m) })
		},
	}
}

// exportDecisions writes the decisions on the passages that pass the
// filters as JSON Lines.
func exportDecisions(c *cli.Context) error {
	f, err := filterFromFlags(c)
	if err != nil {
		return err
	}
	ws, err := openWorkspace(c, false, false)
	if err != nil {
		return err
	}
	defer ws.Close()
	ds, err := ws.Decisions(c.Context, f, workspace.DecisionOptions{})
	if err != nil {
		return err
	}
	return writeOutput(c, func(w io.Writer) error { return corpus.WriteDecisions(w, ds) })
}

// openForExcerpts reads the filters, the citation template and the
// codebook (for labels and poles: --rules or the workspace's) of export
// and matrix, and opens the workspace.
func openForExcerpts(c *cli.Context) (corpus.Filter, *workspace.Workspace, *workspace.Codebook, *corpus.Citer, error) {
	f, err := filterFromFlags(c)
	if err != nil {
		return f, nil, nil, nil, err
	}
	citer, err := corpus.NewCiter(c.String("citation"))
	if err != nil {
		return f, nil, nil, nil, err
	}
	rules, err := rulesCodebook(c)
	if err != nil {
		return f, nil, nil, nil, err
	}
	ws, err := openWorkspace(c, false, false)
	if err != nil {
		return f, nil, nil, nil, err
	}
	cb, err := ws.Codebook(c.Context, rules, false)
	if err != nil {
		ws.Close()
		return f, nil, nil, nil, err
	}
	return f, ws, cb, citer, nil
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
