package annotate

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/normdex/normdex/corpus"
)

// token is one word of a text.
type token struct {
	lower string // set by tokenize and by Tag, from the lexicon
	// The numbers in the tagger's words of lower, of the word's stem and
	// of a second stem it may have (see verbStem), set by Tag from the
	// lexicon: 0 for a word no phrase has. Stems are compared by number
	// only.
	lowerID, stemID, stem2ID int32
	bits                     uint64 // of the three numbers (see wordBits)
	start, end               int    // code-point offsets
	bstart, bend             int    // byte offsets
	sent                     int    // sentence index
}

// tokenize splits text into words: runs of letters and digits, with an
// apostrophe inside a word kept ("State's"); hyphens and other punctuation
// separate words, so "non-State" is "non" "State".
func tokenize(text string) []token {
	toks := appendTokens(nil, text)
	for i := range toks {
		toks[i].lower = lowerWord(text[toks[i].bstart:toks[i].bend])
	}
	return toks
}

// appendTokens appends the words of text to toks, leaving their lower-case
// forms unset.
func appendTokens(toks []token, text string) []token {
	start, startByte := -1, 0
	cp := 0
	for i := 0; i < len(text); {
		c := text[i]
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[i:])
		}
		next := i + w
		var inWord bool
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			inWord = true
		case c < utf8.RuneSelf && c != '\'' && c != ']' && c != '[':
			inWord = false
		default:
			// An apostrophe inside a word belongs to it ("State's"), and so
			// do the brackets of an editorial change ("[w]hether", "[D]ue").
			inWord = unicode.IsLetter(r) || unicode.IsDigit(r) ||
				((r == '\'' || r == '’' || r == ']') && start >= 0 && next < len(text) && isLetterAt(text, next)) ||
				(r == '[' && next < len(text) && isLetterAt(text, next))
		}
		switch {
		case inWord && start < 0:
			start, startByte = cp, i
		case !inWord && start >= 0:
			toks = append(toks, token{start: start, end: cp, bstart: startByte, bend: i})
			start = -1
		}
		cp++
		i = next
	}
	if start >= 0 {
		toks = append(toks, token{start: start, end: cp, bstart: startByte, bend: len(text)})
	}
	return toks
}

// splitElisions splits the French words that begin with an elided article
// or pronoun ("l'obligation", "qu’il", "n'est") in two: the rules see "l"
// "obligation", and "n" stands for "ne" before "pas".
func splitElisions(text string, toks []token) []token {
	n := 0
	for _, tk := range toks {
		if _, _, ok := corpus.SplitElision(text[tk.bstart:tk.bend]); ok {
			n++
		}
	}
	if n == 0 {
		return toks
	}
	out := make([]token, 0, len(toks)+n)
	for _, tk := range toks {
		form := text[tk.bstart:tk.bend]
		head, rest, ok := corpus.SplitElision(form)
		if !ok {
			out = append(out, tk)
			continue
		}
		skip := len(form) - len(rest) // the head and its apostrophe, in bytes
		first := tk
		first.bend = tk.bstart + len(head)
		first.end = tk.start + utf8.RuneCountInString(head)
		second := tk
		second.bstart = tk.bstart + skip
		second.start = tk.start + utf8.RuneCountInString(form[:skip])
		out = append(out, first, second)
	}
	return out
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

var wordFolder = strings.NewReplacer("’", "'", "[", "", "]", "")

func lowerWord(s string) string {
	lower := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') || c == '[' || c == ']' {
			lower = false
			break
		}
	}
	if lower {
		return s
	}
	s = strings.ToLower(s)
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '[' || c == ']' || c == 0xE2 {
			return wordFolder.Replace(s)
		}
	}
	return s
}

// lexiconMax bounds the words a Tagger remembers.
const lexiconMax = 1 << 18

// stemIn returns the stem of a lower-cased word of a language, as the
// search index stems it (corpus.Stem, corpus.StemLang). Taggers remember the
// stems of the words they have seen (their lexicon), so this runs once per
// word form.
func stemIn(lang, w string) string {
	if lang == corpus.English {
		return corpus.Stem(w)
	}
	return corpus.StemLang(lang, w)
}

// verbStem returns a second stem a verb form may have where the Snowball
// stemmer gives it one other than its infinitive's, so that a rule written
// with the infinitive finds it. In French, the third person plural is
// stemmed whole ("empêchent", "notifient", "cessent", "agissent"): it is
// read as the verb of the first group ("-er") or of the second ("-issent",
// "-ir"). In Spanish, the subjunctive's spelling changes ("notifiquen",
// "utilicen") are undone ("notific", "utiliz"). It is only a second stem,
// so a noun such as "agent" keeps its own.
func verbStem(lang, w, stem string) string {
	var s string
	switch lang {
	case corpus.French:
		if len(w) < 6 || !strings.HasSuffix(w, "ent") {
			return ""
		}
		switch {
		case strings.HasSuffix(w, "issent") && len(w) > 7:
			s = stemIn(lang, w[:len(w)-len("issent")]+"ir")
		case strings.HasSuffix(stem, "ent"):
			s = stemIn(lang, w[:len(w)-len("ent")]+"er")
		}
	case corpus.Spanish:
		switch {
		case len(stem) > 4 && strings.HasSuffix(stem, "qu"):
			s = stem[:len(stem)-len("qu")] + "c"
		case len(stem) > 4 && strings.HasSuffix(stem, "c") && (strings.HasSuffix(w, "ce") || strings.HasSuffix(w, "cen") || strings.HasSuffix(w, "cemos")):
			s = stem[:len(stem)-1] + "z"
		}
	}
	if s == stem {
		return ""
	}
	return s
}

// foldIn returns a lower-cased word of a language as rules compare it with
// their exact words and prefixes: French and Spanish without accents.
func foldIn(lang, w string) string {
	if lang == corpus.English {
		return w
	}
	return corpus.FoldAccents(w)
}

