package annotate

import "testing"

// The tests below check the English rules of round 25a, written from the
// legal vocabulary of four elements (VOCAB-en.md in the repository root):
// ARSIWA's and diplomacy's words for State responsibility and attribution,
// the private actors texts name, the norm said to reach States alone, and
// a State's knowledge said in other words. The sentences were written for
// this test, not taken from a labelled passage: positives in several
// syntaxes and near misses (other senses, passing mentions, the
// conventions' NOT lines).

// TestRound25AResponsibilityConsequences checks topic.state_responsibility
// for the consequences of a wrong in the words of ARSIWA Parts Two and Three
// — cessation and guarantees of non-repetition, the forms of reparation, the
// injured State, a State's responsibility for its negligence or inaction,
// aid or assistance in another State's wrongful act, obligations erga omnes
// invoked, retorsion — and not for a court's or a firm's remedies, or a
// State injured by an armed attack in self-defence.
func TestRound25AResponsibilityConsequences(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "A State that has committed a wrongful act is under an obligation to cease that act and to offer guarantees that it will not be repeated.", []string{"topic.state_responsibility"}},
		{"en", "Reparation owed by a State may take the form of restitution, compensation or satisfaction.", []string{"topic.state_responsibility"}},
		{"en", "The responsible State must offer appropriate assurances that the cyber operations will not recur.", []string{"topic.state_responsibility"}},
		{"en", "The State's obligation to provide compensation covers financially assessable damage, including lost profits.", []string{"topic.state_responsibility"}},
		{"en", "Satisfaction owed by a State may consist of an acknowledgement of the breach, an expression of regret or a formal apology.", []string{"topic.state_responsibility"}},
		{"en", "A State that knowingly aids another State in committing a wrongful cyber operation bears responsibility for that aid.", []string{"topic.state_responsibility"}},
		{"en", "Under ARSIWA, a breach occurs when an act of a State is not in conformity with what an obligation requires of it.", []string{"topic.state_responsibility"}},
		{"en", "Retorsion, such as the expulsion of diplomats, is an unfriendly but lawful act that requires no prior wrong.", []string{"topic.state_responsibility"}},
		{"en", "Obligations erga omnes are owed to the international community as a whole, and any State may invoke their breach.", []string{"topic.state_responsibility"}},
		{"en", "Victim States should be able to claim damages from the State behind a destructive cyber operation.", []string{"topic.state_responsibility"}},
		{"en", "The victim State demanded that the State of origin acknowledge its responsibility and pay compensation.", []string{"topic.state_responsibility"}},
		{"en", "A State injured by a cyber operation may respond with proportionate measures.", []string{"topic.state_responsibility"}},
		{"en", "The question of States' responsibility in cases of negligence towards ransomware run from their territory can no longer be postponed.", []string{"topic.state_responsibility"}},
		{"en", "A State's liability for its inaction in the face of cyber attacks from its territory remains contested.", []string{"topic.state_responsibility"}},
		{"en", "The court ordered restitution of the stolen funds and compensation for the victims of the fraud.", []string{"-topic.state_responsibility"}},
		{"en", "The company's liability for negligence in protecting customer data was limited by the contract.", []string{"-topic.state_responsibility"}},
		{"en", "The hospital accepted its responsibility for negligence after the patient data leak.", []string{"-topic.state_responsibility"}},
		{"en", "The company must cease the unlawful processing and compensate the affected customers.", []string{"-topic.state_responsibility"}},
		{"en", "The victims sought compensation from the company in a civil court.", []string{"-topic.state_responsibility"}},
		{"en", "On retorsion, see for example the commentary published in 2020.", []string{"-topic.state_responsibility"}},
		{"en", "Victims of the data breach sought compensation from the government for the leak of their records by hackers.", []string{"-topic.state_responsibility"}},
		{"en", "The injured state may in self-defence strike the armed group, but only by attacking the territory of the state where it operates.", []string{"-topic.state_responsibility"}},
	})
}

