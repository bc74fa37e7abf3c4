package annotate

import "testing"

// The tests below check round 25's Spanish families: the vocabulary with
// which legal and policy Spanish expresses State responsibility, non-State
// actors, cybercrime, assistance and an operation's origin (VOCAB-es.md at
// the repository root lists it), read as conventions C3, C10-C12, C15, C19,
// C22 and C24-C27 read it. The sentences were written for this test, not
// taken from a labelled passage or a page: positives in several syntaxes
// and near misses that use the same words in another sense, in passing, or
// with what the conventions leave out.

// TestSpanishRound25ResponsibilityLaw checks the law of State responsibility
// in the ILC Articles' Spanish words: the wrongful act and its elements,
// invocation by the injured State, attribution's tests and attributability,
// derived responsibility, circumstances precluding wrongfulness, cessation
// and reparation's forms; and that civil liability, a party's programme,
// criminal necessity, a contract's force majeure and a debtor's default are
// not it.
func TestSpanishRound25ResponsibilityLaw(t *testing.T) {
	checkLangCases(t, []langCase{
		// The wrongful act, its elements and the responsibility it entails.
		{"es", "Todo hecho internacionalmente ilícito de un Estado genera su responsabilidad internacional, también cuando se comete con medios cibernéticos.", []string{"topic.state_responsibility"}},
		{"es", "Una ciberoperación que viola una obligación internacional del Estado que la realiza constituye un ilícito que compromete su responsabilidad.", []string{"topic.state_responsibility"}},
		{"es", "El Estado que incumple una obligación internacional mediante operaciones en el ciberespacio incurre en responsabilidad frente al Estado perjudicado.", []string{"topic.state_responsibility"}},
		{"es", "La violación de la soberanía mediante una ciberoperación da lugar a la responsabilidad internacional del Estado autor.", []string{"topic.state_responsibility"}},
		// Invocation by the injured State, the wrongdoing State.
		{"es", "El Estado lesionado por el ciberataque puede invocar la responsabilidad del Estado autor ante los órganos competentes.", []string{"topic.state_responsibility"}},
		{"es", "Solo el Estado perjudicado está legitimado para hacer valer la responsabilidad del Estado infractor por la intrusión en sus redes.", []string{"topic.state_responsibility"}},
		{"es", "Cualquier Estado podría invocar la responsabilidad cuando la obligación violada existe con relación a la comunidad internacional en su conjunto, también en el ciberespacio.", []string{"topic.state_responsibility"}},
		{"es", "El consumidor puede invocar la responsabilidad civil del fabricante por productos defectuosos.", []string{"-topic.state_responsibility"}},
		// Attribution's tests, conduct acknowledged and adopted, attributability.
		{"es", "Según el artículo 8, el comportamiento de un grupo de hackers se considera hecho del Estado si actúa siguiendo sus instrucciones.", []string{"topic.state_responsibility"}},
		{"es", "Un Estado que reconoce y adopta como propio el ciberataque de un grupo de voluntarios asume la autoría de ese comportamiento.", []string{"topic.state_responsibility"}},
		{"es", "La imputabilidad de una ciberoperación al Estado sigue siendo el primer obstáculo jurídico para reclamar responsabilidad.", []string{"topic.state_responsibility"}},
		{"es", "Surge la cuestión de qué grado de control debe ejercer el Estado sobre un grupo de hackers para que sus actos le sean atribuibles.", []string{"topic.state_responsibility"}},
		{"es", "El partido reconoce y adopta como propio el programa de la coalición.", []string{"-topic.state_responsibility"}},
		// Aid, assistance and complicity in another State's wrongful act.
		{"es", "Un Estado que presta ayuda o asistencia a otro en la comisión de una ciberoperación ilícita es responsable si conoce las circunstancias del hecho.", []string{"topic.state_responsibility"}},
		{"es", "Facilitar deliberadamente infraestructura informática a otro Estado para un ataque puede constituir complicidad en el hecho ilícito.", []string{"topic.state_responsibility"}},
		// Circumstances precluding wrongfulness.
		{"es", "El estado de necesidad solo puede invocarse si la ciberoperación es el único medio de salvaguardar un interés esencial contra un peligro grave e inminente.", []string{"topic.state_responsibility"}},
		{"es", "Israel podría alegar el estado de necesidad para justificar la intrusión en los servidores que controlaban la red eléctrica.", []string{"topic.state_responsibility"}},
		{"es", "Entre las circunstancias que excluyen la ilicitud figuran el consentimiento, la fuerza mayor, el peligro extremo y las contramedidas, aplicables también a las operaciones cibernéticas.", []string{"topic.state_responsibility"}},
		{"es", "El juez apreció la eximente de estado de necesidad en el robo de alimentos.", []string{"-topic.state_responsibility"}},
		{"es", "La empresa alegó fuerza mayor para incumplir el contrato de suministro tras el ciberataque.", []string{"-topic.state_responsibility"}},
		// Cessation, non-repetition and reparation's forms.
		{"es", "La obligación de cesación exige que el Estado infractor detenga de inmediato la operación cibernética ilícita.", []string{"topic.state_responsibility"}},
		{"es", "El Estado lesionado podrá exigir la cesación del hecho ilícito y la reparación.", []string{"topic.state_responsibility"}},
		{"es", "La satisfacción puede consistir en un reconocimiento de la violación, una expresión de pesar o una disculpa formal por el ciberespionaje.", []string{"topic.state_responsibility"}},
		{"es", "El Estado responsable está obligado a reparar íntegramente el perjuicio causado por la ciberoperación.", []string{"topic.state_responsibility"}},
		{"es", "La ley establece la obligación de cesar la actividad contaminante en el plazo de un mes.", []string{"-topic.state_responsibility"}},
		{"es", "La cesación de pagos del país preocupa a los acreedores internacionales.", []string{"-topic.state_responsibility"}},
		{"es", "La empresa ofreció seguridades y garantías a los inversores.", []string{"-topic.state_responsibility"}},
		{"es", "El presidente hizo una expresión de pesar por la muerte del actor.", []string{"-topic.state_responsibility"}},
		{"es", "El consumidor tiene derecho a una indemnización por el retraso del vuelo, según el reglamento europeo.", []string{"-topic.state_responsibility"}},
	})
}

