package annotate

import "testing"

// The tests below check round 26's Spanish families: the vocabulary with which
// legal and policy Spanish expresses ten elements (VOCAB-es.md at the
// repository root lists it), read as the conventions read them.
// The sentences were written for this test, not taken from a labelled passage
// or a page: positives in several syntaxes and near misses that use the same
// words in another sense, in passing, or with what the conventions leave out.

// TestSpanishRound26Sovereignty checks the State's sovereignty over its ICT
// infrastructure and cyberspace, its violation by remote operations, sovereign
// equality and rights, jurisdiction, and digital or technological sovereignty
// defined, promoted or threatened (C21); and that a constitution's popular
// sovereignty, a consumer's sovereignty, sovereignty over personal data,
// sovereign funds, bonds, decisions and States, and agenda lists are not it.
func TestSpanishRound26Sovereignty(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Los Estados ejercen soberanía sobre la infraestructura de las TIC situada en su territorio.", []string{"topic.sovereignty"}},
		{"es", "Una ciberoperación remota que cause la pérdida de funcionalidad de sistemas críticos vulnera la soberanía territorial del Estado afectado.", []string{"topic.sovereignty"}},
		{"es", "España considera que la soberanía es una norma primaria del derecho internacional cuya violación por medios cibernéticos constituye un hecho ilícito.", []string{"topic.sovereignty"}},
		{"es", "El respeto de la soberanía estatal se aplica plenamente a las actividades de los Estados en el ciberespacio.", []string{"topic.sovereignty"}},
		{"es", "La usurpación de funciones inherentemente gubernamentales mediante operaciones informáticas menoscaba la soberanía del Estado víctima.", []string{"topic.sovereignty"}},
		{"es", "Ningún Estado puede invocar su soberanía para eludir las normas aplicables a las ciberoperaciones que afectan a terceros.", []string{"topic.sovereignty"}},
		{"es", "Nuestro país defiende el principio de igualdad soberana de los Estados también en el entorno digital.", []string{"topic.sovereignty"}},
		{"es", "La cibersoberanía implica que cada gobierno pueda regular las redes dentro de sus fronteras.", []string{"topic.sovereignty"}},
		{"es", "Las intrusiones en las redes gubernamentales constituyen una violación de la soberanía de Costa Rica.", []string{"topic.sovereignty"}},
		{"es", "El Estado conserva jurisdicción sobre las personas que realizan ciberataques desde su territorio y sobre los servidores allí ubicados.", []string{"topic.sovereignty"}},
		{"es", "La soberanía nacional reside en el pueblo español, del que emanan los poderes del Estado, y la ley regula el uso de internet.", []string{"-topic.sovereignty"}},
		{"es", "El fondo soberano del país invirtió en empresas tecnológicas y de ciberseguridad internacionales.", []string{"-topic.sovereignty"}},
		{"es", "Los Estados soberanos participaron en la reunión sobre ciberseguridad internacional celebrada en Ginebra.", []string{"-topic.sovereignty"}},
		{"es", "La reforma garantiza la soberanía del consumidor frente a las plataformas digitales internacionales.", []string{"-topic.sovereignty"}},
		{"es", "Temario: soberanía, no intervención, uso de la fuerza y derecho internacional humanitario en el ciberespacio.", []string{"-topic.sovereignty"}},
		{"es", "Los Estados gozan de soberanía sobre su espacio digital nacional conforme al derecho internacional.", []string{"topic.sovereignty"}},
		{"es", "Las ciberoperaciones que penetran en redes gubernamentales extranjeras pueden constituir una violación de la soberanía, aunque no causen daños.", []string{"topic.sovereignty"}},
		{"es", "El principio de la soberanía estatal es aplicable al ciberespacio, según el informe del Grupo de Expertos Gubernamentales de 2015.", []string{"topic.sovereignty"}},
		{"es", "Guatemala sostiene que el ejercicio de la soberanía en el ciberespacio no debe servir de pretexto para restringir la libre circulación de información.", []string{"topic.sovereignty"}},
		{"es", "La soberanía cibernética de cada nación debe ser respetada por los demás Estados.", []string{"topic.sovereignty"}},
		{"es", "Cada Estado tiene el derecho soberano de regular las tecnologías de la información dentro de su territorio.", []string{"topic.sovereignty"}},
		{"es", "Una ciberoperación atribuible a un Estado que interfiera en los sistemas de otro atenta contra su soberanía.", []string{"topic.sovereignty"}},
		{"es", "El país emitió bonos soberanos para financiar su estrategia nacional de ciberseguridad internacional.", []string{"-topic.sovereignty"}},
		{"es", "La decisión soberana del parlamento aprobó la nueva ley de delitos informáticos del país.", []string{"-topic.sovereignty"}},
		{"es", "La dependencia de proveedores extranjeros amenaza la soberanía tecnológica de América Latina en materia digital.", []string{"topic.sovereignty"}},
		{"es", "Europa debe impulsar su soberanía digital frente a los gigantes tecnológicos estadounidenses.", []string{"topic.sovereignty"}},
		{"es", "Los ciberataques rusos contra Ucrania son un atentado contra su soberanía.", []string{"topic.sovereignty"}},
		{"es", "El curso aborda temas como la soberanía, la no intervención, la atribución y la diligencia debida en el ciberespacio.", []string{"-topic.sovereignty"}},
		{"es", "Palabras clave: soberanía, ciberespacio, derecho internacional, atribución.", []string{"-topic.sovereignty"}},
		{"es", "El seminario examinará la soberanía, la jurisdicción, la neutralidad y el uso de la fuerza en las operaciones cibernéticas.", []string{"-topic.sovereignty"}},
		{"es", "La cesión de competencias de los países miembros a la Unión en materia de mercado interior sigue generando debate sobre la soberanía fiscal.", []string{"-topic.sovereignty"}},
		{"es", "El Estado soberano de Bolivia firmó un acuerdo de cooperación en ciberseguridad con Argentina.", []string{"-topic.sovereignty"}},
		{"es", "Las empresas de nube ofrecen soluciones de nube soberana para cumplir los requisitos de los gobiernos europeos.", []string{"-topic.sovereignty"}},
		{"es", "Los principios de soberanía e integridad territorial se aplican a las actividades de los Estados relacionadas con las TIC.", []string{"topic.sovereignty"}},
		{"es", "El Estado no puede alegar la soberanía de otro Estado para desentenderse de los ciberataques que sufre su población.", []string{"topic.sovereignty"}},
		{"es", "La soberanía estatal se extiende al ciberespacio y a la infraestructura que lo sostiene.", []string{"topic.sovereignty"}},
		{"es", "Una intrusión remota en los sistemas de otro Estado puede vulnerar su soberanía aunque no cause daños materiales.", []string{"topic.sovereignty"}},
		{"es", "El país celebra el día de la soberanía nacional con un desfile militar y actividades en línea.", []string{"-topic.sovereignty"}},
		{"es", "Los Estados tienen derecho a ejercer su soberanía sobre las actividades cibernéticas que se desarrollan en su territorio.", []string{"topic.sovereignty"}},
		{"es", "El parlamento aprobó la ley de soberanía energética y de transición digital del país.", []string{"-topic.sovereignty"}},
		{"es", "La soberanía sobre los datos personales permite a los ciudadanos controlar su información en internet.", []string{"-topic.sovereignty"}},
		{"es", "El ciberespacio no es un espacio ajeno a la soberanía de los Estados.", []string{"topic.sovereignty"}},
	})
}

