package annotate

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/normdex/normdex/corpus"
)

// Lists is the codebook's check on enumerations. The codebook tags a
// passage with an element when it takes a position on it, not when it
// "merely names a topic in passing (a title, a list of agenda items)": a
// sentence that names MinElements or more different elements as the bare
// items of one list — joined by commas, semicolons, bullets or
// conjunctions — and holds no cue of a position ("considers that", "must",
// "applies", a negation such as "does not consider") lists topics, and the
// tags of Elements that its items carry are dropped. A tag the passage
// carries elsewhere, or the same words with a verb of position in their
// sentence, stays. The check reads the structure of the sentence rather
// than its wording, so that a new heading, syllabus or set of keywords is a
// passing mention without a phrase written for it; headings, tables of
// contents and keyword lines, which no comma joins, are read from their
// numbers, bullets, labels and capitals (see dropHeadings).
type Lists struct {
	// Elements are the element IDs whose tags a bare list item does not
	// carry; an entry ending in "." stands for every element it begins
	// ("topic.").
	Elements []string `yaml:"elements"`
	// MinElements is how many different elements of Elements a list names
	// (3 if 0), and MinItems how many items it has, each with a tag (3 if
	// 0, never fewer than MinElements): "attribution, countermeasures and
	// State responsibility" are three items of one element.
	MinElements int `yaml:"min_elements"`
	MinItems    int `yaml:"min_items"`
	ListCues    `yaml:",inline"`
}

// ListCues are the phrases of one language that the check reads.
type ListCues struct {
	// Conjunctions join items of a list ("and", "or"), as commas,
	// semicolons, bullets and closing brackets ("a)") do.
	Conjunctions []string `yaml:"conjunctions"`
	// Position cues take a position on what their sentence lists
	// ("considers that", "must", "applies", "the applicability of"); so do
	// the scope cues of the language's negation ("does not consider").
	Position []string `yaml:"position"`
	// Open cues make the position cues after them in their sentence a
	// question or an outline ("examine how ... apply", "whether").
	Open []string `yaml:"open"`
	// Continues cues, before a list, make it the content of the sentence
	// before, whose position it then takes ("International law applies.
	// This includes sovereignty, ...").
	Continues []string `yaml:"continues"`
	// Labels open a line of keywords ("Keywords:", "Mots-clés :",
	// "Palabras clave"): what follows to the end of its sentence names
	// topics unless it holds a position or verb cue (see headings).
	Labels []string `yaml:"labels"`
	// Enumerators are the words that number a part of a document before
	// its number ("Chapter 4", "Track 1:", "Partie II").
	Enumerators []string `yaml:"enumerators"`
	// Verbs are the language's auxiliaries, modals and commonest finite
	// verbs ("is", "has", "may"): an item of an outline that holds one is a
	// sentence, not a title.
	Verbs []string `yaml:"verbs"`
}

// defaultMinElements and defaultMinItems are how many different elements
// and items a list has when the codebook does not say.
const (
	defaultMinElements = 3
	defaultMinItems    = 3
)

// listCheck is the compiled form of a codebook's Lists in one language.
type listCheck struct {
	elements []string
	min      int // different elements
	items    int
	conj     []int
	position []int
	open     []int
	cont     []int
	labels   []int
	enums    []int
	verbs    []int
}

// drops reports whether a bare list item loses its tag of element.
func (c *listCheck) drops(element string) bool {
	return slices.ContainsFunc(c.elements, func(entry string) bool { return covers(entry, element) })
}

// covers reports whether an entry of Lists.Elements stands for element:
// it names it, or ends in "." and begins it.
func covers(entry, element string) bool {
	return entry == element || (strings.HasSuffix(entry, ".") && strings.HasPrefix(element, entry))
}

// checkLists reports what is wrong with a codebook's lists block.
func checkLists(cb *Codebook, top func(string)) {
	l := cb.Lists
	if l == nil {
		return
	}
	if l.MinElements < 0 || l.MinElements == 1 {
		top(fmt.Sprintf("lists: min_elements %d: want 2 or more", l.MinElements))
	}
	if l.MinItems < 0 || l.MinItems == 1 {
		top(fmt.Sprintf("lists: min_items %d: want 2 or more", l.MinItems))
	}
	for _, e := range l.Elements {
		if !slices.ContainsFunc(cb.Elements, func(el Element) bool { return covers(e, el.ID) }) {
			top(fmt.Sprintf("lists: elements: %q names no element", e))
		}
	}
}

