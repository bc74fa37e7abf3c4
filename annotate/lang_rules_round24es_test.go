package annotate

import "testing"

// The tests below check round 24's Spanish families: the ways legal and news
// Spanish phrases the elements that batch 11 showed the rules missing most
// (actors.non_state, topic.state_responsibility, scope.termination), read as
// conventions C10–C15, C24 and C28 read them. The sentences were written for
// this test, not taken from a labelled passage: positives in several
// syntaxes and near misses that use the same cue words in another sense.

// TestSpanishRound24Termination checks that cracking down on attacks or
// criminals, disrupting the attackers' own operations and disabling the
// domains or servers they use end an operation, and that hard measures
// against other things, an attack that interrupts its victim's operations
// and a victim shutting its own servers do not.
func TestSpanishRound24Termination(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El Gobierno tomará medidas enérgicas contra los grupos de ransomware que atacan a sus hospitales.", []string{"scope.termination"}},
		{"es", "Las autoridades prometieron mano dura contra los ciberdelincuentes que extorsionan a las empresas del país.", []string{"scope.termination"}},
		{"es", "Europol lanzó una ofensiva contra las redes de ciberdelincuentes que operan en la región.", []string{"scope.termination"}},
		{"es", "El país se opone firmemente y adopta acciones contundentes contra cualquier ataque cibernético, de acuerdo con la ley.", []string{"scope.termination"}},
		{"es", "La operación conjunta buscaba desbaratar las operaciones de los ciberdelincuentes antes de que cobraran los rescates.", []string{"scope.termination"}},
		{"es", "Las nuevas medidas permiten frustrar las actividades de los actores de ransomware en todo el mundo.", []string{"scope.termination"}},
		{"es", "El contraataque se dirige contra los atacantes cibernéticos, con el fin de neutralizar sus operaciones y reunir inteligencia.", []string{"scope.termination"}},
		{"es", "Un tribunal ordenó desactivar los servidores que los hackers usaban para controlar la red de equipos infectados.", []string{"scope.termination"}},
		{"es", "La policía neerlandesa dio de baja decenas de dominios utilizados por ciberdelincuentes para sus campañas de phishing.", []string{"scope.termination"}},
		{"es", "Microsoft obtuvo una orden judicial para deshabilitar los dominios de un grupo de hackers que espiaba a periodistas.", []string{"scope.termination"}},
		{"es", "El Banco Central tomará medidas enérgicas contra la inflación durante el próximo semestre.", []string{"-scope.termination"}},
		{"es", "El Gobierno tomará medidas enérgicas contra las bandas de narcotraficantes del puerto.", []string{"-scope.termination"}},
		{"es", "La policía busca frustrar las actividades de los delincuentes en el mercado central.", []string{"-scope.termination"}},
		{"es", "Los Estados deben adoptar medidas firmes contra los ciberataques para prevenir daños a la infraestructura crítica.", []string{"-scope.termination"}},
		{"es", "Los manifestantes denunciaron la mano dura contra la protesta estudiantil en la capital.", []string{"-scope.termination"}},
		{"es", "El ataque de los hackers logró interrumpir las operaciones del puerto durante dos días.", []string{"-scope.termination"}},
		{"es", "Los atacantes buscaban entorpecer las actividades del ministerio durante la votación.", []string{"-scope.termination"}},
		{"es", "Los hackers lograron deshabilitar los dominios del ministerio durante varias horas.", []string{"-scope.termination"}},
		{"es", "Tras el ataque de ransomware, la empresa desactivó sus propios servidores como medida de precaución.", []string{"-scope.termination"}},
	})
}