// TestSpanishRound26Mitigation checks mitigating, containing, cushioning,
// neutralising or reducing the harm of cyber operations and cyber risks (C23),
// in several tenses; and that essential entities' own risk duties (NIS2), the
// digital divide, shortages and inflation, climate or disaster mitigation, a
// criminal court's attenuating circumstances, a government downplaying an
// attack, tensions and the risks to peace or of conflict, and a firm's
// insurance are not it.
func TestSpanishRound26Mitigation(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El Estado territorial debe adoptar medidas para mitigar los efectos de la ciberoperación sobre el Estado víctima.", []string{"scope.mitigation"}},
		{"es", "El CSIRT nacional contuvo el incidente y redujo el impacto del ataque de ransomware en los hospitales públicos.", []string{"scope.mitigation"}},
		{"es", "Los equipos enviados por la OTAN ayudaron a atenuar las consecuencias del ciberataque contra el gobierno de Albania.", []string{"scope.mitigation"}},
		{"es", "La cooperación entre los Estados permite minimizar los daños causados por las operaciones cibernéticas maliciosas.", []string{"scope.mitigation"}},
		{"es", "El gobierno activó su protocolo de contención para limitar la propagación del malware en las redes estatales.", []string{"scope.mitigation"}},
		{"es", "Los Estados deberían colaborar para reducir los riesgos cibernéticos que afectan a las infraestructuras críticas.", []string{"scope.mitigation"}},
		{"es", "Se espera que el Estado de origen adopte medidas de mitigación frente a la actividad maliciosa en curso.", []string{"scope.mitigation"}},
		{"es", "Las autoridades lograron paliar el daño de la intrusión informática en los sistemas del ministerio.", []string{"scope.mitigation"}},
		{"es", "La mitigación del cambio climático exige que los Estados reduzcan sus emisiones, y la tecnología digital puede ayudar.", []string{"-scope.mitigation"}},
		{"es", "El tribunal apreció circunstancias atenuantes en el delito informático cometido por el acusado contra el Estado.", []string{"-scope.mitigation"}},
		{"es", "El gobierno minimizó la importancia del ciberataque y negó que hubiera datos comprometidos.", []string{"-scope.mitigation"}},
		{"es", "Las normas voluntarias buscan reducir los riesgos para la paz y la seguridad internacionales derivados del uso de las TIC por los Estados.", []string{"-scope.mitigation"}},
		{"es", "Las medidas de fomento de la confianza reducen el riesgo de conflicto entre Estados en el ciberespacio.", []string{"-scope.mitigation"}},
		{"es", "Las empresas tienen la obligación de mitigar los riesgos cibernéticos de sus clientes según la normativa del país.", []string{"-scope.mitigation"}},
		{"es", "El Estado en cuyo territorio se origina el ataque debe tomar medidas para atenuar sus efectos perjudiciales.", []string{"scope.mitigation"}},
		{"es", "Tras el ciberataque, el gobierno desplegó equipos de respuesta rápida para limitar los daños en la red eléctrica.", []string{"scope.mitigation"}},
		{"es", "La asistencia internacional permitió a Costa Rica paliar las consecuencias del ataque de ransomware contra el ministerio de Hacienda.", []string{"scope.mitigation"}},
		{"es", "Las medidas de mitigación que adopte el Estado afectado deben ser proporcionales a la gravedad del incidente cibernético.", []string{"scope.mitigation"}},
		{"es", "El gobierno aisló los servidores comprometidos para contener el ciberataque y evitar que se propagara a otros ministerios.", []string{"scope.mitigation"}},
		{"es", "Los Estados cooperarán para reducir al mínimo los efectos de los incidentes cibernéticos transfronterizos.", []string{"scope.mitigation"}},
		{"es", "El plan nacional prevé la mitigación de las ciberamenazas contra las infraestructuras críticas del Estado.", []string{"scope.mitigation"}},
		{"es", "Las normas acordadas buscan mitigar las tensiones entre Estados y fomentar la confianza en el uso de las TIC.", []string{"-scope.mitigation"}},
		{"es", "El banco contrató un seguro para mitigar las pérdidas derivadas de fallos en sus sistemas informáticos.", []string{"-scope.mitigation"}},
		{"es", "Los Estados deben contar con capacidad de mitigación y recuperación frente a los incidentes cibernéticos de gran escala.", []string{"scope.mitigation"}},
		{"es", "Los CSIRT de la región intercambiaron recomendaciones de mitigación frente a la campaña de malware.", []string{"scope.mitigation"}},
		{"es", "El gobierno trabajó con Microsoft para minimizar el impacto del ciberataque sobre los servicios públicos.", []string{"scope.mitigation"}},
		{"es", "La OTAN ayudará a Montenegro a hacer frente a las consecuencias del ataque informático contra sus instituciones.", []string{"scope.mitigation"}},
		{"es", "El Estado afectado puede adoptar medidas para neutralizar los efectos de la operación cibernética hostil.", []string{"scope.mitigation"}},
		{"es", "La normativa NIS2 obliga a las entidades esenciales a adoptar medidas para mitigar los riesgos de ciberseguridad de sus redes.", []string{"-scope.mitigation"}},
		{"es", "El proveedor garantiza la continuidad del servicio y la mitigación de fallos técnicos en el centro de datos del gobierno.", []string{"-scope.mitigation"}},
		{"es", "La Agencia Nacional de Ciberseguridad coordinó la mitigación del incidente que afectó a los sistemas del Poder Judicial.", []string{"scope.mitigation"}},
		{"es", "Los Estados deben cooperar para mitigar las amenazas derivadas del uso malicioso de las TIC.", []string{"scope.mitigation"}},
		{"es", "El equipo de respuesta logró contener la intrusión antes de que afectara a la red del ministerio de Defensa.", []string{"scope.mitigation"}},
		{"es", "Los Estados deben adoptar las medidas necesarias para limitar los efectos transfronterizos de los incidentes cibernéticos.", []string{"scope.mitigation"}},
		{"es", "La cooperación internacional resultó esencial para recuperar los sistemas y reducir los daños del ataque al sistema de salud.", []string{"scope.mitigation"}},
		{"es", "El Estado territorial debe hacer lo posible para que la operación cause el menor daño posible al Estado afectado.", []string{"scope.mitigation"}},
		{"es", "El plan pretende mitigar la brecha digital entre zonas rurales y urbanas mediante el acceso a internet.", []string{"-scope.mitigation"}},
		{"es", "La inteligencia artificial ayuda a mitigar la escasez de profesionales de ciberseguridad en el país.", []string{"-scope.mitigation"}},
		{"es", "El gobierno quiere mitigar el impacto de la inflación en los precios de los servicios de internet.", []string{"-scope.mitigation"}},
		{"es", "Los Estados deben reforzar su resiliencia y su capacidad de aminorar los daños de los ciberataques.", []string{"scope.mitigation"}},
		{"es", "Es preciso responder a los incidentes cibernéticos y atenuar sus efectos sobre la población.", []string{"scope.mitigation"}},
	})
}

