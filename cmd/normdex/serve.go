package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/normdex/normdex/web"
	"github.com/normdex/normdex/workspace"
)

func serveCommand() *cli.Command {
	return &cli.Command{
		Name:  "serve",
		Usage: "browse the workspace in a web browser: search, passages, documents, position map, codebook, exports",
		Description: `Serves the workspace on --addr (127.0.0.1:8080: this machine only). Any other
address needs a token, asked of every request: --token, or one generated and
printed in the address to open. Read-only unless --write, which allows uploads
(ingested as 'normdex ingest' would, with the State, date and title of the form)
and review decisions (accept, reject, add a tag, set the State; the review queue),
recorded under --reviewer, and holds the workspace as an ingest does. Ctrl-C stops the server; an upload
under way commits its current file first.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "addr", Value: "127.0.0.1:8080", Usage: "listen on `HOST:PORT`"},
			&cli.BoolFlag{Name: "write", Usage: "allow uploads and review decisions (the workspace is held for writing)"},
			&cli.StringFlag{Name: "reviewer", Usage: "record review decisions under `NAME` (default $NORMDEX_REVIEWER, else the OS user)"},
			&cli.StringFlag{Name: "token", EnvVars: []string{"NORMDEX_TOKEN"}, Usage: "ask `TOKEN` of every request (generated when the address is not loopback)"},
			&cli.IntFlag{Name: "max-upload", Value: web.DefaultMaxUpload >> 20, Usage: "upload size limit in `MB`"},
			&cli.IntFlag{Name: "workers", Usage: "files of an upload extracted in parallel", Value: runtime.NumCPU()},
			&cli.DurationFlag{Name: "timeout", Usage: "time limit for extracting one uploaded file", Value: workspace.DefaultTimeout},
			ocrFlag, ocrLangFlag,
		},
		Action: runServe,
	}
}

func runServe(c *cli.Context) error {
	if c.NArg() > 0 {
		return fmt.Errorf("serve: takes no arguments (%q)", c.Args().First())
	}
	serverRuntime()
	addr := c.String("addr")
	if _, _, err := net.SplitHostPort(addr); err != nil {
		return usageError{cmd: "serve", msg: fmt.Sprintf("bad --addr %q: want HOST:PORT such as 127.0.0.1:8080", addr)}
	}
	token := c.String("token")
	generated := false
	if token == "" && !web.IsLoopback(addr) {
		token, generated = web.RandomToken(), true
	}
	ocr, err := ocrOptions(c)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	workspace.PrepareDefaultCodebook()
	write := c.Bool("write")
	ws, err := openWorkspace(c, write, write)
	if err != nil {
		return err
	}
	defer ws.Close()
	if write {
		// A writer brings the index up to date first (an interrupted
		// ingest left documents queued).
		if _, err := ws.Sync(c.Context); err != nil {
			return err
		}
	}
	srv, err := web.New(ws, web.Options{Write: write, Token: token, Reviewer: c.String("reviewer"), MaxUpload: int64(c.Int("max-upload")) << 20,
		Ingest: workspace.IngestOptions{OCR: ocr, Workers: c.Int("workers"), Timeout: c.Duration("timeout")}})
	if err != nil {
		return err
	}
	defer srv.Close()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	u := "http://" + ln.Addr().String() + "/"
	if token != "" {
		u += "?token=" + token
	}
	mode := "read-only"
	if write {
		mode = "uploads and review allowed, reviewer " + srv.Reviewer()
	}
	fmt.Fprintf(c.App.Writer, "normdex serve: %s (%s, workspace %s; Ctrl-C stops)\n", u, mode, ws.Dir())
	if generated {
		fmt.Fprintln(c.App.Writer, "normdex serve: not a loopback address: every request needs the token above (or --token)")
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(shut); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("serve: %w", err)
	}
	fmt.Fprintln(c.App.Writer, "normdex serve: stopped")
	return nil
}
