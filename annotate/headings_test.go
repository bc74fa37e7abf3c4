package annotate

import (
	"slices"
	"strings"
	"testing"

	"github.com/normdex/normdex/corpus"
)

// headingCases are headings, tables of contents, track titles and keyword
// lines, whose topics the codebook does not tag, and near misses that take
// a position and keep them: a numbered paragraph, a heading with a verb of
// position, a heading followed by the position in the same passage. They
// were written for this check, in the three languages; "-" marks an
// element that must not be tagged.
var headingCases = []langCase{
	// Tables of contents, on one line as a PDF's text gives them.
	{"en", "I. Sovereignty in Cyberspace II. The Principle of Non-Intervention III. Due Diligence IV. Countermeasures", []string{"-topic.sovereignty", "-topic.non_intervention", "-topic.due_diligence", "-topic.state_responsibility"}},
	{"en", "1. Introduction 2. Sovereignty and the Use of Force 3. Cybercrime and Human Rights Online", []string{"-topic.sovereignty", "-topic.use_of_force", "-topic.cybercrime", "-topic.human_rights"}},
	{"en", "2.1 The Principle of Sovereignty 2.2 Due Diligence in Cyberspace 2.3 State Responsibility for Cyber Operations", []string{"-topic.sovereignty", "-topic.due_diligence", "-topic.state_responsibility"}},
	{"en", "III. The Law of State Responsibility A. Attribution B. Due diligence C. Countermeasures and their limits", []string{"-topic.due_diligence", "-topic.state_responsibility"}},
	{"en", "a) the prohibition of intervention b) the peaceful settlement of disputes", []string{"-topic.non_intervention", "-topic.peaceful_settlement"}},
	{"en", "• Sovereignty in cyberspace\n• Non-intervention\n• Peaceful settlement of disputes", []string{"-topic.sovereignty", "-topic.non_intervention", "-topic.peaceful_settlement"}},
	// Headings, track and panel titles, running titles.
	{"en", "II. Due Diligence in Cyberspace.", []string{"-topic.due_diligence"}},
	{"en", "Chapter 4: The Use of Force in Cyberspace", []string{"-topic.use_of_force"}},
	{"en", "Track 2: Human Rights Online and Data Protection", []string{"-topic.human_rights", "-topic.data"}},
	{"en", "Panel 3 – Cross-Border Cooperation against Cybercrime", []string{"-topic.cybercrime"}},
	{"en", "SOVEREIGNTY AND DUE DILIGENCE IN CYBERSPACE", []string{"-topic.sovereignty", "-topic.due_diligence"}},
	{"en", "International Humanitarian Law and Cyber Operations", []string{"-topic.ihl"}},
	// A running title in sentence case, ingested on its own.
	{"fr", "La souveraineté des États et la non-intervention dans le cyberespace", []string{"-topic.sovereignty", "-topic.non_intervention"}},
	{"es", "La soberanía de los Estados y el principio de no intervención", []string{"-topic.sovereignty", "-topic.non_intervention"}},
	// Keyword lines.
	{"en", "Key words: due diligence, cyber operations", []string{"-topic.due_diligence"}},
	// An outline announced as one.
	{"en", "This paper will examine:\n1. State Sovereignty\n2. Due Diligence", []string{"-topic.sovereignty", "-topic.due_diligence"}},
	{"en", "Index terms: cybercrime; personal data protection", []string{"-topic.cybercrime", "-topic.data"}},
	{"fr", "I. La souveraineté dans le cyberespace II. Le principe de non-intervention III. La responsabilité internationale des États", []string{"-topic.sovereignty", "-topic.non_intervention", "-topic.state_responsibility"}},
	{"fr", "1. Introduction 2. La souveraineté des États 3. Le principe de non-intervention 4. Le droit international humanitaire", []string{"-topic.sovereignty", "-topic.non_intervention", "-topic.ihl"}},
	{"fr", "Descripteurs : cyberespace, souveraineté des États, contre-mesures, responsabilité internationale des États", []string{"-topic.sovereignty", "-topic.state_responsibility"}},
	{"fr", "Termes d'indexation : cybercriminalité ; droits de l'homme en ligne ; protection des données personnelles", []string{"-topic.cybercrime", "-topic.human_rights", "-topic.data"}},
	{"fr", "Table ronde 1 : Cybercriminalité et droits de l'homme", []string{"-topic.cybercrime", "-topic.human_rights"}},
	{"es", "I. La soberanía en el ciberespacio II. El principio de no intervención III. La responsabilidad internacional del Estado", []string{"-topic.sovereignty", "-topic.non_intervention", "-topic.state_responsibility"}},
	{"es", "1. Introducción 2. La soberanía de los Estados 3. El principio de no intervención 4. El derecho internacional humanitario", []string{"-topic.sovereignty", "-topic.non_intervention", "-topic.ihl"}},
	{"es", "Descriptores: ciberespacio; soberanía de los Estados; contramedidas; responsabilidad internacional del Estado", []string{"-topic.sovereignty", "-topic.state_responsibility"}},
	{"es", "Términos clave: ciberdelincuencia, derechos humanos en línea, protección de datos personales", []string{"-topic.cybercrime", "-topic.human_rights", "-topic.data"}},
	{"es", "Capítulo 3. El uso de la fuerza por los Estados en el ciberespacio", []string{"-topic.use_of_force"}},
	{"es", "Mesa redonda 2: Derechos humanos y protección de datos personales en el ciberespacio", []string{"-topic.human_rights", "-topic.data"}},
	// Near misses: a numbered paragraph of a position paper, a heading that
	// is a sentence, a heading and then the position.
	{"en", "3. France considers that due diligence is an obligation of international law.", []string{"topic.due_diligence"}},
	{"en", "II. Due diligence is binding", []string{"topic.due_diligence"}},
	{"en", "International Humanitarian Law Applies to Cyber Operations", []string{"topic.ihl"}},
	{"en", "II. Due Diligence. France considers that due diligence is an obligation of conduct.", []string{"topic.due_diligence"}},
	{"en", "4. Sovereignty\nThe principle of sovereignty applies to cyber operations against another State.", []string{"topic.sovereignty"}},
	{"en", "• Recognition that international law, and in particular State sovereignty, applies in cyberspace\n• Norms of responsible State behaviour", []string{"topic.sovereignty"}},
	{"en", "Chapter 1 will argue that States must prosecute cybercrime committed from their territory.", []string{"topic.cybercrime"}},
	{"en", "Section 204 of the Penal Code makes cybercrime an offence; the Government considers it must be prosecuted.", []string{"topic.cybercrime"}},
	// A numbered paragraph whose verb is in no list of cues: its full stop
	// makes it a sentence.
	{"en", "4. Germany attaches great importance to sovereignty in cyberspace.", []string{"topic.sovereignty"}},
	{"fr", "5. L'Allemagne attache une grande importance à la souveraineté des États dans le cyberespace.", []string{"topic.sovereignty"}},
	{"es", "5. Alemania atribuye gran importancia a la soberanía de los Estados en el ciberespacio.", []string{"topic.sovereignty"}},
	// So does the semicolon that closes a clause of an enumeration.
	{"en", "12. Estonia regards sovereignty as a primary rule of international law;", []string{"topic.sovereignty"}},
	{"en", "(b) Germany regards sovereignty as a primary rule of international law; (c) it regards due diligence as binding;", []string{"topic.sovereignty"}},
	{"fr", "12. L'Estonie tient la souveraineté pour une règle primaire du droit international ;", []string{"topic.sovereignty"}},
	// A short line with a verb is a sentence, full stop or not.
	{"fr", "La souveraineté des États s'applique au cyberespace", []string{"topic.sovereignty"}},
	{"es", "La soberanía de los Estados se aplica al ciberespacio", []string{"topic.sovereignty"}},
	// A list introduced by a sentence that takes a position on it.
	{"en", "The following principles apply in cyberspace: a) State sovereignty; b) non-intervention; c) the peaceful settlement of disputes.", []string{"topic.sovereignty", "topic.non_intervention", "topic.peaceful_settlement"}},
	{"en", "Germany considers that international law includes:\n• State sovereignty\n• the prohibition of intervention", []string{"topic.sovereignty", "topic.non_intervention"}},
	{"es", "Los siguientes principios se aplican en el ciberespacio:\n1) la soberanía de los Estados;\n2) la no intervención.", []string{"topic.sovereignty", "topic.non_intervention"}},
	{"fr", "3. La France estime que la souveraineté s'applique au cyberespace.", []string{"topic.sovereignty"}},
	{"fr", "II. La diligence requise des États est une obligation", []string{"topic.due_diligence"}},
	{"fr", "II. La Souveraineté. La souveraineté des États s'applique au cyberespace.", []string{"topic.sovereignty"}},
	{"es", "2. México considera que la diligencia debida es una obligación de los Estados.", []string{"topic.due_diligence"}},
	{"es", "II. La Soberanía. La soberanía de los Estados se aplica en el ciberespacio.", []string{"topic.sovereignty"}},
}

