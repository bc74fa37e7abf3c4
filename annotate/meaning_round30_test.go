package annotate

import "testing"

// The tests below check families of phrasing written for round 30 from the
// codebook's definitions and the way legal English, French and Spanish put
// each element, not from a labelled passage: sentences a State or a
// commentator could write, in several syntaxes, with near misses.

// TestRound30PersonsKeptFromActing checks actors.non_state where a State's
// duty is to keep individuals or persons within its jurisdiction from
// launching operations (C10, dev-ro-private), in English as in French, and
// not where a law or a school keeps people from everyday acts.
func TestRound30PersonsKeptFromActing(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "A State must prevent individuals within its jurisdiction from launching harmful cyber operations against other States.", []string{"actors.non_state", "scope.prevention"}},
		{"en", "States must prevent persons from using their territory for cyber attacks against other States.", []string{"actors.non_state"}},
		{"en", "A State must prevent anyone within its jurisdiction from launching harmful cyber operations against other States.", []string{"actors.non_state"}},
		{"en", "The law prevents citizens from using encryption.", []string{"-actors.non_state"}},
		{"en", "Police stopped people from attacking the embassy.", []string{"-actors.non_state"}},
		{"fr", "L'État doit empêcher les personnes relevant de sa juridiction de lancer des cyberattaques contre d'autres États.", []string{"actors.non_state"}},
	})
}

// TestRound30ImputedKnowledge checks that knowledge imputed to a State is
// constructive, as in French and Spanish, while knowledge presumed or
// inferred from the facts (Corfu Channel) and a buyer's presumed knowledge
// are not.
func TestRound30ImputedKnowledge(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "Knowledge of the operation may be imputed to the territorial State.", []string{"knowledge.constructive"}},
		{"en", "Some authors accept imputed knowledge where the State exercises exclusive control over its territory.", []string{"knowledge.constructive"}},
		{"en", "The buyer's knowledge of the defect is presumed under the sales contract.", []string{"-knowledge.constructive"}},
	})
}

// TestRound30InformationToAffectedState checks measures.notification where
// information is passed to the State affected, targeted or injured,
// whatever the sentence calls the operation, and not where a company tells
// its customers.
func TestRound30InformationToAffectedState(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "A State that detects such activity should share this information with the affected State.", []string{"measures.notification"}},
		{"en", "The CERT provided technical indicators to the targeted State within hours.", []string{"measures.notification"}},
		{"en", "Companies must provide data to affected customers after a breach.", []string{"-measures.notification"}},
	})
}

// TestRound30NegatedStatusAcrossAClause checks that a binding claim denied
// with words between the negation and the claim is voluntary only: the
// whole claim is negated, not only the part within the negation window
// (negatedAmong), and a French or Spanish rule said to have crystallised is
// binding unless the sentence denies or doubts it.
func TestRound30NegatedStatusAcrossAClause(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "In our view, due diligence is not, at this stage, a binding rule of international law.", []string{"status.voluntary", "-status.binding"}},
		{"en", "In our view, due diligence is, at this stage, a binding rule of international law.", []string{"status.binding", "-status.voluntary"}},
		{"fr", "La diligence requise n'est pas, à ce jour, une règle contraignante du droit international.", []string{"status.voluntary", "-status.binding"}},
		{"fr", "Le principe de diligence requise s'est cristallisé en règle de droit international coutumier.", []string{"status.binding"}},
		{"fr", "Nous ne considérons pas que le principe de diligence requise se soit cristallisé en règle de droit international coutumier.", []string{"status.voluntary", "-status.binding"}},
		{"fr", "La diligence requise ne s'est pas encore cristallisée en règle de droit international coutumier.", []string{"status.voluntary", "-status.binding"}},
		{"fr", "La diligence requise est en voie de cristallisation en tant que règle coutumière.", []string{"-status.binding"}},
		{"fr", "Il n'est pas certain que la diligence requise se soit cristallisée en règle coutumière.", []string{"-status.binding"}},
		{"es", "El principio de debida diligencia se ha cristalizado como norma de derecho internacional consuetudinario.", []string{"status.binding"}},
		{"es", "No consideramos que el principio de debida diligencia se haya cristalizado como norma de derecho internacional consuetudinario.", []string{"status.voluntary", "-status.binding"}},
		{"es", "La debida diligencia está en proceso de cristalización como norma consuetudinaria.", []string{"-status.binding"}},
		{"es", "No está claro si la debida diligencia se ha cristalizado como norma consuetudinaria.", []string{"-status.binding"}},
	})
}

// TestRound30MoreFamilies checks families found by a second round of
// probes: a State's duty to act against cybercriminals is about cybercrime
// in Spanish as in English and French (C12); the State's "devoir de
// vigilance" is due diligence, a parent company's is not (the stem of
// "des" is that of "de"); a State answers for the "hechos" of its organs;
// a State that permits private persons' activities or lets groups launch
// attacks reaches their conduct (C10), a chair letting groups consult does
// not; a State's hackers "sponsored by" it in the news are no such duty
// (C16 NOT).
func TestRound30MoreFamilies(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El Estado debe actuar contra los ciberdelincuentes que operan desde su suelo.", []string{"topic.cybercrime"}},
		{"fr", "Le devoir de vigilance de l'État s'applique aussi dans le cyberespace.", []string{"topic.due_diligence"}},
		{"fr", "La loi française sur le devoir de vigilance des sociétés mères impose aux entreprises un plan de vigilance.", []string{"-topic.due_diligence"}},
		{"es", "El Estado es responsable de los hechos de sus órganos en el ciberespacio.", []string{"topic.state_responsibility"}},
		{"es", "El Estado no debe permitir las actividades de particulares que dañen a otros Estados mediante las TIC.", []string{"actors.non_state"}},
		{"es", "El reglamento permite las actividades de particulares en los parques nacionales.", []string{"-actors.non_state"}},
		{"en", "The State knowingly allowed groups to launch cyberattacks from its territory.", []string{"actors.non_state"}},
		{"en", "The Chair allowed groups to conduct informal consultations on the draft report.", []string{"-actors.non_state"}},
		{"fr", "L'État a laissé des groupes lancer des cyberattaques depuis son territoire.", []string{"actors.non_state"}},
		{"fr", "La présidence a permis aux groupes de mener des consultations informelles sur le projet de rapport.", []string{"-actors.non_state"}},
		{"es", "El Estado permitió a sabiendas que grupos lanzaran ciberataques desde su territorio.", []string{"actors.non_state"}},
		{"es", "La presidencia permitió que los grupos realizaran consultas oficiosas sobre el proyecto de informe.", []string{"-actors.non_state"}},
	})
}
