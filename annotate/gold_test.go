package annotate

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
)

// TestGoldSet scores the default codebook on the adjudicated gold set of
// testdata/gold (two independent labellers, differences settled from the
// codebook) against the per-element figures in its .golden files; -update
// rewrites them. The test splits are for measuring only: rules must never be
// tuned on them, so their golden files record what the codebook generalises to.
func TestGoldSet(t *testing.T) {
	tg, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	for _, split := range []string{"train", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11", "test12"} {
		t.Run(split, func(t *testing.T) {
			checkFigures(t, tg, "testdata/gold/"+split+".jsonl", "testdata/gold/"+split+".golden")
		})
	}
}

// checkFigures compares the per-element figures of tg on the gold file at
// path with the golden file, skipping when the gold file is absent because
// the labelled passages are kept only where their sources may be quoted.
func checkFigures(t *testing.T, tg *Tagger, path, golden string) {
	t.Helper()
	b := readGoldFile(t, path)
	gold, err := ReadGold(path, bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	rep := Evaluate(tg, gold)
	var got bytes.Buffer
	if err := rep.WriteTable(&got); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if got.String() != string(want) {
		var errs strings.Builder
		if err := rep.WriteErrors(&errs); err != nil {
			t.Fatal(err)
		}
		t.Errorf("figures on %s changed (go test -update to accept):\ngot:\n%s\nwant:\n%s\n%s", path, got.String(), want, errs.String())
	}
}

// readGoldFile reads the gold file at path, skipping the test when it is
// absent: the labelled passages are kept only where their sources may be
// quoted.
func readGoldFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s not present", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// eachGoldLine decodes each line of gold file b, read from path, into a P
// and calls f with it and its line number.
func eachGoldLine[P any](t *testing.T, path string, b []byte, f func(line int, p P)) {
	t.Helper()
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		var p P
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		f(line, p)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}
