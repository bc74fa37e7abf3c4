package workspace

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/ingest"
)

// TestIngestCopiesInHandOutOrder: of two near-duplicates ingested in one
// run, the larger file stands, of two of a size the one named first,
// whichever is stored first; store, index and report agree on it.
func TestIngestCopiesInHandOutOrder(t *testing.T) {
	text := statement(8)
	files := map[string]string{
		"a.txt":   text,
		"b.txt":   strings.Replace(text, "Finland considers", "Finland maintains", 1), // the same size
		"big.txt": strings.ReplaceAll(text, "\n\n", "\n \n"),
	}
	for _, tc := range []struct {
		name            string
		input           []string
		late            string // stored only once the other is
		stands, copying string
	}{
		{"named first, stored second", []string{"a.txt", "b.txt"}, "a.txt", "a.txt", "b.txt"},
		{"named first, stored first", []string{"b.txt", "a.txt"}, "a.txt", "b.txt", "a.txt"},
		{"larger, named second, stored second", []string{"a.txt", "big.txt"}, "big.txt", "big.txt", "a.txt"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := t.TempDir()
			var paths []string
			for _, name := range tc.input {
				path := filepath.Join(src, name)
				if err := os.WriteFile(path, []byte(files[name]), 0o644); err != nil {
					t.Fatal(err)
				}
				paths = append(paths, path)
			}
			late := filepath.Join(src, tc.late)
			stored := holdBack(t, late)
			ctx := context.Background()
			w := newWorkspace(t)
			var order []string
			rep, err := w.Ingest(ctx, paths, IngestOptions{Workers: 2, Meta: finland, Progress: func(p Progress) {
				if p.File.Err != nil {
					t.Errorf("%s: %v", p.File.Path, p.File.Err)
				}
				order = append(order, filepath.Base(p.File.Path))
				stored(p.File.Path)
				if p.File.Duplicate != "" {
					t.Errorf("%s reported a duplicate as it was stored: %s", p.File.Path, p.File.Duplicate)
				}
			}})
			if err != nil {
				t.Fatal(err)
			}
			if len(order) != 2 || order[1] != tc.late {
				t.Fatalf("stored in the order %v, want %s last", order, tc.late)
			}
			if len(rep.Copies) != 1 || filepath.Base(rep.Copies[0].Path) != tc.copying || !strings.Contains(rep.Copies[0].Note, "("+filepath.Join(src, tc.stands)+", ") {
				t.Errorf("copies reported: %+v, want %s a duplicate of %s", rep.Copies, tc.copying, tc.stands)
			}
			checkOriginals(t, w, map[string]string{tc.stands: "", tc.copying: tc.stands})
			res, err := w.Search(ctx, Query{Filter: corpus.Filter{States: []string{"Finland"}}, Facets: true, Size: 20})
			if err != nil {
				t.Fatal(err)
			}
			if res.Total != 16 || len(res.States) != 1 || res.States[0].Count != 8 {
				t.Errorf("search: %d hits, States %+v, want 16 hits counted 8 for Finland", res.Total, res.States)
			}
			for _, x := range res.Hits {
				if (filepath.Base(x.Doc.Source) == tc.copying) != (x.DuplicateOf != "") {
					t.Errorf("hit %s of %s: duplicate of %q", x.ID, x.Doc.Source, x.DuplicateOf)
				}
			}
			checkAgree(t, w)
		})
	}
}

// statement is a statement of Finland in n numbered paragraphs, long
// enough for a signature.
func statement(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%d. Finland considers that due diligence binds every State in cyberspace, as paragraph %d recalls: "+
			"a State that knew or should have known of a cyber operation from its territory must take reasonable steps to end it.\n\n", i+1, i+1)
	}
	return b.String()
}

// finland is the metadata the copies tests give their files.
var finland = ingest.Meta{State: "Finland", Date: "2021"}

// holdBack keeps the file late from being tagged until another file is
// stored, which the function it returns, called with each file stored,
// learns of.
func holdBack(t *testing.T, late string) (stored func(path string)) {
	other := make(chan struct{})
	var once sync.Once
	stageHook = func(stage, path string, from int) {
		if stage == "tag" && path == late {
			<-other
		}
	}
	t.Cleanup(func() { stageHook = func(string, string, int) {} })
	return func(path string) {
		if path != late {
			once.Do(func() { close(other) })
		}
	}
}

// checkOriginals fails the test unless each stored document is stored as
// a near-duplicate of the document of the file want gives for its file
// ("" or none: one that stands).
func checkOriginals(t *testing.T, w *Workspace, want map[string]string) {
	t.Helper()
	docs, err := w.store.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]string{"": ""}
	for _, d := range docs {
		ids[filepath.Base(d.Source)] = d.ID
	}
	for _, d := range docs {
		name := filepath.Base(d.Source)
		if o := want[name]; d.DuplicateOf != ids[o] {
			t.Errorf("%s stored as a duplicate of %q, want %q (%s)", name, d.DuplicateOf, ids[o], o)
		}
	}
}

