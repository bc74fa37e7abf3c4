package reliability

import (
	"bytes"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/normdex/normdex/corpus"
)

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

// TestCohenKappaTextbook reproduces the textbook example of two readers
// deciding on 50 grant proposals (the 2×2 example of the Wikipedia article
// on Cohen's kappa, after Cohen 1960's definition), by hand:
//
//	          B yes  B no
//	A yes       20     5
//	A no        10    15
//
//	po = (20 + 15) / 50 = 0.70
//	pe = P(A yes)·P(B yes) + P(A no)·P(B no) = 0.5·0.6 + 0.5·0.4 = 0.50
//	κ  = (po − pe) / (1 − pe) = 0.20 / 0.50 = 0.40
func TestCohenKappaTextbook(t *testing.T) {
	var a, b []string
	add := func(n int, x, y string) {
		for range n {
			a, b = append(a, x), append(b, y)
		}
	}
	add(20, "yes", "yes")
	add(5, "yes", "no")
	add(10, "no", "yes")
	add(15, "no", "no")
	if k := CohenKappa(a, b); !near(k, 0.40, 1e-12) {
		t.Errorf("CohenKappa = %v, want 0.40", k)
	}
	if k := kappa2x2(counts{tp: 20, fp: 5, fn: 10, tn: 15}); !near(k, 0.40, 1e-12) {
		t.Errorf("kappa2x2 = %v, want 0.40", k)
	}
	if k := CohenKappa([]string{"x", "x"}, []string{"x", "x"}); !math.IsNaN(k) {
		t.Errorf("kappa without variation = %v, want NaN", k)
	}
}

// TestAlphaKrippendorff2011 reproduces the examples of Krippendorff (2011),
// "Computing Krippendorff's Alpha-Reliability".
func TestAlphaKrippendorff2011(t *testing.T) {
	// A. Binary data, two observers, no missing data: alpha = 0.095. By
	// hand: the coincidence matrix has o00 = 10, o11 = 2, o01 = o10 = 4,
	// so n = 20, n0 = 14, n1 = 6 and
	// alpha = 1 − (n − 1)·o01 / (n0·n1) = 1 − 19·4 / 84 = 0.0952.
	binary := [][]string{
		strings.Split("0 1 0 0 0 0 0 0 1 0", " "),
		strings.Split("1 1 1 0 0 1 0 0 0 0", " "),
	}
	if a := AlphaNominal(binary); !near(a, 1-76.0/84, 1e-12) || !near(a, 0.095, 0.0005) {
		t.Errorf("binary alpha = %v, want 0.095", a)
	}
	// The same as counts of the element found: both in unit 2, the first
	// observer alone in unit 9, the second alone in units 1, 3 and 6.
	if a := alpha2x2(counts{tp: 1, fp: 1, fn: 3, tn: 5}); !near(a, 1-76.0/84, 1e-12) {
		t.Errorf("alpha2x2 = %v, want 0.095", a)
	}
	// C. Nominal data, four observers, twelve units, missing values ("")
	// : alpha = 0.743.
	nominal := [][]string{
		{"1", "2", "3", "3", "2", "1", "4", "1", "2", "", "", ""},
		{"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", "", "3"},
		{"", "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", ""},
		{"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", ""},
	}
	if a := AlphaNominal(nominal); !near(a, 0.743, 0.0005) {
		t.Errorf("nominal alpha = %v, want 0.743", a)
	}
	// Unit 12 has one value only: it is not pairable and changes nothing.
	nominal[2][11] = ""
	nominal[1][11] = ""
	if a := AlphaNominal(nominal); !near(a, 0.743, 0.0005) {
		t.Errorf("nominal alpha without unit 12 = %v, want 0.743", a)
	}
}

