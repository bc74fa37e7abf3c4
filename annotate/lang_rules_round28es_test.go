package annotate

import "testing"

// The tests below check round 28's Spanish families, found by reading the
// errors of real Spanish text no rule writer had seen (batch b15-es): a word
// used in another sense that made a wrong tag, and a way of stating an element
// that the rules did not know. The sentences were written for this test, not
// taken from a labelled passage or a page: positives in several syntaxes and
// near misses that use the same words in another sense.

// TestSpanishRound28CybercrimeSenses checks that a government's condemnation
// in the perfect tense, aims pursued and security researchers are not the
// policing of crime, while a court's sentence, a prosecutor's investigation and
// arrests of hacktivists or online fraudsters are.
func TestSpanishRound28CybercrimeSenses(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El Gobierno ha condenado este uso malicioso de las tecnologías, incluidos los ataques de ransomware contra hospitales europeos.", []string{"-topic.cybercrime"}},
		{"es", "La Unión Europea ha condenado firmemente el ciberataque de ransomware contra la red eléctrica de un Estado miembro.", []string{"-topic.cybercrime"}},
		{"es", "La Audiencia Nacional ha condenado a los dos autores del ataque de ransomware a cuatro años de prisión.", []string{"topic.cybercrime"}},
		{"es", "Los miembros de la banda de ransomware fueron condenados por extorsión informática.", []string{"topic.cybercrime"}},
		{"es", "Los Estados y los actores no estatales pueden perseguir sus objetivos mediante campañas de ransomware.", []string{"-topic.cybercrime", "-actors.non_state"}},
		{"es", "Los investigadores de seguridad temen que los hackers lancen pronto ataques más graves contra la red.", []string{"-topic.cybercrime"}},
		{"es", "La fiscalía investiga a los hackers que robaron los datos fiscales del ministerio.", []string{"topic.cybercrime"}},
		{"es", "La Guardia Civil anunció la detención de dos hacktivistas por los ataques contra webs municipales.", []string{"topic.cybercrime"}},
		{"es", "La Policía ha detenido a tres jóvenes acusados de estafas a través de internet.", []string{"topic.cybercrime"}},
		{"es", "Los agentes llevaron a cabo una macrooperación contra una red criminal dedicada al fraude en línea con tarjetas robadas.", []string{"topic.cybercrime"}},
		{"es", "La policía realizó una redada contra una banda criminal dedicada al robo de coches de alta gama.", []string{"-topic.cybercrime"}},
	})
}

// TestSpanishRound28NonStateActors checks criminals left to roam at will under
// a State, and that hackers who declare war on a State, or actors that pursue
// their aims, put no duty on one.
func TestSpanishRound28NonStateActors(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El ministro acusó al Kremlin de consentir que las bandas de ransomware campen a sus anchas dentro de sus fronteras.", []string{"actors.non_state", "topic.cybercrime"}},
		{"es", "Según el ministro británico, los ciberdelincuentes rusos campan a sus anchas en el país de Putin.", []string{"actors.non_state", "topic.cybercrime"}},
		{"es", "Cada verano los turistas campan a sus anchas por el casco antiguo de la ciudad.", []string{"-actors.non_state"}},
		{"es", "El colectivo de hackers declaró la ciberguerra al gobierno de Irán y exigió que el Estado liberara a los presos políticos.", []string{"-actors.non_state"}},
		{"es", "El gobierno debe impedir que los grupos de hackers ataquen a otros Estados desde su territorio.", []string{"actors.non_state"}},
		{"es", "Rusia no persigue a las bandas de ransomware que atacan desde su territorio a otros Estados.", []string{"actors.non_state"}},
	})
}

// TestSpanishRound28Precision checks other senses of monitoring, notification,
// censorship and attribution: social media watched for intelligence, police
// cyber patrols and a panel's "monitores", agencies alerted by their own
// government's department, "censurar" as to criticise, and the "atribuciones"
// (powers) of an army.
func TestSpanishRound28Precision(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El nuevo centro militar vigilará las redes sociales y todo el ecosistema digital para detectar amenazas a la seguridad nacional.", []string{"-measures.monitoring"}},
		{"es", "Los Estados no están obligados a vigilar de forma proactiva todo el tráfico de internet que atraviesa su territorio para prevenir ciberataques.", []string{"measures.monitoring"}},
		{"es", "La policía vigilará la red con un ciberpatrullaje permanente para impedir que se publiquen los datos robados.", []string{"-measures.monitoring"}},
		{"es", "Los monitores del comité de sanciones citaron un informe sobre los robos de criptomonedas en ataques cibernéticos.", []string{"-measures.monitoring"}},
		{"es", "Las agencias federales confirmaron la intrusión tras haber sido alertadas por el Departamento de Comercio, que detectó una filtración en sus redes.", []string{"-measures.notification"}},
		{"es", "El Estado desde cuyo territorio se lanzó la ciberoperación fue alertado por el Estado víctima y no hizo nada.", []string{"measures.notification", "knowledge.actual"}},
		{"es", "«Estos ciberataques son inaceptables y deben cesar», ha censurado el ministro de Asuntos Exteriores.", []string{"-topic.human_rights"}},
		{"es", "La portavoz censuró la actitud de Moscú tras los ciberataques contra el parlamento.", []string{"-topic.human_rights"}},
		{"es", "El gobierno impuso la censura de los medios digitales y bloqueó las redes sociales durante las protestas.", []string{"topic.human_rights"}},
		{"es", "El ejército carece todavía de las atribuciones necesarias para actuar contra los ciberataques a infraestructuras críticas.", []string{"-topic.state_responsibility"}},
		{"es", "Muchas de las atribuciones de ciberataques a Estados extranjeros que publica la prensa no están fundadas en pruebas.", []string{"topic.state_responsibility"}},
		{"es", "La atribución de la ciberoperación al Estado vecino exige pruebas sólidas según el derecho internacional.", []string{"topic.state_responsibility"}},
	})
}

