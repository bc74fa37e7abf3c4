package annotate

import (
	"slices"
	"strings"
	"testing"
)

// passingLists are sentences that name three or more topics as the bare
// items of a list and take no position on them: an agenda, keywords, a
// syllabus, an outline, an open question. The codebook tags none of their
// topics. They were written for this check, in the three languages.
var passingLists = []meaning{
	{"The discussions covered sovereignty, non-intervention, due diligence, the applicability of IHL and human rights.", "topic.sovereignty", false},
	{"The discussions covered sovereignty, non-intervention, due diligence, the applicability of IHL and human rights.", "topic.ihl", false},
	{"Keywords: sovereignty; due diligence; countermeasures; cybercrime", "topic.cybercrime", false},
	{"The seminar's sessions: State sovereignty in cyberspace, the use of force and self-defence, international humanitarian law, data localisation.", "topic.use_of_force", false},
	{"Chapter 3 deals with sovereignty, non-intervention and the use of force in cyberspace.", "topic.non_intervention", false},
	{"Open questions remain on how sovereignty, due diligence and countermeasures apply to cyber operations.", "topic.sovereignty", false},
	{"The agenda covered sovereignty, cybercrime and human rights.", "topic.human_rights", false},
	{"Au programme de la journée : souveraineté, non-intervention, cybercriminalité et droit international humanitaire.", "topic.ihl", false},
	{"Les sujets du colloque étaient la souveraineté, la non-intervention, la cybercriminalité et le droit international humanitaire.", "topic.sovereignty", false},
	{"Los temas del seminario fueron la soberanía, la no intervención, la diligencia debida y el derecho internacional humanitario.", "topic.non_intervention", false},
	{"El curso trata la soberanía, la no intervención, el uso de la fuerza y la ciberdelincuencia.", "topic.use_of_force", false},
	// An outline of how they apply is no position that they do.
	{"El seminario analizará de qué manera la soberanía, la no intervención y el derecho internacional humanitario se aplican al ciberespacio.", "topic.ihl", false},
}

// positionLists are the same kinds of list with a position taken on them,
// a single topic with a position, and lists too short to be an agenda:
// their topics are tagged.
var positionLists = []meaning{
	{"Canada considers that sovereignty, non-intervention and the prohibition of the use of force apply in cyberspace.", "topic.sovereignty", true},
	{"Canada considers that sovereignty, non-intervention and the prohibition of the use of force apply in cyberspace.", "topic.use_of_force", true},
	// The list is the content of the position the sentence before takes.
	{"International law applies in cyberspace. This includes State sovereignty, non-intervention, the peaceful settlement of disputes and the prohibition of the use of force.", "topic.peaceful_settlement", true},
	{"States must respect human rights online, refrain from the use of force and settle their disputes by peaceful means.", "topic.human_rights", true},
	// A negation is a position.
	{"We do not consider that sovereignty, due diligence and the use of force are settled questions.", "topic.due_diligence", true},
	{"Sovereignty applies to cyber operations.", "topic.sovereignty", true},
	{"The panel covered sovereignty and cybercrime.", "topic.cybercrime", true},
	// A topic the passage names elsewhere with a position keeps its tag.
	{"The agenda covered sovereignty, cybercrime and human rights. Sovereignty applies in cyberspace.", "topic.sovereignty", true},
	{"La France estime que la souveraineté, la non-intervention et le droit international humanitaire s'appliquent au cyberespace.", "topic.ihl", true},
	{"México considera que la soberanía, la no intervención y el derecho internacional humanitario se aplican al ciberespacio.", "topic.sovereignty", true},
	{"La soberanía, la no intervención y el derecho internacional humanitario se aplican al ciberespacio.", "topic.non_intervention", true},
	{"La souveraineté, la non-intervention et le droit international humanitaire s'appliquent au cyberespace.", "topic.ihl", true},
	{"Le droit international s'applique au cyberespace. Parmi ces règles figurent la souveraineté, la non-intervention et le règlement pacifique des différends.", "topic.peaceful_settlement", true},
	{"El derecho internacional se aplica al ciberespacio. Entre estas normas figuran la soberanía, la no intervención y el arreglo pacífico de controversias.", "topic.peaceful_settlement", true},
}

