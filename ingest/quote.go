package ingest

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/normdex/normdex/corpus"
)

var (
	// refRe is a reference as papers print them: an author in capitals
	// ("New Zealand", "UNGA", "The Netherlands"), then in parentheses a year
	// with perhaps a letter and perhaps a pinpoint: "(2020, paras 16 & 17)",
	// "(2021b, 71)", "(2021a, para 30(a))".
	refRe = regexp.MustCompile(`((?:\p{Lu}[\p{L}\d’'&-]*)(?:\s+(?:\p{Lu}[\p{L}\d’'&-]*|of|the|and|for|on|to|in|at|de|du|des|la|le))*)\s*\(((?:19|20)\d\d)([a-z]?)((?:,[^()]*(?:\([^()]*\)[^()]*)*)?)\)`)
	// noteMarkRe is a footnote marker glued to the word or punctuation
	// before it: "ICTs.12", "knowledge”64", "Finland,65".
	noteMarkRe = regexp.MustCompile(`[\p{L}.,;:”’")\]](\d{1,3})(?:\s|$)`)
)

// ref is one reference found in a text.
type ref struct {
	quote corpus.Quote
	at    int // byte offset
}

// refsIn returns the references in text.
func refsIn(g *corpus.Gazetteer, text string) []ref {
	var out []ref
	for _, m := range refRe.FindAllStringSubmatchIndex(text, -1) {
		author := text[m[2]:m[3]]
		r := ref{at: m[0], quote: corpus.Quote{Author: author, Date: text[m[4]:m[5]], Label: text[m[4]:m[5]] + text[m[6]:m[7]],
			Pinpoint: strings.Join(strings.Fields(strings.TrimPrefix(text[m[8]:m[9]], ",")), " ")}}
		// The capitals may begin before the author: "See Finland (2020)",
		// "According to Japan (2021)"; an author may be a State's office:
		// "Ministry of Foreign Affairs of Japan", "United States Mission
		// to the United Nations".
		words := strings.Fields(author)
		for i := range words {
			if e, ok := g.Lookup(strings.Join(words[i:], " ")); ok {
				r.quote.Author, r.quote.Entity = strings.Join(words[i:], " "), e.Name
				r.at += strings.Index(text[m[2]:], words[i])
				break
			}
		}
		if ms := g.Find(author); r.quote.Entity == "" && len(ms) > 0 && ms[0].Start == 0 {
			r.quote.Entity = ms[0].Entity.Name
		}
		out = append(out, r)
	}
	return out
}

// pickRef chooses the reference of a quotation of state among the refs
// of text: one of the State's own ("New Zealand (2020, para 16)"); else one
// in parentheses right after its name ("Ecuador (UNGA (2021d))"); else the
// first after the closing quotation mark, the source the quotation is cited
// from ("“…” UNGA (2021b, 71)"); else, in a text with no quotation mark (a
// paraphrase or a note), the first after the State's name.
func pickRef(g *corpus.Gazetteer, text string, refs []ref, state string) (corpus.Quote, bool) {
	// Of the State's own, the one after the quotation if there is one.
	own, closed := -1, lastClose(text)
	for i, r := range refs {
		if r.quote.Entity == state && (own < 0 || closed >= 0 && r.at >= closed && refs[own].at < closed) {
			own = i
		}
	}
	if own >= 0 {
		return refs[own].quote, true
	}
	named := -1 // where the State's name ends
	for _, m := range g.Find(text) {
		if m.Entity.Name != state {
			continue
		}
		if named < 0 {
			named = m.End
		}
		for _, r := range refs {
			if r.at >= m.End && strings.TrimSpace(text[m.End:r.at]) == "(" {
				return r.quote, true
			}
		}
	}
	from := lastClose(text)
	if from < 0 {
		from = max(named, 0)
	}
	for _, r := range refs {
		if r.at >= from {
			return r.quote, true
		}
	}
	return corpus.Quote{}, false
}

