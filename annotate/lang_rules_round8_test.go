package annotate

import "testing"

// TestFrenchSpanishTreatyProcedureRound8 checks the class of misses that the
// retired samples (fr/es test3 and test4) produced most in issue 18's eighth
// round: the duties of prevention in the wording of the treaties and of the
// ILC articles that spell them out. The State where the activity is planned
// is the "Partie d'origine", the "Estado de origen" beside the State
// likely to be affected (territory.origin); it notifies that State with a
// clitic pronoun before the verb ("lo notificará", "leur en donne
// notification") or puts its information at the other's disposal
// (measures.notification), the other acknowledges receipt
// (measures.response), and a State that did not give notice of what it knew
// ("sans que le gouvernement en eût connaissance") knew (knowledge.actual).
// Near misses: a country of origin of goods or migrants, a State informing
// its own public, a notice to States that may be affected (which tells
// them, not the State that acts, of the operation: no knowledge).
func TestFrenchSpanishTreatyProcedureRound8(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La Partie d'origine adresse les informations pertinentes à toute Partie susceptible d'être touchée par le projet.", []string{"territory.origin", "measures.notification"}},
		{"fr", "Avant d'autoriser l'activité, la Partie d'origine en donne notification à la Partie touchée.", []string{"territory.origin", "measures.notification"}},
		{"fr", "La Partie touchée accuse réception de la notification de la Partie d'origine dans un délai raisonnable.", []string{"measures.response", "territory.origin"}},
		{"fr", "Si l'État d'origine sait qu'un dommage transfrontière significatif risque de survenir, il le notifie sans tarder à l'État susceptible d'être affecté.", []string{"territory.origin", "measures.notification"}},
		{"fr", "L'État susceptible d'être affecté met à la disposition de l'État d'origine les informations utiles dont il dispose.", []string{"territory.origin", "measures.notification"}},
		{"fr", "Le gouvernement n'a pas averti les navires étrangers de l'existence des mines, alors que rien n'avait pu se faire sans qu'il en eût connaissance.", []string{"measures.notification", "knowledge.actual"}},
		{"fr", "L'État qui savait que son réseau servait à l'attaque et ne l'a pas notifié aux autres États engage sa responsabilité.", []string{"measures.notification"}},
		{"fr", "Le pays d'origine des marchandises figure sur le certificat remis au transporteur.", []string{"-territory.origin", "-measures.notification"}},
		{"fr", "La ministre informe son propre public des résultats de l'enquête lorsqu'elle le juge utile.", []string{"-knowledge.actual"}},
		{"fr", "Les migrants renvoyés vers leur pays d'origine n'ont pas été informés de leurs droits.", []string{"-territory.origin", "-knowledge.actual"}},
		{"es", "El Estado de origen notificará oportunamente al Estado que pueda resultar afectado.", []string{"territory.origin", "measures.notification"}},
		{"es", "Antes de autorizar la actividad, el Estado de origen lo notificará al Estado afectado y le transmitirá la información técnica disponible.", []string{"territory.origin", "measures.notification"}},
		{"es", "Cuando otro Estado tenga información útil con fines preventivos, deberá ponerla a disposición del Estado de origen.", []string{"territory.origin", "measures.notification"}},
		{"es", "La Parte afectada acusará recibo de la notificación de la Parte de origen en el plazo indicado.", []string{"measures.response", "territory.origin"}},
		{"es", "El gobierno no notificó la existencia del campo de minas aunque tenía conocimiento de su colocación.", []string{"measures.notification", "knowledge.actual"}},
		{"es", "Las medidas de respuesta incluirán la pronta notificación a todos los Estados que puedan resultar afectados.", []string{"measures.notification", "-knowledge.actual"}},
		{"es", "El país de origen de los migrantes no fue informado del traslado.", []string{"-territory.origin", "-measures.notification"}},
		{"es", "El ministerio informa a la población de las medidas adoptadas tras las lluvias.", []string{"-knowledge.actual", "-measures.notification"}},
	})
}

