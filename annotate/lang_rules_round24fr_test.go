package annotate

import "testing"

// The tests below check the French rules of round 24, written from the
// families of phrasing that batch 11's French passages (b11-fr-…) showed the
// rules missing, most of them for actors.non_state and
// topic.state_responsibility. The sentences were written for this test, not
// taken from a labelled passage: positives in several syntaxes and near
// misses that use the same cue words in another sense, in passing, or with
// what the convention leaves out.

// TestFrenchRound24StateResponsibility checks a State's denial of
// involvement in cyber operations, an accusation said in an inserted clause,
// operations attributed to a group a State backs, a court on a named State's
// responsibility, and a State said to employ hackers (C11, C15).
func TestFrenchRound24StateResponsibility(t *testing.T) {
	checkLangCases(t, []langCase{
		// A denial that states the accusation it answers.
		{"fr", "Moscou a aussitôt démenti toute implication dans le piratage des serveurs du parlement.", []string{"topic.state_responsibility"}},
		{"fr", "Le gouvernement chinois rejette les accusations d'espionnage informatique formulées par Washington.", []string{"topic.state_responsibility"}},
		{"fr", "Pékin nie toute responsabilité dans ces intrusions. Les enquêteurs évoquent pourtant un groupe de hackers proche de l'armée.", []string{"topic.state_responsibility"}},
		{"fr", "Le Kremlin a contesté tout rôle dans la cyberattaque qui a paralysé les banques estoniennes.", []string{"topic.state_responsibility"}},
		{"fr", "Le gouvernement dément toute responsabilité dans l'accident ferroviaire de dimanche.", []string{"-topic.state_responsibility"}},
		{"fr", "L'entreprise dément toute responsabilité dans la fuite de données de ses clients.", []string{"-topic.state_responsibility"}},
		{"fr", "Le ministre a démenti les rumeurs de remaniement avant le sommet sur la cybersécurité.", []string{"-topic.state_responsibility"}},
		// An accusation in an inserted clause.
		{"fr", "Pour les Lituaniens, l'origine de l'attaque informatique ne fait aucun doute. C'est la Russie, accusent-ils, qui a voulu les punir.", []string{"topic.state_responsibility"}},
		{"fr", "Derrière cette intrusion dans les réseaux du ministère se trouve Pékin, accuse-t-il.", []string{"topic.state_responsibility"}},
		{"fr", "Le piratage des urnes électroniques porte la marque du Kremlin, dénoncent-ils.", []string{"topic.state_responsibility"}},
		{"fr", "La Russie, accusent-ils, a violé l'accord sur les exportations de céréales.", []string{"-topic.state_responsibility"}},
		// Operations attributed to a group backed by a State.
		{"fr", "Le vol de cryptomonnaies a été attribué à un groupe de hackers financé par le régime de Pyongyang.", []string{"topic.state_responsibility"}},
		{"fr", "Ces intrusions sont imputées à APT31, une unité de pirates pilotée par les services de renseignement chinois.", []string{"topic.state_responsibility"}},
		{"fr", "Les chercheurs attribuent la campagne de rançongiciels à un collectif lié au gouvernement iranien.", []string{"topic.state_responsibility"}},
		{"fr", "L'attaque a été attribuée à un groupe criminel qui n'est pas soutenu par un État.", []string{"-topic.state_responsibility"}},
		{"fr", "Le prix de l'innovation a été attribué à une start-up soutenue par l'État.", []string{"-topic.state_responsibility"}},
		// A court on a named State's responsibility.
		{"fr", "La Cour a retenu la responsabilité de l'Ouganda pour les actes de ses forces armées.", []string{"topic.state_responsibility"}},
		{"fr", "Les juges ont écarté toute culpabilité directe de la Serbie. La Cour a cependant constaté un manquement à l'obligation de prévenir le génocide.", []string{"topic.state_responsibility"}},
		{"fr", "Le tribunal arbitral a conclu à la responsabilité du Nicaragua pour le minage de ses ports.", []string{"topic.state_responsibility"}},
		{"fr", "Les éditorialistes débattent de la responsabilité de la France dans la crise des carburants.", []string{"-topic.state_responsibility"}},
		// A State said to employ hackers, hedged or denied.
		{"fr", "Officiellement, la Russie n'emploie pas de hackers pour ses opérations à l'étranger.", []string{"topic.state_responsibility"}},
		{"fr", "Selon le rapport, l'Iran ferait appel à des sociétés privées pour mener ses cyberopérations.", []string{"topic.state_responsibility"}},
		{"fr", "La Corée du Nord recrute des pirates pour voler des devises.", []string{"topic.state_responsibility"}},
		{"fr", "La France recrute des hackers éthiques pour renforcer sa cyberdéfense.", []string{"-topic.state_responsibility"}},
	})
}

