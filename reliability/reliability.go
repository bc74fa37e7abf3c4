// Package reliability says how far normdex's tags can be trusted: how the
// rules agree with reviewers' decisions, and reviewers with each other, per
// element and overall, as the figures a methods section reports — precision,
// recall, F1, Cohen's kappa and Krippendorff's alpha, with counts and
// bootstrap 95% intervals.
//
// The unit of analysis is the passage: for each element, each coder either
// found it in the passage or did not (its polarity and span aside).
package reliability

import (
	"math"
	"math/rand/v2"
	"slices"
	"sort"
)

// Unit is one passage coded by two coders: the elements each found.
type Unit struct {
	ID string
	// A is the coder being judged (the rules, or a first reviewer), B the
	// reference (a reviewer): precision is of A against B.
	A, B []string
}

// Interval is a bootstrap confidence interval; NaN bounds when the figure
// was undefined in too many resamples to have one.
type Interval struct{ Low, High float64 }

// Row is the agreement of two coders on one element, or on all of them
// pooled (Element "").
type Row struct {
	Element string
	Units   int // passages coded by both; in the pooled row, passage–element pairs
	// A found the element and B too (TP), A alone (FP), B alone (FN), neither (TN).
	TP, FP, FN, TN int
	// Figures that are undefined (precision when A never found the
	// element, kappa when both coders never vary) are NaN.
	Precision, Recall, F1, Kappa, Alpha           float64
	PrecisionCI, RecallCI, F1CI, KappaCI, AlphaCI Interval
}

// Table is the agreement of two coders per element and overall.
type Table struct {
	CoderA, CoderB string
	Units          int
	Rows           []Row // by element, then the pooled row
	Resamples      int
	Seed           uint64
}

// Options say what Compare computes.
type Options struct {
	CoderA, CoderB string   // names for the table: "rules", "ann"
	Elements       []string // the elements to score; nil: every element either coder found
	Resamples      int      // bootstrap resamples of the passages; 0: 1000, negative: none
	Seed           uint64   // the same seed and units give the same intervals
}

// DefaultResamples is the number of bootstrap resamples when Options say none.
const DefaultResamples = 1000

// counts is a 2×2 table of two coders on one element.
type counts struct{ tp, fp, fn, tn int }

func (c counts) n() int { return c.tp + c.fp + c.fn + c.tn }

// cell is where one unit falls for one element, other than neither.
type cell struct {
	element int
	kind    uint8 // 0 both, 1 A only, 2 B only
}

