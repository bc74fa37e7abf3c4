package workspace

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/normdex/normdex/annotate"
	"github.com/normdex/normdex/corpus"
)

// TestCodebookCache parses a codebook into an empty cache, then from the
// cache, from a damaged cache file and from one edited into other valid
// JSON: the codebook is the same each time, and a codebook that does not
// parse is never cached.
func TestCodebookCache(t *testing.T) {
	dir := t.TempDir()
	data := annotate.DefaultCodebook()
	want, err := annotate.ParseCodebook("default.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	first, err := parseCached(dir, corpus.NewCodebook("default.yaml", data), data)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "codebook-*.json"))
	if len(files) != 1 {
		t.Fatalf("cache holds %v, want one codebook", files)
	}
	again, err := parseCached(dir, corpus.NewCodebook("default.yaml", data), data)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(files[0], []byte(`{"Codebook":`), 0o644); err != nil {
		t.Fatal(err)
	}
	damaged, err := parseCached(dir, corpus.NewCodebook("default.yaml", data), data)
	if err != nil {
		t.Fatal(err)
	}
	// Valid JSON, but not what was written: two negation cues gone.
	sealed, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	edited := bytes.Replace(sealed, []byte(`"not","no",`), []byte(``), 1)
	if bytes.Equal(edited, sealed) {
		t.Fatal("the cached codebook has no phrase to edit")
	}
	if err := os.WriteFile(files[0], edited, 0o644); err != nil {
		t.Fatal(err)
	}
	afterEdit, err := parseCached(dir, corpus.NewCodebook("default.yaml", data), data)
	if err != nil {
		t.Fatal(err)
	}
	for name, got := range map[string]*annotate.Codebook{"parsed": first, "cached": again, "after a damaged cache": damaged,
		"after an edited cache": afterEdit} {
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the codebook differs from ParseCodebook's", name)
		}
	}
	if _, err := parseCached(dir, corpus.NewCodebook("bad.yaml", []byte("elements: [")), []byte("elements: [")); err == nil {
		t.Error("a codebook that does not parse parsed")
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "*")); len(files) != 1 {
		t.Errorf("cache holds %v, want the one codebook", files)
	}
}
