package annotate

import "testing"

// The tests below check the English rules of round 27 (B), written from the
// vocabulary with which legal, policy and news texts say six elements (the
// round's inventory, VOCAB-en.md) rather than from labelled misses. The
// sentences were written for this test: positives in several syntaxes and
// near misses (other senses, passing mentions, the conventions' NOT lines).

// TestRound27BAttributionInOtherWords checks topic.state_responsibility for
// the attributing act in further words of news and diplomacy (C11, C15):
// the finger pointed, a State fingered, an operation ascribed, traced back or
// linked by someone to a State's service, its hallmarks, a State's campaign
// exposed, a warrant for or the expulsion of its officers, a UN panel's
// report, relations severed over an attack; and not where the finger points
// at a government's own policy, a firm ascribes an outage, or a ransomware
// group with no State is named (C11 NOT, C15 NOT).
func TestRound27BAttributionInOtherWords(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Washington pointed the finger at Beijing for the cyber breach of the federal personnel database.", []string{"topic.state_responsibility"}},
		{"en", "Officials have fingered North Korea as the culprit behind the cyber theft from the central bank of Bangladesh.", []string{"topic.state_responsibility"}},
		{"en", "The intrusion bears the hallmarks of the Chinese Ministry of State Security, investigators said after the cyber attack on the State.", []string{"topic.state_responsibility"}},
		{"en", "The White House formally ascribed the supply-chain intrusion to Russia's foreign intelligence service.", []string{"topic.state_responsibility"}},
		{"en", "The attack was traced back to a unit of the People's Liberation Army, investigators concluded after the cyber intrusion.", []string{"topic.state_responsibility"}},
		{"en", "Britain and its allies exposed a Chinese state-sponsored cyber campaign targeting parliamentarians.", []string{"topic.state_responsibility"}},
		{"en", "Germany issued an arrest warrant for a Russian military intelligence officer over the hack of the Bundestag.", []string{"topic.state_responsibility"}},
		{"en", "The Netherlands expelled four GRU officers caught trying to hack the chemical weapons watchdog.", []string{"topic.state_responsibility"}},
		{"en", "The UN Panel of Experts reported that North Korean hackers stole cryptocurrency to fund the weapons programme.", []string{"topic.state_responsibility"}},
		{"en", "The cyber intrusion was later linked by US intelligence agencies to hackers working for the Russian government.", []string{"topic.state_responsibility"}},
		{"en", "Albania severed diplomatic relations with Iran over the cyber attack that paralysed government services.", []string{"topic.state_responsibility"}},
		{"en", "Microsoft said the hacking group, which it calls Midnight Blizzard, is part of Russia's foreign intelligence service.", []string{"topic.state_responsibility"}},
		{"en", "Critics pointed the finger at the government for failing to fund the cyber agency properly.", []string{"-topic.state_responsibility"}},
		{"en", "The company ascribed the outage of its servers to a faulty software update from a vendor in the United States.", []string{"-topic.state_responsibility"}},
		{"en", "The ransomware attack was attributed to the Conti gang by researchers.", []string{"-topic.state_responsibility"}},
		{"en", "The State's cyber agency is responsible for protecting government networks.", []string{"-topic.state_responsibility"}},
		{"en", "Attribution of the costs of the cyber programme among the ministries of the State is set by law.", []string{"-topic.state_responsibility"}},
		{"en", "The attribution of competences between the Union and its Member States governs cyber security policy.", []string{"-topic.state_responsibility"}},
	})
}

