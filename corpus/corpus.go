// Package corpus holds the domain types of normdex — documents, statements,
// passages and annotations — together with the State gazetteer, citations and
// the store that is the source of truth for all of them.
//
// Every other package speaks in these types; corpus imports none of them.
package corpus

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// ParagraphKind says what role a paragraph plays in its source.
type ParagraphKind string

// Paragraph kinds.
const (
	Body     ParagraphKind = "body"
	Heading  ParagraphKind = "heading"
	Footnote ParagraphKind = "footnote"
)

// Paragraph is one paragraph of extracted text in reading order.
type Paragraph struct {
	Kind   ParagraphKind
	Text   string
	Page   int    // 1-based; 0 when the source has no pages
	Number string // the paragraph number printed in the source ("16", "(a)", "2.3"), if any
	// OCR is set when the text was read from an image of the page, with
	// the OCR engine's mean confidence (0-100) for that page.
	OCR        bool
	Confidence float64
}

// Document is one ingested source file.
type Document struct {
	ID     string // hex SHA-256 of the source bytes
	Source string // the path the document was ingested from
	Title  string
	State  string // canonical name of the author State or organisation, if known
	Date   string // YYYY, YYYY-MM or YYYY-MM-DD, if known
	URL    string
	Format string // "txt", "pdf", "docx", "odt", "html" or "md"
	Pages  int

	// Text is the whole extracted text: paragraphs joined by blank lines.
	// Passage and statement spans are code-point offsets into it.
	Text string
}

// Year returns the year of the document date, or 0 when it has none.
func (d Document) Year() int {
	if len(d.Date) < 4 {
		return 0
	}
	y := 0
	for _, r := range d.Date[:4] {
		if r < '0' || r > '9' {
			return 0
		}
		y = y*10 + int(r-'0')
	}
	return y
}

// Statement is a run of a document attributed to one speaker: the author
// State, a delegate speaking in a meeting, or a State quoted by a paper.
type Statement struct {
	ID      string
	DocID   string
	Seq     int
	State   string // canonical State or organisation name; empty when none
	Speaker string // the phrase that named the speaker ("The delegate of Japan"), if any
	Start   int    // code-point offsets into Document.Text
	End     int
}

// Passage is the unit that is tagged, indexed, cited and exported.
type Passage struct {
	ID          string
	DocID       string
	StatementID string
	Seq         int
	State       string
	Kind        ParagraphKind
	Page        int
	Paragraph   string // paragraph number printed in the source, if any
	Start       int    // code-point offsets into Document.Text
	End         int
	Text        string
	Annotations []Annotation
	OCR         bool    // read by OCR from an image of the page
	Confidence  float64 // the OCR engine's mean confidence (0-100) for the page, when OCR
}

// Polarity says whether a passage affirms or rejects an element.
type Polarity string

// Polarities.
const (
	Affirmed Polarity = "affirmed"
	Rejected Polarity = "rejected"
)

// Annotation records that a rule found an element in a passage.
type Annotation struct {
	Element  string   `json:"element"`
	Start    int      `json:"start"` // code-point offsets into the passage text
	End      int      `json:"end"`
	Match    string   `json:"match"`
	Rule     string   `json:"rule"`
	Polarity Polarity `json:"polarity"`
}

// Elements returns the sorted, unique element IDs of anns.
func Elements(anns []Annotation) []string {
	seen := map[string]bool{}
	var out []string
	for _, a := range anns {
		if !seen[a.Element] {
			seen[a.Element] = true
			out = append(out, a.Element)
		}
	}
	sort.Strings(out)
	return out
}

// PassageID returns the stable identifier of the seq-th passage of a document.
func PassageID(docID string, seq int) string {
	return fmt.Sprintf("%s-%04d", shortID(docID), seq)
}

// StatementID returns the stable identifier of the seq-th statement of a document.
func StatementID(docID string, seq int) string {
	return fmt.Sprintf("%s-s%03d", shortID(docID), seq)
}

func shortID(docID string) string {
	if len(docID) > 12 {
		return docID[:12]
	}
	return docID
}

// ParseDate checks a date given as YYYY, YYYY-MM or YYYY-MM-DD and returns it
// unchanged, or an error that says what is wrong with it.
func ParseDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(s) == len(layout) {
			if _, err := time.Parse(layout, s); err == nil {
				return s, nil
			}
		}
	}
	return "", fmt.Errorf("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
}
