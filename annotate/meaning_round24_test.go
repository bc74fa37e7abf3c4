package annotate

import "testing"

// The tests below check the English rules of round 24, written from the
// families of phrasing that batch 11's real passages (b11-en-… in
// testdata/gold/train.jsonl) showed the rules missing: the elements whose
// recall the untouched splits lack most. The sentences were written for
// this test, not taken from a labelled passage: positives in several
// syntaxes and near misses (other senses, passing mentions, negation, the
// conventions' NOT lines).

// TestRound24TakedownVerbs checks scope.termination for botnets and
// criminal servers ended with verbs other than "take down" or "disrupt"
// (C28), and not for victims switching off their own systems or attackers
// redirecting traffic.
func TestRound24TakedownVerbs(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Acting on a court order, the company deactivated the command and control servers that the criminals used to run the botnet.", []string{"scope.termination"}},
		{"en", "Investigators traced the malware to a hosting provider, which pulled the plug on the servers behind the ransomware operation.", []string{"scope.termination"}},
		{"en", "The bureau redirected the botnet's traffic to servers under its control and then issued commands to the infected computers to uninstall the malware.", []string{"scope.termination"}},
		{"en", "Police in three countries unplugged dozens of servers used by the cybercriminals to spread malicious software.", []string{"scope.termination"}},
		{"en", "The agency said it had remotely removed the malicious implants from hundreds of compromised routers across the country.", []string{"scope.termination"}},
		{"en", "With a court's authorisation, the FBI took control of the botnet's command and control servers and cut off the criminals' access.", []string{"scope.termination"}},
		{"en", "More than a hundred servers used by the ransomware gang were deactivated in a joint operation of European police forces.", []string{"scope.termination"}},
		{"en", "The attackers took control of the hospital's servers and encrypted the patient records for ransom.", []string{"-scope.termination"}},
		{"en", "After the ransomware attack, the hospital deactivated its own servers and networks as a precaution while experts investigated.", []string{"-scope.termination"}},
		{"en", "The attackers redirected the victims' traffic to servers they controlled in order to steal their banking credentials.", []string{"-scope.termination"}},
		{"en", "Users were told to update their computers because the malware can spread through unpatched systems of the ministry.", []string{"-scope.termination"}},
	})
}

// TestRound24NonStateActorsReached checks actors.non_state where a State
// shields hackers by refusing to extradite or prosecute them (C10), and
// where international law is said to permit, prohibit or recognise what
// private entities do in cyberspace; and not where hackers are only the
// authors or private firms only partners.
func TestRound24NonStateActorsReached(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Russia has consistently refused to extradite the hackers behind the ransomware attacks on American hospitals.", []string{"actors.non_state"}},
		{"en", "The government declined to prosecute the cybercriminals operating from its territory despite repeated requests from its neighbours.", []string{"actors.non_state"}},
		{"en", "Because the country won't extradite its nationals, the hacking suspects remain beyond the reach of foreign prosecutors.", []string{"actors.non_state"}},
		{"en", "Extradition of the ransomware operators was refused by Russia, which says its constitution protects its nationals.", []string{"actors.non_state"}},
		{"en", "International law does not recognise a right of private companies to hack back against those who attack their networks.", []string{"actors.non_state"}},
		{"en", "Whether international law prohibits private entities from conducting active cyber defence against foreign servers remains unsettled.", []string{"actors.non_state"}},
		{"en", "Hacking back by private firms would be unlawful under international law if it breached another State's sovereignty.", []string{"actors.non_state"}},
		{"en", "The hackers encrypted the hospital's files and demanded a ransom from the State health service.", []string{"-actors.non_state"}},
		{"en", "The government works with private companies and international partners to protect critical infrastructure from cyber attacks.", []string{"-actors.non_state"}},
		{"en", "Under national criminal law, hacking back by private companies is prohibited in most countries of the European Union.", []string{"-actors.non_state"}},
	})
}

