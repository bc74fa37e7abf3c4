package annotate

import "testing"

// The tests below check round 27's Spanish families: the vocabulary with which
// legal, policy and news Spanish expresses eleven elements, and the Spanish
// counterparts of the English rule families (VOCAB-es.md at the repository root
// lists both). The sentences were written for this test, not taken from a
// labelled passage or a page: positives in several syntaxes and near misses
// that use the same words in another sense, in passing, or with what the
// conventions leave out.

// TestSpanishRound27NonStateActors checks the kinds of private actor a State's
// duty reaches (hacktivists, cyber terrorists, spyware vendors, hackers for
// hire, private authors, a State's own nationals), ARSIWA Art. 8's words, and
// havens and extradition refused; and that private actors named only as
// authors, partners, a market or a threat, and policing alone, are not.
func TestSpanishRound27NonStateActors(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Los Estados deben impedir que grupos de hacktivistas utilicen su territorio para atacar las redes de otros países.", []string{"actors.non_state"}},
		{"es", "Ningún Estado debería tolerar que mercenarios cibernéticos operen impunemente desde su territorio.", []string{"actors.non_state"}},
		{"es", "El Estado debe adoptar medidas contra las empresas que venden programas espía a gobiernos extranjeros desde su territorio.", []string{"actors.non_state"}},
		{"es", "Se exige a los Estados que no den refugio a bandas de ransomware que actúan desde su jurisdicción.", []string{"actors.non_state"}},
		{"es", "El gobierno ruso no ha hecho nada para frenar a las bandas de ciberdelincuentes que operan en su territorio.", []string{"actors.non_state"}},
		{"es", "Los Estados que amparan a piratas informáticos deben rendir cuentas ante la comunidad internacional.", []string{"actors.non_state"}},
		{"es", "La obligación de diligencia debida alcanza también la conducta de particulares y empresas privadas que operan desde el territorio del Estado.", []string{"actors.non_state"}},
		{"es", "Un Estado puede incurrir en responsabilidad si no impide que individuos lancen ciberataques desde su territorio contra otro Estado.", []string{"actors.non_state"}},
		{"es", "Los Estados no deben servirse de intermediarios para cometer hechos internacionalmente ilícitos mediante las TIC.", []string{"actors.non_state"}},
		{"es", "La conducta de un grupo de hackers que actúa bajo la dirección o el control de un Estado es atribuible a este.", []string{"actors.non_state"}},
		{"es", "Estados Unidos pidió a Rusia que actúe contra los grupos criminales que lanzan ataques de ransomware desde su suelo.", []string{"actors.non_state"}},
		{"es", "Los Estados deben velar por que los actores privados no lleven a cabo actividades cibernéticas dañinas contra terceros Estados desde su territorio.", []string{"actors.non_state"}},
		{"es", "El Estado territorial tiene el deber de perseguir a los autores privados de ciberataques que se originan en su territorio.", []string{"actors.non_state"}},
		{"es", "Los hackers a sueldo y las empresas de hackeo por encargo que operan desde su territorio deben ser controlados por el Estado.", []string{"actors.non_state"}},
		{"es", "La norma 13(c) cubre también las operaciones realizadas por terroristas y otros grupos armados desde el territorio de un Estado.", []string{"actors.non_state"}},
		{"es", "El Estado debe prohibir a sus nacionales realizar ciberataques de represalia contra otros Estados.", []string{"actors.non_state"}},
		{"es", "El sector privado es un socio esencial en la ciberseguridad nacional.", []string{"-actors.non_state"}},
		{"es", "Los ataques fueron obra de ciberdelincuentes que pidieron un rescate en bitcoins.", []string{"-actors.non_state"}},
		{"es", "Las amenazas provienen tanto de actores estatales como de grupos criminales y hacktivistas.", []string{"-actors.non_state"}},
		{"es", "La policía detuvo a cinco miembros de la banda de ransomware en una operación conjunta.", []string{"-actors.non_state"}},
		{"es", "Las empresas privadas deberán notificar los incidentes graves al CSIRT nacional.", []string{"-actors.non_state"}},
		{"es", "Los Estados deben impedir que organizaciones criminales transnacionales utilicen su infraestructura para cometer ciberataques contra otros países.", []string{"actors.non_state"}},
		{"es", "El Estado territorial debe actuar contra los ciberterroristas que operan desde su suelo.", []string{"actors.non_state"}},
		{"es", "La diligencia debida obliga al Estado a prevenir las actividades cibernéticas ilícitas de los grupos privados radicados en su territorio.", []string{"actors.non_state"}},
		{"es", "Rusia ofrece refugio seguro a las bandas de ransomware y se niega a extraditar a sus miembros.", []string{"actors.non_state"}},
		{"es", "Un Estado puede ser responsable por no haber impedido que grupos hacktivistas lanzaran ataques desde su territorio.", []string{"actors.non_state"}},
		{"es", "Los Estados no deben utilizar apoderados o intermediarios para cometer actos ilícitos mediante las TIC.", []string{"actors.non_state"}},
		{"es", "El comportamiento de particulares que actúan de hecho por instrucciones de un Estado se considera hecho de ese Estado.", []string{"actors.non_state"}},
		{"es", "Los Estados deben asegurarse de que los actores no estatales no utilicen su territorio para realizar ciberoperaciones contra terceros.", []string{"actors.non_state"}},
		{"es", "Corea del Norte utiliza grupos de hackers como instrumentos para financiar su régimen, lo que compromete su responsabilidad internacional.", []string{"actors.non_state"}},
		{"es", "El Estado tiene la obligación de perseguir y sancionar a los ciberdelincuentes que atacan desde su territorio a otros Estados.", []string{"actors.non_state"}},
		{"es", "Las empresas privadas y la sociedad civil participaron en la consulta sobre la estrategia nacional de ciberseguridad.", []string{"-actors.non_state"}},
		{"es", "Los hacktivistas de Anonymous reivindicaron el ataque contra la web del ministerio.", []string{"-actors.non_state"}},
		{"es", "La policía arrestó a dos jóvenes acusados de hackear la web del ayuntamiento.", []string{"-actors.non_state"}},
		{"es", "Rusia se negó a extraditar a los hackers acusados de los ataques de ransomware contra empresas estadounidenses.", []string{"actors.non_state"}},
		{"es", "Ningún Estado debe ser un refugio seguro para quienes lanzan ciberataques contra otros países.", []string{"actors.non_state"}},
		{"es", "La legítima defensa puede ejercerse frente a ciberataques armados de actores no estatales.", []string{"actors.non_state"}},
		{"es", "La industria de programas espía crece cada año en Europa y Oriente Medio.", []string{"-actors.non_state"}},
		{"es", "Los hackers a sueldo ofrecen sus servicios en foros clandestinos.", []string{"-actors.non_state"}},
		{"es", "Las ciberamenazas proceden tanto de actores estatales como no estatales, incluidos grupos criminales y hacktivistas.", []string{"-actors.non_state"}},
		{"es", "Los actores no estatales desempeñan un papel cada vez más importante en el ciberespacio.", []string{"-actors.non_state"}},
		{"es", "El sector privado posee la mayor parte de la infraestructura crítica y debe colaborar con el gobierno.", []string{"-actors.non_state"}},
		{"es", "Los Estados utilizan intermediarios para proyectar poder en el ciberespacio.", []string{"-actors.non_state"}},
		{"es", "Los ataques de ransomware contra hospitales son obra de bandas criminales organizadas.", []string{"-actors.non_state"}},
		{"es", "La policía desarticuló la banda de ciberdelincuentes que operaba desde Valencia.", []string{"-actors.non_state"}},
		{"es", "Las organizaciones no gubernamentales participaron en las consultas del grupo de trabajo.", []string{"-actors.non_state"}},
		{"es", "Las empresas tecnológicas deben proteger los datos de sus usuarios.", []string{"-actors.non_state"}},
		{"es", "Los grupos hacktivistas prorrusos atacaron webs de instituciones españolas.", []string{"-actors.non_state"}},
		{"es", "El informe describe la amenaza que suponen los actores no estatales con capacidades cibernéticas ofensivas.", []string{"-actors.non_state"}},
		{"es", "Los particulares pueden denunciar los fraudes en línea a la policía.", []string{"-actors.non_state"}},
		{"es", "Los terroristas utilizan internet para reclutar y financiarse.", []string{"-actors.non_state"}},
		{"es", "Los Estados deben tomar medidas contra los grupos de hackers que atacan a otros países desde su territorio.", []string{"actors.non_state"}},
		{"es", "La responsabilidad del Estado puede derivar de su omisión frente a las actividades cibernéticas de particulares.", []string{"actors.non_state"}},
		{"es", "Un Estado no debe permitir que empresas de su territorio lancen ciberataques contra otros Estados.", []string{"actors.non_state"}},
		{"es", "China debe poner fin a la actividad de los grupos de piratas informáticos que operan desde su suelo.", []string{"actors.non_state"}},
		{"es", "El Estado que da cobijo a ciberdelincuentes que atacan a otros países incumple sus obligaciones internacionales.", []string{"actors.non_state"}},
		{"es", "Las amenazas incluyen a ciberterroristas y hacktivistas, por lo que el Estado debe reforzar su ciberseguridad.", []string{"-actors.non_state"}},
		{"es", "Los hacktivistas prorrusos atacaron las webs de varios ministerios, y el gobierno debe mejorar sus defensas.", []string{"-actors.non_state"}},
		{"es", "El Estado debe proteger sus infraestructuras frente a ciberdelincuentes, hacktivistas y actores estatales.", []string{"-actors.non_state"}},
		{"es", "El Estado debe ofrecer formación a las empresas privadas en materia de ciberseguridad.", []string{"-actors.non_state"}},
		{"es", "Los Estados deben cooperar con el sector privado y la sociedad civil para proteger el ciberespacio.", []string{"-actors.non_state"}},
		{"es", "El gobierno debe contratar a hackers éticos para probar sus sistemas.", []string{"-actors.non_state"}},
		{"es", "Los Estados deben impedir que hacktivistas lancen desde su territorio ataques contra otros Estados.", []string{"actors.non_state"}},
	})
}