// TestRound25AWrongfulnessPrecluded checks topic.state_responsibility for
// the circumstances precluding wrongfulness named where a State invokes them
// (force majeure, distress, necessity and its grave and imminent peril), and
// not for a contract's force majeure clause or a patient's distress.
func TestRound25AWrongfulnessPrecluded(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "A State may rely on consent, force majeure, distress or necessity to preclude the wrongfulness of its conduct.", []string{"topic.state_responsibility"}},
		{"en", "A State may invoke necessity only to safeguard an essential interest against a grave and imminent peril.", []string{"topic.state_responsibility"}},
		{"en", "A State may not rely on force majeure where it contributed to the situation it invokes.", []string{"topic.state_responsibility"}},
		{"en", "The insurer refused to pay, citing the war exclusion and force majeure clauses of the contract.", []string{"-topic.state_responsibility"}},
		{"en", "The supplier invoked force majeure after the cyber attack halted its factory, and the State buyer accepted the delay under the contract.", []string{"-topic.state_responsibility"}},
		{"en", "The patient was in distress and needed urgent care from the State hospital.", []string{"-topic.state_responsibility"}},
	})
}

// TestRound25AAttributionSaid checks topic.state_responsibility for the
// public attribution of an operation to a State in further words of news and
// diplomacy (C11, C15): condemned, named and shamed, pinned on, "the work
// of" or "the hallmarks of" a State's service, members of a State unit,
// sponsored by or acting at the direction of a State named by an adjective,
// working for a State by officials' account, linked to a State by officials,
// suspected of being behind it, an ambassador summoned over it, a denial
// that the State "had anything to do with" it; and not for criminals, a
// government's remit, other campaigns, engineers working for a government,
// or hopes pinned on a government.
func TestRound25AAttributionSaid(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The Kremlin dismissed the allegations that Russian hackers had interfered in the vote as baseless.", []string{"topic.state_responsibility"}},
		{"en", "Pyongyang denied any role in the theft of cryptocurrency blamed on its hackers.", []string{"topic.state_responsibility"}},
		{"en", "The joint statement called out China for the Microsoft Exchange compromise.", []string{"topic.state_responsibility"}},
		{"en", "The attackers were identified as a unit of the People's Liberation Army.", []string{"topic.state_responsibility"}},
		{"en", "Investigators traced the intrusion to a team working on behalf of the Iranian government.", []string{"topic.state_responsibility"}},
		{"en", "The group is widely believed to be sponsored by the North Korean state.", []string{"topic.state_responsibility"}},
		{"en", "Security researchers tied the espionage campaign to a group operating at the direction of the Iranian Revolutionary Guard.", []string{"topic.state_responsibility"}},
		{"en", "The White House blamed the Russian government for the SolarWinds hack.", []string{"topic.state_responsibility"}},
		{"en", "The allies condemned Russia's malicious cyber activity and called on it to stop.", []string{"topic.state_responsibility"}},
		{"en", "The government said it had high confidence that the intrusion was the work of the Russian foreign intelligence service.", []string{"topic.state_responsibility"}},
		{"en", "Russia's embassy denied that Moscow had anything to do with the hacking of the email servers.", []string{"topic.state_responsibility"}},
		{"en", "Officials pinned the breach on hackers working for Beijing.", []string{"topic.state_responsibility"}},
		{"en", "The government has not yet determined which State was behind the cyber attack.", []string{"topic.state_responsibility"}},
		{"en", "The cyberattack was launched by hackers of Unit 8200 of the Israeli army, according to the report.", []string{"topic.state_responsibility"}},
		{"en", "The hackers belong to a unit of the Russian military intelligence, the prosecutors alleged.", []string{"topic.state_responsibility"}},
		{"en", "The breach was the latest in a series of intrusions that officials have linked to China.", []string{"topic.state_responsibility"}},
		{"en", "The EU chose to name and shame Russia for the cyber attack on the parliament.", []string{"topic.state_responsibility"}},
		{"en", "China was named as the source of the cyber espionage by the Five Eyes governments.", []string{"topic.state_responsibility"}},
		{"en", "The attack bears the hallmarks of the North Korean state hackers, officials said.", []string{"topic.state_responsibility"}},
		{"en", "Officials believe the hackers were working for the Chinese government.", []string{"topic.state_responsibility"}},
		{"en", "The Lazarus Group, which the United States says works for North Korea's intelligence agency, stole the funds.", []string{"topic.state_responsibility"}},
		{"en", "Russia is suspected of being behind the cyberattack on the ministry.", []string{"topic.state_responsibility"}},
		{"en", "The foreign ministry summoned the Russian ambassador over the cyber attack on the parliament.", []string{"topic.state_responsibility"}},
		{"en", "Officials pinned their hopes on a new cyber strategy from the government.", []string{"-topic.state_responsibility"}},
		{"en", "The Russian government is responsible for cybersecurity policy and protects its critical infrastructure.", []string{"-topic.state_responsibility"}},
		{"en", "The foreign minister summoned the ambassador for talks about cyber cooperation.", []string{"-topic.state_responsibility"}},
		{"en", "Engineers working for the Chinese government built the new cyber defence centre.", []string{"-topic.state_responsibility"}},
		{"en", "The suspects accused of being behind the ransomware attack were arrested by police.", []string{"-topic.state_responsibility"}},
		{"en", "Which state agency is responsible for cybersecurity in the country?", []string{"-topic.state_responsibility"}},
		{"en", "The state government of Victoria said the ransomware attack was the work of a criminal gang.", []string{"-topic.state_responsibility"}},
		{"en", "The hackers belong to a loose collective of activists who oppose the government.", []string{"-topic.state_responsibility"}},
		{"en", "Researchers associated with military academies published a study of the intrusion.", []string{"-topic.state_responsibility"}},
		{"en", "Police attributed the ransomware attack to a criminal gang based abroad.", []string{"-topic.state_responsibility"}},
	})
}

