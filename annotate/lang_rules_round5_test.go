package annotate

import "testing"

// TestFrenchSpanishMeaningsRound5 checks the French and Spanish elements
// weakest on the training passages of issue 18's fifth round (attribution
// to a State, State responsibility, non-State actors, the status of the
// duty in Spanish, force between States) by their meaning: sentences
// written for the test in the syntax legal French and Spanish use —
// passive and nominal attribution ("être attribué à un État", "imputable
// à", "l'attribution de la cyberattaque à la Russie", "atribuible a un
// Estado"), control ("sous la direction ou le contrôle", "bajo la dirección
// o control"), a charge ("a désigné", "culpó a"), aggression and a military
// answer ("guerre d'agression", "riposte militaire", "responder
// militarmente") — with near misses that use the same words in another
// sense. A "-" before an element means the sentence must not carry it.
func TestFrenchSpanishMeaningsRound5(t *testing.T) {
	checkLangCases(t, []langCase{
		// actors.state and topic.state_responsibility: attribution of conduct to a
		// State, as a legal condition ("attribuable", "imputable", "sous la
		// direction ou le contrôle", "bajo la dirección o control"), as a charge
		// against a State named ("a désigné la Chine comme responsable", "culpó a
		// Irán"), to a State's services ("atribuyó el ciberataque a la
		// inteligencia militar") or hackers acting on a government's account; and
		// near misses: a prize awarded, an accident imputable to a driver, a
		// building under an architect's direction.
		{"fr", "Un comportement n'est attribuable à un État que s'il émane de ses organes ou de personnes agissant sous sa direction ou son contrôle.", []string{"actors.state", "topic.state_responsibility"}},
		{"fr", "Les opérations menées par des groupes agissant sous la direction ou le contrôle d'un État sont imputables à cet État.", []string{"actors.non_state", "actors.state", "topic.state_responsibility"}},
		{"fr", "Une cyberopération peut être attribuée à un État lorsque ses services de renseignement l'ont commanditée.", []string{"actors.state", "topic.state_responsibility"}},
		{"fr", "La cyberattaque est imputable à l'État dont les militaires ont conçu le logiciel malveillant.", []string{"actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "L'attribution de la cyberattaque à la Russie a été annoncée par le gouvernement britannique.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "Selon Londres, les pirates agissaient pour le compte du renseignement militaire russe.", []string{"-actors.state", "topic.state_responsibility"}},
		{"fr", "Le comportement de hackers privés peut engager la responsabilité de l'État qui les dirige ou les contrôle.", []string{"actors.non_state", "actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "Le Royaume-Uni a désigné la Chine comme responsable de la campagne de cyberespionnage.", []string{"-actors.state", "topic.state_responsibility"}},
		{"fr", "La responsabilité de la panne est attribuée à un défaut du logiciel de mise à jour.", []string{"-actors.state", "-topic.state_responsibility"}},
		{"fr", "Le prix Nobel de la paix a été attribué à une organisation non gouvernementale.", []string{"-actors.state", "-topic.state_responsibility"}},
		{"fr", "L'accident est imputable à une erreur humaine du conducteur.", []string{"-actors.state", "-topic.state_responsibility"}},
		{"fr", "Le chantier a été réalisé sous la direction de l'architecte de la ville.", []string{"-actors.state"}},
		{"es", "Un comportamiento solo es atribuible a un Estado si proviene de sus órganos o de personas que actúan bajo su dirección o control.", []string{"actors.state", "topic.state_responsibility"}},
		{"es", "Las operaciones de grupos que actúan bajo la dirección o el control de un Estado son imputables a ese Estado.", []string{"actors.non_state", "actors.state", "topic.state_responsibility"}},
		{"es", "Un ciberataque puede atribuirse a un Estado cuando sus servicios de inteligencia lo ordenaron.", []string{"actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "El gobierno británico atribuyó el ciberataque a la inteligencia militar rusa.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "Según Washington, los piratas actuaban por cuenta del gobierno de Corea del Norte.", []string{"-actors.state", "topic.state_responsibility"}},
		{"es", "La conducta de hackers privados puede comprometer la responsabilidad del Estado que los dirige o controla.", []string{"actors.non_state", "actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "Estados Unidos culpó a Irán del ataque contra sus infraestructuras críticas.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "El Reino Unido señaló a China como responsable de la campaña de ciberespionaje.", []string{"-actors.state", "topic.state_responsibility"}},
		{"es", "El premio fue atribuido a una organización no gubernamental.", []string{"-actors.state", "-topic.state_responsibility"}},
		{"es", "El accidente es imputable a un error humano del conductor.", []string{"-actors.state", "-topic.state_responsibility"}},
		{"es", "La obra se realizó bajo la dirección del arquitecto municipal.", []string{"-actors.state"}},
		{"es", "La culpa del apagón se atribuye a un fallo técnico en la red eléctrica.", []string{"-actors.state", "-topic.state_responsibility"}},
		// topic.state_responsibility: countermeasures, reparation and the wrongful
		// act, not a company's technical countermeasures.
		{"fr", "Un État lésé peut recourir à des contre-mesures proportionnées contre l'État responsable.", []string{"topic.state_responsibility"}},
		{"fr", "La violation d'une obligation internationale par un État entraîne l'obligation de réparer intégralement le préjudice.", []string{"topic.state_responsibility"}},
		{"fr", "Tout fait internationalement illicite d'un État engage sa responsabilité internationale.", []string{"topic.state_responsibility"}},
		{"fr", "L'entreprise a pris des contre-mesures techniques pour bloquer le virus.", []string{"-topic.state_responsibility"}},
		{"es", "Un Estado lesionado puede adoptar contramedidas proporcionales contra el Estado responsable.", []string{"topic.state_responsibility"}},
		{"es", "La violación de una obligación internacional por un Estado genera el deber de reparar íntegramente el perjuicio.", []string{"topic.state_responsibility"}},
		{"es", "Todo hecho internacionalmente ilícito de un Estado genera su responsabilidad internacional.", []string{"topic.state_responsibility"}},
		{"es", "La empresa aplicó contramedidas técnicas para bloquear el virus.", []string{"-topic.state_responsibility"}},
		// actors.non_state: private persons, companies and groups whose conduct
		// the duty covers, not the private sector's growth or taxpayers.
		{"fr", "L'obligation de vigilance couvre aussi les activités des acteurs non étatiques opérant depuis le territoire de l'État.", []string{"actors.non_state"}},
		{"fr", "Les États doivent empêcher que des groupes criminels utilisent leur infrastructure contre d'autres États.", []string{"actors.non_state"}},
		{"fr", "Le devoir de diligence s'étend aux cyberopérations de particuliers et d'entreprises privées.", []string{"actors.non_state"}},
		{"fr", "Un État doit agir contre les pirates informatiques qui lancent des attaques depuis son sol.", []string{"actors.non_state"}},
		{"fr", "Le secteur privé a enregistré une croissance de 3 % au dernier trimestre.", []string{"-actors.non_state"}},
		{"fr", "Les particuliers peuvent déduire ces frais de leurs impôts.", []string{"-actors.non_state"}},
		{"es", "La obligación de diligencia debida abarca también las actividades de actores no estatales que operan desde el territorio del Estado.", []string{"actors.non_state"}},
		{"es", "Los Estados deben impedir que grupos criminales utilicen su infraestructura contra otros Estados.", []string{"actors.non_state"}},
		{"es", "El deber de diligencia se extiende a las operaciones cibernéticas de particulares y empresas privadas.", []string{"actors.non_state"}},
		{"es", "Un Estado debe actuar contra los piratas informáticos que lanzan ataques desde su suelo.", []string{"actors.non_state"}},
		{"es", "El sector privado creció un 3 % en el último trimestre.", []string{"-actors.non_state"}},
		{"es", "Los particulares pueden deducir estos gastos de sus impuestos.", []string{"-actors.non_state"}},
		// status.binding in Spanish: due diligence or the duty to prevent said to
		// be law (part of general international law, imposing an obligation,
		// binding), not a treaty's or a contract's obligations or norms called
		// voluntary.
		{"es", "La diligencia debida es una obligación de derecho internacional consuetudinario que se aplica al ciberespacio.", []string{"status.binding", "topic.due_diligence"}},
		{"es", "Los Estados están obligados a ejercer la diligencia debida respecto de las actividades en su territorio.", []string{"status.binding", "topic.due_diligence"}},
		{"es", "El principio de diligencia debida forma parte del derecho internacional general.", []string{"status.binding", "topic.due_diligence"}},
		{"es", "Chile considera que el deber de diligencia debida es vinculante para todos los Estados.", []string{"status.binding", "topic.due_diligence"}},
		{"es", "La obligación de prevenir daños transfronterizos es una norma consuetudinaria bien establecida.", []string{"scope.prevention", "status.binding"}},
		// C2 (round 13): no word of legal status said of the duty.
		{"es", "El incumplimiento de la diligencia debida genera la responsabilidad internacional del Estado.", []string{"-status.binding", "topic.due_diligence"}},
		{"es", "La diligencia debida impone a los Estados la obligación de no permitir que su territorio se use contra otros Estados.", []string{"status.binding", "topic.due_diligence"}},
		{"es", "El Convenio de Budapest impone obligaciones vinculantes a las partes para tipificar el acceso ilícito.", []string{"-status.binding"}},
		{"es", "Las normas de comportamiento responsable, incluida la diligencia debida, son voluntarias y no vinculantes.", []string{"status.voluntary", "-status.binding"}},
		{"es", "El contrato impone al vendedor la obligación de entregar la mercancía.", []string{"-status.binding"}},
		// French prevention and status in nominal syntax ("la prévention de",
		// "l'obligation de ne pas laisser").
		{"fr", "La prévention des cyberattaques lancées depuis son territoire est une obligation de l'État.", []string{"scope.prevention"}},
		{"fr", "L'obligation de ne pas laisser son territoire servir à des opérations contre d'autres États relève du droit coutumier.", []string{"status.binding"}},
		{"fr", "La diligence requise est une obligation de droit international coutumier applicable au cyberespace.", []string{"status.binding", "topic.due_diligence"}},
		// topic.use_of_force: aggression, a military answer, a war started in
		// response, NATO's Article 5; not sexual or verbal aggression, a
		// commercial riposte or a government's answer to protesters.
		{"fr", "La Russie mène une guerre d'agression contre l'Ukraine.", []string{"topic.use_of_force"}},
		{"fr", "Une cyberattaque d'une gravité exceptionnelle pourrait justifier une riposte militaire de l'État victime.", []string{"topic.use_of_force"}},
		{"fr", "La France se réserve le droit de répondre militairement à une cyberattaque majeure.", []string{"topic.use_of_force"}},
		{"fr", "Faut-il déclencher un conflit armé en réponse à une attaque informatique contre un État ?", []string{"topic.use_of_force"}},
		{"fr", "L'Ukraine agressée doit pouvoir compter sur le soutien des États européens.", []string{"topic.use_of_force"}},
		{"fr", "Une agression contre un État membre appelle la solidarité de tous les alliés.", []string{"topic.use_of_force"}},
		{"fr", "Le prévenu a été condamné pour agression sexuelle.", []string{"-topic.use_of_force"}},
		{"fr", "L'entreprise prépare une riposte commerciale face à la concurrence.", []string{"-topic.use_of_force"}},
		{"fr", "Le syndicat dénonce une agression verbale contre un délégué.", []string{"-topic.use_of_force"}},
		{"fr", "Les marchés ont réagi à la réponse militaire du gouvernement contre les manifestants.", []string{"-topic.use_of_force"}},
		{"es", "Rusia libra una guerra de agresión contra Ucrania.", []string{"topic.use_of_force"}},
		{"es", "Un ciberataque de gravedad excepcional podría justificar una respuesta militar del Estado víctima.", []string{"topic.use_of_force"}},
		{"es", "Estados Unidos se reserva el derecho de responder militarmente a un ciberataque grave.", []string{"topic.use_of_force"}},
		{"es", "¿Puede desencadenarse un conflicto armado en respuesta a un ataque informático contra un Estado?", []string{"topic.use_of_force"}},
		{"es", "El artículo 5 del Tratado del Atlántico Norte podría invocarse tras un ciberataque contra un aliado.", []string{"topic.use_of_force"}},
		{"es", "Una agresión contra un Estado miembro exige la solidaridad de todos los aliados.", []string{"topic.use_of_force"}},
		{"es", "El acusado fue condenado por agresión sexual.", []string{"-topic.use_of_force"}},
		{"es", "La empresa prepara una respuesta comercial frente a la competencia.", []string{"-topic.use_of_force"}},
		{"es", "El sindicato denunció una agresión verbal contra un delegado.", []string{"-topic.use_of_force"}},
		// Attribution in news words, French and Spanish: actors linked to a
		// government, links with a State named, hackers acting on behalf of
		// an agency, a capital named responsible, a State organ's hackers, a
		// State named as the one that stole or attacked; and the same words
		// about trade, a firm or a victim.
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "Los investigadores afirman que los atacantes están vinculados al gobierno de Irán.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "El informe halló vínculos estrechos entre el grupo de piratas y Corea del Norte.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "Los intrusos actuaron en nombre de una agencia de inteligencia extranjera.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "De la campaña de espionaje se responsabiliza a China.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "Las agencias señalaron a Pekín como responsable de la intrusión.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "El régimen mantiene un ejército de hackers dedicado al robo de divisas.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "Según la ONU, Corea del Norte robó cientos de millones de dólares mediante ciberataques contra bancos.", []string{"-actors.state", "topic.state_responsibility"}},
		{"es", "Las exportaciones de soja están vinculadas al comercio con China.", []string{"-actors.state", "-topic.state_responsibility"}},
		{"es", "El abogado firmó el contrato en nombre de la empresa.", []string{"-actors.state"}},
		{"es", "Estados Unidos sufrió una ola de ciberataques contra hospitales.", []string{"-actors.state"}},
		{"es", "Los ataques que los bancos denunciaron tienen su origen en Corea del Norte.", []string{"territory.origin"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "Il est rare que le gouvernement lie publiquement une cyberattaque à un pays.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "Le groupe de pirates, dont les liens avec la Chine sont connus, a visé des ministères.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "Selon le rapport, la Corée du Nord finance son armement à travers des activités informatiques malveillantes.", []string{"-actors.state", "topic.state_responsibility"}},
		{"fr", "Les liens avec la Chine sont anciens dans le commerce du vin.", []string{"-actors.state", "-topic.state_responsibility"}},
		// Vigilance as the standard of conduct, interference as a verb, a
		// State held responsible for failing to prevent.
		{"fr", "Chaque État doit exercer une vigilance raisonnable sur les cyberopérations menées depuis son territoire.", []string{"standard.capacity"}},
		{"fr", "Aucun État ne doit s'ingérer dans les affaires internes d'un autre État par des moyens numériques.", []string{"topic.non_intervention"}},
		{"fr", "La maîtresse de maison fait preuve d'une vigilance raisonnable envers ses invités.", []string{"-standard.capacity"}},
		// topic.sovereignty: the State's, beside the Charter's other principles
		// or a delegation speaking, as well as beside cyberspace or a State;
		// not food sovereignty, a sovereign consumer or people.
		{"es", "Guatemala reitera su compromiso con la soberanía, la no intervención y la solución pacífica de controversias.", []string{"topic.sovereignty"}},
		{"es", "El principio de soberanía se aplica plenamente al ciberespacio.", []string{"topic.sovereignty"}},
		{"es", "Cuba exige el respeto a la soberanía de los Estados en el uso de las TIC.", []string{"topic.sovereignty"}},
		{"es", "La operación constituye una violación de la soberanía de Ucrania.", []string{"topic.sovereignty"}},
		{"es", "Los Estados ejercen su soberanía sobre la infraestructura digital situada en su territorio.", []string{"topic.sovereignty"}},
		{"es", "La igualdad soberana de los Estados es un principio de la Carta.", []string{"topic.sovereignty"}},
		{"es", "El gobierno defiende la soberanía nacional frente a las injerencias extranjeras en internet.", []string{"topic.sovereignty"}},
		{"es", "La delegación enfatizó la soberanía, la no intervención y la solución pacífica de controversias.", []string{"topic.sovereignty"}},
		{"es", "La Declaración reafirma la soberanía de cada país sobre su espacio digital.", []string{"topic.sovereignty"}},
		{"es", "La soberanía alimentaria es una prioridad para los campesinos.", []string{"-topic.sovereignty"}},
		{"es", "El consumidor soberano elige libremente sus productos.", []string{"-topic.sovereignty"}},
		{"es", "El pueblo es soberano para elegir a sus representantes en las urnas.", []string{"-topic.sovereignty"}},
		{"fr", "Le Sénégal réitère son attachement à la souveraineté, à la non-intervention et au règlement pacifique des différends.", []string{"topic.sovereignty"}},
		{"fr", "Le principe de souveraineté s'applique pleinement au cyberespace.", []string{"topic.sovereignty"}},
		{"fr", "Cette opération constitue une violation de la souveraineté de l'Ukraine.", []string{"topic.sovereignty"}},
		{"fr", "Les États exercent leur souveraineté sur les infrastructures numériques situées sur leur territoire.", []string{"topic.sovereignty"}},
		{"fr", "L'égalité souveraine des États est un principe de la Charte.", []string{"topic.sovereignty"}},
		{"fr", "La délégation a mis l'accent sur la souveraineté, la non-intervention et le règlement pacifique des différends.", []string{"topic.sovereignty"}},
		{"fr", "La souveraineté alimentaire est une revendication des paysans.", []string{"-topic.sovereignty"}},
		{"fr", "Le peuple souverain a tranché lors du référendum.", []string{"-topic.sovereignty"}},
		// Capacity building, cybercrime, human rights online and IHL in the
		// words French and Spanish reports use, with a vaccine plant's capacity,
		// a car theft and a criminal sentence's proportionality as near misses.
		{"fr", "Le Canada finance des programmes de renforcement des capacités en cybersécurité en Afrique de l'Ouest.", []string{"measures.capacity_building"}},
		{"fr", "Le Bénin a créé une agence nationale de la sécurité des systèmes d'information et une équipe de réponse aux incidents.", []string{"measures.capacity_building"}},
		{"fr", "Les États devraient adopter une stratégie nationale de cybersécurité et désigner des points de contact.", []string{"measures.capacity_building"}},
		{"fr", "La formation des magistrats et des enquêteurs à la preuve numérique est une priorité.", []string{"measures.capacity_building"}},
		{"fr", "Le Maroc s'est doté d'un cadre législatif pour protéger ses infrastructures critiques contre les cyberattaques.", []string{"measures.capacity_building"}},
		{"fr", "Des campagnes de sensibilisation du public aux risques numériques seront menées dans les écoles.", []string{"measures.capacity_building"}},
		{"fr", "L'entreprise a renforcé ses capacités de production de vaccins.", []string{"-measures.capacity_building"}},
		{"fr", "Le club de football a recruté un nouvel entraîneur pour la formation des jeunes.", []string{"-measures.capacity_building"}},
		{"es", "España financia programas de fortalecimiento de capacidades en ciberseguridad en América Latina.", []string{"measures.capacity_building"}},
		{"es", "Paraguay creó un equipo nacional de respuesta a incidentes cibernéticos (CERT).", []string{"measures.capacity_building"}},
		{"es", "Los Estados deberían adoptar una estrategia nacional de ciberseguridad y designar puntos de contacto.", []string{"measures.capacity_building"}},
		{"es", "La capacitación de fiscales y jueces en evidencia digital es una prioridad regional.", []string{"measures.capacity_building"}},
		{"es", "Chile aprobó una ley marco de ciberseguridad que crea la Agencia Nacional de Ciberseguridad.", []string{"measures.capacity_building"}},
		{"es", "Se realizarán campañas de concienciación sobre los riesgos en línea en las escuelas.", []string{"measures.capacity_building"}},
		{"es", "La fábrica amplió su capacidad de producción de vacunas.", []string{"-measures.capacity_building"}},
		{"fr", "La police a démantelé un réseau d'escroquerie en ligne qui visait des retraités.", []string{"topic.cybercrime"}},
		{"fr", "La coopération judiciaire en matière de preuves électroniques est essentielle pour poursuivre les auteurs d'infractions informatiques.", []string{"topic.cybercrime"}},
		{"fr", "Le Sénégal a ratifié la Convention de Budapest et la Convention de Malabo.", []string{"topic.cybercrime"}},
		{"fr", "Europol a arrêté les administrateurs d'un forum de vente de données volées.", []string{"topic.cybercrime"}},
		{"fr", "Les délits commis au moyen des technologies de l'information doivent être incriminés dans le droit pénal national.", []string{"topic.cybercrime"}},
		{"fr", "Le tribunal a jugé un vol de voiture commis en plein jour.", []string{"-topic.cybercrime"}},
		{"es", "La policía desarticuló una red de estafas en línea dirigida a jubilados.", []string{"topic.cybercrime"}},
		{"es", "La cooperación judicial en materia de pruebas electrónicas es esencial para perseguir a los autores de delitos informáticos.", []string{"topic.cybercrime"}},
		{"es", "Argentina se adhirió al Convenio de Budapest sobre la ciberdelincuencia.", []string{"topic.cybercrime"}},
		{"es", "Europol detuvo a los administradores de un foro de venta de datos robados.", []string{"topic.cybercrime"}},
		{"es", "Los delitos cometidos mediante tecnologías de la información deben tipificarse en el derecho penal nacional.", []string{"topic.cybercrime"}},
		{"es", "El tribunal juzgó un robo de coche cometido a plena luz del día.", []string{"-topic.cybercrime"}},
		{"fr", "Les mêmes droits dont les personnes jouissent hors ligne doivent être protégés en ligne.", []string{"topic.human_rights"}},
		{"fr", "Les coupures d'internet imposées par les gouvernements portent atteinte à la liberté d'expression.", []string{"topic.human_rights"}},
		{"fr", "La surveillance de masse des communications viole le droit au respect de la vie privée.", []string{"topic.human_rights"}},
		{"fr", "Le droit international des droits de l'homme s'applique aux activités des États dans le cyberespace.", []string{"topic.human_rights"}},
		{"fr", "Les journalistes et les défenseurs des droits humains sont ciblés par des logiciels espions.", []string{"topic.human_rights"}},
		{"es", "Los mismos derechos que las personas tienen fuera de línea deben protegerse en línea.", []string{"topic.human_rights"}},
		{"es", "Los cortes de internet impuestos por los gobiernos vulneran la libertad de expresión.", []string{"topic.human_rights"}},
		{"es", "La vigilancia masiva de las comunicaciones viola el derecho a la privacidad.", []string{"topic.human_rights"}},
		{"es", "El derecho internacional de los derechos humanos se aplica a las actividades de los Estados en el ciberespacio.", []string{"topic.human_rights"}},
		{"es", "Periodistas y defensores de derechos humanos son blanco de programas espía.", []string{"topic.human_rights"}},
		{"fr", "Les cyberopérations menées pendant un conflit armé sont soumises au droit international humanitaire.", []string{"topic.ihl"}},
		{"fr", "Les principes de distinction, de proportionnalité et de précaution s'appliquent aux cyberattaques en temps de guerre.", []string{"topic.ihl"}},
		{"fr", "Les hôpitaux et les biens de caractère civil ne doivent pas être la cible de cyberattaques dans les hostilités.", []string{"topic.ihl"}},
		{"fr", "Le droit des conflits armés encadre l'emploi des armes cybernétiques par les forces armées.", []string{"topic.ihl"}},
		{"fr", "Les civils qui participent directement aux hostilités par des moyens numériques perdent leur protection.", []string{"topic.ihl"}},
		{"es", "Las operaciones cibernéticas realizadas durante un conflicto armado están sujetas al derecho internacional humanitario.", []string{"topic.ihl"}},
		{"es", "Los principios de distinción, proporcionalidad y precaución se aplican a los ciberataques en tiempo de guerra.", []string{"topic.ihl"}},
		{"es", "Los hospitales y los bienes de carácter civil no deben ser objeto de ciberataques durante las hostilidades.", []string{"topic.ihl"}},
		{"es", "Los civiles que participan directamente en las hostilidades por medios digitales pierden su protección.", []string{"topic.ihl"}},
		{"es", "El principio de proporcionalidad de la pena rige el derecho penal.", []string{"-topic.ihl"}},
		// The measures and knowledge of the norm in French and Spanish:
		// being told (avisé, alertado, informado de que), acting on another
		// State's request, learning of an operation (apprend, se entera),
		// asking for help, monitoring and the standard; a bank's notice, legal
		// aid and a doctor's watch are near misses.
		{"fr", "L'État victime devrait informer l'État territorial des cyberopérations provenant de son territoire.", []string{"measures.notification"}},
		{"fr", "Lorsqu'un État est avisé qu'une attaque est lancée depuis ses réseaux, il doit agir.", []string{"measures.notification"}},
		{"fr", "Les États s'engagent à notifier sans délai les incidents graves à l'État concerné.", []string{"measures.notification"}},
		{"fr", "Après avoir été alerté par ses partenaires, le gouvernement a pris des mesures contre les serveurs.", []string{"measures.notification"}},
		{"fr", "La banque doit notifier à ses clients toute modification des tarifs.", []string{"-measures.notification"}},
		{"es", "El Estado afectado debería notificar al Estado territorial las operaciones que provienen de su territorio.", []string{"measures.notification"}},
		{"es", "Cuando un Estado es informado de que se lanza un ataque desde sus redes, debe actuar.", []string{"measures.notification"}},
		{"es", "Los Estados se comprometen a comunicar sin demora los incidentes graves al Estado afectado.", []string{"measures.notification"}},
		{"es", "Tras ser alertado por sus socios, el gobierno tomó medidas contra los servidores.", []string{"measures.notification"}},
		{"es", "El banco debe notificar a sus clientes cualquier cambio en las tarifas.", []string{"-measures.notification"}},
		{"fr", "L'État requis doit accuser réception de la demande et y répondre dans un délai raisonnable.", []string{"measures.response"}},
		// C18 (round 16) reversed C4 here: a State expected to act on another
		// State's request about an operation is measures.response.
		{"fr", "À la demande de l'État lésé, l'État territorial doit prendre des mesures pour faire cesser l'opération.", []string{"measures.response"}},
		{"es", "El Estado requerido debe acusar recibo de la solicitud y responder en un plazo razonable.", []string{"measures.response"}},
		// C18 (round 16): as in French.
		{"es", "A solicitud del Estado lesionado, el Estado territorial debe adoptar medidas para poner fin a la operación.", []string{"measures.response"}},
		{"fr", "Un État qui ne peut faire face seul à une cyberattaque peut demander l'assistance d'autres États.", []string{"measures.assistance"}},
		{"fr", "Les États devraient répondre aux demandes d'aide des États dont les infrastructures critiques sont visées.", []string{"measures.assistance"}},
		{"es", "Un Estado que no puede hacer frente solo a un ciberataque puede solicitar la asistencia de otros Estados.", []string{"measures.assistance"}},
		{"es", "Los Estados deberían responder a las solicitudes de ayuda de los Estados cuyas infraestructuras críticas son atacadas.", []string{"measures.assistance"}},
		{"es", "La asistencia jurídica gratuita se concede a las personas sin recursos.", []string{"-measures.assistance"}},
		{"fr", "La diligence requise n'impose pas aux États de surveiller en permanence l'ensemble de leurs réseaux.", []string{"measures.monitoring"}},
		{"fr", "Les États ne sont pas tenus de contrôler proactivement toutes les activités numériques sur leur territoire.", []string{"measures.monitoring"}},
		{"es", "La diligencia debida no exige a los Estados vigilar de forma permanente todas sus redes.", []string{"measures.monitoring"}},
		{"es", "Los Estados no están obligados a monitorear proactivamente todas las actividades digitales en su territorio.", []string{"measures.monitoring"}},
		{"es", "El médico debe vigilar la presión arterial del paciente.", []string{"-measures.monitoring"}},
		{"fr", "L'obligation ne naît que lorsque l'État a effectivement connaissance de l'opération.", []string{"knowledge.actual"}},
		{"fr", "Dès qu'un État apprend qu'une cyberattaque est menée depuis son territoire, il doit réagir.", []string{"knowledge.actual"}},
		{"es", "La obligación solo surge cuando el Estado tiene conocimiento efectivo de la operación.", []string{"knowledge.actual"}},
		{"es", "En cuanto un Estado se entera de que se lanza un ciberataque desde su territorio, debe reaccionar.", []string{"knowledge.actual"}},
		{"fr", "Les États doivent prendre toutes les mesures raisonnables à leur disposition pour faire cesser l'opération.", []string{"standard.capacity"}},
		{"fr", "Ce qui est exigé dépend des capacités de l'État et doit être apprécié au cas par cas.", []string{"standard.capacity"}},
		{"es", "Los Estados deben adoptar todas las medidas razonables a su alcance para poner fin a la operación.", []string{"standard.capacity"}},
		{"es", "Lo exigible depende de las capacidades del Estado y debe evaluarse caso por caso.", []string{"standard.capacity"}},
		{"es", "La obligación abarca las actividades de los grupos criminales que operan desde el territorio del Estado.", []string{"actors.non_state"}},
		{"es", "Un Estado debe impedir que los hacktivistas utilicen su infraestructura contra otros Estados.", []string{"actors.non_state"}},
		{"es", "Corresponde al Estado actuar contra las empresas privadas que lanzan operaciones desde su territorio.", []string{"actors.non_state"}},
		{"fr", "Il incombe à l'État d'agir contre les entreprises privées qui lancent des opérations depuis son territoire.", []string{"actors.non_state"}},
		{"fr", "Un État doit empêcher que des hacktivistes utilisent son infrastructure contre d'autres États.", []string{"actors.non_state"}},
	})
}
