package reliability

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// Overall names the pooled row in the tables.
const Overall = "overall"

func (r Row) name() string {
	if r.Element == "" {
		return Overall
	}
	return r.Element
}

// fixed prints a figure with three decimals, "n/a" when it is undefined.
func fixed(x float64) string {
	if math.IsNaN(x) {
		return "n/a"
	}
	return strconv.FormatFloat(x, 'f', 3, 64)
}

func withCI(x float64, ci Interval) string {
	if math.IsNaN(ci.Low) {
		return fixed(x)
	}
	return fmt.Sprintf("%s [%s, %s]", fixed(x), fixed(ci.Low), fixed(ci.High))
}

// Markdown writes the table as Markdown, with a line that says what was
// compared and how the intervals were made.
func (t Table) Markdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Agreement of %s with %s on %d passages", t.CoderA, t.CoderB, t.Units)
	b.WriteString(" (N: passages; overall: passage–element pairs)")
	if t.Resamples > 0 {
		fmt.Fprintf(&b, "; 95%% intervals from %d bootstrap resamples of the passages (seed %d), left out where the figure was undefined in more than 5%% of them", t.Resamples, t.Seed)
	}
	b.WriteString(". TP: both found the element; FP: only " + t.CoderA + "; FN: only " + t.CoderB + "; n/a: undefined.\n\n")
	b.WriteString("| Element | N | TP | FP | FN | TN | Precision | Recall | F1 | Cohen's κ | Krippendorff's α |\n")
	b.WriteString("|---|--:|--:|--:|--:|--:|---|---|---|---|---|\n")
	for _, r := range t.Rows {
		name := r.name()
		if r.Element == "" {
			name = "**" + name + "**"
		}
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d | %d | %s | %s | %s | %s | %s |\n", name, r.Units, r.TP, r.FP, r.FN, r.TN,
			withCI(r.Precision, r.PrecisionCI), withCI(r.Recall, r.RecallCI), withCI(r.F1, r.F1CI),
			withCI(r.Kappa, r.KappaCI), withCI(r.Alpha, r.AlphaCI))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// CSV writes the table as CSV with a header, one column per figure and
// bound; undefined figures are empty.
func (t Table) CSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	head := []string{"element", "n", "tp", "fp", "fn", "tn"}
	for _, f := range []string{"precision", "recall", "f1", "kappa", "alpha"} {
		head = append(head, f, f+"_low", f+"_high")
	}
	cw.Write(head)
	num := func(x float64) string {
		if math.IsNaN(x) {
			return ""
		}
		return strconv.FormatFloat(x, 'f', 4, 64)
	}
	for _, r := range t.Rows {
		rec := []string{r.name(), strconv.Itoa(r.Units), strconv.Itoa(r.TP), strconv.Itoa(r.FP), strconv.Itoa(r.FN), strconv.Itoa(r.TN)}
		for _, f := range r.figures() {
			rec = append(rec, num(f.value), num(f.ci.Low), num(f.ci.High))
		}
		cw.Write(rec)
	}
	cw.Flush()
	return cw.Error()
}

type figure struct {
	value float64
	ci    Interval
}

func (r Row) figures() []figure {
	return []figure{{r.Precision, r.PrecisionCI}, {r.Recall, r.RecallCI}, {r.F1, r.F1CI}, {r.Kappa, r.KappaCI}, {r.Alpha, r.AlphaCI}}
}

// jsonFigure is a figure in JSON: undefined values are null.
type jsonFigure struct {
	Value *float64   `json:"value"`
	CI    []*float64 `json:"ci95,omitempty"`
}

func toJSON(f figure, resampled bool) jsonFigure {
	ptr := func(x float64) *float64 {
		if math.IsNaN(x) {
			return nil
		}
		return &x
	}
	j := jsonFigure{Value: ptr(f.value)}
	if resampled {
		j.CI = []*float64{ptr(f.ci.Low), ptr(f.ci.High)}
	}
	return j
}

// JSON writes the table as one JSON object.
func (t Table) JSON(w io.Writer) error {
	type jsonRow struct {
		Element   string     `json:"element"`
		N         int        `json:"n"`
		TP        int        `json:"tp"`
		FP        int        `json:"fp"`
		FN        int        `json:"fn"`
		TN        int        `json:"tn"`
		Precision jsonFigure `json:"precision"`
		Recall    jsonFigure `json:"recall"`
		F1        jsonFigure `json:"f1"`
		Kappa     jsonFigure `json:"kappa"`
		Alpha     jsonFigure `json:"alpha"`
	}
	out := struct {
		CoderA    string    `json:"coder_a"`
		CoderB    string    `json:"coder_b"`
		Passages  int       `json:"passages"`
		Resamples int       `json:"resamples"`
		Seed      uint64    `json:"seed"`
		Rows      []jsonRow `json:"rows"`
	}{CoderA: t.CoderA, CoderB: t.CoderB, Passages: t.Units, Resamples: t.Resamples, Seed: t.Seed, Rows: []jsonRow{}}
	for _, r := range t.Rows {
		f := r.figures()
		rs := t.Resamples > 0
		out.Rows = append(out.Rows, jsonRow{Element: r.name(), N: r.Units, TP: r.TP, FP: r.FP, FN: r.FN, TN: r.TN,
			Precision: toJSON(f[0], rs), Recall: toJSON(f[1], rs), F1: toJSON(f[2], rs), Kappa: toJSON(f[3], rs), Alpha: toJSON(f[4], rs)})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
