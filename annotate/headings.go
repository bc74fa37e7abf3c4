package annotate

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/normdex/normdex/corpus"
)

// The headings check is the lists check's for text that names topics as the
// structure of a document rather than as a list in a sentence: a table of
// contents ("I. The protection of sovereignty … II. The application of the
// Law of State Responsibility a) Attribution b) Due diligence"), a section
// heading ("II. Due Diligence in Cyberspace."), a track or panel title
// ("Track 1: Active Countermeasures, Attribution & Retaliation"), a line of
// keywords ("Keywords: due diligence, countermeasures") and a running
// title set in capitals or Title Case. It reads the structure — numbers,
// letters, bullets and labels that open items, capitals, the absence of a
// verb — so that a new document's headings need no phrase of their own;
// the cue words (labels, enumerators, verbs, position) are the codebook's.
// The tags of the lists block's elements inside such a unit are dropped; a
// tag the passage carries elsewhere stays.

const (
	// maxHeadingWords bounds the words of an item of an outline that is
	// not in Title Case: a longer one is a paragraph, numbered.
	maxHeadingWords = 16
	// maxTitleWords bounds the words of a sentence that is a title by its
	// capitals alone.
	maxTitleWords = 20
	// minKeywordItems is how many items separated by semicolons or
	// bullets make a verbless sentence a line of keywords.
	minKeywordItems = 3
	// maxKeywordWords bounds the words of one of those items.
	maxKeywordWords = 6
	// maxLineTitleWords bounds the words of a passage that is a title by
	// being one short verbless line.
	maxLineTitleWords = 12
)

// span is a unit of tokens [from, to) that names topics as structure.
type span struct{ from, to int }

// dropHeadings blanks the element of the tags of out, of the elements the
// lists check drops, that lie inside a heading, an outline or a line of
// keywords. It reports whether it blanked any.
func (t *Tagger) dropHeadings(text string, toks []token, hits hitSet, out []corpus.Annotation) bool {
	c := t.lists
	if !slices.ContainsFunc(out, func(a corpus.Annotation) bool { return c.drops(a.Element) }) {
		return false
	}
	sc := hits.sc
	units := t.headingUnits(text, toks, hits, sc.headUnits[:0])
	sc.headUnits = units
	if len(units) == 0 {
		return false
	}
	dropped := false
	for i := range out {
		a := &out[i]
		if !c.drops(a.Element) {
			continue
		}
		for _, u := range units {
			if a.Start >= toks[u.from].start && a.End <= toks[u.to-1].end {
				a.Element = ""
				dropped = true
				break
			}
		}
	}
	return dropped
}

// headingUnits appends to units the spans of text that name topics as
// structure: the items of an outline, the keywords after a label, a
// passage that is one title line, and sentences that are titles by their
// capitals or their semicolons.
func (t *Tagger) headingUnits(text string, toks []token, hits hitSet, units []span) []span {
	units = t.outlines(text, toks, hits, units)
	units = t.keywordLines(text, toks, hits, units)
	// A passage that is one short verbless line without a full stop is a
	// title ingested on its own, whatever its capitals.
	if toks[len(toks)-1].sent == 0 && len(toks) <= maxLineTitleWords && startsLetterUpper(text, toks[0]) && !endsSentence(text, toks, len(toks)) && t.titleItem(text, toks, hits, 0, len(toks), true) {
		return append(units, span{0, len(toks)})
	}
	// Sentences that are titles by their typography.
	for from := 0; from < len(toks); {
		to := sentenceEnd(toks, from)
		if t.titleSentence(text, toks, hits, from, to) {
			units = append(units, span{from, to})
		}
		from = to
	}
	return units
}

// enumerator is what opens an item of an outline: a number, letter,
// roman numeral, bullet or labelled number. The item's words begin at
// token item.
type enumerator struct {
	at, item int
}

