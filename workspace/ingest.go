package workspace

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/normdex/normdex/annotate"
	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/index"
	"github.com/normdex/normdex/ingest"
)

// DefaultTimeout is the time limit for extracting one file.
const DefaultTimeout = 2 * time.Minute

// IngestOptions say how Ingest reads its sources.
type IngestOptions struct {
	// Meta is the metadata given for every source (flags, a form); a
	// sidecar and the manifest fill in what it leaves empty.
	Meta     ingest.Meta
	Manifest *ingest.Manifest
	// ManifestName names the manifest in warnings.
	ManifestName string
	OCR          ingest.OCRPDF
	Workers      int           // files extracted in parallel (at least 1)
	Timeout      time.Duration // per file; DefaultTimeout when 0
	// Codebook tags the passages; the workspace's (see Workspace.Codebook)
	// when nil. It becomes the workspace's codebook.
	Codebook *Codebook
	// Progress is called after each file is handled, in commit order, from
	// one goroutine; files that cannot be read at all come first.
	Progress func(Progress)
	// Warn is told what does not stop the ingest: manifest rows that match
	// no file, an index that catches up later.
	Warn func(string)
	// OCRProgress, when set, is told of each page OCR reads in a source,
	// from any goroutine: a scan takes long, and the files it holds up
	// give no sign of it.
	OCRProgress func(path string, done, total int)
}

// Progress is one file handled, and how far the ingest is.
type Progress struct {
	File        FileResult
	Done, Total int // files handled (committed or failed) and to handle
}

// FileResult is what became of one source.
type FileResult struct {
	Path   string
	Result corpus.PutResult // "" when Err is set
	Doc    corpus.Document
	// Passages and Annotations count what was stored.
	Passages, Annotations int
	// Notes are what the extraction could not read: warnings.
	Notes []string
	// Duplicate says which stored document this one nearly repeats.
	Duplicate string
	// Changes are the metadata an ingest gave a stored document (Updated).
	Changes []corpus.Change
	Err     error
}

// IngestReport sums an ingest up.
type IngestReport struct {
	Run         corpus.Run
	Skipped     int // files in the folders of no kind normdex reads
	Interrupted int // files not handled because ctx was cancelled
	// Copies are the run's documents that nearly duplicate another of
	// the run, handed out before them (the larger file, of two of a size
	// the one named first): settled once all are stored, their progress
	// reports say nothing of it.
	Copies []Copy
}

// Copy is a document that nearly duplicates another one, counted in its
// stead.
type Copy struct {
	Path string
	Note string // as FileResult.Duplicate
}

// job is one source file and what became of it.
type job struct {
	path  string
	keep  string // where a downloaded source is kept
	ocr   ingest.OCRPDF
	meta  ingest.Meta
	res   FileResult
	stmts []corpus.Statement
	ps    []corpus.Passage
	// queued is the document's place in the index queue once stored.
	queued corpus.Queued
}

