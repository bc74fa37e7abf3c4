package annotate

import (
	"reflect"
	"sync"
	"testing"

	"github.com/normdex/normdex/corpus"
)

// TestTagConcurrently checks that one tagger tags passages on several
// goroutines at once as one tags them in turn, as an ingest uses it (its
// workers' documents at once, a document's passages on two cores). Run
// with -race, it also checks that the word forms the tagger learns and the
// languages it compiles on first use are shared safely.
func TestTagConcurrently(t *testing.T) {
	type passage struct{ Text, Lang string }
	var ps []passage
	for _, path := range []string{"testdata/gold/train.jsonl", "testdata/gold/fr/train.jsonl", "testdata/gold/es/train.jsonl"} {
		eachGoldLine(t, path, readGoldFile(t, path), func(_ int, p passage) { ps = append(ps, p) })
	}
	serial, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	cb, err := ParseCodebook("default.yaml", DefaultCodebook())
	if err != nil {
		t.Fatal(err)
	}
	shared, err := CompileChecked("default.yaml", cb)
	if err != nil {
		t.Fatal(err)
	}
	const workers = 4
	got := make([][]corpus.Annotation, len(ps))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(ps); i += workers {
				got[i] = shared.TagLang(ps[i].Text, ps[i].Lang)
			}
		})
	}
	wg.Wait()
	for i, p := range ps {
		if want := serial.TagLang(p.Text, p.Lang); !reflect.DeepEqual(got[i], want) {
			t.Errorf("%.60q (%s): tagged at once %v, in turn %v", p.Text, p.Lang, got[i], want)
		}
	}
}
