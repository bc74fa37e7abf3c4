package annotate

import "testing"

// The tests below check the French rules of round 27, written from the
// vocabulary in which legal, policy and news texts say each element
// (VOCAB-fr.md) and from the English rule families they mirror, not from a
// labelled batch's misses: positives in several syntaxes and near misses that
// use the same words in another sense or as the conventions' NOT lines
// describe. The sentences were written for this test, not taken from a
// labelled passage.

// TestFrenchRound27Termination checks scope.termination: the attackers' tools taken down in other verbs -
// domains deleted, servers disconnected or unplugged, infrastructure paralysed,
// brought down or disorganised, malware uninstalled or wiped, intrusions stopped,
// intruders expelled, fraudulent sites blocked, a demand to stop ransomware
// attacks - against a victim unplugging its own servers, an outage, attackers
// disabling a victim's backups and accounts deleted for another reason.
func TestFrenchRound27Termination(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les autorités ont mis hors service les serveurs de commande et de contrôle du logiciel malveillant.", []string{"scope.termination"}},
		{"fr", "L'État territorial doit faire cesser immédiatement la cyberopération en cours.", []string{"scope.termination"}},
		{"fr", "Europol a coordonné la neutralisation du botnet Emotet.", []string{"scope.termination"}},
		{"fr", "Les enquêteurs ont pris le contrôle des serveurs du groupe de rançongiciel et les ont débranchés.", []string{"scope.termination"}},
		{"fr", "Le parquet a obtenu la suppression des noms de domaine utilisés par les pirates.", []string{"scope.termination"}},
		{"fr", "La police a déconnecté d'internet plus de cent serveurs utilisés pour les attaques.", []string{"scope.termination"}},
		{"fr", "L'opération a permis de paralyser l'infrastructure du réseau de rançongiciel.", []string{"scope.termination"}},
		{"fr", "Il appartient à l'État sur le territoire duquel se trouvent les serveurs de mettre un terme à l'activité malveillante.", []string{"scope.termination"}},
		{"fr", "Le botnet a été démantelé lors d'une opération internationale.", []string{"scope.termination"}},
		{"fr", "Washington a demandé à Moscou de faire cesser les attaques par rançongiciel.", []string{"scope.termination"}},
		{"fr", "Les agences ont coupé les serveurs du botnet.", []string{"scope.termination"}},
		{"fr", "L'infrastructure du maliciel a été mise hors d'état de nuire.", []string{"scope.termination"}},
		{"fr", "Les autorités ont procédé à la fermeture des serveurs de commande des pirates.", []string{"scope.termination"}},
		{"fr", "L'opération Endgame a désorganisé les réseaux de zombies des cybercriminels.", []string{"scope.termination"}},
		{"fr", "Les forces de l'ordre ont désinstallé à distance le logiciel malveillant des ordinateurs infectés.", []string{"scope.termination"}},
		{"fr", "Les pirates ont été expulsés des réseaux du ministère et l'intrusion a été stoppée.", []string{"scope.termination"}},
		{"fr", "Les États doivent prendre des mesures pour faire cesser l'utilisation malveillante des TIC depuis leur territoire.", []string{"scope.termination"}},
		{"fr", "L'État requis devrait agir pour interrompre l'opération malveillante lancée depuis ses serveurs.", []string{"scope.termination"}},
		{"fr", "Les forces de l'ordre ont perturbé les activités du groupe de rançongiciel LockBit.", []string{"scope.termination"}},
		{"fr", "La justice a ordonné le blocage des sites frauduleux utilisés par les escrocs en ligne.", []string{"scope.termination"}},
		{"fr", "Le FBI a fait tomber l'infrastructure du botnet Qakbot.", []string{"scope.termination"}},
		{"fr", "Les policiers ont saisi les serveurs et mis hors ligne la plateforme des cybercriminels.", []string{"scope.termination"}},
		{"fr", "L'hôpital a dû interrompre ses services après la cyberattaque.", []string{"-scope.termination"}},
		{"fr", "L'entreprise a mis hors ligne ses propres serveurs par précaution après l'intrusion.", []string{"-scope.termination"}},
		{"fr", "Les pirates ont promis de cesser l'attaque contre le paiement d'une rançon.", []string{"-scope.termination"}},
		{"fr", "Le mandat du groupe d'experts gouvernementaux a pris fin en 2021.", []string{"-scope.termination"}},
		{"fr", "La cyberattaque a paralysé les services de la mairie pendant une semaine.", []string{"-scope.termination"}},
		{"fr", "Le but de l'opération de police était d'empêcher les pirates de poursuivre leurs attaques en coupant leurs serveurs.", []string{"scope.termination"}},
		{"fr", "Les États devraient agir pour faire cesser toute cyberactivité malveillante émanant de leur territoire.", []string{"scope.termination"}},
		{"fr", "Le FBI a supprimé à distance le logiciel malveillant de centaines de routeurs infectés.", []string{"scope.termination"}},
		{"fr", "La coalition a mis fin à l'activité du botnet en saisissant ses serveurs.", []string{"scope.termination"}},
		{"fr", "L'opération internationale a mis à mal l'écosystème des rançongiciels.", []string{"scope.termination"}},
		{"fr", "Les policiers ont démantelé la plateforme de location de logiciels malveillants.", []string{"scope.termination"}},
		{"fr", "Les États-Unis exigent que la Chine mette fin à ses cyberopérations contre les infrastructures américaines.", []string{"scope.termination"}},
		{"fr", "La coalition internationale a neutralisé l'infrastructure du logiciel malveillant Emotet.", []string{"scope.termination"}},
		{"fr", "Il incombe à l'État territorial de faire cesser l'activité malveillante dès qu'il en a connaissance.", []string{"scope.termination"}},
		{"fr", "L'action judiciaire a permis de couper les communications entre les machines infectées et les serveurs des pirates.", []string{"scope.termination"}},
		{"fr", "Le ministère a supprimé les comptes utilisés par les fonctionnaires partis à la retraite sur l'intranet.", []string{"-scope.termination"}},
		{"fr", "La panne a paralysé les serveurs de l'opérateur pendant six heures.", []string{"-scope.termination"}},
		{"fr", "Les attaquants ont désactivé les serveurs de sauvegarde de la victime avant de chiffrer ses données.", []string{"-scope.termination"}},
		{"fr", "Les pirates ont supprimé les logiciels antivirus des ordinateurs infectés.", []string{"-scope.termination"}},
		{"fr", "L'hôpital a débranché ses serveurs après l'attaque des pirates.", []string{"-scope.termination"}},
	})
}