// compileLists compiles the list cues of the tagger's language: the
// codebook's, each kind replaced by the language's own where it has them.
func (t *Tagger) compileLists(group func([]string, func(string)) []int, top func(string)) {
	l := t.cb.Lists
	if l == nil {
		return
	}
	cues := l.ListCues
	if t.lang != corpus.English {
		if own := t.cb.Languages[t.lang].Lists; own != nil {
			cues.Conjunctions = orDefault(own.Conjunctions, cues.Conjunctions)
			cues.Position = orDefault(own.Position, cues.Position)
			cues.Open = orDefault(own.Open, cues.Open)
			cues.Continues = orDefault(own.Continues, cues.Continues)
			cues.Labels = orDefault(own.Labels, cues.Labels)
			cues.Enumerators = orDefault(own.Enumerators, cues.Enumerators)
			cues.Verbs = orDefault(own.Verbs, cues.Verbs)
		}
	}
	t.lists = &listCheck{elements: l.Elements, min: cmp.Or(l.MinElements, defaultMinElements), items: cmp.Or(l.MinItems, defaultMinItems)}
	t.lists.items = max(t.lists.items, t.lists.min)
	fail := func(msg string) { top("lists: " + msg) }
	t.lists.conj = group(cues.Conjunctions, fail)
	t.lists.position = group(cues.Position, fail)
	t.lists.open = group(cues.Open, fail)
	t.lists.cont = group(cues.Continues, fail)
	t.lists.labels = group(cues.Labels, fail)
	t.lists.enums = group(cues.Enumerators, fail)
	t.lists.verbs = group(cues.Verbs, fail)
}

// orDefault returns a language's own list a if it has one, else the default b.
func orDefault(a, b []string) []string {
	if len(a) > 0 {
		return a
	}
	return b
}

// listItem is a run of overlapping annotations in a sentence: one item of
// a possible list, tokens [from, to), annotations items[lo:hi] of the
// sorted order.
type listItem struct {
	from, to int
	lo, hi   int
}

// dropPassing removes from out, whose token spans seen holds, the tags of
// the check's elements that are only bare items of a list naming topics in
// passing (see Lists), or lie in a heading, an outline or a line of
// keywords (see dropHeadings).
func (t *Tagger) dropPassing(text string, toks []token, hits hitSet, out []corpus.Annotation, seen []kept) []corpus.Annotation {
	c := t.lists
	if c == nil || len(out) == 0 {
		return out
	}
	dropped := t.dropHeadings(text, toks, hits, out)
	if len(out) >= c.items && t.dropLists(text, toks, hits, out, seen) {
		dropped = true
	}
	if !dropped {
		return out
	}
	return slices.DeleteFunc(out, func(a corpus.Annotation) bool { return a.Element == "" })
}

// dropLists blanks the element of the tags of out that are bare items of
// a list naming topics in passing. It reports whether it blanked any.
func (t *Tagger) dropLists(text string, toks []token, hits hitSet, out []corpus.Annotation, seen []kept) bool {
	c := t.lists
	sc := hits.sc
	order := sc.listOrder[:0]
	for i := range out {
		if seen[i].bare {
			order = append(order, i)
		}
	}
	slices.SortFunc(order, func(a, b int) int {
		if seen[a].from != seen[b].from {
			return seen[a].from - seen[b].from
		}
		return seen[a].to - seen[b].to
	})
	sc.listOrder = order
	dropped := false
	for s := 0; s < len(order); {
		sent := toks[seen[order[s]].from].sent
		e := s + 1
		for e < len(order) && toks[seen[order[e]].from].sent == sent {
			e++
		}
		if e-s >= c.items && t.dropInSentence(text, toks, hits, out, seen, order[s:e], sent) {
			dropped = true
		}
		s = e
	}
	return dropped
}

