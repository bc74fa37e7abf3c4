package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"iter"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/workspace"
)

func writeJSONL(w io.Writer, xs iter.Seq2[workspace.Excerpt, error]) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for x, err := range xs {
		if err == nil {
			err = enc.Encode(x)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// quotedInNote says where a quotation was found, for the formats that have
// no field for it: "UNIDIR paper (2022), p. 3, n. 16" (the host's title, or
// its source when untitled, and year); "" for a passage in its document's
// own voice. Without it a researcher would cite a State's words from a
// secondary source as if read in the original.
func quotedInNote(x workspace.Excerpt) string {
	q := x.QuotedIn
	if q == nil {
		return ""
	}
	host := q.DocTitle
	if host == "" {
		host = q.Source
	}
	year := "n.d."
	if y := x.Doc.Year(); y > 0 {
		year = strconv.Itoa(y)
	}
	s := host + " (" + year + ")"
	if q.Page > 0 {
		s += ", p. " + strconv.Itoa(q.Page)
	}
	if q.Note != "" {
		s += ", n. " + q.Note
	}
	return s
}

// writeCSV writes RFC 4180 CSV, one row a passage. Columns are only ever
// appended, since other tools read them by position: rejects lists the
// elements the passage rejects, quoted_in where a quotation was found
// (see quotedInNote), reviewed whether a reviewer decided on the passage,
// manual the elements coded by hand and overruled the rule elements
// reviewers rejected (left out of elements), lang the passage's language.
// excel adds the UTF-8 byte order mark that Excel needs to read the file as
// UTF-8, and keeps Excel from reading a cell as a formula (see excelCell).
func writeCSV(w io.Writer, xs iter.Seq2[workspace.Excerpt, error], excel bool) error {
	if excel {
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return err
		}
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	cw.Write([]string{"id", "state", "date", "citation", "elements", "text", "source", "page", "paragraph", "rejects", "codebook", "ocr_confidence", "quoted_in", "reviewed", "manual", "overruled", "lang"})
	for x, err := range xs {
		if err != nil {
			return err
		}
		page := ""
		if x.Page > 0 {
			page = fmt.Sprint(x.Page)
		}
		cb := ""
		if x.Codebook != nil {
			cb = x.Codebook.String()
		}
		conf := ""
		if x.OCR {
			conf = fmt.Sprintf("%.1f", x.OCRConfidence)
		}
		row := []string{x.ID, x.State, x.Date, x.Citation, strings.Join(x.Elements, "; "), x.Text, x.Source, page, x.Paragraph,
			strings.Join(rejectedElements(x), "; "), cb, conf, quotedInNote(x), strconv.FormatBool(x.Reviewed),
			strings.Join(originElements(x.Annotations, corpus.FromManual), "; "), strings.Join(corpus.Elements(x.Rejected), "; "), x.Lang}
		if excel {
			for i := range row {
				row[i] = excelCell(row[i])
			}
		}
		cw.Write(row)
	}
	cw.Flush()
	return cw.Error()
}

// originElements returns the sorted, unique elements of the annotations of
// one origin.
func originElements(anns []corpus.Annotation, o corpus.Origin) []string {
	var of []corpus.Annotation
	for _, a := range anns {
		if a.Origin == o {
			of = append(of, a)
		}
	}
	return corpus.Elements(of)
}

// excelCell neutralises a cell that Excel would run as a formula: one that
// begins with =, +, -, @, a tab or a carriage return gets a leading
// apostrophe (OWASP, CSV injection).
func excelCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// group is a heading of a grouped export with its excerpts.
type group struct {
	key, title string
	items      []workspace.Excerpt
}

// groupExcerpts groups by element (each passage under every element it
// has, of those selected) or by State.
func groupExcerpts(xs []workspace.Excerpt, by string, sel corpus.Filter, infos map[string]workspace.ElementInfo) []group {
	idx := map[string]int{}
	var gs []group
	add := func(key, title string, x workspace.Excerpt) {
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
			if !workspace.Shows(sel, x, e) {
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

// evSpan is a stretch of evidence in an workspace.Excerpt's text, in runes.
type evSpan struct {
	start, end int
	rejected   bool // evidence of an element the passage rejects
}

// spans returns the evidence spans of an workspace.Excerpt for the given group key
// (all its annotations when grouped by State), in order and not overlapping;
// a span is rejected when any evidence merged into it is.
func spans(x workspace.Excerpt, key, by string) []evSpan {
	var out []evSpan
	for _, a := range x.Annotations {
		if by != "state" && a.Element != key {
			continue
		}
		out = append(out, evSpan{a.Start, a.End, a.Polarity == corpus.Rejected})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	var merged []evSpan
	for _, s := range out {
		if n := len(merged); n > 0 && s.start <= merged[n-1].end {
			merged[n-1].end = max(merged[n-1].end, s.end)
			merged[n-1].rejected = merged[n-1].rejected || s.rejected
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// evidenceStyle returns the marks around affirmed and rejected evidence.
func evidenceStyle(open, close, openRejected, closeRejected string) func(rejected bool) (string, string) {
	return func(rejected bool) (string, string) {
		if rejected {
			return openRejected, closeRejected
		}
		return open, close
	}
}

// marked renders text with the spans wrapped in their style; escape is
// applied to the text between.
func marked(text string, ss []evSpan, style func(rejected bool) (string, string), escape func(string) string) string {
	rs := []rune(text)
	var b strings.Builder
	pos := 0
	for _, s := range ss {
		if s.start < pos || s.end > len(rs) {
			continue
		}
		open, close := style(s.rejected)
		b.WriteString(escape(string(rs[pos:s.start])))
		b.WriteString(open + escape(string(rs[s.start:s.end])) + close)
		pos = s.end
	}
	b.WriteString(escape(string(rs[pos:])))
	return b.String()
}

// rejectsMark says whether an workspace.Excerpt, shown under group key, rejects: the
// group's element, or, grouped by State, any element (then listed in what).
func rejectsMark(x workspace.Excerpt, key, by string) (rejects bool, what string) {
	var els []string
	for _, a := range x.Annotations {
		if a.Polarity != corpus.Rejected || (by != "state" && a.Element != key) || slices.Contains(els, a.Element) {
			continue
		}
		els = append(els, a.Element)
	}
	if by != "state" {
		return len(els) > 0, ""
	}
	return len(els) > 0, strings.Join(els, ", ")
}

// rejectedElements lists the elements a passage rejects.
func rejectedElements(x workspace.Excerpt) []string {
	_, what := rejectsMark(x, "", "state")
	if what == "" {
		return nil
	}
	return strings.Split(what, ", ")
}

func writeMarkdown(w io.Writer, xs []workspace.Excerpt, by string, sel corpus.Filter, infos map[string]workspace.ElementInfo) error {
	var b strings.Builder
	b.WriteString("# normdex excerpts\n")
	mdEscape := strings.NewReplacer("*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", "[", `\[`, "]", `\]`).Replace
	for _, g := range groupExcerpts(xs, by, sel, infos) {
		fmt.Fprintf(&b, "\n## %s\n", g.title)
		for _, x := range g.items {
			// Affirmed evidence in bold, rejected in italics after a
			// "rejects" mark: a rejection never reads as an affirmation.
			text := marked(x.Text, spans(x, g.key, by), evidenceStyle("**", "**", "*", "*"), mdEscape)
			mark := ""
			if rejects, what := rejectsMark(x, g.key, by); rejects {
				mark = "**[rejects]** "
				if what != "" {
					mark = "**[rejects " + mdEscape(what) + "]** "
				}
			}
			fmt.Fprintf(&b, "\n> %s%s\n>\n> — %s\n", mark, strings.Join(strings.Fields(text), " "), mdEscape(x.Citation))
			if q := quotedInNote(x); q != "" {
				fmt.Fprintf(&b, ">\n> quoted in %s\n", mdEscape(q))
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// latexEscape escapes every character that LaTeX treats specially. For
// pdflatex (unicode false) it also writes typographic punctuation the TeX
// way; every other character is one pdflatex sets (see pdflatexSets).
func latexEscape(s string, unicode bool) string {
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
		case '\u00a0':
			b.WriteString("~")
		case '\u00ad', utf8.RuneError:
		default:
			if t, ok := texPunct[r]; ok && !unicode {
				b.WriteString(t)
				continue
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

var texPunct = map[rune]string{'‘': "`", '’': "'", '“': "``", '”': "''", '–': "--", '—': "---", '…': `\ldots{}`,
	'′': `$'$`, '−': `\textminus{}`}

// pdflatexSets reports whether pdflatex, with T1 fonts and UTF-8 input,
// sets r: ASCII, the Latin-1 supplement and Latin Extended-A (but for a few
// letters T1 lacks), Romanian comma accents and common symbols.
func pdflatexSets(r rune) bool {
	switch {
	case r < 0x80, texPunct[r] != "":
		return true
	case r >= 0xA0 && r <= 0x17F:
		return !strings.ContainsRune("ĦħĸĿŀŉŦŧſ", r)
	}
	return strings.ContainsRune("ȘșȚț€†‡•™‐‑‒", r)
}

// unsetByPdflatex returns the first few distinct characters of the excerpts
// that pdflatex cannot set.
func unsetByPdflatex(xs []workspace.Excerpt) []rune {
	var out []rune
	for _, x := range xs {
		for _, r := range x.Text + x.Citation + quotedInNote(x) {
			if !pdflatexSets(r) && r != utf8.RuneError && !slices.Contains(out, r) {
				out = append(out, r)
				if len(out) == 5 {
					return out
				}
			}
		}
	}
	return out
}

// writeLaTeX writes a LaTeX document for pdflatex, or, when the excerpts
// hold characters pdflatex cannot set (Cyrillic, Chinese …), for xelatex or
// lualatex with fontspec, saying so at the top: never "?" in their place.
func writeLaTeX(w io.Writer, xs []workspace.Excerpt, by string, sel corpus.Filter, infos map[string]workspace.ElementInfo) error {
	var b strings.Builder
	unset := unsetByPdflatex(xs)
	unicode := len(unset) > 0
	if unicode {
		var names []string
		for _, r := range unset {
			names = append(names, fmt.Sprintf("%c (U+%04X)", r, r))
		}
		fmt.Fprintf(&b, `%% Compile with xelatex or lualatex, not pdflatex: the excerpts hold
%% characters pdflatex cannot set, such as %s.
%% Where the font lacks one, the log says "Missing character": choose a font
%% that has it with \setmainfont{...}.
\documentclass[11pt]{article}
\usepackage{fontspec}
\IfFontExistsTF{Noto Serif}{\setmainfont{Noto Serif}}{%%
  \IfFontExistsTF{DejaVu Serif}{\setmainfont{DejaVu Serif}}{%%
    \IfFontExistsTF{FreeSerif}{\setmainfont{FreeSerif}}{}}}
`, strings.Join(names, ", "))
	} else {
		b.WriteString(`\documentclass[11pt]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
`)
	}
	b.WriteString(`% A passage that rejects an element is marked \ndxrejects, its words
% set in \ndxrejected; redefine them to change the style.
\newcommand{\ndxrejects}{\textbf{[rejects]}~}
\newcommand{\ndxrejected}[1]{\textsf{#1}}
\title{normdex excerpts}
\date{}
\begin{document}
\maketitle
`)
	esc := func(s string) string { return latexEscape(s, unicode) }
	for _, g := range groupExcerpts(xs, by, sel, infos) {
		fmt.Fprintf(&b, "\n\\section*{%s}\n", esc(g.title))
		for _, x := range g.items {
			text := marked(x.Text, spans(x, g.key, by), evidenceStyle(`\emph{`, `}`, `\ndxrejected{`, `}`), esc)
			mark := ""
			if rejects, what := rejectsMark(x, g.key, by); rejects {
				mark = `\ndxrejects{}`
				if what != "" {
					mark += esc(what) + ": "
				}
			}
			quoted := ""
			if q := quotedInNote(x); q != "" {
				quoted = "\\par\\hfill quoted in " + esc(q) + "\n"
			}
			fmt.Fprintf(&b, "\\begin{quote}\n%s%s\n\\hfill --- %s\n%s\\end{quote}\n", mark, strings.Join(strings.Fields(text), " "), esc(x.Citation), quoted)
		}
	}
	b.WriteString("\n\\end{document}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// palette colours the elements in HTML: legible on screen and in print.
var palette = []string{"#ffe08a", "#b5e8b0", "#a9d1f7", "#f7b7a3", "#d9c2f0", "#f5c2dc", "#c8e6e0", "#f0d9a8", "#c9d4e8", "#e6e6a1"}

func writeHTML(w io.Writer, xs []workspace.Excerpt, by string, sel corpus.Filter, infos map[string]workspace.ElementInfo) error {
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
.quoted-in { display: block; text-align: right; font-size: 0.9em; color: #555; }
.tags { font-size: 0.8em; color: #555; }
mark { padding: 0 0.1em; }
blockquote.rejects { border-left: 4px dashed #b2182b; background: #fdf3f2; }
.rejects-mark { font-family: sans-serif; font-size: 0.75em; font-weight: bold; text-transform: uppercase; color: #fff; background: #b2182b; padding: 0.05em 0.4em; margin-right: 0.4em; }
mark.rejected { text-decoration: line-through; text-decoration-color: #b2182b; }
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
			if rejects, what := rejectsMark(x, g.key, by); rejects {
				title := "rejects this element"
				if what != "" {
					title = "rejects " + what
				}
				fmt.Fprintf(&b, `<blockquote class="rejects"><span class="rejects-mark" title="%s">rejects</span>`, html.EscapeString(title))
			} else {
				b.WriteString("<blockquote>")
			}
			if x.Lang != "" && x.Lang != corpus.English {
				// The page is English; its screen readers and hyphenation
				// read a French or Spanish passage in its own language.
				fmt.Fprintf(&b, `<span lang="%s">%s</span>`, x.Lang, htmlMarked(x, g.key, by, colour))
			} else {
				b.WriteString(htmlMarked(x, g.key, by, colour))
			}
			quoted := ""
			if q := quotedInNote(x); q != "" {
				quoted = `<span class="quoted-in">quoted in ` + html.EscapeString(q) + `</span>`
			}
			fmt.Fprintf(&b, "<span class=\"cite\">%s</span>%s<span class=\"tags\">%s</span></blockquote>\n",
				html.EscapeString(x.Citation), quoted, html.EscapeString(strings.Join(x.Elements, ", ")))
		}
	}
	b.WriteString("</body>\n</html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// htmlMarked highlights each evidence span in its element's colour.
func htmlMarked(x workspace.Excerpt, key, by string, colour map[string]string) string {
	type span struct {
		a, z     int
		el       string
		rejected bool
	}
	var ss []span
	for _, a := range x.Annotations {
		if by != "state" && a.Element != key {
			continue
		}
		ss = append(ss, span{a.Start, a.End, a.Element, a.Polarity == corpus.Rejected})
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
		class, title := "", s.el
		if s.rejected {
			class, title = ` class="rejected"`, s.el+" (rejected)"
		}
		fmt.Fprintf(&b, `<mark%s style="background:%s" title="%s">%s</mark>`, class, colour[s.el], html.EscapeString(title), html.EscapeString(string(rs[s.a:s.z])))
		pos = s.z
	}
	b.WriteString(html.EscapeString(string(rs[pos:])))
	return b.String()
}
