package main

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/normdex/normdex/annotate"
	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/ingest"
)

func ingestCommand() *cli.Command {
	return &cli.Command{
		Name:      "ingest",
		Usage:     "extract, segment, tag, store and index statements (PDF, Word, ODT, HTML, TXT, Markdown, URLs)",
		ArgsUsage: "PATH|URL...",
		Description: `Takes files, folders (searched recursively for .pdf, .docx, .odt, .html, .htm,
.txt and .md files; other files are counted as skipped) and http(s) URLs (downloaded,
kept in the workspace, recorded with the URL as their source).
Metadata comes, first found first, from the flags, a sidecar FILE.meta.json or
FILE.meta.yaml beside a source, and the --manifest CSV (path,state,date,title,url).
Each file is reported as ingested, replaced (keeping its metadata unless told
otherwise), updated (known bytes, new metadata), unchanged or failed with the
reason; the exit status is 1 when any file failed (the others are kept).`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "state", Usage: "author `STATE` of what is ingested (name or alias)"},
			&cli.StringFlag{Name: "date", Usage: "`DATE` of what is ingested: YYYY, YYYY-MM or YYYY-MM-DD"},
			&cli.StringFlag{Name: "title", Usage: "`TITLE` of what is ingested"},
			&cli.StringFlag{Name: "manifest", Usage: "CSV `FILE` with columns path,state,date,title,url"},
			&cli.IntFlag{Name: "workers", Usage: "files extracted in parallel", Value: runtime.NumCPU()},
			&cli.DurationFlag{Name: "timeout", Usage: "time limit for extracting one file", Value: defaultTimeout},
			ocrFlag, ocrLangFlag,
			rulesFlag,
		},
		Action: runIngest,
	}
}

// job is one source file and what became of it.
type job struct {
	path   string
	keep   string // where a downloaded source is kept
	ocr    ingest.OCRPDF
	meta   ingest.Meta
	result corpus.PutResult
	doc    corpus.Document
	stmts  []corpus.Statement
	ps     []corpus.Passage
	notes  []string // what the extraction could not read: warnings
	// duplicate says which stored document this one nearly repeats.
	duplicate string
	// changes are the metadata an ingest gave a stored document (Updated).
	changes []corpus.Change
	err     error
}

