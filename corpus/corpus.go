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
	// Lang is the language of the text (ISO 639-1, one of Languages):
	// detected (DetectLang) or given at ingest; "" when unknown.
	Lang string

	// Warnings are the parts of the source that could not be read (a page
	// that failed) while the rest was kept.
	Warnings []string

	// Text is the whole extracted text: paragraphs joined by blank lines.
	// Passage and statement spans are code-point offsets into it.
	Text string

	// Signature is the MinHash signature of the text (Signature.Bytes),
	// empty when the text is too short for one, nil when not yet made
	// (see Store.Signatures).
	Signature []byte
	// DuplicateOf is the ID of the document stored before this one that
	// it nearly duplicates (the same statement from another file), if any.
	// Both are kept; counts take each passage once (see Store.Counts).
	DuplicateOf string
}

// Year returns the year of the document date, or 0 when it has none.
func (d Document) Year() int { return yearOf(d.Date) }

func yearOf(date string) int {
	if len(date) < 4 {
		return 0
	}
	y := 0
	for _, r := range date[:4] {
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
	// Quote is set on a passage that quotes or paraphrases a State in a
	// document by someone else (a paper quoting New Zealand): it has the
	// quotation's own date and pinpoint, not the host document's.
	Quote *Quote
	// Lang is the language of the passage: its own where its words tell
	// (a French quotation in an English paper), else its document's.
	Lang string
}

// Quote is the reference a document gives for a statement it quotes:
// "New Zealand (2020, paras 16 & 17)" or "UNGA (2021b, 71)".
type Quote struct {
	Author   string `json:"author,omitempty"`   // as the reference names it: "New Zealand", "UNGA"
	Entity   string `json:"entity,omitempty"`   // the canonical name of the State or organisation it names, if any
	Label    string `json:"label,omitempty"`    // its year as printed: "2020", "2021b"
	Date     string `json:"date,omitempty"`     // YYYY; empty when no reference was found (n.d.)
	Pinpoint string `json:"pinpoint,omitempty"` // "paras 16 & 17", "71"
}

// Year returns the year of the passage: a quotation's own (0 when it has
// none), else its document's.
func (p Passage) Year(d Document) int {
	if p.Quote != nil {
		return yearOf(p.Quote.Date)
	}
	return d.Year()
}

// Date returns the date of the passage: a quotation's own ("" when it has
// none), else its document's.
func (p Passage) Date(d Document) string {
	if p.Quote != nil {
		return p.Quote.Date
	}
	return d.Date
}

// Polarity says whether a passage affirms or rejects an element.
type Polarity string

// Polarities.
const (
	Affirmed Polarity = "affirmed"
	Rejected Polarity = "rejected"
)

// Annotation records that a rule (or a reviewer) found an element in a
// passage.
type Annotation struct {
	Element  string   `json:"element"`
	Start    int      `json:"start"` // code-point offsets into the passage text
	End      int      `json:"end"`
	Match    string   `json:"match"`
	Rule     string   `json:"rule"`
	Polarity Polarity `json:"polarity"`
	// Origin and Status are set on an annotation shown as its reviewers
	// left it (see ApplyDecisions); the tagger and the store leave them
	// empty, so that the tag output and the stored tags do not change.
	Origin Origin `json:"origin,omitempty"`
	Status Status `json:"status,omitempty"`
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