// TestSpanishRound24NonStateActors checks C10's State that shields
// criminals: one that blocks their extradition or prosecution, whose
// hackers get a pass or enjoy impunity from it, or that is faulted for not
// acting against a group operating from it; and that a hacker fighting his
// own extradition, impunity for lack of laws and a government faulted on
// other matters are not.
func TestSpanishRound24NonStateActors(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Rusia ha bloqueado la extradición de varios hackers buscados por la justicia de otros países.", []string{"actors.non_state"}},
		{"es", "El Gobierno se opuso a la entrega de los ciberdelincuentes reclamados por la justicia alemana.", []string{"actors.non_state"}},
		{"es", "Las autoridades en Moscú están luchando contra la extradición de un supuesto hacker ruso a Estados Unidos.", []string{"actors.non_state"}},
		{"es", "Los ciberdelincuentes rusos gozan de impunidad mientras no ataquen objetivos dentro de Rusia.", []string{"actors.non_state"}},
		{"es", "Algunos dicen que los hackers obtienen un pase del Kremlin cuando colaboran con sus espías.", []string{"actors.non_state"}},
		{"es", "Esos grupos de ransomware tienen carta blanca del régimen para atacar a empresas occidentales.", []string{"actors.non_state"}},
		{"es", "Washington acusa al Kremlin de no actuar contra los grupos de ransomware que operan desde su territorio.", []string{"actors.non_state"}},
		{"es", "El grupo de ransomware opera desde Rusia, y la Casa Blanca criticó al Gobierno ruso por no detener a sus miembros.", []string{"actors.non_state"}},
		{"es", "Los ciberdelincuentes gozan de impunidad por la falta de leyes adecuadas en la región.", []string{"-actors.non_state"}},
		{"es", "Los delincuentes gozan de impunidad gracias a la corrupción del gobierno local.", []string{"-actors.non_state"}},
		{"es", "La oposición acusa al gobierno de no responder a las demandas de los sindicatos del sector.", []string{"-actors.non_state"}},
		{"es", "Los expertos acusan al Estado de no reaccionar a tiempo ante los ciberataques contra sus hospitales.", []string{"-actors.non_state"}},
	})
}

// TestSpanishRound24StateResponsibility checks a State held to account
// ("exigir responsabilidades", "asumir su responsabilidad por"), accused of
// having carried out an operation, said to be behind one, denying
// responsibility for the hackers it lets act, or whose campaign an attack
// belongs to; and that persons or firms held to account or accused, a
// State's duty to protect, a State behind a reform and a campaign against a
// country are not.
func TestSpanishRound24StateResponsibility(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Se le exigirán responsabilidades a Moscú por el ataque contra la red eléctrica.", []string{"topic.state_responsibility"}},
		{"es", "La Unión Europea exigió responsabilidades al Gobierno iraní por la campaña de ciberespionaje.", []string{"topic.state_responsibility"}},
		{"es", "Corea del Norte debe asumir su responsabilidad por los ciberataques contra los bancos de la región.", []string{"topic.state_responsibility"}},
		{"es", "El informe culpa al régimen norcoreano de haber perpetrado el ataque informático contra el banco central.", []string{"topic.state_responsibility"}},
		{"es", "Washington acusa al país asiático de haber lanzado una campaña de espionaje contra sus contratistas.", []string{"topic.state_responsibility"}},
		{"es", "Según los investigadores, China estaría detrás de la intrusión en los sistemas del ministerio.", []string{"topic.state_responsibility"}},
		{"es", "Es oficial: Rusia está detrás de NotPetya. El malware paralizó puertos y bancos de medio mundo.", []string{"topic.state_responsibility"}},
		{"es", "Los hackers actúan con total libertad, pero el Kremlin niega toda responsabilidad por sus actos.", []string{"topic.state_responsibility"}},
		{"es", "Recurrir a bandas de ciberdelincuentes permite al Estado mantener una negación plausible ante cualquier acusación.", []string{"topic.state_responsibility"}},
		{"es", "Según el ministro, el ciberataque forma parte de la campaña de desestabilización que Rusia lleva a cabo en Europa.", []string{"topic.state_responsibility"}},
		{"es", "Según el Gobierno, la intrusión se enmarca en la estrategia de China para robar secretos industriales.", []string{"topic.state_responsibility"}},
		{"es", "Unos hackers atacaron las páginas web de tres ministerios. Este asalto forma parte de la estrategia de guerra híbrida que Rusia despliega en Europa.", []string{"-topic.state_responsibility"}},
		{"es", "El vocero condenó los ataques contra las instalaciones aliadas. «Le pedimos a Rusia que cumpla sus compromisos y que se abstenga de tales actos», dijo.", []string{"topic.state_responsibility"}},
		{"es", "Algunos dicen que los piratas informáticos realizan encargos para el Kremlin a cambio de protección.", []string{"topic.state_responsibility"}},
		{"es", "Pedimos a Rusia que se abstenga de enviar tropas a la frontera.", []string{"-topic.state_responsibility"}},
		{"es", "La fiscalía exigirá responsabilidades a los hackers que atacaron el hospital universitario.", []string{"-topic.state_responsibility"}},
		{"es", "Los Estados deben asumir su responsabilidad de proteger a la población frente a los desastres.", []string{"-topic.state_responsibility"}},
		{"es", "El Congreso exigirá responsabilidades al Gobierno por la ejecución del presupuesto nacional.", []string{"-topic.state_responsibility"}},
		{"es", "Estados Unidos culpó a doce ciudadanos del país vecino de haber perpetrado ataques informáticos contra empresas.", []string{"-topic.state_responsibility"}},
		{"es", "La empresa culpó a un grupo de hackers de haber perpetrado el ataque contra su red interna.", []string{"-topic.state_responsibility"}},
		{"es", "Rusia está detrás de la reforma de la ley electoral aprobada este año.", []string{"-topic.state_responsibility"}},
		{"es", "La empresa negó toda responsabilidad por la filtración de datos de sus clientes.", []string{"-topic.state_responsibility"}},
		{"es", "El ministro negó toda responsabilidad en el caso de corrupción que investiga la fiscalía.", []string{"-topic.state_responsibility"}},
		{"es", "El ataque forma parte de una campaña de phishing dirigida contra bancos de Chile.", []string{"-topic.state_responsibility"}},
		{"es", "La reforma forma parte de la estrategia de España para la transición digital.", []string{"-topic.state_responsibility"}},
	})
}

