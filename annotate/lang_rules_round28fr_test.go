package annotate

import "testing"

// The tests below check the French rules of round 28, written from the
// families of phrasing that batch 15's real French passages (b15-fr-…)
// showed the rules missing or misreading. The sentences were written for
// this test, not taken from a labelled passage: positives in several
// syntaxes and near misses that use the same cue words in another sense or
// with what the conventions leave out.

// TestFrenchRound28Termination checks botnets eliminated or defused, servers
// disabled in an operation against malware, and a victim's own incident
// handling, which ends no one's operation (C28 and its NOT).
func TestFrenchRound28Termination(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "L'élimination du botnet Emotet marque un tournant pour les enquêteurs européens.", []string{"scope.termination"}},
		{"fr", "Les policiers ont désamorcé un réseau de machines zombies qui envoyait des millions de courriels piégés.", []string{"scope.termination"}},
		{"fr", "Ce réseau d'ordinateurs infectés, le plus vaste d'Europe, a été démantelé mardi par la police néerlandaise.", []string{"scope.termination"}},
		{"fr", "Une quarantaine de serveurs ont été saisis lors de l'opération contre le rançongiciel LockBit.", []string{"scope.termination"}},
		{"fr", "Les services de l'État ont neutralisé l'attaque avant qu'elle n'atteigne les ministères.", []string{"scope.termination"}},
		// A victim handling the incident on its own systems.
		{"fr", "Il faut corriger la faille de sécurité et isoler les postes touchés pour neutraliser l'attaque au plus vite.", []string{"-scope.termination"}},
		{"fr", "Il est souvent difficile de neutraliser les cyberattaques. Chaque utilisateur peut toutefois protéger son système d'information.", []string{"-scope.termination"}},
		{"fr", "Supprimez le logiciel malveillant à l'aide d'un antivirus à jour, puis changez vos mots de passe.", []string{"-scope.termination"}},
		{"fr", "Par précaution, l'hôpital a désactivé ses serveurs après l'intrusion du rançongiciel.", []string{"-scope.termination"}},
		{"fr", "Le démineur a désamorcé la bombe trouvée dans le réseau d'égouts.", []string{"-scope.termination"}},
	})
}

// TestFrenchRound28StateResponsibility checks officers of a State service
// sanctioned or charged, a group close to a State service, sanctions on a
// State for cyber attacks, a denial stating the accusation and a capital
// accused, against law-enforcement operations led by a State's authorities,
// sanctions on persons, and a sponsor left unnamed (C11, C15, C24).
func TestFrenchRound28StateResponsibility(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Washington a inculpé cinq officiers du renseignement militaire chinois pour des intrusions informatiques.", []string{"topic.state_responsibility"}},
		{"fr", "Londres a annoncé des sanctions contre trois agents du FSB. Ils auraient dirigé le piratage du réseau électrique.", []string{"topic.state_responsibility"}},
		{"fr", "Les intrusions sont le fait d'un groupe de pirates proche des services secrets iraniens.", []string{"topic.state_responsibility"}},
		{"fr", "Le Conseil a adopté des sanctions visant la Corée du Nord en réponse aux cyberattaques contre les banques.", []string{"topic.state_responsibility"}},
		{"fr", "Kiev a accusé des pirates russes d'avoir saboté ses centrales, ce dont Moscou se défend.", []string{"topic.state_responsibility"}},
		{"fr", "Pékin est régulièrement soupçonné de piratages visant les entreprises de défense européennes.", []string{"topic.state_responsibility"}},
		// The near misses.
		{"fr", "C'est la plus vaste opération jamais menée par les autorités de la Roumanie contre les escroqueries en ligne.", []string{"-topic.state_responsibility"}},
		{"fr", "L'Union a gelé les avoirs de quatre personnes et de deux entités de Chine qu'elle juge responsables de cyberattaques.", []string{"-topic.state_responsibility"}},
		{"fr", "Des pirates soutenus par un gouvernement étranger ont dérobé des documents du ministère.", []string{"-topic.state_responsibility"}},
		{"fr", "Le Conseil a adopté des sanctions visant la Russie après l'invasion de l'Ukraine.", []string{"-topic.state_responsibility"}},
		{"fr", "Le groupe de musique proche du pouvoir a annulé son concert.", []string{"-topic.state_responsibility"}},
		{"fr", "Selon plusieurs chercheurs, ce gang de pirates serait lié au Kremlin.", []string{"topic.state_responsibility"}},
		{"fr", "Le quotidien affirme que le collectif de hackers est proche de Pékin.", []string{"topic.state_responsibility"}},
		{"fr", "Un groupe de hackers prorusse a revendiqué le piratage du site de la mairie.", []string{"-topic.state_responsibility"}},
	})
}

// TestFrenchRound28NonStateActors checks that a hacker group held
// responsible for a hack by the press is its culprit, which no State answers
// for (C10 NOT), against a State's duty towards the groups on its soil.
func TestFrenchRound28NonStateActors(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Le journal tient ce groupe de pirates pour responsable du piratage des serveurs du Sénat.", []string{"-actors.non_state"}},
		{"fr", "Les États doivent empêcher les groupes de pirates installés sur leur territoire de lancer des attaques contre leurs voisins.", []string{"actors.non_state"}},
	})
}

