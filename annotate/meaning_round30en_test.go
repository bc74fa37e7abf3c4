package annotate

import "testing"

// The tests below check the English rules of round 30 (writer en), written
// from the families of phrasing that the writer's own probe sentences
// (testdata/rounds/probes-r30-en.jsonl, committed before the tagger ran on
// them) showed the rules missing or over-reaching. The sentences here were
// written for this test, beyond the probes: positives in several syntaxes
// and near misses.

// TestRound30ENStatusDeniedInOtherWords checks that a binding status denied
// in the words of position papers ("is not of the view that", "does not take
// the view that", "no evidence that ... has become"), or with the practice
// said to be absent, is status.voluntary and not status.binding (S1, C2),
// while the speaker's own affirmation stays binding.
func TestRound30ENStatusDeniedInOtherWords(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The United Kingdom is not of the view that there is a legal obligation of due diligence specific to cyberspace.", []string{"status.voluntary", "-status.binding"}},
		{"en", "We are not of the opinion that due diligence constitutes a binding obligation in cyberspace.", []string{"status.voluntary", "-status.binding"}},
		{"en", "Austria does not take the view that due diligence is a rule of customary international law.", []string{"status.voluntary", "-status.binding"}},
		{"en", "There is no evidence that due diligence has become a binding rule of customary international law.", []string{"status.voluntary", "-status.binding"}},
		{"en", "Absent sufficient State practice and opinio juris, due diligence in cyberspace remains a political commitment.", []string{"status.voluntary", "-status.binding"}},
		{"en", "In the absence of consistent State practice, due diligence cannot be considered a customary obligation.", []string{"status.voluntary", "-status.binding"}},
		{"en", "We are of the view that due diligence is a binding obligation under customary international law.", []string{"status.binding", "-status.voluntary"}},
		{"en", "Due diligence is a rule of customary international law, as consistent State practice shows.", []string{"status.binding", "-status.voluntary"}},
		{"en", "In the absence of consistent State practice on export controls, the arrangement remains a political commitment.", []string{"-status.voluntary", "-status.binding"}},
	})
}

// TestRound30ENEndAnOperation checks scope.termination for "end" with an
// indefinite article before the operation.
func TestRound30ENEndAnOperation(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "A State that lacks the technical means to end an operation may request assistance from other States.", []string{"scope.termination", "measures.assistance"}},
		{"en", "The victim asked the host State to end an ongoing attack on its electricity grid.", []string{"scope.termination"}},
		{"en", "The session of the Working Group ended with the adoption of the report by the States.", []string{"-scope.termination"}},
	})
}

// TestRound30ENHelpTurnedTo checks measures.assistance for a State turning
// or looking to others for help, and for cooperation to alleviate, minimise
// or limit the consequences of cyber incidents (C27 with C23's verbs); not
// a student turning to a tutor or ministries limiting a cost.
func TestRound30ENHelpTurnedTo(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Where it cannot itself contain the incident, the territorial State should turn to other States or competent international organisations for help.", []string{"measures.assistance", "scope.mitigation"}},
		{"en", "A small State hit by a ransomware attack may look to its regional partners for technical support.", []string{"measures.assistance"}},
		{"en", "States should cooperate to alleviate the consequences of large-scale ICT incidents affecting critical infrastructure.", []string{"measures.assistance", "scope.mitigation"}},
		{"en", "Countries should work together to minimise the damage of cyber attacks on hospitals.", []string{"measures.assistance", "scope.mitigation"}},
		{"en", "States cooperate to limit the spread of ransomware across borders.", []string{"measures.assistance"}},
		{"en", "Students of international law can turn to their tutors for help with the assignment.", []string{"-measures.assistance"}},
		{"en", "Ministries of the States cooperate to limit the cost of ICT procurement.", []string{"-measures.assistance"}},
	})
}