// TestSpanishRound25ResponsibilityResponses checks countermeasures,
// retorsion and the evidence an accusation must rest on, and that technical
// countermeasures and a State's responsible behaviour are not State
// responsibility.
func TestSpanishRound25ResponsibilityResponses(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El Estado víctima puede adoptar contramedidas proporcionales para inducir al Estado infractor a cumplir sus obligaciones en el ciberespacio.", []string{"topic.state_responsibility"}},
		{"es", "Las contramedidas deben ser reversibles y suspenderse en cuanto el Estado responsable cumpla con sus obligaciones.", []string{"topic.state_responsibility"}},
		{"es", "La retorsión incluye medidas inamistosas pero lícitas, como la expulsión de diplomáticos o la imposición de sanciones.", []string{"topic.state_responsibility"}},
		{"es", "Los Estados deben fundamentar sus acusaciones sobre ciberoperaciones con pruebas, según el informe del Grupo de Expertos Gubernamentales.", []string{"topic.state_responsibility"}},
		{"es", "La estrategia de nombrar y avergonzar a los Estados que lanzan ciberataques tiene un efecto disuasorio limitado.", []string{"topic.state_responsibility"}},
		{"es", "El programa antivirus aplica contramedidas técnicas para bloquear el malware.", []string{"-topic.state_responsibility"}},
		{"es", "Los Estados deben comportarse de manera responsable en el ciberespacio, según las normas acordadas.", []string{"-topic.state_responsibility"}},
	})
}