// TestSpanishRound24CybercrimeAndStrategies checks persons charged with or
// wanted for hacking (C12 (b)) and a national cybersecurity strategy named
// with its adjective last (C14), against a State accused of attacks, a
// picture "buscado" by collectors and a firm's own plan.
func TestSpanishRound24CybercrimeAndStrategies(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "La fiscalía presentó cargos contra cinco personas acusadas de ataques informáticos contra hospitales.", []string{"topic.cybercrime"}},
		{"es", "Los jóvenes, acusados de hackear las cuentas de varios ministros, fueron puestos en libertad.", []string{"topic.cybercrime"}},
		{"es", "Los hackers fueron identificados. Uno de ellos es de los más buscados por el FBI y vive en Moscú.", []string{"topic.cybercrime"}},
		{"es", "El pirata informático huyó del país para evitar ser extraditado.", []string{"topic.cybercrime"}},
		{"es", "Rusia fue acusada de lanzar ataques informáticos contra Ucrania durante la invasión.", []string{"-topic.cybercrime"}},
		{"es", "El cuadro más buscado por los coleccionistas fue subastado por un millón de euros en línea.", []string{"-topic.cybercrime"}},
		{"es", "Es urgente crear una Estrategia de Ciberseguridad Nacional que proteja a los hospitales y a las escuelas.", []string{"measures.capacity_building"}},
		{"es", "El país carece todavía de una política de ciberseguridad nacional y de un equipo de respuesta.", []string{"measures.capacity_building"}},
		{"es", "La empresa revisó su política de ciberseguridad interna tras el incidente del mes pasado.", []string{"-measures.capacity_building"}},
	})
}

// TestSpanishRound24AttributionForms checks the other forms a State's
// attribution takes in Spanish news: an operation put down to a service by
// its acronym, a State blamed for what an attack did, a State named as
// author in the passive, an operation orchestrated by the Kremlin or a
// service, and a government or report saying that hackers of a nationality
// did it; and that a government blamed at home, a State named as a model,
// an electoral campaign, a threat list and criminal groups are not.
func TestSpanishRound24AttributionForms(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El Gobierno británico atribuyó el ataque contra la comisión electoral al GRU.", []string{"topic.state_responsibility"}},
		{"es", "Los investigadores imputan la intrusión al FSB, el servicio de seguridad ruso.", []string{"topic.state_responsibility"}},
		{"es", "Las autoridades ucranianas culparon a Rusia del apagón provocado por el ataque informático.", []string{"topic.state_responsibility"}},
		{"es", "Kiev responsabilizó a Rusia de la caída de los servicios bancarios tras el ciberataque.", []string{"topic.state_responsibility"}},
		{"es", "Corea del Norte fue señalada como autora del ataque informático contra la productora.", []string{"topic.state_responsibility"}},
		{"es", "Irán ha sido identificado como responsable de la campaña de ciberespionaje contra los diplomáticos.", []string{"topic.state_responsibility"}},
		{"es", "Se trata de un ciberataque orquestado por el Kremlin contra la prensa independiente.", []string{"topic.state_responsibility"}},
		{"es", "La campaña fue dirigida por el FSB, según los investigadores.", []string{"topic.state_responsibility"}},
		{"es", "La Cancillería confirmó que hackers rusos accedieron a sus sistemas informáticos.", []string{"topic.state_responsibility"}},
		{"es", "Según el informe, los presuntos ciberataques norcoreanos se dirigieron contra empresas de criptomonedas.", []string{"topic.state_responsibility"}},
		{"es", "El ministerio reconoció que piratas chinos se infiltraron en la red del Congreso.", []string{"topic.state_responsibility"}},
		{"es", "La oposición culpó al Gobierno del apagón provocado por el ataque informático.", []string{"-topic.state_responsibility"}},
		{"es", "Los analistas culparon a Rusia del aumento de los precios del gas en invierno.", []string{"-topic.state_responsibility"}},
		{"es", "Chile fue señalado como ejemplo de buenas prácticas en ciberseguridad.", []string{"-topic.state_responsibility"}},
		{"es", "La campaña electoral fue organizada por el partido en el gobierno.", []string{"-topic.state_responsibility"}},
		{"es", "El ataque fue orquestado por un grupo criminal sin vínculos conocidos con el Kremlin.", []string{"-topic.state_responsibility"}},
		{"es", "Los hackers rusos y chinos figuran entre las amenazas que analiza el documento.", []string{"-topic.state_responsibility"}},
		{"es", "Según los expertos, los hackers rusos son de los más activos y mejor pagados del mundo.", []string{"-topic.state_responsibility"}},
		{"es", "La policía confirmó que hackers rusos, integrantes de un grupo criminal, cobraron el rescate.", []string{"-topic.state_responsibility"}},
	})
}

