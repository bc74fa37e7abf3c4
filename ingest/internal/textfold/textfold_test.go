package textfold

import "testing"

// TestJoinLines checks the repair of words broken by a hyphen at a line
// end: joined where the break falls inside a word, kept where it joins a
// compound.
func TestJoinLines(t *testing.T) {
	for _, tc := range []struct {
		name, text, p, s, want string
	}{
		{"inside a word", "", "the inter-", "national law", "the international law"},
		{"a compound prefix", "", "acts of non-", "binding norms", "acts of non-binding norms"},
		{"a capital", "", "acts of non-", "State actors", "acts of non-State actors"},
		{"ex- inside a word", "", "as ex-", "pected by States", "as expected by States"},
		{"ex- inside a word the text has whole", "he was expected", "as ex-", "pected by States", "as expected by States"},
		{"ex- of a word the text writes", "the president spoke", "the ex-", "president spoke", "the ex-president spoke"},
		{"follow- inside a word", "", "the follow-", "ing States", "the following States"},
		{"long- of a compound", "", "a long-", "term view", "a long-term view"},
		{"high- of a compound", "", "a high-", "quality text", "a high-quality text"},
		{"a suffix", "", "the state-", "ment of Chile", "the statement of Chile"},
		{"the next line's fragment is no word", "as ex-\npected", "as ex-", "pected by States", "as expected by States"},
		{"a compound the text writes", "a cyber-specific rule", "a cyber-", "specific rule", "a cyber-specific rule"},
	} {
		vocab := Vocabulary(tc.text)
		if got := JoinLines(tc.p, tc.s, vocab); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestVocabulary checks that the fragments of a word broken at a line end,
// before the hyphen and at the start of the next line, are not words.
func TestVocabulary(t *testing.T) {
	v := Vocabulary("States ex-\npected the self-defence\nof a State, armas-\nvinculos-internacionales")
	for _, w := range []string{"states", "the", "self-defence", "of", "a", "state", "vinculos-internacionales"} {
		if !v[w] {
			t.Errorf("%q missing", w)
		}
	}
	for _, w := range []string{"ex", "pected"} {
		if v[w] {
			t.Errorf("%q is a fragment, not a word", w)
		}
	}
}