// Ingest extracts, segments, tags, stores and indexes the files, folders
// (searched recursively) and URLs in paths, and the URLs the manifest lists
// (see ingest.Manifest.URLs). Each document is stored in one
// transaction, which cancelling ctx does not cut short; what was committed
// is indexed even after ctx is cancelled. A file that fails is reported
// (see IngestOptions.Progress and the report's failures) and does not stop
// the others.
func (w *Workspace) Ingest(ctx context.Context, paths []string, opt IngestOptions) (*IngestReport, error) {
	if w.lock == nil {
		return nil, errors.New("ingest: the workspace is open read-only")
	}
	_, tagger, err := w.codebook(ctx, opt.Codebook, true)
	if err != nil {
		return nil, err
	}
	// The tagger compiles in the background from the first file that needs
	// extracting: files the store has need none.
	// A panic compiling it comes back to each file that asks for the
	// tagger (sync.OnceValues panics again) and fails those files.
	warm := sync.OnceFunc(func() { go recovered(func() error { _, err := tagger(); return err }) })
	progress := opt.Progress
	if progress == nil {
		progress = func(Progress) {}
	}
	warn := opt.Warn
	if warn == nil {
		warn = func(string) {}
	}
	timeout := cmp.Or(opt.Timeout, DefaultTimeout)
	workers := max(1, opt.Workers)

	if opt.Manifest != nil {
		// collectSources drops the URLs named on the command line too.
		paths = append(slices.Clone(paths), opt.Manifest.URLs()...)
	}
	files, missing, skipped := collectSources(paths)
	rep := &IngestReport{Skipped: skipped}
	run := &rep.Run
	if run.ID, err = w.store.StartRun(ctx); err != nil {
		return nil, err
	}
	for _, f := range missing {
		progress(Progress{File: FileResult{Path: f.Path, Err: errors.New(f.Reason)}, Total: len(files)})
		run.Failures = append(run.Failures, f)
	}
	var rows map[string]ingest.Meta
	if opt.Manifest != nil {
		var warnings []string
		rows, warnings = opt.Manifest.Match(files)
		for _, m := range warnings {
			warn(fmt.Sprintf("warning: manifest %s: %s", opt.ManifestName, m))
		}
	}
	// A job is made as it is handed out, so that none is kept once handled:
	// at 10,000 files, jobs made up front stayed live to the end, 6.5 MB
	// the collector went through at each of its hundreds of cycles.
	newJob := func(f string) *job {
		j := &job{path: f, meta: opt.Meta.Merge(rows[f]), keep: w.sourcesDir(), ocr: opt.OCR}
		j.res.Path = f
		if opt.OCRProgress != nil {
			j.ocr.Progress = func(done, total int) { opt.OCRProgress(f, done, total) }
		}
		if ingest.IsURL(f) {
			j.meta = j.meta.Merge(ingest.Meta{URL: f})
		}
		return j
	}
	// The order files are handed out in is also the order in which one of
	// near-duplicates stands (see settleCopies).
	handOut := largestFirst(files)
	queue := make(chan *job)
	finished := make(chan *job, len(files))
	// Workers may run only so far ahead of the commits: extraction is faster
	// than storing and indexing, and a prepared document waiting its turn
	// holds its text, passages and annotations in memory.
	ahead := make(chan struct{}, 2*workers)
	go func() {
		defer close(queue)
		for _, f := range handOut {
			select {
			case ahead <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case queue <- newJob(f):
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	sidecars := &ingest.Sidecars{}
	for range workers {
		wg.Go(func() {
			for j := range queue {
				if err := recovered(func() error {
					prepare(ctx, w.store, tagger, warm, sidecars, j, timeout)
					return nil
				}); err != nil {
					j.res.Err = err
				}
				finished <- j
			}
		})
	}
	go func() {
		wg.Wait()
		close(finished)
	}()

	// Documents are committed as they are ready, so that a long one does
	// not hold up the others; after an interrupt, those ready still are.
	handled := 0
	dups, err := w.store.Signatures(ctx)
	if err != nil {
		return nil, err
	}
	order := make(map[string]int, len(handOut))
	for i, f := range handOut {
		order[f] = i
	}
	stored := map[string]bool{} // the documents this run stored
	var copies []runCopy
	ix := startIndexer(ctx, w, workers)
	for j := range finished {
		<-ahead
		r := &j.res
		if errors.Is(r.Err, context.Canceled) {
			continue
		}
		handled++
		// One transaction per document, which an interrupt does not cut
		// short; a panic inside it rolls it back and fails the document.
		if err := recovered(func() error {
			switch {
			case r.Err == nil && r.Result == "":
				// Near-duplicates are found as documents are committed. A
				// document stored before the run stands; between two of the
				// run, the one handed out first (the larger file, or the one
				// named first), settled at the end (settleCopies), which the
				// report then gives.
				sig, signed := corpus.ParseSignature(r.Doc.Signature)
				var o corpus.Original
				if signed {
					if found, ok := dups.Find(j.path, sig); ok {
						o, r.Doc.DuplicateOf = found, found.ID
					}
				}
				var out corpus.PutOutcome
				out, r.Err = w.store.PutDocument(context.WithoutCancel(ctx), r.Doc, j.stmts, j.ps)
				r.Result, j.queued = out.Result, out.Queued
				// Unchanged: the same bytes under another name, stored by
				// this run since the file was read; the copy stored is the
				// one settled.
				if r.Err == nil && signed && r.Result != corpus.Unchanged {
					before := o.ID != "" && !stored[o.ID]
					if before {
						r.Duplicate = duplicateNote(o)
					}
					copies = append(copies, runCopy{id: r.Doc.ID, path: j.path, order: order[j.path], sig: sig, dupOf: o.ID, before: before})
				}
				if r.Err == nil {
					stored[r.Doc.ID] = true
					if signed {
						dups.Add(r.Doc.ID, j.path, sig)
					}
				}
			case r.Err == nil && r.Result == corpus.Updated:
				r.Changes, r.Err = w.store.SetMeta(context.WithoutCancel(ctx), r.Doc, j.ps...)
				if len(r.Changes) == 0 {
					r.Result = corpus.Unchanged
				}
			}
			return nil
		}); err != nil {
			r.Err = err
		}
		if r.Err != nil {
			r.Result = ""
		}
		progress(Progress{File: *r, Done: handled, Total: len(files)})
		switch {
		case r.Err != nil:
			run.Failures = append(run.Failures, corpus.Failure{Path: j.path, Reason: OneLine(r.Err)})
		case r.Result == corpus.Unchanged:
			run.Unchanged++
		case r.Result == corpus.Updated:
			// Queued in the store; Sync reindexes it below.
			run.Updated++
		default:
			run.Ingested++
			ix.add(j)
			if len(r.Notes) > 0 {
				run.Warnings = append(run.Warnings, corpus.Failure{Path: j.path, Reason: strings.Join(r.Notes, "; ")})
			}
		}
	}
	run.Failed = len(run.Failures)
	rep.Interrupted = len(files) - handled
	bg := context.WithoutCancel(ctx)
	// The index builds its last segment on one core: the run is recorded
	// and the store's log copied into its database on the other meanwhile,
	// rather than when the store closes (5 of the 160 ms that ingesting
	// the six sample PDFs took, all of it after the segment).
	recorded := make(chan error, 1)
	go func() {
		err := w.store.FinishRun(bg, *run)
		if err == nil {
			// What is not copied now is copied when the store closes.
			_ = w.store.Checkpoint(bg)
		}
		recorded <- err
	}()
	// The run's near-duplicates are settled once the indexer has all it
	// will get, so that the documents that change go into its last
	// segment with the others it holds (a segment of their own cost the
	// ingest of the six sample PDFs, three layouts of each of two
	// statements, a quarter more time).
	//
	// Should the store refuse the change, the documents keep the
	// near-duplicates found as they were committed, which the index has
	// too: the run is recorded and the index caught up all the same.
	var settleErr error
	failed, err := ix.wait(ctx, func(failed []corpus.Failure) []corpus.Queued {
		changed, err := w.settleCopies(bg, rep, copies, failed)
		settleErr = err
		return changed
	})
	if err != nil {
		warn(fmt.Sprintf("index: %v (catching up from the store)", err))
	}
	if err := <-recorded; err != nil {
		return rep, err
	}
	if len(failed) > 0 {
		// Rare: a document the index could not analyse was reported
		// ingested and recorded so; the run is recorded again with it
		// failed (FinishRun adds the failures it is given).
		for _, f := range failed {
			warn(fmt.Sprintf("failed %s: %s (taken out of the store again)", f.Path, f.Reason))
		}
		run.Ingested -= len(failed)
		run.Failures = append(run.Failures, failed...)
		run.Failed = len(run.Failures)
		again := *run
		again.Failures, again.Warnings = failed, nil
		if err := w.store.FinishRun(bg, again); err != nil {
			return rep, err
		}
	}
	// A document the indexer could not analyse is analysed here again.
	if err := recovered(func() error { _, err := w.Sync(bg); return err }); err != nil {
		return rep, errors.Join(settleErr, fmt.Errorf("index: %w (the store is complete; 'normdex reindex' or the next ingest catches up)", err))
	}
	return rep, settleErr
}

// OneLine is an error's message on one line.
func OneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}

// largestFirst returns the sources in the order to extract them: the
// largest files first, so that a long one starts early instead of being
// the last one left running.
func largestFirst(files []string) []string {
	size := map[string]int64{}
	for _, f := range files {
		if fi, err := os.Stat(f); err == nil {
			size[f] = fi.Size()
		}
	}
	out := slices.Clone(files)
	slices.SortStableFunc(out, func(a, b string) int { return cmp.Compare(size[b], size[a]) })
	return out
}

// prepare reads, identifies, extracts, segments and tags one source. It sets
// the result to Unchanged when the store already has the same bytes. It
// calls warm before it extracts, and taggerFor when it tags.
func prepare(ctx context.Context, st *corpus.Store, taggerFor func() (*annotate.Tagger, error), warm func(), sidecars *ingest.Sidecars, j *job, timeout time.Duration) {
	r := &j.res
	src, err := readSource(ctx, j.path, j.keep, timeout)
	if err != nil {
		r.Err = err
		return
	}
	data, format := src.data, src.format
	sum := sha256.Sum256(data)
	id := hex.EncodeToString(sum[:])
	stored, err := st.DocumentInfo(ctx, id)
	known := err == nil
	if err != nil && !errors.Is(err, corpus.ErrNotFound) {
		r.Err = err
		return
	}
	side, sidePath, err := sidecars.Read(j.path)
	if err != nil {
		r.Err = err
		return
	}
	meta, err := j.meta.Merge(side).Validate()
	if err != nil {
		if sidePath != "" {
			err = fmt.Errorf("%w (metadata from %s or flags)", err, sidePath)
		}
		r.Err = err
		return
	}
	if known {
		// The same bytes: only metadata given anew can change.
		r.Result, r.Doc = corpus.Unchanged, stored
		if meta == (ingest.Meta{}) {
			return
		}
		upd := withMeta(stored, meta)
		if upd.Lang != stored.Lang {
			// A language given anew passes to the passages, tagged in it.
			if j.ps, err = st.Passages(ctx, id); err != nil {
				r.Err = err
				return
			}
			tagger, err := taggerFor()
			if err != nil {
				r.Err = err
				return
			}
			inLang(tagger, upd.Lang, upd.Lang, j.ps)
		}
		if upd.State != stored.State || upd.Date != stored.Date || upd.Title != stored.Title || upd.URL != stored.URL || upd.Lang != stored.Lang {
			r.Result, r.Doc = corpus.Updated, upd
		}
		return
	}
	// New bytes under a stored path keep the metadata the old ones had,
	// unless flags, a sidecar or the manifest say otherwise.
	old, err := st.DocumentBySource(ctx, j.path)
	if err == nil {
		meta = meta.Merge(ingest.Meta{State: old.State, Date: old.Date, Title: old.Title, URL: old.URL})
	} else if !errors.Is(err, corpus.ErrNotFound) {
		r.Err = err
		return
	}
	ex, err := extractorFor(src, j.ocr)
	if err != nil {
		r.Err = err
		return
	}
	warm()
	xctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	extraction, err := ingest.Safely(xctx, ex, j.path, data)
	if err != nil {
		r.Err = err
		return
	}
	r.Notes = extraction.Problems
	r.Doc, j.stmts, j.ps = ingest.Build(id, j.path, format, meta, extraction)
	if meta.Lang == "" && old.Lang != "" && r.Doc.Lang != old.Lang {
		// A language the old bytes' words did not tell was given to them
		// (--lang): it stays, for every passage, as a given one does. One
		// they told is told anew.
		oldText, err := st.Document(ctx, old.ID)
		if err != nil {
			r.Err = err
			return
		}
		if corpus.DetectLang(oldText.Text) != old.Lang {
			r.Doc.Lang = old.Lang
			for i := range j.ps {
				j.ps[i].Lang = old.Lang
			}
		}
	}
	r.Doc.Warnings = extraction.Problems
	r.Doc.Signature = []byte{} // too short for a signature
	if sig, ok := corpus.NewSignature(r.Doc.Text); ok {
		r.Doc.Signature = sig.Bytes()
	}
	tagger, err := taggerFor()
	if err != nil {
		r.Err = err
		return
	}
	r.Passages = len(j.ps)
	err = inHalves(len(j.ps), func(from, to int) error {
		stageHook("tag", j.path, from)
		for i := from; i < to; i++ {
			j.ps[i].Annotations = tagger.TagLang(j.ps[i].Text, j.ps[i].Lang)
		}
		return nil
	})
	if err != nil {
		r.Err = err
		return
	}
	for _, p := range j.ps {
		r.Annotations += len(p.Annotations)
	}
}

// stageHook is called as each share of a document's passages is tagged
// ("tag") or analysed for the index ("analyze"), so that tests can make
// either panic on one file, and as a batch of the indexer's is written
// ("index", from the documents still queued where they were read), so
// that tests can change the store meanwhile.
var stageHook = func(stage, path string, from int) {}

// withMeta returns d with the metadata that m gives (its fields that are
// not empty).
func withMeta(d corpus.Document, m ingest.Meta) corpus.Document {
	if m.State != "" {
		d.State = m.State
	}
	if m.Date != "" {
		d.Date = m.Date
	}
	if m.Title != "" {
		d.Title = m.Title
	}
	if m.URL != "" {
		d.URL = m.URL
	}
	if m.Lang != "" {
		d.Lang = m.Lang
	}
	return d
}

func readError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return errors.New("no such file")
		case errors.Is(err, fs.ErrPermission):
			return errors.New("permission denied")
		}
		return pe.Err
	}
	return err
}

