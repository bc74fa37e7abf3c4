package annotate

import "testing"

// TestFrenchSpanishInformationGivenRound7 checks the class of misses that
// unseen French and Spanish news produced most in issue 18's seventh round:
// the expectation that a State act once another gives it information on an
// operation from its territory ("si nous leur donnons suffisamment
// d'informations", "si le entregamos la información"). Giving the
// information is notification, the State then knows (knowledge.actual), and
// acting on it is the response. Sentences written for the test, in the
// conditional, relative and nominal syntax the press and diplomats use,
// with near misses: information given to citizens, to customers, or asked
// of a court.
func TestFrenchSpanishInformationGivenRound7(t *testing.T) {
	checkLangCases(t, []langCase{
		// C4 (round 13): acting on a request or on information given is no response.
		{"fr", "Nous attendons de la Russie qu'elle agisse si nous lui transmettons des informations suffisantes sur les auteurs de l'attaque.", []string{"measures.notification", "-measures.response", "knowledge.actual"}},
		{"fr", "Lorsque Paris fournit à un État des renseignements précis sur une intrusion venue de son territoire, cet État doit agir.", []string{"measures.notification", "knowledge.actual"}},
		{"fr", "Le gouvernement a communiqué aux autorités chinoises les éléments techniques identifiant les serveurs utilisés.", []string{"measures.notification"}},
		{"fr", "Une fois informé par l'État victime, l'État territorial est tenu de prendre des mesures contre l'opération.", []string{"measures.notification", "knowledge.actual"}},
		{"fr", "Les deux pays se sont dotés d'un canal pour s'informer mutuellement lorsqu'une cyberattaque venue de l'un touche l'autre.", []string{"measures.notification"}},
		{"fr", "La mairie donne aux habitants toutes les informations sur la collecte des déchets.", []string{"-measures.notification", "-knowledge.actual", "-measures.response"}},
		{"fr", "La banque doit fournir à ses clients des informations claires sur les frais.", []string{"-measures.notification", "-knowledge.actual"}},
		// C4 (round 13): acting on a request or on information given is no response.
		{"es", "Esperamos que Moscú actúe si le entregamos la información necesaria sobre quiénes son los responsables.", []string{"measures.notification", "-measures.response", "knowledge.actual"}},
		{"es", "Cuando un Estado recibe de otro información fidedigna sobre un ataque lanzado desde su territorio, debe tomar medidas.", []string{"measures.notification", "knowledge.actual"}},
		{"es", "El gobierno facilitó a las autoridades rusas los datos técnicos que identifican a los atacantes.", []string{"measures.notification"}},
		{"es", "Ambos países establecieron un canal para comunicarse entre sí cuando uno detecte una operación que afecte al otro.", []string{"measures.notification"}},
		// C4 (round 13): acting on a request or on information given is no response.
		{"es", "Le hemos dado a Rusia suficiente información para que actúe contra los autores del ataque.", []string{"measures.notification", "-measures.response", "knowledge.actual"}},
		{"es", "La alcaldía entrega a los vecinos la información sobre el nuevo horario de recogida.", []string{"-measures.notification", "-knowledge.actual", "-measures.response"}},
		{"es", "El banco debe facilitar a sus clientes información clara sobre las comisiones.", []string{"-measures.notification", "-knowledge.actual"}},
	})
}