// outlines appends the items of the outlines of text whose items are all
// titles. An outline begins with an enumerator at the start of the text,
// of a line or of a sentence; it goes on as long as each item ends where
// the next enumerator begins. An item ends at the next enumerator or at
// the end of the sentence its first word is in, whichever comes first,
// so that a sentence splitter that cuts "II." off its item, or leaves it
// at the end of the item before, changes nothing.
func (t *Tagger) outlines(text string, toks []token, hits hitSet, units []span) []span {
	// Labelled numbers are found once, from the label's occurrences, not
	// by asking at every word.
	labelled := hits.sc.headLabels[:0]
	hits.each(t.lists.enums, func(h hit) bool {
		if e, ok := labelledAt(text, toks, h); ok {
			labelled = append(labelled, e)
		}
		return true
	})
	hits.sc.headLabels = labelled
	enums := hits.sc.headEnums[:0]
	for i := 0; i < len(toks); i++ {
		e, ok := enumeratorAt(text, toks, i)
		for _, l := range labelled {
			if l.at == i {
				e, ok = l, true
			}
		}
		if ok {
			enums = append(enums, e)
			i = max(i, e.item-1)
		}
	}
	hits.sc.headEnums = enums
	for k := 0; k < len(enums); {
		if !lineStart(text, toks, enums[k].at) {
			k++
			continue
		}
		start := len(units)
		titles := !t.leadIn(text, toks, hits, enums[k].at)
		for {
			e := enums[k]
			end := sentenceEnd(toks, e.item)
			next := k + 1
			if next < len(enums) && enums[next].at < end {
				end = enums[next].at
			}
			if e.item < end {
				if !t.titleItem(text, toks, hits, e.item, end, false) {
					titles = false
				}
				units = append(units, span{e.item, end})
			}
			k = next
			if k >= len(enums) || enums[k].at != end {
				break
			}
		}
		if !titles {
			units = units[:start]
		}
	}
	return units
}

// labelledAt reports whether an occurrence h of an enumerator word opens
// a labelled number: "Chapter 4", "Track 1:", "Partie II".
func labelledAt(text string, toks []token, h hit) (enumerator, bool) {
	if h.to >= len(toks) || (h.from > 0 && !strings.ContainsFunc(gapBefore(text, toks, h.from), unicode.IsSpace)) {
		return enumerator{}, false
	}
	if w := text[toks[h.to].bstart:toks[h.to].bend]; !isNumber(w) && !isRoman(w) {
		return enumerator{}, false
	}
	n := dottedEnd(text, toks, h.to)
	// "Section 204 of the Penal Code" cites a part; "Section 2: Due
	// diligence" and "Chapter 4 Due Diligence" open one.
	if n+1 < len(toks) {
		if after := gapBefore(text, toks, n+1); strings.ContainsAny(after, ":.–—-\n") || startsUpper(text, toks[n+1]) {
			return enumerator{h.from, n + 1}, true
		}
	}
	return enumerator{}, false
}

// leadIn reports whether the items that begin at token at are the content
// of a sentence that introduces them with a colon and takes a position
// ("The following principles apply: a) sovereignty; b) …"): the list is
// then what the position is about, as the lists check's continues cues
// say. A lead-in that announces an outline ("This paper will examine:")
// takes none.
func (t *Tagger) leadIn(text string, toks []token, hits hitSet, at int) bool {
	if at == 0 {
		return false
	}
	g := strings.TrimRightFunc(gapBefore(text, toks, at), func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("•●▪◦‣∙-–(", r)
	})
	if !strings.HasSuffix(g, ":") {
		return false
	}
	from := at - 1
	for from > 0 && toks[from-1].sent == toks[at-1].sent && !strings.ContainsAny(gapBefore(text, toks, from), ".!?") {
		from--
	}
	if t.cueIn(hits, t.lists.open, from, at) {
		return false
	}
	return t.cueIn(hits, t.lists.position, from, at) || t.cueIn(hits, t.lists.verbs, from, at) || t.cueIn(hits, t.negScope, from, at)
}

