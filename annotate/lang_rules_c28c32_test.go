package annotate

import "testing"

// The tests below check the French and Spanish rules against conventions
// C28–C32 of round 19 (testdata/gold/README.md, "Round 19"). The sentences
// were written for this test from the conventions' text, not taken from a
// labelled passage: positives in several syntaxes (active, passive, an
// infinitive called for, a failure, a condition) and near misses that use the
// same cue words.

// TestFrenchSpanishConventionC28 checks that botnets, servers, malware or
// the networks behind cybercrime taken down, seized, disabled or dismantled
// are scope.termination whoever does it, and that a victim shutting its own
// services, an attack that disrupts services, an arrest, an operation that
// only targets a botnet and attackers who stop for a ransom are not.
func TestFrenchSpanishConventionC28(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Europol a annoncé que plus de cent serveurs utilisés par le botnet avaient été mis hors ligne.", []string{"scope.termination"}},
		{"fr", "Microsoft a obtenu d'un tribunal l'autorisation de saisir les noms de domaine utilisés par les pirates.", []string{"scope.termination"}},
		{"fr", "La police néerlandaise a démantelé un réseau de cybercriminels qui diffusait des rançongiciels.", []string{"scope.termination"}},
		{"fr", "Il faut désactiver les botnets qui servent à lancer ces attaques contre nos hôpitaux.", []string{"scope.termination"}},
		{"fr", "Démanteler un botnet reste une opération complexe, longue et coûteuse pour les enquêteurs.", []string{"scope.termination"}},
		{"fr", "Les unités cyber se sont entraînées à neutraliser un logiciel malveillant implanté dans des réseaux adverses.", []string{"scope.termination"}},
		{"fr", "Dans la cyberdéfense active, la victime contre-attaque pour neutraliser les serveurs de l'attaquant.", []string{"scope.termination"}},
		{"fr", "L'hôpital a dû mettre ses serveurs hors ligne par précaution après l'attaque par rançongiciel.", []string{"-scope.termination"}},
		{"fr", "Les serveurs de la mairie ont été mis hors ligne à titre de précaution après l'intrusion.", []string{"-scope.termination"}},
		{"fr", "La cyberattaque a perturbé les réseaux informatiques de plusieurs hôpitaux pendant une semaine.", []string{"-scope.termination"}},
		{"fr", "Les enquêteurs ciblent le botnet Emotet depuis plusieurs mois.", []string{"-scope.termination"}},
		{"fr", "Les pirates ont promis de cesser l'attaque contre le versement d'une rançon en cryptomonnaie.", []string{"-scope.termination"}},
		{"es", "La policía española desarticuló una banda de ciberdelincuentes que distribuía ransomware.", []string{"scope.termination"}},
		{"es", "Un tribunal autorizó a Microsoft a incautar los servidores de mando utilizados por la botnet.", []string{"scope.termination"}},
		{"es", "Los agentes lograron desactivar más de cien servidores que propagaban malware en todo el mundo.", []string{"scope.termination"}},
		{"es", "Es necesario desmantelar las botnets que sirven para lanzar ataques contra infraestructuras críticas.", []string{"scope.termination"}},
		{"es", "La operación internacional puso fin a las actividades delictivas de un grupo de hackers.", []string{"scope.termination"}},
		{"es", "Con el hack back, la víctima de un ciberataque contraataca para neutralizar la amenaza.", []string{"scope.termination"}},
		{"es", "La empresa tuvo que apagar sus servidores como medida de precaución tras el ataque.", []string{"-scope.termination"}},
		{"es", "El ataque informático interrumpió los servicios de varios hospitales durante días.", []string{"-scope.termination"}},
		{"es", "Los atacantes se comprometieron a cesar el ataque a cambio de un rescate.", []string{"-scope.termination"}},
		{"es", "Es preciso desmantelar los refugios de los ciberdelincuentes en internet.", []string{"-scope.termination"}},
		{"es", "Los investigadores siguen de cerca la botnet desde hace meses.", []string{"-scope.termination"}},
	})
}