// TestFrenchSpanishGroupsBasedAbroadRound7 checks the second class of
// round 7's misses: criminal or hacker groups named by where they sit
// ("grupos con sede en Rusia", "actores criminales que residen en Rusia",
// "des gangs installés en Russie") when a State is asked to act against
// them. The expectation reaches private conduct (actors.non_state) on the
// State's territory (territory.origin). Near misses: a company with its
// seat in a country, a diaspora living there, a group based abroad that no
// State is asked to answer for.
func TestFrenchSpanishGroupsBasedAbroadRound7(t *testing.T) {
	checkLangCases(t, []langCase{
		// C3 (round 13): in, on, based in or harboured, not from: no origin.
		{"es", "Washington pidió a Moscú que adopte medidas contra los grupos de hackers con sede en Rusia.", []string{"actors.non_state", "-territory.origin"}},
		// C3 (round 13): in, on, based in or harboured, not from: no origin.
		{"es", "Si el gobierno ruso no actúa contra los actores criminales que residen en Rusia, lo haremos nosotros.", []string{"actors.non_state", "-territory.origin"}},
		// C3 (round 13): in, on, based in or harboured, not from: no origin.
		{"es", "El presidente exigió que China detenga a las redes de piratas asentadas en su país.", []string{"actors.non_state", "-territory.origin"}},
		// C3 (round 13): in, on, based in or harboured, not from: no origin.
		{"es", "Las bandas de ransomware radicadas en Corea del Norte atacan hospitales; Pyongyang debe impedirlo.", []string{"actors.non_state", "-territory.origin"}},
		{"es", "La empresa tiene su sede en Rusia desde 2010 y exporta maquinaria agrícola.", []string{"-actors.non_state", "-territory.origin"}},
		{"es", "Miles de venezolanos residen en Chile y trabajan en el comercio.", []string{"-actors.non_state", "-territory.origin"}},
		// C3 (round 13): in, on, based in or harboured, not from: no origin.
		{"fr", "Washington a demandé à Moscou d'agir contre les gangs de rançongiciel installés en Russie.", []string{"actors.non_state", "-territory.origin"}},
		// C3 (round 13): in, on, based in or harboured, not from: no origin.
		{"fr", "Le président exige que la Chine démantèle les réseaux de pirates établis sur son sol.", []string{"actors.non_state", "-territory.origin"}},
		// C3 (round 13): in, on, based in or harboured, not from: no origin.
		{"fr", "La Russie doit poursuivre les cybercriminels qui résident sur son territoire.", []string{"actors.non_state", "-territory.origin"}},
		{"fr", "Le groupe industriel a son siège en Russie et y emploie trois mille salariés.", []string{"-actors.non_state", "-territory.origin"}},
		{"fr", "De nombreux Français résident en Espagne une partie de l'année.", []string{"-actors.non_state", "-territory.origin"}},
	})
}

// TestFrenchSpanishChargesRound7 checks the third class: conduct charged
// to a State in the syntax of the press, which round 6's rules missed when
// an adverb or a long clause stands between the charge and the operation
// ("accusent en effet Moscou d'avoir favorisé un candidat à coup de
// piratages"), when the link is to the State itself ("liés à l'État
// russe"), or when the State is named in full ("la República Popular
// Democrática de Corea"). Near misses: criminals linked to a country, who
// are not its organs, and a charge against a company.
func TestFrenchSpanishChargesRound7(t *testing.T) {
	checkLangCases(t, []langCase{
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "Les Etats-Unis accusent en effet Moscou d'avoir favorisé la candidature de Donald Trump à coup de piratages informatiques.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "Londres soupçonne ouvertement la Russie d'avoir orchestré, pendant des mois, une vaste campagne d'espionnage.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "Plusieurs États membres ont constaté que ces actes de cybermalveillance étaient liés à l'État russe.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "Les intrusions sont liées aux services de renseignement chinois, selon le rapport.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "Ces piratages ont été attribués à la République populaire démocratique de Corée.", []string{"-actors.state", "topic.state_responsibility"}},
		{"fr", "Ces questions sont liées à l'État de droit et à la confiance dans les institutions.", []string{"-actors.state", "-topic.state_responsibility"}},
		{"fr", "Le parquet accuse en effet la société d'avoir négligé la sécurité de ses serveurs.", []string{"-actors.state", "-topic.state_responsibility"}},
		{"fr", "Washington tiendra Moscou responsable des attaques de ces gangs, même si elles ne sont pas directement liées au Kremlin.", []string{"-actors.state"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "Varias decenas de ciberataques fueron atribuidos a la República Popular Democrática de Corea.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "Washington acusa abiertamente a Pekín de haber dirigido, durante años, una campaña de espionaje informático.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "Los investigadores concluyeron que la intrusión estaba vinculada al Estado ruso.", []string{"-actors.state", "topic.state_responsibility"}},
		{"es", "El país sufrió ataques de ransomware a manos de un grupo de cibercriminales vinculado a Rusia.", []string{"-actors.state", "-topic.state_responsibility"}},
		{"es", "La fiscalía acusa a la empresa de haber ocultado la filtración de datos.", []string{"-actors.state", "-topic.state_responsibility"}},
	})
}

