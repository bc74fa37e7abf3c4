package annotate

import "testing"

// The tests below check the French and Spanish rules against conventions
// C35–C36 of round 21 (testdata/gold/README.md, "Round 21"). The sentences
// were written for this test from the conventions' text, not taken from a
// labelled passage: positives in several syntaxes (a condition, a question,
// a noun phrase, a passive, an infinitive) and near misses that use the same
// cue words.

// TestFrenchSpanishConventionC35 checks that attributing an act or operation
// to a State treated in law (a condition or element of its responsibility,
// a question the law must answer, a legal difficulty) is actors.state, and
// that technical, political or public attribution, attribution to "State
// actors linked to" a country, and responsibility for failing to prevent
// private acts are not.
func TestFrenchSpanishConventionC35(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Le droit de la responsabilité internationale ne s'applique que si la cyberopération peut être imputée à un État.", []string{"actors.state"}},
		{"fr", "Reste la question juridique de savoir à quelles conditions le piratage d'un réseau est attribuable à l'État qui héberge ses auteurs.", []string{"actors.state"}},
		{"fr", "Attribuer une intrusion informatique à un État au sens du droit international demeure très difficile pour la victime.", []string{"actors.state"}},
		{"fr", "La difficulté d'imputer aux gouvernements les actes des cybermilices complique l'engagement de leur responsabilité internationale.", []string{"actors.state"}},
		{"fr", "L'imputation du fait illicite constitue, avec la violation d'une obligation, l'un des deux éléments de la responsabilité.", []string{"actors.state"}},
		{"fr", "Le gouvernement britannique a publiquement attribué la cyberattaque contre les hôpitaux à un service de renseignement étranger.", []string{"-actors.state"}},
		{"fr", "L'attribution technique d'une intrusion à un État repose sur des preuves de renseignement rarement publiées.", []string{"-actors.state"}},
		{"fr", "Les autorités se demandent s'il faut rendre publique l'attribution des attaques contre les réseaux électriques.", []string{"-actors.state"}},
		{"fr", "L'entreprise de cybersécurité attribue la campagne d'hameçonnage à des acteurs étatiques liés à la Chine.", []string{"-actors.state"}},
		{"fr", "L'imputation politique de l'opération à un État relève du gouvernement.", []string{"-actors.state"}},
		{"fr", "L'imputabilité d'une cyberopération à un État suppose un lien juridique entre ses auteurs et les organes de cet État.", []string{"actors.state"}},
		{"es", "Para que nazca la responsabilidad internacional, el ciberataque debe poder atribuirse jurídicamente a un Estado.", []string{"actors.state"}},
		{"es", "El derecho internacional exige que la operación cibernética sea imputable al Estado antes de hablar de un hecho ilícito.", []string{"actors.state"}},
		{"es", "Uno de los mayores problemas es atribuir una intrusión informática al Estado que la ordenó, condición de su responsabilidad internacional.", []string{"actors.state"}},
		{"es", "La imputación del hecho ilícito al Estado es uno de los elementos de la responsabilidad internacional.", []string{"actors.state"}},
		{"es", "El gobierno británico atribuyó públicamente el ciberataque contra los hospitales a los servicios de inteligencia rusos.", []string{"-actors.state"}},
		{"es", "La atribución técnica de un ataque informático a un Estado depende de pruebas forenses y de inteligencia.", []string{"-actors.state"}},
		{"es", "El ciberataque fue atribuido a actores estatales vinculados a Corea del Norte por varias empresas de seguridad.", []string{"-actors.state"}},
		{"es", "El Estado debe prevenir las violaciones de derechos humanos y se le imputa responsabilidad por los actos de terceros que no impidió.", []string{"-actors.state"}},
		{"fr", "Les contre-mesures sont une riposte proportionnée à un fait internationalement illicite de l'État visé par elles.", []string{"-actors.state"}},
		{"es", "Las contramedidas responden a un hecho internacionalmente ilícito del Estado contra el que se adoptan.", []string{"-actors.state"}},
		{"es", "La atribución técnica de un ciberataque al Estado vecino llevó meses de análisis forense.", []string{"-actors.state"}},
		{"es", "La atribución política de la intrusión a un Estado corresponde al gobierno.", []string{"-actors.state"}},
		{"es", "La imputabilidad de una operación cibernética a un Estado exige demostrar un vínculo jurídico con sus órganos.", []string{"actors.state"}},
	})
}

