package annotate

import "testing"

// The tests below check the English rules against conventions C35 and C36
// of round 21 (testdata/gold/README.md, "Round 21"). The sentences were
// written for this test from the conventions' text, not taken from a
// labelled passage: positives in several syntaxes (a condition, a question,
// a difficulty, a negation, a passive, an obligation, a reform) and near
// misses that use the same cue words.

// TestRulesFollowConventionC35 checks that attribution of conduct to a
// State treated in law - a condition of State responsibility, a question
// the law must answer, a legal difficulty - is actors.state, and that a
// government's or firm's attributing act, whether attributions must be
// made public and attribution with no State named are not.
func TestRulesFollowConventionC35(t *testing.T) {
	tagsMeanings(t, []meaning{
		{"In what circumstances may a ransomware operation run by a criminal gang be attributed to the State that hosts it?", "actors.state", true},
		{"Scholars have examined when hacking by patriotic volunteers can be attributed to a State under the law of State responsibility.", "actors.state", true},
		{"Because the intrusion could not be attributed to it, the territorial State's responsibility could rest only on its own failure to act.", "actors.state", true},
		{"The difficulty of attribution in cyberspace undermines the operation of the law of State responsibility.", "actors.state", true},
		{"Attribution of the operation is a precondition for the international responsibility of a State and must be established on the basis of the rules in Articles 4 to 11.", "actors.state", true},
		{"Three levels of attribution can be distinguished: to a server, to an individual operator and, finally, to a collective entity such as a State.", "actors.state", true},
		{"Given how hard attribution is, shared responsibility among several possible responsible States offers a useful analytical lens.", "actors.state", true},
		{"Whether the conduct of hacktivists can be imputed to a State remains one of the hardest legal questions in cyberspace.", "actors.state", true},
		{"The government publicly attributed the attack to the Russian State and said Russia bears State responsibility.", "actors.state", false},
		{"For a State to incur international responsibility, the cyber operation must first be attributable to it.", "actors.state", true},
		{"States must decide for themselves whether to publicise attribution of a cyber operation to another State.", "actors.state", false},
		{"Under public international law, attribution of the hack to a State is the first condition of State responsibility.", "actors.state", true},
		{"Governments are free to make public or keep secret the attribution underlying State responsibility claims.", "actors.state", false},
		{"The national cyber agency attributed the campaign to a foreign intelligence service and called it reckless.", "actors.state", false},
		{"A security firm linked the intrusion to a State-backed group using forensic indicators.", "actors.state", false},
		{"There is no obligation under international law to make public the evidence on which an attribution is based.", "actors.state", false},
		{"The political and technical difficulty of attributing and assigning responsibility for ICT attacks risks escalation.", "actors.state", false},
		{"Part II covers attribution, countermeasures and the law of State responsibility.", "actors.state", false},
	})
}

// TestRulesFollowConventionC36 checks that an instrument said to harmonise,
// shape or require States' national legislation or criminalisation, or a
// State's law reformed to implement one, is measures.capacity_building, and
// that a convention described by what it criminalises itself, harmonised
// customs procedures and "consistent with national laws" are not.
func TestRulesFollowConventionC36(t *testing.T) {
	tagsMeanings(t, []meaning{
		{"The regional convention seeks to harmonise the cybercrime legislation of its member States.", "measures.capacity_building", true},
		{"Parties to the protocol are obliged to criminalise the distribution of racist and xenophobic material through computer systems.", "measures.capacity_building", true},
		{"Each Party must establish illegal access to a computer system as a criminal offence under its domestic law.", "measures.capacity_building", true},
		{"To implement the Convention on Cybercrime, the country will first have to amend its criminal code and its national legislation.", "measures.capacity_building", true},
		{"Cybercrime laws in the region have been harmonised largely thanks to the Budapest Convention.", "measures.capacity_building", true},
		{"The treaty requires States to adopt legislation enabling the preservation of electronic evidence.", "measures.capacity_building", true},
		{"Under the convention, domestic law must be brought into conformity with its provisions on computer-related offences.", "measures.capacity_building", true},
		{"The African Union convention aims at harmonising the legal frameworks of member States on electronic transactions and cybercrime.", "measures.capacity_building", true},
		{"The convention harmonises customs legislation and electronic data interchange for goods in transit.", "measures.capacity_building", false},
		{"The convention criminalises a wide range of offences, including illegal interception and computer fraud.", "measures.capacity_building", false},
		{"The agreement harmonises customs procedures for goods in transit between member States.", "measures.capacity_building", false},
		{"Cooperation to trace ransomware payments will be pursued consistent with national laws and regulations.", "measures.capacity_building", false},
		{"The new convention establishes a common criminal policy against offences committed online.", "measures.capacity_building", false},
	})
}