// TestFrenchSpanishOffendersCrimeRound8 checks the second class: cybercrime
// named by its offenders and by the criminal process rather than by the
// name of the crime. Cybercriminals, ransomware gangs or criminal actors are
// cybercrime where the sentence speaks of prosecuting, extorting, arresting
// or the crime committed online ("hechos delictivos cometidos por
// Internet", "le crime commis dans l'espace numérique"). Near misses:
// cybercriminals named only as a threat beside a State's operation,
// criminal groups in drug trafficking, a crime novel.
func TestFrenchSpanishOffendersCrimeRound8(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Los responsables son grupos organizados de ciberdelincuentes que exigen pagos y amenazan con filtrar datos; su operación desde jurisdicciones lejanas complica la persecución legal.", []string{"topic.cybercrime", "-territory.origin"}},
		{"es", "Resulta muy difícil rastrear la trayectoria de los hechos delictivos cometidos por Internet.", []string{"topic.cybercrime"}},
		{"es", "Varios países aplican leyes para combatir el crimen cometido en el escenario digital.", []string{"topic.cybercrime"}},
		{"es", "La policía detuvo a cinco cibercriminales que extorsionaban a hospitales con programas de secuestro de datos.", []string{"topic.cybercrime"}},
		{"es", "Las bandas de ciberdelincuentes cobran rescates en criptomonedas a las empresas afectadas.", []string{"topic.cybercrime"}},
		{"es", "Los cárteles de la droga y otros grupos criminales controlan las rutas del puerto.", []string{"-topic.cybercrime"}},
		{"fr", "Les enquêteurs ont interpellé trois cybercriminels soupçonnés d'avoir extorqué des rançons à des mairies.", []string{"topic.cybercrime"}},
		{"fr", "Il est difficile de retracer les faits délictueux commis sur internet lorsque leurs auteurs sont à l'étranger.", []string{"topic.cybercrime"}},
		{"fr", "Plusieurs États appliquent des lois destinées à lutter contre le crime commis dans l'espace numérique.", []string{"topic.cybercrime"}},
		{"fr", "Les gangs de cybercriminels exigent le paiement d'une rançon en cryptomonnaie.", []string{"topic.cybercrime"}},
		{"fr", "Le roman policier raconte l'enquête sur un crime commis dans un village du Jura.", []string{"-topic.cybercrime"}},
	})
}

// TestFrenchSpanishOnlineRightsRound8 checks the third class: human rights
// online stated by their content, not by name: access to the Internet
// protected as a right, access to information online blocked or
// prevented, online speech criminalised. Near misses: access to the
// Internet as connectivity (broadband coverage), and a journalist's speech
// at a conference.
func TestFrenchSpanishOnlineRightsRound8(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "La resolución de la ONU busca proteger el acceso a Internet de todos los seres humanos.", []string{"topic.human_rights"}},
		{"es", "El texto condena las medidas intencionadas para impedir el acceso y la difusión de información en línea.", []string{"topic.human_rights"}},
		{"es", "En la región existe una tendencia a criminalizar los discursos en línea durante las protestas.", []string{"topic.human_rights"}},
		{"es", "El gobierno bloqueó el acceso a las redes sociales durante las elecciones.", []string{"topic.human_rights"}},
		{"es", "El programa amplía el acceso a Internet de banda ancha en las zonas rurales.", []string{"-topic.human_rights"}},
		{"fr", "La résolution affirme que l'accès à internet doit être protégé pour tous les êtres humains.", []string{"topic.human_rights"}},
		{"fr", "Le texte condamne les mesures visant à empêcher l'accès à l'information en ligne.", []string{"topic.human_rights"}},
		{"fr", "Plusieurs gouvernements ont coupé internet pendant les manifestations pour empêcher la diffusion d'informations.", []string{"topic.human_rights"}},
		{"fr", "Certains États tendent à pénaliser les discours en ligne des opposants.", []string{"topic.human_rights"}},
		{"fr", "L'opérateur étend l'accès à internet à haut débit dans les communes rurales.", []string{"-topic.human_rights"}},
	})
}

