package annotate

import "testing"

// The tests below check the English rules of round 23 against the families
// of phrasing that real passages use for the elements recall lacked most
// (scope.termination, topic.state_responsibility, actors.state,
// measures.assistance, measures.capacity_building, actors.non_state). The
// sentences were written for this test from the codebook's definitions and
// the gold conventions (testdata/gold/README.md), not taken from a labelled
// passage: positives in several syntaxes and near misses (other senses,
// passing mentions, the attackers as the subject, a victim's own systems).

// TestRound23Takedowns checks the takedown family of scope.termination (C28):
// the attackers' domains, servers, sites or platforms taken over or seized by
// whoever does it, an illegal service shut down, the attackers disrupted,
// cyber attacks cracked down on; and that attacks taking websites down, an
// end put to a state of affairs and the cessation a wrongdoing State owes
// are not.
func TestRound23Takedowns(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "A federal judge allowed the company to take control of the web domains used by the espionage group to steal credentials.", []string{"scope.termination"}},
		{"en", "The software firm has gained control of forty servers operated by a ransomware gang, cutting off its victims' data from the criminals.", []string{"scope.termination"}},
		{"en", "Police in six countries seized dozens of websites used to launch DDoS attacks for hire.", []string{"scope.termination"}},
		{"en", "The illicit marketplace was shut down last week and its administrators were arrested by the national cybercrime unit.", []string{"scope.termination"}},
		{"en", "Allied cyber commands are building the capability to disrupt hackers before they can strike hospitals.", []string{"scope.termination"}},
		{"en", "Beijing says it firmly cracks down on all forms of cyber attacks and hacking launched from its territory.", []string{"scope.termination"}},
		{"en", "Ransomware is a transnational threat that demands international cooperation to disrupt.", []string{"scope.termination"}},
		{"en", "Hackers took control of the servers used by the city hospital and encrypted its patient records.", []string{"-scope.termination"}},
		{"en", "A wave of DDoS attacks that temporarily took down government websites hit the country before the invasion.", []string{"-scope.termination"}},
		{"en", "The new statute is meant to put an end to uncertainty about the legal status of volunteer hackers in the armed forces.", []string{"-scope.termination"}},
		{"en", "The responsible State must cease the wrongful act if it is continuing and offer guarantees of non-repetition for its cyber operation.", []string{"-scope.termination"}},
		{"en", "Russian operations sought to disrupt elections in neighbouring States through cyber means.", []string{"-scope.termination"}},
	})
}

// TestRound23PublicAttribution checks the news wording of a public
// attribution (C11, C15): a State's military or intelligence hackers said
// to be behind an operation, a State blamed after hackers struck, an
// operation revealed as launched by a State's agency, attribution to a State
// discussed; and that authors named as background, attribution to criminals
// and links of other kinds are not.
func TestRound23PublicAttribution(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Washington and London said on Friday that Russian military hackers were behind the wiper attack on Ukrainian ministries.", []string{"topic.state_responsibility"}},
		{"en", "Several governments say Iranian state hackers are responsible for the intrusion into the water utility's control systems.", []string{"topic.state_responsibility"}},
		{"en", "Kyiv blamed Moscow after hackers knocked out heating in three cities in the middle of winter.", []string{"topic.state_responsibility"}},
		{"en", "The ministry revealed that the intrusion into the research institute had been launched by a foreign intelligence agency over several years.", []string{"topic.state_responsibility"}},
		{"en", "Officials alleged that the phishing campaign was carried out by the GRU against election staff.", []string{"topic.state_responsibility"}},
		{"en", "Experts urge caution before linking cyber attacks with a government, given how easily traces can be forged.", []string{"topic.state_responsibility"}},
		{"en", "Reporters were unable to attribute the intrusion to a State when the story went to press.", []string{"topic.state_responsibility"}},
		{"en", "Investigators attribute the ransomware outbreak to a criminal gang based abroad.", []string{"-topic.state_responsibility"}},
		{"en", "The ministry linked the outage to a software update rather than to any cyber attack.", []string{"-topic.state_responsibility"}},
		{"en", "Russian hackers are increasingly targeting small businesses with phishing emails, according to a cybersecurity firm.", []string{"-topic.state_responsibility"}},
		{"en", "Ukraine blamed Russia for the shelling of the power plant.", []string{"-topic.state_responsibility"}},
	})
}