// TestFrenchRound27StateResponsibility checks topic.state_responsibility: the forms of reparation by their
// content (restitution, satisfaction, apology, compensation, the State at fault,
// States injured or specially affected), attribution in other verbs (hackers
// steered by services, attacks condemned as the work of State-affiliated actors)
// and accusations dismissed by a name - against a project steered by a ministry
// and an attack condemned with no author tied to a State.
func TestFrenchRound27StateResponsibility(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Tout fait internationalement illicite d'un État engage sa responsabilité internationale.", []string{"topic.state_responsibility"}},
		{"fr", "L'État lésé peut invoquer la responsabilité de l'État auteur de la cyberopération.", []string{"topic.state_responsibility"}},
		{"fr", "L'État responsable est tenu de réparer intégralement le préjudice causé par le fait illicite.", []string{"topic.state_responsibility"}},
		{"fr", "Les contre-mesures doivent être proportionnées au préjudice subi.", []string{"topic.state_responsibility"}},
		{"fr", "L'état de nécessité peut exclure l'illicéité d'une cyberopération.", []string{"topic.state_responsibility"}},
		{"fr", "Le Royaume-Uni a imputé publiquement la cyberattaque au renseignement militaire russe.", []string{"topic.state_responsibility"}},
		{"fr", "Paris accuse Moscou d'être derrière la campagne de piratage.", []string{"topic.state_responsibility"}},
		{"fr", "Selon Washington, les pirates agissaient pour le compte des services de renseignement chinois.", []string{"topic.state_responsibility"}},
		{"fr", "Le Kremlin a démenti toute implication dans l'attaque informatique contre le réseau électrique ukrainien.", []string{"topic.state_responsibility"}},
		{"fr", "L'Union européenne a imposé des sanctions à des officiers du GRU pour la cyberattaque contre le Bundestag.", []string{"topic.state_responsibility"}},
		{"fr", "Le groupe APT29, rattaché au SVR, serait à l'origine de l'intrusion, selon les autorités néerlandaises.", []string{"topic.state_responsibility"}},
		{"fr", "Le consentement, la légitime défense, la force majeure et la détresse excluent l'illicéité du comportement de l'État.", []string{"topic.state_responsibility"}},
		{"fr", "L'État auteur doit offrir des assurances et garanties de non-répétition appropriées.", []string{"topic.state_responsibility"}},
		{"fr", "Les États-Unis ont désigné des pirates soutenus par l'Iran comme auteurs de l'attaque.", []string{"topic.state_responsibility"}},
		{"fr", "Le comportement d'un organe de l'État est considéré comme un fait de cet État d'après le droit international.", []string{"topic.state_responsibility"}},
		{"fr", "Pékin a rejeté les accusations sans fondement de cyberespionnage formulées par Washington.", []string{"topic.state_responsibility"}},
		{"fr", "L'indemnisation couvre tout dommage susceptible d'évaluation financière causé par la cyberopération.", []string{"topic.state_responsibility"}},
		{"fr", "Après les attaques de 2007, l'Estonie a pointé du doigt la Russie.", []string{"topic.state_responsibility"}},
		{"fr", "Berlin a attribué l'ingérence électorale à des pirates parrainés par l'État russe.", []string{"topic.state_responsibility"}},
		{"fr", "La France a convoqué l'ambassadeur russe après la cyberattaque attribuée à APT28.", []string{"topic.state_responsibility"}},
		{"fr", "La violation d'une obligation internationale par un État au moyen d'une cyberopération engage sa responsabilité.", []string{"topic.state_responsibility"}},
		{"fr", "Le gouvernement canadien a dénoncé publiquement le rôle de la Chine dans le piratage de Microsoft Exchange.", []string{"topic.state_responsibility"}},
		{"fr", "Les Pays-Bas ont expulsé quatre agents du GRU pris en flagrant délit de piratage contre l'OIAC.", []string{"topic.state_responsibility"}},
		{"fr", "Une cyberopération qui viole la souveraineté d'un autre État constitue un fait illicite qui autorise des contre-mesures.", []string{"topic.state_responsibility"}},
		{"fr", "L'État qui aide ou assiste un autre État dans la commission du fait internationalement illicite est responsable.", []string{"topic.state_responsibility"}},
		{"fr", "Les autorités américaines ont inculpé sept hackers travaillant pour le ministère chinois de la Sécurité d'État.", []string{"topic.state_responsibility"}},
		{"fr", "L'attribution des fréquences relève de l'autorité de régulation.", []string{"-topic.state_responsibility"}},
		{"fr", "Le groupe Conti a revendiqué l'attaque contre le ministère des Finances.", []string{"-topic.state_responsibility"}},
		{"fr", "La responsabilité sociale des entreprises du numérique progresse.", []string{"-topic.state_responsibility"}},
		{"fr", "Les sanctions pénales contre les cybercriminels ont été alourdies.", []string{"-topic.state_responsibility"}},
		{"fr", "Washington tient Pékin pour responsable de la vaste campagne d'espionnage informatique.", []string{"topic.state_responsibility"}},
		{"fr", "L'attaque porte la signature de pirates nord-coréens travaillant pour le régime de Pyongyang, selon les chercheurs.", []string{"topic.state_responsibility"}},
		{"fr", "Le ministère des Affaires étrangères a condamné la cyberattaque menée par des acteurs affiliés à l'État iranien.", []string{"topic.state_responsibility"}},
		{"fr", "La Chine est soupçonnée d'avoir commandité le piratage des serveurs du Parlement.", []string{"topic.state_responsibility"}},
		{"fr", "L'État victime d'une cyberopération illicite a droit à une indemnisation.", []string{"topic.state_responsibility"}},
		{"fr", "L'État lésé peut prendre des contre-mesures pour amener l'État responsable à s'acquitter de ses obligations.", []string{"topic.state_responsibility"}},
		{"fr", "Les pirates étaient téléguidés par les services secrets russes, affirme le rapport.", []string{"topic.state_responsibility"}},
		{"fr", "Le Conseil de l'UE a adopté des mesures restrictives contre les auteurs de la cyberattaque WannaCry, qu'il impute à la Corée du Nord.", []string{"topic.state_responsibility"}},
		{"fr", "L'attaque a été revendiquée par un groupe qui agirait en réalité pour le compte de Téhéran.", []string{"topic.state_responsibility"}},
		{"fr", "La Russie nie catégoriquement être impliquée dans les cyberattaques contre l'Estonie.", []string{"topic.state_responsibility"}},
		{"fr", "Les cyberattaques de l'État iranien engagent la responsabilité de Téhéran au regard du droit international.", []string{"topic.state_responsibility"}},
		{"fr", "La satisfaction peut consister en une reconnaissance de la violation ou des excuses formelles de l'État fautif.", []string{"topic.state_responsibility"}},
		{"fr", "La restitution consiste à rétablir la situation qui existait avant la cyberopération illicite.", []string{"topic.state_responsibility"}},
		{"fr", "Les rétorsions, contrairement aux contre-mesures, sont des actes inamicaux mais licites.", []string{"topic.state_responsibility"}},
		{"fr", "Le gouvernement australien a formellement attribué la campagne à des acteurs parrainés par l'État chinois.", []string{"topic.state_responsibility"}},
		{"fr", "Les Britanniques ont identifié la main de Moscou derrière le piratage de l'agence antidopage.", []string{"topic.state_responsibility"}},
		{"fr", "L'État qui a manqué à son obligation de vigilance voit sa responsabilité internationale engagée.", []string{"topic.state_responsibility"}},
		{"fr", "Les chercheurs de Mandiant relient l'intrusion à une unité de l'Armée populaire de libération.", []string{"topic.state_responsibility"}},
		{"fr", "La réparation intégrale du préjudice causé par la cyberopération illicite incombe à l'État auteur.", []string{"topic.state_responsibility"}},
		{"fr", "Il faut établir un lien de causalité entre le fait illicite de l'État et le dommage subi.", []string{"topic.state_responsibility"}},
		{"fr", "Lorsque plusieurs États sont lésés par la même cyberopération, chacun peut invoquer séparément la responsabilité de l'État auteur.", []string{"topic.state_responsibility"}},
		{"fr", "Un État spécialement atteint par la violation d'une obligation collective peut invoquer la responsabilité de l'État responsable.", []string{"topic.state_responsibility"}},
		{"fr", "La remise en l'état antérieur au fait internationalement illicite est la première forme de réparation.", []string{"topic.state_responsibility"}},
		{"fr", "Les règles secondaires de la responsabilité déterminent les conséquences de la violation d'une règle primaire par un État au moyen d'une cyberopération.", []string{"topic.state_responsibility"}},
		{"fr", "L'État lésé doit d'abord demander à l'État responsable de s'acquitter de ses obligations avant de recourir à des contre-mesures.", []string{"topic.state_responsibility"}},
		{"fr", "Les contre-mesures collectives en réponse à une cyberopération restent contestées.", []string{"topic.state_responsibility"}},
		{"fr", "Les Pays-Bas estiment que la légitime défense et les contre-mesures sont des circonstances excluant l'illicéité d'une cyberopération.", []string{"topic.state_responsibility"}},
		{"fr", "Le Kremlin a qualifié de « russophobes » les accusations de piratage lancées par Londres.", []string{"topic.state_responsibility"}},
		{"fr", "Les cinq pays du Five Eyes ont publié un avis conjoint attribuant la campagne d'espionnage à Volt Typhoon, soutenu par Pékin.", []string{"topic.state_responsibility"}},
		{"fr", "Le parquet fédéral allemand a lancé un mandat d'arrêt contre un officier du GRU soupçonné du piratage du Bundestag.", []string{"topic.state_responsibility"}},
		{"fr", "Tout manquement d'un État à une obligation internationale dans le cyberespace engage sa responsabilité.", []string{"topic.state_responsibility"}},
		{"fr", "La question de l'imputabilité d'une cyberattaque à un État est au cœur du droit de la responsabilité.", []string{"topic.state_responsibility"}},
		{"fr", "Le droit de la responsabilité internationale s'applique aux activités des États dans le cyberespace.", []string{"topic.state_responsibility"}},
		{"fr", "L'État d'où émane la cyberopération peut voir sa responsabilité engagée s'il a manqué à son devoir de diligence.", []string{"topic.state_responsibility"}},
		{"fr", "Le projet, piloté par le ministère, vise à contrer les cyberattaques.", []string{"-topic.state_responsibility"}},
		{"fr", "L'UE condamne les cyberattaques contre l'Ukraine, soutenue par ses partenaires.", []string{"-topic.state_responsibility"}},
	})
}