// TestFrenchSpanishCapacityByActsRound8 checks the fourth class: capacity
// building named by what a State does rather than by "capacity building":
// an agency set up to build the Nation's cyber defence, capacities of
// detection and response built, awareness of information security raised,
// a guide to crisis management for cyber incidents issued, money promised
// to defend against attackers. Detection, prevention and response named as
// capacities are not the duty to prevent operations. Near misses: a
// telecoms decree adopted, a programme named in someone's job title.
func TestFrenchSpanishCapacityByActsRound8(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "L'agence a été créée en 2009 pour construire une capacité de défense de la Nation face aux attaques informatiques.", []string{"measures.capacity_building"}},
		{"fr", "Le président a promis un milliard d'euros pour renforcer la protection des hôpitaux contre les cyberattaques.", []string{"measures.capacity_building"}},
		{"fr", "Le ministère a publié un guide de gestion de crise pour les cyberincidents à l'intention des collectivités.", []string{"measures.capacity_building"}},
		{"fr", "Le gouvernement lance une campagne pour sensibiliser le public à la sécurité de l'information.", []string{"measures.capacity_building"}},
		{"fr", "L'État doit construire des capacités de détection, de prévention et de réponse aux incidents cyber avec le secteur privé.", []string{"measures.capacity_building", "-scope.prevention", "-actors.non_state"}},
		{"es", "El Estado debe construir capacidades de detección, prevención y respuesta a incidentes cibernéticos en coordinación con el sector privado.", []string{"measures.capacity_building", "-scope.prevention", "-actors.non_state"}},
		{"es", "El ministerio intensificará la difusión de las leyes de seguridad de la información y aumentará la conciencia pública sobre cómo protegerse.", []string{"measures.capacity_building"}},
		{"es", "El centro publicó una guía de gestión de crisis para ciberincidentes en entidades locales.", []string{"measures.capacity_building"}},
		{"es", "Se perfeccionarán los sistemas y mecanismos de supervisión y control de las redes de telecomunicaciones.", []string{"measures.capacity_building", "-measures.monitoring"}},
		{"es", "Se dio a conocer la aprobación del decreto ley sobre el uso del espectro radioeléctrico.", []string{"-measures.capacity_building"}},
		{"es", "Así lo explicó el gerente del Programa de Seguridad Cibernética de la OEA en una entrevista.", []string{"-measures.capacity_building"}},
	})
}

// TestFrenchSpanishPassingAndOffDomainRound8 checks the fifth class, the
// false positives of the retired samples: topics listed after "telles
// que" or "como" in a catalogue of policy questions, a body of law as the
// subject of a talk or of an open question, aid to crime victims as a
// public service, requests "émanant de" a network of contact points, a
// civil code's duty of prevention, and net-neutrality traffic management
// (its "reasonable measures" and prevented attacks are an operator's).
// Positives beside them keep their tags.
func TestFrenchSpanishPassingAndOffDomainRound8(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La politique numérique couvre des questions telles que la cybersécurité, la protection des données personnelles ou la souveraineté européenne du numérique.", []string{"-topic.data", "-topic.sovereignty"}},
		{"fr", "Le rôle du droit international humanitaire dans la cybersécurité a ensuite fait l'objet d'une présentation du conseiller du CICR.", []string{"-topic.ihl"}},
		{"fr", "La cybersécurité et l'assistance aux victimes constituent une mission régalienne.", []string{"-measures.assistance"}},
		{"fr", "Les États membres doivent pouvoir répondre promptement aux demandes urgentes émanant de ce réseau de points de contact.", []string{"-territory.origin", "measures.response"}},
		{"fr", "Des mesures de gestion du trafic allant au-delà des mesures raisonnables pourraient être nécessaires pour protéger l'intégrité du réseau, par exemple en prévenant les cyberattaques.", []string{"-standard.capacity", "-scope.prevention"}},
		{"fr", "Le droit international humanitaire s'applique aux cyberopérations menées dans un conflit armé.", []string{"topic.ihl"}},
		{"es", "Cabría preguntarse si los ciberconflictos tienen cabida o no en el Derecho Internacional Humanitario.", []string{"topic.ihl"}}, // C33 (round 20): a question about one topic
		{"es", "Si bien en el Código Civil no existía una norma explícita que se refiriera al deber de prevención, este se encontraba implícito en la legislación.", []string{"-scope.prevention"}},
		{"es", "El Derecho Internacional Humanitario se aplica a las operaciones cibernéticas en un conflicto armado.", []string{"topic.ihl"}},
		{"es", "La política digital abarca temas como la ciberseguridad, la protección de datos personales o la soberanía tecnológica.", []string{"-topic.data", "-topic.sovereignty"}},
	})
}

