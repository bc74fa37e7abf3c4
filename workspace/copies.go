package workspace

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/normdex/normdex/corpus"
)

// runCopy is a document an ingest stored that another document of the
// same run may nearly duplicate, or be nearly duplicated by.
type runCopy struct {
	id, path string
	order    int // its place in the order files were handed out
	sig      corpus.Signature
	dupOf    string // as committed: the run's documents finish in any order
	// before is set when dupOf was stored before the run: the document
	// keeps it, whatever the order, and a later one may duplicate it.
	before bool
}

// settledCopy is what settle decided for one document of a run.
type settledCopy struct {
	runCopy
	original corpus.Original // ID "" when the document stands
}

// settle decides which of a run's near-duplicates stand as if the
// documents had been stored in the order they were handed out: the larger
// file first, of two of a size the one named first. They are committed as
// they finish, on several workers, and the copy counted of two in one run
// changed from one ingest of a folder to the next: facet counts, matrices
// and exports with it. Mostly they finish in that order, and nothing
// changes. docs are the run's stored documents that have a signature.
// Those that duplicate a document stored before the run keep it (the
// earliest stored is found first, whatever the run's order) and are not
// returned; the others are, in hand-out order.
func settle(docs []runCopy) []settledCopy {
	docs = slices.Clone(docs)
	slices.SortFunc(docs, func(a, b runCopy) int { return cmp.Compare(a.order, b.order) })
	var x corpus.Duplicates
	var out []settledCopy
	for _, d := range docs {
		if !d.before {
			s := settledCopy{runCopy: d}
			s.original, _ = x.Find(d.path, d.sig)
			out = append(out, s)
		}
		x.Add(d.id, d.path, d.sig)
	}
	return out
}

// duplicateNote is what a file's report says of the document it
// nearly duplicates.
func duplicateNote(o corpus.Original) string {
	return fmt.Sprintf("duplicate of %s (%s, %.0f%% alike): counted once", o.ID[:12], o.Source, 100*o.Similarity)
}

// settleCopies settles the near-duplicates among the documents a run
// stored (copies, less those the index then failed; see settle), records
// in the store those that finished in another order than the one they
// were handed out in, queued for the index, and reports the run's
// duplicates of one another in rep.Copies. It returns the documents it
// changed, with their places in the index queue.
func (w *Workspace) settleCopies(ctx context.Context, rep *IngestReport, copies []runCopy, failed []corpus.Failure) ([]corpus.Queued, error) {
	// Of two near-duplicates of one run, the one stored second finds the
	// first or a document stored before it: with none found, there is
	// nothing to settle.
	if !slices.ContainsFunc(copies, func(c runCopy) bool { return c.dupOf != "" }) {
		return nil, nil
	}
	gone := map[string]bool{}
	for _, f := range failed {
		gone[f.Path] = true
	}
	copies = slices.DeleteFunc(copies, func(c runCopy) bool { return gone[c.path] })
	// An original stored before the run that the run then replaced (its
	// file had new bytes) or removed stands for nothing now: its copy is
	// settled among the run's documents, as it would be had it been stored
	// after the replacement.
	for i, c := range copies {
		if !c.before {
			continue
		}
		switch _, err := w.store.DocumentInfo(ctx, c.dupOf); {
		case errors.Is(err, corpus.ErrNotFound):
			copies[i].before = false
		case err != nil:
			return nil, fmt.Errorf("near-duplicates of this run: %w", err)
		}
	}
	changes := map[string]string{}
	var reported []Copy
	for _, c := range settle(copies) {
		if c.original.ID != c.dupOf {
			changes[c.id] = c.original.ID
		}
		if c.original.ID != "" {
			reported = append(reported, Copy{Path: c.path, Note: duplicateNote(c.original)})
		}
	}
	changed, err := w.store.SetDuplicates(ctx, changes)
	if err != nil {
		return nil, fmt.Errorf("near-duplicates of this run: %w", err)
	}
	rep.Copies = reported
	return changed, nil
}
