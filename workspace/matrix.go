package workspace

import (
	"context"
	"fmt"
	"iter"
	"slices"
	"sort"

	"github.com/normdex/normdex/corpus"
)

// Dimensions are the columns of the position map: the dimensions of norm
// 13(c), each with a narrow and a broad pole (codebook.md).
var Dimensions = []string{"status", "scope", "knowledge", "actors", "threshold", "territory"}

// Reading is where one passage, or a State's passages, stand on a
// dimension.
type Reading string

// The readings of a dimension.
const (
	Narrow   Reading = "narrow"
	Broad    Reading = "broad"
	Both     Reading = "both"
	Rejected Reading = "rejected"
)

// Cell is one State × column of the map, with the passages behind it.
type Cell struct {
	Narrow, Broad, Rejected int
	Count                   int // passages, for element columns
	Citations               []string
	Passages                []string // their IDs, in the order of Citations
}

// Reading is what the cell's passages say of its dimension.
func (c *Cell) Reading() Reading {
	switch {
	case c.Narrow > 0 && c.Broad > 0:
		return Both
	case c.Broad > 0:
		return Broad
	case c.Narrow > 0:
		return Narrow
	case c.Rejected > 0:
		return Rejected
	}
	return ""
}

func (c *Cell) String() string {
	switch r := c.Reading(); r {
	case "":
		return ""
	case Both:
		return fmt.Sprintf("both (%d narrow, %d broad)", c.Narrow, c.Broad)
	case Rejected:
		return fmt.Sprintf("rejected (%d)", c.Rejected)
	default:
		return fmt.Sprintf("%s (%d)", r, c.Narrow+c.Broad)
	}
}

// Map is the position map: States × dimensions (or elements).
type Map struct {
	ByElement bool // the columns are elements, the cells passage counts
	Columns   []string
	States    []string
	Cells     map[string]map[string]*Cell // by State, then column
	// Codebook names the codebook that tagged the passages (without its
	// text), when recorded.
	Codebook *corpus.Codebook
}

// Cell returns the cell of a State and column, nil when empty.
func (m *Map) Cell(state, col string) *Cell { return m.Cells[state][col] }

// Text is what the map shows in a cell: the reading with its counts, or
// the passage count of an element column.
func (m *Map) Text(state, col string) string {
	c := m.Cell(state, col)
	if c == nil {
		return ""
	}
	if m.ByElement {
		return fmt.Sprint(c.Count)
	}
	return c.String()
}

// MatrixOptions say what the position map shows.
type MatrixOptions struct {
	// ByElement makes the columns the elements, with passage counts.
	ByElement bool
	// AllCopies counts the passages of near-duplicate documents again.
	AllCopies bool
	Citer     *corpus.Citer
	// Codebook gives the elements' dimensions and poles.
	Codebook *Codebook
}

// Matrix builds the position map of the passages that pass the filter. A
// near-duplicate document counts once: its copies are left out where the
// original is selected too, unless AllCopies. With a polarity selected,
// only what the passages affirm (or reject) counts.
func (w *Workspace) Matrix(ctx context.Context, f corpus.Filter, opt MatrixOptions) (*Map, error) {
	xs, err := Collect(w.Excerpts(ctx, f, ExcerptOptions{Citer: opt.Citer}))
	if err != nil {
		return nil, err
	}
	if !opt.AllCopies {
		xs = DropCopies(xs)
	}
	return BuildMap(xs, opt.Codebook.Elements(), opt.ByElement, f), nil
}

// DropCopies leaves out the excerpts of near-duplicate documents whose
// original is among the excerpts: the same statement from two files is one
// State's word once. A copy selected alone stays.
func DropCopies(xs []Excerpt) []Excerpt {
	selected := map[string]bool{}
	for _, x := range xs {
		selected[x.DocID] = true
	}
	return slices.DeleteFunc(xs, func(x Excerpt) bool { return selected[x.Doc.DuplicateOf] })
}

// passageReading classifies one passage on a dimension: broad when it
// affirms a broad-pole element (the broad reading includes the narrow one),
// narrow when it affirms only narrow-pole elements, rejected when all it
// says of the dimension is rejected.
func passageReading(anns []corpus.Annotation, dim string, infos map[string]ElementInfo) Reading {
	var r Reading
	for _, a := range anns {
		in := infos[a.Element]
		if in.Dimension != dim {
			continue
		}
		switch {
		case a.Polarity == corpus.Rejected:
			if r == "" {
				r = Rejected
			}
		case in.Pole == "broad":
			r = Broad
		case in.Pole == "narrow" && r != Broad:
			r = Narrow
		}
	}
	return r
}

