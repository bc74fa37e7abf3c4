package web

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/export"
	"github.com/normdex/normdex/workspace"
)

// pageSize is the number of hits a page of results shows.
const pageSize = 20

// docFacetShown is how many documents, those with most hits first, the
// Documents facet of the search page lists: a search of everything at a
// million passages has hits in 10,000 documents, whose list (2 MB of HTML)
// cost more than the rest of the page and helps no reader. The others are
// counted, and listed on the documents page under the same filters.
const docFacetShown = 20

// facet is one value of a facet, with the link that selects (or
// unselects) it.
type facet struct {
	Value, Label string
	Pole         string
	Count        int
	URL          string
	On           bool
}

// facetGroup is one dimension of the element tree.
type facetGroup struct {
	Name  string
	URL   string
	On    bool
	Items []facet
}

type searchData struct {
	P         params
	Err       string
	Total     uint64
	From, To  int
	Hits      []hit
	Groups    []facetGroup
	States    []facet
	MoreState []facet
	Years     []facet
	Polarity  []facet
	Docs      []facet
	MoreDocs  []facet
	DocsLeft  int    // documents with hits left out of Docs and MoreDocs
	DocsURL   string // the documents page under the same filters
	Reviewed  facet
	Selected  []facet // what is selected, each with the link that unselects it
	Prev      string
	Next      string
	PageNo    int
	Pages     int
	Export    string // the query string of the current filters, for exports
	FromStore bool
	Formats   []string
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	p := readParams(r)
	d := searchData{P: p, Export: p.exportQuery(), Formats: exportFormats}
	f, err := s.filter(p, s.known)
	if err == nil {
		var res *workspace.Results
		res, err = s.ws.Search(r.Context(), workspace.Query{Filter: f, Size: pageSize, From: (p.Page - 1) * pageSize, Facets: true, Documents: true})
		if err == nil {
			s.fillSearch(r, &d, f, res)
		}
	}
	if err != nil {
		if errors.Is(err, workspace.ErrOnlyStopWords) {
			err = errors.New("the query has only stop words (such as “should”, “not”), which are left out: it would match every passage")
		}
		d.Err = err.Error()
		w.WriteHeader(http.StatusBadRequest)
	}
	title := "Search"
	if p.Q != "" {
		title = p.Q + " — Search"
	}
	s.render(w, r, "search", title, d)
}