// TestFrenchRound27CapacityBuilding checks measures.capacity_building: training of judges and
// investigators, skills raised or lacking, law updated to keep up with
// technology, centres, agencies and coordinators set up, schools of excellence,
// transposition into national law, national plans, exercises and frameworks -
// against a national centre that was attacked, military exercises and build-ups
// and attackers' means.
func TestFrenchRound27CapacityBuilding(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Le pays a créé une agence nationale de la sécurité des systèmes d'information.", []string{"measures.capacity_building"}},
		{"fr", "Les États devraient mettre en place des équipes nationales d'intervention en cas d'incident informatique.", []string{"measures.capacity_building"}},
		{"fr", "Le programme vise à former des magistrats et des enquêteurs à la preuve numérique.", []string{"measures.capacity_building"}},
		{"fr", "L'Union européenne finance des projets de renforcement des capacités cyber en Afrique de l'Ouest.", []string{"measures.capacity_building"}},
		{"fr", "Le gouvernement a adopté une stratégie nationale de cybersécurité.", []string{"measures.capacity_building"}},
		{"fr", "Les campagnes de sensibilisation aux risques numériques visent les petites entreprises.", []string{"measures.capacity_building"}},
		{"fr", "Un exercice de simulation de crise cyber a réuni les opérateurs d'importance vitale.", []string{"measures.capacity_building"}},
		{"fr", "Les pays en développement ont besoin d'appui pour se doter de capacités de réponse aux incidents informatiques.", []string{"measures.capacity_building"}},
		{"fr", "Il faut combler la pénurie de compétences en cybersécurité.", []string{"measures.capacity_building"}},
		{"fr", "Le Sénégal a désigné un point de contact national pour les incidents informatiques.", []string{"measures.capacity_building"}},
		{"fr", "Les États doivent actualiser leur législation pour suivre l'évolution des technologies numériques.", []string{"measures.capacity_building"}},
		{"fr", "Le projet soutient l'élaboration de cadres réglementaires en matière de cybersécurité.", []string{"measures.capacity_building"}},
		{"fr", "Le pays a renforcé la résilience de ses infrastructures critiques face aux cybermenaces.", []string{"measures.capacity_building"}},
		{"fr", "Des formations certifiantes en sécurité informatique ont été dispensées aux agents publics.", []string{"measures.capacity_building"}},
		{"fr", "Le Maroc a mis sur pied un centre de veille, de détection et de réponse aux attaques informatiques.", []string{"measures.capacity_building"}},
		{"fr", "La création d'un pôle d'excellence régional en cybersécurité à Dakar a été annoncée.", []string{"measures.capacity_building"}},
		{"fr", "Le Programme d'action permettra de soutenir les pays qui souhaitent consolider leurs capacités numériques.", []string{"measures.capacity_building"}},
		{"fr", "Les États devraient se tenir au courant des évolutions technologiques pour protéger leurs réseaux.", []string{"measures.capacity_building"}},
		{"fr", "L'hygiène informatique des administrations doit être améliorée grâce à des guides de bonnes pratiques.", []string{"measures.capacity_building"}},
		{"fr", "Le Bénin s'est doté d'un code du numérique qui encadre la cybersécurité.", []string{"measures.capacity_building"}},
		{"fr", "Le pays a recruté et formé des centaines d'experts en cyberdéfense.", []string{"measures.capacity_building"}},
		{"fr", "Les pirates ont renforcé leurs capacités offensives au fil des années.", []string{"-measures.capacity_building"}},
		{"fr", "La capacité de stockage des centres de données a doublé.", []string{"-measures.capacity_building"}},
		{"fr", "La formation professionnelle des jeunes agriculteurs a été renforcée.", []string{"-measures.capacity_building"}},
		{"fr", "Le Kenya a installé un centre national de coordination de la cybersécurité.", []string{"measures.capacity_building"}},
		{"fr", "La cyberhygiène des agents publics doit être renforcée par des formations régulières.", []string{"measures.capacity_building"}},
		{"fr", "L'Estonie aide les pays des Balkans à bâtir leurs institutions de cybersécurité.", []string{"measures.capacity_building"}},
		{"fr", "Le plan national de réponse aux cyberattaques prévoit des exercices annuels.", []string{"measures.capacity_building"}},
		{"fr", "Le pays mise sur l'éducation numérique dès l'école pour former la future génération d'experts en cybersécurité.", []string{"measures.capacity_building"}},
		{"fr", "Le gouvernement a investi dans la protection de ses infrastructures numériques critiques et la formation de spécialistes.", []string{"measures.capacity_building"}},
		{"fr", "L'État a désigné un coordinateur national pour la cybersécurité et créé un comité interministériel.", []string{"measures.capacity_building"}},
		{"fr", "Le Togo a lancé un programme national de sensibilisation à la cybersécurité dans les écoles.", []string{"measures.capacity_building"}},
		{"fr", "L'Union africaine appelle ses membres à se doter de lois sur la protection des données et la cybercriminalité.", []string{"measures.capacity_building"}},
		{"fr", "Le pays entend professionnaliser sa filière cyber et attirer des talents.", []string{"measures.capacity_building"}},
		{"fr", "Le CERT national publie des alertes et des bulletins de sécurité à destination des administrations.", []string{"measures.capacity_building"}},
		{"fr", "La coopération avec l'Estonie a permis de mettre en place un centre de formation en cyberdéfense.", []string{"measures.capacity_building"}},
		{"fr", "Le Cameroun renforce son dispositif de lutte contre la cybercriminalité avec une nouvelle loi.", []string{"measures.capacity_building"}},
		{"fr", "Les pays du Sahel ont besoin d'appui pour mettre en place leurs CSIRT nationaux.", []string{"measures.capacity_building"}},
		{"fr", "Le projet Cyber4Dev accompagne la mise en place de stratégies nationales de cybersécurité.", []string{"measures.capacity_building"}},
		{"fr", "Un référentiel national de sécurité des systèmes d'information a été adopté.", []string{"measures.capacity_building"}},
		{"fr", "Le gouvernement prévoit de former 10 000 jeunes aux métiers de la cybersécurité d'ici 2030.", []string{"measures.capacity_building"}},
		{"fr", "La Russie renforce son dispositif militaire à la frontière malgré les cyberattaques.", []string{"-measures.capacity_building"}},
		{"fr", "Le Centre national de cybersécurité a été visé par une cyberattaque.", []string{"-measures.capacity_building"}},
		{"fr", "Les exercices militaires réguliers de la Russie incluent désormais des cyberattaques.", []string{"-measures.capacity_building"}},
		{"fr", "Le pays a bâti ses défenses contre les cyberattaques en quelques années.", []string{"measures.capacity_building"}},
		{"fr", "La France doit transposer la directive NIS 2 dans son droit national pour renforcer la cybersécurité.", []string{"measures.capacity_building"}},
	})
}