// TestSpanishRound25PublicAttribution checks the public attribution of cyber
// operations to a State by other verbs and forms (blame laid, suspicion that
// falls on a State service, a denial of the accusation, officers charged for
// hacking, a panel's conclusion, a service behind it), and that attribution
// to criminals, blame for other things and suspicion of non-cyber acts are
// not it (C11, C15).
func TestSpanishRound25PublicAttribution(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Washington achacó a Moscú el ciberataque contra las redes eléctricas.", []string{"topic.state_responsibility"}},
		{"es", "Estados Unidos apunta a Rusia por el ciberataque masivo contra agencias federales.", []string{"topic.state_responsibility"}},
		{"es", "El hackeo dejó sin servicio a los ministerios durante dos días. Las sospechas recaen sobre el servicio de inteligencia militar ruso.", []string{"topic.state_responsibility"}},
		{"es", "El Kremlin estaría detrás de la campaña de hackeo contra las agencias federales, según fuentes oficiales.", []string{"topic.state_responsibility"}},
		{"es", "Pekín rechazó las acusaciones de que hackers chinos estuvieran detrás del robo de datos.", []string{"topic.state_responsibility"}},
		{"es", "El Reino Unido y Estados Unidos sancionaron a miembros de un grupo de hackers vinculado a los servicios de inteligencia rusos.", []string{"topic.state_responsibility"}},
		{"es", "La Fiscalía estadounidense acusó formalmente a siete oficiales de la inteligencia militar rusa de hackear agencias antidopaje.", []string{"topic.state_responsibility"}},
		{"es", "El Consejo de la UE aplicó por primera vez su régimen de sanciones cibernéticas contra oficiales de la inteligencia militar rusa.", []string{"topic.state_responsibility"}},
		{"es", "Las investigaciones revelaron que los atacantes eran agentes del servicio de inteligencia ruso.", []string{"topic.state_responsibility"}},
		{"es", "Corea del Norte es señalada como responsable del robo de criptomonedas por valor de 600 millones de dólares.", []string{"topic.state_responsibility"}},
		{"es", "El informe del panel de expertos de la ONU concluyó que hackers norcoreanos robaron criptomonedas para financiar el programa de armas del régimen.", []string{"topic.state_responsibility"}},
		{"es", "El ministro achacó a la oposición el bloqueo de los presupuestos.", []string{"-topic.state_responsibility"}},
		{"es", "Los analistas apuntan a Rusia como el principal proveedor de gas de Europa.", []string{"-topic.state_responsibility"}},
		{"es", "Las sospechas recaen sobre un grupo criminal de ciberdelincuentes que opera en Europa del Este y usa ransomware.", []string{"-topic.state_responsibility"}},
		{"es", "Las sospechas recaen sobre el servicio de inteligencia ruso por el envenenamiento del exespía en Salisbury.", []string{"-topic.state_responsibility"}},
		{"es", "Los indicios apuntan a que el gobierno subirá los impuestos el próximo año.", []string{"-topic.state_responsibility"}},
		{"es", "La autoría del ataque de ransomware se atribuyó al grupo criminal LockBit.", []string{"-topic.state_responsibility"}},
		{"es", "La empresa atribuyó la caída de su web a un fallo técnico.", []string{"-topic.state_responsibility"}},
		{"es", "La ciberoperación rusa contra Ucrania de 2015 dejó sin electricidad a miles de hogares.", []string{"-topic.state_responsibility"}},
	})
}

