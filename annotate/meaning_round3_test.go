package annotate

import "testing"

// TestRulesReadMeaningsRound3 checks the third round of meaning rules: a
// binding claim said as a rule, a court's principle or "must ... exercise
// due diligence", with hedges that reach only as far as they mean to;
// notification of the affected State rather than a regulator; prevention
// by what is prevented; armed conflict as law rather than as events;
// capacity building where ICTs are concerned; operations by a State's
// services; and the limits of what a State can do. The sentences are
// written for this test.
func TestRulesReadMeaningsRound3(t *testing.T) {
	affirms(t, []meaning{
		// The duty stated as law.
		{"Italy considers that the due diligence rule applies to cyberspace.", "status.binding", true},
		{"Norway considers that the due diligence principle is part of international law.", "status.binding", true},
		{"The principle of due diligence, firmly rooted in the Corfu Channel judgment, requires States to act when they know of harmful operations.", "status.binding", true},
		{"States must also exercise due diligence in cyberspace.", "status.binding", true},
		{"Due diligence is an obligation of conduct, and the question is what measures are feasible.", "status.binding", true},
		{"The due diligence obligation, as discussed above, applies to cyber operations.", "status.binding", true},
		{"States are obliged under international law to exercise due diligence, and international human rights law also applies online.", "status.binding", true},
		// Hedges, content and other rules still do not count.
		{"Due diligence requires a State to keep abreast of technological change.", "status.binding", false},
		{"It is unclear whether due diligence is binding.", "status.binding", false},
		// C17 (round 16): the obligations presupposed while their scope or
		// content is asked are binding.
		{"Due diligence obligations have been discussed in relation to operations that pass through a State's networks.", "status.binding", true},
		{"The question was not whether the State had exercised due diligence, but which response customary international law required.", "status.binding", true},
		{"Companies must exercise due diligence before a merger.", "status.binding", false},
		{"It is doubtful that due diligence constitutes a binding obligation in cyberspace.", "status.binding", false},
		{"It is doubtful that due diligence constitutes a binding obligation in cyberspace.", "status.voluntary", true},
		{"A State may violate its due diligence obligation even where the operations in question were unknown to it.", "status.binding", true},
		// Notification: the affected State told, not a regulator or a depositary.
		{"The victim State should notify the territorial State of the malicious activity.", "measures.notification", true},
		{"The injured State brought the operation to the attention of the territorial State.", "measures.notification", true},
		{"Operators must notify significant incidents to the competent authority within 72 hours.", "measures.notification", false},
		{"Parties shall notify the depositary of any reservation to the treaty.", "measures.notification", false},
		{"Police notified the victims of the fraud.", "measures.notification", false},
		{"Experts warned that cyber threats are growing.", "measures.notification", false},
		{"Its interpretation is informed by State practice and opinio juris.", "measures.notification", false},
		{"The Secretary-General shall inform all States Parties of the amendment.", "measures.notification", false},
		{"The position paper informs other States of its views on international law.", "measures.notification", false},
		{"States should warn their citizens about online scams.", "measures.notification", false},
		{"The affected State should be notified promptly of any serious incident originating from the territory.", "measures.notification", true},
		{"Customs fraud and money laundering must be prevented.", "scope.prevention", false},
		{"The Charter seeks to prevent the use of force between States.", "scope.prevention", false},
		{"The rules are meant to prevent the misuse of public funds.", "scope.prevention", false},
		// Prevention by what is prevented.
		{"The measures aim to prevent fraud in public procurement.", "scope.prevention", false},
		{"States should take measures to prevent non-State actors from conducting operations against other States.", "scope.prevention", true},
		// Armed conflict as law, not as events.
		{"Hostile actors were active during armed conflicts in the region.", "topic.ihl", false},
		{"Government forces fought in the armed conflict for years.", "topic.ihl", false},
		{"Parties to an armed conflict must take feasible precautions in cyber operations.", "topic.ihl", true},
		// Capacity building where ICTs are concerned.
		{"States should enhance their capacities to detect and respond to cyber incidents.", "measures.capacity_building", true},
		{"The EU funds a cyber training centre for law enforcement in the region.", "measures.capacity_building", true},
		{"The hospital increased its capacity to treat patients.", "measures.capacity_building", false},
		{"The programme helps farmers develop new skills.", "measures.capacity_building", false},
		{"Japan provides technical assistance to ASEAN members on cyber incident handling.", "measures.capacity_building", true},
		{"The national CIRT coordinates the response to incidents.", "measures.capacity_building", true},
		// Operations by a State's services; only States as the ones bound.
		{"The operation was conducted by the intelligence services of another State.", "actors.state", false}, // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"Only States can breach obligations under international law.", "actors.state", true},
		{"State and non-State actors increasingly target critical infrastructure.", "actors.state", false},
		// The limits of what a State can do.
		{"Due diligence does not require the impossible.", "standard.capacity", true},
		{"A State must do everything in its power to stop the operation.", "standard.capacity", true},
		{"Developing States may not have the technical capabilities to stop every operation.", "standard.capacity", true},
		{"The company took reasonable steps to protect customer data.", "standard.capacity", false},
		// Convention C of the second labeller's adjudication.
		{"The obligation is one of conduct, not of result.", "standard.capacity", true},
		{"Due diligence is an obligation of conduct.", "standard.capacity", true},
	})
}