// TestFrenchSpanishDiligenceDoctrineRound8 checks the sixth class: due
// diligence named beside the words of the doctrine that are not a legal
// status ("la norme de due diligence doit être proportionnée au degré de
// risque de dommage"), and the duty of vigilance over persons and property
// under a State's jurisdiction, which is the prevention of harm to others
// by private conduct, not monitoring of ICTs. Near misses: a firm's due
// diligence before a deal, a parent's duty of vigilance.
func TestFrenchSpanishDiligenceDoctrineRound8(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Comme l'a fait observer la Commission, la norme de due diligence doit être proportionnée au degré de risque de dommage.", []string{"topic.due_diligence", "standard.capacity"}},
		{"fr", "Le principe repose sur la diligence due, c'est-à-dire l'obligation de vigilance à l'égard des biens et des personnes placés sous sa juridiction, afin qu'ils ne causent pas de dommages transfrontières.", []string{"topic.due_diligence", "actors.non_state", "scope.prevention", "-measures.monitoring"}},
		{"es", "Como observó la Comisión, la norma de diligencia debida debe ser proporcional al grado de riesgo de daño.", []string{"topic.due_diligence", "standard.capacity"}},
		{"es", "El principio descansa en la diligencia debida, es decir, en la obligación de vigilancia y adopción de previsiones respecto de los bienes y personas bajo su jurisdicción, a fin de que no causen perjuicios transfronterizos.", []string{"topic.due_diligence", "actors.non_state", "scope.prevention", "-measures.monitoring"}},
		{"fr", "L'acheteur a mené une due diligence approfondie avant la fusion des deux sociétés.", []string{"-topic.due_diligence"}},
		{"es", "Los padres tienen un deber de vigilancia sobre los menores a su cargo.", []string{"-topic.due_diligence", "-measures.monitoring"}},
	})
}

// TestFrenchSpanishEnglishFamiliesRound8 checks the English rule families
// that had no French or Spanish counterpart and now have one: a State acting
// through others (English acting-through-them: "par l'intermédiaire de
// pirates", "recluta a hackers"), ensuring that no operation is launched
// (ensure-none), and, in Spanish, a State held responsible ("hará
// responsable a Rusia"; French had it). Near misses: a firm hiring
// engineers, the persons held responsible for a theft.
func TestFrenchSpanishEnglishFamiliesRound8(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "L'État agit directement ou indirectement par l'intermédiaire de groupes de pirates qu'il finance.", []string{"actors.non_state"}},
		{"fr", "Le renseignement militaire recrute des cybercriminels pour mener ses opérations contre l'Ukraine.", []string{"actors.non_state"}},
		{"fr", "Ces hackers agissaient pour le compte du gouvernement iranien.", []string{"actors.non_state"}},
		{"fr", "L'entreprise recrute des ingénieurs pour son centre de Lyon.", []string{"-actors.non_state"}},
		{"es", "El Estado actúa directa o indirectamente a través de grupos de piratas que financia.", []string{"actors.non_state"}},
		{"es", "Los servicios de inteligencia reclutan a ciberdelincuentes para sus operaciones contra Ucrania.", []string{"actors.non_state"}},
		{"es", "Estos hackers actuaban en nombre del gobierno de Irán.", []string{"actors.non_state"}},
		{"es", "La empresa contrata a ingenieros para su centro de Madrid.", []string{"-actors.non_state"}},
		{"fr", "Chaque État doit s'assurer qu'aucune cyberattaque n'est lancée depuis son territoire contre un autre État.", []string{"scope.prevention"}},
		{"es", "Cada Estado debe asegurarse de que ninguna operación maliciosa se lance desde su territorio contra otro Estado.", []string{"scope.prevention"}},
		{"fr", "Le président a averti qu'il tiendrait la Russie pour responsable de toute nouvelle attaque.", []string{"topic.state_responsibility"}},
		{"es", "El presidente advirtió que hará responsable a Rusia de cualquier nuevo ataque.", []string{"topic.state_responsibility"}},
		{"es", "La policía considera responsables del robo a tres piratas informáticos.", []string{"-topic.state_responsibility"}},
	})
}

