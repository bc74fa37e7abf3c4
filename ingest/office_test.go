package ingest

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/internal/officetest"
)

// paper is a position paper written for these tests, in the shape of the
// real ones: headings, numbered paragraphs with lettered sub-paragraphs,
// footnotes, a table, a tracked change and a comment.
var paper = officetest.Doc{
	Title: "Position of Examplia on International Law in Cyberspace",
	Date:  "2021-03-04",
	Blocks: []officetest.Block{
		{Kind: "h", Text: "Introduction"},
		{Kind: "p", Text: "This paper sets out how the Government understands the application of existing international law to the conduct of States in cyberspace."},
		{Kind: "n", Text: "International law, including the Charter of the United Nations in its entirety, applies to State conduct in cyberspace.{fn:See the reports of the Group of Governmental Experts adopted by consensus in 2013 and 2015.}"},
		{Kind: "n", Text: "The Government considers that sovereignty is a rule of international law in its own right, and not merely a principle from which other rules derive.{cm:Check this wording with the legal adviser.}"},
		{Kind: "h", Text: "Due Diligence"},
		{Kind: "n", Text: "A State must not knowingly allow its territory to be used for acts contrary to the rights of other States.{fn:The obligation was stated by the International Court of Justice in the Corfu Channel case of 1949.} The obligation applies to [+cyber +]operations [-of any kind -]that have serious adverse consequences."},
		{Kind: "a", Text: "The obligation is one of conduct, not of result: a State must take the measures reasonably available to it."},
		{Kind: "a", Text: "Knowledge may be actual or constructive, where a State should have known of the operation in the normal course of events."},
		{Kind: "n", Text: "Transit States through whose networks data merely passes do not bear the same duty as the State from whose territory an operation is launched.{fn:This view is shared by several States that have published positions since 2019.}"},
		{Kind: "tr", Cells: []string{"Element", "Position"}},
		{Kind: "tr", Cells: []string{"Knowledge", "Actual or constructive"}},
		{Kind: "h", Text: "Conclusion"},
		{Kind: "n", Text: "The Government will continue to contribute to the discussions on these questions in the Open-ended Working Group and elsewhere."},
	},
}

// wordsF1 is the words-F1 of ../shared/eval/fidelity.py: the multiset F1 of
// the lower-cased runs of letters and digits of two texts.
func wordsF1(ref, got string) float64 {
	words := func(s string) map[string]int {
		s = strings.ToLower(norm.NFKC.String(s))
		out := map[string]int{}
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			out[w]++
		}
		return out
	}
	rw, gw := words(ref), words(got)
	common, nr, ng := 0, 0, 0
	for w, n := range rw {
		common += min(n, gw[w])
		nr += n
	}
	for _, n := range gw {
		ng += n
	}
	if common == 0 {
		return 0
	}
	p, r := float64(common)/float64(ng), float64(common)/float64(nr)
	return 2 * p * r / (p + r)
}

// plain renders paragraphs as officetest.Text does: the body, then the
// footnotes after their numbers.
func plain(ps []corpus.Paragraph) string {
	var body, notes []string
	for _, p := range ps {
		if p.Kind == corpus.Footnote {
			notes = append(notes, p.Number+" "+p.Text)
		} else {
			body = append(body, p.Text)
		}
	}
	return strings.Join(append(body, notes...), "\n") + "\n"
}

func numbers(ps []corpus.Paragraph, kind corpus.ParagraphKind) []string {
	var out []string
	for _, p := range ps {
		if p.Kind == kind && p.Number != "" {
			out = append(out, p.Number)
		}
	}
	return out
}

