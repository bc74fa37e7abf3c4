package annotate

import "testing"

// The tests below check the French rules of round 25, written from the
// vocabulary in which legal and policy texts say each element (VOCAB-fr.md),
// not from a labelled batch's misses: for each family, positives in several
// syntaxes and near misses that use the same words in another sense, in
// passing, or as the conventions' NOT lines describe. The sentences were
// written for this test, not taken from a labelled passage.

// TestFrenchRound25StateResponsibilityLaw checks the law of State
// responsibility by its own terms - breach of an international obligation and
// its consequences, invocation by the injured State, cessation and reparation,
// countermeasures and retorsion, circumstances precluding wrongfulness,
// complicity, adopted and ultra vires conduct, the control tests - against
// firms' contracts, insurers, equipment repairs and technical countermeasures.
func TestFrenchRound25StateResponsibilityLaw(t *testing.T) {
	checkLangCases(t, []langCase{
		// Breach of an international obligation and its consequences.
		{"fr", "Toute violation par un État d'une obligation internationale engage sa responsabilité internationale, y compris lorsqu'elle est commise par des moyens numériques.", []string{"topic.state_responsibility"}},
		{"fr", "Une cyberopération imputable à un État et contraire à ses obligations internationales constitue un fait internationalement illicite.", []string{"topic.state_responsibility"}},
		{"fr", "L'État auteur d'une cyberattaque manque à une obligation internationale et doit en assumer les conséquences juridiques.", []string{"topic.state_responsibility"}},
		{"fr", "Le manquement d'un État à ses obligations internationales dans le cyberespace entraîne des conséquences juridiques pour cet État.", []string{"topic.state_responsibility"}},
		{"fr", "La Commission du droit international a codifié les règles secondaires applicables aux cyberopérations des États.", []string{"topic.state_responsibility"}},
		{"fr", "Les conditions de mise en œuvre de la responsabilité de l'État dans le cyberespace restent débattues.", []string{"topic.state_responsibility"}},
		{"fr", "Le manquement de l'entreprise à ses obligations contractuelles a entraîné la résiliation du contrat.", []string{"-topic.state_responsibility"}},
		{"fr", "La responsabilité de l'hébergeur peut être engagée s'il ne retire pas promptement les contenus illicites.", []string{"-topic.state_responsibility"}},
		// Responsibility as a duty or a share of roles, attribution of posts, countermeasures against prices.
		{"fr", "Les États ont la responsabilité première du maintien d'un environnement numérique sûr et pacifique.", []string{"-topic.state_responsibility"}},
		{"fr", "Le cadre pour un comportement responsable des États dans le cyberespace repose sur onze normes.", []string{"-topic.state_responsibility"}},
		{"fr", "La responsabilité des États dans la protection des infrastructures critiques est rappelée par le rapport.", []string{"-topic.state_responsibility"}},
		{"fr", "Il appartient aux États de protéger leurs citoyens contre la cybercriminalité.", []string{"-topic.state_responsibility"}},
		{"fr", "La répartition des responsabilités entre l'État et les opérateurs d'importance vitale est fixée par la loi.", []string{"-topic.state_responsibility"}},
		{"fr", "L'attribution de la présidence du groupe de travail à la France a été saluée par les États membres.", []string{"-topic.state_responsibility"}},
		{"fr", "Le gouvernement a annoncé des contre-mesures économiques face à la hausse des prix de l'énergie.", []string{"-topic.state_responsibility"}},
		// Invocation by the injured State; cessation and reparation.
		{"fr", "Seul l'État lésé peut invoquer la responsabilité de l'État auteur de la cyberattaque.", []string{"topic.state_responsibility"}},
		{"fr", "Tout État autre que l'État lésé peut invoquer la responsabilité lorsque l'obligation violée est due à la communauté internationale dans son ensemble.", []string{"topic.state_responsibility"}},
		{"fr", "La Suède pourrait invoquer la responsabilité de la Russie pour les intrusions dans ses réseaux électriques.", []string{"topic.state_responsibility"}},
		{"fr", "L'État responsable est tenu de mettre fin à la cyberopération illicite et d'offrir des assurances et garanties de non-répétition.", []string{"topic.state_responsibility"}},
		{"fr", "La cessation du comportement illicite est la première conséquence de la violation par l'État de ses engagements numériques.", []string{"topic.state_responsibility"}},
		{"fr", "L'État lésé peut exiger la réparation intégrale du préjudice causé par l'attaque informatique.", []string{"topic.state_responsibility"}},
		{"fr", "La France a demandé que l'État auteur du piratage indemnise les victimes du préjudice subi.", []string{"topic.state_responsibility"}},
		{"fr", "L'obligation de réparer naît dès que le fait illicite de l'État est établi, même lorsque le dommage est causé par une cyberopération.", []string{"topic.state_responsibility"}},
		{"fr", "L'État qui a commis le fait illicite doit réparer intégralement le préjudice causé par l'intrusion.", []string{"topic.state_responsibility"}},
		{"fr", "Le préjudice comprend tout dommage, matériel ou moral, résultant du fait internationalement illicite.", []string{"topic.state_responsibility"}},
		{"fr", "L'État victime d'une cyberopération illicite peut demander réparation à l'État auteur.", []string{"topic.state_responsibility"}},
		{"fr", "L'État responsable doit indemniser l'État lésé pour les dommages causés à ses réseaux.", []string{"topic.state_responsibility"}},
		{"fr", "L'État d'origine répond des dommages transfrontières causés par les cyberattaques lancées depuis son territoire.", []string{"topic.state_responsibility"}},
		{"fr", "L'État répond des dommages causés aux usagers par le service public hospitalier informatisé.", []string{"-topic.state_responsibility"}},
		{"fr", "La responsabilité de protéger incombe d'abord à l'État envers sa population.", []string{"-topic.state_responsibility"}},
		{"fr", "Le responsable de la sécurité des systèmes d'information de l'État a démissionné.", []string{"-topic.state_responsibility"}},
		{"fr", "La Suède a invoqué la clause de sauvegarde prévue par l'accord commercial.", []string{"-topic.state_responsibility"}},
		{"fr", "La compagnie d'assurance indemnisera le préjudice subi par les clients après la fuite de données.", []string{"-topic.state_responsibility"}},
		{"fr", "Les réparations du réseau informatique de la mairie ont coûté deux millions d'euros.", []string{"-topic.state_responsibility"}},
		// Countermeasures and retorsion.
		{"fr", "Un État victime d'une cyberopération illicite peut adopter des contre-mesures proportionnées afin d'amener l'État responsable à s'acquitter de ses obligations.", []string{"topic.state_responsibility"}},
		{"fr", "Les contre-mesures doivent être réversibles et précédées d'une sommation, sauf urgence.", []string{"topic.state_responsibility"}},
		{"fr", "Les contre-mesures ne peuvent porter atteinte à l'interdiction du recours à la force.", []string{"topic.state_responsibility"}},
		{"fr", "La riposte de l'Estonie, si elle avait visé des serveurs russes, aurait pu constituer une contre-mesure licite.", []string{"topic.state_responsibility"}},
		{"fr", "La France se réserve le droit de répondre par des mesures de rétorsion à toute cyberattaque.", []string{"topic.state_responsibility"}},
		{"fr", "Les mesures de rétorsion contre un État auteur de cyberattaques, comme l'expulsion de diplomates, restent licites.", []string{"topic.state_responsibility"}},
		{"fr", "La question des contre-mesures collectives en réponse à une cyberattaque divise les États européens.", []string{"topic.state_responsibility"}},
		{"fr", "L'entreprise a déployé des contre-mesures techniques pour bloquer le logiciel malveillant.", []string{"-topic.state_responsibility"}},
		// Circumstances precluding wrongfulness.
		{"fr", "Le consentement de l'État territorial exclut l'illicéité d'une cyberopération menée sur ses réseaux.", []string{"topic.state_responsibility"}},
		{"fr", "Un État ne peut invoquer la force majeure pour justifier l'attaque informatique visant les réseaux de son voisin.", []string{"topic.state_responsibility"}},
		{"fr", "L'état de nécessité ne peut être invoqué que pour sauvegarder un intérêt essentiel contre un péril grave et imminent, par exemple une cyberattaque contre le réseau électrique.", []string{"topic.state_responsibility"}},
		{"fr", "Les circonstances excluant l'illicéité s'appliquent aussi aux opérations numériques des États.", []string{"topic.state_responsibility"}},
		{"fr", "Le contrat prévoit une clause de force majeure en cas de panne informatique.", []string{"-topic.state_responsibility"}},
		// Complicity: aid or assistance to another State's wrongful act.
		{"fr", "Un État qui aide ou assiste un autre État dans la commission d'une cyberattaque illicite engage sa propre responsabilité.", []string{"topic.state_responsibility"}},
		{"fr", "En fournissant des outils de piratage à l'armée voisine, l'État se rend complice de la cyberattaque.", []string{"topic.state_responsibility"}},
		{"fr", "Un État ne doit pas laisser utiliser son territoire pour commettre des actes illicites à l'aide des TIC contre d'autres États.", []string{"-topic.state_responsibility"}},
		// Attribution in law: organs, governmental authority, instructions and control, adopted and ultra vires conduct.
		{"fr", "Le comportement d'un organe de l'État est considéré comme un fait de cet État, même s'il agit en dehors de ses compétences.", []string{"topic.state_responsibility", "actors.state"}},
		{"fr", "Le comportement d'une personne habilitée à exercer des prérogatives de puissance publique est attribuable à l'État.", []string{"topic.state_responsibility", "actors.state"}},
		{"fr", "Les cyberopérations menées par les organes de l'État, y compris ses services de renseignement, sont attribuables à cet État.", []string{"topic.state_responsibility", "actors.state"}},
		{"fr", "Les cyberopérations conduites par un acteur non étatique sont attribuables à un État lorsqu'elles sont menées sur ses instructions ou sous sa direction ou son contrôle.", []string{"topic.state_responsibility", "actors.state", "actors.non_state"}},
		{"fr", "Pour que la cyberopération soit imputable à l'État, il faut démontrer qu'il a donné des instructions ou exercé un contrôle effectif.", []string{"topic.state_responsibility", "actors.state"}},
		{"fr", "Le comportement qu'un État reconnaît et adopte comme sien lui est attribué en droit international.", []string{"topic.state_responsibility", "actors.state"}},
		{"fr", "Les règles d'attribution du droit de la responsabilité internationale s'appliquent aux cyberopérations.", []string{"topic.state_responsibility", "actors.state"}},
		{"fr", "Une opération n'engage la responsabilité internationale que si elle est imputable à un État.", []string{"topic.state_responsibility", "actors.state"}},
		{"fr", "Un État peut-il être tenu responsable d'une cyberattaque lancée par des hackers qu'il ne contrôle pas ?", []string{"topic.state_responsibility"}},
		{"fr", "L'État d'où part l'attaque doit-il réparer le dommage subi par l'État voisin ?", []string{"topic.state_responsibility"}},
		{"fr", "Le manquement à l'obligation de vigilance engage la responsabilité de l'État territorial lorsque des cyberattaques partent de son sol.", []string{"topic.state_responsibility"}},
	})
}

