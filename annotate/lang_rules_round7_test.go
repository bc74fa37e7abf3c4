package annotate

import "testing"

// TestFrenchSpanishInformationGivenRound7 checks the class of misses that
// unseen French and Spanish news produced most in issue 18's seventh round:
// the expectation that a State act once another gives it information on an
// operation from its territory ("si nous leur donnons suffisamment
// d'informations", "si le entregamos la información"). Giving the
// information is notification, the State then knows (knowledge.actual), and
// acting on it is the response. Sentences written for the test, in the
// conditional, relative and nominal syntax the press and diplomats use,
// with near misses: information given to citizens, to customers, or asked
// of a court.
func TestFrenchSpanishInformationGivenRound7(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Nous attendons de la Russie qu'elle agisse si nous lui transmettons des informations suffisantes sur les auteurs de l'attaque.", []string{"measures.notification", "measures.response", "knowledge.actual"}},
		{"fr", "Lorsque Paris fournit à un État des renseignements précis sur une intrusion venue de son territoire, cet État doit agir.", []string{"measures.notification", "knowledge.actual"}},
		{"fr", "Le gouvernement a communiqué aux autorités chinoises les éléments techniques identifiant les serveurs utilisés.", []string{"measures.notification"}},
		{"fr", "Une fois informé par l'État victime, l'État territorial est tenu de prendre des mesures contre l'opération.", []string{"measures.notification", "knowledge.actual"}},
		{"fr", "Les deux pays se sont dotés d'un canal pour s'informer mutuellement lorsqu'une cyberattaque venue de l'un touche l'autre.", []string{"measures.notification"}},
		{"fr", "La mairie donne aux habitants toutes les informations sur la collecte des déchets.", []string{"-measures.notification", "-knowledge.actual", "-measures.response"}},
		{"fr", "La banque doit fournir à ses clients des informations claires sur les frais.", []string{"-measures.notification", "-knowledge.actual"}},
		{"es", "Esperamos que Moscú actúe si le entregamos la información necesaria sobre quiénes son los responsables.", []string{"measures.notification", "measures.response", "knowledge.actual"}},
		{"es", "Cuando un Estado recibe de otro información fidedigna sobre un ataque lanzado desde su territorio, debe tomar medidas.", []string{"measures.notification", "knowledge.actual"}},
		{"es", "El gobierno facilitó a las autoridades rusas los datos técnicos que identifican a los atacantes.", []string{"measures.notification"}},
		{"es", "Ambos países establecieron un canal para comunicarse entre sí cuando uno detecte una operación que afecte al otro.", []string{"measures.notification"}},
		{"es", "Le hemos dado a Rusia suficiente información para que actúe contra los autores del ataque.", []string{"measures.notification", "measures.response", "knowledge.actual"}},
		{"es", "La alcaldía entrega a los vecinos la información sobre el nuevo horario de recogida.", []string{"-measures.notification", "-knowledge.actual", "-measures.response"}},
		{"es", "El banco debe facilitar a sus clientes información clara sobre las comisiones.", []string{"-measures.notification", "-knowledge.actual"}},
	})
}