// TestSpanishRound24TakedownsAndStops checks C28's other takedown verbs
// (tomar el control, apagar, inutilizar, cerrar, clausurar) of criminals'
// servers, forums or sites by police, agencies or a government, and a State
// asked to stop attacks in the subjunctive; and that a victim shutting its
// own servers, attackers taking over or downing a victim's site, a market
// closed, arrests and military operations are not.
func TestSpanishRound24TakedownsAndStops(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El FBI logró tomar el control de los servidores del grupo de ransomware.", []string{"scope.termination"}},
		{"es", "La policía tomó el control de la infraestructura de mando de la botnet.", []string{"scope.termination"}},
		{"es", "La operación internacional logró apagar los servidores de Emotet.", []string{"scope.termination"}},
		{"es", "Las autoridades inutilizaron los servidores de mando y control del programa malicioso.", []string{"scope.termination"}},
		{"es", "La policía cerró el foro donde los ciberdelincuentes vendían datos robados.", []string{"scope.termination"}},
		{"es", "El gobierno debe clausurar los sitios desde los que se lanzan los ataques informáticos.", []string{"scope.termination"}},
		{"es", "Se pidió a Rusia que detuviera los ataques procedentes de su territorio.", []string{"scope.termination"}},
		{"es", "Washington exigió que Moscú frenara las intrusiones contra sus redes.", []string{"scope.termination"}},
		{"es", "Los atacantes tomaron el control de los servidores del hospital.", []string{"-scope.termination"}},
		{"es", "Tras el ataque de ransomware, la empresa apagó sus servidores por precaución y avisó a la policía.", []string{"-scope.termination"}},
		{"es", "Los hackers tumbaron el sitio del ministerio durante horas.", []string{"-scope.termination"}},
		{"es", "El gobierno cerró el mercado de abastos por una plaga.", []string{"-scope.termination"}},
		{"es", "La policía detuvo a los responsables del ataque informático contra el banco.", []string{"-scope.termination"}},
		{"es", "El ejército detuvo las operaciones militares en la frontera norte.", []string{"-scope.termination"}},
	})
}

// TestSpanishRound24ProtectionCoverageKnowledge checks a State that
// protects or will not hand over cyber criminals (C10), a duty said to
// cover private persons' activities, and a State "al tanto" of attacks;
// and that a State protecting its citizens from criminals, ethical hackers,
// a data-protection law, an analyst in the know and risks known are not.
func TestSpanishRound24ProtectionCoverageKnowledge(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Moscú protege a los ciberdelincuentes siempre que sirvan a sus intereses.", []string{"actors.non_state"}},
		{"es", "Rusia se niega a entregar a los hackers acusados por la justicia estadounidense.", []string{"actors.non_state"}},
		{"es", "El régimen ampara a los grupos de hackers que atacan a las empresas occidentales desde su territorio.", []string{"actors.non_state"}},
		{"es", "La obligación de diligencia debida abarca también las actividades de particulares en el territorio del Estado.", []string{"actors.non_state"}},
		{"es", "El deber de prevención de los Estados se extiende a los actos de terceros realizados desde su territorio.", []string{"actors.non_state"}},
		{"es", "El Estado protege a sus ciudadanos de los ciberdelincuentes.", []string{"-actors.non_state"}},
		{"es", "La ley de protección de datos abarca las actividades de particulares y empresas.", []string{"-actors.non_state"}},
		{"es", "El Estado estaba al tanto de los ataques lanzados desde su territorio.", []string{"knowledge.actual"}},
		{"es", "El Gobierno tuvo noticia del ataque a través de su equipo de respuesta.", []string{"knowledge.actual"}},
		{"es", "El Estado era consciente de que los servidores en su territorio se usaban para el ataque.", []string{"knowledge.actual"}},
		{"es", "El analista estaba al tanto de los ataques más recientes.", []string{"-knowledge.actual"}},
		{"es", "El Estado está al tanto de los riesgos que plantean los ataques.", []string{"-knowledge.actual"}},
	})
}

