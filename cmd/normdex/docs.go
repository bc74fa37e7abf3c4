package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/index"
	"github.com/normdex/normdex/ingest"
)

func docsCommand() *cli.Command {
	return &cli.Command{
		Name:  "docs",
		Usage: "list the stored documents: ID, source, State, date, title, format, passages, warnings",
		Description: `One line per document. The filters select the documents that have at least one
passage passing them (--state and --element by passage, --year by the document's
date, --doc by ID prefix). Name a document to 'normdex meta' or 'normdex rm' by its
ID, the first characters of it, or its path.`,
		Flags: append(filterFlags(),
			&cli.StringFlag{Name: "format", Value: "text", Usage: "`text` or json"},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return fmt.Errorf("docs: takes no words (%q); use the filters", strings.Join(c.Args().Slice(), " "))
			}
			format, err := oneOf("docs", "format", c.String("format"), "text", "json")
			if err != nil {
				return err
			}
			f, err := filterFromFlags(c)
			if err != nil {
				return err
			}
			ws, err := openWorkspace(c, false, false)
			if err != nil {
				return err
			}
			defer ws.Close()
			list, err := listDocs(c.Context, ws.store, f)
			if err != nil {
				return err
			}
			if format == "json" {
				enc := json.NewEncoder(c.App.Writer)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				return enc.Encode(list)
			}
			writeDocs(c.App.Writer, list)
			return nil
		},
	}
}

// docInfo is a document as docs lists it.
type docInfo struct {
	ID       string   `json:"id"`
	Source   string   `json:"source"`
	URL      string   `json:"url"`
	State    string   `json:"state"`
	Date     string   `json:"date"`
	Title    string   `json:"title"`
	Format   string   `json:"format"`
	Pages    int      `json:"pages"`
	Passages int      `json:"passages"`
	Warnings []string `json:"warnings"`
}

func listDocs(ctx context.Context, st *corpus.Store, f corpus.Filter) ([]docInfo, error) {
	docs, err := st.Documents(ctx)
	if err != nil {
		return nil, err
	}
	counts, err := st.PassageCounts(ctx)
	if err != nil {
		return nil, err
	}
	everything := len(f.Elements) == 0 && len(f.States) == 0 && f.YearFrom == 0 && f.YearTo == 0 && f.DocID == ""
	out := []docInfo{}
	for _, d := range docs {
		if !everything {
			ps, err := st.Passages(ctx, d.ID)
			if err != nil {
				return nil, err
			}
			if !anyPasses(f, d, ps) {
				continue
			}
		}
		info := docInfo{ID: d.ID, Source: d.Source, URL: d.URL, State: d.State, Date: d.Date, Title: d.Title,
			Format: d.Format, Pages: d.Pages, Passages: counts[d.ID], Warnings: d.Warnings}
		if info.Warnings == nil {
			info.Warnings = []string{}
		}
		out = append(out, info)
	}
	return out, nil
}

func anyPasses(f corpus.Filter, d corpus.Document, ps []corpus.Passage) bool {
	for _, p := range ps {
		if f.Match(d, p) {
			return true
		}
	}
	return false
}