// TestSpanishRound25NonStateActors checks the duty reaching natural and
// legal persons on the territory, cyber proxies, hackers for hire and
// companies or platforms under the State's jurisdiction, and that persons a
// tax or money-laundering law obliges, companies securing their own systems,
// proxy servers, inventories of threats and hackers following a State
// service's orders in a news report are not non-State actors in the norm's
// sense (C10, C16).
func TestSpanishRound25NonStateActors(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Un Estado no puede eludir su responsabilidad delegando ciberoperaciones en empresas privadas o grupos de hackers.", []string{"actors.non_state"}},
		{"es", "Las personas físicas o jurídicas que operan desde el territorio del Estado también quedan comprendidas en su obligación de vigilancia en el ciberespacio.", []string{"actors.non_state"}},
		{"es", "Los Estados no deberían valerse de ciberproxies para eludir su responsabilidad internacional.", []string{"actors.non_state"}},
		{"es", "Ningún Estado debe contratar a hackers a sueldo para atacar infraestructuras de otro Estado.", []string{"actors.non_state"}},
		{"es", "La obligación del Estado de prevenir daños transfronterizos comprende la actividad de las empresas tecnológicas establecidas en su territorio.", []string{"actors.non_state"}},
		{"es", "Los proveedores de servicios de internet y las plataformas bajo jurisdicción del Estado quedan abarcados por su deber de diligencia.", []string{"actors.non_state"}},
		{"es", "Los Estados deben procurar que su territorio no sea utilizado por agentes no estatales para cometer hechos ilícitos mediante las TIC.", []string{"actors.non_state"}},
		{"es", "El Estado no debe permitir que mercenarios digitales operen desde su territorio contra otros países.", []string{"actors.non_state"}},
		{"es", "Las personas físicas y jurídicas deben declarar sus ingresos ante la agencia tributaria del territorio.", []string{"-actors.non_state"}},
		{"es", "Las empresas deben aplicar medidas de ciberseguridad que abarcan sus propios sistemas y redes.", []string{"-actors.non_state"}},
		{"es", "Las empresas deben aplicar la debida diligencia en derechos humanos en sus cadenas de suministro.", []string{"-actors.non_state"}},
		{"es", "El servidor proxy permite navegar de forma anónima por internet.", []string{"-actors.non_state"}},
		{"es", "Los hackers, según las autoridades, actuaban siguiendo instrucciones directas del servicio de inteligencia chino.", []string{"-actors.non_state"}},
		{"es", "Los actores estatales y no estatales representan una amenaza creciente para la ciberseguridad.", []string{"-actors.non_state"}},
		{"es", "El ministerio firmó un acuerdo con el sector privado para compartir información sobre amenazas.", []string{"-actors.non_state"}},
	})
}

// TestSpanishRound25Cybercrime checks the conventions' offences and
// procedures by name (illegal interception, data and system interference,
// misuse of devices, expedited preservation, the 24/7 network), online fraud
// and fraudsters, police cyber units and patrols, other police forces,
// malware by its kinds and criminals exploiting technology, and that ransom
// demands, common crime, a hospital's round-the-clock service and lists of
// topics are not cybercrime (C12, C19, C20).
func TestSpanishRound25Cybercrime(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "La ley sanciona la interceptación ilegal de comunicaciones electrónicas y el abuso de dispositivos.", []string{"topic.cybercrime"}},
		{"es", "El convenio obliga a tipificar la interferencia en los datos y la interferencia en el sistema.", []string{"topic.cybercrime"}},
		{"es", "Los Estados Parte adoptarán medidas para la conservación rápida de datos informáticos almacenados.", []string{"topic.cybercrime"}},
		{"es", "La red 24/7 permite a las autoridades solicitar con urgencia la preservación de datos de tráfico.", []string{"topic.cybercrime"}},
		{"es", "Una red de estafadores utilizaba correos de phishing para vaciar las cuentas bancarias de sus víctimas.", []string{"topic.cybercrime"}},
		{"es", "La policía cibernética recibió más de 5.000 denuncias por fraudes en comercio electrónico.", []string{"topic.cybercrime"}},
		{"es", "Las denuncias por fraude online se duplicaron el último año.", []string{"topic.cybercrime"}},
		{"es", "La Policía tratará de evitar nuevas filtraciones mediante un ciberpatrullaje permanente en la red.", []string{"topic.cybercrime"}},
		{"es", "La red de skimming clonaba tarjetas en cajeros y vendía los datos en foros de internet.", []string{"topic.cybercrime"}},
		{"es", "Europol y el FBI desarticularon la infraestructura del troyano bancario y detuvieron a cuatro sospechosos.", []string{"topic.cybercrime"}},
		{"es", "La Guardia Civil detuvo a un joven acusado de vender credenciales robadas en la web oscura.", []string{"topic.cybercrime"}},
		{"es", "Los criminales utilizan cada vez más la inteligencia artificial para cometer fraudes.", []string{"topic.cybercrime"}},
		{"es", "Los autores del ataque de ransomware exigieron un rescate de 10 millones de dólares al gobierno de Costa Rica.", []string{"-topic.cybercrime"}},
		{"es", "La policía detuvo a los miembros del grupo REvil.", []string{"-topic.cybercrime"}},
		{"es", "El robo de cobre en la red ferroviaria causó retrasos en los trenes.", []string{"-topic.cybercrime"}},
		{"es", "Los delincuentes utilizan motocicletas para huir tras los robos.", []string{"-topic.cybercrime"}},
		{"es", "El hospital dispone de una red de atención 24 horas los 7 días.", []string{"-topic.cybercrime"}},
		{"es", "El seminario abordará los siguientes temas: ciberdelincuencia, protección de datos y gobernanza de internet.", []string{"-topic.cybercrime"}},
		{"es", "La estrategia tiene tres pilares: seguridad de las redes, lucha contra la ciberdelincuencia y ciberdefensa.", []string{"-topic.cybercrime"}},
	})
}

