package corpus

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations do not end a sentence when followed by a full stop. Legal
// prose is dense with them: "para. 16", "Art. 51", "U.N. Charter".
var abbreviations = map[string]bool{
	"para": true, "paras": true, "art": true, "arts": true, "e.g": true, "i.e": true,
	"u.n": true, "u.s": true, "u.k": true, "no": true, "nos": true, "p": true, "pp": true,
	"cf": true, "v": true, "vs": true, "mr": true, "mrs": true, "ms": true, "dr": true,
	"h.e": true, "prof": true, "amb": true, "etc": true, "al": true, "inc": true, "ltd": true,
	"co": true, "st": true, "ch": true, "chap": true, "sec": true, "fn": true, "n": true,
	"ibid": true, "op": true, "cit": true, "vol": true, "ed": true, "eds": true, "rev": true,
	"doc": true, "res": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "approx": true, "cmt": true, "subpara": true,
}

// Sentences returns the [start, end) byte offsets of the sentences of text.
// A sentence ends at '.', '!' or '?' (and any closing quotes or brackets)
// followed by white space and a capital, digit, quote or bracket, unless the
// word before the stop is a known abbreviation or a single initial. A stop
// inside a quotation (“…”) does not end the sentence that quotes it.
func Sentences(text string) [][2]int {
	var out [][2]int
	quotes := quotations(text)
	start := 0
	for i := 0; i < len(text); {
		// Only a stop can end a sentence: other bytes are passed over
		// without decoding them ('…' begins with 0xE2).
		if c := text[i]; c != '.' && c != '!' && c != '?' && c != 0xE2 {
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += w
			continue
		}
		end := i + w
		for end < len(text) {
			c, cw := utf8.DecodeRuneInString(text[end:])
			if !strings.ContainsRune(`"'”’)]».!?`, c) {
				break
			}
			end += cw
		}
		if (r == '.' && abbreviationBefore(text[start:i])) || inside(quotes, end) {
			i = end
			continue
		}
		j := end
		for j < len(text) {
			c, cw := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsSpace(c) {
				break
			}
			j += cw
		}
		if j == end && j < len(text) {
			i = end
			continue
		}
		if j < len(text) {
			c, _ := utf8.DecodeRuneInString(text[j:])
			if !(unicode.IsUpper(c) || unicode.IsDigit(c) || strings.ContainsRune(`"“‘'([•–-`, c)) {
				i = end
				continue
			}
		}
		out = append(out, [2]int{start, end})
		start = j
		i = j
	}
	if start < len(strings.TrimRightFunc(text, unicode.IsSpace)) {
		out = append(out, [2]int{start, len(strings.TrimRightFunc(text, unicode.IsSpace))})
	}
	return out
}

func abbreviationBefore(s string) bool {
	k := len(s)
	for k > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:k])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		k -= w
	}
	word := s[k:]
	if word == "" {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r) // an initial: "J. Smith"
	}
	return abbreviations[strings.ToLower(word)]
}

// quotations returns the byte spans of “…” quotations, each up to maxQuote
// bytes long: an unclosed quote mark opens nothing.
func quotations(text string) [][2]int {
	const maxQuote = 4000
	var out [][2]int
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], "“")
		if j < 0 {
			break
		}
		open := i + j
		k := strings.Index(text[open:], "”")
		if k < 0 || k > maxQuote {
			i = open + len("“")
			continue
		}
		out = append(out, [2]int{open, open + k})
		i = open + k
	}
	return out
}

// inside reports whether pos falls in one of the spans, which are sorted and
// do not overlap.
func inside(spans [][2]int, pos int) bool {
	i := sort.Search(len(spans), func(i int) bool { return spans[i][1] >= pos })
	return i < len(spans) && pos > spans[i][0] && pos <= spans[i][1]
}
