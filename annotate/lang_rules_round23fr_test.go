package annotate

import "testing"

// The tests below check the French rules of round 23, written for the
// families of phrasing that the French rules missed most (actors.non_state,
// topic.state_responsibility, scope.termination, status.binding). The
// sentences were written for this test, not taken from a labelled passage:
// positives in several syntaxes and near misses that use the same cue words
// in another sense, in passing or negated.

// TestFrenchRound23StateBlessing checks that groups said to operate with a
// State's or its services' blessing, consent or backing are non-State actors
// the State enables and an operation linked to it, and that a parliament's
// blessing, Europol's support or a blessing with no group are not.
func TestFrenchRound23StateBlessing(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Des groupes comme Conti opèrent en marge, mais avec la bénédiction du FSB, qui brouille la frontière entre crime et action d'État.", []string{"actors.non_state", "topic.state_responsibility"}},
		{"fr", "Ces pirates agissent depuis des années avec l'aval du Kremlin, qui ne les a jamais inquiétés.", []string{"actors.non_state", "topic.state_responsibility"}},
		{"fr", "Selon des chercheurs en sécurité, le gang de rançongiciel bénéficie du soutien logistique des services de renseignement russes.", []string{"actors.non_state", "topic.state_responsibility"}},
		{"fr", "Les hacktivistes ont reçu le feu vert de Moscou pour viser les infrastructures des pays baltes.", []string{"actors.non_state", "topic.state_responsibility"}},
		{"fr", "Les cybercriminels prospèrent sous la protection du régime, à l'abri de toute extradition.", []string{"actors.non_state"}},
		{"fr", "Avec la bénédiction du Parlement, le gouvernement a créé un groupe de travail sur la cybersécurité des hôpitaux.", []string{"-actors.non_state", "-topic.state_responsibility"}},
		{"fr", "Avec le soutien logistique d'Europol, la police a démantelé le groupe de pirates qui rançonnait des hôpitaux.", []string{"-actors.non_state", "-topic.state_responsibility"}},
		{"fr", "Le projet de loi sur la cybersécurité a été adopté avec l'aval du gouvernement et des autorités de régulation.", []string{"-actors.non_state", "-topic.state_responsibility"}},
	})
}

// TestFrenchRound23Havens checks that countries called havens or accomplices
// of hackers are faulted for them, and that tax havens are no such fault.
func TestFrenchRound23Havens(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les pays refuges des hackers ne sont pas de simples spectateurs de leurs attaques contre d'autres États.", []string{"actors.non_state"}},
		{"fr", "Certains pays servent de refuge aux cybercriminels qui rançonnent les hôpitaux européens.", []string{"actors.non_state"}},
		{"fr", "Ce pays est devenu un havre pour les pirates informatiques qui attaquent ses voisins.", []string{"actors.non_state"}},
		{"fr", "Comme les paradis fiscaux, le pays le plus prisé des cybercriminels pour blanchir leurs gains n'est sur aucune liste noire.", []string{"-actors.non_state"}},
		{"fr", "Les cybercriminels attaquent des hôpitaux dans de nombreux pays européens depuis deux ans.", []string{"-actors.non_state"}},
	})
}

// TestFrenchRound23Sanctions checks that sanctions aimed at States and
// non-State actors for cyberattacks hold States to account and reach the
// non-State actors, and that sanctions on named persons, criminal penalties
// or sanctions with no cyber operation do not.
func TestFrenchRound23Sanctions(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Le Conseil européen est prêt à utiliser des sanctions diplomatiques contre les acteurs étatiques ou non qui mèneraient des cyberattaques contre l'Union.", []string{"actors.non_state", "topic.state_responsibility"}},
		{"fr", "Le nouveau régime de sanctions vise les États qui lancent des cyberattaques contre les infrastructures européennes.", []string{"topic.state_responsibility"}},
		{"fr", "Ces sanctions devraient faire réfléchir les pirates et les pays qui autorisent des cyberopérations illégales depuis leur sol.", []string{"actors.non_state", "topic.state_responsibility"}},
		{"fr", "L'Union a adopté des sanctions contre six personnes et trois entités pour des cyberattaques contre des entreprises européennes.", []string{"-topic.state_responsibility", "-actors.non_state"}},
		{"fr", "Le code pénal prévoit des sanctions pénales contre les pirates qui mènent des cyberattaques contre des entreprises.", []string{"-topic.state_responsibility", "-actors.non_state"}},
		{"fr", "Les sanctions contre les États qui envahissent leurs voisins ont été renforcées par le Conseil.", []string{"-topic.state_responsibility"}},
	})
}