// TestSpanishRound25Assistance checks help with a cyber incident between
// States, organisations and companies said in other words (help received,
// accepted or thanked for, mutual support, experts put at a State's
// disposal, help to restore systems, a named State supported after an
// attack, international help, the support of foreign experts), and that help
// inside one State, legal assistance, aid in a war or after an earthquake,
// and support for a candidacy are not it (C22, C27).
func TestSpanishRound25Assistance(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El CSIRT nacional recibió apoyo de sus homólogos de la región para contener el incidente.", []string{"measures.assistance"}},
		{"es", "La nueva Reserva de Ciberseguridad de la UE prestará servicios de respuesta a incidentes a los Estados miembros que lo soliciten.", []string{"measures.assistance"}},
		{"es", "España puso a disposición de Ecuador a sus técnicos para ayudar a restablecer los servicios afectados por el ciberataque.", []string{"measures.assistance"}},
		{"es", "Los aliados se comprometieron a prestarse apoyo mutuo en caso de ciberataques significativos.", []string{"measures.assistance"}},
		{"es", "Israel prestó ayuda técnica a Costa Rica tras el hackeo de sus instituciones públicas.", []string{"measures.assistance"}},
		{"es", "El gobierno agradeció la ayuda internacional recibida para restablecer los servicios tras el ataque informático.", []string{"measures.assistance"}},
		{"es", "Microsoft y otras empresas tecnológicas colaboraron con el gobierno en la recuperación de los sistemas tras el ataque informático.", []string{"measures.assistance"}},
		{"es", "La brecha fue detectada con el apoyo de expertos en ciberseguridad estadounidenses.", []string{"measures.assistance"}},
		{"es", "Estados Unidos afirmó que apoyaría a Albania tras el ciberataque iraní contra sus servicios públicos.", []string{"measures.assistance"}},
		{"es", "El ministerio de salud pidió ayuda al CSIRT nacional tras el ciberataque al hospital.", []string{"-measures.assistance"}},
		{"es", "La policía solicitó asistencia judicial a Alemania para obtener los registros del servidor.", []string{"-measures.assistance"}},
		{"es", "Las familias recibieron ayuda del Estado tras el terremoto.", []string{"-measures.assistance"}},
		{"es", "El banco devolverá el dinero a los clientes víctimas de fraude informático, que recibirán asistencia personalizada.", []string{"-measures.assistance"}},
		{"es", "España apoya a Ucrania con armas y ayuda humanitaria frente a los ataques rusos.", []string{"-measures.assistance"}},
		{"es", "El gobierno apoyó a Chile en su candidatura al Consejo de Derechos Humanos.", []string{"-measures.assistance"}},
		{"es", "El programa de asistencia técnica del BID fortalecerá las capacidades de ciberseguridad de la región.", []string{"-measures.assistance"}},
		{"es", "El Estado que presta ayuda o asistencia a otro en la comisión de un hecho ilícito es responsable.", []string{"-measures.assistance"}},
	})
}