// TestFrenchSpanishConventionC29 checks that the State where an operation
// runs, told of it through a channel States set up or by Interpol, a CERT or
// another State's services, knows it and is notified, and that a victim
// alerted, information shared among CSIRTs and a firm's report to its
// regulator are not knowledge.
func TestFrenchSpanishConventionC29(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Interpol a transmis aux autorités nationales les données recueillies sur les serveurs de commande.", []string{"knowledge.actual", "measures.notification"}},
		{"fr", "Les deux pays ont établi un canal de communication direct pour s'informer des cyberattaques en cours.", []string{"knowledge.actual", "measures.notification"}},
		{"fr", "Le CERT national a transmis aux CERT étrangers des informations sur le botnet en leur demandant d'agir.", []string{"knowledge.actual", "measures.notification"}},
		{"fr", "Les autorités américaines ont transmis des informations concernant le chef du groupe de pirates à leurs homologues russes.", []string{"knowledge.actual", "measures.notification"}},
		{"fr", "Avant d'autoriser l'activité projetée, l'État doit informer ou consulter les autres États susceptibles d'être touchés.", []string{"measures.notification", "-knowledge.actual"}},
		{"fr", "Ce réseau permet aux CSIRT de partager des informations sur les menaces.", []string{"-knowledge.actual"}},
		{"fr", "La France a informé ses alliés de son attribution de l'attaque à la Russie.", []string{"-knowledge.actual"}},
		{"fr", "L'opérateur a transmis à la CNIL des informations sur la violation de données personnelles.", []string{"-knowledge.actual", "-measures.notification"}},
		{"es", "Interpol entregó a las autoridades nacionales los datos reunidos sobre la botnet.", []string{"knowledge.actual", "measures.notification"}},
		{"es", "Ambos gobiernos acordaron un canal de comunicación directo para avisarse de los ciberataques en curso.", []string{"knowledge.actual", "measures.notification"}},
		{"es", "Si tienen pruebas de los ataques informáticos, existen canales oficiales de intercambio de información, recordó el gobierno ruso.", []string{"knowledge.actual", "measures.notification"}},
		{"es", "El CERT nacional proporcionó información sobre los servidores de mando a sus homólogos extranjeros.", []string{"knowledge.actual", "measures.notification"}},
		{"es", "Antes de autorizar la actividad proyectada, el Estado debe notificar y consultar a los Estados que puedan resultar afectados.", []string{"measures.notification", "-knowledge.actual"}},
		{"es", "La plataforma permite a los CSIRT compartir información sobre amenazas.", []string{"-knowledge.actual"}},
		{"es", "Las empresas deben notificar a la autoridad de control las violaciones de datos personales.", []string{"-knowledge.actual", "-measures.notification"}},
	})
}

// TestFrenchSpanishConventionC30 checks that serious or significant harm as
// the condition, measure or scope of a State's duty or liability is
// threshold.serious, and that what operations can cause, or the gravity that
// makes a use of force, is not.
func TestFrenchSpanishConventionC30(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les États doivent prévenir les activités qui comportent un risque de causer un dommage transfrontière significatif.", []string{"threshold.serious"}},
		{"fr", "La responsabilité de l'État n'est engagée que si le dommage causé à l'autre État atteint un seuil de gravité suffisant.", []string{"threshold.serious"}},
		{"fr", "L'obligation de diligence ne porte que sur les cyberopérations ayant des conséquences graves pour d'autres États.", []string{"threshold.serious"}},
		{"fr", "Même si l'État s'acquitte de ses obligations de prévention, des incidents peuvent se produire et avoir des conséquences graves pour d'autres États.", []string{"-threshold.serious"}},
		{"fr", "Les activités menées sur le territoire d'un État peuvent avoir des effets importants sur d'autres États.", []string{"-threshold.serious"}},
		{"es", "Sería excesivo exigir que los Estados indemnicen por todo daño transfronterizo sensible.", []string{"threshold.serious"}},
		{"es", "La obligación de prevención solo abarca las actividades que entrañan el riesgo de causar un daño transfronterizo significativo.", []string{"threshold.serious"}},
		{"es", "Un Estado incurre en responsabilidad cuando no impide ciberoperaciones con efectos graves sobre otro Estado.", []string{"threshold.serious"}},
		{"es", "Si se confirman, estos ataques contra un Estado pueden tener consecuencias humanitarias significativas para millones de personas.", []string{"-threshold.serious"}},
		{"es", "Aun cuando el Estado cumpla sus obligaciones, pueden producirse accidentes con daños graves para otros Estados.", []string{"-threshold.serious"}},
	})
}