// TestFrenchRound24NonStateActors checks rules that address hackers or
// civilians in cyber hostilities themselves, and a State that shelters the
// authors of cyber crimes and will hold them to account (C10, C26).
func TestFrenchRound24NonStateActors(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La Croix-Rouge a publié huit règles destinées aux hackers civils qui participent à des conflits armés.", []string{"actors.non_state"}},
		{"fr", "Pendant la guerre, les hacktivistes sont tenus de respecter le droit international humanitaire comme tout civil.", []string{"actors.non_state"}},
		{"fr", "Le CICR rappelle que le DIH s'applique aussi aux pirates informatiques qui prennent part aux hostilités.", []string{"actors.non_state"}},
		{"fr", "Des hackers ont lancé des attaques informatiques contre l'Ukraine pendant la guerre.", []string{"-actors.non_state"}},
		{"fr", "Le CICR a publié des règles destinées aux hôpitaux en temps de guerre.", []string{"-actors.non_state"}},
		{"fr", "Voici dix règles de sécurité pour se protéger des hackers.", []string{"-actors.non_state"}},
		{"fr", "Si les auteurs de ces cyberattaques sont hébergés sur notre territoire, nous les poursuivrons.", []string{"actors.non_state"}},
		{"fr", "Le Premier ministre s'est engagé à tenir pour responsables les pirates abrités dans le pays qui commettent des crimes contre ses voisins.", []string{"actors.non_state"}},
		{"fr", "Les serveurs utilisés pour l'attaque étaient hébergés en Russie.", []string{"-actors.non_state"}},
		{"fr", "Les personnes hébergées dans les centres d'accueil doivent être protégées par l'État.", []string{"-actors.non_state"}},
	})
}

// TestFrenchRound24Scope checks the omission to prevent, preventing and
// ending violations of the law by others, a malware's spread stopped and
// domains taken over by court order (C28).
func TestFrenchRound24Scope(t *testing.T) {
	checkLangCases(t, []langCase{
		// An omission to prevent.
		{"fr", "Rien n'a été fait par les autorités pour empêcher ces attaques contre l'État voisin.", []string{"scope.prevention"}},
		{"fr", "Aucune mesure n'a été prise par le gouvernement pour prévenir l'explosion des mines.", []string{"scope.prevention"}},
		{"fr", "L'État s'est abstenu de prévenir les opérations lancées depuis son territoire.", []string{"scope.prevention"}},
		{"fr", "Rien n'a été fait pour prévenir les habitants de la coupure d'électricité.", []string{"-scope.prevention"}},
		{"fr", "Rien n'a été tenté par la direction pour prévenir les accidents du travail.", []string{"-scope.prevention"}},
		// Preventing and ending violations by others.
		{"fr", "Les États parties doivent prévenir les violations du droit international humanitaire commises par des groupes armés.", []string{"scope.prevention"}},
		{"fr", "Les Hautes Parties contractantes s'engagent à faire respecter les Conventions de Genève. Elles doivent empêcher les violations et y mettre fin.", []string{"scope.prevention", "scope.termination"}},
		{"fr", "Il incombe à l'État de faire cesser les violations commises par les milices sur son territoire.", []string{"scope.termination"}},
		{"fr", "Le gouvernement doit mettre un terme aux exactions commises par ses services.", []string{"scope.termination"}},
		{"fr", "L'entreprise doit prévenir les violations de données personnelles de ses clients.", []string{"-scope.prevention"}},
		{"fr", "Le règlement prévoit la cessation des violations de données et la réparation du préjudice des clients.", []string{"-scope.termination"}},
		// A malware's spread stopped.
		{"fr", "La propagation du ver informatique a été enrayée grâce à l'intervention des équipes de réponse.", []string{"scope.termination"}},
		{"fr", "Les ingénieurs ont stoppé le rançongiciel avant qu'il n'atteigne les serveurs de production.", []string{"scope.termination"}},
		{"fr", "Le logiciel malveillant a infecté les réseaux du port, mais sa progression a été bloquée.", []string{"scope.termination"}},
		{"fr", "La propagation du virus a été enrayée grâce au confinement de la population.", []string{"-scope.termination"}},
		{"fr", "Le ministère veut stopper la progression du chômage dans les métiers du numérique.", []string{"-scope.termination"}},
		// Domains or servers taken over.
		{"fr", "Le tribunal a ordonné de transférer à Microsoft le contrôle des domaines utilisés par les pirates.", []string{"scope.termination"}},
		{"fr", "La police a pris le contrôle des serveurs du botnet qui envoyaient des instructions aux machines infectées.", []string{"scope.termination"}},
		{"fr", "La société a transféré ses noms de domaine vers un nouveau registraire.", []string{"-scope.termination"}},
	})
}

