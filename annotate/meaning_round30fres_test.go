package annotate

import "testing"

// The tests below check the French and Spanish rules of round 30 (r30fres),
// written from families of phrasing that the round's own probe sentences
// (testdata/rounds/probes-r30-fr.jsonl, probes-r30-es.jsonl) showed the
// rules missing. The sentences here were written for this test, beyond the
// probes: positives in several syntaxes and near misses that use the same
// cue words in another sense or with what the conventions leave out.

// TestRound30FresPreventionAndTermination checks operations named with the
// cyber prefix after a verb of preventing, a long expletive clause ("empêcher
// que des cyberopérations visant ... ne soient menées"), and the passive and
// nominal forms of stopping an operation, against an interruption of
// traffic, a contract ended and a victim's own services.
func TestRound30FresPreventionAndTermination(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les États doivent s'efforcer d'empêcher des cyberopérations contre les hôpitaux d'un État voisin.", []string{"scope.prevention"}},
		{"fr", "Les États veillent à éviter des cyberactivités malveillantes dirigées contre d'autres États.", []string{"scope.prevention"}},
		{"fr", "Les États s'efforcent d'empêcher que des cyberopérations visant des infrastructures critiques étrangères ne soient menées à partir de leur territoire.", []string{"scope.prevention", "territory.origin"}},
		{"fr", "Ces cyberattaques doivent être interrompues dès que l'État en a connaissance.", []string{"scope.termination"}},
		{"fr", "Selon la France, l'opération doit être arrêtée par l'État territorial.", []string{"scope.termination"}},
		{"fr", "La mise hors d'état de nuire des serveurs utilisés par les attaquants incombe à l'État.", []string{"scope.termination"}},
		{"es", "Las operaciones cibernéticas maliciosas deben interrumpirse en cuanto el Estado tenga conocimiento de ellas.", []string{"scope.termination"}},
		{"es", "Según el Estado, los ciberataques deben ser neutralizados por las autoridades del territorio de origen.", []string{"scope.termination"}},
		// The near misses.
		{"fr", "Le trafic ferroviaire doit être interrompu pendant les travaux, selon l'État.", []string{"-scope.termination"}},
		{"fr", "Le contrat prend fin de plein droit à l'expiration du délai de préavis.", []string{"-scope.termination"}},
		{"es", "El contrato de arrendamiento del Estado debe suspenderse por mutuo acuerdo.", []string{"-scope.termination"}},
		{"fr", "La prévention des risques professionnels incombe à l'employeur.", []string{"-scope.prevention"}},
	})
}

// TestRound30FresNotificationKnowledge checks a territorial State told of an
// operation (C8) in the passive with "être", the feminine plurals, the State
// named by what happens in or from it, and actual knowledge named in other
// words; against a secretariat's notice of a meeting, a merger notified,
// and the speaker's "à notre connaissance".
func TestRound30FresNotificationKnowledge(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "L'État hôte doit être alerté sans délai lorsqu'une cyberopération utilise ses serveurs.", []string{"measures.notification", "knowledge.actual"}},
		{"fr", "Les autorités de cet État ont été averties à plusieurs reprises de l'activité malveillante du groupe.", []string{"measures.notification", "knowledge.actual"}},
		{"fr", "L'État victime peut signaler la cyberattaque aux autorités de l'État où se trouvent les serveurs.", []string{"measures.notification", "knowledge.actual"}},
		{"fr", "Il convient de transmettre les indices techniques à l'État dont le territoire est utilisé pour l'opération.", []string{"knowledge.actual"}},
		{"fr", "Seule une connaissance avérée de l'opération par l'État engage son obligation.", []string{"knowledge.actual"}},
		{"es", "El Estado víctima puede comunicar el ciberataque a las autoridades del Estado donde se encuentran los servidores.", []string{"measures.notification", "knowledge.actual"}},
		{"es", "Conviene compartir la información técnica con el Estado cuyo territorio se utiliza para la operación.", []string{"knowledge.actual"}},
		{"es", "Un Estado no puede responder de ciberoperaciones que desconocía.", []string{"knowledge.actual"}},
		// The near misses.
		{"fr", "À notre connaissance, aucun État n'a encore publié de position sur le cyberespace.", []string{"-knowledge.actual"}},
		{"fr", "Le ministère a notifié à la Commission le projet de concentration entre deux opérateurs de réseaux.", []string{"-measures.notification", "-knowledge.actual"}},
		{"es", "Los conocimientos técnicos del personal del Estado son indispensables para la gestión de la red.", []string{"-knowledge.actual"}},
	})
}

// TestRound30FresAssistance checks help between States against cyber
// operations (C22, C27) said as "porter assistance", help or expertise
// called in or required from other States or firms, the country hit
// supported, and cooperation with partners named between the verb and its
// aim; against help inside one State (a national scheme, the police),
// technical help to draw up a national strategy (capacity building) and
// mutual legal assistance (cybercrime).
func TestRound30FresAssistance(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "L'État où se trouvent les serveurs devrait lui porter assistance face à la cyberattaque.", []string{"measures.assistance"}},
		{"fr", "Un État peut faire appel à l'expertise de ses partenaires pour contenir un incident informatique.", []string{"measures.assistance"}},
		{"fr", "La Belgique collabore avec les pays voisins pour répondre aux cyberattaques visant ses infrastructures.", []string{"measures.assistance"}},
		{"es", "El Estado afectado podrá requerir la colaboración de otros Estados para neutralizar el ciberataque.", []string{"measures.assistance"}},
		{"es", "Los Estados pueden recurrir, llegado el caso, a la experiencia de sus socios para contener un ciberincidente.", []string{"measures.assistance"}},
		{"es", "Tras el ciberataque, los equipos de la región acudieron a apoyar al país afectado.", []string{"measures.assistance"}},
		{"es", "Los Estados deben cooperar, en la medida de sus posibilidades, para reducir los efectos de los ciberataques.", []string{"measures.assistance"}},
		// The near misses.
		{"fr", "L'assistance aux victimes de cyberattaques est assurée par le dispositif national.", []string{"-measures.assistance"}},
		{"es", "México brindó asistencia técnica para elaborar la estrategia nacional de ciberseguridad de Paraguay.", []string{"-measures.assistance"}},
		{"es", "La asistencia a las víctimas de ciberdelitos es prestada por la Policía Nacional.", []string{"-measures.assistance"}},
		{"es", "El tratado prevé la asistencia judicial recíproca en la investigación de delitos informáticos.", []string{"-measures.assistance"}},
	})
}
