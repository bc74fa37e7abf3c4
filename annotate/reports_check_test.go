package annotate

import (
	"strings"
	"testing"
)

// TestReportCuesChecked checks that the report cues of each language are
// compiled with the codebook, so that rules check names a broken one.
func TestReportCuesChecked(t *testing.T) {
	src := `negation:
  reports: ["~2 argue", "some argue"]
languages:
  fr:
    negation:
      reports: ["@nosuch soutiennent"]
elements:
  - id: status.binding
    rules: [{name: binding, any: [binding]}]
`
	cb, err := ParseCodebook("r.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Compile("r.yaml", cb)
	if err == nil {
		t.Fatal("Compile accepted broken report cues")
	}
	for _, want := range []string{
		`r.yaml:1: phrase "~2 argue": a gap cannot begin or end a phrase`,
		`r.yaml:1: languages: fr: phrase "@nosuch soutiennent": no pattern "nosuch"`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("errors lack %q; got:\n%v", want, err)
		}
	}
}