// TestRound30ENContainmentAndPronouns checks scope.mitigation for the noun
// "containment" of an incident or operation, and the scopes set against each
// other by a pronoun ("containment of the incident, rather than its
// prevention": C9 tags the pole set aside too); not the containment of a
// virus, a spill or a rival power.
func TestRound30ENContainmentAndPronouns(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Containment of the incident, rather than its prevention, is what the norm requires of States.", []string{"scope.mitigation", "scope.prevention"}},
		{"en", "The State must ensure the containment of the attack once it is detected.", []string{"scope.mitigation"}},
		{"en", "States must ensure the termination of the operation and its prevention in future.", []string{"scope.termination", "scope.prevention"}},
		{"en", "The containment of the virus in the province failed, the government of the State admitted.", []string{"-scope.mitigation"}},
		{"en", "Containment of the oil spill was the government's priority for the coastal States.", []string{"-scope.mitigation"}},
		{"en", "Cold War containment of the Soviet Union shaped the alliance of Western States.", []string{"-scope.mitigation"}},
	})
}

// TestRound30ENResponsibilityEngagedAndLiable checks
// topic.state_responsibility for a State's responsibility engaged or
// incurred in the passive, and a State liable to pay compensation (C24);
// not a company's responsibility or an insurer's liability.
func TestRound30ENResponsibilityEngagedAndLiable(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Responsibility may be engaged where a State tolerates the activities of cybercriminal gangs on its soil.", []string{"topic.state_responsibility", "actors.non_state"}},
		{"en", "Under the treaty, each State's responsibility is engaged for the acts of its organs in cyberspace.", []string{"topic.state_responsibility"}},
		{"en", "The State would be liable to pay compensation for the damage caused by the cyber operation.", []string{"topic.state_responsibility"}},
		{"en", "The insurer is liable to pay compensation to the company for the cyber incident.", []string{"-topic.state_responsibility"}},
		{"en", "The company's responsibility is engaged when its directors ignore cyber risks, the State regulator said.", []string{"-topic.state_responsibility"}},
	})
}

// TestRound30ENNonStateInOtherWords checks actors.non_state for the rule's
// other words for private actors - non-governmental entities, the conduct of
// companies or individuals, persons within a State's jurisdiction who do
// harm - where a duty or a rule's scope reaches them (C10); not companies
// under a State's jurisdiction securing their own networks, nor NGOs in a
// consultation.
func TestRound30ENNonStateInOtherWords(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The norm concerns the conduct of non-governmental entities as much as that of State organs.", []string{"actors.non_state"}},
		{"en", "Due diligence also covers the conduct of companies incorporated under the State's law.", []string{"actors.non_state"}},
		{"en", "Individuals, groups or companies within its jurisdiction that engage in malicious ICT activities against other States are covered by the obligation.", []string{"actors.non_state"}},
		{"en", "A State must not allow persons under its jurisdiction to use ICTs to harm other States.", []string{"actors.non_state"}},
		{"en", "But what steps exactly do nations and companies under their jurisdiction have to take under international law to secure their networks?", []string{"-actors.non_state"}},
		{"en", "Non-governmental organisations and the private sector took part in the consultations of the States.", []string{"-actors.non_state"}},
		{"en", "Companies within its jurisdiction reported cyber incidents to the State agency.", []string{"-actors.non_state"}},
	})
}

// TestRound30ENConductOfStatesAlone checks actors.state for the narrow
// reading said as "the conduct of States alone" or "the acts of States only"
// (C1), with the private pole it sets aside (C9); not a statement that States
// alone cannot secure cyberspace.
func TestRound30ENConductOfStatesAlone(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The norm is concerned with the conduct of States alone, not with that of private hackers.", []string{"actors.state", "actors.non_state"}},
		{"en", "In our view the rule covers the acts of States only.", []string{"actors.state"}},
		{"en", "The conduct of States alone cannot secure cyberspace; industry must help.", []string{"-actors.state"}},
	})
}

// TestRound30ENOriginWithinBorders checks territory.origin for operations
// that originate within, or are launched from within, a State's borders (C3
// origin wording with "borders" for the territory); not goods of a given
// origin.
func TestRound30ENOriginWithinBorders(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Harmful ICT activities that originate within its borders fall within the norm.", []string{"territory.origin"}},
		{"en", "Cyber attacks launched from within their borders must be investigated by States.", []string{"territory.origin"}},
		{"en", "Goods that originate within its borders are exempt from duties under the trade agreement of the States.", []string{"-territory.origin"}},
	})
}