// TestFrenchRound25StateResponsibilityAttribution checks public attribution,
// accusation, denial and the diplomatic answers to a State's cyber operations
// in their French constructions - attributed, imputed, pinned, traced back,
// under a service's supervision, reproached, summoned, expelled, dismissed as
// unfounded - against an operation named with its author only, attribution to
// a criminal group or a teenager, sanctions with no State named, and
// attribution in other senses.
func TestFrenchRound25StateResponsibilityAttribution(t *testing.T) {
	checkLangCases(t, []langCase{
		// Public attribution in its constructions.
		{"fr", "Le Royaume-Uni a attribué publiquement la campagne d'espionnage à une unité du renseignement militaire russe.", []string{"topic.state_responsibility"}},
		{"fr", "Le gouvernement néerlandais a désigné le service de renseignement chinois comme responsable de l'intrusion.", []string{"topic.state_responsibility"}},
		{"fr", "Les Vingt-Sept imputent à la Russie la cyberattaque contre le réseau satellitaire.", []string{"topic.state_responsibility"}},
		{"fr", "Washington tient Pékin pour responsable du piratage des serveurs de messagerie.", []string{"topic.state_responsibility"}},
		{"fr", "Paris a formellement accusé Moscou d'être derrière la campagne d'ingérence numérique.", []string{"topic.state_responsibility"}},
		{"fr", "L'intrusion, que Londres impute aux services chinois, visait les listes électorales.", []string{"topic.state_responsibility"}},
		{"fr", "C'est au GRU que les enquêteurs attribuent la cyberattaque contre les JO.", []string{"topic.state_responsibility"}},
		{"fr", "Pour Washington, aucun doute : l'intrusion porte la signature des services russes.", []string{"topic.state_responsibility"}},
		{"fr", "La paternité de l'attaque contre TV5 Monde a finalement été attribuée à APT28, lié au renseignement militaire russe.", []string{"topic.state_responsibility"}},
		{"fr", "Le Canada et ses alliés ont dénoncé la responsabilité de la Corée du Nord dans l'attaque WannaCry.", []string{"topic.state_responsibility"}},
		{"fr", "L'Australie a confirmé que des acteurs parrainés par l'État chinois étaient les auteurs de ces intrusions.", []string{"topic.state_responsibility"}},
		{"fr", "L'ANSSI a identifié le mode opératoire APT28, associé au renseignement militaire russe, derrière ces intrusions.", []string{"topic.state_responsibility"}},
		{"fr", "Selon Microsoft, le groupe Nobelium, émanation du SVR, est l'auteur de l'intrusion dans les réseaux.", []string{"topic.state_responsibility"}},
		{"fr", "Le gouvernement a officiellement mis en cause Pékin dans le piratage de la messagerie du Parlement.", []string{"topic.state_responsibility"}},
		{"fr", "L'Estonie n'a jamais pu établir formellement la participation du gouvernement russe aux attaques de 2007.", []string{"topic.state_responsibility"}},
		{"fr", "L'imputabilité de la cyberattaque à l'État russe reste à démontrer.", []string{"topic.state_responsibility"}},
		{"fr", "Le seul fait qu'une cyberattaque ait été lancée depuis l'infrastructure d'un État ne suffit pas à la lui attribuer.", []string{"topic.state_responsibility"}},
		{"fr", "Les accusations portées contre des États d'avoir organisé des cyberattaques devraient être étayées.", []string{"topic.state_responsibility"}},
		{"fr", "Le fait qu'une opération provienne de l'infrastructure informatique d'un État ne suffit pas, à lui seul, pour l'attribuer à cet État.", []string{"topic.state_responsibility"}},
		{"fr", "Le niveau de preuve exigé pour attribuer une cyberopération à un État fait débat.", []string{"topic.state_responsibility"}},
		{"fr", "La France se réserve la possibilité d'attribuer publiquement une cyberattaque dont elle aurait été victime.", []string{"topic.state_responsibility"}},
		{"fr", "L'attribution d'une cyberattaque relève d'une décision souveraine de chaque État.", []string{"topic.state_responsibility"}},
		{"fr", "La question de l'attribution des cyberopérations aux États reste au cœur des discussions du groupe de travail.", []string{"topic.state_responsibility"}},
		{"fr", "La Russie est-elle derrière la cyberattaque qui a paralysé les hôpitaux ?", []string{"topic.state_responsibility"}},
		{"fr", "L'attaque a été revendiquée par le groupe criminel LockBit.", []string{"-topic.state_responsibility"}},
		{"fr", "La cyberattaque russe de 2017 a paralysé des entreprises du monde entier.", []string{"-topic.state_responsibility"}},
		{"fr", "Le Conseil a attribué des fonds au programme de cybersécurité.", []string{"-topic.state_responsibility"}},
		{"fr", "L'attribution des noms de domaine est gérée par l'Afnic.", []string{"-topic.state_responsibility"}},
		{"fr", "Le piratage a été attribué à un adolescent de 17 ans vivant chez ses parents.", []string{"-topic.state_responsibility"}},
		{"fr", "Le prix de l'innovation en cybersécurité lui a été attribué par le jury du salon.", []string{"-topic.state_responsibility"}},
		// Operations tied to a State's services: under their supervision or orders, pinned to a unit, orchestrated, traced back, reproached.
		{"fr", "Selon les enquêteurs, les pirates travaillaient sous la supervision des services de sécurité iraniens.", []string{"topic.state_responsibility"}},
		{"fr", "Les hackers auraient agi sur instruction directe du ministère chinois de la Sécurité d'État.", []string{"topic.state_responsibility"}},
		{"fr", "Les autorités ukrainiennes imputent l'intrusion dans le réseau électrique à des pirates aux ordres de Moscou.", []string{"topic.state_responsibility"}},
		{"fr", "Les autorités ont rattaché la cyberattaque contre le ministère à l'unité 74455 du GRU.", []string{"topic.state_responsibility"}},
		{"fr", "Ces opérations de déstabilisation informatique ont été orchestrées par le Kremlin.", []string{"topic.state_responsibility"}},
		{"fr", "L'enquête sur le piratage a permis de remonter jusqu'aux services de renseignement nord-coréens.", []string{"topic.state_responsibility"}},
		{"fr", "Les États-Unis et leurs alliés reprochent à la Chine des activités de cyberespionnage massives.", []string{"topic.state_responsibility"}},
		{"fr", "L'Iran est soupçonné de financer des cybermercenaires pour attaquer les infrastructures israéliennes.", []string{"topic.state_responsibility"}},
		{"fr", "Le groupe Sandworm, une unité du GRU, est tenu pour responsable de la coupure d'électricité provoquée par un logiciel malveillant en Ukraine.", []string{"topic.state_responsibility"}},
		{"fr", "La justice américaine a inculpé sept officiers du GRU pour des cyberattaques contre des agences antidopage.", []string{"topic.state_responsibility"}},
		{"fr", "Les Pays-Bas ont expulsé quatre agents du GRU qui tentaient de pirater le réseau wifi de l'OIAC.", []string{"topic.state_responsibility"}},
		{"fr", "Les sanctions européennes visent des officiers du GRU tenus pour responsables de la cyberattaque contre l'OIAC.", []string{"topic.state_responsibility"}},
		{"fr", "Cette cyberattaque serait l'œuvre de hackers liés au régime iranien, selon les chercheurs.", []string{"topic.state_responsibility"}},
		{"fr", "L'intrusion est attribuée à des pirates présumés proches du pouvoir chinois.", []string{"topic.state_responsibility"}},
		{"fr", "Le groupe de hackers est soupçonné de travailler pour Pékin depuis plusieurs années.", []string{"topic.state_responsibility"}},
		{"fr", "Revendiquée par un groupe pro-russe, l'attaque informatique n'a pas été officiellement attribuée.", []string{"topic.state_responsibility"}},
		{"fr", "Les experts en cybersécurité pointent la responsabilité du Kremlin dans cette campagne de piratage.", []string{"topic.state_responsibility"}},
		{"fr", "Selon le renseignement américain, l'opération de piratage a été menée par le GRU.", []string{"topic.state_responsibility"}},
		{"fr", "Une cyberattaque d'origine russe a touché plusieurs hôpitaux du nord de la France.", []string{"-topic.state_responsibility"}},
		{"fr", "Les hackers ont revendiqué l'attaque contre le site de la mairie sur leur chaîne Telegram.", []string{"-topic.state_responsibility"}},
		{"fr", "Le prix de la meilleure start-up de cybersécurité a été officiellement attribué à une entreprise lyonnaise.", []string{"-topic.state_responsibility"}},
		// Denials and accusations dismissed.
		{"fr", "Le Kremlin a qualifié d'infondées les accusations occidentales de piratage électoral.", []string{"topic.state_responsibility"}},
		{"fr", "Pékin a rejeté comme calomnieuses les allégations d'espionnage informatique.", []string{"topic.state_responsibility"}},
		{"fr", "Moscou dément catégoriquement être à l'origine de la cyberattaque.", []string{"topic.state_responsibility"}},
		{"fr", "Pékin a toujours nié tout lien avec ces pirates informatiques.", []string{"topic.state_responsibility"}},
		{"fr", "Le ministre a rejeté les accusations de favoritisme dans l'attribution du marché informatique.", []string{"-topic.state_responsibility"}},
		// Diplomatic and restrictive answers: ambassadors summoned, diplomats expelled, sanctions, costs imposed.
		{"fr", "L'Allemagne a convoqué l'ambassadeur de Russie après le piratage des messageries du Bundestag.", []string{"topic.state_responsibility"}},
		{"fr", "Washington a expulsé des diplomates russes en représailles à l'ingérence informatique dans l'élection.", []string{"topic.state_responsibility"}},
		{"fr", "L'Union européenne a imposé des sanctions à des officiers russes en réponse à la cyberattaque contre le Bundestag.", []string{"topic.state_responsibility"}},
		{"fr", "Les Alliés sont déterminés à imposer des coûts aux États qui mènent des cyberactivités malveillantes contre eux.", []string{"topic.state_responsibility"}},
		{"fr", "L'Allemagne a convoqué l'ambassadeur de Russie pour discuter de la coopération énergétique.", []string{"-topic.state_responsibility"}},
		{"fr", "L'UE a adopté des sanctions contre un groupe de cybercriminels sans lien avec un État.", []string{"-topic.state_responsibility"}},
		{"fr", "Le Conseil de l'UE a prolongé le cadre de mesures restrictives contre les cyberattaques menaçant l'Union.", []string{"-topic.state_responsibility"}},
	})
}