// enumeratorAt reports whether a number, letter, roman numeral or bullet
// opens an item at token i.
func enumeratorAt(text string, toks []token, i int) (enumerator, bool) {
	before := gapBefore(text, toks, i)
	// Most words stand after one space and before none of ". )": they
	// are told apart on bytes, as this runs at every word.
	if len(before) > 1 && (strings.ContainsAny(before, "•●▪◦‣∙") || strings.Contains(before, "\n- ") || strings.Contains(before, "\n– ")) {
		return enumerator{i, i}, true
	}
	if end := toks[i].bend; end >= len(text) || (text[end] != '.' && text[end] != ')') {
		return enumerator{}, false
	}
	if i > 0 && !strings.ContainsFunc(before, unicode.IsSpace) && !strings.HasSuffix(before, "(") {
		return enumerator{}, false
	}
	w := text[toks[i].bstart:toks[i].bend]
	switch {
	case isNumber(w):
		// "2.3 Due diligence", "4. Sovereignty", "1) Attribution".
		n := dottedEnd(text, toks, i)
		if n+1 >= len(toks) {
			return enumerator{}, false
		}
		after := gapBefore(text, toks, n+1)
		if closes(after) || (n > i && strings.TrimSpace(after) == "" && startsUpper(text, toks[n+1])) {
			return enumerator{i, n + 1}, true
		}
	case isRoman(w) || (utf8.RuneCountInString(w) == 1 && unicode.IsLetter(rune(w[0]))):
		if i+1 < len(toks) && closes(gapBefore(text, toks, i+1)) {
			return enumerator{i, i + 1}, true
		}
	}
	return enumerator{}, false
}

// dottedEnd returns the last token of the numbers joined by full stops
// from token i, which is one: "2.3.1" ends at "1".
func dottedEnd(text string, toks []token, i int) int {
	for i+1 < len(toks) && gapBefore(text, toks, i+1) == "." && isNumber(text[toks[i+1].bstart:toks[i+1].bend]) {
		i++
	}
	return i
}

// closes reports whether the gap after a number or letter closes it as an
// enumerator: a full stop or closing bracket, then a space.
func closes(gap string) bool {
	if len(gap) < 2 || (gap[0] != '.' && gap[0] != ')') {
		return false
	}
	r, _ := utf8.DecodeRuneInString(gap[1:])
	return unicode.IsSpace(r)
}

// gapBefore returns the text between token i and the token before it, or
// the text's start.
func gapBefore(text string, toks []token, i int) string {
	if i == 0 {
		return text[:toks[0].bstart]
	}
	return text[toks[i-1].bend:toks[i].bstart]
}

// lineStart reports whether token i begins the text, a line, a bullet or
// a sentence.
func lineStart(text string, toks []token, i int) bool {
	if i == 0 {
		return true
	}
	gap := gapBefore(text, toks, i)
	if strings.ContainsAny(gap, "\n•●▪◦‣∙") || toks[i].sent != toks[i-1].sent {
		return true
	}
	g := strings.TrimRightFunc(gap, func(r rune) bool { return unicode.IsSpace(r) || r == '(' })
	return g != "" && strings.ContainsAny(g[len(g)-1:], ".!?:;")
}

// sentenceEnd returns the index after the last token of token i's
// sentence.
func sentenceEnd(toks []token, i int) int {
	j := i + 1
	for j < len(toks) && toks[j].sent == toks[i].sent {
		j++
	}
	return j
}

func isNumber(w string) bool {
	if w == "" || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// isRoman reports whether w is a roman numeral of an outline, in capitals
// or in small letters ("IV", "iii").
func isRoman(w string) bool {
	if w == "" || len(w) > 6 {
		return false
	}
	upper, lower := true, true
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'I', 'V', 'X', 'L', 'C':
			lower = false
		case 'i', 'v', 'x':
			upper = false
		default:
			return false
		}
	}
	return upper || lower
}