// TestFrenchSpanishCrimeDescribedRound7 checks the fourth class: cybercrime
// named not by its name but by the criminal law it engages ("el proceso
// penal", "las conductas delictivas", "los enjuiciamientos penales", "la
// criminalité" that ICTs increase, "el crimen cibernético"). Near misses
// keep the line the training labels draw: criminals named as a threat are
// not cybercrime policy, and criminal law outside cyberspace is not
// cybercrime.
func TestFrenchSpanishCrimeDescribedRound7(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "La incidencia del ciberespacio en el proceso penal complica la localización de las conductas delictivas.", []string{"topic.cybercrime"}},
		{"es", "El crimen cibernético, por su propia naturaleza, atraviesa fronteras y exige cooperación.", []string{"topic.cybercrime"}},
		{"es", "El éxito de las investigaciones y los enjuiciamientos penales por ataques de ransomware depende de la cooperación transfronteriza.", []string{"topic.cybercrime"}},
		{"es", "Las tecnologías de la información abren nuevas oportunidades a los delincuentes y aumentan la criminalidad.", []string{"topic.cybercrime"}},
		{"es", "La persecución penal de los delitos cometidos en internet sigue siendo eminentemente nacional.", []string{"topic.cybercrime"}},
		{"es", "El proceso penal por el robo del banco duró tres años.", []string{"-topic.cybercrime"}},
		{"es", "Las conductas delictivas en las carreteras aumentaron durante el verano.", []string{"-topic.cybercrime"}},
		{"fr", "Les technologies de l'information ouvrent de nouvelles perspectives aux délinquants et peuvent entraîner une augmentation de la criminalité.", []string{"topic.cybercrime"}},
		{"fr", "La procédure pénale peine à localiser les comportements délictueux commis dans le cyberespace.", []string{"topic.cybercrime"}},
		{"fr", "Les poursuites pénales contre les auteurs d'attaques par rançongiciel exigent une coopération internationale.", []string{"topic.cybercrime"}},
		{"fr", "La criminalité numérique progresse plus vite que les moyens des enquêteurs.", []string{"topic.cybercrime"}},
		{"fr", "La procédure pénale applicable aux vols de voitures a été simplifiée.", []string{"-topic.cybercrime"}},
		{"fr", "La délinquance routière a reculé dans le département.", []string{"-topic.cybercrime"}},
	})
}

// TestFrenchSpanishForceByItsLimitsRound7 checks the fifth class: the use of
// force named by the Charter's other wording ("el empleo de la fuerza", "la
// amenaza o el empleo de la fuerza"), by an act of war, or by the limits of
// self-defence — a response that must be necessary and proportionate,
// enough to repel the aggression. Near misses: an epidemic's or a
// company's response, a police officer's force, "guerre" as a metaphor of
// prices.
func TestFrenchSpanishForceByItsLimitsRound7(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Los Estados deben abstenerse de recurrir a la amenaza o al empleo de la fuerza en sus relaciones internacionales.", []string{"topic.use_of_force"}},
		{"es", "El empleo de la fuerza por un Estado contra otro solo es lícito en legítima defensa o con autorización del Consejo de Seguridad.", []string{"topic.use_of_force"}},
		{"es", "Según la Corte Internacional de Justicia, la respuesta debe ser necesaria y proporcional para repeler la agresión.", []string{"topic.use_of_force"}},
		{"es", "Un Estado podría considerar un ciberataque contra sus centrales como un acto de guerra y responder en consecuencia.", []string{"topic.use_of_force"}},
		{"es", "La respuesta de la empresa a la filtración debe ser proporcional y rápida.", []string{"-topic.use_of_force"}},
		{"es", "El empleo de la fuerza por los agentes de policía durante la manifestación fue investigado.", []string{"-topic.use_of_force"}},
		{"fr", "Selon la Cour internationale de justice, la riposte doit être nécessaire et proportionnée.", []string{"topic.use_of_force"}},
		{"fr", "La légitime défense ne permet que ce qui est nécessaire pour repousser l'agression armée, mais pas plus.", []string{"topic.use_of_force"}},
		{"fr", "Un État pourrait considérer une attaque contre ses infrastructures vitales comme un acte de guerre et riposter.", []string{"topic.use_of_force"}},
		{"fr", "Le Conseil de sécurité rappelle l'interdiction de l'emploi de la force dans les relations internationales.", []string{"topic.use_of_force"}},
		{"fr", "La riposte sanitaire doit être nécessaire et proportionnée à l'épidémie.", []string{"-topic.use_of_force"}},
		{"fr", "Les distributeurs se livrent une guerre des prix sans merci.", []string{"-topic.use_of_force"}},
		{"fr", "Le litige avec l'assureur porte sur une clause d'exclusion pour acte de guerre après une attaque de l'État voisin.", []string{"-topic.use_of_force"}},
		{"fr", "La France doit se doter d'une doctrine de riposte cyber proportionnée contre les systèmes de l'agresseur.", []string{"-topic.use_of_force"}},
		{"es", "La aseguradora invocó la cláusula de exclusión por acto de guerra tras el ciberataque atribuido a un Estado.", []string{"-topic.use_of_force"}},
	})
}