// TestFrenchRound25StatesOnly checks attribution to a State as law for the
// narrow pole - organs, governmental authority, the rules and tests of
// attribution, adopted, insurrectional and ultra vires conduct, a norm
// reaching States' conduct alone - against public attribution and State agents
// trained, reorganised or on strike.
func TestFrenchRound25StatesOnly(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Le comportement de tout organe de l'État, qu'il exerce des fonctions législative, exécutive ou judiciaire, est considéré comme un fait de l'État.", []string{"actors.state"}},
		{"fr", "Les cyberopérations menées par l'unité militaire sont attribuables à l'État dont elle relève.", []string{"actors.state"}},
		{"fr", "Le critère du contrôle global retenu par le TPIY est plus souple que celui du contrôle effectif de la Cour.", []string{"actors.state"}},
		{"fr", "Les États ne devraient pas permettre qu'un autre État utilise les TIC sur leur territoire pour commettre des faits illicites.", []string{"actors.state"}},
		{"fr", "La norme ne vise que le comportement des États et des entités agissant en leur nom.", []string{"actors.state"}},
		{"fr", "Les obligations découlant de la norme ne pèsent que sur les États.", []string{"actors.state"}},
		{"fr", "Le principe de souveraineté ne peut être violé que par un État ou par une entité agissant pour son compte.", []string{"actors.state"}},
		{"fr", "Les règles de la Charte relatives à l'emploi de la force ne s'adressent qu'aux États.", []string{"actors.state"}},
		{"fr", "Les sanctions ne visent que les personnes morales établies dans l'Union.", []string{"-actors.state"}},
		{"fr", "Cette aide ne s'adresse qu'aux États membres de l'OCDE.", []string{"-actors.state"}},
		{"fr", "Seul le comportement d'un État, ou celui qui lui est attribuable, peut constituer une violation de la souveraineté d'un autre État.", []string{"actors.state"}},
		{"fr", "Un État ne devrait pas permettre à un autre État ou à un acteur non étatique d'utiliser les TIC sur son territoire pour commettre des faits internationalement illicites.", []string{"actors.state", "actors.non_state"}},
		{"fr", "Un acte commis par un fonctionnaire dans l'exercice de ses fonctions engage l'État, même s'il outrepasse ses instructions.", []string{"actors.state"}},
		{"fr", "Le comportement d'un mouvement insurrectionnel qui devient le nouveau gouvernement est considéré comme un fait de l'État.", []string{"actors.state"}},
		{"fr", "La responsabilité internationale ne naît que d'actes attribuables à l'État, commis par ses organes ou ses agents.", []string{"actors.state"}},
		{"fr", "Selon la CDI, le comportement d'un organe de l'État est attribuable à cet État quelle que soit sa position dans l'organisation de l'État.", []string{"actors.state"}},
		{"fr", "Un État ne répond que de ses propres faits, c'est-à-dire du comportement de ses organes ou de personnes agissant pour son compte.", []string{"actors.state"}},
		{"fr", "Les opérations menées par des agents de l'État, ou par des personnes agissant sur ses instructions, engagent sa responsabilité internationale.", []string{"actors.state", "topic.state_responsibility"}},
		{"fr", "En droit, une cyberopération ne devient un fait de l'État que si elle émane de ses organes ou de personnes qu'il contrôle.", []string{"actors.state"}},
		{"fr", "L'article 8 des Articles de la CDI vise le comportement de personnes agissant sur les instructions ou sous le contrôle d'un État.", []string{"actors.state", "actors.non_state"}},
		{"fr", "Le Royaume-Uni attribue l'attaque au GRU.", []string{"-actors.state"}},
		{"fr", "Les agents de l'État ont reçu une formation à la cybersécurité.", []string{"-actors.state"}},
		{"fr", "Les agents de l'État ont manifesté contre la réforme des retraites.", []string{"-actors.state"}},
		{"fr", "Le gouvernement a réorganisé les organes de l'État chargés du numérique.", []string{"-actors.state"}},
		{"fr", "Les organes de l'État ont adopté une stratégie nationale de cybersécurité.", []string{"-actors.state"}},
		{"fr", "Les États ont adopté par consensus le rapport du groupe de travail sur les TIC.", []string{"-actors.state"}},
	})
}