// TestFrenchSpanishCriminalProcessRound8 checks a class of the training
// misses that the retired samples share: cybercrime named by the criminal
// process in its nouns and other verbs rather than by the crime: arrests
// beside servers taken down, criminal investigations and prosecutions of
// ransomware, those responsible identified and arrested, criminal
// organisations confronted, intelligence officers indicted for attacks.
// Near misses: the same words outside cyberspace (a drug ring, a tax
// investigation).
func TestFrenchSpanishCriminalProcessRound8(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Además de las detenciones, los agentes desactivaron cientos de servidores usados para propagar malware.", []string{"topic.cybercrime"}},
		{"es", "El éxito de las investigaciones penales sobre el ransomware depende de la cooperación transfronteriza.", []string{"topic.cybercrime"}},
		{"es", "La policía vigilará la red e intentará identificar y detener a los responsables de la filtración de datos.", []string{"topic.cybercrime"}},
		{"es", "Seis oficiales de inteligencia fueron inculpados por ciberataques contra la red eléctrica.", []string{"topic.cybercrime"}},
		{"es", "Las investigaciones penales por evasión fiscal siguen abiertas en la fiscalía.", []string{"-topic.cybercrime"}},
		{"fr", "Outre les arrestations, les enquêteurs ont mis hors ligne des centaines de serveurs servant à diffuser un malware.", []string{"topic.cybercrime"}},
		{"fr", "Le succès des poursuites pénales contre les rançongiciels dépend de la coopération entre États.", []string{"topic.cybercrime"}},
		{"fr", "Six officiers du renseignement ont été inculpés pour des cyberattaques contre le réseau électrique.", []string{"topic.cybercrime"}},
		{"fr", "L'enquête pénale sur le trafic de stupéfiants se poursuit au tribunal.", []string{"-topic.cybercrime"}},
	})
}

// TestFrenchSpanishUnseenBatchRound8 checks the classes that this round's
// untouched batch (fr-r21, es-r21) showed after its second score, in
// sentences of our own: verb forms the stemmer keeps apart ("ont transmis
// des informations", "vienen de Rusia"), the attackers as a clitic object
// ("n'entend pas les stopper"), operations from addresses in a territory,
// the UN's words for law enforcement ("services répressifs", "hacer
// cumplir la ley"), and a table of contents headed "Chapitre I". Near
// misses: goods that come from a country, a heading with no roman numeral
// that opens a position.
func TestFrenchSpanishUnseenBatchRound8(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les autorités américaines ont transmis au gouvernement russe des informations sur le chef du groupe.", []string{"measures.notification"}},
		{"fr", "Les attaques viennent de groupes installés en Russie, et le Kremlin n'entend pas les stopper.", []string{"scope.termination"}},
		{"fr", "La convention facilite la coopération des services répressifs contre les infractions commises en ligne.", []string{"topic.cybercrime"}},
		{"fr", "Chapitre I. LE PRINCIPE DE PRÉVENTION 9-30 A. Les obligations de prévention 9-12 B. Notification et information de l'État affecté 13-20", []string{"-scope.prevention", "-measures.notification", "-status.binding"}},
		{"es", "El ministro afirmó que los ataques cibernéticos vienen de Rusia.", []string{"territory.origin"}},
		{"es", "Los ataques se llevaron a cabo desde direcciones IP situadas en el territorio de Rusia.", []string{"territory.origin"}},
		{"es", "Las autoridades encargadas de hacer cumplir la ley desmantelaron el mercado negro en línea.", []string{"topic.cybercrime"}},
		{"es", "Capítulo I. EL PRINCIPIO DE PREVENCIÓN 9-30 A. Las obligaciones de prevención 9-12 B. Notificación e información por el Estado afectado 13-20", []string{"-scope.prevention", "-measures.notification", "-status.binding"}},
		{"es", "Las naranjas que vienen de Valencia llegan cada semana al mercado.", []string{"-territory.origin"}},
	})
}

