package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/index"
)

func exportCommand() *cli.Command {
	return &cli.Command{
		Name:      "export",
		Usage:     "write cited, annotated passages",
		ArgsUsage: "[WORDS...]",
		Flags: append(filterFlags(),
			&cli.StringFlag{Name: "format", Value: "jsonl", Usage: "`jsonl`"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` instead of standard output"},
			&cli.StringFlag{Name: "citation", Value: corpus.DefaultCitation, Usage: "citation `TEMPLATE` (Go text/template over Who, State, Title, Year, Date, Page, Paragraph, Locator, Where, Source)"},
		),
		Action: func(c *cli.Context) error {
			f, err := filterFromFlags(c)
			if err != nil {
				return err
			}
			citer, err := corpus.NewCiter(c.String("citation"))
			if err != nil {
				return err
			}
			if c.String("format") != "jsonl" {
				return fmt.Errorf("export: unknown format %q: want jsonl", c.String("format"))
			}
			ws, err := openWorkspace(c, false, false)
			if err != nil {
				return err
			}
			defer ws.Close()
			w := c.App.Writer
			var file *os.File
			if o := c.String("output"); o != "" {
				if file, err = os.Create(o); err != nil {
					return fmt.Errorf("export: %w", err)
				}
				w = file
			}
			bw := bufio.NewWriter(w)
			err = exportJSONL(c.Context, ws, f, citer, bw)
			if ferr := bw.Flush(); err == nil {
				err = ferr
			}
			if file != nil {
				if cerr := file.Close(); err == nil {
					err = cerr
				}
			}
			return err
		},
	}
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

func exportJSONL(ctx context.Context, ws *workspace, f corpus.Filter, citer *corpus.Citer, w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return forEachPassage(ctx, ws, f, func(d corpus.Document, p corpus.Passage) error {
		r := exportRecord{ID: p.ID, DocID: d.ID, DocTitle: d.Title, Source: d.Source, State: p.State, Date: d.Date,
			Page: p.Page, Paragraph: p.Paragraph, Kind: string(p.Kind), Statement: p.StatementID, Start: p.Start, End: p.End,
			Text: p.Text, Elements: corpus.Elements(p.Annotations), Annotations: p.Annotations, Citation: citer.Cite(d, p)}
		if r.Elements == nil {
			r.Elements = []string{}
		}
		if r.Annotations == nil {
			r.Annotations = []corpus.Annotation{}
		}
		return enc.Encode(r)
	})
}