// TestSpanishRound24ThirdPartiesAndSanctions checks a prohibition on States'
// use of third parties (C16) and a State's duty to prevent persons or
// entities under it from attacking (C10), and attribution stated by a
// sanction, a condemnation or the hallmarks of a State's services (C11,
// C15); and that such use told as a fact, a firm keeping intruders out,
// sanctions for a war or on persons, attacks condemned against a State and
// a treaty's signature are not.
func TestSpanishRound24ThirdPartiesAndSanctions(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Los Estados no deberían utilizar a terceros para cometer hechos internacionalmente ilícitos mediante las TIC.", []string{"actors.non_state"}},
		{"es", "Los Estados deben abstenerse de emplear a intermediarios para lanzar ciberataques contra otros Estados.", []string{"actors.non_state"}},
		{"es", "Con la UE y nuestros aliados de la OTAN seguiremos tomando medidas para interrumpir las actividades cibernéticas maliciosas de Rusia.", []string{"measures.assistance"}},
		{"es", "Con nuestros socios regionales seguiremos combatiendo la ciberdelincuencia y fortaleciendo las capacidades.", []string{"-measures.assistance"}},
		{"es", "El Estado debe prevenir que individuos bajo su jurisdicción lleven a cabo ciberataques contra terceros Estados.", []string{"actors.non_state"}},
		{"es", "La obligación de diligencia debida se extiende a los actos cometidos por entes privados desde el territorio del Estado.", []string{"actors.non_state"}},
		{"es", "Algunos Estados utilizan a hackers para atacar a sus rivales en el ciberespacio.", []string{"-actors.non_state"}},
		{"es", "Las empresas deben impedir que personas no autorizadas accedan a sus sistemas informáticos.", []string{"-actors.non_state"}},
		{"es", "La UE impuso sanciones a la unidad 26165 del GRU por el ataque informático al Bundestag.", []string{"topic.state_responsibility"}},
		{"es", "La Unión Europea sancionó a Rusia por los ciberataques contra sus instituciones.", []string{"topic.state_responsibility"}},
		{"es", "El Reino Unido denunció la actividad cibernética maliciosa de los servicios de inteligencia rusos.", []string{"topic.state_responsibility"}},
		{"es", "Los aliados condenaron las operaciones cibernéticas de Rusia contra la infraestructura ucraniana.", []string{"topic.state_responsibility"}},
		{"es", "Según los expertos, la operación informática lleva el sello de los servicios secretos rusos.", []string{"topic.state_responsibility"}},
		{"es", "Estados Unidos impuso nuevas sanciones a Rusia por la invasión de Ucrania y sus ciberataques.", []string{"-topic.state_responsibility"}},
		{"es", "La Unión Europea sancionó a seis personas por los ciberataques WannaCry y NotPetya.", []string{"-topic.state_responsibility"}},
		{"es", "La OEA condenó los ciberataques contra Costa Rica y expresó su solidaridad con el país.", []string{"-topic.state_responsibility"}},
		{"es", "Rusia condenó los ciberataques de hackers ucranianos contra sus bancos.", []string{"-topic.state_responsibility"}},
		{"es", "El convenio sobre cooperación en ciberseguridad lleva la firma del gobierno chileno.", []string{"-topic.state_responsibility"}},
	})
}

