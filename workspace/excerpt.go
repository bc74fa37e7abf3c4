package workspace

import (
	"context"
	"iter"
	"slices"
	"strings"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/index"
)

// Excerpt is one passage with what every view of it needs: its document,
// citation, elements and evidence. The search JSON, every export format
// and the web pages show it. Its JSON form is a line of the JSON Lines
// export (DESIGN.md: fields may be added, none removed or renamed).
type Excerpt struct {
	ID          string              `json:"id"`
	DocID       string              `json:"doc_id"`
	DocTitle    string              `json:"doc_title"`
	Source      string              `json:"source"`
	State       string              `json:"state"`
	Date        string              `json:"date"` // a quotation's own date
	Page        int                 `json:"page"`
	Paragraph   string              `json:"paragraph"`
	Kind        string              `json:"kind"`
	Statement   string              `json:"statement_id"`
	Start       int                 `json:"start"`
	End         int                 `json:"end"`
	Text        string              `json:"text"`
	Elements    []string            `json:"elements"`
	Annotations []corpus.Annotation `json:"annotations"`
	Citation    string              `json:"citation"`
	// Lang is the passage's language (corpus.Passage.Lang), "" when
	// unknown.
	Lang string `json:"lang"`
	// Codebook names the codebook that tagged the passage (without its
	// text), when the workspace recorded it.
	Codebook *corpus.Codebook `json:"codebook,omitempty"`
	// OCR is set for text read from an image of the page, with the OCR
	// engine's mean confidence (0-100) for that page.
	OCR           bool    `json:"ocr"`
	OCRConfidence float64 `json:"ocr_confidence,omitempty"`
	// QuotedIn is set on a quotation: where the document quotes it. Its
	// date and citation are then the quotation's own.
	QuotedIn *QuotedIn `json:"quoted_in,omitempty"`
	// Reviewed is set when a reviewer decided anything on the passage;
	// Rejected are the rule annotations reviewers rejected, which
	// Annotations and Elements (the effective tags) leave out.
	Reviewed bool                `json:"reviewed"`
	Rejected []corpus.Annotation `json:"rejected_annotations"`

	// Year is the passage's year (a quotation's own), 0 when unknown.
	Year int `json:"-"`
	// DuplicateOf is the document this one nearly duplicates.
	DuplicateOf string `json:"-"`
	// Score and Snippets are set by Search: the relevance, and the parts of
	// the text where the words matched (HighlightStart and HighlightEnd
	// mark them).
	Score    float64  `json:"-"`
	Snippets []string `json:"-"`
	// Doc is the passage's document, shared by its excerpts; Search leaves
	// its Text out.
	Doc *corpus.Document `json:"-"`
}

// HighlightStart and HighlightEnd mark the matched words in snippets.
const (
	HighlightStart = index.HighlightStart
	HighlightEnd   = index.HighlightEnd
)

// QuotedIn says where a quotation was found: the host document, its page
// and the note it stands in, if any.
type QuotedIn struct {
	DocID    string `json:"doc_id"`
	DocTitle string `json:"doc_title"`
	Source   string `json:"source"`
	Date     string `json:"date"`
	Page     int    `json:"page,omitempty"`
	Note     string `json:"note,omitempty"`
	// Reference is the source the document gives for the quotation, as
	// printed: "New Zealand (2020, paras 16 & 17)"; empty when none (n.d.).
	Reference string `json:"reference,omitempty"`
}

// NewExcerpt builds the excerpt of passage p of document d, cited by
// citer (the default citation when nil). The excerpt keeps d, which the
// excerpts of one document may share.
func NewExcerpt(doc *corpus.Document, p corpus.Passage, citer *corpus.Citer) Excerpt {
	cite := corpus.Cite
	if citer != nil {
		cite = citer.Cite
	}
	d := *doc
	x := Excerpt{ID: p.ID, DocID: d.ID, DocTitle: d.Title, Source: d.Source, State: p.State, Date: p.Date(d),
		Page: p.Page, Paragraph: p.Paragraph, Kind: string(p.Kind), Statement: p.StatementID, Start: p.Start, End: p.End,
		Text: p.Text, Elements: corpus.Elements(p.Annotations), Annotations: p.Annotations, Citation: cite(d, p),
		Lang: p.Lang, OCR: p.OCR, OCRConfidence: p.Confidence, Year: p.Year(d), DuplicateOf: d.DuplicateOf, Doc: doc}
	if q := p.Quote; q != nil {
		x.QuotedIn = &QuotedIn{DocID: d.ID, DocTitle: d.Title, Source: d.Source, Date: d.Date, Page: p.Page}
		if p.Kind == corpus.Footnote {
			x.QuotedIn.Note = p.Paragraph
		}
		if q.Date != "" {
			x.QuotedIn.Reference = q.Author + " (" + q.Label
			if q.Pinpoint != "" {
				x.QuotedIn.Reference += ", " + q.Pinpoint
			}
			x.QuotedIn.Reference += ")"
		}
	}
	// Lists are [] when empty, never null: scripts iterate over them.
	if x.Elements == nil {
		x.Elements = []string{}
	}
	if x.Annotations == nil {
		x.Annotations = []corpus.Annotation{}
	}
	x.Rejected = []corpus.Annotation{}
	return x
}