// collectSources expands folders into the source files below them, sorted,
// and reports the paths that cannot be read and the number of files in the
// folders that are of no kind normdex reads. URLs pass through.
func collectSources(args []string) ([]string, []corpus.Failure, int) {
	var files []string
	var failed []corpus.Failure
	seen := map[string]bool{}
	add := func(p string) {
		p = filepath.Clean(p)
		if !seen[p] {
			seen[p] = true
			files = append(files, p)
		}
	}
	skipped := 0
	for _, a := range args {
		if ingest.IsURL(a) {
			if !seen[a] {
				seen[a] = true
				files = append(files, a)
			}
			continue
		}
		info, err := os.Stat(a)
		if err != nil {
			failed = append(failed, corpus.Failure{Path: a, Reason: readError(err).Error()})
			continue
		}
		if !info.IsDir() {
			add(a)
			continue
		}
		// WalkDir does not follow a root that is a symbolic link; with a
		// trailing separator the link is resolved and its folder walked.
		root := a
		if li, err := os.Lstat(a); err == nil && li.Mode()&fs.ModeSymlink != 0 {
			root = a + string(filepath.Separator)
		}
		var found []string
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				failed = append(failed, corpus.Failure{Path: p, Reason: readError(err).Error()})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if p != root && strings.HasPrefix(d.Name(), ".") || isWorkspace(p) {
					return fs.SkipDir
				}
				return nil
			}
			switch {
			case ingest.IsSidecar(p) || strings.HasSuffix(p, contentTypeExt) || strings.HasPrefix(d.Name(), "."):
			case ingest.Format(p) != "":
				found = append(found, p)
			default:
				skipped++
			}
			return nil
		})
		if err != nil {
			failed = append(failed, corpus.Failure{Path: a, Reason: err.Error()})
		}
		sort.Strings(found)
		for _, f := range found {
			add(f)
		}
	}
	return files, failed, skipped
}