// TestFrenchRound25Cybercrime checks cybercrime by its offences, procedural
// powers, treaties, bodies and acts of policing - fraudulent access and
// remaining, interception, expedited preservation, electronic evidence, mutual
// legal assistance, dark-web markets, resold credentials, complaints,
// convictions, operators charged - against inventories of threats, a contrast
// with cyber defence and crime with no ICT named.
func TestFrenchRound25Cybercrime(t *testing.T) {
	checkLangCases(t, []langCase{
		// Offences by their names, and criminal law.
		{"fr", "L'accès frauduleux à un système de traitement automatisé de données est puni de trois ans d'emprisonnement.", []string{"topic.cybercrime"}},
		{"fr", "Le suspect est poursuivi pour maintien frauduleux dans un système informatique et extraction de données.", []string{"topic.cybercrime"}},
		{"fr", "La Convention oblige les Parties à ériger en infraction pénale l'interception illégale de données informatiques.", []string{"topic.cybercrime"}},
		{"fr", "La loi Godfrain a été la première à réprimer la fraude informatique en France.", []string{"topic.cybercrime"}},
		{"fr", "La Convention de Malabo oblige les États africains à réprimer les atteintes aux systèmes informatiques.", []string{"topic.cybercrime"}},
		{"fr", "Le jeune pirate a été mis en examen pour atteinte à un système de traitement automatisé de données.", []string{"topic.cybercrime"}},
		{"fr", "L'atteinte à l'intégrité des données et l'abus de dispositifs figurent parmi les infractions de la Convention.", []string{"topic.cybercrime"}},
		{"fr", "La falsification informatique est punie des mêmes peines que le faux en écriture.", []string{"topic.cybercrime"}},
		{"fr", "Les délits informatiques ont augmenté de 40 % selon le ministère de l'Intérieur.", []string{"topic.cybercrime"}},
		{"fr", "Les cyberdélits commis contre les PME sont rarement élucidés.", []string{"topic.cybercrime"}},
		{"fr", "Les délits routiers ont augmenté de 10 % selon le ministère de l'Intérieur.", []string{"-topic.cybercrime"}},
		{"fr", "La sextorsion et la diffusion d'images d'abus sexuels sur des enfants en ligne sont des priorités des enquêteurs.", []string{"topic.cybercrime"}},
		{"fr", "Les auteurs de campagnes d'hameçonnage encourent des poursuites pénales.", []string{"topic.cybercrime"}},
		{"fr", "Le hameçonnage ciblant les seniors est désormais la première forme d'escroquerie signalée à la police.", []string{"topic.cybercrime"}},
		{"fr", "Les escrocs sévissant sur internet se font passer pour des conseillers bancaires.", []string{"topic.cybercrime"}},
		{"fr", "Les infractions commises au moyen d'un système informatique relèvent de la compétence de la juridiction spécialisée.", []string{"topic.cybercrime"}},
		{"fr", "Le maintien de l'ordre lors des manifestations a mobilisé la police.", []string{"-topic.cybercrime"}},
		// Procedural powers and cooperation.
		{"fr", "Les enquêteurs peuvent ordonner la conservation rapide des données informatiques stockées.", []string{"topic.cybercrime"}},
		{"fr", "Le code de procédure pénale autorise la perquisition et la saisie de données informatiques à distance.", []string{"topic.cybercrime"}},
		{"fr", "Le procureur peut adresser une injonction de produire à un fournisseur de services en ligne.", []string{"topic.cybercrime"}},
		{"fr", "Les États parties adoptent les mesures législatives nécessaires pour ériger en infraction pénale l'accès intentionnel et sans droit à un système informatique.", []string{"topic.cybercrime"}},
		{"fr", "L'accès sans droit à tout ou partie d'un système informatique constitue une infraction.", []string{"topic.cybercrime"}},
		{"fr", "Le tribunal a jugé que le maire avait agi sans droit en expulsant le locataire.", []string{"-topic.cybercrime"}},
		{"fr", "La coopération entre services répressifs est indispensable pour obtenir des preuves électroniques détenues à l'étranger.", []string{"topic.cybercrime"}},
		{"fr", "Les demandes d'entraide judiciaire portant sur des données hébergées en ligne prennent souvent des mois.", []string{"topic.cybercrime"}},
		{"fr", "Le réseau 24/7 permet aux Parties de se contacter en urgence dans les enquêtes sur les infractions informatiques.", []string{"topic.cybercrime"}},
		{"fr", "Les États parties s'accordent l'entraide la plus large possible aux fins des enquêtes concernant les infractions liées aux systèmes informatiques.", []string{"topic.cybercrime"}},
		{"fr", "Le Conseil de l'Europe a ouvert à la signature le deuxième protocole additionnel relatif à la divulgation de preuves électroniques.", []string{"topic.cybercrime"}},
		// Treaties and bodies.
		{"fr", "Le texte onusien sur la criminalité liée aux technologies de l'information a été adopté par l'Assemblée générale.", []string{"topic.cybercrime"}},
		{"fr", "Le Comité spécial négocie une convention sur l'utilisation des technologies de l'information et des communications à des fins criminelles.", []string{"topic.cybercrime"}},
		{"fr", "La convention de Hanoï ouvre une nouvelle ère pour la coopération pénale mondiale.", []string{"topic.cybercrime"}},
		{"fr", "La Convention arabe sur la lutte contre les infractions liées aux technologies de l'information a été ratifiée par l'Égypte.", []string{"topic.cybercrime"}},
		{"fr", "L'Office anti-cybercriminalité a interpellé trois suspects soupçonnés d'avoir piraté des hôpitaux.", []string{"topic.cybercrime"}},
		{"fr", "Les cyberenquêteurs de la gendarmerie ont remonté la piste des escrocs jusqu'en Côte d'Ivoire.", []string{"topic.cybercrime"}},
		{"fr", "La brigade numérique de la gendarmerie a démantelé un réseau de fraude au faux support technique.", []string{"topic.cybercrime"}},
		{"fr", "La lutte contre la délinquance numérique exige une coopération judiciaire plus rapide.", []string{"topic.cybercrime"}},
		{"fr", "La lutte contre l'utilisation des technologies numériques à des fins criminelles suppose une coopération internationale renforcée.", []string{"topic.cybercrime"}},
		{"fr", "La cybercriminalité, la cyberdéfense et la protection des données seront les thèmes de la conférence.", []string{"-topic.cybercrime"}},
		{"fr", "Les menaces comprennent les cybercriminels, les hacktivistes et les États.", []string{"-topic.cybercrime"}},
		{"fr", "Le rapport recense la cybercriminalité parmi les menaces, aux côtés de l'espionnage et du sabotage.", []string{"-topic.cybercrime"}},
		{"fr", "La cyberdéfense se distingue de la lutte contre la cybercriminalité par ses acteurs militaires.", []string{"-topic.cybercrime"}},
		// Policing: takedowns, seizures, arrests, charges, convictions, complaints.
		{"fr", "Europol et Eurojust ont coordonné le démantèlement d'une place de marché illégale du darknet.", []string{"topic.cybercrime"}},
		{"fr", "La police a saisi les serveurs d'un service de location de botnets utilisé pour des attaques par déni de service.", []string{"topic.cybercrime"}},
		{"fr", "Les polices de huit pays ont démantelé les serveurs du botnet Emotet.", []string{"topic.cybercrime"}},
		{"fr", "Le FBI a infiltré les serveurs du groupe Hive et récupéré les clés de déchiffrement.", []string{"topic.cybercrime"}},
		{"fr", "Un adolescent a été interpellé pour avoir lancé des attaques informatiques par déni de service contre les sites de son lycée.", []string{"topic.cybercrime"}},
		{"fr", "Le pirate a été condamné à cinq ans de prison pour avoir dérobé les données bancaires de milliers de clients.", []string{"topic.cybercrime"}},
		{"fr", "Le tribunal correctionnel a condamné le pirate pour l'intrusion dans les serveurs de la région.", []string{"topic.cybercrime"}},
		{"fr", "Les opérateurs de ce service de rançongiciel à la demande ont été inculpés aux États-Unis.", []string{"topic.cybercrime"}},
		{"fr", "Le développeur du logiciel arrête la maintenance de son application en ligne à la fin du mois.", []string{"-topic.cybercrime"}},
		{"fr", "L'UE condamne les pirates pour l'intrusion dans les serveurs du Parlement.", []string{"-topic.cybercrime"}},
		{"fr", "Le hacker russe a été extradé vers les États-Unis pour des fraudes informatiques.", []string{"topic.cybercrime"}},
		{"fr", "Un mandat d'arrêt international a été émis contre le développeur présumé du logiciel malveillant.", []string{"topic.cybercrime"}},
		{"fr", "Le parquet de Paris a ouvert une information judiciaire après l'intrusion dans les serveurs de la mairie.", []string{"topic.cybercrime"}},
		{"fr", "Les victimes sont invitées à porter plainte auprès de la gendarmerie après une attaque par rançongiciel.", []string{"topic.cybercrime"}},
		{"fr", "Les particuliers victimes d'escroqueries en ligne peuvent porter plainte au commissariat.", []string{"topic.cybercrime", "-actors.non_state"}},
		{"fr", "Le tribunal a condamné le voleur de voitures à deux ans de prison.", []string{"-topic.cybercrime"}},
		{"fr", "La plainte du syndicat contre le ministère a été rejetée.", []string{"-topic.cybercrime"}},
		{"fr", "Le parquet a ouvert une enquête pour homicide involontaire après l'accident.", []string{"-topic.cybercrime"}},
		// The criminal economy: ransomware affiliates, laundering, resold data, black markets.
		{"fr", "Les affiliés du rançongiciel reversaient une part des rançons aux développeurs du logiciel.", []string{"topic.cybercrime"}},
		{"fr", "Les membres de l'Initiative internationale contre les rançongiciels s'engagent à ne pas payer de rançons.", []string{"topic.cybercrime"}},
		{"fr", "Les rançongiciels constituent aujourd'hui la principale menace criminelle pour les collectivités, selon le parquet.", []string{"topic.cybercrime"}},
		{"fr", "Le blanchiment des cryptomonnaies issues des rançons alimente l'économie cybercriminelle.", []string{"topic.cybercrime"}},
		{"fr", "Les cyberdélinquants utilisent des mules financières pour blanchir les rançons.", []string{"topic.cybercrime"}},
		{"fr", "Des milliers d'identifiants volés étaient revendus sur des forums clandestins.", []string{"topic.cybercrime"}},
		{"fr", "Les voleurs d'informations alimentent un marché noir de données personnelles volées sur internet.", []string{"topic.cybercrime"}},
		{"fr", "Le marché noir de l'essence a explosé pendant la pénurie.", []string{"-topic.cybercrime"}},
	})
}