// TestFrenchRound28Mitigation checks an attack's impact limited where the
// attack is named in the sentence or the one before, and the risk of
// attacks reduced, against the risk of conflict and a firm's losses (C23).
func TestFrenchRound28Mitigation(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Aucune défense n'arrête toutes les cyberattaques. On peut en revanche réduire leurs conséquences sur les services publics.", []string{"scope.mitigation"}},
		{"fr", "Dès l'intrusion détectée, l'équipe doit limiter l'impact sur les serveurs encore sains.", []string{"scope.mitigation"}},
		{"fr", "Cette coopération réduit les risques d'attaques informatiques contre les réseaux électriques du continent.", []string{"scope.mitigation"}},
		{"fr", "Le gouvernement cherche à limiter les risques de cybermenace pesant sur les hôpitaux.", []string{"scope.mitigation"}},
		{"fr", "Les mesures de confiance doivent réduire les risques de conflit entre États dans le cyberespace.", []string{"-scope.mitigation"}},
		{"fr", "L'assureur rembourse les pertes financières pour limiter l'impact de la cyberattaque sur l'entreprise.", []string{"-scope.mitigation"}},
	})
}

// TestFrenchRound28Assistance checks support offered or brought to another
// State after a cyber attack, against help to draw up a national strategy
// and a government's help to its own towns (C22, C14).
func TestFrenchRound28Assistance(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Paris a aussitôt proposé son aide à la Moldavie, dont les ministères venaient de subir une cyberattaque.", []string{"measures.assistance"}},
		{"fr", "Des logiciels malveillants ont effacé les serveurs des douanes. Les experts de l'OTAN apportent leur appui aux autorités géorgiennes.", []string{"measures.assistance"}},
		{"fr", "Un pays qui élabore sa stratégie nationale de cybersécurité peut obtenir une assistance internationale à chaque étape.", []string{"-measures.assistance"}},
		{"fr", "Le gouvernement a offert son soutien aux collectivités touchées par la cyberattaque.", []string{"-measures.assistance"}},
		{"fr", "Le fournisseur garantit la fourniture des services visés à l'article 4 en cas de panne ou d'attaque.", []string{"-measures.assistance"}},
		{"fr", "Le collectif fournit des outils pour mener des attaques par déni de service contre les sites visés.", []string{"-measures.assistance"}},
	})
}

// TestFrenchRound28CapacityBuilding checks a national legislative framework
// against the cyber threat, a State defining policies to protect its
// information systems, legislation aligned on a cybersecurity directive and
// support to resilience capacities, against social policy (C14, C36).
func TestFrenchRound28CapacityBuilding(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Le Parlement doit se doter d'un cadre législatif adapté à la cybermenace.", []string{"measures.capacity_building"}},
		{"fr", "L'État joue un rôle central dans la définition de la politique de sécurité des systèmes d'information.", []string{"measures.capacity_building"}},
		{"fr", "La Moldavie poursuit l'alignement de sa législation sur la directive européenne de cybersécurité.", []string{"measures.capacity_building"}},
		{"fr", "Bruxelles continuera de soutenir les capacités de cyberrésilience des pays candidats.", []string{"measures.capacity_building"}},
		{"fr", "Le ministère travaille à la définition d'une politique de protection sociale des travailleurs des plateformes numériques.", []string{"-measures.capacity_building"}},
		// A reporting duty to the agency or the CSIRT, and a ministry among
		// the targets, build no capacity.
		{"fr", "Les hôpitaux signalent sans délai à l'Agence nationale de la sécurité des systèmes d'information toute intrusion dans leurs réseaux.", []string{"-measures.capacity_building"}},
		{"fr", "Les fournisseurs d'énergie notifient au CSIRT national tout incident important dans les vingt-quatre heures.", []string{"-measures.capacity_building"}},
		{"fr", "Les pirates ont bloqué les sites du ministère de l'Éducation et de celui des Finances pendant deux jours de cyberattaques.", []string{"-measures.capacity_building"}},
		{"fr", "Le gouvernement a créé une agence nationale de cybersécurité chargée de recevoir les signalements.", []string{"measures.capacity_building"}},
		{"fr", "Le maire a porté plainte auprès de l'Agence nationale de la sécurité des systèmes d'information après le piratage.", []string{"-measures.capacity_building", "-topic.cybercrime"}},
	})
}

// TestFrenchRound28Cybercrime checks police operations against
// cybercriminals, charges for cyber attacks, police cleaning infected
// machines, and authorities that let cybercriminals operate (C12, C19).
func TestFrenchRound28Cybercrime(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La police espagnole multiplie les opérations contre les cybercriminels qui visent les retraités.", []string{"topic.cybercrime"}},
		{"fr", "L'inculpation par un tribunal fédéral de deux ressortissants iraniens pour des piratages a surpris.", []string{"topic.cybercrime"}},
		{"fr", "Les gendarmes ont ensuite désinfecté à distance des milliers d'ordinateurs piratés.", []string{"topic.cybercrime"}},
		{"fr", "Pendant des années, les autorités ont laissé les cybercriminels opérer librement depuis leur territoire.", []string{"topic.cybercrime"}},
		{"fr", "La police a mené une opération contre les vendeurs de stupéfiants du quartier.", []string{"-topic.cybercrime"}},
		{"fr", "La mairie a porté plainte au commissariat après le piratage de son site.", []string{"topic.cybercrime"}},
	})
}

// TestFrenchRound28Data checks data security said with a possessive.
func TestFrenchRound28Data(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Chaque administration doit garantir la confidentialité de ses données.", []string{"topic.data"}},
		{"fr", "Les hébergeurs répondent de la sécurité de leurs données devant l'autorité de contrôle.", []string{"topic.data"}},
		{"fr", "La sécurité de leurs enfants préoccupe les parents.", []string{"-topic.data"}},
	})
}