// TestFrenchSpanishThemesAndQuestionsRound8 checks a class of the training
// false positives: the law of armed conflict named in a list of themes, or
// its applicability put as a question ("s'interroger sur l'applicabilité du
// droit des conflits armés"), takes no position on it. Positives: the same
// law said to apply.
func TestFrenchSpanishThemesAndQuestionsRound8(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Le rapport aborde les thèmes suivants : la protection des civils et l'application du droit des conflits armés aux cyberopérations.", []string{"-topic.ihl"}},
		{"fr", "Ces attaques poussent à s'interroger sur l'applicabilité du droit des conflits armés au cyberespace.", []string{"topic.ihl"}}, // C33 (round 20): a question about one topic
		{"fr", "Le droit des conflits armés s'applique aux cyberopérations menées pendant un conflit armé.", []string{"topic.ihl"}},
		{"es", "El informe aborda los siguientes temas: la protección de los civiles y la aplicación del derecho de los conflictos armados a las ciberoperaciones.", []string{"-topic.ihl"}},
		{"es", "El derecho de los conflictos armados se aplica a las ciberoperaciones en un conflicto armado.", []string{"topic.ihl"}},
	})
}

// TestFrenchSpanishCriminalsNoDutyRound8 checks a class of the training
// false positives of actors.non_state: the cue of a duty read in another
// sense beside criminals. Criminals who "exigent des rançons" demand money,
// criminals who "fueron responsables del robo" are its culprits, and hackers
// sponsored by a State are its instruments; none is a State answering for
// private conduct. Positives: a State that must act against the criminals
// on its territory.
func TestFrenchSpanishCriminalsNoDutyRound8(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Aux États-Unis, des pirates exigent des rançons des hôpitaux après avoir chiffré leurs ordinateurs.", []string{"-actors.non_state"}},
		{"fr", "La Russie doit agir contre les groupes criminels qui attaquent depuis son territoire.", []string{"actors.non_state"}},
		{"es", "Los hackers patrocinados por el Estado norcoreano fueron responsables del robo de criptomonedas.", []string{"-actors.non_state"}},
		{"es", "En Estados Unidos, los delincuentes exigen rescates a los hospitales tras cifrar sus equipos.", []string{"-actors.non_state"}},
		{"es", "Rusia debe actuar contra los grupos criminales que atacan desde su territorio.", []string{"actors.non_state"}},
	})
}

// TestSpanishMutualAssistanceRound8 checks that "asistencia mutua" is force
// only as mutual defence against an armed attack (the Rio Treaty), not as
// the mutual assistance of criminal cooperation that the Spanish of norm
// 13(d) and of the Budapest Convention uses.
func TestSpanishMutualAssistanceRound8(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Los Estados deberían cooperar para intercambiar información, prestarse asistencia mutua y enjuiciar a los delincuentes que utilicen las TIC.", []string{"-topic.use_of_force", "topic.cybercrime"}},
		{"es", "El tratado prevé la asistencia mutua entre los Estados parte frente a un ataque armado contra cualquiera de ellos.", []string{"topic.use_of_force"}},
	})
}

// TestFrenchSpanishOriginInOtherWordsRound8 checks origin named by the
// phrases UN texts use beside "provenant de" ("l'État sur le territoire
// duquel l'opération trouve son origine", "la operación tiene su origen en
// su territorio"). Near misses: a tradition with its origin in the past,
// and an obligation whose origin is an arbitral award.
func TestFrenchSpanishOriginInOtherWordsRound8(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "L'État victime devrait informer l'État sur le territoire duquel l'opération malveillante trouve son origine.", []string{"territory.origin", "measures.notification"}},
		{"es", "El Estado afectado debería informar al Estado en cuyo territorio la operación maliciosa tiene su origen.", []string{"territory.origin"}},
		{"fr", "Cette recette de cuisine trouve son origine dans les monastères du Moyen Âge.", []string{"-territory.origin"}},
		{"es", "La costumbre tiene su origen en las fiestas populares del siglo XIX.", []string{"-territory.origin"}},
		{"fr", "L'obligation de prévention trouve son origine dans la sentence arbitrale de la Fonderie de Trail.", []string{"-territory.origin"}},
		{"es", "La obligación de prevenir daños transfronterizos tiene su origen en el arbitraje de la Fundición de Trail.", []string{"-territory.origin"}},
	})
}

