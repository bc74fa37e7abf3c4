// Package index keeps the bleve full-text index of passages: derived from the
// store, rebuildable, and queried by words, element, State and year with
// facets and highlighted snippets.
package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	blevedoc "github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/normdex/normdex/corpus"
)

// Entry is a passage as the index takes it in and as a search shows it;
// the index keeps only what it searches (see document).
type Entry struct {
	ID          string   `json:"id"`
	DocID       string   `json:"doc_id"`
	DocTitle    string   `json:"doc_title"`
	Source      string   `json:"source"`
	State       string   `json:"state"`
	Date        string   `json:"date"`
	Year        float64  `json:"year"`
	YearKey     string   `json:"year_key"`
	Page        float64  `json:"page"`
	Paragraph   string   `json:"paragraph"`
	Kind        string   `json:"kind"`
	Text        string   `json:"text"`
	Elements    []string `json:"elements"`
	ElementTree []string `json:"element_tree"`
	// Lang is the language of the passage (corpus.Passage.Lang).
	Lang string `json:"lang,omitempty"`
	// DuplicateOf is the document this passage's document nearly
	// duplicates: the passage is found, but counted in the facets only
	// with Query.AllCopies.
	DuplicateOf string `json:"duplicate_of,omitempty"`
	// Reviewed is set when a reviewer decided anything on the passage (its
	// State and elements are then those the reviewers left).
	Reviewed bool `json:"reviewed,omitempty"`

	polarities []string // see polarityTerms
}

// NewEntry builds the index entry of passage p of document d.
func NewEntry(d corpus.Document, p corpus.Passage) Entry {
	// A quotation has its own year, not its host document's.
	year := p.Year(d)
	e := Entry{ID: p.ID, DocID: d.ID, DocTitle: d.Title, Source: d.Source, State: p.State, Date: p.Date(d),
		Year: float64(year), Page: float64(p.Page), Paragraph: p.Paragraph, Kind: string(p.Kind),
		Text: p.Text, DuplicateOf: d.DuplicateOf, Lang: p.Lang}
	if year > 0 {
		e.YearKey = yearKey(year)
	}
	e.Elements = corpus.Elements(p.Annotations)
	seen := map[string]bool{}
	for _, el := range e.Elements {
		for _, t := range corpus.ElementTree(el) {
			if !seen[t] {
				seen[t] = true
				e.ElementTree = append(e.ElementTree, t)
			}
		}
	}
	e.polarities = polarityTerms(p.Annotations)
	return e
}