// TestSpanishRound24StopIdiomsAndKnowledge checks the idioms of ending an
// operation ("poner coto", "dejar fuera de servicio" a botnet, the servers
// the attacks came from blocked), a State that learnt of an attack, and one
// that cannot plead ignorance of what was notorious; and that attackers
// putting a victim out of service, a ransom, the public learning of a leak
// and a State that was notified are not.
func TestSpanishRound24StopIdiomsAndKnowledge(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Se espera que el Estado de origen ponga coto a la actividad cibernética dañina.", []string{"scope.termination"}},
		{"es", "La operación policial permitió dejar fuera de servicio la red de bots.", []string{"scope.termination"}},
		{"es", "Las autoridades bloquearon los servidores desde los que se lanzaban los ataques.", []string{"scope.termination"}},
		{"es", "La policía incautó los dominios desde los cuales se propagaba el programa malicioso.", []string{"scope.termination"}},
		{"es", "Los hackers dejaron fuera de servicio los servidores del hospital durante dos días.", []string{"-scope.termination"}},
		{"es", "Los atacantes prometieron poner coto a la filtración a cambio de un rescate.", []string{"-scope.termination"}},
		{"es", "El Estado territorial supo de los ataques gracias a la información proporcionada por la víctima.", []string{"knowledge.actual"}},
		{"es", "El Gobierno se enteró del ciberataque por una alerta de su socio.", []string{"knowledge.actual"}},
		{"es", "El público se enteró del ataque por la prensa semanas después.", []string{"-knowledge.actual"}},
		{"es", "El Estado no puede alegar ignorancia cuando los ataques desde su territorio eran de público conocimiento.", []string{"knowledge.constructive"}},
		{"es", "Dada la notoriedad de la campaña, el Gobierno no podía invocar desconocimiento de lo que ocurría en su territorio.", []string{"knowledge.constructive"}},
		{"es", "Una vez notificado, el Estado no puede alegar desconocimiento de los ataques.", []string{"-knowledge.constructive"}},
	})
}

// TestSpanishRound24ConsentAndDiplomacy checks criminals acting with a
// State's blessing or never prosecuted by it, a State sheltering behind
// private persons (C10, C16), and attribution by a diplomatic response, a
// finger pointed, an origin in a State's services or a link to its
// apparatus (C11, C15); and that a group's own consent, an ambassador
// summoned over a war, an attack's territorial origin and a link to a
// criminal group are not.
func TestSpanishRound24ConsentAndDiplomacy(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Los grupos de ransomware actúan con el beneplácito del Kremlin.", []string{"actors.non_state"}},
		{"es", "Las bandas de ciberdelincuentes operan con la anuencia de las autoridades rusas.", []string{"actors.non_state"}},
		{"es", "El Kremlin mira hacia otro lado mientras los hackers atacan a empresas occidentales.", []string{"actors.non_state"}},
		{"es", "Los ciberdelincuentes rusos nunca son perseguidos por las autoridades de su país.", []string{"actors.non_state"}},
		{"es", "Los Estados no pueden eludir su responsabilidad escudándose en que los ataques fueron obra de particulares.", []string{"actors.non_state"}},
		{"es", "Los hackers actuaron con el consentimiento de todos los miembros del grupo.", []string{"-actors.non_state"}},
		{"es", "El vecino mira hacia otro lado cuando le preguntan por la obra.", []string{"-actors.non_state"}},
		{"es", "El Ministerio de Exteriores convocó al embajador ruso tras el ciberataque contra sus sistemas.", []string{"topic.state_responsibility"}},
		{"es", "El Gobierno expulsó a diplomáticos rusos en respuesta al ataque informático contra el Parlamento.", []string{"topic.state_responsibility"}},
		{"es", "Varios países señalaron con el dedo a China por el ciberataque contra los servidores de correo.", []string{"topic.state_responsibility"}},
		{"es", "Estados Unidos señaló que el ciberataque tiene su origen en el gobierno ruso.", []string{"topic.state_responsibility"}},
		{"es", "Los expertos vinculan el ciberataque con el aparato de seguridad del Estado iraní.", []string{"topic.state_responsibility"}},
		{"es", "El Gobierno convocó al embajador ruso por la invasión de Ucrania.", []string{"-topic.state_responsibility"}},
		{"es", "Los investigadores vinculan el ciberataque con un grupo criminal de habla rusa.", []string{"-topic.state_responsibility"}},
		{"es", "El ataque tiene su origen en servidores situados en Rusia.", []string{"-topic.state_responsibility"}},
	})
}

// TestSpanishRound24ResponsibleAndExtortion checks a State said to be
// internationally responsible or to which an attack is imputed, and hackers
// named with extortion (C12 (a)); and that a public body's domestic
// liability, a political blackmail and a ransom with no crime word are not.
func TestSpanishRound24ResponsibleAndExtortion(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El Estado es internacionalmente responsable por la conducta de sus órganos en el ciberespacio.", []string{"topic.state_responsibility"}},
		{"es", "Ecuador entiende que la imputación de un ciberataque a un Estado debe basarse en pruebas fehacientes.", []string{"topic.state_responsibility"}},
		{"es", "Un tribunal contencioso puede imputar al Estado la responsabilidad patrimonial por el mal funcionamiento del servicio.", []string{"-topic.state_responsibility"}},
		{"es", "Mientras los hackers se centran en el chantaje comercial en el extranjero, el Kremlin los deja actuar.", []string{"topic.cybercrime"}},
		{"es", "La extorsión mediante programas de ransomware se ha disparado en los hospitales de la región.", []string{"topic.cybercrime"}},
		{"es", "El ministro denunció el chantaje político de la oposición en el Congreso.", []string{"-topic.cybercrime"}},
		{"es", "La empresa pagó el rescate tras el ataque de ransomware para recuperar sus datos.", []string{"-topic.cybercrime"}},
	})
}

