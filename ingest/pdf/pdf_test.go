package pdf

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/ingest/internal/textfold"
	"github.com/normdex/normdex/internal/pdftest"
)

var update = flag.Bool("update", false, "rewrite golden files")

type textItem = pdftest.Text

func makePDF(pages [][]textItem) []byte { return pdftest.Build(pages) }

func column(x, y, width, size float64, paras ...string) ([]textItem, float64) {
	return pdftest.Column(x, y, width, size, paras...)
}

func furniture(page int) []textItem {
	return []textItem{
		{X: 200, Y: 805, Size: 9, S: "STATEMENT ON DUE DILIGENCE IN CYBERSPACE"},
		{X: 280, Y: 30, Size: 9, S: fmt.Sprintf("Page %d", page)},
	}
}

func onecolPDF() []byte {
	var pages [][]textItem
	body := [][]string{
		{"1. States should not knowingly allow their territory to be used for internationally wrongful acts using information and communications technologies.",
			"2. A State that is aware of an operation originating from its territory should take all reasonable steps within its capacity to put an end to it."},
		{"3. The norm also covers operations by non-State actors, and transit States may have expectations of their own.",
			"4. Notification of the affected State should come without undue delay, and the notified State should acknowledge receipt."},
		{"5. Capacity building helps States that lack the means to terminate an operation to seek assistance from others."},
	}
	for p := 1; p <= 3; p++ {
		items, _ := column(72, 760, 420, 11, body[p-1]...)
		items = append(items, furniture(p)...)
		items = append(items, textItem{X: 72, Y: 90, Size: 8, S: fmt.Sprintf("%d See the position of %s, which is quoted here.", p, []string{"Finland", "Japan", "Chile"}[p-1])})
		pages = append(pages, items)
	}
	return makePDF(pages)
}

func twocolPDF() []byte {
	left, _ := column(60, 720, 220, 10,
		"The left column begins the argument about prevention and termination of cyber operations, and it goes on for several lines of text.",
		"It ends with a second paragraph on the left that mentions mitigation.")
	right, _ := column(310, 720, 220, 10,
		"The right column continues with notification and assistance, and it also runs over several lines of text before it stops.",
		"A last paragraph on the right closes the page.")
	items := append([]textItem{{X: 150, Y: 770, Size: 16, S: "A Two Column Page Title"}}, left...)
	items = append(items, right...)
	var pages [][]textItem
	for p := 1; p <= 2; p++ {
		pages = append(pages, append(append([]textItem{}, items...), furniture(p)...))
	}
	return makePDF(pages)
}

func extractText(t *testing.T, data []byte) string {
	t.Helper()
	x, err := Extract(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	var body, notes []string
	for _, p := range x.Paragraphs {
		line := fmt.Sprintf("[%s p%d", p.Kind, p.Page)
		if p.Number != "" {
			line += " #" + p.Number
		}
		line += "] " + p.Text
		if p.Kind == corpus.Footnote {
			notes = append(notes, line)
		} else {
			body = append(body, line)
		}
	}
	return strings.Join(append(body, notes...), "\n") + "\n"
}

// checkGolden compares got, the text of an extraction, with the golden file
// testdata/golden/name.txt, or rewrites that file with -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name+".txt")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("extraction differs from %s (go test -update to accept):\n%s", path, got)
	}
}

func TestPDFGolden(t *testing.T) {
	for name, data := range map[string][]byte{"onecol": onecolPDF(), "twocol": twocolPDF()} {
		checkGolden(t, name, extractText(t, data))
	}
}

// TestPDFCompositeFont reads a page set in a Type0 font with two-byte codes,
// as Word writes them: words, spaces and reading order as with simple fonts.
func TestPDFCompositeFont(t *testing.T) {
	items, _ := column(72, 760, 420, 11,
		"1. States should not knowingly allow their territory to be used for internationally wrongful acts using information and communications technologies.",
		"2. A State that is aware of an operation should take all reasonable steps.")
	var words []textItem
	for _, line := range items {
		words = append(words, pdftest.Words(line)...)
	}
	simple := extractText(t, makePDF([][]textItem{words}))
	composite := extractText(t, pdftest.BuildCID([][]textItem{words}))
	if composite != simple {
		t.Errorf("composite font:\n%s\nsimple font:\n%s", composite, simple)
	}
	if !strings.Contains(composite, "internationally wrongful acts using information") {
		t.Errorf("words lost:\n%s", composite)
	}
}

