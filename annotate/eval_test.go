package annotate

import (
	"bytes"
	"flag"
	"io"
	"math"
	"strings"
	"testing"

	"github.com/normdex/normdex/corpus"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestScore(t *testing.T) {
	ann := func(el, rule, match string) corpus.Annotation {
		return corpus.Annotation{Element: el, Rule: rule, Match: match}
	}
	rep := Score([]Case{
		{ID: "a", Gold: []string{"x", "y"}, Annotations: []corpus.Annotation{ann("x", "rx", "ex"), ann("x", "rx2", "ex2")}},
		{ID: "b", Gold: nil, Annotations: []corpus.Annotation{ann("z", "rz", "zed")}},
		{ID: "c", Gold: []string{"y"}, Annotations: []corpus.Annotation{ann("y", "ry", "why")}},
	})
	want := []ElementScore{{"x", 1, 0, 0}, {"y", 1, 0, 1}, {"z", 0, 1, 0}}
	if len(rep.Elements) != len(want) {
		t.Fatalf("Elements = %+v, want %+v", rep.Elements, want)
	}
	for i, w := range want {
		if rep.Elements[i] != w {
			t.Errorf("Elements[%d] = %+v, want %+v", i, rep.Elements[i], w)
		}
	}
	// 2 TP, 1 FP, 1 FN; macro over x (1) and y (2/3) only: z is not in the gold.
	for _, tc := range []struct {
		name      string
		got, want float64
	}{
		{"micro P", rep.MicroP, 2.0 / 3},
		{"micro R", rep.MicroR, 2.0 / 3},
		{"micro F1", rep.MicroF1, 2.0 / 3},
		{"macro F1", rep.MacroF1, (1 + 2.0/3) / 2},
	} {
		if math.Abs(tc.got-tc.want) > 1e-9 {
			t.Errorf("%s = %.4f, want %.4f", tc.name, tc.got, tc.want)
		}
	}
	var out bytes.Buffer
	if err := rep.WriteErrors(&out); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"false positives: 1", "  b\tz\trz \"zed\"", "false negatives: 1", "  a\ty\t\"\""} {
		if !strings.Contains(out.String(), line+"\n") {
			t.Errorf("errors lack %q:\n%s", line, out.String())
		}
	}
}

func TestReadGold(t *testing.T) {
	for _, tc := range []struct{ in, err string }{
		{`{"id":"a","text":"t","elements":["x"]}` + "\n\n" + `{"id":"b","text":"u"}`, ""},
		{`{"id":"a"}` + "\n" + `{"id":"a"}`, `g.jsonl:2: id "a" already on line 1`},
		{`{"text":"t"}`, `g.jsonl:1: no "id"`},
		{`{"id":`, `g.jsonl:1: `},
	} {
		got, err := ReadGold("g.jsonl", strings.NewReader(tc.in))
		switch {
		case tc.err == "" && err != nil:
			t.Errorf("ReadGold(%q): %v", tc.in, err)
		case tc.err == "" && len(got) != 2:
			t.Errorf("ReadGold(%q) = %+v, want 2 passages", tc.in, got)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("ReadGold(%q) error %v, want %q", tc.in, err, tc.err)
		}
	}
}

// TestLabelledSets scores the default codebook on the labelled real passages
// of testdata (tune.jsonl, tuned on; holdout.jsonl and holdout2.jsonl, each
// measured once before tuning on it) against the figures in their .golden files, so that every
// rule change shows its effect per element in review (-update rewrites
// them).
func TestLabelledSets(t *testing.T) {
	tg, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"tune", "holdout", "holdout2"} {
		t.Run(name, func(t *testing.T) {
			checkFigures(t, tg, "testdata/"+name+".jsonl", "testdata/"+name+".golden")
		})
	}
}

func FuzzReadGold(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"States must prevent harm.","elements":["scope.prevention"]}` + "\n" + `{"id":"b","text":"","elements":[]}`))
	f.Add([]byte(`{"id":"a"}` + "\n" + `{"id":"a"}`))
	tg, err := Load("")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		gold, err := ReadGold("f.jsonl", bytes.NewReader(b))
		if err != nil {
			return
		}
		rep := Evaluate(tg, gold)
		if rep.Passages != len(gold) || rep.MicroF1 < 0 || rep.MicroF1 > 1 {
			t.Fatalf("report %+v for %d passages", rep, len(gold))
		}
		rep.WriteTable(io.Discard)
		rep.WriteErrors(io.Discard)
	})
}
