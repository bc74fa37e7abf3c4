package annotate

import "testing"

// The tests below check the English rules of round 26 (B), written from the
// vocabulary with which legal and policy texts say six elements (the
// round's inventory, VOCAB-en.md) rather than from labelled misses. The
// sentences were written for this test: positives in several syntaxes and
// near misses (other senses, passing mentions, the conventions' NOT lines).

// TestRound26BBindingNextDoor checks status.binding where due diligence is
// named in one sentence and its legal status given in the next, without an
// anaphor ("the principle is binding", "this obligation", "settled law"),
// and where a passage calls it only "the principle"; and not where the status
// next door belongs to a treaty, sovereignty or a firm, or sits beside a
// hedge or a scenario (C2, S1, C34).
func TestRound26BBindingNextDoor(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Norway attaches great importance to due diligence. In its view, States are bound by the principle under customary international law.", []string{"status.binding"}},
		{"en", "Due diligence applies in cyberspace. States are obliged under international law to act against operations they know of.", []string{"status.binding"}},
		{"en", "Due diligence is relevant to cyberspace. This obligation applies irrespective of whether the operation is attributable to a State.", []string{"status.binding"}},
		{"en", "Due diligence in cyberspace matters. For Italy, it is settled law.", []string{"status.binding"}},
		{"en", "On due diligence, France's position is clear. States are bound by this rule in cyberspace as elsewhere.", []string{"status.binding"}},
		{"en", "The principle of due diligence applies online. It is firmly established in international law since Corfu Channel.", []string{"status.binding"}},
		{"en", "Due diligence has a long history. The obligation is owed by every State to all other States as a matter of law.", []string{"status.binding"}},
		{"en", "The study concludes that the principle is a legally binding norm of general application, and so it must also govern conflicts in cyberspace.", []string{"status.binding"}},
		{"en", "The Czech Republic considers the principle of due diligence a binding component of international law.", []string{"status.binding"}},
		{"en", "Due diligence has binding force for all States in cyberspace.", []string{"status.binding"}},
		{"en", "Due diligence is at the heart of norm 13(c). States therefore have a legal obligation to act against harmful operations from their territory.", []string{"status.binding"}},
		{"en", "Due diligence is a useful concept. A breach of an international obligation entails the responsibility of the State.", []string{"-status.binding"}},
		{"en", "The treaty has binding force for its parties, and due diligence is mentioned in its preamble.", []string{"-status.binding"}},
		{"en", "Due diligence is often mentioned. Sovereignty is a binding rule of customary international law.", []string{"-status.binding"}},
		{"en", "Due diligence is a useful concept. It is an obligation for companies under the new directive.", []string{"-status.binding"}},
		{"en", "The UK treats due diligence as a voluntary norm. Only treaties and customary international law bind States.", []string{"-status.binding"}},
		{"en", "Whether due diligence applies is disputed. Customary international law requires State practice and opinio juris.", []string{"-status.binding"}},
		{"en", "For the sake of argument, imagine that State A regards the norm as an obligation under existing international law. It then invokes due diligence against State B.", []string{"-status.binding"}},
		{"en", "The principle of proportionality is a rule of customary international law.", []string{"-status.binding"}},
		// C17 NOT: what an event examined is its agenda.
		{"en", "The seminar examined the obligation of due diligence, the obligation to respect sovereignty and the prohibition of intervention.", []string{"-status.binding"}},
	})
}