// TestFrenchRound24Binding checks that a State that did not fulfil its
// obligation to prevent breached a duty taken as law (C17, C32), while a
// company's unmet obligations are not the norm.
func TestFrenchRound24Binding(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La Cour a jugé que l'État défendeur n'avait pas rempli ses obligations de prévenir le génocide.", []string{"status.binding"}},
		{"fr", "En laissant opérer ces groupes depuis son territoire, l'État a manqué à son obligation de prévention.", []string{"status.binding"}},
		{"fr", "Le tribunal arbitral a estimé que le Canada avait respecté son obligation de diligence envers les États-Unis.", []string{"status.binding"}},
		{"fr", "La société n'a pas rempli ses obligations de vigilance envers ses sous-traitants.", []string{"-status.binding"}},
		{"fr", "L'employeur a manqué à son obligation de prévention des risques professionnels.", []string{"-status.binding"}},
	})
}

// TestFrenchRound24ArrestAtRequest checks that hackers arrested or handed
// over at another State's request are that request acted on (C18), the
// victim State's call to act on them (C10) and action against cybercrime
// (C12), with the computer offence named in the sentence or the next, and
// that arrests for other crimes or with no request are not.
func TestFrenchRound24ArrestAtRequest(t *testing.T) {
	all := []string{"measures.response", "actors.non_state", "topic.cybercrime"}
	checkLangCases(t, []langCase{
		{"fr", "Un informaticien russe a été interpellé à Nice à la demande de la justice américaine. Il est soupçonné d'avoir piloté un réseau de rançongiciels.", all},
		{"fr", "Deux pirates présumés ont été extradés vers les États-Unis à la requête de Washington.", all},
		{"fr", "Arrêté en Pologne sur requête des autorités ukrainiennes, le suspect aurait chiffré les données de plusieurs hôpitaux.", all},
		{"fr", "Le hacker, détenu à Madrid à la demande des autorités françaises, attend son procès.", all},
		{"fr", "Le trafiquant a été arrêté à la demande des autorités américaines pour trafic de drogue.", []string{"-measures.response", "-actors.non_state"}},
		{"fr", "Un homme a été arrêté à la demande de son ancien employeur pour vol de matériel.", []string{"-measures.response", "-actors.non_state", "-topic.cybercrime"}},
		{"fr", "Les policiers ont arrêté trois pirates informatiques lors d'une perquisition à Lyon.", []string{"-measures.response", "-actors.non_state"}},
	})
}

// TestFrenchRound24OnlyStates checks that a rule said to be breached by, or
// to bind, States alone and never private actors takes both actors poles
// (C1, C9), and that a list of who attacks does not.
func TestFrenchRound24OnlyStates(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Seuls les États peuvent violer la souveraineté d'un autre État, en aucun cas des acteurs privés.", []string{"actors.state", "actors.non_state"}},
		{"fr", "Selon ce groupe, la règle ne lie que les États et non les particuliers.", []string{"actors.state", "actors.non_state"}},
		{"fr", "Seul l'État est tenu par cette obligation, pas les personnes privées.", []string{"actors.state", "actors.non_state"}},
		{"fr", "Seuls les États disposent d'armées, mais des particuliers mènent aussi des cyberattaques.", []string{"-actors.state"}},
		{"fr", "Les attaques viennent d'États et non d'acteurs privés, selon le rapport annuel.", []string{"-actors.state"}},
	})
}