// TestSpanishRound24NotCyberOrDomestic checks that round 24's attribution
// and accountability families stay out of non-cyber conflicts and domestic
// politics: citizens demanding accountability of their government, a State
// behind a proposal, a government denying responsibility for armed bands,
// an army's attacks condemned and a missile strike blamed.
func TestSpanishRound24NotCyberOrDomestic(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Francia está detrás de la propuesta europea contra los ciberataques a hospitales.", []string{"-topic.state_responsibility"}},
		{"es", "El gobierno negó toda responsabilidad en el incendio del mercado que provocaron las bandas.", []string{"-topic.state_responsibility"}},
		{"es", "La Asamblea condenó los ataques del ejército ruso contra la población civil.", []string{"-topic.state_responsibility"}},
		{"es", "Los aliados señalaron con el dedo a Rusia por el ataque con misiles contra la estación.", []string{"-topic.state_responsibility"}},
		{"es", "Los hackers actúan desde su territorio y el Gobierno niega toda responsabilidad por sus ataques informáticos.", []string{"topic.state_responsibility"}},
	})
}

// TestSpanishRound24VictimClaimsAndShutdowns checks a victim State naming the
// States that attacked it however far they stand in the sentence (C11), and
// a State's reason or will to shut hackers down (C28); and that attacks
// against a State, and attackers shutting a victim's servers, are not.
func TestSpanishRound24VictimClaimsAndShutdowns(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Irán ha sido víctima de ataques cibernéticos, incluido el virus que dañó sus centrifugadoras en 2010, por parte de Estados Unidos e Israel.", []string{"topic.state_responsibility"}},
		{"es", "Nuestro país denuncia las intrusiones informáticas contra los ministerios llevadas a cabo en 2023 por parte de Rusia.", []string{"topic.state_responsibility"}},
		{"es", "La OEA condenó los ataques informáticos por parte de grupos criminales contra Costa Rica.", []string{"-topic.state_responsibility"}},
		{"es", "Los hackers se centran en extorsionar a empresas extranjeras y Putin no tiene ninguna razón para cerrarlos.", []string{"scope.termination"}},
		{"es", "Las bandas de ransomware siguen activas porque el Gobierno no quiere desmantelarlas.", []string{"scope.termination"}},
	})
}

// TestSpanishRound24DutiesAndFailures checks a duty said to bear on private
// persons' activities or on persons attacking from a State's territory
// (C10, C16), and a State responsible for failing to act (C24); and that
// such persons told as a fact, a State responsible for ensuring something
// and its domestic liability are not.
func TestSpanishRound24DutiesAndFailures(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "La norma de diligencia debida obliga a los Estados respecto de las actividades de particulares en su territorio.", []string{"actors.non_state"}},
		{"es", "El Estado territorial debe actuar cuando tenga conocimiento de que individuos en su territorio atacan la infraestructura de otro Estado.", []string{"actors.non_state"}},
		{"es", "Se espera que los Estados impidan que grupos desde su territorio lancen ciberataques contra terceros.", []string{"actors.non_state"}},
		{"es", "El informe señala que grupos desde su territorio lanzan ciberataques contra bancos de la región.", []string{"-actors.non_state"}},
		{"es", "Un Estado puede ser responsable por no haber ejercido la diligencia debida frente a los ciberataques.", []string{"topic.state_responsibility"}},
		{"es", "Rusia sería internacionalmente responsable si no impide los ataques lanzados desde su territorio.", []string{"topic.state_responsibility"}},
		{"es", "El Estado es responsable de garantizar la seguridad de las redes de comunicaciones.", []string{"-topic.state_responsibility"}},
	})
}

