package annotate

import "testing"

// The tests below check the French rules of round 26, written from the
// vocabulary in which legal and policy texts say each element (VOCAB-fr.md),
// not from a labelled batch's misses: for each family, positives in several
// syntaxes and near misses that use the same words in another sense, in
// passing, or as the conventions' NOT lines describe. The sentences were
// written for this test, not taken from a labelled passage.

// TestFrenchRound26Termination checks scope.termination: the verbs of stopping an ongoing operation beyond
// "mettre fin" and "faire cesser" - a "coup d'arrêt", suspension, cracking down,
// hampering, sinkholing, taking control of command servers, closing criminal
// markets and sites, halting an exfiltration, repelling an attack, cutting the
// attackers off, eradicating malware - against a victim stopping its own
// services, attacks that paralyse services, arrests alone, the end of a mandate
// or a contract, attackers ceasing for a ransom and a date postponed.
func TestFrenchRound26Termination(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "L'État sur le territoire duquel se trouve l'infrastructure doit faire cesser l'opération malveillante dès qu'il en a connaissance.", []string{"scope.termination"}},
		{"fr", "Les autorités ont mis un coup d'arrêt à la campagne d'espionnage informatique menée depuis leurs serveurs.", []string{"scope.termination"}},
		{"fr", "L'État territorial est tenu de mettre un terme aux cyberactivités illicites qui se poursuivent depuis son territoire.", []string{"scope.termination"}},
		{"fr", "Il est attendu de l'État qu'il interrompe l'attaque informatique en cours dès qu'il en est informé.", []string{"scope.termination"}},
		{"fr", "La France peut demander à l'État concerné de suspendre l'activité malveillante menée depuis ses réseaux.", []string{"scope.termination"}},
		{"fr", "L'État notifié devrait prendre les mesures nécessaires pour que l'opération en cours cesse.", []string{"scope.termination"}},
		{"fr", "Les enquêteurs ont redirigé le trafic du botnet vers des serveurs contrôlés par la police, ce qui a neutralisé le réseau.", []string{"scope.termination"}},
		{"fr", "Le FBI a pris le contrôle de l'infrastructure de commande et de contrôle du rançongiciel.", []string{"scope.termination"}},
		{"fr", "Europol a coordonné une opération qui a permis de démanteler l'infrastructure du groupe de rançongiciels.", []string{"scope.termination"}},
		{"fr", "Les autorités doivent sévir contre les groupes de rançongiciels qui opèrent depuis leur territoire.", []string{"scope.termination"}},
		{"fr", "Les États devraient coopérer pour entraver les opérations des cybercriminels qui visent les hôpitaux.", []string{"scope.termination"}},
		{"fr", "L'État requis doit faire en sorte que l'activité malveillante prenne fin.", []string{"scope.termination"}},
		{"fr", "Le gouvernement a exigé l'arrêt immédiat des cyberattaques lancées depuis le territoire voisin.", []string{"scope.termination"}},
		{"fr", "Les services de police ont fermé les forums criminels où se vendaient des logiciels malveillants.", []string{"scope.termination"}},
		{"fr", "La police a coupé l'accès des pirates aux serveurs compromis et stoppé l'exfiltration des données.", []string{"scope.termination"}},
		{"fr", "L'opération Endgame a perturbé les réseaux de zombies utilisés pour diffuser des rançongiciels.", []string{"scope.termination"}},
		{"fr", "L'État doit agir pour faire échec à l'attaque qui transite par son territoire.", []string{"scope.termination"}},
		{"fr", "L'hôpital a dû interrompre ses services informatiques après l'attaque par rançongiciel.", []string{"-scope.termination"}},
		{"fr", "Par précaution, la mairie a mis hors ligne ses propres serveurs après l'intrusion.", []string{"-scope.termination"}},
		{"fr", "La cyberattaque a paralysé les services de l'administration fiscale pendant trois jours.", []string{"-scope.termination"}},
		{"fr", "Le ministre a mis fin aux fonctions du directeur de l'agence de cybersécurité.", []string{"-scope.termination"}},
		{"fr", "Les pirates ont promis de cesser l'attaque en échange d'une rançon.", []string{"-scope.termination"}},
		{"fr", "Les policiers ont arrêté trois suspects soupçonnés de piratage informatique.", []string{"-scope.termination"}},
		{"fr", "Le mandat du groupe de travail prendra fin en 2025.", []string{"-scope.termination"}},
		{"fr", "Le contrat de maintenance des serveurs a été résilié et l'activité a cessé.", []string{"-scope.termination"}},
		{"fr", "L'entreprise a décidé d'arrêter son activité de vente de logiciels.", []string{"-scope.termination"}},
		{"fr", "Il appartient à l'État territorial de mettre fin sans délai à l'usage malveillant de ses infrastructures.", []string{"scope.termination"}},
		{"fr", "L'arrêt de l'opération doit être obtenu par tous les moyens raisonnables dont dispose l'État.", []string{"scope.termination"}},
		{"fr", "L'État d'origine est prié de faire cesser les agissements des pirates opérant depuis son sol.", []string{"scope.termination"}},
		{"fr", "Le botnet a été démantelé lors d'une opération internationale coordonnée par Europol.", []string{"scope.termination"}},
		{"fr", "Les serveurs de commande du logiciel malveillant ont été saisis et mis hors service.", []string{"scope.termination"}},
		{"fr", "La police néerlandaise a mis hors d'état de nuire l'infrastructure du groupe de pirates.", []string{"scope.termination"}},
		{"fr", "Les autorités ont interrompu la campagne de hameçonnage en bloquant les domaines frauduleux.", []string{"scope.termination"}},
		{"fr", "L'Ukraine a demandé à la Russie de cesser immédiatement ses cyberattaques contre ses infrastructures énergétiques.", []string{"scope.termination"}},
		{"fr", "Les forces de l'ordre ont neutralisé le rançongiciel en prenant le contrôle de ses serveurs.", []string{"scope.termination"}},
		{"fr", "La coalition vise à éradiquer les réseaux de rançongiciels qui ciblent les hôpitaux.", []string{"scope.termination"}},
		{"fr", "L'obligation de l'État porte sur la cessation des cyberopérations en cours qui causent un dommage à un autre État.", []string{"scope.termination"}},
		{"fr", "Microsoft a obtenu une décision de justice pour saisir les domaines utilisés par les pirates et couper leurs communications.", []string{"scope.termination"}},
		{"fr", "Les États doivent coopérer pour arrêter les attaques en cours contre les infrastructures critiques.", []string{"scope.termination"}},
		{"fr", "Le gouvernement s'est engagé à tout mettre en œuvre pour que ces cyberattaques cessent.", []string{"scope.termination"}},
		{"fr", "Les autorités ont fermé les sites où les cybercriminels revendaient des données volées.", []string{"scope.termination"}},
		{"fr", "L'opération a permis de mettre à l'arrêt les serveurs utilisés par le rançongiciel.", []string{"scope.termination"}},
		{"fr", "Le groupe de pirates a annoncé la fin de ses activités après l'arrestation de son chef.", []string{"-scope.termination"}},
		{"fr", "Les hôpitaux ont été contraints d'arrêter leurs systèmes informatiques pendant plusieurs jours.", []string{"-scope.termination"}},
		{"fr", "La panne a interrompu les communications de la ville pendant une heure.", []string{"-scope.termination"}},
		{"fr", "L'État a mis fin à son partenariat avec l'entreprise de cybersécurité.", []string{"-scope.termination"}},
		{"fr", "Les négociations sur la convention ont pris fin en mai.", []string{"-scope.termination"}},
		{"fr", "La mairie a interrompu sa campagne de communication sur internet après les critiques.", []string{"-scope.termination"}},
		{"fr", "Le site de vente en ligne a fermé ses portes faute de clients.", []string{"-scope.termination"}},
		{"fr", "L'État devra prendre les mesures propres à faire cesser l'activité dommageable dès qu'il en aura connaissance.", []string{"scope.termination"}},
		{"fr", "Une fois informé, l'État territorial est tenu d'agir pour que la cyberattaque s'arrête.", []string{"scope.termination"}},
		{"fr", "La neutralisation des serveurs utilisés par les attaquants relève de la compétence des autorités de l'État territorial.", []string{"scope.termination"}},
		{"fr", "Le démantèlement de l'infrastructure du groupe de rançongiciels LockBit a été salué par les ministres européens.", []string{"scope.termination"}},
		{"fr", "Les autorités ukrainiennes ont repoussé l'attaque et rétabli le contrôle de leurs réseaux en quelques heures.", []string{"scope.termination"}},
		{"fr", "L'État est tenu d'intervenir pour mettre un terme à l'utilisation de ses serveurs par les pirates.", []string{"scope.termination"}},
		{"fr", "Les États devraient répondre aux demandes d'aide visant à faire cesser des activités malveillantes émanant de leur territoire.", []string{"scope.termination"}},
		{"fr", "La riposte a consisté à couper l'accès des attaquants aux serveurs compromis.", []string{"scope.termination"}},
		{"fr", "Interpol a coordonné le démantèlement d'un réseau de cybercriminels spécialisé dans l'hameçonnage.", []string{"scope.termination"}},
		{"fr", "Les opérations de démantèlement de botnets exigent une coopération entre États et entreprises.", []string{"scope.termination"}},
		{"fr", "Il s'agit d'obtenir de l'État d'origine qu'il fasse cesser l'opération.", []string{"scope.termination"}},
		{"fr", "L'État territorial a l'obligation d'arrêter l'activité illicite dès qu'il en a connaissance.", []string{"scope.termination"}},
		{"fr", "Les forces de l'ordre ont procédé à la saisie des serveurs et à la fermeture des domaines utilisés par le rançongiciel.", []string{"scope.termination"}},
		{"fr", "Le logiciel malveillant a été éradiqué des réseaux des victimes par une opération du FBI.", []string{"scope.termination"}},
		{"fr", "Les attaquants ont arrêté leur campagne après avoir obtenu la rançon.", []string{"-scope.termination"}},
		{"fr", "L'opérateur a coupé l'accès à internet de la région pendant la tempête.", []string{"-scope.termination"}},
		{"fr", "L'État a suspendu sa participation aux négociations sur la cybercriminalité.", []string{"-scope.termination"}},
		{"fr", "Le ministère a repoussé la date de lancement de son nouveau portail en ligne.", []string{"-scope.termination"}},
		{"fr", "Le démantèlement de l'infrastructure ferroviaire vétuste a commencé.", []string{"-scope.termination"}},
		{"fr", "Le serveur informatique de la mairie s'arrête chaque nuit pour maintenance.", []string{"-scope.termination"}},
	})
}

