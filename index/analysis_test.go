package index

import (
	"fmt"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/normdex/normdex/corpus"
)

// TestTextAnalyzerTerms checks that the text field's terms are those of
// bleve's English chain with its own stemmer, followed by the pairs: the
// kept stems change the cost, never the terms.
func TestTextAnalyzerTerms(t *testing.T) {
	reference, err := registry.NewCache().DefineAnalyzer("reference", map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []interface{}{en.PossessiveName, lowercase.Name, en.StopName, en.SnowballStemmerName, pairFilterName},
	})
	if err != nil {
		t.Fatal(err)
	}
	text := analyzers()[corpus.English][1]
	for _, in := range []string{
		"States should not knowingly allow their territory to be used for internationally wrongful acts.",
		"States' responsibility; the State's obligations; obligations, obligations and OBLIGATIONS.",
		"Connected connecting connections: the generalization of generalizations, 2015 and 13(c).",
		"Ünïcödé wörds, naïve café, and straße stay as bleve makes them.",
		"",
	} {
		for range 2 { // the second time from the kept stems
			var got, want []string
			for _, tok := range text.Analyze([]byte(in)) {
				got = append(got, fmt.Sprintf("%s@%d-%d/%d", tok.Term, tok.Start, tok.End, tok.Position))
			}
			for _, tok := range reference.Analyze([]byte(in)) {
				want = append(want, fmt.Sprintf("%s@%d-%d/%d", tok.Term, tok.Start, tok.End, tok.Position))
			}
			if !slices.Equal(got, want) {
				t.Errorf("%q:\n got %q\nwant %q", in, got, want)
			}
		}
	}
}