// TestOfficeFormats reads the same paper as DOCX and ODT: both give the
// text of the paper, its paragraph and footnote numbers, its headings and
// its document properties, with tracked changes accepted and comments left
// out.
func TestOfficeFormats(t *testing.T) {
	want := officetest.Text(paper)
	for _, tc := range []struct {
		format string
		data   []byte
	}{
		{"docx", officetest.DOCX(paper)},
		{"odt", officetest.ODT(paper)},
	} {
		t.Run(tc.format, func(t *testing.T) {
			ex, _ := ForFormat(tc.format)
			x, err := ex.Extract(context.Background(), "paper."+tc.format, tc.data)
			if err != nil {
				t.Fatal(err)
			}
			got := plain(x.Paragraphs)
			if f1 := wordsF1(want, got); f1 < 0.98 {
				t.Errorf("words-F1 %.3f < 0.98\n got %s\nwant %s", f1, got, want)
			}
			if got != want {
				t.Errorf("text differs:\n got %q\nwant %q", got, want)
			}
			if n := numbers(x.Paragraphs, corpus.Body); !reflect.DeepEqual(n, []string{"1", "2", "3", "(a)", "(b)", "4", "5"}) {
				t.Errorf("paragraph numbers %q", n)
			}
			if n := numbers(x.Paragraphs, corpus.Footnote); !reflect.DeepEqual(n, []string{"1", "2", "3"}) {
				t.Errorf("footnote numbers %q", n)
			}
			var heads []string
			for _, p := range x.Paragraphs {
				if p.Kind == corpus.Heading {
					heads = append(heads, p.Text)
				}
			}
			if !reflect.DeepEqual(heads, []string{"Introduction", "Due Diligence", "Conclusion"}) {
				t.Errorf("headings %q", heads)
			}
			for _, absent := range []string{"legal adviser", "of any kind"} {
				if strings.Contains(got, absent) {
					t.Errorf("extraction holds %q (a comment or a deletion)", absent)
				}
			}
			if x.Meta.Title != paper.Title || x.Meta.Date != paper.Date {
				t.Errorf("meta = %+v", x.Meta)
			}
			d, _, ps := Build("id", "paper."+tc.format, tc.format, Meta{}, x)
			if d.Title != paper.Title || d.Date != paper.Date {
				t.Errorf("document title %q date %q", d.Title, d.Date)
			}
			cited := false
			for _, p := range ps {
				if p.Paragraph == "4" && strings.HasPrefix(p.Text, "4. Transit States") {
					cited = true
				}
			}
			if !cited {
				t.Error("no passage numbered 4")
			}
		})
	}
}

// TestDOCXWordFeatures covers what the builder does not write: endnotes
// numbered in Word's default lower-case roman numerals, hidden text, a
// numbering restarted by an override, a text box and a deleted paragraph
// mark.
func TestDOCXWordFeatures(t *testing.T) {
	w := func(s string) string {
		return `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + s + `</w:body></w:document>`
	}
	doc := w(`<w:p><w:r><w:t>First</w:t></w:r><w:r><w:endnoteReference w:id="2"/></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>HIDDEN</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>one</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr><w:rPr><w:del w:id="1"/></w:rPr></w:pPr><w:r><w:t>joined</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>to this</w:t></w:r></w:p>` +
		`<w:p><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>In a box</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r></w:p>`)
	numbering := `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
		`<w:num w:numId="1"><w:abstractNumId w:val="5"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="5"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="16"/></w:lvlOverride></w:num></w:numbering>`
	endnotes := `<w:endnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:endnote w:id="2"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> An endnote.</w:t></w:r></w:p></w:endnote></w:endnotes>`
	data := officetest.Zip([2]string{"word/document.xml", doc}, [2]string{"word/numbering.xml", numbering}, [2]string{"word/endnotes.xml", endnotes})
	x, err := DOCX{}.Extract(context.Background(), "f.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	want := []corpus.Paragraph{
		{Kind: corpus.Body, Text: "Firsti"},
		{Kind: corpus.Body, Text: "1. one", Number: "1"},
		{Kind: corpus.Body, Text: "16. joined to this", Number: "16"},
		{Kind: corpus.Body, Text: "In a box"},
		{Kind: corpus.Footnote, Text: "An endnote.", Number: "i"},
	}
	if !reflect.DeepEqual(x.Paragraphs, want) {
		t.Errorf("got  %+v\nwant %+v", x.Paragraphs, want)
	}
}

// TestOfficeBadInput: each kind of bad office file fails with a line that
// says what is wrong, without filling memory.
func TestOfficeBadInput(t *testing.T) {
	good := officetest.DOCX(paper)
	bomb := officetest.Zip([2]string{"word/document.xml", `<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>` + strings.Repeat(" ", maxPartBytes+10) + `</w:t></w:r></w:p></w:body></w:document>`})
	laughs := `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>`
	deep := `<w:document xmlns:w="x">` + strings.Repeat("<w:sdt>", 10000) + strings.Repeat("</w:sdt>", 10000) + `</w:document>`
	for _, tc := range []struct {
		name, format string
		data         []byte
		want         string
	}{
		{"zip bomb", "docx", bomb, "zip bomb"},
		{"entity bomb", "docx", officetest.Zip([2]string{"word/document.xml", laughs}), "DOCTYPE not allowed"},
		{"undefined entity", "odt", officetest.Zip([2]string{"content.xml", `<a>&lol9;</a>`}), "entity"},
		{"deep nesting", "docx", officetest.Zip([2]string{"word/document.xml", deep}), "nested more than"},
		{"truncated", "docx", good[:len(good)/2], "truncated"},
		{"not a zip", "odt", []byte("plain text, not a document"), "not a valid ODT"},
		{"no document part", "docx", officetest.Zip([2]string{"hello.txt", "hi"}), "no word/document.xml"},
		{"empty", "docx", officetest.Zip([2]string{"word/document.xml", `<w:document xmlns:w="x"><w:body/></w:document>`}), "no text"},
		{"broken XML", "odt", officetest.Zip([2]string{"content.xml", `<office:document-content><text:p>`}), "XML"},
	} {
		ex, _ := ForFormat(tc.format)
		_, err := Safely(context.Background(), ex, "f", tc.data)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error of several lines: %q", tc.name, err)
		}
	}
}

