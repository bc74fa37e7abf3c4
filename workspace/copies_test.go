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

// TestIngestCopiesInInputOrder: of two near-duplicates ingested in one
// run, the one the input names first stands, whichever is stored first;
// store, index and report agree on it.
func TestIngestCopiesInInputOrder(t *testing.T) {
	// Long enough for a signature.
	var b strings.Builder
	for i := range 8 {
		fmt.Fprintf(&b, "%d. Finland considers that due diligence binds every State in cyberspace, as paragraph %d recalls: "+
			"a State that knew or should have known of a cyber operation from its territory must take reasonable steps to end it.\n\n", i+1, i+1)
	}
	text := b.String()
	for _, tc := range []struct {
		name       string
		input      []string
		first, dup string // the file that stands, the one that duplicates it
	}{
		{"named first, stored second", []string{"a.txt", "b.txt"}, "a.txt", "b.txt"},
		{"named second, stored second", []string{"b.txt", "a.txt"}, "b.txt", "a.txt"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := t.TempDir()
			for name, s := range map[string]string{"a.txt": text, "b.txt": strings.ReplaceAll(text, "\n\n", "\n \n")} {
				if err := os.WriteFile(filepath.Join(src, name), []byte(s), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var paths []string
			for _, f := range tc.input {
				paths = append(paths, filepath.Join(src, f))
			}
			// a.txt waits to be tagged until b.txt is stored.
			a := filepath.Join(src, "a.txt")
			bStored := make(chan struct{})
			var once sync.Once
			stageHook = func(stage, path string, from int) {
				if stage == "tag" && path == a {
					<-bStored
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
				if filepath.Base(p.File.Path) == "b.txt" {
					once.Do(func() { close(bStored) })
				}
				if p.File.Duplicate != "" {
					t.Errorf("%s reported a duplicate as it was stored: %s", p.File.Path, p.File.Duplicate)
				}
			}})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(order, " ") != "b.txt a.txt" {
				t.Fatalf("stored in the order %v, want b.txt first", order)
			}
			if len(rep.Copies) != 1 || filepath.Base(rep.Copies[0].Path) != tc.dup || !strings.Contains(rep.Copies[0].Note, "("+filepath.Join(src, tc.first)+", ") {
				t.Errorf("copies reported: %+v, want %s a duplicate of %s", rep.Copies, tc.dup, tc.first)
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
				if filepath.Base(d.Source) == tc.dup {
					want = ids[tc.first]
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
				if (filepath.Base(x.Doc.Source) == tc.dup) != (x.DuplicateOf != "") {
					t.Errorf("hit %s of %s: duplicate of %q", x.ID, x.Doc.Source, x.DuplicateOf)
				}
			}
			h, err := w.Check(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if p := h.Problem(); p != "" {
				t.Errorf("check: %s", p)
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