// polarityTerms are the terms that --polarity searches. Rejections are
// few, so only they get terms per element, and affirmation is read as their
// absence: "affirmed" or "rejected" alone (the passage affirms, or rejects,
// something), "rejected:E" for each level E of a rejected element
// ("rejected:knowledge", "rejected:knowledge.constructive"), and
// "rejected-only:E" where every annotation under E is rejected: a passage
// affirms E when E is in its element tree and it is not rejected-only.
func polarityTerms(anns []corpus.Annotation) []string {
	var out []string
	seen := map[string]bool{}
	add := func(t string) {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	affirmed := map[string]bool{}
	for _, a := range anns {
		if a.Polarity != corpus.Rejected {
			add(string(corpus.Affirmed))
			for _, t := range corpus.ElementTree(a.Element) {
				affirmed[t] = true
			}
		}
	}
	for _, a := range anns {
		if a.Polarity != corpus.Rejected {
			continue
		}
		add(string(corpus.Rejected))
		for _, t := range corpus.ElementTree(a.Element) {
			add(polarityTerm(corpus.Rejected, t))
			if !affirmed[t] {
				add(rejectedOnly + t)
			}
		}
	}
	return out
}

const rejectedOnly = "rejected-only:"

func polarityTerm(p corpus.Polarity, element string) string { return string(p) + ":" + element }

// yearKey is a year as the index keeps it: four digits, so that the keys
// sort as the years do and a range of years is a range of keys.
func yearKey(y int) string { return fmt.Sprintf("%04d", y) }

// document is what bleve indexes of an entry: what searches filter on and
// the facet values. Nothing is stored but the ID: a hit is shown from the
// store, which has the passage.
type document struct {
	DocID       string   `json:"doc_id"`
	State       string   `json:"state"`
	ElementTree []string `json:"element_tree"`
	Polarities  []string `json:"polarity_tree"`
	YearKey     string   `json:"year_key"`
	Lang        string   `json:"lang"`
	// The text is in the field of its language, analysed as that language.
	Text     string   `json:"text,omitempty"`
	TextFr   string   `json:"text_fr,omitempty"`
	TextEs   string   `json:"text_es,omitempty"`
	Facets   []string `json:"facets"`
	Reviewed string   `json:"reviewed,omitempty"` // reviewedTerm or none
}

// reviewedTerm marks a reviewed passage, for Filter.ReviewedOnly.
const reviewedTerm = "yes"

func documentOf(e Entry) document {
	d := document{DocID: e.DocID, State: e.State, ElementTree: e.ElementTree, Polarities: e.polarities,
		YearKey: e.YearKey, Lang: e.Lang, Facets: facetValues(e)}
	switch textField(e.Lang) {
	case "text_fr":
		d.TextFr = e.Text
	case "text_es":
		d.TextEs = e.Text
	default:
		d.Text = e.Text
	}
	if e.Reviewed {
		d.Reviewed = reviewedTerm
	}
	return d
}

// Index is an open bleve index of passages.
type Index struct {
	b bleve.Index
	// readOnly is set by OpenReadOnly: bleve waits for ever on a batch
	// that a read-only index cannot persist.
	readOnly bool
	facets   facetCache // see facetColumn
}

// ErrBusy is returned when another normdex process holds the index.
var ErrBusy = errors.New("index is busy: another normdex process is writing to it; try again when it has finished")

// mappingVersion names the layout of the index; an index written with
// another layout is rebuilt from the store (see ErrOutdated).
const mappingVersion = "8"

var versionKey = []byte("normdex.mapping")

// newMapping lays out the index for its queries and nothing more: the text
// keeps no term vectors, its terms being its words and their adjacent pairs
// (for phrases); facets read one column of doc values; nothing is stored.
func newMapping() mapping.IndexMapping {
	field := func(f *mapping.FieldMapping) *mapping.FieldMapping {
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = false
		return f
	}
	facets := field(bleve.NewKeywordFieldMapping())
	facets.DocValues = true

	dm := bleve.NewDocumentStaticMapping()
	for _, l := range languages {
		text := field(bleve.NewTextFieldMapping())
		text.Analyzer = l.text
		dm.AddFieldMappingsAt(l.field, text)
	}
	dm.AddFieldMappingsAt("facets", facets)
	for _, f := range []string{"doc_id", "state", "element_tree", "polarity_tree", "year_key", "lang", "reviewed"} {
		dm.AddFieldMappingsAt(f, field(bleve.NewKeywordFieldMapping()))
	}
	// Every field is searched by name: no "_all" field to build.
	dm.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())
	im := bleve.NewIndexMapping()
	for _, l := range languages {
		for name, cfg := range map[string]map[string]interface{}{l.text: l.textConfig, l.words: l.wordsConfig} {
			if err := im.AddCustomAnalyzer(name, cfg); err != nil {
				panic(err) // the configuration is a constant
			}
		}
	}
	im.DefaultMapping = dm
	im.DefaultAnalyzer = keyword.Name
	im.DefaultField = "text"
	return im
}

// ErrOutdated is returned for an index laid out by an older normdex; it is
// derived from the store, so removing it and indexing again loses nothing.
var ErrOutdated = errors.New("index was built by an older normdex and must be rebuilt")

