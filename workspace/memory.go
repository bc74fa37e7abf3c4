package workspace

import (
	"context"
	"fmt"
	"iter"
	"os"
	"slices"
	"strings"
	"sync"

	"github.com/normdex/normdex/corpus"
)

// Memory keeps what the views that read every passage at every request
// (the position map, a State over the years, the documents list, the
// review queue's progress) select and count by: reading a million
// passages from the store takes minutes, selecting them in memory
// milliseconds. It keeps of each passage only what a filter and the map
// read (its ID, document, effective State, language, year and tags),
// sharing the strings and tag sets that repeat, about 60 bytes a passage
// where whole excerpts without their text took 5 KB. It reads the store
// again when the store has changed (an ingest, here or in another
// process). Its maps are those Matrix gives but for the cells'
// citations, which the pages do not show.
type Memory struct {
	w *Workspace

	mu  sync.Mutex
	gen string
	tab *memTable
	// memo keeps what was computed since the store last changed (maps,
	// document lists), by what was asked: the map of the whole corpus is
	// asked at every visit of the map page.
	memo map[string]any
	// memoCost is the passages the maps in memo list, bounded by
	// maxMemoCost: a map of everything lists every passage.
	memoCost int
}

// maxMemo bounds the results kept, maxMemoCost the passages their maps
// list in all (16 bytes each).
const (
	maxMemo     = 256
	maxMemoCost = 8 << 20
)

// memTable is the passages of one state of the store.
type memTable struct {
	docs []memDoc
	ps   []memPassage
	tags []memTags // by memPassage.tags
	// strs are the States and languages, by memPassage.state and lang.
	strs []string
}

type memDoc struct {
	id, duplicateOf string
}

type memPassage struct {
	id          string
	doc         uint32 // in memTable.docs
	tags        uint32 // in memTable.tags
	state, lang uint16 // in memTable.strs
	year        uint16 // 0 when unknown
	reviewed    bool
}

// memTags is a passage's effective tags as a filter and the map read
// them: each element and polarity once, sorted (both read only whether
// an annotation is there), and the elements of the rule annotations
// reviewers rejected (the review queue counts those passages too).
type memTags struct {
	anns     []corpus.Annotation // Element and Polarity only
	elements []string            // corpus.Elements(anns)
	rejected []string
}