// TestFrenchRound27NonStateActors checks actors.non_state: cyber-mercenaries, firms selling intrusion
// tools under a duty, private persons a State lets act - against criminals
// named as authors only, arrests and inventories of threats.
func TestFrenchRound27NonStateActors(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "L'État doit empêcher que des acteurs non étatiques utilisent son territoire pour mener des cyberattaques contre d'autres États.", []string{"actors.non_state"}},
		{"fr", "La Russie sert de refuge aux groupes de rançongiciels et ne fait rien pour les arrêter.", []string{"actors.non_state"}},
		{"fr", "Les États ne doivent pas recourir à des intermédiaires pour commettre des faits internationalement illicites au moyen des TIC.", []string{"actors.non_state"}},
		{"fr", "En principe, un État n'est pas responsable du comportement de personnes privées.", []string{"actors.non_state"}},
		{"fr", "L'État territorial doit poursuivre les hacktivistes qui opèrent depuis son sol.", []string{"actors.non_state"}},
		{"fr", "Le gouvernement tolère les activités des cybercriminels installés sur son territoire.", []string{"actors.non_state"}},
		{"fr", "Un État peut-il invoquer la légitime défense contre une cyberattaque menée par un groupe terroriste ?", []string{"actors.non_state"}},
		{"fr", "Les États doivent interdire aux entreprises privées de pratiquer la riposte offensive.", []string{"actors.non_state"}},
		{"fr", "Le pays ferme les yeux sur les agissements des groupes criminels qui sévissent depuis son territoire.", []string{"actors.non_state"}},
		{"fr", "Les États sont tenus de ne pas laisser des particuliers mener des opérations hostiles depuis leur territoire.", []string{"actors.non_state"}},
		{"fr", "Les États devraient encadrer les activités des sociétés privées qui vendent des outils d'intrusion.", []string{"actors.non_state"}},
		{"fr", "Le comportement de personnes agissant sous la direction ou le contrôle d'un État lui est attribuable.", []string{"actors.non_state"}},
		{"fr", "Les États doivent s'assurer que les mercenaires numériques établis chez eux ne s'en prennent pas à d'autres pays.", []string{"actors.non_state"}},
		{"fr", "Moscou protège les pirates informatiques qui attaquent les pays occidentaux et refuse de les extrader.", []string{"actors.non_state"}},
		{"fr", "La norme vaut aussi pour les opérations de groupes privés agissant depuis le territoire d'un État.", []string{"actors.non_state"}},
		{"fr", "Les attaques sont souvent menées par des cybercriminels aguerris.", []string{"-actors.non_state"}},
		{"fr", "La police a arrêté trois pirates informatiques à Lyon.", []string{"-actors.non_state"}},
		{"fr", "Les acteurs étatiques et non étatiques menacent la stabilité du cyberespace.", []string{"-actors.non_state"}},
		{"fr", "Les États devraient empêcher les groupes de hackers patriotiques d'attaquer des pays tiers depuis leur territoire.", []string{"actors.non_state"}},
		{"fr", "L'obligation de vigilance s'étend aux activités des acteurs privés qui utilisent les infrastructures situées sur le territoire de l'État.", []string{"actors.non_state"}},
		{"fr", "Un État ne peut se réfugier derrière des cybermercenaires pour échapper à sa responsabilité.", []string{"actors.non_state"}},
		{"fr", "Le pays abrite des cybercriminels que les autorités refusent de poursuivre.", []string{"actors.non_state"}},
		{"fr", "Les États doivent prendre des mesures contre les entreprises qui vendent des logiciels espions utilisés pour attaquer d'autres États.", []string{"actors.non_state"}},
		{"fr", "Le Kremlin offre un sanctuaire aux gangs de rançongiciels.", []string{"actors.non_state"}},
		{"fr", "La responsabilité de l'État peut être engagée du fait d'actes de hacktivistes qu'il n'a pas réprimés.", []string{"actors.non_state"}},
		{"fr", "Le droit international n'interdit pas aux États de s'appuyer sur des acteurs privés, mais ceux-ci ne doivent pas violer la souveraineté d'autres États.", []string{"actors.non_state"}},
		{"fr", "La Russie doit agir contre les groupes de rançongiciels qui opèrent depuis son territoire.", []string{"actors.non_state"}},
		{"fr", "Les États ont l'obligation d'empêcher que des groupes criminels utilisent leur territoire pour attaquer d'autres pays.", []string{"actors.non_state"}},
		{"fr", "Les États qui hébergent des hackers malveillants doivent en répondre.", []string{"actors.non_state"}},
		{"fr", "L'Iran laisse prospérer sur son sol des groupes hacktivistes qui visent Israël.", []string{"actors.non_state"}},
		{"fr", "Les États doivent veiller à ce que des acteurs non étatiques ne se servent pas de leur territoire pour mener des cyberopérations.", []string{"actors.non_state"}},
		{"fr", "Le comportement des hacktivistes pro-russes n'est pas, en soi, attribuable à la Russie.", []string{"actors.non_state"}},
		{"fr", "L'État peut être tenu responsable s'il a toléré les activités de cybercriminels sur son territoire.", []string{"actors.non_state"}},
		{"fr", "La Chine est accusée de fermer les yeux sur les activités de pirates patriotes.", []string{"actors.non_state"}},
		{"fr", "Les États ne devraient pas sous-traiter leurs cyberopérations offensives à des sociétés privées.", []string{"actors.non_state"}},
		{"fr", "Les entreprises qui vendent des logiciels de comptabilité ont vu leurs ventes progresser.", []string{"-actors.non_state"}},
	})
}

