package ingest

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/normdex/normdex/corpus"
)

var update = flag.Bool("update", false, "rewrite golden files")

// textItem is a run of text the test PDF writer draws.
type textItem struct {
	x, y, size float64
	s          string
}

// glyphWidth gives the test font's widths, in thousandths of an em.
func glyphWidth(c byte) int {
	switch {
	case strings.IndexByte("iljtf.,;:' ", c) >= 0:
		return 278
	case c == 'm' || c == 'w' || c == 'M' || c == 'W':
		return 833
	case c >= 'A' && c <= 'Z':
		return 667
	}
	return 556
}

func textWidth(s string, size float64) float64 {
	w := 0
	for i := 0; i < len(s); i++ {
		w += glyphWidth(s[i])
	}
	return float64(w) / 1000 * size
}

// makePDF writes a PDF with one Type 1 font and the given pages, so that
// extraction tests run on documents the tests control.
func makePDF(pages [][]textItem) []byte {
	var b bytes.Buffer
	var offsets []int
	obj := func(body string) {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offsets), body)
	}
	b.WriteString("%PDF-1.4\n")
	n := len(pages)
	kids := make([]string, n)
	for i := range pages {
		kids[i] = fmt.Sprintf("%d 0 R", 4+2*i)
	}
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 595 842] >>", strings.Join(kids, " "), n))
	var widths []string
	for c := 32; c <= 126; c++ {
		widths = append(widths, fmt.Sprint(glyphWidth(byte(c))))
	}
	obj(fmt.Sprintf("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 126 /Widths [%s] >>", strings.Join(widths, " ")))
	for i, items := range pages {
		var c strings.Builder
		for _, it := range items {
			esc := strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(it.s)
			fmt.Fprintf(&c, "BT /F1 %.1f Tf %.2f %.2f Td (%s) Tj ET\n", it.size, it.x, it.y, esc)
		}
		obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", 5+2*i))
		obj(fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", c.Len(), c.String()))
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, xref)
	return b.Bytes()
}

// column lays out paragraphs as lines of at most width points from (x, y)
// downwards and returns the items and the y below them.
func column(x, y, width, size float64, paras ...string) ([]textItem, float64) {
	var items []textItem
	for _, p := range paras {
		var cur string
		for _, w := range strings.Fields(p) {
			if cur != "" && textWidth(cur+" "+w, size) > width {
				items = append(items, textItem{x, y, size, cur})
				y -= 1.2 * size
				cur = ""
			}
			if cur != "" {
				cur += " "
			}
			cur += w
		}
		items = append(items, textItem{x, y, size, cur})
		y -= 2.4 * size
	}
	return items, y
}

func furniture(page int) []textItem {
	return []textItem{
		{200, 805, 9, "STATEMENT ON DUE DILIGENCE IN CYBERSPACE"},
		{280, 30, 9, fmt.Sprintf("Page %d", page)},
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
		items = append(items, textItem{72, 90, 8, fmt.Sprintf("%d See the position of %s, which is quoted here.", p, []string{"Finland", "Japan", "Chile"}[p-1])})
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
	items := append([]textItem{{150, 770, 16, "A Two Column Page Title"}}, left...)
	items = append(items, right...)
	var pages [][]textItem
	for p := 1; p <= 2; p++ {
		pages = append(pages, append(append([]textItem{}, items...), furniture(p)...))
	}
	return makePDF(pages)
}

func extractText(t *testing.T, data []byte) string {
	t.Helper()
	x, err := Safely(context.Background(), PDF{}, "t.pdf", data)
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

func TestPDFGolden(t *testing.T) {
	for name, data := range map[string][]byte{"onecol": onecolPDF(), "twocol": twocolPDF()} {
		got := extractText(t, data)
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
			t.Errorf("%s: extraction differs from %s (go test -update to accept):\n%s", name, path, got)
		}
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
		{"cut in half", good[:len(good)/2], "PDF"},
		{"broken xref", bytes.Replace(good, []byte("xref"), []byte("xxxx"), 1), "PDF"},
		{"no text layer", blank, "no text layer: scanned document, OCR needed"},
	} {
		_, err := Safely(context.Background(), PDF{}, tc.name, tc.data)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error is not one line: %q", tc.name, err)
		}
	}
}

func TestPDFRealDocuments(t *testing.T) {
	files, _ := filepath.Glob("../../shared/pdfs/*.pdf")
	if len(files) == 0 {
		t.Skip("../shared/pdfs not present")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		x, err := Safely(context.Background(), PDF{}, f, data)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		var all strings.Builder
		for _, p := range x.Paragraphs {
			all.WriteString(p.Text + "\n")
			if pageWordRe.MatchString(p.Text) {
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
	f.Add([]byte("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 5e9)
		defer cancel()
		Safely(ctx, PDF{}, "fuzz.pdf", data)
	})
}

func BenchmarkPDF(b *testing.B) {
	files, _ := filepath.Glob("../../shared/pdfs/*.pdf")
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
		x, err := PDF{}.Extract(context.Background(), "b.pdf", d)
		if err != nil {
			b.Fatal(err)
		}
		pages += x.Pages
	}
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			PDF{}.Extract(context.Background(), "b.pdf", d)
		}
	}
	b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
}

// encryptedPDF marks a generated PDF as encrypted with a user password that
// is not empty, by adding a standard security handler to its trailer.
func encryptedPDF() []byte {
	enc := "/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <" + strings.Repeat("5a", 32) +
		"> /U <" + strings.Repeat("a5", 32) + "> >> /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]"
	return bytes.Replace(onecolPDF(), []byte("/Root 1 0 R >>"), []byte("/Root 1 0 R "+enc+" >>"), 1)
}

func TestPDFEncrypted(t *testing.T) {
	_, err := Safely(context.Background(), PDF{}, "enc.pdf", encryptedPDF())
	if err == nil || !strings.Contains(err.Error(), "encrypted PDF") {
		t.Errorf("err = %v, want encrypted PDF", err)
	}
}
