package index

import (
	"fmt"
	"strings"
	"unicode"
)

// Word is one part of a search query.
type Word struct {
	Text    string
	Phrase  bool // "in quotes": the words in this order
	Exclude bool // -word: passages with it are left out
}

// ParseWords splits a query into words and "quoted phrases"; a leading "-"
// excludes. An unclosed quote is an error.
func ParseWords(s string) ([]Word, error) {
	var out []Word
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if unicode.IsSpace(rs[i]) {
			i++
			continue
		}
		w := Word{}
		if rs[i] == '-' && i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) {
			w.Exclude = true
			i++
		}
		if rs[i] == '"' || rs[i] == '“' {
			j := i + 1
			for j < len(rs) && rs[j] != '"' && rs[j] != '”' {
				j++
			}
			if j >= len(rs) {
				return nil, fmt.Errorf("query %q: unclosed quote", s)
			}
			w.Text, w.Phrase = strings.TrimSpace(string(rs[i+1:j])), true
			i = j + 1
		} else {
			j := i
			for j < len(rs) && !unicode.IsSpace(rs[j]) {
				j++
			}
			w.Text = string(rs[i:j])
			i = j
		}
		if w.Text != "" {
			out = append(out, w)
		}
	}
	return out, nil
}
