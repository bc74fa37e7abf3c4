package annotate

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/normdex/normdex/corpus"
)

// anchorBook is a small codebook with an anchors block: monitoring needs
// ICTs, notification needs ICTs or a State, and one notification rule is
// freed of its element's anchor.
const anchorBook = `
negation:
  cues: [not]
languages:
  fr: {}
elements:
  - id: measures.monitoring
    rules:
      - name: monitor
        any: [monitor]
      - name: fr-monitor
        lang: fr
        any: [surveiller]
  - id: measures.notification
    rules:
      - name: notify
        any: [notify]
      - name: warn
        any: [warn]
  - id: status.binding
    rejected_as: status.voluntary
    rules:
      - name: binding
        any: [binding]
  - id: status.voluntary
    rules:
      - name: voluntary
        any: [voluntary]
anchors:
  min_words: 5
  domains:
    ict:
      en: [cyber*, network*]
      fr: [cyber*, réseau*]
    law:
      en: ["=state|=states"]
      fr: ["=état|=états"]
  elements:
    measures.monitoring: [ict]
    measures.notification: [ict, law]
    status.binding: [law]
  rules:
    warn: []
`

func anchorTagger(t *testing.T, src string) *Tagger {
	t.Helper()
	cb, err := ParseCodebook("anchors.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	tg, err := Compile("anchors.yaml", cb)
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

func TestAnchorsNeedTheDomainInThePassage(t *testing.T) {
	tg := anchorTagger(t, anchorBook)
	for _, tc := range []struct {
		text, lang, element string
		want                bool
	}{
		// A generic cue stands beside the domain's words, anywhere in the
		// passage, and not without them.
		{"Operators monitor their networks around the clock.", "", "measures.monitoring", true},
		{"Regulators monitor wholesale energy markets around the clock.", "", "measures.monitoring", false},
		{"The regulator will monitor prices. Traders use cyber tools.", "", "measures.monitoring", true},
		// Either of an element's domains will do.
		{"The firm must notify the State of any incident.", "", "measures.notification", true},
		{"The firm must notify the competition authority of the merger.", "", "measures.notification", false},
		// A rule freed of its element's anchor fires anywhere.
		{"The firm must warn the competition authority of the merger.", "", "measures.notification", true},
		// A passage shorter than min_words is a quoted fragment.
		{"to monitor prices", "", "measures.monitoring", true},
		// Rejected tags stand, and so does what a rejection affirms.
		{"Regulators do not monitor wholesale energy markets at all.", "", "measures.monitoring", true},
		{"The code of conduct is not binding on the members of the club.", "", "status.voluntary", true},
		{"The code of conduct is binding on every member of the club.", "", "status.binding", false},
		// Each language reads its own words.
		{"Les opérateurs doivent surveiller leurs réseaux en continu.", "fr", "measures.monitoring", true},
		{"Les régulateurs doivent surveiller les marchés de gros en continu.", "fr", "measures.monitoring", false},
	} {
		anns := tg.TagLang(tc.text, tc.lang)
		got := slices.ContainsFunc(anns, func(a corpus.Annotation) bool { return a.Element == tc.element })
		if got != tc.want {
			t.Errorf("%q: %s = %v, want %v (%v)", tc.text, tc.element, got, tc.want, anns)
		}
	}
}

func TestAnchorsOffWithoutTheBlock(t *testing.T) {
	src := anchorBook[:strings.Index(anchorBook, "anchors:")]
	tg := anchorTagger(t, src)
	if anns := tg.Tag("Regulators monitor wholesale energy markets around the clock."); len(anns) == 0 {
		t.Error("without anchors, the cue is tagged wherever it stands")
	}
}

func TestAnchorsChecked(t *testing.T) {
	base := anchorBook[:strings.Index(anchorBook, "anchors:")]
	for _, tc := range []struct{ block, want string }{
		{"anchors:\n  domains: {}\n", "anchors: no domains"},
		{"anchors:\n  min_words: -1\n  domains:\n    ict: {en: [cyber*], fr: [cyber*]}\n", "min_words -1"},
		{"anchors:\n  domains:\n    ict: {en: [cyber*]}\n", `ict: no words in "fr"`},
		{"anchors:\n  domains:\n    ict: {en: [cyber*], fr: [cyber*], de: [cyber*]}\n", `ict: "de": not English nor one of the codebook's languages`},
		{"anchors:\n  domains:\n    ict: {en: [cyber*], fr: [cyber*]}\n  elements:\n    measures.nothing: [ict]\n", `"measures.nothing" names no element`},
		{"anchors:\n  domains:\n    ict: {en: [cyber*], fr: [cyber*]}\n  elements:\n    measures.monitoring: [law]\n", `domain "law": not in domains`},
		{"anchors:\n  domains:\n    ict: {en: [cyber*], fr: [cyber*]}\n  elements:\n    measures.monitoring: []\n", "measures.monitoring: no domains"},
		{"anchors:\n  domains:\n    ict: {en: [cyber*], fr: [cyber*]}\n  rules:\n    nowhere: [ict]\n", `"nowhere" names no rule`},
		{"anchors:\n  domains:\n    ict: {en: [\"@missing\"], fr: [cyber*]}\n", `anchors: domains: ict: phrase "@missing"`},
		{"anchors:\n  domains:\n    ict: {en: [cyber*], fr: [cyber*]}\n  words: 3\n", `unknown field "words"`},
	} {
		cb, err := ParseCodebook("anchors.yaml", []byte(base+tc.block))
		if err == nil {
			_, err = Compile("anchors.yaml", cb)
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: got %v, want an error with %q", tc.block, err, tc.want)
		}
	}
	// Errors name the line of the block's first entry.
	line := strings.Count(base, "\n") + 2
	cb, err := ParseCodebook("anchors.yaml", []byte(base+"anchors:\n  domains:\n    ict: {en: [\"@missing\"], fr: [cyber*]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Compile("anchors.yaml", cb); err == nil || !strings.Contains(err.Error(), fmt.Sprintf("anchors.yaml:%d: anchors:", line)) {
		t.Errorf("got %v, want the error at line %d", err, line)
	}
}

// TestDefaultAnchorsSenses checks the default codebook's anchors on the
// senses issue 16 names: each cue in an everyday sense is not tagged, and
// the same cue beside ICTs or the law between States is. The sentences
// were written for this test.
func TestDefaultAnchorsSenses(t *testing.T) {
	tagsMeanings(t, []meaning{
		{"The training programme builds the capacity of community health workers to deliver maternal care in rural districts.", "measures.capacity_building", false},
		{"The programme builds the capacity of national cyber incident response teams to handle attacks on government networks.", "measures.capacity_building", true},
		{"Before signing, the buyer's lawyers carried out due diligence on the target's contracts and liabilities.", "topic.due_diligence", false},
		{"Under international law, due diligence requires a State to act against harmful operations it knows of.", "topic.due_diligence", true},
		{"Attribution of each sale to the last advert clicked overstates the value of search campaigns.", "topic.state_responsibility", false},
		{"Attribution of the intrusion to a foreign intelligence agency took investigators several months.", "topic.state_responsibility", true},
		{"The energy regulator is monitoring wholesale prices for signs of manipulation by traders.", "measures.monitoring", false},
		{"Our shop installed cameras for the prevention of theft and trained staff to spot shoplifters.", "scope.prevention", false},
		{"States should take measures for the prevention of malicious operations launched from their territory.", "scope.prevention", true},
		{"The new data centre has the server capacity to absorb the seasonal peak in bookings.", "standard.capacity", false},
		{"A supplier's failure to deliver on time may have significant consequences for the business.", "threshold.serious", false},
		{"Only cyber operations with significant consequences for the victim State trigger the duty.", "threshold.serious", true},
		{"La formation renforce les capacités des agents de santé communautaires dans les districts ruraux.", "measures.capacity_building", false},
		{"La formación refuerza las capacidades de los agentes de salud comunitarios en los distritos rurales.", "measures.capacity_building", false},
	})
}

func TestLintReadsAnchors(t *testing.T) {
	cb, err := ParseCodebook("lint.yaml", []byte(`
elements:
  - id: measures.monitoring
    rules:
      - any: [monitor]
anchors:
  domains:
    law:
      en: [sea|the law]
`))
	if err != nil {
		t.Fatal(err)
	}
	ws := Lint(cb)
	if len(ws) != 1 || ws[0].Pattern != "anchors law en" || ws[0].Line != 7 {
		t.Errorf("Lint = %+v, want one warning on the law domain's English words at line 7", ws)
	}
}