// remembered returns what compute gives for key, computed once for a
// state of the store; cost is what the result holds, in passages.
func remembered[T any](ctx context.Context, m *Memory, key string, compute func(*memTable) (T, int, error)) (T, error) {
	var zero T
	tab, err := m.load(ctx)
	if err != nil {
		return zero, err
	}
	m.mu.Lock()
	v, ok := m.memo[key]
	m.mu.Unlock()
	if ok {
		return v.(T), nil
	}
	out, cost, err := compute(tab)
	if err != nil {
		return zero, err
	}
	m.mu.Lock()
	if m.tab == tab { // not read again meanwhile
		if len(m.memo) >= maxMemo || m.memoCost+cost > maxMemoCost {
			clear(m.memo)
			m.memoCost = 0
		}
		m.memo[key] = out
		m.memoCost += cost
	}
	m.mu.Unlock()
	return out, nil
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

func (m *Memory) load(ctx context.Context) (*memTable, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	gen := m.generation()
	if m.tab != nil && gen == m.gen {
		return m.tab, nil
	}
	tab := &memTable{}
	strs := map[string]uint16{}
	str := func(s string) (uint16, error) {
		i, ok := strs[s]
		if !ok {
			if len(tab.strs) > 1<<16-1 {
				return 0, fmt.Errorf("read passages: more than %d States and languages", 1<<16)
			}
			i = uint16(len(tab.strs))
			strs[s] = i
			tab.strs = append(tab.strs, s)
		}
		return i, nil
	}
	tagSets := map[string]uint32{}
	var key strings.Builder
	for mt, err := range m.w.passages(ctx, corpus.Filter{}) {
		if err != nil {
			return nil, err
		}
		if len(tab.docs) == 0 || tab.docs[len(tab.docs)-1].id != mt.doc.ID {
			tab.docs = append(tab.docs, memDoc{id: mt.doc.ID, duplicateOf: mt.doc.DuplicateOf})
		}
		t := newMemTags(mt)
		key.Reset()
		for _, a := range t.anns {
			key.WriteString(a.Element + " " + string(a.Polarity) + "\n")
		}
		key.WriteString("\n" + strings.Join(t.rejected, "\n"))
		ti, ok := tagSets[key.String()]
		if !ok {
			ti = uint32(len(tab.tags))
			tagSets[key.String()] = ti
			tab.tags = append(tab.tags, t)
		}
		state, err := str(mt.p.State)
		if err != nil {
			return nil, err
		}
		lang, err := str(mt.p.Lang)
		if err != nil {
			return nil, err
		}
		year := mt.p.Year(mt.doc)
		if year < 0 || year > 1<<16-1 {
			return nil, fmt.Errorf("read passages: %s: year %d", mt.p.ID, year)
		}
		tab.ps = append(tab.ps, memPassage{id: mt.p.ID, doc: uint32(len(tab.docs) - 1), tags: ti,
			state: state, lang: lang, year: uint16(year), reviewed: mt.r.Reviewed})
	}
	m.tab, m.gen, m.memo, m.memoCost = tab, gen, map[string]any{}, 0
	return tab, nil
}

// newMemTags is the tags of a passage as its reviewers left it.
func newMemTags(mt match) memTags {
	var t memTags
	for _, a := range mt.p.Annotations {
		b := corpus.Annotation{Element: a.Element, Polarity: a.Polarity}
		if !slices.Contains(t.anns, b) {
			t.anns = append(t.anns, b)
		}
	}
	slices.SortFunc(t.anns, func(a, b corpus.Annotation) int {
		if c := strings.Compare(a.Element, b.Element); c != 0 {
			return c
		}
		return strings.Compare(string(a.Polarity), string(b.Polarity))
	})
	t.elements = corpus.Elements(t.anns)
	t.rejected = corpus.Elements(mt.rejected)
	return t
}

// matches reports whether passage p passes f as its reviewers left it
// (Filter.MatchReview), its words aside.
func (t *memTable) matches(p *memPassage, f corpus.Filter) bool {
	return (!f.ReviewedOnly || p.reviewed) &&
		f.MatchFacts(t.docs[p.doc].id, t.strs[p.state], t.strs[p.lang], int(p.year), t.tags[p.tags].anns)
}

// selectAll returns the passages that pass f, its words judged by the
// index, in document and passage order; without copies, the passages of
// near-duplicate documents whose original is selected too are left out
// (DropCopies).
func (m *Memory) selectAll(tab *memTable, f corpus.Filter, copies bool) ([]*memPassage, error) {
	var allowed map[string]bool
	if f.Query != "" {
		var err error
		if allowed, err = m.w.matchingIDs(f.Query); err != nil {
			return nil, err
		}
	}
	var out []*memPassage
	for i := range tab.ps {
		p := &tab.ps[i]
		if (allowed == nil || allowed[p.id]) && tab.matches(p, f) {
			out = append(out, p)
		}
	}
	if copies {
		return out, nil
	}
	selected := map[string]bool{}
	for _, p := range out {
		selected[tab.docs[p.doc].id] = true
	}
	return slices.DeleteFunc(out, func(p *memPassage) bool { return selected[tab.docs[p.doc].duplicateOf] }), nil
}

// entries are the passages ps as the map reads them.
func (t *memTable) entries(ps []*memPassage) iter.Seq[mapEntry] {
	return func(yield func(mapEntry) bool) {
		for _, p := range ps {
			tags := &t.tags[p.tags]
			if !yield(mapEntry{id: p.id, state: t.strs[p.state], elements: tags.elements, anns: tags.anns}) {
				return
			}
		}
	}
}

// Matrix is Workspace.Matrix from memory, without the cells' citations.
func (m *Memory) Matrix(ctx context.Context, f corpus.Filter, opt MatrixOptions) (*Map, error) {
	key := fmt.Sprintf("map %#v %v %v %p", f, opt.AllCopies, opt.ByElement, opt.Codebook)
	return remembered(ctx, m, key, func(tab *memTable) (*Map, int, error) {
		ps, err := m.selectAll(tab, f, opt.AllCopies)
		if err != nil {
			return nil, 0, err
		}
		mp := buildMap(tab.entries(ps), opt.Codebook.Elements(), opt.ByElement, f, false)
		if cb, ok, err := m.w.store.CodebookInfo(ctx); err == nil && ok {
			mp.Codebook = &cb
		}
		return mp, mapCost(mp), nil
	})
}

// mapCost is the passages the cells of mp list.
func mapCost(mp *Map) int {
	n := 0
	for _, row := range mp.Cells {
		for _, c := range row {
			n += len(c.Passages)
		}
	}
	return n
}

// StateYears is Workspace.StateYears from memory, without the cells'
// citations.
func (m *Memory) StateYears(ctx context.Context, state string, f corpus.Filter, opt MatrixOptions) ([]YearMap, error) {
	f.States = []string{state}
	key := fmt.Sprintf("years %#v %v %v %p", f, opt.AllCopies, opt.ByElement, opt.Codebook)
	return remembered(ctx, m, key, func(tab *memTable) ([]YearMap, int, error) {
		ps, err := m.selectAll(tab, f, opt.AllCopies)
		if err != nil {
			return nil, 0, err
		}
		byYear := map[int][]*memPassage{}
		for _, p := range ps {
			byYear[int(p.year)] = append(byYear[int(p.year)], p)
		}
		var out []YearMap
		cost := 0
		for y, group := range byYear {
			mp := buildMap(tab.entries(group), opt.Codebook.Elements(), opt.ByElement, f, false)
			cost += mapCost(mp)
			out = append(out, YearMap{Year: y, Map: mp})
		}
		slices.SortFunc(out, func(a, b YearMap) int { return a.Year - b.Year })
		return out, cost, nil
	})
}

// Docs is Workspace.Docs, remembered for a state of the store.
func (m *Memory) Docs(ctx context.Context, f corpus.Filter) ([]DocInfo, error) {
	f.Query = "" // as Workspace.Docs, which leaves the words aside
	return remembered(ctx, m, fmt.Sprintf("docs %#v", f), func(tab *memTable) ([]DocInfo, int, error) {
		all, err := m.w.Docs(ctx, corpus.Filter{})
		if err != nil || listsAll(f) {
			return all, 0, err
		}
		pass := map[string]bool{}
		for i := range tab.ps {
			p := &tab.ps[i]
			if !pass[tab.docs[p.doc].id] && tab.matches(p, f) {
				pass[tab.docs[p.doc].id] = true
			}
		}
		return slices.DeleteFunc(all, func(d DocInfo) bool { return !pass[d.ID] }), 0, nil
	})
}

// Progress counts the passages that pass f (its elements and polarity
// aside) and are tagged with one of f's elements (any when none), or were
// until a reviewer rejected the tag: all of them, and those reviewed.
func (m *Memory) Progress(ctx context.Context, f corpus.Filter) (total, reviewed int, err error) {
	tab, err := m.load(ctx)
	if err != nil {
		return 0, 0, err
	}
	g := f
	g.Elements, g.Polarity = nil, ""
	ps, err := m.selectAll(tab, g, true)
	if err != nil {
		return 0, 0, err
	}
	for _, p := range ps {
		if !tab.tags[p.tags].tagged(f.Elements) {
			continue
		}
		total++
		if p.reviewed {
			reviewed++
		}
	}
	return total, reviewed, nil
}

// tagged reports whether the tags hold one of elements (any when none),
// rejected ones included.
func (t *memTags) tagged(elements []string) bool {
	if len(elements) == 0 {
		return true
	}
	for _, els := range [][]string{t.elements, t.rejected} {
		for _, el := range els {
			if selected(elements, el) {
				return true
			}
		}
	}
	return false
}