// TestFrenchRound26Data checks topic.data: data sovereignty, flows, localisation and residency,
// transfers, exports, governance and mastery of data, sovereign clouds,
// extraterritorial and foreign access, the Convention 108 title, against data
// as statistics or evidence, other circulations and transfers and the Code
// pénal's automated data processing systems.
func TestFrenchRound26Data(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La souveraineté numérique passe par la maîtrise des données stratégiques de l'État et de leur lieu d'hébergement.", []string{"topic.data"}},
		{"fr", "Les États divergent sur la libre circulation des données par-delà les frontières.", []string{"topic.data"}},
		{"fr", "La localisation obligatoire des données sur le territoire national freine le commerce numérique.", []string{"topic.data"}},
		{"fr", "Le règlement général sur la protection des données s'applique aux responsables de traitement établis hors de l'Union.", []string{"topic.data"}},
		{"fr", "La Convention 108+ du Conseil de l'Europe encadre le traitement automatisé des données à caractère personnel.", []string{"topic.data"}},
		{"fr", "Les lois extraterritoriales américaines permettent aux autorités d'accéder aux données stockées par des fournisseurs de cloud en Europe.", []string{"topic.data"}},
		{"fr", "La Chine impose que les données importantes collectées sur son sol y soient conservées et soumet leur exportation à une évaluation de sécurité.", []string{"topic.data"}},
		{"fr", "L'Union africaine appelle à une gouvernance des données qui protège la souveraineté des États africains sur leurs données.", []string{"topic.data"}},
		{"fr", "Le Conseil d'État a jugé que l'hébergement des données de santé par une société américaine exposait ces données à des demandes d'accès étrangères.", []string{"topic.data"}},
		{"fr", "La Cour de justice a invalidé le bouclier de protection des données entre l'Union européenne et les États-Unis.", []string{"topic.data"}},
		{"fr", "Les transferts internationaux de données vers des pays tiers exigent un niveau de protection adéquat.", []string{"topic.data"}},
		{"fr", "Le cloud souverain doit protéger les données sensibles de l'administration contre les lois extraterritoriales.", []string{"topic.data"}},
		{"fr", "Chaque État doit pouvoir exercer sa juridiction sur les données produites par ses citoyens.", []string{"topic.data"}},
		{"fr", "La Chine défend le principe de la souveraineté sur les données et s'oppose à la collecte de données à l'étranger par d'autres États.", []string{"topic.data"}},
		{"fr", "La loi chinoise sur la sécurité des données encadre la circulation transfrontalière des données.", []string{"topic.data"}},
		{"fr", "Le droit à la protection des données personnelles est consacré par la Charte des droits fondamentaux de l'Union.", []string{"topic.data"}},
		{"fr", "Les données de l'enquête montrent une hausse des attaques par rançongiciel de 30 % en 2023.", []string{"-topic.data"}},
		{"fr", "Selon les données du ministère, le nombre d'incidents signalés a doublé.", []string{"-topic.data"}},
		{"fr", "Les données disponibles ne permettent pas d'attribuer l'attaque à un État.", []string{"-topic.data"}},
		{"fr", "Faute de données fiables, la commission n'a pas pu évaluer le préjudice.", []string{"-topic.data"}},
		{"fr", "La circulation des véhicules autonomes pose de nouveaux défis juridiques.", []string{"-topic.data"}},
		{"fr", "Le transfert de compétences aux régions a été décidé en 2015.", []string{"-topic.data"}},
		{"fr", "La gouvernance de l'internet relève d'un modèle multipartite.", []string{"-topic.data"}},
		{"fr", "Les États devraient s'abstenir d'imposer des exigences de stockage local des informations qui fragmentent l'internet.", []string{"topic.data"}},
		{"fr", "La résidence des données en Europe est exigée pour les administrations.", []string{"topic.data"}},
		{"fr", "L'accès des services de renseignement étrangers aux données des citoyens européens pose un problème de souveraineté.", []string{"topic.data"}},
		{"fr", "La libre circulation des données à caractère non personnel est garantie dans l'Union.", []string{"topic.data"}},
		{"fr", "Le Conseil de l'Europe a ouvert à la signature le protocole modernisant la convention pour la protection des personnes à l'égard du traitement automatisé des données.", []string{"topic.data"}},
		{"fr", "La Russie exige que les données des citoyens russes soient stockées sur des serveurs situés en Russie.", []string{"topic.data"}},
		{"fr", "Les flux transfrontaliers d'informations personnelles sont encadrés par des clauses contractuelles types.", []string{"topic.data"}},
		{"fr", "La sécurité des données de santé hébergées dans le cloud relève d'une certification spécifique.", []string{"topic.data"}},
		{"fr", "La protection de la vie privée et des données personnelles est un droit fondamental.", []string{"topic.data"}},
		{"fr", "Le réseau stocke de grandes quantités d'énergie.", []string{"-topic.data"}},
		{"fr", "Les données recueillies lors de l'enquête ont permis d'identifier les pirates.", []string{"-topic.data"}},
		{"fr", "Les pirates ont été poursuivis pour atteinte à un système de traitement automatisé de données.", []string{"-topic.data"}},
	})
}