// TestRound26BNotLawInOtherWords checks status.voluntary where due
// diligence is said to create no legal obligation, to be premature to call
// law, to be no standalone rule, not to reflect existing law, or to be a
// non-legally binding norm; and not for voluntary money or a denied duty to
// monitor.
func TestRound26BNotLawInOtherWords(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The due diligence norm should be implemented on a voluntary basis and does not impose legal obligations.", []string{"status.voluntary", "-status.binding"}},
		{"en", "It is premature to regard due diligence in cyberspace as a legal obligation.", []string{"status.voluntary"}},
		{"en", "Due diligence does not create binding obligations for States; it is a recommendation.", []string{"status.voluntary"}},
		{"en", "There is no standalone rule of due diligence in international law, in our view.", []string{"status.voluntary"}},
		{"en", "Norm 13(c) is a non-legally binding norm agreed by consensus.", []string{"status.voluntary"}},
		{"en", "Norm 13(c) is a non-mandatory norm of State behaviour.", []string{"status.voluntary"}},
		{"en", "In our view, due diligence has not yet acquired the status of a binding rule.", []string{"status.voluntary"}},
		{"en", "Due diligence is a norm of good conduct that does not entail legal consequences if it is not followed.", []string{"status.voluntary"}},
		{"en", "Due diligence has not yet been examined by the working group.", []string{"-status.voluntary"}},
		{"en", "Due diligence does not reflect existing international law, in our view.", []string{"status.voluntary"}},
		{"en", "Contributions to the trust fund are voluntary, and due diligence is applied to every grant.", []string{"-status.voluntary"}},
		{"en", "States have no obligation to monitor their networks, but due diligence still applies.", []string{"-status.voluntary"}},
		{"en", "The duty to prevent harm does not require States to monitor all networks.", []string{"-status.voluntary"}},
	})
}

// TestRound26BOriginVerbs checks territory.origin for the other verbs of a
// place an operation comes from (routed, staged, sourced, came from, out of),
// traced to machines in a country, the originating or source State and the
// relative forms ("from which", "in whose territory ... originates"); and not
// for routing through, actors based or harboured in a territory (C3), goods,
// help or delegates.
func TestRound26BOriginVerbs(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The attack was routed from infrastructure in State B to the victim.", []string{"territory.origin"}},
		{"en", "Hackers operating out of its territory targeted hospitals in the neighbouring State.", []string{"territory.origin"}},
		{"en", "The intrusion was traced to computers in Country X.", []string{"territory.origin"}},
		{"en", "The State where the operation originates has the primary responsibility to end it.", []string{"territory.origin"}},
		{"en", "The operation was staged from servers inside State C.", []string{"territory.origin"}},
		{"en", "The originating State must cooperate with the victim State.", []string{"territory.origin"}},
		{"en", "The ransomware campaign came from computers in the territory of another State.", []string{"territory.origin"}},
		{"en", "The DDoS attacks came from Russia, according to the agency.", []string{"territory.origin"}},
		{"en", "The servers from which the attack was launched were located in State B.", []string{"territory.origin"}},
		{"en", "Most of the malicious traffic was sourced from botnets in a neighbouring country.", []string{"territory.origin"}},
		{"en", "The State in whose territory the operation originates must act once it knows.", []string{"territory.origin"}},
		{"en", "Operations conducted out of China targeted the ministry.", []string{"territory.origin"}},
		{"en", "The DDoS attacks were launched from IP addresses located in Russia.", []string{"territory.origin"}},
		{"en", "Malicious operations launched from Chinese IP addresses hit the ministry.", []string{"territory.origin"}},
		{"en", "Many of the intrusions came from Russia-linked hacking groups.", []string{"-territory.origin"}},
		{"en", "The operation was routed through servers located in a third State.", []string{"-territory.origin"}},
		{"en", "Criminal groups based in its territory attacked the power grid.", []string{"-territory.origin"}},
		{"en", "The State harbours groups that conduct ransomware campaigns.", []string{"-territory.origin"}},
		{"en", "After the attack, aid came from Spain and Israel to restore the networks.", []string{"-territory.origin"}},
		{"en", "Goods originating from the territory of a Member State are exempt from customs duties.", []string{"-territory.origin"}},
		{"en", "The data were transferred from servers in the EU to the United States.", []string{"-territory.origin"}},
		// Round 26 (precision): "from the servers" of a victim, the
		// territorial State as a sender, victims and data flows.
		{"en", "The malware was removed from the servers of the ministry.", []string{"-territory.origin"}},
		{"en", "Hackers stole data from the networks of the health service.", []string{"-territory.origin"}},
		{"en", "The request came from the territorial State's CERT.", []string{"-territory.origin"}},
		{"en", "The intruders were expelled from the networks after a week.", []string{"-territory.origin"}},
		{"en", "Victims from the territory of several States reported losses.", []string{"-territory.origin"}},
		{"en", "Data flows from the territory of the Union to third countries are regulated.", []string{"-territory.origin"}},
		{"en", "Evidence obtained by investigators shows that the attack was launched from Russian territory.", []string{"territory.origin"}},
		{"en", "The wiper malware was launched from servers in the territory of State D.", []string{"territory.origin"}},
		{"en", "The group kept attacking hospitals from the territory of a neighbouring State.", []string{"territory.origin"}},
	})
}