// TestSpanishRound26Notification checks a State notifying, informing, alerting,
// warning or giving notice to another, putting it in the know, passing it
// evidence, through diplomatic channels or early warning (C8, C29); and that a
// company's data-breach notice, a ministry informing citizens or the press, a
// State telling others of its strategy, a report to the Security Council, banks
// reporting suspicious transactions, and a warning that attacks grew are not
// it.
func TestSpanishRound26Notification(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El Estado víctima notificó al Estado territorial la actividad maliciosa que se originaba en sus servidores.", []string{"measures.notification"}},
		{"es", "Los Estados deberían informar sin demora al Estado afectado de cualquier ciberincidente grave que detecten.", []string{"measures.notification"}},
		{"es", "Chile alertó a las autoridades peruanas sobre el ataque informático que estaba en curso.", []string{"measures.notification"}},
		{"es", "Una vez recibida la notificación, el Estado de origen debe investigar la ciberoperación denunciada.", []string{"measures.notification"}},
		{"es", "Los Estados pusieron en conocimiento del gobierno de Ucrania la campaña de intrusiones detectada.", []string{"measures.notification"}},
		{"es", "La norma prevé que un Estado advierta a otros Estados de las amenazas cibernéticas que puedan afectarlos.", []string{"measures.notification"}},
		{"es", "Estados Unidos transmitió a Rusia información sobre los servidores utilizados por el grupo de ransomware.", []string{"measures.notification"}},
		{"es", "La empresa notificó la violación de datos personales a la autoridad de control y a sus clientes en un plazo de 72 horas.", []string{"-measures.notification"}},
		{"es", "El ministerio informó a la ciudadanía de que el portal estaba caído por un ciberataque.", []string{"-measures.notification"}},
		{"es", "El gobierno informó a la prensa de que el ataque había sido atribuido a Rusia.", []string{"-measures.notification"}},
		{"es", "Los Estados deberían notificar a los Estados potencialmente afectados cuando detecten actividades cibernéticas maliciosas.", []string{"measures.notification"}},
		{"es", "Se dio aviso al gobierno de Brasil de que servidores en su territorio se usaban para atacar bancos argentinos.", []string{"measures.notification"}},
		{"es", "Francia informó a las autoridades rusas sobre la campaña de intrusiones lanzada desde servidores en Rusia.", []string{"measures.notification"}},
		{"es", "El Estado lesionado debe comunicar al Estado territorial la existencia de la ciberoperación antes de adoptar contramedidas.", []string{"measures.notification"}},
		{"es", "El mecanismo de alerta temprana permite a los Estados advertirse mutuamente de las amenazas cibernéticas graves.", []string{"measures.notification"}},
		{"es", "La notificación previa al Estado responsable es un requisito de las contramedidas en el ciberespacio.", []string{"measures.notification"}},
		{"es", "El proveedor de servicios debe notificar los incidentes significativos a la autoridad competente y al CSIRT nacional.", []string{"-measures.notification"}},
		{"es", "El ministerio advirtió que los ciberataques contra el país aumentaron un 30 por ciento este año.", []string{"-measures.notification"}},
		{"es", "Se notificó al gobierno ruso, por vía diplomática, la actividad maliciosa detectada en servidores de su territorio.", []string{"measures.notification"}},
		{"es", "El Estado víctima entregó pruebas a Rusia sobre los autores del ataque informático.", []string{"measures.notification"}},
		{"es", "Los Estados deberían utilizar los canales diplomáticos para informar a otros Estados de incidentes cibernéticos relevantes.", []string{"measures.notification"}},
		{"es", "Las autoridades alemanas avisaron a su homólogo neerlandés de que los ataques procedían de servidores en su país.", []string{"measures.notification"}},
		{"es", "La empresa debe notificar el incidente al INCIBE-CERT en un plazo de 24 horas.", []string{"-measures.notification"}},
		{"es", "El Gobierno advirtió a la población sobre correos fraudulentos que suplantan a la agencia tributaria.", []string{"-measures.notification"}},
		{"es", "El INCIBE informó a las empresas afectadas por la vulnerabilidad y les recomendó actualizar el software.", []string{"-measures.notification"}},
		{"es", "Los Estados deberían establecer procedimientos para notificarse entre sí los incidentes cibernéticos que afecten a infraestructuras críticas.", []string{"measures.notification"}},
		{"es", "El Estado afectado debe informar al Estado de origen antes de recurrir a contramedidas contra la ciberoperación.", []string{"measures.notification"}},
		{"es", "El directorio de puntos de contacto permitirá a los Estados notificarse incidentes cibernéticos graves de manera rápida.", []string{"measures.notification"}},
		{"es", "El gobierno comunicó oficialmente a la embajada rusa que los ataques informáticos procedían de servidores en su territorio.", []string{"measures.notification"}},
		{"es", "La agencia alertó sobre un aumento de las campañas de phishing dirigidas a las pymes del país.", []string{"-measures.notification"}},
		{"es", "Tras detectar el ataque, la cancillería envió una nota al gobierno de Corea del Norte informándole de la intrusión.", []string{"measures.notification"}},
		{"es", "El Estado víctima debería poner en aviso al Estado desde cuyo territorio se lanza la operación cibernética.", []string{"measures.notification"}},
		{"es", "El gobierno notificó al parlamento la aprobación del reglamento sobre ciberseguridad.", []string{"-measures.notification"}},
		{"es", "El gobierno informó a los Estados miembros de la Unión sobre su nueva estrategia de ciberseguridad.", []string{"-measures.notification"}},
		{"es", "España informó al Consejo de Seguridad de las medidas adoptadas contra el ciberataque en ejercicio de la legítima defensa.", []string{"-measures.notification"}},
		{"es", "Los bancos deben alertar a las autoridades de cualquier transacción sospechosa realizada por internet.", []string{"-measures.notification"}},
		{"es", "La norma 13 c supone que el Estado víctima comunique al Estado territorial la información de que dispone.", []string{"measures.notification"}},
	})
}

