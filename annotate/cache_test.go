package annotate

import (
	"reflect"
	"strings"
	"testing"
)

func TestMarshalCodebookRoundTrip(t *testing.T) {
	small := `negation:
  window: 3
  cues: [not]
patterns:
  actor: [hackers, criminals]
elements:
  - id: knowledge.actual
    label: Actual knowledge
    rules:
      - any: [knew of @actor]
        negatable: false
      - near: {a: [aware], b: [operation], within: 4, ordered: true}
        unless: [unaware]
languages:
  fr:
    patterns:
      actor: [pirates]
`
	for name, src := range map[string]string{"default.yaml": string(DefaultCodebook()), "small.yaml": small} {
		cb, err := ParseCodebook(name, []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		b, err := MarshalCodebook(cb)
		if err != nil {
			t.Fatal(err)
		}
		got, err := UnmarshalCodebook(b)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, cb) {
			t.Errorf("%s: the codebook read back differs from the one parsed", name)
		}
	}
}

func TestUnmarshalCodebookRejects(t *testing.T) {
	for _, in := range []string{``, `{`, `{"Codebook":null}`, `{"Codebook":{"Elements":[{"ID":"a"}]},"ElementLines":[],"RuleLines":[]}`,
		`{"Codebook":{"Elements":[{"ID":"a","Rules":[{}]}]},"ElementLines":[1],"RuleLines":[[]]}`} {
		if _, err := UnmarshalCodebook([]byte(in)); err == nil || !strings.Contains(err.Error(), "cached codebook") {
			t.Errorf("UnmarshalCodebook(%q) = %v, want an error", in, err)
		}
	}
}

func TestCodebookFormatNamesFields(t *testing.T) {
	for _, want := range []string{"Elements", "Negatable ptr(bool)", "UnlessSentence slice(string)", `yaml:"rejected_as"`} {
		if !strings.Contains(CodebookFormat(), want) {
			t.Errorf("CodebookFormat %q lacks %q", CodebookFormat(), want)
		}
	}
}
