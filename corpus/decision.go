package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Action is what a reviewer decided about a passage.
type Action string

// Actions.
const (
	// Accept confirms the rule annotations of an element; Reject overrules them.
	Accept Action = "accept"
	Reject Action = "reject"
	// Add codes an element by hand, on a span of the passage or on all of it.
	Add Action = "add"
	// SetState attributes the passage to another State.
	SetState Action = "state"
)

// Decision is one judgement of a reviewer on a passage. It is anchored to the
// passage's text (TextSHA256, with the document and file it came from), not
// only to the passage ID, so that it survives a new codebook, a re-ingest and
// the replacement of a file whose text did not change (see Reanchor).
type Decision struct {
	ID       int64 // the store's; 0 before it is stored
	Passage  string
	Document string // the document ID of the passage
	File     string // the source path of that document
	Seq      int    // the passage's position in its document
	// TextSHA256 is the hex SHA-256 of the passage text (PassageHash).
	TextSHA256 string

	Action  Action
	Element string // for accept, reject and add
	// Start and End are code-point offsets into the passage text of a
	// manual annotation, with its Text; End 0 means the whole passage.
	Start, End int
	Text       string
	Polarity   Polarity // of a manual annotation; empty is affirmed
	State      string   // the canonical State of a SetState decision

	Reviewer string
	Time     time.Time
	Note     string

	// Orphan is set when the passage the decision was anchored to is gone
	// and no passage of the new text could take it in its place.
	Orphan bool
}

// PassageHash returns the anchor of a passage text: its hex SHA-256.
func PassageHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// HasSpan reports whether the decision codes a span rather than the whole passage.
func (d Decision) HasSpan() bool { return d.End > 0 }

// Validate checks that the decision says what it must for its action.
func (d Decision) Validate() error {
	if d.Passage == "" {
		return fmt.Errorf("decision: no passage")
	}
	if d.Reviewer == "" {
		return fmt.Errorf("decision on %s: no reviewer", d.Passage)
	}
	switch d.Action {
	case Accept, Reject, Add:
		if d.Element == "" {
			return fmt.Errorf("decision on %s: %s needs an element", d.Passage, d.Action)
		}
	case SetState:
		if d.State == "" {
			return fmt.Errorf("decision on %s: state needs a State", d.Passage)
		}
	default:
		return fmt.Errorf("decision on %s: unknown action %q: want accept, reject, add or state", d.Passage, d.Action)
	}
	if d.Start < 0 || d.End < 0 || (d.End > 0 && d.Start >= d.End) || (d.End == 0 && d.Start != 0) {
		return fmt.Errorf("decision on %s: bad span %d:%d", d.Passage, d.Start, d.End)
	}
	switch d.Polarity {
	case "", Affirmed, Rejected:
	default:
		return fmt.Errorf("decision on %s: unknown polarity %q: want affirmed or rejected", d.Passage, d.Polarity)
	}
	return nil
}

// AnchorTo fills in the decision's anchor from the passage it is about,
// and, for a manual annotation, its span from its quoted text or its quoted
// text from its span. It fails when the quoted text is not in the passage,
// or is there more than once, or when the span lies outside the passage or
// does not hold the quoted text given with it.
func (d *Decision) AnchorTo(p Passage, source string) error {
	d.Passage, d.Document, d.File, d.Seq, d.TextSHA256 = p.ID, p.DocID, source, p.Seq, PassageHash(p.Text)
	if d.Action != Add {
		return nil
	}
	switch {
	case d.HasSpan():
		runes := []rune(p.Text)
		if d.End > len(runes) || d.Start >= d.End {
			return fmt.Errorf("passage %s: span %d:%d outside its %d characters", p.ID, d.Start, d.End, len(runes))
		}
		if at := string(runes[d.Start:d.End]); d.Text != "" && d.Text != at {
			return fmt.Errorf("passage %s: span %d:%d is %q, not %q", p.ID, d.Start, d.End, at, d.Text)
		}
		d.Text = string(runes[d.Start:d.End])
	case d.Text != "":
		at := findAll(p.Text, d.Text)
		switch len(at) {
		case 0:
			return fmt.Errorf("passage %s: %q is not in its text", p.ID, d.Text)
		case 1:
			d.Start, d.End = at[0], at[0]+utf8.RuneCountInString(d.Text)
		default:
			return fmt.Errorf("passage %s: %q is there %d times: give a span", p.ID, d.Text, len(at))
		}
	}
	return nil
}

