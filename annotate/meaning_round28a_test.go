package annotate

import "testing"

// The tests below check the English rules of round 28 (writer en-a), written
// from the errors that batch 15's real passages (testdata/rounds/b15-en-a.jsonl)
// showed in knowledge.actual, measures.notification, measures.assistance,
// actors.non_state, scope.prevention, scope.mitigation and territory.origin.
// The sentences were written for this test, not taken from a labelled
// passage: positives in several syntaxes and near misses (other senses,
// victims, the conventions' NOT lines).

// TestRound28AKnowledgeOtherSenses checks that knowing said of attackers or
// insiders, knowledge as expertise and a victim "aware of the incident" are
// not a State's actual knowledge, while a State aware of operations from its
// territory still is.
func TestRound28AKnowledgeOtherSenses(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The government was aware of the cyber operations conducted from its territory against the neighbouring State.", []string{"knowledge.actual"}},
		{"en", "Once the State knew of the attacks launched from servers on its soil, it had to act.", []string{"knowledge.actual"}},
		{"en", "Judging by the timing of their messages, the attackers knew of the intrusion long before the ministry disclosed it.", []string{"-knowledge.actual"}},
		{"en", "Insiders apparently knew about the attack on the State's networks weeks before it was announced.", []string{"-knowledge.actual"}},
		{"en", "Federal agencies apply their knowledge of cyber threats to help the State's hospitals recover from the attack.", []string{"-knowledge.actual"}},
		{"en", "The government shares its knowledge of attacker techniques with the operators of critical infrastructure after every incident.", []string{"-knowledge.actual"}},
		{"en", "The ministry said it was aware of the incident affecting its own email servers and that the attack had been contained.", []string{"-knowledge.actual"}},
		{"en", "Once the territorial State is aware of the incident, it must take reasonable steps to stop the operation.", []string{"knowledge.actual"}},
		{"en", "The State's knowledge of the threats emanating from its territory triggers its duty to act against the operations.", []string{"knowledge.actual"}},
	})
}

// TestRound28AStateToldThroughChannels checks knowledge.actual and
// measures.notification where the State of origin is told of operations
// through a leaders' channel, a hotline, a diplomatic note or a demarche,
// or acts against a group on information from abroad (C8, C29); and not for
// the public told of incidents or a State's own police acting alone.
func TestRound28AStateToldThroughChannels(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Washington now communicates with Moscow about ransomware incidents that hit American hospitals.", []string{"knowledge.actual", "measures.notification"}},
		{"en", "The two capitals used the hotline to raise the wave of ransomware attacks on the pipeline operator.", []string{"knowledge.actual", "measures.notification"}},
		{"en", "The new directory of points of contact will allow urgent communication about cyber incidents between governments.", []string{"knowledge.actual", "measures.notification"}},
		{"en", "The State Department sent a diplomatic note to Iran about the attacks on the banks that investigators traced to Iranian servers.", []string{"knowledge.actual", "measures.notification"}},
		{"en", "Berlin will deliver a formal demarche to Russia over the intrusion into the parliament's network.", []string{"knowledge.actual", "measures.notification"}},
		{"en", "Acting on American intelligence, the security service arrested members of the ransomware group in their homes near Moscow.", []string{"knowledge.actual", "measures.notification"}},
		{"en", "The suspects were detained on the basis of foreign information about the hacking group's servers.", []string{"knowledge.actual", "measures.notification"}},
		{"en", "The agency communicates with the public about cyber incidents through its website and social media.", []string{"-knowledge.actual", "-measures.notification"}},
		{"en", "Local police arrested members of the hacking group after a long investigation of their own.", []string{"-knowledge.actual", "-measures.notification"}},
	})
}

// TestRound28ANotificationOtherSenses checks that an official speaking to
// the press and a State warning of further action are not a State told of
// an operation, while a State warned of one still is.
func TestRound28ANotificationOtherSenses(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Estonia warned Germany of the attack on its election servers hours before it spread.", []string{"measures.notification"}},
		{"en", "Officials told Reuters that the attack on the Chinese government networks came from servers in the United States.", []string{"-measures.notification"}},
		{"en", "The minister told the newspaper that Russia was behind the cyberattack on the State's power grid.", []string{"-measures.notification"}},
		{"en", "The United States warned of further action against Iran after the cyberattack on its ally.", []string{"-measures.notification"}},
		{"en", "The government warned of serious consequences for any State that allows ransomware attacks from its territory.", []string{"-measures.notification"}},
	})
}

