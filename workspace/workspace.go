// Package workspace is normdex's application layer: an open workspace (the
// store, the source of truth, and the search index derived from it) and
// what the command line and the web front end do with it. It is the one
// package that wires the stages (ingest, annotate, index) together.
package workspace

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/index"
)

// Workspace is an open data directory. Its reading methods may be called
// from several goroutines at once (a web server's handlers); its writing
// methods (Ingest, SetMeta, Remove, Annotate, Reindex) one at a time.
type Workspace struct {
	dir   string
	store *corpus.Store
	lock  *os.File

	mu  sync.Mutex // guards idx, opened on first use
	idx *index.Index
	// writing orders the writers of the index: Sync writes alone, what
	// it read of the store and the queue under the lock; the indexer's
	// goroutines write together, each document only if the queue holds it
	// where its entries were read. So no entries read before a change are
	// written after those read since, and none is lost from the queue.
	writing sync.RWMutex
}

// Options say how a workspace is opened.
type Options struct {
	// Create makes the directory when it does not exist.
	Create bool
	// Write takes the workspace's lock, so that two writers never
	// interleave; readers write nothing, so that a read-only mount, a
	// read-only copy or a workspace under ingest can be read.
	Write bool
}

// BusyError is returned by Open for writing when another process holds the
// workspace.
type BusyError struct {
	Dir string
	PID string // "?" when unknown
}

func (e *BusyError) Error() string { return fmt.Sprintf("workspace %s in use by pid %s", e.Dir, e.PID) }

// Open opens the workspace in dir.
func Open(dir string, opts Options) (*Workspace, error) {
	w := &Workspace{dir: dir}
	if _, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
		if !opts.Create {
			return nil, fmt.Errorf("workspace %s does not exist: run 'normdex ingest' first", dir)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("create workspace: %w", err)
		}
	}
	if !opts.Write {
		// An ingest killed before its first commit leaves the folder
		// without a store: to a reader that is no workspace yet.
		if _, err := os.Stat(w.storePath()); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("workspace %s does not exist: run 'normdex ingest' first", dir)
		}
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
	if err := w.acquire(); err != nil {
		return nil, err
	}
	if _, err := os.Stat(w.storePath()); opts.Create && errors.Is(err, os.ErrNotExist) {
		// A workspace is created by an ingest, which will tag every file
		// with the embedded codebook unless given rules: it compiles while
		// the store and the index are made on one core. Compiled when the
		// first file was extracted, both workers waited for it (13 ms of
		// the 150 that ingesting the six sample PDFs takes).
		PrepareDefaultCodebook()
	}
	st, err := corpus.OpenStore(w.storePath())
	if err != nil {
		w.release()
		return nil, err
	}
	w.store = st
	// A store older than languages gets them from its first writer, which
	// reindexes what it changed; where it cannot, the store's queue keeps
	// the documents for the writer's own Sync, which says why.
	ctx := context.Background()
	n, err := w.backfillLangs(ctx)
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("languages of the stored documents: %w", err)
	}
	if n > 0 {
		w.Sync(ctx)
	}
	return w, nil
}

// Dir is the workspace's directory.
func (w *Workspace) Dir() string { return w.dir }

func (w *Workspace) storePath() string { return filepath.Join(w.dir, "normdex.db") }
func (w *Workspace) indexPath() string { return filepath.Join(w.dir, "index.bleve") }

// sourcesDir keeps the bytes of sources downloaded from the web, so that a
// statement stays available when its site changes or goes away.
func (w *Workspace) sourcesDir() string { return filepath.Join(w.dir, "sources") }

// acquire takes the workspace's write lock, or says which process holds it.
func (w *Workspace) acquire() error {
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
		return &BusyError{Dir: w.dir, PID: pid}
	}
	f.Truncate(0)
	f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	w.lock = f
	return nil
}

