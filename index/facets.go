package index

import (
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/normdex/normdex/corpus"
)

// Counting the facets of a search with bleve reads every hit's doc values:
// at a million passages that was three fifths of a search's time, most of
// it decompressing the chunks the hits are in. A facetColumn holds the
// facet terms of every passage of one snapshot of the index by its
// internal number, read once from the terms' postings; counting a hit is
// then a few array reads. Snapshots do not change (a write makes a new
// one), so a column stays exact as long as its snapshot is searched.
// Reading it costs about as much as one search counted by bleve, so it is
// read on the second search with facets of a snapshot: a process that
// searches once (the search command) counts as before, one that serves
// searches (the web app) reads it once.

// facetColumn is the facet terms of the passages of one index snapshot.
type facetColumn struct {
	reader bindex.IndexReader // the snapshot it was read from, only compared
	terms  []string           // facet terms by ID
	width  int                // slots per passage
	// of[n*width+i] is 1 + the ID of the i-th facet term of the passage
	// numbered n, 0 for none.
	of []uint32
	// rank[n] is the place of the passage numbered n in the order of
	// passage IDs, in which searches without words list their hits.
	rank []uint32
	docs []string // document IDs by number
	// docOf[n] is 1 + the number of the document of the passage
	// numbered n.
	docOf []uint32
	// pol[n] has bit affirms if the passage numbered n affirms an
	// element, bit rejects if it rejects one.
	pol []uint8

	allOnce    sync.Once
	everything *everything // see all
}

const (
	affirms uint8 = 1 << iota
	rejects
)

// facetCache keeps the column of the snapshot searched last.
type facetCache struct {
	mu   sync.Mutex
	col  *facetColumn
	seen bindex.IndexReader // the snapshot of the last search with facets
}

// column returns the facet column of snapshot r: nil on the first search
// with facets of r (bleve counts), read on the second, or on the first
// when now is set.
func (c *facetCache) column(r bindex.IndexReader, now bool) (*facetColumn, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.col != nil && c.col.reader == r {
		return c.col, nil
	}
	if c.seen != r && !now {
		c.seen = r
		return nil, nil
	}
	col, err := readColumn(r)
	if err != nil {
		return nil, err
	}
	c.col = col
	return col, nil
}

func readColumn(r bindex.IndexReader) (*facetColumn, error) {
	dict, err := r.FieldDict("facets")
	if err != nil {
		return nil, fmt.Errorf("facet terms: %w", err)
	}
	defer dict.Close()
	n, err := r.DocCount()
	if err != nil {
		return nil, fmt.Errorf("facet terms: %w", err)
	}
	c := &facetColumn{reader: r, width: 3}
	c.of = make([]uint32, 0, int(n)*c.width)
	var doc bindex.TermFieldDoc
	for {
		de, err := dict.Next()
		if err != nil {
			return nil, fmt.Errorf("facet terms: %w", err)
		}
		if de == nil {
			break
		}
		id := uint32(len(c.terms))
		c.terms = append(c.terms, de.Term)
		tfr, err := r.TermFieldReader(context.Background(), []byte(de.Term), "facets", false, false, false)
		if err != nil {
			return nil, fmt.Errorf("facet term %q: %w", de.Term, err)
		}
		for {
			d, err := tfr.Next(&doc)
			if err != nil {
				tfr.Close()
				return nil, fmt.Errorf("facet term %q: %w", de.Term, err)
			}
			if d == nil {
				break
			}
			c.put(d.ID.Value(), id)
		}
		tfr.Close()
	}
	if err := c.readRanks(r); err != nil {
		return nil, err
	}
	if err := c.readDocs(r); err != nil {
		return nil, err
	}
	if err := c.readPolarity(r); err != nil {
		return nil, err
	}
	return c, nil
}

