package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/normdex/normdex/index"
)

func TestMain(m *testing.M) {
	// Tests that need normdex as a process (to kill it) run this binary.
	if os.Getenv("NORMDEX_BE_MAIN") == "1" {
		main()
	}
	testscript.Main(m, map[string]func(){
		"normdex": func() { os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the command-line scripts in testdata/script: each is an
// end-to-end use of normdex on files the script writes.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("NORMDEX_DATA", filepath.Join(env.WorkDir, "ws"))
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// binfile FILE writes bytes that are no text in any encoding.
			"binfile": func(ts *testscript.TestScript, neg bool, args []string) {
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte("x\x00\x01y\x00\xff\xfe\x00"), 0o644))
			},
			// lockws DIR holds the workspace's write lock until the script
			// ends, as a running ingest does.
			"lockws": lockWorkspace,
			// unzip, replace and zip edit a REFI-QDA project (qdpx_test.go).
			"unzip":   unzipCmd,
			"replace": replaceCmd,
			"zip":     zipCmd,
		},
		Condition: func(cond string) (bool, error) {
			if cond == "robind" {
				return canBindReadOnly(), nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
	})
}

// TestSharedScripts runs the scripts that need ../shared (seeds, evaluation
// data); they are skipped where it is absent.
func TestSharedScripts(t *testing.T) {
	shared, err := filepath.Abs("../../../shared")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(shared, "seeds")); err != nil {
		t.Skip("../shared not present")
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/shared",
		Setup: func(env *testscript.Env) error {
			env.Setenv("NORMDEX_DATA", filepath.Join(env.WorkDir, "ws"))
			env.Setenv("SHARED", shared)
			return nil
		},
	})
}

// lockWorkspace takes the write lock of the workspace DIR the way a writer
// does (an flock and the pid in the lock file, and the index open) and
// holds it until the script ends.
func lockWorkspace(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: lockws DIR")
	}
	f, err := os.OpenFile(filepath.Join(ts.MkAbs(args[0]), "lock"), os.O_RDWR|os.O_CREATE, 0o644)
	ts.Check(err)
	ts.Check(syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB))
	ts.Check(f.Truncate(0))
	_, err = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	ts.Check(err)
	ix, err := index.Open(filepath.Join(ts.MkAbs(args[0]), "index.bleve"))
	ts.Check(err)
	ts.Defer(func() {
		ix.Close()
		f.Truncate(0)
		f.Close()
	})
}

// canBindReadOnly reports whether a folder can be mounted read-only in a
// mount namespace of its own (util-linux unshare and mount, and the right to
// use them): the only read-only folder that binds root too, as the tests run.
func canBindReadOnly() bool {
	dir, err := os.MkdirTemp("", "normdex-ro")
	if err != nil {
		return false
	}
	defer os.RemoveAll(dir)
	probe := filepath.Join(dir, "probe")
	err = exec.Command("unshare", "-m", "sh", "-c",
		`mount --bind -o ro "$1" "$1" && ! touch "$1/probe" 2>/dev/null`, "sh", dir).Run()
	_, statErr := os.Stat(probe)
	return err == nil && statErr != nil
}