// TestRound25AStatesMadeToAnswer checks topic.state_responsibility for a
// State made to answer for its cyber operations by costs or sanctions
// imposed on it (C24 in the words of policy), and not for persons sanctioned
// or a country facing the consequences of its own neglect.
func TestRound25AStatesMadeToAnswer(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The United States imposed sanctions on Iran in response to cyber attacks against its banks.", []string{"topic.state_responsibility"}},
		{"en", "The minister said the country would impose costs on States that conduct malicious cyber operations against it.", []string{"topic.state_responsibility"}},
		{"en", "Imposing consequences on States that carry out malicious cyber activity is necessary to deter them.", []string{"topic.state_responsibility"}},
		{"en", "Russia must answer for its cyber attacks against Ukraine.", []string{"topic.state_responsibility"}},
		{"en", "The minister warned that the country will face consequences if it fails to invest in cybersecurity.", []string{"-topic.state_responsibility"}},
		{"en", "The government sanctioned three individuals for their role in the ransomware attacks.", []string{"-topic.state_responsibility"}},
	})
}

// TestRound25ANonStateActorsNamed checks actors.non_state for the private
// actors legal and policy texts name beside "non-State actors" — IT armies,
// patriotic hackers, cyber militias, hackers for hire, insurgents, extremist
// and terrorist networks, criminal syndicates, botnet operators, ransomware
// affiliates, non-governmental entities, spyware vendors, companies on the
// territory doing harm — where a duty, attribution or a response reaches
// them, or the norm is said to apply whoever acts (C10, C16, C26); and not
// where they are only authors, policed or partners.
func TestRound25ANonStateActorsNamed(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The conduct of a volunteer IT army may be attributable to the State if it acts under the State's instructions.", []string{"actors.non_state"}},
		{"en", "States are obliged to prevent the use of their territory by insurgents and militias for attacks on other States.", []string{"actors.non_state"}},
		{"en", "Due diligence requires a State to address harmful cyber activities by non-governmental entities within its borders.", []string{"actors.non_state"}},
		{"en", "The norm applies regardless of whether the operation is conducted by a State or by a private hacker.", []string{"actors.non_state"}},
		{"en", "States should ensure that extremist groups are not able to use servers located in their territory to attack other countries.", []string{"actors.non_state"}},
		{"en", "A State may be held responsible for failing to prevent attacks by criminal syndicates operating from its territory.", []string{"actors.non_state"}},
		{"en", "The State of origin must take measures against the botnet operators once it knows of their operations.", []string{"actors.non_state"}},
		{"en", "The State did nothing to stop the hacker collective that crippled the neighbouring country's power grid.", []string{"actors.non_state"}},
		{"en", "A State must rein in the ransomware affiliates that operate from its territory.", []string{"actors.non_state"}},
		{"en", "The host State must act against the cyber militia that attacks a neighbouring State's networks from its territory.", []string{"actors.non_state"}},
		{"en", "States should prevent terrorist networks from using ICT infrastructure in their territory to plan attacks on other States.", []string{"actors.non_state"}},
		{"en", "States should prevent cyberterrorists from using their territory to launch attacks against other States.", []string{"actors.non_state"}},
		{"en", "States must not allow troll farms on their territory to interfere in other States' elections.", []string{"actors.non_state"}},
		{"en", "A State whose territory is used by separatist groups to launch cyber attacks must take steps to stop them.", []string{"actors.non_state"}},
		{"en", "Commercial spyware vendors based in a State must be subject to its export controls and oversight.", []string{"actors.non_state"}},
		{"en", "The tribunal held that a State may not allow its nationals to use its territory to injure a neighbouring State.", []string{"actors.non_state"}},
		{"en", "The allies demanded that the State take action against the organisations and individuals conducting the cyber campaign.", []string{"actors.non_state"}},
		{"en", "Washington is trying to enlist other countries in cracking down on ransomware gangs.", []string{"actors.non_state"}},
		{"en", "The host State did nothing to make the militants who seized the embassy withdraw.", []string{"actors.non_state"}},
		{"en", "States cannot evade responsibility by using proxies to conduct cyber operations.", []string{"actors.non_state"}},
		{"en", "Separatists launched cyber attacks on the government's websites.", []string{"-actors.non_state"}},
		{"en", "The agency will draw up response plans in coordination with relevant entities and individuals.", []string{"-actors.non_state"}},
		{"en", "Militants stormed the building and took hostages.", []string{"-actors.non_state"}},
		{"en", "Militants seized control of the territory and declared their own government.", []string{"-actors.non_state"}},
		{"en", "Insurgents attacked army posts in the border territory overnight.", []string{"-actors.non_state"}},
		{"en", "The ransomware affiliates were arrested in a joint police operation.", []string{"-actors.non_state"}},
		{"en", "The ideal outcome would be to arrest the botnet herders at the same time as seizing their servers.", []string{"-actors.non_state"}},
		{"en", "Transnational criminal elements that launder money this way are often responsible for such crimes.", []string{"-actors.non_state"}},
		{"en", "Private companies own and operate most of the critical infrastructure.", []string{"-actors.non_state"}},
	})
}