func (s *Server) fillSearch(r *http.Request, d *searchData, f corpus.Filter, res *workspace.Results) {
	p := d.P
	d.Total, d.FromStore = res.Total, res.FromStore
	d.From = (p.Page-1)*pageSize + 1
	d.To = d.From + len(res.Hits) - 1
	for _, x := range res.Hits {
		d.Hits = append(d.Hits, s.hit(x, f, s.labels))
	}
	d.PageNo = p.Page
	d.Pages = int((res.Total + pageSize - 1) / pageSize)
	d.Prev, d.Next = pageLinks(p, d.Pages, "/search")
	link := func(key, value, label string, count int) facet {
		q, on := p.toggle(key, value)
		return facet{Value: value, Label: label, Count: count, URL: q.URL("/search"), On: on}
	}
	// The element tree: the codebook's elements by dimension, with counts.
	counts := map[string]int{}
	for _, c := range res.Elements {
		counts[c.Value] = c.Count
	}
	byGroup := map[string]*facetGroup{}
	var order []string
	add := func(id, label, pole string) {
		g := dimOf(id)
		fg := byGroup[g]
		if fg == nil {
			q, on := p.toggle("element", g)
			fg = &facetGroup{Name: g, URL: q.URL("/search"), On: on}
			byGroup[g] = fg
			order = append(order, g)
		}
		it := link("element", id, label, counts[id])
		it.Pole = pole
		if it.Count > 0 || it.On {
			fg.Items = append(fg.Items, it)
		}
	}
	seen := map[string]bool{}
	for _, e := range s.elements {
		seen[e.ID] = true
		add(e.ID, e.Label, e.Pole)
	}
	for _, c := range res.Elements {
		if !seen[c.Value] {
			add(c.Value, "", "")
		}
	}
	for _, g := range order {
		if fg := byGroup[g]; len(fg.Items) > 0 || fg.On {
			d.Groups = append(d.Groups, *fg)
		}
	}
	for i, c := range res.States {
		it := link("state", c.Value, c.Value, c.Count)
		if i < 12 || it.On {
			d.States = append(d.States, it)
		} else {
			d.MoreState = append(d.MoreState, it)
		}
	}
	years := slices.Clone(res.Years)
	sort.Slice(years, func(i, j int) bool { return years[i].Value > years[j].Value })
	for _, c := range years {
		y := strings.TrimLeft(c.Value, "0")
		if y == "" {
			continue
		}
		d.Years = append(d.Years, link("year", y, y, c.Count))
	}
	// The polarity of the hits is counted with them where it is that of
	// any element; else by two counts more.
	if f.Polarity == "" && len(f.Elements) == 0 && res.Documents != nil {
		d.Polarity = []facet{link("polarity", "affirmed", "affirms", res.Affirmed), link("polarity", "rejected", "rejects", res.Rejected)}
	} else {
		g := f
		g.Polarity = ""
		if aff, rej, err := s.ws.PolarityCounts(r.Context(), g); err == nil {
			d.Polarity = []facet{link("polarity", "affirmed", "affirms", int(aff)), link("polarity", "rejected", "rejects", int(rej))}
		}
	}
	// Only the documents listed are named: reading every title took 6 ms
	// at 10,000 documents.
	var named []string
	for i, c := range res.Documents {
		if i < docFacetShown || c.Value == p.Doc {
			named = append(named, c.Value)
		}
	}
	if len(named) > 0 {
		if titles, err := s.ws.DocTitles(r.Context(), named); err == nil {
			for i, c := range res.Documents {
				if i >= docFacetShown && c.Value != p.Doc {
					continue
				}
				it := link("doc", c.Value, titles[c.Value], c.Count)
				if i < 10 || it.On {
					d.Docs = append(d.Docs, it)
				} else {
					d.MoreDocs = append(d.MoreDocs, it)
				}
			}
			if d.DocsLeft = len(res.Documents) - len(named); d.DocsLeft > 0 {
				q := p
				q.Page = 1
				d.DocsURL = q.URL("/documents")
			}
		}
	}
	for _, e := range p.Elements {
		q, _ := p.toggle("element", e)
		d.Selected = append(d.Selected, facet{Value: e, Label: "element: " + e, URL: q.URL("/search"), On: true})
	}
	for _, st := range p.States {
		q, _ := p.toggle("state", st)
		d.Selected = append(d.Selected, facet{Value: st, Label: "State: " + st, URL: q.URL("/search"), On: true})
	}
	q, on := p.toggle("reviewed", "1")
	d.Reviewed = facet{Value: "1", Label: "reviewed passages only", URL: q.URL("/search"), On: on}
	if on {
		d.Selected = append(d.Selected, facet{Value: "1", Label: "reviewed only", URL: q.URL("/search"), On: true})
	}
	for _, kv := range [][2]string{{"year", p.Year}, {"polarity", p.Polarity}, {"doc", p.Doc}} {
		if kv[1] != "" {
			q, _ := p.toggle(kv[0], kv[1])
			d.Selected = append(d.Selected, facet{Value: kv[1], Label: kv[0] + ": " + kv[1], URL: q.URL("/search"), On: true})
		}
	}
}

// pageLinks are the links to the pages before and after p's.
func pageLinks(p params, pages int, path string) (prev, next string) {
	if p.Page > 1 {
		q := p
		q.Page--
		prev = q.URL(path)
	}
	if p.Page < pages {
		q := p
		q.Page++
		next = q.URL(path)
	}
	return prev, next
}

// exportQuery is the query string of the filters, without the page.
func (p params) exportQuery() string {
	p.Page = 1
	return p.Encoded()
}

// apiSearch answers a search in the JSON of 'search --format json'.
func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	p := readParams(r)
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	if limit <= 0 {
		limit = pageSize
	}
	limit = min(limit, 1000)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	f, err := s.filter(p, s.known)
	var res *workspace.Results
	if err == nil {
		res, err = s.ws.Search(r.Context(), workspace.Query{Filter: f, Size: limit, From: (p.Page - 1) * limit, Facets: true})
	}
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
		return
	}
	export.WriteSearchJSON(w, res)
}

type passageData struct {
	C         *workspace.InContext
	Chips     []chip
	Text      []seg
	Labels    map[string]string
	Prev      *hit
	Next      *hit
	HasSource bool
	Review    reviewData
}

func (s *Server) passage(w http.ResponseWriter, r *http.Request) {
	c, err := s.ws.PassageInContext(r.Context(), r.PathValue("id"))
	if errors.Is(err, corpus.ErrNotFound) {
		s.notFound(w, r, "passage "+r.PathValue("id"))
		return
	}
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	d := passageData{C: c, Chips: s.chips(c.Excerpt, s.labels), Text: evidenceSegs(c.Excerpt, nil), Labels: s.labels}
	if c.Prev != nil {
		h := s.hit(*c.Prev, corpus.Filter{}, s.labels)
		d.Prev = &h
	}
	if c.Next != nil {
		h := s.hit(*c.Next, corpus.Filter{}, s.labels)
		d.Next = &h
	}
	_, err = s.ws.SourceFile(r.Context(), c.DocID)
	d.HasSource = err == nil
	ds, err := s.ws.PassageDecisions(r.Context(), c.ID)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	d.Review = reviewData{Tags: s.tagRows(c.Excerpt, ds), Decisions: ds, Elements: s.elements, Back: "/passages/" + url.PathEscape(c.ID) + "#review"}
	s.render(w, r, "passage", c.Citation, d)
}

