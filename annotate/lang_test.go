package annotate

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/normdex/normdex/corpus"
)

const langCodebook = `
negation:
  cues: [not]
languages:
  fr:
    negation:
      cues: [ne, =n, pas]
      scope: [pas encore]
      exceptions: [ne ~3 pas ~3 utilisé*]
      breaks: [mais]
    patterns:
      modal: [doit, doivent]
  es:
    negation:
      cues: [=no, tampoco]
      exceptions: [no estatal*]
elements:
  - id: a.prevent
    rules:
      - {name: en, any: [prevent]}
      - {name: fr, lang: fr, any: [prévenir, prévention]}
      - {name: es, lang: es, any: [prevenir, prevención]}
  - id: a.state
    rules:
      - {name: fr, lang: fr, any: [état de transit]}
      - {name: es, lang: es, any: [actores no estatales]}
  - id: a.modal
    rules:
      - {name: en, any: [must]}
      - {name: fr, lang: fr, any: ["@modal agir"]}
  - id: a.exact
    rules:
      - {name: fr, lang: fr, any: ["=etat", "obligat*"]}
`

func TestTagLanguages(t *testing.T) {
	tg := compile(t, langCodebook)
	for _, tc := range []struct {
		text, lang string
		want       []string // element/rule/polarity
	}{
		{"States must prevent operations from their territory.", "", []string{"a.modal/en/affirmed", "a.prevent/en/affirmed"}},
		// The language is told from the words.
		{"Les États doivent prévenir les opérations menées depuis leur territoire.", "", []string{"a.prevent/fr/affirmed"}},
		{"Los Estados deben prevenir las operaciones de los actores no estatales.", "", []string{"a.prevent/es/affirmed", "a.state/es/affirmed"}},
		// Given, it is not.
		{"prévention", "fr", []string{"a.prevent/fr/affirmed"}},
		{"prevent", "de", []string{"a.prevent/en/affirmed"}},
		// Elision, accents folded both ways, a French pattern.
		{"Ils parlent de l'Etat de transit et l'obligation qu'ils doivent agir.", "fr",
			[]string{"a.exact/fr/affirmed", "a.state/fr/affirmed", "a.exact/fr/affirmed", "a.modal/fr/affirmed"}},
		{"L'ÉTAT", "fr", []string{"a.exact/fr/affirmed"}},
		// Negation: "n'est pas", a scope cue, an exception, a break.
		{"L'État n'est pas tenu de prévenir les opérations.", "fr", []string{"a.exact/fr/affirmed", "a.prevent/fr/rejected"}},
		{"La prévention n'est pas encore une obligation, dit-on, de prévention.", "fr", []string{"a.prevent/fr/affirmed", "a.exact/fr/rejected", "a.prevent/fr/rejected"}},
		{"Le territoire ne doit pas être utilisé et il faut prévenir.", "fr", []string{"a.prevent/fr/affirmed"}},
		{"Ce n'est pas une obligation, mais la prévention compte.", "fr", []string{"a.exact/fr/rejected", "a.prevent/fr/affirmed"}},
		{"El Estado no tiene que prevenir nada.", "es", []string{"a.prevent/es/rejected"}},
		{"Los actores no estatales deben prevenir.", "es", []string{"a.state/es/affirmed", "a.prevent/es/affirmed"}},
	} {
		var got []string
		for _, a := range tg.TagLang(tc.text, tc.lang) {
			got = append(got, a.Element+"/"+a.Rule+"/"+string(a.Polarity))
			if r := []rune(tc.text); a.Match != string(r[a.Start:a.End]) {
				t.Errorf("%q: match %q at %d-%d, text there %q", tc.text, a.Match, a.Start, a.End, string(r[a.Start:a.End]))
			}
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("TagLang(%q, %q) = %v, want %v", tc.text, tc.lang, got, tc.want)
		}
	}
	if got := strings.Join(tg.Languages(), " "); got != "en es fr" {
		t.Errorf("Languages() = %q", got)
	}
}

func TestCheckLanguages(t *testing.T) {
	src := `languages:
  de:
    negation: {cues: [nicht]}
  fr:
    negation: {cues: ["@nosuch"]}
elements:
  - id: a
    rules:
      - {name: x, lang: it, any: [prevenire]}
`
	cb, err := ParseCodebook("bad.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Compile("bad.yaml", cb)
	var errs CheckErrors
	if !errors.As(err, &errs) {
		t.Fatalf("Compile = %v, want CheckErrors", err)
	}
	for _, want := range []string{
		`bad.yaml:9: element a: rule x: lang "it": not in the codebook's languages`,
		`bad.yaml:1: languages: "de": want fr or es`,
		`bad.yaml:1: languages: fr: phrase "@nosuch": no pattern "nosuch"`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("errors lack %q; got:\n%s", want, err)
		}
	}
}

// TestDefaultCodebookLanguages checks that the default codebook has French
// and Spanish rules for every element, and that they find what the
// codebook's definitions say in those languages.
func TestDefaultCodebookLanguages(t *testing.T) {
	tg, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range tg.Codebook().Elements {
		langs := map[string]bool{}
		for _, r := range e.Rules {
			langs[r.Lang] = true
		}
		if !langs[corpus.French] || !langs[corpus.Spanish] {
			t.Errorf("%s: no French or Spanish rules", e.ID)
		}
	}
	for _, tc := range []struct{ text, element string }{
		{"La France estime que l'État aurait dû savoir que son territoire était utilisé.", "knowledge.constructive"},
		{"El Estado sabía o debería haber sabido que su territorio era utilizado.", "knowledge.constructive"},
		{"L'obligation de diligence requise est une règle du droit international coutumier.", "status.binding"},
		{"La diligencia debida es una obligación del derecho internacional consuetudinario.", "status.binding"},
		{"La diligence requise n'est pas encore une obligation juridique, faute de pratique suffisante.", "status.voluntary"},
		{"La diligencia debida todavía no se ha cristalizado como norma de derecho internacional.", "status.voluntary"},
		{"Les États doivent prendre des mesures pour prévenir les cyberopérations depuis leur territoire.", "scope.prevention"},
		{"Los Estados tienen la obligación de prevenir las operaciones que causen daños.", "scope.prevention"},
		{"Le devoir de vigilance couvre les actes des acteurs non étatiques sur son territoire.", "actors.non_state"},
		{"La obligación abarca la conducta de actores no estatales en su territorio, que el Estado debe impedir.", "actors.non_state"},
		{"L'État de transit n'est pas tenu des mêmes obligations que l'État d'origine.", "territory.transit"},
		{"El Estado de tránsito no tiene las mismas obligaciones.", "territory.transit"},
	} {
		found := false
		for _, a := range tg.Tag(tc.text) {
			found = found || (a.Element == tc.element && a.Polarity == corpus.Affirmed)
		}
		if !found {
			t.Errorf("%q: no affirmed %s in %v", tc.text, tc.element, tg.Tag(tc.text))
		}
	}
}

func FuzzTagLang(f *testing.F) {
	f.Add("L’État n'est pas tenu d’empêcher qu'l' d' les opérations de l'", "fr")
	f.Add("El Estado no está obligado a prevenir los daños.", "es")
	tg, err := Load("")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		rs := []rune(s)
		for _, a := range tg.TagLang(s, lang) {
			if a.Start < 0 || a.End > len(rs) || a.Start >= a.End || (utf8.ValidString(s) && string(rs[a.Start:a.End]) != a.Match) {
				t.Fatalf("bad span %+v", a)
			}
		}
	})
}
