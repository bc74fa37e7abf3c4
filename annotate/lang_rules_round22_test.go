package annotate

import "testing"

// The tests below check the French and Spanish rules against conventions
// C37–C38 of round 22 (testdata/gold/README.md, "Round 22"). The sentences
// were written for this test from the conventions' text, not taken from a
// labelled passage: positives in several syntaxes (a purpose, a future, a
// named document, an infinitive, a condition) and near misses that use the
// same cue words.

// TestFrenchSpanishConventionC37 checks that what a whole text or a named
// document sets out to study, whatever the verb and in the future tense too,
// names its subject's topics, and that what a named part of it will deal
// with, a list of three or more topics and a subject outside the codebook's
// topics do not.
func TestFrenchSpanishConventionC37(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Le présent mémoire a pour objet l'application du droit international humanitaire aux cyberopérations.", []string{"topic.ihl"}},
		{"fr", "Cette étude abordera la question de la légitime défense face à une cyberattaque d'un autre État.", []string{"topic.use_of_force"}},
		{"fr", "Le manuel se propose de situer les cyberopérations dans les règles qui régissent la guerre entre États.", []string{"topic.ihl"}},
		{"fr", "Cet article se propose d'examiner si la souveraineté territoriale est une règle applicable au cyberespace.", []string{"topic.sovereignty"}},
		{"fr", "Dans ce billet, nous cherchons à explorer comment la position commune applique le droit international des droits de l'homme au cyberespace.", []string{"topic.human_rights"}},
		{"fr", "Le séminaire abordera la question de la souveraineté des États dans le cyberespace.", []string{"-topic.sovereignty"}},
		{"fr", "La deuxième partie abordera le recours à la force armée entre États.", []string{"-topic.use_of_force"}},
		{"fr", "L'ouvrage traite de la souveraineté, de la non-intervention, de la cybercriminalité et du droit humanitaire.", []string{"-topic.sovereignty", "-topic.non_intervention", "-topic.ihl"}},
		{"fr", "Ce livre blanc explore le rôle de la cybersécurité dans l'intégration régionale en Afrique.", []string{"-topic.sovereignty", "-topic.cybercrime", "-topic.ihl"}},
		{"es", "El objetivo de este artículo es explorar la aplicación del derecho internacional humanitario a las operaciones cibernéticas.", []string{"topic.ihl"}},
		{"es", "En este trabajo se abordará el principio de no intervención en los asuntos internos de otros Estados en el ciberespacio.", []string{"topic.non_intervention"}},
		{"es", "El Manual de Tallin pretende aclarar las reglas que rigen la guerra cuando se libra en el ciberespacio.", []string{"topic.ihl"}},
		{"es", "El presente estudio tiene como objetivo determinar cuándo una ciberoperación constituye un uso de la fuerza armada prohibido por la Carta.", []string{"topic.use_of_force"}},
		{"es", "En esta entrada buscamos explorar cómo la posición común aplica el derecho internacional de los derechos humanos en el ciberespacio.", []string{"topic.human_rights"}},
		{"es", "La reunión abordará la soberanía de los Estados en el ciberespacio.", []string{"-topic.sovereignty"}},
		{"es", "La segunda parte abordará el uso de la fuerza armada entre Estados.", []string{"-topic.use_of_force"}},
		{"es", "El curso examinará la soberanía, la no intervención, el uso de la fuerza y el derecho humanitario.", []string{"-topic.sovereignty", "-topic.non_intervention", "-topic.ihl"}},
		{"es", "Este libro blanco explora el papel de la ciberseguridad en la integración regional de América Latina.", []string{"-topic.sovereignty", "-topic.cybercrime", "-topic.ihl"}},
	})
}

// TestFrenchSpanishConventionC38 checks that attributing in law to a State
// the conduct of a named non-State actor (hacktivists, hackers, groups of
// attackers, proxies) is actors.non_state, and that attribution in law with
// no such actor named, and technical or public attribution to one, are not.
func TestFrenchSpanishConventionC38(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Imputer juridiquement à un État les actes de hacktivistes qui se disent indépendants reste très difficile.", []string{"actors.non_state"}},
		{"fr", "L'attribution à un État des opérations menées par des cyberattaquants à son service pose un problème juridique majeur.", []string{"actors.non_state"}},
		{"fr", "La responsabilité internationale suppose que les intrusions des pirates soient imputables à l'État qui les protège.", []string{"actors.non_state"}},
		{"fr", "L'attribution d'une cyberopération à un État au sens du droit international reste difficile.", []string{"-actors.non_state"}},
		{"fr", "L'imputation à un État des cyberopérations, en particulier celles qui visent des hôpitaux, reste une difficulté juridique.", []string{"-actors.non_state"}},
		{"fr", "Si l'auteur est un particulier sans lien avec l'État, son acte ne peut être imputé à celui-ci et ne relève que du droit pénal, ce qui complique la responsabilité internationale.", []string{"actors.non_state"}},
		{"fr", "L'imputation de la cyberopération à l'État attaquant est une condition juridique de sa responsabilité internationale.", []string{"actors.state", "-actors.non_state"}},
		{"fr", "Le gouvernement a publiquement attribué l'attaque à des hackers liés à un service de renseignement étranger.", []string{"-actors.non_state"}},
		{"fr", "L'attribution technique de l'intrusion à un groupe de pirates a demandé des mois d'analyse.", []string{"-actors.non_state"}},
		{"es", "Atribuir jurídicamente a un Estado los ataques de hacktivistas que dicen actuar por su cuenta sigue siendo difícil.", []string{"actors.non_state"}},
		{"es", "El problema de imputar al Estado la conducta de grupos de piratas informáticos no tiene aún respuesta en el derecho internacional.", []string{"actors.non_state"}},
		{"es", "La responsabilidad internacional solo surge si los actos de los ciberatacantes son atribuibles al Estado que los respalda.", []string{"actors.non_state"}},
		{"es", "La atribución de una operación cibernética a un Estado plantea problemas jurídicos complejos.", []string{"-actors.non_state"}},
		{"es", "Si el autor es una persona sin ningún vínculo con el Estado, el asunto es penal; atribuir su conducta al Estado exige un vínculo jurídico.", []string{"actors.non_state"}},
		{"es", "La imputación al Estado de las ciberoperaciones, en particular las dirigidas contra hospitales, es una dificultad jurídica.", []string{"-actors.non_state"}},
		{"es", "La atribución de la operación al Estado atacante es un requisito jurídico de su responsabilidad internacional.", []string{"actors.state", "-actors.non_state"}},
		{"es", "El gobierno atribuyó públicamente el ciberataque a hackers vinculados con los servicios de inteligencia rusos.", []string{"-actors.non_state"}},
		{"es", "La atribución técnica del ataque a un grupo de ciberatacantes requirió meses de análisis forense.", []string{"-actors.non_state"}},
	})
}
