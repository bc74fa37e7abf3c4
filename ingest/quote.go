package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/normdex/normdex/corpus"
)

var (
	// refTailRe is what follows the author of a reference as papers print
	// them: in parentheses a year with perhaps a letter and perhaps a
	// pinpoint: "(2020, paras 16 & 17)", "(2021b, 71)", "(2021a, para
	// 30(a))". The author is read backwards from it (see refsIn).
	refTailRe = lazyRegexp(`^\(((?:19|20)\d\d)([a-z]?)((?:,[^()]*(?:\([^()]*\)[^()]*)*)?)\)`)
	// noteMarkRe is a footnote marker glued to the word or punctuation
	// before it: "ICTs.12", "knowledge”64", "Finland,65".
	noteMarkRe = lazyRegexp(`[\p{L}.,;:”’")\]](\d{1,3})(?:\s|$)`)
)

// authorJoiners are the small words an author's name may have between its
// capitalised ones: "Ministry of Foreign Affairs of Japan".
var authorJoiners = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true, "to": true,
	"in": true, "at": true, "de": true, "du": true, "des": true, "la": true, "le": true}

// authorBefore returns where the author of a reference begins in s, which
// ends where its parenthesis opens: the run of capitalised words (with
// joiners between them) that ends s; -1 when there is none.
func authorBefore(s string) int {
	start := -1
	rest := s
	for range 12 {
		w, before := lastWord(rest, isLineSpace)
		if w == "" {
			break
		}
		// An author may open a parenthesis or a quotation: "Ecuador (UNGA
		// (2021d))", "(The Netherlands (2019))"; it begins after the mark.
		open := strings.TrimLeft(w, "([“‘\"")
		r, _ := utf8.DecodeRuneInString(open)
		switch {
		case unicode.IsUpper(r) && isNameWord(open):
			start = len(before) + len(w) - len(open)
			if before != "" {
				start++
			}
			if open != w {
				return start
			}
		case authorJoiners[w] && start >= 0:
		default:
			return start
		}
		rest = before
	}
	return start
}

// isNameWord reports whether w is made of letters, digits and the marks a
// name may have ("Think-Tanks", "People’s", "G7", "AT&T").
func isNameWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("’'&-", r) {
			return false
		}
	}
	return true
}

// ref is one reference found in a text.
type ref struct {
	quote corpus.Quote
	at    int // byte offset
}

// refsIn returns the references in text: an author in capitals ("New
// Zealand", "UNGA", "The Netherlands") and a parenthesis that opens with a
// year (refTailRe).
func refsIn(g *corpus.Gazetteer, text string) []ref {
	var out []ref
	for k := 0; k < len(text); k++ {
		// Most text cites nothing: look for "(19" and "(20" before any
		// regexp.
		j := strings.IndexByte(text[k:], '(')
		if j < 0 {
			break
		}
		k += j
		if len(text)-k < 5 || !(text[k+1] == '1' && text[k+2] == '9' || text[k+1] == '2' && text[k+2] == '0') {
			continue
		}
		m := refTailRe().FindStringSubmatchIndex(text[k:min(len(text), k+300)])
		if m == nil {
			continue
		}
		a := authorBefore(text[:k])
		if a < 0 {
			continue
		}
		tail := text[k:]
		author := strings.TrimSpace(text[a:k])
		r := ref{at: a, quote: corpus.Quote{Author: author, Date: tail[m[2]:m[3]], Label: tail[m[2]:m[3]] + tail[m[4]:m[5]],
			Pinpoint: strings.Join(strings.Fields(strings.TrimPrefix(tail[m[6]:m[7]], ",")), " ")}}
		// The capitals may begin before the author: "See Finland (2020)",
		// "According to Japan (2021)"; an author may be a State's office:
		// "Ministry of Foreign Affairs of Japan", "United States Mission
		// to the United Nations".
		if ms := g.Find(author); len(ms) > 0 {
			switch last := ms[len(ms)-1]; {
			case last.End == len(author):
				from := last.Start
				if the := strings.LastIndex(author[:from], "The "); the >= 0 && the+len("The ") == from {
					from = the
				}
				r.quote.Author, r.quote.Entity = author[from:], last.Entity.Name
				r.at += from
			case ms[0].Start == 0:
				r.quote.Entity = ms[0].Entity.Name
			}
		}
		out = append(out, r)
		k += m[1] - 1
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

// dateQuotes gives each part of a paragraph that quotes a State (one whose
// statement quotes marks as a quotation) its own reference: from its text ("… New Zealand
// (2020, paras 16 & 17)") or the sentence right after it, else from the
// footnote its State's name or its sentence hangs on ("Finland,65" and
// footnote 65 "Finland (2020, 4)."), else from the rest of its statement.
// A quotation with none has no date (n.d.): it is never given the host
// document's.
func dateQuotes(g *corpus.Gazetteer, ps []corpus.Paragraph, starts []int, quotes []bool, stmts []corpus.Statement, owners []paraOwner) {
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
	find := func(body, after, state string, at int) (corpus.Quote, bool) {
		if q, ok := pickRef(g, body, refsIn(g, body), state); ok {
			return q, true
		}
		// The reference may stand right after the quotation, in a
		// sentence of its own: "“…” United States Mission (2021)."
		if refs := refsIn(g, after[:min(len(after), 400)]); len(refs) > 0 && strings.TrimSpace(after[:refs[0].at]) == "" {
			return refs[0].quote, true
		}
		return quoteFromNotes(g, body, state, func(n string) string { return note(n, at) })
	}
	// The parts of each quotation, for one that is dated in none of its
	// parts alone.
	parts := map[int][]string{}
	type part struct{ i, j int }
	var undated []part
	for i, own := range owners {
		for j, o := range own {
			if !quotes[o.stmt] {
				continue
			}
			body, after := ps[i].Text[o.bstart:o.bend], ps[i].Text[o.bend:]
			parts[o.stmt] = append(parts[o.stmt], body)
			if q, ok := find(body, after, stmts[o.stmt].State, starts[i]+o.start); ok {
				owners[i][j].quote = &q
				continue
			}
			undated = append(undated, part{i, j})
		}
	}
	whole := map[int]*corpus.Quote{}
	for _, u := range undated {
		o := owners[u.i][u.j]
		if whole[o.stmt] == nil {
			st := stmts[o.stmt]
			q, _ := find(strings.Join(parts[o.stmt], "\n\n"), "", st.State, st.Start)
			whole[o.stmt] = &q
		}
		owners[u.i][u.j].quote = whole[o.stmt]
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
		if mm := markerRe().FindStringSubmatch(body[m.End:min(len(body), m.End+8)]); mm != nil {
			marks = append(marks, mm[1])
		}
	}
	for _, m := range noteMarkRe().FindAllStringSubmatch(body, -1) {
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
