package annotate

import "testing"

// TestRulesReadMeaningsRound5 checks the fifth round of meaning rules
// (issue 16): the State of origin as the place the harmful activity or its
// authors are (convention O) or as a named State, but not infrastructure
// that is merely there, nor an affiliation ("Russia-linked"); the status of
// the duty named by its objects; attribution by direction and control;
// mitigation in other senses; bodies of law given as examples or in a
// research question; the 13(c) formula without "knowingly"; help asked for;
// crimes by their names; State practice said to be insufficient. The
// sentences are written for this test.
func TestRulesReadMeaningsRound5(t *testing.T) {
	affirms(t, []meaning{
		// Origin: the activity or its authors on the territory.
		{"States should take reasonable steps to end malicious cyber activity taking place on their territory.", "territory.origin", false}, // C3 (round 13): in, within or on the territory, based or operating there, or harboured there is not origin wording
		{"Responsible States act against criminals who run extortion campaigns on their territory.", "territory.origin", false},             // C3 (round 13): in, within or on the territory, based or operating there, or harboured there is not origin wording
		{"The duty covers acts occurring within its borders that harm other States.", "territory.origin", false},                            // C3 (round 13): in, within or on the territory, based or operating there, or harboured there is not origin wording
		{"A State has jurisdiction over cyber infrastructure located on its territory.", "territory.origin", false},
		{"Knowledge of the use of cyber infrastructure within its territory for harmful operations suffices.", "territory.origin", false},
		{"Data created within their borders must remain stored there.", "territory.origin", false},
		// Origin: a named State.
		{"The intrusions were believed to originate in Iran.", "territory.origin", true},
		{"Biden urged action against ransomware groups operating in Russia.", "territory.origin", false}, // C3 (round 13): in, within or on the territory, based or operating there, or harboured there is not origin wording
		{"Many attacks came from Russia-linked hacking groups.", "territory.origin", false},
		{"The goods originated in China and transited through Kazakhstan.", "territory.origin", false},
		// Status of the duty named by its objects.
		{"The Trail Smelter tribunal held Canada responsible in international law for the smelter's conduct.", "status.binding", false}, // C2 (round 13): no word of legal status said of the duty
		{"The principle of due diligence is binding in cyberspace.", "status.binding", true},
		{"The Budapest Convention is binding on its parties.", "status.binding", false},
		// Attribution by direction and control.
		{"The hackers acted under the direction and control of the government.", "actors.state", true},
		{"The hackers said they acted for fun and under nobody's control.", "actors.state", false},
		// Mitigation in other senses.
		{"Climate change mitigation requires lower emissions.", "scope.mitigation", false},
		{"The team helped identify and mitigate additional vulnerabilities.", "scope.mitigation", false},
		{"The territorial State should mitigate the harm of the operation.", "scope.mitigation", true},
		// Bodies of law as examples of a field; a research question about
		// one is tagged since C33 (round 20).
		{"The application of specific aspects of international law, such as self-defence and international humanitarian law, remains unclear.", "topic.ihl", false},
		{"Scholars have analysed whether cyber operations violate the sovereignty of the target State.", "topic.sovereignty", true},
		{"International humanitarian law applies to cyber operations in armed conflict.", "topic.ihl", true},
		// The 13(c) formula without "knowingly", and the plain name.
		{"States should not allow their territory to be used for internationally wrongful acts using ICTs.", "topic.due_diligence", false}, // C5 (round 13): the 13(c) formula restated without the name or "knowingly" is not topic.due_diligence
		{"The principle of diligence applies in cyberspace.", "topic.due_diligence", true},
		// Help asked for; crimes by their names; practice insufficient.
		{"The affected State may ask the territorial State for help in stopping the operation.", "measures.assistance", true},
		{"Online fraud and identity theft cost billions each year.", "topic.cybercrime", true},
		{"State practice on due diligence in cyberspace is insufficient to establish a customary rule.", "status.voluntary", true},
	})
}
