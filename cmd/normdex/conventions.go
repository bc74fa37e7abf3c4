package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"syscall"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/normdex/normdex/workspace"
)

// exitStatusHelp ends every --help: scripts rely on the exit codes.
const exitStatusHelp = `
EXIT STATUS:
   0    done
   1    failed: a file, a line or a write failed (the rest is kept), or the store and index disagree
   2    usage: an unknown command, flag or value, or a query of stop words only
   3    the workspace is in use by another normdex process
   130  interrupted (what was committed is kept)
`

// setConventions gives the app what users expect of a command-line tool: a
// version, one-line usage errors with a pointer to the help, the exit codes
// in the help, and words such as "help" read as words, not commands.
func setConventions(app *cli.App) {
	app.Version = buildVersion(debug.ReadBuildInfo())
	app.CustomAppHelpTemplate = cli.AppHelpTemplate + exitStatusHelp
	app.OnUsageError = func(_ *cli.Context, err error, _ bool) error {
		return usageError{msg: err.Error()}
	}
	var walk func(path string, cmds []*cli.Command)
	walk = func(path string, cmds []*cli.Command) {
		for _, c := range cmds {
			name := strings.TrimSpace(path + " " + c.Name)
			c.OnUsageError = func(_ *cli.Context, err error, _ bool) error {
				return usageError{cmd: name, msg: err.Error()}
			}
			if len(c.Subcommands) == 0 {
				c.HideHelpCommand = true
				c.CustomHelpTemplate = cli.CommandHelpTemplate + exitStatusHelp
			}
			walk(name, c.Subcommands)
		}
	}
	walk("", app.Commands)
}

// buildVersion tells the module version and the revision it was built from.
func buildVersion(bi *debug.BuildInfo, ok bool) string {
	if !ok {
		return "unknown (no build information)"
	}
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, at, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = ", modified"
			}
		}
	}
	if rev == "" {
		return v + " (revision unknown)"
	}
	if at != "" {
		at = " " + at
	}
	return fmt.Sprintf("%s (revision %s%s%s, %s)", v, rev, at, modified, bi.GoVersion)
}

// checkedWriter keeps the first error writing to standard output, so that a
// full disk or a closed pipe fails the command even where the writes are
// not checked; nothing more is written after it.
type checkedWriter struct {
	w   io.Writer
	err error
}

func (cw *checkedWriter) Write(p []byte) (int, error) {
	if cw.err != nil {
		return 0, cw.err
	}
	n, err := cw.w.Write(p)
	if err != nil {
		cw.err = fmt.Errorf("write standard output: %w", err)
		return n, cw.err
	}
	return n, nil
}

// isTerminal reports whether w is a terminal (for colours).
func isTerminal(w io.Writer) bool {
	if cw, ok := w.(*checkedWriter); ok {
		w = cw.w
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// exitStatus maps the error of a run to its exit status and the line to
// print, if any.
func exitStatus(err error) (int, string) {
	var ee exitError
	var ue usageError
	switch {
	case errors.As(err, &ee):
		if ee.err == nil || ee.err.Error() == "" {
			return ee.code, ""
		}
		return ee.code, ee.err.Error()
	case errors.As(err, &ue):
		return 2, ue.Error()
	case errors.Is(err, workspace.ErrOnlyStopWords):
		return 2, err.Error() + `; quote it in a phrase with the words around it ('"should not monitor"'), or select with --element, --state or --year`
	case errors.Is(err, syscall.EPIPE):
		// The reader has gone (| head): nothing to tell it.
		return 1, ""
	}
	return 1, err.Error()
}
