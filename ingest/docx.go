package ingest

import (
	"context"
	"errors"
	"strconv"
	"strings"

	"github.com/normdex/normdex/corpus"
)

// DOCX extracts Word documents (Office Open XML): paragraphs in order,
// headings by outline level, list numbers as Word shows them, footnotes and
// endnotes with their numbers, tables row by row, tracked changes accepted,
// comments left out, and the title and date of the document properties.
type DOCX struct{}

// Extract reads the parts of the document within the size limits of
// zipParts.
func (DOCX) Extract(_ context.Context, _ string, data []byte) (Extraction, error) {
	z, err := openZip("DOCX", data)
	if err != nil {
		return Extraction{}, err
	}
	doc, err := z.tree("word/document.xml")
	if err != nil {
		return Extraction{}, err
	}
	if doc == nil {
		return Extraction{}, errors.New("not a DOCX file: no word/document.xml")
	}
	w := &docxWalker{styles: map[string]wstyle{}, notes: map[string]map[string]*xnode{},
		noteFmt: map[string]string{"footnote": "decimal", "endnote": "lowerRoman"},
		noteNum: map[string]int{"footnote": 0, "endnote": 0}}
	parts := map[string]*xnode{}
	for _, name := range []string{"styles", "numbering", "settings", "footnotes", "endnotes"} {
		if parts[name], err = z.tree("word/" + name + ".xml"); err != nil {
			return Extraction{}, err
		}
	}
	w.readStyles(parts["styles"])
	w.num = readWordNumbering(parts["numbering"])
	for _, kind := range []string{"footnote", "endnote"} {
		w.notes[kind] = map[string]*xnode{}
		if p := parts[kind+"s"]; p != nil {
			for _, n := range p.kids {
				if n.name == kind {
					w.notes[kind][n.get("id")] = n
				}
			}
		}
		for _, holder := range []*xnode{parts["settings"], doc.path("body", "sectPr")} {
			pr := holder.child(kind + "Pr")
			if f := pr.path("numFmt").get("val"); f != "" {
				w.noteFmt[kind] = f
			}
			if s, err := strconv.Atoi(pr.path("numStart").get("val")); err == nil && s > 0 {
				w.noteNum[kind] = s - 1
			}
		}
	}
	w.block(doc.child("body"))
	ps := append(w.out, w.noteParas...)
	if len(ps) == 0 {
		return Extraction{}, errors.New("no text")
	}
	x := Extraction{Paragraphs: ps}
	core, err := z.tree("docProps/core.xml")
	if err != nil {
		x.Problems = append(x.Problems, "document properties: "+err.Error())
	}
	x.Meta.Title = collapseSpace(core.child("title").innerText())
	x.Meta.Date = docDate(core.child("created").innerText())
	if x.Meta.Date == "" {
		x.Meta.Date = docDate(core.child("modified").innerText())
	}
	return x, nil
}

// wstyle is what a paragraph style contributes: an outline level (-1 for
// none) and list numbering.
type wstyle struct {
	name, basedOn string
	outline       int
	numID, ilvl   string
}

type docxWalker struct {
	styles    map[string]wstyle
	num       *wordNumbering
	notes     map[string]map[string]*xnode // "footnote"/"endnote" → id → note
	noteFmt   map[string]string
	noteNum   map[string]int
	inNote    bool
	carry     string // text of a paragraph whose mark was deleted: it runs on into the next
	out       []corpus.Paragraph
	noteParas []corpus.Paragraph
}

func (w *docxWalker) readStyles(styles *xnode) {
	if styles == nil {
		return
	}
	for _, s := range styles.kids {
		if s.name != "style" || s.get("type") != "paragraph" {
			continue
		}
		ppr := s.child("pPr")
		st := wstyle{name: strings.ToLower(s.path("name").get("val")), basedOn: s.path("basedOn").get("val"), outline: -1,
			numID: ppr.path("numPr", "numId").get("val"), ilvl: ppr.path("numPr", "ilvl").get("val")}
		if v, err := strconv.Atoi(ppr.path("outlineLvl").get("val")); err == nil {
			st.outline = v
		}
		w.styles[s.get("styleId")] = st
	}
}

// style resolves a paragraph style along its basedOn chain.
func (w *docxWalker) style(id string) wstyle {
	out := wstyle{outline: -1}
	for depth := 0; id != "" && depth < 16; depth++ {
		st, ok := w.styles[id]
		if !ok {
			break
		}
		if out.name == "" {
			out.name = st.name
		}
		if out.outline < 0 {
			out.outline = st.outline
		}
		if out.numID == "" {
			out.numID, out.ilvl = st.numID, st.ilvl
		}
		id = st.basedOn
	}
	return out
}