// TestFrenchRound23ResponsibilityAssigned checks that the responsibility for
// an operation put down to a State, its capital or services, or a State made
// to account for its conduct in cyber incidents, is State responsibility, and
// that responsibility for security given to a ministry, or put on hackers or
// users, is not.
func TestFrenchRound23ResponsibilityAssigned(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Si les preuves manquent pour en attribuer la responsabilité à Moscou, ces cyberattaques contre des sites ukrainiens ont tout d'une offensive.", []string{"topic.state_responsibility"}},
		{"fr", "Les experts hésitent à imputer la responsabilité de l'intrusion au renseignement militaire russe.", []string{"topic.state_responsibility"}},
		{"fr", "Le ministre a convoqué l'ambassadeur pour qu'il rende compte de la conduite de la Chine dans ces piratages de ministères européens.", []string{"topic.state_responsibility"}},
		{"fr", "La loi attribue la responsabilité de la sécurité des opérations numériques à l'État et à ses agences.", []string{"-topic.state_responsibility"}},
		{"fr", "L'enquête tend à attribuer la responsabilité de la fuite de données à un groupe de pirates sans lien connu avec un État.", []string{"-topic.state_responsibility"}},
		{"fr", "Le contrat attribue la responsabilité des incidents de sécurité aux utilisateurs du service.", []string{"-topic.state_responsibility"}},
		{"fr", "Le directeur devra rendre compte de la conduite du projet informatique au conseil d'administration.", []string{"-topic.state_responsibility"}},
	})
}

// TestFrenchRound23TakeDown checks that servers named by the attacks they
// served, an attack neutralised and a criminal group's sites seized are
// termination, and that data entered on a site, a court seized, an attack
// that takes a site down and tensions that "ne cessent de croître" are not.
func TestFrenchRound23TakeDown(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Des entreprises privées ont aidé la police à détruire et démanteler ces serveurs utilisés pour mener des attaques informatiques.", []string{"scope.termination"}},
		{"fr", "Les enquêteurs ont saisi une centaine de serveurs qui servaient à lancer des cyberattaques contre les banques.", []string{"scope.termination"}},
		{"fr", "Face à une cyberattaque contre ses systèmes, le service de renseignement a le droit de neutraliser l'attaque.", []string{"scope.termination"}},
		{"fr", "L'essentiel de l'infrastructure du groupe de rançongiciel a été saisi : le site vitrine et ses miroirs.", []string{"scope.termination"}},
		{"fr", "Les sites du gang criminel de rançongiciel ont été saisis par les polices européennes jeudi, après une enquête en ligne.", []string{"scope.termination"}},
		{"fr", "Les sites du gang de rançongiciel saisis par la police affichent désormais un bandeau en ligne.", []string{"scope.termination"}},
		{"fr", "Pour porter plainte, la victime d'une escroquerie en ligne doit saisir son identifiant sur le site du ministère.", []string{"-scope.termination"}},
		{"fr", "La cour a été saisie par l'État victime d'une cyberattaque contre ses serveurs.", []string{"-scope.termination"}},
		{"fr", "Alors que les tensions ne cessent de croître entre les deux États, les cyberattaques se multiplient sur les réseaux gouvernementaux.", []string{"-scope.termination"}},
		{"fr", "Le nombre d'attaques contre les réseaux de l'État n'a cessé d'augmenter depuis le début du conflit.", []string{"-scope.termination"}},
		{"fr", "L'État doit faire cesser les cyberattaques lancées depuis son territoire contre ses voisins.", []string{"scope.termination"}},
	})
}

// TestFrenchRound23DutyOfPrevention checks that customary rules drawn from
// due diligence, and the content or scope of the obligation of prevention
// described by a court or said to vary with capacities, give
// status.binding, and that a company's obligation, a question of existence or
// a varying price do not.
func TestFrenchRound23DutyOfPrevention(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La due diligence est conçue comme un principe dont le juge déduit des règles coutumières et des obligations nouvelles.", []string{"status.binding"}},
		{"fr", "Pour la Cour, la diligence requise des États en matière de pollution relève d'une règle coutumière bien établie.", []string{"status.binding"}},
		{"fr", "Au paragraphe 430, l'arrêt décrit le contenu de l'obligation de prévention en termes d'obligation de moyen et non de résultat.", []string{"status.binding"}},
		{"fr", "Le Tribunal affirme que l'obligation de diligence requise peut varier en fonction des capacités des États et de leurs ressources.", []string{"status.binding"}},
		{"fr", "L'étendue de l'obligation de prévention des États varie selon la gravité du risque de dommage transfrontière.", []string{"status.binding"}},
		{"fr", "Le prix des services de diligence raisonnable varie selon la taille de l'entreprise et ses obligations.", []string{"-status.binding"}},
		{"fr", "La question de savoir si une obligation de diligence existe dans le cyberespace reste débattue.", []string{"-status.binding"}},
		{"fr", "Les règles coutumières de la navigation fluviale varient selon les États riverains.", []string{"-status.binding"}},
	})
}