// phraseRef is a compiled phrase with its ID.
type phraseRef struct {
	id  int
	seq seq
	// second is the bits of its second word (see atom.bits), 0 when that
	// is a gap or absent. Most candidates fail at their second word:
	// testing these bits against the next token's keeps the tagger from
	// reading the phrase itself.
	second uint64
	// afterGap is, when the second atom is a gap, the bits of the word
	// after it (0 when that is absent): a candidate none of whose tokens
	// within the gap has them cannot match.
	afterGap uint64
}

// wordBits returns the bits of word numbers that an atom's and a token's
// bits share when the token may match: one of 64 for each nonzero number,
// from bitOf (see assignBits).
func wordBits(bitOf []uint64, ids ...int32) uint64 {
	var m uint64
	for _, id := range ids {
		m |= bitOf[id]
	}
	return m
}

type compiledRule struct {
	element   string
	flipTo    string // element a rejected match affirms, if any
	name      string
	kind      int // ruleAny, ruleNear, ruleAll
	any       []int
	a, b      []int
	within    int
	ordered   bool
	all       [][]int
	sentences int // how many consecutive sentences an all rule may span
	unless    []int
	unlessS   []int // suppress anywhere in the sentence
	unlessC   []int // suppress in the sentence or the one before or after
	unlessWin int
	polarity  corpus.Polarity
	negatable bool
	anchor    []int // phrases of the domains one of which must be named (see Anchors)
}

const (
	ruleAny = iota
	ruleNear
	ruleAll
)

// Tagger finds the elements of a codebook in text. It is safe for
// concurrent use.
//
// A codebook's rules are English unless they say otherwise; the rules of
// each other language are compiled into a Tagger of their own (others),
// with that language's stemmer, negation cues and patterns.
type Tagger struct {
	cb        *Codebook
	lang      string
	others    map[string]func() *Tagger // by language, on the English tagger
	phrases   []seq
	byStem    map[string][]phraseRef // first atom's stem → phrases
	byExact   map[string][]phraseRef // first atom's exact form → phrases
	byPrefix  map[string][]phraseRef // first two bytes of a first prefix atom → phrases
	prefixes  []phraseRef            // phrases that begin with a prefix shorter than that
	rules     []compiledRule
	triggers  [][]int // by phrase ID: the rules that phrase can fire
	negCues   []int
	negScope  []int
	negExcept []int
	negBreaks []int
	negExpl   []int
	reports   []int
	negWindow int
	neg       Negation
	lists     *listCheck // nil when the codebook has no lists block
	anchorMin int        // see Anchors.MinWords
	patterns  map[string][]string
	pool      sync.Pool
	// lexicon caches, per word form as written, its lower-case form, its
	// stem and the phrases that may begin with it: one lookup per token
	// instead of lower-casing and four lookups. A plain map under a read
	// lock: sync.Map boxed every key and was a tenth of tagging.
	lexMu   sync.RWMutex
	lexicon map[string]*lexEntry
	// words numbers the stems and exact forms of the phrases' words (see
	// number): a token is compared with an atom's words by number, not
	// byte by byte (a third of tagging was those comparisons).
	words map[string]int32
	// wordBit is the bit of each word number (see assignBits), 0 for 0.
	wordBit []uint64
	// prefixBits are the bits of the phrases' prefixes, by prefixKey.
	prefixBits map[string][]prefixBit
	// numbering is kept while the rules are compiled (see number).
	numbering *numbering
}

// prefixBit is the bit of one of the phrases' prefixes.
type prefixBit struct {
	prefix string
	bit    uint64
}

// lexEntry is what the tagger knows of one word form.
type lexEntry struct {
	lower string
	// lowerID, stemID, stem2ID are the numbers in the tagger's words of
	// lower, of the word's stem and of its second stem (see verbStem): the
	// stems themselves are needed only to learn the entry.
	lowerID, stemID, stem2ID int32
	bits                     uint64 // of the three numbers (see wordBits)
	candidates               []phraseRef
	langs                    corpus.LangSet // the languages it is a function word of
}

// lookup sets the lower-case form and the word numbers of each token of text and puts
// its lexicon entry in lex, taking the read lock once per text.
func (t *Tagger) lookup(text string, toks []token, lex []*lexEntry) {
	t.lexMu.RLock()
	for i := range toks {
		lex[i] = t.lexicon[text[toks[i].bstart:toks[i].bend]]
	}
	t.lexMu.RUnlock()
	for i := range toks {
		if lex[i] == nil {
			lex[i] = t.learn(text[toks[i].bstart:toks[i].bend])
		}
		e := lex[i]
		toks[i].lower = e.lower
		toks[i].lowerID, toks[i].stemID, toks[i].stem2ID = e.lowerID, e.stemID, e.stem2ID
		toks[i].bits = e.bits
	}
}

// learn makes the lexicon entry of a word form and keeps it. The form and
// its lower-case form are copied: they point into a passage's text, which
// the lexicon must not keep alive.
func (t *Tagger) learn(form string) *lexEntry {
	lower := strings.Clone(lowerWord(form))
	stem := stemIn(t.lang, lower)
	stem2 := verbStem(t.lang, lower, stem)
	e := &lexEntry{lower: foldIn(t.lang, lower), langs: corpus.FunctionWordLangs(lower)}
	e.lowerID, e.stemID = t.words[e.lower], t.words[stem]
	if stem2 != "" {
		e.stem2ID = t.words[stem2]
	}
	e.bits = wordBits(t.wordBit, e.lowerID, e.stemID, e.stem2ID)
	// A prefix's key is as much of its first prefixKeyLen bytes as it has:
	// those of the word's prefixes are the word's first zero, one or two.
	for n := range min(len(e.lower), prefixKeyLen) + 1 {
		for _, p := range t.prefixBits[e.lower[:n]] {
			if strings.HasPrefix(e.lower, p.prefix) {
				e.bits |= p.bit
			}
		}
	}
	lower = e.lower
	// A phrase's first word depends on this word alone: keep only the
	// phrases it can begin, so that "international" does not try every
	// "inter*" phrase at each of its occurrences.
	tk := token{lower: e.lower, lowerID: e.lowerID, stemID: e.stemID, stem2ID: e.stem2ID, bits: e.bits}
	var byStem2 []phraseRef
	if stem2 != "" {
		byStem2 = t.byStem[stem2]
	}
	for k, refs := range [5][]phraseRef{t.byStem[stem], byStem2, t.byExact[lower], t.byPrefix[prefixKey(lower)], t.prefixes} {
		for _, ref := range refs {
			// A phrase whose first word accepts both stems is listed under each.
			if k == 1 && slices.ContainsFunc(t.byStem[stem], func(r phraseRef) bool { return r.id == ref.id && &r.seq[0] == &ref.seq[0] }) {
				continue
			}
			if atomMatches(&ref.seq[0], &tk) {
				e.candidates = append(e.candidates, ref)
			}
		}
	}
	t.lexMu.Lock()
	defer t.lexMu.Unlock()
	if len(t.lexicon) < lexiconMax {
		if t.lexicon == nil {
			t.lexicon = map[string]*lexEntry{}
		}
		t.lexicon[strings.Clone(form)] = e
	}
	return e
}