// TestRound24AttributionInLaw checks actors.state where the tests of
// control that make a State answer for private actors, or attribution as a
// condition of an internationally wrongful act, are set out (C16, C35); and
// not for a public attribution next to a wrongful act or control tests of
// other kinds.
func TestRound24AttributionInLaw(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The cases set out the tests that determine what degree of control is needed before a State becomes responsible for the acts of non-State actors.", []string{"actors.state", "actors.non_state"}},
		{"en", "A standard of virtual control would impose responsibility on a State that has financed or equipped private hacker groups.", []string{"actors.state"}},
		// C35 NOT (dev-ro-private): a State answering for private conduct it
		// failed to prevent answers for its own omission.
		{"en", "A State may be responsible for the acts of private persons when it fails to prevent them from using its cyber infrastructure.", []string{"-actors.state", "actors.non_state"}},
		{"en", "States can be held responsible for the conduct of hacker groups on their territory if they failed to take the measures due diligence requires.", []string{"-actors.state"}},
		{"en", "A State is responsible for an internationally wrongful act only if the conduct is attributable to it and constitutes a breach of an international obligation.", []string{"actors.state"}},
		{"en", "Two elements make up an internationally wrongful act: the conduct must be attributable to the State under international law and must breach one of its obligations.", []string{"actors.state"}},
		{"en", "The government has attributed the cyber attack to a foreign intelligence service and called it an internationally wrongful act.", []string{"-actors.state"}},
		{"en", "Quality control tests showed that the contractor was responsible for the errors made by its own staff.", []string{"-actors.state"}},
	})
}

// TestRound24AssistanceBetweenStates checks measures.assistance for one
// State supporting another's defence, remediation or recovery from a cyber
// attack, aid asked after an attack and allies setting up a joint response
// (C22, C27); and not for support of a State's position, help inside one
// State or aid to build capacity against future threats.
func TestRound24AssistanceBetweenStates(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "We will continue to support Albania's recovery efforts after the destructive cyber attack on its government networks.", []string{"measures.assistance"}},
		{"en", "Russia keeps attacking Ukraine's energy grid. The United Kingdom is helping Ukraine with tools, experts and intelligence to repel these attacks.", []string{"measures.assistance"}},
		{"en", "After the ransomware crippled its tax system, the government sent a request for aid to its allies in Washington.", []string{"measures.assistance"}},
		{"en", "Albania's ministry sought outside help from a software company, whose engineers then helped to restore the systems encrypted in the cyber attack.", []string{"measures.assistance"}},
		{"en", "The allies agreed at the summit to create a rapid response cyber capability to assist any member hit by a major attack.", []string{"measures.assistance"}},
		{"en", "NATO member states agreed to establish a joint mechanism to respond to cyber attacks against any of them.", []string{"measures.assistance"}},
		{"en", "Several governments support Ukraine's bid for membership and its position on the cyber resolution.", []string{"-measures.assistance"}},
		{"en", "The guide tells governors how to request federal support after a cyber incident affects their state agencies.", []string{"-measures.assistance"}},
		{"en", "The partners support Moldova in strengthening its cyber defence capabilities to withstand attacks in the future.", []string{"-measures.assistance", "measures.capacity_building"}},
		{"en", "NATO member states condemned the cyber attacks and discussed the situation with their partners.", []string{"-measures.assistance"}},
	})
}

// TestRound24CapacityBuilt checks measures.capacity_building for a State's
// cyber capabilities or resilience maintained or strengthened (often what
// assistance is for) and for a country's legal structures against computer
// crime found inadequate (C14); and not for attackers' capabilities or
// laws that differ between States.
func TestRound24CapacityBuilt(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Ukraine will need years of assistance to maintain and strengthen its cybersecurity and cyber resilience capabilities.", []string{"measures.capacity_building"}},
		{"en", "The grant supports the country's capacity to detect and respond to intrusions against government networks.", []string{"measures.capacity_building"}},
		{"en", "Donors pledged funding to help the ministry build its national cyber defence posture over the next three years.", []string{"measures.capacity_building"}},
		{"en", "The self-assessment tool helps governments elaborate their national approach to cybersecurity and critical information infrastructure protection.", []string{"measures.capacity_building"}},
		{"en", "Regional efforts in beefing up cybersecurity will give the region's States more trust and assurance against cyber attacks.", []string{"measures.capacity_building"}},
		{"en", "Countries with inadequate legal frameworks against computer crime become safe havens for those who attack foreign networks.", []string{"measures.capacity_building"}},
		{"en", "The report found the national cybercrime legislation outdated and weak in the face of ransomware.", []string{"measures.capacity_building"}},
		{"en", "The hacker group has steadily improved its offensive cyber capabilities against Western targets.", []string{"-measures.capacity_building"}},
		{"en", "Divergent and inconsistent legal frameworks between States on computer crime complicate extradition.", []string{"-measures.capacity_building"}},
	})
}