// TestFrenchRound23Impunity checks that criminals enjoying impunity granted
// by a State, or a State that did nothing to stop them, are faulted on the
// State, and that impunity in general or a State doing nothing else is not.
func TestFrenchRound23Impunity(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Ces groupes de pirates jouissent d'une totale impunité en Russie, d'où ils attaquent les réseaux occidentaux.", []string{"actors.non_state"}},
		{"fr", "Le régime offre l'impunité aux cybercriminels tant qu'ils épargnent les intérêts du pays.", []string{"actors.non_state"}},
		{"fr", "Les autorités russes n'ont rien fait pour arrêter les membres du groupe de rançongiciel malgré nos demandes.", []string{"actors.non_state"}},
		{"fr", "La lutte contre l'impunité des crimes de guerre progresse dans les juridictions nationales des États.", []string{"-actors.non_state"}},
		{"fr", "Le gouvernement n'a rien fait pour réformer la formation des ingénieurs en cybersécurité.", []string{"-actors.non_state"}},
	})
}

// TestFrenchRound23Answering checks that a State made to answer or pay for
// its operations is held accountable, and that hackers answering before a
// court or a State answering a request are not.
func TestFrenchRound23Answering(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La Russie devra répondre de ses cyberattaques contre les infrastructures ukrainiennes devant la communauté internationale.", []string{"topic.state_responsibility"}},
		{"fr", "Les Alliés sont déterminés à faire payer à la Russie le prix de ses cyberattaques contre leurs réseaux.", []string{"topic.state_responsibility"}},
		{"fr", "Les pirates devront répondre de leurs actes devant la justice française après la cyberattaque.", []string{"-topic.state_responsibility"}},
		{"fr", "La Chine doit répondre à la demande d'assistance de la France après la cyberattaque contre ses ports.", []string{"-topic.state_responsibility"}},
	})
}

// TestFrenchRound23OperationLinked checks the French ways of linking an
// operation or its authors to a State (in its pay, on its behalf, in its
// service, behind it, named its author, its work, a link made or wanting),
// and that a firm working on a State's behalf, hackers recruited with no
// operation, trade links and a criminals' nationality are not.
func TestFrenchRound23OperationLinked(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Des pirates à la solde de Pékin ont visé des entreprises européennes de défense pendant des années.", []string{"topic.state_responsibility"}},
		{"fr", "Londres et Washington ont officiellement désigné Moscou comme l'auteur de l'attaque NotPetya contre l'Ukraine.", []string{"topic.state_responsibility"}},
		{"fr", "Les autorités estiment que des hackers agissant pour le compte de l'Iran sont derrière l'intrusion.", []string{"topic.state_responsibility"}},
		{"fr", "Selon Washington, la Corée du Nord est derrière le piratage de Sony Pictures en 2014.", []string{"topic.state_responsibility"}},
		{"fr", "Les pirates nord-coréens du groupe Lazarus, au service du régime, ont dérobé des millions.", []string{"topic.state_responsibility"}},
		{"fr", "Cette campagne d'espionnage est l'œuvre de la Chine selon les chercheurs de Mandiant.", []string{"topic.state_responsibility"}},
		{"fr", "Ces attaques proviennent de groupes de hackers russes sans qu'un lien hiérarchique avec l'État russe puisse être établi.", []string{"topic.state_responsibility"}},
		{"fr", "La société de conseil agit pour le compte de l'État dans la gestion des incidents de sécurité.", []string{"-topic.state_responsibility"}},
		{"fr", "Pire encore, ces hackers libérés devront travailler pour le compte de l'État russe.", []string{"-topic.state_responsibility"}},
		{"fr", "Les liens commerciaux avec la Chine sont menacés par les cyberattaques contre les ports.", []string{"-topic.state_responsibility"}},
		{"fr", "Le parquet évoque une piste russe derrière l'attaque informatique subie par un hôpital, œuvre d'extorqueurs.", []string{"-topic.state_responsibility"}},
	})
}

// TestFrenchRound23SuspectedState checks that suspicions falling on a State
// or an attack bearing its services' signature link the attack to it, and
// that a signature on a treaty or suspicion of an employee do not.
func TestFrenchRound23SuspectedState(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les soupçons se portent sur la Russie après la cyberattaque contre le réseau électrique ukrainien.", []string{"topic.state_responsibility"}},
		{"fr", "Selon les experts, la cyberattaque porte la signature des services de renseignement russes.", []string{"topic.state_responsibility"}},
		{"fr", "La signature de l'accord de coopération avec la Russie a été reportée après la cyberattaque.", []string{"-topic.state_responsibility"}},
		{"fr", "Les soupçons se portent sur un ancien employé après l'intrusion dans les serveurs de l'entreprise.", []string{"-topic.state_responsibility"}},
	})
}