// TestSpanishRound26ActualKnowledge checks the State's actual knowledge:
// knowing, being aware or informed, having note or news of an operation,
// detecting it, acting knowingly or with knowledge and consent, not pleading
// ignorance (C8, C9); and that shared expertise, awareness campaigns, the
// constructive 'should have known' alone, a public's limited knowledge, knowing
// that it must invest and 'como sabe' and 'bien sabido' are not it.
func TestSpanishRound26ActualKnowledge(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El Estado territorial que tiene conocimiento efectivo de una ciberoperación dirigida contra otro Estado debe actuar.", []string{"knowledge.actual"}},
		{"es", "La obligación nace cuando el Estado sabe que su territorio está siendo utilizado para ataques cibernéticos.", []string{"knowledge.actual"}},
		{"es", "Si el Estado tiene constancia de la actividad maliciosa y no hace nada, incurre en responsabilidad.", []string{"knowledge.actual"}},
		{"es", "Basta con que el Estado conociera la existencia de las operaciones cibernéticas lanzadas desde su territorio.", []string{"knowledge.actual"}},
		{"es", "El Estado de origen, alertado por la víctima, no puede alegar desconocimiento de la operación informática.", []string{"knowledge.actual"}},
		{"es", "Argentina entiende que la norma exige un conocimiento real, y no presunto, por parte del Estado territorial.", []string{"knowledge.actual"}},
		{"es", "Los Estados no deben permitir a sabiendas que su territorio sea utilizado para cometer hechos ilícitos mediante las TIC.", []string{"knowledge.actual"}},
		{"es", "El gobierno era plenamente consciente de que desde sus servidores se lanzaban ciberataques contra sus vecinos.", []string{"knowledge.actual"}},
		{"es", "Los Estados deben compartir conocimientos técnicos y experiencia en ciberseguridad para fortalecer sus capacidades.", []string{"-knowledge.actual"}},
		{"es", "El Estado debería haber sabido que su infraestructura era utilizada para operaciones cibernéticas maliciosas.", []string{"-knowledge.actual"}},
		{"es", "El gobierno dio a conocer su estrategia nacional de ciberseguridad ante el parlamento.", []string{"-knowledge.actual"}},
		{"es", "Solo el conocimiento efectivo del Estado territorial activa su obligación de actuar frente a la ciberoperación.", []string{"knowledge.actual"}},
		{"es", "Un Estado que ha sido informado de manera creíble de una operación cibernética lanzada desde su territorio no puede permanecer pasivo.", []string{"knowledge.actual"}},
		{"es", "El Estado tenía noticia de los ataques informáticos que se realizaban desde su territorio y no hizo nada.", []string{"knowledge.actual"}},
		{"es", "Cuando el Estado detecta actividad maliciosa en su infraestructura dirigida contra otro Estado, debe actuar.", []string{"knowledge.actual"}},
		{"es", "El deber de actuar surge desde el momento en que el Estado toma conocimiento de la ciberoperación.", []string{"knowledge.actual"}},
		{"es", "La norma 13 c exige que los Estados actúen cuando conocen la actividad maliciosa, no cuando debieran conocerla.", []string{"knowledge.actual"}},
		{"es", "El ministerio lanzó una campaña para que los ciudadanos tomen conciencia de los riesgos de internet.", []string{"-knowledge.actual"}},
		{"es", "Es bien sabido que los Estados usan el ciberespacio para espionaje.", []string{"-knowledge.actual"}},
		{"es", "Los Estados no deberían permitir de manera consciente que su territorio se utilice para actos ilícitos mediante las TIC.", []string{"knowledge.actual"}},
		{"es", "Biden afirmó que el gobierno ruso sabe dónde están los hackers del grupo de ransomware y quiénes son.", []string{"knowledge.actual"}},
		{"es", "Pese a haber sido advertido por Estados Unidos, el gobierno no actuó contra los servidores usados en el ataque.", []string{"knowledge.actual"}},
		{"es", "Las operaciones se realizaron con el conocimiento y el consentimiento del gobierno del Estado territorial.", []string{"knowledge.actual"}},
		{"es", "El Estado estaba informado de los ciberataques lanzados desde su territorio y optó por tolerarlos.", []string{"knowledge.actual"}},
		{"es", "La ciudadanía tiene conocimiento limitado de los riesgos de ciberseguridad, según la encuesta del gobierno.", []string{"-knowledge.actual"}},
		{"es", "El Estado conoce bien las necesidades de sus ciudadanos en materia de digitalización.", []string{"-knowledge.actual"}},
		{"es", "Si un Estado conoce que hackers en su territorio preparan un ataque contra otro Estado, debe actuar para impedirlo.", []string{"knowledge.actual"}},
		{"es", "Las autoridades estaban enteradas de la existencia de la botnet alojada en servidores nacionales.", []string{"knowledge.actual"}},
		{"es", "El gobierno, sabedor de que los ataques se lanzaban desde su territorio, no adoptó medida alguna.", []string{"knowledge.actual"}},
		{"es", "Después de haber tenido conocimiento de la ciberoperación, el Estado territorial debe actuar sin demora.", []string{"knowledge.actual"}},
		{"es", "El Estado conoce bien los riesgos que plantea la inteligencia artificial para los servicios públicos.", []string{"-knowledge.actual"}},
		{"es", "La obligación se activa cuando el Estado tenga conocimiento o deba tener conocimiento de la ciberoperación lanzada desde su territorio.", []string{"knowledge.actual"}},
		{"es", "El Estado que, advertido de la operación maliciosa, no actúa, infringe el deber de diligencia.", []string{"knowledge.actual"}},
		{"es", "Resulta difícil probar que el Estado territorial conocía la operación cibernética en curso.", []string{"knowledge.actual"}},
		{"es", "El Estado tiene conocimiento de su propio territorio y de sus redes de telecomunicaciones.", []string{"-knowledge.actual"}},
		{"es", "El gobierno sabe que debe invertir más en ciberseguridad y en formación digital.", []string{"-knowledge.actual"}},
		{"es", "Como sabe el Estado, la transformación digital exige nuevas capacidades en la administración.", []string{"-knowledge.actual"}},
		{"es", "El gobierno sabía que los ataques informáticos contra el país vecino salían de servidores instalados en su territorio.", []string{"knowledge.actual"}},
		{"es", "El Estado no puede alegar ignorancia cuando ha recibido pruebas concretas de la ciberoperación.", []string{"knowledge.actual"}},
	})
}