// checkAgree fails the test unless store and index agree and no document
// waits for the index.
func checkAgree(t *testing.T, w *Workspace) {
	t.Helper()
	h, err := w.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if p := h.Problem(); p != "" || h.Pending != 0 {
		t.Errorf("check: %+v: %s", h, p)
	}
}

// TestSettleCopies: copies settled in hand-out order, whatever order they
// were stored in: the first stands, the others duplicate it; one that
// duplicates a document stored before the run keeps it, and is the first
// of the run for those after it.
func TestSettleCopies(t *testing.T) {
	var b strings.Builder
	for i := range 12 {
		fmt.Fprintf(&b, "Paragraph %d: a State must not knowingly allow its territory to be used for wrongful acts using ICTs. ", i)
	}
	sig := func(extra string) corpus.Signature {
		s, ok := corpus.NewSignature(b.String() + extra)
		if !ok {
			t.Fatal("text too short for a signature")
		}
		return s
	}
	for _, tc := range []struct {
		name   string
		stored []runCopy // in the order they finished
		want   string
	}{
		{"in the run", []runCopy{
			{id: "c", path: "c.txt", order: 2, sig: sig("Third.")},
			{id: "b", path: "b.txt", order: 1, sig: sig("Second."), dupOf: "c"},
			{id: "a", path: "a.txt", order: 0, sig: sig("First."), dupOf: "c"},
		}, "a→ b→a c→a"},
		{"of one stored before", []runCopy{
			{id: "c", path: "c.txt", order: 2, sig: sig("Third.")},
			{id: "b", path: "b.txt", order: 1, sig: sig("Second."), dupOf: "c"},
			{id: "a", path: "a.txt", order: 0, sig: sig("First."), dupOf: "p", before: true},
		}, "b→a c→a"},
	} {
		var got []string
		for _, c := range settle(tc.stored) {
			got = append(got, c.id+"→"+c.original.ID)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%s: settled %q, want %q", tc.name, strings.Join(got, " "), tc.want)
		}
	}
}

