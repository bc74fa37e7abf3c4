package annotate

import "testing"

// TestRound28NamedStatesBeyondThoseMet checks that the rules which need a
// named State know every Member State by its short name, not only the
// States of the passages their writers had read; and that help "with"
// planning or training for a State's own cyber work is capacity building,
// not assistance (C22 NOT). The sentences were written for this test.
func TestRound28NamedStatesBeyondThoseMet(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The ransomware attacks on the hospital were launched from Latvia, investigators said.", []string{"territory.origin"}},
		{"en", "The ransomware campaign against the ports was mounted from Kazakhstan by a criminal gang.", []string{"territory.origin"}},
		{"en", "The malicious cyber operations originated in Saudi Arabia, according to the report.", []string{"territory.origin"}},
		{"en", "Several governments helped Lithuania after the cyberattack on its energy networks.", []string{"measures.assistance"}},
		{"en", "The grant will help Paraguay with the planning and training of its national cyber incident response team.", []string{"-measures.assistance"}},
		{"en", "The ministry will assist Ghana with equipment and skills for its cyber agency.", []string{"-measures.assistance"}},
	})
}

// TestRound28DomainOfOnlineCrime checks that a passage which names the
// places and tools of online crime (a leak site, the dark web, stolen
// passwords) without the word "cyber" is in the domain that anchored
// elements need; the sentences were written for this test.
func TestRound28DomainOfOnlineCrime(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The gang's leak site was seized by the investigators and now shows a banner from the police.", []string{"scope.termination"}},
		{"en", "The market on the dark web was taken down by investigators, who seized its servers and arrested two of its administrators.", []string{"scope.termination"}},
		{"en", "Investigators seized the lorry and shut down the smuggling route at the border crossing last week.", []string{"-scope.termination"}},
	})
}

// TestRound28WhiteHouseIsNoLaundering: the French stem of "blanchiment"
// (money laundering, a company's or a criminal's business) is that of
// "Blanche", and "la Maison Blanche" suppressed the rules that leave
// laundering aside; the word is now matched exactly.
func TestRound28WhiteHouseIsNoLaundering(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La Maison Blanche affirme que les États ont une obligation de diligence raisonnable dans le cyberespace.", []string{"topic.due_diligence", "status.binding"}},
		{"fr", "Le blanchiment des rançons par les cybercriminels passe par des plateformes d'échange de cryptomonnaies.", []string{"topic.cybercrime"}},
	})
}
