package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/normdex/normdex/corpus"
)

// MaxHTMLBytes is the largest web page normdex reads: a statement is a few
// hundred kilobytes of HTML, and a page far larger is generated or hostile.
const MaxHTMLBytes = 32 << 20

// maxHTMLDepth bounds the nesting the walkers follow, so that a page of
// nothing but nested elements cannot exhaust the stack.
const maxHTMLDepth = 512

// HTML extracts the main content of a web page, readability-style: the
// page's furniture (navigation, header, footer, cookie banner, sidebar,
// scripts) is dropped, the block holding the most running text is kept with
// its headings, lists (numbered as they show) and tables, footnote links
// lead to their notes, and the title and date come from the meta tags.
//
// The page is read in the charset of ContentType, else the one its <meta>
// declares, else the one its bytes suggest.
type HTML struct {
	// ContentType is the Content-Type a server sent the page with
	// (Download.ContentType); "" for a file.
	ContentType string
}

var (
	// furnitureRe matches class and id words of page furniture.
	furnitureRe = lazyRegexp(`(?i)cookie|consent|gdpr|onetrust|sidebar|newsletter|breadcrumb|(^|[-_ ])(nav|navbar|navigation|menu|banner|masthead|share|sharing|social|related|promo|advert|ads?|subscribe|popup|modal|skip|toolbar|pagination|site-header|site-footer|footer|header|widget|aside)([-_ ]|$)`)
	noteLabelRe = lazyRegexp(`^[\[(]?(\d{1,3}|[ivxlc]{1,6}|\*{1,3})[\])]?$`)
)

// Extract decodes the page in its declared or sniffed charset and keeps its
// main content.
func (h HTML) Extract(_ context.Context, _ string, data []byte) (Extraction, error) {
	if len(data) > MaxHTMLBytes {
		return Extraction{}, fmt.Errorf("HTML page of %d MB is larger than the limit of %d MB", len(data)>>20, MaxHTMLBytes>>20)
	}
	enc, name, _ := charset.DetermineEncoding(data, h.ContentType)
	// Without a declaration, the sniffer looks at the first kilobyte only:
	// a page that is UTF-8 throughout is UTF-8. So is one that a server
	// labels Latin-1 by default: Latin-1 text with accents is not valid
	// UTF-8 but by a rare chance.
	if name == "windows-1252" && utf8.Valid(data) {
		enc = nil
	}
	if enc != nil && name != "utf-8" {
		dec, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return Extraction{}, fmt.Errorf("decode %s: %w", name, err)
		}
		data = dec
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return Extraction{}, fmt.Errorf("HTML: %w", err)
	}
	w := &htmlWalker{drop: map[*html.Node]bool{}, notes: map[*html.Node]string{}, refs: map[*html.Node]string{}, labels: map[*html.Node]string{}}
	meta := htmlMeta(doc)
	w.markFurniture(doc, false, 0)
	w.findNotes(doc)
	w.numberLists(doc, 0)
	for _, root := range mainContent(doc, w.drop) {
		w.walk(root, 0)
		w.flush()
	}
	ps := append(w.out, w.noteParas()...)
	if len(ps) == 0 {
		return Extraction{}, errors.New("no text in the page's main content")
	}
	return Extraction{Paragraphs: ps, Meta: meta}, nil
}