// TestFrenchRound26CapacityBuilding checks measures.capacity_building: portals and directories of expertise and
// contacts, technology and know-how transferred, technical cooperation, donors
// and beneficiaries, cyber resilience, continuity plans, technical and human
// means acquired, response teams named with "de", research and development,
// partners accompanied, against the digital divide as development, attackers'
// means and capacities, and other sectors' plans and transfers.
func TestFrenchRound26CapacityBuilding(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les pays en développement ont besoin d'un appui pour se doter de capacités nationales de réponse aux incidents informatiques.", []string{"measures.capacity_building"}},
		{"fr", "Le programme aide les États africains à élaborer leur stratégie nationale de cybersécurité.", []string{"measures.capacity_building"}},
		{"fr", "L'Union européenne finance la formation de magistrats et d'enquêteurs spécialisés dans la preuve numérique.", []string{"measures.capacity_building"}},
		{"fr", "Chaque État devrait disposer d'une équipe nationale de réponse aux incidents de sécurité informatique.", []string{"measures.capacity_building"}},
		{"fr", "Le Sénégal a créé un centre national de réponse aux incidents cyber.", []string{"measures.capacity_building"}},
		{"fr", "Les États sont invités à mener des exercices conjoints de gestion de crise cyber.", []string{"measures.capacity_building"}},
		{"fr", "Le portail mondial d'expertise cyber met en relation les donateurs et les pays bénéficiaires de projets de coopération.", []string{"measures.capacity_building"}},
		{"fr", "La réduction de la fracture numérique passe par le transfert de technologies et d'expertise vers les pays du Sud.", []string{"-measures.capacity_building"}},
		{"fr", "La France soutient des programmes de coopération technique pour renforcer la cyberrésilience de ses partenaires africains.", []string{"measures.capacity_building"}},
		{"fr", "L'État doit mettre en place un plan de continuité d'activité en cas d'incident cyber majeur.", []string{"measures.capacity_building"}},
		{"fr", "Les États devraient mener des campagnes de sensibilisation du public aux risques numériques.", []string{"measures.capacity_building"}},
		{"fr", "Le groupe de travail recommande la mise en place d'un répertoire mondial des points de contact en matière de cybersécurité.", []string{"measures.capacity_building"}},
		{"fr", "Le Maroc a adopté une loi relative à la cybersécurité qui fixe les obligations des administrations.", []string{"measures.capacity_building"}},
		{"fr", "Le Cameroun s'est doté d'une agence nationale des technologies de l'information chargée de la sécurité des réseaux.", []string{"measures.capacity_building"}},
		{"fr", "Les actions de renforcement des capacités en cybersécurité doivent répondre aux besoins exprimés par les États bénéficiaires.", []string{"measures.capacity_building"}},
		{"fr", "La coopération Sud-Sud permet de mutualiser les compétences en cybersécurité.", []string{"measures.capacity_building"}},
		{"fr", "Le gouvernement investit dans la formation de cyberdéfenseurs et de spécialistes de la sécurité des systèmes.", []string{"measures.capacity_building"}},
		{"fr", "Les États devraient se doter de moyens techniques et humains pour détecter les cyberattaques.", []string{"measures.capacity_building"}},
		{"fr", "Les pirates disposent de capacités offensives considérables.", []string{"-measures.capacity_building"}},
		{"fr", "La capacité de stockage du centre de données a été doublée.", []string{"-measures.capacity_building"}},
		{"fr", "Le rapport mentionne le renforcement des capacités parmi les thèmes de la réunion.", []string{"-measures.capacity_building"}},
		{"fr", "La Convention établit un cadre international de coopération contre la cybercriminalité.", []string{"-measures.capacity_building"}},
		{"fr", "La capacité de l'État à empêcher l'attaque dépend de ses moyens techniques.", []string{"-measures.capacity_building"}},
		{"fr", "Le transfert de technologies agricoles vers l'Afrique a été évoqué au sommet.", []string{"-measures.capacity_building"}},
		{"fr", "Les bailleurs de fonds ont réduit leur aide aux pays bénéficiaires du programme de santé.", []string{"-measures.capacity_building"}},
		{"fr", "Le plan de continuité des transports publics prévoit des bus de remplacement.", []string{"-measures.capacity_building"}},
		{"fr", "Les pirates disposent de moyens techniques et humains considérables pour mener leurs cyberattaques.", []string{"-measures.capacity_building"}},
		{"fr", "Le Kenya a mis sur pied une équipe de réponse aux urgences informatiques rattachée au régulateur des télécommunications.", []string{"measures.capacity_building"}},
		{"fr", "La Côte d'Ivoire a ratifié la convention de Malabo et adapté son code pénal aux infractions informatiques.", []string{"measures.capacity_building"}},
		{"fr", "Les États devraient encourager la recherche et le développement en matière de sécurité des technologies de l'information.", []string{"measures.capacity_building"}},
		{"fr", "La France accompagne les pays partenaires dans la structuration de leur écosystème de cybersécurité.", []string{"measures.capacity_building"}},
		{"fr", "Le groupe de travail appelle à renforcer les capacités des pays en développement à appliquer les normes de comportement responsable.", []string{"measures.capacity_building"}},
		{"fr", "Les autorités ont organisé un exercice national simulant une cyberattaque contre le réseau électrique.", []string{"measures.capacity_building"}},
		{"fr", "Le pays s'est doté d'une stratégie nationale de cybersécurité assortie d'un plan d'action.", []string{"measures.capacity_building"}},
		{"fr", "L'Union africaine soutient la création de centres régionaux d'excellence en cybersécurité.", []string{"measures.capacity_building"}},
		{"fr", "La sensibilisation des agents publics à l'hygiène informatique est une priorité du plan national.", []string{"measures.capacity_building"}},
		{"fr", "Les États doivent développer une main-d'œuvre qualifiée en cybersécurité.", []string{"measures.capacity_building"}},
		{"fr", "Les cybercriminels développent des capacités de plus en plus sophistiquées.", []string{"-measures.capacity_building"}},
		{"fr", "Le gouvernement a publié un rapport sur l'économie numérique.", []string{"-measures.capacity_building"}},
		{"fr", "Le Bénin a adopté un cadre juridique national complet en matière de cybersécurité.", []string{"measures.capacity_building"}},
		{"fr", "Le gouvernement entend renforcer la cybersécurité des administrations et des hôpitaux.", []string{"measures.capacity_building"}},
		{"fr", "La convention a adopté un cadre juridique international pour la coopération contre la cybercriminalité.", []string{"-measures.capacity_building"}},
	})
}

