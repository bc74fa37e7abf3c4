package ingest

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/ingest/internal/textfold"
)

// quoteCues introduce a State quoted by a paper: "as stipulated by New
// Zealand", "the position of Finland:", "according to Japan". Each is a
// regexp ending in the word before the name; cueSuffix is derived from
// them.
var quoteCues = []string{`according\s+to`, `stipulated\s+by`, `stated\s+by`, `expressed\s+by`, `put\s+forward\s+by`,
	`argued\s+by`, `taken\s+by`, `adopted\s+by`, `advanced\s+by`, `held\s+by`, `in\s+the\s+words\s+of`,
	`the\s+positions?\s+of`, `the\s+views?\s+of`, `the\s+statements?\s+of`, `the\s+submissions?\s+of`,
	`the\s+comments?\s+of`, `government\s+of`, `ministry\s+of\s+[a-z ]+?\s+of`, `department\s+of\s+[a-z ]+?\s+of`,
	`delegation\s+of`}

// afterVerbs are the statement verbs of verbAfterRe, as regexps; mayHaveVerb
// is derived from them.
var afterVerbs = []string{"argued", "argues", "stated", "states", "considers", "considered", "noted", "notes",
	"suggested", "suggests", "emphasi[sz]ed", "vows", "vowed", "maintains", "maintained", "holds", "held", "affirmed",
	"affirms", "asserted", "asserts", "submitted", `took\s+the\s+(?:view|position)`, `takes\s+the\s+(?:view|position)`,
	`has\s+(?:argued|stated|said|noted|suggested|taken)`, "said", "declared", "explained", "expressed", "arguing",
	"stating", "noting", "suggesting", "emphasi[sz]ing", "asserting", "maintaining", `considering\s+that`}