// readPolarity reads which passages affirm and reject an element.
func (c *facetColumn) readPolarity(r bindex.IndexReader) error {
	c.pol = make([]uint8, len(c.of)/c.width)
	var doc bindex.TermFieldDoc
	for _, t := range []struct {
		term corpus.Polarity
		bit  uint8
	}{{corpus.Affirmed, affirms}, {corpus.Rejected, rejects}} {
		tfr, err := r.TermFieldReader(context.Background(), []byte(t.term), "polarity_tree", false, false, false)
		if err != nil {
			return fmt.Errorf("polarity %s: %w", t.term, err)
		}
		for {
			d, err := tfr.Next(&doc)
			if err != nil {
				tfr.Close()
				return fmt.Errorf("polarity %s: %w", t.term, err)
			}
			if d == nil {
				break
			}
			if n := d.ID.Value(); n < uint64(len(c.pol)) {
				c.pol[n] |= t.bit
			}
		}
		tfr.Close()
	}
	return nil
}

// readDocs reads the document of every passage from the postings of its
// IDs (the field has no doc values to count with).
func (c *facetColumn) readDocs(r bindex.IndexReader) error {
	dict, err := r.FieldDict("doc_id")
	if err != nil {
		return fmt.Errorf("document IDs: %w", err)
	}
	defer dict.Close()
	c.docOf = make([]uint32, len(c.of)/c.width)
	var doc bindex.TermFieldDoc
	for {
		de, err := dict.Next()
		if err != nil {
			return fmt.Errorf("document IDs: %w", err)
		}
		if de == nil {
			return nil
		}
		id := uint32(len(c.docs))
		c.docs = append(c.docs, de.Term)
		tfr, err := r.TermFieldReader(context.Background(), []byte(de.Term), "doc_id", false, false, false)
		if err != nil {
			return fmt.Errorf("document %s: %w", de.Term, err)
		}
		for {
			d, err := tfr.Next(&doc)
			if err != nil {
				tfr.Close()
				return fmt.Errorf("document %s: %w", de.Term, err)
			}
			if d == nil {
				break
			}
			if n := d.ID.Value(); n < uint64(len(c.docOf)) {
				c.docOf[n] = id + 1
			}
		}
		tfr.Close()
	}
}

// readRanks orders the passages by ID: every passage has facet terms, so
// the column knows the numbers of them all.
func (c *facetColumn) readRanks(r bindex.IndexReader) error {
	type doc struct {
		id string
		n  uint32
	}
	var docs []doc
	buf := make(bindex.IndexInternalID, 8)
	for n := 0; n < len(c.of)/c.width; n++ {
		if c.of[n*c.width] == 0 {
			continue
		}
		buf.SetValue(uint64(n))
		id, err := r.ExternalID(buf)
		if err != nil {
			return fmt.Errorf("passage IDs: %w", err)
		}
		docs = append(docs, doc{id, uint32(n)})
	}
	slices.SortFunc(docs, func(a, b doc) int { return strings.Compare(a.id, b.id) })
	c.rank = make([]uint32, len(c.of)/c.width)
	for i, d := range docs {
		c.rank[d.n] = uint32(i)
	}
	return nil
}

// idOrder sorts hits by passage ID as bleve's "_id" sort does, from the
// ranks of a column: bleve would read every hit's ID from its stored
// fields to compare them, and only the page's are read.
type idOrder struct{ rank []uint32 }

func (o idOrder) Value(d *search.DocumentMatch) string {
	var b [4]byte
	// A number past the column's is of another snapshot: the search is
	// then run again (see counter.stale).
	if n := d.IndexInternalID.Value(); n < uint64(len(o.rank)) {
		binary.BigEndian.PutUint32(b[:], o.rank[n])
	}
	return string(b[:])
}

func (o idOrder) UpdateVisitor(string, []byte) {}
func (o idOrder) DecodeValue(v string) string  { return v }
func (o idOrder) Descending() bool             { return false }
func (o idOrder) RequiresDocID() bool          { return false }
func (o idOrder) RequiresScoring() bool        { return false }
func (o idOrder) RequiresFields() []string     { return nil }
func (o idOrder) Reverse()                     {}
func (o idOrder) Copy() search.SearchSort      { return o }