// TestSpanishRound26Response checks answering a notification or request:
// acknowledging receipt, replying, complying, granting, refusing or ignoring it
// (C4, C18); and that incident-response capacity, citizens' and journalists'
// requests and a request alone are not it.
func TestSpanishRound26Response(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El Estado notificado debe acusar recibo de la notificación y responder dentro de un plazo razonable.", []string{"measures.response"}},
		{"es", "Rusia no respondió a las solicitudes de Estonia relativas a los ciberataques de 2007.", []string{"measures.response"}},
		{"es", "Los Estados deberían atender las solicitudes apropiadas de otro Estado cuya infraestructura crítica sea objeto de actos maliciosos con TIC.", []string{"measures.response"}},
		{"es", "El gobierno hizo caso omiso de la petición de Estados Unidos de detener a los miembros del grupo de ransomware.", []string{"measures.response"}},
		{"es", "Tras recibir la solicitud del Estado víctima, las autoridades incautaron los servidores del grupo de hackers.", []string{"measures.response"}},
		{"es", "El plan nacional mejora la respuesta a incidentes cibernéticos en los organismos del Estado.", []string{"-measures.response"}},
		{"es", "El Estado víctima solicitó al Estado territorial que cerrara los servidores utilizados en el ciberataque.", []string{"-measures.response"}},
		{"es", "El Estado requerido debe dar respuesta a la solicitud de asistencia dentro de un plazo razonable tras el ciberincidente.", []string{"measures.response"}},
		{"es", "Las autoridades rusas contestaron a la notificación del Estado víctima negando cualquier participación en el ataque informático.", []string{"measures.response"}},
		{"es", "China rechazó la solicitud de los Estados Unidos de entregar a los hackers acusados.", []string{"measures.response"}},
		{"es", "El Estado de origen acusó recibo de la notificación y se comprometió a investigar la actividad cibernética denunciada.", []string{"measures.response"}},
		{"es", "Los Estados deben fortalecer sus capacidades de respuesta ante ciberataques contra infraestructuras críticas.", []string{"-measures.response"}},
		{"es", "Hasta ahora no ha habido respuesta de Moscú a las peticiones de Washington sobre los ciberdelincuentes.", []string{"measures.response"}},
		{"es", "Las autoridades ucranianas atendieron el pedido del Estado víctima y bloquearon los servidores del grupo de hackers.", []string{"measures.response"}},
		{"es", "El Estado notificado cooperó con la solicitud y detuvo la actividad cibernética procedente de su territorio.", []string{"measures.response"}},
		{"es", "El Estado creó un equipo de respuesta a incidentes para atender las solicitudes de los ciudadanos afectados por ciberataques.", []string{"-measures.response"}},
		{"es", "Rusia se negó a cooperar con la investigación de Estonia sobre los ciberataques de 2007.", []string{"measures.response"}},
		{"es", "El Estado notificado guardó silencio ante la notificación de la actividad cibernética maliciosa.", []string{"measures.response"}},
		{"es", "El Estado requerido informó al Estado requirente de las medidas adoptadas en respuesta a su notificación sobre la ciberoperación.", []string{"measures.response"}},
		{"es", "El ministerio respondió a las solicitudes de información de los periodistas sobre el ciberataque.", []string{"-measures.response"}},
	})
}

// TestSpanishRound26Binding checks due diligence said to be a legal, binding,
// customary obligation or law in force (C2, C32); and that a treaty's own
// binding force, a State party bound by an extradition treaty and a status
// denied are not it.
func TestSpanishRound26Binding(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "La diligencia debida es una obligación que emana del derecho internacional general y se aplica al ciberespacio.", []string{"status.binding"}},
		{"es", "Consideramos que la debida diligencia constituye una norma vinculante del derecho internacional aplicable a las actividades cibernéticas.", []string{"status.binding"}},
		{"es", "Los Estados tienen la obligación jurídica de ejercer la diligencia debida respecto de las ciberoperaciones que se originan en su territorio.", []string{"status.binding"}},
		{"es", "El principio de diligencia debida forma parte del derecho internacional consuetudinario.", []string{"status.binding"}},
		{"es", "Para Francia, la diligencia debida no es una mera norma voluntaria sino una obligación de derecho internacional.", []string{"status.binding"}},
		{"es", "La diligencia debida es exigible a los Estados como obligación derivada del principio de soberanía.", []string{"status.binding"}},
		{"es", "Algunos Estados consideran que la diligencia debida no es todavía una obligación jurídica en el ciberespacio.", []string{"-status.binding"}},
		{"es", "Las normas de comportamiento responsable de los Estados son voluntarias y no vinculantes, incluida la norma 13 c.", []string{"-status.binding"}},
		{"es", "Para nuestro gobierno, la diligencia debida es una obligación de comportamiento derivada del derecho internacional consuetudinario.", []string{"status.binding"}},
		{"es", "La obligación de diligencia debida tiene carácter vinculante para todos los Estados en el ciberespacio.", []string{"status.binding"}},
		{"es", "Los Estados están jurídicamente obligados a ejercer la debida diligencia respecto de las operaciones que se lanzan desde su territorio.", []string{"status.binding"}},
		{"es", "La diligencia debida no es una simple recomendación: se trata de una norma de derecho internacional general.", []string{"status.binding"}},
		{"es", "El incumplimiento de la obligación de diligencia debida en el ciberespacio genera responsabilidad internacional del Estado.", []string{"status.binding"}},
		{"es", "La Convención de Budapest es jurídicamente vinculante para los Estados parte.", []string{"-status.binding"}},
		{"es", "A nuestro juicio, la diligencia debida es derecho internacional vigente y se aplica a las actividades en el ciberespacio.", []string{"status.binding"}},
		{"es", "La diligencia debida forma parte del derecho internacional existente, como lo confirmó la Corte en el caso Canal de Corfú.", []string{"status.binding"}},
		{"es", "El deber de diligencia debida es una obligación jurídica, no una norma política voluntaria.", []string{"status.binding"}},
		{"es", "El Reglamento general de protección de datos es obligatorio en todos sus elementos y directamente aplicable en cada Estado miembro.", []string{"-status.binding"}},
		{"es", "La diligencia debida es una obligación de derecho internacional que se aplica al comportamiento de los Estados en el ciberespacio.", []string{"status.binding"}},
		{"es", "La diligencia debida es un principio consolidado del derecho internacional que se aplica también en el ciberespacio.", []string{"status.binding"}},
		{"es", "La obligación de diligencia debida tiene fundamento en el derecho internacional consuetudinario.", []string{"status.binding"}},
		{"es", "Costa Rica considera que la diligencia debida es una obligación bien establecida en el derecho internacional, aplicable a las TIC.", []string{"status.binding"}},
		{"es", "Para México, la debida diligencia es de cumplimiento obligatorio para los Estados en el ciberespacio.", []string{"status.binding"}},
		{"es", "Conforme al derecho internacional, los Estados deben ejercer la debida diligencia para que su territorio no se use contra otros.", []string{"status.binding"}},
		{"es", "El principio de diligencia debida se aplica al ciberespacio como parte del derecho internacional general.", []string{"status.binding"}},
		{"es", "Existe una obligación de diligencia debida que los Estados deben respetar también en el ciberespacio.", []string{"status.binding"}},
		{"es", "Los Estados deben cumplir con su obligación jurídica de debida diligencia frente a las ciberoperaciones.", []string{"status.binding"}},
		{"es", "El Estado parte está obligado a cumplir las disposiciones del tratado de extradición.", []string{"-status.binding"}},
	})
}

