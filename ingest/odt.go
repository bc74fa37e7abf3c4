package ingest

import (
	"context"
	"errors"
	"strconv"
	"strings"

	"github.com/normdex/normdex/corpus"
)

// ODT extracts OpenDocument text files the way DOCX does Word files:
// paragraphs and headings in order, list and outline numbers, notes with
// their citations, tables row by row, tracked changes accepted (deleted text
// lives apart, in the tracked-changes region), annotations left out, and the
// title and date of meta.xml.
type ODT struct{}

// Extract reads content.xml, the list styles of styles.xml and meta.xml.
func (ODT) Extract(_ context.Context, _ string, data []byte) (Extraction, error) {
	z, err := openZip("ODT", data)
	if err != nil {
		return Extraction{}, err
	}
	content, err := z.tree("content.xml")
	if err != nil {
		return Extraction{}, err
	}
	if content == nil {
		return Extraction{}, errors.New("not an ODT file: no content.xml")
	}
	styles, err := z.tree("styles.xml")
	if err != nil {
		return Extraction{}, err
	}
	w := &odtWalker{lists: map[string]map[int]olevel{}, count: map[string]*[11]int{}, parents: map[string]string{}}
	for _, part := range []*xnode{styles, content} {
		for _, holder := range []*xnode{part.child("styles"), part.child("automatic-styles")} {
			if holder == nil {
				continue
			}
			for _, s := range holder.kids {
				switch s.name {
				case "list-style":
					w.lists[s.get("name")] = readListStyle(s)
				case "outline-style":
					w.lists[outlineStyle] = readListStyle(s)
				case "style":
					w.parents[s.get("name")] = s.get("parent-style-name")
				}
			}
		}
	}
	w.block(content.path("body", "text"), "", 0)
	ps := append(w.out, w.noteParas...)
	if len(ps) == 0 {
		return Extraction{}, errors.New("no text")
	}
	x := Extraction{Paragraphs: ps}
	meta, err := z.tree("meta.xml")
	if err != nil {
		x.Problems = append(x.Problems, "document properties: "+err.Error())
	}
	m := meta.child("meta")
	x.Meta.Title = collapseSpace(m.child("title").innerText())
	x.Meta.Date = docDate(m.child("creation-date").innerText())
	if x.Meta.Date == "" {
		x.Meta.Date = docDate(m.child("date").innerText())
	}
	return x, nil
}

// outlineStyle is the key of the headings' numbering among the list styles.
const outlineStyle = "\x00outline"

// olevel is one level of an OpenDocument list style.
type olevel struct {
	format, prefix, suffix string
	start, display         int
}

func readListStyle(s *xnode) map[int]olevel {
	levels := map[int]olevel{}
	for _, l := range s.kids {
		n, err := strconv.Atoi(l.get("level"))
		if err != nil || n < 1 || n > 10 {
			continue
		}
		lv := olevel{start: 1, display: 1}
		if l.name == "list-level-style-number" || l.name == "outline-level-style" {
			lv.format, lv.prefix, lv.suffix = l.get("num-format"), l.get("num-prefix"), l.get("num-suffix")
		}
		if v, err := strconv.Atoi(l.get("start-value")); err == nil {
			lv.start = v
		}
		if v, err := strconv.Atoi(l.get("display-levels")); err == nil && v > 0 {
			lv.display = v
		}
		levels[n] = lv
	}
	return levels
}

type odtWalker struct {
	lists     map[string]map[int]olevel
	parents   map[string]string   // paragraph style → the style it derives from
	count     map[string]*[11]int // list style → counter per level (0: not started)
	inNote    bool
	out       []corpus.Paragraph
	noteParas []corpus.Paragraph
}

// block walks block-level content; style and level are those of the list
// the content stands in (level 0: none).
func (w *odtWalker) block(n *xnode, style string, level int) {
	if n == nil {
		return
	}
	for _, k := range n.kids {
		switch k.name {
		case "p":
			kind := corpus.Body
			if w.isTitle(k.get("style-name")) {
				kind = corpus.Heading
			}
			w.para(k, kind, "")
		case "h":
			label := k.child("number").innerText()
			lvl, err := strconv.Atoi(k.get("outline-level"))
			if err != nil || lvl < 1 {
				lvl = 1
			}
			if num := w.next(outlineStyle, lvl, 0); label == "" {
				label = num
			}
			w.para(k, corpus.Heading, label)
		case "list":
			s := k.get("style-name")
			if s == "" {
				s = style
			}
			if level == 0 && k.get("continue-numbering") != "true" && k.get("continue-list") == "" {
				delete(w.count, s)
			}
			w.list(k, s, level+1)
		case "table":
			w.table(k)
		case "tracked-changes", "sequence-decls", "variable-decls", "user-field-decls", "forms",
			"index-source", "annotation", "annotation-end", "soft-page-break":
		default: // section, table-of-content, index-body, frame, text-box...
			w.block(k, style, level)
		}
	}
}