// findAll returns the code-point offsets of every occurrence of sub in s.
func findAll(s, sub string) []int {
	if sub == "" {
		return nil
	}
	var out []int
	for i := 0; ; {
		j := strings.Index(s[i:], sub)
		if j < 0 {
			return out
		}
		out = append(out, utf8.RuneCountInString(s[:i+j]))
		_, size := utf8.DecodeRuneInString(s[i+j:])
		i += j + size
	}
}

// Reanchored is a decision given a new passage by Reanchor.
type Reanchored struct {
	Decision
	From string // the passage it was anchored to before
}

// Reanchor places decisions on the passages of a document stored anew (a
// re-ingest, a replaced file): a decision goes to the passage of the same
// text (of the same position, when the text is there more than once); a
// manual annotation whose passage text changed goes to the one passage
// where its quoted text is found once. The others are orphans: nothing
// places them without a guess. Decisions already on their passage come back
// unchanged in moved. It is pure: the store applies what it returns.
func Reanchor(ds []Decision, ps []Passage) (moved []Reanchored, orphans []Decision) {
	byHash := map[string][]int{}
	for i, p := range ps {
		h := PassageHash(p.Text)
		byHash[h] = append(byHash[h], i)
	}
	for _, d := range ds {
		p, ok := sameText(d, ps, byHash[d.TextSHA256])
		if ok {
			r := Reanchored{Decision: d, From: d.Passage}
			r.Passage, r.Document, r.Seq, r.Orphan = p.ID, p.DocID, p.Seq, false
			moved = append(moved, r)
			continue
		}
		if d.Action == Add && d.Text != "" {
			if r, ok := quoted(d, ps); ok {
				moved = append(moved, r)
				continue
			}
		}
		d.Orphan = true
		orphans = append(orphans, d)
	}
	return moved, orphans
}

// sameText returns the passage among candidates (indexes into ps, all of
// the decision's passage text) that takes the decision.
func sameText(d Decision, ps []Passage, candidates []int) (Passage, bool) {
	switch len(candidates) {
	case 0:
		return Passage{}, false
	case 1:
		return ps[candidates[0]], true
	}
	// The same text more than once (a repeated heading): the one at the
	// same position, or none.
	for _, i := range candidates {
		if ps[i].Seq == d.Seq {
			return ps[i], true
		}
	}
	return Passage{}, false
}

// quoted places a manual annotation whose passage text changed on the one
// passage that has its quoted text, once.
func quoted(d Decision, ps []Passage) (Reanchored, bool) {
	var found *Reanchored
	for _, p := range ps {
		at := findAll(p.Text, d.Text)
		if len(at) == 0 {
			continue
		}
		if len(at) > 1 || found != nil {
			return Reanchored{}, false
		}
		r := Reanchored{Decision: d, From: d.Passage}
		r.Passage, r.Document, r.Seq, r.TextSHA256, r.Orphan = p.ID, p.DocID, p.Seq, PassageHash(p.Text), false
		r.Start, r.End = at[0], at[0]+utf8.RuneCountInString(d.Text)
		found = &r
	}
	if found == nil {
		return Reanchored{}, false
	}
	return *found, true
}

// Origin says where an effective annotation comes from.
type Origin string

// Origins.
const (
	FromRule   Origin = "rule"
	FromManual Origin = "manual"
)

// Status says what reviewers made of an annotation.
type Status string

// Statuses.
const (
	Unreviewed Status = "unreviewed"
	Accepted   Status = "accepted"
	RejectedBy Status = "rejected"
)

// Reviewed is an annotation with where it comes from and what reviewers
// made of it.
type Reviewed struct {
	Annotation
	Origin Origin `json:"origin"`
	Status Status `json:"status"`
}

