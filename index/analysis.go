package index

import (
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
)

const (
	pairAnalyzer   = "normdex_pairs"
	pairFilterName = "normdex_pair"
	// pairGap stands between the two words of a pair for the stop words
	// left out between them: "responsibility of States" gives
	// "respons _ state", which "responsibility States" does not.
	pairGap = " _ "
)

// pairAnalyzerConfig is the English analyser (the text field's) followed by
// the pair filter.
var pairAnalyzerConfig = map[string]interface{}{
	"type":          custom.Name,
	"tokenizer":     unicode.Name,
	"token_filters": []interface{}{en.PossessiveName, lowercase.Name, en.StopName, porter.Name, pairFilterName},
}

func init() {
	err := registry.RegisterTokenFilter(pairFilterName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return pairFilter{}, nil
	})
	if err != nil {
		panic(err)
	}
}

// pairFilter turns a stream of words into the stream of adjacent pairs. A
// phrase query then looks up a few pair terms instead of reading the
// positions of every word in every candidate passage.
type pairFilter struct{}

func (pairFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	if len(in) < 2 {
		return in[:0]
	}
	size := 0
	for _, t := range in {
		size += 2*len(t.Term) + len(pairGap)
	}
	buf := make([]byte, 0, size)
	toks := make([]analysis.Token, len(in)-1)
	out := make(analysis.TokenStream, len(in)-1)
	for i := 1; i < len(in); i++ {
		a, b := in[i-1], in[i]
		start := len(buf)
		buf = append(buf, a.Term...)
		if b.Position-a.Position > 1 {
			buf = append(buf, pairGap...)
		} else {
			buf = append(buf, ' ')
		}
		buf = append(buf, b.Term...)
		toks[i-1] = analysis.Token{Term: buf[start:len(buf):len(buf)], Start: a.Start, End: b.End,
			Position: i, Type: analysis.Shingle}
		out[i-1] = &toks[i-1]
	}
	return out
}

// analyzers returns the analyser of the text field and that of the pairs.
var analyzers = sync.OnceValues(func() (analysis.Analyzer, analysis.Analyzer) {
	cache := registry.NewCache()
	words, err := cache.AnalyzerNamed(en.AnalyzerName)
	if err != nil {
		panic(err)
	}
	pairs, err := cache.DefineAnalyzer(pairAnalyzer, pairAnalyzerConfig)
	if err != nil {
		panic(err)
	}
	return words, pairs
})

// meaningful reports whether a word leaves any term after the text analyser:
// a stop word alone ("should") would otherwise match nothing at all.
func meaningful(w string) bool {
	words, _ := analyzers()
	return len(words.Analyze([]byte(w))) > 0
}

// pairs returns the pair terms of a phrase; none when it has fewer than two
// meaningful words.
func pairs(phrase string) []string {
	_, p := analyzers()
	var out []string
	for _, t := range p.Analyze([]byte(phrase)) {
		out = append(out, string(t.Term))
	}
	return out
}