// extractorFor returns the extractor of a source's format; PDFs go through
// OCR as the options say, web pages are read in the charset their server
// declared.
func extractorFor(src source, ocr ingest.OCRPDF) (ingest.Extractor, error) {
	switch src.format {
	case "pdf":
		return ocr, nil
	case "html":
		return ingest.HTML{ContentType: src.contentType}, nil
	}
	return ingest.ForFormat(src.format)
}

// source is a source's bytes as readSource read them.
type source struct {
	data   []byte
	format string
	// contentType is the Content-Type a web page was served with, whose
	// charset may be the only one it has.
	contentType string
}

// contentTypeExt ends the name of the file that keeps, beside the copy of a
// downloaded web page, the Content-Type its server sent: the copy alone
// may not say its charset.
const contentTypeExt = ".content-type"

// readSource returns the bytes of a source and their format: a file by its
// name (a web page with the Content-Type kept beside it, if any), a URL
// downloaded (within timeout) and kept in keep, named by its hash, its
// format detected from the content.
func readSource(ctx context.Context, path, keep string, timeout time.Duration) (source, error) {
	if !ingest.IsURL(path) {
		data, err := os.ReadFile(path)
		if err != nil {
			return source{}, readError(err)
		}
		src := source{data: data, format: ingest.Format(path)}
		if src.format == "html" {
			ct, err := os.ReadFile(path + contentTypeExt)
			if err != nil && !errors.Is(err, fs.ErrNotExist) {
				return source{}, fmt.Errorf("%s%s: %w", path, contentTypeExt, readError(err))
			}
			src.contentType = strings.TrimSpace(string(ct))
		}
		return src, nil
	}
	d, err := ingest.Fetcher{Timeout: timeout}.Get(ctx, path)
	if err != nil {
		return source{}, err
	}
	if keep != "" {
		if err := keepSource(keep, d); err != nil {
			return source{}, err
		}
	}
	return source{data: d.Data, format: d.Format, contentType: d.ContentType}, nil
}