// TestFrenchRound27StateActors checks actors.state: attribution to a State treated in law (organs and
// services, public prerogatives, effective control, imputability as a
// condition, the ILC articles by number, organs placed at a State's disposal) -
// against a firm answerable for its services and another treaty's article.
func TestFrenchRound27StateActors(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Seuls les actes attribuables à un État peuvent engager sa responsabilité internationale.", []string{"actors.state"}},
		{"fr", "Le critère du contrôle effectif posé par la Cour dans l'affaire Nicaragua s'applique aux cyberopérations.", []string{"actors.state"}},
		{"fr", "Pour que la responsabilité d'un État soit engagée, le comportement doit lui être imputable.", []string{"actors.state"}},
		{"fr", "La norme ne vise que les États et non les acteurs privés.", []string{"actors.state"}},
		{"fr", "Un État ne doit pas permettre à un autre État d'utiliser les TIC sur son territoire pour commettre des faits internationalement illicites.", []string{"actors.state"}},
		{"fr", "Le comportement d'une personne habilitée à exercer des prérogatives de puissance publique est attribué à l'État.", []string{"actors.state"}},
		{"fr", "L'imputabilité du comportement à l'État est une condition de sa responsabilité.", []string{"actors.state"}},
		{"fr", "Les règles d'attribution du droit de la responsabilité des États s'appliquent aux cyberopérations.", []string{"actors.state"}},
		{"fr", "Les agissements des agents de l'État dans l'exercice de leurs fonctions sont imputables à celui-ci.", []string{"actors.state"}},
		{"fr", "Seul le comportement des organes de l'État, ou de personnes agissant sur ses instructions, lui est attribuable.", []string{"actors.state"}},
		{"fr", "Une cyberopération menée par un organe de l'État est attribuable à cet État, même si l'organe a outrepassé ses compétences.", []string{"actors.state"}},
		{"fr", "La question de savoir si une cyberopération est imputable à un État relève du droit de la responsabilité internationale.", []string{"actors.state"}},
		{"fr", "Pour être attribuée à l'État, l'opération doit avoir été menée sous son contrôle effectif.", []string{"actors.state"}},
		{"fr", "L'attribution juridique d'une cyberattaque à un État exige des preuves suffisantes.", []string{"actors.state"}},
		{"fr", "La norme s'adresse exclusivement aux États et ne vise pas les acteurs privés en tant que tels dans le cyberespace.", []string{"actors.state"}},
		{"fr", "Les cyberopérations menées par des organes étatiques sont directement attribuables à l'État.", []string{"actors.state"}},
		{"fr", "L'État est juridiquement responsable des cyberopérations de ses services de renseignement.", []string{"actors.state"}},
		{"fr", "Les actes commis dans le cyberespace par les forces armées d'un État lui sont imputables.", []string{"actors.state"}},
		{"fr", "L'article 4 des articles de la CDI sur la responsabilité de l'État s'applique aux cyberopérations conduites par ses agences.", []string{"actors.state"}},
		{"fr", "Le comportement d'un organe mis à la disposition de l'État par un autre État est attribué au premier dans le cadre d'opérations cyber.", []string{"actors.state"}},
		{"fr", "Une cyberopération conduite par un militaire en service est un fait de l'État, même s'il outrepasse ses instructions.", []string{"actors.state"}},
		{"fr", "L'entreprise est responsable de ses services en ligne et de la sécurité de ses clients.", []string{"-actors.state"}},
		{"fr", "L'article 8 de la Convention européenne des droits de l'homme protège la vie privée en ligne.", []string{"-actors.state"}},
	})
}

