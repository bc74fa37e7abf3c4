package index

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/segment"
)

// tokenizerName is the tokenizer of every text analyser: bleve's unicode
// tokenizer (the word boundaries of Unicode Standard Annex #29, found by
// blevesearch/segment, as the same tokens), with a text's tokens allocated
// in one piece sized from its length. Bleve's guesses the tokens left from
// the length of the first, and allocated more than twice what a passage
// needs: tokenizing the 523 passages of the six sample PDFs took 7.3 MB
// and about 14 ms of CPU, this 3.3 MB and about 10 ms.
//
// Indexes made before it name bleve's tokenizer in their mapping and keep
// it: both give the same tokens (TestTokenizerAsBleves, FuzzTokenizer).
const tokenizerName = "normdex_unicode"

// maxTokenChunk bounds the tokens allocated at once, as bleve's does.
const maxTokenChunk = 1000

type tokenizer struct{}

// tokensIn estimates the tokens in n bytes of text: a word and the space
// after it take some six bytes in the languages of the corpus.
func tokensIn(n int) int { return min(n/6+1, maxTokenChunk) }

func (tokenizer) Tokenize(input []byte) analysis.TokenStream {
	est := tokensIn(len(input))
	out := make(analysis.TokenStream, 0, est)
	tokens := make([]analysis.Token, est)
	next := 0
	seg := segment.NewWordSegmenterDirect(input)
	start := 0
	for seg.Segment() {
		b := seg.Bytes()
		end := start + len(b)
		if typ := seg.Type(); typ != segment.None {
			if next == len(tokens) {
				tokens, next = make([]analysis.Token, max(16, tokensIn(len(input)-end))), 0
			}
			t := &tokens[next]
			next++
			*t = analysis.Token{Term: b, Start: start, End: end, Position: len(out) + 1, Type: tokenType(typ)}
			out = append(out, t)
		}
		start = end
	}
	return out
}

// tokenType is the type bleve's unicode tokenizer gives a segment.
func tokenType(segmentType int) analysis.TokenType {
	switch segmentType {
	case segment.Ideo, segment.Kana:
		return analysis.Ideographic
	case segment.Number:
		return analysis.Numeric
	}
	return analysis.AlphaNumeric
}

func init() {
	err := registry.RegisterTokenizer(tokenizerName, func(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
		return tokenizer{}, nil
	})
	if err != nil {
		panic(err)
	}
}
