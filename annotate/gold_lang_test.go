package annotate

import (
	"bytes"
	"slices"
	"testing"
)

// TestGoldLangFiles checks that the French and Spanish gold sets of
// testdata/gold/{fr,es} parse as gold files, carry their language, use only
// the codebook's element IDs, and keep each source page in one split (train,
// test, the fresh dev set, or test2, test3 and test4, retired to tuning),
// so that nothing tuned on leaks into a test split.
// Scoring them is TestGoldSet's job.
func TestGoldLangFiles(t *testing.T) {
	for _, lang := range []string{"fr", "es"} {
		t.Run(lang, func(t *testing.T) {
			pageSplit := map[string]string{}
			n := 0
			for _, split := range langGoldSplits {
				path := "testdata/gold/" + lang + "/" + split + ".jsonl"
				b := readGoldFile(t, path)
				if _, err := ReadGold(path, bytes.NewReader(b)); err != nil {
					t.Fatal(err)
				}
				type passage struct {
					ID       string   `json:"id"`
					Source   string   `json:"source"`
					Text     string   `json:"text"`
					Elements []string `json:"elements"`
					Lang     string   `json:"lang"`
				}
				eachGoldLine(t, path, b, func(line int, p passage) {
					if p.Lang != lang || p.Source == "" || p.Text == "" || p.Elements == nil {
						t.Errorf("%s:%d (%s): lang %q, source %q, %d bytes of text, elements %v", path, line, p.ID, p.Lang, p.Source, len(p.Text), p.Elements)
					}
					for _, e := range p.Elements {
						if !slices.Contains(ElementIDs, e) {
							t.Errorf("%s:%d (%s): unknown element %q", path, line, p.ID, e)
						}
					}
					if prev, ok := pageSplit[p.Source]; ok && prev != split {
						t.Errorf("%s:%d (%s): page %s is in both %s and %s", path, line, p.ID, p.Source, prev, split)
					}
					pageSplit[p.Source] = split
					n++
				})
			}
			if n == 0 {
				t.Errorf("no passages in testdata/gold/%s", lang)
			}
		})
	}
}
