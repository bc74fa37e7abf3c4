package annotate

import "testing"

// The tests below check the English rules of round 27 (writer A), written
// from the whole vocabulary in which legal, policy and news texts say six
// elements (VOCAB-en.md of the round), not from labelled passages. The
// sentences were written for this test: positives in several syntaxes and
// near misses (other senses of the same words, passing mentions, the
// conventions' NOT lines).

// TestRound27AOriginInOtherWords checks territory.origin for the further
// words of a place an operation comes from (C3), and not for transit,
// presence, affiliation or people and goods that come from a place.
func TestRound27AOriginInOtherWords(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Forensic analysts found that the intrusion originated with computers in a neighbouring country.", []string{"territory.origin"}},
		{"en", "The State in which the malicious cyber activity has its source is expected to act against it.", []string{"territory.origin"}},
		{"en", "According to the investigators, the campaign against the ministry was staged out of data centres in Romania.", []string{"territory.origin"}},
		{"en", "The denial-of-service attacks came out of Russia, the agency concluded.", []string{"territory.origin"}},
		{"en", "The ransomware was distributed from servers located in Moldova before it reached the hospitals.", []string{"territory.origin"}},
		{"en", "No State should allow cyber operations to be launched from its cyberspace against the critical infrastructure of others.", []string{"territory.origin"}},
		{"en", "The point of origin of the attack was a rented server in another country.", []string{"territory.origin"}},
		{"en", "The territory in which a harmful cyber operation originates determines which State must take measures.", []string{"territory.origin"}},
		{"en", "The State from which the harm proceeds must take all feasible measures to end the operation.", []string{"territory.origin"}},
		{"en", "The intruders used rented machines in Singapore as a launch pad for the attacks on the port.", []string{"territory.origin"}},
		{"en", "The malicious code was uploaded from a computer in Tehran hours before the attack.", []string{"territory.origin"}},
		{"en", "The phishing emails were sent from accounts hosted in Nigeria.", []string{"territory.origin"}},
		{"en", "The territorial State, from whose networks the attack was launched, denied any involvement.", []string{"territory.origin"}},
		{"en", "Malicious traffic was routed through servers in three countries before it reached its target.", []string{"-territory.origin"}},
		{"en", "Officials believe the intrusions were directed by operators located in North Korea.", []string{"-territory.origin"}},
		{"en", "The photos were uploaded from a computer in Beijing by a tourist.", []string{"-territory.origin"}},
		{"en", "The group behind the intrusion is based in Russia and has targeted hospitals in Europe.", []string{"-territory.origin"}},
		{"en", "Delegates came from France and Germany to attend the cyber diplomacy workshop.", []string{"-territory.origin"}},
		{"en", "The concept of cyber resilience originated in the United States in the 1990s.", []string{"-territory.origin"}},
	})
}

// TestRound27ANonStateInOtherWords checks actors.non_state where a State's
// duty or responsibility reaches private conduct in further words
// (outsourcing, contractors, intermediaries, a rule covering private
// companies, a State tolerating criminals: C10, C16), and not where
// non-State actors are partners, an inventory of threats or the authors only.
func TestRound27ANonStateInOtherWords(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "A State cannot evade its responsibility by outsourcing offensive cyber operations to private contractors.", []string{"actors.non_state"}},
		{"en", "States should not use intermediaries to conduct malicious ICT activities against other States.", []string{"actors.non_state"}},
		{"en", "The norm applies equally to operations by private companies registered in the territory of the State.", []string{"actors.non_state"}},
		{"en", "The Kremlin tolerates the ransomware underground as long as it spares Russian targets.", []string{"actors.non_state"}},
		{"en", "A State that hires hackers to attack a neighbour is responsible for their operations under international law.", []string{"actors.non_state"}},
		{"en", "For years the Kremlin has given ransomware operators free rein.", []string{"actors.non_state"}},
		{"en", "China will not encourage, support or condone hacker attacks, the spokesman said.", []string{"-actors.non_state"}},
		{"en", "The government gave the police a free hand to arrest the hackers.", []string{"-actors.non_state"}},
		{"en", "Governments and the private sector should share information on incidents and report breaches to the national CERT.", []string{"-actors.non_state"}},
		{"en", "States should cooperate to counter the growing threats from State and non-State actors in cyberspace.", []string{"-actors.non_state"}},
		{"en", "The private sector owns and operates most of the critical infrastructure targeted by attackers.", []string{"-actors.non_state"}},
	})
}