var (
	// speakerRe finds a delegate taking the floor: "The delegate of Japan",
	// "the representative of the Islamic Republic of Iran", "The delegation from".
	speakerRe = lazyRegexp(`(?i)^(?:[^.“”]{0,60}?,\s*)?(?:the\s+)?(?:head\s+of\s+(?:the\s+)?delegation|delegates?|delegations?|representatives?|observers?|ambassadors?|permanent\s+representatives?|ministers?|legal\s+advis[eo]rs?|speakers?)\s+(?:of|from|for)\s+`)
	// speakerFrEsRe finds a delegate taking the floor in French or Spanish:
	// "Le représentant de la France", "La délégation du Mexique", "El
	// representante de Chile", "La delegación de los Estados Unidos".
	speakerFrEsRe = lazyRegexp(`(?i)^(?:[^.“”«»]{0,60}?,\s*)?(?:(?:le|la|les|el|los|las)\s+|l['’])?(?:chef\s+de\s+(?:la\s+)?délégation|jefe\s+de\s+(?:la\s+)?delegación|délégu[ée]e?s?|délégations?|représentante?s?(?:\s+permanente?s?)?|observat(?:eur|rice)s?|ambassad(?:eur|rice)s?|ministres?|delegad[oa]s?|delegaci(?:ón|ones)|representantes?(?:\s+permanentes?)?|observador(?:a|es)?|embajador(?:a|es)?|ministr[oa]s?)\s+(?:de|du|des|del|d['’])\s*`)
	// nonStateRe finds the people who speak for no State: the Chair, panellists,
	// the secretariat, the rapporteur, named experts.
	nonStateRe = lazyRegexp(`(?i)^(?:[^.“”]{0,40}?,\s*)?(?:(?:the|le|la|el)\s+)?(?:chair(?:person|man|woman)?|co-chairs?|president|vice-president|secretary-general|deputy\s+secretary-general|secretariat|rapporteur|moderator|panel+ists?|presenters?|facilitator|all\s+the\s+delegates|présidente?|presidenta|secrétariat|secretar[ií]a|relator[a]?|modérat(?:eur|rice)|moderador[a]?)(?:\b|\s)`)
	// carryRe marks a sentence that goes on with the same speaker.
	carryRe = lazyRegexp(`^(?:He|She|They|It|The delegate|The delegation|The representative|The speaker|Furthermore|Moreover|In addition|Also|Further)\b`)
	// quoteCueRe introduces a State quoted by a paper (see quoteCues).
	quoteCueRe = lazyRegexp(`(?i)(?:` + strings.Join(quoteCues, "|") + `)\s+(?:the\s+)?$`)
	// citedYearRe follows a State cited as a source: "New Zealand (2020, para 16)".
	citedYearRe = lazyRegexp(`^\s*\((?:[^()]{0,60}\()?(?:19|20)\d\d[a-z]?\b`)
	// authorRe finds the author of a national statement in its first lines.
	authorRe = lazyRegexp(`(?i)(?:statement|remarks|intervention|submission|comments|position(?:\s+paper)?|contribution)\s+(?:by|of|from)\s+(?:the\s+)?(?:delegation\s+of\s+|government\s+of\s+|permanent\s+mission\s+of\s+)?(?:the\s+)?$|(?:ministry\s+of\s+foreign\s+affairs|ministry\s+for\s+foreign\s+affairs|government|permanent\s+mission|delegation)\s+of\s+(?:the\s+)?$`)
	// authorFrEsRe is authorRe in French and Spanish: "Position de la
	// délégation de", "Gobierno de", "Ministère des Affaires étrangères de".
	authorFrEsRe = lazyRegexp(`(?i)(?:déclaration|position|contribution|intervention|commentaires|observations|réponse|declaraci[oó]n|posici[oó]n|contribuci[oó]n|intervenci[oó]n|comentarios|observaciones|respuesta)(?:\s+nationale|\s+nacional)?\s+(?:de|du|des|del)\s+(?:(?:la|le|el)\s+)?(?:(?:délégation|delegación|gouvernement|gobierno|mission\s+permanente|misión\s+permanente)\s+(?:de|du|des|del)\s+)?(?:(?:la|le|les|el|los|las)\s+|l['’])?$|(?:gouvernement|gobierno|mission\s+permanente|misión\s+permanente|délégation|delegación|ministère\s+des\s+affaires\s+étrangères|ministerio\s+de\s+relaciones\s+exteriores|ministerio\s+de\s+asuntos\s+exteriores)\s+(?:de|du|des|del)\s+(?:(?:la|le|les|el|los|las)\s+|l['’])?$`)
	// verbAfterRe: a State named as the subject of a statement verb.
	verbAfterRe = lazyRegexp(`^['’]?s?\s*(?:\([^)]*\)\s*)?,?\s*(?:for\s+example,?\s*|for\s+instance,?\s*)?(?:` +
		strings.Join(afterVerbs, "|") + `)\b`)
	originalRe = lazyRegexp(`(?i)^\[?original:\s*\w+\]?$`)
	// summaryRe finds a speaker as UN summary records name one: "Mr. Gafoor
	// (Singapore) said …".
	summaryRe = lazyRegexp(`^(?:(?:Mr|Ms|Mrs|Dr|H\.E|Amb)\.?\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\(([^()]{2,60})\)\s+\p{Ll}`)
	// headingStatementRe finds the State a section heading gives the floor
	// to: "Statement by Finland", "Contribution of the Government of Japan".
	// In French and Spanish: "Déclaration de la France", "Position de la
	// Suisse", "Respuesta de Guatemala", "Intervención de la delegación de
	// México".
	headingStatementRe = lazyRegexp(`(?i)^((?:national\s+)?(?:statement|contribution|position|submission|comments?|intervention)\s+(?:by|of|from)\s+|` +
		`(?:déclaration|position|contribution|intervention|commentaires|observations|réponse|declaraci[oó]n|posici[oó]n|contribuci[oó]n|intervenci[oó]n|comentarios|observaciones|respuesta)(?:\s+nationale|\s+nacional)?\s+(?:de|du|des|del)\s+)?` +
		`(?:the\s+)?(?:delegation\s+of\s+|government\s+of\s+|permanent\s+mission\s+of\s+|(?:la\s+|el\s+|le\s+)?(?:délégation|delegación|gouvernement|gobierno|mission\s+permanente|misión\s+permanente)\s+(?:de|du|des|del)\s+)?(.+?)[.:]?$`)
)

// span of a paragraph attributed to one statement, in code points.
type ownedSpan struct {
	start, end   int // code points
	bstart, bend int // bytes
	stmt         int
	quote        *corpus.Quote // the reference of a quotation (see dateQuotes)
}

// paraOwner tells which statement each part of a paragraph belongs to.
type paraOwner []ownedSpan

