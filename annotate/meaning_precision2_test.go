package annotate

import "testing"

// TestRulesReadMeaningsPrecision2 checks the senses behind the false
// positives of the second precision round's batch (r13p, scored untouched
// first): passages that name a domain word — a government, a country, a
// treaty — while the cue is used in another sense. Crime in general is not
// cybercrime without ICTs; criminology's criminals are not the norm's
// non-State actors; a quantity attributed to its causes is not conduct
// attributed to a State; a regulated entity aware of its own incident, or
// the party that notifies, is no State that knows; a victim disconnecting
// its own systems mitigates no operation from its territory (containing an
// incident in them is mitigation since convention C23); a
// document put online is no crime online. Each sense has near misses and
// positives in the norm's sense; the sentences are this round's own, not a
// labelled passage's.
func TestRulesReadMeaningsPrecision2(t *testing.T) {
	tagsMeanings(t, []meaning{
		// Crime in general, beside a government, is not cybercrime; the
		// same words beside ICTs are.
		{"The government invests in criminal justice reform to cut reoffending among young people in prisons.", "topic.cybercrime", false},
		{"Ministers agreed to speed up extradition between the two countries in drug trafficking and corruption cases.", "topic.cybercrime", false},
		{"The treaty on mutual legal assistance lets the two States share bank records in corruption cases.", "topic.cybercrime", false},
		{"States should strengthen criminal justice responses to offences committed against computer systems and data.", "topic.cybercrime", true},
		{"Mutual legal assistance in cases of online fraud is slow, the ministry told the working group on ICT security.", "topic.cybercrime", true},
		{"The Government has ratified the Budapest Convention and will extradite suspects wanted by its partners.", "topic.cybercrime", true},
		// Criminals as criminology speaks of them, and as actors a State
		// answers for.
		{"Governments must deter crime and criminals through effective policing and fair courts in every region.", "actors.non_state", false},
		{"The State's duty is to reduce crime rates and to protect victims, whoever the criminals are.", "actors.non_state", false},
		{"Crime prevention policies should steer young people away from criminals and gangs in every country.", "actors.non_state", false},
		{"States must not allow criminals to use their territory to launch ransomware attacks against other States.", "actors.non_state", true},
		{"A State is expected to act against criminal groups operating from its territory against another State's networks.", "actors.non_state", true},
		// A quantity attributed to its causes, and conduct attributed to a
		// State.
		{"Economists attributed most of the change to three factors across countries: labour, capital and productivity.", "topic.state_responsibility", false},
		{"The index allows the attribution of changes in national emissions to each sector of the economy.", "topic.state_responsibility", false},
		{"Attribution science now links extreme heat in several States to human-caused warming.", "topic.state_responsibility", false},
		{"The new method attributing intensity indicators was tested on data from China and other nations.", "topic.state_responsibility", false},
		{"The intrusion was attributed to the State's military intelligence service, the Government said.", "topic.state_responsibility", true},
		{"Attribution of cyber operations to a State follows the general rules of State responsibility.", "topic.state_responsibility", true},
		// The party that notifies, and a regulated entity aware of its own
		// incident, are not a State that knows.
		{"The notifying party must send the form to the authority within three days of signing the agreement.", "knowledge.actual", false},
		{"A financial entity must report a major incident to the State within four hours of becoming aware of it.", "knowledge.actual", false},
		{"Each obliged entity that becomes aware of suspicious activity shall inform the competent authority of the State.", "knowledge.actual", false},
		{"The notified State was aware of the operation and did nothing to stop it.", "knowledge.actual", true},
		{"Once a State becomes aware of a cyber incident launched from its territory, it must act.", "knowledge.actual", true},
		// A victim containing an incident in its own systems, and a State
		// mitigating an operation.
		{"The ministry disconnected its systems to contain the incident before the government restored services.", "scope.mitigation", false},
		// Convention C23: containing the incident is mitigation, whoever does it.
		{"The agency contained the incident on its own servers, and the government restored services the next day.", "scope.mitigation", true},
		{"The territorial State must contain the incident and limit further damage to the victim State.", "scope.mitigation", true},
		{"The ministry disconnected its systems to contain the incident before the government restored services.", "scope.termination", false},
		{"The government must disconnect the botnet's servers used in the operation against the victim State.", "scope.termination", true},
	})
	checkLangCases(t, []langCase{
		// Convention C23 (round 17) reads a victim containing an incident
		// in its own servers as mitigation; disconnecting them stays out.
		{"fr", "Le ministère a dû contenir l'incident sur certains serveurs, a indiqué le gouvernement.", []string{"scope.mitigation"}},
		{"fr", "L'État territorial doit contenir l'incident et limiter les dommages causés à l'État victime.", []string{"scope.mitigation"}},
		{"es", "El ministerio tuvo que contener el incidente en algunos servidores, informó el gobierno.", []string{"scope.mitigation"}},
		{"es", "El gobierno desconectó varios servicios para contener el ataque contra sus sistemas.", []string{"-scope.mitigation"}},
		{"es", "El Estado territorial debe contener el ataque y mitigar sus efectos sobre el Estado afectado.", []string{"scope.mitigation"}},
		// A document put online is no crime online.
		{"fr", "Le gouvernement a mis en ligne sa stratégie nationale de lutte contre la délinquance des mineurs.", []string{"-topic.cybercrime"}},
		{"fr", "La délinquance en ligne progresse et les États doivent renforcer leur coopération contre elle.", []string{"topic.cybercrime"}},
		{"es", "El gobierno publicó en línea su programa nacional de prevención de la delincuencia juvenil.", []string{"-topic.cybercrime"}},
		{"es", "La delincuencia en línea crece y los Estados deben cooperar para combatirla en todo el país.", []string{"topic.cybercrime"}},
	})
}