func runIngest(c *cli.Context) error {
	if c.NArg() == 0 {
		return fmt.Errorf("ingest: no PATH given")
	}
	flagMeta, err := ingest.Meta{State: c.String("state"), Date: c.String("date"), Title: c.String("title")}.Validate()
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	ocr, err := ocrOptions(c)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	var manifest *ingest.Manifest
	if m := c.String("manifest"); m != "" {
		f, err := os.Open(m)
		if err != nil {
			return fmt.Errorf("ingest: %w", err)
		}
		manifest, err = ingest.ParseManifest(f, filepath.Dir(m))
		f.Close()
		if err != nil {
			return fmt.Errorf("ingest: %s: %w", m, err)
		}
	}
	// The codebook compiles while the workspace opens.
	pre := startCodebook(c)
	ws, err := openWorkspace(c, true, true)
	if err != nil {
		<-pre
		return err
	}
	defer ws.Close()
	cb, err := workspaceCodebook(c.Context, c, ws.store, <-pre, true)
	if err != nil {
		return err
	}
	tagger := cb.tagger

	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	out := c.App.Writer
	files, missing, skipped := collectSources(c.Args().Slice())
	run := corpus.Run{}
	if run.ID, err = ws.store.StartRun(ctx); err != nil {
		return err
	}
	for _, f := range missing {
		fmt.Fprintf(out, "failed %s: %v\n", f.Path, f.Reason)
		run.Failures = append(run.Failures, f)
	}

	var rows map[string]ingest.Meta
	if manifest != nil {
		var warnings []string
		rows, warnings = manifest.Match(files)
		for _, w := range warnings {
			fmt.Fprintf(c.App.ErrWriter, "normdex: warning: manifest %s: %s\n", c.String("manifest"), w)
		}
	}
	jobs := make([]*job, len(files))
	for i, f := range files {
		jobs[i] = &job{path: f, meta: flagMeta.Merge(rows[f]), keep: ws.sourcesDir(), ocr: ocr}
		if ingest.IsURL(f) {
			jobs[i].meta = jobs[i].meta.Merge(ingest.Meta{URL: f})
		}
	}
	workers := max(1, c.Int("workers"))
	queue := make(chan *job)
	finished := make(chan *job, len(jobs))
	// Workers may run only so far ahead of the commits: extraction is faster
	// than storing and indexing, and a prepared document waiting its turn
	// holds its text, passages and annotations in memory.
	ahead := make(chan struct{}, 2*workers)
	go func() {
		defer close(queue)
		for _, j := range largestFirst(jobs) {
			select {
			case ahead <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case queue <- j:
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
				prepare(ctx, ws.store, tagger, sidecars, j, c.Duration("timeout"))
				finished <- j
			}
		})
	}
	go func() {
		wg.Wait()
		close(finished)
	}()

	var bar *progressbar.ProgressBar
	if f, ok := c.App.ErrWriter.(*os.File); ok && term.IsTerminal(int(f.Fd())) && len(jobs) > 1 {
		bar = progressbar.NewOptions(len(jobs), progressbar.OptionSetWriter(f), progressbar.OptionSetDescription("ingest"),
			progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
	}
	// Documents are committed as they are ready, so that a long one does
	// not hold up the others; after an interrupt, those ready still are.
	handled := 0
	dups, err := ws.store.Signatures(ctx)
	if err != nil {
		return err
	}
	ix := startIndexer(ctx, ws, workers)
	for j := range finished {
		<-ahead
		if errors.Is(j.err, context.Canceled) {
			continue
		}
		handled++
		if bar != nil {
			bar.Add(1)
		}
		// One transaction per document, which an interrupt does not cut
		// short.
		switch {
		case j.err == nil && j.result == "":
			// Near-duplicates are found as documents are committed, in
			// order, so that of two copies in one run the first stands.
			sig, signed := corpus.ParseSignature(j.doc.Signature)
			if signed {
				if o, ok := dups.Find(j.path, sig); ok {
					j.doc.DuplicateOf = o.ID
					j.duplicate = (fmt.Sprintf("duplicate of %s (%s, %.0f%% alike): counted once", o.ID[:12], o.Source, 100*o.Similarity))
				}
			}
			j.result, j.err = ws.store.Put(context.WithoutCancel(ctx), j.doc, j.stmts, j.ps)
			if j.err == nil && signed {
				dups.Add(j.doc.ID, j.path, sig)
			}
		case j.err == nil && j.result == corpus.Updated:
			j.changes, j.err = ws.store.SetMeta(context.WithoutCancel(ctx), j.doc)
			if len(j.changes) == 0 {
				j.result = corpus.Unchanged
			}
		}
		line := report(j)
		if bar != nil {
			bar.Clear()
		}
		fmt.Fprintln(out, line)
		switch {
		case j.err != nil:
			run.Failures = append(run.Failures, corpus.Failure{Path: j.path, Reason: oneLine(j.err)})
		case j.result == corpus.Unchanged:
			run.Unchanged++
		case j.result == corpus.Updated:
			// Queued in the store; syncIndex reindexes it below.
			run.Updated++
		default:
			run.Ingested++
			ix.add(j)
			if len(j.notes) > 0 {
				run.Warnings = append(run.Warnings, corpus.Failure{Path: j.path, Reason: strings.Join(j.notes, "; ")})
			}
		}
	}
	if err := ix.wait(ctx); err != nil {
		fmt.Fprintf(c.App.ErrWriter, "normdex: index: %v (catching up from the store)\n", err)
	}
	if bar != nil {
		bar.Finish()
	}
	run.Failed = len(run.Failures)
	bg := context.WithoutCancel(ctx)
	if err := ws.store.FinishRun(bg, run); err != nil {
		return err
	}
	if _, err := ws.syncIndex(bg); err != nil {
		return fmt.Errorf("index: %w (the store is complete; 'normdex reindex' or the next ingest catches up)", err)
	}
	summary := fmt.Sprintf("%d ingested, %d unchanged, %d failed", run.Ingested, run.Unchanged, run.Failed)
	if run.Updated > 0 {
		summary += fmt.Sprintf(", %d updated", run.Updated)
	}
	if skipped > 0 {
		summary += fmt.Sprintf(", %d skipped (not a kind normdex reads)", skipped)
	}
	fmt.Fprintln(out, summary)
	if interrupted := len(jobs) - handled; interrupted > 0 {
		return exitError{code: 130, err: fmt.Errorf("interrupted: %d file(s) not ingested; what was committed is kept", interrupted)}
	}
	if run.Failed > 0 {
		return exitError{code: 1, err: fmt.Errorf("%d file(s) failed", run.Failed)}
	}
	return nil
}

