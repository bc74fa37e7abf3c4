package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"

	"github.com/normdex/normdex/internal/pdftest"
)

// normdex runs the command line in-process and returns its output and status.
func normdex(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(append([]string{"normdex"}, args...), strings.NewReader(""), &o, &e)
	return o.String(), e.String(), code
}

// TestBadInputBatch feeds ingest every kind of bad input at once: each gets
// one clear line naming the file and the reason, the good files are kept,
// the exit status says that some failed, and status lists the failures.
func TestBadInputBatch(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "in")
	os.MkdirAll(src, 0o755)
	write := func(name string, data []byte) string {
		p := filepath.Join(src, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := pdftest.Build([][]pdftest.Text{{{X: 72, Y: 700, Size: 11, S: "States should prevent operations from their territory."}}})
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte("Sovereignty applies in cyberspace."))
	write("good.txt", []byte("Due diligence is an obligation.\n"))
	write("good.pdf", good)
	write("zero.txt", nil)
	write("zero.pdf", nil)
	write("random.pdf", bytes.Repeat([]byte{0x13, 0x37, 0xff, 0x00, 0x42}, 200))
	write("half.pdf", good[:len(good)/2])
	// No table and no object headers left to rebuild one from.
	write("brokenxref.pdf", bytes.ReplaceAll(bytes.Replace(good, []byte("\nxref\n"), []byte("\nxxxx\n"), 1), []byte(" obj"), []byte(" job")))
	write("encrypted.pdf", pdftest.Encrypt(good))
	write("scanned.pdf", pdftest.Build([][]pdftest.Text{{{S: "q 100 0 0 100 72 600 cm Q"}}}))
	write("binary.txt", []byte("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"))
	write("latin1.txt", []byte("Position of T\xfcrkiye on non-intervention.\n"))
	write("utf16.txt", utf16)
	big := bytes.Repeat([]byte("word after word without an end "), 50<<20/31)
	write("big-one-line.txt", big)
	locked := filepath.Join(src, "locked")
	os.MkdirAll(locked, 0o755)
	os.WriteFile(filepath.Join(locked, "secret.txt"), []byte("Hidden."), 0o644)
	os.Chmod(locked, 0o000)
	defer os.Chmod(locked, 0o755)
	ws := filepath.Join(dir, "ws")

	out, errOut, code := normdex(t, "--data", ws, "ingest", src, filepath.Join(dir, "gone.txt"))
	if code != 1 {
		t.Errorf("exit status %d, want 1; stderr: %s", code, errOut)
	}
	want := map[string]string{
		"gone.txt":         "failed " + filepath.Join(dir, "gone.txt") + ": no such file",
		"zero.txt":         "zero.txt: no text",
		"zero.pdf":         "zero.pdf: not a PDF file",
		"random.pdf":       "random.pdf: not a PDF file",
		"half.pdf":         "half.pdf: truncated PDF",
		"brokenxref.pdf":   "brokenxref.pdf: malformed PDF",
		"encrypted.pdf":    "encrypted.pdf: encrypted: password required",
		"scanned.pdf":      "scanned.pdf: no text layer: scanned document, OCR needed",
		"binary.txt":       "binary.txt: binary data (NUL bytes), not text",
		"good.txt":         "ingested " + filepath.Join(src, "good.txt"),
		"good.pdf":         "ingested " + filepath.Join(src, "good.pdf"),
		"latin1.txt":       "ingested " + filepath.Join(src, "latin1.txt"),
		"utf16.txt":        "ingested " + filepath.Join(src, "utf16.txt"),
		"big-one-line.txt": "ingested " + filepath.Join(src, "big-one-line.txt"),
	}
	if os.Geteuid() != 0 {
		want["locked"] = "failed " + locked + ": permission denied"
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	for name, w := range want {
		n := 0
		for _, l := range lines {
			if strings.Contains(l, name) {
				n++
				if !strings.Contains(l, w) {
					t.Errorf("%s: line %q, want %q", name, l, w)
				}
			}
		}
		if n != 1 {
			t.Errorf("%s: %d lines, want one:\n%s", name, n, out)
		}
	}
	status, _, _ := normdex(t, "--data", ws, "status")
	for _, f := range []string{"zero.pdf", "binary.txt", "encrypted.pdf", "gone.txt"} {
		if !strings.Contains(status, f) {
			t.Errorf("status does not list the failure of %s:\n%s", f, status)
		}
	}
	hits, _, _ := normdex(t, "--data", ws, "search", "Türkiye")
	if !strings.Contains(hits, "latin1.txt") {
		t.Errorf("the Latin-1 file is not searchable:\n%s", hits)
	}
	hits, _, _ = normdex(t, "--data", ws, "search", "--element", "scope.prevention")
	if !strings.Contains(hits, "good.pdf") {
		t.Errorf("the good PDF is not searchable:\n%s", hits)
	}
}