// TestSpanishRound26Termination checks ending an ongoing operation: putting an
// end to it, stopping, aborting, cutting access, seizing or sinkholing servers
// and domains, dismantling infrastructure (C28); and that attacks that paralyse
// services or force a victim to interrupt its operations, arrests, a victim's
// own shutdown attackers stopping for a ransom, a contract ended and a firm
// leaving a market are not it.
func TestSpanishRound26Termination(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El Estado territorial debe poner fin a la ciberoperación una vez que tenga conocimiento de ella.", []string{"scope.termination"}},
		{"es", "La policía desarticuló la red de bots y tomó el control de los servidores de mando y control.", []string{"scope.termination"}},
		{"es", "Se pidió al gobierno que hiciera cesar los ataques informáticos lanzados desde su territorio.", []string{"scope.termination"}},
		{"es", "Europol y las autoridades nacionales neutralizaron la infraestructura del malware Emotet.", []string{"scope.termination"}},
		{"es", "Las autoridades deben atajar de inmediato los ciberataques que se cometen desde su territorio.", []string{"scope.termination"}},
		{"es", "El Estado está obligado a impedir que continúe la operación cibernética ya iniciada.", []string{"scope.termination"}},
		{"es", "El hospital tuvo que suspender sus servicios tras el ciberataque de ransomware.", []string{"-scope.termination"}},
		{"es", "La policía detuvo a tres hackers acusados de ciberataques contra bancos.", []string{"-scope.termination"}},
		{"es", "Los atacantes prometieron cesar el ataque a cambio de un rescate en criptomonedas.", []string{"-scope.termination"}},
		{"es", "El Estado territorial está obligado a hacer todo lo posible por detener la actividad cibernética maliciosa en curso.", []string{"scope.termination"}},
		{"es", "Se espera que el Estado ponga término a las operaciones informáticas que se lanzan desde su infraestructura.", []string{"scope.termination"}},
		{"es", "Las autoridades incautaron los servidores desde los cuales se cometían los ataques de denegación de servicio.", []string{"scope.termination"}},
		{"es", "La operación policial internacional desmanteló la infraestructura del grupo de ransomware LockBit.", []string{"scope.termination"}},
		{"es", "El Estado notificado debe cortar el acceso de los atacantes a los servidores situados en su territorio.", []string{"scope.termination"}},
		{"es", "Los Estados deben actuar para que cesen las ciberoperaciones dañinas que se originan en su territorio.", []string{"scope.termination"}},
		{"es", "El ataque informático paralizó los servicios del ayuntamiento durante una semana.", []string{"-scope.termination"}},
		{"es", "La empresa decidió apagar sus propios servidores como medida de precaución tras el ciberataque.", []string{"-scope.termination"}},
		{"es", "Se redirigió el tráfico de la botnet hacia un servidor sumidero controlado por la policía.", []string{"scope.termination"}},
		{"es", "El Estado debe poner freno a los ciberataques que se cometen desde su territorio.", []string{"scope.termination"}},
		{"es", "Las autoridades lograron abortar el ataque informático en curso contra la red bancaria.", []string{"scope.termination"}},
		{"es", "La fiscalía ordenó bloquear los dominios utilizados por los delincuentes para difundir el malware.", []string{"scope.termination"}},
		{"es", "El juez ordenó la detención de los hackers y el bloqueo de sus cuentas bancarias.", []string{"-scope.termination"}},
		{"es", "El ciberataque obligó a interrumpir las operaciones del puerto durante dos días.", []string{"-scope.termination"}},
		{"es", "El Estado territorial debe tomar medidas para que cesen de inmediato los ciberataques contra las redes del país vecino.", []string{"scope.termination"}},
		{"es", "La red de bots Emotet fue desmantelada por una operación internacional coordinada por Europol.", []string{"scope.termination"}},
		{"es", "El FBI eliminó el malware de cientos de routers infectados en todo el país.", []string{"scope.termination"}},
		{"es", "El Estado de origen tiene la obligación de hacer que cesen las actividades cibernéticas ilícitas en curso.", []string{"scope.termination"}},
		{"es", "La policía arrestó a los presuntos miembros del grupo y les incautó teléfonos móviles.", []string{"-scope.termination"}},
		{"es", "El derecho internacional exige que el Estado territorial haga cesar la operación cibernética de la que tiene conocimiento.", []string{"scope.termination"}},
		{"es", "La Guardia Civil desactivó la botnet que controlaba miles de ordenadores infectados.", []string{"scope.termination"}},
		{"es", "El gobierno decidió poner fin al contrato con la empresa de telecomunicaciones tras el ciberataque.", []string{"-scope.termination"}},
		{"es", "La compañía anunció el cese de sus operaciones en Rusia, incluidos sus servicios en la nube.", []string{"-scope.termination"}},
	})
}

