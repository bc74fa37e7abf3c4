package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"
)

// TestDecisionsSurvive makes decisions, then re-annotates the document (a
// new codebook), replaces its file with bytes of the same text, removes it
// and ingests it again, and edits it: every decision stays on its passage or,
// when its text is gone, is listed as an orphan.
func TestDecisionsSurvive(t *testing.T) {
	ctx := context.Background()
	s := testStore(t)
	d, _, ps := putTestDoc(t, s, "aaaaaaaaaaaaaaaa", "a.txt")
	made := []Decision{
		{Passage: ps[0].ID, Action: Reject, Element: "scope.prevention", Reviewer: "ann", Time: at(0), Note: "not prevention"},
		{Passage: ps[1].ID, Action: Add, Element: "knowledge", Text: "Second", Reviewer: "ann", Time: at(1)},
		{Passage: ps[1].ID, Action: SetState, State: "Estonia", Reviewer: "bob", Time: at(2)},
	}
	for i, x := range made {
		got, err := s.AddDecision(ctx, x)
		if err != nil {
			t.Fatal(err)
		}
		made[i] = got
	}
	if made[1].Start != 0 || made[1].End != 6 || made[1].File != "a.txt" || made[1].Document != d.ID {
		t.Fatalf("stored add = %+v, want its span and anchor filled in", made[1])
	}
	check := func(step string, wantPassages []string, wantOrphans int) {
		t.Helper()
		all, err := s.Decisions(ctx, DecisionQuery{})
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != len(made) {
			t.Fatalf("%s: %d decisions, want %d", step, len(all), len(made))
		}
		for i, x := range all {
			if x.Passage != wantPassages[i] || x.Note != made[i].Note || !x.Time.Equal(made[i].Time) || x.Action != made[i].Action {
				t.Errorf("%s: decision %d = %+v, want it on %s", step, i, x, wantPassages[i])
			}
		}
		orphans, err := s.Decisions(ctx, DecisionQuery{Orphans: true})
		if err != nil || len(orphans) != wantOrphans {
			t.Errorf("%s: orphans = %+v, %v; want %d", step, orphans, err, wantOrphans)
		}
	}
	first := []string{ps[0].ID, ps[1].ID, ps[1].ID}
	check("made", first, 0)

	if err := s.ReplaceAnnotations(ctx, d.ID, map[string][]Annotation{ps[0].ID: nil, ps[1].ID: {{Element: "knowledge", Start: 0, End: 6, Match: "Second", Rule: "k", Polarity: Affirmed}}}); err != nil {
		t.Fatal(err)
	}
	check("new codebook", first, 0)

	// The same text from other bytes (a re-saved file): a new document ID.
	d2, st2, ps2 := testDoc("bbbbbbbbbbbbbbbb", "a.txt")
	if r, err := s.Put(ctx, d2, st2, ps2); err != nil || r != Replaced {
		t.Fatalf("Put = %v, %v", r, err)
	}
	second := []string{ps2[0].ID, ps2[1].ID, ps2[1].ID}
	check("file replaced, same text", second, 0)

	if err := s.Remove(ctx, []string{d2.ID}); err != nil {
		t.Fatal(err)
	}
	check("removed", second, 3)
	if _, err := s.Put(ctx, d2, st2, ps2); err != nil {
		t.Fatal(err)
	}
	check("ingested again", second, 0)
	reviews, err := s.Reviews(ctx, ps2, "ann")
	if err != nil || len(reviews) != 2 || len(reviews[0].Effective()) != 0 || reviews[1].State != "Finland" ||
		len(reviews[1].Effective()) != 1 || reviews[1].Effective()[0].Element != "knowledge" {
		t.Errorf("Reviews by ann = %+v, %v; want scope.prevention rejected, knowledge added, the State left", reviews, err)
	}
	if reviews, _ := s.Reviews(ctx, ps2); reviews[1].State != "Estonia" {
		t.Errorf("Reviews by all = %+v, want bob's State", reviews)
	}

	// An edited file: the first passage's text changed, the second's
	// moved into a longer one.
	d3, st3, ps3 := testDoc("cccccccccccccccc", "a.txt")
	ps3[0].Text = "First passage, edited."
	ps3[1].Text = "A Second one."
	if out, err := s.PutDocument(ctx, d3, st3, ps3); err != nil || out.Result != Replaced || out.Decisions != 1 || out.Orphans != 2 {
		t.Fatalf("PutDocument = %+v, %v; want replaced, 1 decision placed, 2 orphans", out, err)
	}
	check("edited", []string{ps2[0].ID, ps3[1].ID, ps2[1].ID}, 2)
	all, _ := s.Decisions(ctx, DecisionQuery{Passages: []string{ps3[1].ID}})
	if len(all) != 1 || all[0].Start != 2 || all[0].End != 8 || all[0].Orphan {
		t.Errorf("manual span after the edit = %+v, want it at 2:8", all)
	}
}

