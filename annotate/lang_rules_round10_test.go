package annotate

import "testing"

// Issue 18, round 10: recall of the elements weakest on unseen French and
// Spanish text, widened by the families of meaning legal French and Spanish
// use for each (NOTES-fr-es-round10.md): the UN's official French and
// Spanish of the GGE reports and the ILC articles, national positions and
// the press. Every sentence was written for the test; each family has its
// near misses beside it.

// TestFrenchSpanishNonStateActorsRound10 checks actors.non_state said by the
// GGE's own words (intermediaries, "terceros", "agentes no estatales"), by
// whoever the author is, by persons acting on their own, and a State faulted
// for leaving private hackers unpunished. Near misses: hackers named as the
// authors of an attack, a State's police arresting them, threats listed.
func TestFrenchSpanishNonStateActorsRound10(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les États ne doivent pas recourir à des intermédiaires pour commettre des faits internationalement illicites à l'aide des TIC.", []string{"actors.non_state"}},
		{"fr", "L'État répond aussi des cyberopérations menées depuis son territoire par des individus agissant pour leur propre compte.", []string{"actors.non_state"}},
		{"fr", "Le devoir de vigilance de l'État s'étend aux agissements des pirates informatiques présents sur son territoire.", []string{"actors.non_state"}},
		{"fr", "L'obligation vaut que l'auteur de l'attaque soit un organe de l'État ou un simple particulier.", []string{"actors.non_state"}},
		{"fr", "Moscou ne poursuit pas les auteurs de cyberattaques qu'il détient et les laisse impunis.", []string{"actors.non_state"}},
		{"fr", "La Suisse estime que l'État doit empêcher que des groupes privés n'utilisent son infrastructure contre d'autres États.", []string{"actors.non_state"}},
		{"fr", "Des pirates informatiques ont revendiqué l'attaque contre la mairie.", []string{"-actors.non_state"}},
		{"fr", "La police a interpellé trois cybercriminels à Lyon.", []string{"-actors.non_state"}},
		{"es", "Los Estados no deben recurrir a terceros para cometer hechos internacionalmente ilícitos mediante las TIC.", []string{"actors.non_state"}},
		{"es", "Los Estados deben garantizar que su territorio no sea utilizado por agentes no estatales para cometer esos actos.", []string{"actors.non_state"}},
		{"es", "El Estado responde también de las operaciones realizadas desde su territorio por individuos que actúan por su cuenta.", []string{"actors.non_state"}},
		{"es", "La obligación se aplica sea el autor del ataque un órgano del Estado o un simple particular.", []string{"actors.non_state"}},
		{"es", "El gobierno no persigue a los piratas informáticos que atacan a sus vecinos y los deja impunes.", []string{"actors.non_state"}},
		{"es", "Unos piratas informáticos reivindicaron el ataque contra el ayuntamiento.", []string{"-actors.non_state"}},
		{"es", "La policía detuvo a tres ciberdelincuentes en Madrid.", []string{"-actors.non_state"}},
		{"fr", "Les États devraient veiller à ce que leur territoire ne soit pas utilisé par des acteurs non étatiques pour commettre de tels faits.", []string{"actors.non_state"}},
		{"fr", "L'État doit agir contre les personnes qui, sur son territoire, mènent des cyberattaques contre d'autres États.", []string{"actors.non_state"}},
		{"fr", "Selon Ottawa, la norme s'applique que l'opération soit menée par un État ou par un acteur privé.", []string{"actors.non_state"}},
		{"fr", "Il revient à l'État de faire cesser les agissements de groupes criminels qui se servent de ses réseaux.", []string{"actors.non_state", "scope.termination"}},
		{"fr", "Ces hackers, que le pouvoir laisse opérer en toute liberté, visent les banques européennes.", []string{"actors.non_state"}},
		{"fr", "L'État a des obligations internationales à l'égard des actes privés commis sur son territoire.", []string{"actors.non_state"}},
		{"fr", "La légitime défense suppose une attaque menée par un État ou par un groupe agissant sous son contrôle.", []string{"actors.non_state"}},
		{"fr", "Washington tiendra Moscou pour responsable des attaques, même si elles ne sont pas liées au Kremlin.", []string{"actors.non_state"}},
		{"fr", "La traque de ces pirates a commencé à la demande des autorités américaines.", []string{"actors.non_state"}},
		{"fr", "Les pays doivent s'assurer que des cybercriminels ne se servent pas de leurs infrastructures pour attaquer d'autres pays.", []string{"actors.non_state"}},
		{"fr", "La diligence requise impose à l'État de contrôler les activités des sociétés militaires privées opérant sur son territoire.", []string{"actors.non_state"}},
		{"fr", "L'entreprise recourt à des intermédiaires financiers pour ses paiements.", []string{"-actors.non_state"}},
		{"fr", "La police ne poursuit pas l'enquête faute de moyens.", []string{"-actors.non_state"}},
		{"fr", "Les pays de la région ont arrêté des cybercriminels lors d'une opération conjointe.", []string{"-actors.non_state"}},
		{"fr", "Des acteurs non étatiques, y compris des groupes terroristes, utilisent les TIC à des fins malveillantes.", []string{"-actors.non_state"}},
		{"es", "Guatemala estima que el Estado debe actuar contra las personas que, desde su territorio, lanzan ciberataques contra otros Estados.", []string{"actors.non_state"}},
		{"es", "Corresponde al Estado hacer cesar las actividades de grupos criminales que se sirven de sus redes.", []string{"actors.non_state", "scope.termination"}},
		{"es", "Esos hackers, a quienes el poder deja operar libremente, atacan a los bancos europeos.", []string{"actors.non_state"}},
		{"es", "Los hacktivistas prorrusos no son molestados por las autoridades de su país.", []string{"actors.non_state"}},
		{"es", "El Estado tiene obligaciones internacionales respecto de los actos privados cometidos en su territorio.", []string{"actors.non_state"}},
		{"es", "Para invocar la legítima defensa, el ataque debe ser realizado por un Estado o por un grupo bajo su control.", []string{"actors.non_state"}},
		{"es", "La persecución de esos piratas comenzó a petición de las autoridades estadounidenses.", []string{"actors.non_state"}},
		{"es", "Los países deben asegurarse de que los ciberdelincuentes no utilicen sus infraestructuras para atacar a otros países.", []string{"actors.non_state"}},
		{"es", "La empresa recurre a terceros para el mantenimiento de sus oficinas.", []string{"-actors.non_state"}},
		{"es", "Actores no estatales, incluidos grupos terroristas, utilizan las TIC con fines maliciosos.", []string{"-actors.non_state"}},
		{"es", "Las fuerzas del orden persiguen los hechos perpetrados por ciberdelincuentes, trátese de particulares o de Estados.", []string{"-actors.non_state"}},
	})
}

