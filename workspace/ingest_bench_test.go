package workspace

import (
	"context"
	"path/filepath"
	"testing"
)

// BenchmarkIngestPDF ingests the six sample PDFs of ../shared/pdfs into a
// fresh workspace, as scripts/bench's PDF ratio does, with two workers.
// The embedded codebook compiles once per process, so its cost is left out
// (BenchmarkCompileDefault in annotate measures it).
func BenchmarkIngestPDF(b *testing.B) {
	files, _ := filepath.Glob("../../shared/pdfs/*.pdf")
	if len(files) == 0 {
		b.Skip("../shared/pdfs not present")
	}
	if _, err := defaultCodebook(); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		w, err := Open(filepath.Join(b.TempDir(), "ws"), Options{Create: true, Write: true})
		if err != nil {
			b.Fatal(err)
		}
		rep, err := w.Ingest(context.Background(), files, IngestOptions{Workers: 2})
		if err != nil {
			b.Fatal(err)
		}
		if rep.Run.Ingested != len(files) {
			b.Fatalf("%d of %d files ingested: %+v", rep.Run.Ingested, len(files), rep.Run.Failures)
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
	}
}