// TestRound23AttributionTests checks actors.state for the law's tests and
// standards of attribution named as such (C35), and attribution of private
// actors' conduct to States; attribution as journalists or threat
// intelligence practise it is not.
func TestRound23AttributionTests(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Beyond effective control, other attribution tests in the ILC Articles may reach a State that commissions cyber operations.", []string{"actors.state"}},
		{"en", "The legal standard of attribution for cyber operations remains the one set by the Articles on State Responsibility.", []string{"actors.state"}},
		{"en", "Whether the attribution threshold is met when a government merely finances a hacking collective is doubtful.", []string{"actors.state"}},
		{"en", "The book studies the evidentiary standards for attribution of cyber operations under international law.", []string{"actors.state"}},
		{"en", "The project concerns the attribution of hacking by private groups to states under international law.", []string{"actors.state"}},
		{"en", "Journalists could not attribute the cyber intrusion to a State at the time of publication.", []string{"-actors.state"}},
		{"en", "Threat intelligence vendors apply their own attribution standards when naming hacking groups.", []string{"-actors.state"}},
		{"en", "The attribution of authorship of the malware's code took analysts months of forensic work.", []string{"-actors.state"}},
		{"en", "The marketing team ran an attribution test to see which online campaign drove the sales of the software.", []string{"-actors.state"}},
	})
}

// TestRound23CooperationAgainstThreats checks measures.assistance for States
// dealing with cyber attacks, incidents and threats together (C27) in the
// wordings "together", "joint efforts", "support one another" and a threat
// that "requires international cooperation"; cooperation against crime,
// to prevent only or to build capacity, and technical assistance to set up
// a CSIRT are not.
func TestRound23CooperationAgainstThreats(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Member States have rarely been able to respond to cyber incidents together, although attacks ignore national borders.", []string{"measures.assistance"}},
		{"en", "The ministers stressed the value of joint efforts to counter hybrid threats and malicious cyber activity against allies.", []string{"measures.assistance"}},
		{"en", "The partners pledged to support one another in the face of ransomware attacks on hospitals and power grids.", []string{"measures.assistance"}},
		{"en", "Allied nations will help each other when malicious cyber operations strike their critical infrastructure.", []string{"measures.assistance"}},
		{"en", "Hacking attacks are a global problem that requires international cooperation to tackle, the spokesman for the foreign ministry said.", []string{"measures.assistance"}},
		{"en", "Cyber threats are growing, and States must work jointly to build capacity and resilience in the region.", []string{"-measures.assistance"}},
		{"en", "Countries should cooperate to combat cybercrime through mutual legal assistance and joint investigations.", []string{"-measures.assistance"}},
		{"en", "The World Bank provided financing and technical assistance to establish the national CSIRT of the country.", []string{"-measures.assistance"}},
		{"en", "The two countries agreed to support each other's candidacies for the Security Council and discussed trade.", []string{"-measures.assistance"}},
	})
}

// TestRound23Preparation checks measures.capacity_building for awareness of
// attacks raised, capabilities developed to detect or disrupt attackers and
// a level of cyber resilience to be ensured; attackers' growing capabilities
// and awareness of an event are not.
func TestRound23Preparation(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Cooperation with academia and the private sector is needed to raise awareness of potential cyber attacks among small municipalities.", []string{"measures.capacity_building"}},
		{"en", "The agency campaign aims to increase awareness of phishing and ransomware among civil servants.", []string{"measures.capacity_building"}},
		{"en", "The alliance is developing capabilities to disrupt attackers and the servers they use before they launch cyber attacks.", []string{"measures.capacity_building"}},
		{"en", "Smaller States need to build the capacity to investigate cyber incidents affecting their ministries.", []string{"measures.capacity_building"}},
		{"en", "The rapid response teams will help member states ensure a higher level of cyber resilience across the Union.", []string{"measures.capacity_building"}},
		{"en", "Russia has been developing capabilities to disrupt power grids through cyber operations for years.", []string{"-measures.capacity_building"}},
		{"en", "The hackers raised awareness of their own group by leaking the stolen data online.", []string{"-measures.capacity_building"}},
	})
}