// TestFrenchRound26StandardCapacity checks standard.capacity: what can reasonably be expected, practicable measures,
// the degree of vigilance, doing one's best, the well-organised and the
// reasonable government, measures within its power or at its disposal, small
// States held to the same means, regard had to capacities, and means relative
// to a duty, against a State answering an attack on itself, transposing a
// directive, or acting "selon ses moyens" with no duty named.
func TestFrenchRound26StandardCapacity(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "L'État n'est tenu que de prendre les mesures que l'on peut raisonnablement attendre de lui pour empêcher l'opération.", []string{"standard.capacity"}},
		{"fr", "L'obligation de prévention impose à l'État de faire tout ce qui est en son pouvoir pour empêcher les cyberattaques lancées depuis son territoire.", []string{"standard.capacity"}},
		{"fr", "Les États devraient prendre toutes les mesures praticables pour mettre fin aux cyberopérations malveillantes émanant de leur territoire.", []string{"standard.capacity"}},
		{"fr", "L'État territorial doit employer tous les moyens raisonnablement à sa disposition pour faire cesser l'attaque.", []string{"standard.capacity"}},
		{"fr", "Le niveau de diligence attendu varie selon les moyens techniques dont dispose l'État.", []string{"standard.capacity"}},
		{"fr", "Un État aux ressources limitées ne saurait être tenu au même degré de vigilance qu'une grande puissance numérique.", []string{"standard.capacity"}},
		{"fr", "Il est attendu des États qu'ils fassent de leur mieux pour empêcher l'utilisation de leur territoire à des fins malveillantes.", []string{"standard.capacity"}},
		{"fr", "L'État doit agir avec la diligence que l'on attend d'un gouvernement bien organisé pour prévenir les cyberattaques.", []string{"standard.capacity"}},
		{"fr", "La diligence requise est proportionnée au risque de dommage transfrontière et aux capacités de l'État d'origine.", []string{"standard.capacity"}},
		{"fr", "L'obligation de l'État de faire cesser l'opération est limitée à ce qui est faisable compte tenu de ses capacités techniques.", []string{"standard.capacity"}},
		{"fr", "Les États doivent prendre les mesures qu'on peut attendre d'eux, eu égard à leurs capacités, pour prévenir les dommages.", []string{"standard.capacity"}},
		{"fr", "L'État doit déployer des efforts raisonnables pour atténuer l'opération lorsqu'il en a connaissance.", []string{"standard.capacity"}},
		{"fr", "L'entreprise doit prendre des mesures raisonnables pour protéger les données de ses clients.", []string{"-standard.capacity"}},
		{"fr", "Les parties au conflit doivent prendre toutes les précautions pratiquement possibles dans l'attaque.", []string{"-standard.capacity"}},
		{"fr", "Le gouvernement prendra toutes les mesures nécessaires pour se défendre contre les attaques.", []string{"-standard.capacity"}},
		{"fr", "Les capacités cyber de la Chine se sont fortement développées.", []string{"-standard.capacity"}},
		{"fr", "La France a renforcé ses capacités de cyberdéfense.", []string{"-standard.capacity"}},
		{"fr", "Le pays dispose de moyens considérables pour mener des opérations offensives.", []string{"-standard.capacity"}},
		{"fr", "Le ministre a promis de faire de son mieux pour améliorer le service public.", []string{"-standard.capacity"}},
		{"fr", "Le degré de vigilance des usagers face au hameçonnage reste faible.", []string{"-standard.capacity"}},
		{"fr", "Les collectivités aux ressources limitées peinent à recruter des informaticiens.", []string{"-standard.capacity"}},
		{"fr", "Les États doivent convenir de règles sur ce que l'on peut attendre d'un État dans le cyberespace.", []string{"-standard.capacity"}},
		{"fr", "L'obligation de diligence est une obligation de comportement et non de résultat : l'État doit faire de son mieux.", []string{"standard.capacity"}},
		{"fr", "On ne saurait attendre d'un petit État les mêmes moyens de prévention que d'une grande puissance numérique.", []string{"standard.capacity"}},
		{"fr", "L'État doit prendre toutes les mesures qui sont en son pouvoir pour mettre fin à l'opération.", []string{"standard.capacity"}},
		{"fr", "L'État territorial n'est tenu d'agir que dans les limites de ses capacités techniques et juridiques.", []string{"standard.capacity"}},
		{"fr", "Le critère est celui de la diligence raisonnable : l'État doit agir comme le ferait un État raisonnable placé dans la même situation.", []string{"standard.capacity"}},
		{"fr", "L'étendue de l'obligation varie en fonction de la gravité du risque et des moyens à la disposition de l'État.", []string{"standard.capacity"}},
		{"fr", "L'État doit employer tous les moyens raisonnables à sa disposition pour empêcher les cyberattaques émanant de son territoire.", []string{"standard.capacity"}},
		{"fr", "La Chine dispose de moyens considérables pour surveiller son internet.", []string{"-standard.capacity"}},
		{"fr", "La France prendra toutes les mesures appropriées pour répondre à la cyberattaque dont elle a été victime.", []string{"-standard.capacity"}},
		{"fr", "Les États disposent de capacités cyber offensives de plus en plus importantes.", []string{"-standard.capacity"}},
		{"fr", "Les sanctions doivent être appropriées et proportionnées à la gravité de l'attaque.", []string{"-standard.capacity"}},
		{"fr", "Les États membres adopteront les mesures appropriées pour transposer la directive NIS 2.", []string{"-standard.capacity"}},
		{"fr", "La riposte de l'État doit être proportionnée à la cyberattaque subie.", []string{"-standard.capacity"}},
		{"fr", "Les capacités de l'État en matière de cyberdéfense sont limitées par son budget.", []string{"-standard.capacity"}},
		{"fr", "Le gouvernement a pris des mesures adéquates pour protéger les élections.", []string{"-standard.capacity"}},
		{"fr", "Le niveau de cybersécurité des États membres dépend des moyens consacrés aux agences.", []string{"-standard.capacity"}},
		{"fr", "Chaque État agit selon ses moyens pour développer son écosystème numérique.", []string{"-standard.capacity"}},
		{"fr", "Les mesures appropriées de gestion des risques doivent être prises par les entités essentielles.", []string{"-standard.capacity"}},
		{"fr", "La contre-mesure doit être proportionnée au préjudice subi.", []string{"-standard.capacity"}},
		{"fr", "L'État territorial doit prendre les mesures appropriées pour faire cesser la cyberopération dont il a connaissance.", []string{"standard.capacity"}},
		{"fr", "On ne peut exiger de l'État qu'il fasse l'impossible pour empêcher toute cyberattaque depuis son territoire.", []string{"standard.capacity"}},
	})
}

