// Package annotate tags passages with the elements of norm 13(c) and related
// topics. Elements and the keyword rules that find them live in a codebook
// (YAML), compiled once into a multi-pattern matcher over word stems.
package annotate

import (
	"bytes"
	_ "embed"
	"fmt"
	"regexp"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

//go:embed default.yaml
var defaultCodebook string

// DefaultCodebook returns the YAML of the codebook embedded in normdex.
func DefaultCodebook() []byte { return []byte(defaultCodebook) }

// DefaultCodebookText is DefaultCodebook as a string, which costs no copy
// of its megabyte.
func DefaultCodebookText() string { return defaultCodebook }

// ElementIDs are the fixed element IDs of codebook.md, the contract that the
// default codebook, the evaluation data and exports share.
var ElementIDs = []string{
	"status.binding", "status.voluntary",
	"scope.prevention", "scope.termination", "scope.mitigation",
	"knowledge.actual", "knowledge.constructive",
	"actors.non_state", "actors.state",
	"threshold.serious",
	"territory.origin", "territory.transit",
	"standard.capacity",
	"measures.notification", "measures.response", "measures.assistance", "measures.monitoring", "measures.capacity_building",
	"topic.due_diligence", "topic.sovereignty", "topic.non_intervention", "topic.use_of_force", "topic.ihl",
	"topic.human_rights", "topic.state_responsibility", "topic.cybercrime", "topic.data", "topic.peaceful_settlement",
}

// Codebook is the parsed form of a codebook file.
type Codebook struct {
	Version  int                 `yaml:"version"`
	Negation Negation            `yaml:"negation"`
	Patterns map[string][]string `yaml:"patterns"`
	// Languages holds, for each language other than English that rules are
	// written in ("fr", "es"), its negation cues and patterns.
	Languages map[string]Language `yaml:"languages"`
	// Lists says which tags a sentence that only lists topics does not
	// carry (see Lists); nil turns the check off.
	Lists    *Lists    `yaml:"lists"`
	Elements []Element `yaml:"elements"`
	// Anchors says which elements' tags need the passage to name the
	// norm's domain (see Anchors); nil turns the check off.
	Anchors *Anchors `yaml:"anchors"`
}

// Language is what the rules of one language share: its negation cues,
// and its patterns, which stand beside the codebook's (a pattern of the
// same name replaces the English one in that language's rules).
type Language struct {
	Negation Negation            `yaml:"negation"`
	Patterns map[string][]string `yaml:"patterns"`
	// Lists replaces the codebook's list cues that it sets in this
	// language's text; Elements and MinElements are the codebook's.
	Lists *ListCues `yaml:"lists"`
}

// Negation lists the cues that turn an annotation's polarity to rejected.
type Negation struct {
	// Window is how many words before a match a cue may stand.
	Window int `yaml:"window"`
	// Cues negate what follows them within Window words ("not", "rather than").
	Cues []string `yaml:"cues"`
	// Scope cues negate everything after them in the sentence ("should not be
	// interpreted as requiring", "not required to").
	Scope []string `yaml:"scope"`
	// Exceptions are phrases that begin with a cue but negate nothing ("not only").
	Exceptions []string `yaml:"exceptions"`
	// Breaks end the reach of a cue: a match after one of them is not
	// negated by a cue before it ("does not entail a duty of prevention but
	// rather an obligation of conduct").
	Breaks []string `yaml:"breaks"`
	// Expletives are phrases that hold a cue, anywhere in them, that negates
	// nothing: the French "ne" after a verb of preventing or fearing
	// ("empêcher que son territoire ne serve") asserts what follows. An
	// exception can only begin at its cue; the words that make this "ne"
	// expletive come before it.
	Expletives []string `yaml:"expletives"`
	// Reports are cues that give what follows them in their sentence as
	// others' view or proposal ("some commentators argue", "it has been
	// proposed that", "arguments have emerged that"). A match after one, of
	// an element on a dimension with two poles (see Element.RejectedAs: the
	// status of due diligence), is dropped, affirmed or rejected: the
	// passage reports a view and takes neither side (convention C34). A
	// break or a semicolon ends a report's reach ("some argue that it
	// binds, but we consider it voluntary").
	Reports []string `yaml:"reports"`
}

// Element is one label of the codebook with the rules that find it.
type Element struct {
	ID         string `yaml:"id"`
	Label      string `yaml:"label"`
	Definition string `yaml:"definition"`
	Dimension  string `yaml:"dimension"`
	Pole       string `yaml:"pole"`
	// RejectedAs names the element that a rejection of this one affirms, on
	// a dimension with two poles: "due diligence is not binding" says it is
	// voluntary.
	RejectedAs string `yaml:"rejected_as"`
	Rules      []Rule `yaml:"rules"`
	line       int
}

// Rule is one keyword rule. Exactly one of Any, Near and All is set.
//
// Phrases are words separated by spaces. A word matches any word with the
// same English stem ("prevent" matches "prevents", "prevention",
// "preventive"); "=word" matches that exact word form; "word*" matches words
// that begin with word; "a|b" is either; "[a]" or "[a|b]" may be absent;
// "~N" skips up to N words; "@name" stands for any phrase of the named
// pattern.
//
// A rule with Lang is matched only in text of that language, with its
// stemmer, accents folded and (in French) elided articles apart ("l'État"
// is "l" "État").
type Rule struct {
	Name string `yaml:"name"`
	Lang string `yaml:"lang"`
	// Any fires on any of its phrases.
	Any []string `yaml:"any"`
	// Near fires where a phrase of A and a phrase of B stand within Within
	// words of each other in one sentence (A first when Ordered).
	Near *Near `yaml:"near"`
	// All fires where every group has a phrase in one sentence, or within
	// Sentences consecutive sentences when that is more than 1 (the subject
	// of a statement is often named in the sentence before it).
	All       [][]string `yaml:"all"`
	Sentences int        `yaml:"sentences"`
	// Unless suppresses the rule where one of these phrases occurs in the same
	// sentence, or within UnlessWithin words of the match when that is set.
	Unless       []string `yaml:"unless"`
	UnlessWithin int      `yaml:"unless_within"`
	// UnlessSentence suppresses the rule where one of these phrases occurs
	// anywhere in the sentence, whatever UnlessWithin says: a rule can keep
	// a near exception ("capacity building" next to "capacity") and a
	// sentence-wide one ("companies") at once.
	UnlessSentence []string `yaml:"unless_sentence"`
	// UnlessContext suppresses the rule where one of these phrases occurs in
	// its sentence or in the sentence just before or after it: the sense of
	// a cue is often set next door ("market surveillance is organised
	// nationally. Member States are responsible for surveillance activities
	// on their own territory").
	UnlessContext []string `yaml:"unless_context"`
	// Polarity forces the polarity of the rule's annotations ("rejected").
	Polarity string `yaml:"polarity"`
	// Negatable, when false, keeps negation cues from rejecting the match
	// ("should not knowingly allow" affirms knowledge).
	Negatable *bool `yaml:"negatable"`
	line      int
}

// Near is a proximity constraint between two groups of phrases.
type Near struct {
	A       []string `yaml:"a"`
	B       []string `yaml:"b"`
	Within  int      `yaml:"within"`
	Ordered bool     `yaml:"ordered"`
}

// UnmarshalYAML records the line of each element for error messages.
func (e *Element) UnmarshalYAML(n *yaml.Node) error {
	if err := knownKeys(n, "id", "label", "definition", "dimension", "pole", "rejected_as", "rules"); err != nil {
		return err
	}
	type plain Element
	if err := n.Decode((*plain)(e)); err != nil {
		return err
	}
	e.line = n.Line
	return nil
}

// UnmarshalYAML records the line of each rule for error messages.
func (r *Rule) UnmarshalYAML(n *yaml.Node) error {
	if err := knownKeys(n, "name", "lang", "any", "near", "all", "sentences", "unless", "unless_within", "unless_sentence", "unless_context", "polarity", "negatable"); err != nil {
		return err
	}
	type plain Rule
	if err := n.Decode((*plain)(r)); err != nil {
		return err
	}
	r.line = n.Line
	return nil
}

// knownKeys rejects a mapping with a key not in keys: a misspelt field would
// otherwise be silently ignored (yaml's KnownFields does not reach through a
// custom unmarshaler).
func knownKeys(n *yaml.Node, keys ...string) error {
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		ok := false
		for _, want := range keys {
			ok = ok || k.Value == want
		}
		if !ok {
			return fmt.Errorf("line %d: unknown field %q (want one of %s)", k.Line, k.Value, strings.Join(keys, ", "))
		}
	}
	return nil
}

