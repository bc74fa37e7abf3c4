package annotate

import "testing"

// TestFrenchSpanishCueSensesRound3 checks, on sentences written for the
// test, the causes of false positives fixed in the third French and
// Spanish precision round: deterring acts aimed at oneself, preventing
// other things (weapons, a service's interruption) or a debtor's force
// majeure; "upstream" work; capabilities, a technical capacity and the
// pillars of the UN framework named together; proxy servers; the right to
// attribute or attribution as a political decision; the public informed;
// "as is well known" and a domestic court; making something impossible; an
// attacker who stops for a ransom; an operations centre that watches
// networks; a network that "enables" actors. Each cause is paired with a
// sentence where the element must still be found.
func TestFrenchSpanishCueSensesRound3(t *testing.T) {
	checkLangCases(t, []langCase{
		// Self-protection and deterrence, not the duty to prevent.
		{"fr", "L'Union adopte des sanctions afin de dissuader les cyberattaques contre ses membres.", []string{"-scope.prevention"}},
		{"fr", "Chaque État peut prendre des mesures pour empêcher l'espionnage mené à son encontre.", []string{"-scope.prevention"}},
		{"es", "La UE impone sanciones para disuadir los ciberataques dirigidos contra la Unión.", []string{"-scope.prevention"}},
		{"es", "Los Estados deben impedir que su territorio se utilice para ciberataques contra otros Estados.", []string{"scope.prevention"}},
		// Other things prevented, under another duty.
		{"fr", "Les États sont tenus d'empêcher la prolifération des armes de destruction massive et des activités qui y contribuent.", []string{"-scope.prevention", "-status.binding"}},
		{"es", "Los Estados están obligados a impedir el suministro de recursos a actividades ligadas a armas de destrucción masiva.", []string{"-scope.prevention", "-status.binding"}},
		{"es", "El plan busca prevenir cualquier interrupción que afecte a la calidad del servicio y minimizar su impacto.", []string{"-scope.prevention", "-scope.mitigation"}},
		// A debtor's force majeure.
		{"fr", "Le débiteur doit prouver que l'événement était imprévisible et qu'il ne pouvait en éviter les effets.", []string{"-scope.prevention"}},
		{"es", "El obligado debe probar que el suceso escapaba al control suyo y que no pudo evitar ni mitigar las consecuencias.", []string{"-scope.prevention", "-scope.mitigation"}},
		// "En amont" is upstream, prevention only when one acts there.
		{"fr", "Les opérations d'extorsion sont préparées en amont par les attaquants.", []string{"-scope.prevention"}},
		{"fr", "Les États doivent agir en amont des attaques.", []string{"scope.prevention"}},

		// Capabilities, a technical capacity, the framework's pillars.
		{"fr", "Sa politique repose sur la défense collective et sur des capacités toujours plus à la pointe.", []string{"-measures.capacity_building"}},
		{"es", "El informe examina la relación entre capacidad técnica y normativa.", []string{"-measures.capacity_building"}},
		{"fr", "Le cadre se compose de normes, de mesures de confiance et de renforcement des capacités.", []string{"-measures.capacity_building"}},
		{"fr", "Les mesures de confiance renforcent la stabilité entre États.", []string{"-measures.capacity_building"}},
		{"es", "Los Estados debatieron sobre normas, medidas de fomento de la confianza y capacidades.", []string{"-measures.capacity_building"}},
		{"fr", "Le pays a créé un CERT national et adopté une stratégie nationale de cybersécurité.", []string{"measures.capacity_building"}},
		{"es", "El país creó un CSIRT nacional y aprobó una estrategia nacional de ciberseguridad.", []string{"measures.capacity_building"}},

		// A proxy server is no one's proxy.
		{"fr", "Les attaquants passent par des serveurs proxy situés à l'étranger pour que l'État victime ne les retrouve pas.", []string{"-actors.non_state"}},
		{"es", "El atacante usó un servidor proxy para que el Estado afectado no lo rastreara.", []string{"-actors.non_state"}},
		{"fr", "Les États ne doivent pas recourir à des proxies pour commettre des faits illicites.", []string{"actors.non_state"}},

		// The right to attribute, or attribution as a political decision.
		{"fr", "La France se réserve le droit d'attribuer publiquement une cyberattaque dont elle serait victime.", []string{"-actors.state"}},
		{"fr", "L'attribution publique d'une attaque à un État reste une décision politique.", []string{"-actors.state"}},
		{"es", "La atribución de un ciberataque a un Estado o a un actor no estatal sigue siendo una decisión política soberana.", []string{"-actors.state", "-actors.non_state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "Le Royaume-Uni a attribué publiquement l'attaque à la Russie.", []string{"-actors.state"}},
		// The public informed is no notified State.
		{"fr", "La France peut porter cette information à la connaissance du public.", []string{"-measures.notification"}},
		{"fr", "Il faut porter l'incident à la connaissance de l'État concerné.", []string{"measures.notification"}},

		// Idioms of knowledge, and a domestic court's administration.
		{"es", "Como bien se sabe, el uso de la fuerza está prohibido por la Carta.", []string{"-knowledge.actual", "topic.use_of_force"}},
		{"fr", "Comme on le sait, la Charte interdit le recours à la force.", []string{"-knowledge.actual"}},
		{"es", "El Consejo de Estado precisó que cuando la Administración tiene conocimiento del riesgo debe actuar.", []string{"-knowledge.actual"}},

		// Making impossible; stopping for a ransom.
		{"es", "El control exclusivo del Estado puede imposibilitar la prueba directa de los hechos.", []string{"-standard.capacity"}},
		{"es", "Los atacantes pidieron dinero a cambio de cesar el ataque.", []string{"-scope.termination"}},
		{"es", "El Estado debe hacer cesar la operación lanzada desde su territorio.", []string{"scope.termination"}},

		// An operations centre watching networks is a national system.
		{"es", "El centro de operaciones de seguridad permitirá monitorear las redes del gobierno.", []string{"-measures.monitoring"}},
		{"fr", "Le centre d'opérations surveille en continu les réseaux de l'administration.", []string{"-measures.monitoring"}},

		// A network that enables actors is no State permitting them.
		{"es", "Internet permite a gobiernos y actores privados atacar a Estados y empresas.", []string{"-actors.non_state"}},
		{"es", "Los Estados no deben permitir que actores privados utilicen su territorio para atacar a otros.", []string{"actors.non_state"}},
		{"fr", "Les États ne doivent pas laisser des acteurs non étatiques utiliser leur territoire.", []string{"actors.non_state"}},

		// Norm 13(c)'s own words are due diligence, not State
		// responsibility; another State's critical infrastructure is a
		// target, not a transit.
		// C2 (round 13): no word of legal status said of the duty.
		{"fr", "Les États veillent à ce que leur territoire ne soit pas utilisé pour commettre des faits internationalement illicites.", []string{"-topic.state_responsibility", "-status.binding"}},
		// C2 (round 13): no word of legal status said of the duty.
		{"es", "Los Estados velarán por que su territorio no sea utilizado para cometer hechos internacionalmente ilícitos.", []string{"-topic.state_responsibility", "-status.binding"}},
		{"fr", "Un fait internationalement illicite de l'État engage sa responsabilité internationale.", []string{"topic.state_responsibility"}},
		{"fr", "Les États devraient s'abstenir de mener des cyberopérations contre l'infrastructure critique d'autres États.", []string{"-territory.transit"}},
		{"es", "Los Estados deben abstenerse de actividades que dañen la infraestructura crítica de otro Estado.", []string{"-territory.transit"}},
		{"fr", "L'attaque a été lancée depuis des systèmes d'autres États pour masquer son origine.", []string{"territory.transit"}},

		// Recall: ensuring that activities cause no harm is prevention;
		// interference named as a wrongful act is the principle.
		{"fr", "Chaque État doit veiller à ce que les activités menées sur son territoire ne causent pas de dommages graves à d'autres États.", []string{"scope.prevention", "threshold.serious"}},
		{"es", "El Estado debe velar por que las actividades realizadas en su territorio no causen daños significativos a otros Estados.", []string{"scope.prevention", "threshold.serious"}},
		{"es", "Los Estados pueden cometer hechos ilícitos como la injerencia en unas elecciones.", []string{"topic.non_intervention"}},
		{"es", "La injerencia extranjera en las elecciones preocupa a la prensa.", []string{"-topic.non_intervention"}},

		// A State's own police pursuing criminals at home; incidents a
		// response team prevents; attacks growing in severity; "passer
		// par" (to involve); States acting through their agents.
		{"es", "Las fuerzas del orden del Estado deben responder a los ataques de los ciberdelincuentes.", []string{"-actors.non_state"}},
		{"fr", "Les forces de l'ordre de l'État doivent combattre les cybercriminels sur le territoire national.", []string{"-actors.non_state"}},
		{"fr", "La Russie doit démanteler les groupes criminels qui opèrent sur son sol.", []string{"actors.non_state"}},
		{"fr", "Les CSIRT de la région coopèrent pour la prévention des incidents.", []string{"-scope.prevention"}},
		{"es", "Los CSIRT de la región cooperan para prevenir incidentes.", []string{"-scope.prevention"}},
		{"fr", "Le rapport souligne la fréquence et la gravité croissantes des attaques lorsqu'elles visent des hôpitaux.", []string{"-threshold.serious"}},
		{"fr", "L'obligation ne naît que si l'opération a des conséquences graves pour un autre État.", []string{"threshold.serious"}},
		{"fr", "Cela pourrait passer par des mesures policières contre les attaques.", []string{"-territory.transit"}},
		{"fr", "Les États ne peuvent agir que par leurs agents et représentants.", []string{"-standard.capacity"}},

		// Generic cues outside cyberspace: a partnership, training, a
		// crime made an offence, law enforcement, "all necessary
		// measures", "monitorear", each beside no word of cyberspace.
		{"fr", "La France et l'Inde ont signé un partenariat stratégique dans le domaine spatial.", []string{"-measures.capacity_building"}},
		{"fr", "Les jeunes diplômés suivent une formation en alternance.", []string{"-measures.capacity_building"}},
		{"fr", "Le partenariat avec le CERT national renforce la cybersécurité.", []string{"measures.capacity_building"}},
		{"es", "Los Estados parte deberán tipificar como delito la trata de personas.", []string{"-measures.capacity_building", "-topic.cybercrime"}},
		{"es", "Los Estados deben tipificar como delito el acceso ilícito a sistemas informáticos.", []string{"measures.capacity_building", "topic.cybercrime"}},
		{"fr", "L'entraide judiciaire a permis l'extradition du trafiquant de drogue.", []string{"-topic.cybercrime"}},
		{"fr", "L'entraide judiciaire est indispensable pour poursuivre les auteurs d'attaques informatiques.", []string{"topic.cybercrime"}},
		{"fr", "Le gouvernement prendra toutes les mesures nécessaires pour garantir l'approvisionnement en eau.", []string{"-standard.capacity"}},
		{"es", "El gobierno adoptará todas las medidas necesarias para garantizar el suministro eléctrico.", []string{"-standard.capacity"}},
		// C13 (round 15): "all necessary measures" alone are not the standard.
		{"es", "El Estado debe adoptar todas las medidas necesarias para detener la operación.", []string{"-standard.capacity"}},
		{"es", "El banco central monitorea la inflación y el tipo de cambio.", []string{"-measures.monitoring"}},

		// Cue words in another sense: an accused's self-defence, a civil
		// court's reparation, technical countermeasures, migrants' transit
		// and origin, a human rights body named.
		{"fr", "Le tribunal a retenu la légitime défense du prévenu.", []string{"-topic.use_of_force"}},
		{"es", "El juez aceptó la legítima defensa del acusado.", []string{"-topic.use_of_force"}},
		{"es", "Un ciberataque de gran escala podría justificar la legítima defensa del Estado víctima.", []string{"topic.use_of_force"}},
		{"fr", "La victime a droit à réparation de son préjudice devant le juge civil.", []string{"-topic.state_responsibility"}},
		{"es", "El Estado responsable debe la reparación íntegra del perjuicio causado por el hecho ilícito.", []string{"topic.state_responsibility"}},
		{"fr", "L'entreprise a déployé des contre-mesures techniques contre le logiciel malveillant.", []string{"-topic.state_responsibility"}},
		{"es", "El equipo aplicó contramedidas técnicas contra el malware.", []string{"-topic.state_responsibility"}},
		{"fr", "L'État lésé peut prendre des contre-mesures contre l'État responsable.", []string{"topic.state_responsibility"}},
		{"fr", "Le Mexique est un pays de transit pour les migrants.", []string{"-territory.transit"}},
		{"es", "México es un país de tránsito para los migrantes centroamericanos.", []string{"-territory.transit"}},
		{"es", "El trabajador migrante cotiza en su país de origen.", []string{"-territory.origin"}},
		{"fr", "Le Conseil des droits de l'homme s'est réuni à Genève.", []string{"-topic.human_rights"}},
		{"es", "La Oficina del Alto Comisionado para los Derechos Humanos abrió una sede en Bogotá.", []string{"-topic.human_rights"}},
		{"es", "Los mismos derechos humanos que se tienen fuera de línea deben protegerse en línea.", []string{"topic.human_rights"}},

		// Topics named by a heading, an event or a debate; IHL's
		// principles outside war; an armed robbery; a report one has read;
		// a bank's notice; a posted worker's State of origin.
		{"fr", "Chapitre 3 : Souveraineté et non-intervention dans le cyberespace", []string{"-topic.sovereignty", "-topic.non_intervention"}},
		{"es", "Sesión 4: Responsabilidad del Estado y atribución", []string{"-topic.state_responsibility"}},
		{"fr", "Table ronde sur le droit international humanitaire et les cyberopérations", []string{"-topic.ihl"}},
		{"fr", "Le séminaire a porté sur la souveraineté, la non-intervention et le recours à la force.", []string{"-topic.sovereignty", "-topic.use_of_force"}},
		{"es", "Los temas tratados incluyeron la soberanía, la no intervención y el uso de la fuerza.", []string{"-topic.sovereignty", "-topic.use_of_force"}},
		{"fr", "La formation porte sur la gestion des CERT.", []string{"measures.capacity_building"}},
		{"fr", "Le juge applique le principe de proportionnalité des peines.", []string{"-topic.ihl"}},
		{"es", "El tribunal constitucional aplicó el principio de proporcionalidad a la restricción.", []string{"-topic.ihl"}},
		{"fr", "Une cyberattaque doit respecter le principe de proportionnalité en cas de conflit armé.", []string{"topic.ihl"}},
		{"fr", "Une attaque armée contre un fourgon blindé a fait deux blessés.", []string{"-topic.use_of_force"}},
		{"es", "Un ataque armado contra un banco dejó tres heridos.", []string{"-topic.use_of_force"}},
		{"fr", "Le ministre a pris connaissance du rapport annuel de l'agence.", []string{"-knowledge.actual"}},
		{"es", "La ley obliga a los bancos a notificar a sus clientes cualquier cambio en las comisiones.", []string{"-measures.notification"}},
		{"fr", "L'État d'origine du travailleur détaché reste compétent pour la sécurité sociale.", []string{"-territory.origin"}},

		// "Sino" (but rather) stems to the negation cue "sin": it must
		// not deny what follows it. Insufficient practice is a hedge.
		{"es", "La diligencia debida no es una obligación sino una norma voluntaria.", []string{"status.voluntary", "-status.binding"}},
		{"es", "La diligencia debida no es vinculante sino voluntaria.", []string{"status.voluntary", "-status.binding"}},
		{"fr", "La pratique des États n'est pas encore suffisante pour affirmer que la diligence requise est une règle coutumière.", []string{"status.voluntary", "-status.binding"}},
		{"es", "La práctica estatal todavía no es suficiente para afirmar que la diligencia debida sea una norma consuetudinaria.", []string{"status.voluntary", "-status.binding"}},

		// From round 11, once in train: authority over infrastructure,
		// data protection and labour law, criminal networks held to
		// account, a meeting "on" a topic, topics "among others",
		// responsibility attributed, "pasar por alto", police
		// investigations.
		{"fr", "L'État exerce son autorité sur ses infrastructures numériques.", []string{"-territory.origin", "topic.sovereignty"}},
		{"fr", "Le responsable notifie la CNIL dans les 72 heures à compter de la prise de connaissance de la violation.", []string{"-knowledge.actual"}},
		{"fr", "Tout organisme doit mettre en place des mesures pour prévenir les violations de données personnelles.", []string{"-scope.prevention"}},
		{"fr", "L'obligation de sécurité de l'employeur est une obligation de prévention.", []string{"-scope.prevention", "-status.binding"}},
		{"es", "El empresario tiene el deber de prevenir los riesgos laborales.", []string{"-scope.prevention", "-status.binding"}},
		{"es", "El empresario debe adoptar todas las medidas necesarias para proteger a sus trabajadores.", []string{"-standard.capacity"}},
		{"fr", "Les États doivent tenir ces réseaux criminels responsables de leurs actes.", []string{"-topic.state_responsibility"}},
		// C19 (round 16) reversed this one: a meeting devoted to the fight
		// against cybercrime says something of cybercrime itself.
		{"fr", "La réunion, organisée par trente pays et portant sur la lutte contre la cybercriminalité, s'est tenue en ligne.", []string{"topic.cybercrime"}},
		{"es", "Los ciberataques, el cibercrimen y la protección de datos, entre otros temas, marcan la actualidad.", []string{"-topic.cybercrime", "-topic.data"}},
		// C16 and C35 (round 21): attribution to States of private
		// persons' acts, called a difficulty, is treated in law.
		{"es", "La atribución de responsabilidad internacional a los Estados por actos de particulares es un tema difícil.", []string{"actors.state", "topic.state_responsibility"}},
		{"es", "Este hecho no puede pasarse por alto.", []string{"-territory.transit"}},
		{"es", "Rusia se ha negado a cooperar en las investigaciones policiales.", []string{"-measures.response"}},
		// ... and the families it was missing.
		{"fr", "D'autres branches, comme le droit de la responsabilité, peuvent s'appliquer aux cyberconflits.", []string{"topic.state_responsibility"}},
		// C3 (round 13): in, on, based in or harboured, not from: no origin.
		{"fr", "Les États doivent démanteler les réseaux criminels de rançongiciels opérant à l'intérieur de leurs frontières.", []string{"scope.termination", "-territory.origin", "topic.cybercrime"}},
		// C3 (round 13): in, on, based in or harboured, not from: no origin.
		{"fr", "Il faut tenir pour responsables les pays qui abritent des acteurs criminels de ransomware.", []string{"-territory.origin", "topic.cybercrime"}},
		{"es", "La OEA ayuda a los Estados a crear capacidades en ciberseguridad.", []string{"measures.capacity_building"}},
		{"es", "Faltan capacidades en las policías para investigar los incidentes.", []string{"measures.capacity_building"}},
		{"es", "La iniciativa de ley de delitos informáticos fue aprobada por el Congreso.", []string{"measures.capacity_building"}},
		{"es", "La Corte aplicó el test de control efectivo sobre el grupo paramilitar para fijar la responsabilidad del Estado.", []string{"actors.state", "actors.non_state"}},
		// C3 (round 13): in, on, based in or harboured, not from: no origin.
		{"fr", "Les présents articles s'appliquent aux activités qui s'exercent sur le territoire d'un État.", []string{"-territory.origin"}},

		// From round 12, once in train: a company's vigilance plan,
		// "n'avoir de cesse", law enforcement beside data or national
		// security, controls on personal data, a State's own networks
		// watched, "Escudo de privacidad", officials coming from a country.
		{"fr", "Le plan comporte les mesures propres à prévenir les atteintes graves résultant des activités des filiales et des sous-traitants.", []string{"-scope.prevention"}},
		{"fr", "Le législateur n'a eu de cesse de mettre en œuvre des instruments juridiques.", []string{"-scope.termination"}},
		{"es", "Las autoridades acceden a los datos transferidos con fines de aplicación de la ley penal y de seguridad nacional.", []string{"-topic.cybercrime", "topic.data"}},
		{"es", "Es necesario aumentar los controles respecto al tráfico de datos personales.", []string{"-measures.monitoring"}},
		{"es", "Vamos a seguir monitoreando nuestras redes y las redes del gobierno.", []string{"-measures.monitoring"}},
		{"es", "El Escudo de privacidad fue un marco acordado entre los Estados Unidos y la Unión Europea.", []string{"-topic.human_rights"}},
		{"es", "El curso reunió a funcionarios técnicos provenientes de Honduras y Nicaragua.", []string{"-territory.origin"}},
		// ... and what it was missing.
		{"es", "Preocupan las actividades cibernéticas maliciosas provenientes de China.", []string{"territory.origin"}},
		// C3 (round 13): in, on, based in or harboured, not from: no origin.
		{"es", "El grupo de ciberespionaje tiene su base en China.", []string{"-territory.origin"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "El Gobierno ha atribuido la responsabilidad de la campaña a China.", []string{"-actors.state"}},
		{"es", "El país seguirá aplicando su plan de ciberseguridad.", []string{"measures.capacity_building"}},
		{"es", "La intrusión fue detectada en cooperación con Estados Unidos.", []string{"measures.assistance"}},
		{"fr", "Le séminaire sur la souveraineté s'est tenu à Dakar.", []string{"-topic.sovereignty"}},
		{"es", "El taller sobre la soberanía se celebró en Lima.", []string{"-topic.sovereignty"}},

		// Preventing, mitigating, ending and knowing are the norm's beside
		// a State, a territory or cyberspace, not a strike's or a buyer's.
		{"fr", "Les salariés ont décidé de mettre fin à la grève après l'accord.", []string{"-scope.termination"}},
		{"fr", "L'acheteur savait que le véhicule présentait un défaut.", []string{"-knowledge.actual"}},
		{"es", "La empresa agrícola busca mitigar las pérdidas de la sequía.", []string{"-scope.mitigation"}},
		{"fr", "Dès qu'un État a connaissance d'une cyberopération menée depuis son territoire, il doit y mettre fin.", []string{"knowledge.actual", "scope.termination", "territory.origin"}},
		{"es", "El Estado debe mitigar los efectos de la operación lanzada desde su territorio.", []string{"scope.mitigation", "territory.origin"}},
		// Diligence by name beside no State, territory or international law
		// is care owed at home.
		{"es", "Si no maneja con prudencia, podría considerarse que no ejerció la diligencia debida.", []string{"-topic.due_diligence"}},
		{"fr", "Le notaire doit agir avec la diligence requise envers son client.", []string{"-topic.due_diligence"}},
		{"es", "La diligencia debida es un principio del derecho internacional.", []string{"topic.due_diligence"}},
		{"fr", "La diligence requise s'applique aux activités menées sur le territoire de l'État.", []string{"topic.due_diligence"}},
		// What comes from a territory is an operation's origin when it is
		// an operation, an activity, harm or an actor, in the sentence or
		// the one before: not craftsmen.
		{"fr", "Les artisans originaires de ce territoire exportent leurs tapis.", []string{"-territory.origin"}},
		{"es", "Los artesanos procedentes de ese territorio venden sus tejidos en la capital.", []string{"-territory.origin"}},
		{"es", "El panel investiga jaqueos cibernéticos contra empresas. Sospecha que se originaron en ese país.", []string{"territory.origin"}},
		// Serious harm is a threshold between States beside a State, a
		// territory, transboundary harm or cyberspace: not a patient's.
		{"fr", "Le traitement peut avoir des conséquences graves si le patient est allergique.", []string{"-threshold.serious"}},
		{"es", "La sequía podría causar daños graves a los cultivos de la región.", []string{"-threshold.serious"}},
		{"es", "Las operaciones realizadas en su territorio que causen daños graves a otro Estado están prohibidas.", []string{"threshold.serious"}},
		// From round 13, once in train: a victim disconnecting its systems,
		// what a manual is devoted to, hackers acting against a State,
		// civilian damage in war, an agency named as the one that acted, a
		// malware family named; and a data breach, belligerents.
		{"fr", "Afin de limiter la propagation du virus, les accès à Internet ont été coupés et les postes déconnectés.", []string{"-scope.mitigation"}},
		{"fr", "Le manuel, un essai consacré aux aspects légaux de la cyberguerre, traite de l'usage de la force par les États.", []string{"topic.use_of_force"}}, // C33 (round 20): a manual's stated subject
		{"fr", "Des hackers agissant contre un État pendant un conflit seraient des belligérants.", []string{"-actors.non_state", "topic.ihl"}},
		{"fr", "Les cyberattaques contre des barrages pourraient causer des dommages considérables à la population civile.", []string{"-threshold.serious"}},
		{"fr", "Le logiciel a été identifié par l'Agence nationale de sécurité des systèmes d'information ; il appartient à la famille des rançongiciels.", []string{"-measures.capacity_building", "-topic.cybercrime"}},
		{"fr", "Les groupes criminels de rançongiciels opèrent en toute impunité.", []string{"topic.cybercrime"}},
		{"fr", "Les personnes concernées recevront des notifications de violation de données.", []string{"topic.data"}},
		// A minister's powers, a contract awarded, costs charged to a
		// budget, reprisals against strikers and a court's liability for
		// the justice service are domestic; an attack attributed to a
		// country named is attribution.
		{"fr", "Le ministre exerce ses attributions en matière de santé publique.", []string{"-topic.state_responsibility"}},
		{"fr", "L'attribution du marché public a été contestée.", []string{"-topic.state_responsibility"}},
		{"fr", "Les dépenses sont imputées sur le budget de la commune.", []string{"-topic.state_responsibility"}},
		{"es", "La atribución de frecuencias corresponde al regulador.", []string{"-topic.state_responsibility"}},
		{"es", "El sindicato denunció represalias contra los huelguistas.", []string{"-topic.state_responsibility"}},
		{"fr", "La responsabilité de l'État est engagée pour faute lourde du service public de la justice.", []string{"-topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "La cyberattaque a été attribuée à la Russie par le Royaume-Uni.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "El ciberataque fue atribuido a Rusia por el gobierno británico.", []string{"-actors.state", "topic.state_responsibility"}},
		{"fr", "Les représailles d'un État contre un autre doivent respecter le droit international.", []string{"topic.state_responsibility"}},
		// A contract's arbitration clause, sexual or an employer's
		// coercion, a town hall answering a citizen: none is the element.
		{"fr", "Le contrat prévoit le règlement des différends par voie d'arbitrage commercial.", []string{"-topic.peaceful_settlement"}},
		{"es", "El contrato prevé la solución de controversias mediante arbitraje comercial.", []string{"-topic.peaceful_settlement"}},
		{"es", "Los Estados deben resolver sus controversias en el ciberespacio por medios pacíficos.", []string{"topic.peaceful_settlement"}},
		{"fr", "Les victimes de coercition sexuelle peuvent porter plainte.", []string{"-topic.non_intervention"}},
		{"es", "La coerción ejercida por el empleador sobre los trabajadores es ilegal.", []string{"-topic.non_intervention"}},
		{"fr", "Une cyberopération coercitive contre un autre État viole le principe de non-intervention.", []string{"topic.non_intervention"}},
		{"fr", "La mairie doit répondre à la demande du citoyen dans un délai de deux mois.", []string{"-measures.response"}},
		{"es", "La empresa debe responder a la solicitud del cliente en quince días.", []string{"-measures.response"}},
		// Private persons under the highway code or the tax law are not
		// actors a rule between States covers.
		{"fr", "Les personnes privées doivent respecter le code de la route.", []string{"-actors.non_state"}},
		{"es", "Las personas privadas deben pagar impuestos sobre sus rentas.", []string{"-actors.non_state"}},
		{"fr", "L'obligation de diligence couvre aussi les actes d'acteurs non étatiques opérant depuis le territoire.", []string{"actors.non_state"}},
	})
}