// TestRound27BResponsibilityLawInOtherWords checks topic.state_responsibility
// for the law of State responsibility said with ARSIWA's own nouns rather
// than its name: the wrongdoing, offending or responsible State, secondary
// obligations, responsibility shared among States, a State escaping its
// responsibility (negated too), reversible measures to induce compliance,
// compensation demanded of or paid to a State, continuing and composite
// wrongful acts, serious breaches of peremptory norms, special rules,
// attributability and imputation to a State, de facto agents; and not for
// responsible State behaviour, cybersecurity as a shared responsibility, a duty
// to act (C24 NOT), imputation under criminal law, an insurer's damages or a
// firm's liability.
func TestRound27BResponsibilityLawInOtherWords(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The victim State is entitled to compensation from the wrongdoing State for the damage caused by the cyber operation.", []string{"topic.state_responsibility"}},
		{"en", "Under international law, the breach of a primary obligation by a State triggers secondary obligations of cessation and reparation.", []string{"topic.state_responsibility"}},
		{"en", "Responsibility may be shared among several States that contributed to the same cyber harm.", []string{"topic.state_responsibility"}},
		{"en", "A State cannot escape its responsibility by outsourcing its cyber operations to private contractors.", []string{"topic.state_responsibility"}},
		{"en", "Victim States may respond with proportionate and reversible measures against the offending State to induce it to comply.", []string{"topic.state_responsibility"}},
		{"en", "The responsible State must make full reparation for the injury caused by its unlawful cyber operation.", []string{"topic.state_responsibility"}},
		{"en", "Ukraine demanded that Russia pay compensation for the damage its cyber attacks caused to the power grid.", []string{"topic.state_responsibility"}},
		{"en", "A cyber operation that persists over time may constitute a continuing wrongful act of the State.", []string{"topic.state_responsibility"}},
		{"en", "A series of cyber operations may together amount to a composite act engaging the State's responsibility.", []string{"topic.state_responsibility"}},
		{"en", "A serious breach of a peremptory norm by a State through cyber means obliges other States not to recognise the situation as lawful.", []string{"topic.state_responsibility"}},
		{"en", "States may agree on special rules of responsibility for cyberspace as lex specialis.", []string{"topic.state_responsibility"}},
		{"en", "The attributability of cyber operations to States is the main hurdle in enforcing international law online.", []string{"topic.state_responsibility"}},
		{"en", "No State has yet paid damages to another State for a cyber attack.", []string{"topic.state_responsibility"}},
		{"en", "The cyber operation can be imputed to the State because the hackers were acting as its de facto agents.", []string{"topic.state_responsibility"}},
		{"en", "Responsible State behaviour in cyberspace requires States to respect the eleven norms.", []string{"-topic.state_responsibility"}},
		{"en", "The conduct of the hackers is imputed to the gang's leaders under national criminal law for the cyber attack.", []string{"-topic.state_responsibility"}},
		{"en", "The insurer paid damages to the company after the cyber attack, though not to the State.", []string{"-topic.state_responsibility"}},
		{"en", "Cybersecurity is a shared responsibility of government, industry and citizens in every State.", []string{"-topic.state_responsibility"}},
		{"en", "States have shirked their responsibility for curbing cyber attacks originating from their own territories.", []string{"-topic.state_responsibility"}},
		{"en", "The company was held liable for failing to protect customer data.", []string{"-topic.state_responsibility"}},
		{"en", "The security measures are reversible and the government will review them for cyber risks.", []string{"-topic.state_responsibility"}},
	})
}

// TestRound27BCrimeInOtherWords checks topic.cybercrime for justice against
// crime done with ICTs said without the word (C12 b, C20): guilty pleas,
// convictions, prison terms, extraditions, raids and arrests, Interpol's
// operations, a bill criminalising malware, rewards, and the crimes named
// otherwise (booter services, cryptojacking, online child exploitation, the
// Second Additional Protocol); and not for arrests, raids or convictions
// that name no ICT crime (C12 NOT, C20), war crimes or a list of threats.
func TestRound27BCrimeInOtherWords(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The hacker pleaded guilty to conspiracy to commit computer intrusion.", []string{"topic.cybercrime"}},
		{"en", "Prosecutors secured the extradition of the man accused of running the botnet.", []string{"topic.cybercrime"}},
		{"en", "Police raided the home of a ransomware affiliate and seized cryptocurrency wallets.", []string{"topic.cybercrime"}},
		{"en", "Interpol coordinated an operation against phishing networks in twenty countries.", []string{"topic.cybercrime"}},
		{"en", "The bill criminalises the creation and distribution of malware.", []string{"topic.cybercrime"}},
		{"en", "The hacker was handed a five-year prison sentence for breaking into the State's tax database.", []string{"topic.cybercrime"}},
		{"en", "Police in Nigeria detained members of a business email compromise ring that defrauded companies abroad.", []string{"topic.cybercrime"}},
		{"en", "The online fraudsters were jailed after a joint operation by British and Spanish police.", []string{"topic.cybercrime"}},
		{"en", "The FBI offered a reward of 10 million dollars for information on the leaders of the ransomware group.", []string{"topic.cybercrime"}},
		{"en", "Booter services that sold denial-of-service attacks for hire were seized by the authorities of several countries.", []string{"topic.cybercrime"}},
		{"en", "Cryptojacking schemes hijack victims' computers to mine digital currency illegally.", []string{"topic.cybercrime"}},
		{"en", "Online child sexual exploitation has grown sharply since the pandemic.", []string{"topic.cybercrime"}},
		{"en", "The Second Additional Protocol facilitates access to subscriber information held by service providers in other States.", []string{"topic.cybercrime"}},
		{"en", "The man admitted to deploying ransomware against dozens of companies and was ordered to forfeit his cryptocurrency.", []string{"topic.cybercrime"}},
		{"en", "The Justice Department unsealed charges against a Ukrainian national for the ransomware attack on the software firm.", []string{"topic.cybercrime"}},
		{"en", "The indictment charges the defendants with operating a botnet of infected computers used for fraud.", []string{"topic.cybercrime"}},
		{"en", "The minister was arrested for corruption and the government's computers were searched for evidence.", []string{"-topic.cybercrime"}},
		{"en", "The agency charged with cybersecurity policy reported a rise in attacks on government networks.", []string{"-topic.cybercrime"}},
		{"en", "Hackers working for the State breached the ministry's networks, investigators said, in a cyber espionage campaign for its military intelligence.", []string{"-topic.cybercrime"}},
		{"en", "The central bank froze the assets of the sanctioned oligarch after the cyber strategy was adopted.", []string{"-topic.cybercrime"}},
		{"en", "Soldiers raided the village and destroyed the telecommunications tower used by the rebels online.", []string{"-topic.cybercrime"}},
		{"en", "The government arrested opposition leaders and shut down the internet during the protests.", []string{"-topic.cybercrime"}},
		{"en", "The court convicted the officer of war crimes, relying on digital evidence.", []string{"-topic.cybercrime"}},
		{"en", "States and cybercriminals alike threaten critical infrastructure.", []string{"-topic.cybercrime"}},
	})
}

