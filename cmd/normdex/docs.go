package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/workspace"
)

func docsCommand() *cli.Command {
	return &cli.Command{
		Name:  "docs",
		Usage: "list the stored documents: ID, source, State, date, title, format, language, passages, warnings",
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
			list, err := ws.Docs(c.Context, f)
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

func writeDocs(w io.Writer, list []workspace.DocInfo) {
	if len(list) == 0 {
		fmt.Fprintln(w, "no documents")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSOURCE\tSTATE\tDATE\tTITLE\tFORMAT\tLANG\tPASSAGES\tWARNINGS")
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
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\n", d.ID[:min(12, len(d.ID))], src, orDash(d.State), orDash(d.Date),
			orDash(clip(d.Title, 50)), d.Format, orDash(d.Lang), d.Passages, warn)
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
		Usage:     "correct the metadata of a stored document (State, date, title, URL, language) without ingesting it again",
		ArgsUsage: "DOC",
		Description: `DOC is a document ID, the first characters of it, or its path (see 'normdex docs').
Only the flags given change; an empty value clears the field. A new State passes to
the passages in the author's voice; passages of delegates and quoted States keep
theirs. A new language passes to every passage, tagged again in it. Store and index
are updated together.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "state", Usage: "author `STATE` (name or alias)"},
			&cli.StringFlag{Name: "date", Usage: "`DATE`: YYYY, YYYY-MM or YYYY-MM-DD"},
			&cli.StringFlag{Name: "title", Usage: "`TITLE`"},
			&cli.StringFlag{Name: "url", Usage: "`URL` of the source"},
			&cli.StringFlag{Name: "lang", Usage: "`LANG` of the text (" + strings.Join(corpus.Languages, ", ") + "); empty: the one its words tell"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return fmt.Errorf("meta: want one DOC (an ID, its first characters, or a path)")
			}
			if !c.IsSet("state") && !c.IsSet("date") && !c.IsSet("title") && !c.IsSet("url") && !c.IsSet("lang") {
				return fmt.Errorf("meta: nothing to change: give --state, --date, --title, --url or --lang")
			}
			ws, err := openWorkspace(c, false, true)
			if err != nil {
				return err
			}
			defer ws.Close()
			var u workspace.MetaUpdate
			for name, field := range map[string]**string{"state": &u.State, "date": &u.Date, "title": &u.Title, "url": &u.URL, "lang": &u.Lang} {
				if c.IsSet(name) {
					v := c.String(name)
					*field = &v
				}
			}
			d, changes, err := ws.SetMeta(c.Context, c.Args().First(), u)
			if err != nil && len(changes) == 0 {
				return fmt.Errorf("meta: %w", err)
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
			return err
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
			docs, err := ws.Remove(c.Context, c.Args().Slice())
			if docs == nil && err != nil {
				return fmt.Errorf("rm: %w", err)
			}
			for _, d := range docs {
				fmt.Fprintf(c.App.Writer, "removed %s (%s)\n", d.Source, d.ID[:min(12, len(d.ID))])
			}
			return err
		},
	}
}
