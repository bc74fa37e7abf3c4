package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/normdex/normdex/annotate"
	"github.com/normdex/normdex/corpus"
)

// excerpt is one exported passage with what every format needs of it.
type excerpt struct {
	exportRecord
	doc corpus.Document
}

// elementInfo is what the formats say of an element: its label, and for the
// position map its dimension and pole.
type elementInfo struct {
	Label, Dimension, Pole string
}

func elementInfos(cb *annotate.Codebook) map[string]elementInfo {
	out := map[string]elementInfo{}
	for _, e := range cb.Elements {
		out[e.ID] = elementInfo{Label: e.Label, Dimension: e.Dimension, Pole: e.Pole}
	}
	return out
}

func writeJSONL(w io.Writer, xs []excerpt) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, x := range xs {
		if err := enc.Encode(x.exportRecord); err != nil {
			return err
		}
	}
	return nil
}

// writeCSV writes RFC 4180 CSV, one row a passage; excel adds the UTF-8 byte
// order mark that Excel needs to read the file as UTF-8.
func writeCSV(w io.Writer, xs []excerpt, excel bool) error {
	if excel {
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return err
		}
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	cw.Write([]string{"id", "state", "date", "citation", "elements", "text", "source", "page", "paragraph", "ocr_confidence"})
	for _, x := range xs {
		page := ""
		if x.Page > 0 {
			page = fmt.Sprint(x.Page)
		}
		conf := ""
		if x.OCR {
			conf = fmt.Sprintf("%.1f", x.OCRConfidence)
		}
		cw.Write([]string{x.ID, x.State, x.Date, x.Citation, strings.Join(x.Elements, "; "), x.Text, x.Source, page, x.Paragraph, conf})
	}
	cw.Flush()
	return cw.Error()
}

// group is a heading of a grouped export with its excerpts.
type group struct {
	key, title string
	items      []excerpt
}

// groupExcerpts groups by element (each passage under every element it
// has, of those selected) or by State.
func groupExcerpts(xs []excerpt, by string, sel []string, infos map[string]elementInfo) []group {
	idx := map[string]int{}
	var gs []group
	add := func(key, title string, x excerpt) {
		i, ok := idx[key]
		if !ok {
			i = len(gs)
			idx[key] = i
			gs = append(gs, group{key: key, title: title})
		}
		gs[i].items = append(gs[i].items, x)
	}
	for _, x := range xs {
		if by == "state" {
			st := x.State
			if st == "" {
				st = "No State"
			}
			add(st, st, x)
			continue
		}
		for _, e := range x.Elements {
			if len(sel) > 0 && !selected(sel, e) {
				continue
			}
			title := e
			if in, ok := infos[e]; ok && in.Label != "" {
				title = in.Label + " (" + e + ")"
			}
			add(e, title, x)
		}
	}
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].key < gs[j].key })
	return gs
}