// dropInSentence finds the lists among the annotations of one sentence,
// in order, and blanks the element of those it drops. It reports whether
// it dropped any.
func (t *Tagger) dropInSentence(text string, toks []token, hits hitSet, out []corpus.Annotation, seen []kept, order []int, sent int) bool {
	sc := hits.sc
	items := sc.listItems[:0]
	for i, k := range order {
		if n := len(items); n > 0 && seen[k].from < items[n-1].to {
			items[n-1].to = max(items[n-1].to, seen[k].to)
			items[n-1].hi = i + 1
			continue
		}
		items = append(items, listItem{from: seen[k].from, to: seen[k].to, lo: i, hi: i + 1})
	}
	sc.listItems = items
	position := -1 // unknown until a list needs it
	dropped := false
	for a := 0; a < len(items); {
		b := a + 1
		for b < len(items) && t.joined(text, toks, hits, items[b-1], items[b]) {
			b++
		}
		chain := order[items[a].lo:items[b-1].hi]
		if b-a >= t.lists.items && t.namesTopics(out, chain) {
			if position < 0 {
				position = 0
				if t.takesPosition(text, toks, hits, sent, items[a].from) || (sent > 0 && t.continues(toks, hits, sent, items[a].from) && t.takesPosition(text, toks, hits, sent-1, len(toks))) {
					position = 1
				}
			}
			if position == 0 {
				for _, k := range chain {
					if t.lists.drops(out[k].Element) {
						out[k].Element = ""
						dropped = true
					}
				}
			}
		}
		a = b
	}
	return dropped
}

// namesTopics reports whether the annotations of a run of items name
// enough different elements of those the check drops. Other elements do
// not count: an enumeration of what the norm asks ("prevent, stop and
// mitigate") states its content.
func (t *Tagger) namesTopics(out []corpus.Annotation, chain []int) bool {
	c := t.lists
	distinct := 0
	for i, k := range chain {
		el := out[k].Element
		if c.drops(el) && !slices.ContainsFunc(chain[:i], func(j int) bool { return out[j].Element == el }) {
			distinct++
		}
	}
	return distinct >= c.min
}

// maxItemWords bounds the words between two matched items of a list per
// separator between them: the words between are the unmatched items.
const maxItemWords = 8

// joined reports whether item b follows item a in the same list: between
// them stands a separator — a comma, semicolon, bullet, closing bracket or
// line break, or a conjunction — for every maxItemWords words.
func (t *Tagger) joined(text string, toks []token, hits hitSet, a, b listItem) bool {
	seps := 0
	for k := a.to; k <= b.from && k < len(toks); k++ {
		seps += separators(text[toks[k-1].bend:toks[k].bstart])
	}
	hits.each(t.lists.conj, func(h hit) bool {
		if h.from >= a.to && h.to <= b.from {
			seps++
		}
		return true
	})
	return seps > 0 && b.from-a.to <= maxItemWords*seps
}

// separators counts the marks between two words that separate items of a
// list.
func separators(s string) int {
	n := 0
	for _, r := range s {
		switch r {
		case ',', ';', ')', '\n', '•', '●', '▪', '◦', '·', '‣', '∙':
			n++
		}
	}
	return n
}

// continues reports whether a continues cue stands in a sentence before
// token from.
func (t *Tagger) continues(toks []token, hits hitSet, sent, from int) bool {
	found := false
	hits.each(t.lists.cont, func(h hit) bool {
		found = toks[h.from].sent == sent && h.to <= from
		return !found
	})
	return found
}

// takesPosition reports whether a sentence holds a cue of a position that
// no open cue makes a question or an outline. An open cue reaches the
// position cues after it up to the first comma or semicolon between it
// and the list, which starts at token list: "will examine how
// sovereignty, non-intervention and IHL apply" is an outline, "having
// examined the matter, considers that sovereignty, ... apply" a position.
func (t *Tagger) takesPosition(text string, toks []token, hits hitSet, sent, list int) bool {
	live := func(h hit) bool {
		if toks[h.from].sent != sent {
			return false
		}
		open := false
		hits.each(t.lists.open, func(o hit) bool {
			open = toks[o.from].sent == sent && o.to <= h.from && !clauseBreak(text, toks, o.to, min(h.from, list))
			return !open
		})
		return !open
	}
	found := false
	hits.each(t.lists.position, func(h hit) bool { found = live(h); return !found })
	if found {
		return true
	}
	hits.each(t.negScope, func(h hit) bool { found = !t.excepted(h, hits) && live(h); return !found })
	return found
}

// clauseBreak reports whether a comma or semicolon stands in a gap
// before one of tokens from to to: after the phrase that ends at from and
// up to the word at to.
func clauseBreak(text string, toks []token, from, to int) bool {
	for k := max(from, 1); k <= to && k < len(toks); k++ {
		if strings.ContainsAny(text[toks[k-1].bend:toks[k].bstart], ",;") {
			return true
		}
	}
	return false
}