// block walks the block-level content of the body, a cell or a note.
func (w *docxWalker) block(n *xnode) {
	if n == nil {
		return
	}
	for _, k := range n.kids {
		switch k.name {
		case "p":
			w.para(k)
		case "tbl":
			w.table(k)
		case "del", "moveFrom", "sectPr", "Fallback":
		default: // sdt, sdtContent, ins, moveTo, customXml, AlternateContent, Choice
			w.block(k)
		}
	}
}

func (w *docxWalker) para(p *xnode) {
	ppr := p.child("pPr")
	st := w.style(ppr.path("pStyle").get("val"))
	if v, err := strconv.Atoi(ppr.path("outlineLvl").get("val")); err == nil {
		st.outline = v
	}
	if np := ppr.child("numPr"); np != nil {
		if v := np.path("numId").get("val"); v != "" {
			st.numID = v
		}
		if v := np.path("ilvl").get("val"); v != "" {
			st.ilvl = v
		}
	}
	var b strings.Builder
	b.WriteString(w.carry)
	w.carry = ""
	w.inline(p, &b)
	text := collapseSpace(b.String())
	if ppr.path("rPr", "del") != nil {
		// The paragraph mark was deleted: what is left of the paragraph
		// joins the next one, and it has no number of its own.
		if text != "" {
			w.carry = text + " "
		}
		return
	}
	ilvl, _ := strconv.Atoi(st.ilvl)
	label := w.num.next(st.numID, ilvl)
	if text == "" {
		return
	}
	para := corpus.Paragraph{Kind: corpus.Body, Text: text}
	if label != "" {
		para.Text = label + " " + text
		para.Number = strings.TrimSuffix(label, ".")
	} else {
		para.Number = leadingNumber(text)
	}
	if (st.outline >= 0 && st.outline < 9) || strings.HasPrefix(st.name, "heading") || st.name == "title" || st.name == "subtitle" {
		para.Kind = corpus.Heading
	}
	w.out = append(w.out, para)
}

// inline writes the text of a paragraph's runs, accepting tracked changes.
func (w *docxWalker) inline(n *xnode, b *strings.Builder) {
	for _, k := range n.kids {
		switch k.name {
		case "t":
			b.WriteString(k.innerText())
		case "tab", "ptab", "br", "cr":
			b.WriteByte(' ')
		case "noBreakHyphen":
			b.WriteByte('-')
		case "r":
			if v := k.path("rPr", "vanish"); v == nil || v.get("val") == "0" || v.get("val") == "false" {
				w.inline(k, b)
			}
		case "footnoteReference", "endnoteReference":
			b.WriteString(w.noteRef(strings.TrimSuffix(k.name, "Reference"), k.get("id")))
		case "txbxContent":
			w.block(k)
		case "", "pPr", "rPr", "del", "moveFrom", "delText", "instrText", "delInstrText", "commentReference",
			"footnoteRef", "endnoteRef", "annotationRef", "fldData", "Fallback", "sectPr":
		default: // hyperlink, ins, moveTo, smartTag, sdt, sdtContent, fldSimple, drawing, AlternateContent...
			w.inline(k, b)
		}
	}
}

// noteRef numbers a footnote or endnote where it is referenced, which is
// how Word numbers them, and collects its text as a footnote paragraph.
func (w *docxWalker) noteRef(kind, id string) string {
	note := w.notes[kind][id]
	if note == nil || w.inNote {
		return ""
	}
	w.noteNum[kind]++
	label := formatNumber(w.noteNum[kind], w.noteFmt[kind])
	w.inNote = true
	var texts []string
	for _, p := range note.kids {
		if p.name == "p" {
			var b strings.Builder
			w.inline(p, &b)
			if t := collapseSpace(b.String()); t != "" {
				texts = append(texts, t)
			}
		}
	}
	w.inNote = false
	if len(texts) > 0 {
		w.noteParas = append(w.noteParas, corpus.Paragraph{Kind: corpus.Footnote, Number: label, Text: strings.Join(texts, " ")})
	}
	return label
}

// table writes each row as one paragraph, its cells separated by " | ".
func (w *docxWalker) table(t *xnode) {
	for _, tr := range t.kids {
		if tr.name != "tr" || tr.path("trPr", "del") != nil {
			continue
		}
		if row, ok := tableRow(tr, "tc", func(tc *xnode) []corpus.Paragraph {
			saved := w.out
			w.out = nil
			w.block(tc)
			cell := w.out
			w.out = saved
			return cell
		}); ok {
			w.out = append(w.out, row)
		}
	}
}

// wordNumbering counts list paragraphs as Word does: the counters belong to
// the abstract list definition, so that a list interrupted by other
// paragraphs goes on where it stopped; a level restarts after a paragraph of
// a higher level.
type wordNumbering struct {
	abstract map[string]map[int]wlevel
	nums     map[string]wnum
	count    map[string]*[9]int
	set      map[string]*[9]bool
	used     map[string]bool
}

