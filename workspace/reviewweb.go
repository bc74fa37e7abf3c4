package workspace

import (
	"context"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/reliability"
)

// This file holds what the web review pages ask of a workspace beyond what
// the review command does: a passage's decisions with their IDs (for an
// undo), the reviewers to compare, and a memory told of a decision at once.

// AgreementTable is what Agreement returns, named here so that a front end
// needs no other package than workspace to hold it.
type AgreementTable = reliability.Table

// PassageDecisions returns the decisions on passage id, in the order they
// were made.
func (w *Workspace) PassageDecisions(ctx context.Context, id string) ([]corpus.Decision, error) {
	return w.store.Decisions(ctx, corpus.DecisionQuery{Passages: []string{id}})
}

// Reviewers returns the names of everyone who made a decision, sorted.
func (w *Workspace) Reviewers(ctx context.Context) ([]string, error) {
	return w.store.Reviewers(ctx)
}

// Invalidate makes the memory read the store again at its next use: a
// decision made through this process is then seen by the next page, even
// when the store's files changed too little for the file times to tell.
func (m *Memory) Invalidate() {
	m.mu.Lock()
	m.gen = ""
	m.mu.Unlock()
}