// TestSpanishRound27StateResponsibility checks the law of State responsibility
// by its own vocabulary (cessation, guarantees of non-repetition, reparation
// and its forms, aid or assistance, complicity, circumstances precluding
// wrongfulness, countermeasures, the injured State, the control tests) and
// public attribution, denial, sanctions and costs imposed on a State; and that
// a firm's civil liability, repairs, an offender's compensation and attribution
// to a criminal group are not.
func TestSpanishRound27StateResponsibility(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El Estado lesionado puede exigir la cesación del hecho ilícito y garantías de no repetición.", []string{"topic.state_responsibility"}},
		{"es", "Un Estado que presta ayuda o asistencia a otro en la comisión de un hecho internacionalmente ilícito es responsable internacionalmente.", []string{"topic.state_responsibility"}},
		{"es", "El estado de necesidad puede excluir la ilicitud de una ciberoperación en circunstancias excepcionales.", []string{"topic.state_responsibility"}},
		{"es", "Las contramedidas deben ser proporcionales al perjuicio sufrido y reversibles.", []string{"topic.state_responsibility"}},
		{"es", "La retorsión es una medida inamistosa pero lícita que puede adoptar el Estado víctima de un ciberataque.", []string{"topic.state_responsibility"}},
		{"es", "Todo Estado puede invocar la responsabilidad de otro Estado cuando la obligación violada existe con relación a la comunidad internacional en su conjunto.", []string{"topic.state_responsibility"}},
		{"es", "El gobierno británico atribuyó públicamente el ciberataque al servicio de inteligencia militar ruso.", []string{"topic.state_responsibility"}},
		{"es", "Washington acusó a Pekín de estar detrás del hackeo masivo de los servidores de Microsoft Exchange.", []string{"topic.state_responsibility"}},
		{"es", "El Kremlin negó cualquier implicación en el ataque informático contra la red eléctrica ucraniana.", []string{"topic.state_responsibility"}},
		{"es", "La Unión Europea impuso sanciones a oficiales del GRU por el ciberataque contra el Bundestag.", []string{"topic.state_responsibility"}},
		{"es", "El Estado víctima exigió una disculpa formal y una compensación por los daños causados por la ciberoperación.", []string{"topic.state_responsibility"}},
		{"es", "Según los investigadores, el grupo APT29 actúa por cuenta del servicio de inteligencia exterior ruso.", []string{"topic.state_responsibility"}},
		{"es", "La violación de una obligación internacional por un Estado da lugar a su responsabilidad internacional.", []string{"topic.state_responsibility"}},
		{"es", "Un Estado incurre en responsabilidad cuando un comportamiento consistente en una acción u omisión le es atribuible y constituye una violación de una obligación internacional.", []string{"topic.state_responsibility"}},
		{"es", "El Estado lesionado debe notificar su intención de adoptar contramedidas y ofrecer negociar.", []string{"topic.state_responsibility"}},
		{"es", "Los ciberataques patrocinados por el gobierno de Corea del Norte fueron denunciados por el FBI.", []string{"topic.state_responsibility"}},
		{"es", "El fiscal general imputó a siete agentes de la inteligencia iraní por los ataques contra bancos estadounidenses.", []string{"topic.state_responsibility"}},
		{"es", "La empresa asumió la responsabilidad civil por la filtración de datos de sus clientes.", []string{"-topic.state_responsibility"}},
		{"es", "La atribución de competencias a la agencia de ciberseguridad se regula por decreto.", []string{"-topic.state_responsibility"}},
		{"es", "El ministerio presentó la reparación de los sistemas informáticos dañados por el incendio.", []string{"-topic.state_responsibility"}},
		{"es", "Los ciudadanos tienen la responsabilidad de proteger sus contraseñas.", []string{"-topic.state_responsibility"}},
		{"es", "El acusado fue condenado a indemnizar a la víctima del fraude informático.", []string{"-topic.state_responsibility"}},
		{"es", "Un comportamiento que no sea atribuible al Estado se considerará hecho de ese Estado si este lo reconoce y adopta como propio.", []string{"topic.state_responsibility"}},
		{"es", "La fuerza mayor y el peligro extremo excluyen la ilicitud del hecho de un Estado.", []string{"topic.state_responsibility"}},
		{"es", "El consentimiento válido de un Estado a la comisión de un hecho por otro Estado excluye la ilicitud de tal hecho.", []string{"topic.state_responsibility"}},
		{"es", "El Estado responsable está obligado a ofrecer seguridades y garantías adecuadas de no repetición.", []string{"topic.state_responsibility"}},
		{"es", "Ante la ciberoperación, el gobierno expulsó a diplomáticos rusos y convocó al embajador.", []string{"topic.state_responsibility"}},
		{"es", "Los Estados Unidos impusieron sanciones a Corea del Norte por el hackeo de Sony Pictures.", []string{"topic.state_responsibility"}},
		{"es", "El comportamiento de un órgano del Estado se considerará hecho de ese Estado según el derecho internacional.", []string{"topic.state_responsibility"}},
		{"es", "La ciberoperación llevada a cabo por agentes del Estado que actúan bajo sus instrucciones le es imputable.", []string{"topic.state_responsibility"}},
		{"es", "El Estado lesionado tiene derecho a adoptar contramedidas contra el Estado responsable de la ciberoperación.", []string{"topic.state_responsibility"}},
		{"es", "Los Países Bajos sostienen que las contramedidas colectivas no están permitidas por el derecho internacional vigente.", []string{"topic.state_responsibility"}},
		{"es", "El Reino Unido y sus aliados señalaron al servicio de inteligencia ruso como autor de la campaña de ciberespionaje.", []string{"topic.state_responsibility"}},
		{"es", "Según el informe de la empresa de ciberseguridad, los atacantes trabajaban para el Ministerio de Seguridad del Estado chino.", []string{"topic.state_responsibility"}},
		{"es", "Moscú rechazó de plano su implicación en el ciberataque contra los sistemas electorales.", []string{"topic.state_responsibility"}},
		{"es", "El Estado responsable deberá indemnizar el daño causado por la ciberoperación en la medida en que no sea reparado por la restitución.", []string{"topic.state_responsibility"}},
		{"es", "La empresa reconoció su responsabilidad por la filtración y ofreció una compensación a los clientes.", []string{"-topic.state_responsibility"}},
		{"es", "El ministerio anunció sanciones administrativas para los funcionarios que no cumplan el protocolo de ciberseguridad.", []string{"-topic.state_responsibility"}},
		{"es", "Los investigadores atribuyeron el ataque al grupo criminal LockBit.", []string{"-topic.state_responsibility"}},
		{"es", "Los aliados deben imponer costes a Rusia por sus ciberoperaciones malintencionadas.", []string{"topic.state_responsibility"}},
		{"es", "El Estado que ayuda a otro a cometer una ciberoperación ilícita es cómplice de ese hecho.", []string{"topic.state_responsibility"}},
		{"es", "El test del control efectivo de la CIJ exige un alto grado de control sobre los actores.", []string{"topic.state_responsibility"}},
		{"es", "El tribunal impuso las costas del proceso a la empresa demandada.", []string{"-topic.state_responsibility"}},
		{"es", "El juez impuso costes adicionales a la compañía por el ciberataque sufrido por sus clientes.", []string{"-topic.state_responsibility"}},
		{"es", "La responsabilidad de proteger a los ciudadanos en línea corresponde a todos.", []string{"-topic.state_responsibility"}},
		{"es", "El comportamiento responsable de los Estados en el ciberespacio se basa en normas voluntarias.", []string{"-topic.state_responsibility"}},
		{"es", "El Gobierno español atribuye a Rusia la campaña de desinformación y ciberataques contra sus instituciones.", []string{"topic.state_responsibility"}},
		{"es", "Fuentes de inteligencia sitúan detrás del ataque a un grupo vinculado al ejército chino, según informó el ministerio.", []string{"topic.state_responsibility"}},
		{"es", "Los hackers, que según Microsoft trabajan para el gobierno iraní, atacaron a funcionarios estadounidenses.", []string{"topic.state_responsibility"}},
		{"es", "El ministro de Exteriores acusó directamente al Kremlin de orquestar los ataques informáticos.", []string{"topic.state_responsibility"}},
		{"es", "El Consejo de la UE adoptó sanciones contra seis personas y tres entidades responsables de ciberataques, incluidos miembros del GRU.", []string{"topic.state_responsibility"}},
		{"es", "Un Estado incurre en responsabilidad internacional si una ciberoperación atribuible a él viola una obligación internacional.", []string{"topic.state_responsibility"}},
		{"es", "La atribución de una ciberoperación a un Estado exige pruebas suficientes.", []string{"topic.state_responsibility"}},
		{"es", "Irán negó estar detrás del ciberataque contra las instalaciones israelíes.", []string{"topic.state_responsibility"}},
		{"es", "El ciberataque fue reivindicado por un grupo de hacktivistas prorrusos.", []string{"-topic.state_responsibility"}},
		{"es", "La empresa atribuyó la caída de sus servicios a un fallo técnico.", []string{"-topic.state_responsibility"}},
		{"es", "El gobierno es responsable de garantizar la ciberseguridad de los servicios públicos.", []string{"-topic.state_responsibility"}},
		{"es", "La Agencia Tributaria imputó a la empresa los ingresos no declarados.", []string{"-topic.state_responsibility"}},
		{"es", "Las sanciones económicas contra Rusia por la invasión de Ucrania se ampliaron.", []string{"-topic.state_responsibility"}},
		{"es", "El ayuntamiento reclamó una indemnización a la aseguradora por los daños del incendio.", []string{"-topic.state_responsibility"}},
		{"es", "La responsabilidad del Estado en la protección de datos personales recae en la agencia.", []string{"-topic.state_responsibility"}},
		{"es", "Los Estados tienen la responsabilidad de proteger a su población del genocidio.", []string{"-topic.state_responsibility"}},
		{"es", "El informe atribuye el aumento de los ciberataques al teletrabajo.", []string{"-topic.state_responsibility"}},
		{"es", "El ataque fue atribuido a un grupo de ciberdelincuentes conocido como LockBit.", []string{"-topic.state_responsibility"}},
		{"es", "La empresa de ciberseguridad identificó a los autores del fraude como un grupo criminal de Europa del Este.", []string{"-topic.state_responsibility"}},
		{"es", "El presidente es el responsable último de la política de ciberseguridad del gobierno.", []string{"-topic.state_responsibility"}},
		{"es", "El Estado deberá indemnizar a los ciudadanos afectados por la filtración de datos en la administración pública.", []string{"-topic.state_responsibility"}},
	})
}

