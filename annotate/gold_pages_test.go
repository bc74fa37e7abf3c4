package annotate

import (
	"testing"
)

// TestGoldTestPages checks that no source page of the untouched English
// test splits test4 and test5 also feeds train.jsonl, so that their figures
// stay a measure of what the rules generalise to and not of what they were
// tuned on.
func TestGoldTestPages(t *testing.T) {
	train := goldSources(t, "testdata/gold/train.jsonl")
	for _, split := range []string{"test4", "test5"} {
		for page, id := range goldSources(t, "testdata/gold/"+split+".jsonl") {
			if trainID, ok := train[page]; ok {
				t.Errorf("page %s is in %s (%s) and in train (%s)", page, split, id, trainID)
			}
		}
	}
}

// goldSources maps each source page of the gold file at path to the id of
// its first passage, skipping the test when the file is absent.
func goldSources(t *testing.T, path string) map[string]string {
	t.Helper()
	b := readGoldFile(t, path)
	pages := map[string]string{}
	type passage struct {
		ID     string `json:"id"`
		Source string `json:"source"`
	}
	eachGoldLine(t, path, b, func(_ int, p passage) {
		if _, ok := pages[p.Source]; !ok {
			pages[p.Source] = p.ID
		}
	})
	return pages
}