// TestFrenchSpanishStateResponsibilityRound10 checks topic.state_responsibility
// said as the ILC articles and public attributions say it: an activity
// attributed to a State (GGE 2015, 28(f)), aid or assistance to another
// State's wrongful act, a State "mis en cause" or pointed at, an injured
// State's reaction, circumstances that preclude wrongfulness. Near misses:
// a minister's attributions, a cost attributed to a budget, a company held
// liable, sales put down to advertising.
func TestFrenchSpanishStateResponsibilityRound10(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Le fait qu'une activité informatique ait été lancée depuis le territoire d'un État ne saurait suffire pour attribuer l'activité à cet État.", []string{"topic.state_responsibility"}},
		{"fr", "L'État qui aide ou assiste un autre État dans la commission d'un fait internationalement illicite en est responsable.", []string{"topic.state_responsibility"}},
		{"fr", "Le gouvernement britannique met en cause le renseignement militaire russe dans le piratage du ministère.", []string{"topic.state_responsibility"}},
		{"fr", "Paris pointe du doigt Pékin après l'intrusion dans les serveurs de l'agence.", []string{"topic.state_responsibility"}},
		{"fr", "L'état de nécessité peut exclure l'illicéité d'une cyberopération.", []string{"topic.state_responsibility"}},
		{"fr", "L'État lésé peut prendre des mesures de rétorsion contre l'État responsable de la cyberattaque.", []string{"topic.state_responsibility"}},
		{"fr", "La complicité d'un État dans une cyberopération menée par un autre engage sa responsabilité.", []string{"topic.state_responsibility"}},
		{"fr", "Le ministre a présenté les attributions de son cabinet.", []string{"-topic.state_responsibility"}},
		{"fr", "La hausse des ventes est attribuée à la campagne publicitaire.", []string{"-topic.state_responsibility"}},
		{"es", "El hecho de que una actividad se originara en el territorio de un Estado puede ser insuficiente para atribuir la actividad a ese Estado.", []string{"topic.state_responsibility"}},
		{"es", "El Estado que presta ayuda o asistencia a otro Estado en la comisión de un hecho internacionalmente ilícito es responsable.", []string{"topic.state_responsibility"}},
		{"es", "Washington señaló a Pekín como autor del robo de datos de millones de funcionarios.", []string{"topic.state_responsibility"}},
		{"es", "El Estado lesionado puede adoptar medidas de retorsión frente al Estado responsable del ciberataque.", []string{"topic.state_responsibility"}},
		{"es", "El estado de necesidad puede excluir la ilicitud de una operación cibernética.", []string{"topic.state_responsibility"}},
		{"es", "Según evalúa el gobierno, la intrusión fue obra de la inteligencia militar rusa.", []string{"topic.state_responsibility"}},
		{"es", "El ministro presentó las atribuciones de su gabinete.", []string{"-topic.state_responsibility"}},
		{"es", "El aumento de las ventas se atribuye a la campaña publicitaria.", []string{"-topic.state_responsibility"}},
		{"fr", "Selon le ministère, l'opération serait le fait du renseignement militaire russe.", []string{"topic.state_responsibility"}},
		{"fr", "Le Royaume-Uni a désigné la Chine comme responsable du piratage.", []string{"topic.state_responsibility"}},
		{"fr", "Les États-Unis ont inculpé sept pirates travaillant pour le ministère iranien de la Sécurité.", []string{"topic.state_responsibility"}},
		{"fr", "La Belgique a publiquement dénoncé la responsabilité de la Chine dans ces intrusions.", []string{"topic.state_responsibility"}},
		{"fr", "L'agence a attribué l'intrusion à des pirates russes.", []string{"topic.state_responsibility"}},
		{"fr", "La complicité étatique dans une cyberattaque est un fait illicite.", []string{"topic.state_responsibility"}},
		{"fr", "Le rapport pointe du doigt les failles de sécurité des hôpitaux.", []string{"-topic.state_responsibility"}},
		{"fr", "Le ministre a été mis en cause dans une affaire de corruption.", []string{"-topic.state_responsibility"}},
		{"fr", "La complicité du gardien dans le vol a été établie.", []string{"-topic.state_responsibility"}},
		{"es", "Según el ministerio, la operación es obra del GRU.", []string{"topic.state_responsibility"}},
		{"es", "Londres imputa a la inteligencia rusa la campaña de espionaje.", []string{"topic.state_responsibility"}},
		{"es", "El Reino Unido designó a China como responsable del hackeo.", []string{"topic.state_responsibility"}},
		{"es", "Un Estado puede ser considerado responsable por incumplir su obligación de diligencia debida.", []string{"topic.state_responsibility"}},
		{"es", "Estados Unidos acusó formalmente a siete piratas que trabajaban para el ministerio iraní de Inteligencia.", []string{"topic.state_responsibility"}},
		{"es", "Bélgica denunció públicamente la responsabilidad de China en esas intrusiones.", []string{"topic.state_responsibility"}},
		{"es", "La agencia atribuyó la intrusión a piratas informáticos rusos.", []string{"topic.state_responsibility"}},
		{"es", "El panel investiga las actividades cibernéticas por parte de Corea del Norte contra bancos de la región.", []string{"topic.state_responsibility"}},
		{"es", "Las atribuciones unilaterales de incidentes relacionados con las TIC son cuestionables.", []string{"topic.state_responsibility"}},
		{"es", "La complicidad estatal en un ciberataque es un hecho ilícito.", []string{"topic.state_responsibility"}},
		{"es", "El puente es obra del ejército.", []string{"-topic.state_responsibility"}},
		{"es", "El consejo amplió las atribuciones del alcalde en materia de tráfico.", []string{"-topic.state_responsibility"}},
		{"fr", "Le Royaume-Uni invoque la connivence de l'Albanie avec les auteurs du minage.", []string{"topic.state_responsibility"}},
		{"es", "El Reino Unido alegó la connivencia de Albania con los autores del minado.", []string{"topic.state_responsibility"}},
		{"fr", "La connivence entre les deux joueurs a été sanctionnée par l'arbitre.", []string{"-topic.state_responsibility"}},
	})
}