// TestSpanishRound27Cybercrime checks cybercrime by the offences of the
// Budapest and UN conventions, online fraud and phishing policed, hackers
// extradited, ransom money blacklisted or laundered, attacks reported to the
// police; and that advice to users, incidents reported to a CSIRT and agenda
// lists are not.
func TestSpanishRound27Cybercrime(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "La Convención de las Naciones Unidas contra la Ciberdelincuencia fue adoptada por la Asamblea General en diciembre de 2024.", []string{"topic.cybercrime"}},
		{"es", "El Convenio de Budapest facilita la cooperación internacional en la obtención de pruebas electrónicas.", []string{"topic.cybercrime"}},
		{"es", "La fiscalía especializada en delitos informáticos abrió una investigación por el robo de datos del ministerio.", []string{"topic.cybercrime"}},
		{"es", "Los estafadores utilizaban correos de phishing para vaciar las cuentas bancarias de las víctimas.", []string{"topic.cybercrime"}},
		{"es", "La policía desarticuló una red dedicada al fraude en línea que operaba desde varios países.", []string{"topic.cybercrime"}},
		{"es", "El Código Penal castiga el acceso ilícito a sistemas informáticos con penas de hasta cinco años.", []string{"topic.cybercrime"}},
		{"es", "La unidad de delitos tecnológicos de la Policía Nacional detuvo al autor de la suplantación de identidad digital.", []string{"topic.cybercrime"}},
		{"es", "La explotación sexual infantil en línea es uno de los delitos que persigue la nueva convención.", []string{"topic.cybercrime"}},
		{"es", "La conservación rápida de datos informáticos almacenados es clave en las investigaciones penales transfronterizas.", []string{"topic.cybercrime"}},
		{"es", "El blanqueo de los pagos de ransomware mediante criptomonedas es perseguido por las autoridades.", []string{"topic.cybercrime"}},
		{"es", "Interpol coordinó una operación contra el fraude por correo electrónico empresarial en 20 países.", []string{"topic.cybercrime"}},
		{"es", "La red 24/7 de puntos de contacto permite responder con rapidez a las solicitudes de conservación de pruebas electrónicas.", []string{"topic.cybercrime"}},
		{"es", "El hacker fue extraditado a Estados Unidos para ser juzgado por intrusiones informáticas.", []string{"topic.cybercrime"}},
		{"es", "Los ciberdelitos aumentaron un 30 % el año pasado según el informe del ministerio del Interior.", []string{"topic.cybercrime"}},
		{"es", "El ataque de ransomware obligó al hospital a volver al papel.", []string{"-topic.cybercrime"}},
		{"es", "La reunión abordó temas como la ciberdelincuencia, la protección de datos y la soberanía digital.", []string{"-topic.cybercrime"}},
		{"es", "La policía detuvo a tres personas por robo en una joyería.", []string{"-topic.cybercrime"}},
		{"es", "El acceso ilícito a sistemas informáticos y la interceptación ilícita de datos deben tipificarse como delitos.", []string{"topic.cybercrime"}},
		{"es", "La pornografía infantil en línea es uno de los delitos tipificados en el Convenio.", []string{"topic.cybercrime"}},
		{"es", "Las pruebas electrónicas son esenciales para enjuiciar los delitos cometidos mediante sistemas de tecnología de la información.", []string{"topic.cybercrime"}},
		{"es", "La fiscalía de ciberdelincuencia investiga la venta de datos robados en la web oscura.", []string{"topic.cybercrime"}},
		{"es", "Los miembros de la Iniciativa contra el Ransomware se comprometieron a que sus gobiernos no paguen rescates a los ciberdelincuentes.", []string{"topic.cybercrime"}},
		{"es", "El Tesoro incluyó en su lista negra las carteras de criptomonedas usadas para blanquear pagos de ransomware.", []string{"topic.cybercrime"}},
		{"es", "La empresa denunció el ataque informático ante la Policía Nacional.", []string{"topic.cybercrime"}},
		{"es", "La policía investiga la red de bots que infectó miles de ordenadores en el país.", []string{"topic.cybercrime"}},
		{"es", "Los usuarios deben desconfiar de los correos de phishing que piden sus contraseñas.", []string{"-topic.cybercrime"}},
		{"es", "El CSIRT nacional recibió la notificación del incidente de ransomware de la empresa.", []string{"-topic.cybercrime"}},
		{"es", "El gobierno anunció una lista negra de productos alimentarios importados.", []string{"-topic.cybercrime"}},
		{"es", "La Guardia Civil detuvo a un joven de 19 años acusado de hackear las bases de datos de varios organismos públicos.", []string{"topic.cybercrime"}},
		{"es", "Los agentes de la Policía Nacional desmantelaron un centro de llamadas fraudulentas que estafaba a ancianos por internet.", []string{"topic.cybercrime"}},
		{"es", "La Audiencia Nacional juzga a los responsables de una red de blanqueo de criptomonedas procedentes de estafas en línea.", []string{"topic.cybercrime"}},
		{"es", "El Departamento de Justicia acusó formalmente a un ciudadano ruso de desarrollar el ransomware LockBit.", []string{"topic.cybercrime"}},
		{"es", "Europol y Eurojust coordinaron la operación contra el mercado de la web oscura.", []string{"topic.cybercrime"}},
		{"es", "Las víctimas del robo de identidad digital pueden presentar denuncia en la comisaría más cercana.", []string{"topic.cybercrime"}},
		{"es", "El número de ciberestafas denunciadas creció un 20 % en el último año.", []string{"topic.cybercrime"}},
		{"es", "México firmó la convención de la ONU contra la ciberdelincuencia en Hanói.", []string{"topic.cybercrime"}},
		{"es", "La nueva ley tipifica como delito el acceso no autorizado a sistemas informáticos.", []string{"topic.cybercrime"}},
		{"es", "Los ciberdelincuentes secuestraron los datos del hospital y exigieron un rescate de un millón de dólares.", []string{"topic.cybercrime"}},
		{"es", "Las fuerzas de seguridad rastrearon los pagos en bitcoin hasta los autores del ataque de ransomware.", []string{"topic.cybercrime"}},
		{"es", "El ciberataque dejó sin servicio la web del ayuntamiento durante dos días.", []string{"-topic.cybercrime"}},
		{"es", "Estados Unidos acusó formalmente a Rusia del ciberataque contra sus redes.", []string{"-topic.cybercrime"}},
		{"es", "La UE condenó el ciberataque contra el Parlamento alemán.", []string{"-topic.cybercrime"}},
		{"es", "Los técnicos lograron detener el ataque informático en pocas horas.", []string{"-topic.cybercrime"}},
	})
}

