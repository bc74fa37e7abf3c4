package index

import (
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/normdex/normdex/corpus"
)

// snippetBytes is about how much of a passage a snippet shows.
const snippetBytes = 240

// Snippet returns the part of text where the words of query (see
// ParseWords) occur most densely, each match between HighlightStart and
// HighlightEnd and "…" where text was cut; "" when none occurs. Words match
// as the search matched them: stemmed in the language of the text, and
// phrases only as a whole.
func Snippet(text, query string) string {
	words, err := ParseWords(query)
	if err != nil {
		return ""
	}
	analyze := analyzers()[corpus.English][0]
	if a, ok := analyzers()[corpus.DetectLang(text)]; ok {
		analyze = a[0]
	}
	single := map[string]bool{}
	var phrases [][]*analysis.Token
	for _, w := range words {
		if w.Exclude {
			continue
		}
		toks := analyze.Analyze([]byte(w.Text))
		if w.Phrase && len(toks) > 1 {
			phrases = append(phrases, toks)
			continue
		}
		for _, t := range toks {
			single[string(t.Term)] = true
		}
	}
	toks := analyze.Analyze([]byte(text))
	marked := make([]bool, len(toks))
	any := false
	for i, t := range toks {
		if single[string(t.Term)] {
			marked[i], any = true, true
		}
	}
	for _, ph := range phrases {
		for i := 0; i+len(ph) <= len(toks); i++ {
			if phraseAt(toks[i:], ph) {
				for k := range ph {
					marked[i+k] = true
				}
				any = true
			}
		}
	}
	if !any {
		return ""
	}
	var hits []*analysis.Token
	for i, t := range toks {
		if marked[i] {
			hits = append(hits, t)
		}
	}
	// The window that holds the most matches, starting at one.
	best, bestN := 0, 0
	for i, j := 0, 0; i < len(hits); i++ {
		for j < len(hits) && hits[j].End-hits[i].Start <= snippetBytes {
			j++
		}
		if j-i > bestN {
			best, bestN = i, j-i
		}
	}
	start := max(0, hits[best].Start-snippetBytes/6)
	if k := strings.LastIndexAny(text[:start], " \n"); k >= 0 {
		start = k + 1
	} else {
		start = 0
	}
	end := min(len(text), start+snippetBytes)
	if k := strings.IndexAny(text[end:], " \n"); k >= 0 {
		end += k
	} else {
		end = len(text)
	}
	var b strings.Builder
	if start > 0 {
		b.WriteString("…")
	}
	// Matches next to each other ("due diligence") are marked as one.
	var spans [][2]int
	for _, h := range hits[best:] {
		if h.End > end {
			break
		}
		if n := len(spans); n > 0 && (h.Start <= spans[n-1][1] || strings.TrimSpace(text[spans[n-1][1]:h.Start]) == "") {
			spans[n-1][1] = max(spans[n-1][1], h.End)
			continue
		}
		spans = append(spans, [2]int{h.Start, h.End})
	}
	at := start
	for _, sp := range spans {
		b.WriteString(text[at:sp[0]])
		b.WriteString(HighlightStart)
		b.WriteString(text[sp[0]:sp[1]])
		b.WriteString(HighlightEnd)
		at = sp[1]
	}
	b.WriteString(text[at:end])
	if end < len(text) {
		b.WriteString("…")
	}
	return b.String()
}

// phraseAt reports whether the words of phrase ph begin at toks[0], with the
// same gaps between them (left by stop words) as in the phrase.
func phraseAt(toks, ph []*analysis.Token) bool {
	for k, p := range ph {
		if string(toks[k].Term) != string(p.Term) {
			return false
		}
		if k > 0 && toks[k].Position-toks[0].Position != p.Position-ph[0].Position {
			return false
		}
	}
	return true
}
