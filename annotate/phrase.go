package annotate

import (
	"fmt"
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
	alts []alt
	gap  int // up to gap arbitrary tokens, when alts is empty
}

// alt is one word an atom accepts.
type alt struct {
	kind  atomKind
	value string
}

// seq is a phrase with its optional words and pattern references expanded.
type seq []atom

// maxVariants bounds the expansion of optional words and references.
const maxVariants = 512

// compilePhrase expands a phrase of a language's rules into the sequences
// it stands for.
func compilePhrase(lang, p string, patterns map[string][]string, depth int) ([]seq, error) {
	if depth > 8 {
		return nil, fmt.Errorf("pattern references nest too deep (a cycle?)")
	}
	words := strings.Fields(strings.ToLower(p))
	if len(words) == 0 {
		return nil, fmt.Errorf("empty phrase")
	}
	out := []seq{{}}
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
			for _, q := range phrases {
				s, err := compilePhrase(lang, q, patterns, depth+1)
				if err != nil {
					return nil, fmt.Errorf("pattern %s: %w", name, err)
				}
				alts = append(alts, s...)
			}
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
			a, err := compileAtom(lang, p, w)
			if err != nil {
				return nil, err
			}
			alts = []seq{{a}}
		}
		if optional {
			alts = append(alts, seq{})
		}
		var next []seq
		for _, head := range out {
			for _, tail := range alts {
				s := append(append(seq{}, head...), tail...)
				next = append(next, s)
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

func compileAtom(lang, p, w string) (atom, error) {
	var a atom
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
		a.alts = append(a.alts, alt{kind: kind, value: val})
	}
	return a, nil
}