// TestSpanishRound27Assistance checks help sought, offered or given between
// States, alliances and firms to deal with an operation (allies coming to the
// aid, technical support, joint response, turning to partners); and that mutual
// legal assistance, aid for capacity, help inside one State and other fields'
// aid are not.
func TestSpanishRound27Assistance(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El gobierno pidió apoyo técnico a la OTAN para hacer frente al ciberataque.", []string{"measures.assistance"}},
		{"es", "Varios países enviaron equipos de expertos para auxiliar a Albania después de la intrusión iraní.", []string{"measures.assistance"}},
		{"es", "La Unión Europea desplegó sus equipos de respuesta rápida para asistir a Ucrania frente a los ciberataques.", []string{"measures.assistance"}},
		{"es", "Microsoft y otras empresas tecnológicas prestaron asistencia al gobierno para contener el ataque de ransomware.", []string{"measures.assistance"}},
		{"es", "El Estado afectado puede recabar la asistencia de otros Estados o de organizaciones internacionales para mitigar la operación.", []string{"measures.assistance"}},
		{"es", "Los Estados deberían prestar asistencia al Estado víctima de un incidente cibernético grave si este la solicita.", []string{"measures.assistance"}},
		{"es", "Estados Unidos ofreció su apoyo para investigar el hackeo y recuperar los sistemas del ministerio.", []string{"measures.assistance"}},
		{"es", "El país recibió ayuda de empresas privadas de ciberseguridad para restaurar los servicios afectados por el ataque.", []string{"measures.assistance"}},
		{"es", "Los aliados se comprometieron a acudir en auxilio de cualquier miembro que sufra un ciberataque de gran escala.", []string{"measures.assistance"}},
		{"es", "La CERT nacional brindó soporte técnico a su homóloga de Montenegro durante el incidente.", []string{"measures.assistance"}},
		{"es", "Los Estados deben cooperar para mitigar los ciberataques dirigidos contra infraestructuras críticas.", []string{"measures.assistance"}},
		{"es", "Chile y Colombia acordaron coordinar su respuesta ante ciberamenazas compartidas.", []string{"measures.assistance"}},
		{"es", "La ley de asistencia jurídica mutua regula la cooperación penal entre los Estados.", []string{"-measures.assistance"}},
		{"es", "El ministerio destinó fondos de asistencia técnica para reforzar las capacidades de ciberseguridad de la región.", []string{"-measures.assistance"}},
		{"es", "La agencia nacional ayuda a las empresas del país a protegerse frente al ransomware.", []string{"-measures.assistance"}},
		{"es", "El programa ofrece asistencia social a las familias afectadas por la inundación.", []string{"-measures.assistance"}},
		{"es", "Los Estados deben responder a las solicitudes apropiadas de asistencia de otro Estado cuya infraestructura crítica sea objeto de actos malintencionados relacionados con las TIC.", []string{"measures.assistance"}},
		{"es", "El Estado víctima puede solicitar el concurso de otros Estados para hacer frente a la ciberoperación.", []string{"measures.assistance"}},
		{"es", "La OTAN desplegó un equipo de reacción rápida para ayudar a Montenegro frente a los ciberataques.", []string{"measures.assistance"}},
		{"es", "El tratado regula la asistencia judicial recíproca en materia penal.", []string{"-measures.assistance"}},
		{"es", "Los aliados de la OTAN respondieron conjuntamente al ciberataque contra Estonia.", []string{"measures.assistance"}},
		{"es", "Ucrania recurrió a sus socios europeos para hacer frente a la ola de ciberataques.", []string{"measures.assistance"}},
		{"es", "El gobierno recurrió a la Corte Suprema para anular la ley de ciberseguridad.", []string{"-measures.assistance"}},
		{"es", "La empresa brindó soporte técnico a sus clientes durante la caída del servicio.", []string{"-measures.assistance"}},
		{"es", "La Unión Europea presta apoyo a Ucrania en su defensa frente a la invasión rusa.", []string{"-measures.assistance"}},
		{"es", "El programa de asistencia técnica ayudará a los países a fortalecer sus capacidades de ciberseguridad.", []string{"-measures.assistance"}},
		{"es", "El INCIBE ofrece ayuda gratuita a las pymes víctimas de ciberataques.", []string{"-measures.assistance"}},
		{"es", "Los Estados cooperan en materia de ciberseguridad mediante el intercambio de información.", []string{"-measures.assistance"}},
		{"es", "La convención prevé la asistencia mutua entre Estados parte en la investigación de delitos.", []string{"-measures.assistance"}},
		{"es", "El Gobierno ayudará a las empresas afectadas por el apagón con ayudas económicas.", []string{"-measures.assistance"}},
		{"es", "El ministerio pidió ayuda a la población para identificar correos fraudulentos.", []string{"-measures.assistance"}},
		{"es", "Estados Unidos envió un equipo del FBI para apoyar la investigación del ciberataque contra el gobierno costarricense.", []string{"measures.assistance"}},
		{"es", "La Unión Europea movilizó a sus equipos de respuesta rápida para ayudar a Moldavia a contrarrestar los ciberataques.", []string{"measures.assistance"}},
		{"es", "El gobierno solicitó el apoyo de empresas privadas de ciberseguridad para restaurar los sistemas afectados.", []string{"measures.assistance"}},
		{"es", "Varios aliados ofrecieron su ayuda para recuperar los servicios tras el ataque informático.", []string{"measures.assistance"}},
		{"es", "Los países del Mercosur acordaron trabajar juntos para hacer frente a las ciberamenazas.", []string{"measures.assistance"}},
		{"es", "España y Marruecos se comprometieron a colaborar en la lucha contra los ciberataques a infraestructuras críticas.", []string{"measures.assistance"}},
		{"es", "La OTAN activó su mecanismo de apoyo para asistir al aliado afectado por el ciberataque.", []string{"measures.assistance"}},
		{"es", "Los Estados deberían prestarse asistencia mutua para responder a incidentes graves que afecten a infraestructuras críticas.", []string{"measures.assistance"}},
		{"es", "El gobierno agradeció la colaboración de Estados Unidos en la recuperación de los sistemas tras el ciberataque.", []string{"measures.assistance"}},
		{"es", "Los Estados cooperan en el intercambio de buenas prácticas de ciberseguridad.", []string{"-measures.assistance"}},
	})
}

