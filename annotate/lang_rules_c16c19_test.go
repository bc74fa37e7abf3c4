package annotate

import "testing"

// The tests below check the French and Spanish rules against conventions
// C16–C19 of round 16 (testdata/gold/README.md, "Round 16"; RELABEL-r16.md).
// The sentences were written for this test from the conventions' text, not
// taken from a labelled passage: positives in several syntaxes (a noun
// phrase, a passive, a condition, a negation, two sentences) and near misses
// that use the same cue words.

// TestFrenchSpanishConventionC16 checks that the conduct of private persons,
// groups or proxies treated in law as attributable to a State (or as engaging
// its responsibility, or not) is actors.non_state, and that States' use of
// proxies told as a fact, or an operation pinned on a State, is not.
func TestFrenchSpanishConventionC16(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les actes de particuliers ne sont attribuables à l'État que s'ils agissent sur les instructions de ses organes.", []string{"actors.non_state"}},
		{"fr", "La Cour a jugé que le comportement des groupes armés n'était pas imputable à l'État faute de contrôle effectif sur leurs opérations.", []string{"actors.non_state"}},
		{"fr", "Un État n'engage pas sa responsabilité du seul fait des cyberopérations menées par des personnes privées depuis son territoire.", []string{"actors.non_state"}},
		{"fr", "Selon l'article 8, le comportement d'un groupe de hackers agissant sous la direction ou le contrôle d'un État lui est attribué.", []string{"actors.non_state"}},
		{"fr", "Plusieurs puissances recourent à des hackers qu'elles emploient comme proxies pour mener leurs cyberattaques.", []string{"-actors.non_state"}},
		{"fr", "Un État peut voir sa responsabilité engagée pour le comportement de personnes privées qu'il a chargées d'une mission.", []string{"actors.non_state"}},
		{"fr", "Le rapport attribue la cyberattaque contre le ministère à l'État russe.", []string{"-actors.non_state"}},
		{"fr", "Les cyberattaques ont été attribuées à un groupe de hackers lié au renseignement militaire russe.", []string{"-actors.non_state"}},
		{"es", "La conducta de los particulares solo es atribuible al Estado cuando actúan bajo su dirección o control.", []string{"actors.non_state"}},
		{"es", "La Corte examinó si las milicias podían considerarse órganos de facto del Estado demandado, para imputarle la responsabilidad.", []string{"actors.non_state"}},
		{"es", "Un Estado no responde por los actos de grupos privados de hackers salvo que ejerza sobre ellos un control efectivo.", []string{"actors.non_state"}},
		{"es", "Algunos Estados se valen de proxies para lanzar ciberataques discretos contra sus rivales.", []string{"-actors.non_state"}},
		{"es", "El informe atribuye el ciberataque contra el ministerio al Estado iraní.", []string{"-actors.non_state"}},
		{"es", "Los ciberataques fueron atribuidos a un grupo de hackers vinculado a la inteligencia militar del gobierno ruso.", []string{"-actors.non_state"}},
	})
}

// TestFrenchSpanishConventionC17 checks that due diligence obligations taken
// as given while their scope, content, kind or breach is the question are
// status.binding, and that their existence questioned or a company's duty is
// not.
func TestFrenchSpanishConventionC17(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Reste à préciser la portée exacte de l'obligation de diligence des États à l'égard des cyberopérations qui transitent par leurs réseaux.", []string{"status.binding"}},
		{"fr", "Les auteurs se demandent s'il s'agit d'obligations de diligence de comportement ou de résultat.", []string{"status.binding"}},
		{"fr", "La question est celle du respect par les États de leur obligation de vigilance dans le cyberespace.", []string{"status.binding"}},
		{"fr", "Le groupe d'experts n'a pas précisé en quoi consiste l'obligation de diligence requise face à une cyberattaque en cours.", []string{"status.binding"}},
		{"fr", "Les États discutent encore de l'existence d'une obligation de diligence dans le cyberespace.", []string{"-status.binding"}},
		{"fr", "La loi précise la portée des obligations de vigilance des entreprises donneuses d'ordre.", []string{"-status.binding"}},
		{"es", "Falta determinar el alcance de la obligación de debida diligencia de los Estados frente a las ciberoperaciones.", []string{"status.binding"}},
		{"es", "Se discute si se trata de obligaciones de diligencia de medio o de resultado para el Estado.", []string{"status.binding"}},
		{"es", "El incumplimiento por un Estado de sus obligaciones de diligencia debida compromete su responsabilidad internacional.", []string{"status.binding"}},
		{"es", "La doctrina duda de que exista una obligación de debida diligencia de los Estados en el ciberespacio.", []string{"-status.binding"}},
		{"es", "El reglamento define el alcance de las obligaciones de diligencia debida de las empresas proveedoras.", []string{"-status.binding"}},
	})
}