// TestRound27BPreparationLackingOrNamed checks measures.capacity_building for
// a national framework lacking or named (C14): a country lacking a strategy or
// a CERT, an incident-reporting regime, a national risk assessment, help to
// develop a national cyber system, support to implement the norms, and the
// further instruments of preparation (cyber ranges and academies, sector
// guidelines, forensic laboratories, disclosure policies, bug bounties,
// certification, a cyber reserve, curricula, a law creating a body); and not
// for a national CERT named as an actor in an incident, a firm's incident team
// at work or its bug bounty, attackers' training or capabilities, a firm's
// forensic findings, or capacity building as an agenda item (C14 NOT).
func TestRound27BPreparationLackingOrNamed(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The country still lacks a cybersecurity strategy and a national CERT.", []string{"measures.capacity_building"}},
		{"en", "The law establishes a mandatory cyber incident reporting regime for critical infrastructure operators.", []string{"measures.capacity_building"}},
		{"en", "The agency conducts a national cyber risk assessment every two years.", []string{"measures.capacity_building"}},
		{"en", "Developing States need support to implement the agreed cyber norms of responsible behaviour.", []string{"measures.capacity_building"}},
		{"en", "Estonia helped Ukraine develop its national cyber security system and incident response capacity.", []string{"measures.capacity_building"}},
		{"en", "The ministry opened a national cyber range where State officials train against simulated attacks.", []string{"measures.capacity_building"}},
		{"en", "A cyber academy was founded to educate the next generation of the State's cyber defenders.", []string{"measures.capacity_building"}},
		{"en", "The central bank issued cybersecurity guidelines for banks and payment providers in the State.", []string{"measures.capacity_building"}},
		{"en", "Police set up a digital forensics laboratory to examine seized devices in cyber cases.", []string{"measures.capacity_building"}},
		{"en", "The State adopted a coordinated vulnerability disclosure policy for government cyber systems.", []string{"measures.capacity_building"}},
		{"en", "The government launched a bug bounty programme to find vulnerabilities in State cyber systems.", []string{"measures.capacity_building"}},
		{"en", "A national cybersecurity certification scheme for connected devices was introduced by the State.", []string{"measures.capacity_building"}},
		{"en", "The State created a cyber reserve of volunteer experts to support agencies during major cyber incidents.", []string{"measures.capacity_building"}},
		{"en", "Universities added cybersecurity to their curricula with funding from the State.", []string{"measures.capacity_building"}},
		{"en", "Kenya's Computer Misuse and Cybercrimes Act created new cyber offences and a coordinating committee.", []string{"measures.capacity_building"}},
		{"en", "The company's bug bounty programme paid researchers for finding flaws in its own cyber products.", []string{"-measures.capacity_building"}},
		{"en", "The hackers were trained at a cyber school run by the military intelligence service.", []string{"-measures.capacity_building"}},
		{"en", "The security firm's digital forensics lab found that the State-backed hackers used new malware.", []string{"-measures.capacity_building"}},
		{"en", "After the attack, the operator notified its national CERT and restored its cyber systems.", []string{"-measures.capacity_building"}},
		{"en", "The security firm found the hackers used a national CERT's email address in the phishing campaign.", []string{"-measures.capacity_building"}},
		{"en", "The attackers built up their cyber capabilities over several years.", []string{"-measures.capacity_building"}},
		{"en", "The agenda covers capacity building, norms and international law in cyberspace.", []string{"-measures.capacity_building"}},
		{"en", "The firm's incident response team contained the breach within hours.", []string{"-measures.capacity_building"}},
	})
}

