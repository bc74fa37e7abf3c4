package web

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"slices"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/export"
	"github.com/normdex/normdex/workspace"
)

// mapCell is a cell of the position map as the page shows it.
type mapCell struct {
	Reading string // narrow, broad, both, rejected, or "" when empty
	Text    string
	Count   int
	Level   int // 0-4: how many passages, for the shade
	URL     string
}

type mapRow struct {
	State string
	URL   string // the State over the years
	Cells []mapCell
}

type matrixData struct {
	P       params
	Err     string
	Columns []string
	Rows    []mapRow
	Note    string
}

// level shades a cell by its passages: 1, 2-3, 4-7, 8 or more.
func level(n int) int {
	switch {
	case n <= 0:
		return 0
	case n == 1:
		return 1
	case n <= 3:
		return 2
	case n <= 7:
		return 3
	}
	return 4
}

func (s *Server) mapCells(m *workspace.Map, state string, link func(col string) string) []mapCell {
	var out []mapCell
	for _, col := range m.Columns {
		c := m.Cell(state, col)
		if c == nil {
			out = append(out, mapCell{})
			continue
		}
		n := len(c.Passages)
		out = append(out, mapCell{Reading: string(c.Reading()), Text: m.Text(state, col), Count: n, Level: level(n), URL: link(col)})
	}
	return out
}

func (s *Server) matrix(w http.ResponseWriter, r *http.Request) {
	p := readParams(r)
	d := matrixData{P: p}
	f, err := s.filter(p, s.known)
	var m *workspace.Map
	if err == nil {
		m, err = s.mem.Matrix(r.Context(), f, workspace.MatrixOptions{Codebook: s.cb})
	}
	if err != nil {
		d.Err = err.Error()
		w.WriteHeader(http.StatusBadRequest)
		s.render(w, r, "matrix", "Position map", d)
		return
	}
	d.Columns = m.Columns
	for _, st := range m.States {
		q := p
		q.States = []string{st}
		row := mapRow{State: st, URL: q.URL("/matrix/state")}
		row.Cells = s.mapCells(m, st, func(col string) string {
			v := q.values()
			v.Set("dim", col)
			return "/matrix/cell?" + v.Encode()
		})
		d.Rows = append(d.Rows, row)
	}
	s.render(w, r, "matrix", "Position map", d)
}

type cellData struct {
	P          params
	State      string
	Dim        string
	Reading    string
	Text       string
	Total      int
	From, To   int
	Hits       []hit
	Back       string
	Prev, Next string
	PageNo     int
	Pages      int
}

// matrixCell lists the passages behind a cell of the map: those the map
// counted there, each with what it says of the dimension.
func (s *Server) matrixCell(w http.ResponseWriter, r *http.Request) {
	p := readParams(r)
	dim := r.URL.Query().Get("dim")
	if len(p.States) != 1 || dim == "" {
		s.fail(w, r, http.StatusBadRequest, fmt.Errorf("a cell is one State and one dimension (state=…&dim=…)"))
		return
	}
	f, err := s.filter(p, s.known)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	state := f.States[0]
	m, err := s.mem.Matrix(r.Context(), f, workspace.MatrixOptions{Codebook: s.cb})
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	d := cellData{P: p, State: state, Dim: dim}
	back := p
	back.States = nil
	d.Back = back.URL("/matrix")
	if c := m.Cell(state, dim); c != nil {
		d.Reading, d.Text = string(c.Reading()), m.Text(state, dim)
		d.Total, d.PageNo = len(c.Passages), p.Page
		d.Pages = (d.Total + pageSize - 1) / pageSize
		q := p
		q.extra = url.Values{"dim": {dim}}
		d.Prev, d.Next = pageLinks(q, d.Pages, "/matrix/cell")
		from, to := min(d.Total, (p.Page-1)*pageSize), min(d.Total, p.Page*pageSize)
		d.From, d.To = from+1, to
		xs, err := s.ws.ExcerptsByID(r.Context(), c.Passages[from:to])
		if err != nil {
			s.fail(w, r, http.StatusInternalServerError, err)
			return
		}
		// The evidence shown is what the map read on this dimension.
		var els []string
		for _, e := range s.elements {
			if e.Dimension == dim {
				els = append(els, e.ID)
			}
		}
		sel := corpus.Filter{Elements: els}
		for _, x := range xs {
			h := s.hit(x, sel, s.labels)
			h.Reading = readingOn(x, dim, s.elements)
			d.Hits = append(d.Hits, h)
		}
	}
	s.render(w, r, "cell", state+" × "+dim, d)
}