// mergePlan caps the segments bleve's merger makes at 200,000 passages
// (its default, 5 million, is never reached here), and merges no segment
// of half the cap or more live passages again: each merge of a larger one
// rewrites all its passages, and at a million passages the two largest
// merges (some 450,000 passages each) held their inputs and output at
// once. Measured on the generated corpora (2026-12-02, three pairs of runs
// against the same build without it): at 1,010,000 passages a peak of
// 25–57 MiB less (319–335 against 360–379 MiB), for 27 segments instead
// of 24 and a search p95 of 35 instead of 31 ms; time 13% and 7% less in
// two pairs, 7% more in the third, within what runs on this host vary.
var mergePlan = map[string]any{"MaxSegmentSize": 200000}

// Open opens the index at path, creating it when it does not exist. It gives
// up with ErrBusy rather than wait for long on another process.
func Open(path string) (*Index, error) {
	cfg := map[string]interface{}{"bolt_timeout": "3s", "scorchMergePlanOptions": mergePlan}
	b, err := bleve.OpenUsing(path, cfg)
	created := false
	if errors.Is(err, bleve.ErrorIndexPathDoesNotExist) {
		b, err = bleve.NewUsing(path, newMapping(), bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, cfg)
		created = true
	}
	if err != nil {
		return nil, openError(path, err)
	}
	if created {
		err = b.SetInternal(versionKey, []byte(mappingVersion))
	} else {
		var v []byte
		if v, err = b.GetInternal(versionKey); err == nil && string(v) != mappingVersion {
			err = ErrOutdated
		}
	}
	if err != nil {
		b.Close()
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	return &Index{b: b}, nil
}

// openError says why bleve could not open the index at path, in a line.
func openError(path string, err error) error {
	switch msg := err.Error(); {
	case strings.Contains(msg, "timeout"):
		return fmt.Errorf("open index %s: %w", path, ErrBusy)
	case strings.Contains(msg, "error parsing mapping"):
		// A layout naming analysers this build does not have; bleve's
		// message goes on with the whole mapping.
		return fmt.Errorf("open index %s: %w", path, ErrOutdated)
	}
	return fmt.Errorf("open index %s: %w", path, err)
}

// ErrMissing is returned by OpenReadOnly where there is no index.
var ErrMissing = errors.New("no index")

// OpenReadOnly opens the index at path for searching only: it creates and
// changes nothing, so that an index on a read-only mount or in a read-only
// copy can be searched. It waits for a writer as Open does.
func OpenReadOnly(path string) (*Index, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("open index %s: %w", path, ErrMissing)
	}
	b, err := bleve.OpenUsing(path, map[string]interface{}{"bolt_timeout": "3s", "read_only": true})
	if err != nil {
		return nil, openError(path, err)
	}
	v, err := b.GetInternal(versionKey)
	if err == nil && string(v) != mappingVersion {
		err = ErrOutdated
	}
	if err != nil {
		b.Close()
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	return &Index{b: b, readOnly: true}, nil
}

// Remove deletes the index at path, for a rebuild.
func Remove(path string) error { return os.RemoveAll(path) }

// Close closes the index.
func (ix *Index) Close() error { return ix.b.Close() }

// Count returns how many passages the index holds.
func (ix *Index) Count() (uint64, error) { return ix.b.DocCount() }

// batchSize bounds the memory of one bleve batch. Each batch becomes a
// segment with a fixed cost (its files, its persisting, its later merges),
// so it is above what ingest hands over at a time (a thousand entries and
// the rest of the last document): at 500, each of those became two
// segments and a small third.
const batchSize = 2000

// Analyzed is an entry mapped and analysed for the index (see Analyze).
type Analyzed struct{ doc *blevedoc.Document }

// Analyze maps and analyses an entry as bleve would inside a batch. An
// ingest does it on whichever core is free while other files are still
// being extracted: bleve builds a batch's segment on one core after the
// last file, and each passage's analysis left to it lengthens that wait.
func (ix *Index) Analyze(e Entry) (Analyzed, error) {
	doc := blevedoc.NewDocument(e.ID)
	if err := ix.b.Mapping().MapDocument(doc, documentOf(e)); err != nil {
		return Analyzed{}, fmt.Errorf("index %s: %w", e.ID, err)
	}
	for i, f := range doc.Fields {
		if f.Options().IsIndexed() {
			f.Analyze()
			doc.Fields[i] = analyzedField{f, f.Size()}
		}
	}
	return Analyzed{doc}, nil
}

// analyzedField is a field whose terms are already counted: the batch
// would otherwise analyse it again. Its size is counted too: bleve asks
// for it twice per document, for its statistics, on the one core that
// builds the segment, and counting it walks the field's terms (5 of the
// 47 ms that the batch of the six sample PDFs took).
type analyzedField struct {
	blevedoc.Field
	size int
}

func (analyzedField) Analyze() {}

func (f analyzedField) Size() int { return f.size }

// Replace removes every passage of the given documents from the index and
// adds the entries, in batches; bleve analyses each batch on every core.
func (ix *Index) Replace(docIDs []string, entries []Entry) error {
	return ix.replace(docIDs, len(entries), func(b *bleve.Batch, i int) error {
		if err := b.Index(entries[i].ID, documentOf(entries[i])); err != nil {
			return fmt.Errorf("index %s: %w", entries[i].ID, err)
		}
		return nil
	})
}

// AddAnalyzed adds entries already analysed, in batches. Unlike Replace it
// removes no document's passages: ingest hands it documents just stored,
// and the passages of those they replace stay queued in the store for Sync.
func (ix *Index) AddAnalyzed(docs []Analyzed) error {
	return ix.replace(nil, len(docs), func(b *bleve.Batch, i int) error {
		if err := b.IndexAdvanced(docs[i].doc); err != nil {
			return fmt.Errorf("index %s: %w", docs[i].doc.ID(), err)
		}
		return nil
	})
}

// replace removes the passages of docIDs and adds n documents, the i-th
// by add.
func (ix *Index) replace(docIDs []string, n int, add func(b *bleve.Batch, i int) error) error {
	if ix.readOnly {
		return errors.New("index opened read-only")
	}
	batch := ix.b.NewBatch()
	flush := func() error {
		if batch.Size() == 0 {
			return nil
		}
		if err := ix.b.Batch(batch); err != nil {
			return fmt.Errorf("index batch: %w", err)
		}
		batch.Reset()
		return nil
	}
	for _, id := range docIDs {
		ids, err := ix.passagesOf(id)
		if err != nil {
			return err
		}
		for _, pid := range ids {
			batch.Delete(pid)
			if batch.Size() >= batchSize {
				if err := flush(); err != nil {
					return err
				}
			}
		}
	}
	for i := range n {
		if err := add(batch, i); err != nil {
			return err
		}
		if batch.Size() >= batchSize {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

func (ix *Index) passagesOf(docID string) ([]string, error) {
	q := bleve.NewTermQuery(docID)
	q.SetField("doc_id")
	var out []string
	for from := 0; ; from += 1000 {
		req := bleve.NewSearchRequestOptions(q, 1000, from, false)
		res, err := ix.b.Search(req)
		if err != nil {
			return nil, fmt.Errorf("find passages of %s: %w", docID, err)
		}
		for _, h := range res.Hits {
			out = append(out, h.ID)
		}
		if len(res.Hits) < 1000 {
			return out, nil
		}
	}
}

// Query is a search: words (see ParseWords) and a filter.
type Query struct {
	corpus.Filter
	Size, From int
	Facets     bool // counts by State, element and year
	// AllCopies counts the passages of near-duplicate documents in the
	// facets again; else each is counted once, in its original.
	AllCopies bool
	// Documents counts the hits by document too (copies included), with
	// Facets. For a process that searches again and again (the web app):
	// the facet column is read at the first search of a snapshot rather
	// than at the second.
	Documents bool
}

// Hit is one passage found. The index knows only its ID: the rest of the
// Entry is the caller's to fill in from the store (see Snippet for the part
// of the text that matched).
type Hit struct {
	Entry
	Score float64 `json:"score"`
}

// FacetCount is how many hits have one value of a facet.
type FacetCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// Result is the answer to a query.
type Result struct {
	Total    uint64       `json:"total"`
	Hits     []Hit        `json:"hits"`
	States   []FacetCount `json:"states"`
	Elements []FacetCount `json:"elements"`
	Years    []FacetCount `json:"years"`
	Langs    []FacetCount `json:"langs,omitempty"`
	// Documents count the hits by document, with Query.Documents; nil
	// where a write changed the index under the search. Affirmed and
	// Rejected then count the hits that affirm (reject) an element.
	Documents          []FacetCount `json:"documents,omitempty"`
	Affirmed, Rejected int          `json:"-"`
}

// HighlightStart and HighlightEnd mark the matched words in snippets.
const (
	HighlightStart = "<mark>"
	HighlightEnd   = "</mark>"
)

// ErrOnlyStopWords is returned for a query whose words are all stop words:
// left out, they would leave a query that matches every passage.
var ErrOnlyStopWords = errors.New("only stop words, which are left out of a query: it would match every passage")

// Total counts the passages that pass f: no hit is listed, so none is
// ordered or read.
func (ix *Index) Total(f corpus.Filter) (uint64, error) {
	bq, err := buildQuery(f)
	if err != nil {
		return 0, err
	}
	res, err := ix.b.Search(bleve.NewSearchRequestOptions(bq, 0, 0, false))
	if err != nil {
		return 0, fmt.Errorf("count: %w", err)
	}
	return res.Total, nil
}

// Search runs a query.
func (ix *Index) Search(q Query) (*Result, error) {
	bq, err := buildQuery(q.Filter)
	if err != nil {
		return nil, err
	}
	size := q.Size
	if size <= 0 {
		size = 10
	}
	req := bleve.NewSearchRequestOptions(bq, size, q.From, false)
	ties := 0 // hits that tieBreaker orders
	if q.Query == "" {
		// Every hit scores the same without words: order them by passage
		// ID (document, then position) so that results are reproducible.
		req.SortBy([]string{"_id"})
	} else {
		req.Sort, ties = byScoreThenID(), size+q.From
	}
	if q.Facets && q.Documents && q.Filter.IsZero() {
		res, err := ix.searchAll(q, size)
		if err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		return res, nil
	}
	var res *bleve.SearchResult
	var combos map[string]int
	var k *counter
	counted := false
	// A write is followed by merges, each a new snapshot: a search that
	// counts by document tries again on the one after, having no other
	// way to count.
	for try := 0; q.Facets && !counted && (try == 0 || q.Documents && try < 4); try++ {
		if res, combos, k, counted, err = ix.searchCounted(req, q.Query == "", q.Documents, ties); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
	}
	if !counted {
		if q.Facets {
			req.AddFacet("facets", bleve.NewFacetRequest("facets", maxFacetCombinations))
		}
		handler := func(sctx *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
			next, loadID, err := collector.MakeTopNDocumentMatchHandler(sctx)
			if err != nil || ties == 0 {
				return next, loadID, err
			}
			t := &tieBreaker{n: ties}
			return t.wrap(next, sctx.IndexReader), loadID, nil
		}
		ctx := context.WithValue(context.Background(), search.MakeDocumentMatchHandlerKey, search.MakeDocumentMatchHandler(handler))
		if res, err = ix.b.SearchInContext(ctx, req); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		combos = facetCombos(res.Facets["facets"])
	}
	out := &Result{Total: res.Total}
	if counted && q.Documents {
		out.Documents, out.Affirmed, out.Rejected = k.documents(), k.affirmed, k.rejected
	}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, Hit{Entry: Entry{ID: h.ID}, Score: h.Score})
	}
	if combos != nil {
		out.States, out.Elements, out.Years, out.Langs = splitCounts(combos, q.AllCopies)
	}
	return out, nil
}

// A passage's facet values are two terms of one field: its State with its
// year, and its set of elements. Counting a hit then reads one column of
// doc values and two terms instead of three columns and one term per value;
// the combinations, far fewer than the hits, are split after counting.
const (
	maxFacetCombinations = 1 << 20

	facetStateYear = "s"
	facetElements  = "e"
	facetLang      = "l"
	facetSep       = "\x1f"
	// The facet values of a near-duplicate's passages are marked, so that
	// they count only when asked.
	facetCopy = "c"
)

func facetValues(e Entry) []string {
	mark := ""
	if e.DuplicateOf != "" {
		mark = facetCopy
	}
	return []string{mark + facetStateYear + e.State + facetSep + e.YearKey,
		mark + facetElements + strings.Join(e.Elements, facetSep), mark + facetLang + e.Lang}
}

// facetCombos are the counts of the facet combinations bleve counted.
func facetCombos(f *search.FacetResult) map[string]int {
	if f == nil || f.Terms == nil {
		return nil
	}
	combos := map[string]int{}
	for _, t := range f.Terms.Terms() {
		combos[t.Term] += t.Count
	}
	return combos
}

// splitCounts adds up the counts of facet combinations (see facetValues);
// those of near-duplicates only with allCopies.
func splitCounts(combos map[string]int, allCopies bool) (states, elements, years, langs []FacetCount) {
	st, el, yr, lg := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	for term, count := range combos {
		if strings.HasPrefix(term, facetCopy) {
			if !allCopies {
				continue
			}
			term = term[len(facetCopy):]
		}
		if term == "" {
			continue
		}
		kind, v := term[:1], term[1:]
		switch kind {
		case facetStateYear:
			state, year, _ := strings.Cut(v, facetSep)
			if state != "" {
				st[state] += count
			}
			if year != "" {
				yr[year] += count
			}
		case facetElements:
			for _, e := range strings.Split(v, facetSep) {
				if e != "" {
					el[e] += count
				}
			}
		case facetLang:
			if v != "" {
				lg[v] += count
			}
		}
	}
	return sortedCounts(st), sortedCounts(el), sortedCounts(yr), sortedCounts(lg)
}

func sortedCounts(m map[string]int) []FacetCount {
	var out []FacetCount
	for v, n := range m {
		out = append(out, FacetCount{Value: v, Count: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Value < out[j].Value
	})
	return out
}

// Tally answers a query without words from the entries that pass its
// filter, as Search answers it from the index: hits ordered by passage ID,
// and the facets.
func Tally(q Query, entries []Entry) *Result {
	entries = slices.Clone(entries)
	slices.SortFunc(entries, func(a, b Entry) int { return strings.Compare(a.ID, b.ID) })
	size := q.Size
	if size <= 0 {
		size = 10
	}
	out := &Result{Total: uint64(len(entries))}
	for _, e := range entries[min(q.From, len(entries)):min(q.From+size, len(entries))] {
		out.Hits = append(out.Hits, Hit{Entry: Entry{ID: e.ID}})
	}
	if q.Facets {
		combos := map[string]int{}
		for _, e := range entries {
			for _, v := range facetValues(e) {
				combos[v]++
			}
		}
		out.States, out.Elements, out.Years, out.Langs = splitCounts(combos, q.AllCopies)
		if q.Documents {
			docs := map[string]int{}
			for _, e := range entries {
				docs[e.DocID]++
				for _, t := range e.polarities {
					switch t {
					case string(corpus.Affirmed):
						out.Affirmed++
					case string(corpus.Rejected):
						out.Rejected++
					}
				}
			}
			out.Documents = sortedCounts(docs)
		}
	}
	return out
}

// wordQuery finds a word or phrase of a query in the text field of a
// language.
func wordQuery(l language, w Word) query.Query {
	var ps []string
	if w.Phrase {
		ps = pairs(l.code, w.Text)
	}
	if len(ps) > 0 {
		// Every adjacent pair of the phrase's words, in order.
		var qs []query.Query
		for _, p := range ps {
			tq := bleve.NewTermQuery(p)
			tq.SetField(l.field)
			qs = append(qs, tq)
		}
		return bleve.NewConjunctionQuery(qs...)
	}
	mq := bleve.NewMatchQuery(w.Text)
	mq.SetField(l.field)
	mq.Analyzer = l.words // words only, not their pairs
	mq.SetOperator(query.MatchQueryOperatorAnd)
	return mq
}

// buildQuery turns a filter into a bleve query: the words must all match
// the text (phrases in quotes, words after "-" must not), each analysed as
// every language of the index has it and looked up in that language's
// field; the filters are
// conjunctions on keyword fields. Words that are not meaningful (stop words)
// are left out. Its searchers read only the postings of the passages that
// its terms allow (see candidates).
func buildQuery(f corpus.Filter) (query.Query, error) {
	var must []query.Query
	words, err := ParseWords(f.Query)
	if err != nil {
		return nil, err
	}
	var not []query.Query
	kept := 0
	for _, w := range words {
		if !meaningful(w.Text) {
			continue
		}
		kept++
		// The word as each language has it, in that language's field.
		var alts []query.Query
		for _, l := range languages {
			if !hasTerms(l.code, w.Text) {
				continue
			}
			alts = append(alts, wordQuery(l, w))
		}
		q := alts[0]
		if len(alts) > 1 {
			q = bleve.NewDisjunctionQuery(alts...)
		}
		if w.Exclude {
			not = append(not, q)
		} else {
			must = append(must, q)
		}
	}
	if len(words) > 0 && kept == 0 {
		return nil, fmt.Errorf("query %q: %w", f.Query, ErrOnlyStopWords)
	}
	anyOf := func(field string, values []string) {
		if len(values) == 0 {
			return
		}
		var qs []query.Query
		for _, v := range values {
			tq := bleve.NewTermQuery(v)
			tq.SetField(field)
			qs = append(qs, tq)
		}
		must = append(must, anyQuery(qs))
	}
	switch {
	case f.Polarity == "":
		anyOf("element_tree", f.Elements)
	case len(f.Elements) == 0:
		anyOf("polarity_tree", []string{string(f.Polarity)})
	case f.Polarity == corpus.Rejected:
		terms := make([]string, len(f.Elements))
		for i, e := range f.Elements {
			terms[i] = polarityTerm(f.Polarity, e)
		}
		anyOf("polarity_tree", terms)
	default:
		// Affirmed: the element, unless all that is said of it is rejected.
		var qs []query.Query
		for _, e := range f.Elements {
			has := bleve.NewTermQuery(e)
			has.SetField("element_tree")
			only := bleve.NewTermQuery(rejectedOnly + e)
			only.SetField("polarity_tree")
			q := bleve.NewBooleanQuery()
			q.AddMust(has)
			q.AddMustNot(only)
			qs = append(qs, q)
		}
		must = append(must, anyQuery(qs))
	}
	anyOf("state", f.States)
	if f.Lang != "" {
		anyOf("lang", []string{f.Lang})
	}
	if f.ReviewedOnly {
		anyOf("reviewed", []string{reviewedTerm})
	}
	if f.DocID != "" {
		pq := bleve.NewPrefixQuery(f.DocID)
		pq.SetField("doc_id")
		must = append(must, pq)
	}
	if f.YearFrom != 0 || f.YearTo != 0 {
		var lo, hi string
		if f.YearFrom != 0 {
			lo = yearKey(f.YearFrom)
		}
		if f.YearTo != 0 {
			hi = yearKey(f.YearTo)
		}
		incl := true
		rq := bleve.NewTermRangeInclusiveQuery(lo, hi, &incl, &incl)
		rq.SetField("year_key")
		must = append(must, rq)
	}
	if len(must) == 0 {
		must = append(must, bleve.NewMatchAllQuery())
	}
	bq := bleve.NewBooleanQuery()
	bq.AddMust(must...)
	if len(not) > 0 {
		bq.AddMustNot(not...)
	}
	return candidates{bq}, nil
}

// anyQuery matches what any of qs matches. One query is itself: a
// disjunction of one scores as its query does, but costs bleve a layer of
// searcher on every hit (a tenth of a filtered search at a million
// passages).
func anyQuery(qs []query.Query) query.Query {
	if len(qs) == 1 {
		return qs[0]
	}
	return bleve.NewDisjunctionQuery(qs...)
}