// TestSpanishRound25Origin checks origin wording beyond "desde su
// territorio": servers located in a named State, an attack traced back to it
// or that set out from it, a botnet controlled from it, "desde territorio",
// a relative clause of place, an operation originating in a State's
// networks; and that operating in a territory, tourists or exports from a
// country and "desde" of time are not origin (C3).
func TestSpanishRound25Origin(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Los ciberataques procedían de servidores ubicados en Rusia, según el CERT nacional.", []string{"territory.origin"}},
		{"es", "Los investigadores rastrearon el ataque hasta servidores en Corea del Norte.", []string{"territory.origin"}},
		{"es", "El ataque partió de equipos situados en territorio ucraniano.", []string{"territory.origin"}},
		{"es", "El tráfico malicioso provenía de una red de bots controlada desde Brasil.", []string{"territory.origin"}},
		{"es", "El país desde el que se realiza la operación debe adoptar medidas razonables para detenerla.", []string{"territory.origin"}},
		{"es", "El malware fue distribuido desde servidores alojados en los Países Bajos.", []string{"territory.origin"}},
		{"es", "Las direcciones IP desde las que se lanzó el ataque se encontraban en Irán.", []string{"territory.origin"}},
		{"es", "Desde territorio iraní se lanzaron ataques contra las instalaciones de agua israelíes.", []string{"territory.origin"}},
		{"es", "El CCN detectó que el tráfico malicioso se originaba en redes de Corea del Norte.", []string{"territory.origin"}},
		{"es", "Los hackers operan en territorio ruso con total impunidad.", []string{"-territory.origin"}},
		{"es", "Los turistas llegaron desde territorio francés en autobús.", []string{"-territory.origin"}},
		{"es", "Las exportaciones de soja se originan en Brasil y Argentina.", []string{"-territory.origin"}},
		{"es", "Desde su creación, el CSIRT ha atendido 3.000 incidentes.", []string{"-territory.origin"}},
		{"es", "Los expertos procedentes de 30 países debatieron sobre ciberseguridad.", []string{"-territory.origin"}},
	})
}

// TestSpanishRound25AttributionNews checks news Spanish on attribution in
// longer sentences: accusations a State rejects or dismisses, a State
// accused in a relative clause, a group controlled by a State's
// intelligence, a State's special services blamed, an operation carried out
// by an army unit; and that a hacker or a company rejecting accusations, an
// army-run government, a police unit's operation and a criminal group no
// service controls are not attribution (C11, C15).
func TestSpanishRound25AttributionNews(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Moscú calificó de rusofobia las acusaciones occidentales sobre sus supuestos ciberataques.", []string{"topic.state_responsibility"}},
		{"es", "La cancillería china respondió que Estados Unidos es el mayor ciberatacante del mundo y rechazó las acusaciones de hackeo.", []string{"topic.state_responsibility"}},
		{"es", "El presidente albanés anunció la ruptura de relaciones con Irán, al que acusa de orquestar el ciberataque contra los servicios públicos.", []string{"topic.state_responsibility"}},
		{"es", "La Unión Europea condenó la campaña cibernética maliciosa del grupo APT28, controlado por la inteligencia militar rusa.", []string{"topic.state_responsibility"}},
		{"es", "Las autoridades de Ucrania responsabilizaron a los servicios especiales rusos del ataque contra Kyivstar.", []string{"topic.state_responsibility"}},
		{"es", "La investigación apunta a que la operación fue ejecutada por una unidad del ejército chino.", []string{"topic.state_responsibility"}},
		{"es", "El Gobierno británico atribuyó el ciberataque a la unidad 74455 del GRU, conocida como Sandworm.", []string{"topic.state_responsibility"}},
		{"es", "Microsoft informó de que hackers respaldados por el Estado ruso accedieron a correos de sus directivos.", []string{"topic.state_responsibility"}},
		{"es", "El hacker rechazó ante el juez las acusaciones de hackeo a la red del banco.", []string{"-topic.state_responsibility"}},
		{"es", "La empresa calificó de falsas las acusaciones de hackeo de sus clientes.", []string{"-topic.state_responsibility"}},
		{"es", "El ministro rechazó las acusaciones de corrupción formuladas por la oposición.", []string{"-topic.state_responsibility"}},
		{"es", "El país está gobernado por un régimen dirigido por el ejército desde el golpe de 2021.", []string{"-topic.state_responsibility"}},
		{"es", "La operación fue ejecutada por una unidad de la policía nacional contra los ciberdelincuentes.", []string{"-topic.state_responsibility"}},
		{"es", "El ransomware fue desplegado por un grupo criminal no controlado por ningún servicio de inteligencia.", []string{"-topic.state_responsibility"}},
	})
}

