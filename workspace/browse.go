package workspace

import (
	"cmp"
	"context"
	"path/filepath"
	"slices"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/index"
	"github.com/normdex/normdex/ingest"
)

// This file holds what a browsing front end (normdex serve) asks of a
// workspace beyond what the command line does: a passage among its
// neighbours, the passages behind a cell of the position map, counts by
// polarity, and a State's positions over the years.

// InContext is a passage in its document: the passages before and after
// it, and the statement it belongs to.
type InContext struct {
	Excerpt
	Prev, Next *Excerpt
	Statement  *corpus.Statement
	// Position is the passage's place in its document (1-based), of Count.
	Position, Count int
}

// PassageInContext returns the passage id with its neighbours and
// statement.
func (w *Workspace) PassageInContext(ctx context.Context, id string) (*InContext, error) {
	x, err := w.Passage(ctx, id)
	if err != nil {
		return nil, err
	}
	ps, err := w.store.Passages(ctx, x.DocID)
	if err != nil {
		return nil, err
	}
	out := &InContext{Excerpt: x, Count: len(ps)}
	i := slices.IndexFunc(ps, func(p corpus.Passage) bool { return p.ID == id })
	out.Position = i + 1
	if i > 0 {
		prev := NewExcerpt(x.Doc, ps[i-1], nil)
		out.Prev = &prev
	}
	if i >= 0 && i+1 < len(ps) {
		next := NewExcerpt(x.Doc, ps[i+1], nil)
		out.Next = &next
	}
	stmts, err := w.store.Statements(ctx, x.DocID)
	if err != nil {
		return nil, err
	}
	for _, s := range stmts {
		if s.ID == x.Statement {
			out.Statement = &s
			break
		}
	}
	return out, nil
}

// ExcerptsByID returns the excerpts of passages named by their IDs, in
// that order, without their documents' text; IDs the store does not have
// are left out.
func (w *Workspace) ExcerptsByID(ctx context.Context, ids []string) ([]Excerpt, error) {
	hits := make([]index.Hit, len(ids))
	for i, id := range ids {
		hits[i].ID = id
	}
	return w.load(ctx, hits, "")
}

// PolarityCounts counts the passages that pass f and affirm (or reject) one
// of its elements, or any element when it selects none: the polarity facet
// of a search.
func (w *Workspace) PolarityCounts(ctx context.Context, f corpus.Filter) (affirmed, rejected uint64, err error) {
	for _, p := range []corpus.Polarity{corpus.Affirmed, corpus.Rejected} {
		g := f
		g.Polarity = p
		var n uint64
		if g.Query != "" || w.Writer() == 0 {
			if err := w.openIndex(); err != nil {
				return 0, 0, err
			}
			if n, err = w.idx.Total(g); err != nil {
				return 0, 0, err
			}
		} else {
			res, err := w.Search(ctx, Query{Filter: g, Size: 1})
			if err != nil {
				return 0, 0, err
			}
			n = res.Total
		}
		if p == corpus.Affirmed {
			affirmed = n
		} else {
			rejected = n
		}
	}
	return affirmed, rejected, nil
}

// YearMap is the position map of one State in one year (Year 0: passages
// without a date).
type YearMap struct {
	Year int
	Map  *Map
}

// StateYears builds the position map of one State year by year, from the
// passages that pass f (whose States are replaced by state), oldest first.
func (w *Workspace) StateYears(ctx context.Context, state string, f corpus.Filter, opt MatrixOptions) ([]YearMap, error) {
	f.States = []string{state}
	xs, err := Collect(w.Excerpts(ctx, f, ExcerptOptions{Citer: opt.Citer}))
	if err != nil {
		return nil, err
	}
	return yearMaps(xs, f, opt), nil
}

// yearMaps builds the position map of excerpts year by year, oldest
// first.
func yearMaps(xs []Excerpt, f corpus.Filter, opt MatrixOptions) []YearMap {
	if !opt.AllCopies {
		xs = DropCopies(xs)
	}
	byYear := map[int][]Excerpt{}
	for _, x := range xs {
		byYear[x.Year] = append(byYear[x.Year], x)
	}
	var out []YearMap
	for y, group := range byYear {
		out = append(out, YearMap{Year: y, Map: BuildMap(group, opt.Codebook.Elements(), opt.ByElement, f)})
	}
	slices.SortFunc(out, func(a, b YearMap) int { return a.Year - b.Year })
	return out
}

// matchingIDs are the passages whose text matches the words of query, as
// the index judges them.
func (w *Workspace) matchingIDs(query string) (map[string]bool, error) {
	if err := w.openIndex(); err != nil {
		return nil, err
	}
	n, err := w.idx.Count()
	if err != nil {
		return nil, err
	}
	res, err := w.idx.Search(index.Query{Filter: corpus.Filter{Query: query}, Size: int(n) + 1})
	if err != nil {
		return nil, err
	}
	ids := make(map[string]bool, len(res.Hits))
	for _, h := range res.Hits {
		ids[h.ID] = true
	}
	return ids, nil
}

// FormMeta checks the metadata typed in a form (an upload's State, date and
// title) as the ingest flags are checked, for IngestOptions.Meta.
func FormMeta(state, date, title string) (ingest.Meta, error) {
	return ingest.Meta{State: state, Date: date, Title: title}.Validate()
}

// Readable reports whether ingest reads a file of this name (by its
// extension).
func Readable(name string) bool { return ingest.Format(name) != "" }

// DocTitles names the documents of these IDs: by title, or by file name.
func (w *Workspace) DocTitles(ctx context.Context, ids []string) (map[string]string, error) {
	docs, err := w.store.DocumentNames(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(docs))
	for _, d := range docs {
		out[d.ID] = cmp.Or(d.Title, filepath.Base(d.Source))
	}
	return out, nil
}
