package workspace

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"sync"
	"testing"

	"github.com/normdex/normdex/corpus"
)

// newWorkspace opens a new workspace to write to, closed when the test
// ends.
func newWorkspace(t *testing.T) *Workspace {
	t.Helper()
	w, err := Open(filepath.Join(t.TempDir(), "ws"), Options{Create: true, Write: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	return w
}

// testWorkspace ingests a few statements written for the test.
func testWorkspace(t *testing.T) *Workspace {
	t.Helper()
	src := t.TempDir()
	files := map[string]string{
		"nz.txt": "New Zealand considers that a State must take reasonable steps when it has actual knowledge of a cyber operation.\n\n" +
			"New Zealand does not consider that constructive knowledge is sufficient.\n",
		"fi.txt": "Finland considers that due diligence applies where a State knew or should have known of the operation.\n\n" +
			"States should cooperate and offer assistance to the victim State.\n",
		"jp.txt":   "Japan considers that the obligation of due diligence is binding under international law.\n",
		"notes.md": "# Notes\n\nNothing here is tagged.\n",
	}
	meta := map[string]string{"nz.txt": `{"state":"New Zealand","date":"2020-12-01"}`, "fi.txt": `{"state":"Finland","date":"2021"}`,
		"jp.txt": `{"state":"Japan","date":"2019"}`}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(src, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if m, ok := meta[name]; ok {
			if err := os.WriteFile(filepath.Join(src, name+".meta.json"), []byte(m), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	w, err := Open(filepath.Join(t.TempDir(), "ws"), Options{Create: true, Write: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	var events []Progress
	rep, err := w.Ingest(context.Background(), []string{src, filepath.Join(src, "missing.txt")},
		IngestOptions{Progress: func(p Progress) { events = append(events, p) }})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Run.Ingested != 4 || rep.Run.Failed != 1 || len(events) != 5 || events[0].File.Err == nil || events[4].Done != 4 || events[4].Total != 4 {
		t.Fatalf("report %+v, events %+v", rep, events)
	}
	return w
}

func ids(t *testing.T, seq func(yield func(Excerpt, error) bool)) []string {
	var out []string
	for x, err := range seq {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, x.ID)
	}
	sort.Strings(out)
	return out
}

// TestFilterOneSemantics checks that a search (the index's query) and the
// excerpts (corpus.Filter.Match on the store) select the same passages:
// the filters have one meaning wherever they are applied.
func TestFilterOneSemantics(t *testing.T) {
	w := testWorkspace(t)
	ctx := context.Background()
	all, err := Collect(w.Excerpts(ctx, corpus.Filter{}, ExcerptOptions{}))
	if err != nil {
		t.Fatal(err)
	}
	some := all[0].DocID[:6]
	for _, f := range []corpus.Filter{
		{},
		{Elements: []string{"knowledge"}},
		{Elements: []string{"knowledge.constructive"}},
		{Polarity: corpus.Rejected},
		{Polarity: corpus.Affirmed},
		{Elements: []string{"knowledge"}, Polarity: corpus.Rejected},
		{Elements: []string{"knowledge"}, Polarity: corpus.Affirmed},
		{States: []string{"New Zealand", "Japan"}},
		{YearFrom: 2020},
		{YearFrom: 2019, YearTo: 2020},
		{DocID: some},
		{Query: "due diligence", States: []string{"Finland"}},
		{Lang: corpus.English},
		{Lang: corpus.French, Query: "due diligence"},
	} {
		res, err := w.Search(ctx, Query{Filter: f, Size: 1000})
		if err != nil {
			t.Fatal(err)
		}
		var searched []string
		for _, h := range res.Hits {
			searched = append(searched, h.ID)
		}
		sort.Strings(searched)
		listed := ids(t, w.Excerpts(ctx, f, ExcerptOptions{}))
		if !slices.Equal(searched, listed) || int(res.Total) != len(listed) {
			t.Errorf("filter %+v: search %v (total %d), excerpts %v", f, searched, res.Total, listed)
		}
	}
}

func TestDocsMatrixAndMeta(t *testing.T) {
	w := testWorkspace(t)
	ctx := context.Background()
	docs, err := w.Docs(ctx, corpus.Filter{Polarity: corpus.Rejected})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].State != "New Zealand" {
		t.Errorf("documents with a rejection: %+v", docs)
	}
	cb, err := w.Codebook(ctx, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	m, err := w.Matrix(ctx, corpus.Filter{}, MatrixOptions{Codebook: cb})
	if err != nil {
		t.Fatal(err)
	}
	c := m.Cell("New Zealand", "knowledge")
	if c == nil || c.Rejected == 0 || len(c.Passages) != len(c.Citations) {
		t.Fatalf("New Zealand × knowledge = %+v", c)
	}
	x, err := w.Passage(ctx, c.Passages[0])
	if err != nil || x.State != "New Zealand" {
		t.Errorf("passage %s: %+v, %v", c.Passages[0], x, err)
	}
	title := "Position paper"
	d, changes, err := w.SetMeta(ctx, docs[0].ID, MetaUpdate{Title: &title})
	if err != nil || len(changes) != 1 || d.Title != title {
		t.Errorf("SetMeta: %+v %v %v", d, changes, err)
	}
	res, err := w.Search(ctx, Query{Filter: corpus.Filter{Query: "constructive"}, Size: 10})
	if err != nil || len(res.Hits) != 1 || res.Hits[0].DocTitle != title {
		t.Errorf("search after SetMeta: %+v, %v", res, err)
	}
	if h, err := w.Check(ctx); err != nil || h.Problem() != "" {
		t.Errorf("check: %+v, %v", h, err)
	}
	if path, err := w.SourceFile(ctx, docs[0].ID); err != nil || filepath.Base(path) != "nz.txt" {
		t.Errorf("source file: %q, %v", path, err)
	}
	if _, err := w.SourceFile(ctx, "../../etc/passwd"); err == nil {
		t.Error("source file of no document: no error")
	}
	if _, err := w.Remove(ctx, []string{docs[0].ID}); err != nil {
		t.Fatal(err)
	}
	if h, err := w.Check(ctx); err != nil || h.Problem() != "" {
		t.Errorf("check after remove: %+v, %v", h, err)
	}
}

// TestConcurrentReaders searches from several goroutines at once, as a web
// server's handlers do, on a workspace opened read-only.
func TestConcurrentReaders(t *testing.T) {
	w := testWorkspace(t)
	dir := w.Dir()
	w.Close()
	r, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Go(func() {
			_, errs[i] = r.Search(context.Background(), Query{Filter: corpus.Filter{Query: "knowledge"}, Size: 5, Facets: true})
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
}
