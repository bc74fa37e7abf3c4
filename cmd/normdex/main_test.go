package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
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