// keepSource writes a download into dir as HASH.FORMAT, all or nothing, and
// a web page's Content-Type beside it (see contentTypeExt) first, so that
// the copy is never there without it.
func keepSource(dir string, d ingest.Download) error {
	sum := sha256.Sum256(d.Data)
	name := filepath.Join(dir, hex.EncodeToString(sum[:])+"."+d.Format)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("keep download: %w", err)
	}
	if d.Format == "html" && d.ContentType != "" {
		// The first Content-Type stays: it is the one the stored text was
		// read in.
		if err := writeNew(dir, name+contentTypeExt, []byte(d.ContentType+"\n")); err != nil {
			return fmt.Errorf("keep download: %w", err)
		}
	}
	if err := writeNew(dir, name, d.Data); err != nil {
		return fmt.Errorf("keep download: %w", err)
	}
	return nil
}

// writeNew writes a file in dir, all or nothing, unless it is there.
func writeNew(dir, name string, data []byte) error {
	if _, err := os.Stat(name); err == nil {
		return nil
	}
	tmp, err := os.CreateTemp(dir, ".download-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// isWorkspace reports whether a folder is a normdex workspace, whose files
// are no sources (a workspace may sit in the folder being ingested).
func isWorkspace(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "normdex.db"))
	return err == nil
}

