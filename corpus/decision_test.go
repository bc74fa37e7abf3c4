package corpus

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

var t0 = time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)

func at(min int) time.Time { return t0.Add(time.Duration(min) * time.Minute) }

func TestReanchor(t *testing.T) {
	old := []Passage{
		{ID: "old-0", DocID: "old", Seq: 0, Text: "Heading"},
		{ID: "old-1", DocID: "old", Seq: 1, Text: "States must not knowingly allow their territory."},
		{ID: "old-2", DocID: "old", Seq: 2, Text: "Heading"},
		{ID: "old-3", DocID: "old", Seq: 3, Text: "A due diligence obligation applies."},
	}
	anchored := func(p Passage, d Decision) Decision {
		d.Passage, d.Document, d.Seq, d.TextSHA256 = p.ID, p.DocID, p.Seq, PassageHash(p.Text)
		return d
	}
	accept := Decision{Action: Accept, Element: "knowledge", Reviewer: "r", Time: at(0)}
	add := Decision{Action: Add, Element: "scope", Start: 2, End: 15, Text: "due diligence", Reviewer: "r", Time: at(1)}
	for _, tc := range []struct {
		name        string
		d           Decision
		ps          []Passage
		wantPassage string // "" for an orphan
		wantStart   int
	}{
		{"same document", anchored(old[1], accept), old, "old-1", 0},
		{"text kept, passages renumbered", anchored(old[1], accept),
			[]Passage{{ID: "new-0", Seq: 0, Text: "Preface."}, {ID: "new-1", Seq: 1, Text: "Heading"}, {ID: "new-2", Seq: 2, Text: old[1].Text}}, "new-2", 0},
		{"repeated text at the same position", anchored(old[2], accept),
			[]Passage{{ID: "new-0", Seq: 0, Text: "Heading"}, {ID: "new-2", Seq: 2, Text: "Heading"}}, "new-2", 0},
		{"repeated text elsewhere: ambiguous", anchored(old[2], accept),
			[]Passage{{ID: "new-0", Seq: 0, Text: "Heading"}, {ID: "new-5", Seq: 5, Text: "Heading"}}, "", 0},
		{"text changed: accept is lost", anchored(old[1], accept),
			[]Passage{{ID: "new-1", Seq: 1, Text: "States must not allow their territory."}}, "", 0},
		{"manual span found in an edited passage", anchored(old[3], add),
			[]Passage{{ID: "new-0", Seq: 0, Text: "Intro."}, {ID: "new-1", Seq: 1, Text: "In our view a due diligence obligation applies."}}, "new-1", 14},
		{"manual span text twice: ambiguous", anchored(old[3], add),
			[]Passage{{ID: "new-1", Seq: 1, Text: "due diligence and due diligence"}}, "", 0},
		{"manual span text in two passages: ambiguous", anchored(old[3], add),
			[]Passage{{ID: "new-1", Seq: 1, Text: "due diligence."}, {ID: "new-2", Seq: 2, Text: "More due diligence."}}, "", 0},
		{"manual span text gone", anchored(old[3], add),
			[]Passage{{ID: "new-1", Seq: 1, Text: "Nothing."}}, "", 0},
		{"document removed", anchored(old[1], accept), nil, "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			moved, orphans := Reanchor([]Decision{tc.d}, tc.ps)
			if tc.wantPassage == "" {
				if len(moved) != 0 || len(orphans) != 1 || !orphans[0].Orphan || orphans[0].Passage != tc.d.Passage {
					t.Errorf("Reanchor = %+v, %+v; want one orphan still naming %s", moved, orphans, tc.d.Passage)
				}
				return
			}
			if len(moved) != 1 || len(orphans) != 0 {
				t.Fatalf("Reanchor = %+v, %+v; want it on %s", moved, orphans, tc.wantPassage)
			}
			m := moved[0]
			if m.Passage != tc.wantPassage || m.From != tc.d.Passage || m.Orphan {
				t.Errorf("moved to %s from %s (orphan %v); want %s from %s", m.Passage, m.From, m.Orphan, tc.wantPassage, tc.d.Passage)
			}
			if m.HasSpan() {
				runes := []rune(passageText(tc.ps, m.Passage))
				if m.Start != tc.wantStart || string(runes[m.Start:m.End]) != m.Text {
					t.Errorf("span %d:%d (%q); want it at %d on %q", m.Start, m.End, string(runes[m.Start:m.End]), tc.wantStart, m.Text)
				}
				if m.TextSHA256 != PassageHash(string(runes)) {
					t.Error("the anchor is still the old passage text")
				}
			}
		})
	}
}