func TestPDFBadInput(t *testing.T) {
	good := onecolPDF()
	blank := makePDF([][]textItem{{}, {}})
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "not a PDF file"},
		{"random bytes", []byte("\x89PNG\r\n\x1a\nnot a pdf at all"), "not a PDF file"},
		{"cut before its text", good[:len(good)/10], "truncated PDF"},
		// No table and no object headers left to rebuild one from.
		{"broken xref", bytes.ReplaceAll(bytes.Replace(good, []byte("xref"), []byte("xxxx"), 1), []byte(" obj"), []byte(" job")), "PDF"},
		{"no text layer", blank, "no text layer: scanned document, OCR needed"},
	} {
		_, err := Extract(context.Background(), tc.data)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error is not one line: %q", tc.name, err)
		}
	}
}

func TestPDFRealDocuments(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/pdfs/*.pdf")
	if len(files) == 0 {
		t.Skip("../shared/pdfs not present")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		x, err := Extract(context.Background(), data)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		var all strings.Builder
		for _, p := range x.Paragraphs {
			all.WriteString(p.Text + "\n")
			if textfold.PageWordRe().MatchString(p.Text) {
				t.Errorf("%s: page-number paragraph %q", f, p.Text)
			}
		}
		for _, head := range []string{"AALCO/58/DAR ES SALAAM/2019/SD/S 17", "INITIATIVE ON RULE-BASED INTERNATIONAL GOVERNANCE OF CYBERSPACE"} {
			if strings.Count(all.String(), head) > 1 {
				t.Errorf("%s: running head %q leaks", f, head)
			}
		}
	}
}

func FuzzPDF(f *testing.F) {
	f.Add(onecolPDF())
	f.Add(twocolPDF()[:600])
	f.Add(flatePDF())
	f.Add(filteredPDF("<< /Filter /LZWDecode >>", lzwEncode([]byte(pdftest.Content([]pdftest.Text{{X: 72, Y: 700, Size: 10, S: "Due diligence"}}, false)), true)))
	f.Add(objectStreams(onecolPDF(), map[int]string{99: "<< /Unused true >>"}))
	f.Add([]byte("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 5e9)
		defer cancel()
		Extract(ctx, data)
		if ctx.Err() != nil {
			t.Fatal("the read ran into its time limit: a hang")
		}
	})
}

func BenchmarkPDF(b *testing.B) {
	files, _ := filepath.Glob("../../../shared/pdfs/*.pdf")
	var docs [][]byte
	pages := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, data)
	}
	if len(docs) == 0 {
		docs = [][]byte{onecolPDF(), twocolPDF()}
	}
	for _, d := range docs {
		x, err := Extract(context.Background(), d)
		if err != nil {
			b.Fatal(err)
		}
		pages += x.Pages
	}
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			Extract(context.Background(), d)
		}
	}
	b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
}

func encryptedPDF() []byte { return pdftest.Encrypt(onecolPDF()) }

func TestPDFEncrypted(t *testing.T) {
	_, err := Extract(context.Background(), encryptedPDF())
	if err == nil || !errors.Is(err, ErrPassword) {
		t.Errorf("err = %v, want %v", err, ErrPassword)
	}
}

func TestPDFPagePanicKeepsTheRest(t *testing.T) {
	pageHook = func(page int) {
		if page == 2 {
			panic("injected")
		}
	}
	defer func() { pageHook = nil }()
	x, err := Extract(context.Background(), onecolPDF())
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Problems) != 1 || !strings.Contains(x.Problems[0], "page 2: parser crashed: injected") {
		t.Errorf("problems = %q", x.Problems)
	}
	pages := map[int]bool{}
	for _, p := range x.Paragraphs {
		pages[p.Page] = true
	}
	if !pages[1] || pages[2] || !pages[3] {
		t.Errorf("pages kept: %v, want 1 and 3", pages)
	}
}