func TestDecisionQueriesAndDelete(t *testing.T) {
	ctx := context.Background()
	s := testStore(t)
	d, st, ps := testDoc("aaaaaaaaaaaaaaaa", "a.txt")
	putIndexed(t, s, d, st, ps)
	var ids []int64
	for _, x := range []Decision{
		{Passage: ps[0].ID, Action: Accept, Element: "scope.prevention", Reviewer: "ann", Time: at(0)},
		{Passage: ps[1].ID, Action: Add, Element: "knowledge", Reviewer: "bob", Time: at(1)},
	} {
		got, err := s.AddDecision(ctx, x)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, got.ID)
	}
	if q, _ := s.IndexQueue(ctx); len(q) != 1 {
		t.Errorf("index queue after a decision = %v, want the document", q)
	}
	for _, tc := range []struct {
		q    DecisionQuery
		want []int64
	}{
		{DecisionQuery{}, ids},
		{DecisionQuery{Reviewers: []string{"bob"}}, ids[1:]},
		{DecisionQuery{Passages: []string{ps[0].ID}}, ids[:1]},
		{DecisionQuery{Document: d.ID, Reviewers: []string{"ann", "bob"}}, ids},
		{DecisionQuery{Reviewers: []string{"eve"}}, nil},
	} {
		got, err := s.Decisions(ctx, tc.q)
		var gotIDs []int64
		for _, x := range got {
			gotIDs = append(gotIDs, x.ID)
		}
		if err != nil || !reflect.DeepEqual(gotIDs, tc.want) {
			t.Errorf("Decisions(%+v) = %v, %v; want %v", tc.q, gotIDs, err, tc.want)
		}
	}
	if rs, err := s.Reviewers(ctx); err != nil || !reflect.DeepEqual(rs, []string{"ann", "bob"}) {
		t.Errorf("Reviewers = %v, %v", rs, err)
	}
	if err := s.DeleteDecision(ctx, ids[0]); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteDecision(ctx, ids[0]); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting twice: %v, want not found", err)
	}
	for _, bad := range []Decision{
		{Passage: "nope", Action: Accept, Element: "x", Reviewer: "r"},
		{Passage: ps[0].ID, Action: "maybe", Element: "x", Reviewer: "r"},
		{Passage: ps[0].ID, Action: Accept, Element: "x"},
		{Passage: ps[0].ID, Action: Add, Element: "x", Text: "absent", Reviewer: "r"},
	} {
		if _, err := s.AddDecision(ctx, bad); err == nil {
			t.Errorf("AddDecision(%+v) succeeded", bad)
		}
	}
}