// TestSpanishRound27CapacityBuilding checks strategies, CSIRTs, points of
// contact, training, awareness, response and contingency plans, drills and
// exercises, funded projects, public-private partnerships and legislation; and
// that CBM meetings, a firm's continuity plan, fiscal years and fire drills are
// not.
func TestSpanishRound27CapacityBuilding(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El país aprobó su primera estrategia nacional de ciberseguridad y creó un CSIRT de gobierno.", []string{"measures.capacity_building"}},
		{"es", "Los Estados deben designar puntos de contacto nacionales para intercambiar información sobre incidentes.", []string{"measures.capacity_building"}},
		{"es", "Es necesario formar a más especialistas en ciberseguridad y capacitar a los funcionarios públicos.", []string{"measures.capacity_building"}},
		{"es", "El gobierno lanzó una campaña de concienciación sobre los riesgos de la ciberseguridad dirigida a las pymes.", []string{"measures.capacity_building"}},
		{"es", "La agencia elaboró planes de respuesta a incidentes cibernéticos para los ministerios.", []string{"measures.capacity_building"}},
		{"es", "El Banco Interamericano de Desarrollo financia proyectos para fortalecer las capacidades cibernéticas de los países de la región.", []string{"measures.capacity_building"}},
		{"es", "La creación de capacidades en materia de ciberseguridad es una prioridad para los países en desarrollo.", []string{"measures.capacity_building"}},
		{"es", "El país debe actualizar su legislación penal para tipificar los delitos informáticos.", []string{"measures.capacity_building"}},
		{"es", "Se creó la Agencia Nacional de Ciberseguridad como autoridad encargada de coordinar la protección de las redes.", []string{"measures.capacity_building"}},
		{"es", "Los Estados deben establecer alianzas público-privadas para proteger las infraestructuras críticas frente a ciberamenazas.", []string{"measures.capacity_building"}},
		{"es", "El ejercicio nacional de ciberseguridad puso a prueba los planes de contingencia de los operadores esenciales.", []string{"measures.capacity_building"}},
		{"es", "La falta de profesionales cualificados en ciberseguridad debilita la capacidad de respuesta del Estado.", []string{"measures.capacity_building"}},
		{"es", "Colombia necesita un marco normativo integral en materia de ciberseguridad.", []string{"measures.capacity_building"}},
		{"es", "La cooperación internacional debe ayudar a los países a desarrollar sus equipos de respuesta a emergencias informáticas.", []string{"measures.capacity_building"}},
		{"es", "Los Estados deben mantenerse al día de los avances tecnológicos para proteger sus redes.", []string{"measures.capacity_building"}},
		{"es", "La reunión de medidas de fomento de la confianza se celebró en Viena.", []string{"-measures.capacity_building"}},
		{"es", "La empresa actualizó su plan de continuidad de negocio tras el apagón.", []string{"-measures.capacity_building"}},
		{"es", "La capacidad de los Estados para influir en los grupos armados es variable.", []string{"-measures.capacity_building"}},
		{"es", "El país organizó un simulacro nacional de ciberseguridad con la participación de los operadores de infraestructuras críticas.", []string{"measures.capacity_building"}},
		{"es", "El fomento de capacidades cibernéticas en los países en desarrollo es una prioridad del grupo de trabajo.", []string{"measures.capacity_building"}},
		{"es", "Se creó un centro de operaciones de ciberseguridad para proteger las redes del Estado.", []string{"measures.capacity_building"}},
		{"es", "El congreso aprobó la ley marco de ciberseguridad que crea la agencia nacional.", []string{"measures.capacity_building"}},
		{"es", "El gobierno destinó 20 millones de euros a proyectos de ciberseguridad en los municipios.", []string{"measures.capacity_building"}},
		{"es", "Se creó el Centro Nacional de Ciberseguridad para coordinar la respuesta a incidentes.", []string{"measures.capacity_building"}},
		{"es", "El país puso en marcha su equipo nacional de respuesta a incidentes informáticos.", []string{"measures.capacity_building"}},
		{"es", "Los ministerios deben contar con planes de contingencia frente a ciberataques.", []string{"measures.capacity_building"}},
		{"es", "El ejercicio fiscal de 2024 cerró con superávit en las cuentas públicas.", []string{"-measures.capacity_building"}},
		{"es", "El simulacro de incendio se realizó en la escuela.", []string{"-measures.capacity_building"}},
		{"es", "El país designó un punto de contacto nacional para los incidentes de ciberseguridad.", []string{"measures.capacity_building"}},
		{"es", "Se aprobó la Estrategia Nacional de Ciberseguridad 2024-2030.", []string{"measures.capacity_building"}},
		{"es", "Es necesario reforzar el marco jurídico nacional en materia de ciberseguridad.", []string{"measures.capacity_building"}},
		{"es", "La OEA capacitó a funcionarios de diez países en respuesta a incidentes cibernéticos.", []string{"measures.capacity_building"}},
	})
}