type voice struct {
	state, speaker string
	// quoted is set for a State that the document quotes or paraphrases,
	// as against its author or a speaker it reports.
	quoted bool
}

// Segment divides a document into statements: the author's voice, sections
// headed by a State's name (compendia), delegates' turns in meeting reports
// (carried over by "He stated …" until another speaker takes the floor), and
// States quoted in a paper. It returns the statements and, per paragraph,
// which statement each of its parts belongs to.
func Segment(d corpus.Document, ps []corpus.Paragraph, starts []int) ([]corpus.Statement, []paraOwner) {
	g := corpus.States()
	author := voice{state: d.State}
	if author.state == "" {
		author = detectAuthor(ps)
	}
	var cited map[string]voice
	if slices.ContainsFunc(ps, func(p corpus.Paragraph) bool { return p.Kind == corpus.Footnote }) {
		cited = footnoteStates(g, ps)
	}
	var stmts []corpus.Statement
	owners := make([]paraOwner, len(ps))
	cur := author
	var quotes []bool // per statement: is it a quotation?
	add := func(v voice, start, end int) int {
		if n := len(stmts); n > 0 && stmts[n-1].State == v.state && stmts[n-1].Speaker == v.speaker && quotes[n-1] == v.quoted {
			stmts[n-1].End = end
			return n - 1
		}
		stmts = append(stmts, corpus.Statement{ID: corpus.StatementID(d.ID, len(stmts)), DocID: d.ID, Seq: len(stmts),
			State: v.state, Speaker: v.speaker, Start: start, End: end})
		quotes = append(quotes, v.quoted)
		return len(stmts) - 1
	}
	for i, p := range ps {
		text := strings.TrimSpace(p.Text)
		if p.Kind == corpus.Heading {
			cur = author
			if v, ok := headingVoice(g, text, false); ok {
				cur = v
			}
			owners[i] = paraOwner{{start: 0, end: utf8.RuneCountInString(p.Text), bend: len(p.Text), stmt: add(cur, starts[i], starts[i]+utf8.RuneCountInString(p.Text))}}
			continue
		}
		// A line of its own such as "Statement by the delegation of Kenya"
		// gives the floor like a heading.
		if v, ok := headingVoice(g, text, true); ok && !textfold.EndsSentence(text) {
			cur = v
			owners[i] = paraOwner{{start: 0, end: utf8.RuneCountInString(p.Text), bend: len(p.Text), stmt: add(cur, starts[i], starts[i]+utf8.RuneCountInString(p.Text))}}
			continue
		}
		if originalRe().MatchString(text) {
			owners[i] = paraOwner{{start: 0, end: utf8.RuneCountInString(p.Text), bend: len(p.Text), stmt: add(cur, starts[i], starts[i]+utf8.RuneCountInString(p.Text))}}
			continue
		}
		sents := corpus.Sentences(p.Text)
		voices := make([]voice, len(sents))
		quoted := make([]bool, len(sents))
		base := cur
		if v, ok := cited[p.Number]; ok && p.Kind == corpus.Footnote {
			// A footnote the body hangs on a State ("Norway,67") speaks for it.
			base = v
			base.quoted = true
		}
		for k, s := range sents {
			sent := p.Text[s[0]:s[1]]
			voices[k] = base
			if p.Kind == corpus.Footnote {
				if v, ok := quotedState(g, sent); ok {
					v.quoted = true
					voices[k], quoted[k] = v, true
				}
				continue
			}
			voices[k] = cur
			if v, ok := speaker(g, sent); ok {
				cur, voices[k] = v, v
			} else if v, ok := quotedState(g, sent); ok && v.state != cur.state {
				v.quoted = true
				voices[k], quoted[k] = v, true
			}
		}
		// A quotation's citation often follows it as its own sentence
		// ("New Zealand (2020, para 16)."): it belongs with the quote before.
		for k := 1; k < len(sents); k++ {
			if quoted[k] && !quoted[k-1] && isCitationOnly(p.Text[sents[k][0]:sents[k][1]]) && voices[k-1] == cur {
				voices[k-1] = voices[k]
			}
			if !quoted[k] && quoted[k-1] && isCitationOnly(p.Text[sents[k][0]:sents[k][1]]) {
				voices[k] = voices[k-1]
			}
		}
		var own paraOwner
		pos, cp := 0, 0
		at := func(b int) int {
			cp += utf8.RuneCountInString(p.Text[pos:b])
			pos = b
			return cp
		}
		for k, s := range sents {
			a, z := at(s[0]), at(s[1])
			ba, bz := s[0], s[1]
			if k == 0 {
				a, ba = 0, 0
			}
			if k == len(sents)-1 {
				z, bz = utf8.RuneCountInString(p.Text), len(p.Text)
			}
			idx := add(voices[k], starts[i]+a, starts[i]+z)
			if n := len(own); n > 0 && own[n-1].stmt == idx {
				own[n-1].end, own[n-1].bend = z, bz
				continue
			}
			own = append(own, ownedSpan{start: a, end: z, bstart: ba, bend: bz, stmt: idx})
		}
		if len(own) == 0 {
			own = paraOwner{{start: 0, end: utf8.RuneCountInString(p.Text), bend: len(p.Text), stmt: add(cur, starts[i], starts[i]+utf8.RuneCountInString(p.Text))}}
		}
		owners[i] = own
	}
	if len(stmts) == 0 {
		stmts = append(stmts, corpus.Statement{ID: corpus.StatementID(d.ID, 0), DocID: d.ID, State: author.state})
	}
	dateQuotes(g, ps, starts, quotes, stmts, owners)
	return stmts, owners
}