// TestRound24StateResponsibility checks topic.state_responsibility for a
// group reported to be affiliated with a State (C15) and for the law of
// State responsibility weighed for cyber operations; and not for a bare
// descriptor or a text that says it leaves the topic aside.
func TestRound24StateResponsibility(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The two ransomware groups are believed to be affiliated with the Russian state, according to Western officials.", []string{"topic.state_responsibility"}},
		{"en", "Researchers said the hacking group is aligned with Iran's intelligence services and serves their interests.", []string{"topic.state_responsibility"}},
		{"en", "The law of State responsibility developed for kinetic attacks does not adequately address cyber operations by proxies.", []string{"topic.state_responsibility"}},
		{"en", "A test of overall control would be better suited to imposing responsibility on a sponsor of hackers.", []string{"topic.state_responsibility"}},
		{"en", "The State-affiliated group has targeted telecommunications firms in Asia and Europe for years.", []string{"-topic.state_responsibility"}},
		{"en", "The group is not affiliated with any government, its members told journalists after the hack.", []string{"-topic.state_responsibility"}},
	})
}

// TestRound24CybercrimePursued checks topic.cybercrime for hacktivists,
// hacking suspects and cyber fugitives pursued, and for police
// investigations that trace a botnet's servers (C12 (b)); and not for
// hacktivism as a threat or a firm's own incident investigation.
func TestRound24CybercrimePursued(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "States are expected to prosecute hacktivists who operate from their territory against foreign governments.", []string{"topic.cybercrime"}},
		{"en", "Five hacking suspects evaded arrest and were placed on the most wanted list of the European police agency.", []string{"topic.cybercrime"}},
		{"en", "The country has long refused the extradition of cybercrime suspects to the States whose networks they attacked.", []string{"topic.cybercrime"}},
		{"en", "After a two-year investigation, police officers traced the servers that controlled the botnet to a data centre abroad.", []string{"topic.cybercrime"}},
		{"en", "Hacktivism has become one of the main cyber threats facing governments, alongside espionage and sabotage.", []string{"-topic.cybercrime"}},
		{"en", "The company's chief security officer said its internal investigation found malware on two of its servers.", []string{"-topic.cybercrime"}},
	})
}

// TestRound24HelpOfferedBetweenStates checks measures.assistance for the
// other words of help between States against cyber operations (C22):
// coming to a State's aid, support offered or received from partners, a
// State ready to assist, the EU's solidarity clause invoked; and not for
// help from a State's own agencies, humanitarian or military aid, or a
// generic need for coordination.
func TestRound24HelpOfferedBetweenStates(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Its neighbours came to the aid of Montenegro after the cyber attacks on its government networks.", []string{"measures.assistance"}},
		{"en", "Ukraine received significant support from partners and allies to defend its networks against Russian cyber attacks.", []string{"measures.assistance"}},
		{"en", "The European Union invoked the solidarity clause after the cyberattack on a member state's power grid.", []string{"measures.assistance"}},
		{"en", "The Netherlands pledged support to Albania after the destructive cyber attack on its public services.", []string{"measures.assistance"}},
		{"en", "Germany stands ready to assist Moldova should the ransomware attacks on its ministries continue.", []string{"measures.assistance"}},
		{"en", "A hospital hit by a cyber incident can receive support from national agencies, which investigate and help it recover.", []string{"-measures.assistance"}},
		{"en", "The donors offered humanitarian aid to Ukraine while its networks suffered cyber attacks.", []string{"-measures.assistance"}},
		{"en", "A growing need for a coordinated response to cyberattacks may lead States to accept new rules.", []string{"-measures.assistance"}},
	})
}