// TestFrenchSpanishConventionC36 checks that an instrument harmonising,
// shaping or requiring States' national legislation or criminalisation, or a
// State's law adapted to implement one, is measures.capacity_building, and
// that a convention described by what it itself criminalises or sets up, or
// laws harmonised with no instrument of cyberspace, is not.
func TestFrenchSpanishConventionC36(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La convention de l'Union africaine cherche à harmoniser les législations des États membres en matière de cybercriminalité.", []string{"measures.capacity_building"}},
		{"fr", "Le protocole impose aux États parties d'incriminer l'accès frauduleux à un système informatique.", []string{"measures.capacity_building"}},
		{"fr", "Les États signataires sont tenus d'adopter des lois réprimant les atteintes aux systèmes informatiques.", []string{"measures.capacity_building"}},
		{"fr", "Pour ratifier la convention sur la cybercriminalité, le Sénégal a dû adapter sa législation pénale aux exigences du traité.", []string{"measures.capacity_building"}},
		{"fr", "L'harmonisation des incriminations entre les États parties est l'un des apports majeurs de la Convention de Budapest.", []string{"measures.capacity_building"}},
		{"fr", "La convention incrimine l'accès illégal, l'interception illégale et l'atteinte à l'intégrité des données informatiques.", []string{"-measures.capacity_building"}},
		{"fr", "Le traité établit une politique pénale commune contre la cybercriminalité et facilite l'entraide entre les polices.", []string{"-measures.capacity_building"}},
		{"fr", "Les pays voisins envisagent d'harmoniser leurs procédures douanières pour les marchandises en transit.", []string{"-measures.capacity_building"}},
		{"fr", "Le Sénégal a mis sa législation en conformité avec la Convention de Malabo.", []string{"measures.capacity_building"}},
		{"fr", "La directive vise à rapprocher les législations pénales des États membres en matière d'attaques contre les systèmes d'information.", []string{"measures.capacity_building"}},
		{"fr", "Les pays de la région veulent rapprocher leurs législations fiscales pour attirer les investisseurs.", []string{"-measures.capacity_building"}},
		{"es", "El convenio regional pretende armonizar la legislación penal de los Estados miembros sobre delitos informáticos.", []string{"measures.capacity_building"}},
		{"es", "El tratado obliga a los Estados parte a tipificar como delito el acceso ilícito a sistemas informáticos.", []string{"measures.capacity_building"}},
		{"es", "Para adherirse al Convenio de Budapest, Chile tuvo que modificar su legislación sobre delitos informáticos conforme a las disposiciones del tratado.", []string{"measures.capacity_building"}},
		{"es", "Con la convención, los Estados deberán adoptar las medidas legislativas necesarias para penalizar el fraude informático.", []string{"measures.capacity_building"}},
		{"es", "El convenio tipifica el acceso ilícito, la interceptación ilícita y el fraude informático.", []string{"-measures.capacity_building"}},
		{"es", "La convención establece un marco común para investigar y sancionar los delitos cometidos en línea.", []string{"-measures.capacity_building"}},
		{"es", "Los países andinos buscan uniformar sus legislaciones aduaneras para facilitar el comercio.", []string{"-measures.capacity_building"}},
		{"es", "Argentina debe homologar su legislación penal con el Convenio de Budapest antes de adherir.", []string{"measures.capacity_building"}},
		{"es", "El país incorporó a su ordenamiento jurídico interno las disposiciones del convenio sobre ciberdelincuencia.", []string{"measures.capacity_building"}},
		{"es", "Los países de la región buscan homologar sus leyes laborales para facilitar la movilidad de trabajadores.", []string{"-measures.capacity_building"}},
		{"es", "El comité jurídico estudia cómo uniformar las legislaciones de los países del continente conforme al derecho internacional.", []string{"-measures.capacity_building"}},
	})
}