// TestFrenchSpanishCybercrimeRound10 checks topic.cybercrime said by the
// UN convention's long title and its content (electronic evidence,
// offences committed by means of ICT systems, identity theft online), by
// its negotiation, and by schools that train investigators of it. Near
// misses: a criminal trial with no ICT, electronic invoices.
func TestFrenchSpanishCybercrimeRound10(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Le texte porte sur certaines infractions commises au moyen de systèmes d'information et de communication et sur la communication de preuves sous forme électronique.", []string{"topic.cybercrime"}},
		{"fr", "La coopération facilite l'échange de preuves électroniques entre les enquêteurs des deux pays.", []string{"topic.cybercrime"}},
		{"fr", "Le traité criminalise la fraude en ligne et l'accès illégal à un système informatique.", []string{"topic.cybercrime"}},
		{"fr", "Le tribunal correctionnel a jugé l'affaire de vol de bétail.", []string{"-topic.cybercrime"}},
		{"es", "La convención facilita el intercambio de pruebas electrónicas entre las autoridades de los Estados parte.", []string{"topic.cybercrime"}},
		{"es", "El tratado tipifica el robo de identidad, el fraude electrónico y el acceso no autorizado a sistemas informáticos.", []string{"topic.cybercrime"}},
		{"es", "Lucha contra la utilización de las tecnologías de la información y las comunicaciones con fines delictivos.", []string{"topic.cybercrime"}},
		{"es", "La empresa emite facturas electrónicas a todos sus clientes.", []string{"-topic.cybercrime"}},
		{"fr", "La criminalité en ligne progresse plus vite que les moyens de la police.", []string{"topic.cybercrime"}},
		{"fr", "Les arnaques en ligne visant les retraités ont doublé cette année.", []string{"topic.cybercrime"}},
		{"fr", "L'entraide judiciaire permet d'obtenir des données électroniques hébergées à l'étranger.", []string{"topic.cybercrime"}},
		{"fr", "Les arnaques au faux plombier se multiplient.", []string{"-topic.cybercrime"}},
		{"es", "La delincuencia en línea crece más rápido que los medios de la policía.", []string{"topic.cybercrime"}},
		{"es", "Las estafas en línea dirigidas a los jubilados se duplicaron este año.", []string{"topic.cybercrime"}},
		{"es", "La asistencia judicial recíproca permite obtener datos electrónicos alojados en el extranjero.", []string{"topic.cybercrime"}},
		{"es", "La asistencia judicial recíproca en materia de pensiones alimenticias mejoró.", []string{"-topic.cybercrime"}},
		{"fr", "Des perquisitions ont visé les serveurs d'un groupe de pirates informatiques.", []string{"topic.cybercrime"}},
		{"fr", "Le protocole oblige les États à criminaliser la diffusion de contenus racistes par le biais de systèmes informatiques.", []string{"topic.cybercrime"}},
		{"fr", "Les gendarmes ont mené une perquisition chez un trafiquant de drogue.", []string{"-topic.cybercrime"}},
		{"es", "Los allanamientos alcanzaron los servidores de una banda de piratas informáticos.", []string{"topic.cybercrime"}},
		{"es", "El protocolo obliga a los Estados a tipificar la difusión de contenidos racistas mediante sistemas informáticos.", []string{"topic.cybercrime"}},
		{"es", "La ley penaliza el consumo de drogas en la vía pública.", []string{"-topic.cybercrime"}},
	})
}

