// Package textfold holds what folding text lines into paragraphs needs in
// both the plain-text and the PDF extractor: the repair of words broken by a
// hyphen at a line end, the end of a sentence, paragraph numbers, bullets and
// page numbers.
package textfold

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The patterns are compiled on first use: compiled at start they were 670
// of the package's 680 init allocations and about 0.35 ms of every normdex
// process, though only extraction uses them.
var (
	// NumberedRe matches the paragraph numbers of legal texts: "16.", "2.3.",
	// "(a)", "(iv)", "a)", "IV.".
	NumberedRe = lazyRegexp(`^(\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.|\([a-zA-Z0-9]{1,5}\)|[a-z]\)|[IVXL]{1,6}\.)\s+\S`)
	// BulletRe matches a bullet that starts a list item.
	BulletRe = lazyRegexp(`^[•·▪◦●‣\-–—*]\s+`)
	// PageNumberRe matches a line that is nothing but a page number.
	PageNumberRe = lazyRegexp(`(?i)^\s*(page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(\s+of\s+\d+)?\s*$`)
	// PageWordRe matches a line that says it is a page number: "Page 3",
	// "- 3 -", "3 of 12".
	PageWordRe = lazyRegexp(`(?i)^\s*(page\s+\d{1,4}(\s+of\s+\d+)?|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s+of\s+\d{1,4})\s*$`)
)

// lazyRegexp compiles expr on first use.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// compoundPrefix lists first parts of compounds that keep their hyphen when
// a line break falls after them: "non-\nbinding" is "non-binding", not
// "nonbinding". "ex" keeps it only before a word the text writes on its own
// ("ex-\npresident"): more often the break falls inside a word
// ("ex-\npected", "ex-\namined"). A suffix is no word ("follow-\ning").
var compoundPrefix = map[string]bool{
	"non": true, "self": true, "cross": true, "co": true, "well": true,
	"state": true, "cyber": true, "case": true, "long": true, "short": true,
	"so": true, "high": true, "low": true, "multi": true, "open": true,
	"quasi": true, "anti": true, "decision": true,
	"all": true, "half": true, "full": true, "ill": true, "one": true, "two": true,
	"three": true, "mid": true, "follow": true, "good": true, "large": true,
}

// suffixes are the ends of words a line break leaves on the next line that
// are no word of their own.
var suffixes = map[string]bool{
	"ing": true, "ings": true, "ed": true, "ly": true, "ment": true, "ments": true,
	"ness": true, "er": true, "ers": true, "est": true, "ity": true,
}

// EndsSentence reports whether a line ends a sentence.
func EndsSentence(s string) bool {
	s = strings.TrimRight(s, `"'”’)]*`)
	return strings.ContainsAny(LastRune(s), ".!?:;")
}

// LastRune returns the last character of s, "" when there is none.
func LastRune(s string) string {
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == utf8.RuneError {
		return ""
	}
	return string(r)
}

// JoinLines appends line s to paragraph text p, repairing a word broken by a
// hyphen at the end of p.
func JoinLines(p, s string, vocab map[string]bool) string {
	if strings.HasSuffix(p, "-") && len(p) > 1 {
		left := trailingWord(p[:len(p)-1])
		right := leadingWord(s)
		if left != "" && right != "" {
			if joinHyphenated(left, right, vocab) {
				return p[:len(p)-1] + s
			}
			return p + s
		}
	}
	return p + " " + s
}

// joinHyphenated reports whether a word broken as "left-" at a line end and
// "right" at the start of the next is one word ("inter-national",
// "Trace-Monkey" where the text has "TraceMonkey") rather than a hyphenated
// compound ("non-State").
func joinHyphenated(left, right string, vocab map[string]bool) bool {
	r, _ := utf8.DecodeRuneInString(right)
	l, r2 := strings.ToLower(left), strings.ToLower(right)
	if !unicode.IsLower(r) {
		// A capital goes on a name the text writes whole elsewhere
		// ("TraceMonkey"), not on one of a compound ("Franco-German").
		return unicode.IsUpper(r) && vocab[l+r2] && !vocab[l+"-"+r2]
	}
	switch {
	case vocab[l+r2]:
		return true
	case vocab[l+"-"+r2]:
		return false
	case suffixes[r2]:
		return true
	case l == "ex":
		return !vocab[r2]
	}
	return !compoundPrefix[l]
}

// appendLower appends s lower-cased to b, as strings.ToLower does it.
func appendLower(b []byte, s string) []byte {
	for k := 0; k < len(s); k++ {
		if s[k] >= utf8.RuneSelf {
			return append(b, strings.ToLower(s)...)
		}
	}
	for k := 0; k < len(s); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

func trailingWord(s string) string {
	i := len(s)
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= w
	}
	return s[i:]
}

func leadingWord(s string) string {
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += w
	}
	return s[:i]
}

// Vocabulary collects the lower-cased words of a text, hyphenated compounds
// whole, leaving out the fragments of words broken at a line end: the part
// before the hyphen and the first word of the next line.
func Vocabulary(text string) map[string]bool {
	v := map[string]bool{}
	var lower []byte // scratch: a word seen before is looked up, not allocated
	after := false   // the line before ended with a hyphen
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		broken := strings.HasSuffix(line, "-")
		rest := after
		after = broken
		for i := 0; i < len(line); {
			r, w := utf8.DecodeRuneInString(line[i:])
			if !unicode.IsLetter(r) {
				i += w
				continue
			}
			j := i
			for j < len(line) {
				c, cw := utf8.DecodeRuneInString(line[j:])
				if unicode.IsLetter(c) {
					j += cw
					continue
				}
				// a hyphen inside a compound, not at the line end
				if (c == '-' || c == '‐') && j+cw < len(line) {
					if n, _ := utf8.DecodeRuneInString(line[j+cw:]); unicode.IsLetter(n) {
						j += cw
						continue
					}
				}
				break
			}
			// The first word after a line that ends in a hyphen is the end
			// of a broken word, unless it is a compound of its own
			// ("armas-\nvinculos-internacionales" in a URL).
			fragment := rest && !strings.ContainsAny(line[i:j], "-‐")
			rest = false
			if !(broken && j >= len(line)-1) && !fragment {
				lower = appendLower(lower[:0], line[i:j])
				if !v[string(lower)] {
					v[string(lower)] = true
				}
			}
			i = j
		}
	}
	return v
}