// TestRound25AStateConductOnly checks actors.state where the norm is said to
// reach States alone or a State to answer for its own organs and agents (and
// not to escape it through proxies), the rules on attribution under
// international law, or for other States using its territory (C1), and not
// for a news report that a State's agents carried out an operation or
// technology other countries use.
func TestRound25AStateConductOnly(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The obligation binds States and does not apply to the conduct of private actors.", []string{"actors.state"}},
		{"en", "The norm addresses States alone; non-State actors are not bound by it.", []string{"actors.state"}},
		{"en", "International law governs the conduct of States, and a State is responsible only for the cyber operations of its own organs and agents.", []string{"actors.state"}},
		{"en", "Cyber operations conducted by the intelligence agencies of a State are acts of that State.", []string{"actors.state"}},
		{"en", "International law imposes obligations on States, not on individuals.", []string{"actors.state"}},
		{"en", "A State is responsible for cyber operations carried out by its agents.", []string{"actors.state"}},
		{"en", "A State should not allow a foreign State to use its infrastructure to conduct cyber operations against a third State.", []string{"actors.state"}},
		{"en", "States must not allow their territory to be used by other States for wrongful cyber operations.", []string{"actors.state"}},
		{"en", "A State cannot escape responsibility by acting through its intelligence agencies or private contractors.", []string{"actors.state"}},
		{"en", "The rules on attribution under customary international law apply to cyber operations.", []string{"actors.state"}},
		{"en", "A State's internationally wrongful act entails its international responsibility.", []string{"actors.state"}},
		{"en", "Attribution under international law of a cyber operation to a State follows the ILC Articles.", []string{"actors.state"}},
		{"en", "States cannot evade responsibility by using proxies to conduct cyber operations.", []string{"actors.state"}},
		{"en", "The attack was carried out by its agents, the foreign minister said.", []string{"-actors.state"}},
		{"en", "No public attribution under international law is required before a State responds, France says.", []string{"-actors.state"}},
		{"en", "Governments cannot avoid responsibility by hiring consultants to write their cyber policy.", []string{"-actors.state"}},
		{"en", "The technology is used by other countries to monitor elections.", []string{"-actors.state"}},
		{"en", "States should not knowingly allow their territory to be used for internationally wrongful acts using ICTs.", []string{"-actors.state"}},
		{"en", "State actors and criminals alike target critical infrastructure.", []string{"-actors.state"}},
	})
}