// TestFrenchSpanishBindingRound10 checks status.binding said of due
// diligence in the words of the French and Spanish positions: an
// obligation "qui s'impose", "incombe", a rule of "derecho internacional
// general", a duty "consagrado" in the jurisprudence. Near misses: a
// convention said to be binding, the norms said to be voluntary.
func TestFrenchSpanishBindingRound10(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "L'obligation de diligence requise s'impose à tout État au titre du droit international coutumier.", []string{"status.binding"}},
		{"fr", "Il incombe à chaque État, en vertu du droit international, d'exercer la diligence requise à l'égard des activités menées sur son territoire.", []string{"status.binding"}},
		{"fr", "La convention serait le premier instrument juridiquement contraignant contre la cybercriminalité.", []string{"-status.binding"}},
		{"es", "La debida diligencia es una obligación consagrada en el derecho internacional general.", []string{"status.binding"}},
		{"es", "El principio de diligencia debida forma parte del derecho internacional consuetudinario y vincula a todos los Estados.", []string{"status.binding"}},
		{"es", "Incumbe a cada Estado, conforme al derecho internacional, actuar con la debida diligencia respecto de su territorio.", []string{"status.binding"}},
		{"es", "La convención es el primer instrumento jurídicamente vinculante contra la ciberdelincuencia.", []string{"-status.binding"}},
		{"fr", "Les États sont tenus, au titre de la diligence requise, de ne pas laisser utiliser leur territoire.", []string{"status.binding"}},
		{"fr", "Le principe de diligence requise, consacré par la Cour dans l'affaire du Détroit de Corfou, s'applique au cyberespace.", []string{"status.binding"}},
		{"fr", "Le devoir de diligence découle du principe de souveraineté et lie tous les États.", []string{"status.binding"}},
		{"fr", "Le principe de précaution, consacré par la Cour, guide les juges.", []string{"-status.binding"}},
		{"es", "Los Estados están obligados, en virtud de la diligencia debida, a no permitir que su territorio sea utilizado.", []string{"status.binding"}},
		{"es", "El principio de debida diligencia, consagrado por la Corte en el caso del Canal de Corfú, se aplica al ciberespacio.", []string{"status.binding"}},
		{"es", "La convención, en virtud del derecho internacional, obliga a sus partes.", []string{"-status.binding"}},
	})
}

