package annotate

import "testing"

// The tests below check the precision slips found in the Spanish rules of
// round 23 and earlier: near misses that used a rule's cue words in another
// sense (the suspect's lawyer, ethical hackers, citizens holding their own
// government to account, attackers disabling their victim's servers, people
// of a nationality, a bare ransom demand), each beside the positives the rule
// is for. The sentences were written for this test, not taken from a
// labelled passage.

// TestSpanishPrecisionHarbouredCriminals checks es-harboured-criminals (C10):
// a State shielding, tolerating or not acting against criminals who operate
// with ICTs, and not a lawyer fighting his client's extradition, criminals
// with no cyber word, or ethical hackers protected by law.
func TestSpanishPrecisionHarbouredCriminals(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Rusia ha bloqueado la extradición de varios hackers buscados por la justicia de otros países.", []string{"actors.non_state"}},
		{"es", "Las autoridades en Moscú están luchando contra la extradición de un supuesto hacker ruso a Estados Unidos.", []string{"actors.non_state"}},
		{"es", "El Kremlin tolera a los grupos de ransomware mientras no ataquen objetivos rusos.", []string{"actors.non_state"}},
		{"es", "Algunos Estados ofrecen refugio a los ciberdelincuentes que atacan a otros países.", []string{"actors.non_state"}},
		{"es", "Creemos que el gobierno ruso tiene una responsabilidad de actuar contra esos grupos que operan desde su país.", []string{"actors.non_state"}},
		{"es", "El abogado del hacker lucha contra su extradición ante el tribunal.", []string{"-actors.non_state"}},
		{"es", "El abogado del hacker ruso lucha contra su extradición a Estados Unidos ante el tribunal.", []string{"-actors.non_state"}},
		{"es", "La defensa del pirata informático recurrió la extradición ante el Tribunal Supremo de España.", []string{"-actors.non_state"}},
		{"es", "El Gobierno impidió la extradición de los delincuentes reclamados por el juez.", []string{"-actors.non_state"}},
		{"es", "El Gobierno de Colombia bloqueó la extradición de los narcotraficantes y delincuentes reclamados por Estados Unidos.", []string{"-actors.non_state"}},
		{"es", "Las autoridades toleran a los delincuentes del barrio por falta de cárceles.", []string{"-actors.non_state"}},
		{"es", "El Gobierno protege a los hackers éticos que reportan vulnerabilidades.", []string{"-actors.non_state"}},
		{"es", "La nueva ley del Estado protege a los hackers que notifican vulnerabilidades a las empresas.", []string{"-actors.non_state"}},
		{"es", "El Gobierno español protege a los hackers de sombrero blanco que colaboran con el CCN.", []string{"-actors.non_state"}},
	})
}

// TestSpanishPrecisionStateHeldAccountable checks es-state-held-accountable
// (C24): a State held, or to be held, accountable by other States, and not
// citizens, an opposition or unions holding their own government to account,
// nor the State's domestic liability for its administration.
func TestSpanishPrecisionStateHeldAccountable(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Haremos responsables a los países que dan refugio a los grupos de ransomware.", []string{"topic.state_responsibility"}},
		{"es", "Estados Unidos hará responsable al Kremlin de cualquier ataque contra su red eléctrica.", []string{"topic.state_responsibility"}},
		{"es", "Se le exigirán responsabilidades a Pyongyang por el robo de criptomonedas.", []string{"topic.state_responsibility"}},
		{"es", "Un Estado puede ser internacionalmente responsable si no impide los ataques lanzados desde su territorio.", []string{"topic.state_responsibility"}},
		{"es", "Los ciudadanos exigen responsabilidades al Gobierno por el apagón.", []string{"-topic.state_responsibility"}},
		{"es", "La oposición exigió responsabilidades al Gobierno por la gestión de la crisis sanitaria.", []string{"-topic.state_responsibility"}},
		{"es", "Los vecinos piden cuentas al Gobierno municipal por las inundaciones.", []string{"-topic.state_responsibility"}},
		{"es", "Los sindicatos quieren que el Gobierno rinda cuentas por los despidos en el sector público.", []string{"-topic.state_responsibility"}},
		{"es", "El Estado es responsable por la omisión de la administración.", []string{"-topic.state_responsibility"}},
		{"es", "El Estado será responsable por los perjuicios que cause la administración a los particulares.", []string{"-topic.state_responsibility"}},
		{"es", "El Estado es responsable por el mal funcionamiento de la administración de justicia.", []string{"-topic.state_responsibility"}},
	})
}