// TestSpanishRound26NonIntervention checks non-intervention and non-
// interference: meddling in elections or internal affairs, coercion, the
// reserved domain, Article 2(7)'s domestic jurisdiction, foreign interference;
// and that privacy's arbitrary interference, criminal 'coacciones', the State's
// intervention in the economy, meddling in the judiciary or a union's affairs,
// and a CSIRT's or emergency services' intervention are not it.
func TestSpanishRound26NonIntervention(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Las ciberoperaciones que buscan alterar el resultado de unas elecciones constituyen una injerencia prohibida en los asuntos internos del Estado.", []string{"topic.non_intervention"}},
		{"es", "El elemento de coerción distingue la intervención ilícita de la mera influencia mediante operaciones digitales.", []string{"topic.non_intervention"}},
		{"es", "El principio de no intervención prohíbe a los Estados interferir en el dominio reservado de otros Estados por medios cibernéticos.", []string{"topic.non_intervention"}},
		{"es", "Una campaña de desinformación orquestada por un Estado para manipular procesos electorales extranjeros viola el principio de no injerencia.", []string{"topic.non_intervention"}},
		{"es", "Las operaciones que privan a otro Estado de su libertad de decidir sobre su sistema político son coercitivas y prohibidas por el derecho internacional.", []string{"topic.non_intervention"}},
		{"es", "Nadie será objeto de injerencias arbitrarias en su vida privada ni en su correspondencia, tampoco en internet.", []string{"-topic.non_intervention"}},
		{"es", "El acusado fue condenado por amenazas y coacciones a través de las redes sociales.", []string{"-topic.non_intervention"}},
		{"es", "La intervención de los equipos técnicos del CSIRT permitió restablecer las redes del ministerio.", []string{"-topic.non_intervention"}},
		{"es", "La injerencia de un Estado en las elecciones de otro mediante ciberoperaciones vulnera el derecho internacional.", []string{"topic.non_intervention"}},
		{"es", "El principio de no intervención se aplica a las ciberoperaciones que afectan asuntos del dominio reservado de los Estados.", []string{"topic.non_intervention"}},
		{"es", "Las operaciones cibernéticas coercitivas contra el sistema electoral de otro Estado constituyen una intervención prohibida.", []string{"topic.non_intervention"}},
		{"es", "Ningún Estado puede intervenir directa o indirectamente en los asuntos internos de otro por medios digitales.", []string{"topic.non_intervention"}},
		{"es", "La intervención del Estado en la economía digital ha aumentado durante la pandemia.", []string{"-topic.non_intervention"}},
		{"es", "Nadie será objeto de injerencias ilegales en su privacidad, incluidas las comunicaciones por internet.", []string{"-topic.non_intervention"}},
		{"es", "La injerencia extranjera a través de campañas de desinformación en línea amenaza la integridad de los procesos democráticos.", []string{"topic.non_intervention"}},
		{"es", "Los Estados tienen la obligación de abstenerse de intervenir en los asuntos que son esencialmente de la jurisdicción interna de otros, también en el ciberespacio.", []string{"topic.non_intervention"}},
		{"es", "La intromisión extranjera en los comicios inquieta a los columnistas del diario.", []string{"-topic.non_intervention"}},
		{"es", "El curso aborda temas como la soberanía, la no intervención, la atribución y la diligencia debida en el ciberespacio.", []string{"-topic.non_intervention"}},
		{"es", "El gobierno denunció la injerencia del poder judicial en los asuntos del parlamento sobre la ley digital.", []string{"-topic.non_intervention"}},
		{"es", "El CSIRT intervino los servidores comprometidos para restablecer los servicios del Estado.", []string{"-topic.non_intervention"}},
		{"es", "Según Brasil, una ciberoperación que obligue a otro Estado a cambiar su política exterior sería una intervención prohibida.", []string{"topic.non_intervention"}},
		{"es", "Las operaciones cibernéticas destinadas a socavar la independencia política de otro Estado violan el principio de no intervención.", []string{"topic.non_intervention"}},
		{"es", "Ecuador rechaza toda intervención coercitiva en los asuntos de otros Estados mediante las tecnologías de la información.", []string{"topic.non_intervention"}},
		{"es", "Ningún Estado tiene derecho a injerirse en los procesos electorales de otros países mediante operaciones en línea.", []string{"topic.non_intervention"}},
		{"es", "La campaña rusa de hackeo buscó interferir en las elecciones estadounidenses, en violación del derecho internacional.", []string{"topic.non_intervention"}},
		{"es", "Una ciberoperación que restrinja la libertad de un Estado para decidir su política exterior vulnera el principio que prohíbe la coerción.", []string{"topic.non_intervention"}},
		{"es", "Las campañas de desinformación patrocinadas por Estados extranjeros para influir en elecciones constituyen una injerencia en los asuntos internos.", []string{"topic.non_intervention"}},
		{"es", "La coerción es el elemento esencial de la intervención prohibida, también en el ciberespacio.", []string{"topic.non_intervention"}},
		{"es", "La intervención del gobierno en el mercado de las telecomunicaciones fue criticada por las empresas de internet.", []string{"-topic.non_intervention"}},
		{"es", "La oposición denunció la injerencia del Gobierno en los asuntos del poder judicial y de la prensa digital.", []string{"-topic.non_intervention"}},
		{"es", "Los sindicatos rechazaron la injerencia de la empresa en sus asuntos internos a través de correos electrónicos.", []string{"-topic.non_intervention"}},
		{"es", "Se requirió la intervención de los servicios de emergencia tras el incendio en el centro de datos del Estado.", []string{"-topic.non_intervention"}},
	})
}

// TestSpanishRound26StateActors checks the law of attribution to States:
// organs, instructions, direction or control, conduct attributable, the norm
// limited to States' acts (C1, C35); and that State-owned firms, a delegate
// speaking 'en nombre del Gobierno', a working group's mandate, organs
// described by their task or named without attribution, a State's legal powers
// ('atribuciones'), guidelines followed, staff tasked, collusion between firms,
// a firm attributing a campaign to a nation-State, institutions under a
// government's control, operations 'dirigidas contra otro Estado' and threat
// inventories are not it.
func TestSpanishRound26StateActors(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Un comportamiento es atribuible al Estado cuando lo realizan sus órganos o personas que actúan bajo su dirección o control.", []string{"actors.state"}},
		{"es", "La norma solo abarca los hechos internacionalmente ilícitos cometidos por los Estados y no los de particulares.", []string{"actors.state"}},
		{"es", "Para que nazca la responsabilidad es necesario que la ciberoperación sea jurídicamente atribuible a un Estado.", []string{"actors.state"}},
		{"es", "Los ciberataques dirigidos contra otro Estado pueden tener consecuencias graves para la estabilidad internacional.", []string{"-actors.state"}},
		{"es", "Las empresas controladas por el Estado dominan el mercado de telecomunicaciones e internet del país.", []string{"-actors.state"}},
		{"es", "Tengo el honor de intervenir en nombre del Gobierno de México en este debate sobre ciberseguridad.", []string{"-actors.state"}},
		{"es", "El mandato del Grupo de Trabajo de Composición Abierta sobre la seguridad de las TIC fue renovado.", []string{"-actors.state"}},
		{"es", "Los órganos del Estado encargados de la ciberseguridad nacional coordinan su trabajo con el CSIRT.", []string{"-actors.state"}},
		{"es", "Las amenazas provienen de hackers, grupos criminales y agentes estatales que actúan en el ciberespacio.", []string{"-actors.state"}},
		{"es", "La ONU y sus órganos promueven el uso pacífico de las tecnologías digitales.", []string{"-actors.state"}},
		{"es", "La conducta de un órgano del Estado se considera hecho de ese Estado según el derecho internacional, también en el ciberespacio.", []string{"actors.state"}},
		{"es", "Las ciberoperaciones de personas que actúan siguiendo instrucciones del gobierno son atribuibles al Estado.", []string{"actors.state"}},
		{"es", "La norma 13 c se refiere únicamente a los hechos ilícitos cometidos por Estados y no a la conducta de actores privados.", []string{"actors.state"}},
		{"es", "Los agentes estatales que realizan ciberoperaciones comprometen la responsabilidad internacional de su Estado.", []string{"actors.state"}},
		{"es", "El ministerio publicó un informe sobre las capacidades cibernéticas de las agencias del Estado.", []string{"-actors.state"}},
		{"es", "Los hackers actuaron por cuenta propia y con fines económicos, según la policía.", []string{"-actors.state"}},
		{"es", "Las empresas estatales de telecomunicaciones sufrieron ataques de ransomware este año.", []string{"-actors.state"}},
		{"es", "Los actores estatales y los grupos criminales intentan tomar el control de infraestructuras críticas en el ciberespacio.", []string{"-actors.state"}},
		{"es", "Según la empresa de seguridad, los actores estatales responsables del ataque operaban desde Asia.", []string{"-actors.state"}},
		{"es", "El Estado debe garantizar que sus órganos de control cuenten con recursos para la ciberseguridad.", []string{"-actors.state"}},
		{"es", "Las instituciones del Estado bajo control del gobierno sufrieron un ciberataque masivo.", []string{"-actors.state"}},
		{"es", "El embajador habló en nombre del Estado mexicano en la sesión del Consejo sobre ciberseguridad.", []string{"-actors.state"}},
		{"es", "El grupo de hackers, presuntamente dirigido por los servicios de inteligencia rusos, atacó ministerios ucranianos.", []string{"-actors.state"}},
		{"es", "La policía detuvo a funcionarios del Estado acusados de corrupción en contratos informáticos.", []string{"-actors.state"}},
		{"es", "Una operación de un grupo privado es atribuible al Estado si este ejercía un control efectivo sobre ella.", []string{"actors.state"}},
		{"es", "Los actos de hackers que actúan bajo la dirección y el control de un gobierno se consideran hechos de ese Estado.", []string{"actors.state"}},
		{"es", "La conducta de los hackers solo genera responsabilidad internacional si puede atribuirse al Estado conforme al derecho internacional.", []string{"actors.state"}},
		{"es", "Los servicios de inteligencia del Estado ruso estuvieron detrás del ataque, según el gobierno británico.", []string{"-actors.state"}},
		{"es", "Los ciberataques llevados a cabo por órganos estatales o por personas que ejercen atribuciones del poder público son hechos del Estado.", []string{"actors.state"}},
		{"es", "La estrategia nacional de ciberseguridad coordina a todos los órganos estatales con competencias en la materia.", []string{"-actors.state"}},
		{"es", "La empresa de ciberseguridad atribuyó la campaña de espionaje a un Estado nación de Asia oriental.", []string{"-actors.state"}},
		{"es", "La nueva ley de ciberseguridad otorga amplias atribuciones al Estado para supervisar las redes.", []string{"-actors.state"}},
		{"es", "Los órganos del Estado deberán garantizar la ciberseguridad de los datos de los ciudadanos.", []string{"-actors.state"}},
		{"es", "Las entidades públicas implementarán los controles siguiendo las directrices de la agencia nacional de ciberseguridad.", []string{"-actors.state"}},
		{"es", "El ministerio encargó a varias personas la redacción del plan de ciberseguridad.", []string{"-actors.state"}},
		{"es", "La autoridad de competencia investiga una posible colusión entre empresas de telecomunicaciones e internet.", []string{"-actors.state"}},
		{"es", "Un Estado no es responsable de los actos de particulares a menos que estos actúen bajo su dirección o control.", []string{"actors.state"}},
		{"es", "Las personas o entidades facultadas por el derecho interno para ejercer atribuciones del poder público actúan como órganos del Estado a efectos de la atribución.", []string{"actors.state"}},
	})
}