// TestRound27AStateOrgans checks actors.state for responsibility for a
// State's own organs and forces, and for a rule said to bind States only
// (C1), and not for public attributions (C1 NOT).
func TestRound27AStateOrgans(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Under international law a State is responsible for the conduct of its military cyber units, whatever their rank.", []string{"actors.state"}},
		{"en", "The obligation only binds States, not private persons or companies.", []string{"actors.state"}},
		{"en", "The question the law must answer is whether the operation can be legally attributed to Russia.", []string{"actors.state"}},
		{"en", "The norm concerns only operations carried out by State actors, not by criminals.", []string{"actors.state"}},
		{"en", "The intrusion was run under the direction of the Iranian government, which makes Iran answerable under the law of State responsibility.", []string{"actors.state"}},
		{"en", "The UK said hackers under the control of the Russian government were responsible for the attack.", []string{"-actors.state"}},
		{"en", "Officials said the attack was formally attributed to Russia by the European Union.", []string{"-actors.state"}},
		{"en", "The government said the intrusion was carried out by a unit of the GRU.", []string{"-actors.state"}},
		{"en", "The ministry publicly blamed a foreign intelligence service for the hack of its email servers.", []string{"-actors.state"}},
	})
}

// TestRound27AKnowledgeDenied checks knowledge.actual where a State's
// knowledge of an operation is denied (C9 tags the pole named), and not for
// constructive knowledge, investigators' findings or firms that knew.
func TestRound27AKnowledgeDenied(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "A State cannot be faulted for cyber operations from its territory of which it had no knowledge.", []string{"knowledge.actual"}},
		{"en", "Without any knowledge of the botnet on its servers, the territorial State could not be expected to act.", []string{"knowledge.actual"}},
		{"en", "Investigators learned that the attackers had reused stolen passwords to enter the network.", []string{"-knowledge.actual"}},
		{"en", "The company had no knowledge of the vulnerability in its software until researchers reported it.", []string{"-knowledge.actual"}},
		{"en", "The government notified the public of the outage caused by the attack.", []string{"-knowledge.actual"}},
		{"en", "The governor warned state agencies of the risk of ransomware attacks before the election.", []string{"-knowledge.actual", "-measures.notification"}},
	})
}

// TestRound27AKnowledgeVictimSide checks that knowledge.actual stays with the
// State that knows of operations from its territory (C8, C29) and not with a
// victim that detects or learns of attacks on its own systems, hears of
// reports, is briefed by its own services, or a vendor told of a flaw (C29
// NOT).
func TestRound27AKnowledgeVictimSide(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "A State that detects malicious activity on its infrastructure must take steps to stop it.", []string{"knowledge.actual"}},
		{"en", "The territorial State, once informed by the victim, must investigate the botnet on its servers.", []string{"knowledge.actual"}},
		{"en", "The ministry detected the intrusion into its networks within hours and isolated the affected systems.", []string{"-knowledge.actual"}},
		{"en", "The country has detected more than two thousand attacks on its networks this year.", []string{"-knowledge.actual"}},
		{"en", "The government became aware of the attacks on its websites only in April.", []string{"-knowledge.actual"}},
		{"en", "We are aware of press reports of an attack on the ministry and are looking into them.", []string{"-knowledge.actual"}},
		{"en", "The government was informed by its intelligence services that a foreign State was behind the attack.", []string{"-knowledge.actual"}},
		{"en", "When informed of the vulnerability exploited in the attack, the vendor released a patch.", []string{"-knowledge.actual"}},
	})
}

