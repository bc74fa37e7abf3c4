package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/index"
)

// workspace is the data directory: the store (source of truth) and the
// search index derived from it.
type workspace struct {
	dir   string
	store *corpus.Store
	idx   *index.Index
	lock  *os.File
}

func (w *workspace) storePath() string { return filepath.Join(w.dir, "normdex.db") }
func (w *workspace) indexPath() string { return filepath.Join(w.dir, "index.bleve") }

// openWorkspace opens the store of the workspace named by --data, creating
// the directory when create is set. Writers take the workspace lock so that
// two ingests never interleave.
func openWorkspace(c *cli.Context, create, write bool) (*workspace, error) {
	dir := c.String("data")
	if dir == "" {
		dir = "normdex-data"
	}
	w := &workspace{dir: dir}
	if _, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
		if !create {
			return nil, fmt.Errorf("workspace %s does not exist: run 'normdex ingest' first", dir)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("create workspace: %w", err)
		}
	}
	if write {
		if err := w.acquire(); err != nil {
			return nil, err
		}
	}
	if !write {
		// Readers write nothing, so that a read-only mount, a read-only
		// copy or a workspace under ingest can be read.
		st, err := corpus.OpenStoreReadOnly(w.storePath())
		if errors.Is(err, corpus.ErrOldSchema) {
			// An older workspace that can be written is migrated first.
			if rw, err2 := corpus.OpenStore(w.storePath()); err2 == nil {
				rw.Close()
				st, err = corpus.OpenStoreReadOnly(w.storePath())
			}
		}
		if err != nil {
			return nil, err
		}
		w.store = st
		return w, nil
	}
	st, err := corpus.OpenStore(w.storePath())
	if err != nil {
		w.release()
		return nil, err
	}
	w.store = st
	return w, nil
}