// TestRound30ENTransitRelayAndEncryption checks territory.transit for
// infrastructure used as a relay or a stepping stone for operations, and not
// for data "in transit and at rest", which is encryption's word.
func TestRound30ENTransitRelayAndEncryption(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The norm should also cover State infrastructure used as a relay for cyber operations launched elsewhere.", []string{"territory.transit"}},
		{"en", "Servers in a third State used as stepping stones for the attack raise the question of that State's duties.", []string{"territory.transit"}},
		{"en", "Encryption protects data in transit and at rest, the State agency recommends for government networks.", []string{"-territory.transit"}},
		{"en", "The team ran the relay race in the stadium built on State land.", []string{"-territory.transit"}},
	})
}

// TestRound30ENScreenAllTraffic checks measures.monitoring for screening,
// inspecting or scanning all data or traffic (usually: not required); not
// airports screening passengers.
func TestRound30ENScreenAllTraffic(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "States are not required to screen all data flows in their networks.", []string{"measures.monitoring"}},
		{"en", "The State cannot be expected to inspect all traffic crossing its infrastructure.", []string{"measures.monitoring"}},
		{"en", "Airports screen all passengers and their luggage before boarding, the State agency said.", []string{"-measures.monitoring"}},
	})
}

// TestRound30ENAwarenessNotKnowledge checks that States "increasingly
// aware" that ICTs can be misused, an agency that "has detected a sharp
// increase" in phishing, and pupils made aware of online dangers are not
// knowledge.actual, while a State aware of, or having detected, an operation
// still is.
func TestRound30ENAwarenessNotKnowledge(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "States are increasingly aware that ICTs can be used for purposes that are inconsistent with international peace and security.", []string{"-knowledge.actual"}},
		{"en", "The Ministry has detected a sharp increase in phishing campaigns targeting government networks.", []string{"-knowledge.actual"}},
		{"en", "The children of the State school were made aware by their teachers of the dangers of online games.", []string{"-knowledge.actual"}},
		{"en", "The territorial State has detected the operation and must act.", []string{"knowledge.actual"}},
		{"en", "A State that is aware that its territory is being used for a cyber operation against another State must act.", []string{"knowledge.actual"}},
	})
}

// TestRound30ENToldThroughAsidesAndChannels checks knowledge.actual and
// measures.notification for a State made aware by someone with an aside
// between (C8), and for channels through which States alert one another to
// operations (C29).
func TestRound30ENToldThroughAsidesAndChannels(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Where the authorities of the host State have been made aware, whether by the victim or by a private security firm, of the ongoing operation, they are expected to act.", []string{"knowledge.actual", "measures.notification"}},
		{"en", "Singapore supports the establishment of channels through which States can alert one another to malicious activity emanating from their territory.", []string{"knowledge.actual", "measures.notification", "territory.origin"}},
		{"en", "The hotline lets the two States notify each other of cyber incidents affecting critical infrastructure.", []string{"knowledge.actual", "measures.notification"}},
		{"en", "States should support one another in building cyber capacity.", []string{"-knowledge.actual", "-measures.notification"}},
	})
}

// TestRound30ENThresholdAsPredicate checks threshold.serious for the
// qualifier said as a predicate of the harm that conditions the duty (C30);
// not effects of rules on firms, nor damage reported.
func TestRound30ENThresholdAsPredicate(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The duty applies only where the consequences of the cyber operation for the affected State are grave.", []string{"threshold.serious"}},
		{"en", "Only cyber operations whose effects on the other State are serious trigger the obligation.", []string{"threshold.serious"}},
		{"en", "The effects of the new rules on small firms are significant, the State ministry said.", []string{"-threshold.serious"}},
		{"en", "The damage to the ministry's networks was severe, but the State has recovered.", []string{"-threshold.serious"}},
	})
}

// TestRound30ENRequestsToBeAnswered checks measures.response for requests
// about an operation that should be answered or met (C18); not requests
// addressed to a secretariat, nor a spokesperson who did not respond to a
// newspaper's requests for comment.
func TestRound30ENRequestsToBeAnswered(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Requests for assistance in dealing with malicious cyber activity should be answered promptly by States.", []string{"measures.response", "measures.assistance"}},
		{"en", "Requests from the victim State to stop the attack must be met without delay.", []string{"measures.response"}},
		{"en", "Requests for access to the cybersecurity training programme should be addressed to the State secretariat.", []string{"-measures.response"}},
		{"en", "Spokespeople for the agency did not immediately respond to the newspaper's requests for comment on the ransomware attack.", []string{"-measures.response"}},
	})
}
