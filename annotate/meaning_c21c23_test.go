package annotate

import "testing"

// The tests below check the English, French and Spanish rules against
// conventions C21, C22 and C23 of round 17 (testdata/gold/README.md, "Round
// 17"; RELABEL-r17.md). The sentences were written for this test from the
// conventions' text, not taken from a labelled passage: positives in several
// syntaxes (active, passive, a need, a question, a noun phrase) and near
// misses that use the same cue words.

// TestRulesFollowConventionC21 checks that a State's digital, technological
// or cyber sovereignty said something about (defended, guaranteed, built,
// weakened, at risk, required) is topic.sovereignty, and that a title, a list
// of themes, data sovereignty alone or sovereignty of another field is not.
func TestRulesFollowConventionC21(t *testing.T) {
	tagsMeanings(t, []meaning{
		{"The government intends to defend its digital sovereignty against the dominance of a handful of foreign platforms.", "topic.sovereignty", true},
		{"Without trusted national cloud infrastructure, the country's digital sovereignty is at risk.", "topic.sovereignty", true},
		{"Digital sovereignty is weakened whenever the State's critical data are hosted and regulated abroad.", "topic.sovereignty", true},
		{"Economic development in the region requires technological sovereignty as well as an open and secure cyberspace.", "topic.sovereignty", true},
		{"The new strategy sets out how the Union will strengthen its technological sovereignty in semiconductors and networks.", "topic.sovereignty", true},
		{"A secure national cyberspace is how the Kingdom means to guarantee its digital sovereignty in the years ahead.", "topic.sovereignty", true},
		{"Session three: digital sovereignty and its evolution", "topic.sovereignty", false},
		{"The course covers data protection, digital sovereignty, platform regulation, cybercrime and jurisdiction.", "topic.sovereignty", false},
		{"Cloud providers must meet data sovereignty rules on where customer data is stored and processed.", "topic.sovereignty", false},
		{"The ministry promotes food sovereignty and energy sovereignty through local production and storage.", "topic.sovereignty", false},
	})
	checkLangCases(t, []langCase{
		{"fr", "Le gouvernement entend défendre sa souveraineté numérique face aux grandes plateformes étrangères.", []string{"topic.sovereignty"}},
		{"fr", "Sans infrastructures de confiance sur son sol, la souveraineté numérique du pays est menacée.", []string{"topic.sovereignty"}},
		{"fr", "La croissance de la région nécessite une souveraineté technologique et un cyberespace sûr et ouvert.", []string{"topic.sovereignty"}},
		{"fr", "Ne faut-il pas enfin bâtir une véritable souveraineté numérique pour le continent africain ?", []string{"topic.sovereignty"}},
		{"fr", "Pour consolider la souveraineté numérique, nos États devront se doter de garanties juridiques solides.", []string{"topic.sovereignty"}},
		{"fr", "Module 2 : un aperçu de la souveraineté numérique et de son évolution", []string{"-topic.sovereignty"}},
		{"fr", "Le séminaire portera notamment sur la protection des données, la souveraineté numérique, la juridiction et la cybercriminalité.", []string{"-topic.sovereignty"}},
		{"fr", "La souveraineté alimentaire du pays dépend de ses agriculteurs et de ses semences.", []string{"-topic.sovereignty"}},
		{"es", "El Estado debe defender su soberanía digital frente a las grandes plataformas extranjeras.", []string{"topic.sovereignty"}},
		{"es", "La soberanía digital se debilita cuando la información pública se aloja en servidores de otro país.", []string{"topic.sovereignty"}},
		{"es", "Sin centros de datos propios, queda en riesgo la soberanía tecnológica de la nación.", []string{"topic.sovereignty"}},
		{"es", "Es necesario fortalecer la soberanía digital del país mediante una nube pública nacional.", []string{"topic.sovereignty"}},
		{"es", "Temario: soberanía digital, protección de datos, jurisdicción y ciberdelito.", []string{"-topic.sovereignty"}},
		{"es", "El ministerio invierte en una infraestructura tecnológica soberana para sus servicios en línea.", []string{"-topic.sovereignty"}},
		{"es", "La soberanía alimentaria depende de los pequeños productores del campo.", []string{"-topic.sovereignty"}},
	})
}