// TestRound24ConductMadeTheStates checks actors.state and
// topic.state_responsibility for the rules of attribution beyond organs and
// control (conduct adopted as the State's own, insurrectional movements,
// organs acting ultra vires) and for necessity pleaded; and not for a firm
// adopting a policy as its own or necessity in another sense.
func TestRound24ConductMadeTheStates(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "A State is responsible for a cyber operation by hackers that it later acknowledges and adopts as its own.", []string{"actors.state", "topic.state_responsibility"}},
		{"en", "When the government endorsed the hack and adopted the conduct as its own, the operation became an act of the State under international law.", []string{"actors.state"}},
		{"en", "The conduct of an insurrectional movement which becomes the new government of a State is considered an act of that State.", []string{"actors.state", "topic.state_responsibility"}},
		{"en", "Cyber operations by State organs acting ultra vires are still attributable to the State under international law.", []string{"actors.state"}},
		{"en", "A State may invoke the plea of necessity to preclude the wrongfulness of a cyber operation that protects an essential interest.", []string{"topic.state_responsibility"}},
		{"en", "The company adopted the security policy as its own after the cyber incident at its subsidiary.", []string{"-actors.state", "-topic.state_responsibility"}},
		{"en", "Out of necessity, the ministry rebuilt its networks after the cyber attack on its servers.", []string{"-topic.state_responsibility"}},
	})
}

// TestRound24IntrudersEvicted checks scope.termination for intruders
// evicted from the networks they broke into and malware stopped through
// its kill switch (C28); and not for diplomats or staff expelled.
func TestRound24IntrudersEvicted(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The national cyber security centre worked for weeks to evict the intruders from the ministry's computer networks.", []string{"scope.termination"}},
		{"en", "A researcher registered the domain that served as the malware's kill switch, which halted the spread of the ransomware worldwide.", []string{"scope.termination"}},
		{"en", "Once the hackers were expelled from the government's networks, the agency restored its cyber services.", []string{"scope.termination"}},
		{"en", "After the cyber attack, the government expelled three diplomats from the embassy of the State it blamed.", []string{"-scope.termination"}},
	})
}

// TestRound24CommercialIntrusionMarket checks actors.non_state for spyware
// vendors and hacking for hire where States are to regulate or answer for
// them (C10, C16); and not where the market is only described.
func TestRound24CommercialIntrusionMarket(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "States should regulate the commercial market for spyware and hack-for-hire services that enable abuses in cyberspace.", []string{"actors.non_state"}},
		{"en", "International law requires States to exercise due diligence over cyber mercenaries operating from their territory.", []string{"actors.non_state"}},
		{"en", "The government announced export controls on commercial intrusion tools sold by companies based in its territory.", []string{"actors.non_state"}},
		{"en", "The report describes how the commercial spyware industry has grown since 2015 and which cyber tools it sells.", []string{"-actors.non_state"}},
	})
}

// TestRound24ExtraditionAndOrigin checks measures.response for a State
// refusing to extradite the hackers another State seeks (C18), and
// territory.origin for a territory used as a base from which operations are
// launched (C3); and not for a request with no ICT named or a platform
// launching a product.
func TestRound24ExtraditionAndOrigin(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Russia has long refused to extradite hacking suspects to the States whose networks they attacked.", []string{"measures.response"}},
		{"en", "Extradition of the ransomware operators was denied by the government, which said its constitution protects its nationals.", []string{"measures.response"}},
		{"en", "The country refused to extradite the businessman accused of tax fraud to its neighbour.", []string{"-measures.response"}},
		{"en", "Each State must prevent its territory from being used as a base from which cyber attacks are launched against other States.", []string{"territory.origin"}},
		{"en", "The servers served as a staging platform from which the intrusions into foreign ministries were conducted.", []string{"territory.origin"}},
		{"en", "The company used its cloud platform from which it launched a new cyber security product for governments.", []string{"-territory.origin"}},
	})
}