// TestFrenchRound24Attribution checks the principle that States act through
// their agents (C1, C35) and a court's finding as satisfaction (reparation),
// and that the same words about firms or customers are not.
func TestFrenchRound24Attribution(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les États ne peuvent agir que par l'intermédiaire de leurs organes et de leurs agents.", []string{"topic.state_responsibility", "actors.state"}},
		{"fr", "Un État n'agit jamais qu'au moyen de ses représentants et fonctionnaires.", []string{"topic.state_responsibility", "actors.state"}},
		{"fr", "La société agit par l'intermédiaire de ses agents commerciaux.", []string{"-topic.state_responsibility", "-actors.state"}},
		{"fr", "La Cour a jugé que la constatation de la violation de la souveraineté constitue en elle-même une satisfaction appropriée.", []string{"topic.state_responsibility"}},
		{"fr", "Le tribunal arbitral estime que la déclaration d'illicéité offre une satisfaction suffisante à l'État lésé.", []string{"topic.state_responsibility"}},
		{"fr", "L'enquête de satisfaction montre que les clients sont satisfaits du service en ligne.", []string{"-topic.state_responsibility"}},
		{"fr", "Le taux de satisfaction des usagers du portail numérique reste élevé.", []string{"-topic.state_responsibility"}},
	})
}

// TestFrenchRound24CybercriminalHavens checks that a State called a haven
// for cybercriminals, or looking away while they act from its soil, and
// attacks attributed to a group called cybercriminal are about cybercrime
// (C12 (a), C19), and that cybercriminal groups listed among threats are not.
func TestFrenchRound24CybercriminalHavens(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Pendant longtemps, la Russie a été un refuge pour les cybercriminels.", []string{"topic.cybercrime"}},
		{"fr", "Les autorités ferment les yeux tant que les cybercriminels opèrent depuis leur territoire contre des étrangers.", []string{"topic.cybercrime"}},
		{"fr", "Ce pays reste un sanctuaire pour les gangs de rançongiciels.", []string{"topic.cybercrime"}},
		{"fr", "Les îles Caïmans restent un paradis fiscal pour les entreprises.", []string{"-topic.cybercrime"}},
		{"fr", "L'État protège ses hôpitaux contre les cybercriminels grâce à une nouvelle agence.", []string{"-topic.cybercrime"}},
		{"fr", "Le vol a été attribué à un groupe cybercriminel connu pour ses attaques contre des banques.", []string{"topic.cybercrime"}},
		{"fr", "Cette campagne de piratage a été menée par une organisation cybercriminelle basée à l'étranger.", []string{"topic.cybercrime"}},
		{"fr", "Les menaces étatiques et les groupes cybercriminels internationaux appellent une réponse coordonnée.", []string{"-topic.cybercrime"}},
	})
}

// TestFrenchRound24Deniability checks that deniability as a reason States
// use cyber operations is no denial of an accusation (C11).
func TestFrenchRound24Deniability(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les cyberattaques sont bon marché. Il est aussi possible de nier toute responsabilité, ce qui explique que des États y recourent.", []string{"-topic.state_responsibility"}},
		{"fr", "Le déni plausible permet aux États de rejeter toute implication dans les cyberopérations.", []string{"-topic.state_responsibility"}},
		{"fr", "Le ministère russe des Affaires étrangères a rejeté toute implication dans le piratage.", []string{"topic.state_responsibility"}},
	})
}