// TestFrenchSpanishTopicsRound10 checks IHL, non-intervention, sovereignty
// and the narrow actors pole said otherwise than by their names: jus in
// bello and the law of armed conflict applied to cyber operations, the
// prohibition of interference in internal affairs, sovereignty of States in
// the information space, an attack that must be attributable to a State.
// Near misses: a local war of words, sovereignty of consumers, an attack
// attributed to a criminal group.
func TestFrenchSpanishTopicsRound10(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "L'application du jus in bello aux opérations cybernétiques menées dans le cadre de ce conflit s'opère de facto.", []string{"topic.ihl"}},
		{"fr", "Les cyberattaques ne doivent pas viser la population civile ni les biens de caractère civil.", []string{"topic.ihl"}},
		{"fr", "Le droit des conflits armés encadre les cyberopérations militaires.", []string{"topic.ihl"}},
		{"es", "El derecho de los conflictos armados regula las operaciones cibernéticas militares.", []string{"topic.ihl"}},
		{"es", "Los ciberataques no deben dirigirse contra la población civil ni contra bienes de carácter civil.", []string{"topic.ihl"}},
		{"fr", "Le principe interdit à tout État d'intervenir directement ou indirectement dans les affaires intérieures d'un autre État.", []string{"topic.non_intervention"}},
		{"fr", "Aucun État ne peut s'immiscer dans les affaires intérieures d'un autre État par des moyens numériques.", []string{"topic.non_intervention"}},
		{"fr", "La cyberingérence dans un processus électoral étranger est contraire au droit international.", []string{"topic.non_intervention"}},
		{"es", "El principio prohíbe a todo Estado intervenir directa o indirectamente en los asuntos internos de otro Estado.", []string{"topic.non_intervention"}},
		{"es", "Las ciberinjerencias en procesos electorales extranjeros vulneran el derecho internacional.", []string{"topic.non_intervention"}},
		{"es", "Ningún Estado puede inmiscuirse en los asuntos internos de otro por medios cibernéticos.", []string{"topic.non_intervention"}},
		{"fr", "Le traité consolide la souveraineté des États dans l'espace informationnel.", []string{"topic.sovereignty"}},
		{"es", "El tratado consolida la soberanía de los Estados en el espacio de la información.", []string{"topic.sovereignty"}},
		{"fr", "La souveraineté du consommateur guide le marché.", []string{"-topic.sovereignty"}},
		{"fr", "D'une part, l'attaque doit pouvoir être attribuée à un État, d'autre part, elle doit constituer un recours à la force armée.", []string{"actors.state", "topic.use_of_force"}},
		{"es", "Por una parte, el ataque debe poder atribuirse a un Estado; por otra, debe constituir un uso de la fuerza armada.", []string{"actors.state", "topic.use_of_force"}},
		{"fr", "L'attaque a été attribuée au groupe criminel Conti.", []string{"-actors.state"}},
		{"es", "El ataque fue atribuido al grupo criminal Conti.", []string{"-actors.state"}},
		{"fr", "Les parties au conflit doivent prendre toutes les précautions possibles lors d'une cyberattaque.", []string{"topic.ihl"}},
		{"es", "Las partes en el conflicto deben tomar todas las precauciones factibles al lanzar un ciberataque.", []string{"topic.ihl"}},
		{"fr", "Les parties au contrat doivent respecter le délai de livraison.", []string{"-topic.ihl"}},
		{"fr", "Toute ingérence d'un État dans le scrutin d'un autre État par des moyens numériques est illicite.", []string{"topic.non_intervention"}},
		{"es", "Toda injerencia de un Estado en los comicios de otro por medios digitales es ilícita.", []string{"topic.non_intervention"}},
		{"fr", "L'ingérence des parents dans la vie de l'école inquiète les enseignants.", []string{"-topic.non_intervention"}},
		{"es", "La soberanía digital de los Estados africanos exige capacidades propias.", []string{"topic.sovereignty"}},
		{"fr", "La souveraineté numérique désigne le pouvoir d'une nation de réguler ses infrastructures.", []string{"topic.sovereignty"}},
		{"es", "La soberanía digital significa la capacidad de una nación de regular sus infraestructuras.", []string{"topic.sovereignty"}},
		{"fr", "La souveraineté numérique de l'Europe passe par ses entreprises.", []string{"-topic.sovereignty"}},
		{"fr", "Les acteurs étatiques qui agissent sur instruction d'un gouvernement engagent sa responsabilité.", []string{"actors.state"}},
		{"es", "Los actores estatales que actúan por instrucciones de un gobierno comprometen su responsabilidad.", []string{"actors.state"}},
		{"fr", "Les acteurs étatiques et non étatiques menacent les réseaux.", []string{"-actors.state"}},
		{"es", "Los actores estatales y no estatales amenazan las redes.", []string{"-actors.state"}},
	})
}

