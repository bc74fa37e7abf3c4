package annotate

import "testing"

// The tests below check the English rules against conventions C24–C27 of
// round 18 (testdata/gold/README.md, "Round 18"). The sentences were written
// for this test from the conventions' text, not taken from a labelled
// passage: positives in several syntaxes (active, passive, a gerund, a
// modal, a question, a denial) and near misses that use the same cue words.

// TestRulesFollowConventionC24 checks that a State held, to be held or not
// held accountable, responsible or liable is topic.state_responsibility, and
// that persons, officials, platforms or firms held to account, a State's
// responsibility to act, accountability in general and a State's domestic
// liability are not.
func TestRulesFollowConventionC24(t *testing.T) {
	tagsMeanings(t, []meaning{
		{"The allies agreed to hold countries accountable when they knowingly shelter ransomware operators within their borders.", "topic.state_responsibility", true},
		{"The President said Washington will hold the Kremlin responsible if nothing is done about the attacks on American hospitals.", "topic.state_responsibility", true},
		{"Should Moscow fail to rein in the groups, the United States will hold Russia accountable.", "topic.state_responsibility", true},
		{"Under the new framework, nations can be held accountable for irresponsible conduct in cyberspace.", "topic.state_responsibility", true},
		{"We warned the regime that it would be held accountable for its failure to act against the cyber criminals on its territory.", "topic.state_responsibility", true},
		{"Holding States accountable for malicious cyber activity is one of the aims of the EU's cyber diplomacy toolbox.", "topic.state_responsibility", true},
		{"Several delegations asked how governments could ever be held liable under international law for operations they did not conduct.", "topic.state_responsibility", true},
		{"The ruling confirms that States have binding duties to cut emissions and can be held accountable for climate inaction.", "topic.state_responsibility", true},
		{"A State is not held liable for harm from cyber operations launched from its territory if it took all reasonable measures to prevent them.", "topic.state_responsibility", true},
		{"The accountability of States for their malicious cyber operations remains the weakest part of the framework.", "topic.state_responsibility", true},
		{"The new law will hold online platforms accountable for failing to remove illegal content from their networks quickly.", "topic.state_responsibility", false},
		{"Prosecutors vowed to hold the hackers behind the ransomware attack on the hospital accountable for their crimes.", "topic.state_responsibility", false},
		{"The national strategy holds ministries and officials accountable for implementing its cybersecurity measures on time.", "topic.state_responsibility", false},
		{"Countries must ensure that those responsible for cyberattacks against their networks are held accountable.", "topic.state_responsibility", false},
		{"The government said those who carried out the attack on the ministry's servers would be held accountable.", "topic.state_responsibility", false},
		{"The minister said whoever is behind the attack on the government's networks will be held accountable.", "topic.state_responsibility", false},
		{"Under the directive, the State must ensure that the operators of essential services are held responsible for security breaches.", "topic.state_responsibility", false},
		{"The Court held that States are responsible for protecting persons within their jurisdiction against online harassment.", "topic.state_responsibility", false},
		{"The government promised greater transparency and accountability in its use of surveillance technologies on the internet.", "topic.state_responsibility", false},
		{"Citizens can hold the State liable before the administrative courts when a public hospital leaks their medical data.", "topic.state_responsibility", false},
		{"Citizens demand the accountability of their government for how it collects and shares their online data.", "topic.state_responsibility", false},
	})
}

// TestRulesFollowConventionC25 checks that conduct said to be, constitute,
// amount to or be considered an internationally wrongful act, or such acts
// named as what States commit, is topic.state_responsibility, and that norm
// 13(c)'s formula, due diligence's scope, "wrongful" as a bare adjective,
// domestic illicit acts and a breach of the due diligence obligation alone
// are not.
func TestRulesFollowConventionC25(t *testing.T) {
	tagsMeanings(t, []meaning{
		{"An unauthorised intrusion into another State's government networks constitutes an internationally wrongful act.", "topic.state_responsibility", true},
		{"In Finland's view, such a cyber operation would amount to an internationally wrongful act even below the threshold of force.", "topic.state_responsibility", true},
		{"Meddling in another country's elections through cyber means is an internationally wrongful act under international law.", "topic.state_responsibility", true},
		{"Russia's intrusion into the parliament's networks was, in Germany's view, an internationally wrongful act.", "topic.state_responsibility", true},
		{"Disinformation campaigns of this kind would be considered internationally wrongful acts because they breach the sovereignty of the target State.", "topic.state_responsibility", true},
		{"States can commit internationally wrongful acts in cyberspace by, for instance, disabling the power grid of a neighbouring State.", "topic.state_responsibility", true},
		{"States should not knowingly allow their territory to be used for internationally wrongful acts using ICTs.", "topic.state_responsibility", false},
		{"States must not use proxies to commit internationally wrongful acts using ICTs and should seek to ensure their territory is not used by others.", "topic.state_responsibility", false},
		{"A State that becomes aware of an internationally wrongful act originating from its territory should take reasonable steps to end it.", "topic.state_responsibility", false},
		{"The Manual's due diligence rule covers cyber operations which would constitute internationally wrongful acts if conducted by a State.", "topic.state_responsibility", false},
		{"The campaign was coercive, and therefore wrongful, in the eyes of the government whose election systems were targeted.", "topic.state_responsibility", false},
		{"The gang's extortion of the hospital through ransomware was an illicit act under the national criminal code.", "topic.state_responsibility", false},
		{"A State that ignores the warning about the servers on its territory may breach its due diligence obligation towards the victim State.", "topic.state_responsibility", false},
	})
}

