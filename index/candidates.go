package index

import (
	"context"
	"sort"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// bleve finds a query's hits by walking the postings of each of its terms
// side by side, scoring every passage that its required parts match before
// it looks at what the query excludes: at a million passages, words with
// an element walked and scored 118,000 passages that "-word" then removed
// (all of them), and an element over a range of years walked the postings
// of four years to keep 47,000. The postings are bitmaps, and a query's
// hits are contained in what those bitmaps combined say (its terms ANDed
// and ORed as the query combines them, less what it certainly excludes):
// candidates computes that set for each segment of the snapshot searched,
// and the query's searchers then read postings restricted to it. A passage
// outside the set is never a hit; a passage inside it is read from the
// same postings as before, and the terms' document counts (from which
// bleve weighs them) are those of the whole postings, so the hits, their
// scores and their order are bleve's own.

// candidates is a query whose searchers read only the postings of its
// candidate passages.
type candidates struct{ query.Query }

// Searcher builds the query's searchers on the snapshot searched, restricted
// to the candidates where they are fewer than every passage.
func (c candidates) Searcher(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok || options.IncludeTermVectors {
		return c.Query.Searcher(ctx, r, m, options)
	}
	segs := snap.Segments()
	cr := &candidateReader{IndexReader: r, segs: segs, offsets: make([]uint64, len(segs)), cands: make([]*roaring.Bitmap, len(segs))}
	e := &bounder{r: r, m: m, ranges: map[*query.TermRangeQuery][]string{}}
	restricted := false
	var running uint64
	for i, s := range segs {
		cr.offsets[i] = running
		running += s.Segment().Count()
		e.seg = s
		over, _, err := e.bounds(c.Query)
		if err != nil {
			return nil, err
		}
		if !over.all {
			cr.cands[i] = over.bm
			if over.bm == nil {
				cr.cands[i] = roaring.New() // none, where nil is every one
			}
			restricted = true
		}
	}
	if !restricted {
		return c.Query.Searcher(ctx, r, m, options)
	}
	return c.Query.Searcher(ctx, cr, m, options)
}

// set is a set of passages of a segment by number: every passage, or those
// of bm (nil: none).
type set struct {
	all bool
	bm  *roaring.Bitmap
}

var (
	everyPassage = set{all: true}
	noPassage    = set{}
)

func and(a, b set) set {
	switch {
	case a.all:
		return b
	case b.all:
		return a
	case a.bm == nil || b.bm == nil:
		return noPassage
	}
	return set{bm: roaring.And(a.bm, b.bm)}
}

func or(a, b set) set {
	switch {
	case a.all || b.all:
		return everyPassage
	case a.bm == nil:
		return b
	case b.bm == nil:
		return a
	}
	return set{bm: roaring.Or(a.bm, b.bm)}
}

// andNot is a less b, where a is not every passage (see bounds).
func andNot(a, b set) set {
	switch {
	case b.all:
		return noPassage
	case a.bm == nil || b.bm == nil:
		return a
	}
	return set{bm: roaring.AndNot(a.bm, b.bm)}
}

// bounder bounds the hits of queries in one segment.
type bounder struct {
	r      bindex.IndexReader
	m      mapping.IndexMapping
	seg    *scorch.SegmentSnapshot
	ranges map[*query.TermRangeQuery][]string // terms of each range, read once
}

// bounds returns a set that holds every hit of q in the segment (over) and
// one that holds only hits (under). Parts of a query it does not know are
// bounded by every passage and by none.
func (e *bounder) bounds(q query.Query) (over, under set, err error) {
	switch q := q.(type) {
	case *query.TermQuery:
		if q.FieldVal == "" {
			return everyPassage, noPassage, nil
		}
		s, err := e.term(q.FieldVal, q.Term)
		return s, s, err
	case *query.MatchQuery:
		if q.Fuzziness != 0 || q.Operator != query.MatchQueryOperatorAnd || q.Analyzer == "" || q.FieldVal == "" {
			return everyPassage, noPassage, nil
		}
		a := e.m.AnalyzerNamed(q.Analyzer)
		if a == nil {
			return everyPassage, noPassage, nil
		}
		s := everyPassage
		for _, t := range a.Analyze([]byte(q.Match)) {
			ts, err := e.term(q.FieldVal, string(t.Term))
			if err != nil {
				return s, s, err
			}
			s = and(s, ts)
		}
		if s.all {
			// No term: bleve matches nothing.
			s = noPassage
		}
		return s, s, nil
	case *query.ConjunctionQuery:
		over, under = everyPassage, everyPassage
		for _, c := range q.Conjuncts {
			o, u, err := e.bounds(c)
			if err != nil {
				return o, u, err
			}
			over, under = and(over, o), and(under, u)
		}
		return over, under, nil
	case *query.DisjunctionQuery:
		for _, d := range q.Disjuncts {
			o, u, err := e.bounds(d)
			if err != nil {
				return o, u, err
			}
			over, under = or(over, o), or(under, u)
		}
		if q.Min > 1 {
			under = noPassage
		}
		return over, under, nil
	case *query.BooleanQuery:
		if q.Should != nil || q.Filter != nil || q.Must == nil {
			return everyPassage, noPassage, nil
		}
		over, under, err = e.bounds(q.Must)
		if err != nil || q.MustNot == nil {
			return over, under, err
		}
		notOver, notUnder, err := e.bounds(q.MustNot)
		if err != nil {
			return over, under, err
		}
		if !over.all {
			over = andNot(over, notUnder)
		}
		if !under.all {
			under = andNot(under, notOver)
		} else {
			under = noPassage
		}
		return over, under, nil
	case *query.TermRangeQuery:
		terms, err := e.rangeTerms(q)
		if err != nil {
			return over, under, err
		}
		for _, t := range terms {
			s, err := e.term(q.FieldVal, t)
			if err != nil {
				return s, s, err
			}
			over = or(over, s)
		}
		// The ends of a range bleve may leave out.
		return over, noPassage, nil
	case *query.MatchAllQuery:
		return everyPassage, everyPassage, nil
	case *query.MatchNoneQuery:
		return noPassage, noPassage, nil
	}
	return everyPassage, noPassage, nil
}

// term is the set of live passages of the segment that have term in field.
func (e *bounder) term(field, term string) (set, error) {
	dict, err := e.seg.Segment().Dictionary(field)
	if err != nil {
		return noPassage, err
	}
	pl, err := dict.PostingsList([]byte(term), e.seg.Deleted(), nil)
	if err != nil {
		return noPassage, err
	}
	it := pl.Iterator(false, false, false, nil)
	if o, ok := it.(segment.OptimizablePostingsIterator); ok {
		if bm := o.ActualBitmap(); bm != nil {
			return set{bm: bm}, nil
		}
		if n, ok := o.DocNum1Hit(); ok {
			return set{bm: roaring.BitmapOf(uint32(n))}, nil
		}
	}
	bm := roaring.New()
	for {
		p, err := it.Next()
		if err != nil {
			return noPassage, err
		}
		if p == nil {
			break
		}
		bm.Add(uint32(p.Number()))
	}
	if bm.IsEmpty() {
		return noPassage, nil
	}
	return set{bm: bm}, nil
}

// rangeTerms are the terms of a range's field between its ends, both
// included whatever the query says.
func (e *bounder) rangeTerms(q *query.TermRangeQuery) ([]string, error) {
	if terms, ok := e.ranges[q]; ok {
		return terms, nil
	}
	var lo, hi []byte
	if q.Min != "" {
		lo = []byte(q.Min)
	}
	if q.Max != "" {
		// FieldDictRange's end is exclusive below a term with it as
		// prefix, as bleve's range searcher has it.
		hi = append([]byte(q.Max), 0)
	}
	dict, err := e.r.FieldDictRange(q.FieldVal, lo, hi)
	if err != nil {
		return nil, err
	}
	defer dict.Close()
	var terms []string
	for {
		de, err := dict.Next()
		if err != nil {
			return nil, err
		}
		if de == nil {
			break
		}
		terms = append(terms, de.Term)
	}
	e.ranges[q] = terms
	return terms, nil
}

// candidateReader is a snapshot whose term readers read only the postings
// of the candidates of each segment (nil: every passage).
type candidateReader struct {
	bindex.IndexReader
	segs    []*scorch.SegmentSnapshot
	offsets []uint64 // the number of each segment's first passage in the snapshot
	cands   []*roaring.Bitmap
}

func (r *candidateReader) TermFieldReader(ctx context.Context, term []byte, field string, freq, norm, vectors bool) (bindex.TermFieldReader, error) {
	t := &candidateTermReader{r: r, freq: freq, norm: norm, postings: make([]segment.PostingsList, len(r.segs)),
		iters: make([]segment.PostingsIterator, len(r.segs))}
	for i, s := range r.segs {
		dict, err := s.Segment().Dictionary(field)
		if err != nil {
			return nil, err
		}
		pl, err := dict.PostingsList(term, s.Deleted(), nil)
		if err != nil {
			return nil, err
		}
		t.postings[i] = pl
		t.count += pl.Count()
	}
	t.reset()
	return t, nil
}

// candidateTermReader reads the postings of one term, segment after
// segment, as bleve's own term reader does.
type candidateTermReader struct {
	r          *candidateReader
	freq, norm bool
	postings   []segment.PostingsList
	iters      []segment.PostingsIterator // nil where no candidate has the term
	// filter[i] is set where a segment's postings could not be narrowed
	// to its candidates: each is then looked up.
	filter []bool
	count  uint64 // documents with the term, candidates or not
	seg    int    // the segment being read
	cur    bindex.IndexInternalID
}

// reset starts reading again from the first passage.
func (t *candidateTermReader) reset() {
	t.filter = make([]bool, len(t.postings))
	for i, pl := range t.postings {
		it := pl.Iterator(t.freq, t.norm, false, nil)
		cand := t.r.cands[i]
		if cand != nil {
			if o, ok := it.(segment.OptimizablePostingsIterator); ok {
				if bm := o.ActualBitmap(); bm != nil {
					o.ReplaceActual(roaring.And(bm, cand))
				} else if n, ok := o.DocNum1Hit(); ok && !cand.Contains(uint32(n)) {
					it = nil
				}
			} else {
				t.filter[i] = true
			}
		}
		t.iters[i] = it
	}
	t.seg, t.cur = 0, nil
}

func (t *candidateTermReader) Next(pre *bindex.TermFieldDoc) (*bindex.TermFieldDoc, error) {
	for ; t.seg < len(t.iters); t.seg++ {
		it := t.iters[t.seg]
		if it == nil {
			continue
		}
		for {
			p, err := it.Next()
			if err != nil || p == nil {
				if err != nil {
					return nil, err
				}
				break
			}
			if t.filter[t.seg] && !t.r.cands[t.seg].Contains(uint32(p.Number())) {
				continue
			}
			return t.doc(p, pre), nil
		}
	}
	return nil, nil
}

func (t *candidateTermReader) Advance(id bindex.IndexInternalID, pre *bindex.TermFieldDoc) (*bindex.TermFieldDoc, error) {
	if t.cur != nil && t.cur.Compare(id) >= 0 {
		// Backwards, as bleve's reader does it: from the start.
		t.reset()
	}
	n := id.Value()
	seg := sort.Search(len(t.r.offsets), func(i int) bool { return t.r.offsets[i] > n }) - 1
	if seg < 0 || seg >= len(t.iters) {
		t.seg = len(t.iters)
		return nil, nil
	}
	t.seg = seg
	it := t.iters[seg]
	if it == nil {
		t.seg++
		return t.Next(pre)
	}
	p, err := it.Advance(n - t.r.offsets[seg])
	if err != nil {
		return nil, err
	}
	if p == nil {
		t.seg++
		return t.Next(pre)
	}
	if t.filter[seg] && !t.r.cands[seg].Contains(uint32(p.Number())) {
		return t.Next(pre)
	}
	return t.doc(p, pre), nil
}

// doc fills in a posting of the segment being read.
func (t *candidateTermReader) doc(p segment.Posting, pre *bindex.TermFieldDoc) *bindex.TermFieldDoc {
	if pre == nil {
		pre = &bindex.TermFieldDoc{}
	}
	pre.ID = bindex.NewIndexInternalID(pre.ID, p.Number()+t.r.offsets[t.seg])
	if t.freq {
		pre.Freq = p.Frequency()
	}
	if t.norm {
		pre.Norm = p.Norm()
	}
	t.cur = append(t.cur[:0], pre.ID...)
	return pre
}

func (t *candidateTermReader) Count() uint64 { return t.count }
func (t *candidateTermReader) Close() error  { return nil }
func (t *candidateTermReader) Size() int     { return 64 * len(t.iters) }