// TestRound27BEndedInFurtherWords checks scope.termination for an operation
// ended in further verbs (C28, whoever does it): gangs reined in, a worm's
// spread halted, a leak site or marketplace forced offline, intruders
// dislodged, an ongoing campaign thwarted or interdicted, an attack stopped
// successfully, malware severed from its servers; and not for an attack
// taking a victim offline, a victim's own precaution, prevention before an
// attack begins, or content taken down (C28 NOT).
func TestRound27BEndedInFurtherWords(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Russia must rein in the ransomware gangs that operate from its territory.", []string{"scope.termination"}},
		{"en", "The patch halted the spread of the worm across hospital networks.", []string{"scope.termination"}},
		{"en", "The cyber gang's leak site was taken offline by the police and replaced with a seizure banner.", []string{"scope.termination"}},
		{"en", "Police forced the cyber gang's dark web marketplace offline and arrested its administrators.", []string{"scope.termination"}},
		{"en", "Defenders managed to dislodge the hackers from the network after weeks.", []string{"scope.termination"}},
		{"en", "The operation thwarted an ongoing campaign against the power grid.", []string{"scope.termination"}},
		{"en", "Security services foiled the attack while it was under way.", []string{"scope.termination"}},
		{"en", "States should take steps to interdict the cyber attack while it is in progress.", []string{"scope.termination"}},
		{"en", "Officials succeeded in stopping the attack before it spread further.", []string{"scope.termination"}},
		{"en", "Authorities severed the malware's connection to its control servers.", []string{"scope.termination"}},
		{"en", "Israel may act on the territory of a State that is unwilling or unable to suppress the threat posed by the armed group's cyber unit.", []string{"scope.termination"}},
		{"en", "The hackers offered to cease the cyber attack in exchange for a ransom from the State.", []string{"-scope.termination"}},
		{"en", "Support for the cyber programme will cease at the end of the year, the State announced.", []string{"-scope.termination"}},
		{"en", "The State's cyber agency ceased to exist in 2019 when it merged with the police.", []string{"-scope.termination"}},
		{"en", "The cyber attack forced the hospital offline for three days.", []string{"-scope.termination"}},
		{"en", "The company took its own cyber systems offline as a precaution after the breach.", []string{"-scope.termination"}},
		{"en", "The government reined in spending on cyber defence last year.", []string{"-scope.termination"}},
		{"en", "Platforms took down the disinformation posts.", []string{"-scope.termination"}},
	})
}