// put adds term id to the passage numbered n.
func (c *facetColumn) put(n uint64, id uint32) {
	end := (int(n) + 1) * c.width
	if end > len(c.of) {
		c.of = append(c.of, make([]uint32, end-len(c.of))...)
	}
	slots := c.of[int(n)*c.width : end]
	for i, v := range slots {
		if v == 0 {
			slots[i] = id + 1
			return
		}
	}
	// More terms than slots: one slot more for every passage.
	w := c.width + 1
	of := make([]uint32, len(c.of)/c.width*w)
	for i := 0; i < len(c.of)/c.width; i++ {
		copy(of[i*w:], c.of[i*c.width:(i+1)*c.width])
	}
	c.of, c.width = of, w
	c.put(n, id)
}

// counter counts the facet terms of the hits of one search.
type counter struct {
	col    *facetColumn
	counts []int
	docs   []int // hits by document, nil when not asked
	// affirmed and rejected count the hits that affirm (reject) an
	// element, with docs.
	affirmed, rejected int
	// stale is set when the search ran on another snapshot than the
	// column's (a write came in between): its counts are then wrong.
	stale bool
	ties  int // hits that a tieBreaker orders, 0 for none
}

// handler wraps bleve's collecting of each hit with counting its terms.
func (k *counter) handler(sctx *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
	next, loadID, err := collector.MakeTopNDocumentMatchHandler(sctx)
	if err != nil {
		return nil, false, err
	}
	if k.ties > 0 {
		t := &tieBreaker{n: k.ties}
		if sctx.IndexReader == k.col.reader {
			t.rank = k.col.rank
		}
		next = t.wrap(next, sctx.IndexReader)
	}
	if sctx.IndexReader != k.col.reader {
		k.stale = true
		return next, loadID, nil
	}
	of, w, docOf, pol := k.col.of, k.col.width, k.col.docOf, k.col.pol
	return func(d *search.DocumentMatch) error {
		if d != nil {
			n := int(d.IndexInternalID.Value())
			if (n+1)*w <= len(of) {
				for _, t := range of[n*w : (n+1)*w] {
					if t == 0 {
						break
					}
					k.counts[t-1]++
				}
			}
			if k.docs != nil && n < len(docOf) {
				if docOf[n] != 0 {
					k.docs[docOf[n]-1]++
				}
				if pol[n]&affirms != 0 {
					k.affirmed++
				}
				if pol[n]&rejects != 0 {
					k.rejected++
				}
			}
		}
		return next(d)
	}, loadID, nil
}

func (k *counter) combos() map[string]int {
	out := map[string]int{}
	for id, n := range k.counts {
		if n > 0 {
			out[k.col.terms[id]] += n
		}
	}
	return out
}

// documents are the hits counted by document, nil when not asked.
func (k *counter) documents() []FacetCount {
	if k.docs == nil {
		return nil
	}
	out := map[string]int{}
	for id, n := range k.docs {
		if n > 0 {
			out[k.col.docs[id]] = n
		}
	}
	return sortedCounts(out)
}

// searchCounted runs req, counting facets (and, with docs, the hits by
// document) from the column of the index's current snapshot where there
// is one, and ordering the first ties hits of equal score by ID; ok is false where there is none (or the snapshot changed under
// the search), and the caller counts with bleve.
func (ix *Index) searchCounted(req *bleve.SearchRequest, byID, docs bool, ties int) (res *bleve.SearchResult, combos map[string]int, k *counter, ok bool, err error) {
	adv, err := ix.b.Advanced()
	if err != nil {
		return nil, nil, nil, false, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, nil, nil, false, err
	}
	col, err := ix.facets.column(r, docs)
	r.Close()
	if err != nil || col == nil {
		return nil, nil, nil, false, err
	}
	k = &counter{col: col, counts: make([]int, len(col.terms)), ties: ties}
	if docs {
		k.docs = make([]int, len(col.docs))
	}
	if byID {
		defer func(sort search.SortOrder) { req.Sort = sort }(req.Sort)
		req.Sort = search.SortOrder{idOrder{col.rank}}
	}
	ctx := context.WithValue(context.Background(), search.MakeDocumentMatchHandlerKey, search.MakeDocumentMatchHandler(k.handler))
	res, err = ix.b.SearchInContext(ctx, req)
	if err != nil || k.stale {
		return nil, nil, nil, false, err
	}
	return res, k.combos(), k, true, nil
}

