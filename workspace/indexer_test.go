package workspace

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

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
	queue := func() []corpus.Queued {
		q, err := w.store.IndexQueue(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return q
	}
	queued := func() []string {
		var ids []string
		for _, d := range queue() {
			ids = append(ids, d.DocID)
		}
		return ids
	}
	places := queue()
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
		for _, q := range places {
			d, err := w.store.Document(ctx, q.DocID)
			if err != nil {
				t.Fatal(err)
			}
			ps, err := w.store.Passages(ctx, q.DocID)
			if err != nil {
				t.Fatal(err)
			}
			ix.add(&job{res: FileResult{Doc: d}, ps: ps, queued: q})
			entries += max(len(ps), 1)
		}
	}
	if _, err := ix.wait(ctx, func([]corpus.Failure) []corpus.Queued { return nil }); err == nil {
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

// TestIndexerKeepsDecisionMadeMeanwhile: a reviewer's decision on a
// document made while the indexer holds the entries it had at the commit
// reaches the index. The Sync that follows the decision indexes the
// document; the indexer, finding it queued anew, leaves it, where it used
// to write the earlier entries over the decision's and take the document
// off the queue.
func TestIndexerKeepsDecisionMadeMeanwhile(t *testing.T) {
	w := newWorkspace(t)
	decided := errors.New("the decision was never made")
	var once sync.Once
	ingestDeciding(t, w, func(stage, path string, _ int) {
		if stage == "analyze" && path != "" {
			once.Do(func() { decided = setFirstPassageState(w) })
		}
	})
	if decided != nil {
		t.Fatal(decided)
	}
	checkDecisionIndexed(t, w)
}

// TestIndexerBatchHoldsBackSync: a reviewer's decision committed while
// the indexer writes a batch that holds the document's earlier entries,
// after it found the document still queued where it read them, reaches
// the index: the Sync that follows the decision waits for the batch, so
// that the decision's entries are written over the earlier ones, not
// under them.
func TestIndexerBatchHoldsBackSync(t *testing.T) {
	ctx := context.Background()
	w := newWorkspace(t)
	reviewed := make(chan error, 1)
	var once sync.Once
	ingestDeciding(t, w, func(stage, _ string, pending int) {
		if stage != "index" || pending == 0 {
			return
		}
		once.Do(func() {
			queued, err := w.store.IndexQueue(ctx)
			if err != nil || len(queued) != 1 {
				reviewed <- fmt.Errorf("queue %+v: %v", queued, err)
				return
			}
			go func() { reviewed <- setFirstPassageState(w) }()
			// Once the decision is committed, its Sync would be done long
			// before the batch were it not held back.
			for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); {
				q, err := w.store.IndexQueue(ctx)
				if err != nil || len(q) != 1 || q[0].Seq != queued[0].Seq {
					break
				}
				time.Sleep(time.Millisecond)
			}
			time.Sleep(200 * time.Millisecond)
		})
	})
	if err := <-reviewed; err != nil {
		t.Fatal(err)
	}
	checkDecisionIndexed(t, w)
}

// ingestDeciding ingests a statement of Finland into w with stageHook set
// to hook, in which the tests make a reviewer's decision.
func ingestDeciding(t *testing.T, w *Workspace, hook func(stage, path string, n int)) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "fi.txt")
	if err := os.WriteFile(path, []byte(statement(3)), 0o644); err != nil {
		t.Fatal(err)
	}
	stageHook = hook
	t.Cleanup(func() { stageHook = func(string, string, int) {} })
	if _, err := w.Ingest(context.Background(), []string{path}, IngestOptions{Meta: finland}); err != nil {
		t.Fatal(err)
	}
}

// setFirstPassageState makes a reviewer set the State of the first
// passage of w's one document to Estonia.
func setFirstPassageState(w *Workspace) error {
	ctx := context.Background()
	docs, err := w.store.Documents(ctx)
	if err != nil || len(docs) != 1 {
		return fmt.Errorf("documents stored: %d, %v", len(docs), err)
	}
	ps, err := w.store.Passages(ctx, docs[0].ID)
	if err != nil {
		return err
	}
	_, err = w.Review(ctx, corpus.Decision{Passage: ps[0].ID, Action: corpus.SetState, State: "Estonia", Reviewer: "ann"})
	return err
}

// checkDecisionIndexed fails the test unless a search finds the passage
// the reviewer set to Estonia, and store and index agree.
func checkDecisionIndexed(t *testing.T, w *Workspace) {
	t.Helper()
	res, err := w.Search(context.Background(), Query{Filter: corpus.Filter{States: []string{"Estonia"}}, Size: 10})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 1 {
		t.Errorf("search for the State the reviewer set: %d hits, want 1", res.Total)
	}
	checkAgree(t, w)
}