// TestFrenchRound26IHL checks topic.ihl: the protections IHL names (civilian population, objects
// indispensable to survival, dangerous forces, hors de combat, the emblem in
// conflict, weapons review, collateral damage and military advantage, levée en
// masse, combatant and prisoner-of-war status, ruses of war) and belligerents
// as IHL's subjects, against strategic military advantage, war aims, belligerents as a report's parties, civilians protected from fraud.
func TestFrenchRound26IHL(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les cyberopérations menées dans le cadre d'un conflit armé sont soumises aux principes de distinction, de proportionnalité et de précaution.", []string{"topic.ihl"}},
		{"fr", "Une cyberattaque ne peut être dirigée contre la population civile ni contre des biens indispensables à sa survie.", []string{"topic.ihl"}},
		{"fr", "Les données civiles devraient être considérées comme des biens protégés au sens du droit des conflits armés.", []string{"topic.ihl"}},
		{"fr", "Les hackers civils qui participent directement aux hostilités perdent la protection contre les attaques.", []string{"topic.ihl"}},
		{"fr", "Les ouvrages et installations contenant des forces dangereuses, comme les barrages et les centrales nucléaires, ne doivent pas être attaqués.", []string{"topic.ihl"}},
		{"fr", "Le CICR rappelle que les cyberopérations ne doivent pas viser les hôpitaux pendant les conflits.", []string{"topic.ihl"}},
		{"fr", "Les règles relatives à la conduite des hostilités s'appliquent aux cyberopérations en temps de guerre.", []string{"topic.ihl"}},
		{"fr", "L'emblème protecteur numérique permettrait d'identifier les infrastructures médicales protégées en temps de conflit armé.", []string{"topic.ihl"}},
		{"fr", "Une cyberopération qui cause des morts, des blessés ou des destructions constitue une attaque au sens de l'article 49 du Protocole additionnel I.", []string{"topic.ihl"}},
		{"fr", "La France estime que le droit international humanitaire s'applique aux cyberopérations conduites dans le cadre de conflits armés.", []string{"topic.ihl"}},
		{"fr", "L'examen de la licéité des nouvelles armes prévu à l'article 36 s'applique aux cyberarmes.", []string{"topic.ihl"}},
		{"fr", "Le droit des conflits armés interdit les attaques contre les personnes hors de combat.", []string{"topic.ihl"}},
		{"fr", "Les belligérants doivent épargner les infrastructures civiles lors des cyberattaques en temps de conflit armé.", []string{"topic.ihl"}},
		{"fr", "Le risque d'escalade vers un conflit armé doit être réduit par des mesures de confiance.", []string{"-topic.ihl"}},
		{"fr", "La cyberattaque a été qualifiée de crime par la justice ukrainienne.", []string{"-topic.ihl"}},
		{"fr", "Le principe de proportionnalité s'applique aux contre-mesures.", []string{"-topic.ihl"}},
		{"fr", "Les civils ont été les premières victimes de la panne d'électricité provoquée par le piratage.", []string{"-topic.ihl"}},
		{"fr", "Les forces armées ont créé un commandement de la cyberdéfense.", []string{"-topic.ihl"}},
		{"fr", "La campagne de désinformation était dirigée contre la population civile de la région.", []string{"-topic.ihl"}},
		{"fr", "Le joueur de football a été mis hors de combat par une blessure.", []string{"-topic.ihl"}},
		{"fr", "L'emblème de la marque a été modifié après le rachat.", []string{"-topic.ihl"}},
		{"fr", "Le CICR propose des emblèmes numériques pour que les criminels ne puissent pas prétendre ignorer qu'ils frappent un hôpital.", []string{"-topic.ihl"}},
		{"fr", "Chaque État doit procéder à l'examen juridique des nouvelles armes, y compris des cyberarmes.", []string{"topic.ihl"}},
		{"fr", "Les objectifs militaires de la Russie en Ukraine restent flous selon les analystes.", []string{"-topic.ihl"}},
		{"fr", "Une cyberattaque d'envergure pourrait déclencher un conflit armé entre grandes puissances.", []string{"-topic.ihl"}},
		{"fr", "La guerre en Ukraine a vu une multiplication des cyberattaques contre les civils et les entreprises.", []string{"-topic.ihl"}},
		{"fr", "Le conflit armé en Ukraine a accéléré la coopération entre les CERT européens.", []string{"-topic.ihl"}},
		{"fr", "Les belligérants ont chacun mobilisé des groupes de hackers patriotes.", []string{"-topic.ihl"}},
		{"fr", "Depuis le début du conflit armé, les attaques par déni de service se sont multipliées.", []string{"-topic.ihl"}},
		{"fr", "La protection des civils contre les escroqueries en ligne est une priorité du gouvernement.", []string{"-topic.ihl"}},
		{"fr", "Le seuil de l'agression armée au sens de l'article 51 peut être atteint par une cyberattaque.", []string{"-topic.ihl"}},
		{"fr", "La France distingue l'usage de la force de l'agression armée, qui ouvre le droit de légitime défense.", []string{"-topic.ihl"}},
		{"fr", "Le rapport sur les conflits armés et le cyberespace sera présenté en mars.", []string{"-topic.ihl"}},
		{"fr", "Le droit international humanitaire ne s'applique qu'en situation de conflit armé.", []string{"topic.ihl"}},
		{"fr", "Les cyberopérations menées par les belligérants doivent respecter le principe de distinction.", []string{"topic.ihl"}},
		{"fr", "Les hôpitaux bénéficient d'une protection spéciale en période de conflit armé, y compris contre les cyberattaques.", []string{"topic.ihl"}},
		{"fr", "Une cyberattaque contre un réseau militaire ne doit pas causer de dommages collatéraux excessifs aux civils.", []string{"topic.ihl"}},
		{"fr", "Les pertes civiles incidentes doivent être mises en balance avec l'avantage militaire attendu.", []string{"topic.ihl"}},
		{"fr", "Des civils qui prennent spontanément les armes informatiques contre l'envahisseur pourraient relever de la levée en masse.", []string{"topic.ihl"}},
		{"fr", "Les hackers capturés ne bénéficient du statut de prisonnier de guerre que s'ils remplissent les conditions du statut de combattant.", []string{"topic.ihl"}},
		{"fr", "Les ruses de guerre sont licites, contrairement à la perfidie, y compris dans le cyberespace.", []string{"topic.ihl"}},
		{"fr", "L'avantage militaire concret et direct attendu doit être évalué avant toute cyberattaque.", []string{"topic.ihl"}},
		{"fr", "Le gouvernement a dénoncé les dommages collatéraux de la crise financière sur l'emploi.", []string{"-topic.ihl"}},
		{"fr", "Les pertes civiles de l'entreprise ont été couvertes par son assurance.", []string{"-topic.ihl"}},
		{"fr", "La Chine cherche à obtenir un avantage militaire décisif dans le cyberespace.", []string{"-topic.ihl"}},
	})
}

