package annotate

import "testing"

// The tests below check the English rules of round 29 (writer b), written
// from the families of phrasing that batch b16-en-b's real passages
// (testdata/rounds/b16-en-b.jsonl: national positions, OEWG summaries, ILC
// and law-journal texts) showed the rules getting wrong. The sentences were
// written for this test, not taken from a labelled passage: positives in
// several syntaxes and near misses (other senses, the conventions' NOT
// lines).

// TestRound29BTreatyTermination checks that a treaty, an agreement or a
// State's participation in one terminated, denounced or withdrawn from is
// not scope.termination, while an operation terminated or ceased still is.
func TestRound29BTreatyTermination(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "A party may terminate its participation in the agreement by giving twelve months' notice to the depositary.", []string{"-scope.termination"}},
		{"en", "Denunciation of a bilateral convention by one party terminates it for both of them.", []string{"-scope.termination"}},
		{"en", "The treaty terminated when the last of its parties withdrew from it in 2019.", []string{"-scope.termination"}},
		{"en", "Withdrawal from the treaty does not terminate the obligations it codified as custom.", []string{"-scope.termination"}},
		{"en", "The territorial State must take feasible measures to terminate the cyber operation once it learns of it.", []string{"scope.termination"}},
		{"en", "Upon notification, the State of origin is expected to terminate the malicious activity conducted from its servers.", []string{"scope.termination"}},
		{"en", "The victim State asked the other government to cease the intrusions into its electoral systems.", []string{"scope.termination"}},
	})
}

// TestRound29BCulpritsResponsible checks that persons or entities "that are
// responsible" for cyber attacks, listed by a sanctions regime, are not
// topic.state_responsibility (C24 NOT), while a State that is responsible
// for an operation still is.
func TestRound29BCulpritsResponsible(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The framework allows the Council to list persons or entities that are responsible for cyber-attacks against the Union.", []string{"-topic.state_responsibility"}},
		{"en", "Travel bans apply to individuals who were responsible for the intrusion into the parliament's network.", []string{"-topic.state_responsibility"}},
		{"en", "The offenders that were responsible for the attack on the hospital have been identified by the police.", []string{"-topic.state_responsibility"}},
		{"en", "A State is responsible for cyber operations conducted by its organs, whatever their function.", []string{"topic.state_responsibility"}},
		{"en", "The ministry concluded that the neighbouring State was responsible for the attack on its power grid.", []string{"topic.state_responsibility"}},
	})
}

// TestRound29BDomesticStateResponsibility checks that a federated State's
// domestic remit ("State responsibility for the assessment") is not the law
// of State responsibility, while State responsibility for wrongful acts is.
func TestRound29BDomesticStateResponsibility(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Critics denounced the transfer of State responsibility for planning approvals to a private consultancy.", []string{"-topic.state_responsibility"}},
		{"en", "The bill ends State responsibility for the assessment of the project and hands it to the Commonwealth.", []string{"-topic.state_responsibility"}},
		{"en", "The rules of State responsibility for internationally wrongful acts apply to operations in cyberspace.", []string{"topic.state_responsibility"}},
		{"en", "State responsibility for cyber operations requires a breach of an obligation attributable to the State.", []string{"topic.state_responsibility"}},
	})
}

// TestRound29BPublicAttributionWeighed checks topic.state_responsibility
// where a victim State weighs whether and how to name, blame or hold to
// account in public the author of a cyber operation (C11: attribution
// discussed as such), and not where a firm or a criminal gang is named.
func TestRound29BPublicAttributionWeighed(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Once it knows where the malicious cyber operation came from, the government must decide whether to publicly hold the author accountable.", []string{"topic.state_responsibility"}},
		{"en", "States hit by such intrusions are often reluctant to publicly blame the perpetrators, fearing escalation.", []string{"topic.state_responsibility"}},
		{"en", "After the cyberattack, the ministry chose not to publicly name the actors it suspected.", []string{"topic.state_responsibility"}},
		{"en", "Regulators publicly held the company accountable for the data breach that exposed millions of customer records.", []string{"-topic.state_responsibility"}},
		{"en", "The police publicly named the ransomware gang behind the attack on the city's servers.", []string{"-topic.state_responsibility"}},
	})
}

// TestRound29BUnilateralActs checks that unilateral acts of States and the
// act of State doctrine are not actors.state, while conduct attributable to
// a State still is.
func TestRound29BUnilateralActs(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Promises and recognition are unilateral acts of States that can create legal obligations for them.", []string{"-actors.state"}},
		{"en", "Courts applying the act of state doctrine decline to judge the acts of States done within their own territory.", []string{"-actors.state"}},
		{"en", "Only cyber operations attributable to a State can amount to an internationally wrongful act of that State.", []string{"actors.state"}},
		{"en", "The conduct of private hackers acting under the direction or control of a State is treated as acts of States.", []string{"actors.state"}},
	})
}

// TestRound29BCapacityBuildingRecipients checks measures.capacity_building
// where a meeting report names the recipient countries in one sentence and
// the capacity building in the next, or capacity building for developing
// countries, with no ICT named; and not capacity building for trade or
// farming.
func TestRound29BCapacityBuildingRecipients(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Delegates called for cooperation tailored to the needs of recipient countries. Such cooperation is the basis of lasting capacity building.", []string{"measures.capacity_building"}},
		{"en", "Several speakers stressed that capacity building for developing countries must be sustainable and nationally led.", []string{"measures.capacity_building"}},
		{"en", "The delegation welcomed the growing offer of capacity development in developing states across the region.", []string{"measures.capacity_building"}},
		{"en", "The programme offers capacity building for developing countries on customs procedures and border management.", []string{"-measures.capacity_building"}},
		{"en", "The fund supports capacity building in developing countries for farmers and agricultural cooperatives.", []string{"-measures.capacity_building"}},
	})
}

// TestRound29BCybercrimeOutOfReach checks that cybercrimes named only as
// what another instrument does not reach are not topic.cybercrime (C19
// NOT), while a statement about cybercrime itself still is.
func TestRound29BCybercrimeOutOfReach(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The statute of the court would not encompass the great majority of cybercrimes, only attacks of the utmost gravity.", []string{"-topic.cybercrime"}},
		{"en", "Such a treaty would not cover ordinary cybercrime but the most destructive operations against critical infrastructure.", []string{"-topic.cybercrime"}},
		{"en", "Cybercrime has grown sharply and now costs the region's economies billions every year.", []string{"topic.cybercrime"}},
		{"en", "The new convention will cover cybercrime and the collection of electronic evidence.", []string{"topic.cybercrime"}},
	})
}

// TestRound29BLegalAttributionDefined checks that a definition of legal
// attribution beside technical and political attribution, with no State it
// is made to, is not actors.state (C35 NOT), while an act legally
// attributed to a State, or the legal attribution of a group's act to a
// State, still is.
func TestRound29BLegalAttributionDefined(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Technical attribution looks for the origin of an attack; legal attribution refers to the determination of responsibility under the law; political attribution is a decision of government.", []string{"-actors.state"}},
		{"en", "An operation legally attributed to a State engages its international responsibility.", []string{"actors.state"}},
		{"en", "The legal attribution of a hacker group's operation to a State requires proof of its instructions, direction or control.", []string{"actors.state"}},
	})
}
