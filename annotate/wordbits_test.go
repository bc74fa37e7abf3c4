package annotate

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestWordBitsRuleOutNoMatch checks that the words' bits (atom.bits,
// token.bits, phraseRef.second and afterGap) only spare comparisons: the
// default codebook tags every passage of the repository's test data and
// examples, in each of its languages, as it does with all bits cleared.
func TestWordBitsRuleOutNoMatch(t *testing.T) {
	var texts []string
	for _, glob := range []string{"testdata/*.jsonl", "testdata/gold/*.jsonl", "testdata/gold/*/*.jsonl"} {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			eachGoldLine(t, f, b, func(_ int, p struct{ Text string }) {
				if p.Text != "" {
					texts = append(texts, p.Text)
				}
			})
		}
	}
	files, _ := filepath.Glob("../examples/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n\n")...)
	}
	if len(texts) == 0 {
		t.Skip("no passages in testdata or examples")
	}
	masked, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	plain, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range plain.Languages() {
		clearBits(plain.langTagger(l))
	}
	for _, text := range texts {
		for _, l := range plain.Languages() {
			got, want := masked.TagLang(text, l), plain.TagLang(text, l)
			if !slices.Equal(got, want) {
				t.Errorf("TagLang(%q, %s) with bits = %v, without = %v", text, l, got, want)
			}
		}
	}
}

// langTagger returns the tagger of the rules of language l.
func (t *Tagger) langTagger(l string) *Tagger {
	if o := t.others[l]; o != nil {
		return o()
	}
	return t
}

// clearBits clears the bits of a tagger's phrases, which then rule out
// nothing: its words are compared one by one. It must run before the
// tagger learns words, whose lexicon entries copy the phrases it lists.
func clearBits(t *Tagger) {
	clearRefs := func(refs []phraseRef) {
		for i := range refs {
			refs[i].second, refs[i].afterGap = 0, 0
			for a := range refs[i].seq {
				refs[i].seq[a].bits = 0
			}
		}
	}
	for _, m := range []map[string][]phraseRef{t.byStem, t.byExact, t.byPrefix} {
		for _, refs := range m {
			clearRefs(refs)
		}
	}
	clearRefs(t.prefixes)
}