// TestFrenchRound27ActualKnowledge checks knowledge.actual: a State that becomes aware, is "au courant",
// was alerted, duly warned or notified, "eu vent", knew or was ignorant of the
// operation, or was handed evidence - against the public alerted, users
// receiving alerts, a minister warning of attacks and knowledge of the terrain.
func TestFrenchRound27ActualKnowledge(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Lorsqu'un État a été informé de manière crédible qu'une cyberopération est menée depuis son territoire, il doit agir.", []string{"knowledge.actual"}},
		{"fr", "L'État qui a connaissance d'une opération malveillante lancée depuis son territoire doit y mettre fin.", []string{"knowledge.actual"}},
		{"fr", "L'État savait que des pirates utilisaient les serveurs situés sur son territoire.", []string{"knowledge.actual"}},
		{"fr", "L'obligation suppose la connaissance effective de l'activité par l'État territorial.", []string{"knowledge.actual"}},
		{"fr", "L'État a été averti par son voisin de l'attaque lancée depuis ses réseaux.", []string{"knowledge.actual"}},
		{"fr", "Dès qu'il a détecté l'opération, l'État territorial doit prendre des mesures.", []string{"knowledge.actual"}},
		{"fr", "Dès qu'il prend conscience de l'existence de l'attaque, l'État doit réagir.", []string{"knowledge.actual"}},
		{"fr", "L'État territorial était au courant des agissements des pirates.", []string{"knowledge.actual"}},
		{"fr", "Un État qui a été notifié d'une activité nuisible émanant de son territoire doit agir.", []string{"knowledge.actual"}},
		{"fr", "Un État ne peut ignorer une cyberopération qui lui a été signalée par l'État victime.", []string{"knowledge.actual"}},
		{"fr", "Le public a été informé de la nouvelle stratégie nationale.", []string{"-knowledge.actual"}},
		{"fr", "La connaissance du terrain est indispensable aux enquêteurs.", []string{"-knowledge.actual"}},
		{"fr", "L'État n'est tenu d'agir que s'il a effectivement connaissance de l'opération.", []string{"knowledge.actual"}},
		{"fr", "L'État territorial, alerté par l'État victime, n'a pris aucune mesure pour arrêter l'attaque.", []string{"knowledge.actual"}},
		{"fr", "Une fois averti de la présence des serveurs malveillants sur son territoire, l'État doit agir.", []string{"knowledge.actual"}},
		{"fr", "L'État connaissait l'existence de l'opération mais n'a rien fait.", []string{"knowledge.actual"}},
		{"fr", "Il doit être démontré que l'État avait connaissance de l'usage de son territoire.", []string{"knowledge.actual"}},
		{"fr", "L'État ne saurait être tenu pour responsable s'il ignorait l'opération menée depuis son territoire.", []string{"knowledge.actual"}},
		{"fr", "Si l'État victime communique à l'État territorial des informations sur l'attaque, ce dernier ne peut plus prétendre l'ignorer.", []string{"knowledge.actual"}},
		{"fr", "La France a signalé à la Russie l'origine des cyberattaques visant ses hôpitaux.", []string{"knowledge.actual"}},
		{"fr", "Les États-Unis ont transmis à Moscou une liste de pirates opérant depuis la Russie.", []string{"knowledge.actual"}},
		{"fr", "L'État territorial, dûment averti, n'a rien fait pour arrêter les attaques informatiques.", []string{"knowledge.actual"}},
		{"fr", "Une fois que l'État a reçu une notification de l'État lésé, il doit enquêter sur l'activité malveillante.", []string{"knowledge.actual"}},
		{"fr", "L'État qui a été mis au courant de la cyberattaque doit prendre des mesures.", []string{"knowledge.actual"}},
		{"fr", "L'État avait été mis en garde à plusieurs reprises contre les agissements des pirates installés sur son territoire.", []string{"knowledge.actual"}},
		{"fr", "En dépit des avertissements répétés de ses voisins, l'État n'a pas mis fin aux cyberattaques lancées depuis son sol.", []string{"knowledge.actual"}},
		{"fr", "L'obligation ne naît que lorsque l'État sait que son territoire est utilisé pour une cyberopération contraire aux droits d'autres États.", []string{"knowledge.actual"}},
		{"fr", "Le gouvernement savait pertinemment que des serveurs situés sur son territoire servaient aux attaques.", []string{"knowledge.actual"}},
		{"fr", "L'État qui a eu vent d'une cyberopération en préparation sur son territoire doit agir.", []string{"knowledge.actual"}},
		{"fr", "Washington a fourni au Kremlin des renseignements précis sur les groupes de rançongiciels actifs en Russie.", []string{"knowledge.actual"}},
		{"fr", "Les usagers ont reçu une alerte du gouvernement concernant une campagne d'hameçonnage.", []string{"-knowledge.actual"}},
		{"fr", "Le ministre a mis en garde contre les cyberattaques qui pourraient viser les élections.", []string{"-knowledge.actual"}},
		{"fr", "Une cyberopération peut être menée depuis le territoire d'un État à son insu.", []string{"knowledge.actual"}},
		{"fr", "Les pirates ont utilisé des serveurs situés en France à l'insu des autorités françaises.", []string{"knowledge.actual"}},
		{"fr", "Le logiciel espion s'installe sur le téléphone à l'insu de l'utilisateur.", []string{"-knowledge.actual"}},
		{"fr", "La population a été alertée par le gouvernement d'une campagne d'hameçonnage.", []string{"-knowledge.actual"}},
		{"fr", "Les autorités ont ignoré les avertissements des experts concernant la sécurité des réseaux.", []string{"-knowledge.actual"}},
	})
}

// TestFrenchRound27Data checks topic.data: the mechanisms of transfers (adequacy, standard
// clauses, Privacy Shield, Schrems), the French data-protection law, the EU data
// acts, data kept in a territory or transferred abroad, server localisation
// required - against data moved inside a firm, attackers' servers located and
// statistics.
func TestFrenchRound27Data(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La localisation des données oblige les entreprises à stocker les informations sur le territoire national.", []string{"topic.data"}},
		{"fr", "Les flux transfrontières de données à caractère personnel sont encadrés.", []string{"topic.data"}},
		{"fr", "Le transfert de données vers des pays tiers n'offrant pas un niveau de protection adéquat est interdit.", []string{"topic.data"}},
		{"fr", "La souveraineté numérique passe par le contrôle des données.", []string{"topic.data"}},
		{"fr", "La CNIL a sanctionné l'entreprise pour violation du RGPD.", []string{"topic.data"}},
		{"fr", "La sécurité des données est au cœur de la stratégie nationale.", []string{"topic.data"}},
		{"fr", "La Commission européenne a adopté une décision d'adéquation pour le Japon.", []string{"topic.data"}},
		{"fr", "Le Privacy Shield a été invalidé par l'arrêt Schrems II.", []string{"topic.data"}},
		{"fr", "Les clauses contractuelles types encadrent les transferts hors de l'Union.", []string{"topic.data"}},
		{"fr", "La loi Informatique et Libertés protège les personnes fichées.", []string{"topic.data"}},
		{"fr", "Le Japon promeut la libre circulation des données en confiance.", []string{"topic.data"}},
		{"fr", "Les autorités étrangères peuvent accéder aux données hébergées dans le nuage par des fournisseurs américains.", []string{"topic.data"}},
		{"fr", "Les données des citoyens doivent rester en Europe.", []string{"topic.data"}},
		{"fr", "La Chine impose que les données importantes soient conservées sur son sol.", []string{"topic.data"}},
		{"fr", "Le texte encadre la collecte et le traitement des données personnelles par les plateformes.", []string{"topic.data"}},
		{"fr", "Les données du ministère montrent une hausse du chômage.", []string{"-topic.data"}},
		{"fr", "Les données des utilisateurs européens ne peuvent être transférées aux États-Unis sans garanties.", []string{"topic.data"}},
		{"fr", "La loi chinoise sur la sécurité des données impose un contrôle des exportations de données.", []string{"topic.data"}},
		{"fr", "La sécurité des données personnelles est garantie par le chiffrement.", []string{"topic.data"}},
		{"fr", "Le gouvernement impose que les données sensibles de l'administration soient hébergées par des prestataires européens.", []string{"topic.data"}},
		{"fr", "Le label SecNumCloud garantit l'immunité des données face aux lois extraterritoriales.", []string{"topic.data"}},
		{"fr", "La Russie exige que les données personnelles de ses citoyens soient stockées sur des serveurs situés en Russie.", []string{"topic.data"}},
		{"fr", "La circulation transfrontière des informations personnelles est encadrée par l'accord.", []string{"topic.data"}},
		{"fr", "Le règlement européen sur la gouvernance des données favorise le partage des données entre secteurs.", []string{"topic.data"}},
		{"fr", "L'accord commercial interdit d'exiger la localisation des serveurs comme condition d'accès au marché.", []string{"topic.data"}},
		{"fr", "Le Data Act encadre l'accès aux données générées par les objets connectés.", []string{"topic.data"}},
		{"fr", "La protection de la vie privée et des données personnelles est un enjeu de souveraineté numérique.", []string{"topic.data"}},
		{"fr", "Les enquêteurs ont déterminé la localisation des serveurs des pirates en Russie.", []string{"-topic.data"}},
		{"fr", "Les données ont été transférées au service comptable après l'audit.", []string{"-topic.data"}},
	})
}