// indexer adds documents to the index as ingest commits them, so that
// indexing overlaps extraction and tagging. What it cannot index stays in
// the store's queue for Sync.
type indexer struct {
	ws      *Workspace
	in      chan *job
	done    chan leftover
	n       int
	openErr error // the index could not be opened: nothing is indexed
}

// startIndexer starts n goroutines that analyse committed documents and
// index them in batches: bleve builds one segment per batch on one core,
// and the last batches would otherwise leave the other cores idle at the
// end of an ingest. What is committed is indexed even after an interrupt,
// so ctx's cancellation is not theirs.
//
// Indexing is the slowest stage once the commits no longer wait for the
// store's reads, so the documents queued for it are always as many as the
// queue holds, each with its passages and annotations: with 64 of them
// the live heap after a collection was 53 MB at 100,000 passages, with
// eight per goroutine 45 MB, which every collection marks. Eight per
// goroutine leave the commits and extraction room to go on while both
// goroutines build a segment.
func startIndexer(ctx context.Context, ws *Workspace, n int) *indexer {
	ix := &indexer{ws: ws, in: make(chan *job, 8*n), done: make(chan leftover, n), n: n, openErr: ws.openIndex()}
	for range n {
		go ix.run(context.WithoutCancel(ctx))
	}
	return ix
}

// bleve pays a fixed price per batch and merges small segments later: 10k
// passages in batches of 100 took 1.08 s, of 500 0.71 s. Each goroutine
// holds its batch analysed until the segment is built, and the two build
// theirs at once: under the same soft limit, 100,000 passages peaked at
// 223–235 MiB resident in batches of 1000, 223–228 MiB in batches of 500
// (the build of issue 19's filing, which analysed inside bleve's batches
// of 500: 221–230 MiB), for the same CPU (100k 19.4 s against 19.8, 10k
// 1.82 against 1.85 s, medians of interleaved runs) and 15 segments left
// after the ingest instead of 12.
const indexBatch = 500