// TestFrenchRound26Prevention checks scope.prevention: anticipating, deterring, standing in the way of and
// foiling operations, the duty's preventive dimension, "avant que le dommage ne
// survienne", against forecasts and "prévenir" in the sense of warning.
func TestFrenchRound26Prevention(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les États devraient prendre des mesures en amont pour que leur territoire ne serve pas de base à des cyberattaques contre d'autres États.", []string{"scope.prevention"}},
		{"fr", "L'État doit empêcher que des groupes criminels lancent des attaques informatiques depuis son territoire.", []string{"scope.prevention"}},
		{"fr", "L'obligation de vigilance impose à l'État d'anticiper les opérations malveillantes susceptibles de nuire à d'autres États.", []string{"scope.prevention"}},
		{"fr", "Il incombe à l'État de dissuader les acteurs privés de lancer des cyberopérations contre des États tiers.", []string{"scope.prevention"}},
		{"fr", "Les États devraient adopter des mesures de prévention pour éviter que des cyberattaques ne soient lancées depuis leur sol.", []string{"scope.prevention"}},
		{"fr", "L'État a l'obligation de faire obstacle aux cyberactivités nuisibles qui pourraient se préparer sur son territoire.", []string{"scope.prevention"}},
		{"fr", "L'État n'est pas tenu de prévenir toutes les cyberopérations menées depuis son territoire.", []string{"scope.prevention"}},
		{"fr", "La norme 13 c) a une dimension préventive : l'État doit agir avant que le dommage ne survienne.", []string{"scope.prevention"}},
		{"fr", "Les États devraient s'efforcer de prévenir l'utilisation abusive des technologies de l'information par des acteurs non étatiques.", []string{"scope.prevention"}},
		{"fr", "L'État territorial doit prévenir les dommages transfrontières significatifs causés par des activités numériques sur son territoire.", []string{"scope.prevention"}},
		{"fr", "La diligence requise comprend le devoir de prévenir les cyberattaques avant qu'elles ne se produisent.", []string{"scope.prevention"}},
		{"fr", "Les conflits armés peuvent être prévenus par le dialogue entre États.", []string{"-scope.prevention"}},
		{"fr", "Le gouvernement a prévenu la population d'un risque de coupure d'électricité.", []string{"-scope.prevention"}},
		{"fr", "Le ministère a averti les entreprises du risque de rançongiciels.", []string{"-scope.prevention"}},
		{"fr", "L'agence nationale recommande de sauvegarder les données pour prévenir la perte d'informations.", []string{"-scope.prevention"}},
		{"fr", "Les analystes anticipent une hausse des cyberattaques contre les hôpitaux en 2025.", []string{"-scope.prevention"}},
		{"fr", "La dimension préventive de la politique de santé publique a été renforcée.", []string{"-scope.prevention"}},
		{"fr", "Les experts anticipent des cyberattaques plus nombreuses et une augmentation des rançons.", []string{"-scope.prevention"}},
		{"fr", "Les États devraient réduire le risque que leur territoire soit utilisé pour des cyberattaques en adoptant des mesures préventives.", []string{"scope.prevention"}},
		{"fr", "L'État qui sait qu'une cyberattaque se prépare depuis son territoire doit la déjouer.", []string{"scope.prevention"}},
		{"fr", "L'obligation de vigilance de l'État comprend un volet préventif à l'égard des cyberopérations.", []string{"scope.prevention"}},
		{"fr", "Les États doivent interdire et empêcher l'utilisation de leurs infrastructures pour des opérations malveillantes.", []string{"scope.prevention"}},
		{"fr", "Il faut éviter que des cyberopérations ne soient conduites depuis le territoire d'un État contre un autre État.", []string{"scope.prevention"}},
		{"fr", "L'État doit se doter des moyens d'empêcher que des attaques informatiques soient lancées depuis ses réseaux.", []string{"scope.prevention"}},
		{"fr", "Prévenir les cyberattaques transfrontières est la première obligation de l'État territorial.", []string{"scope.prevention"}},
		{"fr", "La prévention des cyberopérations malveillantes exige une coopération étroite entre États.", []string{"scope.prevention"}},
		{"fr", "Le gouvernement a prévenu les entreprises d'une vague d'attaques par hameçonnage.", []string{"-scope.prevention"}},
		{"fr", "La prévention routière reste une priorité du ministère.", []string{"-scope.prevention"}},
		{"fr", "La prévention des dommages transfrontières causés par des activités numériques est au cœur de la diligence requise.", []string{"scope.prevention"}},
		{"fr", "L'État devrait agir en amont pour éviter que ses infrastructures ne soient détournées par des pirates.", []string{"scope.prevention"}},
		{"fr", "Les hôpitaux doivent sauvegarder leurs données pour éviter la perte d'informations en cas d'attaque.", []string{"-scope.prevention"}},
		{"fr", "Ces mesures permettent d'éviter des coûts supplémentaires pour l'État.", []string{"-scope.prevention"}},
	})
}

