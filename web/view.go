package web

import (
	"context"
	"embed"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/workspace"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

var pages = []string{"search", "passage", "documents", "document", "matrix", "cell", "state", "codebook", "upload", "progress", "error", "review", "agree"}

func parseTemplates() (map[string]*template.Template, error) {
	funcs := template.FuncMap{
		"dim":    dimOf,
		"plural": plural,
		"add":    func(a, b int) int { return a + b },
		"fig":    figure,
		"has":    func(xs []string, x string) bool { return slices.Contains(xs, x) },
		"ci":     interval,
		"when":   func(t time.Time) string { return t.Local().Format("2 Jan 2006 15:04") },
		"source": func(id string, page int) string {
			u := "/documents/" + url.PathEscape(id) + "/source"
			if page > 0 {
				u += "#page=" + strconv.Itoa(page)
			}
			return u
		},
	}
	out := map[string]*template.Template{}
	for _, p := range pages {
		t, err := template.New(p).Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+p+".html")
		if err != nil {
			return nil, fmt.Errorf("template %s: %w", p, err)
		}
		out[p] = t
	}
	return out, nil
}

// page is what the layout shows around a page's content.
type page struct {
	Title string
	Nav   string // the section of the navigation that is current
	Write bool
	CSRF  string
	// Reviewer names the decisions made here (shown when they may be).
	Reviewer string
	Query    string // the words of the header's search box
	Data     any
}

func (s *Server) page(r *http.Request, title string, data any) page {
	nav := strings.SplitN(strings.TrimPrefix(r.URL.Path, "/"), "/", 2)[0]
	if nav == "passages" {
		nav = "search"
	}
	return page{Title: title, Nav: nav, Write: s.opt.Write, CSRF: s.csrf, Reviewer: s.opt.Reviewer, Query: r.URL.Query().Get("q"), Data: data}
}

// render writes a page; a page is rendered in full before it is sent, so
// that an error becomes an error page rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, name, title string, data any) {
	var b strings.Builder
	if err := s.tmpl[name].ExecuteTemplate(&b, "layout", s.page(r, title, data)); err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte(b.String()))
}