// TestFrenchSpanishConventionC18 checks that a State acting on, answering or
// refusing another State's request about an operation or its authors is
// measures.response, and that the request alone, or one with no ICT
// operation named, is not.
func TestFrenchSpanishConventionC18(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les autorités roumaines ont arrêté trois membres d'un gang de rançongiciels à la demande du gouvernement américain.", []string{"measures.response"}},
		{"fr", "Berlin est prêt à envoyer des experts en cybersécurité si Kiev le demande.", []string{"measures.response"}},
		{"fr", "Moscou a refusé la demande d'entraide de Tallinn concernant les cyberattaques de 2007.", []string{"measures.response"}},
		{"fr", "En réponse à une demande de la Lituanie, l'équipe de réaction rapide a aidé à contenir l'intrusion dans ses réseaux.", []string{"measures.response"}},
		{"fr", "Sur requête de Washington, la police roumaine a interpellé les administrateurs du botnet.", []string{"measures.response"}},
		{"fr", "Kiev n'a pas donné suite à la requête de Varsovie concernant les pirates informatiques réfugiés sur son sol.", []string{"measures.response"}},
		{"fr", "Washington a demandé à ses alliés de couper le trafic provenant des serveurs compromis.", []string{"-measures.response"}},
		{"fr", "Les perquisitions ont été menées à la demande des autorités fiscales dans une affaire de fraude à la TVA.", []string{"-measures.response"}},
		{"es", "La policía ucraniana detuvo a los operadores del ransomware a petición de las autoridades francesas.", []string{"measures.response"}},
		{"es", "Chile envió un equipo de respuesta a incidentes cibernéticos como respuesta a una solicitud del gobierno de Costa Rica.", []string{"measures.response"}},
		{"es", "El gobierno ruso se negó a atender la solicitud de extradición de los hackers presentada por Estados Unidos.", []string{"measures.response"}},
		{"es", "Las autoridades rumanas accedieron a la solicitud de Estados Unidos y arrestaron a los administradores de la botnet.", []string{"measures.response"}},
		{"es", "Estados Unidos pidió a Rusia que desmantelara los servidores desde los que se lanzan los ataques.", []string{"-measures.response"}},
		{"es", "El ministerio actuó a petición del gobierno regional para reparar las carreteras dañadas por las lluvias.", []string{"-measures.response"}},
	})
}

// TestFrenchSpanishConventionC19 checks that a sentence saying something of
// cybercrime itself (the fight against it, a meeting, treaty, law, body or
// capacity devoted to it) is topic.cybercrime, even at an event, and that
// one pillar of a list, one threat of an inventory, an agenda item or the
// word used to set something else apart is not.
func TestFrenchSpanishConventionC19(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les ministres se sont retrouvés lors d'une conférence portant sur la lutte contre la cybercriminalité en Afrique de l'Ouest.", []string{"topic.cybercrime"}},
		{"fr", "Au cours du séminaire, les intervenants ont présenté la Convention de Budapest, traité visant à renforcer la coopération contre la cybercriminalité.", []string{"topic.cybercrime"}},
		{"fr", "Le pays a créé une brigade spécialisée dans la cybercriminalité au sein de la police nationale.", []string{"topic.cybercrime"}},
		{"fr", "La France a ratifié en 2006 la Convention de Budapest, devenue la référence mondiale en matière de cybercriminalité.", []string{"topic.cybercrime"}},
		{"fr", "Les menaces comprennent la cybercriminalité, l'espionnage et le sabotage par des États hostiles.", []string{"-topic.cybercrime"}},
		{"fr", "La stratégie nationale repose sur trois piliers : la protection des réseaux, la lutte contre la cybercriminalité et la cyberdéfense.", []string{"-topic.cybercrime"}},
		{"fr", "La cyberdéfense militaire se distingue nettement de la cybercriminalité, qui relève des services de police.", []string{"-topic.cybercrime"}},
		{"fr", "Selon les organisateurs, il s'agit des menaces actuelles ; de la cybercriminalité ; et des initiatives régionales.", []string{"-topic.cybercrime"}},
		{"es", "Las delegaciones analizaron las capacidades institucionales para prevenir y combatir la ciberdelincuencia en la región.", []string{"topic.cybercrime"}},
		{"es", "El Congreso aprobó una ley sobre delitos informáticos que adapta el código penal al Convenio de Budapest.", []string{"topic.cybercrime"}},
		{"es", "La reunión de expertos se centró en la cooperación internacional contra la ciberdelincuencia organizada.", []string{"topic.cybercrime"}},
		{"es", "Los programas de capacitación se extienden también a la lucha contra el cibercrimen.", []string{"topic.cybercrime"}},
		{"es", "Las amenazas incluyen la ciberdelincuencia, el espionaje y los ataques de Estados hostiles contra infraestructuras críticas.", []string{"-topic.cybercrime"}},
		{"es", "La política de seguridad digital tiene tres pilares: la ciberseguridad, la lucha contra la ciberdelincuencia y la ciberdefensa.", []string{"-topic.cybercrime"}},
		{"es", "Conviene distinguir la ciberdefensa de la persecución de la ciberdelincuencia, que corresponde a la justicia penal.", []string{"-topic.cybercrime"}},
	})
}
