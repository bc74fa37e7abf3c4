package annotate

import "testing"

// The tests below check the Spanish rules written in round 23 for the
// families of phrasing that batch 9's passages showed the rules missing
// most (actors.non_state, topic.state_responsibility, scope.termination).
// The sentences were written for this test, not taken from a labelled
// passage: positives in several syntaxes (active and passive, a relative
// clause, a condition, a rule to follow) and near misses that use the same
// cue words in another sense, as a passing mention or as a fact told.

// TestSpanishRound23HarbouredCriminals checks that States faulted for
// sheltering, hiding or not acting against criminals who operate from their
// soil reach those criminals (C10), and that victims protected, a
// coalition acting against havens and "our country" guarding itself do not.
func TestSpanishRound23HarbouredCriminals(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Rusia sigue dando refugio a los delincuentes informáticos que extorsionan a empresas extranjeras.", []string{"actors.non_state"}},
		{"es", "Los arrestos advierten a otros delincuentes de que operar desde Rusia quizá ya no sea un puerto seguro.", []string{"-actors.non_state"}},
		{"es", "Ciertos países dan protección a los ciberdelincuentes que atacan los sistemas de sus vecinos.", []string{"actors.non_state"}},
		{"es", "El Gobierno permite que los responsables de los ciberataques operen desde su territorio sin castigo alguno.", []string{"actors.non_state"}},
		{"es", "Algunas naciones evitan actuar contra los hackers que lanzan ataques contra otros países.", []string{"actors.non_state", "-scope.prevention"}},
		{"es", "Los Estados que alberguen a bandas de ransomware deberán rendir cuentas ante la comunidad internacional.", []string{"actors.non_state"}},
		{"es", "Esos Estados encubren a los piratas informáticos que trabajan desde su suelo.", []string{"actors.non_state"}},
		{"es", "Según la carta, algunos Estados siguen permitiendo que los actores de software de chantaje operen desde su territorio.", []string{"actors.non_state"}},
		{"es", "El Estado brinda protección a las víctimas de los ciberdelincuentes mediante su equipo de respuesta.", []string{"-actors.non_state"}},
		{"es", "Una coalición de naciones sancionó a los servicios de alojamiento que sirven de refugio a los delincuentes en línea.", []string{"-actors.non_state"}},
		{"es", "Con el convenio, nuestro país no será un paraíso donde los ciberdelincuentes extiendan sus redes.", []string{"-actors.non_state"}},
	})
}

// TestSpanishRound23HavensAddressed checks that criminals' safe havens to be
// addressed, denied or eliminated reach the criminals even when no State is
// named (C10), and that criminals said only to operate from havens, or tax
// havens, do not.
func TestSpanishRound23HavensAddressed(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Los aliados se comprometieron a eliminar los refugios seguros de los grupos de ransomware.", []string{"actors.non_state"}},
		{"es", "Hay que negar santuario a los ciberdelincuentes dondequiera que se escondan.", []string{"actors.non_state"}},
		{"es", "La estrategia busca abordar los paraísos de la ciberdelincuencia que todavía existen.", []string{"actors.non_state"}},
		{"es", "La iniciativa pide no ofrecer ningún refugio a los piratas que atacan hospitales.", []string{"actors.non_state"}},
		{"es", "Muchos grupos de ransomware operan desde refugios seguros fuera del alcance de la policía.", []string{"-actors.non_state"}},
		{"es", "El tratado busca eliminar los paraísos fiscales que usan los delincuentes para lavar dinero.", []string{"-actors.non_state"}},
	})
}

// TestSpanishRound23PrivateHackBack checks that companies or other private
// actors to be stopped, forbidden or regulated from hacking back are under a
// State's duty, and that a debate on whether that would be legal for them,
// a firm defending its own network, or hack-back likened to self-defence,
// are not.
func TestSpanishRound23PrivateHackBack(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Se discute si las empresas podrían contraatacar de forma legal y legítima a quienes las atacan en la red.", []string{"-actors.non_state"}},
		{"es", "La ley prohíbe a las compañías privadas practicar el hack back contra sus atacantes.", []string{"actors.non_state"}},
		{"es", "Los Estados deben impedir que actores privados lancen una defensa activa contra servidores extranjeros.", []string{"actors.non_state"}},
		{"es", "El Estado debe regular si una empresa puede devolver el hackeo a un grupo extranjero.", []string{"actors.non_state"}},
		{"es", "El plan pretende evitar que las empresas privadas hackeen a quienes las atacaron.", []string{"actors.non_state"}},
		{"es", "La empresa de ciberseguridad ofrece a sus clientes una defensa activa de sus propias redes conforme a la ley.", []string{"-actors.non_state"}},
		{"es", "El hack back se parece a la legítima defensa, con la salvedad de que quienes se defienden son empresas.", []string{"-actors.non_state"}},
		{"es", "Las empresas sufrieron ataques de hackers y la ley no les ofrece ninguna protección.", []string{"-actors.non_state"}},
	})
}