// BuildMap builds the position map of the excerpts' States: by dimension,
// or by element (counts) when byElement is set; f's elements and polarity
// select what counts (see Shows).
func BuildMap(xs []Excerpt, elements []ElementInfo, byElement bool, f corpus.Filter) *Map {
	m := buildMap(func(yield func(mapEntry) bool) {
		for _, x := range xs {
			if !yield(mapEntry{id: x.ID, state: x.State, citation: x.Citation, elements: x.Elements, anns: x.Annotations}) {
				return
			}
		}
	}, elements, byElement, f, true)
	if len(xs) > 0 {
		m.Codebook = xs[0].Codebook
	}
	return m
}

// mapEntry is what the map reads of a passage.
type mapEntry struct {
	id, state, citation string
	elements            []string // corpus.Elements(anns)
	anns                []corpus.Annotation
}

// buildMap is BuildMap of the passages xs yields, their citations kept in
// the cells when cite is set.
func buildMap(xs iter.Seq[mapEntry], elements []ElementInfo, byElement bool, f corpus.Filter, cite bool) *Map {
	infos := map[string]ElementInfo{}
	for _, e := range elements {
		infos[e.ID] = e
	}
	m := &Map{ByElement: byElement, Cells: map[string]map[string]*Cell{}}
	cols := map[string]bool{}
	for x := range xs {
		e, ok := corpus.States().Lookup(x.state)
		if x.state == "" || !ok || !e.IsState() {
			continue
		}
		row := m.Cells[x.state]
		if row == nil {
			row = map[string]*Cell{}
			m.Cells[x.state] = row
		}
		get := func(col string) *Cell {
			cols[col] = true
			if len(row) == 0 {
				m.States = append(m.States, x.state)
			}
			if row[col] == nil {
				row[col] = &Cell{}
			}
			c := row[col]
			if cite {
				c.Citations = append(c.Citations, x.citation)
			}
			c.Passages = append(c.Passages, x.id)
			return c
		}
		if byElement {
			for _, el := range x.elements {
				if shows(f, x.anns, el) {
					get(el).Count++
				}
			}
			continue
		}
		for _, d := range Dimensions {
			switch passageReading(shownAnnotations(f, x.anns), d, infos) {
			case Narrow:
				get(d).Narrow++
			case Broad:
				get(d).Broad++
			case Rejected:
				get(d).Rejected++
			}
		}
	}
	sort.Strings(m.States)
	if byElement {
		for c := range cols {
			m.Columns = append(m.Columns, c)
		}
		sort.Strings(m.Columns)
	} else {
		m.Columns = Dimensions
	}
	return m
}

// Shows reports whether a view grouped by element shows excerpt x under
// element: one of the filter's elements (any when it has none) and, with a
// polarity, one the passage affirms (or rejects), so that --polarity
// rejected lists rejections only.
func Shows(f corpus.Filter, x Excerpt, element string) bool {
	return shows(f, x.Annotations, element)
}

func shows(f corpus.Filter, anns []corpus.Annotation, element string) bool {
	if len(f.Elements) > 0 && !selected(f.Elements, element) {
		return false
	}
	if f.Polarity == "" {
		return true
	}
	for _, a := range anns {
		if a.Element == element && a.Polarity == f.Polarity {
			return true
		}
	}
	return false
}

// shownAnnotations returns the annotations of the filter's polarity.
func shownAnnotations(f corpus.Filter, anns []corpus.Annotation) []corpus.Annotation {
	if f.Polarity == "" {
		return anns
	}
	var out []corpus.Annotation
	for _, a := range anns {
		if a.Polarity == f.Polarity {
			out = append(out, a)
		}
	}
	return out
}

// Selected reports whether element id is one the patterns select (see
// corpus.HasElement).
func Selected(patterns []string, id string) bool { return selected(patterns, id) }

func selected(patterns []string, id string) bool {
	for _, p := range patterns {
		if corpus.HasElement(p, id) {
			return true
		}
	}
	return false
}
