package reliability

import (
	"github.com/normdex/normdex/corpus"
)

// RulesVsReview returns a unit for each reviewed passage of ps: the
// elements the rules found (A) and the elements it has once the decisions
// ds are applied (B, its effective tags). A reviewed passage is judged
// whole: a rule tag its reviewer left alone counts as let stand. Pass the
// decisions of one reviewer to judge the rules against that reviewer.
func RulesVsReview(ps []corpus.Passage, ds []corpus.Decision) []Unit {
	by := byPassage(ds)
	var out []Unit
	for _, p := range ps {
		mine := by[p.ID]
		if len(mine) == 0 {
			continue
		}
		r := corpus.ApplyDecisions(p, mine)
		if !r.Reviewed {
			continue
		}
		out = append(out, Unit{ID: p.ID, A: corpus.Elements(p.Annotations), B: corpus.Elements(r.Effective())})
	}
	return out
}

// Between returns a unit for each passage of ps that both reviewers a and
// b decided on: the effective elements by a's decisions (A) and by b's (B).
// Passages only one of them reviewed are left out: with two coders such a
// unit is not pairable, and would count for nothing in alpha either.
func Between(ps []corpus.Passage, ds []corpus.Decision, a, b string) []Unit {
	by := byPassage(ds)
	var out []Unit
	for _, p := range ps {
		var da, db []corpus.Decision
		for _, d := range by[p.ID] {
			switch d.Reviewer {
			case a:
				da = append(da, d)
			case b:
				db = append(db, d)
			}
		}
		ra, rb := corpus.ApplyDecisions(p, da), corpus.ApplyDecisions(p, db)
		if !ra.Reviewed || !rb.Reviewed {
			continue
		}
		out = append(out, Unit{ID: p.ID, A: corpus.Elements(ra.Effective()), B: corpus.Elements(rb.Effective())})
	}
	return out
}

func byPassage(ds []corpus.Decision) map[string][]corpus.Decision {
	m := map[string][]corpus.Decision{}
	for _, d := range ds {
		if !d.Orphan {
			m[d.Passage] = append(m[d.Passage], d)
		}
	}
	return m
}

// Among is Krippendorff's alpha of several reviewers on one element, or
// on all of them pooled (Element "").
type Among struct {
	Element string
	// Passages is how many passages at least two of the reviewers
	// reviewed: the pairable units.
	Passages int
	Alpha    float64
}

// AlphaAmong returns Krippendorff's alpha (nominal) of reviewers per element
// of elements and pooled: in each passage, each reviewer found the element
// (by the effective tags of their own decisions) or not, or, when they did
// not review the passage, gave no value — alpha's missing data, so that
// passages reviewed by some of them only still count among those.
func AlphaAmong(ps []corpus.Passage, ds []corpus.Decision, reviewers, elements []string) []Among {
	by := byPassage(ds)
	// found[r][u] is the effective elements of passage u by reviewer r;
	// nil when r did not review it.
	found := make([][]map[string]bool, len(reviewers))
	pairable := 0
	for _, p := range ps {
		n := 0
		row := make([]map[string]bool, len(reviewers))
		for i, r := range reviewers {
			var mine []corpus.Decision
			for _, d := range by[p.ID] {
				if d.Reviewer == r {
					mine = append(mine, d)
				}
			}
			rev := corpus.ApplyDecisions(p, mine)
			if !rev.Reviewed {
				continue
			}
			n++
			row[i] = map[string]bool{}
			for _, e := range corpus.Elements(rev.Effective()) {
				row[i][e] = true
			}
		}
		if n == 0 {
			continue
		}
		if n >= 2 {
			pairable++
		}
		for i := range reviewers {
			found[i] = append(found[i], row[i])
		}
	}
	code := func(el string) [][]string {
		data := make([][]string, len(reviewers))
		for i, units := range found {
			for _, u := range units {
				v := ""
				switch {
				case u == nil:
				case u[el]:
					v = "1"
				default:
					v = "0"
				}
				data[i] = append(data[i], v)
			}
		}
		return data
	}
	var out []Among
	pooled := make([][]string, len(reviewers))
	for _, el := range elements {
		data := code(el)
		out = append(out, Among{Element: el, Passages: pairable, Alpha: AlphaNominal(data)})
		for i := range data {
			pooled[i] = append(pooled[i], data[i]...)
		}
	}
	return append(out, Among{Passages: pairable, Alpha: AlphaNominal(pooled)})
}