// TestRound23NonStateActors checks actors.non_state for safe havens denied
// or dismantled for criminals and hackers (C10), and that hackers named only
// as the users of seized domains or sites, and the private sector as a
// partner in collaboration, are not.
func TestRound23NonStateActors(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Joint action against ransomware among the partners would deny safe haven to ransomware operators in the region.", []string{"actors.non_state"}},
		{"en", "The convention aims to dismantle havens for cybercriminals by harmonising criminal law and encouraging cooperation.", []string{"actors.non_state"}},
		{"en", "The declaration commits its signatories to eliminating safe havens for hackers who attack hospitals online.", []string{"actors.non_state"}},
		{"en", "There must be no safe haven for cybercriminals who extort hospitals with ransomware.", []string{"actors.non_state"}},
		{"en", "The court allowed the company to seize the domains used by a hacker group for phishing.", []string{"-actors.non_state"}},
		{"en", "These booter websites were used by cybercriminals and hacktivists to flood their targets with traffic.", []string{"-actors.non_state"}},
		{"en", "Collaboration with the private sector and international organizations is necessary to respond to cyber incidents affecting the State.", []string{"-actors.non_state"}},
		{"en", "Threat actors often operate from safe havens beyond the reach of Western law enforcement.", []string{"-actors.non_state"}},
	})
}

// TestRound23PolicingAndOrigin checks topic.cybercrime for seizures by law
// enforcement and court orders to take control of hackers' domains (C12 b),
// territory.origin for cyber actions originating in a named State (C3);
// and that a court order in a copyright case, actions taken in a State and
// goods originating there are not.
func TestRound23PolicingAndOrigin(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "In a coordinated crackdown, law enforcement from nine countries seized the servers of a DDoS-for-hire service.", []string{"topic.cybercrime"}},
		{"en", "The company obtained a restraining order from a federal court to take control of domains used by a hacking group.", []string{"topic.cybercrime"}},
		{"en", "A court order allowed investigators to take control of the servers behind the phishing kits.", []string{"topic.cybercrime"}},
		{"en", "The statement targets hostile cyber actions originating mainly in Russia and North Korea.", []string{"territory.origin"}},
		{"en", "The court ordered the streaming website to remove the film after a copyright complaint.", []string{"-topic.cybercrime"}},
		{"en", "Russia took actions in Syria that the ministers condemned at length.", []string{"-territory.origin"}},
		{"en", "The tariff applies to steel goods originating in China and sold in Europe.", []string{"-territory.origin"}},
	})
}

// TestRound23PolicyNeedIsNoDuty checks that action or coordination said to be
// "required" to prevent incidents is a policy need, not status.binding,
// while a State obliged to prevent operations from its territory keeps it.
func TestRound23PolicyNeedIsNoDuty(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Coordinated national action is required to prevent, respond to and recover from cyber incidents.", []string{"-status.binding"}},
		{"en", "More investment is required to prevent incidents in hospitals' networks.", []string{"-status.binding"}},
		{"en", "A State is obliged to prevent cyber operations launched from its territory against other States.", []string{"status.binding"}},
	})
}