func TestHeadingsNameTopicsInPassing(t *testing.T) {
	checkLangCases(t, headingCases)
}

// TestHeadingsAreWhatDrops checks that the topics the cases drop are found
// by the rules: without the codebook's lists block, each is tagged.
func TestHeadingsAreWhatDrops(t *testing.T) {
	tg := taggerWithoutLists(t)
	for _, tc := range headingCases {
		got := map[string]bool{}
		for _, a := range tg.TagLang(tc.text, tc.lang) {
			got[a.Element] = true
		}
		for _, w := range tc.want {
			if el, ok := strings.CutPrefix(w, "-"); ok && !got[el] {
				t.Errorf("without lists, TagLang(%q, %s) has no %s", tc.text, tc.lang, el)
			}
		}
	}
}

// TestHeadingsWhereverTheSplitterCuts checks one outline written as a PDF,
// a web page and a word processor give it: on one line, with a line per
// item, with a full stop after each item. The sentence splitter cuts
// "II." off its item, or leaves it at the end of the item before; the
// items are the same.
func TestHeadingsWhereverTheSplitterCuts(t *testing.T) {
	texts := []string{
		"I. Sovereignty in Cyberspace II. Due Diligence III. The Use of Force",
		"I. Sovereignty in Cyberspace\nII. Due Diligence\nIII. The Use of Force",
		"I. Sovereignty in Cyberspace. II. Due Diligence. III. The Use of Force.",
		"I) Sovereignty in Cyberspace II) Due Diligence III) The Use of Force",
	}
	// The splitter does cut at "II.": the check must not rely on it.
	if n := len(corpus.Sentences(texts[0])); n < 2 {
		t.Fatalf("corpus.Sentences(%q) has %d sentence, want the cut at II.", texts[0], n)
	}
	tg, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range texts {
		if got := tg.TagLang(text, "en"); len(got) > 0 {
			t.Errorf("TagLang(%q) = %v, want no tag", text, got)
		}
	}
}

