package main

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/ingest"
	"github.com/normdex/normdex/workspace"
)

func ingestCommand() *cli.Command {
	return &cli.Command{
		Name:      "ingest",
		Usage:     "extract, segment, tag, store and index statements (PDF, Word, ODT, HTML, TXT, Markdown, URLs)",
		ArgsUsage: "[PATH|URL...]",
		Description: `Takes files, folders (searched recursively for .pdf, .docx, .odt, .html, .htm,
.txt and .md files; other files are counted as skipped) and http(s) URLs (downloaded,
kept in the workspace, recorded with the URL as their source).
Metadata comes, first found first, from the flags, a sidecar FILE.meta.json or
FILE.meta.yaml beside a source, and the --manifest CSV (path,state,date,title,url,lang),
whose rows may name URLs: those are ingested too, so a manifest alone may be enough.
The language of each document and passage is told from its words unless --lang
(or a sidecar's or the manifest's lang) gives it.
Each file is reported as ingested, replaced (keeping its metadata unless told
otherwise), updated (known bytes, new metadata), unchanged or failed with the
reason; the exit status is 1 when any file failed (the others are kept).`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "state", Usage: "author `STATE` of what is ingested (name or alias)"},
			&cli.StringFlag{Name: "date", Usage: "`DATE` of what is ingested: YYYY, YYYY-MM or YYYY-MM-DD"},
			&cli.StringFlag{Name: "title", Usage: "`TITLE` of what is ingested"},
			&cli.StringFlag{Name: "lang", Usage: "`LANG` of what is ingested (" + strings.Join(corpus.Languages, ", ") + "), instead of the one its words tell"},
			&cli.StringFlag{Name: "manifest", Usage: "CSV `FILE` with columns path,state,date,title,url,lang"},
			&cli.IntFlag{Name: "workers", Usage: "files extracted in parallel", Value: runtime.NumCPU()},
			&cli.DurationFlag{Name: "timeout", Usage: "time limit for extracting one file", Value: workspace.DefaultTimeout},
			ocrFlag, ocrLangFlag,
			rulesFlag,
		},
		Action: runIngest,
	}
}

func runIngest(c *cli.Context) error {
	flagMeta, err := ingest.Meta{State: c.String("state"), Date: c.String("date"), Title: c.String("title"), Lang: c.String("lang")}.Validate()
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	ocr, err := ocrOptions(c)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	opt := workspace.IngestOptions{Meta: flagMeta, OCR: ocr, Workers: c.Int("workers"), Timeout: c.Duration("timeout"),
		ManifestName: c.String("manifest")}
	if m := c.String("manifest"); m != "" {
		f, err := os.Open(m)
		if err != nil {
			return fmt.Errorf("ingest: %w", err)
		}
		opt.Manifest, err = ingest.ParseManifest(f, filepath.Dir(m))
		f.Close()
		if err != nil {
			return fmt.Errorf("ingest: %s: %w", m, err)
		}
	}
	if c.NArg() == 0 && (opt.Manifest == nil || len(opt.Manifest.URLs()) == 0) {
		return fmt.Errorf("ingest: no PATH given (nor a manifest that lists URLs)")
	}
	if opt.Codebook, err = rulesCodebook(c); err != nil {
		return err
	}
	ws, err := openWorkspace(c, true, true)
	if err != nil {
		return err
	}
	defer ws.Close()

	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	out := c.App.Writer
	var bar *progressbar.ProgressBar
	tty, _ := c.App.ErrWriter.(*os.File)
	if tty != nil && !term.IsTerminal(int(tty.Fd())) {
		tty = nil
	}
	// OCR reports pages from the extracting goroutines.
	var mu sync.Mutex
	ocrLine := false // an OCR line is on the terminal, not yet cleared
	opt.Warn = func(msg string) { fmt.Fprintln(c.App.ErrWriter, "normdex:", msg) }
	opt.Progress = func(p workspace.Progress) {
		mu.Lock()
		defer mu.Unlock()
		if ocrLine {
			fmt.Fprint(tty, "\r\033[K")
			ocrLine = false
		}
		if bar == nil && p.Done > 0 && p.Total > 1 && tty != nil {
			bar = progressbar.NewOptions(p.Total, progressbar.OptionSetWriter(tty), progressbar.OptionSetDescription("ingest"),
				progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
		}
		if bar != nil {
			bar.Set(p.Done)
			bar.Clear()
		}
		fmt.Fprintln(out, report(p.File))
		// A panic is a bug to report: its stack is what a maintainer needs,
		// but not what a user reads at every failed file.
		var pe *workspace.PanicError
		if errors.As(p.File.Err, &pe) && os.Getenv("NORMDEX_DEBUG") != "" {
			fmt.Fprintf(c.App.ErrWriter, "normdex: %s: %s\n%s", p.File.Path, pe, pe.Stack)
		}
	}
	if tty != nil {
		opt.OCRProgress = func(path string, done, total int) {
			mu.Lock()
			defer mu.Unlock()
			what := fmt.Sprintf("OCR %s: page %d of %d", filepath.Base(path), done, total)
			switch {
			case bar != nil && done == total:
				bar.Describe("ingest")
			case bar != nil:
				bar.Describe("ingest (" + what + ")")
			case done == total:
				fmt.Fprint(tty, "\r\033[K")
				ocrLine = false
			default:
				fmt.Fprint(tty, "\r"+what+"\033[K")
				ocrLine = true
			}
		}
	}
	adviseHugePages()
	rep, err := ws.Ingest(ctx, c.Args().Slice(), opt)
	if bar != nil {
		bar.Finish()
	}
	if err != nil {
		return err
	}
	for _, cp := range rep.Copies {
		fmt.Fprintf(out, "%s: %s\n", cp.Path, cp.Note)
	}
	run := rep.Run
	summary := fmt.Sprintf("%d ingested, %d unchanged, %d failed", run.Ingested, run.Unchanged, run.Failed)
	if run.Updated > 0 {
		summary += fmt.Sprintf(", %d updated", run.Updated)
	}
	if rep.Skipped > 0 {
		summary += fmt.Sprintf(", %d skipped (not a kind normdex reads)", rep.Skipped)
	}
	fmt.Fprintln(out, summary)
	if rep.Interrupted > 0 {
		return exitError{code: 130, err: fmt.Errorf("interrupted: %d file(s) not ingested; what was committed is kept", rep.Interrupted)}
	}
	if run.Failed > 0 {
		return exitError{code: 1, err: fmt.Errorf("%d file(s) failed", run.Failed)}
	}
	return nil
}

// report is the line that says what became of a file.
func report(r workspace.FileResult) string {
	switch {
	case r.Err != nil:
		return fmt.Sprintf("failed %s: %s", r.Path, workspace.OneLine(r.Err))
	case r.Result == corpus.Unchanged:
		return "unchanged " + r.Path
	case r.Result == corpus.Updated:
		parts := make([]string, len(r.Changes))
		for i, ch := range r.Changes {
			parts[i] = ch.String()
		}
		return fmt.Sprintf("updated %s: %s", r.Path, strings.Join(parts, ", "))
	}
	verb := string(r.Result)
	if len(r.Notes) > 0 {
		verb += " with warnings"
	}
	line := fmt.Sprintf("%s %s (%d passages, %d annotations", verb, r.Path, r.Passages, r.Annotations)
	if r.Doc.State != "" {
		line += ", " + r.Doc.State
	}
	line += ")"
	if len(r.Notes) > 0 {
		line += ": " + strings.Join(r.Notes, "; ")
	}
	if r.Duplicate != "" {
		line += "; " + r.Duplicate
	}
	return line
}