// TestRulesFollowConventionC22 checks that help against a cyber operation, or
// support to its victims, between States or from alliances, organisations or
// firms to a State is measures.assistance, and that help within one State,
// aid to build capacity and mutual legal assistance are not.
func TestRulesFollowConventionC22(t *testing.T) {
	tagsMeanings(t, []meaning{
		{"After the cyberattack on its ministries, NATO sent experts to help the small Balkan country cope with the damage.", "measures.assistance", true},
		{"The initiative's members vowed to assist any member hit by a ransomware attack on its government networks.", "measures.assistance", true},
		{"Washington condemned the cyberattack and pledged to provide support to its ally in the region.", "measures.assistance", true},
		{"Several private sector cybersecurity firms have volunteered their support to the government since the attack.", "measures.assistance", true},
		{"With the help of governments around the world, investigators disconnected the botnet from its controllers.", "measures.assistance", true},
		{"States should work together to hold those responsible accountable and support the victims impacted by that behaviour in cyberspace.", "measures.assistance", true},
		{"A company that is the victim of a cyber incident can receive assistance from government agencies such as the national CERT.", "measures.assistance", false},
		{"The National Guard assisted the state department of administration after the ransomware attack on its servers.", "measures.assistance", false},
		{"The guide explains how governors request federal support when a cyber incident overwhelms a state's own resources.", "measures.assistance", false},
		{"Requests for mutual legal assistance in cybercrime cases still take months to be answered.", "measures.assistance", false},
		{"The programme provides technical assistance to build the cybersecurity capacity of partner countries.", "measures.assistance", false},
		{"The tool was designed to assist member States that wish to develop their national cybersecurity strategy.", "measures.assistance", false},
		{"Police raided a dozen homes and arrested the ransomware gang's members. The operation was carried out with assistance from five European countries.", "measures.assistance", false},
	})
	checkLangCases(t, []langCase{
		{"fr", "Nous sommes prêts à envoyer une mission de soutien pour aider l'Ukraine à faire face aux cyberattaques.", []string{"measures.assistance"}},
		{"fr", "Après l'attaque informatique, le pays a sollicité l'assistance de ses partenaires européens.", []string{"measures.assistance"}},
		{"fr", "Les États doivent apporter un soutien aux victimes d'activités malveillantes dans le cyberespace.", []string{"measures.assistance"}},
		{"fr", "L'entraide judiciaire en matière de cybercriminalité reste lente entre les États.", []string{"-measures.assistance"}},
		{"fr", "L'assistance aux victimes d'attaques informatiques constitue une mission régalienne de l'État.", []string{"-measures.assistance"}},
		{"fr", "Le programme finance le renforcement des capacités des pays partenaires en matière de cybersécurité.", []string{"-measures.assistance"}},
		{"es", "Estados Unidos reafirmó su compromiso de apoyar al país en la lucha contra los ciberataques a sus instituciones.", []string{"measures.assistance"}},
		{"es", "La UE movilizará su unidad cibernética de respuesta rápida para reaccionar ante este tipo de agresiones.", []string{"measures.assistance"}},
		{"es", "Tras el ciberataque, el gobierno solicitó la ayuda de otros Estados y de empresas privadas.", []string{"measures.assistance"}},
		{"es", "La asistencia judicial en casos de ciberdelito entre Estados sigue siendo lenta.", []string{"-measures.assistance"}},
		{"es", "El país recibirá asistencia técnica para reforzar sus capacidades de ciberseguridad.", []string{"-measures.assistance"}},
	})
}

// TestRulesFollowConventionC23 checks that mitigating, containing or
// minimising a cyber incident, attack, threat or risk (or its harm) is
// scope.mitigation, and that reducing the risk of conflict, a firm's own risk
// management and mitigation in other fields are not.
func TestRulesFollowConventionC23(t *testing.T) {
	tagsMeanings(t, []meaning{
		{"Diplomatic efforts were needed to mitigate the cyber-attacks against our country's banks and ministries.", "scope.mitigation", true},
		{"To better mitigate growing cyber risks, the regional organisation is improving its members' incident response.", "scope.mitigation", true},
		{"The response team worked to contain the intrusion and to minimise the overall damage to the ministry's networks.", "scope.mitigation", true},
		{"National CSIRTs should exchange technical indicators and mitigation advice on malicious cyber activity.", "scope.mitigation", true},
		{"The toolbox contributes to the mitigation of cybersecurity threats against the Union and its member States.", "scope.mitigation", true},
		{"Once the cyber incident was detected, the agency was ready to investigate it and reduce the related impacts on public services.", "scope.mitigation", true},
		{"Confidence-building measures reduce the risk of conflict and escalation stemming from the use of ICTs.", "scope.mitigation", false},
		{"Companies must manage and mitigate cyber risks in their supply chains as part of their due diligence.", "scope.mitigation", false},
		{"The new data centres will help mitigate climate change by cutting the carbon emissions of the internet.", "scope.mitigation", false},
		{"The report contains many cybercrime statistics gathered by the national police.", "scope.mitigation", false},
	})
	checkLangCases(t, []langCase{
		{"fr", "Les États doivent coopérer pour atténuer les cybermenaces qui pèsent sur leurs infrastructures critiques.", []string{"scope.mitigation"}},
		{"fr", "Le ministère a pris les mesures nécessaires pour contenir l'incident survenu sur certains serveurs informatiques.", []string{"scope.mitigation"}},
		{"fr", "L'agence nationale a aidé à limiter les dommages de la cyberattaque contre les hôpitaux du pays.", []string{"scope.mitigation"}},
		{"fr", "Les mesures de confiance réduisent le risque de conflit entre les États dans le cyberespace.", []string{"-scope.mitigation"}},
		{"fr", "Les entreprises doivent atténuer les risques cyber liés à leurs fournisseurs.", []string{"-scope.mitigation"}},
		{"es", "Se detectó código malicioso en algunos servidores del ministerio y se adoptaron las medidas necesarias para contener el incidente.", []string{"scope.mitigation"}},
		{"es", "Las Fuerzas Militares activaron de inmediato los protocolos de revisión y mitigación de incidentes cibernéticos.", []string{"scope.mitigation"}},
		{"es", "El plan de contingencia del gobierno se activó a fin de contener la afectación a los equipos informáticos.", []string{"scope.mitigation"}},
		{"es", "Los instrumentos de ciberdiplomacia permiten al Estado mitigar posibles amenazas cibernéticas.", []string{"scope.mitigation"}},
		{"es", "Las medidas de fomento de la confianza reducen el riesgo de conflicto entre los Estados.", []string{"-scope.mitigation"}},
		{"es", "Las empresas deben mitigar los riesgos ambientales de sus proyectos mineros.", []string{"-scope.mitigation"}},
	})
}
