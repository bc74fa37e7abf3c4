package web

import (
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/workspace"
)

// tagRow is one element of a passage as a reviewer sees it: the words the
// rules (or a reviewer) found, where it comes from, and the decision that
// stands on it.
type tagRow struct {
	Element, Label string
	Matches        []corpus.Annotation
	Origin         corpus.Origin
	Status         corpus.Status
	Polarity       corpus.Polarity // rejected when every match rejects the element
	By             *corpus.Decision
}

// reviewData is the review part of a passage page.
type reviewData struct {
	Tags      []tagRow
	Decisions []corpus.Decision
	Elements  []workspace.ElementInfo
	Back      string // where a decision returns to
}

// tagRows groups a passage's annotations, effective and rejected, by
// element, with the latest decision on each.
func (s *Server) tagRows(x workspace.Excerpt, ds []corpus.Decision) []tagRow {
	var rows []tagRow
	at := map[string]int{}
	add := func(a corpus.Annotation) {
		i, ok := at[a.Element]
		if !ok {
			i = len(rows)
			at[a.Element] = i
			rows = append(rows, tagRow{Element: a.Element, Label: s.labels[a.Element], Origin: a.Origin, Status: a.Status, Polarity: corpus.Rejected})
		}
		r := &rows[i]
		if a.Match != "" {
			r.Matches = append(r.Matches, a)
		}
		if a.Polarity != corpus.Rejected {
			r.Polarity = corpus.Affirmed
		}
		if a.Origin == corpus.FromRule {
			// A rule tag and a manual one on the same element: the row
			// is the rule's, with its status.
			r.Origin, r.Status = a.Origin, a.Status
		}
	}
	for _, a := range x.Annotations {
		add(a)
	}
	for _, a := range x.Rejected {
		add(a)
	}
	for i := range rows {
		for j := len(ds) - 1; j >= 0; j-- {
			if d := ds[j]; d.Element == rows[i].Element && d.Action != corpus.SetState {
				rows[i].By = &ds[j]
				break
			}
		}
	}
	return rows
}

// elementOption is an entry of an element filter's menu: a dimension
// (all its elements) or one element under it.
type elementOption struct {
	ID, Label string
	Dim       bool
}

// elementOptions lists the codebook's dimensions, each followed by its
// elements.
func (s *Server) elementOptions() []elementOption {
	var out []elementOption
	seen := map[string]bool{}
	for _, e := range s.elements {
		if d := dimOf(e.ID); !seen[d] {
			seen[d] = true
			out = append(out, elementOption{ID: d, Label: d + " (every element)", Dim: true})
		}
		out = append(out, elementOption{ID: e.ID, Label: e.ID})
	}
	return out
}

// safeBack is a local path to return to after a decision, else def: a
// form must not send the reviewer to another site.
func safeBack(back, def string) string {
	if !strings.HasPrefix(back, "/") || strings.HasPrefix(back, "//") || strings.ContainsAny(back, "\\\r\n\t") {
		return def
	}
	return back
}

// decide records the decisions of a review form on a passage: accept or
// reject (of each element named), add, or state.
func (s *Server) decide(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	back := safeBack(r.PostFormValue("back"), "/passages/"+url.PathEscape(id)+"#review")
	base := corpus.Decision{Passage: id, Action: corpus.Action(r.PostFormValue("action")), Reviewer: s.opt.Reviewer,
		Note: strings.TrimSpace(r.PostFormValue("note"))}
	var ds []corpus.Decision
	switch base.Action {
	case corpus.Accept, corpus.Reject:
		els := nonEmpty(r.PostForm["element"])
		if len(els) == 0 {
			s.fail(w, r, http.StatusBadRequest, fmt.Errorf("review %s: %s of which element?", id, base.Action))
			return
		}
		for _, el := range els {
			d := base
			d.Element = el
			ds = append(ds, d)
		}
	case corpus.Add:
		d := base
		d.Element = strings.TrimSpace(r.PostFormValue("element"))
		d.Text = strings.TrimSpace(r.PostFormValue("text"))
		if r.PostFormValue("polarity") == string(corpus.Rejected) {
			d.Polarity = corpus.Rejected
		}
		if st, en := r.PostFormValue("start"), r.PostFormValue("end"); st != "" || en != "" {
			var err1, err2 error
			d.Start, err1 = strconv.Atoi(st)
			d.End, err2 = strconv.Atoi(en)
			if err1 != nil || err2 != nil {
				s.fail(w, r, http.StatusBadRequest, fmt.Errorf("review %s: bad span %q:%q", id, st, en))
				return
			}
			// The selection's text, as the browser saw it, is checked by
			// the span; whitespace the browser trimmed is not.
			d.Text = ""
		}
		ds = append(ds, d)
	case corpus.SetState:
		d := base
		d.State = strings.TrimSpace(r.PostFormValue("state"))
		ds = append(ds, d)
	default:
		s.fail(w, r, http.StatusBadRequest, fmt.Errorf("review %s: unknown action %q: accept, reject, add or state", id, base.Action))
		return
	}
	for _, d := range ds {
		if _, err := s.ws.Review(r.Context(), d); err != nil {
			s.mem.Invalidate()
			s.reviewFailed(w, r, err)
			return
		}
	}
	s.mem.Invalidate()
	http.Redirect(w, r, back, http.StatusSeeOther)
}

