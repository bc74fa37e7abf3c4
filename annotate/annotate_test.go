package annotate

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/normdex/normdex/corpus"
)

func compile(t testing.TB, yaml string) *Tagger {
	t.Helper()
	cb, err := ParseCodebook("t.yaml", []byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	tg, err := Compile("t.yaml", cb)
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

func TestRuleLanguage(t *testing.T) {
	tg := compile(t, `
negation:
  cues: [not, rather than]
  scope: [not ~2 required to]
  exceptions: [not only]
patterns:
  modal: [should, must]
elements:
  - id: a.stem
    rules: [{name: stem, any: [prevent]}]
  - id: a.exact
    rules: [{name: exact, any: [=ihl]}]
  - id: a.prefix
    rules: [{name: prefix, any: ["sovereign*"]}]
  - id: a.optional
    rules: [{name: opt, any: ["should [normally] have known"]}]
  - id: a.gap
    rules: [{name: gap, any: ["bring ~3 to an end"]}]
  - id: a.ref
    rules: [{name: ref, any: ["@modal notify"]}]
  - id: a.near
    rules: [{name: near, near: {a: [knowledge], b: [constructive], within: 2}}]
  - id: a.all
    rules: [{name: all, all: [[customary], [due diligence]]}]
  - id: a.unless
    rules: [{name: unless, any: [binding], unless: [non binding], unless_within: 1}]
`)
	for _, tc := range []struct {
		text, want string
	}{
		{"States took preventive steps.", "a.stem"},
		{"[P]revention matters.", "a.stem"},
		{"The IHL applies.", "a.exact"},
		{"The ihls apply.", ""},
		{"Sovereignty matters.", "a.prefix"},
		{"It should normally have known.", "a.optional"},
		{"It should have known.", "a.optional"},
		{"to bring the activity to an end", "a.gap"},
		{"to bring an activity of some size to an end", ""},
		{"States must notify the victim.", "a.ref"},
		{"knowledge that is constructive", "a.near"},
		{"Due diligence is customary.", "a.all"},
		{"Due diligence. It is customary.", ""},
		{"a binding rule", "a.unless"},
		{"a non-binding rule", ""},
	} {
		got := strings.Join(corpus.Elements(tg.Tag(tc.text)), ",")
		if got != tc.want {
			t.Errorf("Tag(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct {
		text string
		want corpus.Polarity
	}{
		{"States must prevent it.", corpus.Affirmed},
		{"States need not prevent it.", corpus.Rejected},
		{"States are not required to take any steps to prevent it.", corpus.Rejected},
		{"actual rather than prevent", corpus.Rejected},
		{"not only prevent", corpus.Affirmed},
	} {
		anns := tg.Tag(tc.text)
		if len(anns) != 1 || anns[0].Polarity != tc.want {
			t.Errorf("Tag(%q) = %+v, want one %s", tc.text, anns, tc.want)
		}
	}
}

func TestRejectedAsOtherPole(t *testing.T) {
	tg := compile(t, `
negation:
  cues: [not]
elements:
  - id: status.binding
    rejected_as: status.voluntary
    rules: [{name: binding, any: [binding]}]
  - id: status.voluntary
    rules: [{name: voluntary, any: [voluntary]}]
`)
	anns := tg.Tag("Due diligence is not binding.")
	if len(anns) != 1 || anns[0].Element != "status.voluntary" || anns[0].Polarity != corpus.Affirmed || anns[0].Rule != "binding (rejects status.binding)" {
		t.Errorf("Tag = %+v, want status.voluntary affirmed by the rejected binding rule", anns)
	}
	cb, _ := ParseCodebook("x.yaml", []byte("elements:\n  - id: a\n    rejected_as: b\n    rules: [{any: [x]}]\n"))
	if _, err := Compile("x.yaml", cb); err == nil || !strings.Contains(err.Error(), `rejected_as "b": no such element`) {
		t.Errorf("rejected_as to a missing element: %v", err)
	}
}

func TestAnnotationSpans(t *testing.T) {
	tg, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	text := "Ünïcode first: [A] State that is or should be aware must take reasonable steps."
	rs := []rune(text)
	for _, a := range tg.Tag(text) {
		if got := string(rs[a.Start:a.End]); got != a.Match {
			t.Errorf("%s: span %d-%d is %q, match %q", a.Element, a.Start, a.End, got, a.Match)
		}
	}
}

func TestCheckReportsLinesAndElements(t *testing.T) {
	src := `elements:
  - id: scope.prevention
    rules:
      - name: ok
        any: [prevent]
  - id: scope.prevention
    rules:
      - name: broken
        any: ["@nosuch thing"]
      - name: empty
        near: {a: [x], b: [], within: 0}
  - id: Bad-ID
    rules: []
`
	cb, err := ParseCodebook("bad.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Compile("bad.yaml", cb)
	var errs CheckErrors
	if !errors.As(err, &errs) {
		t.Fatalf("Compile = %v, want CheckErrors", err)
	}
	msg := err.Error()
	for _, want := range []string{
		"bad.yaml:6: element scope.prevention: duplicate element (first at line 2)",
		"bad.yaml:8: element scope.prevention: rule broken: phrase \"@nosuch thing\": no pattern \"nosuch\"",
		"bad.yaml:10: element scope.prevention: rule empty: near needs phrases in both a and b",
		"bad.yaml:12: element Bad-ID: bad id",
		"bad.yaml:12: element Bad-ID: element has no rules",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("errors lack %q; got:\n%s", want, msg)
		}
	}
	if _, err := ParseCodebook("x.yaml", []byte("elements:\n  - id: a\n    rulez: []\n")); err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("unknown field: %v", err)
	}
}

func TestDefaultCodebookCoversEveryElement(t *testing.T) {
	cb, err := ParseCodebook("default.yaml", DefaultCodebook())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Compile("default.yaml", cb); err != nil {
		t.Fatal(err)
	}
	if m := cb.Missing(); len(m) > 0 {
		t.Errorf("default codebook misses %v", m)
	}
	b, err := os.ReadFile("../../shared/codebook.md")
	if err != nil {
		t.Skip("../shared/codebook.md not present")
	}
	for _, line := range strings.Split(string(b), "\n") {
		if !strings.HasPrefix(line, "| `") {
			continue
		}
		id := strings.Trim(strings.Fields(line)[1], "`")
		if _, ok := cb.Element(id); !ok {
			t.Errorf("codebook.md element %s has no rules", id)
		}
	}
}

// TestDevSet scores the default codebook on the shared evaluation passages,
// as ../shared/eval/score.py does, and guards against regressions.
func TestDevSet(t *testing.T) {
	f, err := os.Open("../../shared/eval/dev.jsonl")
	if err != nil {
		t.Skip("../shared/eval/dev.jsonl not present")
	}
	defer f.Close()
	tg, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	var tp, fp, fn int
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var row struct {
			ID       string   `json:"id"`
			Text     string   `json:"text"`
			Elements []string `json:"elements"`
		}
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatal(err)
		}
		gold := map[string]bool{}
		for _, e := range row.Elements {
			gold[e] = true
		}
		for _, e := range corpus.Elements(tg.Tag(row.Text)) {
			if gold[e] {
				tp++
				delete(gold, e)
			} else {
				fp++
				t.Logf("%s: extra %s", row.ID, e)
			}
		}
		for e := range gold {
			fn++
			t.Logf("%s: missed %s", row.ID, e)
		}
	}
	p, r := float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn)
	f1 := 2 * p * r / (p + r)
	t.Logf("dev micro-F1 %.3f (P %.3f R %.3f)", f1, p, r)
	if f1 < 0.92 {
		t.Errorf("dev micro-F1 %.3f below 0.92", f1)
	}
}

