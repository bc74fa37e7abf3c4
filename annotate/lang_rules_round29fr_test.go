package annotate

import "testing"

// The tests below check the French rules of round 29, written from the
// families of phrasing that batch 16's real French passages (b16-fr-…,
// national positions, UN, EU and Council of Europe texts, treaty texts and
// commentary) showed the rules missing or misreading. The sentences were
// written for this test, not taken from a labelled passage: positives in
// several syntaxes and near misses that use the same cue words in another
// sense or with what the conventions leave out.

// TestFrenchRound29CapacityBuilding checks an instrument guiding national
// legislation (C36), capacity-building activities named without "des
// capacités", joint exercises, public campaigns, cooperation with the
// private sector and a national coordination body (C14), against guidelines,
// campaigns and cooperation outside cyberspace, a framework among States,
// and professionals named among hackers.
func TestFrenchRound29CapacityBuilding(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Ces lignes directrices aident les États à adapter leur droit interne aux infractions informatiques.", []string{"measures.capacity_building"}},
		{"fr", "Le protocole sert de lignes directrices aux pays qui élaborent une législation sur la cybercriminalité, et de cadre pour la coopération internationale.", []string{"measures.capacity_building"}},
		{"fr", "Le centre régional mène des programmes de renforcement auprès des équipes informatiques des ministères.", []string{"measures.capacity_building"}},
		{"fr", "Les opérateurs et l'État conduisent des manœuvres communes face aux menaces cyber.", []string{"measures.capacity_building"}},
		{"fr", "L'agence lance une campagne grand public sur les bons réflexes face aux cyberattaques.", []string{"measures.capacity_building"}},
		{"fr", "Le gouvernement veut approfondir la collaboration avec les opérateurs privés en matière de cybersécurité.", []string{"measures.capacity_building"}},
		{"fr", "Un comité interministériel coordonne l'action de l'Anssi et du commandement de la cyberdéfense en cas de cyberattaque majeure.", []string{"measures.capacity_building"}},
		// The near misses.
		{"fr", "Les lignes directrices du ministère de la santé encadrent la législation sur les médicaments.", []string{"-measures.capacity_building"}},
		{"fr", "Ce type de législation sur la cybercriminalité reste rare en Afrique.", []string{"-measures.capacity_building"}},
		{"fr", "Des activités de renforcement musculaire sont proposées aux seniors.", []string{"-measures.capacity_building"}},
		{"fr", "La mairie organise une campagne grand public de vaccination contre la grippe.", []string{"-measures.capacity_building"}},
		{"fr", "La coopération avec le secteur privé dans le domaine agricole reste faible.", []string{"-measures.capacity_building"}},
		{"fr", "Un organe des Nations unies assure la coordination entre États après une cyberattaque.", []string{"-measures.capacity_building"}},
		{"fr", "Des hacktivistes et des professionnels de la cybersécurité ont rejoint cette armée informatique.", []string{"-measures.capacity_building"}},
		{"fr", "L'école forme chaque année des professionnels de la cybersécurité pour les administrations.", []string{"measures.capacity_building"}},
		// Exchanges of information growing as a trend, against exchanges set up.
		{"fr", "La mondialisation entraîne une explosion des échanges d'informations sur les réseaux informatiques.", []string{"-measures.capacity_building"}},
		{"fr", "Les équipes nationales de réponse aux incidents informatiques organisent des échanges d'informations sur les menaces cyber.", []string{"measures.capacity_building"}},
	})
}

// TestFrenchRound29Assistance checks States coordinating their efforts to
// prevent, mitigate or counter cyber attacks, the aim some words after the
// efforts (C27), against efforts coordinated against cybercrime as such and
// within one State's services.
func TestFrenchRound29Assistance(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La coordination des efforts entrepris par les États membres pour empêcher et contrer les cyberattaques doit s'intensifier.", []string{"measures.assistance"}},
		{"fr", "Les alliés coordonnent leurs efforts déployés à l'échelle européenne afin de faire face aux cyberattaques majeures.", []string{"measures.assistance"}},
		{"fr", "Les États coordonnent leurs efforts pour atténuer les cyberattaques visant leurs infrastructures critiques.", []string{"measures.assistance"}},
		// The near misses.
		{"fr", "Les États membres coordonnent leurs efforts pour lutter contre la cybercriminalité.", []string{"-measures.assistance"}},
		{"fr", "Au sein du ministère, les services coordonnent leurs efforts pour contrer les cyberattaques.", []string{"-measures.assistance"}},
	})
}

// TestFrenchRound29PreventionDefenceCycle checks that the defence cycle of
// the victim side listed ("prévenir, détecter et contrer") is not a
// territorial State's prevention, while the duty to prevent operations from
// the territory stays.
func TestFrenchRound29PreventionDefenceCycle(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les États doivent prévenir les cyberattaques lancées depuis leur territoire contre d'autres États.", []string{"scope.prevention"}},
		{"fr", "L'Union entend prévenir, détecter et contrer les cyberattaques dirigées contre ses institutions.", []string{"-scope.prevention"}},
		{"fr", "Les sanctions visent à prévenir, décourager, dissuader et contrer les actes de cybermalveillance.", []string{"-scope.prevention"}},
		{"fr", "L'agence doit empêcher et détecter les intrusions dans les réseaux de l'État.", []string{"-scope.prevention"}},
	})
}

// TestFrenchRound29NotifyingState checks the treaties' notice to the other
// States with the clitic ("en informe ... les autres États"), which the
// notifying State gives: notification, not knowledge (C29 NOT); a State that
// knows of an operation from its territory keeps knowledge.actual, and a
// firm informing its clients is no notice between States.
func TestFrenchRound29NotifyingState(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Tout État qui a connaissance d'un incident grave en informe sans délai les autres États susceptibles d'être touchés.", []string{"measures.notification", "-knowledge.actual"}},
		{"fr", "L'État d'origine en avertit immédiatement les autres États exposés, ainsi que les organisations internationales compétentes.", []string{"measures.notification"}},
		{"fr", "Les Parties en informent aussitôt les autres Parties concernées.", []string{"measures.notification"}},
		// The near misses.
		{"fr", "L'État qui a connaissance d'une cyberopération lancée depuis son territoire doit y mettre fin.", []string{"knowledge.actual", "-measures.notification"}},
		{"fr", "L'entreprise en informe immédiatement ses clients dont les données personnelles ont fuité.", []string{"-measures.notification"}},
	})
}

// TestFrenchRound29TechnicalAttribution checks that an attack imputed to an
// identified actor by technical analysis names no State (C35 NOT), while an
// attack imputed to a State is State responsibility.
func TestFrenchRound29TechnicalAttribution(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les enquêteurs ont pu caractériser l'attaque et l'imputer à un acteur identifié.", []string{"-topic.state_responsibility"}},
		{"fr", "Le centre cherche à imputer chaque intrusion à un auteur précis avant de la signaler.", []string{"-topic.state_responsibility"}},
		{"fr", "La France a imputé la cyberattaque à un État étranger, ce qui engage sa responsabilité internationale.", []string{"topic.state_responsibility"}},
	})
}
