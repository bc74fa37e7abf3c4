package annotate

import (
	"testing"
)

// TestGoldTest4Pages checks that no source page of the untouched English
// test split test4 also feeds train.jsonl, so that its figures stay a measure
// of what the rules generalise to and not of what they were tuned on.
func TestGoldTest4Pages(t *testing.T) {
	train := goldSources(t, "testdata/gold/train.jsonl")
	for page, id := range goldSources(t, "testdata/gold/test4.jsonl") {
		if trainID, ok := train[page]; ok {
			t.Errorf("page %s is in test4 (%s) and in train (%s)", page, id, trainID)
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