// TestSpanishRound26Prevention checks preventing operations before they happen
// (C6); and that duplication avoided, user advice, prevention beside detection
// and response, bullying, fraud, scams and harmful content prevented, users and
// minors kept safe, fragmentation and arms races avoided, job losses, blocked
// access and wording a report avoids are not it.
func TestSpanishRound26Prevention(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Los Estados deben adoptar medidas para prevenir que su territorio sea utilizado para ciberataques contra otros Estados.", []string{"scope.prevention"}},
		{"es", "La diligencia debida exige impedir las operaciones cibernéticas antes de que causen daños.", []string{"scope.prevention"}},
		{"es", "Se adoptaron medidas para evitar la duplicación de esfuerzos con otros foros de ciberseguridad.", []string{"-scope.prevention"}},
		{"es", "Para evitar ataques de phishing, los usuarios deben desconfiar de los correos electrónicos sospechosos.", []string{"-scope.prevention"}},
		{"es", "La delegación evitó pronunciarse sobre la aplicación del derecho internacional al ciberespacio.", []string{"-scope.prevention"}},
		{"es", "El programa busca prevenir el ciberacoso escolar y promover el uso responsable de internet entre los jóvenes.", []string{"-scope.prevention"}},
		{"es", "Los Estados deben impedir que actores no estatales utilicen su territorio para lanzar ciberataques contra otros Estados.", []string{"scope.prevention"}},
		{"es", "La prevención de las ciberoperaciones dañinas es el núcleo de la diligencia debida.", []string{"scope.prevention"}},
		{"es", "El Estado debe adoptar medidas preventivas para que su infraestructura no sea usada en operaciones cibernéticas ilícitas.", []string{"scope.prevention"}},
		{"es", "El centro nacional trabaja en la prevención del fraude en línea y en la sensibilización de los ciudadanos.", []string{"-scope.prevention"}},
		{"es", "Los Estados deben evitar utilizar un lenguaje ambiguo en el informe final sobre las TIC.", []string{"-scope.prevention"}},
		{"es", "Para prevenir el ciberacoso, la escuela ofrece talleres a los alumnos sobre el uso de las redes sociales.", []string{"-scope.prevention"}},
		{"es", "El gobierno adoptó medidas para impedir el acceso a sitios web de apuestas ilegales.", []string{"-scope.prevention"}},
		{"es", "Los expertos recomiendan evitar el uso de contraseñas débiles en las redes domésticas y en internet.", []string{"-scope.prevention"}},
		{"es", "La estrategia se basa en la prevención, detección y respuesta ante incidentes cibernéticos en la administración.", []string{"-scope.prevention"}},
		{"es", "Los Estados deben evitar que se repitan ataques informáticos desde su territorio contra otros Estados.", []string{"scope.prevention"}},
		{"es", "El gobierno impulsa medidas para prevenir el fraude bancario por internet.", []string{"-scope.prevention"}},
		{"es", "Se adoptaron medidas para evitar que los ciudadanos sean víctimas de estafas en línea.", []string{"-scope.prevention"}},
		{"es", "La ley busca prevenir la difusión de contenidos ilícitos en las redes sociales.", []string{"-scope.prevention"}},
		{"es", "La ciberseguridad de la empresa permite prevenir ataques de ransomware contra sus servidores.", []string{"-scope.prevention"}},
		{"es", "Hay que evitar que la Red se fragmente en espacios nacionales cerrados.", []string{"-scope.prevention"}},
		{"es", "El Estado tiene el deber de impedir que su territorio se utilice para lanzar ciberataques contra otro Estado.", []string{"scope.prevention"}},
		{"es", "Las medidas adoptadas por el Estado deben estar destinadas a prevenir ciberoperaciones dañinas contra terceros Estados.", []string{"scope.prevention"}},
		{"es", "Los Estados deberían adoptar medidas razonables para evitar que su infraestructura sea utilizada por terceros para ciberataques.", []string{"scope.prevention"}},
		{"es", "La ley de ciberseguridad busca prevenir la pérdida de empleos en el sector tecnológico del país.", []string{"-scope.prevention"}},
		{"es", "Los usuarios deben evitar los riesgos en internet y no abrir enlaces sospechosos.", []string{"-scope.prevention"}},
		{"es", "Los Estados deben evitar la fragmentación de internet en espacios nacionales.", []string{"-scope.prevention"}},
		{"es", "Los Estados deben evitar una carrera armamentística en el ciberespacio.", []string{"-scope.prevention"}},
		{"es", "Es necesario prevenir los riesgos que corren los menores en las redes sociales.", []string{"-scope.prevention"}},
		{"es", "Los Estados deben evitar que actores no estatales utilicen las TIC desde su territorio para atacar a otros Estados.", []string{"scope.prevention"}},
		{"es", "La diligencia debida impone al Estado la obligación de prevenir daños transfronterizos derivados de actividades cibernéticas.", []string{"scope.prevention"}},
	})
}
