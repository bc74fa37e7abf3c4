package annotate

import (
	"testing"

	"github.com/normdex/normdex/corpus"
)

// TestRulesReadMeanings checks that the default codebook tags what a passage
// says, not the words it happens to use: status words of due diligence
// itself, hedges, stopping and preventing operations rather than anything,
// actors within a rule rather than in a threat report, a place of origin
// rather than an author. The sentences are written for this test.
func TestRulesReadMeanings(t *testing.T) {
	affirms(t, []meaning{
		// Status: the word must be said of due diligence, in its sentence
		// or of "it" in the next one.
		{"Due diligence is discussed below. Sovereignty is a binding rule of customary international law.", "status.binding", false},
		{"Many States invoke due diligence. It is, in our view, a rule of customary international law.", "status.binding", true},
		{"The report covers due diligence among other topics. Trade treaties create binding obligations.", "status.binding", false},
		{"States owe a duty of due diligence as a matter of general international law.", "status.binding", true},
		{"The obligation to prevent genocide binds every State under the Genocide Convention.", "status.binding", true},
		{"Due diligence is an obligation of conduct, not of result.", "status.binding", true},
		{"Under the no-harm principle, a State must prevent serious transboundary harm.", "status.binding", false}, // C2 (round 13): no word of legal status said of the duty
		{"It is incumbent upon every State to exercise due diligence over its networks.", "status.binding", true},
		{"A State that fails to exercise due diligence breaches its obligation towards the victim.", "status.binding", true},
		// Naming human rights or a question elsewhere in the sentence does
		// not hedge the claim.
		{"Due diligence, like respect for human rights online, is a rule of customary international law.", "status.binding", true},
		{"The question of attribution aside, due diligence is a binding obligation of every State.", "status.binding", true},
		{"The question of whether due diligence is binding remains open.", "status.binding", false},
		// Hedges turn the claim to the voluntary pole.
		{"Due diligence is a norm of good conduct rather than a legal duty.", "status.voluntary", true},
		{"The legal status of due diligence in cyberspace remains unsettled.", "status.voluntary", true},
		{"Due diligence is at most an emerging norm in cyberspace.", "status.voluntary", true},
		{"The due diligence norm falls short of a rule of customary law.", "status.voluntary", true},
		{"Due diligence is an emerging norm in cyberspace.", "status.binding", false},
		// A report of a controversy takes no side (convention S1).
		{"There is controversy over whether due diligence binds States.", "status.voluntary", false},
		// "Voluntary" of something else.
		{"Voluntary measures by companies have not made supply chains responsible; due diligence legislation is needed.", "status.voluntary", false},
		{"The declaration on the future of the internet is not legally binding.", "status.voluntary", false},
		// Stopping an operation is the State's, not a firm's or a pipeline's.
		{"The territorial State should shut down the servers used in the attack.", "scope.termination", true},
		{"A security firm took the botnet offline last week.", "scope.termination", true}, // C28 (round 19): whoever does it
		{"The refinery had to halt production after the ransomware attack.", "scope.termination", false},
		{"The State was unable to stop the attack on its own.", "scope.termination", true},
		// Preventing operations or harm, not disinformation or a sale.
		{"States have a duty to prevent the use of their territory for attacks on other States.", "scope.prevention", true},
		{"The ministry works to prevent the spread of disinformation online.", "scope.prevention", false},
		{"The embargo requires States to prevent the sale of arms to the regime.", "scope.prevention", false},
		{"Households are encouraged to adopt preventive measures such as strong passwords.", "scope.prevention", false},
		{"States should take proactive measures against harmful activity on their networks.", "scope.prevention", false}, // C6 (round 13): proactive steps are not prevention without a preventive word
		// Non-State actors within a rule, not as threats.
		{"Hacker groups and criminals exploit unpatched systems every day.", "actors.non_state", false},
		{"States must act against criminal groups that use their territory for ransomware.", "actors.non_state", true},
		{"Governments have long used proxies to hide their hand.", "actors.non_state", false},
		{"A State is responsible for proxies acting under its instructions.", "actors.non_state", true},
		{"The operation came from its territory even though it was not directed by the government.", "actors.non_state", true},
		// Attribution to a State; an organisation of States is not one.
		{"The Organization of American States hosted the meeting.", "actors.state", false},
		{"The conduct was imputable to the State through its de facto organs.", "actors.state", true},
		{"Officials said the government orchestrated the campaign.", "topic.state_responsibility", true},
		// Origin is a place.
		{"Most of the attacks emanated from criminal forums.", "territory.origin", false},
		{"The attacks emanated from servers on its territory.", "territory.origin", true},
		{"Ransomware launched from another State hit the hospital.", "territory.origin", true},
		// Transit of goods is trade.
		{"The embargo covers the supply of dual-use items through their territories.", "territory.transit", false},
		// Cybercrime by its enforcement, not by every mention of police.
		{"Police arrested the operators of the ransomware service.", "topic.cybercrime", true},
		{"Contacts may include internal staff and law enforcement.", "topic.cybercrime", false},
		{"Governments must act against criminals who run ransomware from their soil.", "topic.cybercrime", true},
		{"The acts of de facto organs engage the State that directs them.", "topic.state_responsibility", true},
		// Capacity building includes training.
		{"The agency provides training in incident handling to partner countries.", "measures.capacity_building", true},
		{"The customs organisation delivers capacity building projects to improve border procedures.", "measures.capacity_building", false},
		// Help to deal with an incident, not a mission sent to watch a vote.
		{"Two partner States sent a team of experts to help the victim recover its networks.", "measures.assistance", true},
		{"The observers were sent with a small team to prepare the mission.", "measures.assistance", false},
		{"The agencies worked together to mitigate the ransomware campaign.", "measures.assistance", true},
		// The rules that govern armed conflict, not its threshold.
		{"Minor incidents do not amount to an armed conflict under international law.", "topic.ihl", false},
		{"Indiscriminate attacks by cyber means are prohibited.", "topic.ihl", true},
		// Human rights by their other names.
		{"Blanket surveillance threatens civil liberties online.", "topic.human_rights", true},
		// Transit through machines in other States.
		{"The intruders relayed their traffic through servers located in a third State.", "territory.transit", true},
		// Stopping by cutting off or seizing, when the State is to do it.
		{"The territorial State should seize the servers and cut off their access.", "scope.termination", true},
		// The standard of conduct in its everyday words.
		{"States must take all necessary measures to the extent feasible.", "standard.capacity", true},
		// Knowledge of an operation, not awareness of challenges.
		{"The Government is aware of the challenges that digital transformation brings.", "knowledge.actual", false},
		{"Once the State became aware of the intrusion, it had to act.", "knowledge.actual", true},
		// Notification tells a State; a warning about trends tells no one.
		{"Analysts warn that ransomware will keep growing next year.", "measures.notification", false},
		{"The victim State should notify the territorial State without delay.", "measures.notification", true},
		{"Companies must report data breach notifications to the regulator.", "measures.notification", false},
		// Monitoring of ICT activity, not of the implementation of a plan.
		{"The secretariat will monitor the implementation of the action plan.", "measures.monitoring", false},
		{"Some argue that States should monitor network traffic on their territory.", "measures.monitoring", true},
		// Territorial integrity quoted as the object of the prohibition of force.
		{"No State may use force against the territorial integrity or political independence of another State.", "topic.sovereignty", false},
		// Contractions negate like "not".
		{"Due diligence isn't a binding rule of international law.", "status.binding", false},
		{"Due diligence isn't a binding rule of international law.", "status.voluntary", true},
	})
}

// meaning is one case of the meaning tests: whether the default codebook
// affirms element in text.
type meaning struct {
	text, element string
	want          bool
}

// affirms checks each case against the default codebook.
func affirms(t *testing.T, cases []meaning) {
	t.Helper()
	checkMeanings(t, cases, "affirms", func(a corpus.Annotation) bool { return a.Polarity == corpus.Affirmed })
}

// checkMeanings checks whether the default codebook tags each case's text
// with its element in an annotation that counts, said by verb.
func checkMeanings(t *testing.T, cases []meaning, verb string, counts func(corpus.Annotation) bool) {
	t.Helper()
	tg, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		var got bool
		for _, a := range tg.Tag(tc.text) {
			if a.Element == tc.element && counts(a) {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("Tag(%q) %s %s = %v, want %v", tc.text, verb, tc.element, got, tc.want)
		}
	}
}