// TestFrenchRound24ResponsibilityWords checks circumstances precluding
// wrongfulness, the author of an attack named in public or not, a State
// accused of having hacked, a State answering for acts, and what it takes to
// establish a State's involvement (C11, C24, C35), with their near misses.
func TestFrenchRound24ResponsibilityWords(t *testing.T) {
	sr := []string{"topic.state_responsibility"}
	none := []string{"-topic.state_responsibility"}
	checkLangCases(t, []langCase{
		{"fr", "Un État pourrait invoquer l'état de nécessité pour justifier une cyberopération contre un réseau étranger.", sr},
		{"fr", "L'état de nécessité du patient justifiait l'opération chirurgicale en urgence.", none},
		{"fr", "La France a choisi de ne pas désigner publiquement l'auteur de la cyberattaque contre ses hôpitaux.", sr},
		{"fr", "Les alliés ont nommé officiellement la Russie comme auteur des intrusions dans leurs réseaux.", sr},
		{"fr", "Le « name and shame » vise à dissuader les États de lancer des cyberattaques.", sr},
		{"fr", "Le nouveau directeur a été nommé officiellement à la tête de l'agence de cybersécurité.", none},
		{"fr", "L'Iran est soupçonné d'avoir piraté les serveurs de la compagnie pétrolière.", sr},
		{"fr", "Les services russes sont accusés d'avoir infiltré les réseaux du parti démocrate.", sr},
		{"fr", "Un adolescent est accusé d'avoir piraté le compte de son professeur.", none},
		{"fr", "L'État est responsable des opérations menées par les groupes qu'il dirige.", sr},
		{"fr", "Les États sont responsables des activités de leurs services de renseignement dans le cyberespace.", sr},
		{"fr", "L'État est responsable de la sécurité des citoyens en ligne.", none},
		{"fr", "Le transit d'une attaque par un État ne suffit pas à établir sa responsabilité.", sr},
		{"fr", "Pour qualifier l'implication de la Russie dans la cyberattaque, il faut des preuves techniques.", sr},
		{"fr", "Il est difficile de prouver l'implication du ministre dans le projet de réforme.", none},
		{"fr", "La Cour a observé que les États ne peuvent agir qu'au moyen et par l'entremise de la personne de leurs agents.", sr},
	})
}

// TestFrenchRound24PrivatePersons checks a State keeping, or failing to
// keep, private persons from launching operations, and private firms running
// operations for a State (C10, C16), against private persons kept from
// other things and firms serving a State's own networks.
func TestFrenchRound24PrivatePersons(t *testing.T) {
	ns := []string{"actors.non_state"}
	none := []string{"-actors.non_state"}
	checkLangCases(t, []langCase{
		{"fr", "La responsabilité de l'État peut être engagée s'il n'a pas empêché des particuliers de lancer des cyberattaques.", ns},
		{"fr", "Chaque État doit dissuader ses ressortissants de participer à des attaques informatiques contre des pays tiers.", ns},
		{"fr", "L'État doit prévenir que des individus ne lancent des opérations malveillantes depuis ses réseaux.", ns},
		{"fr", "La police a empêché des individus d'entrer dans le stade avant le match.", none},
		{"fr", "Le pare-feu empêche les utilisateurs de lancer des programmes inconnus.", none},
		{"fr", "Les compagnies de sécurité privées qui mènent des cyber-opérations offensives pour le compte d'un État posent des problèmes juridiques.", ns},
		{"fr", "Des entreprises privées recrutées par les services de renseignement conduisent des opérations de piratage.", ns},
		{"fr", "Une firme militaire privée employée par la Russie aurait mené des cyberattaques en Afrique.", ns},
		{"fr", "Une entreprise privée a été recrutée par le ministère pour la maintenance de son réseau informatique.", none},
		{"fr", "Les entreprises privées ont signalé une hausse des cyberattaques contre leurs clients.", none},
	})
}