// TestTwoByTwoAgreesWithGeneral checks the 2×2 formulas Compare uses
// against the general ones on random codings.
func TestTwoByTwoAgreesWithGeneral(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		n := 1 + rng.IntN(40)
		var a, b []string
		var c counts
		for range n {
			x, y := rng.IntN(3) == 0, rng.IntN(2) == 0
			a, b = append(a, strings.Repeat("1", b2i(x))+"0"), append(b, strings.Repeat("1", b2i(y))+"0")
			switch {
			case x && y:
				c.tp++
			case x:
				c.fp++
			case y:
				c.fn++
			default:
				c.tn++
			}
		}
		k1, k2 := CohenKappa(a, b), kappa2x2(c)
		a1, a2 := AlphaNominal([][]string{a, b}), alpha2x2(c)
		if !(near(k1, k2, 1e-9) || math.IsNaN(k1) && math.IsNaN(k2)) || !(near(a1, a2, 1e-9) || math.IsNaN(a1) && math.IsNaN(a2)) {
			t.Fatalf("%+v: kappa %v vs %v, alpha %v vs %v", c, k1, k2, a1, a2)
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// fixture is the Krippendorff binary example as passages coded for one
// element ("e"), beside an element both coders always find ("f").
func fixture() []Unit {
	a := "0 1 0 0 0 0 0 0 1 0"
	b := "1 1 1 0 0 1 0 0 0 0"
	var out []Unit
	for i := range 10 {
		u := Unit{ID: string(rune('a' + i)), A: []string{"f"}, B: []string{"f"}}
		if a[2*i] == '1' {
			u.A = append(u.A, "e")
		}
		if b[2*i] == '1' {
			u.B = append(u.B, "e")
		}
		out = append(out, u)
	}
	return out
}

func TestCompare(t *testing.T) {
	tab := Compare(fixture(), Options{CoderA: "rules", CoderB: "ann", Seed: 7, Resamples: 500})
	if len(tab.Rows) != 3 || tab.Rows[0].Element != "e" || tab.Rows[1].Element != "f" || tab.Rows[2].Element != "" {
		t.Fatalf("rows = %+v", tab.Rows)
	}
	e := tab.Rows[0]
	if e.TP != 1 || e.FP != 1 || e.FN != 3 || e.TN != 5 || e.Units != 10 {
		t.Errorf("counts of e = %+v", e)
	}
	// precision 1/2, recall 1/4, F1 = 2·(1/2)(1/4)/(3/4) = 1/3; kappa
	// (0.6 − 0.56) / 0.44 = 0.0909 (po = 6/10, pe = 0.2·0.4 + 0.8·0.6).
	if !near(e.Precision, 0.5, 1e-12) || !near(e.Recall, 0.25, 1e-12) || !near(e.F1, 1.0/3, 1e-12) ||
		!near(e.Kappa, 0.04/0.44, 1e-12) || !near(e.Alpha, 1-76.0/84, 1e-12) {
		t.Errorf("figures of e = %+v", e)
	}
	if !(e.KappaCI.Low <= e.Kappa && e.Kappa <= e.KappaCI.High) || !(e.F1CI.Low < e.F1CI.High) {
		t.Errorf("intervals of e = %+v", e)
	}
	// f: always both, so kappa and alpha are undefined, F1 is 1.
	f := tab.Rows[1]
	if f.TP != 10 || f.F1 != 1 || !math.IsNaN(f.Kappa) || !math.IsNaN(f.Alpha) || !math.IsNaN(f.KappaCI.Low) {
		t.Errorf("f = %+v", f)
	}
	all := tab.Rows[2]
	if all.Units != 20 || all.TP != 11 || all.FP != 1 || all.FN != 3 || all.TN != 5 {
		t.Errorf("pooled = %+v", all)
	}
	// The same seed gives the same intervals, whatever the order of the units.
	units := fixture()
	units[0], units[9] = units[9], units[0]
	again := Compare(units, Options{CoderA: "rules", CoderB: "ann", Seed: 7, Resamples: 500})
	var b1, b2 bytes.Buffer
	tab.JSON(&b1)
	again.JSON(&b2)
	if b1.String() != b2.String() {
		t.Errorf("same seed, other intervals:\n%s\n%s", b1.String(), b2.String())
	}
	other := Compare(fixture(), Options{Seed: 8, Resamples: 500})
	if other.Rows[0].F1CI == tab.Rows[0].F1CI && other.Rows[0].KappaCI == tab.Rows[0].KappaCI {
		t.Log("another seed gave the same intervals")
	}
}

func TestFormats(t *testing.T) {
	tab := Compare(fixture(), Options{CoderA: "rules", CoderB: "ann", Resamples: -1, Elements: []string{"e"}})
	var md, cs, js bytes.Buffer
	if err := tab.Markdown(&md); err != nil {
		t.Fatal(err)
	}
	want := "Agreement of rules with ann on 10 passages (N: passages; overall: passage–element pairs). TP: both found the element; FP: only rules; FN: only ann; n/a: undefined.\n\n" +
		"| Element | N | TP | FP | FN | TN | Precision | Recall | F1 | Cohen's κ | Krippendorff's α |\n" +
		"|---|--:|--:|--:|--:|--:|---|---|---|---|---|\n" +
		"| e | 10 | 1 | 1 | 3 | 5 | 0.500 | 0.250 | 0.333 | 0.091 | 0.095 |\n" +
		"| **overall** | 10 | 1 | 1 | 3 | 5 | 0.500 | 0.250 | 0.333 | 0.091 | 0.095 |\n"
	if md.String() != want {
		t.Errorf("Markdown:\n%s\nwant\n%s", md.String(), want)
	}
	if err := tab.CSV(&cs); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(cs.String()), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "element,n,tp,fp,fn,tn,precision,precision_low,precision_high,") ||
		lines[1] != "e,10,1,1,3,5,0.5000,,,0.2500,,,0.3333,,,0.0909,,,0.0952,," {
		t.Errorf("CSV:\n%s", cs.String())
	}
	if err := tab.JSON(&js); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(js.String(), `"element": "overall"`) || strings.Contains(js.String(), "NaN") {
		t.Errorf("JSON:\n%s", js.String())
	}
	undefined := Compare([]Unit{{ID: "x", A: []string{"f"}, B: []string{"f"}}}, Options{})
	js.Reset()
	if err := undefined.JSON(&js); err != nil || !strings.Contains(js.String(), `"kappa": {
        "value": null`) {
		t.Errorf("JSON of undefined figures: %v\n%s", err, js.String())
	}
}

func TestUnits(t *testing.T) {
	t0 := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	ps := []corpus.Passage{
		{ID: "p1", Text: "one", Annotations: []corpus.Annotation{{Element: "e"}, {Element: "f"}}},
		{ID: "p2", Text: "two", Annotations: []corpus.Annotation{{Element: "e"}}},
		{ID: "p3", Text: "three"},
	}
	ds := []corpus.Decision{
		{Passage: "p1", Action: corpus.Reject, Element: "f", Reviewer: "ann", Time: t0},
		{Passage: "p1", Action: corpus.Accept, Element: "e", Reviewer: "bob", Time: t0},
		{Passage: "p3", Action: corpus.Add, Element: "g", Reviewer: "ann", Time: t0},
		{Passage: "p2", Action: corpus.Reject, Element: "e", Reviewer: "ann", Time: t0, Orphan: true},
	}
	got := RulesVsReview(ps, ds)
	want := []Unit{{ID: "p1", A: []string{"e", "f"}, B: []string{"e"}}, {ID: "p3", B: []string{"g"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("RulesVsReview = %+v, want %+v", got, want)
	}
	got = Between(ps, ds, "ann", "bob")
	want = []Unit{{ID: "p1", A: []string{"e"}, B: []string{"e", "f"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Between = %+v, want %+v", got, want)
	}
}

// TestAlphaAmong codes Krippendorff's binary example as two reviewers'
// decisions on ten passages, with an eleventh that one of them alone
// reviewed (missing for the other): alpha stays 0.095.
func TestAlphaAmong(t *testing.T) {
	t0 := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	var ps []corpus.Passage
	var ds []corpus.Decision
	for i, u := range fixture() {
		p := corpus.Passage{ID: u.ID, Text: "text"}
		ps = append(ps, p)
		for r, els := range map[string][]string{"ann": u.A, "bob": u.B} {
			ds = append(ds, corpus.Decision{Passage: p.ID, Action: corpus.SetState, State: "X", Reviewer: r, Time: t0.Add(time.Duration(i))})
			for _, e := range els {
				ds = append(ds, corpus.Decision{Passage: p.ID, Action: corpus.Add, Element: e, Reviewer: r, Time: t0})
			}
		}
	}
	ps = append(ps, corpus.Passage{ID: "z", Text: "text"})
	ds = append(ds, corpus.Decision{Passage: "z", Action: corpus.Add, Element: "e", Reviewer: "ann", Time: t0})
	got := AlphaAmong(ps, ds, []string{"ann", "bob"}, []string{"e"})
	if len(got) != 2 || got[0].Element != "e" || got[0].Passages != 10 || !near(got[0].Alpha, 1-76.0/84, 1e-12) {
		t.Errorf("AlphaAmong = %+v, want e: 10 passages, 0.095", got)
	}
	units := Between(ps, ds, "ann", "bob")
	if tab := Compare(units, Options{Elements: []string{"e"}, Resamples: -1}); !near(tab.Rows[0].Alpha, got[0].Alpha, 1e-12) || tab.Units != 10 {
		t.Errorf("Between and Compare: %+v, want the same alpha on 10 passages", tab.Rows[0])
	}
}
