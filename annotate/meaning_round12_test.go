package annotate

import (
	"strings"
	"testing"

	"github.com/normdex/normdex/corpus"
)

// TestRulesReadMeaningsRound12 checks the classes of failure that text no
// rule writer had read showed in round 12 (NOTES-round11.md): a cue in a
// domestic regulatory or technical sense, set by its sentence or the next
// (market surveillance, merger filings, a project's mitigation plan, a
// server's capacity); a law named as an open question of its application;
// a State answering for non-State actors by what it does or fails to do, or
// acting through them; cybercrime fought without the word; the status of a
// duty, or knowledge, in a scholar's framing; localisation and the choice
// of means for a dispute. Each class has positives in several syntaxes and
// near misses; the sentences are this round's own, not a labelled passage's.
func TestRulesReadMeaningsRound12(t *testing.T) {
	tagsMeanings(t, []meaning{
		// A regulatory regime gives the cue its sense, often next door.
		{"National authorities organise market surveillance. They monitor the activities of importers on their territory and take appropriate action against unsafe goods.", "measures.monitoring", false},
		{"National authorities organise market surveillance. They monitor the activities of importers on their territory and take appropriate action against unsafe goods.", "standard.capacity", false},
		{"Market surveillance is a national task. Each Member State is responsible for surveillance activities on its own territory.", "topic.state_responsibility", false},
		{"A concentration must be notified to the competition authority once the turnover threshold is met.", "measures.notification", false},
		{"The parties signed the deal in May. Failure to file a notification before closing can lead to fines, and the State must be informed of any change.", "measures.notification", false},
		{"The project proponent shall submit an environmental management plan. It shall set out how the State will mitigate the harm to the river.", "scope.mitigation", false},
		{"States should notify the affected State without delay when they detect an operation launched from their territory.", "measures.notification", true},
		{"The regulator published its annual report. States should notify affected States promptly of serious cyber incidents.", "measures.notification", true},
		{"The territorial State must take all appropriate measures to mitigate the harm caused by the operation.", "scope.mitigation", true},
		{"States are not required to monitor all ICT activity on their territory.", "measures.monitoring", true},
		// A machine's capacity is not a State's preparedness.
		{"When a server reaches its limit, engineers increase capacity by scaling out across more machines on the network.", "measures.capacity_building", false},
		{"Cloud providers boost computing capacity to absorb traffic spikes on their networks.", "measures.capacity_building", false},
		{"The programme aims to develop capacity among States to deal with cyber threats.", "measures.capacity_building", true},
		{"Donors help build the capabilities of national CERTs to respond to incidents.", "measures.capacity_building", true},
		// A law named as an open question of its application.
		{"Among the unresolved problems is how the law of self-defence applies to cyber operations.", "topic.use_of_force", true}, // C33 (round 20): a question about one topic
		{"A central question remains how international humanitarian law applies to civilian data.", "topic.ihl", true},            // C33 (round 20)
		{"Israel invoked its inherent right of self-defence under Article 51 after the attack.", "topic.use_of_force", true},
		{"International humanitarian law applies to cyber operations during armed conflict.", "topic.ihl", true},
		// A State answering for non-State actors by its verbs, or acting
		// through them; and the same actors named as a fact.
		{"The coalition will act diplomatically against States that do not address the activities of cybercriminals.", "actors.non_state", true},
		{"Force may be used on foreign soil only if the territorial State is unwilling or unable to suppress the armed groups operating there.", "actors.non_state", true},
		{"Several governments still refuse to hold hacker groups on their territory to account.", "actors.non_state", true},
		// C16 (round 16): States' use of proxies told as a fact, with no duty
		// reaching them, is not actors.non_state.
		{"Many States conduct malicious operations directly or through proxies and non-State actors.", "actors.non_state", false},
		{"Many States conduct malicious operations directly or through proxies and non-State actors.", "actors.state", false}, // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"The military intelligence service recruited criminal hackers to carry out the intrusion.", "actors.state", false},   // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"The regime finances hacker groups that attack its neighbours.", "actors.non_state", true},
		{"Moscow gains deniability by leveraging criminal gangs for its operations, analysts say of the Kremlin.", "actors.non_state", true},
		{"The persona was a cover for the military intelligence service.", "actors.state", false}, // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"The foundation funds hacker groups that teach children to code.", "actors.non_state", false},
		{"Ransomware gangs encrypted the hospital's files last week.", "actors.non_state", false},
		{"Some countries provide a safe haven for cybercriminals.", "actors.non_state", true}, // C10 (round 14): a State faulted for harbouring criminals answers for their conduct
		{"The company sells its software through intermediaries in Asia.", "actors.non_state", false},
		{"The company sells its software through intermediaries in Asia.", "actors.state", false},
		// Cybercrime fought without the word.
		{"Police and Europol shut down the servers the botnet's operators relied on.", "topic.cybercrime", true},
		{"Partners agreed to curb ransomware operations launched from their territory.", "topic.cybercrime", true},
		{"Investigators worked with law enforcement to sinkhole the domains used by the malware.", "topic.cybercrime", true},
		{"The hospital addressed the ransomware attack with help from its insurer.", "topic.cybercrime", false},
		{"The company shut down its servers for maintenance.", "topic.cybercrime", false},
		// The status of a duty, and knowledge, in a scholar's framing.
		{"For other scholars, due diligence is yet to be confirmed as a general principle of law.", "status.voluntary", true},
		{"The court held that assessing the transboundary impact of a planned plant is a requirement of general international law.", "status.binding", true},
		{"Respect for territorial sovereignty is a requirement of general international law.", "status.binding", false},
		{"The obligation of due diligence arises from knowing that an activity on the territory could harm another State.", "knowledge.actual", true},
		{"Knowing that the deadline was near, the company completed its due diligence on the supplier.", "knowledge.actual", false},
		// Read on batch V after its untouched score: a text's analysis of
		// how principles apply, a victim's response led by its own cyber
		// centre, and operations called crimes.
		{"This chapter examines the application of the principle of non-intervention to election interference.", "topic.non_intervention", true}, // C33 (round 20): a chapter's stated subject
		{"Germany considers that election interference by cyber means can violate the principle of non-intervention.", "topic.non_intervention", true},
		{"The recovery was run by the national cyber security centre together with the ministry's IT staff after the attack.", "actors.state", false},
		{"The response to the incident is being led by the national cyber security agency.", "measures.capacity_building", false},
		{"Investigators found that the intrusion was run by a unit of the military intelligence service.", "actors.state", false}, // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"The minister called the ransomware attacks on the hospitals despicable crimes.", "topic.cybercrime", true},
		{"Shelling the hospital during the cyberattack campaign may amount to a war crime.", "topic.cybercrime", false},
		{"Cyberattacks on hospitals are crimes, and their authors will be pursued.", "topic.cybercrime", true},
		{"Cyber attacks and crimes surge, and terrorism becomes a global menace.", "topic.cybercrime", false},
		// Localisation, and the choice of means for a dispute.
		{"Governments justify localisation by claiming sovereignty over sensitive information.", "topic.data", true},
		{"Localisation mandates require cloud servers to stay in the country.", "topic.data", true},
		{"Localisation of the game's menus into French took a month.", "topic.data", false},
		{"States are not obliged to choose a particular mechanism for a given dispute between them.", "topic.peaceful_settlement", true},
		{"The parties chose arbitration as the forum for any commercial dispute under the contract.", "topic.peaceful_settlement", false},
	})
}

// TestUnlessContext checks that an unless_context phrase suppresses a rule
// from the sentence before or after the match, but not from further away.
func TestUnlessContext(t *testing.T) {
	tg := compile(t, `
elements:
  - id: a
    rules:
      - name: monitor
        any: [monitor]
        unless_context: [market surveillance]
`)
	for _, tc := range []struct{ text, want string }{
		{"States monitor traffic.", "a"},
		{"Market surveillance is national. States monitor products.", ""},
		{"States monitor products. Market surveillance is national.", ""},
		{"Market surveillance is national. It has rules. States monitor traffic.", "a"},
	} {
		if got := strings.Join(corpus.Elements(tg.Tag(tc.text)), ","); got != tc.want {
			t.Errorf("Tag(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