// everything is what a search of every passage of a snapshot finds, the
// same at every such search: the search page without words or filters,
// and the codebook's counts, ask it at every visit. Collecting a million
// hits took bleve 0.4 s; this is counted from the column once.
type everything struct {
	total uint64
	// facets are the counts of every passage: facets[0] counts the
	// passages of near-duplicates once, facets[1] again (AllCopies);
	// with the passages by document, and those that affirm (reject) an
	// element.
	facets [2]Result
	// byRank are the passages' numbers in the order of their IDs.
	byRank []uint32
}

// all returns what a search of every passage finds, counted at its first
// call.
func (c *facetColumn) all() *everything {
	c.allOnce.Do(func() {
		e := &everything{}
		var affirmed, rejected int
		docs := make([]int, len(c.docs))
		counts := make([]int, len(c.terms))
		n := len(c.of) / c.width
		for i := range n {
			if c.of[i*c.width] == 0 {
				continue // no passage: every passage has facet terms
			}
			e.total++
			for _, t := range c.of[i*c.width : (i+1)*c.width] {
				if t == 0 {
					break
				}
				counts[t-1]++
			}
			if i < len(c.docOf) && c.docOf[i] != 0 {
				docs[c.docOf[i]-1]++
			}
			if c.pol[i]&affirms != 0 {
				affirmed++
			}
			if c.pol[i]&rejects != 0 {
				rejected++
			}
		}
		combos := map[string]int{}
		for id, k := range counts {
			if k > 0 {
				combos[c.terms[id]] += k
			}
		}
		byDoc := map[string]int{}
		for id, k := range docs {
			if k > 0 {
				byDoc[c.docs[id]] = k
			}
		}
		for i, allCopies := range []bool{false, true} {
			f := &e.facets[i]
			f.States, f.Elements, f.Years, f.Langs = splitCounts(combos, allCopies)
			f.Documents, f.Affirmed, f.Rejected = sortedCounts(byDoc), affirmed, rejected
		}
		e.byRank = make([]uint32, e.total)
		for i := range n {
			if c.of[i*c.width] != 0 {
				e.byRank[c.rank[i]] = uint32(i)
			}
		}
		c.everything = e
	})
	return c.everything
}

// searchAll answers a search of every passage, with its documents, from
// the column of the index's current snapshot: the hits of the page are
// the passages of their ranks in the order of IDs, as bleve orders them.
func (ix *Index) searchAll(q Query, size int) (*Result, error) {
	adv, err := ix.b.Advanced()
	if err != nil {
		return nil, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	col, err := ix.facets.column(r, true)
	if err != nil {
		return nil, err
	}
	all := col.all()
	f := &all.facets[0]
	if q.AllCopies {
		f = &all.facets[1]
	}
	// The counts are shared by every search of the snapshot: each caller
	// has its own copy to change.
	out := &Result{Total: all.total, States: slices.Clone(f.States), Elements: slices.Clone(f.Elements), Years: slices.Clone(f.Years),
		Langs: slices.Clone(f.Langs), Documents: slices.Clone(f.Documents), Affirmed: f.Affirmed, Rejected: f.Rejected}
	buf := make(bindex.IndexInternalID, 8)
	for _, n := range all.byRank[min(q.From, len(all.byRank)):min(q.From+size, len(all.byRank))] {
		buf.SetValue(uint64(n))
		id, err := r.ExternalID(buf)
		if err != nil {
			return nil, fmt.Errorf("passage IDs: %w", err)
		}
		out.Hits = append(out.Hits, Hit{Entry: Entry{ID: id}, Score: matchAllScore})
	}
	return out, nil
}

// matchAllScore is the score bleve gives every hit of a search of every
// passage (a boolean query of one match-all query).
const matchAllScore = 1