// TestRound26BForceVocabulary checks topic.use_of_force for the jus ad
// bellum's other words: the threat of force alone, Article 2(4), recourse to
// force, forcible measures, military force, collective defence under Article
// 5, acts of war, casus belli, the right to defend itself, scale and effects;
// and not for force in other senses, a war of aggression in the news or
// collective defence as alliance policy.
func TestRound26BForceVocabulary(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "States must refrain from the threat of force in their international relations, including by ICT means.", []string{"topic.use_of_force"}},
		{"en", "The prohibition in Article 2(4) of the Charter covers cyber operations.", []string{"topic.use_of_force"}},
		{"en", "A cyberattack could trigger Article 5 of the North Atlantic Treaty and collective defence.", []string{"topic.use_of_force"}},
		{"en", "Forcible countermeasures are not permitted under international law.", []string{"topic.use_of_force"}},
		{"en", "Responding with military force to a cyber operation would be lawful only if it met the Caroline criteria.", []string{"topic.use_of_force"}},
		{"en", "A cyber operation might be regarded as an act of war.", []string{"topic.use_of_force"}},
		{"en", "Armed aggression by cyber means would trigger the right to defend itself under the Charter.", []string{"topic.use_of_force"}},
		{"en", "Whether a cyber operation is forcible depends on its scale and effects.", []string{"topic.use_of_force"}},
		{"en", "The State threatened to retaliate militarily against the cyber attack.", []string{"topic.use_of_force"}},
		{"en", "Military reprisals against civilians are prohibited under international humanitarian law.", []string{"-topic.use_of_force"}},
		{"en", "The Charter prohibits States from resorting to force against the territorial integrity of other States.", []string{"topic.use_of_force"}},
		{"en", "The police used force to disperse the protesters.", []string{"-topic.use_of_force"}},
		{"en", "The new law entered into force in 2021.", []string{"-topic.use_of_force"}},
		{"en", "Cyber forces of the army conduct defensive operations.", []string{"-topic.use_of_force"}},
		{"en", "Self-defence classes are offered to employees.", []string{"-topic.use_of_force"}},
		{"en", "The insurer refused to pay, arguing that the NotPetya attack fell under the act of war exclusion.", []string{"-topic.use_of_force"}},
		// Round 26 (precision): other inherent rights, and an imminent
		// attack in a security firm's warning.
		{"en", "Every human being has the inherent right to life and privacy.", []string{"-topic.use_of_force"}},
		{"en", "Peoples have the inherent right to self-determination.", []string{"-topic.use_of_force"}},
		{"en", "Security firms warned of an imminent ransomware attack on hospitals.", []string{"-topic.use_of_force"}},
		{"en", "The Group noted the inherent right of States to take measures consistent with international law and as recognized in the Charter.", []string{"topic.use_of_force"}},
		{"en", "States may act in anticipation of an imminent cyber attack.", []string{"topic.use_of_force"}},
		{"en", "The minister said the war of aggression against Ukraine is also fought on networks.", []string{"-topic.use_of_force"}},
		{"en", "Lithuania proposed ways of strengthening collective defence in cyberspace among EU countries.", []string{"-topic.use_of_force"}},
		{"en", "The footnote cites UNGA (2002, Annex, arts 2-4) for the definition.", []string{"-topic.use_of_force"}},
	})
}