// TestSpanishRound28MeasuresAndScope checks allied help named by when it is
// given, the machines of a hacking network seized, digital sovereignty left
// at the mercy of others and offence definitions standardised by a treaty,
// each beside a near miss.
func TestSpanishRound28MeasuresAndScope(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El mecanismo coordina la asistencia aliada durante ciberataques contra infraestructuras críticas nacionales.", []string{"measures.assistance"}},
		{"es", "Los aliados se comprometieron a ayudar a cualquier miembro ante un ciberataque grave contra sus redes.", []string{"measures.assistance"}},
		{"es", "La ayuda mutua entre los vecinos durante la crisis fue ejemplar.", []string{"-measures.assistance"}},
		{"es", "La policía incautó cientos de ordenadores que formaban parte de una botnet usada para robar credenciales bancarias.", []string{"scope.termination"}},
		{"es", "Los agentes confiscaron miles de computadoras infectadas que integraban una red de bots al servicio de los atacantes.", []string{"scope.termination"}},
		{"es", "En el registro del domicilio se incautaron dos ordenadores portátiles y un teléfono móvil del sospechoso de fraude informático.", []string{"-scope.termination"}},
		{"es", "La soberanía digital europea queda a merced de unos pocos proveedores extranjeros de la nube.", []string{"topic.sovereignty"}},
		{"es", "Tras el ataque, la empresa quedó a merced de los hackers durante varios días.", []string{"-topic.sovereignty"}},
		{"es", "El protocolo busca estandarizar las definiciones de los delitos informáticos entre los países firmantes.", []string{"measures.capacity_building"}},
		{"es", "El glosario de la norma estandariza las definiciones de los términos técnicos de calidad.", []string{"-measures.capacity_building"}},
	})
}

// TestSpanishRound28AssistanceOrCapacity checks the line C22 draws: help with
// an attack under way (incident-response support, help offered after it) is
// assistance; help to raise a State's capacity or to protect its
// infrastructure against attacks to come is capacity building, and a body's
// lack of capacity is neither.
func TestSpanishRound28AssistanceOrCapacity(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El Reino Unido prestó apoyo de respuesta a incidentes a los ministerios de Ucrania durante los ciberataques destructivos.", []string{"measures.assistance"}},
		{"es", "Tras el ciberataque, la alianza ofreció asistencia técnica al gobierno afectado.", []string{"measures.assistance"}},
		{"es", "Alemania se comprometió a ayudar a Ucrania a proteger su infraestructura crítica de futuros ciberataques.", []string{"-measures.assistance"}},
		{"es", "El embajador pidió la asistencia de Japón para aumentar su capacidad de ciberseguridad frente a los ataques informáticos.", []string{"-measures.assistance", "measures.capacity_building"}},
		{"es", "Faltan muchas capacidades de ciberseguridad en las agencias encargadas de responder a los incidentes.", []string{"measures.capacity_building"}},
		{"es", "La auditoría señaló una falta de capacidad técnica que permitió el ciberataque contra la lotería nacional.", []string{"-measures.capacity_building"}},
	})
}

// TestSpanishRound28CrimeSaidAndServicesHired checks a data leak said to be a
// crime in the present tense, and that criminals or firms hired by attackers
// are not cyber talent recruited by a State.
func TestSpanishRound28CrimeSaidAndServicesHired(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El ministerio recordó que la difusión no autorizada de las bases de datos robadas de sus servidores es un delito que se persigue de oficio.", []string{"topic.cybercrime"}},
		{"es", "El acceso no consentido a un sistema informático ajeno es delito en la mayoría de los países.", []string{"topic.cybercrime"}},
		{"es", "La ciberseguridad es un reto para todos, no un delito.", []string{"-topic.cybercrime"}},
		{"es", "Los servicios de inteligencia recurren a ciberdelincuentes que les venden sus herramientas o a empresas contratadas para sus operaciones en el ciberespacio.", []string{"-measures.capacity_building"}},
		{"es", "El gobierno contratará a doscientos especialistas en ciberseguridad para el nuevo centro de respuesta a incidentes.", []string{"measures.capacity_building"}},
	})
}