// TestFrenchRound24KnowledgeAndTerritory checks the State's knowledge said
// as a noun with its holder after it, what conditions a State's own
// responsibility, and a territory kept from serving acts against other
// States, against knowledge of a subject, a firm's liability and soil kept
// from pollution.
func TestFrenchRound24KnowledgeAndTerritory(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La connaissance par l'État de l'activité malveillante est une condition de sa responsabilité.", []string{"knowledge.actual", "topic.state_responsibility"}},
		{"fr", "La Cour s'est fondée sur la connaissance qu'avait l'Albanie du mouillage des mines.", []string{"knowledge.actual"}},
		{"fr", "La connaissance par les autorités des attaques lancées depuis leur sol ne fait guère de doute.", []string{"knowledge.actual"}},
		{"fr", "La connaissance par l'État des enjeux techniques du numérique reste limitée.", []string{"-knowledge.actual"}},
		{"fr", "Le consentement de l'État victime exclut de sa responsabilité l'opération menée sur son territoire.", []string{"topic.state_responsibility"}},
		{"fr", "Le transporteur a été exonéré de sa responsabilité par le tribunal de commerce de l'État de New York.", []string{"-topic.state_responsibility"}},
		{"fr", "Il appartient à l'État d'empêcher que son territoire serve à des actes contraires aux droits d'autres États.", []string{"scope.prevention"}},
		{"fr", "Les États doivent éviter que leur territoire soit utilisé à des fins malveillantes.", []string{"scope.prevention"}},
		{"fr", "Les États veulent empêcher que leur infrastructure puisse servir à des cyberattaques contre des tiers.", []string{"scope.prevention"}},
		{"fr", "La commune veut éviter que le sol soit pollué par les rejets de l'usine.", []string{"-scope.prevention"}},
	})
}

// TestFrenchRound24AnsweringFor checks "répondre du fait de" said of
// States, a State named as responsible for attacks, and whether an attack
// comes from a State or hackers (C11, C16, C24), against an employer
// answering for its staff and a State responsible for its public services.
func TestFrenchRound24AnsweringFor(t *testing.T) {
	sr := []string{"topic.state_responsibility"}
	none := []string{"-topic.state_responsibility"}
	checkLangCases(t, []langCase{
		{"fr", "Un État ne répond pas, en principe, du fait des particuliers agissant sur son territoire.", sr},
		{"fr", "Les États répondent des actes de leurs organes, même lorsqu'ils outrepassent leurs instructions.", sr},
		{"fr", "L'employeur répond du fait de ses salariés dans l'exercice de leurs fonctions.", none},
		{"fr", "La Chine est-elle responsable des attaques lancées par ses hackers patriotes ?", sr},
		{"fr", "Pour Kiev, la Russie est responsable des cyberattaques contre le réseau électrique.", sr},
		{"fr", "La Russie est responsable de l'organisation de la conférence sur la cybersécurité.", none},
		{"fr", "Il est difficile de déterminer si l'attaque émane d'un État ou de simples hackers.", sr},
		{"fr", "Les enquêteurs cherchent à établir qui est derrière la cyberattaque, un État ou un groupe criminel.", sr},
		{"fr", "Les enquêteurs cherchent à savoir si l'incendie provient d'un court-circuit.", none},
	})
}

// TestFrenchRound24DutyFromLaw checks that a State's duty of diligence,
// vigilance or prevention said to derive from general or customary
// international law is binding (C2, C32), and that a company's duty of
// vigilance or a State's duty of another kind is not.
func TestFrenchRound24DutyFromLaw(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Le devoir de vigilance de l'État découle du droit international général.", []string{"status.binding"}},
		{"fr", "Pour la Suisse, l'obligation de diligence des États dans le cyberespace dérive de la coutume internationale.", []string{"status.binding"}},
		{"fr", "L'obligation de prévention qui pèse sur l'État territorial procède des principes généraux du droit.", []string{"status.binding"}},
		{"fr", "Le devoir de vigilance des sociétés mères découle de la loi de 2017.", []string{"-status.binding"}},
		{"fr", "L'obligation de coopérer des États découle du droit international général.", []string{"-status.binding"}},
	})
}