// TestFrenchRound25NonStateActors checks duties, prohibitions and legal
// questions that reach private conduct - proxies and intermediaries, private
// persons and firms kept from attacking or hacking back, intrusion vendors
// regulated, private military companies bound by law, groups assimilated to
// State organs, self-defence against non-State attacks, havens - against non-
// State actors named as authors, victims, partners or an inventory, and a
// State's use of firms told as a fact.
func TestFrenchRound25NonStateActors(t *testing.T) {
	checkLangCases(t, []langCase{
		// Proxies and intermediaries a State may not use or hide behind.
		{"fr", "Les États ne devraient pas recourir à des mandataires pour commettre des faits internationalement illicites au moyen des TIC.", []string{"actors.non_state"}},
		{"fr", "Les États ne doivent pas recourir à des intermédiaires pour commettre des faits internationalement illicites à l'aide des TIC et doivent faire en sorte que leur territoire ne soit pas utilisé par des acteurs non étatiques pour commettre de tels faits.", []string{"actors.non_state"}},
		{"fr", "Les États doivent s'abstenir de recruter des cybermercenaires ou des sociétés privées pour mener des opérations offensives.", []string{"actors.non_state"}},
		{"fr", "Les États devraient s'abstenir de soutenir ou de faciliter les activités malveillantes d'acteurs non étatiques dans le domaine des TIC.", []string{"actors.non_state"}},
		{"fr", "Aucun État ne devrait financer, armer ou héberger des groupes de pirates qui attaquent d'autres États.", []string{"actors.non_state"}},
		{"fr", "Les États ne sauraient se retrancher derrière des intermédiaires privés pour échapper à leur responsabilité pour des cyberattaques.", []string{"topic.state_responsibility", "actors.non_state"}},
		{"fr", "L'Iran sous-traiterait ses cyberopérations à des entreprises privées et à des pirates à gages.", []string{"-actors.non_state"}},
		// Duties reaching private persons, groups and firms on the territory.
		{"fr", "Les États devraient veiller à ce que des acteurs non étatiques n'utilisent pas leur territoire pour commettre de tels actes.", []string{"actors.non_state"}},
		{"fr", "Les États doivent veiller à ce que leur territoire ne soit pas utilisé par des groupes criminels pour lancer des rançongiciels contre d'autres États.", []string{"actors.non_state"}},
		{"fr", "Les États doivent s'assurer que les hackers patriotiques ne lancent pas d'attaques depuis leur territoire contre d'autres États.", []string{"actors.non_state"}},
		{"fr", "Les États ne devraient pas tolérer que des groupes de hackers opèrent depuis leur territoire contre d'autres États.", []string{"actors.non_state"}},
		{"fr", "Le pays hôte doit poursuivre les pirates informatiques qui attaquent depuis son territoire les réseaux de ses voisins.", []string{"actors.non_state"}},
		{"fr", "Il incombe à l'État de mettre fin aux agissements des groupes criminels qui lancent des attaques informatiques depuis son sol.", []string{"actors.non_state"}},
		{"fr", "Les groupes de ransomware agissant depuis la Russie doivent être poursuivis par les autorités russes.", []string{"actors.non_state"}},
		{"fr", "La communauté internationale exige des pays qui abritent des gangs de rançongiciels qu'ils les poursuivent.", []string{"actors.non_state"}},
		{"fr", "Biden a demandé à Poutine d'agir contre les groupes de rançongiciels opérant en Russie.", []string{"actors.non_state"}},
		{"fr", "La Russie doit cesser d'offrir un refuge aux cybercriminels qui attaquent les infrastructures occidentales.", []string{"actors.non_state"}},
		{"fr", "Les pays qui hébergent des pirates informatiques devront en répondre devant la communauté internationale.", []string{"actors.non_state"}},
		{"fr", "Selon le rapport, les groupes de rançongiciels ont extorqué plus d'un milliard de dollars en 2023.", []string{"-actors.non_state"}},
		{"fr", "Le Conseil de sécurité a demandé aux États d'empêcher les groupes terroristes d'utiliser internet pour préparer des attentats.", []string{"actors.non_state"}},
		{"fr", "L'obligation de diligence de l'État s'étend aux activités des entreprises privées installées sur son territoire.", []string{"actors.non_state"}},
		{"fr", "La norme vaut aussi pour les activités des particuliers et des entreprises qui utilisent les réseaux du pays.", []string{"actors.non_state"}},
		{"fr", "Les États doivent empêcher les entreprises établies sur leur territoire de pratiquer le piratage en retour contre des systèmes étrangers.", []string{"actors.non_state"}},
		{"fr", "Les États devraient interdire aux entreprises privées de mener des opérations de riposte offensive dans le cyberespace.", []string{"actors.non_state"}},
		{"fr", "Les États doivent encadrer strictement les sociétés privées qui vendent des capacités d'intrusion informatique.", []string{"actors.non_state"}},
		{"fr", "Les États devraient empêcher les courtiers en vulnérabilités établis sur leur territoire de vendre des outils de piratage à des régimes hostiles.", []string{"actors.non_state"}},
		{"fr", "Les sociétés militaires privées qui mènent des cyberopérations restent soumises au droit international humanitaire.", []string{"actors.non_state"}},
		{"fr", "Les sociétés privées de surveillance sont tenues de respecter les normes internationales relatives aux droits de l'homme dans l'usage de leurs outils d'intrusion.", []string{"-actors.non_state"}},
		{"fr", "Les entreprises privées doivent signaler les incidents de cybersécurité à l'ANSSI dans les 24 heures.", []string{"-actors.non_state"}},
		{"fr", "Les particuliers doivent mettre à jour leurs logiciels pour se protéger des pirates.", []string{"-actors.non_state"}},
		{"fr", "Le gouvernement a lancé un partenariat avec le secteur privé pour former des experts en cybersécurité.", []string{"-actors.non_state"}},
		{"fr", "Le secteur privé est un partenaire essentiel de la cybersécurité nationale.", []string{"-actors.non_state"}},
		// Private actors as partners, protected victims or holders of a role are no duty over their conduct.
		{"fr", "Les États doivent associer les acteurs privés à l'élaboration des normes de comportement responsable dans le cyberespace.", []string{"-actors.non_state"}},
		{"fr", "Les États doivent protéger les entreprises privées contre les cyberattaques venues de l'étranger.", []string{"-actors.non_state"}},
		{"fr", "La coopération entre les États et les acteurs non étatiques doit être renforcée pour sécuriser le cyberespace.", []string{"-actors.non_state"}},
		{"fr", "Les acteurs non étatiques, notamment les entreprises et la société civile, ont un rôle important à jouer dans la sécurité internationale des TIC.", []string{"-actors.non_state"}},
		{"fr", "Les entreprises privées sont les premières victimes des rançongiciels, selon le gouvernement.", []string{"-actors.non_state"}},
		{"fr", "Le dialogue multipartite entre États, entreprises privées et chercheurs doit se poursuivre à l'ONU.", []string{"-actors.non_state"}},
		{"fr", "Les particuliers doivent signaler toute tentative d'hameçonnage aux autorités de l'État.", []string{"-actors.non_state"}},
		{"fr", "Le secteur privé doit être associé aux travaux de l'ONU sur la sécurité des TIC.", []string{"-actors.non_state"}},
		{"fr", "Les États devraient encourager le secteur privé à signaler les vulnérabilités des produits TIC.", []string{"-actors.non_state"}},
		{"fr", "Les États doivent veiller à ce que les entreprises privées établies sur leur territoire ne servent pas de base à des cyberattaques contre d'autres États.", []string{"actors.non_state"}},
		// Private conduct in the law of responsibility, and responses to non-State attacks.
		{"fr", "Un État peut voir sa responsabilité engagée pour les agissements de particuliers qu'il n'a pas empêchés alors qu'il en avait connaissance.", []string{"actors.non_state"}},
		{"fr", "La responsabilité d'un État peut être engagée pour des cyberopérations menées par des acteurs non étatiques agissant sur ses instructions.", []string{"actors.non_state", "topic.state_responsibility"}},
		{"fr", "La diligence requise impose à l'État de prendre des mesures contre les acteurs privés qui lancent des cyberattaques depuis son territoire.", []string{"actors.non_state"}},
		{"fr", "L'État territorial est tenu de faire cesser les activités des pirates informatiques dont il a connaissance.", []string{"actors.non_state"}},
		{"fr", "L'État n'est pas responsable des actes de personnes privées, sauf si ces personnes agissent sur ses instructions ou sous son contrôle.", []string{"actors.non_state"}},
		{"fr", "Un État n'est pas tenu pour responsable des actes de hackers indépendants, sauf s'il les a encouragés ou tolérés.", []string{"actors.non_state"}},
		{"fr", "La responsabilité de l'État hôte peut être engagée s'il tolère sciemment les activités des cybercriminels.", []string{"actors.non_state"}},
		{"fr", "Un État peut engager sa responsabilité du fait des cyberattaques menées par des milices qu'il finance et équipe.", []string{"actors.non_state"}},
		{"fr", "Le groupe de hacktivistes ne peut être assimilé à un organe de l'État que s'il est placé sous sa dépendance totale.", []string{"actors.non_state"}},
		{"fr", "L'Ukraine pourrait être tenue responsable des actions de l'IT Army si elle dirige ces volontaires.", []string{"topic.state_responsibility", "actors.non_state"}},
		{"fr", "Si les hackers agissaient sous le contrôle de l'État, leurs actes lui seraient attribuables.", []string{"topic.state_responsibility", "actors.state", "actors.non_state"}},
		{"fr", "L'IT Army, composée de volontaires du monde entier, a revendiqué des centaines d'attaques contre des sites russes.", []string{"-actors.non_state"}},
		{"fr", "Les hacktivistes qui ont piraté les sites ministériels seront tenus responsables de leurs actes devant la justice.", []string{"-actors.non_state"}},
		{"fr", "La légitime défense contre des cyberattaques armées lancées par des groupes terroristes reste controversée.", []string{"actors.non_state"}},
		{"fr", "Les cyberattaques menées par des acteurs non étatiques peuvent-elles justifier une riposte armée de l'État victime ?", []string{"actors.non_state"}},
		{"fr", "Un État peut-il invoquer la légitime défense contre un groupe de hackers agissant depuis le territoire d'un autre État ?", []string{"actors.non_state"}},
		{"fr", "Le droit des contre-mesures ne permet pas de riposter directement contre des acteurs privés situés à l'étranger.", []string{"actors.non_state"}},
		{"fr", "Les hacktivistes ont revendiqué la mise hors ligne des sites gouvernementaux.", []string{"-actors.non_state"}},
		{"fr", "Des hacktivistes pro-ukrainiens ont piraté la télévision russe.", []string{"-actors.non_state"}},
		{"fr", "Des cyber-milices pro-russes ont revendiqué les attaques contre les sites des aéroports.", []string{"-actors.non_state"}},
		{"fr", "Les menaces proviennent d'acteurs étatiques et non étatiques.", []string{"-actors.non_state"}},
		{"fr", "La moitié des attaques sont le fait de groupes criminels, selon le rapport annuel.", []string{"-actors.non_state"}},
		{"fr", "Les géants du numérique sont appelés à coopérer davantage avec les autorités.", []string{"-actors.non_state"}},
	})
}