// TestFrenchRound27Assistance checks measures.assistance: calls for help, support received from
// another State after an attack, expertise offered, partners turned to,
// rapid-response teams and reserves deployed, means supplied to a State under
// attack - against help within one State, a contractor hired for a website,
// mutual legal assistance and humanitarian aid.
func TestFrenchRound27Assistance(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "L'Ukraine a sollicité l'aide de ses partenaires pour faire face à la cyberattaque.", []string{"measures.assistance"}},
		{"fr", "L'OTAN a dépêché une équipe de réaction rapide pour aider l'Albanie après l'attaque informatique.", []string{"measures.assistance"}},
		{"fr", "Le Costa Rica a reçu l'assistance des États-Unis et de l'Espagne pour se remettre de l'attaque par rançongiciel.", []string{"measures.assistance"}},
		{"fr", "Les États membres se prêtent mutuellement assistance en cas de cyberattaque majeure.", []string{"measures.assistance"}},
		{"fr", "L'État victime peut demander le concours d'autres États ou d'entreprises privées pour contenir l'attaque.", []string{"measures.assistance"}},
		{"fr", "Microsoft a apporté son soutien technique au gouvernement ukrainien pour repousser les cyberattaques.", []string{"measures.assistance"}},
		{"fr", "Les équipes d'intervention rapide en matière de cybersécurité de l'UE ont été déployées en Moldavie.", []string{"measures.assistance"}},
		{"fr", "Les États devraient répondre aux demandes d'assistance appropriées d'un autre État dont les infrastructures critiques sont visées par des actes malveillants.", []string{"measures.assistance"}},
		{"fr", "Le Monténégro a appelé ses alliés à l'aide après une cyberattaque massive.", []string{"measures.assistance"}},
		{"fr", "La France a envoyé des experts de l'ANSSI pour épauler les autorités albanaises face à l'attaque.", []string{"measures.assistance"}},
		{"fr", "Les alliés se sont engagés à se porter secours en cas de cyberattaque contre l'un d'eux.", []string{"measures.assistance"}},
		{"fr", "L'entraide judiciaire en matière pénale facilite la collecte de preuves électroniques.", []string{"-measures.assistance"}},
		{"fr", "L'ANSSI a aidé l'hôpital de Corbeil-Essonnes à rétablir ses systèmes.", []string{"-measures.assistance"}},
		{"fr", "L'aide humanitaire a été acheminée vers la région.", []string{"-measures.assistance"}},
		{"fr", "Les États devraient répondre aux demandes d'aide des pays dont les infrastructures critiques sont victimes de cyberattaques.", []string{"measures.assistance"}},
		{"fr", "L'Albanie a bénéficié du soutien des États-Unis après l'attaque iranienne.", []string{"measures.assistance"}},
		{"fr", "L'UE a mobilisé sa réserve de cybersécurité pour soutenir les États membres frappés par un incident majeur.", []string{"measures.assistance"}},
		{"fr", "Les alliés ont fourni à l'Ukraine des moyens de cyberdéfense pour résister aux attaques russes.", []string{"measures.assistance"}},
		{"fr", "Face à l'attaque, le gouvernement costaricien s'est tourné vers ses partenaires internationaux.", []string{"measures.assistance"}},
		{"fr", "Israël a proposé son expertise aux autorités albanaises pour enquêter sur la cyberattaque iranienne.", []string{"measures.assistance"}},
		{"fr", "Les États s'engagent à se porter mutuellement assistance en cas d'incident informatique grave.", []string{"measures.assistance"}},
		{"fr", "L'Ukraine a reçu l'appui d'équipes de cyberdéfense de plusieurs pays de l'Union.", []string{"measures.assistance"}},
		{"fr", "L'OTAN peut fournir une assistance aux Alliés victimes d'une cyberattaque.", []string{"measures.assistance"}},
		{"fr", "Plusieurs pays ont dépêché des spécialistes pour aider Tirana à rétablir ses réseaux.", []string{"measures.assistance"}},
		{"fr", "Les grandes entreprises technologiques ont mis leurs équipes au service des autorités ukrainiennes pour contrer les cyberattaques russes.", []string{"measures.assistance"}},
		{"fr", "Un État visé par une cyberattaque d'envergure peut solliciter l'appui d'autres États.", []string{"measures.assistance"}},
		{"fr", "Le ministre s'est tourné vers les journalistes pour annoncer la nouvelle stratégie cyber.", []string{"-measures.assistance"}},
		{"fr", "La mairie a fait appel à un prestataire pour refaire son site internet.", []string{"-measures.assistance"}},
		{"fr", "L'envoi d'une équipe de football au tournoi a été annulé.", []string{"-measures.assistance"}},
		{"fr", "Les PME bénéficient d'une aide de l'État pour se protéger des cyberattaques.", []string{"-measures.assistance"}},
		{"fr", "L'ANSSI fournit des outils aux collectivités pour se défendre contre les rançongiciels.", []string{"-measures.assistance"}},
	})
}