// TestSpanishPrecisionTakeDown checks es-take-down and es-stop-it (C28): the
// attackers' servers, botnets or groups taken down whoever does it, and not
// attackers shutting or disabling their victim's servers, nor a government
// or victim shutting its own as a precaution.
func TestSpanishPrecisionTakeDown(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "La policía desmanteló la botnet y desactivó los servidores de mando y control.", []string{"scope.termination"}},
		{"es", "Un tribunal ordenó desactivar los servidores que los hackers usaban para controlar la red de equipos infectados.", []string{"scope.termination"}},
		{"es", "Se neutralizaron 650 dominios utilizados por los ciberdelincuentes.", []string{"scope.termination"}},
		{"es", "Europol y el FBI lograron desmantelar más de 300 servidores utilizados para propagar el malware.", []string{"scope.termination"}},
		{"es", "Los Estados deben detener las operaciones que se lancen desde su territorio.", []string{"scope.termination"}},
		{"es", "Los hackers atacaron los servidores del ministerio y lograron cerrarlos.", []string{"-scope.termination"}},
		{"es", "Los hackers lograron desactivar los servidores del ministerio durante horas.", []string{"-scope.termination"}},
		{"es", "Los piratas informáticos consiguieron tumbar los servidores del Congreso durante la votación.", []string{"-scope.termination"}},
		{"es", "Los atacantes derribaron los servidores del aeropuerto con un ataque de denegación de servicio.", []string{"-scope.termination"}},
		{"es", "Un grupo de hackers logró deshabilitar el servidor de correo de la universidad.", []string{"-scope.termination"}},
		{"es", "Los ciberdelincuentes consiguieron neutralizar el software antivirus del hospital.", []string{"-scope.termination"}},
		{"es", "El Gobierno decidió apagar sus servidores como medida de precaución tras el ataque.", []string{"-scope.termination"}},
		{"es", "El Gobierno cerró los servidores de la administración como medida preventiva.", []string{"-scope.termination"}},
		{"es", "Tras el ciberataque, el Gobierno debe desconectar sus propios sistemas para protegerlos.", []string{"-scope.termination"}},
		{"es", "El ministerio apagó sus servidores durante el fin de semana por precaución.", []string{"-scope.termination"}},
	})
}

// TestSpanishPrecisionAccusedAuthors checks es-operation-author (C11, C15):
// a State accused of, or named as the author of, an operation, and not
// hackers or persons accused, nor citizens of a nationality whose demonym
// stems as the country's name.
func TestSpanishPrecisionAccusedAuthors(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Washington acusa a Corea del Norte de haber lanzado el ciberataque contra el banco central.", []string{"topic.state_responsibility"}},
		{"es", "El ataque contra la red eléctrica fue perpetrado por Rusia, según el Gobierno ucraniano.", []string{"topic.state_responsibility"}},
		{"es", "Las autoridades acusan a los hackers de haber perpetrado el ataque contra el banco.", []string{"-topic.state_responsibility"}},
		{"es", "La fiscalía acusa a dos jóvenes de haber realizado el ataque contra la web del ayuntamiento.", []string{"-topic.state_responsibility"}},
		{"es", "La policía imputa a tres personas de haber cometido los ataques contra la empresa.", []string{"-topic.state_responsibility"}},
		{"es", "El ataque fue perpetrado por ciudadanos chinos residentes en Madrid.", []string{"-topic.state_responsibility"}},
		{"es", "Los ciudadanos chinos detenidos habían perpetrado el fraude informático.", []string{"-topic.state_responsibility"}},
		{"es", "El robo fue cometido por residentes rusos en la costa, según la policía.", []string{"-topic.state_responsibility"}},
	})
}

// TestSpanishPrecisionRansomDemand checks es-criminals-behind-ict (C12 a):
// a ransom demanded by authors called criminals is cybercrime, one demanded
// by hackers or attackers alone is the incident.
func TestSpanishPrecisionRansomDemand(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Los ciberdelincuentes exigieron un rescate al ayuntamiento.", []string{"topic.cybercrime"}},
		{"es", "El grupo criminal que está detrás del ciberataque pide un rescate por los datos robados.", []string{"topic.cybercrime"}},
		{"es", "Los hackers exigieron un rescate al hospital por los datos cifrados.", []string{"-topic.cybercrime"}},
		{"es", "Los piratas pidieron un rescate en bitcoins a la empresa.", []string{"-topic.cybercrime"}},
		{"es", "Los atacantes exigen un rescate para devolver el acceso a los servidores.", []string{"-topic.cybercrime"}},
		{"es", "Los hackers reclaman un rescate de cinco millones a la compañía eléctrica.", []string{"-topic.cybercrime"}},
	})
}