// TestFrenchSpanishStandardAndEndRound10 checks standard.capacity and
// scope.termination in the words of norm 13(c)'s French and Spanish
// commentary and the ILC's prevention articles: "les moyens dont il
// dispose", "las medidas a su alcance", "mettre un terme", "hacer cesar",
// "poner término", "neutralizar". Near misses: a shop's means, a strike
// ended by an agreement.
func TestFrenchSpanishStandardAndEndRound10(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "L'État doit employer tous les moyens dont il dispose pour empêcher que son territoire serve à des cyberattaques.", []string{"standard.capacity"}},
		{"fr", "On attend de l'État territorial qu'il fasse ce qui est raisonnable compte tenu des circonstances.", []string{"standard.capacity"}},
		{"es", "El Estado debe adoptar las medidas a su alcance para impedir que su territorio se utilice para ciberataques.", []string{"standard.capacity"}},
		{"es", "Se espera del Estado territorial lo que sea razonable habida cuenta de las circunstancias.", []string{"standard.capacity"}},
		{"es", "La obligación exige emplear todos los medios de que disponga razonablemente el Estado.", []string{"standard.capacity"}},
		{"fr", "Le magasin dispose de tous les moyens de paiement.", []string{"-standard.capacity"}},
		{"fr", "L'État territorial doit mettre un terme à la cyberopération dès qu'il en a connaissance.", []string{"scope.termination"}},
		{"es", "El Estado territorial debe hacer cesar la operación cibernética en cuanto tenga conocimiento de ella.", []string{"scope.termination"}},
		{"es", "El Estado debe poner término a las actividades maliciosas que se realizan desde su territorio.", []string{"scope.termination"}},
		{"es", "El acuerdo puso fin a la huelga de los transportistas.", []string{"-scope.termination"}},
		{"es", "El Estado territorial solo está obligado a actuar dentro de los límites de sus medios.", []string{"standard.capacity"}},
		{"fr", "L'obligation est une obligation de comportement et non de résultat.", []string{"standard.capacity"}},
		{"es", "La obligación es de comportamiento y no de resultado.", []string{"standard.capacity"}},
		{"es", "El club amplió sus instalaciones pese a las limitaciones de recursos del Estado.", []string{"-standard.capacity"}},
		{"fr", "L'État doit faire en sorte que l'opération prenne fin.", []string{"scope.termination"}},
		{"fr", "L'État doit l'arrêter dès qu'il a connaissance de l'opération.", []string{"scope.termination"}},
		{"es", "El Estado debe detenerla tan pronto como tenga conocimiento de la operación.", []string{"scope.termination"}},
		{"es", "El Estado debe desactivar los servidores utilizados para el ataque.", []string{"scope.termination"}},
		// C28 (round 19): entering the attacker's system to neutralise the
		// attack ends it (b6-fr-021).
		{"fr", "Le service de l'État a accédé au serveur à l'origine de l'attaque afin de la neutraliser.", []string{"scope.termination"}},
	})
}