// TestSpanishRound27Termination checks operations ended, ceased or checked and
// infrastructure taken down, offline, neutralised or broken up; and that
// victims halting their own services and attackers bringing a site down are
// not.
func TestSpanishRound27Termination(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El Estado debe poner fin a la operación cibernética en curso lanzada desde su territorio.", []string{"scope.termination"}},
		{"es", "Las autoridades desmantelaron la botnet y apagaron los servidores de mando y control.", []string{"scope.termination"}},
		{"es", "Europol y la policía neerlandesa tumbaron la infraestructura del grupo de ransomware.", []string{"scope.termination"}},
		{"es", "Se pidió a Rusia que hiciera cesar los ataques que se lanzaban desde su territorio.", []string{"scope.termination"}},
		{"es", "El FBI neutralizó la red de dispositivos infectados utilizada por los hackers chinos.", []string{"scope.termination"}},
		{"es", "La operación internacional logró inutilizar los servidores del malware Emotet.", []string{"scope.termination"}},
		{"es", "El gobierno ordenó bloquear los dominios utilizados para lanzar los ataques.", []string{"scope.termination"}},
		{"es", "La policía incautó los servidores y desconectó la plataforma de los ciberdelincuentes.", []string{"scope.termination"}},
		{"es", "El Estado territorial debe interrumpir la actividad maliciosa tan pronto como tenga conocimiento de ella.", []string{"scope.termination"}},
		{"es", "Los Estados deben hacer todo lo posible para detener un ciberataque en curso que se origine en su territorio.", []string{"scope.termination"}},
		{"es", "Microsoft obtuvo una orden judicial para tomar el control de los dominios de la red de bots.", []string{"scope.termination"}},
		{"es", "El Estado debe hacer cesar las actividades de los hackers que operan desde su territorio.", []string{"scope.termination"}},
		{"es", "El hospital tuvo que detener sus servicios tras el ciberataque.", []string{"-scope.termination"}},
		{"es", "El ataque paralizó los sistemas del ministerio durante una semana.", []string{"-scope.termination"}},
		{"es", "La empresa suspendió sus operaciones en la región por motivos económicos.", []string{"-scope.termination"}},
		{"es", "Los atacantes dejaron de atacar tras recibir el rescate.", []string{"-scope.termination"}},
		{"es", "El Estado debe poner término a las operaciones cibernéticas que se llevan a cabo desde su territorio.", []string{"scope.termination"}},
		{"es", "La policía desarticuló la red de ciberdelincuentes y desconectó sus servidores.", []string{"scope.termination"}},
		{"es", "Se espera que el Estado territorial haga cesar la operación tan pronto como la conozca.", []string{"scope.termination"}},
		{"es", "Europol desbarató la infraestructura del malware en una operación internacional.", []string{"scope.termination"}},
		{"es", "El hospital dejó fuera de servicio sus propios servidores tras el ciberataque.", []string{"-scope.termination"}},
		{"es", "Los atacantes dejaron fuera de línea el sitio web del ministerio durante horas.", []string{"-scope.termination"}},
		{"es", "Los técnicos expulsaron a los intrusos de las redes del ministerio.", []string{"scope.termination"}},
		{"es", "La policía neerlandesa sacó de línea los servidores del foro de ciberdelincuentes.", []string{"scope.termination"}},
		{"es", "El gobierno expulsó a los diplomáticos rusos.", []string{"-scope.termination"}},
		{"es", "El equipo logró erradicar las puertas traseras instaladas por los atacantes en los servidores del ministerio.", []string{"scope.termination"}},
	})
}

// TestSpanishRound27ActualKnowledge checks a State that knows, is aware, was
// warned, realises, discovers or could not have been unaware of an operation;
// and that what a State should have known and citizens' or firms' knowledge are
// not.
func TestSpanishRound27ActualKnowledge(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Cuando un Estado tiene conocimiento de que su territorio se utiliza para lanzar ciberataques, debe actuar.", []string{"knowledge.actual"}},
		{"es", "El Estado territorial que conoce la existencia de la operación está obligado a intervenir.", []string{"knowledge.actual"}},
		{"es", "La obligación surge cuando el Estado sabe o ha sido informado de manera fidedigna de la actividad maliciosa.", []string{"knowledge.actual"}},
		{"es", "Tras ser alertado por el Estado víctima, el gobierno no hizo nada para detener los ataques.", []string{"knowledge.actual"}},
		{"es", "Rusia había sido advertida de la presencia de los servidores en su territorio.", []string{"knowledge.actual"}},
		{"es", "El Estado consintió a sabiendas que su infraestructura se usara contra otro Estado.", []string{"knowledge.actual"}},
		{"es", "Las autoridades estaban al tanto de las actividades del grupo de hackers en su territorio.", []string{"knowledge.actual"}},
		{"es", "Una vez que el Estado se percata de la operación, debe adoptar medidas razonables.", []string{"knowledge.actual"}},
		{"es", "El gobierno tuvo noticia del ataque por medio de su CERT nacional, que había detectado la intrusión.", []string{"knowledge.actual"}},
		{"es", "Se requiere un conocimiento efectivo del Estado, no basta con que debiera haberlo sabido.", []string{"knowledge.actual"}},
		{"es", "El Estado no puede alegar ignorancia cuando ha recibido pruebas de que los ataques provienen de su territorio.", []string{"knowledge.actual"}},
		{"es", "China fue notificada por Estados Unidos de las operaciones que se lanzaban desde servidores situados en su territorio.", []string{"knowledge.actual"}},
		{"es", "El Estado de origen, una vez informado del ciberataque, tiene el deber de investigar.", []string{"knowledge.actual"}},
		{"es", "El ciudadano sabe que debe cambiar su contraseña cada tres meses.", []string{"-knowledge.actual"}},
		{"es", "La empresa informó a sus clientes de la filtración de datos.", []string{"-knowledge.actual"}},
		{"es", "Es bien sabido que los ciberataques aumentan cada año.", []string{"-knowledge.actual"}},
		{"es", "El Estado actuó con conocimiento de causa al permitir que los servidores siguieran operando.", []string{"knowledge.actual"}},
		{"es", "Pese a las advertencias recibidas, el gobierno no tomó ninguna medida contra los atacantes.", []string{"knowledge.actual"}},
		{"es", "A pesar de haber sido advertido por sus socios, el Estado toleró la actividad de los hackers en su territorio.", []string{"knowledge.actual"}},
		{"es", "Al Estado le constaba que desde su infraestructura se lanzaban ataques contra terceros países.", []string{"knowledge.actual"}},
		{"es", "Las autoridades tenían constancia de la actividad maliciosa desde hacía meses.", []string{"knowledge.actual"}},
		{"es", "El gobierno conocía perfectamente la existencia de la botnet alojada en sus servidores.", []string{"knowledge.actual"}},
		{"es", "Una vez que el Estado descubre que su territorio se usa para una ciberoperación dañina, debe actuar.", []string{"knowledge.actual"}},
		{"es", "Los ciudadanos conocen poco los riesgos del phishing.", []string{"-knowledge.actual"}},
		{"es", "El Estado debería haber sabido que su territorio se utilizaba para lanzar los ataques.", []string{"-knowledge.actual"}},
		{"es", "Albania no podía ignorar la colocación de las minas en sus aguas territoriales.", []string{"knowledge.actual"}},
		{"es", "El Estado no podía desconocer que los servidores de su territorio se usaban para los ataques.", []string{"knowledge.actual"}},
		{"es", "Es difícil creer que el gobierno no estuviera al corriente de las actividades de los hackers.", []string{"knowledge.actual"}},
		{"es", "El ciudadano no podía ignorar la multa que le había llegado por correo.", []string{"-knowledge.actual"}},
		{"es", "Los investigadores descubrieron que la red del hospital era vulnerable.", []string{"-knowledge.actual"}},
		{"es", "Los usuarios deben estar informados de los riesgos de internet.", []string{"-knowledge.actual"}},
		{"es", "El gobierno informó de que el ataque había sido contenido.", []string{"-knowledge.actual"}},
		{"es", "La ciudadanía tiene conocimiento limitado de la ciberseguridad.", []string{"-knowledge.actual"}},
		{"es", "Las autoridades rusas fueron puestas al corriente de la actividad de los servidores, según Washington.", []string{"knowledge.actual"}},
		{"es", "El Estado de origen no puede alegar que desconocía la operación si la víctima le había entregado las pruebas.", []string{"knowledge.actual"}},
		{"es", "Es necesario que el Estado territorial sepa que se está produciendo una ciberoperación contra otro Estado.", []string{"knowledge.actual"}},
		{"es", "La obligación solo nace cuando el Estado tiene constancia de la actividad ilícita en su territorio.", []string{"knowledge.actual"}},
		{"es", "El gobierno era plenamente consciente de que los hackers operaban desde su país.", []string{"knowledge.actual"}},
		{"es", "Tras la advertencia de Estados Unidos, el Kremlin ya no podía alegar desconocimiento de los ataques.", []string{"knowledge.actual"}},
		{"es", "El conocimiento efectivo del Estado puede deducirse de la notificación recibida.", []string{"knowledge.actual"}},
		{"es", "China se comprometió a investigar tras recibir la notificación de Estados Unidos sobre los ciberataques.", []string{"knowledge.actual"}},
	})
}