// largestFirst returns the jobs in the order to extract them: the largest
// files first, so that a long one starts early instead of being the last
// one left running.
func largestFirst(jobs []*job) []*job {
	size := map[*job]int64{}
	for _, j := range jobs {
		if fi, err := os.Stat(j.path); err == nil {
			size[j] = fi.Size()
		}
	}
	out := slices.Clone(jobs)
	slices.SortStableFunc(out, func(a, b *job) int { return cmp.Compare(size[b], size[a]) })
	return out
}

func report(j *job) string {
	switch {
	case j.err != nil:
		return fmt.Sprintf("failed %s: %s", j.path, oneLine(j.err))
	case j.result == corpus.Unchanged:
		return "unchanged " + j.path
	case j.result == corpus.Updated:
		parts := make([]string, len(j.changes))
		for i, ch := range j.changes {
			parts[i] = ch.String()
		}
		return fmt.Sprintf("updated %s: %s", j.path, strings.Join(parts, ", "))
	}
	n := 0
	for _, p := range j.ps {
		n += len(p.Annotations)
	}
	verb := string(j.result)
	if len(j.notes) > 0 {
		verb += " with warnings"
	}
	line := fmt.Sprintf("%s %s (%d passages, %d annotations", verb, j.path, len(j.ps), n)
	if j.doc.State != "" {
		line += ", " + j.doc.State
	}
	line += ")"
	if len(j.notes) > 0 {
		line += ": " + strings.Join(j.notes, "; ")
	}
	if j.duplicate != "" {
		line += "; " + j.duplicate
	}
	return line
}

func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}

// prepare reads, identifies, extracts, segments and tags one source. It sets
// j.result to Unchanged when the store already has the same bytes.
func prepare(ctx context.Context, st *corpus.Store, tagger *annotate.Tagger, sidecars *ingest.Sidecars, j *job, timeout time.Duration) {
	data, format, err := readSource(ctx, j.path, j.keep, timeout)
	if err != nil {
		j.err = err
		return
	}
	sum := sha256.Sum256(data)
	id := hex.EncodeToString(sum[:])
	stored, err := st.DocumentInfo(ctx, id)
	known := err == nil
	if err != nil && !errors.Is(err, corpus.ErrNotFound) {
		j.err = err
		return
	}
	side, sidePath, err := sidecars.Read(j.path)
	if err != nil {
		j.err = err
		return
	}
	meta, err := j.meta.Merge(side).Validate()
	if err != nil {
		if sidePath != "" {
			err = fmt.Errorf("%w (metadata from %s or flags)", err, sidePath)
		}
		j.err = err
		return
	}
	if known {
		// The same bytes: only metadata given anew can change.
		j.result = corpus.Unchanged
		if meta == (ingest.Meta{}) {
			return
		}
		d := stored
		if upd := withMeta(d, meta); upd.State != d.State || upd.Date != d.Date || upd.Title != d.Title || upd.URL != d.URL {
			j.result, j.doc = corpus.Updated, upd
		}
		return
	}
	// New bytes under a stored path keep the metadata the old ones had,
	// unless flags, a sidecar or the manifest say otherwise.
	if old, err := st.DocumentBySource(ctx, j.path); err == nil {
		meta = meta.Merge(ingest.Meta{State: old.State, Date: old.Date, Title: old.Title, URL: old.URL})
	} else if !errors.Is(err, corpus.ErrNotFound) {
		j.err = err
		return
	}
	ex, err := extractorFor(format, j.ocr)
	if err != nil {
		j.err = err
		return
	}
	xctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	extraction, err := ingest.Safely(xctx, ex, j.path, data)
	if err != nil {
		j.err = err
		return
	}
	j.notes = extraction.Problems
	j.doc, j.stmts, j.ps = ingest.Build(id, j.path, format, meta, extraction)
	j.doc.Warnings = extraction.Problems
	j.doc.Signature = []byte{} // too short for a signature
	if sig, ok := corpus.NewSignature(j.doc.Text); ok {
		j.doc.Signature = sig.Bytes()
	}
	for i := range j.ps {
		j.ps[i].Annotations = tagger.Tag(j.ps[i].Text)
	}
}

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
		var found []string
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				failed = append(failed, corpus.Failure{Path: p, Reason: readError(err).Error()})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if p != a && strings.HasPrefix(d.Name(), ".") || isWorkspace(p) {
					return fs.SkipDir
				}
				return nil
			}
			switch {
			case ingest.IsSidecar(p) || strings.HasPrefix(d.Name(), "."):
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