// Review is a passage as its reviewers left it.
type Review struct {
	// Annotations are the rule annotations, each with its status (rejected
	// ones included, so that an export can say so), then the manual ones.
	Annotations []Reviewed
	State       string // the effective State of the passage
	// Reviewed is set when any decision applies to the passage.
	Reviewed bool
}

// Effective returns the effective tags: the rule annotations not rejected,
// and the manual ones.
func (r Review) Effective() []Annotation {
	var out []Annotation
	for _, a := range r.Annotations {
		if a.Status != RejectedBy {
			out = append(out, a.Annotation)
		}
	}
	return out
}

// ApplyDecisions returns the review of passage p: its rule annotations minus
// the rejected elements plus the manual annotations, and its State. Of
// several accept and reject decisions on one element the latest holds (a
// reviewer may change their mind), and an element rejected after it was
// added loses its manual annotations too. An element accepted that the rules
// no longer find (a new codebook) stays, as a manual annotation of the
// whole passage: the reviewer saw it there. Decisions on other passages and
// orphans are ignored; the caller picks whose decisions count.
func ApplyDecisions(p Passage, ds []Decision) Review {
	r := Review{State: p.State}
	mine := make([]Decision, 0, len(ds))
	for _, d := range ds {
		if d.Passage == p.ID && !d.Orphan {
			mine = append(mine, d)
		}
	}
	slices.SortStableFunc(mine, func(a, b Decision) int { return a.Time.Compare(b.Time) })
	r.Reviewed = len(mine) > 0
	verdict := map[string]Decision{} // the latest accept or reject of each element
	var added []Decision
	for _, d := range mine {
		switch d.Action {
		case Accept, Reject:
			verdict[d.Element] = d
		case Add:
			added = append(added, d)
		case SetState:
			r.State = d.State
		}
	}
	if len(p.Annotations) > 0 {
		// Every passage an ingest indexes comes through here, most with
		// no decision: one allocation for its annotations.
		r.Annotations = make([]Reviewed, 0, len(p.Annotations)+len(added))
	}
	for _, a := range p.Annotations {
		st := Unreviewed
		if v, ok := verdict[a.Element]; ok {
			st = Accepted
			if v.Action == Reject {
				st = RejectedBy
			}
		}
		r.Annotations = append(r.Annotations, Reviewed{Annotation: a, Origin: FromRule, Status: st})
	}
	// The text's length in code points, counted only for a manual
	// annotation, which most passages have none of.
	runes := -1
	manual := func(d Decision) Reviewed {
		if runes < 0 {
			runes = utf8.RuneCountInString(p.Text)
		}
		a := Annotation{Element: d.Element, Start: 0, End: runes, Match: d.Text, Rule: "", Polarity: Affirmed}
		if d.HasSpan() {
			a.Start, a.End = d.Start, min(d.End, runes)
		}
		if d.Polarity != "" {
			a.Polarity = d.Polarity
		}
		return Reviewed{Annotation: a, Origin: FromManual, Status: Accepted}
	}
	for _, d := range added {
		if v, ok := verdict[d.Element]; ok && v.Action == Reject && v.Time.After(d.Time) {
			continue
		}
		r.Annotations = append(r.Annotations, manual(d))
	}
	for _, el := range sortedKeys(verdict) {
		v := verdict[el]
		// r.Annotations holds every rule annotation, rejected ones too.
		if v.Action == Accept && !hasElement(r.Annotations, el) {
			r.Annotations = append(r.Annotations, manual(Decision{Element: el}))
		}
	}
	return r
}

func hasElement(rs []Reviewed, el string) bool {
	for _, a := range rs {
		if a.Element == el {
			return true
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Split returns the effective annotations (see Effective) and the rejected
// rule annotations, each with its Origin and Status set, as exports show
// them.
func (r Review) Split() (effective, rejected []Annotation) {
	for _, rv := range r.Annotations {
		a := rv.Annotation
		a.Origin, a.Status = rv.Origin, rv.Status
		if rv.Status == RejectedBy {
			rejected = append(rejected, a)
		} else {
			effective = append(effective, a)
		}
	}
	return effective, rejected
}