type documentsData struct {
	P          params
	Err        string
	Docs       []workspace.DocInfo
	Total      int
	Prev, Next string
	PageNo     int
	Pages      int
}

// docsPageSize is the number of documents a page of the list shows.
const docsPageSize = 100

func (s *Server) documents(w http.ResponseWriter, r *http.Request) {
	p := readParams(r)
	p.Q = ""
	d := documentsData{P: p}
	f, err := s.filter(p, s.known)
	if err == nil {
		d.Docs, err = s.mem.Docs(r.Context(), f)
	}
	if err != nil {
		d.Err = err.Error()
		w.WriteHeader(http.StatusBadRequest)
	}
	d.Total, d.PageNo = len(d.Docs), p.Page
	d.Pages = (d.Total + docsPageSize - 1) / docsPageSize
	d.Prev, d.Next = pageLinks(p, d.Pages, "/documents")
	d.Docs = d.Docs[min(len(d.Docs), (p.Page-1)*docsPageSize):min(len(d.Docs), p.Page*docsPageSize)]
	s.render(w, r, "documents", "Documents", d)
}

// stateStatements are the statements of one State in a document.
type stateStatements struct {
	State      string
	Statements []statementInfo
	Passages   int
}

type statementInfo struct {
	corpus.Statement
	Passages int
	First    string // its first passage
}

type documentData struct {
	D         *workspace.Doc
	ByState   []stateStatements
	Hits      []hit
	HasSource bool
}

func (s *Server) document(w http.ResponseWriter, r *http.Request) {
	doc, err := s.ws.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		s.notFound(w, r, "document "+r.PathValue("id"))
		return
	}
	d := documentData{D: doc}
	count := map[string]int{}
	first := map[string]string{}
	for _, x := range doc.Passages {
		count[x.Statement]++
		if first[x.Statement] == "" {
			first[x.Statement] = x.ID
		}
		d.Hits = append(d.Hits, s.hit(x, corpus.Filter{}, s.labels))
	}
	idx := map[string]int{}
	for _, st := range doc.Statements {
		name := st.State
		if name == "" {
			name = "(no State)"
		}
		i, ok := idx[name]
		if !ok {
			i = len(d.ByState)
			idx[name] = i
			d.ByState = append(d.ByState, stateStatements{State: name})
		}
		d.ByState[i].Statements = append(d.ByState[i].Statements, statementInfo{Statement: st, Passages: count[st.ID], First: first[st.ID]})
		d.ByState[i].Passages += count[st.ID]
	}
	_, err = s.ws.SourceFile(r.Context(), doc.ID)
	d.HasSource = err == nil
	title := doc.Title
	if title == "" {
		title = filepath.Base(doc.Source)
	}
	s.render(w, r, "document", title, d)
}

// source serves the file a stored document was read from, and nothing
// else: the route names a document, never a path. Only PDFs and plain text
// are shown in the browser; other kinds (an HTML page from the web, which
// would run on this origin) are downloaded.
func (s *Server) source(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if len(id) != 64 || strings.Trim(id, "0123456789abcdef") != "" {
		s.notFound(w, r, "document "+id)
		return
	}
	path, err := s.ws.SourceFile(r.Context(), id)
	if err != nil {
		s.notFound(w, r, "source of document "+id[:12])
		return
	}
	f, err := os.Open(path)
	if err != nil {
		s.notFound(w, r, "source of document "+id[:12])
		return
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		s.notFound(w, r, "source of document "+id[:12])
		return
	}
	name := filepath.Base(path)
	h := w.Header()
	h.Set("Content-Security-Policy", "sandbox; default-src 'none'; frame-ancestors 'none'")
	switch strings.ToLower(filepath.Ext(path)) {
	case ".pdf":
		h.Set("Content-Type", "application/pdf")
		h.Set("Content-Disposition", "inline; filename*=UTF-8''"+url.PathEscape(name))
	case ".txt", ".md":
		h.Set("Content-Type", "text/plain; charset=utf-8")
		h.Set("Content-Disposition", "inline; filename*=UTF-8''"+url.PathEscape(name))
	default:
		h.Set("Content-Type", "application/octet-stream")
		h.Set("Content-Disposition", "attachment; filename*=UTF-8''"+url.PathEscape(name))
	}
	http.ServeContent(w, r, "", fi.ModTime(), f)
}