// readingOn is the reading of one passage on a dimension, as the map reads
// it: the map of that passage alone.
func readingOn(x workspace.Excerpt, dim string, elements []workspace.ElementInfo) string {
	m := workspace.BuildMap([]workspace.Excerpt{x}, elements, false, corpus.Filter{})
	if c := m.Cell(x.State, dim); c != nil {
		return string(c.Reading())
	}
	return ""
}

type yearRow struct {
	Year  string
	Cells []mapCell
}

type stateData struct {
	P       params
	State   string
	Columns []string
	Rows    []yearRow
	Back    string
}

// matrixState is one State's positions year by year.
func (s *Server) matrixState(w http.ResponseWriter, r *http.Request) {
	p := readParams(r)
	if len(p.States) != 1 {
		s.fail(w, r, http.StatusBadRequest, fmt.Errorf("name one State (state=…)"))
		return
	}
	f, err := s.filter(p, s.known)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	state := f.States[0]
	years, err := s.mem.StateYears(r.Context(), state, f, workspace.MatrixOptions{Codebook: s.cb})
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	d := stateData{P: p, State: state, Columns: workspace.Dimensions}
	back := p
	back.States = nil
	d.Back = back.URL("/matrix")
	for _, y := range slices.Backward(years) {
		label := "no date"
		q := p
		q.States = []string{state}
		if y.Year > 0 {
			label = fmt.Sprint(y.Year)
			q.Year = label
		}
		d.Rows = append(d.Rows, yearRow{Year: label, Cells: s.mapCells(y.Map, state, func(col string) string {
			v := q.values()
			v.Set("dim", col)
			return "/matrix/cell?" + v.Encode()
		})})
	}
	s.render(w, r, "state", state+" over the years", d)
}

type codebookEntry struct {
	workspace.ElementInfo
	Count int
	URL   string
}

type codebookGroup struct {
	Name     string
	Elements []codebookEntry
}

type codebookData struct {
	Name   string
	Groups []codebookGroup
}

func (s *Server) codebook(w http.ResponseWriter, r *http.Request) {
	counts, err := s.elementCounts(r.Context())
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	d := codebookData{Name: s.cb.Stored.String()}
	for _, e := range s.elements {
		g := dimOf(e.ID)
		if len(d.Groups) == 0 || d.Groups[len(d.Groups)-1].Name != g {
			d.Groups = append(d.Groups, codebookGroup{Name: g})
		}
		last := &d.Groups[len(d.Groups)-1]
		last.Elements = append(last.Elements, codebookEntry{ElementInfo: e, Count: counts[e.ID],
			URL: "/search?element=" + url.QueryEscape(e.ID)})
	}
	s.render(w, r, "codebook", "Codebook", d)
}

// exportFormats are the formats the export links offer (export.Formats
// without its aliases).
var exportFormats = []string{"jsonl", "csv", "md", "latex", "html", "qdpx"}

var exportTypes = map[string]struct{ ctype, ext string }{
	"jsonl":    {"application/x-ndjson; charset=utf-8", "jsonl"},
	"csv":      {"text/csv; charset=utf-8", "csv"},
	"md":       {"text/markdown; charset=utf-8", "md"},
	"markdown": {"text/markdown; charset=utf-8", "md"},
	"latex":    {"application/x-latex; charset=utf-8", "tex"},
	"tex":      {"application/x-latex; charset=utf-8", "tex"},
	"html":     {"text/html; charset=utf-8", "html"},
	"qdpx":     {"application/zip", "qdpx"},
}

// export downloads the excerpts that pass the filters in a format of
// export.Formats, written by the export package as 'normdex export' does.
func (s *Server) export(w http.ResponseWriter, r *http.Request) {
	p := readParams(r)
	v := r.URL.Query()
	format := v.Get("format")
	t, ok := exportTypes[format]
	if !ok || !slices.Contains(export.Formats, format) {
		s.fail(w, r, http.StatusBadRequest, fmt.Errorf("unknown export format %q: %v", format, exportFormats))
		return
	}
	by := v.Get("group-by")
	if by != "" && by != "element" && by != "state" {
		s.fail(w, r, http.StatusBadRequest, fmt.Errorf("group-by is element or state, not %q", by))
		return
	}
	f, err := s.filter(p, s.known)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	xs, err := workspace.Collect(s.ws.Excerpts(r.Context(), f, workspace.ExcerptOptions{}))
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	var b bytes.Buffer
	opt := export.Options{GroupBy: by, Excel: v.Get("excel") != "", Filter: f, Elements: s.elements}
	if err := export.Write(&b, format, xs, opt); err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", t.ctype)
	h.Set("Content-Disposition", `attachment; filename="normdex-excerpts.`+t.ext+`"`)
	if format == "html" {
		// The exported page is a file to keep, not a page of this site.
		h.Set("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'")
	}
	h.Set("Content-Length", fmt.Sprint(b.Len()))
	w.Write(b.Bytes())
}
