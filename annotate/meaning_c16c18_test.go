package annotate

import "testing"

// The tests below check the English rules against conventions C16, C17 and
// C18 of round 16 (testdata/gold/README.md, "Round 16"; RELABEL-r16.md). The
// sentences were written for this test from the conventions' text, not taken
// from a labelled passage: positives in several syntaxes (active, passive,
// nominal, conditional, a court's holding) and near misses that use the same
// cue words.

// TestRulesFollowConventionC16 checks that non-State actors are
// actors.non_state where the passage treats in law whether their conduct is
// attributable to a State or engages its responsibility, and not where a test
// is named with no such actor, or where States' use of proxies is told as a
// fact, a strategy or a research subject.
func TestRulesFollowConventionC16(t *testing.T) {
	tagsMeanings(t, []meaning{
		{"The conduct of private persons is attributable to a State only if they acted on its instructions or under its direction or control.", "actors.non_state", true},
		{"The acts of private contractors hired by a ministry are attributable to the hiring State under Article 8.", "actors.non_state", true},
		{"The Court held that the acts of the rebels could not be imputed to the respondent State, which had no effective control over them.", "actors.non_state", true},
		{"Militants who seized the embassy were not acting on behalf of the State, so their conduct could not be attributed to it.", "actors.non_state", true},
		{"Whether the cyber operations of a proxy group engage the responsibility of its sponsor depends on how closely the State directed them.", "actors.non_state", true},
		{"The conduct of patriotic hackers becomes an act of the State only if the State acknowledges and adopts it as its own.", "actors.non_state", true},
		{"An insurrectional movement's conduct is not attributable to the State against which it is fighting.", "actors.non_state", true},
		{"The tribunal asked whether the paramilitary units were so dependent on the foreign government that they could be equated with its organs.", "actors.non_state", true},
		{"The tribunal's articulation of an effective control standard has been criticised as too strict.", "actors.non_state", false},
		{"Article 8 deals with conduct directed or controlled by a State.", "actors.non_state", false},
		{"States use proxies to project power through cyberspace and to avoid retaliation.", "actors.non_state", false},
		{"Many governments, directly or through proxies and non-State actors, conduct malicious cyber operations against their rivals.", "actors.non_state", false},
		{"The study maps how intelligence services recruit hacker groups and the benefits they draw from leveraging them.", "actors.non_state", false},
		{"The ministry has not yet publicly attributed the attack on its networks to another State, though hacker groups are suspected.", "actors.non_state", false},
		{"Hackers working on behalf of the Chinese government stole the data, officials said.", "actors.non_state", false},
	})
}

// TestRulesFollowConventionC17 checks that a passage which takes States' due
// diligence obligations as given and asks about their scope, content, kind or
// breach is status.binding, and that one asking whether the obligation
// exists, a paper's list of subjects, and firms' due diligence obligations
// are not.
func TestRulesFollowConventionC17(t *testing.T) {
	tagsMeanings(t, []meaning{
		{"What exactly the due diligence obligations of States require in respect of ransomware remains an open question.", "status.binding", true},
		{"The scope of a State's due diligence obligation in cyberspace is still being worked out by governments.", "status.binding", true},
		{"In the cyber context, due diligence obligations have been discussed in relation to operations routed through servers abroad.", "status.binding", true},
		{"Commentators disagree on whether these due diligence obligations are obligations of conduct or obligations of result.", "status.binding", true},
		{"The content of the due diligence obligation, once the territorial State knows of an operation, is the subject of this chapter.", "status.binding", true},
		{"The real issue was not whether the State had exercised due diligence, but which measures were required of it under customary international law once it knew of the attack.", "status.binding", true},
		{"How far States' due diligence obligations extend to operations that merely transit their networks is debated.", "status.binding", true},
		{"The scope of due diligence obligations in cyberspace remains a matter of debate among States.", "status.binding", true},
		{"A State that fails to act on credible information about an ongoing operation may breach its due diligence obligation.", "status.binding", true},
		{"Whether States owe due diligence obligations in cyberspace at all remains contested.", "status.binding", false},
		{"Due diligence obligations in cyberspace remain a matter of debate among States.", "status.binding", false},
		{"It is a matter of some controversy whether due diligence reflects a binding obligation in cyberspace.", "status.binding", false},
		{"The workshop will examine the obligation of due diligence, the obligation to respect sovereignty and the prohibition of intervention.", "status.binding", false},
		{"The scope of the buyer's due diligence obligations under the share purchase agreement was disputed.", "status.binding", false},
		{"Under the new supply chain act, the content of companies' due diligence obligations depends on their size.", "status.binding", false},
	})
}

// TestRulesFollowConventionC18 checks that a State acting on, granting,
// answering, refusing or ignoring another State's request about a cyber
// operation or its authors is measures.response, and that the request alone,
// a notified State acting with no request, requests within one State and
// requests with no operation in the text are not.
func TestRulesFollowConventionC18(t *testing.T) {
	tagsMeanings(t, []meaning{
		{"Russia arrested several members of the ransomware gang at the request of the United States.", "measures.response", true},
		{"The suspects behind the hacking campaign were detained after the authorities received a request from the German government.", "measures.response", true},
		{"At the request of the Albanian government, the agency sent a team to help restore the ministry's networks after the cyber attack.", "measures.response", true},
		{"Estonia asked for legal assistance in investigating the cyber attacks on its ministries. Russia refused to cooperate.", "measures.response", true},
		{"States should provide requested assistance to another State whose critical infrastructure is hit by a cyber attack.", "measures.response", true},
		{"The Netherlands agreed to the German request and seized the command servers of the botnet.", "measures.response", true},
		{"Moscow ignored repeated requests from Washington to act against the ransomware groups on its soil.", "measures.response", true},
		{"Acting on a request from Washington, Russian police detained members of the ransomware group in January.", "measures.response", true},
		{"Costa Rica requested assistance from the United States after the ransomware attack on its ministries.", "measures.response", false},
		{"The administration asked its allies to cut off the malicious traffic passing through their servers.", "measures.response", false},
		{"After being notified of the botnet, the territorial State took the infected servers offline.", "measures.response", false},
		{"No requests for help with the ransomware attacks have been received from the American ministries, the Kremlin said.", "measures.response", false},
		{"The state National Guard deployed its cyber team at the request of the state emergency management agency after the ransomware attack.", "measures.response", false},
		{"The police searched the suspect's home at the request of the American authorities in a tax fraud case.", "measures.response", false},
		{"At the request of the company, the vendor restored the servers that the ransomware had encrypted.", "measures.response", false},
	})
}