func (s *Server) reviewFailed(w http.ResponseWriter, r *http.Request, err error) {
	var inv *workspace.InvalidError
	if errors.As(err, &inv) {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	s.fail(w, r, http.StatusInternalServerError, err)
}

// undo takes a decision back.
func (s *Server) undo(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		s.notFound(w, r, "decision "+r.PathValue("id"))
		return
	}
	err = s.ws.DeleteDecision(r.Context(), id)
	s.mem.Invalidate()
	if errors.Is(err, corpus.ErrNotFound) {
		s.notFound(w, r, "decision "+r.PathValue("id"))
		return
	}
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	http.Redirect(w, r, safeBack(r.PostFormValue("back"), "/search"), http.StatusSeeOther)
}

// queueData is the review queue's page.
type queueData struct {
	P        params
	Err      string
	X        *hit
	Tags     []tagRow
	Scored   []string // the elements of the passage the queue is about
	Reviewed int
	Total    int
	Percent  int
	Skip     string // the link past this passage
	Back     string // this queue, for the forms
	Skipped  int    // passages skipped so far
	Restart  string // the queue with none skipped
	Elements []elementOption
}

// queue shows the next passage no reviewer decided on among those that
// pass the filters (an element's, mostly), with what it would take to
// accept or reject its tags.
func (s *Server) queue(w http.ResponseWriter, r *http.Request) {
	p := readParams(r)
	p.Reviewed = false
	// The passages skipped stay in the queue's links, so that a decision
	// on the next does not bring them back.
	skipped := nonEmpty(r.URL.Query()["skip"])
	d := queueData{P: p, Elements: s.elementOptions(), Skipped: len(skipped)}
	p.extra = nil
	d.Restart = p.URL("/review")
	if len(skipped) > 0 {
		p.extra = url.Values{"skip": skipped}
	}
	d.Back = p.URL("/review")
	f, err := s.filter(p, s.known)
	if err != nil {
		d.Err = err.Error()
		w.WriteHeader(http.StatusBadRequest)
		s.render(w, r, "review", "Review queue", d)
		return
	}
	// The progress counts the passages the rules tagged with the queue's
	// elements too: a passage whose tag was rejected is reviewed, not gone.
	d.Total, d.Reviewed, err = s.mem.Progress(r.Context(), f)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	if d.Total > 0 {
		d.Percent = d.Reviewed * 100 / d.Total
	}
	for x, err := range s.ws.ReviewQueue(r.Context(), f) {
		if err != nil {
			s.fail(w, r, http.StatusInternalServerError, err)
			return
		}
		if slices.Contains(skipped, x.ID) {
			continue
		}
		h := s.hit(x, corpus.Filter{}, s.labels)
		h.Text = evidenceSegs(x, nil)
		d.X = &h
		d.Tags = s.tagRows(x, nil)
		for _, t := range d.Tags {
			if len(f.Elements) == 0 || workspace.Selected(f.Elements, t.Element) {
				d.Scored = append(d.Scored, t.Element)
			}
		}
		q := p
		q.extra = url.Values{"skip": append(slices.Clone(skipped), x.ID)}
		d.Skip = q.URL("/review")
		break
	}
	s.render(w, r, "review", "Review queue", d)
}