// TestFrenchSpanishDigitalSovereigntyRound7 checks the sixth class: digital
// sovereignty defined as a State's capacity to control its digital space,
// which the training labels count as sovereignty while the rules dropped
// every "soberanía digital", and data named by their entry into and exit
// from a territory, which is a cross-border flow, not an operation from
// that territory. Near misses: digital sovereignty as a company's or a
// continent's industrial ambition, and data that merely leave a server.
func TestFrenchSpanishDigitalSovereigntyRound7(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "La soberanía digital es la capacidad de un Estado para controlar de manera independiente su infraestructura digital dentro de su jurisdicción.", []string{"topic.sovereignty"}},
		{"es", "Por soberanía digital se entiende el poder del Estado para decidir sobre sus redes sin injerencia extranjera.", []string{"topic.sovereignty"}},
		{"es", "Solo China ha logrado restringir la entrada y salida de datos desde su territorio.", []string{"topic.data", "-territory.origin"}},
		{"es", "La empresa presume de soberanía digital porque sus servidores están en Europa.", []string{"-topic.sovereignty"}},
		{"fr", "La souveraineté numérique désigne la capacité d'un État à contrôler de manière autonome ses réseaux et ses infrastructures.", []string{"topic.sovereignty"}},
		{"fr", "Le pays filtre l'entrée et la sortie des données sur son territoire.", []string{"topic.data", "-territory.origin"}},
		{"fr", "Le groupe industriel fait de la souveraineté numérique un argument commercial auprès de ses clients.", []string{"-topic.sovereignty"}},
	})
}

// TestFrenchSpanishWrongfulActRound7 checks the seventh class: State
// responsibility stated through the elements of the wrongful act — the
// breach of an international obligation, the conduct of the State's organs
// it answers for — and non-State actors brought within the law by the
// right of self-defence against their armed attacks. Near misses: a breach
// of contract, a company's organs, self-defence of a person.
func TestFrenchSpanishWrongfulActRound7(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El hecho ilícito consiste en un quebrantamiento de una obligación internacional, sea cual sea su origen.", []string{"topic.state_responsibility"}},
		{"es", "Todo incumplimiento de una obligación internacional por un Estado genera su responsabilidad.", []string{"topic.state_responsibility"}},
		{"es", "El incumplimiento del contrato de suministro obliga a la empresa a indemnizar al cliente.", []string{"-topic.state_responsibility"}},
		{"fr", "Le manquement à une obligation internationale engage la responsabilité de l'État qui en est l'auteur.", []string{"topic.state_responsibility"}},
		{"fr", "Un État demeure tenu des agissements de ses organes, même hors du territoire national.", []string{"actors.state", "topic.state_responsibility"}},
		{"fr", "Le manquement à une obligation contractuelle ouvre droit à des dommages et intérêts.", []string{"-topic.state_responsibility"}},
		{"es", "La práctica estatal ha consagrado un derecho a la legítima defensa frente a ataques armados de actores no estatales.", []string{"actors.non_state", "topic.use_of_force"}},
		{"fr", "Plusieurs États invoquent la légitime défense contre les attaques armées d'acteurs non étatiques opérant depuis un État tiers.", []string{"actors.non_state", "topic.use_of_force"}},
		{"es", "El acusado alegó legítima defensa frente a la agresión de un particular.", []string{"-actors.non_state", "-topic.use_of_force"}},
	})
}