// TestSpanishRound23AttributedPrivateActs checks that private acts attributed
// in law to a State, persons acting on its behalf or with its support, and
// private acts that do or do not make a State internationally responsible
// reach non-State actors (C16), and that other senses of the same verbs do
// not.
func TestSpanishRound23AttributedPrivateActs(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Al Estado se le imputan los actos de los particulares que actúan bajo su control.", []string{"actors.non_state"}},
		{"es", "Solo cuando los particulares actúan en nombre del Estado puede surgir su responsabilidad internacional.", []string{"actors.non_state"}},
		{"es", "Los individuos que actúan con la autorización del Estado pueden comprometer su responsabilidad.", []string{"actors.non_state"}},
		{"es", "Los actos de simples particulares no hacen internacionalmente responsable al Estado, salvo que este haya faltado a su deber de prevención.", []string{"actors.non_state", "actors.state"}},
		{"es", "La empresa actúa en nombre de sus accionistas en la junta.", []string{"-actors.non_state", "-actors.state"}},
		{"es", "Se le atribuyen al ministro varias declaraciones sobre la ciberseguridad nacional.", []string{"-actors.non_state", "-actors.state"}},
		{"es", "El gobierno actuó con el apoyo del Estado vecino para proteger sus redes.", []string{"-actors.non_state", "-actors.state"}},
	})
}

// TestSpanishRound23Takedowns checks that servers, domains and a criminal
// ecosystem dismantled, seized, neutralised or taken over end an operation
// (C28), in the passive too, and that a victim taking its own servers
// offline, attackers seizing servers and ransom payments stopped do not.
func TestSpanishRound23Takedowns(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "La policía desmanteló cuarenta servidores que alojaban el programa de extorsión.", []string{"scope.termination"}},
		{"es", "Se neutralizaron más de cien dominios empleados por los atacantes.", []string{"scope.termination"}},
		{"es", "Los servidores incautados pertenecían a la red de la banda de ransomware.", []string{"scope.termination"}},
		{"es", "Un juez autorizó a la empresa a tomar el control de los dominios usados por la botnet.", []string{"scope.termination"}},
		{"es", "Los aliados acordaron perturbar el ecosistema del ransomware con sanciones y arrestos.", []string{"scope.termination"}},
		{"es", "La empresa víctima desconectó sus propios servidores por precaución tras el ataque.", []string{"-scope.termination"}},
		{"es", "Los atacantes tomaron el control de los servidores del hospital durante la noche.", []string{"-scope.termination"}},
		{"es", "Los países buscan detener los pagos de ransomware a los delincuentes.", []string{"-scope.termination"}},
		{"es", "El ministerio registró dos nuevos dominios para su portal de servicios en línea.", []string{"-scope.termination"}},
	})
}

// TestSpanishRound23StateResponsible checks that a State said to be, or to
// be able to be, responsible when, if or for what it fails to do is State
// responsibility (C24), as "responsabilidad estatal" is, and that a State
// "responsable de" a task and a company held responsible are not.
func TestSpanishRound23StateResponsible(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El Estado será responsable cuando no haya adoptado medidas para impedir el ataque.", []string{"topic.state_responsibility"}},
		{"es", "Un Estado puede ser internacionalmente responsable si tolera ataques desde su territorio.", []string{"topic.state_responsibility"}},
		{"es", "Los Estados son responsables por los daños que causen las operaciones lanzadas desde su territorio.", []string{"topic.state_responsibility"}},
		{"es", "La responsabilidad estatal por los ciberataques sigue siendo objeto de debate.", []string{"topic.state_responsibility"}},
		{"es", "El Estado es responsable de garantizar la seguridad de sus redes.", []string{"-topic.state_responsibility"}},
		{"es", "Los Estados son responsables de proteger a sus ciudadanos en línea.", []string{"-topic.state_responsibility"}},
		{"es", "La empresa será responsable cuando no proteja los datos de sus clientes.", []string{"-topic.state_responsibility"}},
	})
}