func passageText(ps []Passage, id string) string {
	for _, p := range ps {
		if p.ID == id {
			return p.Text
		}
	}
	return ""
}

func TestAnchorTo(t *testing.T) {
	p := Passage{ID: "d-0001", DocID: "d", Seq: 1, Text: "Étaits: due diligence, not due care."}
	for _, tc := range []struct {
		name        string
		d           Decision
		start, end  int
		text, error string
	}{
		{"quoted text", Decision{Action: Add, Element: "e", Text: "due care"}, 27, 35, "due care", ""},
		{"span, code points", Decision{Action: Add, Element: "e", Start: 0, End: 6}, 0, 6, "Étaits", ""},
		{"whole passage", Decision{Action: Add, Element: "e"}, 0, 0, "", ""},
		{"quoted text twice", Decision{Action: Add, Element: "e", Text: "due"}, 0, 0, "due", "2 times"},
		{"quoted text missing", Decision{Action: Add, Element: "e", Text: "harm"}, 0, 0, "harm", "not in its text"},
		{"span past the end", Decision{Action: Add, Element: "e", Start: 30, End: 99}, 30, 99, "", "outside"},
		{"span and quoted text agree", Decision{Action: Add, Element: "e", Start: 27, End: 35, Text: "due care"}, 27, 35, "due care", ""},
		{"span and quoted text differ", Decision{Action: Add, Element: "e", Start: 0, End: 6, Text: "due care"}, 0, 6, "due care", "not \"due care\""},
		{"accept has no span", Decision{Action: Accept, Element: "e"}, 0, 0, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := tc.d
			err := d.AnchorTo(p, "a.txt")
			if tc.error != "" {
				if err == nil || !strings.Contains(err.Error(), tc.error) {
					t.Errorf("AnchorTo = %v, want an error with %q", err, tc.error)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d.Start != tc.start || d.End != tc.end || d.Text != tc.text {
				t.Errorf("span %d:%d %q, want %d:%d %q", d.Start, d.End, d.Text, tc.start, tc.end, tc.text)
			}
			if d.Passage != p.ID || d.Document != "d" || d.File != "a.txt" || d.Seq != 1 || d.TextSHA256 != PassageHash(p.Text) {
				t.Errorf("anchor %+v", d)
			}
		})
	}
}

func TestApplyDecisions(t *testing.T) {
	p := Passage{ID: "p", State: "Finland", Text: "States must exercise due diligence.", Annotations: []Annotation{
		{Element: "knowledge", Start: 0, End: 6, Match: "States", Rule: "k1", Polarity: Affirmed},
		{Element: "scope", Start: 21, End: 34, Match: "due diligence", Rule: "s1", Polarity: Affirmed},
	}}
	rule := func(i int, st Status) Reviewed {
		return Reviewed{Annotation: p.Annotations[i], Origin: FromRule, Status: st}
	}
	manual := func(el string, start, end int, text string, pol Polarity) Reviewed {
		return Reviewed{Annotation: Annotation{Element: el, Start: start, End: end, Match: text, Polarity: pol}, Origin: FromManual, Status: Accepted}
	}
	d := func(min int, a Action, el string) Decision {
		return Decision{Passage: "p", Action: a, Element: el, Reviewer: "r", Time: at(min)}
	}
	for _, tc := range []struct {
		name     string
		ds       []Decision
		want     []Reviewed
		state    string
		reviewed bool
	}{
		{"none", nil, []Reviewed{rule(0, Unreviewed), rule(1, Unreviewed)}, "Finland", false},
		{"decisions on another passage", []Decision{{Passage: "q", Action: Reject, Element: "scope", Time: at(0)}},
			[]Reviewed{rule(0, Unreviewed), rule(1, Unreviewed)}, "Finland", false},
		{"accept and reject", []Decision{d(0, Accept, "knowledge"), d(1, Reject, "scope")},
			[]Reviewed{rule(0, Accepted), rule(1, RejectedBy)}, "Finland", true},
		{"the latest verdict holds, whatever the order given", []Decision{d(2, Accept, "scope"), d(1, Reject, "scope")},
			[]Reviewed{rule(0, Unreviewed), rule(1, Accepted)}, "Finland", true},
		{"add on a span, rejected polarity", []Decision{{Passage: "p", Action: Add, Element: "harm", Start: 7, End: 11, Text: "must", Polarity: Rejected, Time: at(0)}},
			[]Reviewed{rule(0, Unreviewed), rule(1, Unreviewed), manual("harm", 7, 11, "must", Rejected)}, "Finland", true},
		{"add on the whole passage", []Decision{d(0, Add, "harm")},
			[]Reviewed{rule(0, Unreviewed), rule(1, Unreviewed), manual("harm", 0, 35, "", Affirmed)}, "Finland", true},
		{"add then reject the element", []Decision{d(0, Add, "harm"), d(1, Reject, "harm")},
			[]Reviewed{rule(0, Unreviewed), rule(1, Unreviewed)}, "Finland", true},
		{"reject then add", []Decision{d(0, Reject, "harm"), d(1, Add, "harm")},
			[]Reviewed{rule(0, Unreviewed), rule(1, Unreviewed), manual("harm", 0, 35, "", Affirmed)}, "Finland", true},
		{"accepted element the rules no longer find", []Decision{d(0, Accept, "harm")},
			[]Reviewed{rule(0, Unreviewed), rule(1, Unreviewed), manual("harm", 0, 35, "", Affirmed)}, "Finland", true},
		{"state", []Decision{{Passage: "p", Action: SetState, State: "Estonia", Time: at(0)}},
			[]Reviewed{rule(0, Unreviewed), rule(1, Unreviewed)}, "Estonia", true},
		{"orphans do not count", []Decision{{Passage: "p", Action: Reject, Element: "scope", Time: at(0), Orphan: true}},
			[]Reviewed{rule(0, Unreviewed), rule(1, Unreviewed)}, "Finland", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := ApplyDecisions(p, tc.ds)
			if !reflect.DeepEqual(r.Annotations, tc.want) || r.State != tc.state || r.Reviewed != tc.reviewed {
				t.Errorf("ApplyDecisions = %+v\nwant %+v, %s, reviewed %v", r, tc.want, tc.state, tc.reviewed)
			}
			var eff []Annotation
			for _, a := range tc.want {
				if a.Status != RejectedBy {
					eff = append(eff, a.Annotation)
				}
			}
			if got := r.Effective(); !reflect.DeepEqual(got, eff) {
				t.Errorf("Effective = %+v, want %+v", got, eff)
			}
		})
	}
}

