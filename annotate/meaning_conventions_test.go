package annotate

import "testing"

// TestRulesFollowConventionsRound13 checks the English rules against the
// conventions C1–C9 of round 13 (annotate/testdata/gold/README.md, "Conventions
// settled"; RELABEL-r13.md), which align our gold with the codebook authors'
// reading: for each, sentences that carry the element and near misses that
// the older conventions tagged. The sentences were written for this test from
// the conventions, not taken from a labelled passage. An element counts
// affirmed or rejected, as `normdex rules eval` counts it.
func TestRulesFollowConventionsRound13(t *testing.T) {
	tagsMeanings(t, []meaning{
		// C1: actors.state is the narrow pole of the actors dimension (conduct of
		// States or attributable to one, attribution as law); news, charges and
		// public attributions are not, nor a bare "internationally wrongful act".
		{"The norm covers only conduct attributable to a State under the law of State responsibility.", "actors.state", true},
		{"Under Article 8, the conduct of hackers acting under the direction or control of a State is an act of that State.", "actors.state", true},
		{"States must not permit another State to use ICTs within their territory to commit internationally wrongful acts.", "actors.state", true},
		{"Conduct of de facto organs is attributed to the State under the effective control test.", "actors.state", true},
		{"Only States can breach the obligation; private hackers cannot.", "actors.state", true},
		{"Prosecutors indicted four officers of the military intelligence service for the intrusion.", "actors.state", false},
		{"The government publicly attributed the ransomware attack to North Korea.", "actors.state", false},
		{"Security researchers say a unit of the army carried out the espionage campaign.", "actors.state", false},
		{"A State that commits an internationally wrongful act must make reparation.", "actors.state", false},
		{"The national cyber centre has attributed the intrusion to a foreign State.", "actors.state", false},
		// C2: status.binding only where the passage speaks of the legal status of
		// the duty; a legal text's own "shall", responsibility for a failure,
		// "may not knowingly allow", "requires" and "must take steps" are not.
		{"Due diligence is an obligation under customary international law.", "status.binding", true},
		{"States must exercise due diligence in cyberspace as required by international law.", "status.binding", true},
		{"The principle of due diligence is a rule of international law that binds every State.", "status.binding", true},
		{"Norm 13(c) reflects a legal duty under existing international law.", "status.binding", true},
		{"States shall cooperate in preventing significant transboundary harm.", "status.binding", false},
		{"A State may be responsible if it failed to prevent the attack.", "status.binding", false},
		{"States may not knowingly allow their territory to be used for harmful operations.", "status.binding", false},
		{"Due diligence requires a State to keep abreast of developments.", "status.binding", false},
		{"When notified, the State must take reasonable steps to address the activity.", "status.binding", false},
		{"The Court found Serbia responsible for failing to prevent genocide.", "status.binding", false},
		// C3: origin only with origin wording (from, originating, emanating,
		// launched from, State of origin); in, within, on, based in, harbour are not.
		{"The operation originated from servers in a neighbouring State.", "territory.origin", true},
		{"Malicious activity emanating from its territory must be stopped.", "territory.origin", true},
		{"The State of origin should take reasonable steps to end the operation.", "territory.origin", true},
		{"The attack was launched from the territory of another State.", "territory.origin", true},
		{"States should end the ongoing activity in their territory.", "territory.origin", false},
		{"Ransomware groups operating in the country attacked hospitals abroad.", "territory.origin", false},
		{"States should not harbour criminal groups that attack other States.", "territory.origin", false},
		{"A State must not allow the use of cyber infrastructure located within its territory for harmful operations.", "territory.origin", false},
		// C4: a response is acknowledging, replying or responding to a
		// notification or request; acting on it or asking for action is not.
		{"The notified State should acknowledge receipt of the notification.", "measures.response", true},
		{"States should reply to requests for assistance within a reasonable time.", "measures.response", true},
		{"The territorial State responded to the notification the next day.", "measures.response", true},
		{"Several requests sent to the authorities were left unanswered.", "measures.response", true},
		{"The notified State must take reasonable steps to address the activity.", "measures.response", false},
		{"The victim State may ask the other State to shut down the servers.", "measures.response", false},
		// C18 (round 16): acting on another State's request about an
		// operation is the response.
		{"At the request of the victim, the territorial State took the servers offline.", "measures.response", true},
		// C5: topic.due_diligence by its name or "knowingly allow"; a restated
		// formula is not.
		{"Due diligence applies to cyberspace.", "topic.due_diligence", true},
		{"States should not knowingly allow their territory to be used for internationally wrongful acts.", "topic.due_diligence", true},
		{"The principle of diligence requires reasonable steps.", "topic.due_diligence", true},
		{"Norm 13(c) is a voluntary norm of responsible State behaviour.", "topic.due_diligence", true},
		{"States should ensure that their territory is not used for internationally wrongful acts.", "topic.due_diligence", false},
		{"No State may use or permit the use of its territory to injure another State.", "topic.due_diligence", false},
		{"A State must not allow its territory to be used for acts contrary to the rights of other States.", "topic.due_diligence", false},
		// C6: proactive monitoring or vigilance is monitoring only; prevention
		// needs a preventive word.
		{"States should take preventive steps against harmful operations.", "scope.prevention", true},
		{"States are expected to prevent attacks launched from their territory.", "scope.prevention", true},
		{"The duty is to thwart malicious operations before they occur.", "scope.prevention", true},
		{"States should monitor all ICT activities proactively to identify harmful operations.", "scope.prevention", false},
		{"States should monitor all ICT activities proactively to identify harmful operations.", "measures.monitoring", true},
		{"A proactive regime of vigilance over networks is expected of States.", "scope.prevention", false},
		{"States should adopt proactive measures against harmful activity on their networks.", "scope.prevention", false},
		// C7: the capacity to influence persons or groups is the standard, not
		// actors.non_state.
		{"A State must use its capacity to influence persons likely to commit the attacks.", "standard.capacity", true},
		{"A State must use its capacity to influence persons likely to commit the attacks.", "actors.non_state", false},
		{"The State's capacity to influence effectively the action of groups depends on its links with them.", "actors.non_state", false},
		{"The duty depends on the State's ability to influence the group of persons conducting the operation.", "actors.non_state", false},
		{"States must act against criminal groups that use their territory for ransomware.", "actors.non_state", true},
		// C8: a State notified, informed, alerted or warned of an operation knows
		// of it.
		{"Once the territorial State has been notified of the operation, it must act.", "knowledge.actual", true},
		{"The victim State should notify the territorial State of the malicious operation.", "knowledge.actual", true},
		{"Estonia warned Germany of the attack on its networks.", "knowledge.actual", true},
		{"Estonia warned Germany of the attack on its networks.", "measures.notification", true},
		{"A State credibly informed of an operation must take reasonable steps.", "knowledge.actual", true},
		{"Experts warned the government that threats could grow.", "knowledge.actual", false},
		{"The company notified its customers of the data breach.", "knowledge.actual", false},
		// C9: on dimensions other than status, a pole the passage rejects is
		// tagged too; a negated binding claim stays voluntary only.
		{"It requires actual, rather than constructive, knowledge of the activity.", "knowledge.constructive", true},
		{"It requires actual, rather than constructive, knowledge of the activity.", "knowledge.actual", true},
		{"States are not required to prevent every operation from their territory.", "scope.prevention", true},
		{"The report rejected such expansive interpretation, arguing that States are expected to end the ongoing activity.", "scope.prevention", true},
		{"The norm should not be read as requiring a State to monitor all ICTs within its territory.", "measures.monitoring", true},
		{"Due diligence is not a binding obligation.", "status.binding", false},
		{"Due diligence is not a binding obligation.", "status.voluntary", true},
		{"The court rejected a broad reading of the trade treaty.", "scope.prevention", false},
	})
}