// TestSpanishRound23LinksToStateServices checks that a hedged place inside a
// State service, and cyber actors linked to a State by an investigation or
// a report, attribute an operation (C15), and that a bare descriptor, trade
// links and a private firm do not.
func TestSpanishRound23LinksToStateServices(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Los piratas forman una unidad presuntamente integrada en el servicio de inteligencia militar.", []string{"topic.state_responsibility"}},
		{"es", "El grupo, supuestamente parte del GRU, atacó la red eléctrica.", []string{"topic.state_responsibility"}},
		{"es", "Un panel de la ONU afirmó que actores maliciosos vinculados a Corea del Norte siguieron realizando operaciones contra bancos.", []string{"topic.state_responsibility"}},
		{"es", "La empresa, vinculada a China según su registro mercantil, amplió sus operaciones comerciales.", []string{"-topic.state_responsibility"}},
		{"es", "El grupo presuntamente forma parte de una empresa de seguridad privada.", []string{"-topic.state_responsibility"}},
	})
}

// TestSpanishRound23PreventionVerbs checks that preventing others from
// hacking, attacking or sabotaging, told by the verb, is prevention, and
// that "evitar" before an infinitive of acting is avoiding it.
func TestSpanishRound23PreventionVerbs(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Los Estados deben evitar que grupos armados ataquen las redes de otros países.", []string{"scope.prevention"}},
		{"es", "Es necesario impedir que los hackers saboteen la infraestructura crítica de otros Estados.", []string{"scope.prevention"}},
		{"es", "La cooperación busca prevenir que los grupos hackeen las elecciones de otros Estados.", []string{"scope.prevention"}},
		{"es", "El portavoz evitó pronunciarse sobre los ataques lanzados contra el Estado vecino.", []string{"-scope.prevention"}},
	})
}

// TestSpanishRound23CueSenses checks other senses of cue words met in batch
// 9: knowledge as expertise, "debe" as a verb beside "es", and non-State
// actors who help the victims.
func TestSpanishRound23CueSenses(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El Gobierno debe aceptar la ayuda de los Estados que tienen más conocimiento y experiencia en ciberseguridad.", []string{"-knowledge.actual"}},
		{"es", "Los Estados que tienen conocimiento de una operación desde su territorio deben actuar.", []string{"knowledge.actual"}},
		{"es", "La diligencia debida es necesaria cuando un riesgo debe ser controlado para prevenir daños a otro Estado.", []string{"-status.binding"}},
		{"es", "La diligencia debida es un deber de los Estados en el ciberespacio.", []string{"status.binding"}},
		{"es", "Celebramos los esfuerzos de los Estados y de los actores no estatales para prestar asistencia a las víctimas de ciberataques.", []string{"-actors.non_state"}},
		{"es", "Los Estados deben impedir que los actores no estatales utilicen su territorio para ciberataques.", []string{"actors.non_state"}},
	})
}

// TestSpanishRound23CybercrimeActedAgainst checks that a State faulted for
// sheltering or not acting against cybercriminals, a charge in its finite
// verb for hacking, a court order against criminals' domains and seized
// servers speak of cybercrime (C12 b), and that a haven for tax evaders, an
// attribution with no crime named and a domain registered do not.
func TestSpanishRound23CybercrimeActedAgainst(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Algunos países toleran a los ciberdelincuentes que atacan a sus vecinos.", []string{"topic.cybercrime"}},
		{"es", "Los Estados responsables no albergan a los criminales de ransomware.", []string{"topic.cybercrime"}},
		{"es", "La fiscalía imputó a tres hombres por una campaña de piratería contra ministerios extranjeros.", []string{"topic.cybercrime"}},
		{"es", "El juez dictó una orden judicial para que la empresa tomara los dominios de la botnet.", []string{"topic.cybercrime"}},
		{"es", "Los servidores incautados alojaban el programa de los atacantes.", []string{"topic.cybercrime"}},
		{"es", "Estos Estados son un paraíso fiscal para los delincuentes que esconden allí sus ganancias.", []string{"-topic.cybercrime", "-actors.non_state"}},
		{"es", "El Gobierno atribuyó la campaña de ciberespionaje a la inteligencia militar de otro Estado.", []string{"-topic.cybercrime"}},
		{"es", "El ministerio registró dos nuevos dominios para sus servicios en línea.", []string{"-topic.cybercrime"}},
	})
}