// TestRound23MoreFamilies checks phrasings found missing while writing
// families from the definitions: technical support sent to a named State
// after an attack (measures.assistance), the attackers' servers disconnected
// and malware removed by the authorities (scope.termination), the rules of
// attribution (actors.state) and responsibility for private conduct
// (actors.non_state); and their near misses.
func TestRound23MoreFamilies(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Allies offered technical support to Albania after the cyber attack on its government systems.", []string{"measures.assistance"}},
		{"en", "Several partners sent cybersecurity expertise to Moldova once the intrusion into its ministries was detected.", []string{"measures.assistance"}},
		{"en", "Authorities disconnected the compromised servers used in the cyber attack.", []string{"scope.termination"}},
		{"en", "A court-authorized operation removed the malware from infected computers in the United States.", []string{"scope.termination"}},
		{"en", "A State's cyber operations are governed by the rules of attribution, not by due diligence.", []string{"actors.state"}},
		{"en", "The State is not responsible for private cyber conduct unless it failed to exercise due diligence.", []string{"actors.non_state"}},
		{"en", "The company removed the malware from its own network after the breach and reset all passwords.", []string{"-scope.termination"}},
		{"en", "The hospital disconnected its own servers from the internet as a precaution.", []string{"-scope.termination"}},
		{"en", "The ministry offered financial help to Albania to rebuild schools after the earthquake.", []string{"-measures.assistance"}},
		{"en", "Private acts of kindness are not the concern of international law.", []string{"-actors.non_state"}},
	})
}

// TestRound23NearMisses checks near misses of the round's new phrases:
// attacks linked to the state of patching, attribution rules in copyright
// law, attackers helping each other, capabilities to disrupt banks, legal
// actions originating in a State, a trademark dispute over domains and a
// crackdown on activists online.
func TestRound23NearMisses(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The report links cyber attacks with the state of patching in hospitals.", []string{"-topic.state_responsibility"}},
		{"en", "Experts linked the attacks to a criminal gang rather than to any foreign intelligence service.", []string{"-topic.state_responsibility"}},
		{"en", "Courts apply the rules of attribution in copyright cases to decide who wrote a piece of software.", []string{"-actors.state"}},
		{"en", "The hackers helped each other evade detection during cyber attacks on banks.", []string{"-measures.assistance"}},
		{"en", "North Korea is developing capabilities to disrupt banks through cyber attacks.", []string{"-measures.capacity_building"}},
		{"en", "Legal actions originating in China against foreign cyber firms are rising.", []string{"-territory.origin"}},
		{"en", "A court order allowed the company to take control of the domains after a trademark dispute with a cybersquatter.", []string{"-topic.cybercrime"}},
		{"en", "The government cracked down on cyber activists who criticised it online.", []string{"-scope.termination"}},
	})
}

// TestRound23TakedownsPassiveAndAttribution checks a gang's infrastructure
// seized in the passive and a botnet knocked offline (scope.termination),
// help from partner governments to restore hacked systems
// (measures.assistance) and an assessment that a State's intelligence was
// behind an operation (topic.state_responsibility); and near misses.
func TestRound23TakedownsPassiveAndAttribution(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The infrastructure of the LockBit ransomware group was seized and taken offline by an international coalition of police forces.", []string{"scope.termination"}},
		{"en", "Authorities in five countries knocked the botnet offline.", []string{"scope.termination"}},
		{"en", "Help from partner governments allowed the country to restore its hacked systems within weeks.", []string{"measures.assistance"}},
		{"en", "Britain's NCSC assessed that Russian military intelligence was almost certainly behind NotPetya.", []string{"topic.state_responsibility"}},
		{"en", "The infrastructure of the port was seized by the invading army and its cyber units.", []string{"-scope.termination"}},
		{"en", "Analysts believe that better intelligence sharing is behind the drop in ransomware payments.", []string{"-topic.state_responsibility"}},
	})
}