func FuzzCodebook(f *testing.F) {
	f.Add(DefaultCodebook())
	f.Add([]byte("elements:\n  - id: a\n    rules: [{any: [\"x ~2 y\"]}]\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		cb, err := ParseCodebook("f.yaml", b)
		if err != nil {
			return
		}
		if tg, err := Compile("f.yaml", cb); err == nil {
			tg.Tag("States should prevent non-State actors.")
		}
	})
}

func FuzzTag(f *testing.F) {
	f.Add("[w]hether this is “not settled.” New Zealand (2020).")
	f.Add("Ünïcode — non-\nState")
	tg, err := Load("")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rs := []rune(s)
		for _, a := range tg.Tag(s) {
			if a.Start < 0 || a.End > len(rs) || a.Start >= a.End {
				t.Fatalf("bad span %+v", a)
			}
		}
	})
}

// BenchmarkTag reports the tagging rate of the default codebook on one core
// (run with -cpu 1), over the example corpus of the repository.
func BenchmarkTag(b *testing.B) {
	benchTag(b, "../examples/*.txt")
}

// BenchmarkTagSeeds reports the same rate over the real documents in
// ../shared/seeds, when they are present.
func BenchmarkTagSeeds(b *testing.B) {
	benchTag(b, "../../shared/seeds/*.txt")
}

