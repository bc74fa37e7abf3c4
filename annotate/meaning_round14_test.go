package annotate

import "testing"

// TestRulesReadMeaningsRound14 checks the classes of failure read from how
// text no rule writer had seen fails (test5, retired to an error sample, and
// test4; classes and counts in testdata/gold/NOTES-round14.md). Each class
// has positives in varied syntax and near misses; the sentences are this
// round's own, not a labelled passage's.
func TestRulesReadMeaningsRound14(t *testing.T) {
	tagsMeanings(t, []meaning{
		// 1. An outline or an open question — what a talk, a scenario's
		// analysis, a manual or a course will examine — takes no position on
		// the status or the scope; the same words as a claim do.
		{"The speakers will examine the extent to which States are obliged to stop ransomware launched from their territory.", "status.binding", false},
		{"This webinar will address the duty of States to exercise due diligence over their networks.", "status.binding", false},
		{"The module will consider to what extent States must prevent cyber operations by private hackers.", "scope.prevention", false},
		{"The handbook covers a wide range of issues, including the duties of States to prevent cyber attacks and the rules on espionage.", "scope.prevention", false},
		{"The legal analysis of the case examines the obligation of due diligence and the rules on countermeasures.", "status.binding", false},
		{"The legal analysis of the case examines the obligation of due diligence and the rules on countermeasures.", "topic.due_diligence", false},
		{"Keywords: due diligence; sovereignty; attribution; cyber operations", "topic.sovereignty", false},
		{"Due diligence is an obligation under customary international law that binds every State in cyberspace.", "status.binding", true},
		{"The analysis concludes that due diligence obliges States to stop the operations they know of.", "status.binding", true},
		{"States are obliged to prevent cyber operations launched from their territory against other States.", "scope.prevention", true},
		{"In our view, the duty to prevent significant transboundary harm applies to cyber operations.", "scope.prevention", true},
		// 2. Due diligence a firm's security team executes, performs or can
		// demonstrate is security management; the principle between
		// States is exercised by States.
		{"Security leaders in the energy sector struggle to execute due diligence on their own networks.", "topic.due_diligence", false},
		{"After the ransomware incident the insurer asked for demonstrable due diligence and better response protocols.", "topic.due_diligence", false},
		{"The ministry's IT department will carry out due diligence on the cloud provider before the contract is signed.", "topic.due_diligence", false},
		{"The board asked the security team to perform due diligence on the breach response.", "topic.due_diligence", false},
		{"States must exercise due diligence so that their territory is not used for cyber operations against others.", "topic.due_diligence", true},
		{"Under the principle of due diligence, a State that learns of an operation from its territory must take feasible steps.", "topic.due_diligence", true},
		{"The norm of due diligence requires States to act against ransomware operations they know of.", "topic.due_diligence", true},
		// 3. A contrast that sets one pole aside affirms the other: "of
		// conduct, not of result", "not merely a treaty obligation but";
		// a denial of the status stays one.
		{"Due diligence is an obligation of conduct, not of result, and binds every State.", "status.voluntary", false},
		{"Due diligence is an obligation of conduct, not of result, and binds every State.", "status.binding", true},
		{"The duty to prevent transboundary harm is not merely a treaty obligation but a rule of general international law.", "status.voluntary", false},
		{"The duty to prevent transboundary harm is not merely a treaty obligation but a rule of general international law.", "status.binding", true},
		{"Due diligence is an obligation of conduct rather than of result under customary international law.", "status.voluntary", false},
		{"Due diligence is not an obligation under international law, only a voluntary norm.", "status.voluntary", true},
		{"We are not convinced that due diligence is a binding obligation in cyberspace.", "status.voluntary", true},
		// 4. Offenders and culprits held responsible answer as persons;
		// a State held responsible is the law of State responsibility.
		{"The guidelines must hold cyber offenders responsible for malicious cyber activity against hospitals.", "topic.state_responsibility", false},
		{"Police work to bring the culprits responsible for the attack to justice.", "topic.state_responsibility", false},
		{"The State is responsible for the cyber operation conducted by its intelligence service.", "topic.state_responsibility", true},
		{"A State may be held responsible for operations of hackers acting on its instructions.", "topic.state_responsibility", true},
		// 5. A warning of consequences tells a State what it will face, not
		// of an operation; a State warned of an operation knows of it (C8).
		{"The G7 warned countries that harbour ransomware gangs on their soil and do nothing about the attacks that they will be held accountable.", "knowledge.actual", false},
		{"Ministers warned the States that shelter hackers behind the attacks of the consequences of doing nothing.", "knowledge.actual", false},
		{"Estonia warned the government of Germany that an attack on German networks was under way from servers there.", "knowledge.actual", true},
		{"The victim State notified the territorial State of the ongoing operation.", "knowledge.actual", true},
		// 6. A victim watching what is aimed at it, and a pledge to work
		// together against threats in general, are no monitoring of the
		// territory and no help against an operation.
		{"We continue to monitor malicious cyber activities against our institutions and will respond when necessary.", "measures.monitoring", false},
		{"The agency monitors cyber operations against us around the clock.", "measures.monitoring", false},
		{"States are not required to monitor all ICT activity on their territory.", "measures.monitoring", true},
		{"A State should monitor network traffic on its territory once it is told of an operation.", "measures.monitoring", true},
		{"The two leaders agreed to work together to address cyber threats from criminal networks.", "measures.assistance", false},
		{"The two governments worked together to mitigate the attack on the hospital's systems.", "measures.assistance", true},
		// 7. An operation put down to a named State or to a group linked to
		// its services is attribution; attribution as a threat-intelligence
		// practice is not the law of State responsibility.
		{"Officials said Russia was likely responsible for the hack of the energy ministry.", "topic.state_responsibility", true},
		{"The intrusion was carried out by a group associated with the Ministry of State Security.", "topic.state_responsibility", true},
		{"Investigators found links with Russian intelligence services in the campaign against the parliament.", "topic.state_responsibility", true},
		{"Several States criticised politically motivated attributions of cyber attacks.", "topic.state_responsibility", true},
		{"Researchers at the firm practise careful threat-actor attribution for their clients' incidents.", "topic.state_responsibility", false},
		{"The vendor's threat intelligence team published its attribution of the phishing wave to a known crew.", "topic.state_responsibility", false},
		{"The rise in exports was associated with the Ministry of Finance's reform.", "topic.state_responsibility", false},
		{"The network is associated with the Ministry of Education's digital campaign.", "topic.state_responsibility", false},
		{"Researchers associated with military academies published a study of the intrusion.", "topic.state_responsibility", false},
		{"Russia was behind the attack on the grid, officials said.", "topic.state_responsibility", true},
		// 8. Sovereignty in its adjective and in "digital sovereignty"
		// defined as a State's authority; data sovereignty as a data policy
		// is topic.data alone.
		{"Every router is within the sovereign borders of a State and subject to its laws.", "topic.sovereignty", true},
		{"States may regulate cyberspace affairs within their sovereign jurisdiction by enforcing domestic law.", "topic.sovereignty", true},
		{"Digital sovereignty means a state's authority to regulate its digital infrastructure and data flows.", "topic.sovereignty", true},
		{"Russia asserts data sovereignty by requiring data localisation.", "topic.sovereignty", false},
		{"A State must prevent its sovereign territory from being used for cyber operations against other States.", "topic.sovereignty", false},
		{"The agency cut the sovereign debt rating of the country.", "topic.sovereignty", false},
		// 9. Actors seen from a victim firm, actors from a named State,
		// deterrence of their actions, contractors a State sponsors, the
		// standard of reasonably appropriate measures, and the means and
		// methods of warfare.
		{"When cybercriminals breach a company's network, corporate decision-makers must decide whether to call the police.", "actors.non_state", false},
		{"States must not allow cybercriminals to use their territory for attacks on other States.", "actors.non_state", true},
		{"The government will act against cybercriminal groups from Russia if the Russian government refuses to do so.", "territory.origin", true},
		{"Officers from Russia's GRU tried to break into the ministry's systems.", "territory.origin", false},
		{"States should deter the actions of groups that attack other States from their territory.", "scope.prevention", true},
		{"The sponsoring State shall not be liable for damage caused by a contractor sponsored by it if it took the required measures.", "actors.non_state", true},
		{"The measures must be reasonably appropriate to secure compliance by persons under the State's jurisdiction.", "standard.capacity", true},
		{"Cyber capabilities are methods of warfare rather than weapons, the author argues.", "topic.ihl", true},
		{"The committee urges States to keep cyberspace from being used as a method of warfare.", "topic.ihl", false},
	})
}