// TestFrenchBoundNotGivenRound8 checks that "compte tenu de" (given, in view
// of) is not "tenu de" (bound to): a standard of conduct "compte tenu de ses
// capacités" states no legal status. Positives: a State "tenu de prévenir",
// "n'est pas tenu de" (negated, still about the duty).
func TestFrenchBoundNotGivenRound8(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Le Canada estime que l'État doit prendre toutes les mesures raisonnables, compte tenu de ses capacités, pour éviter les dommages transfrontières.", []string{"-status.binding", "standard.capacity"}},
		{"fr", "En vertu de la diligence requise, l'État est tenu de prévenir les cyberopérations lancées depuis son territoire.", []string{"status.binding", "scope.prevention"}},
		{"fr", "L'État territorial est tenu, compte tenu de ses moyens, de mettre fin aux opérations dont il a connaissance au titre de la diligence requise.", []string{"status.binding", "scope.termination"}},
	})
}

// TestFrenchSpanishMonitoringByTheStateRound8 checks monitoring named as a
// noun and done "par l'État" / "por el Estado": the watched networks are the
// territory's, not the State's own, which the near misses keep apart
// ("protéger les réseaux de l'État", "los sistemas del gobierno").
func TestFrenchSpanishMonitoringByTheStateRound8(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La surveillance généralisée des réseaux par l'État n'est pas exigée par le droit international.", []string{"measures.monitoring"}},
		{"es", "La vigilancia generalizada de las redes por el Estado no es exigida por el derecho internacional.", []string{"measures.monitoring"}},
		{"fr", "L'agence assure la surveillance des réseaux de l'État contre les intrusions.", []string{"-measures.monitoring"}},
		{"es", "La agencia supervisa los sistemas del gobierno para detectar intrusiones.", []string{"-measures.monitoring"}},
	})
}

// TestFrenchSpanishOnlyStatesAndAttributionRound8 checks the narrow pole of
// actors said of the acts ("seuls les actes d'un État, et non ceux de
// particuliers"; "solo abarca los hechos ilícitos cometidos por Estados"),
// with the pole it rejects tagged too (C9), and a public attribution of a
// campaign (topic.state_responsibility, not actors.state, C1).
func TestFrenchSpanishOnlyStatesAndAttributionRound8(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Seuls les actes d'un État, et non ceux de particuliers, peuvent engager sa responsabilité au titre de cette norme.", []string{"actors.state"}},
		{"es", "La norma solo abarca los hechos ilícitos cometidos por Estados y no los de actores privados.", []string{"actors.state"}},
		{"fr", "Les États-Unis et le Royaume-Uni ont attribué publiquement la campagne NotPetya à l'armée russe.", []string{"topic.state_responsibility", "-actors.state"}},
		{"fr", "Le ministère a attribué la campagne de vaccination à un prestataire privé.", []string{"-topic.state_responsibility"}},
	})
}

// TestFrenchSpanishHedgesAndChargesRound8 checks two small classes: a
// binding claim called premature ("il est prématuré d'affirmer que", "es
// prematuro afirmar que") is voluntary only, not binding (convention S1,
// the hedged pole); and a State accused "d'être à l'origine" of attacks is a
// charge of responsibility (C1: not actors.state, nor the territory of
// origin).
func TestFrenchSpanishHedgesAndChargesRound8(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Il est prématuré d'affirmer que la diligence requise constitue une règle coutumière dans le cyberespace.", []string{"status.voluntary", "-status.binding"}},
		{"es", "Es prematuro afirmar que la diligencia debida sea una norma de derecho internacional consuetudinario aplicable al ciberespacio.", []string{"status.voluntary", "-status.binding"}},
		{"fr", "Il n'existe pas encore de consensus sur le caractère obligatoire de la diligence requise dans le cyberespace.", []string{"-status.voluntary", "-status.binding"}}, // C34 (round 20): no consensus reported
		{"fr", "Le Maroc accuse l'Algérie d'être à l'origine des attaques contre ses sites gouvernementaux.", []string{"topic.state_responsibility", "-actors.state", "-territory.origin"}},
		{"es", "Marruecos acusa a Argelia de estar detrás de los ciberataques contra sus sitios oficiales.", []string{"topic.state_responsibility", "-actors.state"}},
	})
}

