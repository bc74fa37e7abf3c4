package annotate

import "testing"

// The tests below check the rules against conventions C10 and C11 of round
// 14 (testdata/gold/README.md, "Round 14: C10 and C11"; RELABEL-r14.md). The
// sentences were written for this test from the conventions' text, not taken
// from a labelled passage: positives in several syntaxes (modal, passive,
// nominal, reported) and near misses that use the same cue words.

// TestRulesFollowConventionC10 checks that named criminals, gangs and
// hackers are actors.non_state in English only where a State's duty,
// expectation or fault reaches their conduct, not as authors, a threat, or
// the targets of a State's own policing.
func TestRulesFollowConventionC10(t *testing.T) {
	tagsMeanings(t, []meaning{
		{"Several States have become a safe haven for criminal gangs that sell ransomware to anyone.", "actors.non_state", true},
		{"Cybercriminals who enjoy the protection of the government they live under attack hospitals abroad.", "actors.non_state", true},
		{"States should not harbour cybercriminals who target the critical infrastructure of their neighbours.", "actors.non_state", true},
		{"The summit urged countries to address ransomware operations emanating from within their territory.", "actors.non_state", true},
		{"The minister pressed other governments to act against the criminals on their soil.", "actors.non_state", true},
		{"Russia must disrupt the networks of criminals operating from within its territory.", "actors.non_state", true},
		{"As a Council, we must work together to disrupt the networks of criminals behind ransomware.", "actors.non_state", false},
		{"Moscow has shown no interest in prosecuting the hackers who spare Russian targets.", "actors.non_state", true},
		{"Due diligence reminds States of their obligation to suppress the ransomware attacks launched from their soil.", "actors.non_state", true},
		{"The authorities cracked down on ransomware gangs at home last week.", "actors.non_state", false},
		{"Law enforcement agencies must share evidence to prosecute ransomware actors across borders.", "actors.non_state", false},
		{"Prosecutors unsealed an indictment against the hackers behind the breach.", "actors.non_state", false},
		{"The department offered a reward for information on the leaders of the gang.", "actors.non_state", false},
		{"Threat actors often operate from safe havens beyond the reach of investigators.", "actors.non_state", false},
		{"The Qilin gang claimed responsibility for the attack on the ministry.", "actors.non_state", false},
	})
}

// TestRulesFollowConventionC11 checks that a public attribution of an
// operation to a State or a group tied to its services is
// topic.state_responsibility in English, and that an operation named as
// background, an attribution to criminals, or another sense of the word is
// not.
func TestRulesFollowConventionC11(t *testing.T) {
	tagsMeanings(t, []meaning{
		{"The foreign ministry attributes the intrusion into the parliament's network to APT31.", "topic.state_responsibility", true},
		{"A federal grand jury indicted five military intelligence officers for the hack of the anti-doping agency.", "topic.state_responsibility", true},
		{"The charges name two officers of the FSB and the hackers they hired.", "topic.state_responsibility", true},
		{"Washington will hold Iran accountable for its cyber operations against American banks.", "topic.state_responsibility", true},
		{"The national cyber centre found that the group was a front for the GRU.", "topic.state_responsibility", true},
		{"Investigators said the suspects in the bank hack were members of a signals unit of the army.", "topic.state_responsibility", true},
		{"According to the ministry, the wiper attack was carried out by the Russian Federation.", "topic.state_responsibility", true},
		{"The government concluded that the Chinese military was responsible for the theft of the personnel records.", "topic.state_responsibility", true},
		{"Officials said the campaign was run at the behest of the Iranian government.", "topic.state_responsibility", true},
		{"The agencies have high confidence in their assessment of the SVR's responsibility for the intrusion.", "topic.state_responsibility", true},
		{"The breach has been attributed to the Conti gang.", "topic.state_responsibility", false},
		{"A criminal group is responsible for the ransomware attack on the pipeline.", "topic.state_responsibility", false},
		{"The growth in sales is attributed to the new advertising campaign.", "topic.state_responsibility", false},
		{"The sanctions target six persons and three entities involved in the hack.", "topic.state_responsibility", false},
		{"Prosecutors charged a former bank clerk with fraud.", "topic.state_responsibility", false},
	})
}