// TestSpanishRound25PrivateConductPrevented checks what else a State must
// prevent private persons from doing (arming ships in the Alabama case) and
// the law on self-defence against non-State actors, and that hackers named
// only as authors are not the norm's non-State actors (C10, C16, C26).
func TestSpanishRound25PrivateConductPrevented(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El caso Alabama muestra que un Estado neutral debía impedir que particulares armaran buques en su territorio para una de las partes.", []string{"actors.non_state"}},
		{"es", "La cuestión es si cabe invocar la legítima defensa frente a ciberataques de actores no estatales que operan desde un Estado que no quiere o no puede detenerlos.", []string{"actors.non_state"}},
		{"es", "La conducta privada no es, en principio, atribuible al Estado, pero este puede responder por no haberla prevenido.", []string{"actors.non_state"}},
		{"es", "Los Estados tienen la obligación de no tolerar que grupos de hackers utilicen su territorio para atacar a otros Estados.", []string{"actors.non_state"}},
		{"es", "Varios grupos de hackers atacaron las páginas web de los ministerios durante las elecciones.", []string{"-actors.non_state"}},
		{"es", "La empresa de ciberseguridad identificó al grupo de hackers responsable del ataque.", []string{"-actors.non_state"}},
	})
}

// TestSpanishRound25CrimeForms checks more forms of cybercrime in press and
// statute Spanish (smishing and vishing, crypto scams, grooming, conduct
// declared a crime online, fraudsters using e-mail, a cybercriminals' act
// told in the past) and more origin and assistance wording (traffic from
// computers in a named State, a relative clause of place, operations that
// set out from a territory, the assistance of a foreign agency or a
// company), and that a threat inventory, a configuration error, a province,
// part of a territory, the seat of government and a hospital's own
// technicians are not these elements (C3, C12, C19, C22).
func TestSpanishRound25CrimeForms(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "La organización se dedicaba al smishing y al vishing, suplantando a entidades bancarias mediante mensajes de texto.", []string{"topic.cybercrime"}},
		{"es", "Las criptoestafas se han convertido en el fraude más rentable de la red.", []string{"topic.cybercrime"}},
		{"es", "El acoso sexual a menores en línea, conocido como grooming, aumentó durante la pandemia.", []string{"topic.cybercrime"}},
		{"es", "La difusión no consentida de imágenes íntimas a través de redes sociales será delito.", []string{"topic.cybercrime"}},
		{"es", "Los estafadores utilizaban técnicas de ingeniería social para obtener las claves bancarias de sus víctimas por teléfono y correo electrónico.", []string{"topic.cybercrime"}},
		{"es", "Los ciberdelincuentes robaron los datos de 10 millones de clientes.", []string{"topic.cybercrime"}},
		{"es", "La ley 21.459 establece normas sobre delitos informáticos y adecua la legislación chilena al Convenio de Budapest.", []string{"topic.cybercrime"}},
		{"es", "Los ciberdelincuentes atacan cada vez más a las pymes y a los ayuntamientos, según el informe anual de amenazas.", []string{"-topic.cybercrime"}},
		{"es", "El robo de datos de los clientes se debió a un error de configuración del proveedor de la nube.", []string{"-topic.cybercrime"}},
		{"es", "El ayuntamiento sufrió un ataque informático que paralizó los servicios durante una semana.", []string{"-topic.cybercrime"}},
		{"es", "Los ataques de denegación de servicio contra Estonia en 2007 provinieron en gran parte de ordenadores situados en Rusia.", []string{"territory.origin"}},
		{"es", "La infraestructura de mando y control del malware estaba alojada en servidores de Irán, desde donde se dirigían los ataques.", []string{"territory.origin"}},
		{"es", "El principio se refiere a las operaciones que parten del territorio de un Estado y afectan a otro.", []string{"territory.origin"}},
		{"es", "La provincia de Buenos Aires cuenta con servidores situados en Argentina para sus servicios digitales.", []string{"-territory.origin"}},
		{"es", "Una parte del territorio de Ucrania sigue ocupada por Rusia.", []string{"-territory.origin"}},
		{"es", "Desde donde se encuentra la sede del gobierno se coordinan las políticas de ciberseguridad del país.", []string{"-territory.origin"}},
		{"es", "Albania contó con la asistencia del FBI y de Microsoft para investigar el ciberataque.", []string{"measures.assistance"}},
		{"es", "La OTAN movilizó a sus expertos para apoyar a Montenegro frente a los ciberataques.", []string{"measures.assistance"}},
		{"es", "Costa Rica recibió la ayuda de expertos de Estados Unidos, Israel y España para recuperarse del ataque.", []string{"measures.assistance"}},
		{"es", "El hospital contó con la ayuda de sus propios informáticos para restablecer los sistemas tras el ataque informático.", []string{"-measures.assistance"}},
	})
}

