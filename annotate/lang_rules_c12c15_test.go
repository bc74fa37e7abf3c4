package annotate

import "testing"

// The tests below check the French and Spanish rules against conventions
// C12–C15 of round 15 (testdata/gold/README.md, "Round 15"; RELABEL-r15.md).
// The sentences were written for this test from the conventions' text, not
// taken from a labelled passage: positives in several syntaxes (a request
// reported, a noun phrase, a passive, two sentences) and near misses that use
// the same cue words.

// TestFrenchSpanishConventionC12 checks that ICT crime named as crime
// (ransomware groups, criminal gangs behind an intrusion, cybercriminals and
// their ransoms) or acted against (a State asked to act against ransomware,
// a summit against it, police reaching the hackers) is topic.cybercrime, and
// that ransomware as a bare incident, advice to victims, an inventory of
// threats or crime with no ICT named is not.
func TestFrenchSpanishConventionC12(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Le président a exhorté Moscou à agir contre les opérateurs de rançongiciels installés en Russie.", []string{"topic.cybercrime"}},
		{"fr", "Paris attend des autorités russes qu'elles prennent des mesures dès qu'une attaque par ransomware est signalée depuis leur sol.", []string{"topic.cybercrime"}},
		{"fr", "Un gang criminel a revendiqué le piratage des serveurs de la préfecture.", []string{"topic.cybercrime"}},
		{"fr", "Les attaques au rançongiciel partent de Russie. Le Kremlin refuse de les poursuivre.", []string{"topic.cybercrime"}},
		{"fr", "La ville a été attaquée par des cybercriminels. Elle refuse de verser la rançon.", []string{"topic.cybercrime"}},
		{"fr", "La police a perquisitionné quatre domiciles et arrêté deux membres du groupe.", []string{"-topic.cybercrime"}},
		{"fr", "La France s'inquiète des activités criminelles menées depuis le territoire de certains États.", []string{"-topic.cybercrime"}},
		{"es", "El gobierno pidió a Rusia que actúe contra los grupos de ransomware que operan en su territorio.", []string{"topic.cybercrime"}},
		{"es", "Una banda criminal está detrás del ciberataque contra el ministerio de Hacienda.", []string{"topic.cybercrime"}},
		{"es", "La policía logró localizar a los hackers que bloquearon los servidores del hospital.", []string{"topic.cybercrime"}},
		{"es", "El ayuntamiento no pagará nada a los ciberdelincuentes. Exigen un rescate de dos millones.", []string{"topic.cybercrime"}},
		{"es", "La empresa sufrió un ataque de ransomware y restauró sus sistemas desde las copias de seguridad.", []string{"-topic.cybercrime"}},
		{"es", "Las actividades maliciosas proceden de actores estatales y no estatales, como grupos criminales y hacktivistas, que usan las redes.", []string{"-topic.cybercrime"}},
		{"es", "Los Estados parte deberán tipificar las conductas descritas en el artículo anterior.", []string{"-topic.cybercrime"}},
		{"es", "Conti es un grupo que emplea ransomware contra empresas de todo el mundo.", []string{"-topic.cybercrime"}},
	})
}

// TestFrenchSpanishConventionC13 checks that a State's duty qualified by
// appropriate, reasonable or possible measures, or by its means, is
// standard.capacity, and that "necessary measures" alone, or a State taking
// "the necessary measures" to defend itself, is not.
func TestFrenchSpanishConventionC13(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "L'État doit prendre les mesures appropriées pour empêcher que son territoire serve à des cyberattaques.", []string{"standard.capacity"}},
		{"fr", "Les États devraient agir dans la mesure de leurs capacités pour faire cesser une cyberopération lancée depuis leur territoire.", []string{"standard.capacity"}},
		{"fr", "On attend de l'État territorial qu'il fasse tout ce qui est à sa portée pour prévenir ces cyberattaques.", []string{"standard.capacity"}},
		{"fr", "L'État est tenu de prendre toutes les mesures nécessaires pour prévenir les cyberattaques.", []string{"-standard.capacity"}},
		{"fr", "Washington prendra les mesures nécessaires pour se défendre contre ces cyberattaques.", []string{"-standard.capacity"}},
		{"fr", "L'opérateur doit prendre des mesures raisonnables pour sécuriser ses serveurs.", []string{"-standard.capacity"}},
		{"es", "Los Estados deben adoptar medidas razonables para impedir que su territorio se utilice para ciberataques.", []string{"standard.capacity"}},
		{"es", "El Estado debe emprender acciones apropiadas para detener la ciberoperación lanzada desde su territorio.", []string{"standard.capacity"}},
		{"es", "Se espera que el Estado haga cuanto esté a su alcance para prevenir estos ciberataques.", []string{"standard.capacity"}},
		{"es", "El Estado deberá adoptar todas las medidas necesarias para prevenir los ciberataques.", []string{"-standard.capacity"}},
		{"es", "Estados Unidos tomará las medidas necesarias para defenderse de los ciberataques.", []string{"-standard.capacity"}},
		{"es", "El proveedor debe adoptar medidas razonables para proteger los datos de sus clientes.", []string{"-standard.capacity"}},
	})
}

