package annotate

import "testing"

// TestRulesFollowConventionC19 checks the English rules against convention
// C19 of round 16 (testdata/gold/README.md, "Round 16"; RELABEL-r16.md): a
// sentence that says something of cybercrime itself — the fight against it,
// a meeting, law, treaty, body or capacity devoted to it, its cost or rise —
// is topic.cybercrime, even at an event and even as one of several
// subjects; a title, an agenda or course list, one pillar of a list, one
// threat of an inventory, a question naming cybercriminals as possible
// authors, or the word used only to classify or contrast something else is
// not. The sentences were written for this test from the convention's text,
// not taken from a labelled passage.
func TestRulesFollowConventionC19(t *testing.T) {
	tagsMeanings(t, []meaning{
		// Said of cybercrime itself, in several syntaxes.
		{"Ministers from twelve countries met in Accra at a conference on the fight against cybercrime in West Africa.", "topic.cybercrime", true},
		{"A workshop on cybercrime brought together judges and prosecutors from eleven countries.", "topic.cybercrime", true},
		{"A specialised cybercrime unit was set up within the national police in 2019.", "topic.cybercrime", true},
		{"Cybercrime is estimated to cost the global economy more than a trillion dollars a year.", "topic.cybercrime", true},
		{"The Budapest Convention has become the global reference for legislation on computer crime.", "topic.cybercrime", true},
		{"Our capacity building programmes extend to terrorism, money laundering and cybercrime.", "topic.cybercrime", true},
		{"Parliament adopted a law that criminalises cybercrime and sets up a specialised prosecutor's office.", "topic.cybercrime", true},
		// Near misses: pillars, agendas, inventories, contrasts, questions.
		{"The national strategy rests on three pillars: the protection of networks, the fight against cybercrime and cyber defence.", "topic.cybercrime", false},
		{"The threats we face include cybercrime, espionage and sabotage by hostile States.", "topic.cybercrime", false},
		{"Rising incidents of cybercrime and hostile states targeting critical national infrastructure worry the government.", "topic.cybercrime", false},
		{"The seminar will cover the law of armed conflict in cyberspace, due process online and cooperation against cybercrime.", "topic.cybercrime", false},
		{"Military cyber defence must be distinguished from the fight against cybercrime, which belongs to the police.", "topic.cybercrime", false},
		{"Was the intrusion the work of a foreign intelligence service or of cybercriminals seeking a ransom?", "topic.cybercrime", false},
		{"The book surveys three kinds of threat to the grid: cyberwar waged by States, cyberterrorism and cybercrime.", "topic.cybercrime", false},
		{"Chapter 4: Cybercrime and the Budapest Convention", "topic.cybercrime", false},
	})
}