// TestSpanishRound27Response checks notifications acknowledged, requests
// answered, ignored or refused, replies to a named State or a diplomatic note;
// and that responding to an incident or to an attack with sanctions is not.
func TestSpanishRound27Response(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El Estado notificado debe acusar recibo de la notificación sin demora.", []string{"measures.response"}},
		{"es", "Rusia no respondió a la solicitud de Estonia de cooperar en la investigación de los ataques.", []string{"measures.response"}},
		{"es", "El gobierno ucraniano contestó a la petición de Polonia y bloqueó los servidores.", []string{"measures.response"}},
		{"es", "El Estado requerido deberá dar respuesta a la solicitud en un plazo razonable.", []string{"measures.response"}},
		{"es", "Moscú desoyó los pedidos de Washington para que actuara contra los grupos de ransomware.", []string{"measures.response"}},
		{"es", "Las autoridades rusas ignoraron las peticiones estadounidenses de extradición de los hackers.", []string{"measures.response"}},
		{"es", "El Estado debe responder de buena fe a las solicitudes de asistencia del Estado víctima.", []string{"measures.response"}},
		{"es", "Alemania rechazó la solicitud rusa de entregar a los responsables de los ciberataques.", []string{"measures.response"}},
		{"es", "Kiev atendió el requerimiento de Varsovia de apagar los servidores desde los que se lanzaban los ataques.", []string{"measures.response"}},
		{"es", "El CSIRT respondió al incidente en pocas horas.", []string{"-measures.response"}},
		{"es", "El ministro respondió a las preguntas de los periodistas sobre el presupuesto.", []string{"-measures.response"}},
		{"es", "La solicitud de Estonia quedó sin respuesta por parte de las autoridades rusas.", []string{"measures.response"}},
		{"es", "Rusia nunca contestó a la notificación enviada por Estados Unidos sobre los servidores.", []string{"measures.response"}},
		{"es", "El Estado territorial acusó recibo de la notificación y se comprometió a investigar.", []string{"measures.response"}},
		{"es", "Moscú hizo oídos sordos a las peticiones de Washington de actuar contra los hackers.", []string{"measures.response"}},
		{"es", "El Estado notificado debe dar respuesta a la solicitud del Estado víctima en un plazo razonable.", []string{"measures.response"}},
		{"es", "Los Estados deben responder a las solicitudes apropiadas de asistencia de otro Estado cuya infraestructura crítica sea objeto de actos malintencionados relacionados con las TIC.", []string{"measures.response"}},
		{"es", "El gobierno respondió al ciberataque con nuevas medidas de seguridad.", []string{"-measures.response"}},
		{"es", "El gobierno chino contestó a Washington que investigaría las acusaciones sobre los servidores.", []string{"measures.response"}},
		{"es", "Rusia rechazó la petición estadounidense de extraditar a los piratas informáticos.", []string{"measures.response"}},
		{"es", "Estados Unidos respondió a Rusia con sanciones tras el ciberataque.", []string{"-measures.response"}},
		{"es", "El CSIRT respondió rápidamente a la solicitud de la empresa afectada.", []string{"-measures.response"}},
		{"es", "La agencia respondió a las preguntas de los diputados sobre el ciberataque.", []string{"-measures.response"}},
		{"es", "El Estado requerido respondió a la notificación confirmando que había apagado los servidores.", []string{"measures.response"}},
		{"es", "Moscú no ha dado ninguna respuesta a las peticiones de cooperación de Tallin tras los ciberataques.", []string{"measures.response"}},
		{"es", "El gobierno chino accedió a la solicitud estadounidense de cerrar los servidores utilizados en el ataque.", []string{"measures.response"}},
		{"es", "China se comprometió a investigar tras recibir la notificación de Estados Unidos sobre los ciberataques.", []string{"-measures.response"}},
		{"es", "El Estado de origen respondió a la nota verbal negando cualquier relación con la ciberoperación.", []string{"measures.response"}},
		{"es", "Los Estados deben contestar con prontitud a las notificaciones relativas a ciberoperaciones que se originen en su territorio.", []string{"measures.response"}},
	})
}

// TestSpanishRound27Mitigation checks the harm of an operation mitigated,
// contained, minimised, its spread stopped, infected machines isolated; and
// that climate mitigation, attenuating circumstances, CBMs, spending restraint
// and isolating patients are not.
func TestSpanishRound27Mitigation(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El Estado debe adoptar medidas para mitigar los efectos de la ciberoperación.", []string{"scope.mitigation"}},
		{"es", "El equipo logró contener el ataque antes de que se propagara a otras redes.", []string{"scope.mitigation"}},
		{"es", "Los técnicos aislaron los equipos infectados para evitar la propagación del malware.", []string{"scope.mitigation"}},
		{"es", "El objetivo es minimizar los daños causados por el incidente cibernético.", []string{"scope.mitigation"}},
		{"es", "Las autoridades trabajan para atenuar el impacto del ciberataque sobre los servicios públicos.", []string{"scope.mitigation"}},
		{"es", "El gobierno activó su plan para limitar las consecuencias del ataque informático.", []string{"scope.mitigation"}},
		{"es", "Los Estados deben reducir los riesgos cibernéticos que amenazan a sus infraestructuras críticas.", []string{"scope.mitigation"}},
		{"es", "La agencia publicó recomendaciones de mitigación frente a la vulnerabilidad explotada por los hackers.", []string{"scope.mitigation"}},
		{"es", "Se trabajó para restablecer los servicios y paliar los efectos del ransomware.", []string{"scope.mitigation"}},
		{"es", "El Estado territorial debe hacer lo posible para aminorar el daño que la operación causa al Estado víctima.", []string{"scope.mitigation"}},
		{"es", "Los especialistas lograron frenar la expansión del ciberataque en las redes del ministerio.", []string{"scope.mitigation"}},
		{"es", "La mitigación del cambio climático exige reducir las emisiones.", []string{"-scope.mitigation"}},
		{"es", "El tribunal apreció circunstancias atenuantes en el delito informático.", []string{"-scope.mitigation"}},
		{"es", "Las medidas de fomento de la confianza reducen el riesgo de conflicto entre Estados.", []string{"-scope.mitigation"}},
		{"es", "El Estado debe contrarrestar los efectos dañinos de la ciberoperación en la medida de sus posibilidades.", []string{"scope.mitigation"}},
		{"es", "La agencia coordinó las medidas de contención y erradicación del ataque.", []string{"scope.mitigation"}},
		{"es", "Es necesario reducir al mínimo las consecuencias del ciberataque para la población.", []string{"scope.mitigation"}},
		{"es", "La contención del gasto público es una prioridad del gobierno.", []string{"-scope.mitigation"}},
		{"es", "El gobierno aisló a los pacientes infectados en el hospital.", []string{"-scope.mitigation"}},
		{"es", "Las medidas de fomento de la confianza permiten reducir el riesgo de escalada entre Estados.", []string{"-scope.mitigation"}},
		{"es", "Las empresas deben gestionar y mitigar sus riesgos de ciberseguridad conforme a la directiva NIS2.", []string{"-scope.mitigation"}},
		{"es", "El seguro cibernético permite mitigar las pérdidas económicas de un ataque.", []string{"-scope.mitigation"}},
		{"es", "La brecha digital se redujo en las zonas rurales gracias a la fibra óptica.", []string{"-scope.mitigation"}},
		{"es", "El gobierno busca mitigar el impacto de la inflación en los hogares.", []string{"-scope.mitigation"}},
		{"es", "El Estado territorial debe adoptar medidas para reducir los efectos nocivos de la ciberoperación sobre el Estado víctima.", []string{"scope.mitigation"}},
		{"es", "La cooperación internacional permitió limitar los daños del ataque informático.", []string{"scope.mitigation"}},
		{"es", "Las autoridades actuaron con rapidez para frenar la expansión del ransomware en las redes públicas.", []string{"scope.mitigation"}},
		{"es", "El Estado de origen debe adoptar medidas para atenuar los efectos de la ciberoperación sobre el Estado víctima.", []string{"scope.mitigation"}},
		{"es", "La rápida desconexión de los servidores afectados por parte del Estado vecino permitió reducir el impacto del ciberataque.", []string{"scope.mitigation"}},
		{"es", "Los Estados deberían cooperar para minimizar los daños causados por incidentes cibernéticos transfronterizos.", []string{"scope.mitigation"}},
		{"es", "El plan nacional prevé medidas para paliar los efectos de un apagón provocado por un ciberataque.", []string{"scope.mitigation"}},
	})
}