// TestRound26BStandardWords checks standard.capacity for the measure of what
// a State must do: as far as it can, to the extent it is able, what a
// reasonable government would do, no absolute duty, a standard varying with
// capabilities, the degree of diligence expected; and not for reparation "so
// far as possible", building capabilities, a firm's reasonable security, or
// means, circumstances and capacities named without a duty they qualify.
func TestRound26BStandardWords(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "States should act to the extent that they are able to stop the operation.", []string{"standard.capacity"}},
		{"en", "The State is expected to act diligently and in good faith, as far as it can, to put an end to the activity.", []string{"standard.capacity"}},
		{"en", "The due diligence obligation does not require States to prevent every malicious operation, only to take the steps a reasonable government would take.", []string{"standard.capacity"}},
		{"en", "Developing States cannot be held to the same standard as States with advanced cyber capabilities.", []string{"standard.capacity"}},
		{"en", "A State is not expected to do more than it is capable of doing.", []string{"standard.capacity"}},
		{"en", "The expected level of care varies with the State's capabilities.", []string{"standard.capacity"}},
		{"en", "The duty to prevent is not an absolute obligation for the territorial State.", []string{"standard.capacity"}},
		{"en", "Given its limited resources, the State cannot be expected to stop every operation.", []string{"standard.capacity"}},
		{"en", "The territorial State must act with the diligence expected of a responsible government.", []string{"standard.capacity"}},
		{"en", "Norms of responsible State behaviour should guide all States in cyberspace.", []string{"-standard.capacity"}},
		{"en", "Reparation must, so far as possible, wipe out all the consequences of the wrongful act.", []string{"-standard.capacity"}},
		{"en", "States should develop their capabilities to detect cyber threats.", []string{"-standard.capacity"}},
		{"en", "The company uses reasonable security measures to protect its customers.", []string{"-standard.capacity"}},
		{"en", "National capacities for incident response were strengthened.", []string{"-standard.capacity"}},
		{"en", "The operators must take appropriate measures to manage risks to the security of networks.", []string{"-standard.capacity"}},
		// Round 26 (precision): means, circumstances and capacities without
		// the duty they would qualify.
		{"en", "All measures adopted under the cybersecurity strategy are listed in the annex.", []string{"-standard.capacity"}},
		{"en", "Whether the operation violates sovereignty depends on the circumstances of the case.", []string{"-standard.capacity"}},
		{"en", "The agency lacks the capacity to respond to every incident.", []string{"-standard.capacity"}},
		{"en", "The minister said the attack was within the capabilities of a State actor.", []string{"-standard.capacity"}},
		{"en", "The hackers did everything in their power to hide their tracks.", []string{"-standard.capacity"}},
		{"en", "The code sets a standard of conduct for civil servants.", []string{"-standard.capacity"}},
		{"en", "The Netherlands will use all available means, including sanctions, to respond to cyber attacks.", []string{"-standard.capacity"}},
		{"en", "Employers must take reasonable steps to prevent harassment at work.", []string{"-standard.capacity"}},
		{"en", "The territorial State must use all available means to stop the operation.", []string{"standard.capacity"}},
		{"en", "Due diligence depends on the capacity of the territorial State.", []string{"standard.capacity"}},
		{"en", "A State that lacks the capabilities to prevent such operations does not breach its duty.", []string{"standard.capacity"}},
	})
}

// TestRound26BPeacefulSolutions checks topic.peaceful_settlement for a
// peaceful solution of disputes and differences addressed through dialogue
// between States; and not for disputes among a platform's users, contracts'
// arbitration clauses or peaceful protest.
func TestRound26BPeacefulSolutions(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "States should seek a peaceful solution to disputes concerning ICT incidents.", []string{"topic.peaceful_settlement"}},
		{"en", "Countries should address differences over cyber incidents through dialogue and consultation.", []string{"topic.peaceful_settlement"}},
		{"en", "The parties agreed to resolve any dispute concerning cyber incidents through consultations.", []string{"topic.peaceful_settlement"}},
		{"en", "The two States agreed to settle the cyber incident through diplomatic channels.", []string{"topic.peaceful_settlement"}},
		{"en", "The company settled the claim by negotiation with its insurer.", []string{"-topic.peaceful_settlement"}},
		{"en", "The contract provides for dispute resolution by arbitration in London.", []string{"-topic.peaceful_settlement"}},
		{"en", "Users can resolve disputes with sellers through the platform's mediation service.", []string{"-topic.peaceful_settlement"}},
		{"en", "Peaceful means of protest are protected by the right of assembly.", []string{"-topic.peaceful_settlement"}},
		{"en", "States' recourse to the International Court of Justice for the peaceful settlement of their disputes was welcomed by the General Assembly.", []string{"topic.peaceful_settlement"}},
		{"en", "The software update resolves several disputes between users of the platform.", []string{"-topic.peaceful_settlement"}},
		{"en", "The commercial dispute was settled out of court.", []string{"-topic.peaceful_settlement"}},
		{"en", "The employee filed a dispute with the labour tribunal.", []string{"-topic.peaceful_settlement"}},
	})
}
