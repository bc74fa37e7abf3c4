package ingest

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/normdex/normdex/corpus"
)

// TestLibreOffice reads a position paper written for this test
// (testdata/libreoffice/paper.fodt, its text in paper.txt) as LibreOffice
// saves it in Word, OpenDocument and PDF:
//
//	soffice --headless --convert-to docx paper.fodt   # and odt, pdf
//
// The three give the same passages, paragraph numbers and footnotes.
func TestLibreOffice(t *testing.T) {
	dir := filepath.Join("testdata", "libreoffice")
	ref, err := os.ReadFile(filepath.Join(dir, "paper.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for i := 1; i <= 16; i++ {
		want = append(want, strconv.Itoa(i))
	}
	passages := map[string][]corpus.Passage{}
	for _, tc := range []struct {
		format string
		ex     Extractor
	}{{"pdf", PDF{}}, {"docx", DOCX{}}, {"odt", ODT{}}} {
		data, err := os.ReadFile(filepath.Join(dir, "paper."+tc.format))
		if err != nil {
			t.Fatal(err)
		}
		x, err := tc.ex.Extract(context.Background(), "paper."+tc.format, data)
		if err != nil {
			t.Fatalf("%s: %v", tc.format, err)
		}
		f1 := wordsF1(string(ref), plain(x.Paragraphs))
		t.Logf("%s: words-F1 %.3f", tc.format, f1)
		if f1 < 0.98 {
			t.Errorf("%s: words-F1 %.3f < 0.98:\n%s", tc.format, f1, plain(x.Paragraphs))
		}
		if got := numbers(x.Paragraphs, corpus.Body); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: paragraph numbers %q", tc.format, got)
		}
		if got := numbers(x.Paragraphs, corpus.Footnote); !reflect.DeepEqual(got, []string{"1", "2"}) {
			t.Errorf("%s: footnote numbers %q", tc.format, got)
		}
		if tc.format != "pdf" && (x.Meta.Title != "Position of Examplia on international law in cyberspace" || x.Meta.Date != "2026-11-30") {
			t.Errorf("%s: properties %+v", tc.format, x.Meta)
		}
		if got := numbers(x.Paragraphs, corpus.Heading); tc.format != "pdf" && !reflect.DeepEqual(got, []string{"I", "II", "III"}) {
			t.Errorf("%s: heading numbers %q", tc.format, got)
		}
		var heads []string
		for _, p := range x.Paragraphs {
			if p.Kind == corpus.Heading {
				heads = append(heads, p.Text)
			}
		}
		if want := []string{"Position of Examplia on international law in cyberspace", "I. Applicability of international law", "II. Due diligence", "III. Responses"}; !reflect.DeepEqual(heads, want) {
			t.Errorf("%s: headings %q", tc.format, heads)
		}
		doc, _, ps := Build("id", "paper."+tc.format, tc.format, Meta{}, x)
		if doc.Title != "Position of Examplia on international law in cyberspace" {
			t.Errorf("%s: title %q", tc.format, doc.Title)
		}
		passages[tc.format] = byKind(ps)
	}
	for _, format := range []string{"docx", "odt"} {
		got, pdf := passages[format], passages["pdf"]
		if len(got) != len(pdf) {
			t.Errorf("%s: %d passages, PDF %d", format, len(got), len(pdf))
			continue
		}
		for i, p := range got {
			q := pdf[i]
			if p.Kind != q.Kind || p.Paragraph != q.Paragraph || p.Text != q.Text {
				t.Errorf("%s: passage %d\n %s %q %q\nPDF %s %q %q", format, i, p.Kind, p.Paragraph, p.Text, q.Kind, q.Paragraph, q.Text)
			}
		}
	}
}

// byKind returns passages with the footnotes after the body, where the
// office formats put them and a PDF has them at the foot of their page.
// The rows of a table, which the office formats give as passages of their
// own ("cell | cell"), are joined to the passage before them, as the PDF
// reader reads a table printed under a paragraph: PDF says nothing of
// tables.
func byKind(ps []corpus.Passage) []corpus.Passage {
	var body, notes []corpus.Passage
	for _, p := range ps {
		switch {
		case p.Kind == corpus.Footnote:
			notes = append(notes, p)
		case strings.Contains(p.Text, " | ") && len(body) > 0:
			body[len(body)-1].Text += " " + strings.ReplaceAll(p.Text, " | ", " ")
		default:
			body = append(body, p)
		}
	}
	return append(body, notes...)
}
