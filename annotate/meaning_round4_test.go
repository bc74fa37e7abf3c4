package annotate

import "testing"

// TestRulesReadMeaningsRound4 checks the fourth round of meaning rules
// (issue 16, tuned on the r5 training passages): attribution said of
// States in the plural and of persons acting on a State's behalf; the duty
// to prevent genocide as law, with the State's capacity to influence; help
// offered for the response to an incident, not inside one administration;
// "means" that are not "meaning"; crime fought as crime; companies' due
// diligence as business and human rights; analogous duties (transboundary
// harm, the sponsoring State) and a State's liability; capacity building
// named as such rather than as an agenda. The sentences are written for
// this test.
func TestRulesReadMeaningsRound4(t *testing.T) {
	affirms(t, []meaning{
		// Attribution: plural, "other States", persons empowered to act.
		{"Operations by hackers that are not attributable to States do not breach the prohibition of intervention.", "actors.state", true},
		{"Operations by hackers that are not attributable to States do not breach the prohibition of intervention.", "actors.non_state", true},
		{"Hacker groups may be empowered by States to act on their behalf.", "actors.state", true},
		{"A State may answer for the conduct of private persons whose acts are considered acts of the State itself.", "actors.state", true},
		{"An organised group acted under the effective control of the government.", "actors.non_state", true},
		{"Organised groups attacked several banks last year.", "actors.non_state", false},
		// The duty to prevent genocide as law, and what a State can do.
		{"The Court declared that an obligation of diligent conduct to prevent genocide exists under the Convention.", "status.binding", true},
		{"The Court declared that an obligation of diligent conduct to prevent genocide exists under the Convention.", "standard.capacity", true},
		{"Responsibility for failing to prevent genocide was found because Serbia was in a position to influence the perpetrators.", "status.binding", false}, // C2 (round 13): no word of legal status said of the duty
		{"Responsibility for failing to prevent genocide was found because Serbia was in a position to influence the perpetrators.", "standard.capacity", true},
		{"States must do everything within their collective and individual power to suppress a genocide from continuing.", "scope.termination", true},
		{"States are under an obligation to act in a responsible manner in line with general international law.", "status.binding", false},
		// "Means" and "meaning" share a stem.
		{"The operation was a use of force within the meaning of Article 2(4).", "standard.capacity", false},
		{"What does reasonable mean in this context?", "standard.capacity", false},
		{"States should take all reasonable means to stop the operation.", "standard.capacity", true},
		// Help for the response to an incident.
		{"The foreign ministry offered support in the investigation of and response to the cyberattack.", "measures.assistance", true},
		{"Allied cyber experts were supporting the Ukrainian authorities after the attack.", "measures.assistance", true},
		{"The national guard received a request for assistance from the state emergency services after the cyberattack.", "measures.assistance", false},
		// Crime fought as crime.
		{"Cyber capacity building must go together with an effort to combat crime.", "topic.cybercrime", true},
		{"Police in five countries took down the criminal infrastructure behind the botnet.", "topic.cybercrime", true},
		// Companies' due diligence.
		{"The guidelines recommend that enterprises carry out due diligence to identify and prevent adverse impacts.", "topic.human_rights", true},
		{"The guidelines recommend that enterprises carry out due diligence to identify and prevent adverse impacts.", "topic.due_diligence", false},
		{"Due diligence is the care a buyer takes before concluding a transaction.", "topic.due_diligence", false},
		// Intervention and the settlement of disputes.
		{"Such operations would constitute intervention in the affairs of the victim State.", "topic.non_intervention", true},
		{"Either party to the dispute may ask for a fact-finding commission.", "topic.peaceful_settlement", true},
		{"The investor may submit the dispute to arbitration under the investment treaty.", "topic.peaceful_settlement", false},
		{"Zimbabwe called the use of force in self-defence a controversial topic.", "topic.use_of_force", true},
		{"The report considers those topics that the government found significant: use of force, intervention and sovereignty.", "topic.use_of_force", false},
		// Analogous duties: transboundary harm, the sponsoring State.
		{"The tribunal held that no State has the right to use or permit the use of its territory in such a manner as to cause injury to another.", "status.binding", false}, // C2 (round 13): no word of legal status said of the duty
		{"A State owes a duty to protect other States against injurious acts by individuals from within its jurisdiction.", "status.binding", true},
		{"A State owes a duty to protect other States against injurious acts by individuals from within its jurisdiction.", "territory.origin", true},
		{"The Chamber concluded that sponsoring States have a duty of due diligence to regulate sponsored contractors.", "actors.non_state", true},
		{"Sponsoring States are liable for failure to carry out their responsibilities.", "topic.state_responsibility", true},
		{"The standard of due diligence is not static; it may be higher for riskier activities.", "standard.capacity", true},
		{"Do not expect the court to rule that you exercised due diligence.", "status.binding", false},
		// The status said in the next sentence, or framed "as" voluntary.
		{"Due diligence has a long history. The principle is a legally binding norm of general applicability.", "status.binding", true},
		{"Norm 13(c) speaks of territory used for wrongful acts. Several States have framed it in their positions as a voluntary norm.", "status.voluntary", true},
		{"The report sets out eleven norms. It describes them as voluntary and non-binding.", "status.voluntary", false},
		// Who launched it: attribution as a question.
		{"The question is whether the government launched the attack or private hackers did.", "actors.state", false}, // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		// The culprits "responsible" are not State responsibility; pursuing
		// them is fighting crime; help for members hit by an attack.
		{"States will take action against those responsible for ransomware operations.", "topic.state_responsibility", false},
		{"States will take action against those responsible for ransomware operations.", "topic.cybercrime", true},
		{"The initiative vowed to assist members hit by a ransomware attack.", "measures.assistance", true},
		{"We will consider all national tools available in taking action.", "standard.capacity", false},
		{"Improving network resilience to prevent incidents is a priority for cyber defence.", "scope.prevention", false},
		// How practice tells it: other nations asked to block the traffic,
		// servers abroad used as springboards, countries doing what they can.
		{"The administration appealed to 120 nations to block the traffic of the cyberattack at nodes across the globe.", "measures.assistance", true},
		{"The administration appealed to 120 nations to block the traffic of the cyberattack at nodes across the globe.", "scope.termination", true},
		{"The administration appealed to 120 nations to block the traffic of the cyberattack at nodes across the globe.", "territory.transit", true},
		{"The malware ran on servers abroad used as springboards for the attack.", "territory.transit", true},
		{"The countries should do what they can to ameliorate the threat.", "scope.mitigation", true},
		{"The countries should do what they can to ameliorate the threat.", "standard.capacity", true},
		// Countermeasures: the notice, the cessation and the entitlement
		// belong to State responsibility.
		{"The injured State has notified the responsible State of its decision to take countermeasures.", "measures.notification", false},
		{"Countermeasures aim to procure cessation and reparation.", "scope.termination", false},
		{"The scenario considers the ability of States to take countermeasures.", "standard.capacity", false},
		{"The State must do enough to thwart malicious cyber activities from its territory.", "standard.capacity", true},
		{"The State must do enough to thwart malicious cyber activities from its territory.", "scope.prevention", true},
		{"The State has advanced detection and incident reaction capabilities.", "knowledge.actual", false},
		{"States shall notify potentially affected States of activities that may have a significant adverse transboundary effect.", "threshold.serious", true},
		{"The State maintained that it had attended to all reasonable requests from other States.", "measures.response", true},
		// Phrases whose alternatives had two words matched nothing.
		{"A State that fails to exercise due diligence commits an internationally wrongful act.", "status.binding", false}, // C2 (round 13): no word of legal status said of the duty
		{"The duty of due diligence flows from sovereignty, as the Corfu Channel judgment shows.", "status.binding", true},
		// Capacity building named as such, not an agenda.
		{"The region needs to reinforce its human and institutional capacity to secure cyberspace.", "measures.capacity_building", true},
		{"The region needs to reinforce its human and institutional capacity to secure cyberspace.", "standard.capacity", false},
		{"We will now have a thematic discussion on capacity building.", "measures.capacity_building", false},
	})
}