// headingVoice reads the State a heading names: "Australia", "Statement by
// Finland". With needWord, the "Statement by …" form is required.
func headingVoice(g *corpus.Gazetteer, text string, needWord bool) (voice, bool) {
	if runesAtLeast(text, 90) || needWord && !hasStatementWord(text) {
		return voice{}, false
	}
	m := headingStatementRe().FindStringSubmatch(text)
	if m == nil || (needWord && m[1] == "") {
		return voice{}, false
	}
	e, ok := g.Lookup(m[2])
	if !ok {
		return voice{}, false
	}
	return voice{state: e.Name, speaker: text}, true
}

// statementWords begin the "Statement by …" form of headingStatementRe().
var statementWords = []string{"national", "statement", "contribution", "position", "submission", "comment", "intervention",
	"déclaration", "observation", "réponse", "declaración", "declaracion", "posición", "posicion", "contribución", "contribucion",
	"intervención", "intervencion", "comentario", "respuesta"}

// hasStatementWord reports whether text begins with one of statementWords,
// in any case: a quick test before headingStatementRe, which every short
// paragraph would otherwise go through.
func hasStatementWord(text string) bool {
	for _, w := range statementWords {
		if len(text) >= len(w) && asciiFoldPrefix(text, w) {
			return true
		}
	}
	return false
}

// runesAtLeast reports whether s has at least n code points, without
// counting further.
func runesAtLeast(s string, n int) bool {
	if len(s) < n {
		return false
	}
	for range s {
		if n--; n == 0 {
			return true
		}
	}
	return false
}

// markerRe is a footnote marker glued to the name before it: "Norway,67".
var markerRe = lazyRegexp(`^[,;:]?(\d{1,3})\b`)

// footnoteStates maps footnote numbers to the State whose name carries the
// marker in the body text, as in "the positions of Finland,65 the
// Netherlands,66 Norway,67".
func footnoteStates(g *corpus.Gazetteer, ps []corpus.Paragraph) map[string]voice {
	out := map[string]voice{}
	for _, p := range ps {
		if p.Kind != corpus.Body {
			continue
		}
		for _, m := range g.Find(p.Text) {
			if mm := markerRe().FindStringSubmatch(p.Text[m.End:min(len(p.Text), m.End+8)]); mm != nil && m.Entity.IsState() {
				out[mm[1]] = voice{state: m.Entity.Name, speaker: p.Text[m.Start:m.End]}
			}
		}
	}
	return out
}