// TestFrenchSpanishAfterBatchesRound10 checks the classes that batches U and
// U2 showed once their errors were read (after U2's single score): a
// Saturday read as knowing ("sábado" shares the stem of "sabe"), knowledge
// of the issues, crime repressed read as an operation stopped, a school
// "soutenue par la France" read as sponsorship, the culprits "los
// responsables" read as a State, intervention as a form that uses
// cyberspace, hacks associated with a State's services, "cyberactivités"
// attributed, illicit activity and scammers online, a State's own
// cybersecurity strengthened or legislated, talks given on topics, a
// treaty's aim (a text's aim is an outline), and a victim's own incident
// protocols. Every sentence was written for the test.
func TestFrenchSpanishAfterBatchesRound10(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El Estado sabe que su territorio se utiliza para lanzar ataques contra sus vecinos.", []string{"knowledge.actual"}},
		{"es", "El sábado, el ministerio de Defensa informó sobre el incidente en sus redes.", []string{"-knowledge.actual"}},
		{"fr", "L'école renforcera les capacités des États grâce à une meilleure connaissance des enjeux du cyberespace.", []string{"-knowledge.actual"}},
		{"fr", "Le gouvernement met en place des mécanismes de prévention et de répression des actes de cybercriminalité.", []string{"-scope.termination", "topic.cybercrime"}},
		{"es", "El gobierno crea mecanismos de prevención y represión de los delitos informáticos.", []string{"-scope.termination", "topic.cybercrime"}},
		{"fr", "Le groupe de pirates, soutenu par l'Iran, a visé des banques européennes.", []string{"topic.state_responsibility"}},
		{"fr", "L'école de cybersécurité, soutenue par la France, formera des enquêteurs de la région.", []string{"-topic.state_responsibility"}},
		{"es", "La policía busca a los responsables de los ataques contra el ayuntamiento.", []string{"-topic.state_responsibility"}},
		{"es", "Las nuevas formas de intervención recurren al uso del ciberespacio.", []string{"topic.non_intervention"}},
		{"fr", "Les nouvelles formes d'ingérence passent par le cyberespace.", []string{"topic.non_intervention"}},
		{"es", "La intervención quirúrgica duró tres horas.", []string{"-topic.non_intervention"}},
		{"es", "Las normas que regulan la utilización de la fuerza entre Estados se aplican en el ciberespacio.", []string{"topic.use_of_force"}},
		{"fr", "Des élus ont été visés par des piratages associés aux renseignements chinois.", []string{"topic.state_responsibility"}},
		{"es", "El grupo, asociado con China, ha sido vinculado a intrusiones en ministerios de la región.", []string{"topic.state_responsibility"}},
		{"es", "Un grupo de cibercriminales vinculado a Rusia reivindicó el ataque.", []string{"-topic.state_responsibility"}},
		{"fr", "Le Canada a attribué les cyberactivités malveillantes à certains États.", []string{"topic.state_responsibility"}},
		{"es", "Canadá atribuyó las ciberactividades maliciosas a ciertos Estados.", []string{"topic.state_responsibility"}},
		{"fr", "Interpol a développé des outils pour détecter les activités illicites en ligne.", []string{"topic.cybercrime"}},
		{"es", "Interpol desarrolló herramientas para detectar las actividades ilícitas en línea.", []string{"topic.cybercrime"}},
		{"fr", "Face aux arnaqueurs d'Internet, la France renforce sa coopération avec Abidjan.", []string{"topic.cybercrime"}},
		{"es", "Frente a los estafadores de internet, España refuerza su cooperación con Lima.", []string{"topic.cybercrime"}},
		{"fr", "En matière d'actes illicites commis sur Internet, la loi permet aux parties de choisir le droit applicable.", []string{"-topic.cybercrime"}},
		{"es", "Perú fortaleció la ciberseguridad de sus Fuerzas Armadas tras los robos de datos.", []string{"measures.capacity_building"}},
		{"es", "Chile necesita una legislación actualizada en materia de ciberseguridad e infraestructura crítica.", []string{"measures.capacity_building"}},
		{"fr", "Les pays de la région ont élaboré des méthodes et des stratégies pour lutter contre la cybercriminalité.", []string{"measures.capacity_building"}},
		{"fr", "Différentes présentations ont été faites portant sur la Convention de Budapest, les droits de l'homme en ligne et la cybercriminalité.", []string{"-topic.cybercrime", "-topic.human_rights"}},
		{"es", "Este tratado tiene como objetivo combatir los delitos cibernéticos y consolidar la soberanía de los Estados en el espacio de la información.", []string{"topic.cybercrime", "topic.sovereignty"}},
		{"es", "El presente artículo tiene como objetivo analizar la soberanía en el ciberespacio.", []string{"topic.sovereignty"}}, // C33 (round 20): a paper's stated subject
		{"es", "Se activaron los protocolos técnicos de revisión y mitigación de incidentes del ministerio.", []string{"-scope.mitigation"}},
	})
}
