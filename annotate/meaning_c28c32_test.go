package annotate

import "testing"

// The tests below check the English rules against conventions C28 to C32 of
// round 19 (testdata/gold/README.md, "Round 19"). The sentences were written
// for this test from the conventions' text, not taken from a labelled
// passage: positives in several syntaxes (active, passive, a noun phrase, a
// call, a question, an aside) and near misses that use the same cue words.

// TestRulesFollowConventionC28 checks that botnets, command servers, malware
// and the networks of cybercrime taken down, seized, sinkholed, disrupted or
// dismantled are scope.termination whoever does it, and that an attack
// disrupting services, a victim taking its own systems offline, arrests,
// investigations and content takedowns are not.
func TestRulesFollowConventionC28(t *testing.T) {
	tagsMeanings(t, []meaning{
		{"Europol and the FBI took down the botnet's command-and-control servers in a coordinated operation.", "scope.termination", true},
		{"The court authorised the seizure of the domains used to control the malware.", "scope.termination", true},
		{"Cyber Command disrupted the ransomware gang's infrastructure ahead of the election.", "scope.termination", true},
		{"A coalition of security firms sinkholed the traffic of the infected computers.", "scope.termination", true},
		{"Dismantling cybercriminal networks requires patient cooperation across borders.", "scope.termination", true},
		{"The botnet was dismantled after investigators neutralised its control servers.", "scope.termination", true},
		{"Without international help, the police are powerless to stop the ransomware attacks.", "scope.termination", true},
		{"Governments should be ready to disable the malicious servers used in such campaigns.", "scope.termination", true},
		{"The ransomware attack disrupted hospital services for a week.", "scope.termination", false},
		{"After the intrusion, the ministry took its own servers offline as a precaution.", "scope.termination", false},
		{"The DDoS attack took down the government's websites for two days.", "scope.termination", false},
		{"Police arrested three suspects and charged them with computer fraud.", "scope.termination", false},
		{"The authorities launched an investigation targeting the botnet's operators.", "scope.termination", false},
		{"Platforms must remove infringing content under notice and takedown procedures.", "scope.termination", false},
	})
}

// TestRulesFollowConventionC29 checks that the State where an operation is
// run, told of it by a company, a CERT, Interpol or through a channel between
// States, has knowledge.actual and measures.notification, and that customers
// told of a breach, information shared on threats, a report to the police
// and the public told of an attribution are neither.
func TestRulesFollowConventionC29(t *testing.T) {
	told := []string{
		"The company passed information on the botnet to foreign CERTs so that they could act against its servers.",
		"Interpol handed over the evidence to the national authorities. They were asked to seize the servers in their territory.",
		"We have given them enough information to act against the hackers operating from their land.",
		"The national CERT immediately contacted its foreign counterpart about the attack.",
		"Both governments set up a channel to communicate with each other whenever something malicious is happening in the other country.",
		"Official channels for exchanging information on confirmed cyber attacks already exist between the two States.",
	}
	notTold := []string{
		"The company notified its customers that their personal data had been exposed in the attack.",
		"CSIRTs in the region share information on emerging threats every week.",
		"The firm reported the intrusion to the police the next morning.",
		"The government informed the public that the attack had been attributed to a foreign intelligence service.",
	}
	var cases []meaning
	for _, el := range []string{"knowledge.actual", "measures.notification"} {
		for _, s := range told {
			cases = append(cases, meaning{s, el, true})
		}
		for _, s := range notTold {
			cases = append(cases, meaning{s, el, false})
		}
	}
	tagsMeanings(t, cases)
}

// TestRulesFollowConventionC30 checks that serious or significant harm as the
// condition or measure of a duty, a liability or compensation is
// threshold.serious, and that what operations or actors can cause, the
// gravity self-defence requires and a merger's harm are not.
func TestRulesFollowConventionC30(t *testing.T) {
	tagsMeanings(t, []meaning{
		{"States are liable only for significant transboundary harm caused by activities under their jurisdiction.", "threshold.serious", true},
		{"The duty of prevention covers operations that risk causing serious harm to another State.", "threshold.serious", true},
		{"Requiring States to compensate for every trivial cross-border harm would go too far.", "threshold.serious", true},
		{"A State must prevent cyber operations that cause significant, widespread or lasting damage to other States.", "threshold.serious", true},
		{"The threshold of harm that triggers the obligation remains high.", "threshold.serious", true},
		{"A single hacker with limited resources can have significant effects on a nation's economy.", "threshold.serious", false},
		{"Some proxies are capable of causing significant harm to critical infrastructure.", "threshold.serious", false},
		{"The report describes the severe impact of last year's ransomware campaign on hospitals, for which the State may be responsible.", "threshold.serious", false},
		{"The gravity of the harm required for self-defence is that of an armed attack.", "threshold.serious", false},
		{"The merger could result in significant harm to competition, the regulator warned.", "threshold.serious", false},
	})
}

// TestRulesFollowConventionC31 checks that personal-data-protection
// instruments named with what they cover or do are topic.data, and that a
// preamble recalling one and a seminar's list of themes are not.
func TestRulesFollowConventionC31(t *testing.T) {
	tagsMeanings(t, []meaning{
		{"The GDPR obliges controllers to report a breach within 72 hours.", "topic.data", true},
		{"Convention 108 has become the only binding international treaty on privacy open to any country.", "topic.data", true},
		{"The Malabo Convention covers cybersecurity, cybercrime and the protection of personal information.", "topic.data", true},
		{"Brazil adopted data breach notification rules for public bodies.", "topic.data", true},
		{"Under the GDPR, transfers to third countries require an adequacy decision.", "topic.data", true},
		{"Recalling the African Union Convention on Cyber Security and Personal Data Protection (Malabo Convention);", "topic.data", false},
		{"The seminar on data protection, sovereignty and cybercrime will take place in May.", "topic.data", false},
	})
}

// TestRulesFollowConventionC32 checks that a duty States have, owe, breach or
// are reminded of under international law is status.binding, and that the
// duties of firms and hosts, a duty proposed, a duty of cooperation and an
// open question are not.
func TestRulesFollowConventionC32(t *testing.T) {
	tagsMeanings(t, []meaning{
		{"Every State has a duty to prevent its territory from being used for attacks against other States.", "status.binding", true},
		{"The tribunal found that Serbia breached its duty to prevent genocide.", "status.binding", true},
		{"States owe one another a duty not to cause significant transboundary harm.", "status.binding", true},
		{"The principle of due diligence reminds States of their duty to stop such operations.", "status.binding", true},
		{"Did the government fail in its duty to protect other States against injurious acts from its territory?", "status.binding", true},
		{"The duty of vigilance is owed by every State to all other States.", "status.binding", true},
		{"Hosting providers have a duty to prevent abuse of their services by their customers.", "status.binding", false},
		{"Some authors propose that States have a duty to prevent all transboundary harm.", "status.binding", false},
		{"Under national labour law, the employer has a duty to prevent harm to employees in every State.", "status.binding", false},
		{"States have a duty to cooperate in good faith in the settlement of disputes.", "status.binding", false},
		{"Whether States have a duty of due diligence in cyberspace remains unsettled.", "status.binding", false},
	})
}