// TestRound27AHelpInOtherWords checks measures.assistance for experts and
// incident responders sent to an affected State and help accepted (C22,
// C27), and not for help inside one State or capacity building.
func TestRound27AHelpInOtherWords(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Allied governments provided incident response experts to the country after the attack on its tax systems.", []string{"measures.assistance"}},
		{"en", "Partner countries dispatched cybersecurity specialists to restore the government's networks after the ransomware attack.", []string{"measures.assistance"}},
		{"en", "The territorial State should accept the assistance offered by the injured State to stop the cyber operation.", []string{"measures.assistance"}},
		{"en", "Spain and the United States came to Costa Rica's aid after the ransomware attack crippled its ministries.", []string{"measures.assistance"}},
		{"en", "A victim State should be able to count on the help of other States when its infrastructure is attacked.", []string{"measures.assistance"}},
		{"en", "Its partners stood by Ukraine during the cyberattacks, providing hardware, software and know-how.", []string{"measures.assistance"}},
		{"en", "Solidarity with States hit by cyberattacks is part of the framework of responsible behaviour.", []string{"measures.assistance"}},
		{"en", "Many countries came to the aid of Turkey after the earthquake.", []string{"-measures.assistance"}},
		{"en", "The government bought hardware and software from foreign vendors despite the cyber risks.", []string{"-measures.assistance"}},
		{"en", "The ministry provided assistance to municipalities hit by ransomware last year.", []string{"-measures.assistance"}},
		{"en", "The National Guard assisted the state in restoring its systems after the ransomware attack.", []string{"-measures.assistance"}},
		{"en", "The World Bank provides assistance to strengthen the cybersecurity capacity of partner countries.", []string{"-measures.assistance"}},
		{"en", "The national agency helps companies recover from ransomware attacks.", []string{"-measures.assistance"}},
		{"en", "After the ransomware attack on her laptop, the victim asked the police for help.", []string{"-measures.assistance"}},
		{"en", "The insurer provides assistance to policyholders after a cyber incident.", []string{"-measures.assistance"}},
		{"en", "The United Nations offers assistance to States in implementing the framework of responsible State behaviour in cyberspace.", []string{"-measures.assistance"}},
	})
}

// TestRound27ANotificationMeaning checks measures.notification for the
// affected State told in the passive and notes to a State named (C8), and
// not for duties to notify of other law: transposition, employers, tenants,
// NIS-style reporting to one's own CSIRT, State aid, reports informing
// States of trends, advisories warning of strains.
func TestRound27ANotificationMeaning(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The affected State must be informed without delay of any incident that may harm its networks.", []string{"measures.notification"}},
		{"en", "Finland sent a formal note to Russia about the cyber operation against its parliament.", []string{"measures.notification"}},
		{"en", "Under the treaty the parties are obliged to notify and consult with Argentina before authorising the plant.", []string{"measures.notification"}},
		{"en", "Member States shall notify the Commission of the measures they adopt to transpose the directive.", []string{"-measures.notification"}},
		{"en", "Employers must warn workers of hazards in the workplace.", []string{"-measures.notification"}},
		{"en", "Entities shall notify their national CSIRT without undue delay of any incident having a significant impact.", []string{"-measures.notification"}},
		{"en", "The Commission must be notified of any State aid granted to the operator.", []string{"-measures.notification", "-knowledge.actual"}},
		{"en", "The annual report informs States about the latest trends in malicious activity.", []string{"-measures.notification", "-knowledge.actual"}},
		{"en", "Agencies warned of a new ransomware strain spreading through phishing emails.", []string{"-measures.notification"}},
		{"en", "Washington informed Moscow of the names of the ransomware suspects operating from Russia.", []string{"measures.notification", "knowledge.actual"}},
		{"en", "The United States warned Russia that it would respond to any cyberattack on its infrastructure.", []string{"-measures.notification", "-knowledge.actual"}},
		{"en", "The President warned his counterpart that critical infrastructure should be off limits to cyberattacks.", []string{"-measures.notification", "-knowledge.actual"}},
		{"en", "The government has warned of the risk of cyber attacks on its energy infrastructure this winter.", []string{"-measures.notification"}},
		{"en", "The operator notified the authority of the incident within 24 hours.", []string{"-knowledge.actual"}},
	})
}