// Compare computes the agreement of the coders on units. Units are taken in
// the order of their IDs, so that the intervals depend on the seed and the
// units only.
func Compare(units []Unit, opt Options) Table {
	units = slices.Clone(units)
	sort.SliceStable(units, func(i, j int) bool { return units[i].ID < units[j].ID })
	elements := opt.Elements
	if elements == nil {
		seen := map[string]bool{}
		for _, u := range units {
			for _, e := range append(slices.Clone(u.A), u.B...) {
				if !seen[e] {
					seen[e] = true
					elements = append(elements, e)
				}
			}
		}
		sort.Strings(elements)
	}
	index := map[string]int{}
	for i, e := range elements {
		index[e] = i
	}
	// Each unit's cells: most passages have few elements, so a resample
	// costs the elements found, not all of them.
	cells := make([][]cell, len(units))
	for i, u := range units {
		in := func(list []string) map[int]bool {
			m := map[int]bool{}
			for _, e := range list {
				if k, ok := index[e]; ok {
					m[k] = true
				}
			}
			return m
		}
		a, b := in(u.A), in(u.B)
		for k := range elements {
			switch {
			case a[k] && b[k]:
				cells[i] = append(cells[i], cell{k, 0})
			case a[k]:
				cells[i] = append(cells[i], cell{k, 1})
			case b[k]:
				cells[i] = append(cells[i], cell{k, 2})
			}
		}
	}
	tally := func(pick func(yield func(int))) []counts {
		out := make([]counts, len(elements))
		n := 0
		pick(func(i int) {
			n++
			for _, c := range cells[i] {
				switch c.kind {
				case 0:
					out[c.element].tp++
				case 1:
					out[c.element].fp++
				case 2:
					out[c.element].fn++
				}
			}
		})
		for k := range out {
			out[k].tn = n - out[k].tp - out[k].fp - out[k].fn
		}
		return out
	}
	all := tally(func(yield func(int)) {
		for i := range units {
			yield(i)
		}
	})
	t := Table{CoderA: opt.CoderA, CoderB: opt.CoderB, Units: len(units), Resamples: opt.Resamples, Seed: opt.Seed}
	if t.Resamples == 0 {
		t.Resamples = DefaultResamples
	}
	if t.Resamples < 0 {
		t.Resamples = 0
	}
	for k, e := range elements {
		t.Rows = append(t.Rows, row(e, all[k]))
	}
	t.Rows = append(t.Rows, row("", pool(all)))
	if t.Resamples == 0 || len(units) == 0 {
		return t
	}
	// Percentile intervals from resamples of the passages (with all their
	// elements, so that the pooled figures keep the passages' correlation).
	rng := rand.New(rand.NewPCG(opt.Seed, 0x9e3779b97f4a7c15))
	samples := make([][5][]float64, len(t.Rows))
	for range t.Resamples {
		c := tally(func(yield func(int)) {
			for range units {
				yield(rng.IntN(len(units)))
			}
		})
		c = append(c, pool(c))
		for k := range c {
			f := figures(c[k])
			for j, v := range f {
				samples[k][j] = append(samples[k][j], v)
			}
		}
	}
	for k := range t.Rows {
		r := &t.Rows[k]
		for j, ci := range []*Interval{&r.PrecisionCI, &r.RecallCI, &r.F1CI, &r.KappaCI, &r.AlphaCI} {
			*ci = percentile(samples[k][j], t.Resamples)
		}
	}
	return t
}

func pool(cs []counts) counts {
	var p counts
	for _, c := range cs {
		p.tp, p.fp, p.fn, p.tn = p.tp+c.tp, p.fp+c.fp, p.fn+c.fn, p.tn+c.tn
	}
	return p
}

func row(element string, c counts) Row {
	f := figures(c)
	none := Interval{math.NaN(), math.NaN()}
	return Row{Element: element, Units: c.n(), TP: c.tp, FP: c.fp, FN: c.fn, TN: c.tn,
		Precision: f[0], Recall: f[1], F1: f[2], Kappa: f[3], Alpha: f[4],
		PrecisionCI: none, RecallCI: none, F1CI: none, KappaCI: none, AlphaCI: none}
}

// figures returns precision, recall, F1, kappa and alpha of a 2×2 table.
func figures(c counts) [5]float64 {
	p := ratio(c.tp, c.tp+c.fp)
	r := ratio(c.tp, c.tp+c.fn)
	f1 := math.NaN()
	switch {
	case c.tp+c.fp+c.fn == 0:
		// Neither coder found the element: F1 has nothing to say.
	case c.tp == 0:
		f1 = 0
	default:
		f1 = 2 * p * r / (p + r)
	}
	return [5]float64{p, r, f1, kappa2x2(c), alpha2x2(c)}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return math.NaN()
	}
	return float64(a) / float64(b)
}

// kappa2x2 is Cohen's kappa of a 2×2 table: (po − pe) / (1 − pe).
func kappa2x2(c counts) float64 {
	n := float64(c.n())
	if n == 0 {
		return math.NaN()
	}
	po := float64(c.tp+c.tn) / n
	pe := (float64(c.tp+c.fp)*float64(c.tp+c.fn) + float64(c.fn+c.tn)*float64(c.fp+c.tn)) / (n * n)
	if pe == 1 {
		return math.NaN()
	}
	return (po - pe) / (1 - pe)
}