// TestRound25AKnowledgeWords checks knowledge.actual where a State's
// knowledge is said without "know" and "aware" — told, informed, conscious,
// on receipt of a notification, holding credible information, discovering
// operations launched from its territory, acting with the territorial
// State's knowledge, "of which it had no knowledge" (C9) — and not for
// awareness-raising, information in general, a victim discovering it was hit
// or holding information of a threat, an ability to detect, States told of
// an accident, or constructive knowledge.
func TestRound25AKnowledgeWords(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The State knew about the ransomware group's servers but did nothing to shut them down.", []string{"knowledge.actual"}},
		{"en", "If a State discovers that a cyber operation is being launched from its territory, it must act.", []string{"knowledge.actual"}},
		{"en", "The State has been told by the victim State that hackers on its territory are attacking its hospitals.", []string{"knowledge.actual"}},
		{"en", "On receipt of a notification from the injured State, the territorial State must take measures to end the cyber operation.", []string{"knowledge.actual"}},
		{"en", "The attacks were carried out with the knowledge and consent of the territorial State.", []string{"knowledge.actual"}},
		{"en", "States must act when they have reliable information that their infrastructure is being used for cyber attacks.", []string{"knowledge.actual"}},
		{"en", "A State is not responsible for cyber operations from its territory of which it had no knowledge.", []string{"knowledge.actual"}},
		{"en", "The State was conscious that its networks were being used to attack another State's power grid.", []string{"knowledge.actual"}},
		{"en", "The Kremlin knows exactly who these cyber criminals are and where they are.", []string{"knowledge.actual"}},
		{"en", "The Kremlin knows where these ransomware groups are based, yet it does nothing.", []string{"knowledge.actual"}},
		{"en", "The State was fully informed about the hacking group's activities on its soil.", []string{"knowledge.actual"}},
		{"en", "After the joint statement, the State can no longer plead ignorance of the cyber actions conducted from its territory.", []string{"knowledge.actual"}},
		{"en", "Authorities were told that the servers would be replaced next year.", []string{"-knowledge.actual"}},
		{"en", "Reliable information about cyber threats helps governments prepare.", []string{"-knowledge.actual"}},
		{"en", "The State was conscious of the need to protect critical infrastructure from cyber attacks.", []string{"-knowledge.actual"}},
		{"en", "The government knows about the vulnerabilities of its servers.", []string{"-knowledge.actual"}},
		{"en", "The government told reporters that the hackers had been stopped before any data was stolen.", []string{"-knowledge.actual"}},
		{"en", "The government warned banks about the hacking group targeting their customers.", []string{"-knowledge.actual"}},
		{"en", "The government does not know who the hackers behind the cyber attack are.", []string{"-knowledge.actual"}},
		{"en", "States should raise public awareness of cyber hygiene.", []string{"-knowledge.actual"}},
		{"en", "A State should have known of the operation given its extensive surveillance capabilities.", []string{"-knowledge.actual"}},
		{"en", "The grant will expand the country's ability to secure its ministries, detect intrusions and coordinate incident response.", []string{"-knowledge.actual"}},
		{"en", "The health agencies have credible information of an imminent ransomware threat to the country's hospitals.", []string{"-knowledge.actual"}},
		{"en", "After a nuclear accident, the affected States shall be informed about its nature and location.", []string{"-knowledge.actual"}},
		{"en", "The government discovered that its networks had been breached by foreign hackers.", []string{"-knowledge.actual"}},
	})
}

// TestRound25AStateGivenInformation checks knowledge.actual where the State
// in or from whose territory an operation runs is given information, names
// or evidence about its authors, or alerted or told of them (C8, C29); and
// not for a victim State alerted, customers, partners or the public.
func TestRound25AStateGivenInformation(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The United States provided Russia with information about the ransomware group operating on its territory.", []string{"knowledge.actual"}},
		{"en", "Washington has shared the names of the hackers with Moscow and expects the Kremlin to act.", []string{"knowledge.actual"}},
		{"en", "The FBI passed details of the attackers to the Russian authorities.", []string{"knowledge.actual"}},
		{"en", "The Dutch authorities alerted their Russian counterparts to the botnet servers.", []string{"knowledge.actual"}},
		{"en", "Biden told Putin that the ransomware attacks were coming from Russian territory.", []string{"knowledge.actual"}},
		{"en", "Germany warned Moscow about the activities of the hacker group.", []string{"knowledge.actual"}},
		{"en", "The victim State transmitted evidence of the cyber operation to the State of origin.", []string{"knowledge.actual"}},
		{"en", "The bank provided customers with information about the phishing group.", []string{"-knowledge.actual"}},
		{"en", "We shared information about the ransomware group with our partners in Europe.", []string{"-knowledge.actual"}},
		{"en", "The Chilean government alerted its citizens about the cyber attack on its ministry.", []string{"-knowledge.actual"}},
		{"en", "The agency informed the public about the cyber threat.", []string{"-knowledge.actual"}},
	})
}