func TestListsDropTopicsNamedInPassing(t *testing.T) {
	tagsMeanings(t, passingLists)
	// The codebook's phrases for an outline catch this one already.
	tagsMeanings(t, []meaning{
		{"Le colloque examinera comment la souveraineté, la non-intervention et le droit international humanitaire s'appliquent au cyberespace.", "topic.non_intervention", false},
	})
	tagsMeanings(t, positionLists)
}

// TestListsAreWhatDrops checks that the passing lists' topics are found by
// the rules and dropped by the lists check alone: without the codebook's
// lists block, each is tagged.
func TestListsAreWhatDrops(t *testing.T) {
	tg := taggerWithoutLists(t)
	for _, tc := range passingLists {
		var got bool
		for _, a := range tg.Tag(tc.text) {
			got = got || a.Element == tc.element
		}
		if !got {
			t.Errorf("without lists, Tag(%q) has no %s", tc.text, tc.element)
		}
	}
}

// TestListsSettings checks the lists block a researcher edits: the elements
// it drops, how many make a list, and what is wrong with it.
func TestListsSettings(t *testing.T) {
	agenda := "The agenda covered sovereignty, cybercrime and human rights."
	base := `version: 1
elements:
  - id: topic.sovereignty
    rules: [{any: [sovereignty]}]
  - id: topic.cybercrime
    rules: [{any: [cybercrime]}]
  - id: topic.human_rights
    rules: [{any: [human rights]}]
`
	tests := []struct {
		name, lists string
		want        []string // elements tagged in agenda
		err         string
	}{
		{"no block", "", []string{"topic.cybercrime", "topic.human_rights", "topic.sovereignty"}, ""},
		{"no conjunctions", "lists:\n  elements: [topic.]\n", []string{"topic.cybercrime", "topic.human_rights", "topic.sovereignty"}, ""},
		{"topics", "lists:\n  elements: [topic.]\n  conjunctions: [=and]\n", nil, ""},
		{"one element", "lists:\n  elements: [topic.sovereignty]\n  min_elements: 1\n", nil, "min_elements 1"},
		{"one item", "lists:\n  elements: [topic.]\n  min_items: 1\n", nil, "min_items 1"},
		{"four items", "lists:\n  elements: [topic.]\n  conjunctions: [=and]\n  min_items: 4\n", []string{"topic.cybercrime", "topic.human_rights", "topic.sovereignty"}, ""},
		{"only sovereignty counts", "lists:\n  elements: [topic.sovereignty]\n  min_elements: 2\n", []string{"topic.cybercrime", "topic.human_rights", "topic.sovereignty"}, ""},
		{"two make a list", "lists:\n  elements: [topic.sovereignty, topic.cybercrime]\n  min_elements: 2\n  min_items: 2\n", []string{"topic.human_rights"}, ""},
		{"a position keeps them", "lists:\n  elements: [topic.]\n  conjunctions: [=and]\n  position: [=covered]\n", []string{"topic.cybercrime", "topic.human_rights", "topic.sovereignty"}, ""},
		{"unknown element", "lists:\n  elements: [status.]\n", nil, `"status." names no element`},
		{"bad cue", "lists:\n  elements: [topic.]\n  position: [\"~2\"]\n", nil, "lists:"},
		{"misspelt field", "lists:\n  element: [topic.]\n", nil, "element"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cb, err := ParseCodebook("test.yaml", []byte(base+tc.lists))
			var tg *Tagger
			if err == nil {
				tg, err = Compile("test.yaml", cb)
			}
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want one with %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range tg.Tag(agenda) {
				got = append(got, a.Element)
			}
			slices.Sort(got)
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("Tag(%q) = %v, want %v", agenda, got, tc.want)
			}
		})
	}
}

// taggerWithoutLists compiles the default codebook without its lists
// block, so that a test can show that what the block drops is found.
func taggerWithoutLists(t *testing.T) *Tagger {
	t.Helper()
	cb, err := ParseCodebook("default.yaml", DefaultCodebook())
	if err != nil {
		t.Fatal(err)
	}
	cb.Lists = nil
	tg, err := Compile("default.yaml", cb)
	if err != nil {
		t.Fatal(err)
	}
	return tg
}
