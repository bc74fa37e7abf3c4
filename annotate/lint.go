package annotate

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Warning is a phrase of a codebook that compiles but probably does not say
// what its author meant. Unlike a CheckError it does not stop the codebook
// from being used.
type Warning struct {
	Line    int
	Element string
	Rule    string
	// Pattern names the pattern the phrase belongs to, for phrases outside
	// the elements' rules.
	Pattern string
	Phrase  string
	Msg     string
}

func (w Warning) String() string {
	var b strings.Builder
	// Patterns are not given lines: the parser records them for rules only.
	if w.Line > 0 {
		fmt.Fprintf(&b, "line %d: ", w.Line)
	}
	if w.Element != "" {
		fmt.Fprintf(&b, "element %s: ", w.Element)
	}
	if w.Rule != "" {
		fmt.Fprintf(&b, "rule %s: ", w.Rule)
	}
	if w.Pattern != "" {
		fmt.Fprintf(&b, "pattern %s: ", w.Pattern)
	}
	fmt.Fprintf(&b, "phrase %q: %s", w.Phrase, w.Msg)
	return b.String()
}

// functionWords are the articles, prepositions, conjunctions, pronouns and
// possessives of the codebook's languages: words that begin a multi-word
// option far more often than they stand in for a content word. Only Lint
// needs them, so they are not built at every start of normdex.
var functionWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an of to in on at by for from with into upon under as so and or
		its their his her our this that these those it they we
		la le les l de des du d au aux à et en un une
		el los las del al y una`) {
		m[w] = true
	}
	return m
})

// Lint returns the phrases of cb whose alternatives look like an author's
// slip. In a phrase "|" joins single words, so "citizens|the public" is
// "(citizens|the) public", never "citizens" or "the public": an
// alternative group that ends on a function word, holds a content word and
// is followed by another word is flagged. Groups of function words only
// ("of|to") and groups before a gap ("its|their ~1 territory") are the
// intended single-word choices and pass.
func Lint(cb *Codebook) []Warning {
	var ws []Warning
	check := func(w Warning, phrases []string) {
		for _, p := range phrases {
			if msg := lintPhrase(p); msg != "" {
				w.Phrase, w.Msg = p, msg
				ws = append(ws, w)
			}
		}
	}
	lintPatterns := func(lang string, patterns map[string][]string) {
		names := make([]string, 0, len(patterns))
		for n := range patterns {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			name := n
			if lang != "" {
				name = lang + ":" + n
			}
			check(Warning{Pattern: name}, patterns[n])
		}
	}
	lintNegation := func(place string, n Negation) {
		for _, part := range []struct {
			name    string
			phrases []string
		}{{"cues", n.Cues}, {"scope", n.Scope}, {"exceptions", n.Exceptions}, {"breaks", n.Breaks}, {"expletives", n.Expletives}, {"reports", n.Reports}} {
			check(Warning{Pattern: place + " " + part.name}, part.phrases)
		}
	}
	lintPatterns("", cb.Patterns)
	lintNegation("negation", cb.Negation)
	langs := make([]string, 0, len(cb.Languages))
	for l := range cb.Languages {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		lintPatterns(l, cb.Languages[l].Patterns)
		lintNegation(l+" negation", cb.Languages[l].Negation)
	}
	for _, e := range cb.Elements {
		for _, r := range e.Rules {
			w := Warning{Line: r.line, Element: e.ID, Rule: r.Name}
			check(w, r.Any)
			if r.Near != nil {
				check(w, r.Near.A)
				check(w, r.Near.B)
			}
			for _, g := range r.All {
				check(w, g)
			}
			check(w, r.Unless)
			check(w, r.UnlessSentence)
			check(w, r.UnlessContext)
		}
	}
	if a := cb.Anchors; a != nil {
		for _, d := range sortedKeys(a.Domains) {
			for _, l := range sortedKeys(a.Domains[d]) {
				check(Warning{Line: a.line, Pattern: "anchors " + d + " " + l}, a.Domains[d][l])
			}
		}
	}
	return ws
}

// lintPhrase returns why p looks like a multi-word alternative written
// with "|", or "" when it does not.
func lintPhrase(p string) string {
	words := strings.Fields(strings.ToLower(p))
	for i, w := range words {
		if !strings.Contains(w, "|") || strings.HasPrefix(w, "[") || strings.HasPrefix(w, "@") {
			continue
		}
		if i+1 == len(words) || strings.HasPrefix(words[i+1], "~") {
			continue
		}
		alts := strings.Split(w, "|")
		last := strings.TrimPrefix(alts[len(alts)-1], "=")
		if !functionWords()[last] {
			continue
		}
		for _, a := range alts {
			if a = strings.TrimPrefix(a, "="); !functionWords()[a] {
				rest := strings.Join(alts[:len(alts)-1], "|")
				return fmt.Sprintf("\"|\" joins single words: %q reads \"(%s) %s\", not %q or %q; write two phrases, or use [optional] words",
					w+" "+words[i+1], w, words[i+1], rest, last+" "+words[i+1])
			}
		}
	}
	return ""
}