func writeDocs(w io.Writer, list []docInfo) {
	if len(list) == 0 {
		fmt.Fprintln(w, "no documents")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSOURCE\tSTATE\tDATE\tTITLE\tFORMAT\tPASSAGES\tWARNINGS")
	orDash := func(s string) string {
		if s == "" {
			return "-"
		}
		return s
	}
	for _, d := range list {
		src := d.Source
		if d.URL != "" {
			src += " <" + d.URL + ">"
		}
		warn := "-"
		if n := len(d.Warnings); n > 0 {
			warn = fmt.Sprintf("%d: %s", n, d.Warnings[0])
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\n", d.ID[:min(12, len(d.ID))], src, orDash(d.State), orDash(d.Date),
			orDash(clip(d.Title, 50)), d.Format, d.Passages, warn)
	}
	tw.Flush()
	fmt.Fprintf(w, "%d documents\n", len(list))
}

// clip shortens s to at most n characters, marking the cut.
func clip(s string, n int) string {
	rs := []rune(strings.Join(strings.Fields(s), " "))
	if len(rs) <= n {
		return string(rs)
	}
	return string(rs[:n-1]) + "…"
}

func metaCommand() *cli.Command {
	return &cli.Command{
		Name:      "meta",
		Usage:     "correct the metadata of a stored document (State, date, title, URL) without ingesting it again",
		ArgsUsage: "DOC",
		Description: `DOC is a document ID, the first characters of it, or its path (see 'normdex docs').
Only the flags given change; an empty value clears the field. A new State passes to
the passages in the author's voice; passages of delegates and quoted States keep
theirs. Store and index are updated together.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "state", Usage: "author `STATE` (name or alias)"},
			&cli.StringFlag{Name: "date", Usage: "`DATE`: YYYY, YYYY-MM or YYYY-MM-DD"},
			&cli.StringFlag{Name: "title", Usage: "`TITLE`"},
			&cli.StringFlag{Name: "url", Usage: "`URL` of the source"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return fmt.Errorf("meta: want one DOC (an ID, its first characters, or a path)")
			}
			if !c.IsSet("state") && !c.IsSet("date") && !c.IsSet("title") && !c.IsSet("url") {
				return fmt.Errorf("meta: nothing to change: give --state, --date, --title or --url")
			}
			ws, err := openWorkspace(c, false, true)
			if err != nil {
				return err
			}
			defer ws.Close()
			ctx := c.Context
			d, err := ws.store.Resolve(ctx, c.Args().First())
			if err != nil {
				return fmt.Errorf("meta: %w", err)
			}
			m := ingest.Meta{State: d.State, Date: d.Date, Title: d.Title, URL: d.URL}
			for name, field := range map[string]*string{"state": &m.State, "date": &m.Date, "title": &m.Title, "url": &m.URL} {
				if c.IsSet(name) {
					*field = c.String(name)
				}
			}
			if m, err = m.Validate(); err != nil {
				return fmt.Errorf("meta: %w", err)
			}
			d.State, d.Date, d.Title, d.URL = m.State, m.Date, m.Title, m.URL
			changes, err := ws.store.SetMeta(ctx, d)
			if err != nil {
				return err
			}
			if len(changes) == 0 {
				fmt.Fprintf(c.App.Writer, "unchanged %s: it has that metadata already\n", d.Source)
				return nil
			}
			parts := make([]string, len(changes))
			for i, ch := range changes {
				parts[i] = ch.String()
			}
			fmt.Fprintf(c.App.Writer, "updated %s: %s\n", d.Source, strings.Join(parts, ", "))
			return catchUp(ctx, ws)
		},
	}
}

func rmCommand() *cli.Command {
	return &cli.Command{
		Name:      "rm",
		Usage:     "remove documents from the store and the index",
		ArgsUsage: "DOC...",
		Description: `Each DOC is a document ID, the first characters of it, or its path (see
'normdex docs'). All of them are removed or, when one names no document or more
than one, none is.`,
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return fmt.Errorf("rm: no DOC given")
			}
			ws, err := openWorkspace(c, false, true)
			if err != nil {
				return err
			}
			defer ws.Close()
			ctx := c.Context
			var docs []corpus.Document
			var ids, bad []string
			seen := map[string]bool{}
			for _, ref := range c.Args().Slice() {
				d, err := ws.store.Resolve(ctx, ref)
				if err != nil {
					bad = append(bad, err.Error())
					continue
				}
				if !seen[d.ID] {
					seen[d.ID] = true
					docs, ids = append(docs, d), append(ids, d.ID)
				}
			}
			if len(bad) > 0 {
				return fmt.Errorf("rm: nothing removed: %s", strings.Join(bad, "; "))
			}
			if err := ws.store.Remove(ctx, ids); err != nil {
				return err
			}
			for _, d := range docs {
				fmt.Fprintf(c.App.Writer, "removed %s (%s)\n", d.Source, d.ID[:min(12, len(d.ID))])
			}
			return catchUp(ctx, ws)
		},
	}
}

// catchUp brings the index up to date after a change the store has
// committed; where it cannot, the store's queue keeps the change for the
// next writer.
func catchUp(ctx context.Context, ws *workspace) error {
	if _, err := ws.syncIndex(ctx); err != nil {
		return fmt.Errorf("index: %w (the store is changed; 'normdex reindex' or the next ingest catches up)", err)
	}
	return nil
}

// searchWorkspace runs a search on the index. While an ingest holds the
// index, a search without words is answered from the store, which readers
// share with the writer; one with words says that the index is busy.
func searchWorkspace(c *cli.Context, ws *workspace, q index.Query) (*index.Result, error) {
	if q.Query != "" || ws.writer() == 0 {
		if err := ws.openIndex(); err != nil {
			return nil, err
		}
		return ws.idx.Search(q)
	}
	fmt.Fprintln(c.App.ErrWriter, "normdex: an ingest is running: answered from the store, with what it has committed")
	var entries []index.Entry
	err := forEachPassage(c.Context, ws, q.Filter, func(d corpus.Document, p corpus.Passage) error {
		entries = append(entries, index.NewEntry(d, p, ""))
		return nil
	})
	if err != nil {
		return nil, err
	}
	return index.Tally(q, entries), nil
}
