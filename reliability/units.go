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
