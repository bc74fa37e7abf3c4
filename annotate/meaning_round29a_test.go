package annotate

import "testing"

// The tests below check the English rules of round 29 (writer en-a),
// written from the families of phrasing that batch b16-en-a's real
// passages (national statements, OEWG reports, law-journal commentary and
// case law, in testdata/rounds/b16-en-a.jsonl) showed the rules missing or
// over-reaching. The sentences were written for this test, not taken from
// a labelled passage: positives in several syntaxes and near misses.

// TestRound29ANonStatePartnersAndAuthors checks that non-State actors
// named as partners States act with, a group named as the author of a
// hack, and hackers whom the Internet lets hide are not actors.non_state
// (C10 NOT), while a duty that reaches their conduct still is.
func TestRound29ANonStatePartnersAndAuthors(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Governments can only address these transnational threats in partnership with non-state actors such as industry and academia.", []string{"-actors.non_state"}},
		{"en", "Working together with non-State actors, States should address the risks that ransomware poses to hospitals.", []string{"-actors.non_state"}},
		{"en", "Investigators concluded that a hacking group calling itself Vandal was responsible for the breach of the ministry's servers.", []string{"-actors.non_state"}},
		{"en", "Anonymity on the network allows attackers to conceal their location and to borrow the machines of unsuspecting users.", []string{"-actors.non_state"}},
		{"en", "States should take reasonable measures to prevent non-State actors from using their territory to conduct cyber operations against other States.", []string{"actors.non_state"}},
		{"en", "A State that knowingly allows hacker groups on its territory to attack its neighbours breaches its obligations.", []string{"actors.non_state"}},
	})
}

// TestRound29AStateAnswersForPrivateConduct checks actors.non_state where a
// State is held responsible or liable for a company's or private persons'
// conduct, and where operations run through private companies are declared
// unacceptable or prohibited (C16); not a company answering for its own
// staff.
func TestRound29AStateAnswersForPrivateConduct(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The tribunal found that the State was liable under international law for the activities of the mining company operating near the border.", []string{"actors.non_state"}},
		{"en", "In its award the commission held the respondent government responsible for the conduct of private individuals who had attacked the consulate.", []string{"actors.non_state"}},
		{"en", "The ministers declared it unacceptable for any country to conduct hostile cyber operations through private contractors or front companies.", []string{"actors.non_state"}},
		{"en", "Operations carried out by States via private firms in order to disguise their origin are prohibited under the declaration.", []string{"actors.non_state"}},
		{"en", "Under the contract the supplier remains responsible for the conduct of its own subcontractors.", []string{"-actors.non_state"}},
	})
}

// TestRound29ACooperateCollectively checks measures.assistance for
// cooperation against cyber threats said with "collectively" ahead of the
// partners and the verb (C27), and not a text drafted collectively.
func TestRound29ACooperateCollectively(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Only collectively, with industry and civil society at their side, can States counter the cyber threats that cross every border.", []string{"measures.assistance"}},
		{"en", "Acting collectively through regional bodies, the member states intend to respond to cyber incidents affecting any one of them.", []string{"measures.assistance"}},
		{"en", "The guidelines were drafted collectively by the member states and describe national cybersecurity strategies.", []string{"-measures.assistance"}},
	})
}

// TestRound29APreventionNotRisksOfConflict checks that preventing the risks
// of misperception, escalation or conflict, and the ILC's work on the
// prevention of transboundary harm named as a topic, are not
// scope.prevention, while keeping ICTs from misuse is.
func TestRound29APreventionNotRisksOfConflict(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The hotline between the two capitals is meant to prevent the risk of escalation and conflict arising from ICT incidents.", []string{"-scope.prevention"}},
		{"en", "Regular consultations prevent and reduce the risks of miscalculation and tension between participating States.", []string{"-scope.prevention"}},
		{"en", "The Commission finished its work on the prevention of transboundary harm and turned to the allocation of loss.", []string{"-scope.prevention"}},
		{"en", "States should cooperate to prevent ICTs from being used by terrorist groups to plan attacks against other States.", []string{"scope.prevention"}},
		{"en", "Each State must prevent the internet from becoming a haven for those who attack the critical infrastructure of its neighbours.", []string{"scope.prevention"}},
	})
}

// TestRound29AOriginCameOutOf checks territory.origin for an attack that
// "came out of" a State, and not forensics that identify or trace the
// origin of an attack (technical attribution, C35 NOT).
func TestRound29AOriginCameOutOf(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Even where an attack plainly came out of a particular country, proving that its government was involved remains difficult.", []string{"territory.origin"}},
		{"en", "The intrusions came out of Russia, according to the national cyber agency.", []string{"territory.origin"}},
		{"en", "Analysts used network forensics to identify the origin of the attack and the malware families involved.", []string{"-territory.origin"}},
		{"en", "It took investigators months to trace the origin of the attacks to a single compromised router.", []string{"-territory.origin"}},
	})
}

// TestRound29AResponsibilityToDealWithActors checks actors.non_state where a
// State is said to have a responsibility or duty to deal with, act against
// or crack down on the ransomware or hacking actors named in the sentence
// or the one before (C10); not a victim's staff dealing with an incident,
// a firm's duty, or acting in good faith.
func TestRound29AResponsibilityToDealWithActors(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Officials say the ransomware operators are based in Russia. The Kremlin has a responsibility to deal with them.", []string{"actors.non_state"}},
		{"en", "The government of the country hosting the hacking groups bears a duty to act against them once it knows of their attacks.", []string{"actors.non_state"}},
		{"en", "Every State has an obligation to crack down on cybercriminals who use its networks to extort hospitals abroad.", []string{"actors.non_state"}},
		{"en", "A ransomware attack hit the hospital's network. Its IT staff have a responsibility to deal with the incident quickly.", []string{"-actors.non_state"}},
		{"en", "Member States have an obligation to act in good faith when the accused are tried for hacking.", []string{"-actors.non_state"}},
	})
}