func benchTag(b *testing.B, glob string) {
	files, _ := filepath.Glob(glob)
	if len(files) == 0 {
		b.Skipf("no files match %s", glob)
	}
	var paras []string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range strings.Split(string(data), "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				paras = append(paras, p)
				size += len(p)
			}
		}
	}
	tg, err := Load("")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paras {
			tg.Tag(p)
		}
	}
}

func TestNegationBreaks(t *testing.T) {
	tg := compile(t, `
negation:
  cues: [not]
  scope: [does not entail]
  breaks: [but, however]
elements:
  - id: a
    rules: [{name: duty, any: [duty]}]
`)
	for _, tc := range []struct {
		text string
		want []corpus.Polarity
	}{
		{"It is not a duty.", []corpus.Polarity{corpus.Rejected}},
		{"It is not law but a duty.", []corpus.Polarity{corpus.Affirmed}},
		{"It does not entail a duty of care but rather a duty of conduct.", []corpus.Polarity{corpus.Rejected, corpus.Affirmed}},
		{"It does not entail that; however, the duty stands.", []corpus.Polarity{corpus.Affirmed}},
	} {
		anns := tg.Tag(tc.text)
		var got []corpus.Polarity
		for _, a := range anns {
			got = append(got, a.Polarity)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Tag(%q) polarities = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestAllAcrossSentences(t *testing.T) {
	tg := compile(t, `
elements:
  - id: one
    rules: [{name: one, all: [[binding], [due diligence]]}]
  - id: two
    rules: [{name: two, sentences: 2, all: [[binding], [due diligence]]}]
`)
	for _, tc := range []struct{ text, want string }{
		{"Due diligence is binding.", "one,two"},
		{"Due diligence is law. It is binding.", "two"},
		{"It is binding. So is due diligence.", "two"},
		{"Due diligence is law. So is this. It is binding.", ""},
	} {
		if got := strings.Join(corpus.Elements(tg.Tag(tc.text)), ","); got != tc.want {
			t.Errorf("Tag(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	for _, src := range []string{
		"elements:\n  - id: a\n    rules: [{sentences: 2, any: [x]}]\n",
		"elements:\n  - id: a\n    rules: [{sentences: -1, all: [[x], [y]]}]\n",
	} {
		cb, err := ParseCodebook("s.yaml", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Compile("s.yaml", cb); err == nil || !strings.Contains(err.Error(), "sentences") {
			t.Errorf("Compile(%q) = %v, want an error about sentences", src, err)
		}
	}
}

// TestStatusOfDueDiligence checks that the default codebook reads status
// words only of due diligence, and turns hedged or negated binding claims
// into voluntary ones.
func TestStatusOfDueDiligence(t *testing.T) {
	tg, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		{"Due diligence is an obligation under customary international law.", "status.binding"},
		{"We do not consider due diligence to be a binding rule of international law.", "status.voluntary"},
		{"The duty of due diligence falls short of a binding obligation.", "status.voluntary"},
		{"Due diligence is not yet a rule of customary law.", "status.voluntary"},
		{"Due diligence does not entail a duty of prevention, but rather an obligation of conduct.", "status.binding"},
		{"Due diligence is well known. It is a general principle of international law.", "status.binding"},
		{"Treaties create binding obligations for their parties.", ""},
		{"We support the voluntary, non-binding norms of responsible State behaviour.", ""},
		{"Sovereignty is a binding rule of international law.", ""},
		{"The article examines whether due diligence is a binding obligation.", ""},
		{"We are not persuaded that due diligence reflects customary law.", "status.voluntary"},
		{"Norm 13(c) is better understood as a norm of responsible State behaviour than as a legal obligation.", "status.voluntary"},
	} {
		var got []string
		for _, e := range corpus.Elements(tg.Tag(tc.text)) {
			if strings.HasPrefix(e, "status.") {
				got = append(got, e)
			}
		}
		if s := strings.Join(got, ","); s != tc.want {
			t.Errorf("Tag(%q) status = %q, want %q", tc.text, s, tc.want)
		}
	}
}

// TestCueWordsWithoutPosition checks passages that use the codebook's cue
// words about something else: they get no element.
func TestCueWordsWithoutPosition(t *testing.T) {
	tg, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"The regulator will monitor market prices closely.",
		"Goods in customs transit cross the territory of one or more States.",
		"Server capacity planning prevents under-provisioning of memory.",
		"Companies should carry out human rights due diligence in their supply chains.",
		"Attacks by States and cyber criminals have grown sharply this year.",
	} {
		var got []string
		for _, e := range corpus.Elements(tg.Tag(text)) {
			if e != "topic.human_rights" {
				got = append(got, e)
			}
		}
		if len(got) > 0 {
			t.Errorf("Tag(%q) = %v, want nothing", text, got)
		}
	}
}

func TestUnlessSentence(t *testing.T) {
	tg := compile(t, `
elements:
  - id: a
    rules:
      - name: steps
        any: [reasonable steps]
        unless: [not]
        unless_within: 1
        unless_sentence: [company]
`)
	for _, tc := range []struct{ text, want string }{
		{"States take reasonable steps.", "a"},
		{"States need not take reasonable steps.", ""},
		{"Not all of them, but States take reasonable steps.", "a"},
		{"The company took reasonable steps.", ""},
		{"The company was fined. States take reasonable steps.", "a"},
	} {
		if got := strings.Join(corpus.Elements(tg.Tag(tc.text)), ","); got != tc.want {
			t.Errorf("Tag(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestPhrasingFamilies checks that the default codebook knows the wider
// families of phrasing legal English uses for the weaker elements, and that
// a negated or hedged form of the same claim does not affirm them. The
// sentences are written for this test.
func TestPhrasingFamilies(t *testing.T) {
	affirms(t, []meaning{
		{"Due diligence applies to States' conduct in cyberspace as a matter of international law.", "status.binding", true},
		{"Whether due diligence applies as a matter of international law remains an open question.", "status.binding", false},
		{"States are required to exercise due diligence over infrastructure within their territory.", "status.binding", true},
		{"States are not required to exercise due diligence over infrastructure within their territory.", "status.binding", false},
		{"The general principle of due diligence governs the conduct of States online.", "status.binding", true},
		{"The duty of due diligence is firmly established in the practice of States.", "status.binding", true},
		{"The duty of due diligence is not yet firmly established in the practice of States.", "status.binding", false},
		{"The duty to prevent transboundary harm is rooted in international law.", "status.binding", true},
		{"Due diligence imposes obligations on the territorial State.", "status.binding", true},
		{"Due diligence imposes no obligations on the territorial State; it is a voluntary norm.", "status.binding", false},
		{"International law requires the territorial State to exercise due diligence.", "status.binding", true},
		{"International law does not require the territorial State to exercise due diligence.", "status.binding", false},
		{"The customary character of the no-harm principle is beyond doubt.", "status.binding", true},
		{"Only a manifest breach of the duty of due diligence under discussion engages the responsibility of the State.", "status.binding", true},
		{"This chapter offers a discussion of whether due diligence is an obligation.", "status.binding", false},
		{"States must prevent harmful cyber operations from their territory, irrespective of who conducts them.", "actors.non_state", true},
		{"States must prevent harmful operations by State or non-State actors using their territory.", "actors.non_state", true},
		{"The victim State brought the operation to the attention of the territorial State.", "measures.notification", true},
		{"The victim State put the territorial State on notice of the ongoing operation.", "measures.notification", true},
		{"States are not expected to keep watch over all traffic crossing their networks.", "measures.monitoring", false},
		{"A State that acts with full knowledge of the operation on its territory bears responsibility.", "knowledge.actual", true},
		{"Cyber operations must respect the principles of distinction and proportionality during hostilities between belligerents.", "topic.ihl", true},
		{"States should build national cybersecurity agencies and institution building programmes.", "measures.capacity_building", true},
	})
}