// TestFrenchSpanishConventionC14 checks that a State's own legal or
// institutional framework for cybersecurity or cybercrime, adopted, lacking
// or called for, is measures.capacity_building, and that a treaty
// establishing a framework for cooperation among States is not.
func TestFrenchSpanishConventionC14(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Le pays ne s'est toujours pas doté d'un cadre juridique en matière de cybersécurité.", []string{"measures.capacity_building"}},
		{"fr", "Le gouvernement veut renforcer le cadre législatif national contre la cybercriminalité.", []string{"measures.capacity_building"}},
		{"fr", "Le Parlement a voté une loi cadre sur la sécurité des systèmes d'information.", []string{"measures.capacity_building"}},
		{"fr", "La convention établit un cadre international pour enquêter sur les infractions commises en ligne.", []string{"-measures.capacity_building"}},
		{"fr", "Le traité fixe un cadre commun de coopération entre les États contre la cybercriminalité.", []string{"-measures.capacity_building"}},
		{"es", "El país carece de un marco legal adecuado para enfrentar los ciberdelitos.", []string{"measures.capacity_building"}},
		{"es", "La nueva ley marco de ciberseguridad crea una agencia nacional y obliga a notificar los incidentes.", []string{"measures.capacity_building"}},
		{"es", "Es urgente fortalecer el marco normativo nacional en materia de ciberseguridad.", []string{"measures.capacity_building"}},
		{"es", "La convención establece un marco internacional para investigar y enjuiciar los delitos cometidos en línea.", []string{"-measures.capacity_building"}},
		{"es", "El tratado establece un marco común de cooperación entre los Estados contra la ciberdelincuencia.", []string{"-measures.capacity_building"}},
	})
}

// TestFrenchSpanishConventionC15 checks that a link of an operation or a
// group to a State reported or hedged by someone is
// topic.state_responsibility, and that the same link as a bare descriptor of
// the attackers is not.
func TestFrenchSpanishConventionC15(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Selon l'agence, les pirates à l'origine de l'intrusion sont liés au renseignement militaire russe.", []string{"topic.state_responsibility"}},
		{"fr", "Les autorités accusent Moscou d'avoir orchestré la cyberattaque contre le ministère.", []string{"topic.state_responsibility"}},
		{"fr", "Les actes de cybermalveillance étaient liés à l'État russe, ont constaté les enquêteurs.", []string{"topic.state_responsibility"}},
		{"fr", "Le groupe de hackers, dont les liens avec la Chine sont connus, a visé des ministères.", []string{"topic.state_responsibility"}},
		{"es", "Los investigadores aseguraron que el ataque fue obra de piratas vinculados a Rusia.", []string{"topic.state_responsibility"}},
		{"es", "El ciberataque, atribuido a hackers presuntamente vinculados a China, afectó a tres ministerios.", []string{"topic.state_responsibility"}},
		{"es", "El informe revela fuertes vínculos de los atacantes con Corea del Norte.", []string{"topic.state_responsibility"}},
		{"es", "Los piratas actuaban en nombre de los servicios de inteligencia del gobierno.", []string{"topic.state_responsibility"}},
		{"es", "Un grupo de hackers vinculado a Rusia atacó la web del ayuntamiento.", []string{"-topic.state_responsibility"}},
		{"es", "Unos hacktivistas ligados a Irán bloquearon la página del periódico.", []string{"-topic.state_responsibility"}},
		{"fr", "Des cyberattaques parrainées par des États visent les hôpitaux européens.", []string{"-topic.state_responsibility"}},
		{"es", "La operación criminal no estaba patrocinada por el Estado.", []string{"-topic.state_responsibility"}},
	})
}