// TestFrenchSpanishConventionC31 checks that a personal-data-protection
// instrument named with what it covers, its standing or its effect is
// topic.data, and that a preamble recalling its title is not.
func TestFrenchSpanishConventionC31(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La Convention 108 du Conseil de l'Europe demeure le seul traité contraignant dans ce domaine.", []string{"topic.data"}},
		{"fr", "La convention de Malabo couvre à la fois la cybersécurité et la protection des données à caractère personnel.", []string{"topic.data"}},
		{"fr", "L'Algérie a adhéré à la convention de Malabo pour renforcer la lutte contre la cybercriminalité.", []string{"-topic.data"}},
		{"fr", "Le RGPD s'applique aussi aux entreprises établies hors de l'Union qui ciblent des résidents européens.", []string{"topic.data"}},
		{"fr", "Rappelant la Convention de l'Union africaine sur la cybersécurité et la protection des données à caractère personnel ;", []string{"-topic.data"}},
		{"es", "El Convenio 108 del Consejo de Europa fue el primer instrumento internacional vinculante en la materia.", []string{"topic.data"}},
		{"es", "La Convención de Malabo regula tanto la ciberseguridad como la protección de los datos personales.", []string{"topic.data"}},
		{"es", "Varios Estados africanos ratificaron la Convención de Malabo para reforzar la lucha contra la ciberdelincuencia.", []string{"-topic.data"}},
		{"es", "El Reglamento General de Protección de Datos se aplica también a empresas fuera de la Unión Europea.", []string{"topic.data"}},
		{"es", "Recordando la Convención de la Unión Africana sobre Ciberseguridad y Protección de Datos Personales;", []string{"-topic.data"}},
	})
}

// TestFrenchSpanishConventionC32 checks that a duty of States under
// international law (to prevent, to protect other States, of diligence) is
// status.binding, and that a firm's or a domestic authority's duty, a duty
// proposed, or the duty of another rule is not.
func TestFrenchSpanishConventionC32(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les États ont le devoir de prévenir les dommages transfrontières causés depuis leur territoire.", []string{"status.binding"}},
		{"fr", "La Serbie a manqué à son devoir de prévenir le génocide commis à Srebrenica.", []string{"status.binding"}},
		{"fr", "Un État a en tout temps le devoir de protéger les autres États contre les actes illicites commis depuis son territoire.", []string{"status.binding"}},
		{"fr", "Le principe de diligence rappelle aux États leur devoir de prévenir de telles cyberopérations.", []string{"status.binding"}},
		{"fr", "Le devoir de vigilance des sociétés mères impose aux entreprises d'identifier les risques.", []string{"-status.binding"}},
		{"fr", "En 2017, la France est devenue le premier État à adopter une loi relative au devoir de vigilance.", []string{"-status.binding"}},
		{"fr", "Certains auteurs ont proposé de reconnaître un devoir de diligence des États dans le cyberespace.", []string{"-status.binding"}},
		{"fr", "Les États ont le devoir de coopérer de bonne foi au sein des Nations unies.", []string{"-status.binding"}},
		{"es", "Los Estados tienen el deber de prevenir el daño transfronterizo que se origine en su territorio.", []string{"status.binding"}},
		{"es", "La debida diligencia deriva del deber consuetudinario de prevenir el daño ambiental transfronterizo.", []string{"status.binding"}},
		{"es", "Serbia incumplió su deber de prevenir el genocidio, según la Corte Internacional de Justicia.", []string{"status.binding"}},
		{"es", "Todo Estado tiene el deber de proteger a los demás Estados contra los actos ilícitos cometidos desde su territorio.", []string{"status.binding"}},
		{"es", "El código civil no contiene una norma explícita que se refiera al deber de prevención del daño.", []string{"-status.binding"}},
		{"es", "Las empresas de alojamiento tienen el deber de retirar los contenidos ilícitos.", []string{"-status.binding"}},
		{"es", "Algunos autores sugieren que existe un deber de diligencia de los Estados en el ciberespacio.", []string{"-status.binding"}},
		{"es", "El artículo examina cuestiones como el deber del Estado de prevenir los daños transfronterizos sensibles.", []string{"-status.binding"}},
		{"es", "Los Estados tienen el deber de cooperar de buena fe en el seno de las Naciones Unidas.", []string{"-status.binding"}},
	})
}