// TestFrenchRound26HumanRights checks topic.human_rights: spyware and surveillance against journalists and
// activists, dignity, the right to seek and receive information, the freedoms
// that take "de", surveillance held to necessity and proportionality, bulk
// interception, filtering held to the law, against other freedoms and bodies
// named in passing.
func TestFrenchRound26HumanRights(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les droits dont les personnes jouissent hors ligne doivent être protégés en ligne.", []string{"topic.human_rights"}},
		{"fr", "Le droit international des droits de l'homme s'applique pleinement au cyberespace.", []string{"topic.human_rights"}},
		{"fr", "Les coupures d'internet décidées par les gouvernements portent atteinte à la liberté d'expression.", []string{"topic.human_rights"}},
		{"fr", "La surveillance numérique généralisée des citoyens est incompatible avec le droit au respect de la vie privée.", []string{"topic.human_rights"}},
		{"fr", "Les États doivent s'abstenir d'utiliser des logiciels espions contre des journalistes et des militants.", []string{"topic.human_rights"}},
		{"fr", "Le Pacte international relatif aux droits civils et politiques protège la liberté d'opinion.", []string{"topic.human_rights"}},
		{"fr", "Les mesures de cybersécurité doivent respecter les droits et libertés fondamentaux des individus.", []string{"topic.human_rights"}},
		{"fr", "La protection de la vie privée à l'ère du numérique a fait l'objet de résolutions de l'Assemblée générale.", []string{"topic.human_rights"}},
		{"fr", "Les lois sur la cybercriminalité ne doivent pas servir à réprimer les opposants et les défenseurs des droits humains.", []string{"topic.human_rights"}},
		{"fr", "Le logiciel espion Pegasus a été utilisé pour surveiller des journalistes, des avocats et des opposants politiques.", []string{"topic.human_rights"}},
		{"fr", "Les États doivent respecter le principe de non-discrimination et la dignité humaine dans l'usage des technologies numériques.", []string{"topic.human_rights"}},
		{"fr", "L'Union conditionne l'exportation de technologies de surveillance au respect des droits de la personne dans le pays destinataire.", []string{"topic.human_rights"}},
		{"fr", "Le blocage des réseaux sociaux pendant les élections viole le droit de chercher et de recevoir des informations.", []string{"topic.human_rights"}},
		{"fr", "Les entreprises du numérique ont une responsabilité de respecter les droits humains selon les Principes directeurs des Nations unies.", []string{"topic.human_rights"}},
		{"fr", "Le Conseil des droits de l'homme se réunit à Genève en mars.", []string{"-topic.human_rights"}},
		{"fr", "L'attaque a ciblé le ministère de la Justice et des Libertés.", []string{"-topic.human_rights"}},
		{"fr", "Le rapport traite de la cybersécurité, des droits de l'homme et du développement parmi les thèmes de la session.", []string{"-topic.human_rights"}},
		{"fr", "Les journalistes ont révélé que le logiciel espion avait infecté les serveurs du ministère.", []string{"-topic.human_rights"}},
		{"fr", "Les enquêteurs surveillent les forums où les pirates vendent des données volées.", []string{"-topic.human_rights"}},
		{"fr", "Le droit au respect de la vie privée s'applique aux communications numériques.", []string{"topic.human_rights"}},
		{"fr", "Les États doivent garantir que leurs activités de surveillance respectent les principes de légalité, de nécessité et de proportionnalité.", []string{"topic.human_rights"}},
		{"fr", "Le filtrage et le blocage de contenus en ligne doivent être prévus par la loi et proportionnés.", []string{"topic.human_rights"}},
		{"fr", "Le chiffrement et l'anonymat en ligne protègent la liberté d'opinion et d'expression.", []string{"topic.human_rights"}},
		{"fr", "Le Comité des droits de l'homme a rappelé que l'article 19 du Pacte protège toutes les formes d'expression en ligne.", []string{"topic.human_rights"}},
		{"fr", "La Convention européenne des droits de l'homme s'applique aux mesures de surveillance des communications électroniques.", []string{"topic.human_rights"}},
		{"fr", "La Cour européenne a condamné le régime d'interception en masse pour violation de l'article 8.", []string{"topic.human_rights"}},
		{"fr", "Les obligations des États en matière de droits de l'homme s'étendent à leurs activités dans le cyberespace.", []string{"topic.human_rights"}},
		{"fr", "La coupure d'internet ordonnée pendant les manifestations constitue une restriction disproportionnée des libertés.", []string{"topic.human_rights"}},
		{"fr", "La reconnaissance faciale dans l'espace public menace la liberté de réunion pacifique.", []string{"topic.human_rights"}},
		{"fr", "La liberté des États de choisir leurs partenaires commerciaux ne peut être restreinte.", []string{"-topic.human_rights"}},
		{"fr", "La protection des lanceurs d'alerte et des journalistes en ligne relève des obligations des États en matière de droits fondamentaux.", []string{"topic.human_rights"}},
		{"fr", "Les lois contre les fausses nouvelles servent parfois à museler la presse et les voix dissidentes.", []string{"topic.human_rights"}},
		{"fr", "Le droit international des droits humains s'applique aux activités des États en ligne comme hors ligne.", []string{"topic.human_rights"}},
		{"fr", "Les États doivent s'abstenir de toute surveillance arbitraire ou illégale des communications.", []string{"topic.human_rights"}},
		{"fr", "Le droit au respect de la vie privée protège les données des utilisateurs contre l'ingérence de l'État.", []string{"topic.human_rights"}},
		{"fr", "La traque des opposants en ligne par les autorités porte atteinte à leurs droits.", []string{"topic.human_rights"}},
		{"fr", "Le droit de la concurrence s'applique aux plateformes numériques.", []string{"-topic.human_rights"}},
		{"fr", "La traque des pirates informatiques par la police a duré deux ans.", []string{"-topic.human_rights"}},
	})
}