// TestSpanishRound23DiligenceByItsMeasure checks that diligence a State must
// exercise, or whose degree its capacities or means set, names due diligence
// and the capacity standard, that an obligation of States to prevent and
// one an approach entails are binding, and that a firm's diligence or
// resources at a company's disposal are not.
func TestSpanishRound23DiligenceByItsMeasure(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Los Estados solo están obligados a ejercer la diligencia que corresponda a los medios a su disposición.", []string{"topic.due_diligence", "standard.capacity"}},
		{"es", "Las capacidades de cada Estado condicionan el grado de diligencia exigido frente a las ciberoperaciones.", []string{"topic.due_diligence", "standard.capacity"}},
		{"es", "El Estado territorial debe actuar con los recursos a su disposición para detener la operación.", []string{"standard.capacity"}},
		{"es", "La obligación de los Estados de prevenir las violaciones de derechos humanos es bien conocida.", []string{"status.binding"}},
		{"es", "El enfoque precautorio conlleva una obligación de controlar los riesgos a través de la debida diligencia del Estado.", []string{"status.binding"}},
		{"es", "El comprador debe ejercer la diligencia propia de un buen comerciante antes de firmar el contrato.", []string{"-topic.due_diligence"}},
		{"es", "La empresa puso todos sus recursos a su disposición para atender a sus clientes.", []string{"-standard.capacity"}},
	})
}

// TestSpanishRound23AttributingActs checks more wordings of an attributing
// act (C11, C15) and of a State answering for harm (C24): a State said to
// be behind an operation, accused of sponsoring its authors, an operation
// linked by a report to a State service, hackers working on its commission;
// and that an operation described with no attributing act, a firm working
// on commission and a reply to a letter are not.
func TestSpanishRound23AttributingActs(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El Reino Unido concluyó que Rusia estaba detrás del ciberataque contra Ucrania.", []string{"topic.state_responsibility"}},
		{"es", "Washington acusó formalmente a Pekín de patrocinar a los piratas que robaron datos de millones de personas.", []string{"topic.state_responsibility"}},
		{"es", "El informe de la empresa de ciberseguridad vincula la operación con la inteligencia militar iraní.", []string{"topic.state_responsibility"}},
		{"es", "Según los investigadores, los hackers trabajaban por encargo del Ministerio de Seguridad del Estado chino.", []string{"topic.state_responsibility"}},
		{"es", "Los Estados deberán responder por los daños causados desde su territorio a otros Estados.", []string{"topic.state_responsibility"}},
		{"es", "Rusia estaba preparando su presidencia del Consejo de Seguridad cuando se produjo el ataque.", []string{"-topic.state_responsibility"}},
		{"es", "La consultora trabaja por encargo de varios bancos para auditar sus redes.", []string{"-topic.state_responsibility"}},
		{"es", "El ministerio debe responder por escrito a la carta de la embajada.", []string{"-topic.state_responsibility"}},
	})
}

