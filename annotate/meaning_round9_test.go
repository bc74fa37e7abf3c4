package annotate

import "testing"

// TestRulesReadMeaningsRound9 checks the three elements that stayed under
// the per-element floor of issue 16 — status.binding, actors.state and
// measures.capacity_building — by their meaning, for recall: the many ways
// legal English says that the duty to prevent harm is law (of due
// diligence by name, of the analogous duties a court or treaty body
// describes: harm to the environment of other States, to an embassy, to
// women), that conduct is a State's (done under its guidance, on its
// instructions, by its organs, in programmes it runs), and that a State
// prepares for cyber incidents (training, skills, exercises, teams). The
// near misses keep each cue's other senses out: an opinion or a contract
// that binds, another treaty's obligations, a question; attribution of an
// author's work, control of a company; farmers' and nurses' training.
// Written from the codebook's definitions and the gold README's
// conventions before the round's rules, not from the sentences of any
// labelled passage.
func TestRulesReadMeaningsRound9(t *testing.T) {
	tagsMeanings(t, []meaning{
		// status.binding: the duty to prevent said to be law.
		{"The duty to prevent significant harm to other States is firmly anchored in customary international law and extends to harm caused through cyberspace.", "status.binding", true},
		{"States are under a customary obligation to ensure that activities within their jurisdiction do not cause significant harm to the environment of other States.", "status.binding", true},
		{"The Court held that the State was bound by general international law to prevent harm originating in its territory.", "status.binding", true},
		{"The tribunal confirmed that the obligation to prevent harm to the marine environment of other States is one of customary law.", "status.binding", true},
		{"International law obliges every State to prevent private persons on its territory from causing injury to another State.", "status.binding", true},
		{"In our view, the due diligence principle forms part of the body of international law that governs State conduct in cyberspace.", "status.binding", true},
		{"Finland regards due diligence as a binding obligation that applies online as it does offline.", "status.binding", true},
		{"The obligation not to knowingly allow one's territory to be used for acts contrary to the rights of other States has crystallised into customary law.", "status.binding", true},
		{"Under general international law, a State may not knowingly permit its cyber infrastructure to be used for operations that harm other States.", "status.binding", true},
		{"The positive duty of States to prevent violations by private actors is a legal requirement, not a policy choice.", "status.binding", true},
		{"A State incurs international responsibility where it fails to exercise due diligence to prevent harmful acts of non-State actors.", "status.binding", false}, // C2 (round 13): no word of legal status said of the duty
		{"Sponsoring States have a due diligence obligation to ensure that the contractors they sponsor comply with the rules.", "status.binding", true},
		{"The tribunal identified due diligence obligations under the Convention that apply independently of any other treaty.", "status.binding", true},
		{"The receiving State was under an obligation to take appropriate steps to protect the embassy and did nothing to prevent the attack.", "status.binding", true},
		{"States have positive duties to prevent violence by private persons, to punish the perpetrators and to compensate the victims.", "status.binding", true}, // C32 (round 19): a duty States have is read as an obligation
		{"The Court confirmed that the obligations of States to prevent harm under customary law apply to global environmental concerns.", "status.binding", true},
		{"A State breaches its obligation of vigilance when it tolerates attacks launched from its soil against a neighbour.", "status.binding", true},
		// ... and near misses: what binds is another thing, or nothing is
		// said of the duty's status.
		{"The advisory opinion is not legally binding, but it carries considerable weight.", "status.binding", false},
		{"States have binding obligations under the Paris Agreement to submit nationally determined contributions.", "status.binding", false},
		{"The parties signed a binding arbitration agreement.", "status.binding", false},
		{"Whether the duty to prevent transboundary harm applies to cyber operations remains an open question.", "status.binding", false},
		{"The question put to the Tribunal was what measures a sponsoring State must take to fulfil its responsibility.", "status.binding", false},
		{"Customary land tenure rules bind the members of the community.", "status.binding", false},
		{"Employers have a legal duty to prevent accidents in the workplace.", "status.binding", false},
		{"The treaty imposes an obligation on States parties to criminalise illegal access to computer systems.", "status.binding", false},
		{"This article argues that due diligence is essential to reducing violence against women.", "status.binding", false},

		// actors.state: conduct that is a State's.
		{"Prosecutors allege that the hackers acted under the guidance of the Ministry of State Security.", "actors.state", false},               // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"The intrusions were carried out on direct instructions from the government in Beijing.", "actors.state", false},                        // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"The indictment says the contractors carried out the campaign alongside intelligence officers of the ministry.", "actors.state", false}, // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"The group was part of an espionage programme run by a provincial state security bureau.", "actors.state", false},                       // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"Officers of the military intelligence service tried to break into the ministry's e-mail systems.", "actors.state", false},              // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"Security researchers have blamed the GRU for the intrusion into the anti-doping agency.", "actors.state", false},                       // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"Article 8 contains three standards of attribution: instructions, direction and control.", "actors.state", true},
		{"The conduct of the militants could be attributed to the State only if they were acting on its behalf.", "actors.state", true},
		{"States are not responsible for the acts of terrorist groups that are not their de jure or de facto organs.", "actors.state", true},
		{"Government-backed hackers broke into the telecommunications networks of several countries.", "actors.state", false}, // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"The conduct of a person acting on the orders of State officials is an act of that State.", "actors.state", true},
		{"Investigators linked the malware to hackers working for the country's foreign intelligence agency.", "actors.state", false}, // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"The campaign was directed by officers of the army's cyber command.", "actors.state", false},                                 // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"A hacking team employed by the defence ministry was behind the leak.", "actors.state", false},                               // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"The espionage operation was overseen by the intelligence service of a neighbouring State.", "actors.state", false},          // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		// ... and near misses: attribution in another sense, a State named
		// as a place, control of a company.
		{"Under the licence, you must attribute the work to its author.", "actors.state", false},
		{"The marketing team uses a multi-touch attribution model.", "actors.state", false},
		{"The company is controlled by a holding registered abroad.", "actors.state", false},
		{"The defendants are believed to be living in China.", "actors.state", false},
		{"Attributing an attack with confidence takes forensic work and time.", "actors.state", false},
		{"The ministry runs a training programme for young engineers.", "actors.state", false},

		// measures.capacity_building: preparing for cyber incidents.
		{"The programme trains police officers from partner countries to investigate cybercrime and handle digital evidence.", "measures.capacity_building", true},
		{"The centre gives technical training to the national incident response teams of the region.", "measures.capacity_building", true},
		{"Donors should help developing States build the skills they need to protect their networks.", "measures.capacity_building", true},
		{"Education, training and preventive measures are needed to secure computer systems and networks.", "measures.capacity_building", true},
		{"Many countries have set up dedicated cybercrime units, but their officers often lack skills in digital forensics.", "measures.capacity_building", true},
		{"Joint cyber exercises prepare national teams for a major incident.", "measures.capacity_building", true},
		{"The government adopted a national cybersecurity policy and set up an incident response centre.", "measures.capacity_building", true},
		{"The academy aims to train a new generation of cybersecurity professionals and close the skills shortage.", "measures.capacity_building", true},
		{"The fund supports efforts to deepen cyber capacities across the region.", "measures.capacity_building", true},
		{"Workshops for officials covered cyber strategy, legislation and incident response.", "measures.capacity_building", true},
		{"States should invest in cybersecurity education and awareness for the public.", "measures.capacity_building", true},
		{"The ministry will hire and train more cyber security analysts.", "measures.capacity_building", true},
		{"The initiative helps small island States draft cybercrime legislation.", "measures.capacity_building", true},
		{"The new facility will host cyber drills and capacity-building programmes for national teams.", "measures.capacity_building", true},
		{"Officials will be trained in setting up and running a security operations centre.", "measures.capacity_building", true},
		// ... and near misses: capacity and training in other fields.
		{"The training course taught farmers modern pest management.", "measures.capacity_building", false},
		{"The workshop built the capacity of community health workers to treat malaria.", "measures.capacity_building", false},
		{"Capacity building for customs officers speeds up border procedures.", "measures.capacity_building", false},
		{"The data centre doubled its hosting capacity last year.", "measures.capacity_building", false},
		{"Teachers received training in classroom management.", "measures.capacity_building", false},
		{"Ransomware attacks on hospitals rose sharply last year.", "measures.capacity_building", false},

		// Written after the round's batches A and C were scored, from the
		// senses their errors showed (batch B, the honest figure, was not
		// read).
		{"The White House said the country's foreign intelligence service was responsible for the hack of federal agencies.", "actors.state", false}, // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"Dozens of government networks were breached by foreign intelligence agents.", "actors.state", false},                                       // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"Moscow rejected claims of its complicity in the cyberattack.", "actors.state", false},                                                      // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"Analysts expressed high confidence in the assessment of the SVR's responsibility for the activity.", "actors.state", false},                // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"Officials discussed the breach with the ministry's technical staff.", "actors.state", false},
		{"In international law, States have a responsibility to prevent damage they cause outside their territory.", "status.binding", true},
		{"The Court confirmed that harm prevention obligations under customary law apply to the climate system.", "status.binding", true},
		{"A State will not be held liable for damage if it took reasonable measures to prevent it.", "status.voluntary", false},
		{"This chapter considers the customary law principles relevant to transboundary air pollution.", "status.binding", false},
		// Precision, once the three batches were training passages.
		{"State-sponsored activity differs from cybercrime in the support a government gives it.", "actors.state", false},
		{"Chinese state-sponsored hackers stole the designs of the aircraft.", "actors.state", false}, // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"State-backed hackers breached the parliament's e-mail system.", "actors.state", false},      // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"The national cyber security centre said it had found the hackers behind the campaign.", "measures.capacity_building", false},
		{"The law creates a national cyber security agency to coordinate incident response.", "measures.capacity_building", true},

		// A second family, from the definitions again, before the round's
		// close: more verbs of law, of a State's conduct and of
		// preparation, and the near misses each opens.
		{"The principle of due diligence obliges States to act against cyber operations launched from their territory.", "status.binding", true},
		{"Due diligence is part and parcel of general international law.", "status.binding", true},
		{"The no-harm rule binds all States, whether or not they are party to a treaty.", "status.binding", true},
		{"Every State is legally required to prevent its territory from being used for attacks on other States.", "status.binding", true},
		{"States that fail to stop ransomware gangs operating from their territory breach international law.", "status.binding", true},
		{"The convention obliges States parties to adopt legislation against cybercrime.", "status.binding", false},
		{"The ruling binds only the parties to the case.", "status.binding", false},
		{"Investigators traced the attack on the power grid to a unit of the Russian General Staff.", "actors.state", false}, // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"The hackers are believed to work for North Korea's Reconnaissance General Bureau.", "actors.state", false},         // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"Prosecutors say the intruders were officers of a unit of the People's Liberation Army.", "actors.state", false},    // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"The Kremlin ordered the attack on the electoral commission's servers.", "actors.state", false},                     // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"The government ordered an inquiry into the attack.", "actors.state", false},
		{"The awareness campaign is run by the ministry of education.", "actors.state", false},
		{"The security operations centre is run by the ministry of defence.", "actors.state", false},
		{"The programme helps governments write national cybersecurity strategies.", "measures.capacity_building", true},
		{"The centre runs a cyber range where analysts practise defending networks.", "measures.capacity_building", true},
		{"Awareness campaigns teach citizens to spot phishing e-mails.", "measures.capacity_building", true},
	})
}