// TestFrenchRound27Cybercrime checks topic.cybercrime: child-abuse material online, phishing frauds,
// laundering of ransoms, hackers tried, complaints, seizures by investigators -
// against a condemnation of an attack, attackers "pursuing" their attacks and
// the crime of aggression.
func TestFrenchRound27Cybercrime(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La Convention des Nations unies contre la cybercriminalité a été adoptée en 2024.", []string{"topic.cybercrime"}},
		{"fr", "L'escroquerie en ligne et l'usurpation d'identité numérique ont explosé.", []string{"topic.cybercrime"}},
		{"fr", "Les atteintes aux systèmes de traitement automatisé de données sont punies de cinq ans d'emprisonnement.", []string{"topic.cybercrime"}},
		{"fr", "L'office anti-cybercriminalité a ouvert une enquête sur la fuite.", []string{"topic.cybercrime"}},
		{"fr", "La section cyber du parquet de Paris s'est saisie de l'affaire de piratage.", []string{"topic.cybercrime"}},
		{"fr", "La diffusion de contenus pédocriminels en ligne est réprimée.", []string{"topic.cybercrime"}},
		{"fr", "L'extorsion par rançongiciel touche les collectivités.", []string{"topic.cybercrime"}},
		{"fr", "Le centre européen de lutte contre la cybercriminalité d'Europol a coordonné l'enquête.", []string{"topic.cybercrime"}},
		{"fr", "La conservation rapide des données informatiques stockées facilite les enquêtes.", []string{"topic.cybercrime"}},
		{"fr", "Les cybercriminels blanchissent leurs gains en cryptomonnaies.", []string{"topic.cybercrime"}},
		{"fr", "La fraude au président et l'hameçonnage ciblent les entreprises.", []string{"topic.cybercrime"}},
		{"fr", "La criminalité informatique progresse.", []string{"topic.cybercrime"}},
		{"fr", "La délinquance numérique mobilise les gendarmes.", []string{"topic.cybercrime"}},
		{"fr", "L'accès frauduleux à un système informatique est un délit.", []string{"topic.cybercrime"}},
		{"fr", "Le deuxième protocole additionnel à la Convention de Budapest renforce la coopération sur les preuves électroniques.", []string{"topic.cybercrime"}},
		{"fr", "Les preuves électroniques détenues par les fournisseurs de services sont essentielles aux enquêtes pénales.", []string{"topic.cybercrime"}},
		{"fr", "Le vol de données bancaires par des pirates a été jugé par le tribunal correctionnel.", []string{"topic.cybercrime"}},
		{"fr", "Les autorités ont démantelé un réseau de fraude aux faux conseillers bancaires opérant par téléphone et sur internet.", []string{"topic.cybercrime"}},
		{"fr", "Le crime d'agression est défini par le Statut de Rome.", []string{"-topic.cybercrime"}},
		{"fr", "Les enquêteurs de la gendarmerie ont interpellé les auteurs de l'attaque par rançongiciel.", []string{"topic.cybercrime"}},
		{"fr", "Le marché noir des identifiants volés prospère sur le darkweb.", []string{"topic.cybercrime"}},
		{"fr", "La cyberdélinquance coûte des milliards aux entreprises.", []string{"topic.cybercrime"}},
		{"fr", "Europol a annoncé l'arrestation de plusieurs administrateurs d'un service de location de botnets.", []string{"topic.cybercrime"}},
		{"fr", "Les gendarmes de l'unité nationale cyber ont identifié l'auteur de l'intrusion.", []string{"topic.cybercrime"}},
		{"fr", "Le développeur du logiciel malveillant a été extradé vers les États-Unis.", []string{"topic.cybercrime"}},
		{"fr", "Le réseau revendait des données bancaires volées sur des forums clandestins.", []string{"topic.cybercrime"}},
		{"fr", "Une plainte a été déposée après le piratage des comptes de la mairie.", []string{"topic.cybercrime"}},
		{"fr", "Les rançongiciels constituent aujourd'hui la principale menace criminelle pour les entreprises.", []string{"topic.cybercrime"}},
		{"fr", "La France a rejoint l'initiative internationale contre les rançongiciels et s'engage à ne pas payer de rançon.", []string{"topic.cybercrime"}},
		{"fr", "Les enquêteurs ont saisi les serveurs du forum de hackers BreachForums.", []string{"topic.cybercrime"}},
		{"fr", "Les mules financières blanchissent l'argent des escroqueries en ligne.", []string{"topic.cybercrime"}},
		{"fr", "La France condamne fermement la cyberattaque menée par des pirates liés à la Russie.", []string{"-topic.cybercrime"}},
		{"fr", "Les pirates ont poursuivi leurs attaques contre les hôpitaux malgré les appels.", []string{"-topic.cybercrime"}},
	})
}

// TestFrenchRound27Transit checks territory.transit for precision: transit words bound to
// servers, networks, a territory or a country, against messages routed through
// diplomatic channels, embassies serving as relays, aid sent to a State,
// operations that "passent par" corruption, lateral movement and arms transit.
func TestFrenchRound27Transit(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Le transit des marchandises par le port de Dakar a augmenté.", []string{"-territory.transit"}},
		{"fr", "Le Niger est un pays de transit des migrants.", []string{"-territory.transit"}},
		{"fr", "Le gaz russe transite par l'Ukraine.", []string{"-territory.transit"}},
		{"fr", "La transition numérique des administrations se poursuit.", []string{"-territory.transit"}},
		{"fr", "Les attaques ont transité par des serveurs situés en France avant d'atteindre leur cible.", []string{"territory.transit"}},
		{"fr", "L'opération a été acheminée via des infrastructures de pays tiers.", []string{"territory.transit"}},
		{"fr", "Les ambassades servent de relais entre les États pour transmettre les messages.", []string{"-territory.transit"}},
		{"fr", "Les États membres ont relayé par communiqué leur condamnation de l'attaque.", []string{"-territory.transit"}},
		{"fr", "Les demandes d'entraide passent par l'intermédiaire des autorités centrales de chaque État.", []string{"-territory.transit"}},
		{"fr", "L'aide a été acheminée vers les États touchés par l'attaque.", []string{"-territory.transit"}},
		{"fr", "Les messages d'alerte sont acheminés par la voie diplomatique vers l'État concerné.", []string{"-territory.transit"}},
		{"fr", "Les cyberattaques passent souvent par des courriels piégés envoyés aux employés.", []string{"-territory.transit"}},
		{"fr", "Ces opérations passent par la corruption d'employés des opérateurs.", []string{"-territory.transit"}},
		{"fr", "Les pirates ont traversé les défenses du réseau de l'État.", []string{"-territory.transit"}},
		{"fr", "Les informations transitent par le point de contact national avant d'être transmises à l'État.", []string{"-territory.transit"}},
		{"fr", "La réponse de l'État à une cyberattaque passe par une coordination interministérielle.", []string{"-territory.transit"}},
		{"fr", "Le Mali est un pays de transit pour les trafics d'armes, selon le rapport sur les États sahéliens.", []string{"-territory.transit"}},
		{"fr", "La période de transition politique a été marquée par des cyberattaques contre l'État.", []string{"-territory.transit"}},
		{"fr", "L'État a agi par l'intermédiaire de groupes de pirates pour mener l'attaque.", []string{"-territory.transit"}},
		{"fr", "Les renseignements sur l'attaque ont été transmis via Interpol aux États concernés.", []string{"-territory.transit"}},
		{"fr", "La Russie a mené l'opération par le biais de serveurs loués.", []string{"-territory.transit"}},
		{"fr", "Les pirates utilisent des tremplins pour se déplacer latéralement dans le réseau de la victime.", []string{"-territory.transit"}},
		{"fr", "Le trafic malveillant a été acheminé par des serveurs situés aux Pays-Bas.", []string{"territory.transit"}},
		{"fr", "L'État de transit n'a pas nécessairement connaissance de l'opération qui traverse ses réseaux.", []string{"territory.transit"}},
		{"fr", "Les attaquants ont fait rebondir leurs connexions sur des machines situées dans plusieurs pays.", []string{"territory.transit"}},
		{"fr", "Les données de l'attaque ont transité par des câbles passant par le territoire de plusieurs États.", []string{"territory.transit"}},
		{"fr", "Un État dont les infrastructures servent simplement de relais à une cyberopération n'est pas forcément responsable.", []string{"territory.transit"}},
	})
}