// TestSpanishRound23MoreActorsAndTerms checks other names of non-State actors
// within a duty (terrorists, militias, private subjects, "un Estado o un
// particular"), the operation suspended and the command servers switched
// off (C28), an obligation under international law itself, knowledge by
// "conocer", "es consciente" and "tiene constancia", and constructive
// knowledge in the imperfect subjunctive; and their near misses: terrorist
// acts as an adjective, a victim switching off its own servers, an event
// suspended and knowing a person.
func TestSpanishRound23MoreActorsAndTerms(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Los Estados no deben permitir que terroristas usen las TIC desde su territorio contra otros Estados.", []string{"actors.non_state"}},
		{"es", "El Estado debe evitar que milicias y grupos insurgentes lancen ciberataques desde su suelo.", []string{"actors.non_state"}},
		{"es", "El Estado debe impedir que sujetos privados causen daños transfronterizos mediante operaciones cibernéticas.", []string{"actors.non_state"}},
		{"es", "La norma se aplica con independencia de que el autor sea un Estado o un particular.", []string{"actors.non_state"}},
		{"es", "Las TIC no deben servir para la perpetración de actos terroristas contra los Estados.", []string{"-actors.non_state"}},
		{"es", "Se pide al Estado de origen que suspenda la operación en curso.", []string{"scope.termination"}},
		{"es", "La policía logró apagar los servidores de mando y control del malware.", []string{"scope.termination"}},
		{"es", "El hospital apagó sus servidores tras el ataque de ransomware.", []string{"-scope.termination"}},
		{"es", "El Estado debe suspender la reunión prevista con la delegación.", []string{"-scope.termination"}},
		{"es", "Los Estados están obligados por el derecho internacional a ejercer la diligencia debida.", []string{"status.binding"}},
		{"es", "Si el Estado conoce la existencia de la ciberoperación, debe ponerle fin.", []string{"knowledge.actual"}},
		{"es", "La obligación surge cuando el Estado es consciente de la actividad maliciosa.", []string{"knowledge.actual"}},
		{"es", "El deber nace cuando el Estado tiene constancia del ataque lanzado desde su territorio.", []string{"knowledge.actual"}},
		{"es", "El ministro conoce bien al embajador del Estado vecino.", []string{"-knowledge.actual"}},
		{"es", "No se exige conocimiento efectivo: basta que el Estado debiera conocer la operación.", []string{"knowledge.constructive"}},
	})
}

// TestSpanishRound23UsualPhrasings checks further usual legal phrasings of
// the focus elements, each beside a near miss: a State identified as the
// author, one that commits a wrongful act; private persons and companies as
// those who act; an operation ended by "acabar con", made to end or not
// allowed to go on, a cyber operation stopped; cyber operations prevented;
// a breach of due diligence that violates international law; a State
// informed by the victim of an operation.
func TestSpanishRound23UsualPhrasings(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Las sanciones se impusieron tras identificar a Corea del Norte como autora del ataque WannaCry.", []string{"topic.state_responsibility"}},
		{"es", "El Estado que no ejerce la diligencia debida comete un hecho ilícito.", []string{"topic.state_responsibility"}},
		{"es", "La empresa cometió un hecho ilícito al vender los datos de sus clientes.", []string{"-topic.state_responsibility"}},
		{"es", "El Estado debe impedir que particulares utilicen su infraestructura para dañar a otros Estados.", []string{"actors.non_state"}},
		{"es", "El Estado no puede permitir que empresas establecidas en su territorio lancen ciberataques contra otros países.", []string{"actors.non_state"}},
		{"es", "En casos particulares, el Estado puede pedir ayuda a otros Estados.", []string{"-actors.non_state"}},
		{"es", "Es necesario acabar con los ataques que se lanzan desde el territorio del Estado.", []string{"scope.termination"}},
		{"es", "El Estado debe hacer todo lo posible para que la operación termine.", []string{"scope.termination"}},
		{"es", "El Estado debe impedir que continúe la operación ya iniciada.", []string{"scope.termination"}},
		{"es", "El Estado debe adoptar medidas para frenar la ciberoperación en curso.", []string{"scope.termination"}},
		{"es", "El Estado debe acabar con la pobreza en su territorio.", []string{"-scope.termination"}},
		{"es", "La prevención de las ciberoperaciones dañinas es una obligación de los Estados.", []string{"scope.prevention"}},
		{"es", "El incumplimiento de la diligencia debida constituye una violación del derecho internacional.", []string{"status.binding"}},
		{"es", "El ataque constituye una violación del derecho internacional según el Estado víctima.", []string{"-status.binding"}},
		{"es", "El Estado informado por la víctima de la operación debe adoptar medidas.", []string{"knowledge.actual"}},
		{"es", "La población informada por el Estado sobre la campaña de vacunación acudió a los centros.", []string{"-knowledge.actual"}},
	})
}