// TestFrenchRound23TakeDownPassive checks command servers shut and the
// attackers' tools taken down in the passive, and that a victim shutting
// its own servers is not.
func TestFrenchRound23TakeDownPassive(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Europol a fermé les serveurs de commande du botnet Emotet lors d'une opération internationale contre la cybercriminalité.", []string{"scope.termination"}},
		{"fr", "Le botnet a été neutralisé par le FBI, qui a pris le contrôle de ses serveurs informatiques.", []string{"scope.termination"}},
		{"fr", "Les serveurs malveillants du groupe ont été démantelés par les polices européennes jeudi.", []string{"scope.termination"}},
		{"fr", "Après la cyberattaque, l'hôpital a fermé ses propres serveurs par précaution pendant trois jours.", []string{"-scope.termination"}},
	})
}

// TestFrenchRound23BindingWords checks "a valeur coutumière" and "portée
// coutumière" said of the duty, and that a resolution without binding force
// is not.
func TestFrenchRound23BindingWords(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Selon la France, le principe de diligence requise a valeur coutumière en droit international.", []string{"status.binding"}},
		{"fr", "Pour la Cour, l'obligation de prévenir les dommages transfrontières revêt une portée coutumière à l'égard de tous les États.", []string{"status.binding"}},
		{"fr", "Cette résolution n'a pas de valeur obligatoire pour les États qui ne l'ont pas votée sur la diligence requise.", []string{"-status.binding"}},
	})
}

// TestFrenchRound23ProtectRefuse checks a State that protects hackers,
// refuses to hand them over, serves as their rear base, lets them prosper or
// does not cooperate against them, and that protecting networks, refusing a
// treaty, an army's rear base or a State's use of private firms told as a
// fact (C16) are not about them.
func TestFrenchRound23ProtectRefuse(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Le Kremlin protège les hackers qui s'en prennent aux réseaux occidentaux.", []string{"actors.non_state"}},
		{"fr", "La Russie refuse de livrer les hackers recherchés par la justice américaine pour des cyberattaques.", []string{"actors.non_state"}},
		{"fr", "L'État protège ses réseaux contre les cyberattaques grâce à une agence nationale de sécurité.", []string{"-actors.non_state"}},
		{"fr", "La Russie refuse de signer la convention sur la cybercriminalité du Conseil de l'Europe.", []string{"-actors.non_state"}},
		{"fr", "La Russie sert de base arrière aux groupes de rançongiciels qui frappent les entreprises américaines.", []string{"actors.non_state"}},
		{"fr", "Les cybercriminels opèrent en toute liberté depuis la Russie, qui ne coopère pas avec les enquêteurs étrangers.", []string{"actors.non_state"}},
		{"fr", "Le Kremlin laisse prospérer les gangs de rançongiciels tant qu'ils épargnent la Russie.", []string{"actors.non_state"}},
		{"fr", "L'armée française dispose d'une base arrière au Tchad pour ses opérations aériennes.", []string{"-actors.non_state"}},
		{"fr", "Pékin utilise des entreprises privées et des pirates indépendants pour mener ses opérations d'espionnage.", []string{"-actors.non_state"}},
	})
}

// TestFrenchRound23ToldOfOperation checks a State that knows of an operation
// because it was told (and so is notified) or is aware of it, and that the
// public or a State's own authorities told by a firm, and a government that
// "sait que" something else, are not.
func TestFrenchRound23ToldOfOperation(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "L'opération a été portée à la connaissance du gouvernement russe par les autorités estoniennes.", []string{"knowledge.actual", "measures.notification"}},
		{"fr", "La CERT française a transmis aux autorités russes les adresses des serveurs utilisés pour l'attaque.", []string{"knowledge.actual", "measures.notification"}},
		{"fr", "La France a alerté ses partenaires sur la présence d'un botnet dans leurs réseaux.", []string{"knowledge.actual", "measures.notification"}},
		{"fr", "Un État ne peut ignorer les opérations menées depuis son territoire lorsqu'elles lui ont été signalées.", []string{"knowledge.actual", "measures.notification"}},
		{"fr", "Les autorités chinoises étaient au courant de l'opération menée depuis leurs serveurs.", []string{"knowledge.actual", "-measures.notification"}},
		{"fr", "L'État qui sait que son territoire est utilisé pour des cyberattaques doit agir.", []string{"knowledge.actual", "-measures.notification"}},
		{"fr", "La fuite de données a été portée à la connaissance du public et des clients par l'entreprise.", []string{"-knowledge.actual"}},
		{"fr", "L'entreprise a transmis aux autorités les adresses des serveurs utilisés pour l'attaque.", []string{"-knowledge.actual"}},
		{"fr", "Le ministre n'était pas au courant de la réforme du code pénal.", []string{"-knowledge.actual"}},
	})
}

