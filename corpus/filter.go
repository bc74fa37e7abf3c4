package corpus

import (
	"fmt"
	"strconv"
	"strings"
)

// Filter selects passages: by element (a prefix such as "knowledge" selects
// all its children) and polarity, State, year range, document, language and
// words.
// search, export and matrix share it.
type Filter struct {
	Elements []string
	// Polarity, when set, keeps the passages that affirm (or reject) a
	// selected element, or any element when none is selected.
	Polarity Polarity
	States   []string // canonical names
	YearFrom int      // 0: no lower bound
	YearTo   int      // 0: no upper bound
	DocID    string   // a document ID or a prefix of one
	Lang     string   // a language (one of Languages), of the passage
	Query    string   // words, for the search index
	// ReviewedOnly keeps the passages on which a reviewer decided anything
	// (see MatchReview).
	ReviewedOnly bool
}

// IsZero reports whether f sets nothing, so that it keeps every passage.
func (f Filter) IsZero() bool {
	return len(f.Elements) == 0 && f.Polarity == "" && len(f.States) == 0 && f.YearFrom == 0 && f.YearTo == 0 &&
		f.DocID == "" && f.Lang == "" && f.Query == "" && !f.ReviewedOnly
}

// NewFilter builds a filter from what a user typed: State names or aliases,
// and a year ("2020") or year range ("2019..2021").
func NewFilter(elements, states []string, years, doc, query string) (Filter, error) {
	f := Filter{Elements: elements, DocID: doc, Query: strings.TrimSpace(query)}
	for _, s := range states {
		e, ok := States().Lookup(s)
		if !ok {
			return f, fmt.Errorf("unknown State or organisation %q", s)
		}
		f.States = append(f.States, e.Name)
	}
	var err error
	f.YearFrom, f.YearTo, err = ParseYears(years)
	return f, err
}

// ParseYears parses "2020", "2019..2021", "2019.." or "..2021".
func ParseYears(s string) (from, to int, err error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, 0, nil
	}
	a, b, rng := strings.Cut(s, "..")
	if !rng {
		b = a
	}
	parse := func(x string) (int, error) {
		x = strings.TrimSpace(x)
		if x == "" {
			return 0, nil
		}
		y, err := strconv.Atoi(x)
		if err != nil || y < 1000 || y > 9999 {
			return 0, fmt.Errorf("bad year %q: want YYYY or YYYY..YYYY", s)
		}
		return y, nil
	}
	if from, err = parse(a); err != nil {
		return 0, 0, err
	}
	if to, err = parse(b); err != nil {
		return 0, 0, err
	}
	if from != 0 && to != 0 && from > to {
		return 0, 0, fmt.Errorf("bad year range %q: %d is after %d", s, from, to)
	}
	return from, to, nil
}

// HasElement reports whether element id is selected by pattern: the same ID,
// or a child of it ("knowledge" selects "knowledge.actual").
func HasElement(pattern, id string) bool {
	return id == pattern || strings.HasPrefix(id, pattern+".")
}

// Match reports whether passage p of document d passes the filter, apart
// from its words (which only the search index can judge) and whether it was
// reviewed (which only MatchReview can).
func (f Filter) Match(d Document, p Passage) bool {
	return f.match(d, p, p.State, p.Annotations)
}

// MatchReview reports whether passage p of document d passes the filter as
// its reviewers left it (r, from ApplyDecisions): its effective State and
// tags, and ReviewedOnly.
func (f Filter) MatchReview(d Document, p Passage, r Review) bool {
	if f.ReviewedOnly && !r.Reviewed {
		return false
	}
	return f.match(d, p, r.State, r.Effective())
}

func (f Filter) match(d Document, p Passage, state string, anns []Annotation) bool {
	year := 0
	if f.YearFrom != 0 || f.YearTo != 0 {
		year = p.Year(d)
	}
	return f.MatchFacts(d.ID, state, p.Lang, year, anns)
}

// MatchFacts is Match on what the filter reads of a passage, for those
// who keep only that: its document's ID, its State, language and year
// (Passage.Year), and its annotations (only their elements and polarity
// are read). The year is read only when the filter has a year bound.
func (f Filter) MatchFacts(docID, state, lang string, year int, anns []Annotation) bool {
	if f.DocID != "" && !strings.HasPrefix(docID, f.DocID) {
		return false
	}
	if len(f.States) > 0 && !contains(f.States, state) {
		return false
	}
	if f.Lang != "" && lang != f.Lang {
		return false
	}
	if f.YearFrom != 0 || f.YearTo != 0 {
		if year == 0 || (f.YearFrom != 0 && year < f.YearFrom) || (f.YearTo != 0 && year > f.YearTo) {
			return false
		}
	}
	if len(f.Elements) > 0 || f.Polarity != "" {
		found := false
		for _, a := range anns {
			if f.Polarity != "" && a.Polarity != f.Polarity && (f.Polarity == Rejected || a.Polarity == Rejected) {
				continue // what is not rejected is affirmed
			}
			if len(f.Elements) == 0 {
				found = true
			}
			for _, e := range f.Elements {
				if HasElement(e, a.Element) {
					found = true
				}
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// ElementTree returns an element ID with its ancestors: "knowledge.actual"
// gives "knowledge" and "knowledge.actual".
func ElementTree(id string) []string {
	var out []string
	for i := range id {
		if id[i] == '.' {
			out = append(out, id[:i])
		}
	}
	return append(out, id)
}