// TestFrenchSpanishMoreStatesNamedRound8 checks that the States French and
// Spanish texts name beyond the great cyber powers count as States named:
// operations from them are origin, and a State accused of being behind
// attacks is a charge of responsibility. Near misses: officials who come
// from a country to a course, criminals accused by a State.
func TestFrenchSpanishMoreStatesNamedRound8(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les cyberattaques menées depuis le Maroc ont visé les sites du gouvernement.", []string{"territory.origin"}},
		{"es", "Los ciberataques provenientes de Ecuador afectaron a los sistemas del ministerio.", []string{"territory.origin"}},
		{"es", "Participan en el curso funcionarios técnicos provenientes de Panamá, Honduras y Guatemala.", []string{"-territory.origin"}},
		{"fr", "Les groupes criminels, accusés par Washington d'être à l'origine des attaques, opèrent en Russie.", []string{"-topic.state_responsibility"}},
	})
}

// TestFrenchSpanishConstructiveAndTransitFormsRound8 checks inflections the
// rules missed: the constructive standard in the preterite and the
// conditional perfect ("debió haberlo sabido", "habría debido saber"),
// whose "sabido" and "saber" share the stem of es-aware's "sabe" and were
// read as actual knowledge; and transit through servers in French, as in
// Spanish.
func TestFrenchSpanishConstructiveAndTransitFormsRound8(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El Estado debió haberlo sabido, dada la magnitud de las operaciones lanzadas desde su territorio.", []string{"knowledge.constructive", "-knowledge.actual"}},
		{"es", "El Estado habría debido saber que su territorio se utilizaba para lanzar ataques contra terceros.", []string{"knowledge.constructive", "-knowledge.actual"}},
		{"es", "El Estado sabía que su territorio se utilizaba para lanzar ataques contra terceros.", []string{"knowledge.actual"}},
		{"fr", "Les données de l'attaque ont transité par des serveurs situés en Allemagne avant d'atteindre leur cible.", []string{"territory.transit"}},
		{"fr", "Les marchandises ont transité par le port d'Anvers avant d'atteindre leur destination.", []string{"-territory.transit"}},
	})
}

// TestFrenchSpanishEnsureAndCooperateRound8 checks two more of the English
// families' readings: ensuring that non-State actors do not use the
// territory for attacks is prevention (ensure-none, with the negation after
// "veiller à ce que"), and cooperating with the victim State or at its
// request is assistance. Near misses: ensuring that a meeting does not
// overrun, cooperating with a university.
func TestFrenchSpanishEnsureAndCooperateRound8(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les États doivent veiller à ce que des acteurs non étatiques n'utilisent pas leur territoire pour mener des cyberattaques contre d'autres États.", []string{"scope.prevention", "actors.non_state"}},
		{"es", "Los Estados deben velar por que actores no estatales no utilicen su territorio para realizar ciberataques contra otros Estados.", []string{"scope.prevention", "actors.non_state"}},
		{"fr", "Le Mexique estime que la diligence requise impose aux États de coopérer avec l'État victime lorsqu'il en fait la demande.", []string{"measures.assistance"}},
		{"es", "México considera que la diligencia debida exige a los Estados cooperar con el Estado afectado cuando este lo solicite.", []string{"measures.assistance"}},
		{"fr", "Le président de séance veille à ce que la réunion ne dépasse pas deux heures.", []string{"-scope.prevention"}},
		{"es", "El ministerio coopera con la universidad en un programa de becas.", []string{"-measures.assistance"}},
	})
}

// TestFrenchSpanishMonitoringContentNotStatusRound8 checks that denying an
// obligation of monitoring ("ne considère pas que la diligence requise
// impose une obligation de surveillance") rejects monitoring, the duty's
// content, and says nothing of its status; the duty of vigilance by that
// name keeps its status.
func TestFrenchSpanishMonitoringContentNotStatusRound8(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Le Canada ne considère pas que la diligence requise impose une obligation de surveillance des réseaux.", []string{"!measures.monitoring", "-status.voluntary", "-status.binding"}},
		{"es", "Canadá no considera que la diligencia debida imponga una obligación de supervisar las redes.", []string{"!measures.monitoring", "-status.voluntary", "-status.binding"}},
		{"es", "El principio descansa en la obligación de vigilancia que impone la diligencia debida, una obligación de derecho internacional consuetudinario.", []string{"status.binding"}},
	})
}