// Line returns the line of the rule in its codebook file.
func (r Rule) Line() int { return r.line }

// idRe is compiled on first use, by a codebook's compilation: compiled at
// start it was 77 of the package's init allocations in every process.
var idRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$`)
})

// ParseCodebook parses a codebook file. name is used in error messages.
func ParseCodebook(name string, data []byte) (*Codebook, error) {
	var cb Codebook
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&cb); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &cb, nil
}

// CheckError is one problem of a codebook, at a line and an element.
type CheckError struct {
	File    string
	Line    int
	Element string
	Rule    string
	Msg     string
}

func (e CheckError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%d:", e.File, e.Line)
	if e.Element != "" {
		fmt.Fprintf(&b, " element %s:", e.Element)
	}
	if e.Rule != "" {
		fmt.Fprintf(&b, " rule %s:", e.Rule)
	}
	b.WriteString(" " + e.Msg)
	return b.String()
}

// CheckErrors are all the problems found in a codebook.
type CheckErrors []CheckError

func (es CheckErrors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Missing returns the fixed element IDs that a codebook has no element for.
func (cb *Codebook) Missing() []string {
	have := map[string]bool{}
	for _, e := range cb.Elements {
		have[e.ID] = true
	}
	var out []string
	for _, id := range ElementIDs {
		if !have[id] {
			out = append(out, id)
		}
	}
	return out
}

// Element returns the element with this ID.
func (cb *Codebook) Element(id string) (Element, bool) {
	for _, e := range cb.Elements {
		if e.ID == id {
			return e, true
		}
	}
	return Element{}, false
}
