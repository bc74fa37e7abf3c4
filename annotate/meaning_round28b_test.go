package annotate

import "testing"

// The tests below check the English rules of round 28 (writer b), written
// from the families of phrasing that the real passages of batch b15-en-b
// (testdata/rounds/b15-en-b.jsonl) showed the rules missing or misreading.
// The sentences were written for this test, not taken from a labelled
// passage: positives in several syntaxes and near misses (other senses,
// the conventions' NOT lines).

// TestRound28BAttackersAssetsTaken checks scope.termination for a gang's
// leak site seized, websites belonging to a criminal group taken over and
// phishing or scam sites removed or taken down (C28); and not for a
// victim's sites knocked down by an attack or a State pausing its own
// offensive operations.
func TestRound28BAttackersAssetsTaken(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Police from five countries seized the leak site that the extortion crew used to publish stolen files.", []string{"scope.termination"}},
		{"en", "The gang's leak site was seized by investigators on Friday.", []string{"scope.termination"}},
		{"en", "Federal agents took control of the servers belonging to the criminal group behind the extortion campaign.", []string{"scope.termination"}},
		{"en", "Last year the agency took down thousands of phishing websites that imitated tax offices.", []string{"scope.termination"}},
		{"en", "The centre works to remove malicious websites that impersonate banks as soon as they are reported.", []string{"scope.termination"}},
		{"en", "The removal of fraudulent domains registered by the scammers was ordered by the court.", []string{"scope.termination"}},
		{"en", "The DDoS attack took down the ministry's websites for several hours on election day.", []string{"-scope.termination"}},
		{"en", "The army halted offensive cyber operations against its neighbour for a week while the talks went on.", []string{"-scope.termination"}},
		{"en", "The programme funds the identification and neutralisation of potential cyber threats to public registers.", []string{"-scope.termination"}},
	})
}

// TestRound28BStopTheAttackers checks scope.termination where a State is
// asked, urged or expected to stop the hackers or attackers themselves
// (C4: the request keeps what is asked); and not where a company is told
// how to keep intruders out.
func TestRound28BStopTheAttackers(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Washington asked Beijing to help stop the hackers who had broken into the studio's network.", []string{"scope.termination"}},
		{"en", "The minister urged the neighbouring government to halt the attackers operating from its data centres.", []string{"scope.termination"}},
		{"en", "Authorities there are expected to stop the ransomware gangs once they receive the evidence.", []string{"scope.termination"}},
		{"en", "Businesses should stop hackers from getting in by patching their systems promptly.", []string{"-scope.termination"}},
		{"en", "The guide explains how to stop hackers guessing the passwords of staff accounts.", []string{"-scope.termination"}},
		{"en", "Our firewall software should help stop hackers before they reach the ministry's servers.", []string{"-scope.termination"}},
	})
}

// TestRound28BCrimeByICTInOtherWords checks topic.cybercrime for crime
// committed by electronic communications or online, criminals using
// technology to commit crime, online theft, data illegally obtained by a
// ransomware attack, criminal infrastructure destroyed beside botnets and a
// criminal gang tied to cyber attacks (C12); and not for crime with no ICT
// named (C20).
func TestRound28BCrimeByICTInOtherWords(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The new offence punishes fraud committed by means of electronic communications.", []string{"topic.cybercrime"}},
		{"en", "Offences perpetrated online are not recorded separately in the court statistics.", []string{"topic.cybercrime"}},
		{"en", "Organised groups use technology to commit fraud against pensioners.", []string{"topic.cybercrime"}},
		{"en", "He was wanted abroad for an online theft of customer records from a retailer.", []string{"topic.cybercrime"}},
		{"en", "The defendants illegally obtained the designs by way of a ransomware attack on the supplier.", []string{"topic.cybercrime"}},
		{"en", "Servers and botnets were seized to destroy criminal infrastructure used by the syndicate.", []string{"topic.cybercrime"}},
		{"en", "The criminal group has been linked to dozens of cyber attacks on hospitals.", []string{"topic.cybercrime"}},
		{"en", "The police want to confiscate the assets of organised crime more quickly.", []string{"-topic.cybercrime"}},
		{"en", "The criminal gang was linked to a series of armed robberies in the capital.", []string{"-topic.cybercrime"}},
	})
}

// TestRound28BCapacityBuildingPractice checks measures.capacity_building
// for capacity building in the words of its practice between States and
// for a bill creating offences against crime by electronic means (C14,
// C36); and not for a company's own incident response plan, a military
// cyber command's capabilities, or a national centre named as the one
// taking scam sites down.
func TestRound28BCapacityBuildingPractice(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The portal matches the capacity building needs of recipient states with what donors can offer.", []string{"measures.capacity_building"}},
		{"en", "Delegations agreed that capacity building should be demand driven.", []string{"measures.capacity_building"}},
		{"en", "Clause 12 of the bill creates a new offence of supplying devices used to commit fraud online.", []string{"measures.capacity_building"}},
		{"en", "Your company needs to activate its incident response plan as soon as the breach is confirmed.", []string{"-measures.capacity_building"}},
		{"en", "The new military command was set up to protect networks and enhance cyber capabilities for combat.", []string{"-measures.capacity_building"}},
		{"en", "The National Cyber Security Centre has taken down thousands of scam websites this year.", []string{"-measures.capacity_building"}},
	})
}

// TestRound28BResponseNotPress checks that a spokesperson not answering a
// newspaper's request for comment is no measures.response (C4), while a
// State answering another State's request stays one.
func TestRound28BResponseNotPress(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "A spokesman for the ministry did not respond to a request for comment on the outage.", []string{"-measures.response"}},
		{"en", "The agency did not respond to requests for comment from reporters about the hack.", []string{"-measures.response"}},
		{"en", "The territorial State responded to the request of the victim State within two days.", []string{"measures.response"}},
	})
}