// acquire takes the workspace's write lock, or says which process holds it.
func (w *workspace) acquire() error {
	f, err := os.OpenFile(filepath.Join(w.dir, "lock"), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("lock workspace %s: %w", w.dir, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		b, _ := os.ReadFile(f.Name())
		f.Close()
		pid := strings.TrimSpace(string(b))
		if pid == "" {
			pid = "?"
		}
		return exitError{code: 3, err: fmt.Errorf("workspace %s in use by pid %s", w.dir, pid)}
	}
	f.Truncate(0)
	f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	w.lock = f
	return nil
}

// writer returns the process ID of a normdex writing to the workspace (an
// ingest, say), or 0 when none is. It reads the pid the writer left in the
// lock file rather than try the lock, which could make a writer starting at
// that moment fail.
func (w *workspace) writer() int {
	b, err := os.ReadFile(filepath.Join(w.dir, "lock"))
	if err != nil {
		return 0
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 0 || pid == os.Getpid() {
		return 0
	}
	// A writer that crashed left its pid behind: is it still running?
	if err := syscall.Kill(pid, 0); err != nil && !errors.Is(err, syscall.EPERM) {
		return 0
	}
	return pid
}

func (w *workspace) release() {
	if w.lock != nil {
		w.lock.Truncate(0)
		w.lock.Close()
		w.lock = nil
	}
}

// openIndex opens the search index.
func (w *workspace) openIndex() error {
	if w.idx != nil {
		return nil
	}
	if w.lock == nil {
		idx, err := index.OpenReadOnly(w.indexPath())
		if errors.Is(err, index.ErrMissing) || errors.Is(err, index.ErrOutdated) {
			err = fmt.Errorf("%w: run 'normdex reindex'", err)
		}
		if err != nil {
			return err
		}
		w.idx = idx
		return nil
	}
	idx, err := index.Open(w.indexPath())
	if errors.Is(err, index.ErrOutdated) {
		// The index is derived from the store: a writer rebuilds it, the
		// next syncIndex filling it in.
		err = index.Remove(w.indexPath())
		if err == nil {
			err = w.store.QueueAll(context.Background())
		}
		if err == nil {
			idx, err = index.Open(w.indexPath())
		}
	}
	if err != nil {
		return err
	}
	w.idx = idx
	return nil
}

func (w *workspace) Close() error {
	var errs []error
	if w.idx != nil {
		errs = append(errs, w.idx.Close())
	}
	if w.store != nil {
		errs = append(errs, w.store.Close())
	}
	w.release()
	return errors.Join(errs...)
}

// syncIndex brings the index up to date with the store: every document
// queued since the index last caught up (new, replaced, re-annotated or
// deleted) is reindexed. It is safe to run again after a crash.
func (w *workspace) syncIndex(ctx context.Context) (int, error) {
	if err := w.openIndex(); err != nil {
		return 0, err
	}
	queue, err := w.store.IndexQueue(ctx)
	if err != nil {
		return 0, err
	}
	for start := 0; start < len(queue); start += 50 {
		chunk := queue[start:min(start+50, len(queue))]
		var ids, stale []string
		var entries []index.Entry
		for _, q := range chunk {
			ids = append(ids, q.DocID)
			if q.Stale {
				stale = append(stale, q.DocID)
			}
			d, err := w.store.Document(ctx, q.DocID)
			if errors.Is(err, corpus.ErrNotFound) {
				continue // deleted or replaced: its entries only go
			}
			if err != nil {
				return start, err
			}
			ps, err := w.store.Passages(ctx, q.DocID)
			if err != nil {
				return start, err
			}
			entries = append(entries, entriesOf(d, ps)...)
		}
		if err := w.idx.Replace(stale, entries); err != nil {
			return start, err
		}
		if err := w.store.Dequeue(ctx, ids); err != nil {
			return start, err
		}
	}
	return len(queue), nil
}

func entriesOf(d corpus.Document, ps []corpus.Passage) []index.Entry {
	out := make([]index.Entry, 0, len(ps))
	for _, p := range ps {
		out = append(out, index.NewEntry(d, p, corpus.Cite(d, p)))
	}
	return out
}

// indexer adds documents to the index as ingest commits them, so that
// indexing overlaps extraction and tagging. What it cannot index stays in
// the store's queue for syncIndex.
type indexer struct {
	ws      *workspace
	in      chan *job
	done    chan leftover
	n       int
	openErr error // the index could not be opened: nothing is indexed
}

// startIndexer starts n goroutines that index committed documents: bleve
// builds one segment per batch on one core, and the last batches would
// otherwise leave the other cores idle at the end of an ingest. What is
// committed is indexed even after an interrupt, so ctx's cancellation is
// not theirs.
func startIndexer(ctx context.Context, ws *workspace, n int) *indexer {
	ix := &indexer{ws: ws, in: make(chan *job, 64), done: make(chan leftover, n), n: n, openErr: ws.openIndex()}
	for range n {
		go ix.run(context.WithoutCancel(ctx))
	}
	return ix
}

// bleve pays a fixed price per batch and merges small segments later: 10k
// passages in batches of 100 took 1.08 s, of 500 0.71 s; in the whole
// ingest, 1000 cost a tenth less than 500.
const indexBatch = 1000

// docEntries are the index entries of one document.
type docEntries struct {
	id      string
	entries []index.Entry
}

// leftover is what an indexing goroutine has not indexed when the input
// ends, or why it stopped.
type leftover struct {
	docs []docEntries
	err  error
}

func (ix *indexer) run(ctx context.Context) {
	var left leftover
	size := 0
	for j := range ix.in {
		if ix.openErr == nil && left.err == nil {
			es := entriesOf(j.doc, j.ps)
			left.docs = append(left.docs, docEntries{j.doc.ID, es})
			size += len(es)
		}
		j.doc, j.stmts, j.ps = corpus.Document{}, nil, nil
		if size >= indexBatch {
			left.err = ix.index(ctx, left.docs)
			left.docs, size = nil, 0
		}
	}
	ix.done <- left
}

// index indexes documents' entries and takes them off the store's queue.
func (ix *indexer) index(ctx context.Context, docs []docEntries) error {
	var ids []string
	var entries []index.Entry
	for _, d := range docs {
		ids = append(ids, d.id)
		entries = append(entries, d.entries...)
	}
	if err := ix.ws.idx.Replace(nil, entries); err != nil {
		return err
	}
	return ix.ws.store.Dequeue(ctx, ids)
}

// add queues a committed document for the index.
func (ix *indexer) add(j *job) { ix.in <- j }

// wait lets the indexer finish, even after ctx is cancelled, and returns
// its error, if any. The documents the goroutines hold at the end are
// indexed in parallel, shared out anew (see shareOut).
func (ix *indexer) wait(ctx context.Context) error {
	ctx = context.WithoutCancel(ctx)
	close(ix.in)
	errs := []error{ix.openErr}
	var docs []docEntries
	for range ix.n {
		left := <-ix.done
		errs = append(errs, left.err)
		docs = append(docs, left.docs...)
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	parts := shareOut(docs, ix.n)
	var wg sync.WaitGroup
	errs = make([]error, len(parts))
	for k, part := range parts {
		wg.Go(func() { errs[k] = ix.index(ctx, part) })
	}
	wg.Wait()
	return errors.Join(errs...)
}

// shareOut divides documents among at most n batches of about as many
// entries each, the largest first to the least loaded: each goroutine had
// taken whatever documents came its way, and the ingest waits for the last
// to finish.
func shareOut(docs []docEntries, n int) [][]docEntries {
	slices.SortStableFunc(docs, func(a, b docEntries) int { return cmp.Compare(len(b.entries), len(a.entries)) })
	parts := make([][]docEntries, n)
	load := make([]int, n)
	for _, d := range docs {
		k := slices.Index(load, slices.Min(load))
		parts[k] = append(parts[k], d)
		load[k] += len(d.entries)
	}
	return slices.DeleteFunc(parts, func(p []docEntries) bool { return len(p) == 0 })
}