func (w *odtWalker) list(l *xnode, style string, level int) {
	for _, item := range l.kids {
		if item.name != "list-item" && item.name != "list-header" {
			continue
		}
		start := 0
		if v, err := strconv.Atoi(item.get("start-value")); err == nil {
			start = v
		}
		first := true
		for _, k := range item.kids {
			if (k.name == "p" || k.name == "h") && first && item.name == "list-item" {
				first = false
				label := k.child("number").innerText()
				if num := w.next(style, level, start); label == "" {
					label = num
				}
				kind := corpus.Body
				if k.name == "h" {
					kind = corpus.Heading
				}
				w.para(k, kind, label)
				continue
			}
			w.block(&xnode{kids: []*xnode{k}}, style, level)
		}
	}
}

// isTitle reports whether a paragraph style is the document's title or
// subtitle, or derives from them: headings as Word files mark them, though
// OpenDocument gives them no outline level.
func (w *odtWalker) isTitle(style string) bool {
	for range 16 { // a loop of styles in a damaged file ends here
		switch style {
		case "":
			return false
		case "Title", "Subtitle":
			return true
		}
		style = w.parents[style]
	}
	return false
}

// next counts a list item at a level of a list style and returns its label,
// "" for bullets and unnumbered levels.
func (w *odtWalker) next(style string, level, start int) string {
	levels := w.lists[style]
	if level < 1 || level > 10 {
		return ""
	}
	c := w.count[style]
	if c == nil {
		c = new([11]int)
		w.count[style] = c
	}
	switch {
	case start > 0:
		c[level] = start
	case c[level] == 0:
		c[level] = max(1, levels[level].start)
	default:
		c[level]++
	}
	for l := level + 1; l <= 10; l++ {
		c[l] = 0
	}
	lv := levels[level]
	if lv.format == "" {
		return ""
	}
	var parts []string
	for l := max(1, level-lv.display+1); l <= level; l++ {
		v := c[l]
		if v == 0 {
			v = max(1, levels[l].start)
		}
		f := levels[l].format
		if f == "" {
			f = "1"
		}
		parts = append(parts, formatNumber(v, f))
	}
	return strings.TrimSpace(lv.prefix + strings.Join(parts, ".") + lv.suffix)
}

func (w *odtWalker) para(p *xnode, kind corpus.ParagraphKind, label string) {
	var b strings.Builder
	w.inline(p, &b)
	text := collapseSpace(b.String())
	if text == "" {
		return
	}
	para := corpus.Paragraph{Kind: kind, Text: text}
	if label != "" {
		para.Text = label + " " + text
		para.Number = strings.TrimSuffix(label, ".")
	} else {
		para.Number = leadingNumber(text)
	}
	w.out = append(w.out, para)
}

func (w *odtWalker) inline(n *xnode, b *strings.Builder) {
	for _, k := range n.kids {
		switch k.name {
		case "":
			b.WriteString(k.text)
		case "s":
			c, err := strconv.Atoi(k.get("c"))
			if err != nil || c < 1 {
				c = 1
			}
			b.WriteString(strings.Repeat(" ", min(c, 64)))
		case "tab", "line-break":
			b.WriteByte(' ')
		case "note":
			b.WriteString(w.note(k))
		case "text-box":
			w.block(k, "", 0)
		case "number", "annotation", "annotation-end", "change", "change-start", "change-end",
			"soft-page-break", "bookmark", "bookmark-start", "bookmark-end", "reference-mark":
		default: // span, a, meta, fields…
			w.inline(k, b)
		}
	}
}

// note collects a footnote or endnote as a footnote paragraph and returns
// its citation for the body text.
func (w *odtWalker) note(n *xnode) string {
	if w.inNote {
		return ""
	}
	label := collapseSpace(n.child("note-citation").innerText())
	w.inNote = true
	saved := w.out
	w.out = nil
	w.block(n.child("note-body"), "", 0)
	var texts []string
	for _, p := range w.out {
		texts = append(texts, p.Text)
	}
	w.out = saved
	w.inNote = false
	if len(texts) > 0 {
		w.noteParas = append(w.noteParas, corpus.Paragraph{Kind: corpus.Footnote, Number: label, Text: strings.Join(texts, " ")})
	}
	return label
}

// table writes each row as one paragraph, its cells separated by " | ".
func (w *odtWalker) table(t *xnode) {
	for _, k := range t.kids {
		switch k.name {
		case "table-row":
			if row, ok := tableRow(k, "table-cell", func(tc *xnode) []corpus.Paragraph {
				saved := w.out
				w.out = nil
				w.block(tc, "", 0)
				cell := w.out
				w.out = saved
				return cell
			}); ok {
				w.out = append(w.out, row)
			}
		case "table-header-rows", "table-rows", "table-row-group":
			w.table(k)
		}
	}
}