// TestFrenchRound23DutyToActNotResponsibility checks that "la
// responsabilité de l'État de" doing something is a duty, not State
// responsibility, while responsibility engaged still is.
func TestFrenchRound23DutyToActNotResponsibility(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les règles rappellent qu'il relève de la responsabilité de l'État de limiter l'action des pirates informatiques en temps de guerre.", []string{"-topic.state_responsibility"}},
		{"fr", "Il est de la responsabilité des États de protéger leurs infrastructures critiques contre les cyberattaques.", []string{"-topic.state_responsibility"}},
		{"fr", "La responsabilité de l'État est engagée lorsque la cyberattaque lui est attribuable.", []string{"topic.state_responsibility"}},
	})
}

// TestFrenchRound23PreventionInInternationalLaw checks that the obligation of
// prevention set in the law between States by its adjective is binding, and
// that a school's or employer's obligation of prevention is not.
func TestFrenchRound23PreventionInInternationalLaw(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "En droit, la responsabilité internationale pour omission est admise. L'obligation de prévention s'inscrit dans une approche solidaire des relations juridiques internationales.", []string{"status.binding"}},
		{"fr", "L'obligation de prévention pèse sur chaque membre de la communauté internationale face aux risques de dommages graves.", []string{"status.binding"}},
		{"fr", "L'employeur a une obligation de prévention des risques professionnels envers ses salariés.", []string{"-status.binding"}},
		{"fr", "L'école a une obligation de prévention du harcèlement envers ses élèves.", []string{"-status.binding"}},
	})
}

// TestFrenchRound23NotTheNormsActorsOrEnd checks precision families: a State
// that hackers attack is their victim, the private sector a meeting brings
// together is a stakeholder, and the cessation countermeasures seek is a
// consequence of responsibility; a State to act against hackers, and a State
// to stop an operation, keep their tags.
func TestFrenchRound23NotTheNormsActorsOrEnd(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Pour la première fois, des pirates informatiques s'en prennent à un État, forçant son président à prendre des mesures exceptionnelles.", []string{"-actors.non_state"}},
		{"fr", "Le gouvernement doit prendre des mesures contre les pirates informatiques qui opèrent depuis son territoire contre d'autres États.", []string{"actors.non_state"}},
		{"fr", "La déclaration sur l'utilisation des technologies à des fins terroristes a été adoptée après des tables rondes réunissant des États, la société civile et le secteur privé.", []string{"-actors.non_state"}},
		{"fr", "Les contre-mesures doivent avoir pour objectif de faire cesser le fait internationalement illicite de l'État responsable.", []string{"-scope.termination", "topic.state_responsibility"}},
		{"fr", "L'État doit faire cesser sans délai la cyberopération malveillante menée depuis son territoire.", []string{"scope.termination"}},
	})
}

// TestFrenchRound23CiviliansInHostilities checks civilians, volunteers or
// hackers in cyber hostilities that a State is asked to restrain (non-State
// actors a rule reaches, and IHL), and that civilians as victims, a State's
// volunteers told as a fact and IHL's precautions as a standard are not.
func TestFrenchRound23CiviliansInHostilities(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Le CICR a demandé aux États d'éviter d'impliquer des civils dans des activités qui les rapprochent des hostilités.", []string{"actors.non_state", "topic.ihl"}},
		{"fr", "Les pirates informatiques qui mènent des opérations en temps de guerre doivent respecter le droit international humanitaire, et l'État doit limiter leur action.", []string{"actors.non_state", "topic.ihl"}},
		{"fr", "Les hackers volontaires de l'armée informatique ukrainienne risquent de devenir des cibles légitimes.", []string{"topic.ihl"}},
		{"fr", "L'Ukraine a mobilisé des milliers de volontaires civils dans son armée informatique depuis le début de la guerre.", []string{"-actors.non_state"}},
		{"fr", "Les civils sont les premières victimes des cyberattaques contre les hôpitaux pendant la guerre.", []string{"-actors.non_state"}},
		{"fr", "Les États doivent éviter, dans la mesure du possible, d'exposer des civils aux hostilités lors de cyberopérations militaires.", []string{"topic.ihl", "-standard.capacity"}},
	})
}

// TestFrenchRound23InvolvementAndWrongfulActs checks a State's involvement
// in an operation denounced, suspects named as members of a State unit and
// "un fait illicite de l'État", and that a State's involvement in
// cooperation, hackers in criminal groups and a crime's unlawfulness are not.
func TestFrenchRound23InvolvementAndWrongfulActs(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Paris dénonce l'implication de la Russie dans les cyberattaques contre les hôpitaux français.", []string{"topic.state_responsibility"}},
		{"fr", "Les enquêteurs ont mis en évidence la main de Pékin derrière cette campagne d'espionnage informatique.", []string{"topic.state_responsibility"}},
		{"fr", "Selon le parquet, les pirates appartiennent à une unité du renseignement militaire russe.", []string{"topic.state_responsibility"}},
		{"fr", "Un manquement à une obligation internationale constitue un fait illicite de l'État.", []string{"topic.state_responsibility"}},
		{"fr", "L'implication de la France dans la coopération européenne en cybersécurité s'est renforcée.", []string{"-topic.state_responsibility"}},
		{"fr", "Les hackers appartiennent à des groupes criminels qui vendent leurs services au plus offrant.", []string{"-topic.state_responsibility"}},
		{"fr", "Le vol de données est un fait illicite au sens du code pénal.", []string{"-topic.state_responsibility"}},
	})
}