func FuzzDOCX(f *testing.F) {
	f.Add(officetest.DOCX(paper))
	f.Add(officetest.Zip([2]string{"word/document.xml", `<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>`}))
	f.Fuzz(func(t *testing.T, data []byte) {
		x, err := DOCX{}.Extract(context.Background(), "f.docx", data)
		checkExtraction(t, x, err)
	})
}

func FuzzODT(f *testing.F) {
	f.Add(officetest.ODT(paper))
	f.Fuzz(func(t *testing.T, data []byte) {
		x, err := ODT{}.Extract(context.Background(), "f.odt", data)
		checkExtraction(t, x, err)
	})
}

// FuzzOfficeXML fuzzes the XML of the parts, which zip compression hides
// from a fuzzer working on the file's bytes.
func FuzzOfficeXML(f *testing.F) {
	f.Add(`<w:document xmlns:w="x"><w:body><w:p><w:pPr><w:numPr><w:ilvl w:val="8"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>x</w:t><w:footnoteReference w:id="1"/></w:r></w:p></w:body></w:document>`,
		`<w:numbering xmlns:w="x"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="8"><w:start w:val="-3"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%9.%1%"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`)
	f.Add(`<office:document-content xmlns:office="o" xmlns:text="t"><office:body><office:text><text:list><text:list-item text:start-value="-5"><text:p>x<text:s text:c="99999999"/></text:p></text:list-item></text:list></office:text></office:body></office:document-content>`, "")
	f.Fuzz(func(t *testing.T, main, aux string) {
		for _, data := range [][]byte{
			officetest.Zip([2]string{"word/document.xml", main}, [2]string{"word/numbering.xml", aux}, [2]string{"word/footnotes.xml", aux}),
			officetest.Zip([2]string{"content.xml", main}, [2]string{"styles.xml", aux}),
		} {
			for _, ex := range []Extractor{DOCX{}, ODT{}} {
				x, err := ex.Extract(context.Background(), "f", data)
				checkExtraction(t, x, err)
			}
		}
	})
}

// checkExtraction holds what every extraction must: text in paragraphs,
// none empty, and an error of one line.
func checkExtraction(t *testing.T, x Extraction, err error) {
	t.Helper()
	if err != nil {
		if strings.Contains(err.Error(), "\n") {
			t.Errorf("error of several lines: %q", err)
		}
		return
	}
	if len(x.Paragraphs) == 0 {
		t.Error("no paragraphs and no error")
	}
	for _, p := range x.Paragraphs {
		if strings.TrimSpace(p.Text) == "" {
			t.Errorf("empty paragraph %+v", p)
		}
	}
}
