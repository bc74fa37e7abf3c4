package workspace

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"os/user"
	"slices"
	"strings"

	"github.com/normdex/normdex/annotate"
	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/index"
	"github.com/normdex/normdex/reliability"
)

// reviewed returns passage p of document d as its reviewers left it, by
// the decisions ds on it: its effective State and tags (rule tags not
// rejected, and manual ones, each with its origin and status), the review,
// and the rule annotations rejected. Search, excerpts, the map, the
// document list and the index all see passages through it, so that a
// decision changes them alike.
func reviewed(d corpus.Document, p corpus.Passage, ds []corpus.Decision) match {
	r := corpus.ApplyDecisions(p, ds)
	eff := p
	eff.State = r.State
	var rejected []corpus.Annotation
	eff.Annotations, rejected = r.Split()
	return match{doc: d, p: eff, stored: p, r: r, rejected: rejected}
}

// decisionsByPassage returns the decisions q selects, by passage; orphans
// are left out (they are on no passage).
func (w *Workspace) decisionsByPassage(ctx context.Context, q corpus.DecisionQuery) (map[string][]corpus.Decision, error) {
	out := map[string][]corpus.Decision{}
	if q.Passages != nil && len(q.Passages) == 0 {
		return out, nil
	}
	ds, err := w.store.Decisions(ctx, q)
	if err != nil {
		return nil, err
	}
	for _, d := range ds {
		if !d.Orphan {
			out[d.Passage] = append(out[d.Passage], d)
		}
	}
	return out, nil
}

// newEntry is the index entry of a passage as its reviewers left it.
func newEntry(m match) index.Entry {
	e := index.NewEntry(m.doc, m.p)
	e.Reviewed = m.r.Reviewed
	return e
}

// reviewedEntries returns the index entries of document d's passages ps,
// just stored, as their reviewers left them: a re-ingest keeps the
// decisions the store re-anchored on them.
func (w *Workspace) reviewedEntries(ctx context.Context, d corpus.Document, ps []corpus.Passage) ([]index.Entry, error) {
	decided, err := w.decisionsByPassage(ctx, corpus.DecisionQuery{Document: d.ID})
	if err != nil {
		return nil, err
	}
	return entriesOf(d, ps, decided), nil
}

// InvalidError is a request a caller can correct: an unknown element or
// State, a tag the passage does not have. The command line answers it
// with a usage error, the web with a bad request.
type InvalidError struct{ Msg string }

func (e *InvalidError) Error() string { return e.Msg }

func invalid(format string, args ...any) error {
	return &InvalidError{Msg: fmt.Sprintf(format, args...)}
}

// DefaultReviewer names the reviewer when none is given: $NORMDEX_REVIEWER,
// else the user the process runs as.
func DefaultReviewer() string {
	if r := strings.TrimSpace(os.Getenv("NORMDEX_REVIEWER")); r != "" {
		return r
	}
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return "unknown"
}

// Review records a reviewer's decision on a passage (d.Passage): accept or
// reject the rule tags of an element, add a manual annotation (on d.Text
// or the span d.Start:d.End, or on the whole passage), or set the
// passage's State. An element must be one the workspace knows; accept and
// reject need the element among the passage's tags, and a State is
// written as the gazetteer spells it. The index catches up before it
// returns the decision as stored. Writing: open the workspace with Write.
func (w *Workspace) Review(ctx context.Context, d corpus.Decision) (corpus.Decision, error) {
	if d.Reviewer == "" {
		d.Reviewer = DefaultReviewer()
	}
	x, err := w.Passage(ctx, d.Passage)
	if errors.Is(err, corpus.ErrNotFound) {
		return d, invalid("review: no passage %s (see 'normdex search' for passage IDs)", d.Passage)
	}
	if err != nil {
		return d, err
	}
	switch d.Action {
	case corpus.Accept, corpus.Reject, corpus.Add:
		known, err := w.elementSet(ctx)
		if err != nil {
			return d, err
		}
		if !known[d.Element] {
			return d, invalid("review %s: unknown element %q (see 'normdex rules')", d.Passage, d.Element)
		}
		if d.Action != corpus.Add && !hasTag(x, d.Element) {
			return d, invalid("review %s: the passage has no %s tag to %s: use add", d.Passage, d.Element, d.Action)
		}
	case corpus.SetState:
		e, ok := corpus.States().Lookup(d.State)
		if !ok {
			return d, invalid("review %s: unknown State or organisation %q", d.Passage, d.State)
		}
		d.State = e.Name
	}
	if d.Action == corpus.Add {
		// A quoted text not in the passage, a span outside it: the
		// reviewer's to correct.
		probe := d
		if err := probe.AnchorTo(corpus.Passage{ID: x.ID, DocID: x.DocID, Text: x.Text}, x.Source); err != nil {
			return d, invalid("review %v", err)
		}
	}
	if err := d.Validate(); err != nil {
		return d, invalid("review: %v", err)
	}
	stored, err := w.store.AddDecision(ctx, d)
	if err != nil {
		return stored, err
	}
	return stored, w.catchUp(ctx)
}

