package index

import (
	"bytes"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/normdex/normdex/corpus"
)

const (
	textAnalyzer   = "normdex_text"
	wordsAnalyzer  = "normdex_words"
	pairFilterName = "normdex_pairs"
	stemFilterName = "normdex_snowball"
	// pairGap stands between the two words of a pair for the stop words
	// left out between them: "responsibility of States" gives
	// "respons _ state", which "responsibility States" does not.
	pairGap = " _ "
)

// wordsAnalyzerConfig is bleve's English analyser with the tagger's stemmer
// (Snowball, corpus.Stem) instead of Porter's, which stems "knowingly" as
// "knowingli" where a rule for "know" tags it.
var wordsAnalyzerConfig = map[string]interface{}{
	"type":          custom.Name,
	"tokenizer":     unicode.Name,
	"token_filters": []interface{}{en.PossessiveName, lowercase.Name, en.StopName, stemFilterName},
}

// textAnalyzerConfig is the words analyser followed by the pair filter: the
// text field holds its words and their pairs, analysed once.
var textAnalyzerConfig = map[string]interface{}{
	"type":          custom.Name,
	"tokenizer":     unicode.Name,
	"token_filters": []interface{}{en.PossessiveName, lowercase.Name, en.StopName, stemFilterName, pairFilterName},
}

func init() {
	err := registry.RegisterTokenFilter(pairFilterName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return pairFilter{}, nil
	})
	if err == nil {
		err = registry.RegisterTokenFilter(stemFilterName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
			return &stemFilter{stems: map[string][]byte{}}, nil
		})
	}
	if err != nil {
		panic(err)
	}
}

// stemFilter is the Snowball English stemmer (corpus.Stem) with the stems it
// has made kept: the words of a corpus repeat, and stemming each again was a
// tenth of what indexing cost.
type stemFilter struct {
	mu    sync.RWMutex
	stems map[string][]byte
}

// maxStems bounds the kept stems; past it, words are stemmed each time.
const maxStems = 1 << 17

func (f *stemFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		if t.KeyWord {
			continue
		}
		f.mu.RLock()
		stem, ok := f.stems[string(t.Term)]
		f.mu.RUnlock()
		if !ok {
			stem = []byte(corpus.Stem(string(t.Term)))
			stem = stem[:len(stem):len(stem)] // shared: whoever appends copies
			f.mu.Lock()
			if len(f.stems) < maxStems {
				f.stems[string(t.Term)] = stem
			}
			f.mu.Unlock()
		}
		t.Term = stem
	}
	return in
}

// pairFilter adds to a stream of words the pairs of adjacent words, as
// terms with a space inside (which no word has). A phrase query then looks
// up a few pair terms instead of reading the positions of every word in
// every candidate passage, and the index keeps no positions at all.
type pairFilter struct{}

func (pairFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	if len(in) < 2 {
		return in
	}
	size := 0
	for _, t := range in {
		size += 2*len(t.Term) + len(pairGap)
	}
	buf := make([]byte, 0, size)
	toks := make([]analysis.Token, len(in)-1)
	out := append(make(analysis.TokenStream, 0, 2*len(in)-1), in...)
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
			Position: len(in) + i, Type: analysis.Shingle}
		out = append(out, &toks[i-1])
	}
	return out
}

// analyzers returns the words analyser and the text field's.
var analyzers = sync.OnceValues(func() (analysis.Analyzer, analysis.Analyzer) {
	cache := registry.NewCache()
	words, err := cache.DefineAnalyzer(wordsAnalyzer, wordsAnalyzerConfig)
	if err != nil {
		panic(err)
	}
	text, err := cache.DefineAnalyzer(textAnalyzer, textAnalyzerConfig)
	if err != nil {
		panic(err)
	}
	return words, text
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
	_, text := analyzers()
	var out []string
	for _, t := range text.Analyze([]byte(phrase)) {
		if bytes.IndexByte(t.Term, ' ') >= 0 {
			out = append(out, string(t.Term))
		}
	}
	return out
}