// TestRound28AFirmsHelpAState checks measures.assistance for technology and
// cybersecurity firms giving a State support against attacks (C22: help
// "from ... the private sector"); and not for administrative or judicial
// assistance between investigators or help to build a State's defences
// (capacity building).
func TestRound28AFirmsHelpAState(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Cybersecurity firms have provided free support to Ukraine since the first wave of destructive malware.", []string{"measures.assistance"}},
		{"en", "Cyber defence help offered by Google and Cloudflare kept the ministries online through the attacks.", []string{"measures.assistance"}},
		{"en", "Microsoft donated cloud services worth millions to Kyiv so that the hackers could no longer reach government data.", []string{"measures.assistance"}},
		{"en", "French investigators say that requests for administrative assistance in the ransomware case have gone unanswered.", []string{"-measures.assistance"}},
		{"en", "Allied experts helped Moldova build its cyber defences, offering training and equipment.", []string{"-measures.assistance"}},
		{"en", "Technology companies provided humanitarian aid to Ukraine for families displaced by the war.", []string{"-measures.assistance"}},
	})
}

// TestRound28ANonStateOtherSenses checks that criminals whose network is
// closed down, hacktivists classed as hackers, hackers who take control of
// machines, "hacker empire" as an epithet, "state-funded actors" as possible
// authors and a government acting on firms' behalf are not a rule reaching
// non-State conduct (C10, C16 NOT); and that a State's tacit approval of
// those operating with impunity is.
func TestRound28ANonStateOtherSenses(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "“There is tacit approval that these gangs may operate with impunity,” the analyst said. “The question is whether the Kremlin does more than look away.”", []string{"actors.non_state"}},
		{"en", "States must prevent criminal groups on their territory from attacking the networks of other States.", []string{"actors.non_state"}},
		{"en", "After the closure of the criminal network's servers, officials said further steps were required to clean infected machines.", []string{"-actors.non_state"}},
		{"en", "The author argues that hacktivists should be treated as if they were malicious hackers.", []string{"-actors.non_state"}},
		{"en", "Foreign hackers took control of computers in the country to attack three neighbouring States.", []string{"-actors.non_state"}},
		{"en", "The spokesman called the United States a hacker empire and urged it to stop its attacks immediately.", []string{"-actors.non_state"}},
		{"en", "Investigators said the intrusion could be the work of state-funded actors from abroad.", []string{"-actors.non_state"}},
		{"en", "Private companies cannot hack back without breaking the law, so they want the government to respond on their behalf.", []string{"-actors.non_state"}},
	})
}

// TestRound28APreventionOtherSenses checks that deterrence strategies, a
// victim stopping an attack's further spread and defending its own systems
// are not the territorial State's prevention, while a duty to prevent
// operations still is.
func TestRound28APreventionOtherSenses(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "States should take measures to prevent cyber operations from their territory in the first place.", []string{"scope.prevention"}},
		{"en", "The obligation requires the territorial State to prevent attacks by groups operating from its soil.", []string{"scope.prevention"}},
		{"en", "Deterrence by denial seeks to make attacks too costly for an adversary to attempt in the first place.", []string{"-scope.prevention"}},
		{"en", "The panel studied deterrence strategies for preventing cyberattacks on the national grid.", []string{"-scope.prevention"}},
		{"en", "Administrators isolated the servers to prevent further spread of the attack across the network.", []string{"-scope.prevention"}},
		{"en", "The programme funds research on preventing hostile activity against U.S. information systems.", []string{"-scope.prevention"}},
	})
}

// TestRound28AMitigationNamed checks scope.mitigation for mitigation named by
// the attack it mitigates and for public bodies reducing the risk of cyber
// attacks (C23); and not for minimising vulnerabilities or the risk of
// conflict.
func TestRound28AMitigationNamed(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "DDoS mitigation filters the flood of malicious traffic so that the service stays online.", []string{"scope.mitigation"}},
		{"en", "Mitigation addresses the active suppression or absorption of an ongoing attack on the network.", []string{"scope.mitigation"}},
		{"en", "Government agencies must reduce the risk of cyberattacks on the services that citizens rely on.", []string{"scope.mitigation"}},
		{"en", "The federal plan aims at lowering the risk of ransomware incidents in public hospitals.", []string{"scope.mitigation"}},
		{"en", "Federal responders help the State's agencies minimize asset vulnerability after an incident.", []string{"-scope.mitigation"}},
		{"en", "Confidence-building measures between governments reduce the risk of conflict stemming from cyber incidents.", []string{"-scope.mitigation"}},
	})
}