// TestFrenchRound25Assistance checks help sought, offered, given or received
// between States, alliances and firms to deal with a cyber operation -
// requests, rapid response teams, experts sent or put at a State's disposal,
// rescue and mutual aid, solidarity called for, help received from abroad -
// against help inside one State, capacity funding, mutual legal assistance, a
// firm's helpdesk, legal aid and collective defence.
func TestFrenchRound25Assistance(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "L'Albanie a sollicité l'aide de l'OTAN et de partenaires pour faire face à la cyberattaque contre ses services publics.", []string{"measures.assistance"}},
		{"fr", "Si un État est victime d'une cyberattaque grave, il peut demander l'aide de ses partenaires européens.", []string{"measures.assistance"}},
		{"fr", "Les États devraient répondre aux demandes d'assistance d'un autre État dont les infrastructures critiques sont visées par des actes malveillants.", []string{"measures.assistance"}},
		{"fr", "Les États devraient fournir une assistance aux pays victimes de rançongiciels qui la demandent.", []string{"measures.assistance"}},
		{"fr", "Les États peuvent solliciter l'assistance technique de l'UIT pour faire face à un incident informatique.", []string{"measures.assistance"}},
		{"fr", "Le répertoire des points de contact permettra aux États de demander une assistance en cas d'incident grave.", []string{"measures.assistance"}},
		{"fr", "Un État victime peut solliciter l'appui d'une organisation régionale pour rétablir ses réseaux.", []string{"measures.assistance"}},
		{"fr", "Le maire a sollicité l'appui des élus de l'opposition pour son projet numérique.", []string{"-measures.assistance"}},
		{"fr", "En cas d'incident grave, l'État touché peut demander l'assistance des autres États par l'intermédiaire des points de contact.", []string{"measures.assistance"}},
		{"fr", "Les États devraient répondre favorablement aux demandes d'aide formulées par l'État dont l'infrastructure critique est la cible d'activités malveillantes.", []string{"measures.assistance"}},
		{"fr", "L'Union européenne apporte son soutien aux États membres victimes de cyberattaques d'envergure grâce au mécanisme de solidarité.", []string{"measures.assistance"}},
		{"fr", "Les pays victimes peuvent s'appuyer sur l'expertise de leurs partenaires pour analyser le logiciel malveillant.", []string{"measures.assistance"}},
		{"fr", "Il faut renforcer l'aide mutuelle entre CERT nationaux lors des incidents transfrontaliers.", []string{"measures.assistance"}},
		{"fr", "Le ministre s'appuie sur l'expertise de ses conseillers pour préparer la réforme numérique.", []string{"-measures.assistance"}},
		{"fr", "Les États se sont engagés à coopérer pour renforcer la résilience de leurs infrastructures numériques.", []string{"-measures.assistance"}},
		{"fr", "Face à la crise, le pays a fait appel à la solidarité européenne pour remettre en état ses réseaux informatiques après l'attaque.", []string{"measures.assistance"}},
		{"fr", "L'Union a déployé ses équipes d'intervention rapide en cybersécurité pour soutenir la Moldavie après les attaques.", []string{"measures.assistance"}},
		{"fr", "Des experts américains ont été dépêchés au Costa Rica pour aider le gouvernement à rétablir ses systèmes après l'attaque par rançongiciel.", []string{"measures.assistance"}},
		{"fr", "Des spécialistes de l'ANSSI ont été envoyés à Tirana pour épauler leurs homologues albanais après l'intrusion.", []string{"measures.assistance"}},
		{"fr", "La France a mis à la disposition de la Moldavie des experts en cybersécurité pour répondre aux attaques.", []string{"measures.assistance"}},
		{"fr", "L'OTAN a activé sa plateforme de soutien aux incidents cyber pour aider l'Albanie.", []string{"measures.assistance"}},
		{"fr", "Le Japon a proposé son concours technique à l'Ukraine pour contenir les intrusions dans son réseau électrique.", []string{"measures.assistance"}},
		{"fr", "Les entreprises de cybersécurité ont offert gratuitement leurs services aux hôpitaux ukrainiens visés par les pirates.", []string{"measures.assistance"}},
		{"fr", "Le CERT national a prêté main-forte à son homologue moldave pendant l'incident.", []string{"measures.assistance"}},
		{"fr", "Les alliés se sont engagés à se porter mutuellement secours en cas de cyberattaque majeure.", []string{"measures.assistance"}},
		{"fr", "Les alliés se sont empressés de venir en aide à l'Estonie après les cyberattaques de 2007.", []string{"measures.assistance"}},
		{"fr", "Les États membres s'entraident pour contenir les incidents de grande ampleur.", []string{"measures.assistance"}},
		{"fr", "La clause d'assistance mutuelle de l'article 42.7 pourrait être activée en cas de cyberattaque grave contre un État membre.", []string{"measures.assistance"}},
		{"fr", "La réserve européenne de cybersécurité permettra à un État membre touché par un incident majeur de bénéficier de l'appui de prestataires de confiance.", []string{"measures.assistance"}},
		{"fr", "Kiev a reçu un soutien technique de Microsoft et d'autres entreprises pour repousser les cyberattaques russes.", []string{"measures.assistance"}},
		{"fr", "Le Monténégro a obtenu l'appui d'une équipe française pour rétablir ses systèmes après l'attaque.", []string{"measures.assistance"}},
		{"fr", "Le Costa Rica a reçu des renforts d'Israël, des États-Unis et de l'Espagne pour endiguer l'attaque par rançongiciel.", []string{"measures.assistance"}},
		{"fr", "L'aide apportée par les Américains a permis à l'Albanie de restaurer ses services en ligne après l'attaque.", []string{"measures.assistance"}},
		{"fr", "À la demande de Tirana, des experts du FBI et de Microsoft ont aidé à enquêter sur l'attaque informatique.", []string{"measures.assistance"}},
		{"fr", "Les pays voisins ont envoyé des renforts pour aider le Costa Rica à se relever de l'attaque par rançongiciel.", []string{"measures.assistance"}},
		{"fr", "Les États-Unis vont dépêcher une équipe de cyberexperts au Costa Rica après l'attaque par rançongiciel.", []string{"measures.assistance"}},
		{"fr", "La France a apporté son appui technique à l'Albanie à la suite de la cyberattaque iranienne.", []string{"measures.assistance"}},
		{"fr", "Les CERT européens se sont mobilisés pour aider leur homologue ukrainien face aux attaques informatiques.", []string{"measures.assistance"}},
		{"fr", "Microsoft a aidé l'Ukraine à protéger ses données gouvernementales des cyberattaques russes.", []string{"measures.assistance"}},
		{"fr", "Le soutien des alliés a été déterminant pour repousser les cyberattaques russes contre l'Ukraine.", []string{"measures.assistance"}},
		{"fr", "L'ANSSI a publié un guide pour aider les PME à se protéger des rançongiciels.", []string{"-measures.assistance"}},
		{"fr", "Le ministre a soutenu son homologue allemand lors du vote sur le budget européen.", []string{"-measures.assistance"}},
		{"fr", "Des renforts de police ont été déployés pour contenir les manifestants devant le ministère.", []string{"-measures.assistance"}},
		{"fr", "Les États devraient coopérer pour atténuer les effets d'une cyberattaque visant les infrastructures critiques d'un autre État.", []string{"measures.assistance"}},
		{"fr", "L'ANSSI accompagne les collectivités françaises victimes de rançongiciels.", []string{"-measures.assistance"}},
		{"fr", "La municipalité a reçu l'aide de l'État pour reconstruire l'école.", []string{"-measures.assistance"}},
		{"fr", "Les victimes de cyberharcèlement peuvent obtenir de l'aide auprès des associations.", []string{"-measures.assistance"}},
		{"fr", "La France finance un programme d'assistance technique pour renforcer les capacités cyber du Sénégal.", []string{"-measures.assistance"}},
		{"fr", "L'Union européenne a mobilisé 10 millions d'euros pour renforcer la cyber-résilience de l'Ukraine.", []string{"-measures.assistance"}},
		{"fr", "Les États parties s'accordent l'entraide judiciaire la plus large possible.", []string{"-measures.assistance"}},
		{"fr", "L'entreprise propose une assistance téléphonique à ses clients en cas de panne informatique.", []string{"-measures.assistance"}},
		{"fr", "Le justiciable peut bénéficier de l'aide juridictionnelle pour contester la sanction de la CNIL.", []string{"-measures.assistance"}},
		{"fr", "Le fonds européen d'aide aux réfugiés finance des formations au numérique.", []string{"-measures.assistance"}},
		{"fr", "Le traité de l'OTAN prévoit la solidarité de ses membres en cas d'attaque armée contre l'un d'eux, y compris dans le cyberespace.", []string{"-measures.assistance"}},
	})
}
