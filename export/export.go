// Package export writes excerpts (workspace.Excerpt) and the position map
// (workspace.Map) in the formats researchers take them in: JSON Lines,
// CSV, Markdown, LaTeX, HTML, REFI-QDA projects and the search JSON. It
// holds no state and reads nothing but what it is given.
package export

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"iter"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/workspace"
)

// Formats are the export formats Write takes (md and markdown, latex and
// tex are the same).
var Formats = []string{"jsonl", "csv", "md", "markdown", "latex", "tex", "html", "qdpx"}

// Options say how Write presents the excerpts.
type Options struct {
	// GroupBy groups md, latex and html by "element" (the default) or
	// "state".
	GroupBy string
	// Excel makes the CSV one Excel reads right (see writeCSV).
	Excel bool
	// Filter's elements and polarity select what the grouped formats show
	// of each excerpt (see workspace.Shows).
	Filter corpus.Filter
	// Elements are the codebook's, for labels and the QDPX codes.
	Elements []workspace.ElementInfo
}

// Stream writes the excerpts in a format of Formats as they come: JSON
// Lines and CSV line by line, the others once gathered.
func Stream(w io.Writer, format string, xs iter.Seq2[workspace.Excerpt, error], opt Options) error {
	switch format {
	case "jsonl":
		return writeJSONL(w, xs)
	case "csv":
		return writeCSV(w, xs, opt.Excel)
	}
	all, err := workspace.Collect(xs)
	if err != nil {
		return err
	}
	return Write(w, format, all, opt)
}

// Write writes the excerpts in a format of Formats.
func Write(w io.Writer, format string, xs []workspace.Excerpt, opt Options) error {
	switch format {
	case "jsonl":
		return writeJSONL(w, workspace.All(xs))
	case "csv":
		return writeCSV(w, workspace.All(xs), opt.Excel)
	}
	by := opt.GroupBy
	if by == "" {
		by = "element"
	}
	infos := map[string]workspace.ElementInfo{}
	for _, e := range opt.Elements {
		infos[e.ID] = e
	}
	// A note at the head names the codebook (the JSON Lines, CSV and QDPX
	// records name it in a field of their own).
	note := codebookNote(xs)
	switch format {
	case "md", "markdown":
		fmt.Fprintf(w, "Codebook: %s\n\n", note)
		return writeMarkdown(w, xs, by, opt.Filter, infos)
	case "latex", "tex":
		fmt.Fprintf(w, "%% normdex codebook: %s\n", note)
		return writeLaTeX(w, xs, by, opt.Filter, infos)
	case "html":
		fmt.Fprintf(w, "<!-- normdex codebook: %s -->\n", html.EscapeString(note))
		return writeHTML(w, xs, by, opt.Filter, infos)
	case "qdpx":
		return writeQDPX(w, xs, opt.Elements)
	}
	return fmt.Errorf("unknown export format %q", format)
}

// codebookNote names the codebook that tagged the excerpts, for the head of
// an export: "mine.yaml, sha256 1a2b3c4d5e6f, 2026-12-01".
func codebookNote(xs []workspace.Excerpt) string {
	if len(xs) == 0 {
		return noteOf(nil)
	}
	return noteOf(xs[0].Codebook)
}

func noteOf(cb *corpus.Codebook) string {
	if cb == nil {
		return "not recorded"
	}
	return cb.String()
}

// searchHit is a hit of the search JSON (DESIGN.md), whose fields and
// their order predate Excerpt.
type searchHit struct {
	ID          string              `json:"id"`
	DocID       string              `json:"doc_id"`
	DocTitle    string              `json:"doc_title"`
	Source      string              `json:"source"`
	State       string              `json:"state"`
	Date        string              `json:"date"`
	Year        int                 `json:"year"`
	YearKey     string              `json:"year_key"`
	Page        int                 `json:"page"`
	Paragraph   string              `json:"paragraph"`
	Kind        string              `json:"kind"`
	Text        string              `json:"text"`
	Elements    []string            `json:"elements"`
	ElementTree []string            `json:"element_tree"`
	Citation    string              `json:"citation"`
	DuplicateOf string              `json:"duplicate_of,omitempty"`
	Score       float64             `json:"score"`
	Snippets    []string            `json:"snippets,omitempty"`
	Annotations []corpus.Annotation `json:"annotations"`
	Reviewed    bool                `json:"reviewed"`
	Lang        string              `json:"lang"`
}

// SearchJSON is the JSON of 'search --format json' (and of the web
// front end's search API).
type SearchJSON struct {
	Total    uint64                 `json:"total"`
	Hits     []searchHit            `json:"hits"`
	States   []workspace.FacetCount `json:"states"`
	Elements []workspace.FacetCount `json:"elements"`
	Years    []workspace.FacetCount `json:"years"`
	Langs    []workspace.FacetCount `json:"langs"`
}

// NewSearchJSON gives search results their JSON form; lists are [] when
// empty, never null: scripts iterate over them.
func NewSearchJSON(res *workspace.Results) SearchJSON {
	out := SearchJSON{Total: res.Total, Hits: []searchHit{}, States: nonNil(res.States), Elements: nonNil(res.Elements), Years: nonNil(res.Years),
		Langs: nonNil(res.Langs)}
	for _, x := range res.Hits {
		h := searchHit{ID: x.ID, DocID: x.DocID, DocTitle: x.DocTitle, Source: x.Source, State: x.State, Date: x.Date,
			Year: x.Year, Page: x.Page, Paragraph: x.Paragraph, Kind: x.Kind, Text: x.Text, Elements: nonNil(x.Elements),
			ElementTree: x.ElementTree(), Citation: x.Citation, DuplicateOf: x.DuplicateOf, Score: x.Score,
			Snippets: x.Snippets, Annotations: nonNil(x.Annotations), Reviewed: x.Reviewed, Lang: x.Lang}
		if x.Year > 0 {
			h.YearKey = fmt.Sprintf("%04d", x.Year)
		}
		out.Hits = append(out.Hits, h)
	}
	return out
}

// WriteSearchJSON writes search results as 'search --format json' does.
func WriteSearchJSON(w io.Writer, res *workspace.Results) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(NewSearchJSON(res))
}

func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}
