package annotate

import (
	"fmt"
	"slices"

	"github.com/normdex/normdex/corpus"
	"gopkg.in/yaml.v3"
)

// Anchors is the codebook's check on the domain of a passage. Many cues
// of the norm's elements are words of everyday business as much as of
// international law in cyberspace: "due diligence" before a merger,
// "capacity building" of health workers, "monitoring" of markets,
// "notification" of a merger, "transit" of goods, a server's "capacity".
// Rather than an exception for each other sense, an element (or one of its
// rules) can need an anchor: its affirmed tags stand only in a passage that
// also names one of the domains it lists, in words of the passage's
// language (ICTs, inter-State law). Rejected tags, and what a rejection
// affirms (rejected_as), are never dropped: a negation already reads the
// passage as about the element. The check reads the passage alone, as
// every tag does.
type Anchors struct {
	// Domains names each domain's words per language ("en", and each of the
	// codebook's languages), as phrases of that language's rules.
	Domains map[string]map[string][]string `yaml:"domains"`
	// Elements names, per element ID, the domains one of which a passage
	// must name for the element's affirmed tags to stand.
	Elements map[string][]string `yaml:"elements"`
	// Rules does the same per rule name, in place of its element's entry;
	// an empty list frees the rule of its element's anchor.
	Rules map[string][]string `yaml:"rules"`
	// MinWords is how many words a passage has before it is checked: a
	// shorter one is a phrase quoted out of its sentence ("taken active
	// measures to prevent"), whose domain lies outside it.
	MinWords int `yaml:"min_words"`
	line     int
}

// UnmarshalYAML records the line of the block's first entry for error
// messages.
func (a *Anchors) UnmarshalYAML(n *yaml.Node) error {
	if err := knownKeys(n, "domains", "elements", "rules", "min_words"); err != nil {
		return err
	}
	type plain Anchors
	if err := n.Decode((*plain)(a)); err != nil {
		return err
	}
	a.line = n.Line
	return nil
}

// Line returns the line of the block's first entry in its codebook file,
// 1 if unknown.
func (a *Anchors) Line() int { return max(a.line, 1) }

// domainsOf returns the domains a rule of element needs: the rule's own
// entry if it has one, even an empty one, else its element's.
func (a *Anchors) domainsOf(element, rule string) []string {
	if a == nil {
		return nil
	}
	if d, ok := a.Rules[rule]; ok {
		return d
	}
	return a.Elements[element]
}

// checkAnchors reports what is wrong with a codebook's anchors block.
func checkAnchors(cb *Codebook, top func(string)) {
	a := cb.Anchors
	if a == nil {
		return
	}
	if len(a.Domains) == 0 {
		top("anchors: no domains")
	}
	if a.MinWords < 0 {
		top(fmt.Sprintf("anchors: min_words %d: want 0 or more", a.MinWords))
	}
	langs := []string{corpus.English}
	for l := range cb.Languages {
		langs = append(langs, l)
	}
	slices.Sort(langs[1:])
	for _, name := range sortedKeys(a.Domains) {
		words := a.Domains[name]
		for _, l := range sortedKeys(words) {
			if !slices.Contains(langs, l) {
				top(fmt.Sprintf("anchors: domains: %s: %q: not English nor one of the codebook's languages", name, l))
			}
		}
		for _, l := range langs {
			if len(words[l]) == 0 {
				top(fmt.Sprintf("anchors: domains: %s: no words in %q (a passage in it could never be anchored)", name, l))
			}
		}
	}
	known := func(where string, ds []string) {
		for _, d := range ds {
			if _, ok := a.Domains[d]; !ok {
				top(fmt.Sprintf("anchors: %s: domain %q: not in domains", where, d))
			}
		}
	}
	for _, id := range sortedKeys(a.Elements) {
		if _, ok := cb.Element(id); !ok {
			top(fmt.Sprintf("anchors: elements: %q names no element", id))
		}
		if len(a.Elements[id]) == 0 {
			top(fmt.Sprintf("anchors: elements: %s: no domains", id))
		}
		known("elements: "+id, a.Elements[id])
	}
	names := map[string]bool{}
	for _, e := range cb.Elements {
		for i, r := range e.Rules {
			names[ruleName(e, i, r)] = true
		}
	}
	for _, name := range sortedKeys(a.Rules) {
		if !names[name] {
			top(fmt.Sprintf("anchors: rules: %q names no rule", name))
		}
		known("rules: "+name, a.Rules[name])
	}
}

// compileAnchors compiles the words of each domain in the tagger's
// language and returns, for a rule, the phrase IDs of the domains it needs.
func (t *Tagger) compileAnchors(group func([]string, func(string)) []int, top func(string)) func(element, rule string) []int {
	a := t.cb.Anchors
	if a == nil {
		return func(string, string) []int { return nil }
	}
	t.anchorMin = a.MinWords
	ids := map[string][]int{}
	for _, name := range sortedKeys(a.Domains) {
		ids[name] = group(a.Domains[name][t.lang], func(msg string) { top("anchors: domains: " + name + ": " + msg) })
	}
	return func(element, rule string) []int {
		var out []int
		for _, d := range a.domainsOf(element, rule) {
			out = append(out, ids[d]...)
		}
		return out
	}
}

// anchored reports whether a passage of words words names one of the
// domains a rule needs: a rule that needs none, and a passage shorter
// than the codebook's MinWords, are always anchored.
func (t *Tagger) anchored(r *compiledRule, hits hitSet, words int) bool {
	if len(r.anchor) == 0 || words < t.anchorMin {
		return true
	}
	found := false
	hits.each(r.anchor, func(hit) bool { found = true; return false })
	return found
}
