package annotate

import "testing"

// The tests below check the English rules against conventions C37 and C38
// of round 22 (testdata/gold/README.md, "Round 22"). The sentences were
// written for this test from the conventions' text, not taken from a
// labelled passage: positives in several syntaxes (a text's or a named
// document's subject given with verbs other than "analyses" or "examines",
// in the future tense too; attribution to a State of a named non-State
// actor's conduct as a legal question) and near misses (three or more bodies
// of law a document covers, an announced part of a text, a subject outside
// the codebook's topics, attribution with no non-State actor named, and
// technical or public attribution).

// TestRulesFollowConventionC37 checks that the stated subject of a whole
// text or of a named document is tagged with its one or two topics whatever
// the verb, and that enumerations, announced parts and subjects outside the
// codebook are not.
func TestRulesFollowConventionC37(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "In this blog post we seek to explore how the common position approaches international human rights law online.", []string{"topic.human_rights"}},
		{"en", "This contribution deals with the application of international humanitarian law to cyber operations in armed conflict.", []string{"topic.ihl"}},
		{"en", "The manual addresses how the law of armed conflict governs cyber hostilities between States.", []string{"topic.ihl"}},
		{"en", "This essay will consider whether a ransomware attack on a hospital can breach the sovereignty of the State where it is located.", []string{"topic.sovereignty"}},
		{"en", "The white paper explores the ways in which the principle of non-intervention protects elections from foreign cyber interference.", []string{"topic.non_intervention"}},
		{"en", "The institute has played a central role in exploring how human rights law applies to mass surveillance online.", []string{"topic.human_rights"}},
		{"en", "In this post, I explore how the position paper applies international human rights law to online surveillance.", []string{"topic.human_rights"}},
		{"en", "The handbook covers sovereignty, non-intervention, international humanitarian law and State responsibility in cyberspace.", []string{"-topic.sovereignty", "-topic.ihl", "-topic.state_responsibility"}},
		{"en", "The assessment considered the application of the law of armed conflict, space law, telecommunication law and domestic criminal law to information operations.", []string{"-topic.ihl"}},
		{"en", "Part III will explore the law of neutrality and international humanitarian law in cyberspace.", []string{"-topic.ihl"}},
		{"en", "Section 4 will turn to the use of force and self-defence against cyber operations.", []string{"-topic.use_of_force"}},
		{"en", "This post explores strategies to prevent ransomware attacks on hospitals.", []string{"-scope.prevention"}},
		{"en", "This report explores the crucial role of cybersecurity awareness for small businesses.", []string{"-topic.human_rights", "-topic.sovereignty"}},
	})
}

// TestRulesFollowConventionC38 checks that actors.non_state is tagged when
// the legal attribution to a State of a named non-State actor's conduct is
// treated, and not when no non-State actor is named or when attribution is
// technical or public.
func TestRulesFollowConventionC38(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Under the law of State responsibility, the conduct of a hacktivist group can be attributed to a State only if the group acted on its instructions or under its effective control.", []string{"actors.non_state", "actors.state"}},
		{"en", "Legally, everything turns on who the perpetrator was: if it was an individual with no link to the government, the matter is one for criminal law; if State involvement is proven, international responsibility follows.", []string{"actors.non_state"}},
		{"en", "Whether the operations of State-sponsored hackers are attributable to their sponsor under international law remains a difficult legal question.", []string{"actors.non_state"}},
		{"en", "The problem of attributing international responsibility for the acts of proxies to the States that back them is central to this debate.", []string{"actors.non_state"}},
		{"en", "Holding a State legally responsible for cyberattacks by State-sponsored attackers requires proof that their conduct is attributable to it.", []string{"actors.non_state"}},
		{"en", "The software vendor attributed the intrusion into the ministry's network to State-sponsored attackers operating from abroad.", []string{"-actors.non_state"}},
		{"en", "A cyber operation conducted by or on behalf of a State may be attributed to it under the law of State responsibility.", []string{"-actors.non_state"}},
		{"en", "The question is under what conditions a cyber operation can be attributed to a State and engage its international responsibility.", []string{"-actors.non_state"}},
		{"en", "Security firms traced the malware to a hacker group and the government publicly attributed the intrusion to a foreign intelligence service.", []string{"-actors.non_state"}},
		{"en", "Investigators said the hackers had no known links to any government.", []string{"-actors.non_state"}},
		{"en", "Technical attribution of the attack to a specific server and the person who operated it took investigators several months.", []string{"-actors.non_state"}},
	})
}
