package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/export"
	"github.com/normdex/normdex/workspace"
)

// filterFlags are the filters that search, export and matrix share.
func filterFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringSliceFlag{Name: "element", Aliases: []string{"e"}, Usage: "element `ID` or prefix (knowledge selects knowledge.*); repeat for any of several"},
		&cli.StringSliceFlag{Name: "state", Aliases: []string{"s"}, Usage: "`STATE`: name, alias or ISO code (\"Korea, Republic of\", kor, KR); repeat the flag for any of several"},
		&cli.StringFlag{Name: "year", Aliases: []string{"y"}, Usage: "`YEAR` or range: 2020, 2019..2021"},
		&cli.StringFlag{Name: "doc", Usage: "document `ID` (or its first characters)"},
		&cli.StringFlag{Name: "polarity", Usage: "`affirmed` or rejected: only passages that affirm (reject) a selected element, or any"},
		&cli.BoolFlag{Name: "reviewed-only", Usage: "only passages a reviewer decided on (see 'normdex review')"},
		&cli.StringFlag{Name: "lang", Usage: "`LANG`: only passages in that language (" + strings.Join(corpus.Languages, ", ") + ")"},
	}
}

func filterFromFlags(c *cli.Context) (corpus.Filter, error) {
	elements, err := resolveElements(c, c.StringSlice("element"))
	if err != nil {
		return corpus.Filter{}, err
	}
	f, err := corpus.NewFilter(elements, c.StringSlice("state"), c.String("year"), c.String("doc"),
		strings.Join(c.Args().Slice(), " "))
	if err != nil {
		return f, err
	}
	f.ReviewedOnly = c.Bool("reviewed-only")
	if p := c.String("polarity"); p != "" {
		p, err = oneOf(c.Command.Name, "polarity", p, string(corpus.Affirmed), string(corpus.Rejected))
		f.Polarity = corpus.Polarity(p)
		if err != nil {
			return f, err
		}
	}
	if l := c.String("lang"); l != "" {
		if f.Lang, err = oneOf(c.Command.Name, "lang", l, corpus.Languages...); err != nil {
			return f, err
		}
	}
	return f, nil
}

// allCopiesFlag makes counts take the passages of near-duplicate documents
// again, which they otherwise take once (in the document stored first).
var allCopiesFlag = &cli.BoolFlag{Name: "all-copies", Usage: "count the passages of near-duplicate documents (the same statement from two files) each time, not once"}

func searchCommand() *cli.Command {
	return &cli.Command{
		Name:      "search",
		Usage:     "search passages by words, element, State and year",
		ArgsUsage: "[WORDS...]",
		Description: `Words must all occur (stemmed: "prevent" finds "prevention"); "quoted words"
must occur in that order; -word leaves out passages with it. Prints per hit the
citation, the elements with their evidence and a highlighted snippet, then counts
by State and element, which take the passages of near-duplicate documents once.`,
		Flags: append(filterFlags(),
			&cli.IntFlag{Name: "limit", Aliases: []string{"n"}, Value: 20, Usage: "at most `N` hits"},
			&cli.StringFlag{Name: "format", Value: "text", Usage: "`text` or json"},
			allCopiesFlag,
		),
		Action: func(c *cli.Context) error {
			format, err := oneOf("search", "format", c.String("format"), "text", "json")
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
			res, err := ws.Search(c.Context, workspace.Query{Filter: f, Size: c.Int("limit"), Facets: true, AllCopies: c.Bool("all-copies")})
			if err != nil {
				return err
			}
			if res.FromStore {
				fmt.Fprintln(c.App.ErrWriter, "normdex: an ingest is running: answered from the store, with what it has committed")
			}
			if format == "json" {
				return export.WriteSearchJSON(c.App.Writer, res)
			}
			writeSearchText(c.App.Writer, res, f, isTerminal(c.App.Writer))
			return nil
		},
	}
}

func writeSearchText(w io.Writer, res *workspace.Results, f corpus.Filter, color bool) {
	on, off := "«", "»"
	if color {
		on, off = "\x1b[1;33m", "\x1b[0m"
	}
	if res.Total == 0 {
		fmt.Fprintln(w, "no passages found")
		return
	}
	for i, h := range res.Hits {
		fmt.Fprintf(w, "%d. %s  [%s]\n", i+1, h.Citation, strings.Join(h.Elements, ", "))
		var snippet string
		if len(h.Snippets) > 0 {
			snippet = strings.NewReplacer(workspace.HighlightStart, on, workspace.HighlightEnd, off).Replace(h.Snippets[0])
		} else {
			snippet = evidenceSnippet(h.Text, h.Annotations, f.Elements, on, off)
		}
		fmt.Fprintf(w, "   %s\n", strings.Join(strings.Fields(snippet), " "))
		for _, a := range h.Annotations {
			if len(f.Elements) > 0 && !workspace.Selected(f.Elements, a.Element) {
				continue
			}
			pol := ""
			if a.Polarity == corpus.Rejected {
				pol = ", rejected"
			}
			how := "rule " + a.Rule
			if a.Origin == corpus.FromManual {
				how = "manual"
			}
			fmt.Fprintf(w, "   · %s: %q (%s%s)\n", a.Element, a.Match, how, pol)
		}
		fmt.Fprintf(w, "   %s · passage %s\n\n", h.Source, h.ID)
	}
	shown := len(res.Hits)
	fmt.Fprintf(w, "%d of %d passages\n", shown, res.Total)
	facetLine(w, "States", res.States)
	facetLine(w, "Elements", res.Elements)
	facetLine(w, "Years", res.Years)
	facetLine(w, "Languages", res.Langs)
}

func facetLine(w io.Writer, name string, fs []workspace.FacetCount) {
	if len(fs) == 0 {
		return
	}
	parts := make([]string, len(fs))
	for i, f := range fs {
		parts[i] = fmt.Sprintf("%s %d", f.Value, f.Count)
	}
	fmt.Fprintf(w, "%s: %s\n", name, strings.Join(parts, ", "))
}

// evidenceSnippet shows about 300 characters of text around the first
// evidence of a selected element, with the matched words marked.
func evidenceSnippet(text string, anns []corpus.Annotation, elements []string, on, off string) string {
	rs := []rune(text)
	var marks []corpus.Annotation
	for _, a := range anns {
		if (len(elements) == 0 || workspace.Selected(elements, a.Element)) && a.End <= len(rs) {
			marks = append(marks, a)
		}
	}
	start, end := 0, len(rs)
	if len(marks) > 0 {
		start = max(0, marks[0].Start-120)
	}
	if end-start > 300 {
		end = start + 300
	}
	var b strings.Builder
	if start > 0 {
		b.WriteString("…")
	}
	open := 0
	for i := start; i < end; i++ {
		for _, m := range marks {
			if m.Start == i {
				if open == 0 {
					b.WriteString(on)
				}
				open++
			}
		}
		b.WriteRune(rs[i])
		for _, m := range marks {
			if m.End == i+1 && open > 0 {
				open--
				if open == 0 {
					b.WriteString(off)
				}
			}
		}
	}
	if open > 0 {
		b.WriteString(off)
	}
	if end < len(rs) {
		b.WriteString("…")
	}
	return b.String()
}
