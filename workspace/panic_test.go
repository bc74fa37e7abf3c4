package workspace

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// TestIngestPanicFailsOneFile: a panic while one file is tagged, on the
// worker's goroutine or on the helper goroutine that tags the second half
// of its passages, fails that file alone: the batch finishes, the other
// files are stored and indexed, nothing of the failed one is stored, and
// store and index agree.
func TestIngestPanicFailsOneFile(t *testing.T) {
	for _, tc := range []struct {
		name string
		from func(n int) bool // which share of the passages panics
	}{
		{"first half", func(from int) bool { return from == 0 }},
		{"second half", func(from int) bool { return from > 0 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := t.TempDir()
			var long strings.Builder
			for i := range 4 * analyzeShare {
				fmt.Fprintf(&long, "Examplia considers in paragraph %d that due diligence binds every State.\n\n", i)
			}
			files := map[string]string{
				"a.txt":   "Examplia considers that a State must take reasonable steps against a cyber operation.\n",
				"bad.txt": long.String(),
				"c.txt":   "Otheria considers that due diligence applies where a State knew of the operation.\n",
			}
			for name, text := range files {
				if err := os.WriteFile(filepath.Join(src, name), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			bad := filepath.Join(src, "bad.txt")
			tagHook = func(path string, from int) {
				if path == bad && tc.from(from) {
					panic("tagger bug")
				}
			}
			t.Cleanup(func() { tagHook = func(string, int) {} })

			ctx := context.Background()
			w, err := Open(filepath.Join(t.TempDir(), "ws"), Options{Create: true, Write: true})
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			var mu sync.Mutex
			failed := map[string]error{}
			rep, err := w.Ingest(ctx, []string{src}, IngestOptions{Workers: 2, Progress: func(p Progress) {
				mu.Lock()
				defer mu.Unlock()
				if p.File.Err != nil {
					failed[p.File.Path] = p.File.Err
				}
			}})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Run.Ingested != 2 || rep.Run.Failed != 1 || len(rep.Run.Failures) != 1 {
				t.Fatalf("run: %+v", rep.Run)
			}
			if f := rep.Run.Failures[0]; f.Path != bad || f.Reason != "internal error: tagger bug" {
				t.Errorf("failure: %+v", f)
			}
			var pe *PanicError
			if !errors.As(failed[bad], &pe) || !strings.Contains(string(pe.Stack), "tagHook") && !strings.Contains(string(pe.Stack), "panic_test") {
				t.Errorf("error of %s: %v, want a *PanicError with its stack", bad, failed[bad])
			}
			docs, err := w.store.Documents(ctx)
			if err != nil {
				t.Fatal(err)
			}
			var stored []string
			for _, d := range docs {
				stored = append(stored, filepath.Base(d.Source))
			}
			if strings.Join(stored, " ") != "a.txt c.txt" && strings.Join(stored, " ") != "c.txt a.txt" {
				t.Errorf("stored: %v, want a.txt and c.txt", stored)
			}
			h, err := w.Check(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if p := h.Problem(); p != "" || h.Documents != 2 || h.Indexed == 0 {
				t.Errorf("check: %+v: %s", h, p)
			}
		})
	}
}

// TestRecovered: a panic becomes the error, with the panic's value in its
// one line and the stack kept apart.
func TestRecovered(t *testing.T) {
	want := errors.New("plain")
	if err := recovered(func() error { return want }); err != want {
		t.Errorf("recovered(error) = %v", err)
	}
	err := recovered(func() error { panic(fmt.Sprintf("index out of range [%d]", 3)) })
	var pe *PanicError
	if !errors.As(err, &pe) || err.Error() != "internal error: index out of range [3]" || len(pe.Stack) == 0 || strings.Contains(err.Error(), "\n") {
		t.Errorf("recovered(panic) = %q", err)
	}
}