// TestRound23BatchNineAdjudication checks two readings the second labeller's
// adjudication of batch 9 settled: "knowingly allow" is topic.due_diligence
// with the territory (C5), not when criminals are allowed to operate from a
// State; and States cooperating against ransomware itself, to counter or to
// disrupt it, is measures.assistance (C27).
func TestRound23BatchNineAdjudication(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "States should not knowingly allow their territory to be used for internationally wrongful acts using ICTs.", []string{"topic.due_diligence"}},
		{"en", "The statement condemned nations that knowingly allow cybercriminals to operate within their borders.", []string{"-topic.due_diligence", "knowledge.actual"}},
		{"en", "The ministers agreed that practical cooperation in countering ransomware among regional partners is essential.", []string{"measures.assistance"}},
		{"en", "Ransomware is a global scourge that requires international cooperation to disrupt.", []string{"measures.assistance"}},
		{"en", "Police cooperation to combat ransomware crime led to arrests in three countries.", []string{"-measures.assistance"}},
		{"en", "Some countries provide safe haven to ransomware gangs that operate from within their territory.", []string{"actors.non_state"}},
	})
}

// TestRound23OwnConduct checks actors.state for a rule or responsibility
// said to cover only a State's own conduct, conduct attributable to it or
// done on its instructions, or States themselves acting (C1), and
// actors.non_state for individuals on a State's territory who attack and
// firms hacking back; an agency's own activities, a firm's own networks and
// people's rights on a territory are not.
func TestRound23OwnConduct(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Under international law, a State is responsible only for its own conduct and for conduct attributable to it.", []string{"actors.state"}},
		{"en", "The norm applies to States' own cyber conduct, not to that of private actors.", []string{"actors.state"}},
		{"en", "A State is not responsible for the cyber conduct of private individuals unless they acted on its instructions.", []string{"actors.state", "actors.non_state"}},
		{"en", "The rule prohibits States themselves from conducting cyber operations against the critical infrastructure of others.", []string{"actors.state"}},
		{"en", "States must take measures against individuals on their territory who carry out DDoS attacks against other States.", []string{"actors.non_state"}},
		{"en", "Companies hacking back from Dutch territory could engage the Netherlands' due diligence obligation.", []string{"actors.non_state"}},
		{"en", "Each agency remains responsible for its own activities under the national cyber strategy of the State.", []string{"-actors.state"}},
		{"en", "The State's own cyber operations command was set up in 2019 to defend military networks.", []string{"-actors.state"}},
		{"en", "Individuals in their territory enjoy the freedom of expression online that the State must protect.", []string{"-actors.non_state"}},
	})
}

// TestRound23TransitAndControlledTools checks territory.transit for a State's
// infrastructure used as a relay and traffic travelling through a State's
// servers, and that hackers named as those who control wallets or servers
// are not actors.non_state; goods travelling through a State are not
// transit of an operation.
func TestRound23TransitAndControlledTools(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The obligation extends to States whose cyber infrastructure is used as a relay for operations against third States.", []string{"territory.transit"}},
		{"en", "Malicious traffic that only travels through a State's servers does not engage its responsibility.", []string{"territory.transit"}},
		{"en", "Investigators traced the stolen cryptocurrency to wallets controlled by the hackers and seized it.", []string{"-actors.non_state"}},
		{"en", "Goods that travel through the country by rail are exempt from customs duties.", []string{"-territory.transit"}},
	})
}

// TestRound23Recommendation checks status.voluntary for the norm called a
// recommendation, and that a report's recommendation that States exercise
// due diligence under customary law is not.
func TestRound23Recommendation(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Argentina considers that norm 13(c) is a recommendation that States are encouraged to follow.", []string{"status.voluntary"}},
		{"en", "For Brazil, the due diligence norm remains a mere recommendation for States in cyberspace.", []string{"status.voluntary"}},
		{"en", "The report's recommendation is that States exercise due diligence under customary international law.", []string{"-status.voluntary"}},
	})
}