// TestRulesFollowConventionC26 checks that a State's response in law —
// self-defence, countermeasures, a response to unlawful acts — to the
// operations of non-State actors, affirmed, denied or asked, is
// actors.non_state, and that self-defence or countermeasures with no such
// actor, and non-State actors named only as a threat, are not.
func TestRulesFollowConventionC26(t *testing.T) {
	tagsMeanings(t, []meaning{
		{"A State may exercise its inherent right of self-defence against an armed attack carried out by a non-State actor through cyber means.", "actors.non_state", true},
		{"Whether countermeasures may be taken in response to cyber operations by non-State actors remains unsettled in international law.", "actors.non_state", true},
		{"The Netherlands does not consider that countermeasures can be directed against non-State actors, only against States.", "actors.non_state", true},
		{"Can a victim State lawfully take countermeasures against a hacker collective operating from a third State?", "actors.non_state", true},
		{"This position paper sets out how Norway will respond to unlawful cyber operations by other States and non-State actors.", "actors.non_state", true},
		{"In our view, the right of self-defence also applies to cyber attacks by terrorist groups operating from abroad.", "actors.non_state", true},
		{"A State injured by an internationally wrongful cyber operation may take proportionate countermeasures against the responsible State.", "actors.non_state", false},
		{"Countermeasures must be proportionate and reversible, and are available only to an injured State.", "actors.non_state", false},
		{"Harmful cyber operations by both State and non-State actors threaten international peace, security and stability.", "actors.non_state", false},
		{"States should prevent and respond to the threats posed by transnational cyber activity and terrorism.", "actors.non_state", false},
		{"The government responded to the hacking campaign that investigators traced to a foreign intelligence service.", "actors.non_state", false},
		{"Terrorist groups use the internet to recruit members and raise funds across borders.", "actors.non_state", false},
	})
}

// TestRulesFollowConventionC27 checks that States cooperating, working
// together or coordinating against cyber attacks, incidents, threats or
// risks — or asking another's cooperation against them — is
// measures.assistance, and that cooperation against cybercrime as such,
// cooperation in cyberspace in general, to build capacity or only to prevent
// incidents, and cooperation inside one State are not.
func TestRulesFollowConventionC27(t *testing.T) {
	tagsMeanings(t, []meaning{
		{"The two countries agreed to cooperate closely to address cyber threats to their critical infrastructure.", "measures.assistance", true},
		{"Member States must work together to tackle the growing risks posed by malicious cyber activity.", "measures.assistance", true},
		{"Our nations will coordinate their responses to significant cyber incidents affecting any one of us.", "measures.assistance", true},
		{"The government asked its European partners for their cooperation in containing the ransomware attack on its health service.", "measures.assistance", true},
		{"A secure channel lets member states cooperate quickly with one another during cross-border cyber incidents.", "measures.assistance", true},
		{"ASEAN members pledged to strengthen cooperation among themselves in mitigating cyber risks to the region.", "measures.assistance", true},
		{"Estonia and Finland will coordinate closely to contain any cyber incident that affects both countries.", "measures.assistance", true},
		{"NATO allies work together to defend against and respond to malicious cyber activities.", "measures.assistance", true},
		{"The United States will partner with its allies to counter cyber threats against their elections.", "measures.assistance", true},
		{"Both countries joined forces to repel the cyber attacks on their power grids.", "measures.assistance", true},
		{"States should cooperate in preventing and responding to cyber incidents that affect critical infrastructure.", "measures.assistance", true},
		{"Allies agreed to cooperate in the response to any significant cyber attack against one of them.", "measures.assistance", true},
		{"The two countries signed an agreement on police cooperation to combat cybercrime and online fraud.", "measures.assistance", false},
		{"Parties shall cooperate in joint investigations of cybercrime offences and provide mutual legal assistance.", "measures.assistance", false},
		{"States joined forces in the fight against cybercrime by ratifying the Budapest Convention.", "measures.assistance", false},
		{"The bank will partner with a software firm to build better online services for its customers.", "measures.assistance", false},
		{"Interpol helps countries cooperate to combat cyber attacks by organised criminals.", "measures.assistance", false},
		{"Companies in the sector coordinate to respond to cyber incidents affecting their customers.", "measures.assistance", false},
		{"International cooperation to address the risks of cybercrime is a priority for the region.", "measures.assistance", false},
		{"States should deepen cooperation and dialogue on the norms of responsible State behaviour in cyberspace.", "measures.assistance", false},
		{"The partners will cooperate to build the cyber resilience and capacity of developing countries.", "measures.assistance", false},
		{"States should cooperate to prevent ICT incidents from occurring in the first place.", "measures.assistance", false},
		{"The national cybersecurity agency and the police cooperate closely whenever a ministry suffers a cyber incident.", "measures.assistance", false},
		{"A growing need for coordinated response to cyberattacks may lead States to look at the Tallinn Rules more favourably.", "measures.assistance", false},
	})
}