// reviewedExcerpt is the excerpt of passage p as its reviewers left it
// (see reviewed).
func reviewedExcerpt(doc *corpus.Document, m match, citer *corpus.Citer) Excerpt {
	x := NewExcerpt(doc, m.p, citer)
	x.Reviewed = m.r.Reviewed
	if len(m.rejected) > 0 {
		x.Rejected = m.rejected
	}
	return x
}

// ElementTree returns the excerpt's elements with their ancestors
// ("knowledge" and "knowledge.actual"), each once.
func (x Excerpt) ElementTree() []string {
	out := []string{}
	for _, el := range x.Elements {
		for _, t := range corpus.ElementTree(el) {
			if !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

// ExcerptOptions say how Excerpts cites.
type ExcerptOptions struct {
	Citer *corpus.Citer // the default citation when nil
}

// Excerpts yields every stored passage that passes the filter, in document
// and passage order, with its full document (text included) and the
// codebook that tagged it. Words in the filter are judged by the index.
func (w *Workspace) Excerpts(ctx context.Context, f corpus.Filter, opt ExcerptOptions) iter.Seq2[Excerpt, error] {
	return func(yield func(Excerpt, error) bool) {
		var tagged *corpus.Codebook
		if stored, ok, err := w.store.CodebookInfo(ctx); err != nil {
			yield(Excerpt{}, err)
			return
		} else if ok {
			tagged = &stored
		}
		var cur *corpus.Document
		for m, err := range w.passages(ctx, f) {
			if err != nil {
				yield(Excerpt{}, err)
				return
			}
			if cur == nil || cur.ID != m.doc.ID {
				full, err := w.store.Document(ctx, m.doc.ID)
				if err != nil {
					yield(Excerpt{}, err)
					return
				}
				cur = &full
			}
			x := reviewedExcerpt(cur, m, opt.Citer)
			x.Codebook = tagged
			if !yield(x, nil) {
				return
			}
		}
	}
}

// Collect gathers the excerpts of a sequence, or its first error.
func Collect(seq iter.Seq2[Excerpt, error]) ([]Excerpt, error) {
	var xs []Excerpt
	for x, err := range seq {
		if err != nil {
			return nil, err
		}
		xs = append(xs, x)
	}
	return xs, nil
}

// All yields the excerpts of a slice.
func All(xs []Excerpt) iter.Seq2[Excerpt, error] {
	return func(yield func(Excerpt, error) bool) {
		for _, x := range xs {
			if !yield(x, nil) {
				return
			}
		}
	}
}

// match is a passage that passes a filter, with its document (without
// text): p as its reviewers left it (see reviewed), stored as it is
// stored (its rule tags), r their review and rejected the rule annotations
// they rejected.
type match struct {
	doc      corpus.Document
	p        corpus.Passage
	stored   corpus.Passage
	r        corpus.Review
	rejected []corpus.Annotation
}

// passages yields every stored passage that passes the filter, in document
// and passage order. This and index.Search (for the bleve query that
// the index runs) apply the filters, both by corpus.Filter's semantics
// (see TestFilterOneSemantics).
func (w *Workspace) passages(ctx context.Context, f corpus.Filter) iter.Seq2[match, error] {
	return func(yield func(match, error) bool) {
		fail := func(err error) { yield(match{}, err) }
		var allowed map[string]bool
		if f.Query != "" {
			if err := w.openIndex(); err != nil {
				fail(err)
				return
			}
			n, err := w.idx.Count()
			if err != nil {
				fail(err)
				return
			}
			res, err := w.idx.Search(index.Query{Filter: corpus.Filter{Query: f.Query}, Size: int(n) + 1})
			if err != nil {
				fail(err)
				return
			}
			allowed = map[string]bool{}
			for _, h := range res.Hits {
				allowed[h.ID] = true
			}
		}
		docs, err := w.store.Documents(ctx)
		if err != nil {
			fail(err)
			return
		}
		decided, err := w.decisionsByPassage(ctx, corpus.DecisionQuery{})
		if err != nil {
			fail(err)
			return
		}
		for _, d := range docs {
			if f.DocID != "" && !strings.HasPrefix(d.ID, f.DocID) {
				continue // none of its passages can pass
			}
			ps, err := w.store.Passages(ctx, d.ID)
			if err != nil {
				fail(err)
				return
			}
			for _, p := range ps {
				if allowed != nil && !allowed[p.ID] {
					continue
				}
				m := reviewed(d, p, decided[p.ID])
				if !f.MatchReview(d, p, m.r) {
					continue
				}
				if !yield(m, nil) {
					return
				}
			}
		}
	}
}

// Query is a search: words and filters, a page of hits, and facets.
type Query struct {
	corpus.Filter
	Size, From int
	Facets     bool // counts by State, element, year and language
	// AllCopies counts the passages of near-duplicate documents in the
	// facets again; else each is counted once, in its original.
	AllCopies bool
	// Documents counts the hits by document too, with Facets: for a
	// process that searches again and again (see index.Query.Documents).
	Documents bool
}

// FacetCount is how many hits have one value of a facet.
type FacetCount = index.FacetCount

// Results are a page of hits and the facets of all of them.
type Results struct {
	Total    uint64
	Hits     []Excerpt
	States   []FacetCount
	Elements []FacetCount
	Years    []FacetCount
	Langs    []FacetCount
	// Documents count the hits by document (copies included), with
	// Query.Documents; nil where a write changed the index under the
	// search. Affirmed and Rejected then count the hits that affirm
	// (reject) an element.
	Documents          []FacetCount
	Affirmed, Rejected int
	// FromStore is set when an ingest held the index and the search was
	// answered from the store, with what the ingest has committed.
	FromStore bool
}

// ErrOnlyStopWords is returned for a query whose words are all stop words.
var ErrOnlyStopWords = index.ErrOnlyStopWords

// Search runs a query on the index, and fills the hits in from the store
// with their evidence and snippets. While an ingest holds the index, a
// search without words is answered from the store, which readers share
// with the writer; one with words says that the index is busy.
func (w *Workspace) Search(ctx context.Context, q Query) (*Results, error) {
	iq := index.Query{Filter: q.Filter, Size: q.Size, From: q.From, Facets: q.Facets, AllCopies: q.AllCopies, Documents: q.Documents}
	var res *index.Result
	fromStore := false
	if q.Query != "" || w.Writer() == 0 {
		if err := w.openIndex(); err != nil {
			return nil, err
		}
		var err error
		if res, err = w.idx.Search(iq); err != nil {
			return nil, err
		}
	} else {
		fromStore = true
		var entries []index.Entry
		for m, err := range w.passages(ctx, q.Filter) {
			if err != nil {
				return nil, err
			}
			entries = append(entries, newEntry(m))
		}
		res = index.Tally(iq, entries)
	}
	hits, err := w.load(ctx, res.Hits, q.Query)
	if err != nil {
		return nil, err
	}
	return &Results{Total: res.Total, Hits: hits, States: res.States, Elements: res.Elements, Years: res.Years, Langs: res.Langs, Documents: res.Documents, Affirmed: res.Affirmed, Rejected: res.Rejected, FromStore: fromStore}, nil
}

// load fills the hits in from the store (the index knows their IDs only).
// A hit the store no longer has (a replaced document the index has not
// caught up with) is left out.
func (w *Workspace) load(ctx context.Context, hits []index.Hit, query string) ([]Excerpt, error) {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	ps, err := w.store.PassagesByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	decided, err := w.decisionsByPassage(ctx, corpus.DecisionQuery{Passages: ids})
	if err != nil {
		return nil, err
	}
	byID := map[string]corpus.Passage{}
	docs := map[string]*corpus.Document{}
	for _, p := range ps {
		byID[p.ID] = p
		if _, ok := docs[p.DocID]; !ok {
			d, err := w.store.DocumentInfo(ctx, p.DocID)
			if err != nil {
				return nil, err
			}
			docs[p.DocID] = &d
		}
	}
	out := []Excerpt{}
	for _, h := range hits {
		p, ok := byID[h.ID]
		if !ok {
			continue
		}
		d := docs[p.DocID]
		x := reviewedExcerpt(d, reviewed(*d, p, decided[p.ID]), nil)
		x.Score = h.Score
		if s := index.Snippet(x.Text, query); s != "" {
			x.Snippets = []string{s}
		}
		out = append(out, x)
	}
	return out, nil
}

// Passage returns one passage's excerpt, with its document (text
// included).
func (w *Workspace) Passage(ctx context.Context, id string) (Excerpt, error) {
	ps, err := w.store.PassagesByID(ctx, []string{id})
	if err != nil {
		return Excerpt{}, err
	}
	if len(ps) == 0 {
		return Excerpt{}, corpus.ErrNotFound
	}
	d, err := w.store.Document(ctx, ps[0].DocID)
	if err != nil {
		return Excerpt{}, err
	}
	decided, err := w.decisionsByPassage(ctx, corpus.DecisionQuery{Passages: []string{id}})
	if err != nil {
		return Excerpt{}, err
	}
	return reviewedExcerpt(&d, reviewed(d, ps[0], decided[id]), nil), nil
}