// speaker recognises a sentence in which someone takes the floor. ok is false
// when the sentence continues the current speaker.
func speaker(g *corpus.Gazetteer, sent string) (voice, bool) {
	sent = strings.TrimSpace(sent)
	// Most sentences name no speaker: look for the words before the regexps,
	// and try only the regexps whose words are there.
	words := speakerWordsIn(sent[:min(len(sent), 120)])
	if words == 0 {
		return voice{}, false
	}
	// The regexps are anchored at the start and reach a few words in;
	// Go's backtracking matcher costs in proportion to its whole input.
	lead := sent[:min(len(sent), 240)]
	for _, try := range [...]struct {
		kind int
		re   *regexp.Regexp
	}{{floorWord, speakerRe()}, {floorWordFrEs, speakerFrEsRe()}} {
		if words&try.kind != 0 {
			if m := try.re.FindStringIndex(lead); m != nil {
				rest := sent[m[1]:]
				// "the ", "los ", "la " or "l'" may stand before the name.
				if ms := g.Find(rest); len(ms) > 0 && ms[0].Start <= len("los ") {
					return voice{state: ms[0].Entity.Name, speaker: strings.TrimSpace(sent[:m[1]] + rest[:ms[0].End])}, true
				}
			}
		}
	}
	if words&parenthesis != 0 {
		if m := summaryRe().FindStringSubmatch(lead); m != nil {
			if e, ok := g.Lookup(m[1]); ok {
				return voice{state: e.Name, speaker: strings.TrimSpace(sent[:strings.Index(sent, ")")+1])}, true
			}
		}
	}
	if words&officeWord == 0 || carryRe().MatchString(lead) {
		return voice{}, false
	}
	if m := nonStateRe().FindString(lead); m != "" {
		return voice{speaker: strings.TrimSpace(m)}, true
	}
	return voice{}, false
}

// The kinds of speaker words: of a delegate (speakerRe), of an office that
// speaks for no State (nonStateRe), and the parenthesis of a summary
// record's "Mr. X (Singapore)" (summaryRe).
const (
	floorWord = 1 << iota
	officeWord
	parenthesis
	floorWordFrEs // of a French or Spanish delegate (speakerFrEsRe)
)

// speakerWords are the lower-case beginnings of the words the speaker
// regexps look for, with the kinds of regexps each may satisfy.
var speakerWords = []struct {
	word  string
	kinds int
}{
	// "head of delegation" and "all the delegates" have "delegat";
	// "co-chair", "vice-president" and "deputy secretary-general" have
	// their office's word. The French and Spanish words (speakerFrEsRe)
	// share their beginnings with the English ones where they can, so
	// that each byte has few words to try.
	{"delegat", floorWord | officeWord}, {"represent", floorWord | floorWordFrEs}, {"observer", floorWord},
	{"ambassad", floorWord | floorWordFrEs}, {"minister", floorWord}, {"advis", floorWord}, {"speaker", floorWord},
	{"chair", officeWord}, {"president", officeWord}, {"secretar", officeWord}, {"rapporteur", officeWord},
	{"moderat", officeWord}, {"panel", officeWord}, {"presenter", officeWord}, {"facilitator", officeWord},
	{"(", parenthesis},
	{"représent", floorWordFrEs}, {"délég", floorWordFrEs}, {"delegad", floorWordFrEs}, {"delegaci", floorWordFrEs}, {"observa", floorWordFrEs}, {"embajador", floorWordFrEs},
	{"ministr", floorWordFrEs}, {"chef", floorWordFrEs}, {"jefe", floorWordFrEs},
	{"présid", officeWord}, {"relator", officeWord}, {"modérat", officeWord}, {"moderador", officeWord},
}

// speakerWordsByByte lists speakerWords by their first byte, upper and
// lower case. Like cueWords and verbStems it is built on first use, as the
// regexps are (see lazyRegexp): only segmentation needs it, and building
// the three at start was 77 of the package's 209 init allocations.
var speakerWordsByByte = sync.OnceValue(func() *[256][]int {
	var by [256][]int
	for i, w := range speakerWords {
		c := w.word[0]
		by[c] = append(by[c], i)
		if 'a' <= c && c <= 'z' {
			by[c-'a'+'A'] = append(by[c-'a'+'A'], i)
		}
	}
	return &by
})

