package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// writeCorpus writes n statements of a few paragraphs each.
func writeCorpus(t *testing.T, dir string, n int) {
	t.Helper()
	os.MkdirAll(dir, 0o755)
	for i := range n {
		var b strings.Builder
		for p := range 40 {
			fmt.Fprintf(&b, "%d. Statement %d, paragraph %d: States should take reasonable steps to put an end to operations originating from their territory, and a State that should have known of them is responsible.\n\n", p+1, i, p)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("s%03d.txt", i)), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// process is normdex running as a separate process.
type process struct {
	cmd   *exec.Cmd
	lines chan string // its output, a line at a time, closed at its end
}

// start runs normdex as a separate process.
func start(t *testing.T, args ...string) *process {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	// main keeps parsed codebooks in the user's cache folder: a test keeps
	// them in its own.
	cmd.Env = append(os.Environ(), "NORMDEX_BE_MAIN=1", "XDG_CACHE_HOME="+t.TempDir())
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = w, w
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	p := &process{cmd: cmd, lines: make(chan string, 10000)}
	go func() {
		defer close(p.lines)
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			p.lines <- sc.Text()
		}
	}()
	return p
}

// waitFor reads output until a line contains s, and returns all read.
func (p *process) waitFor(s string) string {
	var b strings.Builder
	for l := range p.lines {
		b.WriteString(l + "\n")
		if strings.Contains(l, s) {
			break
		}
	}
	return b.String()
}

// rest reads the output to its end.
func (p *process) rest() string {
	var b strings.Builder
	for l := range p.lines {
		b.WriteString(l + "\n")
	}
	return b.String()
}

// passageIDs exports the workspace and returns how often each passage
// text occurs.
func passageTexts(t *testing.T, ws string) map[string]int {
	t.Helper()
	out, errOut, code := normdex(t, "--data", ws, "export")
	if code != 0 {
		t.Fatalf("export: %d %s", code, errOut)
	}
	seen := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var r struct{ Source, Text string }
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		seen[r.Source+"\x00"+r.Text]++
	}
	return seen
}

// TestCrashSafety kills an ingest at several points with SIGKILL: the
// workspace still opens, check finds and reindex repairs any lag of the
// index, and a second ingest completes with no passage twice.
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("kills subprocesses")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "corpus")
	writeCorpus(t, src, 60)
	for _, after := range []time.Duration{30 * time.Millisecond, 200 * time.Millisecond, 600 * time.Millisecond} {
		ws := filepath.Join(dir, fmt.Sprintf("ws-%d", after.Milliseconds()))
		p := start(t, "--data", ws, "ingest", "--workers", "2", src)
		time.Sleep(after)
		p.cmd.Process.Signal(syscall.SIGKILL)
		p.rest()
		p.cmd.Wait()
		if _, errOut, code := normdex(t, "--data", ws, "status"); code != 0 && !strings.Contains(errOut, "does not exist") {
			t.Fatalf("killed after %v: status: %d %s", after, code, errOut)
		}
		if _, errOut, code := normdex(t, "--data", ws, "check"); code != 0 {
			t.Logf("killed after %v: check: %s", after, strings.TrimSpace(errOut))
			if _, errOut, code := normdex(t, "--data", ws, "reindex"); code != 0 && !strings.Contains(errOut, "does not exist") {
				t.Fatalf("reindex: %s", errOut)
			}
		}
		out, errOut, code := normdex(t, "--data", ws, "ingest", src)
		if code != 0 {
			t.Fatalf("killed after %v: second ingest: %d\n%s%s", after, code, out, errOut)
		}
		if out, errOut, code := normdex(t, "--data", ws, "check"); code != 0 {
			t.Errorf("killed after %v: check after the second ingest: %s%s", after, out, errOut)
		}
		texts := passageTexts(t, ws)
		if len(texts) != 60*40 {
			t.Errorf("killed after %v: %d distinct passages, want %d", after, len(texts), 60*40)
		}
		for k, n := range texts {
			if n != 1 {
				t.Errorf("killed after %v: passage %q stored %d times", after, k[:40], n)
				break
			}
		}
	}
}

// TestInterrupt sends SIGINT to an ingest: it finishes the file under way,
// commits, and exits with a message; the workspace is consistent.
func TestInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("signals subprocesses")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "corpus")
	writeCorpus(t, src, 300)
	ws := filepath.Join(dir, "ws")
	p := start(t, "--data", ws, "ingest", "--workers", "1", src)
	out := p.waitFor("ingested ")
	p.cmd.Process.Signal(os.Interrupt)
	out += p.rest()
	err := p.cmd.Wait()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	}
	switch code {
	case 0:
		t.Log("the ingest finished before the interrupt")
	case 130:
		if !strings.Contains(out, "interrupted:") {
			t.Errorf("no message on interrupt:\n%s", out)
		}
	default:
		t.Fatalf("exit status %d:\n%s", code, out)
	}
	if o, errOut, code := normdex(t, "--data", ws, "check"); code != 0 {
		t.Errorf("check after interrupt: %s%s", o, errOut)
	}
}

// TestTwoIngests runs two ingests on one workspace: the second stops with a
// message naming the process that holds it, and a search during the ingest
// answers or says the index is busy.
func TestTwoIngests(t *testing.T) {
	if testing.Short() {
		t.Skip("runs subprocesses")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "corpus")
	writeCorpus(t, src, 400)
	ws := filepath.Join(dir, "ws")
	normdex(t, "--data", ws, "ingest", filepath.Join(src, "s000.txt"))
	p := start(t, "--data", ws, "ingest", "--workers", "1", src)
	defer func() {
		p.cmd.Process.Signal(os.Interrupt)
		p.rest()
		p.cmd.Wait()
	}()
	p.waitFor("ingested ")
	_, errOut, code := normdex(t, "--data", ws, "ingest", src)
	if code != 3 || !strings.Contains(errOut, "in use by pid "+fmt.Sprint(p.cmd.Process.Pid)) {
		t.Errorf("second ingest: status %d, %q; want 3 and the first one's pid %d", code, errOut, p.cmd.Process.Pid)
	}
	out, errOut, code := normdex(t, "--data", ws, "search", "reasonable")
	if code != 0 && !strings.Contains(errOut, "index is busy") {
		t.Errorf("search during ingest: status %d: %s%s", code, out, errOut)
	}
	t.Logf("search during ingest: status %d %s", code, strings.TrimSpace(errOut))
}