// TestHeadingsSettings checks the cues a researcher edits in the lists
// block: a label of keywords, a word that numbers parts, a verb that makes
// an item a sentence.
func TestHeadingsSettings(t *testing.T) {
	base := `version: 1
elements:
  - id: topic.sovereignty
    rules: [{any: [sovereignty]}]
  - id: topic.cybercrime
    rules: [{any: [cybercrime]}]
`
	tests := []struct {
		name, lists, text string
		tagged            bool
	}{
		{"no block", "", "Topics: sovereignty.", true},
		{"a label", "lists:\n  elements: [topic.]\n  labels: [=topics]\n", "Topics: sovereignty.", false},
		{"a label not at the start", "lists:\n  elements: [topic.]\n  labels: [=topics]\n", "Our topics: sovereignty.", true},
		{"an enumerator", "lists:\n  elements: [topic.]\n  enumerators: [=strand]\n", "Strand 2: Sovereignty.", false},
		{"no enumerator", "lists:\n  elements: [topic.]\n", "Strand 2: sovereignty online.", true},
		{"an outline", "lists:\n  elements: [topic.]\n", "1. Sovereignty 2. Other matters", false},
		{"a verb", "lists:\n  elements: [topic.]\n  verbs: [=matters]\n", "1. Sovereignty matters", true},
		{"no verb", "lists:\n  elements: [topic.]\n", "1. Sovereignty matters", false},
		{"not the element", "lists:\n  elements: [topic.cybercrime]\n", "1. Sovereignty 2. Cybercrime", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cb, err := ParseCodebook("test.yaml", []byte(strings.Replace(base, "elements:\n", tc.lists+"elements:\n", 1)))
			if err != nil {
				t.Fatal(err)
			}
			tg, err := Compile("test.yaml", cb)
			if err != nil {
				t.Fatal(err)
			}
			got := slices.ContainsFunc(tg.Tag(tc.text), func(a corpus.Annotation) bool { return a.Element == "topic.sovereignty" })
			if got != tc.tagged {
				t.Errorf("Tag(%q) tagged %v, want %v", tc.text, got, tc.tagged)
			}
		})
	}
}
