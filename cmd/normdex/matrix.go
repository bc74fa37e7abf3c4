package main

import (
	"encoding/csv"
	"fmt"
	"html"
	"io"
	"sort"
	"strings"

	"github.com/normdex/normdex/corpus"
)

// dimensions are the columns of the position map: the dimensions of norm
// 13(c), each with a narrow and a broad pole (codebook.md).
var dimensions = []string{"status", "scope", "knowledge", "actors", "threshold", "territory"}

// reading is where one passage, or a State's passages, stand on a dimension.
type reading string

const (
	narrow   reading = "narrow"
	broad    reading = "broad"
	both     reading = "both"
	rejected reading = "rejected"
)

// cell is one State × column of the map, with the passages behind it.
type cell struct {
	narrow, broad, rejected int
	count                   int // passages, for element columns
	citations               []string
}

func (c *cell) reading() reading {
	switch {
	case c.narrow > 0 && c.broad > 0:
		return both
	case c.broad > 0:
		return broad
	case c.narrow > 0:
		return narrow
	case c.rejected > 0:
		return rejected
	}
	return ""
}

func (c *cell) String() string {
	switch r := c.reading(); r {
	case "":
		return ""
	case both:
		return fmt.Sprintf("both (%d narrow, %d broad)", c.narrow, c.broad)
	case rejected:
		return fmt.Sprintf("rejected (%d)", c.rejected)
	default:
		return fmt.Sprintf("%s (%d)", r, c.narrow+c.broad)
	}
}

// positionMap is the State × column table.
type positionMap struct {
	columns []string
	states  []string
	cells   map[string]map[string]*cell
}

// passageReading classifies one passage on a dimension: broad when it
// affirms a broad-pole element (the broad reading includes the narrow one),
// narrow when it affirms only narrow-pole elements, rejected when all it
// says of the dimension is rejected.
func passageReading(anns []corpus.Annotation, dim string, infos map[string]elementInfo) reading {
	var r reading
	for _, a := range anns {
		in := infos[a.Element]
		if in.Dimension != dim {
			continue
		}
		switch {
		case a.Polarity == corpus.Rejected:
			if r == "" {
				r = rejected
			}
		case in.Pole == "broad":
			r = broad
		case in.Pole == "narrow" && r != broad:
			r = narrow
		}
	}
	return r
}

// buildMap builds the position map of the excerpts' States: by dimension,
// or by element (counts) when byElement is set. With a polarity selected,
// only what the passages affirm (or reject) counts.
func buildMap(xs []excerpt, infos map[string]elementInfo, byElement bool, sel selection) positionMap {
	m := positionMap{cells: map[string]map[string]*cell{}}
	cols := map[string]bool{}
	for _, x := range xs {
		e, ok := corpus.States().Lookup(x.State)
		if x.State == "" || !ok || !e.IsState() {
			continue
		}
		row := m.cells[x.State]
		if row == nil {
			row = map[string]*cell{}
			m.cells[x.State] = row
		}
		get := func(col string) *cell {
			cols[col] = true
			if len(row) == 0 {
				m.states = append(m.states, x.State)
			}
			if row[col] == nil {
				row[col] = &cell{}
			}
			return row[col]
		}
		if byElement {
			for _, el := range x.Elements {
				if !sel.shows(x, el) {
					continue
				}
				c := get(el)
				c.count++
				c.citations = append(c.citations, x.Citation)
			}
			continue
		}
		for _, d := range dimensions {
			r := passageReading(sel.annotations(x), d, infos)
			if r == "" {
				continue
			}
			c := get(d)
			switch r {
			case narrow:
				c.narrow++
			case broad:
				c.broad++
			case rejected:
				c.rejected++
			}
			c.citations = append(c.citations, x.Citation)
		}
	}
	sort.Strings(m.states)
	if byElement {
		for c := range cols {
			m.columns = append(m.columns, c)
		}
		sort.Strings(m.columns)
	} else {
		m.columns = dimensions
	}
	return m
}

func (m positionMap) text(state, col string, byElement bool) string {
	c := m.cells[state][col]
	if c == nil {
		return ""
	}
	if byElement {
		return fmt.Sprint(c.count)
	}
	return c.String()
}