// TestFrenchRound23OutOfAction checks an operation kept from going on,
// attackers put out of action and command servers cut off, and that the
// authors' prosecution kept from going on and a victim cutting its own
// servers off are not termination.
func TestFrenchRound23OutOfAction(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "L'État doit empêcher la poursuite de la cyberopération menée depuis son territoire.", []string{"scope.termination"}},
		{"fr", "Les autorités ont mis hors d'état de nuire le réseau de pirates qui visait les banques.", []string{"scope.termination"}},
		{"fr", "L'opération de police a permis de couper les communications entre les serveurs de commande et les machines infectées.", []string{"scope.termination"}},
		{"fr", "La Russie cherche à empêcher la poursuite des auteurs de la cyberattaque devant ses tribunaux.", []string{"-scope.termination"}},
		{"fr", "L'hôpital a coupé la connexion de ses serveurs à internet après la cyberattaque.", []string{"-scope.termination"}},
	})
}

// TestFrenchRound23PrivateConductInLaw checks operations launched by
// individuals a State answers for, private persons' conduct a State must
// repress, non-State actors the law binds or not, a State hiding behind
// private actors and their attacks as armed attacks, and that attacks by
// hacker groups told as news, and private persons as victims, are not.
func TestFrenchRound23PrivateConductInLaw(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Un État peut être tenu responsable des cyberattaques lancées par des individus depuis son territoire s'il n'a pas pris de mesures.", []string{"actors.non_state"}},
		{"fr", "Les États ne peuvent pas se retrancher derrière des acteurs privés pour mener des cyberattaques.", []string{"actors.non_state"}},
		{"fr", "La France considère que les acteurs non étatiques ne sont pas liés par le droit international dans le cyberespace.", []string{"actors.non_state"}},
		{"fr", "L'État est tenu de réprimer les agissements des particuliers qui portent atteinte aux droits d'autres États.", []string{"actors.non_state"}},
		{"fr", "Les cyberattaques émanant d'acteurs non étatiques peuvent-elles constituer une agression armée ?", []string{"actors.non_state"}},
		{"fr", "Les attaques menées par des groupes de hackers contre les hôpitaux se multiplient en Europe.", []string{"-actors.non_state"}},
		{"fr", "Les particuliers victimes de cyberattaques peuvent porter plainte auprès de la police.", []string{"-actors.non_state"}},
	})
}

// TestFrenchRound23BindingPredicates checks due diligence said to be an
// obligation, to bind States, to be opposable to them or part of positive
// law, and that its denial, a question of it and a company's obligation are
// not binding.
func TestFrenchRound23BindingPredicates(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La France estime que la diligence requise est une obligation qui s'impose aux États dans le cyberespace.", []string{"status.binding"}},
		{"fr", "La due diligence constitue une norme de comportement opposable à tous les États.", []string{"status.binding"}},
		{"fr", "La France considère que le principe de due diligence fait partie du droit positif.", []string{"status.binding"}},
		{"fr", "Le devoir de prévenir les dommages transfrontières s'impose aux États, a rappelé la Cour.", []string{"status.binding"}},
		{"fr", "La diligence requise n'est pas une obligation mais une norme volontaire de comportement responsable.", []string{"-status.binding", "status.voluntary"}},
		{"fr", "La question de savoir si la diligence requise est une obligation pour les États reste ouverte.", []string{"-status.binding"}},
		{"fr", "Le respect de la vie privée est une obligation qui s'impose aux entreprises du numérique, au titre de la diligence.", []string{"-status.binding"}},
	})
}

// TestFrenchRound23ConductNoun checks that "la conduite de la Chine" (a
// State's conduct) is no origin, while an operation "conduite depuis la
// Chine" is.
func TestFrenchRound23ConductNoun(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Le ministère convoquera l'ambassadeur chinois pour qu'il rende compte de la conduite de la Chine dans ces incidents informatiques.", []string{"-territory.origin", "topic.state_responsibility"}},
		{"fr", "Cette cyberopération conduite depuis la Chine visait des ministères européens.", []string{"territory.origin"}},
	})
}