// TestFrenchSpanishConventionC10 checks C10 in French and Spanish: a State
// sheltering, tolerating or not stopping criminals, or asked to act against
// them, tags actors.non_state; a State's own police, the fight against crime
// and criminals named as authors do not.
func TestFrenchSpanishConventionC10(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Certains États servent de refuge aux cybercriminels qui attaquent les hôpitaux européens.", []string{"actors.non_state"}},
		{"fr", "Les groupes de rançongiciel opèrent depuis la Russie. Le Kremlin ne cherche pas à les arrêter.", []string{"actors.non_state"}},
		{"fr", "Le gouvernement tolère les pirates qui s'en prennent aux entreprises étrangères.", []string{"actors.non_state"}},
		{"fr", "Paris a demandé aux autorités russes d'agir contre les cybercriminels installés sur leur sol.", []string{"actors.non_state"}},
		{"fr", "Les hackers bénéficient de la protection de l'État depuis lequel ils opèrent.", []string{"actors.non_state"}},
		{"fr", "La police a interpellé quatre cybercriminels à Lyon.", []string{"-actors.non_state"}},
		{"fr", "Les enquêteurs ont démantelé un réseau criminel de machines piratées.", []string{"-actors.non_state"}},
		{"fr", "Les cybercriminels ont chiffré les serveurs de la mairie pendant la nuit.", []string{"-actors.non_state"}},
		{"es", "Algunos Estados se han convertido en refugio de ciberdelincuentes que atacan a terceros países.", []string{"actors.non_state"}},
		{"es", "El Kremlin tolera a los piratas informáticos siempre que operen fuera del territorio ruso.", []string{"actors.non_state"}},
		{"es", "Washington pidió al gobierno ruso que detenga a los grupos de ransomware que operan desde su país.", []string{"actors.non_state"}},
		{"es", "Las bandas de ciberdelincuentes cuentan con la protección del gobierno de su país.", []string{"actors.non_state"}},
		{"es", "La policía detuvo a tres ciberdelincuentes en Madrid.", []string{"-actors.non_state"}},
		{"es", "El programa financia la lucha contra las organizaciones delictivas transnacionales.", []string{"-actors.non_state"}},
		{"es", "Los ciberdelincuentes cifraron los sistemas del hospital y exigieron un rescate.", []string{"-actors.non_state"}},
		{"es", "El informe reprocha al régimen que haga la vista gorda ante los hackers que extorsionan a empresas extranjeras.", []string{"actors.non_state"}},
	})
}

// TestFrenchSpanishConventionC11 checks C11 in French and Spanish: a public
// attribution, an accusation of a State, or a State's denial of the
// accusation is topic.state_responsibility; an attribution to criminals and
// an operation named without an attributing act are not.
func TestFrenchSpanishConventionC11(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Le gouvernement a attribué publiquement la campagne d'espionnage à la Chine.", []string{"topic.state_responsibility"}},
		{"fr", "La Russie est accusée d'avoir orchestré des cyberattaques contre plusieurs scrutins européens.", []string{"topic.state_responsibility"}},
		{"fr", "La justice américaine a inculpé six officiers du GRU pour ces piratages.", []string{"topic.state_responsibility"}},
		{"fr", "Paris n'a pas voulu incriminer l'Iran faute de preuves.", []string{"topic.state_responsibility"}},
		{"fr", "Moscou a nié toute implication dans la cyberattaque contre le ministère.", []string{"topic.state_responsibility"}},
		{"fr", "L'attribution publique des cyberattaques reste une décision politique.", []string{"topic.state_responsibility"}},
		{"fr", "Les gangs opérant en Russie sont accusés d'être à l'origine des attaques.", []string{"-topic.state_responsibility"}},
		{"fr", "La hausse des ventes est attribuée à la nouvelle campagne publicitaire.", []string{"-topic.state_responsibility"}},
		{"es", "Las agencias de inteligencia aseguraron que el gobierno ruso había ordenado el hackeo de los sistemas del partido.", []string{"topic.state_responsibility"}},
		{"es", "Corea del Norte ha sido acusada de robar criptomonedas mediante ciberataques.", []string{"topic.state_responsibility"}},
		{"es", "El gobierno atribuyó oficialmente el ciberataque a la inteligencia militar rusa.", []string{"topic.state_responsibility"}},
		{"es", "El portavoz dijo que el Kremlin no tuvo nada que ver con los ciberataques.", []string{"topic.state_responsibility"}},
		{"es", "No se debe culpar a los rusos de cada incidente informático.", []string{"topic.state_responsibility"}},
		{"es", "La fiscalía atribuyó el robo a una banda de ciberdelincuentes.", []string{"-topic.state_responsibility"}},
		{"es", "El aumento de las ventas se atribuye a la campaña de publicidad.", []string{"-topic.state_responsibility"}},
		{"es", "Los hackers atacaron la red eléctrica del país durante la noche.", []string{"-topic.state_responsibility"}},
	})
}