// TestSpanishRound27Notification checks a State notified, warned, alerted or
// handed information and evidence, named or through channels; and that data-
// breach notices, merger filings and newspapers informing readers are not.
func TestSpanishRound27Notification(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El Estado víctima debe notificar al Estado de origen la operación cibernética que sufre.", []string{"measures.notification"}},
		{"es", "Estados Unidos advirtió a Rusia de que los ataques procedían de su territorio.", []string{"measures.notification"}},
		{"es", "El gobierno alertó a su homólogo de la presencia de servidores maliciosos en su país.", []string{"measures.notification"}},
		{"es", "El Estado afectado puso en conocimiento del Estado territorial la existencia de la botnet.", []string{"measures.notification"}},
		{"es", "Los Estados deberían avisar a los demás Estados de los incidentes cibernéticos que puedan afectarles.", []string{"measures.notification"}},
		{"es", "Se trasladó a Pekín la información técnica sobre los servidores usados en la intrusión.", []string{"measures.notification"}},
		{"es", "Washington entregó a Moscú una lista de infraestructuras que no debían ser atacadas y pruebas sobre los hackers.", []string{"measures.notification"}},
		{"es", "El Estado notificado deberá adoptar medidas contra la operación.", []string{"measures.notification"}},
		{"es", "Las empresas deben notificar las brechas de datos a la autoridad de protección de datos.", []string{"-measures.notification"}},
		{"es", "El periódico informó de que el ataque había afectado a miles de usuarios.", []string{"-measures.notification"}},
		{"es", "La operación de concentración fue notificada a la Comisión Europea.", []string{"-measures.notification"}},
		{"es", "El Estado afectado dio aviso al Estado de origen a través de los canales diplomáticos.", []string{"measures.notification"}},
		{"es", "Los Estados deberían comunicar sin demora a los Estados afectados cualquier incidente grave relacionado con las TIC.", []string{"measures.notification"}},
		{"es", "El CERT de Chile envió una alerta a su homólogo argentino sobre la campaña de malware.", []string{"measures.notification"}},
		{"es", "Estados Unidos entregó a las autoridades rusas información detallada sobre los responsables del ataque.", []string{"measures.notification"}},
		{"es", "El gobierno francés informó a Pekín de que las intrusiones partían de servidores situados en China.", []string{"measures.notification"}},
		{"es", "La notificación al Estado territorial es un paso previo a la adopción de contramedidas.", []string{"measures.notification"}},
		{"es", "La empresa informó a la autoridad de control de la brecha de seguridad en el plazo de 72 horas.", []string{"-measures.notification"}},
		{"es", "El portal de notificaciones electrónicas de la administración fue renovado.", []string{"-measures.notification"}},
		{"es", "Albania tenía la obligación de advertir a los buques británicos del peligro de las minas en sus aguas.", []string{"measures.notification"}},
		{"es", "Los Estados deben notificar a los demás Estados de los peligros que conozcan para sus redes.", []string{"measures.notification"}},
		{"es", "El gobierno usó la línea directa para avisar a Moscú de la actividad maliciosa detectada.", []string{"measures.notification"}},
		{"es", "El periódico informó a sus lectores de que Rusia había lanzado nuevos ataques.", []string{"-measures.notification"}},
		{"es", "Los operadores de servicios esenciales deben notificar los incidentes significativos al CSIRT de referencia.", []string{"-measures.notification"}},
		{"es", "El ministerio informó a la prensa de que los sistemas estaban restablecidos.", []string{"-measures.notification"}},
		{"es", "Las empresas deberán comunicar a la autoridad de control las violaciones de seguridad de los datos personales.", []string{"-measures.notification"}},
		{"es", "Washington hizo llegar a Moscú una lista de los objetivos de infraestructura crítica que no debían ser atacados.", []string{"measures.notification"}},
		{"es", "La víctima puede notificar al Estado territorial la existencia de la ciberoperación y solicitar su cese.", []string{"measures.notification"}},
		{"es", "El Estado debe ser informado de la operación antes de que se le pueda exigir actuar.", []string{"measures.notification"}},
		{"es", "El gobierno puso en conocimiento de las autoridades chinas las pruebas reunidas.", []string{"measures.notification"}},
		{"es", "China se comprometió a investigar tras recibir la notificación de Estados Unidos sobre los ciberataques.", []string{"measures.notification"}},
		{"es", "Los Estados deberían establecer canales para notificarse mutuamente los incidentes cibernéticos graves.", []string{"measures.notification"}},
		{"es", "El Estado afectado puede enviar una nota verbal al Estado de origen describiendo la ciberoperación.", []string{"measures.notification"}},
		{"es", "La víctima debe comunicar al Estado territorial los indicios técnicos de la operación.", []string{"measures.notification"}},
	})
}

// TestSpanishRound27HumanRightsPrecision checks rights online, privacy as a
// right, surveillance and free expression; and that privacy harmed by crime or
// a leak, privacy policies, data-privacy laws and the names of human-rights
// courts are not.
func TestSpanishRound27HumanRightsPrecision(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "La Corte Interamericana de Derechos Humanos celebró su período de sesiones en San José.", []string{"-topic.human_rights"}},
		{"es", "El ciberdelito amenaza la privacidad de los usuarios y la seguridad de los bancos.", []string{"-topic.human_rights"}},
		{"es", "Guatemala carece de una ley de protección de datos personales y de privacidad.", []string{"-topic.human_rights"}},
		{"es", "La política de privacidad de la aplicación fue actualizada el mes pasado.", []string{"-topic.human_rights"}},
		{"es", "El Instituto Interamericano de Derechos Humanos organizó un taller sobre ciberseguridad.", []string{"-topic.human_rights"}},
		{"es", "Los atacantes robaron datos sensibles y vulneraron la privacidad de miles de pacientes.", []string{"-topic.human_rights"}},
		{"es", "Los mismos derechos que las personas tienen fuera de línea deben protegerse en línea.", []string{"topic.human_rights"}},
		{"es", "La vigilancia masiva de las comunicaciones vulnera el derecho a la privacidad.", []string{"topic.human_rights"}},
		{"es", "El Estado debe respetar la libertad de expresión en internet.", []string{"topic.human_rights"}},
		{"es", "El derecho internacional de los derechos humanos se aplica a las actividades de los Estados en el ciberespacio.", []string{"topic.human_rights"}},
		{"es", "La nueva convención contra la ciberdelincuencia carece de salvaguardias suficientes de derechos humanos.", []string{"topic.human_rights"}},
		{"es", "Los atacantes robaron datos sensibles y vulneraron la privacidad de miles de pacientes.", []string{"-topic.human_rights"}},
		{"es", "El país carece de leyes de privacidad de datos y de inversión en ciberseguridad.", []string{"-topic.human_rights"}},
	})
}
