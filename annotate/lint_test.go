package annotate

import (
	"slices"
	"strings"
	"testing"
)

func TestLintPhrase(t *testing.T) {
	tests := []struct {
		phrase string
		flag   bool
	}{
		// Multi-word options written with "|".
		{"citizens|the public", true},
		{"protect citizens|the public", true},
		{"right to life|a fair trial", true},
		{"help|=to states", true},
		{"droits|les droits humains", true},
		{"víctimas|los afectados", true},
		{"sovereignty|in cyberspace", true},
		// Single-word choices, as the syntax means them.
		{"obligation of|to", false},
		{"binding on|upon", false},
		{"so|as far as", false},
		{"its|their|the ~1 territory", false},
		{"from its|their|state's ~2 territory", false},
		{"the|existing|general|applicable ~2 international law", false},
		{"knew|learnt of|about", false},
		{"cyber|the", false},
		{"end [the|this] activity", false},
		{"@pattern|the word", false},
		{"money laundering", false},
	}
	for _, tt := range tests {
		msg := lintPhrase(tt.phrase)
		if got := msg != ""; got != tt.flag {
			t.Errorf("lintPhrase(%q) = %q, want flagged %v", tt.phrase, msg, tt.flag)
		}
	}
}

func TestLintNamesWhere(t *testing.T) {
	cb, err := ParseCodebook("lint.yaml", []byte(`
patterns:
  people: [citizens|the public]
elements:
  - id: topic.human_rights
    rules:
      - name: people
        any: [rights of citizens|the public]
        unless: [office of]
`))
	if err != nil {
		t.Fatal(err)
	}
	ws := Lint(cb)
	if len(ws) != 2 {
		t.Fatalf("Lint = %v, want 2 warnings", ws)
	}
	if ws[0].Pattern != "people" || ws[0].Phrase != "citizens|the public" {
		t.Errorf("first warning %+v, want pattern people", ws[0])
	}
	w := ws[1]
	if w.Element != "topic.human_rights" || w.Rule != "people" || w.Phrase != "rights of citizens|the public" || w.Line != 7 {
		t.Errorf("second warning %+v, want element, rule, phrase and line 7", w)
	}
	if s := w.String(); !strings.Contains(s, `"(citizens|the) public"`) {
		t.Errorf("String() = %s, want the reading spelt out", s)
	}
}

// The default codebook is kept free of the slips Lint finds.
func TestLintDefaultCodebook(t *testing.T) {
	cb, err := ParseCodebook("default.yaml", DefaultCodebook())
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range Lint(cb) {
		t.Errorf("default.yaml: %s", w)
	}
}

// Negation cues are phrases too, read the same way.
func TestLintReadsNegation(t *testing.T) {
	cb, err := ParseCodebook("lint.yaml", []byte(`
negation:
  reports: [some argue|the view that]
languages:
  fr:
    negation:
      cues: [ne|pas du tout]
elements:
  - id: measures.monitoring
    rules:
      - any: [monitor]
`))
	if err != nil {
		t.Fatal(err)
	}
	var places []string
	for _, w := range Lint(cb) {
		places = append(places, w.Pattern)
	}
	if want := []string{"negation reports"}; !slices.Equal(places, want) {
		t.Errorf("Lint warned at %q, want %q", places, want)
	}
}
