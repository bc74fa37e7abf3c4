package annotate

import "testing"

// TestFrenchSpanishSubjectRound4 checks the fourth French and Spanish
// round's way of writing rules: a cue tags only beside the subject that
// gives it the norm's meaning (a State, a government, a territory, a
// country named, the UN, cyberspace, or the due-diligence subject), so
// that senses no list of exceptions has met tag nothing. For each element
// rewritten so (knowledge, constructive knowledge, the duty to prevent,
// notification, force between States, sovereignty, the status of the
// duty, State responsibility's shared words, working together, the harm
// threshold, preparing, proxies and the private sector, transit,
// monitoring, the standard of conduct), the sentences pair
// positions in varied syntax, negated or hedged ones, with the cue in
// another sense: civil and criminal law, a union, a town hall, weather
// and health warnings, spyware, an essay's title.
func TestFrenchSpanishSubjectRound4(t *testing.T) {
	checkLangCases(t, []langCase{
		// knowledge.actual: a State's knowledge of operations.
		{"fr", "Les États ne doivent pas permettre sciemment que leur territoire soit utilisé pour des faits internationalement illicites.", []string{"knowledge.actual"}},
		{"fr", "Un État qui a connaissance d'une cyberattaque lancée depuis son territoire doit agir.", []string{"knowledge.actual"}},
		{"fr", "L'infrastructure de l'État a été utilisée à son insu par des pirates.", []string{"knowledge.actual"}},
		{"fr", "Le fait de sciemment receler des biens volés est puni de cinq ans d'emprisonnement.", []string{"-knowledge.actual"}},
		{"fr", "Un logiciel espion a été installé à son insu sur le téléphone de la journaliste.", []string{"-knowledge.actual"}},
		{"fr", "Le client a signé le contrat en connaissance de cause.", []string{"-knowledge.actual"}},
		{"fr", "Le salarié savait ou aurait dû savoir que la machine était défectueuse.", []string{"-knowledge.actual", "-knowledge.constructive"}},
		{"fr", "Le vendeur a agi sciemment en cachant le vice à l'acheteur.", []string{"-knowledge.actual"}},
		{"es", "Los Estados no deberían permitir a sabiendas que su territorio se utilice para cometer hechos ilícitos.", []string{"knowledge.actual"}},
		{"es", "Cuando el Estado tiene conocimiento de una operación cibernética desde su territorio, debe actuar.", []string{"knowledge.actual"}},
		{"es", "Los piratas usaron servidores del gobierno sin su conocimiento.", []string{"knowledge.actual"}},
		{"es", "El acusado actuó a sabiendas de que el documento era falso.", []string{"-knowledge.actual"}},
		{"es", "La aplicación instaló un programa espía sin su conocimiento en el teléfono del usuario.", []string{"-knowledge.actual"}},
		{"es", "El comprador aceptó el riesgo con conocimiento de causa.", []string{"-knowledge.actual"}},
		{"es", "El empleador sabía o debía saber que el andamio era inseguro.", []string{"-knowledge.actual", "-knowledge.constructive"}},
		{"es", "La empresa vendió conscientemente productos defectuosos a sus clientes.", []string{"-knowledge.actual"}},

		// knowledge.constructive: what a State should have known.
		{"fr", "Un État aurait dû savoir que son territoire servait à des opérations contre d'autres États.", []string{"knowledge.constructive"}},
		{"fr", "L'État territorial ne pouvait ignorer les cyberattaques lancées depuis ses serveurs.", []string{"knowledge.constructive"}},
		{"fr", "Il suffit que le gouvernement ait été en mesure de savoir que des opérations étaient menées depuis son territoire.", []string{"knowledge.constructive"}},
		{"fr", "La France ne considère pas qu'un État devrait savoir tout ce qui se passe sur ses réseaux.", []string{"!knowledge.constructive"}},
		{"fr", "Le vendeur professionnel aurait dû connaître le vice caché de la chose vendue.", []string{"-knowledge.constructive"}},
		{"fr", "Chacun doit savoir que la vitesse est limitée en ville.", []string{"-knowledge.constructive"}},
		{"fr", "Il y a des raisons de penser que la récolte sera meilleure cette année.", []string{"-knowledge.constructive"}},
		{"fr", "La banque pouvait savoir que le virement était frauduleux.", []string{"-knowledge.constructive"}},
		{"es", "El Estado debería haber sabido que su territorio se utilizaba para ataques contra otros Estados.", []string{"knowledge.constructive"}},
		{"es", "El Estado territorial no podía desconocer las operaciones cibernéticas lanzadas desde su infraestructura.", []string{"knowledge.constructive"}},
		{"es", "Basta con que el gobierno estuviera en condiciones de saber que se lanzaban ataques desde su territorio.", []string{"knowledge.constructive"}},
		{"es", "El médico debería haber sabido que el paciente era alérgico.", []string{"-knowledge.constructive"}},
		{"es", "Todo conductor debe saber que el alcohol reduce los reflejos.", []string{"-knowledge.constructive"}},
		{"es", "Hay razones para creer que la inflación bajará el próximo año.", []string{"-knowledge.constructive"}},
		{"es", "El banco podía conocer el fraude si hubiera revisado las cuentas.", []string{"-knowledge.constructive"}},

		// scope.prevention: a duty to prevent operations, the State's.
		{"fr", "Les États ont l'obligation de prévenir les cyberopérations lancées depuis leur territoire.", []string{"scope.prevention"}},
		{"fr", "Il incombe à chaque État d'empêcher que son infrastructure numérique serve à nuire à d'autres États.", []string{"scope.prevention"}},
		{"fr", "Le devoir de prévention découle de la diligence requise.", []string{"scope.prevention"}},
		{"fr", "La France n'estime pas que cette obligation exige de prévenir toute activité malveillante.", []string{"!scope.prevention"}},
		{"fr", "L'employeur a l'obligation de prévenir les troubles musculo-squelettiques de ses salariés.", []string{"-scope.prevention"}},
		{"fr", "Le conducteur doit éviter de freiner brusquement sur la chaussée mouillée.", []string{"-scope.prevention"}},
		{"fr", "Le maire doit prévenir la population en cas de vigilance rouge.", []string{"-scope.prevention"}},
		{"fr", "Le locataire est tenu d'éviter toute dégradation du logement.", []string{"-scope.prevention"}},
		{"es", "Los Estados tienen la obligación de prevenir que su territorio sea utilizado para ciberataques.", []string{"scope.prevention"}},
		{"es", "Incumbe al Estado impedir las operaciones cibernéticas dirigidas contra otros Estados desde su infraestructura.", []string{"scope.prevention"}},
		{"es", "El deber de prevención deriva de la diligencia debida.", []string{"scope.prevention"}},
		{"es", "Chile no considera que el Estado esté obligado a prevenir todo ciberataque, ni a vigilar sus redes.", []string{"!scope.prevention"}},
		{"es", "El empleador debe evitar que los trabajadores se expongan al ruido.", []string{"-scope.prevention"}},
		{"es", "El conductor debe evitar frenar bruscamente en la calzada mojada.", []string{"-scope.prevention"}},
		{"es", "La escuela tiene la obligación de prevenir el acoso entre los alumnos.", []string{"-scope.prevention"}},
		{"es", "El arrendatario debe evitar cualquier daño a la vivienda.", []string{"-scope.prevention"}},

		// measures.notification: informing the State affected.
		{"fr", "L'État victime doit notifier l'État territorial de l'opération en cours.", []string{"measures.notification"}},
		{"fr", "Une fois notifié, l'État d'origine doit agir contre les cyberattaques.", []string{"measures.notification"}},
		{"fr", "Les États devraient informer les pays concernés des incidents informatiques graves.", []string{"measures.notification"}},
		{"fr", "La mairie doit informer les habitants concernés par les travaux de voirie.", []string{"-measures.notification"}},
		{"fr", "Le commissariat a informé la victime du cambriolage de la suite de la procédure.", []string{"-measures.notification"}},
		{"fr", "Les locataires ont été avertis que l'eau serait coupée mardi.", []string{"-measures.notification"}},
		{"fr", "La préfecture doit alerter les autorités locales en cas de crue.", []string{"-measures.notification"}},
		{"fr", "Le licenciement a été notifié au salarié par lettre recommandée.", []string{"-measures.notification"}},
		{"es", "El Estado afectado debe notificar al Estado territorial la operación cibernética en curso.", []string{"measures.notification"}},
		{"es", "Una vez notificado, el Estado debe actuar contra los ciberataques lanzados desde su territorio.", []string{"measures.notification"}},
		{"es", "Los Estados deberían informar a los países afectados de los incidentes cibernéticos graves.", []string{"measures.notification"}},
		{"es", "El ayuntamiento debe informar a los vecinos afectados por las obras.", []string{"-measures.notification"}},
		{"es", "La comisaría informó a la víctima del robo sobre el estado de la causa.", []string{"-measures.notification"}},
		{"es", "Los inquilinos fueron advertidos de que se cortaría el agua el martes.", []string{"-measures.notification"}},
		{"es", "La alcaldía debe alertar a las autoridades locales en caso de inundación.", []string{"-measures.notification"}},
		{"es", "El despido fue notificado al trabajador por carta certificada.", []string{"-measures.notification"}},

		// topic.use_of_force: force between States.
		{"fr", "Une cyberopération peut constituer un emploi de la force au sens de la Charte des Nations unies.", []string{"topic.use_of_force"}},
		{"fr", "Un État victime d'une agression armée peut invoquer la légitime défense.", []string{"topic.use_of_force"}},
		{"fr", "La France n'exclut pas qu'une cyberattaque puisse atteindre le seuil de l'agression armée.", []string{"topic.use_of_force"}},
		{"fr", "Les syndicats assurent la défense collective des intérêts des salariés.", []string{"-topic.use_of_force"}},
		{"fr", "Le vigile a été victime d'une attaque armée à la sortie du supermarché.", []string{"-topic.use_of_force"}},
		{"fr", "Il a agi en état de légitime défense face à son agresseur dans la rue.", []string{"-topic.use_of_force"}},
		{"fr", "L'usage de la force par les agents de sécurité privée est strictement encadré.", []string{"-topic.use_of_force"}},
		{"fr", "Un acte d'agression contre un enseignant a été signalé au rectorat.", []string{"-topic.use_of_force"}},
		{"es", "Un ciberataque puede constituir un uso de la fuerza prohibido por la Carta de las Naciones Unidas.", []string{"topic.use_of_force"}},
		{"es", "Todo Estado víctima de un ataque armado puede ejercer la legítima defensa conforme al artículo 51.", []string{"topic.use_of_force"}},
		{"es", "México no considera que toda operación cibernética alcance el umbral del uso de la fuerza.", []string{"topic.use_of_force"}},
		{"es", "Los sindicatos ejercen la defensa colectiva de los trabajadores.", []string{"-topic.use_of_force"}},
		{"es", "El guardia sufrió un ataque armado a la salida del supermercado.", []string{"-topic.use_of_force"}},
		{"es", "El tribunal admitió que actuó en legítima defensa frente a su agresor en la calle.", []string{"-topic.use_of_force"}},
		{"es", "El uso de la fuerza por los vigilantes privados está estrictamente regulado.", []string{"-topic.use_of_force"}},
		{"es", "El profesor denunció un acto de agresión en el patio del colegio.", []string{"-topic.use_of_force"}},

		// topic.sovereignty: the State's.
		{"fr", "La souveraineté des États s'applique aux infrastructures situées sur leur territoire.", []string{"topic.sovereignty"}},
		{"fr", "Une cyberopération qui cause des dommages peut constituer une violation de souveraineté.", []string{"topic.sovereignty"}},
		{"fr", "Le principe de souveraineté s'applique dans le cyberespace.", []string{"topic.sovereignty"}},
		{"fr", "La souveraineté européenne dans les semi-conducteurs passe par de nouvelles usines.", []string{"-topic.sovereignty"}},
		{"fr", "Selon Rousseau, la souveraineté du peuple est inaliénable.", []string{"-topic.sovereignty"}},
		{"fr", "Le consommateur doit retrouver sa souveraineté face aux publicités ciblées.", []string{"-topic.sovereignty"}},
		{"fr", "Le chef étoilé règne en souverain sur sa cuisine.", []string{"-topic.sovereignty"}},
		{"fr", "La souveraineté du patient sur son corps fonde le consentement aux soins.", []string{"-topic.sovereignty"}},
		{"es", "La soberanía de los Estados se extiende a la infraestructura situada en su territorio.", []string{"topic.sovereignty"}},
		{"es", "Una operación cibernética que cause daños puede constituir una violación de la soberanía.", []string{"topic.sovereignty"}},
		{"es", "El principio de soberanía se aplica en el ciberespacio.", []string{"topic.sovereignty"}},
		{"es", "La soberanía europea en semiconductores exige nuevas fábricas.", []string{"-topic.sovereignty"}},
		{"es", "Para Rousseau, la soberanía del pueblo es inalienable.", []string{"-topic.sovereignty"}},
		{"es", "El consumidor debe recuperar su soberanía frente a la publicidad dirigida.", []string{"-topic.sovereignty"}},
		{"es", "La soberanía del paciente sobre su cuerpo funda el consentimiento informado.", []string{"-topic.sovereignty"}},
		{"es", "El chef reina como soberano en su cocina.", []string{"-topic.sovereignty"}},

		// status.binding and status.voluntary: the status of the State's
		// duty, not a school's, a mayor's or a volunteer's.
		{"fr", "La diligence requise est une obligation de droit international coutumier.", []string{"status.binding"}},
		{"fr", "Les États sont tenus d'empêcher que leur territoire serve à des cyberattaques contre d'autres États.", []string{"status.binding"}},
		{"fr", "Pour la France, l'obligation de vigilance des États constitue une règle coutumière.", []string{"status.binding"}},
		{"fr", "La norme 13 c n'est pas encore cristallisée en droit coutumier.", []string{"status.voluntary"}},
		{"fr", "L'école a l'obligation de prévenir le harcèlement entre élèves.", []string{"-status.binding", "-scope.prevention"}},
		{"fr", "Le maire doit prévenir la population en cas de vigilance rouge.", []string{"-status.binding"}},
		{"fr", "Le respect des consignes de vigilance n'est pas obligatoire mais volontaire.", []string{"-status.binding", "-status.voluntary"}},
		{"fr", "Le bénévole est tenu à une obligation de vigilance envers les enfants qu'il encadre.", []string{"-status.binding"}},
		{"es", "La diligencia debida es una obligación de derecho internacional consuetudinario.", []string{"status.binding"}},
		{"es", "Los Estados están obligados a impedir que su territorio se utilice para ciberataques contra otros Estados.", []string{"status.binding"}},
		{"es", "La norma 13 c todavía no se ha cristalizado en derecho consuetudinario.", []string{"status.voluntary"}},
		{"es", "La escuela tiene la obligación de prevenir el acoso entre los alumnos.", []string{"-status.binding"}},
		{"es", "El arrendatario debe evitar cualquier daño a la vivienda.", []string{"-status.binding"}},
		{"es", "La participación en el programa de vigilancia vecinal es voluntaria y no obligatoria.", []string{"-status.binding", "-status.voluntary"}},
		{"es", "El socorrista tiene el deber de vigilancia sobre los bañistas, sin perjuicio de la responsabilidad del municipio.", []string{"-status.binding"}},

		// topic.state_responsibility: the words civil, criminal and company
		// law share are the State's only beside a State.
		{"fr", "Un État qui commet un fait internationalement illicite doit en assurer la réparation.", []string{"topic.state_responsibility"}},
		{"fr", "Le comportement de ces pirates est imputable à l'État qui les dirige.", []string{"topic.state_responsibility"}},
		{"fr", "La Russie a été tenue pour responsable de l'opération par plusieurs gouvernements.", []string{"topic.state_responsibility"}},
		{"fr", "Le garagiste doit assurer la réparation du véhicule sous quinze jours.", []string{"-topic.state_responsibility"}},
		{"fr", "Le retard est imputable au fournisseur, qui ne livre pas à temps.", []string{"-topic.state_responsibility"}},
		{"fr", "Les parents sont tenus pour responsables des dégâts causés par leurs enfants.", []string{"-topic.state_responsibility"}},
		{"fr", "Le dirigeant a été condamné pour ne pas avoir déposé les comptes de la société.", []string{"-topic.state_responsibility"}},
		{"fr", "Le syndic engage sa responsabilité s'il néglige l'entretien de l'immeuble.", []string{"-topic.state_responsibility"}},
		{"es", "El Estado que comete un hecho internacionalmente ilícito está obligado a la reparación.", []string{"topic.state_responsibility"}},
		{"es", "La conducta de esos piratas es atribuible al Estado que los dirige.", []string{"topic.state_responsibility"}},
		{"es", "El taller se encarga de la reparación del vehículo en quince días.", []string{"-topic.state_responsibility"}},
		{"es", "El retraso es imputable al proveedor, que no entrega a tiempo.", []string{"-topic.state_responsibility"}},
		{"es", "El conductor debe indemnizar los daños causados al peatón.", []string{"-topic.state_responsibility"}},
		{"es", "El administrador incurre en responsabilidad si descuida el mantenimiento del edificio.", []string{"-topic.state_responsibility"}},
		{"es", "El socio compromete su responsabilidad con las deudas de la sociedad.", []string{"-topic.state_responsibility"}},

		// measures.assistance: working together against an operation.
		{"fr", "Les États doivent travailler ensemble pour atténuer les effets d'une cyberattaque.", []string{"measures.assistance"}},
		{"fr", "Les voisins se sont mobilisés ensemble pour faire face à la crise du logement.", []string{"-measures.assistance"}},
		{"fr", "Les enseignants répondent ensemble aux questions des parents.", []string{"-measures.assistance"}},
		{"es", "Los Estados deben colaborar para mitigar los efectos de los ciberataques.", []string{"measures.assistance"}},
		{"es", "Los vecinos se organizaron juntos para hacer frente a la crisis de la vivienda.", []string{"-measures.assistance"}},
		{"es", "Los docentes responden juntos a las preguntas de los padres.", []string{"-measures.assistance"}},

		// threshold.serious: a harm threshold of the norm.
		{"fr", "L'obligation ne s'applique qu'aux opérations qui causent un dommage transfrontière important à d'autres États.", []string{"threshold.serious"}},
		{"fr", "La sécheresse pourrait avoir des conséquences graves pour les récoltes.", []string{"-threshold.serious"}},
		{"fr", "L'incident survenu à l'usine pourrait avoir des conséquences graves pour les riverains.", []string{"-threshold.serious"}},
		{"es", "La obligación solo se aplica cuando las operaciones cibernéticas causan daños significativos a otros Estados.", []string{"threshold.serious"}},
		{"es", "La sequía podría tener consecuencias graves para las cosechas.", []string{"-threshold.serious"}},
		{"es", "El incidente en la fábrica podría tener consecuencias graves para los vecinos.", []string{"-threshold.serious"}},

		// measures.capacity_building: preparing for operations in
		// cyberspace, not a health NGO's or a farm law's.
		{"fr", "Le Sénégal a adopté une stratégie nationale de cybersécurité et créé un CERT.", []string{"measures.capacity_building"}},
		{"fr", "Le renforcement des capacités des États en matière de cybersécurité reste une priorité.", []string{"measures.capacity_building"}},
		{"fr", "Chaque État désigne un point de contact pour les incidents informatiques.", []string{"measures.capacity_building"}},
		{"fr", "Les États devraient adopter une législation nationale contre la cybercriminalité.", []string{"measures.capacity_building"}},
		{"fr", "Le projet vise le renforcement des capacités des agents de santé communautaire.", []string{"-measures.capacity_building"}},
		{"fr", "Le Parlement a adopté une loi d'orientation pour l'agriculture.", []string{"-measures.capacity_building"}},
		{"fr", "La mairie a mis en place une politique de rénovation des écoles.", []string{"-measures.capacity_building"}},
		{"fr", "L'hôpital a désigné un point de contact pour les familles des patients.", []string{"-measures.capacity_building"}},
		{"fr", "Les pompiers organisent un exercice de crise au lycée.", []string{"-measures.capacity_building"}},
		{"es", "Chile aprobó una estrategia nacional de ciberseguridad y creó un CSIRT.", []string{"measures.capacity_building"}},
		{"es", "El fortalecimiento de capacidades en ciberseguridad sigue siendo prioritario para la región.", []string{"measures.capacity_building"}},
		{"es", "Cada Estado designará un punto de contacto para los incidentes cibernéticos.", []string{"measures.capacity_building"}},
		{"es", "Los Estados deberían adoptar una legislación nacional contra la ciberdelincuencia.", []string{"measures.capacity_building"}},
		{"es", "El proyecto busca el fortalecimiento de capacidades de los promotores de salud.", []string{"-measures.capacity_building"}},
		{"es", "El Congreso aprobó una ley de desarrollo agrario.", []string{"-measures.capacity_building"}},
		{"es", "La alcaldía puso en marcha una política de renovación de escuelas.", []string{"-measures.capacity_building"}},
		{"es", "El hospital designó un punto de contacto para las familias de los pacientes.", []string{"-measures.capacity_building"}},
		{"es", "Los bomberos organizan un ejercicio de crisis en el colegio.", []string{"-measures.capacity_building"}},

		// actors.non_state: proxies and the private sector as the
		// wrongdoers a State answers for, not a company's agents.
		{"fr", "Les États ne doivent pas recourir à des mandataires pour mener des cyberopérations contre d'autres États.", []string{"actors.non_state"}},
		{"fr", "Le secteur privé doit s'abstenir de mener des cyberattaques de représailles contre des États.", []string{"actors.non_state"}},
		{"fr", "Le mandataire social représente la société auprès des banques.", []string{"-actors.non_state"}},
		{"fr", "Le tribunal a désigné un mandataire judiciaire pour liquider l'entreprise.", []string{"-actors.non_state"}},
		{"fr", "Le secteur privé doit investir davantage dans la formation des apprentis.", []string{"-actors.non_state"}},
		{"es", "Los Estados no deben recurrir a proxies para llevar a cabo ciberataques contra otros Estados.", []string{"actors.non_state"}},
		{"es", "El apoderado de la empresa firmó el contrato de arrendamiento.", []string{"-actors.non_state"}},
		{"es", "El testaferro figuraba como dueño de las propiedades del narcotraficante.", []string{"-actors.non_state"}},
		{"es", "El sector privado debe invertir más en la formación de aprendices.", []string{"-actors.non_state"}},
		// Private persons with a duty of their own, no State answering for
		// them: not the norm's non-State actors.
		{"fr", "Les États doivent empêcher que des acteurs non étatiques utilisent leur territoire pour des cyberattaques.", []string{"actors.non_state"}},
		{"fr", "Les sociétés privées doivent protéger leurs réseaux contre les intrusions.", []string{"-actors.non_state"}},
		{"es", "Los Estados deben impedir que actores no estatales utilicen su territorio para ciberataques.", []string{"actors.non_state"}},
		{"es", "Las personas privadas deben proteger sus redes contra las intrusiones.", []string{"-actors.non_state"}},

		// territory.transit and measures.monitoring: traffic through a
		// State's infrastructure and watching its networks, not road
		// traffic or a parent's watch.
		{"es", "Los ciberataques suelen transitar por servidores situados en terceros Estados.", []string{"territory.transit"}},
		{"es", "El Estado de tránsito no siempre sabe que su infraestructura fue utilizada.", []string{"territory.transit"}},
		{"es", "El accidente de tránsito dejó dos heridos en la avenida principal.", []string{"-territory.transit"}},
		{"es", "La nueva ley de tránsito endurece las multas por exceso de velocidad.", []string{"-territory.transit"}},
		{"es", "El tránsito vehicular se normalizó tras la lluvia.", []string{"-territory.transit"}},
		{"fr", "Les États ne sont pas tenus de surveiller en permanence leurs réseaux.", []string{"!measures.monitoring"}},
		{"fr", "Les parents doivent surveiller les activités de leurs enfants en permanence.", []string{"-measures.monitoring"}},
		{"fr", "L'infirmière surveille en continu les données vitales du patient.", []string{"-measures.monitoring"}},
		{"es", "Los Estados no están obligados a vigilar de forma permanente sus redes.", []string{"!measures.monitoring"}},
		{"es", "Los padres deben vigilar las actividades de sus hijos de forma permanente.", []string{"-measures.monitoring"}},
		{"es", "La enfermera supervisa de forma continua los datos vitales del paciente.", []string{"-measures.monitoring"}},

		// standard.capacity: a State's standard of conduct, not anything
		// impossible or any measure taken against any harm.
		{"fr", "Un État ne peut être tenu à l'impossible s'il n'a pas les moyens techniques d'agir.", []string{"standard.capacity"}},
		{"fr", "L'État doit prendre toutes les mesures raisonnables pour faire cesser l'opération lancée depuis son territoire.", []string{"standard.capacity"}},
		{"fr", "Il est impossible de prévoir la météo à plus de dix jours.", []string{"-standard.capacity"}},
		{"fr", "La direction prendra toutes les mesures nécessaires pour limiter l'impact de la grève.", []string{"-standard.capacity"}},
		{"fr", "Faute de moyens, l'association a fermé sa bibliothèque.", []string{"-standard.capacity"}},
		{"es", "Un Estado no puede estar obligado a lo imposible si no tiene los medios técnicos para actuar.", []string{"standard.capacity"}},
		{"es", "El Estado debe adoptar todas las medidas razonables para detener la operación lanzada desde su territorio.", []string{"standard.capacity"}},
		{"es", "Es imposible prever el clima con más de diez días de antelación.", []string{"-standard.capacity"}},
		{"es", "La dirección adoptará todas las medidas necesarias para limitar el impacto de la huelga.", []string{"-standard.capacity"}},
		{"es", "A falta de medios, la asociación cerró su biblioteca.", []string{"-standard.capacity"}},

		// Senses met in round 14 once it was added to train: a regulator's
		// notice, a hospital that detects an attack on itself, companies
		// under human-rights due diligence, a court's competence, a paper's
		// aims.
		{"fr", "Le responsable de traitement doit adresser une notification à la CNIL en cas de violation.", []string{"-measures.notification"}},
		{"fr", "L'hôpital a détecté l'intrusion dans son réseau dimanche matin.", []string{"-knowledge.actual"}},
		{"fr", "Lorsqu'un État a détecté une opération lancée depuis son territoire, il doit agir.", []string{"knowledge.actual"}},
		{"fr", "Le devoir de vigilance en matière de droits humains oblige les entreprises et autres acteurs non étatiques à identifier les risques.", []string{"-actors.non_state", "topic.human_rights"}},
		{"fr", "La Cour, dans l'exercice de sa compétence consultative, répond aux questions des organes.", []string{"-topic.sovereignty"}},
		{"fr", "Chaque État exerce sa juridiction sur les infrastructures situées sur son territoire.", []string{"topic.sovereignty"}},
		{"es", "El responsable del tratamiento debe notificar la brecha a la autoridad de protección de datos.", []string{"-measures.notification"}},
		{"es", "Algunos ataques han sido detectados por las empresas en las primeras etapas.", []string{"-knowledge.actual"}},
		{"es", "Cuando el Estado ha detectado una operación lanzada desde su territorio, debe actuar.", []string{"knowledge.actual"}},
		{"es", "La debida diligencia en derechos humanos obliga a los Estados y actores no estatales, como empresas, a prevenir riesgos.", []string{"-actors.non_state", "topic.human_rights"}},
		{"es", "La Corte, en ejercicio de su competencia consultiva, responde a los Estados Miembros.", []string{"-topic.sovereignty"}},
		{"es", "Cada Estado ejerce su jurisdicción sobre la infraestructura situada en su territorio.", []string{"topic.sovereignty"}},
		{"es", "El presente trabajo busca analizar el contenido del Convenio de Budapest.", []string{"topic.cybercrime"}}, // C33 (round 20): a paper's stated subject

		// Attribution: an operation a State named carried out, not one
		// from its territory; a surgeon's intervention is no State's.
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "L'UE condamne la cyberactivité malveillante menée par la Fédération de Russie contre l'Ukraine.", []string{"-actors.state", "topic.state_responsibility", "-territory.origin"}},
		{"fr", "Les attaques lancées depuis le territoire russe ne sont pas pour autant attribuées au gouvernement russe.", []string{"territory.origin"}},
		{"fr", "De telles activités peuvent constituer des actes illicites au regard du droit international.", []string{"topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "La UE condena la actividad cibernética maliciosa llevada a cabo por la Federación Rusa contra Ucrania.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "Por primera vez atribuimos este ataque al gobierno de la Federación Rusa.", []string{"-actors.state", "topic.state_responsibility"}},
		{"es", "El médico debe informar al paciente de la naturaleza de la intervención quirúrgica.", []string{"-topic.non_intervention", "-measures.notification"}},
		{"es", "El intervencionismo de las potencias en los asuntos internos de otros Estados está prohibido.", []string{"topic.non_intervention"}},

		// Senses met in rounds 15 and 16 once in train: France in a body's
		// name, a weather "vigilance", a technology watch, a man named
		// Cesar.
		{"fr", "Selon Météo-France, l'épisode pourrait avoir des conséquences graves pour les cultures.", []string{"-threshold.serious"}},
		{"fr", "Le dispositif de vigilance informe les citoyens et les autorités en cas d'orage.", []string{"-measures.notification"}},
		{"fr", "Les États doivent exercer une vigilance raisonnable pour prévenir les cyberattaques provenant de leur territoire.", []string{"status.binding", "scope.prevention"}},
		{"fr", "L'agence de sécurité des systèmes d'information assure une veille technologique.", []string{"measures.capacity_building", "-measures.monitoring"}},
		{"fr", "La France considère que l'État victime doit être informé de l'opération.", []string{"measures.notification"}},
		{"es", "Según Julio Cesar Mancipe, asesor de la Presidencia, el ataque afectó a varias entidades del Estado.", []string{"-scope.termination"}},
		{"es", "El Estado debe hacer cesar la operación lanzada desde su territorio.", []string{"scope.termination"}},
	})
}
