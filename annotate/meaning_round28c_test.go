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