// TestFrenchSpanishLeftoversRound7 checks the smaller classes of round 7:
// the Latin American "caso a caso" of the standard of conduct; a proof
// that is obligatory, which is no claim that the duty is law; risks
// controlled and outer-space activities supervised, which are not ICT
// monitoring; the activities of a State's citizens, which are private
// conduct; a standing channel of communication between States, which is a
// confidence-building arrangement; and a State sanctioned, which is not an
// offender punished.
func TestFrenchSpanishLeftoversRound7(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "La debida diligencia exigible al Estado se determina caso a caso, según la magnitud del riesgo.", []string{"standard.capacity"}},
		{"es", "En este principio es obligatorio demostrar que el Estado conocía el uso de su territorio para la diligencia debida.", []string{"-status.binding"}},
		{"fr", "Dans le cadre de ce principe de diligence, il est obligatoire de démontrer que l'État avait connaissance de l'utilisation de son territoire.", []string{"-status.binding", "knowledge.actual"}},
		{"es", "La debida diligencia obliga a los Estados a controlar los riesgos ambientales previsibles de las operaciones.", []string{"-measures.monitoring"}},
		{"es", "El tratado ordena a los Estados llevar a cabo una supervisión continua de las actividades espaciales de sus ciudadanos.", []string{"-measures.monitoring", "actors.non_state"}},
		{"es", "Los Estados no están obligados a vigilar de forma continua todas las redes de su territorio.", []string{"measures.monitoring"}},
		{"fr", "L'État doit répondre des activités de ses ressortissants lorsqu'elles visent un autre État.", []string{"actors.non_state"}},
		{"es", "Estados Unidos y Rusia han establecido un medio de comunicación regular para hablar de los ciberataques.", []string{"measures.capacity_building"}},
		{"fr", "Paris et Pékin ont établi un canal de communication permanent sur les incidents cyber.", []string{"measures.capacity_building"}},
		{"es", "El hotel ha establecido un medio de comunicación directo con sus huéspedes.", []string{"-measures.capacity_building"}},
		{"fr", "Appliquer la diligence requise n'invite pas à sanctionner l'État auteur de la cyberattaque.", []string{"-topic.cybercrime"}},
		{"fr", "La police doit sanctionner les auteurs de la cyberattaque contre l'hôpital.", []string{"topic.cybercrime"}},
	})
}

// TestFrenchSpanishTrainRound7 checks the classes that round 7's untouched
// batch showed once it had joined the training set: police operations
// named by their acts (investigators dismantling a network, arrest
// warrants, "sextorsión", "suplantación de identidad"), capacity building
// named by a federal office, national points of contact, cyber defences
// reinforced or offences defined in law, an intelligence service as the
// subject of the operation's verb, and a body's seat that is no operation's
// origin. Near misses: a hospital that switches servers off, a company's
// seat, a warrant for a burglar.
func TestFrenchSpanishTrainRound7(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les services d'enquête de quatre pays ont démantelé un réseau d'ordinateurs piratés utilisé pour des fraudes.", []string{"topic.cybercrime"}},
		{"fr", "Des mandats d'arrêt ont été délivrés contre les opérateurs de ces logiciels malveillants.", []string{"topic.cybercrime"}},
		{"fr", "Le protocole oblige les États parties à criminaliser la diffusion de contenus haineux au moyen de systèmes informatiques.", []string{"topic.cybercrime"}},
		{"fr", "Un mandat d'arrêt a été délivré contre l'auteur du cambriolage de la bijouterie.", []string{"-topic.cybercrime"}},
		{"es", "Las autoridades policiales de varios países cooperaron para desactivar una red de servidores usada por ciberdelincuentes.", []string{"topic.cybercrime"}},
		{"es", "La red estafaba a sus víctimas mediante sextorsión y suplantación de identidad.", []string{"topic.cybercrime"}},
		{"es", "Los Estados deberán tipificar como delito la trata de personas.", []string{"-measures.capacity_building"}},
		{"es", "El hospital desactivó sus servidores durante el incidente para proteger los datos.", []string{"-topic.cybercrime"}},
		{"fr", "Le Conseil fédéral ne veut pas d'un office fédéral de cybersécurité rattaché à la défense.", []string{"measures.capacity_building"}},
		{"es", "El Convenio establece una red disponible 24/7 con puntos nacionales de contacto en cada Estado parte.", []string{"measures.capacity_building"}},
		{"es", "Washington financiará con 25 millones de dólares el refuerzo de las ciberdefensas del país.", []string{"measures.capacity_building"}},
		{"es", "El gobierno trabaja en la tipificación del acceso indebido como delito informático.", []string{"measures.capacity_building"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "Les services secrets marocains ont visé plusieurs responsables politiques français avec un logiciel espion.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "Los servicios de inteligencia rusos habrían espiado las comunicaciones del ministerio.", []string{"-actors.state", "topic.state_responsibility"}},
		{"fr", "Les services de la mairie ont visé une réduction des délais de traitement.", []string{"-actors.state"}},
		{"es", "Interpol, con sede en Francia, coordinó la operación contra los delincuentes.", []string{"-territory.origin"}},
		// C3 (round 13): in, on, based in or harboured, not from: no origin.
		{"es", "Los hackers con sede en Rusia deben ser perseguidos por Moscú.", []string{"-territory.origin", "actors.non_state"}},
	})
}
