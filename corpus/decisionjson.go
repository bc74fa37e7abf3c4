package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"time"
)

// decisionLine is a decision as a line of JSON Lines: the format of
// 'export --format decisions' and 'review import'. Its field names are a
// contract: fields may be added, none renamed or removed.
type decisionLine struct {
	Passage       string   `json:"passage"`
	Document      string   `json:"document"`
	File          string   `json:"file,omitempty"`
	PassageSeq    int      `json:"passage_seq"`
	PassageSHA256 string   `json:"passage_sha256,omitempty"`
	Action        Action   `json:"action"`
	Element       string   `json:"element,omitempty"`
	Span          *[2]int  `json:"span,omitempty"` // code-point offsets into the passage text
	Text          string   `json:"text,omitempty"`
	Polarity      Polarity `json:"polarity,omitempty"`
	State         string   `json:"state,omitempty"`
	Reviewer      string   `json:"reviewer"`
	Time          string   `json:"time"` // RFC 3339, UTC
	Note          string   `json:"note,omitempty"`
	Orphan        bool     `json:"orphan,omitempty"`
}

// WriteDecisions writes decisions as JSON Lines, one decision a line.
func WriteDecisions(w io.Writer, ds []Decision) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, d := range ds {
		l := decisionLine{Passage: d.Passage, Document: d.Document, File: d.File, PassageSeq: d.Seq, PassageSHA256: d.TextSHA256,
			Action: d.Action, Element: d.Element, Text: d.Text, Polarity: d.Polarity, State: d.State,
			Reviewer: d.Reviewer, Time: d.Time.UTC().Format(time.RFC3339Nano), Note: d.Note, Orphan: d.Orphan}
		if d.HasSpan() {
			l.Span = &[2]int{d.Start, d.End}
		}
		if err := enc.Encode(l); err != nil {
			return fmt.Errorf("write decision on %s: %w", d.Passage, err)
		}
	}
	return bw.Flush()
}

// ReadDecisions reads decisions written by WriteDecisions; name is used in
// errors. Decisions are imported all or none, so a bad line is an error
// that names it. Blank lines are skipped.
func ReadDecisions(name string, r io.Reader) ([]Decision, error) {
	var out []Decision
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		d, err := parseDecision(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		out = append(out, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

func parseDecision(line []byte) (Decision, error) {
	var l decisionLine
	// Unknown fields pass: a later normdex may add some.
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&l); err != nil {
		return Decision{}, err
	}
	if dec.More() {
		return Decision{}, fmt.Errorf("more than one JSON value on the line")
	}
	d := Decision{Passage: l.Passage, Document: l.Document, File: l.File, Seq: l.PassageSeq, TextSHA256: l.PassageSHA256,
		Action: l.Action, Element: l.Element, Text: l.Text, Polarity: l.Polarity, State: l.State,
		Reviewer: l.Reviewer, Note: l.Note, Orphan: l.Orphan}
	if l.Span != nil {
		d.Start, d.End = l.Span[0], l.Span[1]
		if d.End == 0 {
			return d, fmt.Errorf("bad span [%d, %d]: it ends where it starts", d.Start, d.End)
		}
	}
	if l.Time == "" {
		return d, fmt.Errorf("no \"time\"")
	}
	t, err := time.Parse(time.RFC3339Nano, l.Time)
	if err != nil {
		return d, fmt.Errorf("bad time %q: want RFC 3339 (2026-12-01T02:50:00Z)", l.Time)
	}
	d.Time = t.UTC()
	// A time whose UTC year leaves 0000–9999 could not be written back
	// as RFC 3339 (an offset can push year 0000 into year -1).
	if y := d.Time.Year(); y < 0 || y > 9999 {
		return d, fmt.Errorf("bad time %q: the year in UTC is out of range", l.Time)
	}
	if err := d.Validate(); err != nil {
		return d, err
	}
	return d, nil
}
