package annotate

import "testing"

// The tests below check that the French and Spanish rules follow the
// conventions C1–C9 of round 13 (testdata/gold/RELABEL-r13.md), which align
// our reading of the codebook with its authors'. Each convention has
// sentences written for the test: positives in the wording of the law and
// near misses in the wording of the news or of a treaty speaking in its own
// voice.

// TestFrenchSpanishConventionC1 checks that actors.state is a legal
// position (the norm or responsibility covers conduct of States or
// attributable to one, the tests of attribution), not a report or charge
// that a State named carried out an operation.
func TestFrenchSpanishConventionC1(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Seuls les faits internationalement illicites des États engagent leur responsabilité au titre de cette norme.", []string{"actors.state"}},
		{"fr", "Le comportement d'un groupe agissant sous le contrôle effectif d'un État est attribuable à cet État.", []string{"actors.state"}},
		{"es", "El comportamiento de un órgano del Estado se considera un hecho de ese Estado según el derecho internacional.", []string{"actors.state"}},
		{"es", "Los Estados no deben permitir que otro Estado o un actor no estatal utilice las TIC en su territorio.", []string{"actors.state"}},
		{"es", "El Estado solo responde de los hechos internacionalmente ilícitos que le son atribuibles.", []string{"actors.state"}},
		{"es", "La administración responderá por los daños antijurídicos que le sean imputables.", []string{"-actors.state"}},
		{"fr", "L'Estonie a publiquement attribué la campagne de piratage à la Russie.", []string{"-actors.state"}},
		{"es", "Washington culpó a Corea del Norte del robo de criptomonedas a un banco.", []string{"-actors.state"}},
	})
}

// TestFrenchSpanishConventionC2 checks that status.binding needs a word of
// legal status said of the duty; a treaty's own "prennent", a court's
// finding or "may be responsible" take their content tags only, and a
// negated binding claim is voluntary only.
func TestFrenchSpanishConventionC2(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La diligence requise est une obligation de droit international coutumier.", []string{"status.binding"}},
		{"es", "Los Estados deben ejercer la diligencia debida en el ciberespacio.", []string{"status.binding"}},
		{"es", "La debida diligencia es requerida por el derecho internacional en el ciberespacio.", []string{"status.binding"}},
		{"fr", "Les États prennent toutes les mesures appropriées pour prévenir les dommages transfrontières significatifs.", []string{"-status.binding", "scope.prevention"}},
		{"es", "Los Estados velarán por que su territorio no sea utilizado para cometer hechos internacionalmente ilícitos.", []string{"-status.binding"}},
		{"fr", "La Cour a jugé l'État responsable de ne pas avoir prévenu les attaques contre son voisin.", []string{"-status.binding"}},
		{"es", "Según el principio de diligencia debida, un Estado puede ser responsable si no adoptó las medidas necesarias para prevenir el daño.", []string{"-status.binding", "topic.due_diligence"}},
		{"fr", "La diligence requise n'est pas une obligation juridique mais une norme volontaire.", []string{"status.voluntary", "-status.binding"}},
	})
}

// TestFrenchSpanishConventionC3 checks that territory.origin needs words of
// origin (from, originating, emanating, launched from, State of origin);
// what is in, on, based in or harboured on a territory is not origin.
func TestFrenchSpanishConventionC3(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les cyberattaques provenaient du territoire de l'État voisin.", []string{"territory.origin"}},
		{"fr", "L'État d'origine doit mettre fin à l'opération malveillante.", []string{"territory.origin"}},
		{"es", "El ataque fue lanzado desde servidores en su territorio.", []string{"territory.origin"}},
		{"es", "Las operaciones que emanan de su territorio causan daños a otros Estados.", []string{"territory.origin"}},
		{"fr", "Les groupes criminels opérant sur son territoire doivent être poursuivis par l'État.", []string{"-territory.origin"}},
		{"fr", "L'État ne doit pas abriter de pirates informatiques sur son sol.", []string{"-territory.origin"}},
		{"es", "Los grupos de ransomware con base en Rusia atacaron varios hospitales.", []string{"-territory.origin"}},
		{"es", "Las infraestructuras situadas en su territorio fueron utilizadas para el ataque.", []string{"-territory.origin"}},
	})
}

// TestFrenchSpanishConventionC4 checks that measures.response is only
// acknowledging, replying or responding to a notification or request: a
// notified State taking steps is notification and knowledge, and asking
// another State to act is neither notification nor response.
func TestFrenchSpanishConventionC4(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "L'État notifié doit accuser réception de la notification dans les meilleurs délais.", []string{"measures.response"}},
		{"es", "El Estado debe responder a la notificación del Estado víctima.", []string{"measures.response"}},
		{"fr", "Une fois notifié, l'État doit prendre des mesures raisonnables pour faire cesser l'opération.", []string{"-measures.response", "measures.notification", "knowledge.actual"}},
		{"es", "Tras ser notificado, el Estado tomó medidas para detener la actividad maliciosa.", []string{"-measures.response", "measures.notification", "knowledge.actual"}},
		{"fr", "La France a demandé à la Russie de faire cesser les attaques contre ses hôpitaux.", []string{"-measures.response", "-measures.notification"}},
		{"es", "El Estado víctima pidió al Estado territorial que pusiera fin a la operación.", []string{"-measures.response", "-measures.notification"}},
	})
}

