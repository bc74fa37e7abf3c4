package annotate

import "testing"

// TestRulesReadMeaningsRound6 checks the sixth round of meaning rules
// (issue 16, third English round): a State or author who has found no
// practice, cannot conclude that a rule exists or says the norm stops short
// of law denies the status; the duty to prevent harm under its other names
// (the no-harm rule by its content, activities within a State's
// jurisdiction and control, a duty to prevent violations by others, a
// principle of vigilance, networks used against other States); further ways
// of saying the duty is law; control of a territory and ownership "whether
// public or private" are not attribution; complicity, a court's help and
// criminals lending their skills are not assistance; stakeholders listed
// beside academia and civil society are not covered wrongdoers. The
// sentences are written for this test.
func TestRulesReadMeaningsRound6(t *testing.T) {
	affirms(t, []meaning{
		// Denials and hedges that reach across the sentence.
		{"The United States has not identified State practice establishing due diligence as a legal obligation in cyberspace.", "status.voluntary", true},
		{"The United States has not identified State practice establishing due diligence as a legal obligation in cyberspace.", "status.binding", false},
		{"We are unable to conclude that the due diligence principle has become a binding rule of international law.", "status.voluntary", true},
		{"Norm 13(c) stops short of a legal obligation.", "status.voluntary", true},
		{"Norm 13(c) stops short of a legal obligation.", "scope.termination", false},
		// The duty to prevent harm under its other names.
		{"The obligation not to cause significant harm to other States is well established in general international law.", "status.binding", true},
		{"States have a customary duty to ensure that activities within their jurisdiction and control respect the environment of other States.", "status.binding", true},
		{"Third States have an obligation to take measures to prevent violations of international humanitarian law by parties to a conflict.", "status.binding", true},
		{"This principle of vigilance is binding on all States.", "status.binding", true},
		{"States are legally bound to prevent their networks from being used for attacks against other States.", "status.binding", true},
		{"The Alabama Claims arbitration held that a neutral State must use due diligence to prevent the fitting out of vessels.", "status.binding", true},
		{"Under general international law, a State is required not to allow its cyber infrastructure to be used against other States.", "status.binding", true},
		{"The agreement imposes binding obligations on the parties to exchange information.", "status.binding", false},
		// Control of a territory, and ownership, are not attribution.
		{"The State exercises effective control over the territory in question.", "actors.state", false},
		{"Critical infrastructure, whether public or private, must be protected.", "actors.state", false},
		{"The hackers acted on the instructions of the Russian government, so their conduct is attributable to Russia.", "actors.state", true},
		// Complicity, courts and criminals are not assistance.
		{"A State that provides aid or assistance in the commission of an internationally wrongful act is responsible.", "measures.assistance", false},
		{"With the help of the courts, officials dismantled the botnet.", "measures.assistance", false},
		{"Criminal hackers lend security services their expertise in exchange for protection from prosecution for attacks abroad.", "measures.assistance", false},
		{"Estonia requested assistance from NATO allies to respond to the 2007 cyber attacks.", "measures.assistance", true},
		// Stakeholders in a process are not covered wrongdoers.
		{"Confidence building requires a collective effort among States and other actors such as the private sector, academia and civil society.", "actors.non_state", false},
		// From the round's new training passages, after their untouched
		// scores: companies' sustainability due diligence, a cloud scheme's
		// sovereignty requirements, the Charter's domestic-jurisdiction
		// clause, police raids, views on strategies, a treaty undertaking.
		{"The Union adopted its Corporate Sustainability Due Diligence Directive last year.", "topic.due_diligence", false},
		{"The directive sets binding legal obligations for firms under the Corporate Sustainability Due Diligence Directive.", "status.binding", false},
		{"The draft dropped sovereignty requirements that obliged providers to handle customer data in the bloc.", "topic.data", true},
		{"The draft dropped sovereignty requirements that obliged providers to handle customer data in the bloc.", "topic.sovereignty", false},
		{"The prohibition in Article 2(7) extends to manipulating another State's elections.", "topic.non_intervention", true},
		{"The raids led to arrests, with assistance from investigators of three countries in the ransomware case.", "measures.assistance", false},
		{"Officials exchanged views on recent developments in national strategies and policies.", "measures.capacity_building", false},
		{"The High Contracting Parties undertake to ensure respect for the Conventions by other parties.", "status.binding", false}, // C2 (round 13): no word of legal status said of the duty
		{"The report addresses the status of due diligence in international law and breaches of due diligence.", "status.binding", false},
		// Attribution to a named State in the words of news and
		// governments, and crimes by digital means.
		{"Officials accused Russia of orchestrating the hack of the election commission.", "actors.state", false}, // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"Investigators found that the operation was carried out by North Korea.", "actors.state", false},         // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"The intrusion was blamed on China by several governments.", "topic.state_responsibility", true},
		{"Russia condemned the attack on its embassy.", "actors.state", false},
		{"Human rights groups documented state attacks on journalists.", "actors.state", false},
		{"The convention protects societies from terrorism, drug smuggling and online financial crime.", "topic.cybercrime", true},
		{"The treaty will help States prosecute crimes committed using digital and technological means.", "topic.cybercrime", true},
	})
}
