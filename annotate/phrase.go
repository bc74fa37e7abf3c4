package annotate

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type atomKind uint8

const (
	atomStem   atomKind = iota // any of values, compared with the token's stem
	atomExact                  // any of values, compared with the lower-cased token
	atomPrefix                 // the lower-cased token begins with one of values
)

// atom is one position of a compiled phrase: any of its alternatives, or a gap.
type atom struct {
	// words are the words the atom accepts, nil for a gap. The atoms of a
	// word share them, from compileAtom: a pointer keeps every atom of
	// every variant small (compiling allocated 20% more with the alts
	// inline).
	words *atomWords
	gap   int // up to gap arbitrary tokens, when words is nil
	// bits has the bit of each word and prefix the atom accepts (see
	// Tagger.assignBits).
	bits uint64
}

// alts returns the words the atom accepts, none for a gap.
func (a *atom) alts() []alt {
	if a.words == nil {
		return nil
	}
	return a.words.alts
}

// atomWords are the words an atom accepts: alts, and, once they are
// numbered (see Tagger.number), alts by kind, stems and exact forms by
// number: a token is tested against each kind in a loop of its own rather
// than in a switch on every alt.
type atomWords struct {
	alts          []alt
	stems, exacts []int32
	prefixes      []string
	bits          uint64 // the atom's (see atom.bits)
	// uses is how many atoms of phrases that can begin a match have
	// these words, while they are compiled (see Tagger.assignBits).
	uses int32
}

// alt is one word an atom accepts.
type alt struct {
	kind  atomKind
	value string
	// id is value's number in its tagger's words (see Tagger.number), which
	// a token's stem or lower-case form is compared with; a prefix's gives
	// it its bit only.
	id int32
}

// seq is a phrase with its optional words and pattern references expanded.
type seq []atom

// maxVariants bounds the expansion of optional words and references.
const maxVariants = 512

// phraseCompiler compiles the phrases of one language's rules. It remembers
// the words and pattern references it has expanded: the rules name the same
// patterns and words again and again, and compiling each anew was most of
// the time it took to compile the default codebook, which every ingest
// pays before its first passage.
type phraseCompiler struct {
	lang     string
	patterns map[string][]string
	atoms    map[string]atom
	refs     map[patternRef][]seq
	words    []atomWords // the block compileAtom takes atoms' words from
}

// patternRef is a pattern referenced at a depth of nesting: an expansion
// is remembered per depth, so that nesting too deep fails where it did.
type patternRef struct {
	name  string
	depth int
}

func newPhraseCompiler(lang string, patterns map[string][]string) *phraseCompiler {
	return &phraseCompiler{lang: lang, patterns: patterns, atoms: map[string]atom{}, refs: map[patternRef][]seq{}}
}

// compile expands a phrase into the sequences it stands for. The sequences
// share their atoms with other phrases' (see phraseCompiler): they are
// never changed.
func (pc *phraseCompiler) compile(p string, depth int) ([]seq, error) {
	patterns := pc.patterns
	if depth > 8 {
		return nil, fmt.Errorf("pattern references nest too deep (a cycle?)")
	}
	words := strings.Fields(strings.ToLower(p))
	if len(words) == 0 {
		return nil, fmt.Errorf("empty phrase")
	}
	// Each sequence in out owns its array, so that a word every variant
	// takes is appended in place.
	out := []seq{make(seq, 0, len(words))}
	for i, w := range words {
		var alts []seq
		optional := false
		switch {
		case strings.HasPrefix(w, "@"):
			name := w[1:]
			phrases, ok := patterns[name]
			if !ok {
				return nil, fmt.Errorf("phrase %q: no pattern %q", p, name)
			}
			ref := patternRef{name, depth}
			if done, ok := pc.refs[ref]; ok {
				alts = done
				break
			}
			for _, q := range phrases {
				s, err := pc.compile(q, depth+1)
				if err != nil {
					return nil, fmt.Errorf("pattern %s: %w", name, err)
				}
				alts = append(alts, s...)
			}
			alts = slices.Clip(alts)
			pc.refs[ref] = alts
		case strings.HasPrefix(w, "~"):
			n, err := strconv.Atoi(w[1:])
			if err != nil || n < 1 || n > 20 {
				return nil, fmt.Errorf("phrase %q: gap %q: want ~1 to ~20", p, w)
			}
			if i == 0 || i == len(words)-1 {
				return nil, fmt.Errorf("phrase %q: a gap cannot begin or end a phrase", p)
			}
			alts = []seq{{{gap: n}}}
		default:
			if strings.HasPrefix(w, "[") && strings.HasSuffix(w, "]") {
				optional = true
				w = w[1 : len(w)-1]
				if i == 0 {
					return nil, fmt.Errorf("phrase %q: an optional word cannot begin a phrase", p)
				}
			}
			a, ok := pc.atoms[w]
			if !ok {
				var err error
				if a, err = pc.compileAtom(p, w); err != nil {
					return nil, err
				}
				pc.atoms[w] = a
			}
			if !optional {
				for k := range out {
					out[k] = append(out[k], a)
				}
				continue
			}
			alts = []seq{{a}, {}}
		}
		var next []seq
		for _, head := range out {
			for _, tail := range alts {
				s := make(seq, 0, len(head)+len(tail)+len(words)-i-1)
				next = append(next, append(append(s, head...), tail...))
			}
		}
		if len(next) > maxVariants {
			return nil, fmt.Errorf("phrase %q: expands into more than %d variants", p, maxVariants)
		}
		out = next
	}
	for _, s := range out {
		if len(s) == 0 {
			return nil, fmt.Errorf("phrase %q: matches nothing", p)
		}
	}
	return out, nil
}

func (pc *phraseCompiler) compileAtom(p, w string) (atom, error) {
	// The rules have thousands of words: their atoms' words are allocated
	// in blocks rather than one by one.
	words := carve(&pc.words, 1, 256)[:1]
	a := atom{words: &words[0]}
	lang := pc.lang
	for _, v := range strings.Split(w, "|") {
		kind := atomStem
		switch {
		case strings.HasPrefix(v, "="):
			kind, v = atomExact, v[1:]
		case strings.HasSuffix(v, "*"):
			kind, v = atomPrefix, strings.TrimSuffix(v, "*")
		}
		if v == "" || strings.ContainsAny(v, "[]@~=*") {
			return atom{}, fmt.Errorf("phrase %q: bad word %q", p, w)
		}
		toks := tokenize(v)
		if len(toks) != 1 || toks[0].end != len([]rune(v)) || toks[0].start != 0 {
			return atom{}, fmt.Errorf("phrase %q: %q is not one word", p, v)
		}
		val := toks[0].lower
		if kind == atomStem {
			val = stemIn(lang, val)
		} else {
			val = foldIn(lang, val)
		}
		a.words.alts = append(a.words.alts, alt{kind: kind, value: val})
	}
	return a, nil
}