// spans returns the evidence spans of an excerpt for the given group key
// (all its annotations when grouped by State), in order and not overlapping.
func spans(x excerpt, key, by string) [][2]int {
	var out [][2]int
	for _, a := range x.Annotations {
		if by != "state" && a.Element != key {
			continue
		}
		out = append(out, [2]int{a.Start, a.End})
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	var merged [][2]int
	for _, s := range out {
		if n := len(merged); n > 0 && s[0] <= merged[n-1][1] {
			merged[n-1][1] = max(merged[n-1][1], s[1])
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// marked renders text with the spans wrapped by open and close; escape is
// applied to the text between.
func marked(text string, ss [][2]int, open, close string, escape func(string) string) string {
	rs := []rune(text)
	var b strings.Builder
	pos := 0
	for _, s := range ss {
		if s[0] < pos || s[1] > len(rs) {
			continue
		}
		b.WriteString(escape(string(rs[pos:s[0]])))
		b.WriteString(open + escape(string(rs[s[0]:s[1]])) + close)
		pos = s[1]
	}
	b.WriteString(escape(string(rs[pos:])))
	return b.String()
}

func writeMarkdown(w io.Writer, xs []excerpt, by string, sel []string, infos map[string]elementInfo) error {
	var b strings.Builder
	b.WriteString("# normdex excerpts\n")
	mdEscape := strings.NewReplacer("*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", "[", `\[`, "]", `\]`).Replace
	for _, g := range groupExcerpts(xs, by, sel, infos) {
		fmt.Fprintf(&b, "\n## %s\n", g.title)
		for _, x := range g.items {
			text := marked(x.Text, spans(x, g.key, by), "**", "**", mdEscape)
			fmt.Fprintf(&b, "\n> %s\n>\n> — %s\n", strings.Join(strings.Fields(text), " "), mdEscape(x.Citation))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// latexEscape escapes every character that LaTeX treats specially, and
// replaces characters a stock pdflatex cannot set with their closest form.
func latexEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\textbackslash{}`)
		case '{', '}', '$', '&', '#', '_', '%':
			b.WriteString(`\` + string(r))
		case '^':
			b.WriteString(`\textasciicircum{}`)
		case '~':
			b.WriteString(`\textasciitilde{}`)
		case '<':
			b.WriteString(`\textless{}`)
		case '>':
			b.WriteString(`\textgreater{}`)
		case '|':
			b.WriteString(`\textbar{}`)
		case '‘':
			b.WriteString("`")
		case '’':
			b.WriteString("'")
		case '“':
			b.WriteString("``")
		case '”':
			b.WriteString("''")
		case '–':
			b.WriteString("--")
		case '—':
			b.WriteString("---")
		case '…':
			b.WriteString(`\ldots{}`)
		case '\u00a0':
			b.WriteString("~")
		default:
			switch {
			case r < 0x80 || (r >= 0xC0 && r <= 0x17F):
				b.WriteRune(r) // ASCII and accented Latin letters: utf8 inputenc sets them
			case r == utf8.RuneError:
			default:
				b.WriteString("?")
			}
		}
	}
	return b.String()
}

func writeLaTeX(w io.Writer, xs []excerpt, by string, sel []string, infos map[string]elementInfo) error {
	var b strings.Builder
	b.WriteString(`\documentclass[11pt]{article}
\usepackage[utf8]{inputenc}
\title{normdex excerpts}
\date{}
\begin{document}
\maketitle
`)
	for _, g := range groupExcerpts(xs, by, sel, infos) {
		fmt.Fprintf(&b, "\n\\section*{%s}\n", latexEscape(g.title))
		for _, x := range g.items {
			text := marked(x.Text, spans(x, g.key, by), `\emph{`, `}`, latexEscape)
			fmt.Fprintf(&b, "\\begin{quote}\n%s\n\\hfill --- %s\n\\end{quote}\n", strings.Join(strings.Fields(text), " "), latexEscape(x.Citation))
		}
	}
	b.WriteString("\n\\end{document}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// palette colours the elements in HTML: legible on screen and in print.
var palette = []string{"#ffe08a", "#b5e8b0", "#a9d1f7", "#f7b7a3", "#d9c2f0", "#f5c2dc", "#c8e6e0", "#f0d9a8", "#c9d4e8", "#e6e6a1"}

func writeHTML(w io.Writer, xs []excerpt, by string, sel []string, infos map[string]elementInfo) error {
	gs := groupExcerpts(xs, by, sel, infos)
	colour := map[string]string{}
	var used []string
	for _, x := range xs {
		for _, e := range x.Elements {
			if _, ok := colour[e]; !ok {
				colour[e] = palette[len(colour)%len(palette)]
				used = append(used, e)
			}
		}
	}
	sort.Strings(used)
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>normdex excerpts</title>
<style>
body { font-family: Georgia, serif; max-width: 50em; margin: 2em auto; line-height: 1.5; color: #111; }
blockquote { margin: 1em 0; padding: 0.5em 1em; border-left: 4px solid #999; background: #fafafa; }
.cite { display: block; text-align: right; font-style: italic; margin-top: 0.3em; }
.tags { font-size: 0.8em; color: #555; }
mark { padding: 0 0.1em; }
.legend span { display: inline-block; margin: 0 0.5em 0.3em 0; padding: 0 0.4em; }
@media print { blockquote { break-inside: avoid; } mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
</style>
</head>
<body>
<h1>normdex excerpts</h1>
<p class="legend">`)
	for _, e := range used {
		label := e
		if in, ok := infos[e]; ok && in.Label != "" {
			label = in.Label + " (" + e + ")"
		}
		fmt.Fprintf(&b, `<span style="background:%s">%s</span>`, colour[e], html.EscapeString(label))
	}
	b.WriteString("</p>\n")
	for _, g := range gs {
		fmt.Fprintf(&b, "<h2 id=\"%s\">%s</h2>\n", html.EscapeString(g.key), html.EscapeString(g.title))
		for _, x := range g.items {
			b.WriteString("<blockquote>")
			b.WriteString(htmlMarked(x, g.key, by, colour))
			fmt.Fprintf(&b, "<span class=\"cite\">%s</span><span class=\"tags\">%s</span></blockquote>\n",
				html.EscapeString(x.Citation), html.EscapeString(strings.Join(x.Elements, ", ")))
		}
	}
	b.WriteString("</body>\n</html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// htmlMarked highlights each evidence span in its element's colour.
func htmlMarked(x excerpt, key, by string, colour map[string]string) string {
	type span struct {
		a, z int
		el   string
	}
	var ss []span
	for _, a := range x.Annotations {
		if by != "state" && a.Element != key {
			continue
		}
		ss = append(ss, span{a.Start, a.End, a.Element})
	}
	sort.Slice(ss, func(i, j int) bool { return ss[i].a < ss[j].a })
	rs := []rune(x.Text)
	var b strings.Builder
	pos := 0
	for _, s := range ss {
		if s.a < pos || s.z > len(rs) {
			continue
		}
		b.WriteString(html.EscapeString(string(rs[pos:s.a])))
		fmt.Fprintf(&b, `<mark style="background:%s" title="%s">%s</mark>`, colour[s.el], html.EscapeString(s.el), html.EscapeString(string(rs[s.a:s.z])))
		pos = s.z
	}
	b.WriteString(html.EscapeString(string(rs[pos:])))
	return b.String()
}
