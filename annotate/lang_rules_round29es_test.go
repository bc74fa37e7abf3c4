package annotate

import "testing"

// The tests below check the Spanish rules of round 29, written from the
// families of phrasing that batch 16's Spanish passages (b16-es-…, EU and UN
// texts, OSCE pages, legal commentary) showed the rules missing or
// misreading. The sentences were written for this test, not taken from a
// labelled passage: positives in several syntaxes and near misses that use
// the same cue words in another sense or with what the conventions leave
// out.

// TestSpanishRound29Notification checks the counterparts in, or the States
// that may be affected by, an incident informed, and the reporting of
// companies to their own authorities left out (C29 NOT).
func TestSpanishRound29Notification(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Si el incidente puede afectar a otro Estado, la autoridad nacional deberá informar a sus homólogos en ese país sin demora.", []string{"measures.notification"}},
		{"es", "El centro nacional notificará a los Estados que puedan resultar afectados por el ataque informático.", []string{"measures.notification"}},
		{"es", "Las autoridades avisarán a sus homólogas de los países vecinos cuando detecten una operación maliciosa que las afecte.", []string{"measures.notification"}},
		{"es", "El ministro informó a sus homólogos de la región sobre la nueva estrategia de ciberseguridad del Estado.", []string{"-measures.notification"}},
		{"es", "El informe sobre los Estados afectados por la sequía se publicará en marzo.", []string{"-measures.notification"}},
		{"es", "La ley impone a las empresas el deber de notificar sus incidentes graves de seguridad a los Estados miembros.", []string{"-measures.notification"}},
		{"es", "El decreto crea un sistema de notificación de incidentes para los operadores del Estado.", []string{"-measures.notification"}},
		{"es", "Mediante real decreto se obliga a notificar con rapidez los incidentes que afecten a organismos del Estado.", []string{"-measures.notification"}},
	})
}

// TestSpanishRound29Mitigation checks a cyber attack, incident or threat
// mitigated by a State or an international body, whatever else the sentence
// names, and the obligations of businesses and the risks of conflict left
// out (C23 NOT).
func TestSpanishRound29Mitigation(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "La Unión reforzará su capacidad para detectar, mitigar y responder a los ciberataques durante la pandemia.", []string{"scope.mitigation"}},
		{"es", "Los aliados cooperan para atenuar los incidentes cibernéticos que amenazan los hospitales en plena pandemia.", []string{"scope.mitigation"}},
		{"es", "El plan busca minimizar las ciberamenazas contra la red eléctrica tras la crisis climática.", []string{"scope.mitigation"}},
		{"es", "Las empresas deben mitigar los ataques informáticos contra sus propios sistemas.", []string{"-scope.mitigation"}},
		{"es", "Los operadores de servicios esenciales tendrán que minimizar los incidentes cibernéticos que sufran.", []string{"-scope.mitigation"}},
		{"es", "Las medidas de confianza buscan mitigar el riesgo de conflicto derivado de operaciones cibernéticas.", []string{"-scope.mitigation"}},
		{"es", "El Gobierno quiso minimizar la gravedad del ciberataque ante la prensa.", []string{"-scope.mitigation"}},
	})
}

// TestSpanishRound29Prevention checks that a law's security measures for
// essential operators or entities are not prevention, while a State's duty
// to prevent operations stays.
func TestSpanishRound29Prevention(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Los Estados deben adoptar medidas para prevenir los ciberataques lanzados desde su territorio.", []string{"scope.prevention"}},
		{"es", "Los Estados velarán por que los operadores de servicios esenciales tomen medidas para prevenir incidentes en sus redes.", []string{"-scope.prevention"}},
		{"es", "El Estado exigirá a las entidades esenciales medidas para prevenir los ataques contra sus sistemas.", []string{"-scope.prevention"}},
	})
}