// TestRound27BMeasureOfTheDuty checks standard.capacity for the measure of a
// State's duty in further words (C13): within the limits of its capabilities
// or its reach, measures as are available and feasible, what can reasonably
// be asked or could reasonably have been done, the same standard for unequal
// resources, more expected of the capable, vigilance rising with the risk, a
// sliding scale, a well-governed State, a duty qualified by feasibility, best
// endeavours, reasonable vigilance, diligence proportionate to the gravity of
// the harm, the means the State has; and not for the same qualifiers said of
// a State's own response, regulated providers, notifying citizens,
// confidence-building measures, protecting its own networks, a supplier's
// risk, penalties or a company's care (C13 NOT).
func TestRound27BMeasureOfTheDuty(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The State is expected to prevent such cyber operations within the limits of its capabilities.", []string{"standard.capacity"}},
		{"en", "A State should take proportionate steps within its reach to stop the cyber operation.", []string{"standard.capacity"}},
		{"en", "The State must take such measures as are available and feasible to put an end to the cyber operation.", []string{"standard.capacity"}},
		{"en", "The obligation to prevent requires States to deploy every effort that can reasonably be asked of them against cyber harm.", []string{"standard.capacity"}},
		{"en", "The duty to prevent cyber harm is measured by what the State could reasonably have done.", []string{"standard.capacity"}},
		{"en", "A developing State with limited resources is not held to the same standard of prevention as an advanced one in cyberspace.", []string{"standard.capacity"}},
		{"en", "A State with sophisticated cyber capabilities may be expected to do more to stop an attack.", []string{"standard.capacity"}},
		{"en", "Under due diligence, the level of vigilance required of a State rises with the degree of risk involved in the cyber activity.", []string{"standard.capacity"}},
		{"en", "Due diligence operates on a sliding scale according to a State's cyber capacity.", []string{"standard.capacity"}},
		{"en", "The State must exercise the care that a well-governed State would exercise to prevent the cyber harm.", []string{"standard.capacity"}},
		{"en", "The duty to stop the cyber activity is qualified by feasibility.", []string{"standard.capacity"}},
		{"en", "The obligation to prevent cyber harm is one of best endeavours, not of result.", []string{"standard.capacity"}},
		{"en", "The standard of due diligence is that of a good government exercising reasonable vigilance over its cyber infrastructure.", []string{"standard.capacity"}},
		{"en", "The State must act with the diligence proportionate to the gravity of the cyber harm threatened.", []string{"standard.capacity"}},
		{"en", "Due diligence does not oblige the State to succeed, only to try in good faith with the means it has to stop the cyber operation.", []string{"standard.capacity"}},
		{"en", "The United Kingdom reserves the right to take appropriate action in response to the Russian cyber attack.", []string{"-standard.capacity"}},
		{"en", "Penalties for cyber offences must be proportionate to the gravity of the offence, the convention requires.", []string{"-standard.capacity"}},
		{"en", "Companies must exercise reasonable care to prevent breaches of customer data in their cyber systems.", []string{"-standard.capacity"}},
		{"en", "The government will respond to the cyber attack at a time and place of its choosing, using appropriate measures.", []string{"-standard.capacity"}},
		{"en", "Member States shall take appropriate measures to ensure that cloud providers manage cyber risks.", []string{"-standard.capacity"}},
		{"en", "The agency took reasonable steps to notify citizens affected by the cyber breach of government data.", []string{"-standard.capacity"}},
		{"en", "States agreed that confidence-building measures are appropriate steps to reduce cyber tensions between countries.", []string{"-standard.capacity"}},
		{"en", "The State used adequate measures to protect its own government networks from cyber attack.", []string{"-standard.capacity"}},
		{"en", "Perform due diligence on cyber suppliers with care commensurate with the level of risk of each supplier.", []string{"-standard.capacity"}},
	})
}

// TestRound27BBindingNotOfStates checks that status.binding stays off the
// due diligence duties of intermediaries, data controllers and the entities,
// platforms, deployers and manufacturers of EU regulations, and off a
// course's list of topics (C2, C32 NOT), while a State's duty keeps it, also
// when due diligence itself "obliges every State".
func TestRound27BBindingNotOfStates(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "For hosting providers, the legal landscape emphasises due diligence duties to remove illegal content.", []string{"-status.binding"}},
		{"en", "Under the GDPR, controllers are bound to exercise due diligence when choosing processors.", []string{"-status.binding"}},
		{"en", "Due diligence, sovereignty, non-intervention and the use of force are the customary international law topics of this course.", []string{"-status.binding"}},
		{"en", "Under NIS2, essential entities have due diligence obligations regarding the cybersecurity of their suppliers.", []string{"-status.binding"}},
		{"en", "Platforms must exercise due diligence under the Digital Services Act to assess systemic risks.", []string{"-status.binding"}},
		{"en", "Manufacturers have a legal duty of due diligence under the Cyber Resilience Act.", []string{"-status.binding"}},
		{"en", "Due diligence obligations in the EU's AI Act apply to deployers of high-risk systems.", []string{"-status.binding"}},
		{"en", "Due diligence obliges every State not to allow knowingly its territory to be used for acts contrary to the rights of other States.", []string{"status.binding"}},
		{"en", "The due diligence principle forms part of customary international law.", []string{"status.binding"}},
		{"en", "The Netherlands considers that States are legally bound to exercise due diligence.", []string{"status.binding"}},
	})
}