// DeleteDecision takes a decision back (an undo): the passage is then as
// the other decisions on it leave it.
func (w *Workspace) DeleteDecision(ctx context.Context, id int64) error {
	if err := w.store.DeleteDecision(ctx, id); err != nil {
		return err
	}
	return w.catchUp(ctx)
}

// hasTag reports whether the excerpt has the element among its tags,
// rejected ones included (a reviewer may change their mind).
func hasTag(x Excerpt, el string) bool {
	return slices.Contains(x.Elements, el) || slices.ContainsFunc(x.Rejected, func(a corpus.Annotation) bool { return a.Element == el })
}

func (w *Workspace) elementSet(ctx context.Context) (map[string]bool, error) {
	known, err := w.KnownElements(ctx)
	if err != nil {
		return nil, err
	}
	set := map[string]bool{}
	for _, el := range append(known, annotate.ElementIDs...) {
		set[el] = true
	}
	return set, nil
}

// ReviewQueue yields the passages that pass the filter on which no reviewer
// decided anything yet, in document order: the review loop's (and the web
// review queue's) next passages. Decisions made while it runs are seen: a
// passage decided meanwhile is left out.
func (w *Workspace) ReviewQueue(ctx context.Context, f corpus.Filter) iter.Seq2[Excerpt, error] {
	return func(yield func(Excerpt, error) bool) {
		f.ReviewedOnly = false
		for x, err := range w.Excerpts(ctx, f, ExcerptOptions{}) {
			if err != nil {
				yield(x, err)
				return
			}
			if x.Reviewed {
				continue
			}
			ds, err := w.store.Decisions(ctx, corpus.DecisionQuery{Passages: []string{x.ID}})
			if err != nil {
				yield(x, err)
				return
			}
			if len(ds) > 0 {
				continue
			}
			if !yield(x, nil) {
				return
			}
		}
	}
}

// DecisionOptions select decisions.
type DecisionOptions struct {
	Reviewers []string
	// Orphans selects only the decisions on no stored passage.
	Orphans bool
}

// Decisions returns the decisions on the passages that pass the filter
// (every decision, orphans included, when the filter selects everything),
// in the order they were made.
func (w *Workspace) Decisions(ctx context.Context, f corpus.Filter, opt DecisionOptions) ([]corpus.Decision, error) {
	q := corpus.DecisionQuery{Reviewers: opt.Reviewers, Orphans: opt.Orphans}
	if opt.Orphans || isEverything(f) {
		return w.store.Decisions(ctx, q)
	}
	f.ReviewedOnly = true
	var ids []string
	for m, err := range w.passages(ctx, f) {
		if err != nil {
			return nil, err
		}
		ids = append(ids, m.p.ID)
	}
	var out []corpus.Decision
	// In chunks, under SQLite's limit on the parameters of a statement.
	for i := 0; i < len(ids); i += 500 {
		q.Passages = ids[i:min(i+500, len(ids))]
		ds, err := w.store.Decisions(ctx, q)
		if err != nil {
			return nil, err
		}
		out = append(out, ds...)
	}
	slices.SortStableFunc(out, func(a, b corpus.Decision) int { return a.Time.Compare(b.Time) })
	return out, nil
}