func writeMatrixMarkdown(w io.Writer, m positionMap, byElement bool) error {
	var b strings.Builder
	b.WriteString("| State | " + strings.Join(m.columns, " | ") + " |\n|---|")
	b.WriteString(strings.Repeat("---|", len(m.columns)) + "\n")
	for _, s := range m.states {
		b.WriteString("| " + s + " |")
		for _, c := range m.columns {
			b.WriteString(" " + m.text(s, c, byElement) + " |")
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeMatrixCSV writes the map for spreadsheets: a column a dimension with
// its reading, then the passage counts behind each (knowledge_narrow,
// knowledge_broad, knowledge_rejected); by element, the passage counts.
func writeMatrixCSV(w io.Writer, m positionMap, byElement bool) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	head := append([]string{"state"}, m.columns...)
	if !byElement {
		for _, c := range m.columns {
			head = append(head, c+"_narrow", c+"_broad", c+"_rejected")
		}
	}
	cw.Write(head)
	for _, s := range m.states {
		row := []string{s}
		for _, c := range m.columns {
			if byElement {
				row = append(row, m.text(s, c, true))
				continue
			}
			row = append(row, string(m.readingOf(s, c)))
		}
		if !byElement {
			for _, c := range m.columns {
				cl := m.cells[s][c]
				if cl == nil {
					cl = &cell{}
				}
				row = append(row, fmt.Sprint(cl.narrow), fmt.Sprint(cl.broad), fmt.Sprint(cl.rejected))
			}
		}
		cw.Write(row)
	}
	cw.Flush()
	return cw.Error()
}

func (m positionMap) readingOf(state, col string) reading {
	if c := m.cells[state][col]; c != nil {
		return c.reading()
	}
	return ""
}

var readingColour = map[reading]string{narrow: "#9ecae1", broad: "#fc9272", both: "#c994c7", rejected: "#d9d9d9"}

// writeMatrixHTML writes the map as a coloured heat map; each cell links to
// the citations of the passages behind it, listed below the table.
func writeMatrixHTML(w io.Writer, m positionMap, byElement bool) error {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>normdex position map</title>
<style>
body { font-family: Georgia, serif; margin: 2em; color: #111; }
table { border-collapse: collapse; }
th, td { border: 1px solid #bbb; padding: 0.3em 0.6em; text-align: center; }
td a { color: inherit; text-decoration: none; display: block; }
th:first-child, td:first-child { text-align: left; }
.legend span { display: inline-block; padding: 0 0.5em; margin-right: 0.5em; }
@media print { td { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
</style>
</head>
<body>
<h1>Position map</h1>
`)
	if !byElement {
		b.WriteString(`<p class="legend">`)
		for _, r := range []reading{narrow, broad, both, rejected} {
			fmt.Fprintf(&b, `<span style="background:%s">%s</span>`, readingColour[r], r)
		}
		b.WriteString("</p>\n")
	}
	b.WriteString("<table>\n<tr><th>State</th>")
	for _, c := range m.columns {
		fmt.Fprintf(&b, "<th>%s</th>", html.EscapeString(c))
	}
	b.WriteString("</tr>\n")
	max := 0
	for _, s := range m.states {
		for _, c := range m.columns {
			if cl := m.cells[s][c]; cl != nil && cl.count > max {
				max = cl.count
			}
		}
	}
	anchor := func(s, c string) string {
		return "c-" + strings.NewReplacer(" ", "-", "'", "", ".", "-").Replace(strings.ToLower(s+"-"+c))
	}
	for _, s := range m.states {
		fmt.Fprintf(&b, "<tr><td>%s</td>", html.EscapeString(s))
		for _, c := range m.columns {
			cl := m.cells[s][c]
			if cl == nil {
				b.WriteString("<td></td>")
				continue
			}
			bg := readingColour[cl.reading()]
			if byElement {
				alpha := 0.2 + 0.8*float64(cl.count)/float64(max)
				bg = fmt.Sprintf("rgba(239,101,72,%.2f)", alpha)
			}
			fmt.Fprintf(&b, `<td style="background:%s"><a href="#%s">%s</a></td>`, bg, anchor(s, c), html.EscapeString(m.text(s, c, byElement)))
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</table>\n<h2>Passages</h2>\n")
	for _, s := range m.states {
		for _, c := range m.columns {
			cl := m.cells[s][c]
			if cl == nil {
				continue
			}
			fmt.Fprintf(&b, "<h3 id=\"%s\">%s — %s</h3>\n<ul>\n", anchor(s, c), html.EscapeString(s), html.EscapeString(c))
			for _, cite := range cl.citations {
				fmt.Fprintf(&b, "<li>%s</li>\n", html.EscapeString(cite))
			}
			b.WriteString("</ul>\n")
		}
	}
	b.WriteString("</body>\n</html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}