// TestFrenchRound23BusinessSenses checks words of the norm used in their
// business senses - market demand met, products notified to market
// surveillance, a sanctions regime's threshold, investors' cyber due
// diligence - and that the senses of the norm keep their tags.
func TestFrenchRound23BusinessSenses(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Un marché des outils cybernétiques offensifs s'est développé pour répondre à cette demande croissante des États.", []string{"-measures.response"}},
		{"fr", "L'État requis doit répondre à la demande d'assistance de l'État victime de la cyberattaque.", []string{"measures.response"}},
		{"fr", "Si le produit connecté présente un risque de cybersécurité, l'importateur doit en informer le fabricant et l'autorité de surveillance du marché par une notification.", []string{"-measures.notification"}},
		{"fr", "Les mesures restrictives s'appliqueront aux responsables d'une cyberattaque ayant eu un impact significatif sur les États membres.", []string{"-threshold.serious"}},
		{"fr", "Au travers d'audits de due diligence cyber, les investisseurs évaluent les capacités de protection de l'entreprise cible.", []string{"-topic.human_rights"}},
		{"fr", "Le devoir de vigilance des sociétés mères impose aux entreprises de prévenir les atteintes graves aux droits humains.", []string{"topic.human_rights"}},
	})
}

// TestFrenchRound23StopThemAndOnlyStates checks attackers named in the
// sentence before whom a State does not mean to stop, and private actors
// excluded by "only States can breach" (the rejected pole, C9); an arrest
// announced, and only States named with no private actor, are not.
func TestFrenchRound23StopThemAndOnlyStates(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les auteurs de ces cyberattaques sont presque tous basés en Russie. Le Kremlin n'entend pas les stopper.", []string{"scope.termination", "actors.non_state"}},
		{"fr", "Les pirates ont été identifiés par la police. Les autorités comptent les arrêter dans les prochains jours.", []string{"-scope.termination"}},
		{"fr", "Seuls des États peuvent contrevenir à cette souveraineté, en aucun cas des acteurs privés.", []string{"actors.non_state", "actors.state"}},
		{"fr", "Des acteurs privés peuvent-ils violer la souveraineté d'un État au sens du droit international ?", []string{"actors.non_state"}},
		{"fr", "Seuls les États peuvent violer la souveraineté d'un autre État.", []string{"-actors.non_state", "actors.state"}},
	})
}

// TestFrenchRound23DenialsAndLinks checks a State's denial of any
// responsibility for hacks, a State employing hackers or firms for its
// operations, an entity backed by a named State, the responsibility of a
// named State, and a State accused in reported speech; deniability in
// general, a bank recruiting hackers for tests, a government's political
// responsibility and an accused person in a trial are not.
func TestFrenchRound23DenialsAndLinks(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La Chine s'est empressée de démentir une quelconque responsabilité du gouvernement dans ces piratages successifs.", []string{"topic.state_responsibility"}},
		{"fr", "Téhéran ferait appel à de petites sociétés privées de sécurité pour ses opérations de nuisance informatique.", []string{"topic.state_responsibility", "-actors.non_state"}},
		{"fr", "Officiellement, l'Iran n'emploie pas de pirates informatiques pour ses cyberattaques.", []string{"topic.state_responsibility"}},
		{"fr", "Les vols sont attribués au groupe Lazarus, une entité cybercriminelle soutenue par l'État nord-coréen.", []string{"topic.state_responsibility"}},
		{"fr", "La Cour a écarté toute responsabilité juridique directe de la Serbie dans le génocide.", []string{"topic.state_responsibility"}},
		{"fr", "L'attaque informatique est anonyme. C'est la Russie, accusent-ils, qui voudrait se venger de leur décision.", []string{"topic.state_responsibility"}},
		{"fr", "Avec les cyberattaques, il est possible de nier toute responsabilité et d'éviter les conséquences diplomatiques.", []string{"-topic.state_responsibility"}},
		{"fr", "La banque recrute des hackers éthiques pour des tests d'intrusion de ses systèmes informatiques.", []string{"-topic.state_responsibility"}},
		{"fr", "La responsabilité politique du gouvernement de la France devant le Parlement a été engagée après la cyberattaque.", []string{"-topic.state_responsibility"}},
	})
}

// TestFrenchRound23HostedAndICRC checks persons harboured that a State will
// hold to account, and the ICRC's rules for hackers in conflicts (non-State
// actors, IHL).
func TestFrenchRound23HostedAndICRC(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "S'il y a des crimes commis contre la Russie et que des personnes commettant ces crimes sont hébergées aux États-Unis, je m'engage à les tenir pour responsables.", []string{"actors.non_state"}},
		{"fr", "Le CICR a publié des règles d'engagement à l'intention des hackers impliqués dans des conflits armés.", []string{"actors.non_state", "topic.ihl"}},
		{"fr", "Le CICR a publié son rapport annuel sur le financement de ses délégations.", []string{"-topic.ihl", "-actors.non_state"}},
	})
}