// TestFrenchRound26Notification checks measures.notification: clitic notices ("l'en avertir", "en informer ce
// dernier"), "faire savoir", technical evidence addressed to the State, against
// States informed of a position, an agenda, a meeting or the state of the
// threat, trends reported, victims reporting to a platform, early-warning
// systems and a State that knew ("sans que l'Albanie en soit informée").
func TestFrenchRound26Notification(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "L'État victime devrait informer l'État d'origine de l'opération malveillante avant de recourir à des contre-mesures.", []string{"measures.notification"}},
		{"fr", "La France a notifié à l'État concerné la présence de serveurs utilisés pour l'attaque sur son territoire.", []string{"measures.notification"}},
		{"fr", "Lorsqu'un État est avisé qu'une cyberattaque est lancée depuis son territoire, il doit agir.", []string{"measures.notification"}},
		{"fr", "L'État lésé a adressé à l'État territorial une demande assortie des éléments techniques relatifs à l'intrusion.", []string{"measures.notification"}},
		{"fr", "Les CERT nationaux alertent leurs homologues étrangers lorsqu'une attaque provient de leur réseau.", []string{"measures.notification"}},
		{"fr", "L'État qui découvre qu'une opération malveillante est lancée contre un autre État depuis ses serveurs devrait l'en avertir sans tarder.", []string{"measures.notification"}},
		{"fr", "Le Japon a signalé à la Chine des cyberattaques émanant de serveurs situés sur son territoire.", []string{"measures.notification"}},
		{"fr", "Les États devraient partager des informations sur les menaces avec les autres États.", []string{"-measures.notification"}},
		{"fr", "Les États sont encouragés à échanger des informations et des bonnes pratiques en matière de cybersécurité.", []string{"-measures.notification"}},
		{"fr", "Le gouvernement a informé la population des mesures prises après l'attaque.", []string{"-measures.notification"}},
		{"fr", "Les opérateurs doivent notifier les incidents à l'autorité nationale dans un délai de 24 heures.", []string{"-measures.notification"}},
		{"fr", "La délégation a informé les États membres de sa position sur le projet de convention.", []string{"-measures.notification"}},
		{"fr", "L'État doit prévenir les cyberattaques lancées depuis son territoire.", []string{"-measures.notification"}},
		{"fr", "Le ministre a informé le Parlement de la stratégie nationale de cybersécurité.", []string{"-measures.notification"}},
		{"fr", "Le système d'alerte précoce des États membres permet de détecter les menaces.", []string{"-measures.notification"}},
		{"fr", "Les autorités ont signalé une hausse des incidents de rançongiciel en 2023.", []string{"-measures.notification"}},
		{"fr", "Les États ont été informés de l'ordre du jour de la session.", []string{"-measures.notification"}},
		{"fr", "Le rapport informe les États sur l'état de la menace cyber.", []string{"-measures.notification"}},
		{"fr", "Les victimes sont invitées à signaler les incidents à la plateforme Cybermalveillance.", []string{"-measures.notification"}},
		{"fr", "L'agence fournit des informations aux États membres sur les bonnes pratiques de sécurité.", []string{"-measures.notification"}},
		{"fr", "Le secrétariat a communiqué aux États les informations relatives aux modalités de la réunion.", []string{"-measures.notification"}},
		{"fr", "Les États doivent informer le Secrétaire général des mesures prises pour appliquer la résolution.", []string{"-measures.notification"}},
		{"fr", "Les gouvernements partagent des renseignements sur les groupes terroristes.", []string{"-measures.notification"}},
		{"fr", "L'État qui détecte une cyberopération émanant du territoire d'un autre État devrait en informer ce dernier.", []string{"measures.notification"}},
		{"fr", "Lorsqu'un État est informé par un autre État qu'une cyberattaque provient de son territoire, il doit enquêter.", []string{"measures.notification"}},
		{"fr", "Le Royaume-Uni a transmis aux autorités russes les adresses des serveurs utilisés dans l'attaque.", []string{"measures.notification"}},
		{"fr", "La notification préalable de l'État territorial permet à celui-ci de faire cesser l'opération.", []string{"measures.notification"}},
		{"fr", "L'État victime doit d'abord alerter l'État d'origine avant toute contre-mesure.", []string{"measures.notification"}},
		{"fr", "La France a fait savoir à l'État concerné que des serveurs situés sur son territoire servaient à attaquer ses réseaux.", []string{"measures.notification"}},
		{"fr", "L'Estonie a saisi les autorités russes d'une demande d'assistance en leur signalant l'origine des attaques.", []string{"measures.notification"}},
		{"fr", "Les États ont été informés de la tenue d'une session extraordinaire.", []string{"-measures.notification"}},
		{"fr", "Le gouvernement a averti que toute cyberattaque ferait l'objet d'une riposte.", []string{"-measures.notification"}},
		{"fr", "La Cour a jugé que le mouillage n'aurait pas pu se faire sans que l'Albanie en soit informée.", []string{"-measures.notification"}},
		{"fr", "Les indicateurs de compromission ont été communiqués au CERT national de l'État d'où provenait l'attaque.", []string{"measures.notification"}},
		{"fr", "Une fois averti par l'État victime, l'État territorial doit agir pour faire cesser l'opération.", []string{"measures.notification"}},
		{"fr", "L'avertissement adressé par les États-Unis à la Russie n'a pas été suivi d'effet.", []string{"measures.notification"}},
		{"fr", "L'État lésé devrait notifier sa demande à l'État responsable avant de prendre des contre-mesures.", []string{"measures.notification"}},
		{"fr", "La Suisse a averti le gouvernement concerné de l'utilisation de ses serveurs dans une campagne d'espionnage.", []string{"measures.notification"}},
		{"fr", "Le CERT a alerté ses homologues étrangers de la présence d'un botnet sur leurs réseaux.", []string{"measures.notification"}},
		{"fr", "L'État informé de l'existence d'une cyberopération menée depuis son territoire ne peut plus invoquer son ignorance.", []string{"measures.notification"}},
		{"fr", "Le ministère a averti les usagers d'une campagne d'hameçonnage.", []string{"-measures.notification"}},
		{"fr", "La CNIL doit être informée de toute violation de données personnelles.", []string{"-measures.notification"}},
	})
}

// TestFrenchRound26Transit checks territory.transit: operations routed, bounced or carried through another
// State's networks, the State of transit and the point of passage, against the
// digital transition, transitional provisions, data in transit, gas transit,
// humanitarian aid routed, an attack across a whole country and a State acting
// through its agents.
func TestFrenchRound26Transit(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "L'attaque a transité par des serveurs situés dans plusieurs pays tiers avant d'atteindre sa cible.", []string{"territory.transit"}},
		{"fr", "L'État dont l'infrastructure n'est qu'un point de passage de la cyberopération a-t-il les mêmes obligations que l'État d'origine ?", []string{"territory.transit"}},
		{"fr", "Les obligations de l'État de transit sont plus limitées que celles de l'État d'où l'attaque est lancée.", []string{"territory.transit"}},
		{"fr", "Les pirates ont fait rebondir leur attaque sur des machines compromises situées en Europe.", []string{"territory.transit"}},
		{"fr", "Le trafic malveillant a été acheminé par des réseaux situés sur le territoire de plusieurs États.", []string{"territory.transit"}},
		{"fr", "La transition numérique de l'État doit s'accompagner d'un effort de cybersécurité.", []string{"-territory.transit"}},
		{"fr", "Les dispositions transitoires de la loi s'appliquent jusqu'en 2025.", []string{"-territory.transit"}},
		{"fr", "Le chiffrement protège les données en transit entre les serveurs de l'État.", []string{"-territory.transit"}},
		{"fr", "L'acheminement de l'aide humanitaire a été perturbé par la cyberattaque.", []string{"-territory.transit"}},
		{"fr", "L'État a agi par l'intermédiaire de ses services de renseignement pour mener l'attaque.", []string{"-territory.transit"}},
		{"fr", "Le gouvernement mène des cyberopérations par l'intermédiaire de groupes criminels.", []string{"-territory.transit"}},
		{"fr", "Les attaques ont traversé une période d'accalmie avant de reprendre contre l'État.", []string{"-territory.transit"}},
		{"fr", "Les câbles sous-marins par lesquels transite l'essentiel du trafic internet sont des infrastructures critiques.", []string{"-territory.transit"}},
		{"fr", "Les pays de transit du gaz ont été visés par des cyberattaques.", []string{"-territory.transit"}},
		{"fr", "La période de transition vers le nouvel État de droit a été marquée par des cyberattaques.", []string{"-territory.transit"}},
		{"fr", "L'accord de libre transit des États enclavés ne couvre pas les données.", []string{"-territory.transit"}},
		{"fr", "La cyberattaque a été menée à travers tout le territoire ukrainien contre les réseaux électriques.", []string{"-territory.transit"}},
	})
}
