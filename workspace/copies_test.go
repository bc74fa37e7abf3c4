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
	// Long enough for a signature.
	var b strings.Builder
	for i := range 8 {
		fmt.Fprintf(&b, "%d. Finland considers that due diligence binds every State in cyberspace, as paragraph %d recalls: "+
			"a State that knew or should have known of a cyber operation from its territory must take reasonable steps to end it.\n\n", i+1, i+1)
	}
	text := b.String()
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
			otherStored := make(chan struct{})
			var once sync.Once
			stageHook = func(stage, path string, from int) {
				if stage == "tag" && path == late {
					<-otherStored
				}
			}
			t.Cleanup(func() { stageHook = func(string, string, int) {} })

			ctx := context.Background()
			w, err := Open(filepath.Join(t.TempDir(), "ws"), Options{Create: true, Write: true})
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			var order []string
			rep, err := w.Ingest(ctx, paths, IngestOptions{Workers: 2, Meta: ingest.Meta{State: "Finland", Date: "2021"}, Progress: func(p Progress) {
				if p.File.Err != nil {
					t.Errorf("%s: %v", p.File.Path, p.File.Err)
				}
				order = append(order, filepath.Base(p.File.Path))
				if p.File.Path != late {
					once.Do(func() { close(otherStored) })
				}
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
			docs, err := w.store.Documents(ctx)
			if err != nil {
				t.Fatal(err)
			}
			ids := map[string]string{}
			for _, d := range docs {
				ids[filepath.Base(d.Source)] = d.ID
			}
			for _, d := range docs {
				want := ""
				if filepath.Base(d.Source) == tc.copying {
					want = ids[tc.stands]
				}
				if d.DuplicateOf != want {
					t.Errorf("%s stored as a duplicate of %q, want %q", d.Source, d.DuplicateOf, want)
				}
			}
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
			h, err := w.Check(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if p := h.Problem(); p != "" || h.Pending != 0 {
				t.Errorf("check: %+v: %s", h, p)
			}
		})
	}
}

// TestSettleCopies: copies settled in input order, whatever order they
// were stored in: the first stands, the others duplicate it.
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
	stored := []runCopy{ // in the order they finished
		{id: "c", path: "c.txt", order: 2, sig: sig("Third.")},
		{id: "b", path: "b.txt", order: 1, sig: sig("Second."), dupOf: "c"},
		{id: "a", path: "a.txt", order: 0, sig: sig("First."), dupOf: "c"},
	}
	var got []string
	for _, c := range settleCopies(stored) {
		got = append(got, c.id+"→"+c.original.ID)
	}
	if want := "a→ b→a c→a"; strings.Join(got, " ") != want {
		t.Errorf("settled %q, want %q", strings.Join(got, " "), want)
	}
}