// TestFrenchRound23SinkholeAndSpread checks control of domains handed over
// by a court and malware's spread stopped (termination), violations of the
// law ended and prevented (Common Article 1), and a breach of the duty to
// prevent that is no "not yet law".
func TestFrenchRound23SinkholeAndSpread(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Le tribunal a décidé de transférer le contrôle de 276 noms de domaine malveillants à Microsoft.", []string{"scope.termination"}},
		{"fr", "Un virus a infecté les réseaux informatiques de l'usine, mais sa progression a été stoppée par les équipes.", []string{"scope.termination"}},
		{"fr", "Les États parties à un conflit armé doivent respecter le droit humanitaire. Ils doivent prévenir et faire cesser les violations du droit.", []string{"scope.termination"}},
		{"fr", "La Cour a considéré que la partie accusée n'avait pas rempli ses obligations pour prévenir et réprimer le génocide.", []string{"-status.voluntary", "scope.prevention"}},
		{"fr", "Le gouvernement a transféré le contrôle de la gestion des noms de domaine à une agence publique.", []string{"-scope.termination"}},
	})
}

// TestFrenchRound23ArrestedOnRequest checks a hacker arrested at another
// State's request (non-State actors the victim State asks to act on, C10;
// the request answered, C18), and that an arrest for drug trafficking and an
// extradition with no request named give no non-State actors.
func TestFrenchRound23ArrestedOnRequest(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Le joueur a été arrêté à Paris en juin à la demande des autorités américaines. Washington l'accusait d'être impliqué dans un plan de hacking.", []string{"actors.non_state", "measures.response"}},
		{"fr", "Deux membres du gang de rançongiciel ont été interpellés en Pologne à la demande de la justice française.", []string{"actors.non_state", "measures.response"}},
		{"fr", "Deux membres de LockBit ont été arrêtés en Ukraine à la demande des autorités judiciaires françaises.", []string{"actors.non_state", "measures.response"}},
		{"fr", "Le suspect a été arrêté à la demande des autorités pour trafic de drogue sur internet.", []string{"-actors.non_state"}},
		{"fr", "Le pirate a été extradé vers les États-Unis après son arrestation en Pologne.", []string{"-actors.non_state"}},
	})
}

// TestFrenchRound23EnglishParityForResponsibility checks the French of three
// English families: a State's officers identified as the authors, a State
// held responsible for its inaction, hackers acting on a State's behalf; a
// delegate speaking on a government's behalf, a platform's negligence and a
// suspect identified by the police are not.
func TestFrenchRound23EnglishParityForResponsibility(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les enquêteurs ont identifié six officiers du GRU comme les auteurs de la cyberattaque contre l'OIAC.", []string{"topic.state_responsibility"}},
		{"fr", "Les pays qui laissent opérer ces groupes seront tenus pour responsables de leur inaction.", []string{"topic.state_responsibility"}},
		{"fr", "Les pirates agissant au nom de l'État iranien ont visé des infrastructures hydrauliques.", []string{"topic.state_responsibility"}},
		{"fr", "Le délégué, agissant au nom du gouvernement, a condamné les cyberattaques.", []string{"-topic.state_responsibility"}},
		{"fr", "La plateforme sera tenue pour responsable de sa négligence face aux contenus illicites.", []string{"-topic.state_responsibility"}},
		{"fr", "La police a identifié le suspect comme l'auteur de l'escroquerie en ligne.", []string{"-topic.state_responsibility"}},
	})
}

// TestFrenchRound23PrivateHackBack checks private actors' hack back or
// counter-attacks said in law, and that a firm's incident response and an
// army's counter-attack are not.
func TestFrenchRound23PrivateHackBack(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La France s'oppose à toute riposte menée par des acteurs privés, le hack back étant réservé aux États.", []string{"actors.non_state"}},
		{"fr", "Les entreprises victimes ne sont pas autorisées à mener des contre-attaques informatiques contre les pirates.", []string{"actors.non_state"}},
		{"fr", "Les entreprises doivent se préparer à riposter rapidement aux cyberattaques grâce à un plan de réponse aux incidents.", []string{"-actors.non_state"}},
		{"fr", "L'armée a lancé une contre-attaque terrestre contre les positions ennemies, avec l'autorisation du gouvernement.", []string{"-actors.non_state"}},
	})
}

// TestFrenchRound23ShouldHaveKnown checks constructive knowledge in the
// subjunctive, in the double negative and inferred from control of the
// territory, and that such a subjunctive is not actual knowledge.
func TestFrenchRound23ShouldHaveKnown(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Un État qui ne pouvait pas ne pas savoir que son territoire était utilisé pour des attaques manque à son obligation.", []string{"knowledge.constructive"}},
		{"fr", "Il suffit que l'État ait raisonnablement dû avoir connaissance de l'opération menée depuis son territoire.", []string{"knowledge.constructive", "-knowledge.actual"}},
		{"fr", "La connaissance de l'État peut se déduire du contrôle qu'il exerce sur son territoire, comme l'a dit la Cour dans l'affaire du Détroit de Corfou.", []string{"knowledge.constructive", "-knowledge.actual"}},
		{"fr", "L'État avait connaissance de l'opération menée depuis son territoire.", []string{"knowledge.actual", "-knowledge.constructive"}},
	})
}
