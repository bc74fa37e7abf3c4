package annotate

import (
	"os"
	"slices"
	"testing"
)

// TestCompileCheckedTagsAlike tags the gold passages of every language with
// the default codebook compiled whole and compiled with its other languages
// left for first use: the annotations must be the same, whether the
// passage's language is given or told from its words.
func TestCompileCheckedTagsAlike(t *testing.T) {
	cb, err := ParseCodebook("default.yaml", DefaultCodebook())
	if err != nil {
		t.Fatal(err)
	}
	whole, err := Compile("default.yaml", cb)
	if err != nil {
		t.Fatal(err)
	}
	checked, err := CompileChecked("default.yaml", cb)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(whole.Languages(), checked.Languages()) {
		t.Errorf("languages %v, want %v", checked.Languages(), whole.Languages())
	}
	n := 0
	for path, lang := range map[string]string{"testdata/gold/test.jsonl": "en", "testdata/gold/fr/test.jsonl": "fr", "testdata/gold/es/test.jsonl": "es"} {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		gold, err := ReadGold(path, f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range gold {
			for _, lang := range []string{lang, ""} {
				want, got := whole.TagLang(g.Text, lang), checked.TagLang(g.Text, lang)
				if !slices.Equal(got, want) {
					t.Errorf("%s %s (lang %q): %v, want %v", path, g.ID, lang, got, want)
				}
				n += len(want)
			}
		}
	}
	if n == 0 {
		t.Error("no annotations compared")
	}
}
