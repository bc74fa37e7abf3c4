package workspace

import (
	"context"
	"fmt"
	"os"
	"sync"

	"github.com/normdex/normdex/corpus"
)

// Memory keeps every stored passage of a workspace in memory, without its
// text, for the views that read them all at every request (the position
// map, a State over the years, the codebook's counts): reading 100,000
// passages from the store takes seconds, selecting them in memory
// milliseconds. It reads the store again when the store has changed (an
// ingest, here or in another process). The excerpts and maps it gives are
// those Excerpts and Matrix give, but for the text.
type Memory struct {
	w *Workspace

	mu    sync.Mutex
	gen   string
	items []memItem
	// memo keeps what was computed since the store last changed (maps,
	// facets), by what was asked: the map and the facets of the whole
	// corpus are asked at every visit of the map and search pages.
	memo map[string]any
}

// maxMemo bounds the results kept.
const maxMemo = 256

// remembered returns what compute gives for key, computed once for a
// state of the store.
func remembered[T any](ctx context.Context, m *Memory, key string, compute func() (T, error)) (T, error) {
	var zero T
	if _, err := m.load(ctx); err != nil {
		return zero, err
	}
	m.mu.Lock()
	v, ok := m.memo[key]
	gen := m.gen
	m.mu.Unlock()
	if ok {
		return v.(T), nil
	}
	out, err := compute()
	if err != nil {
		return zero, err
	}
	m.mu.Lock()
	if m.gen == gen { // not read again meanwhile
		if len(m.memo) >= maxMemo {
			clear(m.memo)
		}
		m.memo[key] = out
	}
	m.mu.Unlock()
	return out, nil
}

type memItem struct {
	x Excerpt
	// p is the passage as reviewers left it (its effective State and
	// tags), for the filter.
	p        corpus.Passage
	reviewed bool
}

// matches is Filter.MatchReview, the effective passage made once rather
// than at every match.
func (it *memItem) matches(f corpus.Filter) bool {
	return (!f.ReviewedOnly || it.reviewed) && f.Match(*it.x.Doc, it.p)
}

// NewMemory returns the memory of w; Load reads it.
func NewMemory(w *Workspace) *Memory { return &Memory{w: w} }

// generation names the state of the store's files: SQLite changes the
// database or its write-ahead log with every commit.
func (m *Memory) generation() string {
	var g string
	for _, p := range []string{m.w.storePath(), m.w.storePath() + "-wal"} {
		if fi, err := os.Stat(p); err == nil {
			g += fmt.Sprintf("%d:%d;", fi.ModTime().UnixNano(), fi.Size())
		}
	}
	return g
}

// Load reads the passages when the store has changed since it last did.
func (m *Memory) Load(ctx context.Context) error {
	_, err := m.load(ctx)
	return err
}

func (m *Memory) load(ctx context.Context) ([]memItem, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	gen := m.generation()
	if m.items != nil && gen == m.gen {
		return m.items, nil
	}
	var items []memItem
	var doc *corpus.Document
	for mt, err := range m.w.passages(ctx, corpus.Filter{}) {
		if err != nil {
			return nil, err
		}
		if doc == nil || doc.ID != mt.doc.ID {
			d := mt.doc
			d.Text = ""
			doc = &d
		}
		mt.p.Text = ""
		items = append(items, memItem{x: reviewedExcerpt(doc, mt, nil), p: mt.p, reviewed: mt.r.Reviewed})
	}
	if items == nil {
		items = []memItem{}
	}
	m.items, m.gen, m.memo = items, gen, map[string]any{}
	return items, nil
}

// Excerpts returns the excerpts (without text) of the passages that pass
// f, its words judged by the index, in document and passage order.
func (m *Memory) Excerpts(ctx context.Context, f corpus.Filter) ([]Excerpt, error) {
	items, err := m.load(ctx)
	if err != nil {
		return nil, err
	}
	var allowed map[string]bool
	if f.Query != "" {
		if allowed, err = m.w.matchingIDs(f.Query); err != nil {
			return nil, err
		}
	}
	var out []Excerpt
	for i := range items {
		it := &items[i]
		if (allowed == nil || allowed[it.p.ID]) && it.matches(f) {
			out = append(out, it.x)
		}
	}
	return out, nil
}

// Matrix is Workspace.Matrix from memory (the citer aside: the default
// citation).
func (m *Memory) Matrix(ctx context.Context, f corpus.Filter, opt MatrixOptions) (*Map, error) {
	key := fmt.Sprintf("map %#v %v %v %p", f, opt.AllCopies, opt.ByElement, opt.Codebook)
	return remembered(ctx, m, key, func() (*Map, error) {
		xs, err := m.Excerpts(ctx, f)
		if err != nil {
			return nil, err
		}
		if !opt.AllCopies {
			xs = DropCopies(xs)
		}
		mp := BuildMap(xs, opt.Codebook.Elements(), opt.ByElement, f)
		if mp.Codebook == nil {
			if cb, ok, err := m.w.store.Codebook(ctx); err == nil && ok {
				mp.Codebook = &cb
			}
		}
		return mp, nil
	})
}

// StateYears is Workspace.StateYears from memory.
func (m *Memory) StateYears(ctx context.Context, state string, f corpus.Filter, opt MatrixOptions) ([]YearMap, error) {
	f.States = []string{state}
	key := fmt.Sprintf("years %#v %v %v %p", f, opt.AllCopies, opt.ByElement, opt.Codebook)
	return remembered(ctx, m, key, func() ([]YearMap, error) {
		xs, err := m.Excerpts(ctx, f)
		if err != nil {
			return nil, err
		}
		return yearMaps(xs, f, opt), nil
	})
}

// Docs is Workspace.Docs, remembered for a state of the store.
func (m *Memory) Docs(ctx context.Context, f corpus.Filter) ([]DocInfo, error) {
	return remembered(ctx, m, fmt.Sprintf("docs %#v", f), func() ([]DocInfo, error) { return m.w.Docs(ctx, f) })
}
