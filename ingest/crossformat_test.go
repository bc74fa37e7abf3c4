package ingest

import (
	"context"
	"reflect"
	"regexp"
	"strconv"
	"testing"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/internal/officetest"
	"github.com/normdex/normdex/internal/pdftest"
)

// paperPDF sets the paper as a word processor prints it: headings in
// larger type, numbered paragraphs, footnote markers raised after their
// word, and the notes in small type at the foot of the page.
func paperPDF(d officetest.Doc) []byte {
	noteRe := regexp.MustCompile(`\{fn:([^}]*)\}`)
	markup := regexp.MustCompile(`\{cm:[^}]*\}|\[-.*?-\]|\[\+|\+\]`)
	var items []pdftest.Text
	var notes []string
	y := 770.0
	n, a := 0, 0
	for _, bl := range d.Blocks {
		text := markup.ReplaceAllString(bl.Text, "")
		switch bl.Kind {
		case "tr":
			continue
		case "h":
			items = append(items, pdftest.Text{X: 72, Y: y, Size: 14, S: text})
			y -= 28
			continue
		case "n":
			n, a = n+1, 0
			text = strconv.Itoa(n) + ". " + text
		case "a":
			a++
			text = "(" + string(rune('a'+a-1)) + ") " + text
		}
		// Each note's marker follows the word before it.
		parts := noteRe.Split(text, -1)
		found := noteRe.FindAllStringSubmatch(text, -1)
		for i, part := range parts {
			lines, ny := pdftest.Column(72, y, 450, 11, part)
			items = append(items, lines...)
			if i < len(found) {
				notes = append(notes, found[i][1])
				last := lines[len(lines)-1]
				items = append(items, pdftest.Text{X: last.X + pdftest.TextWidth(last.S, 11), Y: last.Y + 4, Size: 7, S: strconv.Itoa(len(notes))})
				// The text after a marker starts the next line.
				y = ny + 1.2*11
				continue
			}
			y = ny
		}
	}
	ny := 120.0
	for i, note := range notes {
		lines, after := pdftest.Column(72, ny, 450, 8, strconv.Itoa(i+1)+" "+note)
		items = append(items, lines...)
		ny = after + 8
	}
	return pdftest.Build([][]pdftest.Text{items})
}

// TestSameAsPDF: the paper as a Word file, an OpenDocument file and a PDF
// gives the same passages, with the same paragraph numbers and footnotes.
func TestSameAsPDF(t *testing.T) {
	// A table prints as cells side by side, which the PDF reader joins
	// without the " | " of the office formats: the comparison leaves it out.
	var d officetest.Doc
	for _, bl := range paper.Blocks {
		if bl.Kind != "tr" {
			d.Blocks = append(d.Blocks, bl)
		}
	}
	px, err := PDF{}.Extract(context.Background(), "paper.pdf", paperPDF(d))
	if err != nil {
		t.Fatal(err)
	}
	_, _, pdfPassages := Build("id", "paper", "pdf", Meta{}, px)
	for _, tc := range []struct {
		name string
		data []byte
		ex   Extractor
	}{{"docx", officetest.DOCX(d), DOCX{}}, {"odt", officetest.ODT(d), ODT{}}} {
		x, err := tc.ex.Extract(context.Background(), "paper", tc.data)
		if err != nil {
			t.Fatal(err)
		}
		if f1 := wordsF1(plain(px.Paragraphs), plain(x.Paragraphs)); f1 < 0.98 {
			t.Errorf("%s: words-F1 against the PDF %.3f", tc.name, f1)
		}
		_, _, ps := Build("id", "paper", tc.name, Meta{}, x)
		if len(ps) != len(pdfPassages) {
			t.Fatalf("%s: %d passages, PDF %d", tc.name, len(ps), len(pdfPassages))
		}
		for i, p := range ps {
			q := pdfPassages[i]
			if p.Text != q.Text || p.Paragraph != q.Paragraph || p.Kind != q.Kind {
				t.Errorf("%s: passage %d\n %s %q %q\nPDF %s %q %q", tc.name, i, p.Kind, p.Paragraph, p.Text, q.Kind, q.Paragraph, q.Text)
			}
		}
		for _, kind := range []corpus.ParagraphKind{corpus.Body, corpus.Footnote} {
			if a, b := numbers(x.Paragraphs, kind), numbers(px.Paragraphs, kind); !reflect.DeepEqual(a, b) {
				t.Errorf("%s: %s numbers %q, PDF %q", tc.name, kind, a, b)
			}
		}
	}
}