// TestImportDecisions moves decisions from one workspace to another where
// the same text has other passage IDs, and imports them twice.
func TestImportDecisions(t *testing.T) {
	ctx := context.Background()
	src, dst := testStore(t), testStore(t)
	d, st, ps := testDoc("aaaaaaaaaaaaaaaa", "a.txt")
	if _, err := src.Put(ctx, d, st, ps); err != nil {
		t.Fatal(err)
	}
	for _, x := range []Decision{
		{Passage: ps[0].ID, Action: Reject, Element: "scope.prevention", Reviewer: "ann", Time: at(0)},
		{Passage: ps[1].ID, Action: Add, Element: "knowledge", Reviewer: "ann", Time: at(1)},
	} {
		if _, err := src.AddDecision(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	ds, _ := src.Decisions(ctx, DecisionQuery{})
	var buf bytes.Buffer
	if err := WriteDecisions(&buf, ds); err != nil {
		t.Fatal(err)
	}
	read, err := ReadDecisions("x.jsonl", &buf)
	if err != nil {
		t.Fatal(err)
	}
	// The destination has the same file with a preface before it.
	d2, st2, ps2 := testDoc("bbbbbbbbbbbbbbbb", "a.txt")
	ps2 = append([]Passage{{ID: PassageID(d2.ID, 9), DocID: d2.ID, Seq: 9, Kind: Body, Text: "Preface."}}, ps2...)
	if _, err := dst.Put(ctx, d2, st2, ps2); err != nil {
		t.Fatal(err)
	}
	read = append(read, Decision{Passage: "elsewhere", Document: "zzz", Action: Accept, Element: "x", Reviewer: "ann", Time: at(3)})
	// Written by hand: a passage ID of this workspace and a quoted text.
	read = append(read, Decision{Passage: ps2[1].ID, Action: Add, Element: "harm", Text: "passage", Reviewer: "eve", Time: at(4)})
	n, orphans, err := dst.ImportDecisions(ctx, read)
	if err != nil || n != 4 || len(orphans) != 1 || orphans[0].Passage != "elsewhere" {
		t.Fatalf("ImportDecisions = %d, %+v, %v; want 4 stored, 1 orphan", n, orphans, err)
	}
	if eve, _ := dst.Decisions(ctx, DecisionQuery{Reviewers: []string{"eve"}}); len(eve) != 1 || eve[0].Start != 6 || eve[0].End != 13 || eve[0].File != "a.txt" || eve[0].Document != d2.ID {
		t.Errorf("hand-written decision = %+v, want its span and anchor filled in", eve)
	}
	got, _ := dst.Decisions(ctx, DecisionQuery{Passages: []string{ps2[1].ID, ps2[2].ID}, Reviewers: []string{"ann"}})
	if len(got) != 2 || got[0].Passage != ps2[1].ID || got[1].Passage != ps2[2].ID {
		t.Errorf("imported = %+v, want them on %s and %s", got, ps2[1].ID, ps2[2].ID)
	}
	if n, _, err := dst.ImportDecisions(ctx, read); err != nil || n != 0 {
		t.Errorf("second import stored %d, %v; want none", n, err)
	}
}

// BenchmarkPut stores documents of 200 passages, each replacing the one
// before under the same path: the cost re-anchoring adds to every store
// (one query when the document has no decisions).
func BenchmarkPut(b *testing.B) {
	ctx := context.Background()
	s, err := OpenStore(b.TempDir() + "/s.db")
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	n := 0
	for b.Loop() {
		id := fmt.Sprintf("%016x", n)
		n++
		d := Document{ID: id, Source: "a.txt", Format: "txt", Text: "x"}
		ps := make([]Passage, 200)
		for i := range ps {
			ps[i] = Passage{ID: PassageID(id, i), DocID: id, Seq: i, Kind: Body, Text: fmt.Sprintf("Passage %d of the statement.", i)}
		}
		if _, err := s.Put(ctx, d, nil, ps); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDecisionsInTimeOrder stores a decision made half a second after a
// whole second before it: the store lists them in the order they were made.
func TestDecisionsInTimeOrder(t *testing.T) {
	ctx := context.Background()
	s := testStore(t)
	_, _, ps := putTestDoc(t, s, "aaaaaaaaaaaaaaaa", "a.txt")
	later := Decision{Passage: ps[0].ID, Action: Reject, Element: "x", Reviewer: "r", Time: at(0).Add(500 * time.Millisecond)}
	earlier := Decision{Passage: ps[0].ID, Action: Accept, Element: "x", Reviewer: "r", Time: at(0)}
	for _, x := range []Decision{later, earlier} {
		if _, err := s.AddDecision(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Decisions(ctx, DecisionQuery{})
	if err != nil || len(got) != 2 || got[0].Action != Accept || !got[1].Time.Equal(later.Time) {
		t.Errorf("Decisions = %+v, %v; want accept, then reject", got, err)
	}
}