func startsUpper(text string, tk token) bool {
	r, _ := utf8.DecodeRuneInString(text[tk.bstart:])
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// titleItem reports whether tokens [from, to) read as a title, not a
// sentence: no position or verb cue, no negation, and short or in Title
// Case (in Title Case or capitals when it ends on a full stop). A line of
// keywords may be long.
func (t *Tagger) titleItem(text string, toks []token, hits hitSet, from, to int, long bool) bool {
	if t.cueIn(hits, t.lists.position, from, to) || t.cueIn(hits, t.lists.verbs, from, to) || t.cueIn(hits, t.negScope, from, to) {
		return false
	}
	if long {
		return true
	}
	// An item that ends on a full stop, or on the semicolon that closes a
	// clause of an enumeration, is a sentence unless it is set as a title:
	// "4. Germany attaches great importance to sovereignty." and "(b)
	// Estonia regards sovereignty as a primary rule;" have a verb no list
	// of cues foresees.
	title := titleCase(text, toks, from, to, 1) || capitals(text, toks, from, to)
	if endsSentence(text, toks, to) {
		return title
	}
	return to-from <= maxHeadingWords || title
}

// cueIn reports whether one of the phrases ids begins in tokens [from, to).
func (t *Tagger) cueIn(hits hitSet, ids []int, from, to int) bool {
	found := false
	hits.each(ids, func(h hit) bool { found = h.from >= from && h.from < to; return !found })
	return found
}

// titleCase reports whether most of the longer words of tokens [from, to)
// begin with a capital, as the words of a title do, and least of them at
// least.
func titleCase(text string, toks []token, from, to, least int) bool {
	words, upper := 0, 0
	for k := from; k < to; k++ {
		if toks[k].end-toks[k].start < 4 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[toks[k].bstart:])
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= least && 3*upper >= 2*words
}

// keywordLines appends the words after each label of keywords that begins
// a line, up to the end of its sentence, when they read as a title.
func (t *Tagger) keywordLines(text string, toks []token, hits hitSet, units []span) []span {
	hits.each(t.lists.labels, func(h hit) bool {
		if !lineStart(text, toks, h.from) || h.to >= len(toks) {
			return true
		}
		// The sentence of the first keyword: a label the splitter cut off
		// ("Keywords. Due diligence; …") is followed by its line.
		end := sentenceEnd(toks, h.to)
		if t.titleItem(text, toks, hits, h.to, end, true) {
			units = append(units, span{h.to, end})
		}
		return true
	})
	return units
}

// titleSentence reports whether tokens [from, to), one sentence, are a
// title: by their typography, a running title in capitals, a heading in
// Title Case, or short keywords separated by semicolons or bullets, each
// with a capital, — with no position or verb cue.
func (t *Tagger) titleSentence(text string, toks []token, hits hitSet, from, to int) bool {
	if to-from < 2 || !titleShape(text, toks, from, to) {
		return false
	}
	return t.titleItem(text, toks, hits, from, to, true)
}

// titleShape reports whether a sentence has a title's typography; the
// cues are read only then, as most sentences fail here first.
func titleShape(text string, toks []token, from, to int) bool {
	// A sentence that ends on a full stop and is in Title Case is more
	// often one of names ("Senegal ratified the Budapest Convention.")
	// than a title; capitals throughout are a title's.
	if to-from <= maxTitleWords && (capitals(text, toks, from, to) || (titleCase(text, toks, from, to, 2) && !endsSentence(text, toks, to))) {
		return true
	}
	// Keywords are short: a sentence of long parts joined by semicolons
	// is prose.
	if endsSentence(text, toks, to) || !startsLetterUpper(text, toks[from]) {
		return false
	}
	items, start := 1, from
	for k := from + 1; k <= to; k++ {
		if k < to && !strings.ContainsAny(gapBefore(text, toks, k), ";•●▪◦‣∙") {
			continue
		}
		if k-start > maxKeywordWords || (k < to && !startsLetterUpper(text, toks[k])) {
			return false
		}
		if k < to {
			items++
		}
		start = k
	}
	return items >= minKeywordItems
}

func startsLetterUpper(text string, tk token) bool {
	r, _ := utf8.DecodeRuneInString(text[tk.bstart:])
	return unicode.IsUpper(r)
}

// endsSentence reports whether a full stop, question or exclamation mark,
// or a semicolon, follows token to-1.
func endsSentence(text string, toks []token, to int) bool {
	end := len(text)
	if to < len(toks) {
		end = toks[to].bstart
	}
	return strings.ContainsAny(text[toks[to-1].bend:end], ".?!;")
}

// capitals reports whether every word of two letters or more of tokens
// [from, to) is in capitals, with two such words at least.
func capitals(text string, toks []token, from, to int) bool {
	n := 0
	for k := from; k < to; k++ {
		w := text[toks[k].bstart:toks[k].bend]
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				if unicode.IsLower(r) {
					return false
				}
				letters++
			}
		}
		if letters >= 2 {
			n++
		}
	}
	return n >= 2
}