// TestIngestSameBytesTwice: two names of the same bytes, prepared before
// either is stored, the one handed out second stored first: the other is
// unchanged, and the document is no duplicate, least of all of itself.
func TestIngestSameBytesTwice(t *testing.T) {
	text := statement(8)
	src := t.TempDir()
	first, second := filepath.Join(src, "a.txt"), filepath.Join(src, "b.txt")
	for _, path := range []string{first, second} {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	firstRead, secondStored := make(chan struct{}), make(chan struct{})
	var readOnce, storedOnce sync.Once
	stageHook = func(stage, path string, from int) {
		switch {
		case stage != "tag":
		case path == first:
			readOnce.Do(func() { close(firstRead) })
			<-secondStored
		case path == second:
			<-firstRead
		}
	}
	t.Cleanup(func() { stageHook = func(string, string, int) {} })

	ctx := context.Background()
	w := newWorkspace(t)
	rep, err := w.Ingest(ctx, []string{first, second}, IngestOptions{Workers: 2, Meta: finland, Progress: func(p Progress) {
		if p.File.Path == second {
			storedOnce.Do(func() { close(secondStored) })
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Run.Ingested != 1 || rep.Run.Unchanged != 1 {
		t.Fatalf("run %+v, want one ingested and one unchanged", rep.Run)
	}
	docs, err := w.store.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].DuplicateOf != "" {
		t.Errorf("stored %+v, want one document that stands", docs)
	}
}

// TestIngestCopyOfAnEarlierCopy: of two near-duplicates of a run, the one
// handed out first itself a near-duplicate of a document stored before,
// the other duplicates it (as stored in hand-out order), in whichever
// order they are stored, though it is too far from the earlier document
// to duplicate that.
func TestIngestCopyOfAnEarlierCopy(t *testing.T) {
	text := func(from int) string {
		var b strings.Builder
		for i := from; i < from+40; i++ {
			fmt.Fprintf(&b, "Sentence %d says that zeta%d alpha%d beta%d gamma%d delta%d epsilon%d follow. ", i, i, i, i, i, i, i)
		}
		return b.String()
	}
	sig := func(text string) corpus.Signature {
		s, ok := corpus.NewSignature(text)
		if !ok {
			t.Fatal("text too short for a signature")
		}
		return s
	}
	// Each shifted by four sentences from the one before.
	earlier, first, second := text(0), text(4), text(8)
	if a, b, c := sig(earlier), sig(first), sig(second); b.Similarity(a) < corpus.Resemblance || c.Similarity(b) < corpus.Resemblance || c.Similarity(a) >= corpus.Resemblance {
		t.Fatalf("resemblances %.2f, %.2f and %.2f: the texts make no chain", b.Similarity(a), c.Similarity(b), c.Similarity(a))
	}
	first += strings.Repeat(" ", max(0, len(second)-len(first))) // handed out first
	src := t.TempDir()
	paths := map[string]string{}
	for name, text := range map[string]string{"earlier.txt": earlier, "first.txt": first, "second.txt": second} {
		paths[name] = filepath.Join(src, name)
		if err := os.WriteFile(paths[name], []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, late := range []string{"second.txt", "first.txt"} {
		t.Run(late+" stored last", func(t *testing.T) {
			ctx := context.Background()
			w := newWorkspace(t)
			if _, err := w.Ingest(ctx, []string{paths["earlier.txt"]}, IngestOptions{Workers: 1, Meta: finland}); err != nil {
				t.Fatal(err)
			}
			stored := holdBack(t, paths[late])
			rep, err := w.Ingest(ctx, []string{paths["first.txt"], paths["second.txt"]}, IngestOptions{Workers: 2, Meta: finland, Progress: func(p Progress) {
				stored(p.File.Path)
			}})
			if err != nil {
				t.Fatal(err)
			}
			checkOriginals(t, w, map[string]string{"earlier.txt": "", "first.txt": "earlier.txt", "second.txt": "first.txt"})
			if len(rep.Copies) != 1 || rep.Copies[0].Path != paths["second.txt"] {
				t.Errorf("copies reported: %+v, want second.txt", rep.Copies)
			}
		})
	}
}

// TestIngestCopiesAlreadyIndexed: a copy that the indexer had already
// written to the index when the run settled (a document of more passages
// than a batch is indexed at once) is indexed again as the duplicate it
// became, and nothing is left waiting.
func TestIngestCopiesAlreadyIndexed(t *testing.T) {
	text := statement(indexBatch + 20)
	src := t.TempDir()
	first, second := filepath.Join(src, "a.txt"), filepath.Join(src, "b.txt")
	for path, text := range map[string]string{first: text, second: strings.Replace(text, "Finland considers", "Finland maintains", 1)} {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	stored := holdBack(t, first)
	ctx := context.Background()
	w := newWorkspace(t)
	rep, err := w.Ingest(ctx, []string{first, second}, IngestOptions{Workers: 2, Meta: finland, Progress: func(p Progress) {
		if p.File.Err != nil {
			t.Errorf("%s: %v", p.File.Path, p.File.Err)
		}
		stored(p.File.Path)
	}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Copies) != 1 || rep.Copies[0].Path != second {
		t.Fatalf("copies reported: %+v, want %s", rep.Copies, second)
	}
	n := indexBatch + 20
	res, err := w.Search(ctx, Query{Filter: corpus.Filter{States: []string{"Finland"}}, Facets: true, Size: 1})
	if err != nil {
		t.Fatal(err)
	}
	if int(res.Total) != 2*n || len(res.States) != 1 || res.States[0].Count != n {
		t.Errorf("search: %d hits, States %+v, want %d hits counted %d", res.Total, res.States, 2*n, n)
	}
	checkAgree(t, w)
}

// TestIngestCopyOfAReplacedOriginal: a run that gives a stored file new
// bytes and stores a copy of its old version settles the two by hand-out
// order, whichever is stored first. The copy stored first used to keep
// the old version as its original, one stored before the run, and stand
// once the new version replaced it; stored second, it found the new one.
func TestIngestCopyOfAReplacedOriginal(t *testing.T) {
	var b strings.Builder
	for i := range 40 {
		fmt.Fprintf(&b, "Sentence %d says that zeta%d alpha%d beta%d gamma%d delta%d epsilon%d follow. ", i, i, i, i, i, i, i)
	}
	old := b.String()
	// The new version is the larger file: it is handed out first.
	files := map[string]string{"x.txt": old + "A sentence added to the new version of the file.", "c.txt": old + "Copied."}
	src := t.TempDir()
	path := func(name string) string { return filepath.Join(src, name) }
	for _, late := range []string{"x.txt", "c.txt"} {
		t.Run(late+" stored last", func(t *testing.T) {
			ctx := context.Background()
			w := newWorkspace(t)
			if err := os.WriteFile(path("x.txt"), []byte(old), 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := w.Ingest(ctx, []string{path("x.txt")}, IngestOptions{Workers: 1, Meta: finland}); err != nil {
				t.Fatal(err)
			}
			for name, text := range files {
				if err := os.WriteFile(path(name), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			stored := holdBack(t, path(late))
			rep, err := w.Ingest(ctx, []string{path("x.txt"), path("c.txt")}, IngestOptions{Workers: 2, Meta: finland, Progress: func(p Progress) {
				stored(p.File.Path)
			}})
			if err != nil {
				t.Fatal(err)
			}
			checkOriginals(t, w, map[string]string{"x.txt": "", "c.txt": "x.txt"})
			if len(rep.Copies) != 1 || rep.Copies[0].Path != path("c.txt") {
				t.Errorf("copies reported: %+v, want c.txt", rep.Copies)
			}
			checkAgree(t, w)
		})
	}
}