// TestFrenchSpanishConventionC5 checks that topic.due_diligence needs the
// name, norm 13(c) named, or "knowingly allow"; the formula restated without
// them keeps its content tags only.
func TestFrenchSpanishConventionC5(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La diligence requise s'applique aux États dans le cyberespace.", []string{"topic.due_diligence"}},
		{"fr", "La norme 13 c) invite les États à ne pas permettre sciemment que leur territoire soit utilisé.", []string{"topic.due_diligence"}},
		{"es", "Los Estados no deberían permitir a sabiendas que su territorio sea utilizado para hechos ilícitos.", []string{"topic.due_diligence"}},
		{"fr", "Les États devraient veiller à ce que leur territoire ne soit pas utilisé pour des actes contraires aux droits d'autres États.", []string{"-topic.due_diligence"}},
		{"fr", "Aucun État ne doit permettre que son territoire soit utilisé pour des faits internationalement illicites.", []string{"-topic.due_diligence"}},
		{"es", "Los Estados deben impedir que su territorio se utilice contra otros Estados.", []string{"-topic.due_diligence"}},
	})
}

// TestFrenchSpanishConventionC6 checks that proactive monitoring or
// vigilance is measures.monitoring only; scope.prevention needs a word of
// preventing.
func TestFrenchSpanishConventionC6(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les États doivent prendre des mesures préventives contre les cyberopérations malveillantes.", []string{"scope.prevention"}},
		{"es", "El Estado debe prevenir los ataques lanzados desde su territorio.", []string{"scope.prevention"}},
		{"fr", "Les États devraient surveiller de manière proactive les activités informatiques sur leur territoire.", []string{"-scope.prevention", "measures.monitoring"}},
		{"es", "Los Estados deberían supervisar de forma proactiva las actividades cibernéticas en su territorio.", []string{"-scope.prevention", "measures.monitoring"}},
		{"fr", "Un régime proactif de surveillance des réseaux n'est pas exigé des États.", []string{"-scope.prevention"}},
	})
}

// TestFrenchSpanishConventionC7 checks that the persons a State can
// influence in the Genocide standard are its capacity, not the norm's
// non-State actors, which stay where the passage names them as covered.
func TestFrenchSpanishConventionC7(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La capacité de l'État d'influer effectivement sur les personnes ou groupes susceptibles de commettre l'attaque est décisive.", []string{"-actors.non_state", "standard.capacity"}},
		{"es", "La capacidad del Estado de influir en las personas o grupos que cometen los ataques determina lo que se le exige.", []string{"-actors.non_state", "standard.capacity"}},
		{"fr", "La norme couvre aussi les acteurs non étatiques qui opèrent depuis le territoire d'un État.", []string{"actors.non_state"}},
		{"es", "Los actores no estatales que actúan desde el territorio de un Estado están cubiertos por la norma.", []string{"actors.non_state"}},
	})
}

// TestFrenchSpanishConventionC8 checks that a territorial State notified,
// informed, alerted or warned of an operation knows of it; warned of what it
// will face, or citizens informed, it is not told of an operation.
func TestFrenchSpanishConventionC8(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Lorsqu'un État est notifié d'une cyberopération en cours depuis son territoire, il doit agir.", []string{"knowledge.actual", "measures.notification"}},
		{"fr", "Le gouvernement a alerté les autorités russes de l'attaque en cours contre ses banques.", []string{"knowledge.actual", "measures.notification"}},
		{"es", "El Estado territorial fue informado por la víctima de la operación en curso.", []string{"knowledge.actual", "measures.notification"}},
		{"es", "El gobierno advirtió a las autoridades rusas del ataque contra sus bancos.", []string{"knowledge.actual", "measures.notification"}},
		{"fr", "Biden a averti Poutine qu'il tiendrait la Russie pour responsable.", []string{"-knowledge.actual"}},
		{"es", "El ministerio informó a los ciudadanos sobre el nuevo horario de atención.", []string{"-knowledge.actual"}},
	})
}

// TestFrenchSpanishConventionC9 checks that a pole the passage rejects is
// tagged too on the dimensions other than status, where a negated binding
// claim stays voluntary only.
func TestFrenchSpanishConventionC9(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La norme exige de l'État une connaissance effective, plutôt qu'une connaissance présumée, de l'opération.", []string{"knowledge.actual", "knowledge.constructive"}},
		{"es", "Se requiere el conocimiento efectivo del Estado y no un conocimiento presunto de la operación.", []string{"knowledge.actual", "knowledge.constructive"}},
		{"fr", "L'État n'est pas tenu de prévenir toutes les cyberopérations issues de son territoire.", []string{"scope.prevention"}},
		{"es", "El Estado no está obligado a notificar a los demás Estados de cada incidente.", []string{"measures.notification"}},
		{"fr", "La diligence requise n'est pas une obligation contraignante pour les États.", []string{"status.voluntary", "-status.binding"}},
	})
}
