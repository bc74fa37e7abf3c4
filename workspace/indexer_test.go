package workspace

import (
	"context"
	"slices"
	"testing"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/index"
)

// TestIndexerLeavesQueuedWhatItCannotIndex checks the indexer's promise
// that what it cannot index stays in the store's queue for Sync: with an
// index that refuses writes, neither a batch flushed as documents arrive
// nor the leftovers flushed at the end takes a document off the queue, and
// Sync then indexes them all.
func TestIndexerLeavesQueuedWhatItCannotIndex(t *testing.T) {
	ctx := context.Background()
	w := testWorkspace(t)
	if err := w.store.QueueAll(ctx); err != nil {
		t.Fatal(err)
	}
	queued := func() []string {
		q, err := w.store.IndexQueue(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, d := range q {
			ids = append(ids, d.DocID)
		}
		return ids
	}
	want := queued()
	if len(want) == 0 {
		t.Fatal("nothing queued")
	}
	// Analysis works on a read-only index; every write fails.
	if err := w.idx.Close(); err != nil {
		t.Fatal(err)
	}
	ro, err := index.OpenReadOnly(w.indexPath())
	if err != nil {
		t.Fatal(err)
	}
	w.idx = ro

	ix := startIndexer(ctx, w, 1)
	// The documents again and again, so that the goroutine flushes a
	// batch before the end as well.
	for entries := 0; entries < 2*indexBatch; {
		for _, id := range want {
			d, err := w.store.Document(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			ps, err := w.store.Passages(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			ix.add(&job{res: FileResult{Doc: d}, ps: ps})
			entries += max(len(ps), 1)
		}
	}
	if _, err := ix.wait(ctx, func([]corpus.Failure) []string { return nil }); err == nil {
		t.Fatal("indexing into a read-only index succeeded")
	}
	if got := queued(); !slices.Equal(got, want) {
		t.Fatalf("queued after a failed indexing: %v, want %v", got, want)
	}

	if err := w.idx.Close(); err != nil {
		t.Fatal(err)
	}
	w.idx = nil
	if n, err := w.Sync(ctx); err != nil || n != len(want) {
		t.Fatalf("Sync = %d, %v; want %d documents", n, err, len(want))
	}
	if got := queued(); len(got) != 0 {
		t.Errorf("queued after Sync: %v", got)
	}
}
