package workspace

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"github.com/normdex/normdex/ingest"
	"github.com/normdex/normdex/internal/pdftest"
)

// TestIngestOCRProgress: the pages OCR reads during an ingest are reported
// with the file they belong to, every page once, the last one as done.
func TestIngestOCRProgress(t *testing.T) {
	for _, tool := range []string{"tesseract", "pdftoppm", "img2pdf"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	dir := t.TempDir()
	scan, err := pdftest.Scan(dir, [][]string{
		{"Examplia considers that States must not knowingly allow their territory to be used against other States."},
		{"The obligation of due diligence is one of conduct."},
	})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "scan.pdf")
	if err := os.WriteFile(path, scan, 0o644); err != nil {
		t.Fatal(err)
	}
	w, err := Open(filepath.Join(t.TempDir(), "ws"), Options{Create: true, Write: true})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	var mu sync.Mutex
	var seen []int
	rep, err := w.Ingest(context.Background(), []string{path}, IngestOptions{
		OCR: ingest.OCRPDF{Workers: 2},
		OCRProgress: func(p string, done, total int) {
			mu.Lock()
			defer mu.Unlock()
			if p != path || total != 2 {
				t.Errorf("OCR progress for %s: %d of %d", p, done, total)
			}
			seen = append(seen, done)
		},
	})
	if err != nil || rep.Run.Ingested != 1 {
		t.Fatalf("ingest: %+v, %v", rep, err)
	}
	if len(seen) != 2 || seen[1] != 2 {
		t.Errorf("pages reported: %v", seen)
	}
}