func TestFilterMatchReview(t *testing.T) {
	d := Document{ID: "abc", Date: "2020"}
	p := Passage{ID: "p", State: "Finland", Annotations: []Annotation{{Element: "scope", Polarity: Affirmed}}}
	rejected := ApplyDecisions(p, []Decision{{Passage: "p", Action: Reject, Element: "scope", Time: at(0)}})
	moved := ApplyDecisions(p, []Decision{{Passage: "p", Action: SetState, State: "Estonia", Time: at(0)}})
	plain := ApplyDecisions(p, nil)
	for _, tc := range []struct {
		name string
		f    Filter
		r    Review
		want bool
	}{
		{"rule tag", Filter{Elements: []string{"scope"}}, plain, true},
		{"rejected tag", Filter{Elements: []string{"scope"}}, rejected, false},
		{"reviewed only, unreviewed", Filter{ReviewedOnly: true}, plain, false},
		{"reviewed only, reviewed", Filter{ReviewedOnly: true}, rejected, true},
		{"effective State", Filter{States: []string{"Estonia"}}, moved, true},
		{"old State", Filter{States: []string{"Finland"}}, moved, false},
	} {
		if got := tc.f.MatchReview(d, p, tc.r); got != tc.want {
			t.Errorf("%s: MatchReview = %v, want %v", tc.name, got, tc.want)
		}
	}
}
