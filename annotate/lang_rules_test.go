package annotate

import (
	"slices"
	"strings"
	"testing"

	"github.com/normdex/normdex/corpus"
)

// TestFrenchSpanishElements checks the default codebook's French and
// Spanish rules on sentences written for the test (none is taken from the
// gold sets): each family of phrasing an element has, its hedges and
// negations, and cue words used about something else. want lists the
// elements that must be found, with "-" before one that must not be, and
// "!" before one that must be found rejected.
func TestFrenchSpanishElements(t *testing.T) {
	checkLangCases(t, []langCase{
		// status: the duty named, stated as law, hedged, denied.
		{"fr", "L'obligation de diligence requise est une règle du droit international coutumier.", []string{"status.binding", "topic.due_diligence", "-status.voluntary"}},
		{"fr", "La Cour a violé l'obligation de vigilance qui pèse sur chaque État de prévenir les dommages transfrontières.", []string{"status.binding", "scope.prevention"}},
		{"fr", "Le devoir de diligence n'est pas encore une règle coutumière, faute d'une pratique suffisante.", []string{"status.voluntary", "-status.binding"}},
		{"fr", "La norme 13 c ne saurait être une obligation juridique ; elle reste une norme volontaire.", []string{"status.voluntary", "-status.binding"}},
		{"fr", "Les traités créent des obligations juridiques pour les États parties.", []string{"-status.binding", "-status.voluntary"}},
		{"es", "La diligencia debida es una obligación del derecho internacional consuetudinario.", []string{"status.binding", "topic.due_diligence"}},
		{"es", "La diligencia debida deriva del deber consuetudinario de prevenir el daño transfronterizo.", []string{"status.binding", "scope.prevention"}},
		{"es", "La norma de diligencia debida todavía no se ha cristalizado en el derecho consuetudinario.", []string{"status.voluntary", "-status.binding"}},
		{"es", "Para nuestro país, la diligencia debida no constituye una obligación jurídica vinculante.", []string{"status.voluntary", "-status.binding"}},
		{"es", "Los tratados crean obligaciones jurídicas para los Estados parte.", []string{"-status.binding", "-status.voluntary"}},
		{"fr", "Il incombe à chaque État de faire preuve de diligence requise à l'égard des activités menées sur son territoire.", []string{"status.binding"}},
		{"fr", "La diligence requise est une obligation de comportement et non de résultat.", []string{"status.binding"}},
		{"es", "La diligencia debida es una obligación de comportamiento, no de resultado.", []string{"status.binding"}},
		{"es", "No existe consenso sobre si la diligencia debida es una obligación vinculante.", []string{"-status.voluntary", "-status.binding"}}, // C34 (round 20)
		// C2 (round 13): no word of legal status said of the duty; C5 (round 13): the formula restated, without the name or "knowingly".
		{"fr", "Les États ne doivent pas laisser leur territoire être utilisé pour des faits internationalement illicites.", []string{"-status.binding", "-topic.due_diligence"}},
		// C6 (round 13): proactive monitoring is monitoring only.
		{"es", "La norma no debe interpretarse en el sentido de exigir que un Estado supervise de forma proactiva todas las TIC.", []string{"!measures.monitoring", "-scope.prevention"}},
		{"fr", "Cette règle ne doit pas être interprétée comme exigeant de surveiller toutes les TIC.", []string{"!measures.monitoring"}},
		{"es", "El deber nace cuando el Estado tenga conocimiento o deba tener conocimiento de la operación.", []string{"knowledge.actual", "knowledge.constructive"}},

		// knowledge: known, notified; should have known.
		{"fr", "Un État qui savait ou aurait dû savoir qu'une opération était menée depuis son territoire doit agir.", []string{"knowledge.constructive", "territory.origin"}},
		{"fr", "L'obligation naît dès que l'État a connaissance, ou devrait normalement avoir connaissance, du risque.", []string{"knowledge.actual", "knowledge.constructive"}},
		{"es", "El Estado debería haber sabido que su infraestructura se utilizaba para atacar a otro Estado.", []string{"knowledge.constructive"}},
		{"es", "Una vez notificado, el Estado debe adoptar medidas para detener la operación.", []string{"knowledge.actual", "scope.termination"}},

		// scope: prevent, stop, mitigate; crime prevention is not the duty.
		{"fr", "Les États doivent empêcher que des cyberattaques soient lancées depuis leur territoire.", []string{"scope.prevention", "territory.origin"}},
		{"fr", "La politique porte sur la prévention et la répression des actes criminels commis sur internet.", []string{"-scope.prevention", "topic.cybercrime"}},
		{"fr", "L'État doit mettre fin à l'opération et en atténuer les effets.", []string{"scope.termination", "scope.mitigation"}},
		{"fr", "L'État responsable doit la cessation du fait illicite et des garanties de non-répétition.", []string{"-scope.termination", "topic.state_responsibility"}},
		{"es", "El Estado debe poner fin a la actividad y aminorar el daño causado.", []string{"scope.termination", "scope.mitigation"}},

		// actors: non-State conduct within a duty; attribution to a State.
		{"fr", "L'obligation couvre les actes de groupes criminels et d'acteurs non étatiques opérant sur le territoire.", []string{"actors.non_state"}},
		{"fr", "Seuls les États peuvent violer la souveraineté d'un autre État.", []string{"actors.state", "topic.sovereignty"}},
		{"fr", "Un acte cybernétique qui lui est imputable engage la responsabilité internationale de l'État.", []string{"actors.state", "topic.state_responsibility"}},
		{"es", "El Estado debe impedir los daños cometidos por terceros desde su territorio.", []string{"actors.non_state", "scope.prevention"}},
		// C35 (round 21): State actors "linked to" a government are the
		// news' attribution (es-f034), not the law's.
		{"es", "El ataque fue atribuido a actores estatales vinculados a un gobierno extranjero.", []string{"-actors.state"}},
		{"es", "La doctrina permite imputar responsabilidad al Estado por hechos de particulares.", []string{"-actors.state"}},
		{"fr", "Les opérations menées par des agents de l'État engagent sa responsabilité.", []string{"actors.state"}},
		{"es", "Los hackers actuaban bajo el control efectivo del gobierno vecino.", []string{"actors.state"}},
		{"es", "El Estado afectado podrá recabar la asistencia de otros Estados para mitigar el incidente.", []string{"measures.assistance", "scope.mitigation"}},

		// territory: origin and transit; network traffic routed abroad is neither.
		{"fr", "Une cyberattaque qui transite par l'infrastructure d'un État tiers ne suffit pas à engager sa responsabilité.", []string{"territory.transit"}},
		{"fr", "Les données des usagers sont acheminées par des réseaux étrangers.", []string{"-territory.transit"}},
		{"fr", "Chaque État jouit d'une autorité souveraine à l'intérieur de son territoire.", []string{"-territory.origin", "topic.sovereignty"}},
		// C3 (round 13): in, on, based in or harboured, not from: no origin.
		{"es", "Las operaciones llevadas a cabo en su territorio que causen un daño significativo a otro Estado están prohibidas.", []string{"-territory.origin", "threshold.serious"}},
		{"es", "La norma emanada de la asamblea fue aprobada por consenso.", []string{"-territory.origin"}},
		// C3 (round 13): in, on, based in or harboured, not from: no origin.
		{"fr", "L'État doit démanteler les groupes de rançongiciels qui opèrent en Moldavie.", []string{"-territory.origin", "scope.termination"}},
		// C3 (round 13): in, on, based in or harboured, not from: no origin.
		{"es", "Exigió que el gobierno detenga a los grupos de ransomware que operan en su país vecino.", []string{"-territory.origin"}},
		{"fr", "L'agence couvre la prévention, la protection et la réponse aux incidents.", []string{"-scope.prevention"}},
		{"es", "El centro nacional de alerta, vigilancia y prevención coordina a los equipos.", []string{"-scope.prevention"}},
		{"fr", "En droit français, la responsabilité administrative oblige l'administration à réparer les préjudices.", []string{"-topic.state_responsibility"}},

		// measures.
		{"fr", "Les États membres s'entraident dans la détection et la réponse aux incidents transfrontières.", []string{"measures.assistance"}},
		{"fr", "Ils ont rédigé des lois types et des législations modèles sur la cybersécurité.", []string{"measures.capacity_building"}},
		{"fr", "Ce format permet aux participants d'échanger librement.", []string{"-measures.capacity_building"}},
		{"es", "Cada Estado designará un punto de contacto disponible 24 horas al día, 7 días a la semana.", []string{"measures.capacity_building"}},
		{"es", "El país debe adecuar su legislación penal antes de adherirse.", []string{"measures.capacity_building"}},

		// related topics.
		{"fr", "Toute ingérence dans les élections d'un autre État est illicite.", []string{"topic.non_intervention"}},
		{"fr", "L'État agresseur ne peut invoquer la légitime défense.", []string{"topic.use_of_force"}},
		{"fr", "La Cour a appliqué le principe de précaution au projet d'usine.", []string{"-topic.ihl"}},
		{"fr", "Les hacktivistes qui participent directement aux hostilités perdent leur protection.", []string{"topic.ihl"}},
		{"es", "El convenio obliga a tipificar los delitos por internet.", []string{"topic.cybercrime"}},
		{"es", "Las operaciones no deben dirigirse contra la población civil.", []string{"topic.ihl"}},
		{"es", "El artículo 51.2 del Protocolo adicional prohíbe aterrorizar a la población civil.", []string{"-topic.use_of_force", "topic.ihl"}},
		{"es", "La prohibición del uso y de la amenaza de la fuerza rige también en el ciberespacio.", []string{"topic.use_of_force"}},
		{"es", "Un conductor que no maneja con prudencia no ejerce la diligencia debida.", []string{"-topic.due_diligence"}},

		// The English families ported: norm 13(c) in its official wording,
		// prevention by proximity, stopping within a duty, monitoring of
		// networks, the law of armed conflict, attribution's markers.
		{"fr", "Les États ne devraient pas permettre sciemment que leur territoire soit utilisé pour commettre des faits internationalement illicites à l'aide des TIC.", []string{"topic.due_diligence", "knowledge.actual"}},
		{"es", "Los Estados no deberían permitir deliberadamente que su territorio sea utilizado para cometer hechos internacionalmente ilícitos mediante las TIC.", []string{"topic.due_diligence", "knowledge.actual"}},
		{"fr", "Le principe du détroit de Corfou interdit à un État de laisser utiliser son territoire contre un autre.", []string{"topic.due_diligence"}},
		{"es", "La regla del Canal de Corfú se aplica también en el ciberespacio.", []string{"topic.due_diligence"}},
		{"fr", "L'État est tenu de prendre toutes les mesures pour empêcher les opérations lancées depuis son territoire.", []string{"status.binding", "scope.prevention"}},
		{"es", "El Estado está obligado a adoptar todas las medidas para impedir las operaciones desde su territorio.", []string{"status.binding", "scope.prevention"}},
		{"fr", "Le plan vise à prévenir les malentendus entre les délégations.", []string{"-scope.prevention"}},
		{"es", "La conferencia busca evitar la escalada de un conflicto armado.", []string{"-scope.prevention"}},
		// C28 (round 19): a takedown is termination whoever does it; a
		// victim taking its own servers offline is not.
		{"fr", "Les entreprises ont démantelé le botnet et désactivé ses serveurs.", []string{"scope.termination"}},
		{"fr", "Les entreprises ont mis leurs propres serveurs hors ligne par précaution.", []string{"-scope.termination"}},
		{"fr", "L'État territorial doit démanteler les serveurs utilisés pour l'attaque.", []string{"scope.termination"}},
		{"es", "La empresa desconectó sus servidores durante la noche.", []string{"-scope.termination"}},
		{"fr", "Le ministère surveille l'évolution des marchés financiers.", []string{"-measures.monitoring"}},
		{"es", "El Estado no está obligado a vigilar todo el tráfico de sus redes.", []string{"!measures.monitoring"}},
		{"es", "El control efectivo de un territorio demuestra la soberanía del Estado.", []string{"-topic.state_responsibility", "-actors.state"}},
		{"fr", "Les pirates agissaient sur instructions d'un organe de l'État.", []string{"topic.state_responsibility", "actors.state"}},
		{"fr", "Les règles du droit des conflits armés protègent les biens civils dans le cyberespace.", []string{"topic.ihl"}},
		{"es", "La guerra y los conflictos armados entre vecinos deben evitarse.", []string{"-topic.ihl"}},
		{"fr", "Les parties belligérantes ne peuvent recourir à la perfidie.", []string{"topic.ihl"}},
		{"es", "Las empresas tecnológicas prestan servicios a los beligerantes.", []string{"-topic.ihl"}},
		{"fr", "Le code pénal punit l'accès frauduleux à un système informatique et aux données.", []string{"topic.cybercrime"}},
		{"es", "La policía desarticuló una red de ciberdelincuentes y detuvo a sus autores por hackeo.", []string{"topic.cybercrime"}},
		{"fr", "La souveraineté de l'État s'étend aux infrastructures situées sur son territoire.", []string{"topic.sovereignty"}},
		{"es", "El país emitió deuda soberana a diez años.", []string{"-topic.sovereignty"}},
		{"fr", "La norme sur la diligence requise n'est pas juridiquement contraignante.", []string{"status.voluntary", "-status.binding"}},
		{"es", "La norma de diligencia debida carece de fuerza vinculante.", []string{"status.voluntary", "-status.binding"}},
		{"fr", "Le gouvernement a désigné une agence nationale de cybersécurité et un point de contact.", []string{"measures.capacity_building"}},
		{"es", "Los Estados deberían intercambiar buenas prácticas y lecciones aprendidas sobre incidentes.", []string{"measures.capacity_building"}},
		{"fr", "L'aéroport a doublé sa capacité de stockage et renforcé ses capacités d'accueil.", []string{"-measures.capacity_building"}},
		{"fr", "L'attaque a rebondi via des serveurs situés dans plusieurs pays étrangers.", []string{"territory.transit"}},
		{"es", "Los derechos a la privacidad y a la libertad de expresión se aplican en línea.", []string{"topic.human_rights"}},
		{"fr", "Le pays a reçu une aide humanitaire et une aide au développement.", []string{"-measures.assistance"}},
		{"es", "El Estado víctima podrá solicitar asistencia a otros Estados para responder al ciberataque.", []string{"measures.assistance"}},
		{"fr", "Le ministre a averti que les attaques se multiplieraient et que l'État doit agir.", []string{"-measures.notification"}},
		{"fr", "Une fois notifié de l'opération, l'État territorial doit y mettre fin.", []string{"measures.notification", "knowledge.actual", "scope.termination"}},
		{"es", "El Estado debe notificar sin demora al Estado afectado cualquier incidente grave.", []string{"measures.notification"}},
		{"es", "La empresa notificó la filtración de datos a sus empleados.", []string{"-measures.notification"}},
		// Round 5 families: a State named as the origin, networks taken over
		// to attack a third State, courts holding a State responsible for not
		// preventing, a firm's diligence, the means of the territorial State,
		// help lent to the State attacked, hedges on the status.
		{"es", "Según el centro nacional, los ataques se llevan a cabo desde Rusia.", []string{"territory.origin"}},
		{"fr", "Selon le rapport, ces cyberattaques ont été menées depuis la Chine.", []string{"territory.origin"}},
		{"es", "Los atacantes tomaron el control de servidores en un tercer país para luego lanzar ataques contra bancos.", []string{"territory.transit", "-measures.monitoring"}},
		// C2 (round 13): no word of legal status said of the duty; C5 (round 13): the formula restated, without the name or "knowingly".
		{"fr", "La Cour a condamné l'État pour ne pas avoir empêché l'utilisation de son territoire contre un État voisin.", []string{"-status.binding", "-topic.due_diligence", "topic.state_responsibility"}},
		{"fr", "Le président a dit qu'il tiendrait l'État pour responsable des attaques.", []string{"topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "La portavoz dijo que no hay pruebas de que el gobierno los dirigiera ni de que el gobierno los dirigió.", []string{"-actors.state"}},
		{"es", "La debida diligencia permite a las empresas identificar y mitigar los impactos negativos de sus cadenas de suministro.", []string{"topic.human_rights", "-topic.due_diligence", "-status.binding"}},
		{"es", "La diligencia debida exige a los sujetos obligados adoptar medidas razonables para conocer a sus clientes y prevenir el blanqueo de capitales.", []string{"-standard.capacity", "-scope.prevention", "-status.binding", "-topic.due_diligence"}},
		{"es", "El alcance de la obligación depende de los medios de que disponga el Estado territorial.", []string{"standard.capacity"}},
		{"fr", "Nul n'est tenu à l'impossible : l'État qui ne dispose pas des moyens pour agir ne manque pas à son devoir.", []string{"standard.capacity"}},
		{"fr", "La France a apporté son soutien technique à l'État attaqué pour remédier à l'incident.", []string{"measures.assistance"}},
		{"es", "El Estado presta asistencia técnica para el fortalecimiento de capacidades en ciberseguridad.", []string{"-measures.assistance", "measures.capacity_building"}},
		{"fr", "Il n'est pas certain que la diligence requise soit déjà une règle du droit international.", []string{"-status.voluntary", "-status.binding"}}, // C34 (round 20): reported as uncertain
		{"es", "No existe práctica estatal suficiente para afirmar una obligación consuetudinaria de diligencia debida.", []string{"status.voluntary", "-status.binding"}},
		{"fr", "Les opérateurs doivent notifier les incidents à l'ANSSI dans un délai de 72 heures.", []string{"-measures.notification"}},
		{"fr", "Les CERT régionaux viseront à partager la connaissance de la menace.", []string{"-knowledge.actual", "measures.capacity_building"}},
		{"es", "La Carta prohíbe el uso de la fuerza contra la integridad territorial o la independencia política de cualquier Estado.", []string{"topic.use_of_force", "-topic.sovereignty"}},
		{"es", "Si bien las fuerzas del orden responden a los ciberataques, falta mucho para anticiparlos y prevenirlos.", []string{"scope.prevention"}},
		{"fr", "Les contremesures doivent rester proportionnées.", []string{"topic.state_responsibility"}},
		{"es", "Los delitos cometidos a través de las TIC exigen una cooperación internacional más estrecha.", []string{"topic.cybercrime"}},
		{"fr", "Il faut lutter contre l'utilisation des technologies de l'information à des fins criminelles.", []string{"topic.cybercrime"}},
		{"es", "Las amenazas cibernéticas interfieren en los asuntos internos de los Estados.", []string{"topic.non_intervention"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "Le Royaume-Uni a accusé la Russie d'avoir mené des cyberattaques contre l'Ukraine.", []string{"-actors.state", "topic.state_responsibility"}},
		{"es", "El objetivo de este artículo es analizar el derecho internacional humanitario.", []string{"topic.ihl"}}, // C33 (round 20)
		{"fr", "L'objet de cette étude est d'examiner le droit international humanitaire.", []string{"topic.ihl"}},      // C33 (round 20)
		// C5 (round 13): the formula restated, without the name or "knowingly".
		{"fr", "Les États doivent empêcher que leur territoire ne soit utilisé pour des actes malveillants.", []string{"-topic.due_diligence", "scope.prevention"}},
		{"es", "No es aceptable el uso de los sistemas informáticos de otras naciones para atacar a terceros países.", []string{"territory.transit"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "Le ministère a indiqué que le service de renseignement militaire russe est à l'origine de plusieurs cyberattaques.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "Paris affirme que la Russie porte la responsabilité d'un certain nombre de cyberattaques.", []string{"-actors.state", "topic.state_responsibility"}},
		// C3 (round 13): in, on, based in or harboured, not from: no origin.
		{"es", "El país fue blanco de ciberataques de un grupo con base en Rusia.", []string{"-territory.origin"}},
		// C3 (round 13): in, on, based in or harboured, not from: no origin.
		{"fr", "Les États doivent empêcher les activités d'acteurs privés sur leur territoire qui violent les droits d'autres États.", []string{"-territory.origin", "actors.non_state", "scope.prevention"}},
		{"es", "La ley de prevención del riesgo de desastres naturales no menciona los incidentes tecnológicos.", []string{"-scope.prevention"}},
		{"es", "La amenaza se agrava por el lavado de activos y otras formas de delincuencia organizada trasnacional.", []string{"-topic.cybercrime"}},
		{"es", "El gobierno proveerá asistencia para reforzar la seguridad cibernética del país.", []string{"measures.capacity_building"}},
		// C12 (round 15): attackers named a group of cybercriminals is ICT
		// crime named as crime.
		{"es", "El país sufrió ataques de un grupo de ciberdelincuentes conocido como Conti.", []string{"topic.cybercrime"}},
		{"es", "El convenio facilitará medidas para detectar y perseguir a los ciberdelincuentes.", []string{"topic.cybercrime"}},
		{"fr", "Biden a demandé à la Russie d'agir pour faire face aux cybercriminels opérant sur son territoire.", []string{"topic.cybercrime"}},
		{"es", "Atacar hospitales constituye un crimen de guerra.", []string{"topic.ihl"}},
		{"fr", "Ces secteurs sont déjà protégés par les lois humanitaires internationales.", []string{"topic.ihl"}},
		{"es", "Los ataques pueden causar un daño significativo a la población civil.", []string{"-topic.ihl"}},
		{"fr", "Les gouvernements doivent prévenir et stopper les cyberattaques contre les hôpitaux.", []string{"scope.prevention", "scope.termination"}},
		{"es", "Como es bien sabido, la perfidia está prohibida en los conflictos armados.", []string{"-knowledge.actual"}},
		{"fr", "Il incombe à l'État de mettre fin à l'opération; il y est tenu, car il est obligé de mettre fin aux activités menées depuis son territoire.", []string{"status.binding", "scope.termination"}},
		{"es", "Decenas de ciberataques fueron atribuidos a la República Popular Democrática de Corea.", []string{"topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "Los actores que trabajan para la agencia de inteligencia robaron fondos.", []string{"-actors.state"}},
		{"fr", "Des cyberattaques organisées depuis la Russie ont visé l'Organisation.", []string{"territory.origin"}},
		{"es", "El panel sospecha que los ataques se originaron en ese país.", []string{"territory.origin"}},
		// Third person plural verbs, which the stemmer leaves whole.
		{"es", "Se espera que los Estados notifiquen sin demora al Estado afectado.", []string{"measures.notification"}},
		{"fr", "Les gouvernements demandent que cessent les cyberattaques contre les hôpitaux.", []string{"scope.termination"}},
		{"fr", "Les États qui notifient l'État victime lui permettent d'agir.", []string{"measures.notification"}},
		{"fr", "Les États surveillent le trafic sur leurs réseaux.", []string{"measures.monitoring"}},
	})
}

// langCase is a sentence in a language and what the default codebook must
// find in it, as TestFrenchSpanishElements describes.
type langCase struct {
	lang, text string
	want       []string
}

// checkLangCases tags each case with the default codebook.
func checkLangCases(t *testing.T, cases []langCase) {
	t.Helper()
	tg, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		checkLangCase(t, tg, tc.lang, tc.text, tc.want)
	}
}

// checkLangCase tags text in lang and checks want as TestFrenchSpanishElements
// describes it.
func checkLangCase(t *testing.T, tg *Tagger, lang, text string, want []string) {
	t.Helper()
	pol := map[string]corpus.Polarity{}
	for _, a := range tg.TagLang(text, lang) {
		if _, ok := pol[a.Element]; !ok || a.Polarity == corpus.Affirmed {
			pol[a.Element] = a.Polarity
		}
	}
	for _, w := range want {
		switch {
		case strings.HasPrefix(w, "-"):
			if _, ok := pol[w[1:]]; ok {
				t.Errorf("%s %q: got %s, want none", lang, text, w[1:])
			}
		case strings.HasPrefix(w, "!"):
			if p, ok := pol[w[1:]]; !ok || p != corpus.Rejected {
				t.Errorf("%s %q: %s is %v (found %v), want rejected", lang, text, w[1:], p, ok)
			}
		default:
			if _, ok := pol[w]; !ok {
				t.Errorf("%s %q: missing %s; got %v", lang, text, w, slices.Sorted(keys(pol)))
			}
		}
	}
}

// TestFrenchSpanishCueSenses checks, on sentences written for the test, the
// senses in which French and Spanish cue words tag nothing: liability in
// domestic law and the culprits "responsables" of an attack, sovereignty
// over food or a prosecutor's, force majeure and the police's force,
// keywords and meetings that only name topics, a court's or an operator's
// notices, prevention of illness or outages, and criminals named with no
// State to answer for them. Each cause is paired with a sentence where the
// element must still be found.
func TestFrenchSpanishCueSenses(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La responsabilité civile de l'entreprise est engagée lorsque ses serveurs causent un dommage à un client.", []string{"-topic.state_responsibility"}},
		{"fr", "Les propos tenus dans cette note ne sauraient engager la responsabilité de l'éditeur.", []string{"-topic.state_responsibility"}},
		{"fr", "Les pirates responsables de ces attaques ont été arrêtés en Espagne.", []string{"-topic.state_responsibility"}},
		{"fr", "Un État peut engager sa responsabilité internationale s'il manque à son obligation.", []string{"topic.state_responsibility"}},
		{"es", "La responsabilidad civil extracontractual obliga a reparar el daño causado a otro.", []string{"-topic.state_responsibility"}},
		{"es", "Los hackers responsables del ataque fueron detenidos en Madrid.", []string{"-topic.state_responsibility"}},
		{"es", "El tribunal declaró a la empresa responsable del daño.", []string{"-topic.state_responsibility"}},
		{"es", "La comunidad internacional debe hacer al Estado responsable de los ataques que patrocina.", []string{"topic.state_responsibility"}},

		// Digital sovereignty is wider than sovereignty over data; one said
		// to be needed is the State's sovereignty (convention C21).
		{"fr", "Pour l'Afrique, il faut construire une souveraineté numérique.", []string{"-topic.data", "topic.sovereignty"}},
		{"es", "La soberanía digital es una prioridad para la región.", []string{"-topic.data", "-topic.sovereignty"}},
		{"es", "Los flujos transfronterizos de datos requieren una protección adecuada.", []string{"topic.data"}},
		{"fr", "La souveraineté alimentaire du pays dépend de ses agriculteurs.", []string{"-topic.sovereignty"}},
		{"fr", "Le procureur garde son autonomie et sa souveraineté.", []string{"-topic.sovereignty"}},
		{"es", "La medida protege la seguridad y soberanía agroalimentaria de la nación.", []string{"-topic.sovereignty"}},
		{"es", "Cada Estado ejerce su soberanía sobre la infraestructura situada en su territorio.", []string{"topic.sovereignty"}},

		{"fr", "En cas de force majeure, le contrat est suspendu.", []string{"-topic.use_of_force"}},
		{"fr", "L'usage de la force par les forces de l'ordre est encadré par la loi.", []string{"-topic.use_of_force"}},
		{"fr", "Les forces armées ont créé un commandement de cyberdéfense.", []string{"-topic.use_of_force"}},
		{"fr", "Une cyberopération peut constituer un recours à la force au sens de la Charte.", []string{"topic.use_of_force"}},
		{"es", "La fuerza mayor exime al deudor de toda responsabilidad.", []string{"-topic.use_of_force", "-topic.state_responsibility"}},
		{"es", "Las Fuerzas Armadas crearon un comando de ciberdefensa.", []string{"-topic.use_of_force"}},
		{"es", "El uso de la fuerza por la policía durante las protestas fue desproporcionado.", []string{"-topic.use_of_force"}},
		{"es", "Un ciberataque puede equivaler a un uso de la fuerza prohibido por la Carta.", []string{"topic.use_of_force"}},

		{"fr", "Mots-clés : souveraineté, cybercriminalité, droit international humanitaire.", []string{"-topic.sovereignty", "-topic.cybercrime", "-topic.ihl"}},
		{"fr", "La Convention ne traite pas de la responsabilité des États.", []string{"-topic.state_responsibility"}},
		{"es", "Palabras clave: soberanía, ciberdelito, derecho internacional humanitario.", []string{"-topic.sovereignty", "-topic.cybercrime", "-topic.ihl"}},
		{"es", "Las delegaciones abordaron la soberanía y la cooperación contra la ciberdelincuencia.", []string{"-topic.sovereignty", "-topic.cybercrime"}},
		{"es", "La cooperación contra la ciberdelincuencia exige adherir al Convenio de Budapest.", []string{"topic.cybercrime"}},
		{"fr", "Cet article analyse les stratégies occidentales pour prévenir les cyberattaques.", []string{"-scope.prevention"}},
		{"es", "El presente artículo analiza la responsabilidad internacional del Estado por daños transfronterizos.", []string{"topic.state_responsibility"}}, // C33 (round 20): a paper's stated subject
		{"es", "En 1978 la Comisión incluyó en su programa de trabajo el tema de la responsabilidad internacional.", []string{"-topic.state_responsibility"}},

		{"fr", "Le procureur de la République en est informé et la décision est notifiée à la personne.", []string{"-measures.notification", "-knowledge.actual"}},
		{"fr", "Les opérateurs informent l'autorité dès qu'ils ont connaissance d'un incident.", []string{"-knowledge.actual"}},
		{"fr", "Dès que l'État a connaissance de l'opération, il doit agir.", []string{"knowledge.actual"}},
		{"es", "Se ordena la notificación de la presente decisión al Ministerio Público para que tenga conocimiento de la medida.", []string{"-measures.notification", "-knowledge.actual"}},
		{"es", "Es importante ponerlo en conocimiento de los ciudadanos afectados.", []string{"-knowledge.actual"}},
		{"es", "Cuando el Estado tiene conocimiento de la operación, debe actuar.", []string{"knowledge.actual"}},

		{"fr", "Les personnes âgées sont moins armées pour prévenir les effets de la maladie.", []string{"-scope.prevention"}},
		{"es", "La metodología busca prevenir interrupciones del servicio y minimizar su impacto.", []string{"-scope.prevention"}},
		{"es", "El principio de precaución permite evitar daños a la salud.", []string{"-scope.prevention"}},
		{"es", "Los Estados deben prevenir los ciberataques lanzados desde su territorio.", []string{"scope.prevention"}},

		{"fr", "Ces hébergeurs permettent aux cybercriminels d'opérer avec un risque réduit.", []string{"-actors.non_state"}},
		{"es", "Los ciberdelincuentes utilizan alojamiento blindado para operar con un riesgo reducido.", []string{"-actors.non_state"}},
		{"es", "Rusia debe tomar medidas contra los grupos de ransomware que operan en su territorio.", []string{"actors.non_state"}},

		// Aid or assistance in another State's wrongful act is State
		// responsibility, not help with an operation; a debtor's diligence
		// is domestic care.
		{"es", "Un Estado que presta asistencia a otro en la comisión de un hecho internacionalmente ilícito es responsable.", []string{"-measures.assistance"}},
		{"fr", "Le débiteur doit exécuter le contrat avec la diligence requise.", []string{"-topic.due_diligence"}},
		{"es", "La responsabilidad civil del deudor exige probar que no actuó con la debida diligencia.", []string{"-topic.due_diligence"}},
		{"es", "El Estado afectado podrá solicitar asistencia a otros Estados para responder al incidente.", []string{"measures.assistance"}},

		// State-sponsored attacks as a kind, and third States named, are
		// not conduct attributed to a State; a State named is.
		{"fr", "Les cyberattaques parrainées par des États préoccupent la Suisse.", []string{"-actors.state"}},
		{"fr", "Le transit par des États tiers complique l'enquête.", []string{"-actors.state"}},
		{"es", "Los ataques respaldados por Estados aumentan cada año.", []string{"-actors.state"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "Los hackers patrocinados por el Estado de Corea del Norte robaron criptomonedas.", []string{"-actors.state"}},
		// An operator's reasonable measures exempting it from liability are
		// no standard of conduct of a State.
		{"fr", "Si l'opérateur a pris des mesures raisonnables, il peut être exonéré de sa responsabilité.", []string{"-standard.capacity"}},
		{"es", "Si se aplican medidas razonables, las autoridades podrán eximir de responsabilidad al operador.", []string{"-standard.capacity"}},
		{"es", "El Estado debe adoptar todas las medidas razonables a su alcance.", []string{"standard.capacity"}},

		// Attribution of power or to criminals, military operations as such,
		// interference as an event, a debtor's mitigation and impossibility
		// under force majeure, the public informed: none is the element.
		{"fr", "Le décret attribuant la compétence au ministre a été publié.", []string{"-topic.state_responsibility"}},
		{"es", "La atribución del ataque a un grupo de delincuentes exige cooperación policial.", []string{"-topic.state_responsibility"}},
		{"es", "La atribución de un ciberataque a un Estado es una decisión soberana.", []string{"topic.state_responsibility"}},
		{"fr", "Le ministère des Armées conduit des opérations militaires dans le cyberespace.", []string{"-topic.use_of_force"}},
		{"fr", "Des actions militaires contre un autre État exigeraient de justifier la légitime défense.", []string{"topic.use_of_force"}},
		{"es", "La injerencia extranjera en las elecciones preocupa a los periodistas.", []string{"-topic.non_intervention"}},
		{"es", "La injerencia en los asuntos internos de otro Estado está prohibida.", []string{"topic.non_intervention"}},
		{"es", "En caso de fuerza mayor, el deudor debe mitigar las consecuencias del incumplimiento del contrato.", []string{"-scope.mitigation", "-topic.use_of_force"}},
		{"es", "El suceso era imposible de prever, por lo que constituye fuerza mayor.", []string{"-standard.capacity"}},
		{"es", "Es importante ponerlo en conocimiento de los usuarios afectados.", []string{"-measures.notification"}},

		// A delegation denying in the first person, hedging or saying
		// "neither ... nor": the narrow pole, never the broad one.
		{"fr", "Nous ne considérons pas que la diligence requise soit une obligation juridique.", []string{"status.voluntary", "-status.binding"}},
		{"fr", "La diligence raisonnable n'est ni une obligation juridique ni une règle coutumière.", []string{"status.voluntary", "-status.binding"}},
		{"fr", "La diligence requise n'est pas encore une obligation coutumière.", []string{"status.voluntary", "-status.binding"}},
		{"es", "No consideramos que la diligencia debida sea una obligación jurídica.", []string{"status.voluntary", "-status.binding"}},
		{"es", "La diligencia debida no es ni una obligación jurídica ni una norma consuetudinaria.", []string{"status.voluntary", "-status.binding"}},
		{"es", "La diligencia debida todavía no es una obligación vinculante.", []string{"status.voluntary", "-status.binding"}},
		// Restrictive "ne ... que" (only) denies nothing.
		{"fr", "L'obligation de diligence requise ne s'applique qu'aux opérations aux conséquences graves.", []string{"status.binding", "-status.voluntary"}},
	})
}

func keys(m map[string]corpus.Polarity) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// TestVerbStem checks the second stem French words in "-ent" get as the
// third person plural of a verb, which the Snowball stemmer leaves whole.
func TestVerbStem(t *testing.T) {
	for _, tc := range []struct{ lang, word, want string }{
		{"fr", "empêchent", stemIn("fr", "empêcher")},
		{"fr", "notifient", stemIn("fr", "notifier")},
		{"fr", "cessent", stemIn("fr", "cesser")},
		{"fr", "agissent", stemIn("fr", "agir")},
		{"fr", "gouvernement", ""}, // Snowball stems it: no second stem
		{"fr", "empêche", ""},
		{"es", "notifiquen", stemIn("es", "notificar")},
		{"es", "utilicen", stemIn("es", "utilizar")},
		{"es", "impiden", ""},
		{"en", "prevent", ""},
	} {
		if got := verbStem(tc.lang, tc.word, stemIn(tc.lang, tc.word)); got != tc.want {
			t.Errorf("verbStem(%s, %q) = %q, want %q", tc.lang, tc.word, got, tc.want)
		}
	}
}