// dimOf is the dimension an element belongs to, for its colour: the part
// of its ID before the first dot.
func dimOf(element string) string {
	d, _, _ := strings.Cut(element, ".")
	return d
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// seg is a piece of text: marked when a search word matched it, evidence
// when an element's rule did (rejected when the passage rejects it).
type seg struct {
	Text     string
	Mark     bool
	Evidence bool
	Rejected bool
	Element  string
}

// snippetSegs splits a snippet at its highlight markers; the pieces are
// escaped when rendered, the markers never reach the page as markup.
func snippetSegs(snippet string) []seg {
	var out []seg
	for snippet != "" {
		i := strings.Index(snippet, workspace.HighlightStart)
		if i < 0 {
			out = append(out, seg{Text: snippet})
			break
		}
		if i > 0 {
			out = append(out, seg{Text: snippet[:i]})
		}
		snippet = snippet[i+len(workspace.HighlightStart):]
		j := strings.Index(snippet, workspace.HighlightEnd)
		if j < 0 {
			j = len(snippet)
		}
		out = append(out, seg{Text: snippet[:j], Mark: true})
		snippet = snippet[min(len(snippet), j+len(workspace.HighlightEnd)):]
	}
	return out
}

// evidenceSegs splits a passage's text at its evidence: the words each
// annotation matched (code-point offsets), those of selected elements only
// when the filter names elements.
func evidenceSegs(x workspace.Excerpt, elements []string) []seg {
	rs := []rune(x.Text)
	type mark struct {
		on       bool
		rejected bool
		element  string
	}
	marks := make([]mark, len(rs))
	for _, a := range x.Annotations {
		if len(elements) > 0 && !workspace.Selected(elements, a.Element) {
			continue
		}
		for i := max(0, a.Start); i < min(a.End, len(rs)); i++ {
			// Where an affirmed and a rejected match overlap ("actual,
			// rather than constructive, knowledge"), the rejection shows.
			if !marks[i].on || (!marks[i].rejected && a.Polarity == corpus.Rejected) {
				marks[i] = mark{true, a.Polarity == corpus.Rejected, a.Element}
			}
		}
	}
	var out []seg
	start := 0
	for i := 1; i <= len(rs); i++ {
		if i == len(rs) || marks[i] != marks[start] {
			m := marks[start]
			out = append(out, seg{Text: string(rs[start:i]), Evidence: m.on, Rejected: m.rejected, Element: m.element})
			start = i
		}
	}
	return out
}

// chip is an element as a passage carries it.
type chip struct {
	ID, Label string
	Dim       string
	Rejected  bool // every annotation of it in the passage rejects it
}

func (s *Server) chips(x workspace.Excerpt, labels map[string]string) []chip {
	var out []chip
	for _, el := range x.Elements {
		rejected := true
		for _, a := range x.Annotations {
			if a.Element == el && a.Polarity != corpus.Rejected {
				rejected = false
			}
		}
		out = append(out, chip{ID: el, Label: labels[el], Dim: dimOf(el), Rejected: rejected})
	}
	return out
}

// hit is a passage as lists show it.
type hit struct {
	X        workspace.Excerpt
	Chips    []chip
	Text     []seg // the snippet, or the text with its evidence
	Snippet  bool
	Evidence []corpus.Annotation
	Reading  string // in a cell of the map: the passage's reading
}

func (s *Server) hit(x workspace.Excerpt, f corpus.Filter, labels map[string]string) hit {
	h := hit{X: x, Chips: s.chips(x, labels)}
	if len(x.Snippets) > 0 {
		h.Text, h.Snippet = snippetSegs(x.Snippets[0]), true
	} else {
		h.Text = evidenceSegs(x, f.Elements)
	}
	for _, a := range x.Annotations {
		if len(f.Elements) == 0 || workspace.Selected(f.Elements, a.Element) {
			h.Evidence = append(h.Evidence, a)
		}
	}
	return h
}

// params are the filters of a page as its URL holds them.
type params struct {
	Q        string
	Elements []string
	States   []string
	Year     string
	Polarity string
	Doc      string
	Reviewed bool // only passages a reviewer decided on
	Page     int
	// extra are parameters of the page beyond the filters (a map cell's
	// dimension), kept in its links.
	extra url.Values
}

func readParams(r *http.Request) params {
	v := r.URL.Query()
	p := params{Q: strings.TrimSpace(v.Get("q")), Elements: nonEmpty(v["element"]), States: nonEmpty(v["state"]),
		Year: strings.TrimSpace(v.Get("year")), Polarity: v.Get("polarity"), Doc: strings.TrimSpace(v.Get("doc")),
		Reviewed: v.Get("reviewed") != ""}
	p.Page, _ = strconv.Atoi(v.Get("page"))
	p.Page = max(1, p.Page)
	return p
}

func nonEmpty(xs []string) []string {
	var out []string
	for _, x := range xs {
		if x = strings.TrimSpace(x); x != "" && !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// values are the params in a URL's query (page 1 left out).
func (p params) values() url.Values {
	v := url.Values{}
	set := func(k, x string) {
		if x != "" {
			v.Set(k, x)
		}
	}
	set("q", p.Q)
	for _, e := range p.Elements {
		v.Add("element", e)
	}
	for _, st := range p.States {
		v.Add("state", st)
	}
	set("year", p.Year)
	set("polarity", p.Polarity)
	set("doc", p.Doc)
	if p.Reviewed {
		v.Set("reviewed", "1")
	}
	if p.Page > 1 {
		v.Set("page", strconv.Itoa(p.Page))
	}
	for k, xs := range p.extra {
		v[k] = xs
	}
	return v
}

// URL is path with the params.
func (p params) URL(path string) string {
	if q := p.values().Encode(); q != "" {
		return path + "?" + q
	}
	return path
}

// Encoded is the query string of the params.
func (p params) Encoded() string { return p.values().Encode() }

// toggle returns the params with a value of a facet selected, or
// unselected when it was; the page goes back to the first.
func (p params) toggle(key, value string) (params, bool) {
	q := p
	q.Page = 1
	on := false
	flip := func(xs []string) []string {
		if slices.Contains(xs, value) {
			return slices.DeleteFunc(slices.Clone(xs), func(x string) bool { return x == value })
		}
		on = true
		return append(slices.Clone(xs), value)
	}
	one := func(x *string) {
		if *x == value {
			*x = ""
		} else {
			*x, on = value, true
		}
	}
	switch key {
	case "element":
		q.Elements = flip(q.Elements)
	case "state":
		q.States = flip(q.States)
	case "year":
		one(&q.Year)
	case "polarity":
		one(&q.Polarity)
	case "doc":
		one(&q.Doc)
	case "reviewed":
		q.Reviewed, on = !q.Reviewed, !q.Reviewed
	}
	return q, !on
}

// elementCounts counts the passages tagged with each element, those of
// near-duplicate documents once: the element facet of a search of
// everything, which the index counts once for each of its snapshots when
// asked with the documents, as the search page asks.
func (s *Server) elementCounts(ctx context.Context) (map[string]int, error) {
	res, err := s.ws.Search(ctx, workspace.Query{Size: 1, Facets: true, Documents: true})
	if err != nil {
		return nil, err
	}
	counts := make(map[string]int, len(res.Elements))
	for _, c := range res.Elements {
		counts[c.Value] = c.Count
	}
	return counts, nil
}

// stored reports whether the stored passages are tagged with element e or
// one of its children, though the codebook does not define it (an older
// codebook did).
func (s *Server) stored(e string) bool {
	counts, err := s.elementCounts(context.Background())
	if err != nil {
		return false
	}
	for el := range counts {
		if corpus.HasElement(e, el) {
			return true
		}
	}
	return false
}

// filter turns the params into the workspace's filter; elements must be
// known (a typo is an error, never an empty result).
func (s *Server) filter(p params, known []string) (corpus.Filter, error) {
	var elements []string
	for _, e := range p.Elements {
		id := ""
		for _, k := range known {
			if strings.EqualFold(k, e) || strings.HasPrefix(strings.ToLower(k), strings.ToLower(e)+".") {
				id = strings.ToLower(e)
				if strings.EqualFold(k, e) {
					id = k
				}
				break
			}
		}
		if id == "" && !s.stored(e) {
			return corpus.Filter{}, fmt.Errorf("unknown element %q (see the codebook)", e)
		}
		if id == "" {
			id = e
		}
		elements = append(elements, id)
	}
	f, err := corpus.NewFilter(elements, p.States, p.Year, p.Doc, p.Q)
	if err != nil {
		return f, err
	}
	f.ReviewedOnly = p.Reviewed
	switch p.Polarity {
	case "", string(corpus.Affirmed), string(corpus.Rejected):
		f.Polarity = corpus.Polarity(p.Polarity)
	default:
		return f, fmt.Errorf("unknown polarity %q: affirmed or rejected", p.Polarity)
	}
	return f, nil
}