// docEntries are the index entries of one document, analysed as they
// arrive (see index.Analyze), and its place in the store's queue when
// they were read.
type docEntries struct {
	corpus.Queued
	entries []index.Analyzed
}

// leftover is what an indexing goroutine has not indexed when the input
// ends, or why it stopped, and the documents it took out of the store.
type leftover struct {
	docs   []docEntries
	err    error
	failed []corpus.Failure
}

func (ix *indexer) run(ctx context.Context) {
	var left leftover
	size := 0
	for j := range ix.in {
		if ix.openErr == nil && left.err == nil {
			var d docEntries
			err := recovered(func() (err error) {
				d, err = ix.analyze(ctx, j)
				return err
			})
			if pe := (*PanicError)(nil); errors.As(err, &pe) {
				// A bug met on this document's text would meet it again at
				// every reindex: the document is taken out of the store
				// and fails alone, so that store and index agree.
				left.failed = append(left.failed, corpus.Failure{Path: j.res.Path, Reason: OneLine(err)})
				err = ix.ws.store.Remove(ctx, []string{j.res.Doc.ID})
			} else {
				left.docs = append(left.docs, d)
				size += len(d.entries)
			}
			left.err = err
		}
		j.res.Doc, j.stmts, j.ps = corpus.Document{}, nil, nil
		if size >= indexBatch && left.err == nil {
			left.err = recovered(func() error { return ix.index(ctx, left.docs) })
			left.docs, size = nil, 0
		}
	}
	ix.done <- left
}

// analyze analyses the index entries of a committed document.
func (ix *indexer) analyze(ctx context.Context, j *job) (docEntries, error) {
	es, err := ix.ws.reviewedEntries(ctx, j.res.Doc, j.ps)
	if err != nil {
		return docEntries{Queued: j.queued}, err
	}
	return ix.analyzeEntries(j.res.Path, j.queued, es)
}

// reanalyze analyses the index entries of a stored document anew, queued
// at q.
func (ix *indexer) reanalyze(ctx context.Context, q corpus.Queued) (docEntries, error) {
	es, err := ix.ws.storedEntries(ctx, q.DocID)
	if err != nil {
		return docEntries{Queued: q}, err
	}
	return ix.analyzeEntries("", q, es)
}

// analyzeEntries analyses the index entries es of the document queued at
// q; path names its source to stageHook ("" when read again from the
// store).
func (ix *indexer) analyzeEntries(path string, q corpus.Queued, es []index.Entry) (docEntries, error) {
	d := docEntries{Queued: q, entries: make([]index.Analyzed, len(es))}
	return d, inHalves(len(es), func(from, to int) error {
		stageHook("analyze", path, from)
		for i := from; i < to; i++ {
			a, err := ix.ws.idx.Analyze(es[i])
			if err != nil {
				return err
			}
			d.entries[i] = a
		}
		return nil
	})
}

// inHalves calls f on items 0 to n-1, in two halves on two cores when each
// half is worth a core of its own: the last document of an ingest is
// tagged, and analysed for the index, while the other workers have nothing
// left to do, and the index's last segment waits for it. It returns the
// first half's error, else the second's.
func inHalves(n int, f func(from, to int) error) error {
	if n < 2*analyzeShare {
		return f(0, n)
	}
	half := n / 2
	var first, second error
	var wg sync.WaitGroup
	wg.Go(func() { second = recovered(func() error { return f(half, n) }) })
	// Recovered here as well, so that the second half is waited for
	// before the caller lets go of the items.
	first = recovered(func() error { return f(0, half) })
	wg.Wait()
	return cmp.Or(first, second)
}

// analyzeShare is the fewest passages worth analysing, or tagging, on a
// core of their own: some 60 µs each (tagging some 30).
const analyzeShare = 16