type htmlWalker struct {
	drop   map[*html.Node]bool   // furniture
	notes  map[*html.Node]string // note element → its label
	order  []*html.Node          // notes in the order of their first reference
	refs   map[*html.Node]string // footnote link → label
	labels map[*html.Node]string // numbered list item → label

	out   []corpus.Paragraph
	buf   strings.Builder
	kind  corpus.ParagraphKind
	label string
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// markFurniture marks the elements that are not content. Headers and
// footers inside an article or main element are the article's own (its
// title, its date) and stay.
func (w *htmlWalker) markFurniture(n *html.Node, inArticle bool, depth int) {
	if depth > maxHTMLDepth {
		w.drop[n] = true
		return
	}
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Svg, atom.Canvas,
			atom.Nav, atom.Aside, atom.Button, atom.Select, atom.Input, atom.Textarea, atom.Dialog, atom.Head:
			w.drop[n] = true
			return
		case atom.Header, atom.Footer:
			if !inArticle {
				w.drop[n] = true
				return
			}
		case atom.Main, atom.Article:
			inArticle = true
		}
		switch attr(n, "role") {
		case "navigation", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "banner":
			w.drop[n] = true
			return
		case "main", "article":
			inArticle = true
		}
		_, hidden := attrOK(n, "hidden")
		style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
		if hidden || attr(n, "aria-hidden") == "true" || strings.Contains(style, "display:none") {
			w.drop[n] = true
			return
		}
		if n.DataAtom != atom.Body && n.DataAtom != atom.Html && n.DataAtom != atom.Main && n.DataAtom != atom.Article {
			cls := attr(n, "class") + " " + attr(n, "id")
			if m := furnitureRe().FindString(cls); m != "" && !(inArticle && strings.Contains(strings.ToLower(m), "header")) {
				w.drop[n] = true
				return
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.markFurniture(c, inArticle, depth+1)
	}
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// findNotes pairs footnote links (an in-page link whose text is a short
// label: "3", "[3]", "iv", "*") with the notes they point to.
func (w *htmlWalker) findNotes(doc *html.Node) {
	ids := map[string]*html.Node{}
	var links []*html.Node
	var visit func(n *html.Node, depth int)
	visit = func(n *html.Node, depth int) {
		if depth > maxHTMLDepth {
			return
		}
		if n.Type == html.ElementNode {
			if id := attr(n, "id"); id != "" && ids[id] == nil {
				ids[id] = n
			}
			if n.DataAtom == atom.A {
				if name := attr(n, "name"); name != "" && ids[name] == nil {
					ids[name] = n
				}
				if strings.HasPrefix(attr(n, "href"), "#") {
					links = append(links, n)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, depth+1)
		}
	}
	visit(doc, 0)
	for _, a := range links {
		label := collapseSpace(nodeText(a, 0))
		m := noteLabelRe().FindStringSubmatch(label)
		if m == nil || w.inNote(a) {
			continue
		}
		target := ids[strings.TrimPrefix(attr(a, "href"), "#")]
		if target == nil {
			continue
		}
		note := noteBlock(target)
		if note == nil || note == a || isAncestor(note, a) {
			continue
		}
		if _, seen := w.notes[note]; !seen {
			w.notes[note] = m[1]
			w.order = append(w.order, note)
		}
		w.refs[a] = m[1]
	}
}

func (w *htmlWalker) inNote(n *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if _, ok := w.notes[p]; ok {
			return true
		}
	}
	return false
}

// noteBlock is the element holding a note: the link target itself when it
// is a block, else the nearest block around it (an anchor inside a <p>).
func noteBlock(n *html.Node) *html.Node {
	for p := n; p != nil && p.Type == html.ElementNode; p = p.Parent {
		switch p.DataAtom {
		case atom.Li, atom.P, atom.Div, atom.Dd, atom.Aside, atom.Section, atom.Td:
			return p
		case atom.Body, atom.Html, atom.Main, atom.Article:
			return nil
		}
	}
	return nil
}

func isAncestor(a, n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}

// numberLists gives the items of ordered lists their labels as a browser
// shows them.
func (w *htmlWalker) numberLists(n *html.Node, depth int) {
	if depth > maxHTMLDepth {
		return
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.Ol {
		v := 1
		if s, err := strconv.Atoi(attr(n, "start")); err == nil {
			v = s
		}
		typ := attr(n, "type")
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.DataAtom != atom.Li {
				continue
			}
			if s, err := strconv.Atoi(attr(c, "value")); err == nil {
				v = s
			}
			w.labels[c] = formatNumber(v, typ) + "."
			v++
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.numberLists(c, depth+1)
	}
}

// mainContent returns the elements that hold the page's content: its main
// element, else its longest article, else the block with the most running
// text (scored as readability does) with those of its siblings that score
// nearly as well.
func mainContent(doc *html.Node, drop map[*html.Node]bool) []*html.Node {
	var mains, articles []*html.Node
	var body *html.Node
	var visit func(n *html.Node, depth int)
	visit = func(n *html.Node, depth int) {
		if depth > maxHTMLDepth || drop[n] {
			return
		}
		if n.Type == html.ElementNode {
			switch {
			case n.DataAtom == atom.Main || attr(n, "role") == "main":
				mains = append(mains, n)
			case n.DataAtom == atom.Article:
				articles = append(articles, n)
			case n.DataAtom == atom.Body:
				body = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, depth+1)
		}
	}
	visit(doc, 0)
	textLen := func(n *html.Node) int { return len(collapseSpace(keptText(n, drop, 0))) }
	for _, group := range [][]*html.Node{mains, articles} {
		var best *html.Node
		for _, n := range group {
			if best == nil || textLen(n) > textLen(best) {
				best = n
			}
		}
		if best != nil && textLen(best) >= 200 {
			return []*html.Node{best}
		}
	}
	if body == nil {
		return []*html.Node{doc}
	}
	score := map[*html.Node]float64{}
	var paras func(n *html.Node, depth int)
	paras = func(n *html.Node, depth int) {
		if depth > maxHTMLDepth || drop[n] {
			return
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.P || n.DataAtom == atom.Pre || n.DataAtom == atom.Li || n.DataAtom == atom.Td || n.DataAtom == atom.Blockquote) {
			t := collapseSpace(keptText(n, drop, 0))
			if len(t) >= 25 {
				s := 1 + float64(strings.Count(t, ",")) + min(float64(len(t))/100, 3)
				if p := n.Parent; p != nil {
					score[p] += s
					if g := p.Parent; g != nil {
						score[g] += s / 2
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			paras(c, depth+1)
		}
	}
	paras(body, 0)
	var top *html.Node
	topScore := 0.0
	for n, s := range score {
		s *= 1 - linkDensity(n, drop)
		score[n] = s
		if s > topScore || (s == topScore && top != nil && textLen(n) > textLen(top)) {
			top, topScore = n, s
		}
	}
	if top == nil {
		return []*html.Node{body}
	}
	out := []*html.Node{}
	for c := top.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c == top || (c.Type == html.ElementNode && !drop[c] && score[c] >= max(10, 0.2*topScore)) {
			out = append(out, c)
		}
	}
	return out
}

// linkDensity is the share of a block's text that stands in links.
func linkDensity(n *html.Node, drop map[*html.Node]bool) float64 {
	all := len(collapseSpace(keptText(n, drop, 0)))
	if all == 0 {
		return 1
	}
	linked := 0
	var visit func(n *html.Node, depth int)
	visit = func(n *html.Node, depth int) {
		if depth > maxHTMLDepth || drop[n] {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			linked += len(collapseSpace(keptText(n, drop, 0)))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, depth+1)
		}
	}
	visit(n, 0)
	return float64(linked) / float64(all)
}

// keptText is the text below n outside the furniture.
func keptText(n *html.Node, drop map[*html.Node]bool, depth int) string {
	if depth > maxHTMLDepth || drop[n] {
		return ""
	}
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(keptText(c, drop, depth+1))
		if c.Type == html.ElementNode && blockAtom(c.DataAtom) {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func nodeText(n *html.Node, depth int) string { return keptText(n, nil, depth) }

func blockAtom(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Blockquote, atom.Ul, atom.Ol, atom.Li,
		atom.Dl, atom.Dt, atom.Dd, atom.Pre, atom.Table, atom.Tr, atom.Td, atom.Th, atom.H1, atom.H2, atom.H3,
		atom.H4, atom.H5, atom.H6, atom.Figure, atom.Figcaption, atom.Address, atom.Hr, atom.Center, atom.Details, atom.Summary:
		return true
	}
	return false
}

func (w *htmlWalker) flush() {
	t := collapseSpace(w.buf.String())
	w.buf.Reset()
	if t != "" {
		p := corpus.Paragraph{Kind: w.kind, Text: t}
		if p.Kind == "" {
			p.Kind = corpus.Body
		}
		if w.label != "" {
			p.Text = w.label + " " + t
			p.Number = strings.TrimSuffix(w.label, ".")
		} else {
			p.Number = leadingNumber(t)
		}
		w.out = append(w.out, p)
	}
	w.kind, w.label = corpus.Body, ""
}

func (w *htmlWalker) walk(n *html.Node, depth int) {
	if depth > maxHTMLDepth || w.drop[n] {
		return
	}
	switch n.Type {
	case html.TextNode:
		w.buf.WriteString(n.Data)
		return
	case html.ElementNode:
	default:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c, depth+1)
		}
		return
	}
	if _, ok := w.notes[n]; ok {
		return // printed after the body, as footnotes are
	}
	if label, ok := w.refs[n]; ok {
		w.buf.WriteString(label)
		return
	}
	children := func() {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c, depth+1)
		}
	}
	switch n.DataAtom {
	case atom.Br:
		// Old pages separate paragraphs by a blank line: <br><br>.
		if prevElement(n) != nil && prevElement(n).DataAtom == atom.Br {
			w.flush()
		}
		w.buf.WriteByte(' ')
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		w.flush()
		w.kind = corpus.Heading
		children()
		w.flush()
	case atom.Li:
		w.flush()
		w.label = w.labels[n]
		children()
		w.flush()
	case atom.Tr:
		w.flush()
		var cells []string
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) && !w.drop[c] {
				if t := collapseSpace(keptText(c, w.drop, depth)); t != "" {
					cells = append(cells, t)
				}
			}
		}
		w.buf.WriteString(strings.Join(cells, " | "))
		w.flush()
	default:
		if blockAtom(n.DataAtom) {
			w.flush()
			children()
			w.flush()
			return
		}
		children()
	}
}

