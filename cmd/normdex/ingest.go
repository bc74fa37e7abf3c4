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
Each file is reported as ingested, replaced, unchanged or failed with the reason;
the exit status is 1 when any file failed (the others are kept).`,
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
	notes  []string
	err    error
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
	var manifest ingest.Manifest
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
	type loaded struct {
		tagger *annotate.Tagger
		err    error
	}
	codebook := make(chan loaded, 1)
	go func() {
		t, err := annotate.Load(c.String("rules"))
		codebook <- loaded{t, err}
	}()
	ws, err := openWorkspace(c, true, true)
	cb := <-codebook
	if err != nil {
		return err
	}
	defer ws.Close()
	if cb.err != nil {
		return cb.err
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

	jobs := make([]*job, len(files))
	for i, f := range files {
		jobs[i] = &job{path: f, meta: flagMeta, keep: ws.sourcesDir(), ocr: ocr}
		if manifest != nil {
			jobs[i].meta = jobs[i].meta.Merge(manifest.Lookup(f))
		}
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
	for range workers {
		wg.Go(func() {
			for j := range queue {
				prepare(ctx, ws.store, tagger, j, c.Duration("timeout"))
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
		if j.err == nil && j.result == "" {
			// One transaction per document, which an interrupt does not
			// cut short.
			j.result, j.err = ws.store.Put(context.WithoutCancel(ctx), j.doc, j.stmts, j.ps)
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
		default:
			run.Ingested++
			ix.add(j)
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
	}
	n := 0
	for _, p := range j.ps {
		n += len(p.Annotations)
	}
	line := fmt.Sprintf("%s %s (%d passages, %d annotations", j.result, j.path, len(j.ps), n)
	if j.doc.State != "" {
		line += ", " + j.doc.State
	}
	line += ")"
	for _, note := range j.notes {
		line += "; " + note
	}
	return line
}

func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}

// prepare reads, identifies, extracts, segments and tags one source. It sets
// j.result to Unchanged when the store already has the same bytes.
func prepare(ctx context.Context, st *corpus.Store, tagger *annotate.Tagger, j *job, timeout time.Duration) {
	data, format, err := readSource(ctx, j.path, j.keep, timeout)
	if err != nil {
		j.err = err
		return
	}
	sum := sha256.Sum256(data)
	id := hex.EncodeToString(sum[:])
	if _, known, err := st.Known(ctx, id); err != nil {
		j.err = err
		return
	} else if known {
		j.result = corpus.Unchanged
		return
	}
	side, sidePath, err := ingest.ReadSidecar(j.path)
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
	for i := range j.ps {
		j.ps[i].Annotations = tagger.Tag(j.ps[i].Text)
	}
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
