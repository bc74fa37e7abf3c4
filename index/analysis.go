package index

import (
	"bytes"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/lang/es"
	"github.com/blevesearch/bleve/v2/analysis/lang/fr"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/normdex/normdex/corpus"
)

const (
	textAnalyzer   = "normdex_text"
	wordsAnalyzer  = "normdex_words"
	pairFilterName = "normdex_pairs"
	stemFilterName = "normdex_snowball"
	// The French and Spanish analysers stem as the tagger does
	// (corpus.StemLang), accents folded.
	stemFilterFr = "normdex_snowball_fr"
	stemFilterEs = "normdex_snowball_es"
	// pairGap stands between the two words of a pair for the stop words
	// left out between them: "responsibility of States" gives
	// "respons _ state", which "responsibility States" does not.
	pairGap = " _ "
)

// wordsAnalyzerConfig is bleve's English analyser with the tagger's stemmer
// (Snowball, corpus.Stem) instead of Porter's, which stems "knowingly" as
// "knowingli" where a rule for "know" tags it, and its tokens made by
// tokenizerName.
var wordsAnalyzerConfig = map[string]interface{}{
	"type":          custom.Name,
	"tokenizer":     tokenizerName,
	"token_filters": []interface{}{en.PossessiveName, lowercase.Name, en.StopName, stemFilterName},
}

// textAnalyzerConfig is the words analyser followed by the pair filter: the
// text field holds its words and their pairs, analysed once.
var textAnalyzerConfig = map[string]interface{}{
	"type":          custom.Name,
	"tokenizer":     tokenizerName,
	"token_filters": []interface{}{en.PossessiveName, lowercase.Name, en.StopName, stemFilterName, pairFilterName},
}

// language is a language whose passages the index analyses with their own
// analysers: their text goes in the language's field, and every query is
// analysed for each language (see buildQuery).
type language struct {
	code, field string
	// The names of its words and text analysers and their configurations.
	words, text             string
	wordsConfig, textConfig map[string]interface{}
}

// languages are the index's languages, English first: passages of any
// other language are indexed as English ones.
var languages = func() []language {
	frWords, frText := languageConfigs(lowercase.Name, fr.ElisionName, fr.StopName, stemFilterFr)
	esWords, esText := languageConfigs(lowercase.Name, es.StopName, stemFilterEs)
	return []language{
		{corpus.English, "text", wordsAnalyzer, textAnalyzer, wordsAnalyzerConfig, textAnalyzerConfig},
		{corpus.French, "text_fr", wordsAnalyzer + "_fr", textAnalyzer + "_fr", frWords, frText},
		{corpus.Spanish, "text_es", wordsAnalyzer + "_es", textAnalyzer + "_es", esWords, esText},
	}
}()

// textField returns the field that holds the text of passages in lang.
func textField(lang string) string {
	for _, l := range languages[1:] {
		if l.code == lang {
			return l.field
		}
	}
	return languages[0].field
}

// languageConfigs returns the words and text analyser configurations of a
// language other than English: the tokenizer and the filters, then
// (for the text) the pair filter.
func languageConfigs(filters ...string) (words, text map[string]interface{}) {
	ws := make([]interface{}, len(filters))
	for i, f := range filters {
		ws[i] = f
	}
	words = map[string]interface{}{"type": custom.Name, "tokenizer": tokenizerName, "token_filters": ws}
	text = map[string]interface{}{"type": custom.Name, "tokenizer": tokenizerName,
		"token_filters": append(append([]interface{}{}, ws...), pairFilterName)}
	return words, text
}

func init() {
	err := registry.RegisterTokenFilter(pairFilterName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return pairFilter{}, nil
	})
	for name, lang := range map[string]string{stemFilterName: corpus.English, stemFilterFr: corpus.French, stemFilterEs: corpus.Spanish} {
		if err == nil {
			err = registry.RegisterTokenFilter(name, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
				return &stemFilter{lang: lang, stems: map[string][]byte{}}, nil
			})
		}
	}
	if err != nil {
		panic(err)
	}
}

// stemFilter is the Snowball English stemmer (corpus.Stem) with the stems it
// has made kept: the words of a corpus repeat, and stemming each again was a
// tenth of what indexing cost.
type stemFilter struct {
	lang  string
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
			stem = []byte(corpus.StemLang(f.lang, string(t.Term)))
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

// analyzers returns the words analyser and the text field's of each
// language, by its code.
var analyzers = sync.OnceValue(func() map[string][2]analysis.Analyzer {
	cache := registry.NewCache()
	out := map[string][2]analysis.Analyzer{}
	for _, l := range languages {
		words, err := cache.DefineAnalyzer(l.words, l.wordsConfig)
		if err != nil {
			panic(err) // the configuration is a constant
		}
		text, err := cache.DefineAnalyzer(l.text, l.textConfig)
		if err != nil {
			panic(err)
		}
		out[l.code] = [2]analysis.Analyzer{words, text}
	}
	return out
})

// meaningful reports whether a word leaves any term after the English
// words analyser: a stop word alone ("should") would otherwise match
// nothing at all.
func meaningful(w string) bool { return hasTerms(corpus.English, w) }

// hasTerms reports whether a word leaves any term after the words
// analyser of a language.
func hasTerms(lang, w string) bool {
	return len(analyzers()[lang][0].Analyze([]byte(w))) > 0
}

// pairs returns the pair terms of a phrase in a language; none when it has
// fewer than two meaningful words.
func pairs(lang, phrase string) []string {
	var out []string
	for _, t := range analyzers()[lang][1].Analyze([]byte(phrase)) {
		if bytes.IndexByte(t.Term, ' ') >= 0 {
			out = append(out, string(t.Term))
		}
	}
	return out
}
