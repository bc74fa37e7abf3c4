package annotate

import "testing"

// TestRulesReadMeaningsRound15 checks the classes of failure read from how
// text no rule writer had seen fails (test6, retired to an error sample this
// round; classes and counts in testdata/gold/NOTES-round15.md). Each class
// has positives in varied syntax and near misses; the sentences are this
// round's own, not a labelled passage's.
func TestRulesReadMeaningsRound15(t *testing.T) {
	tagsMeanings(t, []meaning{
		// 1. The ILC's texts named by their title in an agenda, a resolution
		// or a debate take no position on prevention; the duty to prevent
		// transboundary harm said as a duty does.
		{"Delegates discussed the draft articles on the prevention of transboundary harm from hazardous activities under agenda item 80.", "scope.prevention", false},
		{"The Committee took up the consideration of prevention of transboundary harm from hazardous activities and allocation of loss.", "scope.prevention", false},
		{"The resolution on the prevention of transboundary harm from hazardous activities was adopted without a vote.", "scope.prevention", false},
		{"The mission asked for instructions on the texts on prevention of transboundary harm from hazardous activities.", "scope.prevention", false},
		{"The draft articles require States to take all appropriate measures to prevent significant transboundary harm.", "scope.prevention", true},
		{"States have a duty to prevent transboundary harm from hazardous activities, including cyber operations.", "scope.prevention", true},
		{"Prevention of transboundary harm from hazardous activities is, in our view, an obligation of every State.", "scope.prevention", true},
		// 2. A State curbing rights — access prevented or disrupted,
		// surveillance beside shutdowns and censorship, measures it must
		// refrain from and cease — is human rights, not the duty's
		// prevention, monitoring or termination.
		{"The resolution condemns measures to prevent or disrupt access to information online.", "scope.prevention", false},
		{"The law allows officials to prevent access to websites deemed harmful.", "scope.prevention", false},
		{"It calls on all States to refrain from and cease such measures.", "scope.termination", false},
		{"Freedom of expression is increasingly restricted by surveillance, internet shutdowns and censorship.", "measures.monitoring", false},
		{"Freedom of expression is increasingly restricted by surveillance, internet shutdowns and censorship.", "topic.human_rights", true},
		{"Governments curtail assembly rights through online surveillance of protest networks.", "measures.monitoring", false},
		{"Online surveillance, bandwidth throttling and censorship of the internet silence journalists.", "measures.monitoring", false},
		{"States must take measures to prevent cyber operations against critical infrastructure abroad.", "scope.prevention", true},
		{"The territorial State must cease the operation once it is notified.", "scope.termination", true},
		{"States are not required to monitor all network traffic on their territory.", "measures.monitoring", true},
		{"A State aware of an attack should monitor the traffic of the servers on its territory.", "measures.monitoring", true},
		// 3. Help given to another State's operation, beside control or
		// direction of it, is shared responsibility or complicity, not
		// assistance against an operation.
		{"Responsibility may be shared when one State is involved in another State's operation by providing assistance or exercising control.", "measures.assistance", false},
		{"A State that gives aid or direction to another State's cyber operation may share responsibility for it.", "measures.assistance", false},
		{"Complicity arises when a State provides assistance to another State's wrongful cyber operation.", "measures.assistance", false},
		{"The affected State may request assistance from other States to mitigate the operation.", "measures.assistance", true},
		{"States should provide assistance to the victim State when it asks for help against an ongoing attack.", "measures.assistance", true},
		// 4. Coercion by arms is the force of an armed attack; coercion of a
		// State's choices is the element of intervention.
		{"A cyber operation without the physical characteristics of military coercion cannot be an armed attack under Article 51.", "topic.non_intervention", false},
		{"Armed coercion by one State against another is at the core of the prohibition of the use of force.", "topic.non_intervention", false},
		{"Armed coercion by one State against another is at the core of the prohibition of the use of force.", "topic.use_of_force", true},
		{"Election hacking may amount to coercion of the target State in matters within its domaine réservé.", "topic.non_intervention", true},
		{"Coercion is the element that turns a cyber interference in another State's affairs into a prohibited intervention.", "topic.non_intervention", true},
		// 5. Working together against an operation is help. C27 (round
		// 18): so is States working together against cyber threats (a
		// Council whose sentence names state actors); a pledge of leaders
		// naming no State, ally or partner is not read as States'.
		{"As a Council we must work together to address cyberthreats posed by state and non-state actors.", "measures.assistance", true},
		{"Leaders pledged to work together to counter cyberthreats to their elections.", "measures.assistance", false},
		{"The two CERTs worked together to mitigate the intrusion into the ministry's network.", "measures.assistance", true},
		// 6. Delegates debating whether texts should stay non-binding report
		// a debate (S1); a State calling the norm non-binding takes a side.
		{"Delegates debated the necessity of a convention or keeping the due diligence principles as non-binding guidelines.", "status.voluntary", false},
		{"The Committee discussed the need for a treaty or keeping the texts on due diligence as voluntary guidance.", "status.voluntary", false},
		{"We consider due diligence a voluntary, non-binding norm of responsible State behaviour.", "status.voluntary", true},
		{"For our delegation, the norm of due diligence remains non-binding and voluntary.", "status.voluntary", true},
		// 7. The duty to take measures to prevent harm to other States,
		// with its means between "obligation" and "prevent", is the duty to
		// prevent (C2); a treaty's or a firm's duty to prevent something
		// else is not.
		{"Micronesia stressed every State's obligation under international law to take all necessary measures to prevent harm to other States.", "status.binding", true},
		{"States have an obligation under customary law to take appropriate steps to prevent damage to the environment of other States.", "status.binding", true},
		{"The treaty obliges parties to take measures to prevent money laundering.", "status.binding", false},
		{"Companies have a duty to take steps to prevent harm to their customers' data.", "status.binding", false},
		// 8. (U) A firm vetting its suppliers' or vendors' security does
		// cyber risk management, not business and human rights; a firm's
		// due diligence on labour abuses in its supply chain is.
		{"Robust due diligence on supply chain partners is a strategic necessity after recent breaches.", "topic.human_rights", false},
		{"Supply-chain due diligence checks risk across suppliers. In cyber security it includes evaluating how a vendor handles credentials.", "topic.human_rights", false},
		{"Vendor due diligence in the supply chain relies on security questionnaires and audits.", "topic.human_rights", false},
		{"Companies must carry out due diligence on forced labour in their supply chains.", "topic.human_rights", true},
		{"Human rights due diligence requires firms to identify adverse impacts across their value chains.", "topic.human_rights", true},
		// 9. (U) An overview a text presents, or the application of bodies
		// of law a document considered, outlines its contents; a text
		// arguing that a body of law applies takes a position.
		{"We present a brief overview of the debate on the applicability of IHL to cyber operations during armed conflict.", "topic.ihl", false},
		{"The 1999 assessment considered the application of the jus in bello rules and space law to military operations in cyberspace.", "topic.ihl", false},
		{"The study reviewed the applicability of international humanitarian law to data operations.", "topic.ihl", false},
		{"In our view, international humanitarian law applies to cyber operations during armed conflict.", "topic.ihl", true},
		{"The ICRC holds that cyber operations in armed conflict are regulated by IHL.", "topic.ihl", true},
		// 10. (U) The impossibility of identifying who acted is the
		// difficulty of attribution; the impossible a State need not do is
		// the standard of conduct.
		{"The main issue is the impossibility in most cases, at least to date, to identify clearly the perpetrators of cyber operations.", "standard.capacity", false},
		{"It is often impossible to attribute an intrusion to its author with confidence.", "standard.capacity", false},
		{"Due diligence does not require a State to do the impossible to stop operations from its territory.", "standard.capacity", true},
		// 11. (U) A supplier relationship's risk-based care is procurement,
		// not the State's standard; measures commensurate with a State's
		// capacity are.
		{"Perform due diligence on prospective suppliers commensurate with the level of risk of each supplier relationship.", "standard.capacity", false},
		{"Procurement teams take measures commensurate with the risk each vendor poses.", "standard.capacity", false},
		{"A State must take measures commensurate with its capacity to stop operations from its territory.", "standard.capacity", true},
		// 12. (U) Data flowing through a network beside its bandwidth is
		// network engineering; data flows across borders are topic.data.
		{"Traffic monitoring gives insight into data flow across your infrastructure and the bandwidth each application uses.", "topic.data", false},
		{"Engineers measure latency and data flows between the two data centres.", "topic.data", false},
		{"States disagree on the regulation of cross-border data flows.", "topic.data", true},
		{"Free data flows across borders are central to the digital economy, the delegation said.", "topic.data", true},
		// 13. (U) Conduct attributable to States as the law's general
		// statement is the narrow pole of actors (C1).
		{"Operations of intelligence agents are attributable to States under the law of State responsibility.", "actors.state", true},
		// C35 (round 21) replaces S1 here: whether conduct is attributable
		// to States is a question the law must answer, and is tagged.
		{"The question is whether their conduct is attributable to States at all.", "actors.state", true},
		{"Only conduct attributable to States can breach the rule.", "actors.state", true},
		{"The rise in sales was attributable to strong demand.", "actors.state", false},
		// 14. (train, U) Hackers a State sponsors, who work for its
		// government or cover for its services, named in news of an
		// attribution are that State's agents, not a position that the rule
		// covers non-State actors; criminals a State must stop are.
		{"Germany says Russian state-sponsored hackers orchestrated the attack on the party's websites.", "actors.non_state", false},
		{"Cyber criminals and state-affiliated hacker groups have always been a concern, the president said.", "actors.non_state", false},
		{"Prosecutors charged 22 foreign hackers with working for foreign governments.", "actors.non_state", false},
		{"The centre found that several hacker groups were covers for the military intelligence service.", "actors.non_state", false},
		{"States must not allow criminal groups to use their territory for ransomware attacks.", "actors.non_state", true},
		{"Due diligence covers operations by non-State actors such as hacker groups on the State's territory.", "actors.non_state", true},
		{"Efforts to combat cybercriminals orchestrating state-sponsored espionage raise the question of holding them accountable under international law.", "actors.non_state", true},
		// 15. (U2, read after its one untouched score) Internet shutdowns
		// and rights held online are human rights online by their content;
		// a power grid or a plant shut down is not.
		{"The Council condemned internet shutdowns during elections and protests.", "topic.human_rights", true},
		{"The resolution condemns the shutdown of the Internet by governments.", "topic.human_rights", true},
		{"It puts pressure on governments to recognise a person's rights online.", "topic.human_rights", true},
		{"The plant's shutdown after the ransomware attack lasted three days.", "topic.human_rights", false},
		{"Operators plan a shutdown of the network for maintenance.", "topic.human_rights", false},
		// 16. (U2) A State's complicity in another State's wrongful act is
		// State responsibility; a research question about it takes no
		// position; wrongful acts "by other States" are States' conduct (C1).
		{"Issues of State complicity arise ever more often in cyber operations.", "topic.state_responsibility", true},
		{"The article examines complicit States that help another State's cyber operation.", "topic.state_responsibility", true},
		{"Is it possible for complicit States to play two different roles?", "topic.state_responsibility", false},
		{"The employees were complicit in the fraud.", "topic.state_responsibility", false},
		{"The rules on aiding internationally wrongful acts by other States are not yet fully developed.", "actors.state", true},
		{"The wrongful acts by other parties to the contract were settled in court.", "actors.state", false},
		// 17. (test6) A research question asked in the interrogative is a
		// question about its topic, tagged since C33 (round 20), as the same
		// words as an answer are.
		{"When does a cyber attack give rise to a right of self-defence, and when should it?", "topic.use_of_force", true},
		{"When do cyber operations amount to a prohibited intervention in another State's affairs?", "topic.non_intervention", true},
		{"When should a ransomware campaign qualify as a violation of sovereignty?", "topic.sovereignty", true},
		{"A cyber attack gives rise to a right of self-defence when it amounts to an armed attack.", "topic.use_of_force", true},
		{"Cyber operations amount to a prohibited intervention when they coerce another State in its internal affairs.", "topic.non_intervention", true},
		{"In our view, a ransomware campaign against a ministry can violate sovereignty.", "topic.sovereignty", true},
	})
}
