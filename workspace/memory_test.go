package workspace

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/normdex/normdex/corpus"
)

// The memory maps, lists documents and counts the review queue's progress
// as the store's own routes do, before and after reviews change the
// store: the figures of the pages that read from memory are those the
// excerpts give.
func TestMemoryAsStore(t *testing.T) {
	w := testWorkspace(t)
	ctx := context.Background()
	// A statement and its near-duplicate, which the map counts once
	// unless asked for every copy.
	src := t.TempDir()
	text := "Estonia considers that a State must take reasonable steps when it has actual knowledge of a cyber operation " +
		"launched from its territory against another State, and that due diligence is an obligation of conduct.\n\n" +
		"Estonia does not consider that constructive knowledge is sufficient, and States should cooperate and offer " +
		"assistance to the victim State when asked, within the means available to them at the time.\n"
	files := map[string]string{
		"ee.txt": text, "ee.txt.meta.json": `{"state":"Estonia","date":"2020-05-01"}`,
		"ee-copy.txt": text + "\nPrinted in 2021.\n", "ee-copy.txt.meta.json": `{"state":"Estonia","date":"2021-02-01"}`,
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(src, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := w.Ingest(ctx, []string{src}, IngestOptions{}); err != nil {
		t.Fatal(err)
	}
	m := NewMemory(w)
	cb, err := w.Codebook(ctx, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		all, err := Collect(w.Excerpts(ctx, corpus.Filter{}, ExcerptOptions{}))
		if err != nil {
			t.Fatal(err)
		}
		dup := false
		for _, x := range all {
			dup = dup || x.DuplicateOf != ""
		}
		if !dup {
			t.Fatalf("%s: no near-duplicate document among %d passages", when, len(all))
		}
		filters := append(sampleFilters(all), corpus.Filter{Polarity: corpus.Rejected}, corpus.Filter{Lang: "en"},
			corpus.Filter{YearFrom: 2019, YearTo: 2020}, corpus.Filter{Elements: []string{"assistance"}, ReviewedOnly: true})
		for _, f := range filters {
			for _, opt := range []MatrixOptions{{Codebook: cb}, {Codebook: cb, ByElement: true}, {Codebook: cb, AllCopies: true}} {
				sm, err := w.Matrix(ctx, f, opt)
				if err != nil {
					t.Fatal(err)
				}
				mm, err := m.Matrix(ctx, f, opt)
				if err != nil {
					t.Fatal(err)
				}
				sameMap(t, when, f, opt, mm, sm)
				for _, st := range sm.States {
					sy, err := w.StateYears(ctx, st, f, opt)
					if err != nil {
						t.Fatal(err)
					}
					my, err := m.StateYears(ctx, st, f, opt)
					if err != nil {
						t.Fatal(err)
					}
					if len(my) != len(sy) {
						t.Fatalf("%s: %s over the years, filter %+v: memory %d years, store %d", when, st, f, len(my), len(sy))
					}
					for i := range sy {
						if my[i].Year != sy[i].Year {
							t.Errorf("%s: %s over the years, filter %+v: memory year %d, store %d", when, st, f, my[i].Year, sy[i].Year)
						}
						sameMap(t, when, f, opt, my[i].Map, sy[i].Map)
					}
				}
			}
			sd, err := w.Docs(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			md, err := m.Docs(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(md, sd) {
				t.Errorf("%s: documents, filter %+v: memory %+v, store %+v", when, f, md, sd)
			}
			total, reviewed := storeProgress(t, w, f)
			mt, mr, err := m.Progress(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			if mt != total || mr != reviewed {
				t.Errorf("%s: progress, filter %+v: memory %d of %d reviewed, store %d of %d", when, f, mr, mt, reviewed, total)
			}
		}
	}
	check("before review")
	var nz Excerpt
	for x, err := range w.Excerpts(ctx, corpus.Filter{States: []string{"New Zealand"}, Elements: []string{"knowledge.actual"}}, ExcerptOptions{}) {
		if err != nil {
			t.Fatal(err)
		}
		nz = x
	}
	if _, err := w.Review(ctx, corpus.Decision{Passage: nz.ID, Action: corpus.SetState, State: "fr", Reviewer: "tester"}); err != nil {
		t.Fatal(err)
	}
	a := nz.Annotations[0]
	if _, err := w.Review(ctx, corpus.Decision{Passage: nz.ID, Action: corpus.Reject, Element: a.Element, Reviewer: "tester"}); err != nil {
		t.Fatal(err)
	}
	m.Invalidate()
	check("after review")
}

// sameMap fails the test where two maps differ in what the pages show:
// rows, columns, each cell's text and the passages behind it.
func sameMap(t *testing.T, when string, f corpus.Filter, opt MatrixOptions, got, want *Map) {
	t.Helper()
	if !slices.Equal(got.States, want.States) || !slices.Equal(got.Columns, want.Columns) {
		t.Errorf("%s: filter %+v, %+v: memory %v × %v, store %v × %v", when, f, opt, got.States, got.Columns, want.States, want.Columns)
		return
	}
	for _, st := range want.States {
		for _, col := range want.Columns {
			if got.Text(st, col) != want.Text(st, col) {
				t.Errorf("%s: filter %+v, %+v: %s × %s: memory %q, store %q", when, f, opt, st, col, got.Text(st, col), want.Text(st, col))
			}
			var g, w []string
			if c := got.Cell(st, col); c != nil {
				g = c.Passages
			}
			if c := want.Cell(st, col); c != nil {
				w = c.Passages
			}
			if !slices.Equal(g, w) {
				t.Errorf("%s: filter %+v, %+v: %s × %s: memory passages %v, store %v", when, f, opt, st, col, g, w)
			}
		}
	}
}

// storeProgress is the review queue's progress counted from the store's
// excerpts (see Memory.Progress).
func storeProgress(t *testing.T, w *Workspace, f corpus.Filter) (total, reviewed int) {
	g := f
	g.Elements, g.Polarity = nil, ""
	for x, err := range w.Excerpts(context.Background(), g, ExcerptOptions{}) {
		if err != nil {
			t.Fatal(err)
		}
		tagged := len(f.Elements) == 0
		for _, el := range x.Elements {
			tagged = tagged || Selected(f.Elements, el)
		}
		for _, a := range x.Rejected {
			tagged = tagged || Selected(f.Elements, a.Element)
		}
		if tagged {
			total++
			if x.Reviewed {
				reviewed++
			}
		}
	}
	return total, reviewed
}

// sampleFilters are filters of every kind over the test workspace, whose
// passages are all; the document filter names the first one's document by
// an ID prefix.
func sampleFilters(all []Excerpt) []corpus.Filter {
	return []corpus.Filter{
		{},
		{Elements: []string{"knowledge"}},
		{Elements: []string{"knowledge"}, Polarity: corpus.Rejected},
		{Polarity: corpus.Affirmed},
		{States: []string{"New Zealand", "Japan"}},
		{States: []string{"France"}},
		{YearFrom: 2020},
		{DocID: all[0].DocID[:6]},
		{Query: "due diligence"},
		{ReviewedOnly: true},
	}
}

// A document without passages is listed as Workspace.Docs lists it: under
// a filter of nothing.
func TestMemoryDocsWithoutPassages(t *testing.T) {
	w := testWorkspace(t)
	ctx := context.Background()
	d := corpus.Document{ID: "ffffffffffffffff", Source: "scan.pdf", Title: "A scan", Format: "pdf"}
	if _, err := w.store.Put(ctx, d, nil, nil); err != nil {
		t.Fatal(err)
	}
	for _, f := range []corpus.Filter{{}, {Query: "knowledge"}, {States: []string{"Finland"}}} {
		sd, err := w.Docs(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		md, err := NewMemory(w).Docs(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(md, sd) {
			t.Errorf("documents, filter %+v: memory %d, store %d", f, len(md), len(sd))
		}
	}
}
