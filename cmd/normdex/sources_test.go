package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/normdex/normdex/internal/officetest"
	"github.com/normdex/normdex/internal/pdftest"
)

var testPaper = officetest.Doc{
	Title: "Examplia on due diligence", Date: "2021-06-01",
	Blocks: []officetest.Block{
		{Kind: "h", Text: "Due Diligence"},
		{Kind: "n", Text: "Examplia considers that States must not knowingly allow their territory to be used for acts contrary to the rights of other States.{fn:As the Court held in 1949.}"},
		{Kind: "n", Text: "The obligation is one of conduct and applies to operations with serious adverse consequences."},
	},
}

// TestIngestFormats ingests a folder of every kind normdex reads, beside a
// file of a kind it does not: each is ingested, the other is counted as
// skipped, and extract prints each.
func TestIngestFormats(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "in")
	os.MkdirAll(src, 0o755)
	files := map[string][]byte{
		"paper.docx": officetest.DOCX(testPaper),
		"paper.odt":  officetest.ODT(testPaper),
		"page.html":  []byte(`<html><head><title>Statement</title></head><body><nav><a href="/">Home</a></nav><main><h1>Statement by Examplia</h1><p>Examplia holds that sovereignty applies in cyberspace and that due diligence is an obligation of States.</p></main></body></html>`),
		"notes.md":   []byte("# Notes on Examplia\n\nExamplia **holds** that the obligation of due diligence applies to States.\n"),
		"image.png":  []byte("\x89PNG\r\n\x1a\n"),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(src, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ws := filepath.Join(dir, "ws")
	out, errOut, code := normdex(t, "--data", ws, "ingest", src)
	if code != 0 {
		t.Fatalf("exit %d: %s\n%s", code, out, errOut)
	}
	if !strings.Contains(out, "4 ingested, 0 unchanged, 0 failed, 1 skipped") {
		t.Errorf("summary:\n%s", out)
	}
	for _, name := range []string{"paper.docx", "paper.odt", "page.html", "notes.md"} {
		if !strings.Contains(out, "ingested "+filepath.Join(src, name)) {
			t.Errorf("%s not ingested:\n%s", name, out)
		}
		text, errOut, code := normdex(t, "extract", filepath.Join(src, name))
		if code != 0 || !strings.Contains(text, "Examplia") {
			t.Errorf("extract %s: exit %d, %s%s", name, code, text, errOut)
		}
	}
	text, _, _ := normdex(t, "extract", filepath.Join(src, "paper.docx"))
	if want := "Due Diligence\n\n1. Examplia considers"; !strings.HasPrefix(text, want) || !strings.HasSuffix(text, "\n\n1 As the Court held in 1949.\n") {
		t.Errorf("extract paper.docx:\n%s", text)
	}
	if _, errOut, code := normdex(t, "extract", filepath.Join(src, "image.png")); code == 0 || !strings.Contains(errOut, "not a kind of file normdex reads") {
		t.Errorf("extract image.png: exit %d, %s", code, errOut)
	}
	exp, _, _ := normdex(t, "--data", ws, "export", "--format", "jsonl")
	var cited bool
	for _, line := range strings.Split(strings.TrimSpace(exp), "\n") {
		var p struct {
			Source, DocTitle, Date, Paragraph string
		}
		json.Unmarshal([]byte(line), &p)
		if strings.HasSuffix(p.Source, "paper.docx") && p.Paragraph == "2" && p.Date == "2021-06-01" {
			cited = true
		}
	}
	if !cited {
		t.Errorf("no passage of paper.docx numbered 2 with the document's date:\n%s", exp)
	}
}

// TestIngestURL ingests a statement served by a web server: the URL is the
// document's source, its bytes are kept in the workspace, and the next
// ingest of the URL finds it unchanged, then replaced when the page changes.
// A URL that never answers, answers 404 or sends an error page fails with
// one line each, and the batch goes on.
func TestIngestURL(t *testing.T) {
	var version atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/statement", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		d := testPaper
		if version.Load() > 0 {
			d.Blocks = append(d.Blocks, officetest.Block{Kind: "n", Text: "A paragraph added later on capacity building."})
		}
		w.Write(officetest.DOCX(d))
	})
	mux.HandleFunc("/silent", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	mux.HandleFunc("/soft404", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("<html><head><title>404 - Page not found</title></head><body>Sorry</body></html>"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	ws := filepath.Join(t.TempDir(), "ws")
	url := srv.URL + "/statement"

	out, errOut, code := normdex(t, "--data", ws, "ingest", "--timeout", "2s", url, srv.URL+"/silent", srv.URL+"/missing", srv.URL+"/soft404")
	if code != 1 {
		t.Errorf("exit %d, want 1: %s", code, errOut)
	}
	for _, want := range []string{
		"ingested " + url + " (",
		"failed " + srv.URL + "/silent: no answer within 2s",
		"failed " + srv.URL + "/missing: the server answered 404 Not Found",
		"failed " + srv.URL + "/soft404: the server sent an error page",
		"1 ingested, 0 unchanged, 3 failed",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	kept, _ := filepath.Glob(filepath.Join(ws, "sources", "*.docx"))
	if len(kept) != 1 {
		t.Errorf("kept downloads: %q", kept)
	}
	exp, _, _ := normdex(t, "--data", ws, "export", "--format", "jsonl")
	var p struct{ Source, URL string }
	json.Unmarshal([]byte(strings.SplitN(exp, "\n", 2)[0]), &p)
	if p.Source != url {
		t.Errorf("source %q, want %q", p.Source, url)
	}

	out, _, _ = normdex(t, "--data", ws, "ingest", url)
	if !strings.Contains(out, "unchanged "+url) {
		t.Errorf("second ingest:\n%s", out)
	}
	version.Store(1)
	out, _, _ = normdex(t, "--data", ws, "ingest", url)
	if !strings.Contains(out, "replaced "+url) {
		t.Errorf("ingest of the changed page:\n%s", out)
	}
	text, _, code := normdex(t, "extract", url)
	if code != 0 || !strings.Contains(text, "capacity building") {
		t.Errorf("extract URL: exit %d\n%s", code, text)
	}
}

// TestBadOfficeAndWebFiles: a zip bomb, an entity bomb, a truncated Word
// file and a web page too large get one line each; the good file is kept.
func TestBadOfficeAndWebFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	good := officetest.DOCX(testPaper)
	write("good.docx", good)
	write("bomb.docx", officetest.Zip([2]string{"word/document.xml", "<w:document>" + strings.Repeat("<w:p/>", 12<<20) + "</w:document>"}))
	write("laughs.odt", officetest.Zip([2]string{"content.xml", `<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><office:document-content>&b;</office:document-content>`}))
	write("half.docx", good[:len(good)/2])
	write("huge.html", bytes.Repeat([]byte("<p>words and more words</p>\n"), 40<<20/28))
	out, _, code := normdex(t, "--data", filepath.Join(t.TempDir(), "ws"), "ingest", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{
		"ingested " + filepath.Join(dir, "good.docx"),
		"failed " + filepath.Join(dir, "bomb.docx") + ": DOCX part word/document.xml: unpacks to 72 MB, more than the limit of 64 MB (a zip bomb?)",
		"failed " + filepath.Join(dir, "laughs.odt") + ": ODT part content.xml: XML: DOCTYPE not allowed",
		"failed " + filepath.Join(dir, "half.docx") + ": not a valid DOCX file",
		"failed " + filepath.Join(dir, "huge.html") + ": HTML page of 39 MB is larger than the limit of 32 MB",
		"1 ingested, 0 unchanged, 4 failed\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestIngestScan ingests an image-only PDF: with Tesseract its passages are
// read and marked as OCR in the export; with --ocr never it fails with the
// old message.
func TestIngestScan(t *testing.T) {
	for _, tool := range []string{"tesseract", "pdftoppm", "img2pdf"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	dir := t.TempDir()
	scan, err := pdftest.Scan(dir, [][]string{{"1. Examplia considers that States must not knowingly allow their territory to be used for operations against other States."}})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "scan-of-paper.pdf")
	os.WriteFile(path, scan, 0o644)
	ws := filepath.Join(dir, "ws")
	if out, _, code := normdex(t, "--data", ws, "ingest", "--ocr", "never", path); code != 1 || !strings.Contains(out, "no text layer: scanned document, OCR needed") {
		t.Errorf("--ocr never: exit %d\n%s", code, out)
	}
	if _, errOut, code := normdex(t, "--data", ws, "ingest", "--ocr", "sometimes", path); code == 0 || !strings.Contains(errOut, `unknown --ocr mode "sometimes"`) {
		t.Errorf("--ocr sometimes: exit %d\n%s", code, errOut)
	}
	if out, errOut, code := normdex(t, "--data", ws, "ingest", path); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	exp, _, _ := normdex(t, "--data", ws, "export", "--format", "jsonl")
	var p struct {
		Paragraph     string
		OCR           bool
		OCRConfidence float64 `json:"ocr_confidence"`
	}
	json.Unmarshal([]byte(strings.SplitN(exp, "\n", 2)[0]), &p)
	if !p.OCR || p.OCRConfidence < 50 || p.Paragraph != "1" {
		t.Errorf("export: %+v\n%s", p, exp)
	}
	csv, _, _ := normdex(t, "--data", ws, "export", "--format", "csv")
	if !strings.Contains(strings.SplitN(csv, "\n", 2)[0], "ocr_confidence") {
		t.Errorf("csv header: %s", csv)
	}
}