// TestSpanishRound23DomesticSenses checks senses of State-responsibility cues
// that stay within one State or name no State - powers allotted to regions,
// a State's liability reaching its legislature, sanctions on persons "por su
// responsabilidad" - beside the international sense they must keep, and that
// a cyber attack contained is mitigation.
func TestSpanishRound23DomesticSenses(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "La atribución de competencias a las comunidades autónomas se hace por ley orgánica, y la atribución se realiza por remisión a otras leyes del Estado.", []string{"-topic.state_responsibility"}},
		{"es", "La atribución del ciberataque a un Estado exige pruebas técnicas y jurídicas.", []string{"topic.state_responsibility"}},
		{"es", "La responsabilidad del Estado alcanza hoy la actividad del Poder Legislativo y del Poder Judicial.", []string{"-topic.state_responsibility"}},
		{"es", "La Unión impuso sanciones contra cuatro personas y dos entidades por su responsabilidad en ataques informáticos.", []string{"-topic.state_responsibility"}},
		{"es", "La Unión responsabilizó a Rusia de los ataques informáticos contra sus instituciones.", []string{"topic.state_responsibility"}},
		{"es", "El Estado territorial debe contener el ciberataque lanzado desde su red.", []string{"scope.mitigation"}},
	})
}

// TestSpanishRound23NewsWordings checks news wordings of attribution and of
// a State that shelters criminals: blamed "del" attack, hackers "al servicio
// de" a State, refusing to extradite, protecting the groups; and that a
// government protecting its people from criminal groups, or refusing to
// extradite for tax fraud, is neither.
func TestSpanishRound23NewsWordings(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Ucrania culpó a Moscú del apagón provocado por un ciberataque.", []string{"topic.state_responsibility"}},
		{"es", "El FBI señaló que hackers al servicio de Corea del Norte robaron cientos de millones en criptomonedas.", []string{"topic.state_responsibility"}},
		{"es", "Moscú se niega a extraditar a los piratas informáticos buscados por el FBI.", []string{"actors.non_state"}},
		{"es", "El Kremlin protege a los grupos criminales siempre que no ataquen objetivos rusos.", []string{"actors.non_state"}},
		{"es", "El gobierno protege a sus ciudadanos de los grupos criminales que operan en la red.", []string{"-actors.non_state"}},
		{"es", "El Estado se niega a extraditar a su ciudadano acusado de fraude fiscal.", []string{"-actors.non_state"}},
	})
}

// TestSpanishRound23Crackdowns checks further wordings of C28 and of a State
// shielding criminals (C10) or held to account (C24): domains disabled that
// hackers were using, attackers' activities interrupted, a crackdown on
// attacks, a State blocking extradition, responsibilities demanded of a
// State; and near misses: a firm disabling its own accounts, a crackdown on
// protests, an extradition of a tax evader, hackers said responsible.
func TestSpanishRound23Crackdowns(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Un tribunal permitió deshabilitar los dominios que un grupo de hackers estaba usando contra medios extranjeros.", []string{"scope.termination"}},
		{"es", "La respuesta activa contra los atacantes cibernéticos busca interrumpir sus actividades antes de que causen más daño.", []string{"scope.termination"}},
		{"es", "El gobierno tomará medidas enérgicas contra los ataques cibernéticos lanzados desde su país.", []string{"scope.termination"}},
		{"es", "Los aliados acordaron desbaratar las acciones de los actores de ransomware.", []string{"scope.termination"}},
		{"es", "El gobierno tomó medidas enérgicas contra las protestas en la capital.", []string{"-scope.termination"}},
		{"es", "La empresa deshabilitó las cuentas de sus empleados durante la auditoría.", []string{"-scope.termination"}},
		{"es", "Las autoridades de Moscú luchan contra la extradición de un hacker ruso buscado por otro país.", []string{"actors.non_state"}},
		{"es", "El Estado se opone a la extradición de un empresario acusado de evasión de impuestos.", []string{"-actors.non_state"}},
		{"es", "Se le exigirán responsabilidades a Pyongyang por el ataque masivo.", []string{"topic.state_responsibility"}},
		{"es", "Según la empresa, hackers ubicados en el extranjero son responsables de la mayoría de los ciberataques contra sus clientes.", []string{"-topic.state_responsibility"}},
	})
}

// TestSpanishRound23NoticeReceived checks that a State that received a
// notice from another State knows of the operation (C8), and that a
// company receiving a notice from a tax office does not.
func TestSpanishRound23NoticeReceived(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "El Estado que haya recibido una notificación de otro Estado sobre la operación debe investigar.", []string{"knowledge.actual"}},
		{"es", "La empresa recibió un aviso de la oficina tributaria por una deuda pendiente.", []string{"-knowledge.actual"}},
	})
}