// TestFrenchRound24LawReachesThem checks international law or a norm said
// or asked to apply to non-State actors' operations, a State keeping firms
// on its territory from attacking other States (C10, C26), and hackers or
// operations said or asked to act for a named State (C15), against
// non-State actors named as a threat beside a rule, firms as partners, and
// hackers' future employment.
func TestFrenchRound24LawReachesThem(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Le droit international s'applique-t-il aux cyberopérations menées par des groupes non étatiques ?", []string{"actors.non_state"}},
		{"fr", "La norme couvre également les activités malveillantes de particuliers opérant depuis le territoire de l'État.", []string{"actors.non_state"}},
		{"fr", "Les règles du droit international humanitaire régissent aussi les actes des hacktivistes engagés dans le conflit.", []string{"actors.non_state"}},
		{"fr", "Le droit international s'applique au cyberespace, où les menaces proviennent d'acteurs étatiques et non étatiques.", []string{"-actors.non_state"}},
		{"fr", "L'État doit veiller à ce que les entreprises établies sur son territoire ne mènent pas de cyberattaques contre d'autres États.", []string{"actors.non_state"}},
		{"fr", "Les États doivent s'assurer que les sociétés de sécurité privées ne lancent pas d'opérations offensives contre d'autres pays.", []string{"actors.non_state"}},
		{"fr", "L'État veille à ce que les entreprises puissent signaler les cyberattaques à l'agence nationale.", []string{"-actors.non_state"}},
		{"fr", "Les hackers ukrainiens de l'IT Army agissent-ils pour le compte de Kiev ?", []string{"topic.state_responsibility"}},
		{"fr", "Selon les enquêteurs, l'intrusion aurait été menée pour le compte de Pékin.", []string{"topic.state_responsibility"}},
		{"fr", "Ces hackers devront désormais travailler pour le compte de l'État russe.", []string{"-topic.state_responsibility"}},
	})
}

// TestFrenchRound24SheltersCriminals checks a State faulted for letting
// cyber criminals thrive, never troubling them, protecting them or the
// impunity they enjoy there (C10), against a State protecting its firms
// against hackers and criminals named only as a threat.
func TestFrenchRound24SheltersCriminals(t *testing.T) {
	ns := []string{"actors.non_state"}
	none := []string{"-actors.non_state"}
	checkLangCases(t, []langCase{
		{"fr", "Moscou laisse prospérer les gangs de rançongiciels tant qu'ils ne visent pas la Russie.", ns},
		{"fr", "Les autorités russes n'ont jamais inquiété les membres du groupe de pirates Conti.", ns},
		{"fr", "Le Kremlin protège les cybercriminels en refusant de les extrader.", ns},
		{"fr", "Ces cybercriminels jouissent d'une véritable impunité en Russie.", ns},
		{"fr", "Le régime tolère les hackers qui attaquent les banques étrangères.", ns},
		{"fr", "Le gouvernement protège les entreprises de l'énergie contre les hackers.", none},
		{"fr", "Les gangs de rançongiciels ciblent de plus en plus les hôpitaux européens.", none},
		{"fr", "La police a laissé les manifestants tranquilles devant l'ambassade.", none},
	})
}

// TestFrenchRound24ResponseWhoever checks that a State reserving its
// response to an attack whoever its author takes a position on responses to
// non-State actors too (C26), and that "whoever" beside no response does not.
func TestFrenchRound24ResponseWhoever(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La France se réserve le droit de riposter à une cyberattaque d'ampleur, quel qu'en soit l'auteur.", []string{"actors.non_state"}},
		{"fr", "Toute agression cybernétique appellera une réponse, quels que soient ses auteurs.", []string{"actors.non_state"}},
		{"fr", "Le pays pourra recourir à des contre-mesures contre une cyberopération, qu'elle émane d'un État ou d'un groupe.", []string{"actors.non_state"}},
		{"fr", "Les cyberattaques se multiplient, quels qu'en soient les auteurs, selon le rapport annuel.", []string{"-actors.non_state"}},
		{"fr", "Le ministère répondra à toutes les demandes, quel qu'en soit l'auteur.", []string{"-actors.non_state"}},
	})
}

// TestFrenchRound24CouldNotButKnow checks that a State that "ne pouvait pas
// ne pas connaître" an operation is held to constructive knowledge, and that
// a seller's or a person's double negation is not the norm's.
func TestFrenchRound24CouldNotButKnow(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "L'Albanie ne pouvait pas ne pas connaître le mouillage des mines dans ses eaux.", []string{"knowledge.constructive"}},
		{"fr", "Le gouvernement ne pouvait pas ne pas savoir que son territoire servait à ces attaques.", []string{"knowledge.constructive"}},
		{"fr", "Les autorités ne pouvaient pas ne pas être informées des opérations menées depuis leurs serveurs.", []string{"knowledge.constructive"}},
		{"fr", "Le vendeur ne pouvait pas ne pas connaître le vice caché du véhicule.", []string{"-knowledge.constructive"}},
		{"fr", "Elle ne pouvait pas ne pas rire en le voyant arriver.", []string{"-knowledge.constructive"}},
	})
}
