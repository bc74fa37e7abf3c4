package annotate

import "testing"

// TestRulesReadMeaningsRound2 checks the second round of meaning rules:
// whose knowledge and whose notification count (a State's, not a
// customer's), help against an operation rather than aid in other fields,
// conduct done for a State, further ways legal English calls the duty law,
// a body guarding its own systems rather than preventing operations, and
// cybercrime named by what is criminalised or by the police acting on it.
// The sentences are written for this test.
func TestRulesReadMeaningsRound2(t *testing.T) {
	affirms(t, []meaning{
		// Knowledge: a State told of an operation, not customers or staff.
		{"The territorial State had been informed of the ongoing attack by the victim State.", "knowledge.actual", true},
		{"The territorial State had been informed of the ongoing attack by the victim State.", "measures.notification", true},
		{"Customers will be notified by email when their order ships.", "knowledge.actual", false},
		{"Keep a list of the parties that need to be informed of security incidents.", "knowledge.actual", false},
		{"Keep a list of the parties that need to be informed of security incidents.", "measures.notification", false},
		{"A State must put an end to operations from its territory once it learns of them.", "scope.termination", true},
		{"Developing countries may lack the means to detect every operation.", "knowledge.actual", false},
		// Assistance against an operation, not aid in other fields.
		{"The territorial State may seek assistance from other States to stop the operation.", "measures.assistance", true},
		{"The World Bank provides financial assistance to farmers.", "measures.assistance", false},
		{"The agency runs a food assistance programme in the region.", "measures.assistance", false},
		{"Students can ask their tutor for help with the assignment.", "measures.assistance", false},
		{"The company sought help from a law firm to draft the merger filing.", "measures.assistance", false},
		{"Where a State lacks the capacity to stop the operation, it should seek the cooperation of other States.", "measures.assistance", true},
		{"Allies provided cyber defence support to Ukraine during the attacks on its networks.", "measures.assistance", true},
		// Third States asked for help are not the conduct of a State.
		{"The victim State may ask third States to help it identify the source of the attack.", "actors.state", false},
		{"The acts may be those of a non-State actor or a third State.", "actors.state", true},
		// Conduct done for a State.
		{"Conduct of a hacker group acting under the instructions of a State is attributable to that State.", "actors.state", true},
		{"The State is responsible only for its own internationally wrongful acts.", "actors.state", true},
		{"Attacks on public or private infrastructure are rising.", "actors.state", false},
		// The duty stated as law.
		{"Due diligence forms part of the international law applicable to cyberspace.", "status.binding", true},
		{"States must take reasonable steps to ensure that their territory is not used against other States, as due diligence requires.", "status.binding", false}, // C2 (round 13): no word of legal status said of the duty
		{"The obligation of vigilance applies to cyberspace.", "status.binding", true},
		{"Developing countries may lack the means to detect every operation, and the obligation takes account of that.", "status.binding", false},
		{"The treaty obliges parties to respect the sovereignty of other States.", "status.binding", false},
		{"Due diligence is relevant to sovereignty, which is a binding rule of customary international law.", "status.binding", false},
		{"Companies carry out due diligence before an acquisition, which is a legal obligation in some jurisdictions.", "status.binding", false},
		// Prevention of operations, not a firm guarding its own data.
		{"Data loss prevention tools prevent the unauthorised use of sensitive data.", "scope.prevention", false},
		{"States should take measures to prevent the use of their territory for attacks on other States.", "scope.prevention", true},
		// Capacity building against cyber operations, not in agriculture.
		{"Kenya adopted a Computer Misuse and Cybercrimes Act to strengthen its legal framework.", "measures.capacity_building", true},
		{"The programme funds agricultural capacity building for smallholders.", "measures.capacity_building", false},
		{"Governments should invest in cybersecurity education and train more specialists.", "measures.capacity_building", true},
		{"States should share good practices and lessons learned with developing countries.", "measures.capacity_building", true},
		{"Regional organisations help Member States build cyber resilience through workshops.", "measures.capacity_building", true},
		{"The stadium expansion will add capacity for ten thousand fans.", "measures.capacity_building", false},
		// Cybercrime named by what is criminalised, or by the police acting on it.
		{"The treaty obliges parties to criminalise illegal access to computer systems.", "topic.cybercrime", true},
		{"Europol said police had taken down the servers of the ransomware botnet.", "topic.cybercrime", true},
		{"Police arrested two men after the football match.", "topic.cybercrime", false},
		// The duty under its other names.
		{"The duty of vigilance of the territorial State applies in cyberspace.", "topic.due_diligence", true},
		{"The Corfu Channel principle requires every State not to allow its territory to be used against other States.", "topic.due_diligence", true},
		// State actors answerable for conduct, not named among threats.
		{"Hostile State actors target critical infrastructure and democratic institutions.", "actors.state", false},
		{"The operation was attributed to State actors working for the military intelligence service.", "actors.state", true},
		// Developing capacities and military capabilities are not the standard
		// of conduct, nor arms capacity building.
		{"DCAF works with CERTs to help them develop their institutional capacities.", "standard.capacity", false},
		{"DCAF works with CERTs to help them develop their institutional capacities.", "measures.capacity_building", true},
		{"An increasing number of States are developing military cyber capabilities.", "measures.capacity_building", false},
		// The standard of conduct.
		{"A State is only expected to do what is feasible in the circumstances.", "standard.capacity", true},
		{"Surveillance of journalists online threatens press freedom.", "topic.human_rights", true},
	})
}