// prevElement is the element before n among its siblings, when only white
// space stands between them.
func prevElement(n *html.Node) *html.Node {
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		switch {
		case p.Type == html.ElementNode:
			return p
		case p.Type == html.TextNode && strings.TrimSpace(p.Data) != "":
			return nil
		}
	}
	return nil
}

// noteParas returns the notes as footnote paragraphs, in the order of their
// first reference, without the links back to the text.
func (w *htmlWalker) noteParas() []corpus.Paragraph {
	var out []corpus.Paragraph
	for _, note := range w.order {
		w.noteText(note, 0)
		t := strings.TrimSpace(collapseSpace(w.buf.String()))
		w.buf.Reset()
		// A note that starts with its own label ("[3] The text") loses it.
		if f := strings.Fields(t); len(f) > 1 && noteLabelRe().MatchString(f[0]) && strings.Trim(f[0], "[]()") == w.notes[note] {
			t = strings.Join(f[1:], " ")
		}
		if t != "" {
			out = append(out, corpus.Paragraph{Kind: corpus.Footnote, Number: w.notes[note], Text: t})
		}
	}
	return out
}

func (w *htmlWalker) noteText(n *html.Node, depth int) {
	if depth > maxHTMLDepth {
		return
	}
	if n.Type == html.TextNode {
		w.buf.WriteString(n.Data)
		return
	}
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Script, atom.Style:
			return
		case atom.A:
			// the link back to the reference: "↩", "^", or the label
			if href := attr(n, "href"); strings.HasPrefix(href, "#") {
				t := collapseSpace(nodeText(n, depth))
				if utf8.RuneCountInString(t) <= 3 || noteLabelRe().MatchString(t) {
					return
				}
			}
		}
		if blockAtom(n.DataAtom) {
			w.buf.WriteByte(' ')
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.noteText(c, depth+1)
	}
}