// TestSpanishRound29SelfDefenceNonState checks self-defence spelled
// "autodefensa" against non-State actors (C26), and self-defence with no
// such actor named.
func TestSpanishRound29SelfDefenceNonState(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Se discute si un Estado puede ejercer la autodefensa frente a ataques de actores no estatales.", []string{"actors.non_state"}},
		{"es", "La autodefensa contra grupos terroristas que operan desde otro Estado sigue siendo controvertida.", []string{"actors.non_state"}},
		{"es", "La autodefensa del Estado frente a un ataque armado de otro Estado está reconocida en la Carta.", []string{"-actors.non_state"}},
	})
}

// TestSpanishRound29DisruptRansomware checks ransomware or malware itself
// disrupted (C28), and ransom payments halted, which end no operation.
func TestSpanishRound29DisruptRansomware(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Los socios se comprometen a cooperar para interrumpir el ransomware y perseguir a sus autores.", []string{"scope.termination"}},
		{"es", "La policía logró desbaratar el malware antes de que se extendiera a otros países.", []string{"scope.termination"}},
		{"es", "El banco logró interrumpir los pagos del rescate exigido por el ransomware.", []string{"-scope.termination"}},
	})
}

// TestSpanishRound29CyberLaw checks a law or decree that regulates network
// and information security, adequate national legal infrastructures and
// alert capacities (C14, C36), and a law on another matter.
func TestSpanishRound29CyberLaw(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El decreto, aprobado en 2019, regula la seguridad de las redes y sistemas de información de los servicios públicos.", []string{"measures.capacity_building"}},
		{"es", "La nueva ley que regula la ciberseguridad del país crea una agencia nacional.", []string{"measures.capacity_building"}},
		{"es", "Una cultura de ciberseguridad exige infraestructuras jurídicas nacionales adecuadas y capacidades de alerta y respuesta.", []string{"measures.capacity_building"}},
		{"es", "La ley regula la seguridad de las presas y embalses del país.", []string{"-measures.capacity_building"}},
		{"es", "El reglamento regula la seguridad alimentaria de los productos importados.", []string{"-measures.capacity_building"}},
	})
}

// TestSpanishRound29SplitAlternations checks three unless and rule phrases
// that joined a multi-word form to an alternation, so that it read as a
// suffix of every word: companies' reprisals (no State measure), the public
// told of an attack (no State notified, C29 NOT), and an attack called a
// crime (C12).
func TestSpanishRound29SplitAlternations(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Las empresas estudian represalias contra los hackers que atacaron sus servidores.", []string{"-topic.state_responsibility"}},
		{"es", "El Estado adoptó represalias diplomáticas contra el gobierno responsable del ciberataque.", []string{"topic.state_responsibility"}},
		{"es", "Los servicios del Estado facilitaron al público información sobre el ciberataque contra sus redes.", []string{"-measures.notification", "-knowledge.actual"}},
		{"es", "El CERT nacional proporcionó a las autoridades rusas información sobre la operación lanzada desde su territorio.", []string{"measures.notification", "knowledge.actual"}},
		{"es", "El ciberataque contra el hospital es un delito grave que debe perseguirse.", []string{"topic.cybercrime"}},
		{"es", "El ataque aéreo contra el mercado fue un crimen de guerra.", []string{"-topic.cybercrime"}},
	})
}

// TestSpanishRound29WarningsIssued checks warnings or alerts issued to a
// government, or one State's alert through which another learns of an
// attack (measures.notification), and weather, war or customer warnings.
func TestSpanishRound29WarningsIssued(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Estas sanciones siguen a las advertencias que hemos enviado al gobierno chino por los ataques contra nuestras redes.", []string{"measures.notification"}},
		{"es", "Colombia supo del ciberataque por una alerta emitida por el gobierno de Chile.", []string{"measures.notification"}},
		{"es", "Las advertencias dirigidas al Estado vecino sobre el malware procedente de sus servidores no tuvieron respuesta.", []string{"measures.notification"}},
		{"es", "La alerta emitida por el gobierno de Chile ante el huracán obligó a evacuar la costa.", []string{"-measures.notification"}},
		{"es", "Las advertencias enviadas al gobierno ruso sobre la concentración de tropas fueron ignoradas.", []string{"-measures.notification"}},
		{"es", "El banco envió avisos a sus clientes sobre el ataque informático.", []string{"-measures.notification"}},
	})
}