// TestSpanishRound24CyberOperationsAndTerritorialState checks stopping
// "ciberoperaciones" or the use of a State's infrastructure for attacks, and
// the territorial State informed of them (C8); and that a victim halting its
// own systems and the victim State informed are not.
func TestSpanishRound24CyberOperationsAndTerritorialState(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "La diligencia debida comprende el deber de detener las ciberoperaciones en curso que se originen en su territorio.", []string{"scope.termination"}},
		{"es", "Los Estados deben interrumpir el uso de su infraestructura para ataques contra terceros.", []string{"scope.termination"}},
		{"es", "El Estado territorial debe suspender las operaciones maliciosas detectadas en sus redes.", []string{"scope.termination"}},
		{"es", "La empresa tuvo que suspender sus propias operaciones informáticas tras el incidente.", []string{"-scope.termination"}},
		{"es", "El Estado afectado informó al Estado territorial de los ataques procedentes de su territorio.", []string{"knowledge.actual"}},
		{"es", "Una vez que el Estado territorial ha sido notificado, debe actuar contra la operación.", []string{"knowledge.actual"}},
		{"es", "El Estado víctima fue informado del ataque por una empresa de seguridad.", []string{"-knowledge.actual"}},
	})
}

// TestSpanishRound24StatesUrgedToAct checks a State named urged or expected
// to act against hackers or those responsible, bound to pursue the groups
// launching attacks from it, or said to have taken no measure against them
// (C10), and ransomware networks disrupted (C28); and that a State asked to
// halt a military offensive, the police arresting persons with no duty
// said, and networks named with no ICT are not.
func TestSpanishRound24StatesUrgedToAct(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Estados Unidos espera que Rusia detenga a los responsables del ataque informático.", []string{"actors.non_state"}},
		{"es", "El G7 instó a Rusia a identificar, desbaratar y exigir responsabilidades a quienes dentro de sus fronteras llevan a cabo ataques de ransomware.", []string{"actors.non_state"}},
		{"es", "El Gobierno debe perseguir a los grupos que lanzan ciberataques desde el país contra terceros Estados.", []string{"actors.non_state"}},
		{"es", "Las autoridades rusas no han tomado ninguna medida contra los hackers responsables del ataque.", []string{"actors.non_state"}},
		{"es", "La ONU instó a Rusia a detener su ofensiva militar contra las ciudades ucranianas.", []string{"-actors.non_state"}},
		{"es", "La policía logró detener a los individuos que cometían ataques informáticos contra bancos.", []string{"-actors.non_state"}},
		{"es", "El G7 instó a Rusia a identificar y desbaratar las redes de ransomware que operan en su territorio.", []string{"scope.termination"}},
		{"es", "La policía busca desmantelar las redes de narcotraficantes del puerto.", []string{"-scope.termination"}},
	})
}

// TestSpanishRound24MustHaveKnown checks a State "al corriente" of attacks
// (actual knowledge) and one that "tenía que saber" or could not possibly
// not know what went on in its territory (constructive knowledge); and that
// a student who had to know an answer is not.
func TestSpanishRound24MustHaveKnown(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El Kremlin estaba al corriente de los ataques de los hackers contra Ucrania.", []string{"knowledge.actual"}},
		{"es", "Es imposible que el Gobierno no supiera de los ataques lanzados desde su suelo.", []string{"knowledge.constructive"}},
		{"es", "Dada la magnitud de la campaña, el Estado tenía que saber lo que ocurría en sus redes.", []string{"knowledge.constructive"}},
		{"es", "El alumno tenía que saber la respuesta, según su profesor.", []string{"-knowledge.constructive"}},
	})
}

// TestSpanishRound24BindingForms checks the due-diligence duty's status in
// the forms "obligación de no permitir a sabiendas", "norma consuetudinaria"
// and "exigible" (C2, C32); and that "no debe permitir" alone, a debate on
// whether it binds and a human-rights duty are not.
func TestSpanishRound24BindingForms(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Los Estados tienen la obligación de no permitir a sabiendas que su territorio sea utilizado para hechos internacionalmente ilícitos.", []string{"status.binding"}},
		{"es", "La diligencia debida es exigible como norma consuetudinaria.", []string{"status.binding"}},
		{"es", "Para Uruguay, la diligencia debida es una regla consuetudinaria que obliga a todos los Estados en el ciberespacio.", []string{"status.binding"}},
		{"es", "Un Estado no debe permitir a sabiendas que su territorio sea utilizado para ciberataques.", []string{"-status.binding"}},
		{"es", "Se discute si la diligencia debida es una norma consuetudinaria aplicable al ciberespacio.", []string{"-status.binding"}},
		{"es", "Es dudoso que la diligencia debida se haya cristalizado ya como regla consuetudinaria exigible a los Estados.", []string{"-status.binding"}},
	})
}