// TestRound28AOriginCarriedOutFrom checks territory.origin for attacks
// carried out, conducted or staged from a country (C3); and not for goods
// carried from it or groups operating in it.
func TestRound28AOriginCarriedOutFrom(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The spokesman condemned the cyberattacks carried out from the country against its neighbours.", []string{"territory.origin"}},
		{"en", "Most of the intrusions were staged from that State, investigators concluded.", []string{"territory.origin"}},
		{"en", "The goods were carried from the country by rail and cleared at customs.", []string{"-territory.origin"}},
		{"en", "Several ransomware groups operate in the country without interference from the police.", []string{"-territory.origin"}},
	})
}

// TestRound28AClausesAndOrgans checks that a clause "consistent with national
// laws and regulations", individuals acting as State organs and tools given to
// a victim to thwart attacks are not non-State conduct reached or the
// territorial State's prevention, while private persons acting on a State's
// instructions and a duty to thwart attacks from the territory still are.
func TestRound28AClausesAndOrgans(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "A State is responsible under international law for the conduct of private individuals acting on its instructions.", []string{"actors.non_state"}},
		{"en", "Officials acting in their capacity as State organs engage the responsibility of their State, whatever domestic law says of individuals.", []string{"-actors.non_state"}},
		{"en", "The partners will trace and block ransom payments, consistent with national laws and regulations, to cut the income of ransomware actors.", []string{"-actors.non_state"}},
		{"en", "States should thwart malicious cyber activities launched from their territory against other States.", []string{"scope.prevention"}},
		{"en", "The United Kingdom is giving Ukraine tools and expertise to thwart attacks on its power grid.", []string{"-scope.prevention"}},
	})
}

// TestRound28APreventionWords checks scope.prevention for transfrontier harm,
// cybercriminals kept from using botnets and a botnet disrupted before it
// could be used; and not for data checked before it can be used or
// criminals described without a preventive word.
func TestRound28APreventionWords(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Customary law requires States to prevent transfrontier harm to the territory of their neighbours.", []string{"scope.prevention"}},
		{"en", "The court orders are one of the tools we use to prevent cybercriminals from abusing botnets to break into networks.", []string{"scope.prevention"}},
		{"en", "The agency disrupted the botnet before it could be used against the election infrastructure.", []string{"scope.prevention"}},
		{"en", "The data must be verified by the ministry before it can be used in the annual report.", []string{"-scope.prevention"}},
		{"en", "Cybercriminals used the botnet to break into hundreds of networks before the police seized its servers.", []string{"-scope.prevention"}},
	})
}

// TestRound28AOtherSensesKeepDuties checks that the other senses set aside
// above leave the duties standing: a State asked to close criminal networks,
// to keep hackers from taking control of machines abroad, or to prevent
// operations against its neighbours' systems.
func TestRound28AOtherSensesKeepDuties(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Russia must take action to close the criminal networks that run ransomware from its territory.", []string{"actors.non_state"}},
		{"en", "States should stop hackers on their territory from taking control of computers in other States.", []string{"actors.non_state"}},
		{"en", "The territorial State must prevent operations from its territory against their neighbours' information systems.", []string{"scope.prevention"}},
		{"en", "States should prevent the spread of malicious operations from their territory to other States.", []string{"scope.prevention"}},
	})
}

// TestRound28AHotlineBetweenStates checks that a hotline counts as a channel
// between States only where leaders or governments use it, not where firms
// report attacks to a national agency.
func TestRound28AHotlineBetweenStates(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The leaders agreed to use the hotline whenever ransomware attacks on critical infrastructure are traced to the other country.", []string{"measures.notification"}},
		{"en", "The national CERT runs a hotline where firms can report ransomware attacks around the clock.", []string{"-measures.notification", "-knowledge.actual"}},
	})
}