type wlevel struct {
	start     int
	format    string
	text      string
	legal     bool
	noRestart bool
}

type wnum struct {
	abstract string
	override map[int]int // level → start value
}

func readWordNumbering(n *xnode) *wordNumbering {
	wn := &wordNumbering{abstract: map[string]map[int]wlevel{}, nums: map[string]wnum{},
		count: map[string]*[9]int{}, set: map[string]*[9]bool{}, used: map[string]bool{}}
	if n == nil {
		return wn
	}
	for _, k := range n.kids {
		switch k.name {
		case "abstractNum":
			levels := map[int]wlevel{}
			for _, l := range k.kids {
				if l.name != "lvl" {
					continue
				}
				i, err := strconv.Atoi(l.get("ilvl"))
				if err != nil || i < 0 || i > 8 {
					continue
				}
				lv := wlevel{start: 1, format: l.path("numFmt").get("val"), text: l.path("lvlText").get("val"),
					legal: l.child("isLgl") != nil, noRestart: l.path("lvlRestart").get("val") == "0"}
				if s, err := strconv.Atoi(l.path("start").get("val")); err == nil {
					lv.start = s
				}
				levels[i] = lv
			}
			wn.abstract[k.get("abstractNumId")] = levels
		case "num":
			num := wnum{abstract: k.path("abstractNumId").get("val"), override: map[int]int{}}
			for _, o := range k.kids {
				if o.name != "lvlOverride" {
					continue
				}
				i, err1 := strconv.Atoi(o.get("ilvl"))
				s, err2 := strconv.Atoi(o.path("startOverride").get("val"))
				if err1 == nil && err2 == nil && i >= 0 && i <= 8 {
					num.override[i] = s
				}
			}
			wn.nums[k.get("numId")] = num
		}
	}
	return wn
}

// next counts a paragraph of list numID at level ilvl and returns its label
// ("16.", "(a)", "2.3."), or "" for a bullet or a paragraph of no list.
func (wn *wordNumbering) next(numID string, ilvl int) string {
	num, ok := wn.nums[numID]
	if !ok || ilvl < 0 || ilvl > 8 {
		return ""
	}
	levels := wn.abstract[num.abstract]
	if levels == nil {
		return ""
	}
	count, set := wn.count[num.abstract], wn.set[num.abstract]
	if count == nil {
		count, set = new([9]int), new([9]bool)
		wn.count[num.abstract], wn.set[num.abstract] = count, set
	}
	if !wn.used[numID] {
		wn.used[numID] = true
		for l, s := range num.override {
			count[l], set[l] = s-1, true
		}
	}
	if set[ilvl] {
		count[ilvl]++
	} else {
		count[ilvl], set[ilvl] = levels[ilvl].start, true
	}
	for l := ilvl + 1; l < 9; l++ {
		if !levels[l].noRestart {
			set[l] = false
		}
	}
	lv := levels[ilvl]
	if lv.format == "bullet" || lv.format == "none" {
		return ""
	}
	var b strings.Builder
	for i := 0; i < len(lv.text); i++ {
		c := lv.text[i]
		if c == '%' && i+1 < len(lv.text) && lv.text[i+1] >= '1' && lv.text[i+1] <= '9' {
			l := int(lv.text[i+1] - '1')
			v := count[l]
			if !set[l] {
				v = levels[l].start
			}
			f := levels[l].format
			if lv.legal {
				f = "decimal"
			}
			b.WriteString(formatNumber(v, f))
			i++
			continue
		}
		b.WriteByte(c)
	}
	return strings.TrimSpace(b.String())
}

// formatNumber writes n in a numbering format of Word ("decimal",
// "lowerLetter", "upperRoman"…) or OpenDocument ("1", "a", "I"…).
func formatNumber(n int, format string) string {
	switch format {
	case "lowerLetter", "a":
		return letters(n, 'a')
	case "upperLetter", "A":
		return letters(n, 'A')
	case "lowerRoman", "i":
		return strings.ToLower(roman(n))
	case "upperRoman", "I":
		return roman(n)
	case "decimalZero":
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
	}
	return strconv.Itoa(n)
}

// letters writes 1, 2, … 27 as a, b, … aa, as word processors count.
func letters(n int, base byte) string {
	if n <= 0 {
		return strconv.Itoa(n)
	}
	c := string(rune(base) + rune((n-1)%26))
	return strings.Repeat(c, (n-1)/26+1)
}

func roman(n int) string {
	if n <= 0 || n >= 4000 {
		return strconv.Itoa(n)
	}
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}