// TestSpanishRound25StatementsOfPosition checks positions of States in
// statement Spanish: the law of responsibility applied to cyberspace,
// attribution as a national prerogative and its evidence, the difficulty of
// identifying the author discussed with responsibility, private conduct
// covered "tanto ... como" or called unacceptable; and that the police
// identifying a criminal, a State's own data duties, an attack condemned,
// public and private banks attacked alike and officials' use of social media
// are not these elements (C10, C11, C16, C25).
func TestSpanishRound25StatementsOfPosition(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Ecuador reafirma que las normas sobre la responsabilidad de los Estados por hechos internacionalmente ilícitos se aplican a las actividades en el ciberespacio.", []string{"topic.state_responsibility"}},
		{"es", "La atribución de una operación cibernética a un Estado es una prerrogativa nacional de cada Estado.", []string{"topic.state_responsibility"}},
		{"es", "No existe en derecho internacional una obligación de revelar las pruebas en que se basa la atribución de un ciberataque.", []string{"topic.state_responsibility"}},
		{"es", "La dificultad para identificar al autor de un ciberataque complica la aplicación de las normas sobre responsabilidad.", []string{"topic.state_responsibility"}},
		{"es", "Guatemala apoya la creación de un mecanismo internacional de atribución de ciberincidentes.", []string{"topic.state_responsibility"}},
		{"es", "La policía no ha podido identificar al autor del ataque informático contra el hospital.", []string{"-topic.state_responsibility"}},
		{"es", "El Estado debe proteger los datos personales de sus ciudadanos.", []string{"-topic.state_responsibility"}},
		{"es", "Las obligaciones del Estado en materia de diligencia debida se aplican tanto si el daño proviene de un órgano estatal como de un particular.", []string{"actors.non_state"}},
		{"es", "Cuba rechaza el uso encubierto de sistemas informáticos de otros Estados por individuos u organizaciones para atacar a terceros países.", []string{"actors.non_state"}},
		{"es", "La norma 13 c) exige que los Estados no permitan a sabiendas que su territorio sea utilizado por actores estatales o no estatales para cometer hechos ilícitos.", []string{"actors.non_state"}},
		{"es", "El gobierno rechaza el uso de las redes sociales por funcionarios durante la jornada laboral.", []string{"-actors.non_state"}},
		{"es", "Cuba condena los ataques de hackers contra sus sitios web oficiales.", []string{"-actors.non_state"}},
		{"es", "Tanto los bancos públicos como los privados sufrieron ataques informáticos.", []string{"-actors.non_state"}},
		{"es", "El Estado colabora con el sector privado y la academia en la estrategia nacional de ciberseguridad.", []string{"-actors.non_state"}},
	})
}
