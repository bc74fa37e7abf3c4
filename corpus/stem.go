package corpus

import (
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
)

// Stem returns the English (Snowball) stem of a lower-cased word. The
// tagger's rules and the search index both stem with it, so that a search
// for a rule's word ("know") finds the passages the rule tagged
// ("knowingly").
func Stem(w string) string {
	env := snowballstem.NewEnv(w)
	english.Stem(env)
	return env.Current()
}
