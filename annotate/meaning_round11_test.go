package annotate

import "testing"

// TestRulesReadMeaningsRound11 checks English sentences that the French and
// Spanish parity work translated and found English itself reading wrongly:
// the Friendly Relations formula of non-intervention and the reserved
// domain said in English, coercion of a State against coercion of persons,
// the injured State invoking responsibility, cessation and guarantees of
// non-repetition, malware developed by a State's unit; and the near misses
// of an office's remit, technical countermeasures and policies called
// sovereignty. Written from the codebook's definitions, not from any
// labelled passage.
func TestRulesReadMeaningsRound11(t *testing.T) {
	tagsMeanings(t, []meaning{
		{"No State may intervene, directly or indirectly, in the internal or external affairs of any other State.", "topic.non_intervention", true},
		{"The prohibition of intervention protects matters within the domestic jurisdiction of States.", "topic.non_intervention", true},
		{"Matters that are essentially within the domestic jurisdiction of a State, such as its electoral system, are protected.", "topic.non_intervention", true},
		{"Cyber operations that coerce another State into changing its policy are unlawful.", "topic.non_intervention", true},
		{"Sexual coercion is a form of gender-based violence.", "topic.non_intervention", false},
		{"The injured State is entitled to invoke the responsibility of the State that committed the wrongful act.", "topic.state_responsibility", true},
		{"A State that breaches an international obligation must cease the wrongful conduct and offer guarantees of non-repetition.", "topic.state_responsibility", true},
		{"In her opinion, the principle of non-interference should allow States to take defensive cyber countermeasures.", "topic.state_responsibility", true},
		{"Technical countermeasures such as firewalls reduce the risk of intrusion.", "topic.state_responsibility", false},
		{"The injured state may request assistance to investigate the operation.", "topic.state_responsibility", false},
		{"The minister is responsible for digital affairs.", "topic.state_responsibility", false},
		{"Each agency is responsible for patching its own systems.", "topic.state_responsibility", false},
		{"The malware was developed by a unit of the country's signals intelligence agency.", "actors.state", false}, // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"The app was developed by a team of students at the university.", "actors.state", false},
		{"Food sovereignty is a central demand of farmers' movements.", "topic.sovereignty", false},
		{"The report recommends investment in technological sovereignty for European industry.", "topic.sovereignty", false},
		{"States exercise sovereignty over the ICT infrastructure located on their territory.", "topic.sovereignty", true},
	})
}
