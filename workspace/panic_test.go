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

// TestIngestPanicFailsOneFile: a panic while one file is tagged or
// analysed for the index, on the goroutine that handles the file or on the
// helper goroutine that takes the second half of its passages, fails that
// file alone: the batch finishes, the other files are stored and indexed,
// nothing of the failed one is stored, and store and index agree.
func TestIngestPanicFailsOneFile(t *testing.T) {
	for _, tc := range []struct {
		name, stage string
		second      bool // the second half of the passages panics
	}{
		{"tag first half", "tag", false},
		{"tag second half", "tag", true},
		{"analyze first half", "analyze", false},
		{"analyze second half", "analyze", true},
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
			stageHook = func(stage, path string, from int) {
				if stage == tc.stage && path == bad && (from > 0) == tc.second {
					panic("a bug")
				}
			}
			t.Cleanup(func() { stageHook = func(string, string, int) {} })

			ctx := context.Background()
			w := newWorkspace(t)
			var mu sync.Mutex
			failed := map[string]error{}
			var warnings []string
			rep, err := w.Ingest(ctx, []string{src}, IngestOptions{Workers: 2, Progress: func(p Progress) {
				mu.Lock()
				defer mu.Unlock()
				if p.File.Err != nil {
					failed[p.File.Path] = p.File.Err
				}
			}, Warn: func(s string) { warnings = append(warnings, s) }})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Run.Ingested != 2 || rep.Run.Failed != 1 || len(rep.Run.Failures) != 1 {
				t.Fatalf("run: %+v", rep.Run)
			}
			if f := rep.Run.Failures[0]; f.Path != bad || f.Reason != "internal error: a bug" {
				t.Errorf("failure: %+v", f)
			}
			if tc.stage == "tag" {
				var pe *PanicError
				if !errors.As(failed[bad], &pe) || !strings.Contains(string(pe.Stack), "panic_test.go") {
					t.Errorf("error of %s: %v, want a *PanicError with its stack", bad, failed[bad])
				}
			} else if len(warnings) != 1 || warnings[0] != "failed "+bad+": internal error: a bug (taken out of the store again)" {
				t.Errorf("warnings: %q", warnings)
			}
			last, _, err := w.store.LastRun(ctx)
			if err != nil || last.Ingested != 2 || last.Failed != 1 || len(last.Failures) != 1 || last.Failures[0].Path != bad {
				t.Errorf("recorded run: %+v, %v", last, err)
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