// alpha2x2 is Krippendorff's alpha (nominal) of two coders with no missing
// values on a binary variable. Its coincidence matrix has 2·tp and 2·tn on
// the diagonal and fp+fn off it, so alpha = 1 − (n−1)(fp+fn) / (n₀·n₁),
// with n = 2N pairable values and n₁ = 2tp+fp+fn of them "found".
func alpha2x2(c counts) float64 {
	n := float64(2 * c.n())
	n1 := float64(2*c.tp + c.fp + c.fn)
	n0 := float64(2*c.tn + c.fp + c.fn)
	if n < 2 || n0 == 0 || n1 == 0 {
		return math.NaN()
	}
	return 1 - (n-1)*float64(c.fp+c.fn)/(n0*n1)
}

// percentile returns the 2.5th and 97.5th percentiles of the defined values
// of a bootstrap sample of size b, or NaN bounds when more than 5% of the
// resamples left the figure undefined (an interval would mislead).
func percentile(xs []float64, b int) Interval {
	def := xs[:0:0]
	for _, x := range xs {
		if !math.IsNaN(x) {
			def = append(def, x)
		}
	}
	if len(def) == 0 || float64(len(def)) < 0.95*float64(b) {
		return Interval{math.NaN(), math.NaN()}
	}
	slices.Sort(def)
	at := func(q float64) float64 {
		// The nearest-rank percentile: no interpolation between resamples.
		i := int(math.Ceil(q*float64(len(def)))) - 1
		return def[min(max(i, 0), len(def)-1)]
	}
	return Interval{at(0.025), at(0.975)}
}

// CohenKappa returns Cohen's kappa of two coders who each gave every unit
// one nominal value (a[i] and b[i] for unit i): the agreement beyond what
// their own value frequencies give by chance. NaN when chance agreement is
// total (both coders always gave one and the same value) or a and b differ
// in length or are empty.
func CohenKappa(a, b []string) float64 {
	if len(a) != len(b) || len(a) == 0 {
		return math.NaN()
	}
	n := float64(len(a))
	fa, fb := map[string]float64{}, map[string]float64{}
	agree := 0.0
	for i := range a {
		fa[a[i]]++
		fb[b[i]]++
		if a[i] == b[i] {
			agree++
		}
	}
	pe := 0.0
	for v, x := range fa {
		pe += x / n * fb[v] / n
	}
	if pe == 1 {
		return math.NaN()
	}
	return (agree/n - pe) / (1 - pe)
}

// AlphaNominal returns Krippendorff's alpha for nominal data: data[c][u] is
// the value coder c gave unit u, "" when it gave none (missing). Units with
// fewer than two values are not pairable and count for nothing. NaN when
// fewer than two values are pairable or all pairable values are the same.
func AlphaNominal(data [][]string) float64 {
	units := 0
	for _, row := range data {
		units = max(units, len(row))
	}
	// The coincidence matrix, kept as its diagonal and margins: nominal
	// alpha needs only how often each value is paired with itself.
	same := map[string]float64{}
	margin := map[string]float64{}
	n := 0.0
	for u := range units {
		count := map[string]float64{}
		m := 0.0
		for _, row := range data {
			if u < len(row) && row[u] != "" {
				count[row[u]]++
				m++
			}
		}
		if m < 2 {
			continue
		}
		for v, k := range count {
			same[v] += k * (k - 1) / (m - 1)
			margin[v] += k
		}
		n += m
	}
	if n < 2 {
		return math.NaN()
	}
	observed, expected := 0.0, 0.0 // of disagreement, each times n
	sumSq := 0.0
	for v, nv := range margin {
		observed += nv - same[v]
		sumSq += nv * nv
	}
	expected = (n*n - sumSq) / (n - 1)
	if expected == 0 {
		return math.NaN()
	}
	return 1 - observed/expected
}