// Writer returns the process ID of a normdex writing to the workspace (an
// ingest, say), or 0 when none is. It reads the pid the writer left in the
// lock file rather than try the lock, which could make a writer starting at
// that moment fail.
func (w *Workspace) Writer() int {
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

func (w *Workspace) release() {
	if w.lock != nil {
		w.lock.Truncate(0)
		w.lock.Close()
		w.lock = nil
	}
}

// openIndex opens the search index.
func (w *Workspace) openIndex() error {
	w.mu.Lock()
	defer w.mu.Unlock()
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
		// next Sync filling it in.
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

// Close closes the index and the store and releases the lock; closing
// again does nothing. The two close at once: each waits for its disk
// (bleve for the cleanup after its last snapshot, SQLite for its last
// checkpoint: 21 and 14 ms at the end of ingesting the six sample PDFs,
// traced at load 4), and neither needs the other.
func (w *Workspace) Close() error {
	var idxErr, storeErr error
	var wg sync.WaitGroup
	w.mu.Lock()
	if idx := w.idx; idx != nil {
		wg.Go(func() { idxErr = idx.Close() })
		w.idx = nil
	}
	w.mu.Unlock()
	if w.store != nil {
		storeErr = w.store.Close()
		w.store = nil
	}
	wg.Wait()
	w.release()
	return errors.Join(idxErr, storeErr)
}

// Sync brings the index up to date with the store: every document queued
// since the index last caught up (new, replaced, re-annotated or deleted)
// is reindexed. It returns the number of documents reindexed, and is safe
// to run again after a crash.
func (w *Workspace) Sync(ctx context.Context) (int, error) {
	if err := w.openIndex(); err != nil {
		return 0, err
	}
	queue, err := w.store.IndexQueue(ctx)
	if err != nil {
		return 0, err
	}
	for start := 0; start < len(queue); start += 50 {
		if err := w.syncChunk(ctx, queue[start:min(start+50, len(queue))]); err != nil {
			return start, err
		}
	}
	return len(queue), nil
}

// syncChunk reindexes the queued documents of chunk, read from the store
// as they are now.
func (w *Workspace) syncChunk(ctx context.Context, chunk []corpus.Queued) error {
	w.writing.Lock()
	defer w.writing.Unlock()
	var stale []string
	var entries []index.Entry
	for _, q := range chunk {
		if q.Stale {
			stale = append(stale, q.DocID)
		}
		es, err := w.storedEntries(ctx, q.DocID)
		if errors.Is(err, corpus.ErrNotFound) {
			continue // deleted or replaced: its entries only go
		}
		if err != nil {
			return err
		}
		entries = append(entries, es...)
	}
	if err := w.idx.Replace(stale, entries); err != nil {
		return err
	}
	return w.store.Dequeue(ctx, chunk)
}

// storedEntries returns the index entries of a stored document's
// passages, as reviewers left them (see reviewedEntries).
func (w *Workspace) storedEntries(ctx context.Context, id string) ([]index.Entry, error) {
	d, err := w.store.Document(ctx, id)
	if err != nil {
		return nil, err
	}
	ps, err := w.store.Passages(ctx, id)
	if err != nil {
		return nil, err
	}
	return w.reviewedEntries(ctx, d, ps)
}

// catchUp brings the index up to date after a change the store has
// committed; where it cannot, the store's queue keeps the change for the
// next writer.
func (w *Workspace) catchUp(ctx context.Context) error {
	if _, err := w.Sync(ctx); err != nil {
		return fmt.Errorf("index: %w (the store is changed; 'normdex reindex' or the next ingest catches up)", err)
	}
	return nil
}

// entriesOf returns the index entries of document d's passages ps as their
// reviewers left them (decided: the decisions by passage), so that the
// index finds a passage by its effective tags and State.
func entriesOf(d corpus.Document, ps []corpus.Passage, decided map[string][]corpus.Decision) []index.Entry {
	out := make([]index.Entry, 0, len(ps))
	for _, p := range ps {
		m := reviewed(d, p, decided[p.ID])
		out = append(out, newEntry(m))
	}
	return out
}

// Reindex rebuilds the index from the store and returns the number of
// documents and passages indexed.
func (w *Workspace) Reindex(ctx context.Context) (docs int, passages uint64, err error) {
	w.mu.Lock()
	if w.idx != nil {
		w.idx.Close()
		w.idx = nil
	}
	w.mu.Unlock()
	if err := index.Remove(w.indexPath()); err != nil {
		return 0, 0, err
	}
	if err := w.store.QueueAll(ctx); err != nil {
		return 0, 0, err
	}
	n, err := w.Sync(ctx)
	if err != nil {
		return n, 0, err
	}
	cnt, _ := w.idx.Count()
	return n, cnt, nil
}

// Health is what Check found.
type Health struct {
	Documents, Passages int
	Indexed             uint64 // passages in the index
	Pending             int    // documents waiting to be indexed
	// Writer is the pid of an ingest holding the index (then Indexed is
	// not known).
	Writer int
}

// Problem says what is wrong, or "" when store and index agree.
func (h Health) Problem() string {
	switch {
	case h.Writer != 0:
		return fmt.Sprintf("an ingest is running (pid %d): check again when it has finished", h.Writer)
	case h.Pending > 0:
		return fmt.Sprintf("index behind the store: %d document(s) waiting; run 'normdex reindex' (or the next ingest catches up)", h.Pending)
	case uint64(h.Passages) != h.Indexed:
		return fmt.Sprintf("store and index disagree (%d passages against %d); run 'normdex reindex'", h.Passages, h.Indexed)
	}
	return ""
}

// Check compares the passages in the store with those in the index.
func (w *Workspace) Check(ctx context.Context) (Health, error) {
	n, err := w.store.Counts(ctx)
	if err != nil {
		return Health{}, err
	}
	h := Health{Documents: n.Documents, Passages: n.Passages, Pending: n.Pending}
	if h.Writer = w.Writer(); h.Writer != 0 {
		// The writer holds the index, which catches up with the store
		// when the ingest ends.
		return h, nil
	}
	if err := w.openIndex(); err != nil {
		return h, err
	}
	h.Indexed, err = w.idx.Count()
	return h, err
}

// Status is what the workspace holds and how the last ingest went.
type Status struct {
	Dir      string
	Schema   int
	Counts   corpus.Counts
	Codebook string // the codebook that tagged the passages
	Writer   int    // pid of a running ingest, or 0
	// Indexed is the number of passages in the index; IndexErr why it
	// could not be read.
	Indexed  uint64
	IndexErr error
	LastRun  *corpus.Run
	// Langs counts the documents by language ("" for those whose words
	// tell none).
	Langs map[string]int
}

// Status reports what the workspace holds.
func (w *Workspace) Status(ctx context.Context) (Status, error) {
	s := Status{Dir: w.dir}
	var err error
	if s.Counts, err = w.store.Counts(ctx); err != nil {
		return s, err
	}
	s.Schema, _ = w.store.Version()
	docs, err := w.store.Documents(ctx)
	if err != nil {
		return s, err
	}
	s.Langs = map[string]int{}
	for _, d := range docs {
		s.Langs[d.Lang]++
	}
	if s.Codebook, err = w.TaggedWith(ctx); err != nil {
		return s, err
	}
	s.Writer = w.Writer()
	if s.IndexErr = w.openIndex(); s.IndexErr == nil {
		s.Indexed, s.IndexErr = w.idx.Count()
	}
	run, ok, err := w.store.LastRun(ctx)
	if err != nil {
		return s, err
	}
	if ok {
		s.LastRun = &run
	}
	return s, nil
}
