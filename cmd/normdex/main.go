// Command normdex turns national statements on international law in
// cyberspace into a searchable, annotated corpus.
package main

import (
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/normdex/normdex/workspace"
)

// exitError carries an exit status other than 1 or a message that is already
// printed.
type exitError struct {
	code int
	err  error
}

func (e exitError) Error() string { return e.err.Error() }
func (e exitError) Unwrap() error { return e.err }

var rulesFlag = &cli.StringFlag{Name: "rules", Usage: "codebook `FILE` to use instead of the embedded default", EnvVars: []string{"NORMDEX_RULES"}}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	return &cli.App{
		Name:      "normdex",
		Usage:     "a searchable, annotated corpus of national statements on international law in cyberspace",
		Reader:    stdin,
		Writer:    stdout,
		ErrWriter: stderr,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "data", Usage: "workspace `DIR`", EnvVars: []string{"NORMDEX_DATA"}, Value: "normdex-data"},
		},
		Commands: []*cli.Command{
			ingestCommand(),
			searchCommand(),
			exportCommand(),
			matrixCommand(),
			tagCommand(),
			annotateCommand(),
			statusCommand(),
			docsCommand(),
			metaCommand(),
			rmCommand(),
			reindexCommand(),
			checkCommand(),
			extractCommand(),
			rulesCommand(),
			reviewCommand(),
			agreeCommand(),
			importCommand(),
			serveCommand(),
		},
		// A repeated flag gives several values; a comma is part of the value:
		// "Korea, Republic of" is one State.
		DisableSliceFlagSeparator: true,
		// Errors are mapped to exit codes in one place, run; cli must not exit.
		ExitErrHandler: func(*cli.Context, error) {},
	}
}

// run executes normdex and returns its exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	// A closed pipe is an error to return, not a signal to die of.
	signal.Ignore(syscall.SIGPIPE)
	out := &checkedWriter{w: stdout}
	app := newApp(stdin, out, stderr)
	setConventions(app)
	args, err := reorderArgs(app, args)
	if err == nil {
		err = app.Run(args)
	}
	if err == nil {
		err = out.err
	}
	if err == nil {
		return 0
	}
	code, msg := exitStatus(err)
	if msg != "" {
		fmt.Fprintln(stderr, "normdex:", msg)
	}
	return code
}

func main() {
	tuneRuntime()
	if dir, err := os.UserCacheDir(); err == nil {
		// Parsed codebooks, for the next process that tags with one.
		workspace.SetCodebookCache(filepath.Join(dir, "normdex"))
	}
	stop := startProfile(os.Getenv("NORMDEX_CPUPROFILE"))
	code := run(os.Args, os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// ingestHeap is the soft limit of every command but serve: 152 MiB, or
// 120 MiB above the live heap when that is more (the least of the last few
// collections', see heapLimit). With index batches of 500 the live heap
// of 100,000 passages is smaller, and 152 MiB gave them the CPU of 160
// (17.4 s in five interleaved runs each) for a peak of 219 instead of 228
// MiB resident (the build of issue 19's filing: 223 MiB with 160).
//
// From 16 MiB of heap, until 24 MiB live or 152 MiB allocated, the collector
// also keeps Go's own pace. Left to the limit alone, an ingest of a few
// files never collected, so every byte it allocated was memory the kernel
// mapped afresh: ingesting the six sample PDFs allocated some 70 MB and took
// 21,000 page faults, a fifth of its CPU on this host. Collected at Go's
// pace it takes 12,700 and 12-15% less CPU, 10-14% less wall time (paired
// medians of 31 and 41 interleaved rounds at load 3 and 7-9). The first
// collection waits for 16 MiB (GOGC 400, whose least goal is four times Go's
// 4 MiB): a search, or an ingest of one short text, allocates less and never
// collects, as before (one collection at 4 MiB made a search some 7%
// slower). Past either bound the run is a long one, whose heap the limit
// keeps reusing: a live heap of 25-30 MiB (10,000 passages) collected 28
// times at Go's pace throughout instead of 4, about 7% more CPU, and a small
// live heap over a long run would collect every few MiB.
var ingestHeap = &heapLimit{floor: 152 << 20, headroom: 120 << 20, firstPercent: 400, pacedBelow: 24 << 20, pacedFor: 152 << 20}

// tuneRuntime sets the collector for ingest, unless the user's GOMEMLIMIT
// or GOGC says otherwise, and keeps library log lines out of the terminal.
func tuneRuntime() {
	if os.Getenv("GOMEMLIMIT") == "" {
		// Ingest holds a few documents, their passages and two index
		// batches at a time, besides what it keeps for the whole run; a
		// soft limit keeps the heap near that (with bleve's mapped index
		// files, 200 MB of text peaked at 269 MiB resident with 160 MiB,
		// 352 MiB with 256 MiB). The user's GOGC keeps its own pace.
		ingestHeap.start(os.Getenv("GOGC") == "")
	}
	if os.Getenv("NORMDEX_DEBUG") == "" {
		// bleve writes its housekeeping through the standard logger
		// ("got err removing file" when two of its goroutines clean up
		// the same segment); what matters comes back as errors.
		log.SetOutput(io.Discard)
	}
}

// serverRuntime gives the server back Go's default collector, unless the
// user's GOMEMLIMIT or GOGC says otherwise: a server holds what its pages
// read (at a million passages some 250 MiB live), over the soft limit
// tuneRuntime sets for ingest, and collecting whenever it is reached made
// every page at least twice as slow.
func serverRuntime() {
	if os.Getenv("GOMEMLIMIT") == "" {
		ingestHeap.stop()
		debug.SetMemoryLimit(math.MaxInt64)
		if os.Getenv("GOGC") == "" {
			debug.SetGCPercent(100)
		}
	}
}

// startProfile writes a CPU profile of the whole run to path, when set, so
// that a slow ingest on a user's corpus can be looked at with go tool pprof.
func startProfile(path string) (stop func()) {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "normdex: cpu profile:", err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