// dateQuotes gives each part of a paragraph that quotes a State (a
// statement quotes marks) its own reference: from its text ("… New Zealand
// (2020, paras 16 & 17)") or the sentence right after it, else from the
// footnote its State's name or its sentence hangs on ("Finland,65" and
// footnote 65 "Finland (2020, 4)."), else from the rest of its statement.
// A quotation with none has no date (n.d.): it is never given the host
// document's.
func dateQuotes(g *corpus.Gazetteer, text string, ps []corpus.Paragraph, starts []int, stmts []corpus.Statement, quotes []bool, owners []paraOwner) {
	var runes []rune
	notes := map[string][]int{} // footnote number → paragraphs
	for i, p := range ps {
		if p.Kind == corpus.Footnote && p.Number != "" {
			notes[p.Number] = append(notes[p.Number], i)
		}
	}
	// note returns the text of footnote n nearest after code point at.
	note := func(n string, at int) string {
		list := notes[n]
		if len(list) == 0 {
			return ""
		}
		best := list[len(list)-1]
		for _, i := range list {
			if starts[i] >= at {
				best = i
				break
			}
		}
		return ps[best].Text
	}
	find := func(start, end int, state string) (corpus.Quote, bool) {
		body := string(runes[start:min(end, len(runes))])
		if q, ok := pickRef(g, body, refsIn(g, body), state); ok {
			return q, true
		}
		// The reference may stand right after the quotation, in a
		// sentence of its own: "“…” United States Mission (2021)."
		after := string(runes[min(end, len(runes)):min(end+200, len(runes))])
		after, _, _ = strings.Cut(after, "\n\n")
		if refs := refsIn(g, after); len(refs) > 0 && strings.TrimSpace(after[:refs[0].at]) == "" {
			return refs[0].quote, true
		}
		return quoteFromNotes(g, body, state, func(n string) string { return note(n, start) })
	}
	whole := map[int]*corpus.Quote{} // per statement, found in the whole of it
	for i, own := range owners {
		for j, o := range own {
			if !quotes[o.stmt] {
				continue
			}
			if runes == nil {
				runes = []rune(text)
			}
			st := stmts[o.stmt]
			if q, ok := find(starts[i]+o.start, starts[i]+o.end, st.State); ok {
				owners[i][j].quote = &q
				continue
			}
			if whole[o.stmt] == nil {
				q, _ := find(st.Start, st.End, st.State)
				whole[o.stmt] = &q
			}
			owners[i][j].quote = whole[o.stmt]
		}
	}
}

// quoteFromNotes finds the reference of a quotation in the footnotes its
// text hangs on: first the one marked at the State's name, then those at
// the ends of its sentences.
func quoteFromNotes(g *corpus.Gazetteer, body, state string, note func(string) string) (corpus.Quote, bool) {
	var marks []string
	for _, m := range g.Find(body) {
		if m.Entity.Name != state {
			continue
		}
		if mm := markerRe.FindStringSubmatch(body[m.End:min(len(body), m.End+8)]); mm != nil {
			marks = append(marks, mm[1])
		}
	}
	for _, m := range noteMarkRe.FindAllStringSubmatch(body, -1) {
		marks = append(marks, m[1])
	}
	for _, n := range marks {
		text := note(n)
		if text == "" {
			continue
		}
		refs := refsIn(g, text)
		if len(refs) > 0 && !strings.ContainsAny(text, "”\"") {
			// A note that is nothing but references cites the quotation.
			return refs[0].quote, true
		}
		if q, ok := pickRef(g, text, refs, state); ok {
			return q, true
		}
	}
	return corpus.Quote{}, false
}

// lastClose returns the byte offset after the last closing quotation mark
// of s, or -1 when it has none.
func lastClose(s string) int {
	k := max(strings.LastIndex(s, "”"), strings.LastIndex(s, `"`))
	if k < 0 {
		return -1
	}
	_, w := utf8.DecodeRuneInString(s[k:])
	return k + w
}
