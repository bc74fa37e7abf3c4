package annotate

import "testing"

// TestFrenchSpanishMeaningsRound6 checks the three French and Spanish
// elements with the most missed tags on the training passages of issue 18's
// sixth round — State responsibility, attribution of conduct to a State
// (actors.state) and due diligence called law (status.binding) — by their
// meaning: sentences written for the test from the codebook's definitions,
// in the syntax legal and news French and Spanish use for them (the charge
// after the operation, "cyberattaques attribuées au renseignement
// militaire"; a State's officers or soldiers indicted; a capital blamed;
// the International Law Commission's organs and entities "attribuables à
// l'État"; reparation, cessation, compensation and self-help by the injured
// State; the duty of diligence as custom or as obligations of means), with
// near misses that use the same words in domestic law, company law or
// another sense. A "-" before an element means the sentence must not
// carry it.
func TestFrenchSpanishMeaningsRound6(t *testing.T) {
	checkLangCases(t, []langCase{
		// actors.state: conduct attributed to a State, its organs or agents,
		// whatever the order of the charge and the operation; near misses:
		// powers attributed to municipalities, attacks put on criminals, a
		// contractor accused, soldiers on parade.
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "Les cyberattaques attribuées au renseignement militaire russe ont visé plusieurs ministères.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "Une série d'intrusions imputées aux services secrets chinois a été révélée par le gouvernement.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "Paris a accusé des officiers du GRU d'être derrière le piratage de la campagne présidentielle.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "Le ministère américain de la Justice a inculpé six militaires russes pour ces cyberattaques.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "Washington reproche à Pékin d'avoir orchestré l'intrusion dans les serveurs fédéraux.", []string{"-actors.state", "topic.state_responsibility"}},
		{"fr", "Le comportement d'une entité habilitée à exercer des prérogatives de puissance publique est attribuable à l'État.", []string{"actors.state", "topic.state_responsibility"}},
		{"fr", "Les actes de ses agents, même lorsqu'ils outrepassent leurs instructions, sont imputables à l'État.", []string{"actors.state", "topic.state_responsibility"}},
		{"fr", "Selon la Commission, les actes commis à titre privé par un policier ne sont pas attribuables à l'État.", []string{"actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "Les autorités ont désigné une unité de l'armée chinoise comme l'auteur de la campagne d'espionnage.", []string{"-actors.state", "topic.state_responsibility"}},
		{"fr", "Les compétences attribuées aux collectivités territoriales ont été élargies par la loi.", []string{"-actors.state", "-topic.state_responsibility"}},
		{"fr", "Les cyberattaques attribuées à des groupes criminels ont doublé en un an.", []string{"-actors.state"}},
		{"fr", "Le ministère a accusé le prestataire d'avoir négligé la sécurité des serveurs.", []string{"-actors.state", "-topic.state_responsibility"}},
		{"fr", "Les militaires russes ont défilé sur la place Rouge le 9 mai.", []string{"-actors.state", "-topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "Los ciberataques atribuidos a la inteligencia militar rusa afectaron a varios ministerios.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "El Reino Unido acusó al servicio de inteligencia ruso de estar detrás de la intrusión.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "La fiscalía estadounidense acusó a seis militares rusos de sabotear los Juegos Olímpicos.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "Los gobiernos occidentales culparon a Moscú de una larga serie de ataques cibernéticos.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "Seis oficiales del GRU fueron imputados por el hackeo de la red eléctrica.", []string{"-actors.state", "topic.state_responsibility"}},
		{"es", "El comportamiento de una entidad facultada para ejercer atribuciones del poder público se considera hecho del Estado.", []string{"actors.state", "topic.state_responsibility"}},
		{"es", "Los actos de sus agentes, aun cuando excedan sus instrucciones, son imputables al Estado.", []string{"actors.state", "topic.state_responsibility"}},
		{"es", "Las acciones privadas de un funcionario fuera de servicio no son atribuibles al Estado.", []string{"actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "Según el informe, la campaña de espionaje fue obra de una unidad del ejército chino.", []string{"-actors.state", "topic.state_responsibility"}},
		{"es", "Las competencias atribuidas a los municipios fueron ampliadas por la nueva ley.", []string{"-actors.state", "-topic.state_responsibility"}},
		{"es", "La administración responde patrimonialmente por los daños que le sean imputables a sus funcionarios.", []string{"-actors.state", "-topic.state_responsibility"}},
		{"es", "La fiscalía acusó a seis empleados de la empresa de fraude informático.", []string{"-actors.state", "-topic.state_responsibility"}},
		{"es", "Los militares rusos desfilaron en la Plaza Roja el 9 de mayo.", []string{"-actors.state", "-topic.state_responsibility"}},
		// topic.state_responsibility: the consequences of the wrongful act and the
		// injured State's answers; near misses: civil, criminal and
		// administrative liability, a car repaired, a chapter's plan.
		{"fr", "L'État responsable est tenu de réparer intégralement le préjudice causé.", []string{"topic.state_responsibility"}},
		{"fr", "La cessation du comportement illicite et l'offre de garanties de non-répétition sont les premières conséquences de la responsabilité.", []string{"topic.state_responsibility"}},
		{"fr", "L'obligation de réparer a été consacrée par la Cour permanente dans l'affaire de l'Usine de Chorzów.", []string{"topic.state_responsibility"}},
		{"fr", "L'État lésé peut prendre des mesures de rétorsion à l'encontre de l'État auteur.", []string{"topic.state_responsibility"}},
		{"fr", "L'indemnisation couvre tout dommage susceptible d'évaluation financière subi par l'État lésé.", []string{"topic.state_responsibility"}},
		{"fr", "Les circonstances excluant l'illicéité comprennent le consentement et l'état de nécessité.", []string{"topic.state_responsibility"}},
		{"fr", "Les élus peuvent voir leur responsabilité civile ou pénale engagée après une cyberattaque.", []string{"-topic.state_responsibility"}},
		{"fr", "La réparation du véhicule a été prise en charge par l'assureur.", []string{"-topic.state_responsibility"}},
		{"fr", "La responsabilité des hébergeurs sera étudiée dans le chapitre suivant.", []string{"-topic.state_responsibility"}},
		{"es", "El Estado responsable está obligado a reparar íntegramente el perjuicio causado por el hecho ilícito.", []string{"topic.state_responsibility"}},
		{"es", "El Estado lesionado puede recurrir a medidas de autotutela frente al comportamiento ilícito de otro Estado.", []string{"topic.state_responsibility"}},
		{"es", "La cesación del hecho ilícito y las garantías de no repetición son consecuencias de la responsabilidad.", []string{"topic.state_responsibility"}},
		{"es", "La indemnización cubre todo daño susceptible de evaluación financiera sufrido por el Estado lesionado.", []string{"topic.state_responsibility"}},
		{"es", "Las circunstancias que excluyen la ilicitud incluyen el consentimiento y el estado de necesidad.", []string{"topic.state_responsibility"}},
		{"es", "La responsabilidad patrimonial de la Administración exige un daño antijurídico.", []string{"-topic.state_responsibility"}},
		{"es", "La reparación del vehículo corrió a cargo de la aseguradora.", []string{"-topic.state_responsibility"}},
		{"es", "Los administradores responden frente a la sociedad por los daños causados.", []string{"-topic.state_responsibility"}},
		// status.binding: due diligence, or the duty to prevent it stands for,
		// called custom, a principle that imposes obligations, or obligations
		// of means; near misses: the norms of responsible behaviour as
		// political commitments, a company's diligence, a treaty's or a
		// contract's obligation.
		{"fr", "La diligence requise est une obligation coutumière qui s'impose à tous les États.", []string{"status.binding", "topic.due_diligence"}},
		{"fr", "Le devoir de prévenir les dommages transfrontières significatifs est une règle de droit international coutumier.", []string{"status.binding"}},
		{"fr", "Les États sont juridiquement tenus d'agir avec la diligence requise à l'égard des activités menées sur leur territoire.", []string{"status.binding", "topic.due_diligence"}},
		{"fr", "Le respect des deuxièmes piliers implique pour l'État des obligations de moyens ou de diligence raisonnable.", []string{"status.binding"}},
		{"fr", "Le principe de diligence raisonnable, principe du droit international, impose des obligations aux États.", []string{"status.binding", "topic.due_diligence"}},
		{"fr", "Les normes de comportement responsable, diligence comprise, ne sont que des engagements politiques non contraignants.", []string{"-status.binding"}},
		{"fr", "Les entreprises doivent exercer une diligence raisonnable en matière de droits humains.", []string{"-status.binding", "-topic.due_diligence"}},
		{"fr", "Le traité impose aux parties une obligation de notification des incidents.", []string{"-status.binding"}},
		{"es", "La diligencia debida es una norma consuetudinaria que vincula a todos los Estados.", []string{"status.binding", "topic.due_diligence"}},
		{"es", "El cumplimiento de los deberes estatales de protección entraña obligaciones de medio o de debida diligencia.", []string{"status.binding", "topic.due_diligence"}},
		{"es", "Los Estados están jurídicamente obligados a prevenir daños transfronterizos significativos.", []string{"status.binding"}},
		{"es", "La obligación de prevenir, derivada de la diligencia debida, forma parte del derecho internacional general.", []string{"status.binding", "topic.due_diligence"}},
		{"es", "La debida diligencia constituye un principio del derecho internacional que impone obligaciones a los Estados.", []string{"status.binding", "topic.due_diligence"}},
		{"es", "Las normas de comportamiento responsable, incluida la diligencia debida, son compromisos políticos no vinculantes.", []string{"-status.binding"}},
		{"es", "La debida diligencia de los administradores de una sociedad exige actuar como un ordenado empresario.", []string{"-status.binding", "-topic.due_diligence"}},
		{"es", "El contrato obliga a las partes a notificar cualquier incidente en 72 horas.", []string{"-status.binding"}},
		// The duty to prevent violations of human rights by private persons is
		// an analogue of the duty to prevent (as Common Article 1): human
		// rights named beside it do not make it another body of law's
		// obligation; respecting rights online is not a duty to prevent.
		{"fr", "L'État a l'obligation de prévenir les violations des droits de l'homme commises par des particuliers.", []string{"status.binding"}},
		{"fr", "Les États doivent respecter les droits de l'homme en ligne.", []string{"-status.binding"}},
		{"es", "El Estado tiene la obligación de prevenir violaciones de derechos humanos cometidas por particulares.", []string{"status.binding"}},
		{"es", "La diligencia debida obliga al Estado a garantizar, mediante acciones positivas, los derechos humanos entre particulares.", []string{"status.binding", "topic.due_diligence", "topic.human_rights"}},
		{"es", "Los Estados deben respetar los derechos humanos en línea como fuera de línea.", []string{"-status.binding"}},
	})
}

// TestFrenchSpanishCueSensesRound6 checks, on sentences written for the
// test, senses the sixth round separated: offenders named before their
// arrest or charge are cybercrime; where data are hosted is data
// localisation, and the GDPR by its initials is data law; a company
// director's care, the State's liability in domestic public law and a
// chapter's plan are none of the norm's elements.
func TestFrenchSpanishCueSensesRound6(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les cybercriminels à l'origine de la fraude ont été interpellés par la police à Lyon.", []string{"topic.cybercrime"}},
		{"fr", "Encore faut-il que les pirates informatiques puissent être identifiés et appréhendés.", []string{"topic.cybercrime"}},
		{"fr", "Les pirates informatiques ont revendiqué l'attaque sur un forum.", []string{"-topic.cybercrime"}},
		{"es", "Los ciberdelincuentes que cifraron los servidores del hospital fueron detenidos en Madrid.", []string{"topic.cybercrime"}},
		{"es", "Varios piratas informáticos fueron procesados por el robo de datos bancarios.", []string{"topic.cybercrime"}},
		{"es", "Los piratas informáticos reivindicaron el ataque en un foro.", []string{"-topic.cybercrime"}},
		{"fr", "Le gouvernement interdit l'hébergement des données sensibles de l'administration hors du territoire national.", []string{"topic.data"}},
		{"fr", "Le RGPD impose aux entreprises de notifier les violations dans un délai de 72 heures.", []string{"topic.data"}},
		{"fr", "L'hébergement des étudiants étrangers est assuré par l'université.", []string{"-topic.data"}},
		{"es", "El Gobierno prohibió el almacenamiento de los datos sensibles del Estado en servidores situados en el extranjero.", []string{"topic.data"}},
		{"es", "El RGPD obliga a las empresas a notificar las brechas de seguridad en 72 horas.", []string{"topic.data"}},
		{"es", "El alojamiento de los estudiantes extranjeros corre a cargo de la universidad.", []string{"-topic.data"}},
		{"es", "Los administradores deben actuar con la diligencia de un ordenado empresario frente a los ciberataques.", []string{"-topic.human_rights", "-topic.due_diligence"}},
		{"es", "Las empresas deben ejercer la debida diligencia en materia de derechos humanos en su cadena de suministro.", []string{"topic.human_rights"}},
		{"es", "La Constitución dispone que el Estado responderá patrimonialmente por los daños antijurídicos que le sean imputables.", []string{"-topic.state_responsibility", "-actors.state"}},
		{"es", "Todo hecho internacionalmente ilícito del Estado entraña su responsabilidad internacional.", []string{"topic.state_responsibility"}},
		{"fr", "Dans ce chapitre, il convient d'établir le cadre général de la responsabilité internationale des États.", []string{"topic.state_responsibility"}}, // C33 (round 20): a chapter's stated subject
		{"fr", "La responsabilité internationale de l'État est engagée par tout fait internationalement illicite.", []string{"topic.state_responsibility"}},
		{"es", "En este capítulo se expone el régimen general de la responsabilidad internacional del Estado.", []string{"topic.state_responsibility"}}, // C33 (round 20)
	})
}

// TestFrenchSpanishPrinciplesRound6 checks, on sentences written for the
// test, the principles the sixth round read in other syntax: meddling in
// another State's affairs or elections in the verb, the Human Rights
// Council's formula of rights offline protected online, and due diligence
// named beside its legal status with no State in the sentence.
func TestFrenchSpanishPrinciplesRound6(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Nul État ne peut s'immiscer, par des moyens numériques, dans les processus électoraux d'un autre État.", []string{"topic.non_intervention"}},
		{"fr", "Il ne faut pas s'immiscer dans la conversation des invités.", []string{"-topic.non_intervention"}},
		{"es", "Ningún Estado puede inmiscuirse, por medios digitales, en los procesos electorales de otro Estado.", []string{"topic.non_intervention"}},
		{"es", "No conviene inmiscuirse en la conversación de los invitados.", []string{"-topic.non_intervention"}},
		{"fr", "Les droits dont les personnes jouissent hors ligne doivent également être protégés en ligne.", []string{"topic.human_rights"}},
		{"es", "Los derechos de las personas fuera de línea también deben protegerse en línea.", []string{"topic.human_rights"}},
		{"fr", "Les droits d'inscription payés hors ligne sont remboursés en ligne.", []string{"-topic.human_rights"}},
		{"fr", "Le Canada estime que la diligence raisonnable n'est pas encore une obligation juridique contraignante.", []string{"topic.due_diligence", "status.voluntary"}},
		{"es", "Para el Perú, la diligencia debida es una norma consuetudinaria.", []string{"topic.due_diligence", "status.binding"}},
		{"fr", "Le notaire doit exercer une diligence raisonnable, faute de quoi le contrat est nul.", []string{"-topic.due_diligence"}},
	})
}

// TestFrenchSpanishDenialsRound6 checks, on sentences written for the test,
// attribution in the words of its denial and of orders given: a State
// denying or rejecting an operation it is charged with, hackers acting on a
// government's orders, a State's responsibility engaged in the passive and
// the State that committed the wrongful act; near misses deny a corruption
// case, reject a resolution or name an author of a book.
func TestFrenchSpanishDenialsRound6(t *testing.T) {
	checkLangCases(t, []langCase{
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "La Russie a nié toute implication dans la cyberattaque contre le Parlement.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "Le Kremlin a démenti être à l'origine de la cyberattaque.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "Pékin a rejeté les accusations de cyberespionnage formulées par Washington.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"fr", "Les pirates agissaient sur ordre du gouvernement nord-coréen.", []string{"-actors.state", "topic.state_responsibility"}},
		{"fr", "L'État du territoire peut voir sa responsabilité engagée pour manquement à son obligation de vigilance.", []string{"topic.state_responsibility"}},
		{"fr", "L'État auteur du fait illicite doit offrir une satisfaction à l'État victime.", []string{"topic.state_responsibility"}},
		{"fr", "Le ministre a nié toute implication dans l'affaire de corruption.", []string{"-actors.state", "-topic.state_responsibility"}},
		{"fr", "La Russie a rejeté le projet de résolution sur la Syrie.", []string{"-actors.state", "-topic.state_responsibility"}},
		{"fr", "L'auteur du livre a présenté son ouvrage au salon.", []string{"-topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "Rusia negó cualquier implicación en el ciberataque contra el Parlamento.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "El Kremlin desmintió estar detrás del ciberataque.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "Pekín rechazó las acusaciones de ciberespionaje formuladas por Washington.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "China negó haber participado en el hackeo de la Oficina de Personal.", []string{"-actors.state", "topic.state_responsibility"}},
		// C1 (round 13): a charge, report or link in the news, not the law's attribution.
		{"es", "Los piratas actuaban por órdenes del gobierno norcoreano.", []string{"-actors.state", "topic.state_responsibility"}},
		{"es", "El Estado autor del hecho ilícito debe ofrecer una satisfacción al Estado víctima.", []string{"topic.state_responsibility"}},
		{"es", "El ministro negó cualquier implicación en el caso de corrupción.", []string{"-actors.state", "-topic.state_responsibility"}},
		{"es", "Rusia rechazó el proyecto de resolución sobre Siria.", []string{"-actors.state", "-topic.state_responsibility"}},
		{"es", "El autor del libro presentó su obra en la feria.", []string{"-topic.state_responsibility"}},
	})
}