// isEverything reports whether f, whatever it says of review, selects
// every passage.
func isEverything(f corpus.Filter) bool {
	f.ReviewedOnly = false
	return f.IsZero()
}

// Imported is what ImportDecisions did.
type Imported struct {
	Read, Stored, Duplicates int
	// Orphans are the decisions stored that no passage here could take.
	Orphans []corpus.Decision
}

// ImportDecisions stores the decisions of a JSON Lines file (named name,
// for errors) that 'export --format decisions' wrote in another
// workspace: each is placed on its passage here by its anchor, those no
// passage can take are kept as orphans, and those stored already are not
// stored twice. Nothing is stored when a line is bad.
func (w *Workspace) ImportDecisions(ctx context.Context, name string, r io.Reader) (Imported, error) {
	ds, err := corpus.ReadDecisions(name, r)
	if err != nil {
		return Imported{}, err
	}
	stored, orphans, err := w.store.ImportDecisions(ctx, ds)
	if err != nil {
		return Imported{}, fmt.Errorf("%s: %w", name, err)
	}
	out := Imported{Read: len(ds), Stored: stored, Duplicates: len(ds) - stored, Orphans: orphans}
	return out, w.catchUp(ctx)
}

// AgreementOptions say whose agreement Agreement computes.
type AgreementOptions struct {
	// Reviewers: none compares the rules with every reviewer's decisions,
	// one with that reviewer's, two the reviewers with each other.
	Reviewers []string
	Resamples int // bootstrap resamples; 0: reliability.DefaultResamples
	Seed      uint64
}

// Agreement computes how the rules agree with reviewers' decisions (or two
// reviewers with each other) on the reviewed passages that pass the
// filter, per element and overall (see reliability.Compare). The filter's
// elements choose the elements scored, not the passages: selecting
// passages by a coder's tags would hide what the other coder found alone.
func (w *Workspace) Agreement(ctx context.Context, f corpus.Filter, opt AgreementOptions) (reliability.Table, error) {
	if len(opt.Reviewers) > 2 {
		return reliability.Table{}, invalid("agree: give one or two reviewers, not %d", len(opt.Reviewers))
	}
	patterns := f.Elements
	f.Elements, f.Polarity, f.ReviewedOnly = nil, "", true
	var ps []corpus.Passage
	var ids []string
	for m, err := range w.passages(ctx, f) {
		if err != nil {
			return reliability.Table{}, err
		}
		ps, ids = append(ps, m.stored), append(ids, m.p.ID)
	}
	var ds []corpus.Decision
	for i := 0; i < len(ids); i += 500 {
		got, err := w.store.Decisions(ctx, corpus.DecisionQuery{Passages: ids[i:min(i+500, len(ids))], Reviewers: opt.Reviewers})
		if err != nil {
			return reliability.Table{}, err
		}
		ds = append(ds, got...)
	}
	ro := reliability.Options{CoderA: "rules", CoderB: "reviewers", Resamples: opt.Resamples, Seed: opt.Seed}
	var units []reliability.Unit
	switch len(opt.Reviewers) {
	case 2:
		ro.CoderA, ro.CoderB = opt.Reviewers[0], opt.Reviewers[1]
		units = reliability.Between(ps, ds, opt.Reviewers[0], opt.Reviewers[1])
	case 1:
		ro.CoderB = opt.Reviewers[0]
		fallthrough
	default:
		units = reliability.RulesVsReview(ps, ds)
	}
	if len(patterns) > 0 {
		// The elements either coder found that the filter selects.
		ro.Elements = []string{}
		for _, u := range units {
			for _, el := range append(slices.Clone(u.A), u.B...) {
				if selected(patterns, el) && !slices.Contains(ro.Elements, el) {
					ro.Elements = append(ro.Elements, el)
				}
			}
		}
		slices.Sort(ro.Elements)
	}
	return reliability.Compare(units, ro), nil
}