// htmlMeta reads a page's title and date from its meta tags (Open Graph,
// Dublin Core, citation and article tags), else its <title>.
func htmlMeta(doc *html.Node) Meta {
	var m Meta
	var title string
	metas := map[string]string{}
	var visit func(n *html.Node, depth int)
	visit = func(n *html.Node, depth int) {
		if depth > maxHTMLDepth {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if title == "" {
					title = collapseSpace(nodeText(n, depth))
				}
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				if _, seen := metas[key]; !seen && key != "" {
					metas[key] = strings.TrimSpace(attr(n, "content"))
				}
			case atom.Time:
				if _, seen := metas["time"]; !seen && attr(n, "datetime") != "" {
					metas["time"] = attr(n, "datetime")
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, depth+1)
		}
	}
	visit(doc, 0)
	for _, k := range []string{"og:title", "citation_title", "dc.title", "dcterms.title"} {
		if v := collapseSpace(metas[k]); v != "" {
			title = v
			break
		}
	}
	m.Title = title
	for _, k := range []string{"article:published_time", "datepublished", "citation_publication_date", "citation_date",
		"dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "date", "pubdate", "publish-date", "time"} {
		v := strings.TrimSpace(metas[k])
		if d := docDate(v); d != "" {
			m.Date = d
			break
		}
		if d, err := corpus.ParseDate(strings.ReplaceAll(v, "/", "-")); err == nil {
			m.Date = d
			break
		}
	}
	return m
}