// speakerWordsIn returns the kinds of the speaker words that begin a word
// of s, ignoring ASCII case: one pass over s instead of one per word (this
// runs on every sentence).
func speakerWordsIn(s string) int {
	// French and Spanish words are not waited for: a sentence that has
	// all the English kinds is English.
	const all = floorWord | officeWord | parenthesis
	kinds := 0
	byByte := speakerWordsByByte()
	for i := 0; i < len(s) && kinds != all; i++ {
		// The regexps look for whole words: "delegates", not "undelegated".
		if i > 0 && isASCIILetter(s[i-1]) {
			continue
		}
		for _, k := range byByte[s[i]] {
			if w := speakerWords[k]; len(s)-i >= len(w.word) && asciiFoldPrefix(s[i:], w.word) {
				kinds |= w.kinds
			}
		}
	}
	return kinds
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// asciiFoldPrefix reports whether s begins with the lower-case ASCII word,
// in any case.
func asciiFoldPrefix(s, word string) bool {
	for j := 0; j < len(word); j++ {
		c := s[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != word[j] {
			return false
		}
	}
	return true
}

// quotedState finds the State a paper quotes or paraphrases in a sentence.
func quotedState(g *corpus.Gazetteer, sent string) (voice, bool) {
	for _, m := range g.Find(sent) {
		before, after := sent[:m.Start], sent[m.End:]
		// The cues end where the name begins: an end-anchored regexp would
		// otherwise be tried from every byte of a long sentence.
		before = before[max(0, len(before)-120):]
		// Go's backtracking matcher clears state in proportion to its
		// input: give the start-anchored ones only what they can reach.
		after = after[:min(len(after), 300)]
		switch {
		case cueMatches(before),
			strings.HasPrefix(strings.TrimLeft(after, " "), "(") && citedYearRe().MatchString(after),
			mayHaveVerb(after) && verbAfterRe().MatchString(after) && !strings.Contains(after[:min(len(after), 3)], "’s"):
			return voice{state: m.Entity.Name, speaker: strings.TrimSpace(sent[m.Start:m.End])}, true
		}
	}
	return voice{}, false
}

// cueWords is what cueSuffix looks for, derived from quoteCues: the
// word before by/to/of of each cue (plural s and regexp marks dropped), and
// for a cue with a free run of words there ("ministry of … of"), its first
// word, to be found anywhere.
var cueWords = sync.OnceValue(func() (c struct{ before, anywhere map[string]bool }) {
	c.before, c.anywhere = map[string]bool{}, map[string]bool{}
	for _, q := range quoteCues {
		ws := strings.Split(q, `\s+`)
		w := strings.TrimSuffix(strings.TrimSuffix(ws[len(ws)-2], "?"), "s")
		if strings.ContainsAny(w, "[]()+*") {
			c.anywhere[ws[0]] = true
		} else {
			c.before[w] = true
		}
	}
	return c
})

// cueMatches reports whether s ends with a quotation cue (quoteCueRe).
func cueMatches(s string) bool {
	end, ok := cueSuffix(s)
	return ok && quoteCueRe().MatchString(end)
}

// cueSuffix is a quick test before quoteCueRe, and returns the end of s
// that the regexp needs to see. Every cue ends in "by", "to" or "of"
// (perhaps with "the") after one of a few words, or names a ministry or
// department. Most text before a State's name does not, and the cue regexp
// is dear: it is tried from every byte it is given.
func cueSuffix(s string) (string, bool) {
	by, rest := lastWord(s, isLineSpace)
	if strings.EqualFold(by, "the") {
		by, rest = lastWord(rest, isLineSpace)
	}
	cue, _ := lastWord(rest, isLineSpace)
	if cue == "" || !strings.EqualFold(by, "by") && !strings.EqualFold(by, "to") && !strings.EqualFold(by, "of") {
		return "", false
	}
	// A cue with a free run of words may reach back to the start.
	low := strings.ToLower(s)
	cues := cueWords()
	for w := range cues.anywhere {
		if strings.Contains(low, w) {
			return s, true
		}
	}
	if cues.before[strings.TrimSuffix(strings.ToLower(cue), "s")] {
		// The longest other cue, "in the words of the", is five words.
		rest := s
		for range 6 {
			_, rest = lastWord(rest, isLineSpace)
		}
		return s[len(rest):], true
	}
	return "", false
}

// verbStems are the literal beginnings of afterVerbs.
var verbStems = sync.OnceValue(func() []string {
	var out []string
	for _, v := range afterVerbs {
		if k := strings.IndexAny(v, `[(\`); k >= 0 {
			v = v[:k]
		}
		out = append(out, v)
	}
	return out
})

// mayHaveVerb is a quick test before verbAfterRe: after what the regexp
// lets stand between the name and the verb (a possessive, a parenthesis, a
// comma, "for example"), one of its verbs must begin.
func mayHaveVerb(after string) bool {
	rest := strings.TrimPrefix(strings.TrimPrefix(after, "'"), "’")
	rest = strings.TrimLeft(strings.TrimPrefix(rest, "s"), " \t\r\n")
	if strings.HasPrefix(rest, "(") {
		if k := strings.IndexByte(rest, ')'); k >= 0 {
			rest = rest[k+1:]
		}
	}
	rest = strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(rest, " \t\r\n"), ","), " \t\r\n")
	for _, p := range []string{"for example", "for instance"} {
		if strings.HasPrefix(rest, p) {
			rest = strings.TrimLeft(strings.TrimPrefix(rest[len(p):], ","), " \t\r\n")
		}
	}
	for _, v := range verbStems() {
		if strings.HasPrefix(rest, v) {
			return true
		}
	}
	return false
}

// isCitationOnly reports whether a sentence is nothing but a source citation
// such as "New Zealand (2020, para 16 & 17)." or "UNGA (2021b, 117).", with
// perhaps a note such as "[emphasis added]".
func isCitationOnly(s string) bool {
	s = strings.TrimSpace(s)
	if t := strings.TrimRight(s, ". "); strings.HasSuffix(t, "]") {
		if k := strings.LastIndex(t, "["); k > 0 {
			s = t[:k]
		}
	}
	return utf8.RuneCountInString(s) < 90 && strings.HasSuffix(strings.TrimRight(s, ". "), ")") && strings.Contains(s, "(") && !strings.Contains(s, "“")
}

// detectAuthor looks in the opening paragraphs of a document for the State
// that issues it: "Statement by the delegation of Finland", "Ministry of
// Foreign Affairs of Japan", "The Government of the Kingdom of the Netherlands".
func detectAuthor(ps []corpus.Paragraph) voice {
	g := corpus.States()
	n := 0
	for _, p := range ps {
		if n > 1500 {
			break
		}
		head := p.Text
		if len(head) > 300 {
			head = head[:300]
		}
		n += len(head)
		for _, m := range g.Find(head) {
			before := head[:m.Start]
			re := authorRe()
			switch endsWithAuthorWord(before) {
			case none:
				continue
			case frEs:
				re = authorFrEsRe()
			}
			if m.Entity.IsState() && re.MatchString(before) {
				return voice{state: m.Entity.Name, speaker: strings.TrimSpace(head[:m.End])}
			}
		}
	}
	return voice{}
}

// The languages of the word that ends an author's formula.
const (
	none = iota
	english
	frEs
)

// endsWithAuthorWord is a quick test before authorRe and authorFrEsRe: their
// every branch ends in "by", "of" or "from" (authorRe) or "de", "du", "des"
// or "del" (authorFrEsRe), perhaps followed by an article. It says which
// regexp to try, if any.
func endsWithAuthorWord(s string) int {
	w, rest := lastWord(s, unicode.IsSpace)
	if strings.EqualFold(w, "l'") || strings.EqualFold(w, "l’") {
		// "de l'Allemagne": the name follows the elided article.
		w, rest = lastWord(rest, unicode.IsSpace)
	}
	for range 2 { // "of the", and authorRe allows "of the the"
		if isArticle(w) {
			w, rest = lastWord(rest, unicode.IsSpace)
		}
	}
	for _, by := range []string{"by", "of", "from"} {
		if strings.EqualFold(w, by) {
			return english
		}
	}
	for _, de := range []string{"de", "du", "des", "del"} {
		if strings.EqualFold(w, de) {
			return frEs
		}
	}
	return none
}

// isArticle reports whether w is a definite article of English, French or
// Spanish.
func isArticle(w string) bool {
	for _, a := range []string{"the", "la", "le", "les", "el", "los", "las"} {
		if strings.EqualFold(w, a) {
			return true
		}
	}
	return false
}

// lastWord returns the last word of s, delimited by runes for which space
// is true, and what comes before it.
func lastWord(s string, space func(rune) bool) (word, rest string) {
	s = strings.TrimRightFunc(s, space)
	k := strings.LastIndexFunc(s, space)
	if k < 0 {
		return s, ""
	}
	_, w := utf8.DecodeRuneInString(s[k:])
	return s[k+w:], s[:k]
}

// isLineSpace reports whether r is a space, tab or line break.
func isLineSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\r' || r == '\n' }