// Compile checks a codebook and compiles it into a Tagger. Every problem is
// reported, each with its line and element, as CheckErrors.
func Compile(file string, cb *Codebook) (*Tagger, error) { return compileCodebook(file, cb, false) }

// CompileChecked is Compile for a codebook known to compile, such as the
// embedded default (its tests compile it with Compile): the rules of each
// language other than English are compiled when a text in it is first
// tagged, so that an ingest of English documents does not pay for them. It
// panics if they fail to compile then.
func CompileChecked(file string, cb *Codebook) (*Tagger, error) {
	return compileCodebook(file, cb, true)
}

func compileCodebook(file string, cb *Codebook, lazy bool) (*Tagger, error) {
	var errs CheckErrors
	top := func(msg string) { errs = append(errs, CheckError{File: file, Line: 1, Msg: msg}) }
	seen := map[string]int{}
	for _, e := range cb.Elements {
		eerr := func(line int, rule, msg string) {
			errs = append(errs, CheckError{File: file, Line: line, Element: e.ID, Rule: rule, Msg: msg})
		}
		switch {
		case e.ID == "":
			eerr(e.line, "", "element has no id")
		case !idRe().MatchString(e.ID):
			eerr(e.line, "", fmt.Sprintf("bad id %q: want lower-case words joined by dots", e.ID))
		}
		if prev, dup := seen[e.ID]; dup && e.ID != "" {
			eerr(e.line, "", fmt.Sprintf("duplicate element (first at line %d)", prev))
		}
		seen[e.ID] = e.line
		if e.RejectedAs != "" && e.RejectedAs == e.ID {
			eerr(e.line, "", "rejected_as names the element itself")
		}
		switch e.Pole {
		case "", "narrow", "broad":
		default:
			eerr(e.line, "", fmt.Sprintf("pole %q: want narrow or broad", e.Pole))
		}
		if len(e.Rules) == 0 {
			eerr(e.line, "", "element has no rules")
		}
		for i, r := range e.Rules {
			if _, ok := cb.Languages[r.Lang]; !ok && r.Lang != "" && r.Lang != corpus.English {
				eerr(r.line, ruleName(e, i, r), fmt.Sprintf("lang %q: not in the codebook's languages", r.Lang))
			}
		}
	}
	for _, e := range cb.Elements {
		if _, ok := seen[e.RejectedAs]; e.RejectedAs != "" && !ok {
			errs = append(errs, CheckError{File: file, Line: e.line, Element: e.ID, Msg: fmt.Sprintf("rejected_as %q: no such element", e.RejectedAs)})
		}
	}
	checkLists(cb, top)
	if cb.Anchors != nil {
		checkAnchors(cb, func(msg string) { errs = append(errs, CheckError{File: file, Line: cb.Anchors.Line(), Msg: msg}) })
	}
	t := newTagger(cb, corpus.English, cb.Negation, cb.Patterns)
	t.compileRules(file, &errs)
	langs := make([]string, 0, len(cb.Languages))
	for l := range cb.Languages {
		langs = append(langs, l)
	}
	slices.Sort(langs)
	for _, l := range langs {
		if l != corpus.French && l != corpus.Spanish {
			top(fmt.Sprintf("languages: %q: want fr or es (English is the codebook's own)", l))
			continue
		}
		if t.others == nil {
			t.others = map[string]func() *Tagger{}
		}
		if lazy {
			t.others[l] = sync.OnceValue(func() *Tagger {
				var errs CheckErrors
				o := langTagger(file, cb, l, &errs)
				if len(errs) > 0 {
					panic(fmt.Sprintf("annotate: the %s rules of a checked codebook: %v", l, errs))
				}
				return o
			})
			continue
		}
		o := langTagger(file, cb, l, &errs)
		t.others[l] = func() *Tagger { return o }
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return t, nil
}

// langTagger compiles the rules of one of the codebook's other languages,
// adding what is wrong with them to errs.
func langTagger(file string, cb *Codebook, lang string, errs *CheckErrors) *Tagger {
	spec := cb.Languages[lang]
	patterns := maps.Clone(cb.Patterns)
	if patterns == nil {
		patterns = map[string][]string{}
	}
	maps.Copy(patterns, spec.Patterns)
	o := newTagger(cb, lang, spec.Negation, patterns)
	o.compileRules(file, errs)
	return o
}

func newTagger(cb *Codebook, lang string, neg Negation, patterns map[string][]string) *Tagger {
	t := &Tagger{cb: cb, lang: lang, neg: neg, patterns: patterns, byStem: map[string][]phraseRef{}, byExact: map[string][]phraseRef{}, byPrefix: map[string][]phraseRef{}, negWindow: neg.Window}
	if t.negWindow == 0 {
		t.negWindow = 4
	}
	return t
}

func ruleName(e Element, i int, r Rule) string {
	if r.Name != "" {
		return r.Name
	}
	return fmt.Sprintf("%s#%d", e.ID, i+1)
}

// compileRules compiles the negation cues, the patterns and the rules of
// the tagger's language, adding what is wrong with them to errs.
func (t *Tagger) compileRules(file string, errs *CheckErrors) {
	ids := map[string]int{}
	pc := newPhraseCompiler(t.lang, t.patterns)
	intern := func(p string) ([]int, error) {
		if id, ok := ids[p]; ok {
			return []int{id}, nil
		}
		seqs, err := pc.compile(p, 0)
		if err != nil {
			return nil, err
		}
		id := len(t.phrases)
		ids[p] = id
		// One phrase ID stands for all its variants: register each variant.
		t.phrases = append(t.phrases, nil)
		for _, s := range seqs {
			t.register(id, s)
		}
		return []int{id}, nil
	}
	group := func(ps []string, fail func(string)) []int {
		var out []int
		for _, p := range ps {
			got, err := intern(p)
			if err != nil {
				fail(err.Error())
				continue
			}
			out = append(out, got...)
		}
		return out
	}
	where := ""
	if t.lang != corpus.English {
		where = "languages: " + t.lang + ": "
	}
	top := func(msg string) { *errs = append(*errs, CheckError{File: file, Line: 1, Msg: where + msg}) }
	t.negCues = group(t.neg.Cues, top)
	t.negScope = group(t.neg.Scope, top)
	t.negExcept = group(t.neg.Exceptions, top)
	t.negBreaks = group(t.neg.Breaks, top)
	t.negExpl = group(t.neg.Expletives, top)
	t.reports = group(t.neg.Reports, top)
	t.compileLists(group, top)
	atAnchors := top
	if a := t.cb.Anchors; a != nil {
		atAnchors = func(msg string) { *errs = append(*errs, CheckError{File: file, Line: a.Line(), Msg: where + msg}) }
	}
	anchor := t.compileAnchors(group, atAnchors)
	own := t.cb.Patterns
	if t.lang != corpus.English {
		own = t.cb.Languages[t.lang].Patterns
	}
	for name, ps := range own {
		for _, p := range ps {
			if _, err := pc.compile(p, 0); err != nil {
				top(fmt.Sprintf("pattern %s: %v", name, err))
			}
		}
	}
	for _, e := range t.cb.Elements {
		for i, r := range e.Rules {
			if lang := cmp.Or(r.Lang, corpus.English); lang != t.lang {
				continue
			}
			name := ruleName(e, i, r)
			fail := func(msg string) {
				*errs = append(*errs, CheckError{File: file, Line: r.line, Element: e.ID, Rule: name, Msg: msg})
			}
			cr := compiledRule{element: e.ID, flipTo: e.RejectedAs, name: name, negatable: r.Negatable == nil || *r.Negatable, unlessWin: r.UnlessWithin, anchor: anchor(e.ID, name)}
			kinds := 0
			if len(r.Any) > 0 {
				kinds++
				cr.kind = ruleAny
				cr.any = group(r.Any, fail)
			}
			if r.Near != nil {
				kinds++
				cr.kind = ruleNear
				cr.a, cr.b = group(r.Near.A, fail), group(r.Near.B, fail)
				cr.within, cr.ordered = r.Near.Within, r.Near.Ordered
				if len(r.Near.A) == 0 || len(r.Near.B) == 0 {
					fail("near needs phrases in both a and b")
				}
				if cr.within < 1 {
					fail("near needs within: a number of words, 1 or more")
				}
			}
			switch {
			case r.Sentences < 0:
				fail("sentences must be 1 or more")
			case r.Sentences > 0 && len(r.All) == 0:
				fail("sentences applies to all rules only")
			}
			cr.sentences = max(r.Sentences, 1)
			if len(r.All) > 0 {
				kinds++
				cr.kind = ruleAll
				if len(r.All) < 2 {
					fail("all needs two or more groups of phrases")
				}
				for _, g := range r.All {
					if len(g) == 0 {
						fail("all has an empty group")
					}
					cr.all = append(cr.all, group(g, fail))
				}
			}
			if kinds != 1 {
				fail("a rule needs exactly one of any, near and all")
				continue
			}
			cr.unless = group(r.Unless, fail)
			cr.unlessS = group(r.UnlessSentence, fail)
			cr.unlessC = group(r.UnlessContext, fail)
			switch r.Polarity {
			case "", "affirmed":
			case "rejected":
				cr.polarity = corpus.Rejected
			default:
				fail(fmt.Sprintf("polarity %q: want affirmed or rejected", r.Polarity))
			}
			t.rules = append(t.rules, cr)
		}
	}
	t.assignBits()
	// Every phrase gets an entry, so that tagging looks one up unchecked.
	t.triggers = make([][]int, len(t.phrases))
	for i, r := range t.rules {
		for _, id := range r.triggerPhrases() {
			t.triggers[id] = append(t.triggers[id], i)
		}
	}
}

func (r compiledRule) triggerPhrases() []int {
	switch r.kind {
	case ruleNear:
		return r.a
	case ruleAll:
		return r.all[0]
	}
	return r.any
}

func (t *Tagger) register(id int, s seq) {
	t.number(s)
	ref := phraseRef{id: id, seq: s}
	prefixed := map[string]bool{}
	for _, a := range s[0].alts() {
		switch a.kind {
		case atomStem:
			t.byStem[a.value] = append(t.byStem[a.value], ref)
		case atomExact:
			t.byExact[a.value] = append(t.byExact[a.value], ref)
		case atomPrefix:
			key := prefixKey(a.value)
			if prefixed[key] {
				continue
			}
			prefixed[key] = true
			if len(key) < prefixKeyLen {
				t.prefixes = append(t.prefixes, ref)
			} else {
				t.byPrefix[key] = append(t.byPrefix[key], ref)
			}
		}
	}
	if s[0].words != nil {
		t.numbering.phrases++
	}
}

// numbering is what number gathers, while the phrases are compiled, for
// assignBits: gathered on the way, it spares walking every list of
// candidates into maps keyed by pointer (assignBits was 12% of compiling).
type numbering struct {
	prefixIDs map[string]int32 // numbers of the prefixes, in the words' sequence
	n         int32            // words and prefixes numbered
	uses      []int32          // by number: in how many atoms (see atomWords.uses)
	function  []int32          // numbers of the languages' function words
	phrases   int32            // how many can begin a match
	words     []*atomWords     // every atom's, once
	// idBlock and strBlock are where ids and strings take atoms' words
	// from: allocated one by one, with the atoms' words, they were 36k
	// allocations a compile of the default codebook.
	idBlock  []int32
	strBlock []string
}

// ids returns an empty slice of capacity k for an atom's words.
func (n *numbering) ids(k int) []int32 { return carve(&n.idBlock, k, 1024) }

// strings is ids for prefixes.
func (n *numbering) strings(k int) []string { return carve(&n.strBlock, k, 256) }

// carve returns an empty slice of capacity k cut from *block, which it
// replaces by a new one of at least size elements when k do not fit.
func carve[T any](block *[]T, k, size int) []T {
	if k == 0 {
		return nil
	}
	if cap(*block)-len(*block) < k {
		*block = make([]T, 0, max(k, size))
	}
	l := len(*block)
	*block = (*block)[:l+k]
	return (*block)[l : l : l+k]
}

// number gives each stem, exact form and prefix of s's words its number,
// from 1 (the prefixes' are for their bits only), and each atom its words
// by kind. Their bits wait for every phrase (see assignBits).
func (t *Tagger) number(s seq) {
	if t.words == nil {
		t.words = map[string]int32{}
		t.numbering = &numbering{prefixIDs: map[string]int32{}, uses: []int32{0}}
	}
	n := t.numbering
	// A phrase that can begin a match counts towards its words' ranks
	// (see assignBits); each variant owns its array, so none counts twice.
	listed := s[0].words != nil
	for a := range s {
		w := s[a].words
		if w == nil {
			continue
		}
		if listed {
			w.uses++
		}
		// The variants of a phrase and the phrases of a pattern share
		// their atoms' words: they are numbered and sorted once
		// (compiling took twice as long without this).
		if len(w.stems)+len(w.exacts)+len(w.prefixes) > 0 {
			continue
		}
		n.words = append(n.words, w)
		alts := w.alts
		var stems, exacts, prefixes int
		for _, v := range alts {
			switch v.kind {
			case atomStem:
				stems++
			case atomExact:
				exacts++
			case atomPrefix:
				prefixes++
			}
		}
		w.stems, w.exacts = n.ids(stems), n.ids(exacts)
		w.prefixes = n.strings(prefixes)
		for k := range alts {
			v := &alts[k]
			m := t.words
			if v.kind == atomPrefix {
				m = n.prefixIDs
			}
			id, ok := m[v.value]
			if !ok {
				n.n++
				id = n.n
				m[v.value] = id
				n.uses = append(n.uses, 0)
				if v.kind != atomPrefix && corpus.FunctionWordLangs(v.value) != 0 {
					n.function = append(n.function, id)
				}
			}
			v.id = id
			switch v.kind {
			case atomStem:
				w.stems = append(w.stems, v.id)
			case atomExact:
				w.exacts = append(w.exacts, v.id)
			case atomPrefix:
				w.prefixes = append(w.prefixes, v.value)
			}
		}
		if len(w.stems) > searchedFrom {
			slices.Sort(w.stems)
		}
		if len(w.exacts) > searchedFrom {
			slices.Sort(w.exacts)
		}
	}
}

// searchedFrom is the most words of one kind an atom compares one by one;
// an atom with more keeps them sorted and searches them. The pattern of
// the world's States is one atom of some 170 words, whose bits are most of
// the shared ones: a rare token where it may match was compared with each
// (searched, BenchmarkTag takes 1% fewer instructions).
const searchedFrom = 16

// hasID reports whether ids, sorted when longer than searchedFrom, holds id.
func hasID(ids []int32, id int32) bool {
	if len(ids) > searchedFrom {
		_, ok := slices.BinarySearch(ids, id)
		return ok
	}
	return slices.Contains(ids, id)
}

// ownBits is how many of the 64 bits go each to one of the commonest words
// (see assignBits); the others share the rest. 16 took the fewest
// instructions on BenchmarkTag of 8, 16 and 24.
const ownBits = 16

// assignBits gives each word number its bit (t.wordBit), each atom the bits
// of its words and each phrase reference its second and afterGap. A prefix
// has a bit like a word, which the tokens it begins have (see learn): an
// atom with a prefix, or a gap before one, is tested by bits like any other.
//
// A bit test passes falsely where a token's word shares its bit with the
// atom's: numbering words in order of first appearance gave "not" the bit
// of "state", "a" that of "law", so that a test for one passed at every
// other. The function words and then the words the phrases use most
// ("state", "obligation") are the commonest in text too: the first of them
// get a bit each, and the rest, in the same order, take turns at the
// others, so that no shared bit gathers the frequent words.
func (t *Tagger) assignBits() {
	n := t.numbering
	if n == nil {
		n = &numbering{uses: []int32{0}}
	}
	t.numbering = nil
	uses := n.uses
	for _, w := range n.words {
		for _, v := range w.alts {
			uses[v.id] += w.uses
		}
	}
	// The function words of the languages are the commonest of any text:
	// they come first whatever their uses.
	for _, id := range n.function {
		uses[id] += n.phrases
	}
	// Rank by uses, most first, ties in the order of numbering: a counting
	// sort, as the uses are small.
	var most int32
	for _, u := range uses[1:] {
		most = max(most, u)
	}
	start := make([]int32, most+2)
	for _, u := range uses[1:] {
		start[most-u+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	t.wordBit = make([]uint64, len(uses))
	for id, u := range uses[1:] {
		r := int(start[most-u])
		start[most-u]++
		b := r
		if r >= ownBits {
			b = ownBits + (r-ownBits)%(64-ownBits)
		}
		t.wordBit[id+1] = 1 << b
	}
	for _, w := range n.words {
		for _, v := range w.alts {
			w.bits |= t.wordBit[v.id]
		}
	}
	t.prefixBits = map[string][]prefixBit{}
	for p, id := range n.prefixIDs {
		k := prefixKey(p)
		t.prefixBits[k] = append(t.prefixBits[k], prefixBit{p, t.wordBit[id]})
	}
	setSecond := func(refs []phraseRef) {
		for i := range refs {
			s := refs[i].seq
			// A phrase is listed under each word it may begin with: its
			// atoms' bits are set at the first (its first atom's are
			// never 0 then).
			if s[0].bits == 0 {
				for a := range s {
					if w := s[a].words; w != nil {
						s[a].bits = w.bits
					}
				}
			}
			if len(s) > 1 {
				refs[i].second = s[1].bits
			}
			if len(s) > 2 && s[1].words == nil {
				refs[i].afterGap = s[2].bits
			}
		}
	}
	setSecond(t.prefixes)
	for _, m := range []map[string][]phraseRef{t.byStem, t.byExact, t.byPrefix} {
		for _, refs := range m {
			setSecond(refs)
		}
	}
}

// prefixKeyLen is how many leading bytes of a word pick the prefix phrases
// worth trying on it.
const prefixKeyLen = 2

func prefixKey(w string) string {
	if len(w) > prefixKeyLen {
		return w[:prefixKeyLen]
	}
	return w
}

// Codebook returns the codebook the tagger was compiled from.
func (t *Tagger) Codebook() *Codebook { return t.cb }

// scratch is the per-call working memory of Tag, kept in a pool.
type scratch struct {
	toks    []token
	lex     []*lexEntry
	hits    [][]hit // by phrase ID
	touched []int   // phrase IDs with hits
	fired   []bool  // by rule index
	order   []int   // rules fired, by index
	seen    []kept  // annotations kept
	matches []hit   // of the rule being evaluated
	a, b, u []hit   // occurrences of a rule's phrases
	out     []corpus.Annotation
	// listOrder and listItems are dropLists'.
	listOrder []int
	listItems []listItem
	// headUnits, headLabels and headEnums are dropHeadings'.
	headUnits  []span
	headLabels []enumerator
	headEnums  []enumerator
}

// kept identifies an annotation made: an element on a span of tokens.
type kept struct {
	element  string
	from, to int
	// bare is set for the match of a single phrase (an any or all rule),
	// which may be an item of a list; a near rule's match relates two.
	bare bool
	// denies is the element a negated match denies (its rule's, whether
	// the tag is that element rejected or the element it turns into).
	denies string
}

// dropDenied drops each affirmed tag whose words overlap those of a tag
// denying its element that starts no later: the words of "is not, at this
// stage, a binding rule of international law" make one claim, though the
// negation's window reaches "binding rule" and not "rule of international
// law", and another rule may match the part out of reach. A match that
// starts before the denied one carries its own negation ("not attributable
// to States") and stays. It returns out, and seen in step with it.
func dropDenied(out []corpus.Annotation, seen []kept) []corpus.Annotation {
	dropped := false
	for i := range out {
		if seen[i].denies != "" || out[i].Polarity != corpus.Affirmed {
			continue
		}
		for j := range out {
			if seen[j].denies == out[i].Element && seen[j].from <= seen[i].from && seen[i].from < seen[j].to {
				out[i].Element = ""
				dropped = true
				break
			}
		}
	}
	if !dropped {
		return out
	}
	n := 0
	for i := range out {
		if out[i].Element != "" {
			out[n], seen[n] = out[i], seen[i]
			n++
		}
	}
	return out[:n]
}

// hit is one occurrence of a phrase: tokens [from, to).
type hit struct {
	phrase   int
	from, to int
}

// Tag returns the annotations of text, ordered by position: every rule that
// fires, with its span in code points and its polarity. Text in a language
// the codebook has rules for (see Codebook.Languages) is tagged with those
// rules, else with the English ones; its language is told from its
// function words (corpus.DetectLang).
func (t *Tagger) Tag(text string) []corpus.Annotation { return t.TagLang(text, "") }

// TagLang is Tag for text in a known language (corpus.Languages); "" tells
// it from the text. A language the codebook has no rules for is tagged
// with the English rules.
func (t *Tagger) TagLang(text, lang string) []corpus.Annotation {
	if o := t.others[lang]; o != nil {
		return o().tag(text, false)
	}
	return t.tag(text, lang == "" && len(t.others) > 0)
}

// Languages returns the languages the tagger has rules for: English and
// those of the codebook's languages.
func (t *Tagger) Languages() []string {
	out := []string{corpus.English}
	for l := range t.others {
		out = append(out, l)
	}
	slices.Sort(out[1:])
	return out
}

// tag tags text with the tagger's rules or, with detect, with those of
// another language when the text's function words say it is in one.
func (t *Tagger) tag(text string, detect bool) []corpus.Annotation {
	sc, _ := t.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{hits: make([][]hit, len(t.phrases)), fired: make([]bool, len(t.rules))}
	}
	defer t.release(sc)
	sc.toks = appendTokens(sc.toks[:0], text)
	if t.lang == corpus.French {
		sc.toks = splitElisions(text, sc.toks)
	}
	toks := sc.toks
	if len(toks) == 0 {
		return nil
	}
	sc.lex = slices.Grow(sc.lex[:0], len(toks))[:len(toks)]
	lex := sc.lex
	t.lookup(text, toks, lex)
	if detect {
		// The words were looked up anyway: telling their language costs a
		// pass over their entries.
		var v corpus.LangVotes
		for _, e := range lex {
			v.Add(e.langs)
		}
		if o := t.others[v.Lang()]; o != nil {
			return o().tag(text, false)
		}
	}
	markSentences(text, toks)
	hits := hitSet{sc}
	for i := range toks {
		// A candidate's first word is this token's (see learn): matching
		// starts at its second, which most candidates fail, so a second
		// word is tried here before the call, which goes on after it.
		next := i+1 < len(toks) && toks[i+1].sent == toks[i].sent
		var nextBits uint64
		if next {
			nextBits = toks[i+1].bits
		}
		for _, ref := range lex[i].candidates {
			a := 1
			switch {
			case ref.second != 0:
				if ref.second&nextBits == 0 || !atomMatches(&ref.seq[1], &toks[i+1]) {
					continue
				}
				a = 2
			case len(ref.seq) == 1:
				// A phrase of one word matches wherever it is a candidate.
				hits.add(hit{ref.id, i, i + 1})
				continue
			case ref.afterGap != 0:
				// matchFrom skips the same places, but most of these
				// candidates have none: scanning first spares the call
				// (without it BenchmarkTag takes 6% more instructions).
				if !bitsWithin(toks, i+1, ref.seq[1].gap, ref.afterGap) {
					continue
				}
			}
			if end, ok := matchFrom(ref.seq, a, toks, i+a, toks[i].sent); ok {
				hits.add(hit{ref.id, i, end})
			}
		}
	}
	order := sc.order[:0]
	for _, id := range sc.touched {
		for _, r := range t.triggers[id] {
			if !sc.fired[r] {
				sc.fired[r] = true
				order = append(order, r)
			}
		}
	}
	slices.Sort(order)
	sc.order = order
	// Annotations gather in the scratch and leave in one exact allocation.
	out := sc.out[:0]
	seen := sc.seen[:0]
	for _, ri := range order {
		r := &t.rules[ri]
		sc.matches = t.evaluate(r, hits, toks, sc.matches[:0])
		for _, m := range sc.matches {
			if t.suppressed(r, m, hits, toks) || (r.flipTo != "" && t.reported(text, m, hits, toks)) {
				continue
			}
			a := corpus.Annotation{Element: r.element, Rule: r.name, Polarity: corpus.Affirmed,
				Start: toks[m.from].start, End: toks[m.to-1].end}
			a.Match = text[toks[m.from].bstart:toks[m.to-1].bend]
			denies := ""
			if r.polarity == corpus.Rejected || (r.negatable && t.negated(m, hits, toks)) {
				denies = r.element
				a.Polarity = corpus.Rejected
				if r.flipTo != "" {
					a.Element, a.Polarity = r.flipTo, corpus.Affirmed
					a.Rule += " (rejects " + r.element + ")"
				}
			} else if !t.anchored(r, hits, len(toks)) {
				continue
			}
			k := kept{a.Element, m.from, m.to, r.kind != ruleNear, denies}
			if slices.ContainsFunc(seen, func(s kept) bool { return s.element == k.element && s.from == k.from && s.to == k.to }) {
				continue
			}
			seen = append(seen, k)
			out = append(out, a)
		}
	}
	out = dropDenied(out, seen)
	out = t.dropPassing(text, toks, hits, out, seen)
	sc.seen = seen
	sc.out = out
	if len(out) == 0 {
		return nil
	}
	out = slices.Clone(out)
	slices.SortStableFunc(out, func(a, b corpus.Annotation) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return strings.Compare(a.Element, b.Element)
	})
	return out
}

func (t *Tagger) release(sc *scratch) {
	for _, id := range sc.touched {
		sc.hits[id] = sc.hits[id][:0]
	}
	sc.touched = sc.touched[:0]
	clear(sc.fired)
	clear(sc.out) // its matches point into the text
	t.pool.Put(sc)
}

// hitSet holds the phrase occurrences found in one text.
type hitSet struct{ sc *scratch }

func (h hitSet) add(x hit) {
	if len(h.sc.hits[x.phrase]) == 0 {
		h.sc.touched = append(h.sc.touched, x.phrase)
	}
	h.sc.hits[x.phrase] = append(h.sc.hits[x.phrase], x)
}

// each calls fn for every occurrence of the phrases ids, until fn returns false.
func (h hitSet) each(ids []int, fn func(hit) bool) {
	for _, id := range ids {
		for _, x := range h.sc.hits[id] {
			if !fn(x) {
				return
			}
		}
	}
}

// matchFrom matches s from its atom a against toks from token j, within
// sentence sent, and returns the end of the match.
func matchFrom(s seq, a int, toks []token, j, sent int) (int, bool) {
	for ; a < len(s); a++ {
		at := &s[a]
		if at.words == nil {
			// The word after a gap rules out most of its places by bits
			// alone, without a call for each.
			var after uint64
			if a+1 < len(s) {
				after = s[a+1].bits
			}
			for k := 0; k <= at.gap && j+k <= len(toks); k++ {
				if j+k < len(toks) && toks[j+k].sent != sent {
					break
				}
				if after != 0 && (j+k == len(toks) || after&toks[j+k].bits == 0) {
					continue
				}
				if end, ok := matchFrom(s, a+1, toks, j+k, sent); ok {
					return end, true
				}
			}
			return 0, false
		}
		if j >= len(toks) || toks[j].sent != sent || !atomMatches(at, &toks[j]) {
			return 0, false
		}
		j++
	}
	return j, true
}

// bitsWithin reports whether one of the gap+1 tokens from j, in the
// sentence of the token before j, has one of bits: a phrase whose second
// atom is a gap (the commonest kind, "the ~2 obligation") is read only
// where the word after its gap can stand.
func bitsWithin(toks []token, j, gap int, bits uint64) bool {
	sent := toks[j-1].sent
	for k := j; k <= j+gap && k < len(toks) && toks[k].sent == sent; k++ {
		if toks[k].bits&bits != 0 {
			return true
		}
	}
	return false
}

// atomMatches reports whether a token is one of an atom's words. Their
// bits rule most tokens out before any word is compared; the words are
// compared by kind (see atomWords), in loops over numbers.
func atomMatches(a *atom, tk *token) bool {
	if a.bits != 0 && a.bits&tk.bits == 0 {
		return false
	}
	w := a.words
	if len(w.stems) > searchedFrom {
		if hasID(w.stems, tk.stemID) || (tk.stem2ID != 0 && hasID(w.stems, tk.stem2ID)) {
			return true
		}
	} else {
		for _, id := range w.stems {
			if tk.stemID == id || tk.stem2ID == id {
				return true
			}
		}
	}
	if hasID(w.exacts, tk.lowerID) {
		return true
	}
	for _, p := range w.prefixes {
		if strings.HasPrefix(tk.lower, p) {
			return true
		}
	}
	return false
}

// evaluate appends the matches of a rule, as token spans, to out.
func (t *Tagger) evaluate(r *compiledRule, hits hitSet, toks []token, out []hit) []hit {
	sc := hits.sc
	switch r.kind {
	case ruleAny:
		hits.each(r.any, func(h hit) bool { out = append(out, h); return true })
	case ruleNear:
		sc.a = hits.collect(r.a, sc.a[:0])
		sc.b = hits.collect(r.b, sc.b[:0])
		for _, a := range sc.a {
			for _, b := range sc.b {
				if toks[a.from].sent != toks[b.from].sent || overlaps(a, b) {
					continue
				}
				var gap int
				switch {
				case b.from >= a.to:
					gap = b.from - a.to
				case r.ordered:
					continue
				default:
					gap = a.from - b.to
				}
				if gap <= r.within {
					out = append(out, hit{from: min(a.from, b.from), to: max(a.to, b.to)})
					break
				}
			}
		}
	case ruleAll:
		sc.a = hits.collect(r.all[0], sc.a[:0])
		for _, a := range sc.a {
			ok := true
			for _, g := range r.all[1:] {
				found := false
				hits.each(g, func(h hit) bool {
					d := toks[h.from].sent - toks[a.from].sent
					found = d > -r.sentences && d < r.sentences
					return !found
				})
				if !found {
					ok = false
					break
				}
			}
			if ok {
				out = append(out, a)
			}
		}
	}
	return out
}

// collect appends the occurrences of the phrases ids to buf.
func (h hitSet) collect(ids []int, buf []hit) []hit {
	h.each(ids, func(x hit) bool { buf = append(buf, x); return true })
	return buf
}

func overlaps(a, b hit) bool { return a.from < b.to && b.from < a.to }

// suppressed reports whether an unless-phrase of the rule stands in the
// match's sentence, or within the rule's window of the match, or an
// unless_sentence phrase anywhere in its sentence, or an unless_context
// phrase in its sentence or the one before or after.
func (t *Tagger) suppressed(r *compiledRule, m hit, hits hitSet, toks []token) bool {
	hits.sc.u = hits.collect(r.unless, hits.sc.u[:0])
	for _, u := range hits.sc.u {
		if toks[u.from].sent != toks[m.from].sent {
			continue
		}
		if r.unlessWin == 0 || overlaps(u, m) ||
			(u.from >= m.to && u.from-m.to <= r.unlessWin) || (m.from >= u.to && m.from-u.to <= r.unlessWin) {
			return true
		}
	}
	found := false
	hits.each(r.unlessS, func(u hit) bool { found = toks[u.from].sent == toks[m.from].sent; return !found })
	if found {
		return true
	}
	sent := toks[m.from].sent
	hits.each(r.unlessC, func(u hit) bool { d := toks[u.from].sent - sent; found = d >= -1 && d <= 1; return !found })
	return found
}

// negated reports whether a negation cue governs a match: a cue ending
// within the negation window before it, or a scope cue anywhere before it in
// the sentence, not part of an exception such as "not only", and with no
// break such as "but" between the cue and the match.
func (t *Tagger) negated(m hit, hits hitSet, toks []token) bool {
	sent := toks[m.from].sent
	blocked := func(c hit) bool {
		return t.excepted(c, hits) || t.breakBetween(c, m, hits)
	}
	negated := false
	hits.each(t.negScope, func(c hit) bool {
		negated = toks[c.from].sent == sent && c.to <= m.from && !blocked(c)
		return !negated
	})
	if negated {
		return true
	}
	hits.each(t.negCues, func(c hit) bool {
		negated = toks[c.from].sent == sent && c.to <= m.from && m.from-c.to <= t.negWindow && !blocked(c)
		return !negated
	})
	return negated
}

// reported reports whether a report cue stands before a match in its
// sentence with neither a break nor a semicolon between them (see
// Negation.Reports): "it has been argued that it binds; we disagree and
// hold it voluntary" reports one view and takes the other.
func (t *Tagger) reported(text string, m hit, hits hitSet, toks []token) bool {
	sent := toks[m.from].sent
	found := false
	hits.each(t.reports, func(c hit) bool {
		if toks[c.from].sent != sent || c.to > m.from {
			return true
		}
		found = !strings.ContainsRune(text[toks[c.to-1].bend:toks[m.from].bstart], ';') && !t.breakBetween(c, m, hits)
		return !found
	})
	return found
}

// breakBetween reports whether a break ("but", "however") stands between a
// cue and a match after it, ending the cue's reach.
func (t *Tagger) breakBetween(c, m hit, hits hitSet) bool {
	found := false
	hits.each(t.negBreaks, func(b hit) bool { found = b.from >= c.to && b.to <= m.from; return !found })
	return found
}

// excepted reports whether a negation cue is part of an exception that
// begins where it does, such as "not only", or lies inside an expletive
// phrase, such as "éviter que ... ne".
func (t *Tagger) excepted(c hit, hits hitSet) bool {
	found := false
	hits.each(t.negExcept, func(e hit) bool { found = e.from == c.from; return !found })
	if !found {
		hits.each(t.negExpl, func(e hit) bool { found = e.from <= c.from && c.to <= e.to; return !found })
	}
	return found
}

// markSentences sets the sentence index of each token.
func markSentences(text string, toks []token) {
	sents := corpus.Sentences(text)
	k := 0
	for i := range toks {
		for k < len(sents)-1 && toks[i].bstart >= sents[k][1] {
			k++
		}
		toks[i].sent = k
	}
}