// agreeData is the reliability page.
type agreeData struct {
	P         params
	Err       string
	T         *workspace.AgreementTable
	Reviewers []string // everyone who decided, for the selectors
	A, B      string   // the reviewers compared; none: the rules with everyone
	Downloads []download
	Elements  []elementOption
}

type download struct{ Format, URL string }

// agreeResamples and agreeSeed are those of 'normdex agree' by default,
// so that the page shows the command's figures.
const (
	agreeResamples = 1000
	agreeSeed      = 1
)

// agree shows how far the rules agree with the reviewers, or two
// reviewers with each other, and downloads the table.
func (s *Server) agree(w http.ResponseWriter, r *http.Request) {
	p := readParams(r)
	p.Q, p.Reviewed, p.Page = "", false, 1
	v := r.URL.Query()
	d := agreeData{P: p, Elements: s.elementOptions(), A: strings.TrimSpace(v.Get("a")), B: strings.TrimSpace(v.Get("b"))}
	var err error
	if d.Reviewers, err = s.ws.Reviewers(r.Context()); err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	// Coder A is the rules unless a reviewer is chosen; coder B every
	// reviewer unless one is.
	var reviewers []string
	switch {
	case d.A != "" && d.B == "":
		err = errors.New("choose coder B: the reviewer to compare " + d.A + " with")
	case d.A != "" && d.A == d.B:
		err = errors.New("choose two different reviewers")
	case d.A != "":
		reviewers = []string{d.A, d.B}
	case d.B != "":
		reviewers = []string{d.B}
	}
	var f corpus.Filter
	if err == nil {
		f, err = s.filter(p, s.known)
	}
	var t workspace.AgreementTable
	if err == nil {
		t, err = s.ws.Agreement(r.Context(), f, workspace.AgreementOptions{Reviewers: reviewers, Resamples: agreeResamples, Seed: agreeSeed})
		var inv *workspace.InvalidError
		if err != nil && !errors.As(err, &inv) {
			s.fail(w, r, http.StatusInternalServerError, err)
			return
		}
	}
	if err != nil {
		d.Err = err.Error()
		w.WriteHeader(http.StatusBadRequest)
		s.render(w, r, "agree", "Agreement", d)
		return
	}
	if format := v.Get("format"); format != "" {
		s.agreeDownload(w, t, format)
		return
	}
	d.T = &t
	q := p
	q.extra = url.Values{}
	if d.A != "" {
		q.extra.Set("a", d.A)
	}
	if d.B != "" {
		q.extra.Set("b", d.B)
	}
	for _, format := range []string{"csv", "md", "json"} {
		qq := q
		qq.extra = url.Values{"format": {format}}
		for k, xs := range q.extra {
			qq.extra[k] = xs
		}
		d.Downloads = append(d.Downloads, download{format, qq.URL("/agree")})
	}
	s.render(w, r, "agree", "Agreement", d)
}

func (s *Server) agreeDownload(w http.ResponseWriter, t workspace.AgreementTable, format string) {
	h := w.Header()
	name := "agreement-" + time.Now().UTC().Format("20060102")
	var write func() error
	switch format {
	case "csv":
		h.Set("Content-Type", "text/csv; charset=utf-8")
		write = func() error { return t.CSV(w) }
	case "md":
		h.Set("Content-Type", "text/markdown; charset=utf-8")
		write = func() error { return t.Markdown(w) }
	case "json":
		h.Set("Content-Type", "application/json; charset=utf-8")
		write = func() error { return t.JSON(w) }
	default:
		http.Error(w, fmt.Sprintf("unknown format %q: csv, md or json", format), http.StatusBadRequest)
		return
	}
	h.Set("Content-Disposition", "attachment; filename="+name+"."+format)
	write()
}

// figure prints an agreement figure with three decimals, "n/a" when it is
// undefined, as 'normdex agree' does.
func figure(x float64) string {
	if math.IsNaN(x) {
		return "n/a"
	}
	return strconv.FormatFloat(x, 'f', 3, 64)
}

// interval prints a bootstrap interval (a reliability.Interval), "" when
// there is none.
func interval(ci struct{ Low, High float64 }) string {
	if math.IsNaN(ci.Low) || math.IsNaN(ci.High) {
		return ""
	}
	return "[" + figure(ci.Low) + ", " + figure(ci.High) + "]"
}

// Reviewer is the name the server records decisions under.
func (s *Server) Reviewer() string { return s.opt.Reviewer }
