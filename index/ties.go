package index

import (
	"container/heap"
	"encoding/binary"

	"github.com/blevesearch/bleve/v2/search"
	bindex "github.com/blevesearch/bleve_index_api"
)

// Hits of equal score came in the order of their numbers in the index,
// which follow the layout of its segments: two ingests of one corpus
// listed them differently. They are now ordered by passage ID, as bleve's
// "-_score", "_id" orders them, but without reading the ID of every hit
// (at a million passages, words find a quarter of them): only hits that
// can still be on the page, scoring at least the lowest of the best ones
// so far, get their ID (or its rank, from a facet column); the others
// cannot tie with any hit on the page.

// byScoreThenID orders hits by score, best first, and hits of equal score
// by the tie key that tieBreaker gives them.
func byScoreThenID() search.SortOrder {
	return search.SortOrder{&search.SortScore{Desc: true}, tieKey{}}
}

// tieKey is the sort key that tieBreaker fills in; bleve leaves it empty.
type tieKey struct{}

func (tieKey) Value(*search.DocumentMatch) string { return "" }
func (tieKey) UpdateVisitor(string, []byte)       {}
func (tieKey) DecodeValue(v string) string        { return v }
func (tieKey) Descending() bool                   { return false }
func (tieKey) RequiresDocID() bool                { return false }
func (tieKey) RequiresScoring() bool              { return false }
func (tieKey) RequiresFields() []string           { return nil }
func (tieKey) Reverse()                           {}
func (tieKey) Copy() search.SearchSort            { return tieKey{} }

// tieBreaker gives the tie key to the hits of a search ordered by
// byScoreThenID that can be among its first n: its passage ID, or with a
// column of the snapshot searched, the ID's rank.
type tieBreaker struct {
	n    int
	best scores // the n best scores so far, lowest first
	rank []uint32
}

// wrap gives the tie key to each hit before next collects it.
func (t *tieBreaker) wrap(next search.DocumentMatchHandler, r bindex.IndexReader) search.DocumentMatchHandler {
	return func(d *search.DocumentMatch) error {
		if d == nil || len(d.Sort) < 2 {
			return next(d)
		}
		if len(t.best) == t.n && d.Score < t.best[0] {
			// Below the n best so far: not on the page, whatever its key.
			return next(d)
		}
		if t.rank != nil {
			var b [4]byte
			if n := d.IndexInternalID.Value(); n < uint64(len(t.rank)) {
				binary.BigEndian.PutUint32(b[:], t.rank[n])
			}
			d.Sort[1] = string(b[:])
		} else {
			if d.ID == "" {
				id, err := r.ExternalID(d.IndexInternalID)
				if err != nil {
					return err
				}
				d.ID = id
			}
			d.Sort[1] = d.ID
		}
		if len(t.best) < t.n {
			heap.Push(&t.best, d.Score)
		} else if d.Score > t.best[0] {
			t.best[0] = d.Score
			heap.Fix(&t.best, 0)
		}
		return next(d)
	}
}

// scores is a min-heap of scores.
type scores []float64

func (s scores) Len() int           { return len(s) }
func (s scores) Less(i, j int) bool { return s[i] < s[j] }
func (s scores) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s *scores) Push(x any)        { *s = append(*s, x.(float64)) }
func (s *scores) Pop() any {
	old := *s
	x := old[len(old)-1]
	*s = old[:len(old)-1]
	return x
}
