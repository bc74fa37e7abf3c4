package export

import (
	"encoding/csv"
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/normdex/normdex/workspace"
)

// MatrixFormats are the formats WriteMatrix takes.
var MatrixFormats = []string{"md", "csv", "html"}

// WriteMatrix writes the position map as a Markdown table (md), for
// spreadsheets (csv) or as a heat map (html).
func WriteMatrix(w io.Writer, format string, m *workspace.Map) error {
	switch format {
	case "csv":
		return writeMatrixCSV(w, m)
	case "html":
		fmt.Fprintf(w, "<!-- normdex codebook: %s -->\n", html.EscapeString(noteOf(m.Codebook)))
		return writeMatrixHTML(w, m)
	case "md":
		fmt.Fprintf(w, "Codebook: %s\n\n", noteOf(m.Codebook))
		return writeMatrixMarkdown(w, m)
	}
	return fmt.Errorf("unknown matrix format %q", format)
}

func writeMatrixMarkdown(w io.Writer, m *workspace.Map) error {
	var b strings.Builder
	b.WriteString("| State | " + strings.Join(m.Columns, " | ") + " |\n|---|")
	b.WriteString(strings.Repeat("---|", len(m.Columns)) + "\n")
	for _, s := range m.States {
		b.WriteString("| " + s + " |")
		for _, c := range m.Columns {
			b.WriteString(" " + m.Text(s, c) + " |")
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeMatrixCSV writes the map for spreadsheets: a column a dimension with
// its reading, then the passage counts behind each (knowledge_narrow,
// knowledge_broad, knowledge_rejected); by element, the passage counts.
func writeMatrixCSV(w io.Writer, m *workspace.Map) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	head := append([]string{"state"}, m.Columns...)
	if !m.ByElement {
		for _, c := range m.Columns {
			head = append(head, c+"_narrow", c+"_broad", c+"_rejected")
		}
	}
	cw.Write(head)
	for _, s := range m.States {
		row := []string{s}
		for _, c := range m.Columns {
			if m.ByElement {
				row = append(row, m.Text(s, c))
				continue
			}
			row = append(row, string(readingOf(m, s, c)))
		}
		if !m.ByElement {
			for _, c := range m.Columns {
				cl := m.Cells[s][c]
				if cl == nil {
					cl = &workspace.Cell{}
				}
				row = append(row, fmt.Sprint(cl.Narrow), fmt.Sprint(cl.Broad), fmt.Sprint(cl.Rejected))
			}
		}
		cw.Write(row)
	}
	cw.Flush()
	return cw.Error()
}

func readingOf(m *workspace.Map, state, col string) workspace.Reading {
	if c := m.Cell(state, col); c != nil {
		return c.Reading()
	}
	return ""
}

var readingColour = map[workspace.Reading]string{workspace.Narrow: "#9ecae1", workspace.Broad: "#fc9272", workspace.Both: "#c994c7", workspace.Rejected: "#d9d9d9"}

// writeMatrixHTML writes the map as a coloured heat map; each cell links to
// the citations of the passages behind it, listed below the table.
func writeMatrixHTML(w io.Writer, m *workspace.Map) error {
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
	if !m.ByElement {
		b.WriteString(`<p class="legend">`)
		for _, r := range []workspace.Reading{workspace.Narrow, workspace.Broad, workspace.Both, workspace.Rejected} {
			fmt.Fprintf(&b, `<span style="background:%s">%s</span>`, readingColour[r], r)
		}
		b.WriteString("</p>\n")
	}
	b.WriteString("<table>\n<tr><th>State</th>")
	for _, c := range m.Columns {
		fmt.Fprintf(&b, "<th>%s</th>", html.EscapeString(c))
	}
	b.WriteString("</tr>\n")
	max := 0
	for _, s := range m.States {
		for _, c := range m.Columns {
			if cl := m.Cells[s][c]; cl != nil && cl.Count > max {
				max = cl.Count
			}
		}
	}
	anchor := func(s, c string) string {
		return "c-" + strings.NewReplacer(" ", "-", "'", "", ".", "-").Replace(strings.ToLower(s+"-"+c))
	}
	for _, s := range m.States {
		fmt.Fprintf(&b, "<tr><td>%s</td>", html.EscapeString(s))
		for _, c := range m.Columns {
			cl := m.Cells[s][c]
			if cl == nil {
				b.WriteString("<td></td>")
				continue
			}
			bg := readingColour[cl.Reading()]
			if m.ByElement {
				alpha := 0.2 + 0.8*float64(cl.Count)/float64(max)
				bg = fmt.Sprintf("rgba(239,101,72,%.2f)", alpha)
			}
			fmt.Fprintf(&b, `<td style="background:%s"><a href="#%s">%s</a></td>`, bg, anchor(s, c), html.EscapeString(m.Text(s, c)))
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</table>\n<h2>Passages</h2>\n")
	for _, s := range m.States {
		for _, c := range m.Columns {
			cl := m.Cells[s][c]
			if cl == nil {
				continue
			}
			fmt.Fprintf(&b, "<h3 id=\"%s\">%s — %s</h3>\n<ul>\n", anchor(s, c), html.EscapeString(s), html.EscapeString(c))
			for _, cite := range cl.Citations {
				fmt.Fprintf(&b, "<li>%s</li>\n", html.EscapeString(cite))
			}
			b.WriteString("</ul>\n")
		}
	}
	b.WriteString("</body>\n</html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}