// index indexes documents' entries and takes them off the store's queue.
// A document queued again since its entries were read (a reviewer's
// decision on it, say) is left to the Sync that follows that change: its
// entries here are out of date, and Sync, which reads them anew, may have
// written them already.
func (ix *indexer) index(ctx context.Context, docs []docEntries) error {
	ix.ws.writing.RLock()
	defer ix.ws.writing.RUnlock()
	qs := make([]corpus.Queued, len(docs))
	for i, d := range docs {
		qs[i] = d.Queued
	}
	pending, err := ix.ws.store.Pending(ctx, qs)
	if err != nil {
		return err
	}
	stageHook("index", "", len(pending))
	var entries []index.Analyzed
	for _, d := range docs {
		if slices.Contains(pending, d.Queued) {
			entries = append(entries, d.entries...)
		}
	}
	if err := ix.ws.idx.AddAnalyzed(entries); err != nil {
		return err
	}
	return ix.ws.store.Dequeue(ctx, pending)
}

// add queues a committed document for the index.
func (ix *indexer) add(j *job) { ix.in <- j }

// wait lets the indexer finish, even after ctx is cancelled, and returns
// the documents it took out of the store (see run) and its error, if any.
// Before the documents the goroutines hold at the end are indexed, in
// parallel and shared out anew (see shareOut), changed is called with the
// documents taken out: the stored documents it returns, changed since
// they were handed to the indexer, are analysed again from the store and
// indexed with them.
func (ix *indexer) wait(ctx context.Context, changed func(failed []corpus.Failure) []corpus.Queued) ([]corpus.Failure, error) {
	ctx = context.WithoutCancel(ctx)
	close(ix.in)
	errs := []error{ix.openErr}
	var docs []docEntries
	var failed []corpus.Failure
	for range ix.n {
		left := <-ix.done
		errs = append(errs, left.err)
		docs = append(docs, left.docs...)
		failed = append(failed, left.failed...)
	}
	again := changed(failed)
	if err := errors.Join(errs...); err != nil {
		return failed, err
	}
	if len(again) > 0 {
		held := map[string]int{}
		for i, d := range docs {
			held[d.DocID] = i
		}
		stale := map[string]bool{}
		for _, q := range again {
			var d docEntries
			err := recovered(func() (err error) {
				d, err = ix.reanalyze(ctx, q)
				return err
			})
			i, ok := held[q.DocID]
			switch {
			case err != nil:
				// The store has queued it: Sync tries again. What the
				// goroutines analysed of it is out of date.
				stale[q.DocID] = true
			case ok:
				docs[i] = d
			default:
				docs = append(docs, d)
			}
		}
		docs = slices.DeleteFunc(docs, func(d docEntries) bool { return stale[d.DocID] })
	}
	parts := shareOut(docs, ix.n)
	var wg sync.WaitGroup
	errs = make([]error, len(parts))
	for k, part := range parts {
		wg.Go(func() { errs[k] = recovered(func() error { return ix.index(ctx, part) }) })
	}
	wg.Wait()
	return failed, errors.Join(errs...)
}

// shareOut divides documents among at most n batches of about as many
// entries each, the largest first to the least loaded: each goroutine had
// taken whatever documents came its way, and the ingest waits for the last
// to finish. Each batch is a segment of its own, whose dictionaries repeat
// the words the others hold: a batch smaller than indexBatch costs more
// CPU than its parallelism saves time (the six sample PDFs, 523 passages,
// in two batches: 7% more CPU for the whole ingest than in one).
func shareOut(docs []docEntries, n int) [][]docEntries {
	total := 0
	for _, d := range docs {
		total += len(d.entries)
	}
	n = max(1, min(n, total/indexBatch))
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

// Extract reads one source (a file or a URL, not kept) and extracts its
// text, within timeout, as Ingest would before segmenting it.
func Extract(ctx context.Context, path string, ocr ingest.OCRPDF, timeout time.Duration) (ingest.Extraction, error) {
	src, err := readSource(ctx, path, "", timeout)
	if err != nil {
		return ingest.Extraction{}, err
	}
	ex, err := extractorFor(src, ocr)
	if err != nil {
		return ingest.Extraction{}, err
	}
	return ingest.Safely(ctx, ex, path, src.data)
}
