package corpus

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

//go:embed states.txt
var gazetteerData string

// EntityKind tells a UN Member State from an observer State and an organisation.
type EntityKind string

// Entity kinds.
const (
	MemberState   EntityKind = "state"
	ObserverState EntityKind = "observer"
	Organisation  EntityKind = "org"
)

// Entity is a State or an organisation that speaks in the corpus.
type Entity struct {
	Name    string // canonical name (codebook.md)
	Code    string // ISO 3166 alpha-2 for States, a short code for organisations
	Code3   string // ISO 3166 alpha-3 for States; empty for organisations
	Kind    EntityKind
	Aliases []string
}

// IsState reports whether e is a State (member or observer) rather than an organisation.
func (e Entity) IsState() bool { return e.Kind != Organisation }

// Gazetteer folds the names and aliases of States and organisations onto
// their canonical names.
type Gazetteer struct {
	entities []Entity
	byKey    map[string]int
	findOnce sync.Once
	byFirst  map[string][]nameRef // first word of a name → names, longest first
}

var defaultGazetteer = mustParseGazetteer(gazetteerData)

// States returns the built-in gazetteer of the 193 UN Member States, the two
// observer States and the organisations that speak in this field.
func States() *Gazetteer { return defaultGazetteer }

func mustParseGazetteer(data string) *Gazetteer {
	g := &Gazetteer{byKey: map[string]int{}}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "|")
		if len(f) < 3 {
			panic(fmt.Sprintf("states.txt:%d: want kind|name|code|aliases...", n+1))
		}
		e := Entity{Kind: EntityKind(f[0]), Name: f[1], Aliases: f[3:]}
		e.Code, e.Code3, _ = strings.Cut(f[2], "/")
		i := len(g.entities)
		g.entities = append(g.entities, e)
		// The codes are looked up, never searched for in text: "CAN" and
		// "CHAD" in a heading in capitals are no States.
		for _, name := range append([]string{e.Name, e.Code, e.Code3}, e.Aliases...) {
			if name == "" {
				continue
			}
			k := foldName(name)
			if _, dup := g.byKey[k]; !dup {
				g.byKey[k] = i
			}
		}
	}
	return g
}

// Lookup returns the entity that name denotes: its canonical name, an alias,
// or its ISO 3166 alpha-2 or alpha-3 code, with case, a leading "the",
// diacritics and punctuation ignored. The inverted form of the UN and ISO
// lists ("Korea, Republic of") is read as the name it inverts.
func (g *Gazetteer) Lookup(name string) (Entity, bool) {
	i, ok := g.byKey[foldName(name)]
	if !ok {
		if head, tail, inverted := strings.Cut(name, ","); inverted && strings.TrimSpace(tail) != "" {
			i, ok = g.byKey[foldName(tail+" "+head)]
		}
	}
	if !ok {
		return Entity{}, false
	}
	return g.entities[i], true
}

// Canonical returns the canonical name of name, or an error naming the input
// when the gazetteer does not know it. An empty name stays empty.
func (g *Gazetteer) Canonical(name string) (string, error) {
	if strings.TrimSpace(name) == "" {
		return "", nil
	}
	e, ok := g.Lookup(name)
	if !ok {
		return "", fmt.Errorf("unknown State or organisation %q", name)
	}
	return e.Name, nil
}

// Entities returns all entities, States first, in the order of the data file.
func (g *Gazetteer) Entities() []Entity { return g.entities }

// names returns every name and alias the gazetteer knows, longest first, with
// the entity each stands for: the order in which a text scanner should try them.
func (g *Gazetteer) names() []nameRef {
	var out []nameRef
	for i, e := range g.entities {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			out = append(out, nameRef{Name: n, Entity: i})
		}
		if e.Kind == Organisation && e.Code != e.Name && !strings.Contains(e.Code, "-") {
			out = append(out, nameRef{Name: e.Code, Entity: i})
		}
	}
	sort.SliceStable(out, func(a, b int) bool {
		return utf8.RuneCountInString(out[a].Name) > utf8.RuneCountInString(out[b].Name)
	})
	return out
}

// nameRef is one spelling of an entity's name, with the index of the entity.
type nameRef struct {
	Name   string
	Entity int
}

// foldName is the key of a name: lower case, without diacritics,
// apostrophes ("Côte d’Ivoire", "Cote d'Ivoire" and "Cote dIvoire" are one
// name), a leading "the" or the dots of abbreviations, with runs of other
// punctuation and spaces made one space.
func foldName(s string) string {
	var b strings.Builder
	space := false
	s = strings.ToLower(strings.TrimSpace(s))
	if !isASCII(s) {
		s = norm.NFD.String(s)
	}
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r), r == '\'', r == '’', r == '‘':
			// a diacritic, apart from its letter after NFD, or an apostrophe
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		case r == '.':
			// "U.S." and "US" are one name.
		default:
			space = true
		}
	}
	return strings.TrimPrefix(b.String(), "the ")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Mention is a name of an entity found in a text.
type Mention struct {
	Entity     Entity
	Start, End int // byte offsets
}

// Find returns the mentions of States and organisations in text, longest
// names first where they overlap. Names are matched with their capitals, so
// that "chad" or "turkey" in running text are not taken for States.
func (g *Gazetteer) Find(text string) []Mention {
	g.findOnce.Do(g.compileFinder)
	var out []Mention
	for i := 0; i < len(text); {
		// Names begin with a capital: most bytes are passed over without
		// decoding them.
		c, w := text[i], 1
		if c < utf8.RuneSelf {
			if c < 'A' || c > 'Z' {
				i++
				continue
			}
		} else {
			var r rune
			if r, w = utf8.DecodeRuneInString(text[i:]); !unicode.IsUpper(r) {
				i += w
				continue
			}
		}
		if i > 0 && isWordRune(lastRuneOf(text[:i])) {
			i += w
			continue
		}
		end := i
		for end < len(text) {
			if c := text[end]; c < utf8.RuneSelf {
				if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
					break
				}
				end++
				continue
			}
			c, cw := utf8.DecodeRuneInString(text[end:])
			if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
				break
			}
			end += cw
		}
		matched := false
		for _, ref := range g.byFirst[text[i:end]] {
			n, ok := matchName(text[i:], ref.Name)
			if ok {
				out = append(out, Mention{Entity: g.entities[ref.Entity], Start: i, End: i + n})
				i += n
				matched = true
				break
			}
		}
		if !matched {
			i = end
		}
	}
	return out
}

// matchName reports whether text begins with name, as a whole word; an
// apostrophe matches either form (' or ’). It returns the bytes matched.
func matchName(text, name string) (int, bool) {
	i := 0
	for _, nr := range name {
		if i >= len(text) {
			return 0, false
		}
		tr, w := utf8.DecodeRuneInString(text[i:])
		if tr != nr && !((nr == '\'' || nr == '’') && (tr == '\'' || tr == '’')) {
			return 0, false
		}
		i += w
	}
	if i < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[i:]); isWordRune(r) {
			return 0, false
		}
	}
	return i, true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func lastRuneOf(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// compileFinder indexes every name by its first word, longest names first.
func (g *Gazetteer) compileFinder() {
	g.byFirst = map[string][]nameRef{}
	for _, n := range g.names() {
		first := n.Name
		for j, r := range n.Name {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				first = n.Name[:j]
				break
			}
		}
		g.byFirst[first] = append(g.byFirst[first], n)
	}
}