// TestRound23VictimsAreNoActors checks that the private sector or private
// entities named as an operation's victims or targets, and criminals named
// as the users of blacklisted wallets, are not actors.non_state, while a
// State's duty to stop private companies' operations still is.
func TestRound23VictimsAreNoActors(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Officials said the foreign intelligence service was responsible for the hack, which compromised federal agencies and hundreds of private sector companies.", []string{"-actors.non_state"}},
		{"en", "Private entities become targets of cyber espionage conducted by or on behalf of a State, which may be held responsible under international law.", []string{"-actors.non_state"}},
		{"en", "Members agreed to share a blacklist of wallets used by ransomware actors to fight ransomware.", []string{"-actors.non_state"}},
		{"en", "The territorial State must stop private companies on its territory from conducting cyber operations against other States.", []string{"actors.non_state"}},
	})
}

// TestRound23ConfidenceBuilding checks that confidence-building measures alone
// are not measures.capacity_building (gold README, round 17), while awareness
// of how international law applies in cyberspace and a professional body for
// cyber security are.
func TestRound23ConfidenceBuilding(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Confidence building is a key pillar of the Open-ended Working Group's work on ICTs.", []string{"-measures.capacity_building"}},
		{"en", "Confidence-building measures in cyberspace aim at reducing tensions between States.", []string{"-measures.capacity_building"}},
		{"en", "The programme seeks to raise awareness of the applicability of international law in cyberspace among diplomats.", []string{"measures.capacity_building"}},
		{"en", "The government launched a professional body for cyber security to raise standards across the sector.", []string{"measures.capacity_building"}},
		{"en", "Regional organisations help States set up points of contact for ICT incidents as a confidence-building measure.", []string{"measures.capacity_building"}},
	})
}

// TestRound23FirmsThatAllow checks that hosting providers or platforms that
// allow criminals to operate are not a State faulted for it
// (actors.non_state), while a State that allows them still is.
func TestRound23FirmsThatAllow(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Bulletproof hosting providers allow cybercriminals to keep their servers online despite complaints.", []string{"-actors.non_state"}},
		{"en", "Some States allow cybercriminals to operate from their territory with impunity.", []string{"actors.non_state"}},
	})
}

// TestRound23SupportAndResponsibility checks families read from batch 11: a
// named State supported in defending against or recovering from attacks and a
// rapid-response capability (measures.assistance), servers deactivated and
// malicious software uninstalled by the authorities (scope.termination), a
// State responsible for the conduct of private groups or responsibility
// imposed on the State that aided them (actors.state); and near misses
// (support to build defences for the future, aid to private groups).
func TestRound23SupportAndResponsibility(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The government is supporting Ukraine with tools and expertise to repel Russian cyberattacks on its energy grid.", []string{"measures.assistance"}},
		{"en", "We will continue to support Albania's remediation efforts after the cyber attack on its government systems.", []string{"measures.assistance"}},
		{"en", "The allies agreed to create a virtual rapid response cyber capability to help members hit by cyberattacks.", []string{"measures.assistance"}},
		{"en", "The court allowed the firm to deactivate servers used by the criminals to spread malware.", []string{"scope.termination"}},
		{"en", "FBI agents issued commands to infected computers to uninstall the malicious software of the botnet.", []string{"scope.termination"}},
		{"en", "The tests determine what level of control is required before a State becomes responsible for the actions of non-State actors in cyberspace.", []string{"actors.state"}},
		{"en", "A test of virtual control would impose responsibility on a State that has funded private groups conducting cyber attacks.", []string{"actors.state"}},
		{"en", "Allies support Moldova in strengthening its cyber defence capabilities for the years ahead.", []string{"-measures.assistance", "measures.capacity_building"}},
		{"en", "The State provided financial and other assistance to private hacking groups that attacked its neighbour's networks.", []string{"-measures.assistance"}},
	})
}

// TestRound23AdverseImpacts checks that companies' measures to mitigate or
// terminate adverse impacts (human rights due diligence) end no operation,
// while a State's duty to terminate a cyber operation still does.
func TestRound23AdverseImpacts(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The directive also includes measures to mitigate, terminate or reduce adverse human rights impacts in value chains.", []string{"-scope.termination"}},
		{"en", "The territorial State must terminate the cyber operation and mitigate its effects on the victim State.", []string{"scope.termination"}},
	})
}
