package annotate

import (
	"testing"

	"github.com/normdex/normdex/corpus"
)

// TestFrenchSpanishCapacityForCyberRound9 checks the class of misses that
// the untouched batch U1 and the retired test2 produced most in issue 18's
// ninth round: capacity building said in words the rules did not know.
// Ported from English capacity-for-cyber, capacity built or strengthened is
// preparation where cyberspace, security or its law is named within three
// sentences; operational capacities completed, a strategy States provide
// themselves with, "construcción de capacidades", training of the staff and
// forces that protect critical infrastructure. Near misses: attackers'
// capabilities that grow, a hospital's or farmers' capacities, a stadium's
// seats.
func TestFrenchSpanishCapacityForCyberRound9(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Après les cyberattaques de l'hiver, le gouvernement a pris la mesure de sa faiblesse. Depuis, l'État consolide ses compétences et recrute.", []string{"measures.capacity_building"}},
		{"fr", "La loi de programmation doit compléter nos capacités opérationnelles de réaction face aux attaques informatiques.", []string{"measures.capacity_building"}},
		{"fr", "Les pays de la région ont convenu de se munir chacun d'une stratégie consacrée à la cybersécurité.", []string{"measures.capacity_building"}},
		{"fr", "Le ministère finance un programme de formation des gendarmes chargés de protéger les infrastructures critiques.", []string{"measures.capacity_building"}},
		{"fr", "Le pays va accroître ses capacités de détection des intrusions dans les réseaux publics.", []string{"measures.capacity_building"}},
		{"fr", "L'accroissement des capacités des acteurs malveillants inquiète les États.", []string{"-measures.capacity_building"}},
		{"fr", "L'hôpital renforce ses capacités d'accueil pour l'hiver.", []string{"-measures.capacity_building"}},
		{"es", "La región carece de una estrategia y necesita la construcción de capacidades para enfrentar las amenazas del ciberespacio.", []string{"measures.capacity_building"}},
		{"es", "Se puso de relieve la creación de capacidades para proteger las infraestructuras críticas.", []string{"measures.capacity_building"}},
		{"es", "Es necesario profundizar la capacitación del personal encargado de combatir las amenazas cibernéticas.", []string{"measures.capacity_building"}},
		{"es", "El gobierno financió programas de entrenamiento para policías de la región, centrados en las infraestructuras estratégicas.", []string{"measures.capacity_building"}},
		{"es", "Tras los ataques a sus ministerios, el gobierno consolida sus competencias técnicas. Ahora cuenta con un equipo propio.", []string{"measures.capacity_building"}},
		{"es", "Preocupa el aumento de la capacidad de los actores no estatales para perseguir sus objetivos con actividades cibernéticas maliciosas.", []string{"-measures.capacity_building"}},
		{"es", "El estadio amplió su capacidad para la final.", []string{"-measures.capacity_building"}},
	})
}

// TestFrenchSpanishCrimeByProcessRound9 checks the second class: cybercrime
// named by the offence of a penal code ("atteintes à un système de
// traitement automatisé de données", "daños informáticos"), by a prosecutor
// on an attack, by an investigation for extortion, and by technology that
// gives criminals new means. Near misses: ransom demanded by hackers with no
// criminal process named, a prosecutor in a drug case, new means for farmers.
func TestFrenchSpanishCrimeByProcessRound9(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "Les deux suspects sont poursuivis pour atteintes à un système de traitement automatisé de données.", []string{"topic.cybercrime"}},
		{"fr", "Le procureur de Lille s'intéresse de près à l'attaque informatique qui a paralysé la mairie.", []string{"topic.cybercrime"}},
		{"fr", "Une enquête pour extorsion a été ouverte après le piratage des serveurs de la clinique.", []string{"topic.cybercrime"}},
		{"fr", "Le numérique offre aux criminels de nouveaux moyens d'agir à distance.", []string{"topic.cybercrime"}},
		{"fr", "Le parquet a requis dix ans de prison dans ce dossier de trafic de stupéfiants.", []string{"-topic.cybercrime"}},
		{"es", "El detenido está acusado de un delito de daños informáticos contra la red del ayuntamiento.", []string{"topic.cybercrime"}},
		{"es", "La fiscalía estudia el ataque informático que paralizó al hospital durante una semana.", []string{"topic.cybercrime"}},
		{"es", "Se abrió una investigación por extorsión tras el secuestro de los servidores de la empresa.", []string{"topic.cybercrime"}},
		{"es", "Internet da a los delincuentes nuevas herramientas para engañar a sus víctimas.", []string{"topic.cybercrime"}},
		{"es", "El programa ofrece a los agricultores nuevas herramientas para el riego.", []string{"-topic.cybercrime"}},
	})
}

// TestFrenchExpletiveNeRound9 checks the tagger's expletive "ne": after a
// verb of preventing, avoiding or fearing, "avant que", "à moins que" or a
// comparison, "ne" without "pas" asserts what follows, so a pole stated
// after it is affirmed, not rejected. A "pas" after it still negates, and a
// plain "ne ... pas" still does.
func TestFrenchExpletiveNeRound9(t *testing.T) {
	tg, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, rule string
		want       corpus.Polarity
	}{
		{"Il faut éviter que des groupes ne lancent des attaques depuis son territoire.", "fr-from-territory", corpus.Affirmed},
		{"Les États doivent empêcher que des pirates ne mènent des opérations depuis leur territoire.", "fr-from-territory", corpus.Affirmed},
		{"La France craint que des hackers ne lancent des attaques depuis ce territoire.", "fr-from-territory", corpus.Affirmed},
		{"Aucune attaque n'a été lancée depuis son territoire.", "fr-from-territory", corpus.Rejected},
		{"Il faut éviter que les attaques ne soient pas lancées depuis son territoire.", "fr-from-territory", corpus.Rejected},
	}
	for _, c := range cases {
		found := false
		for _, a := range tg.TagLang(c.text, "fr") {
			if a.Rule != c.rule {
				continue
			}
			found = true
			if a.Polarity != c.want {
				t.Errorf("%q: %s on %q is %v, want %v", c.text, c.rule, a.Match, a.Polarity, c.want)
			}
		}
		if !found {
			t.Errorf("%q: %s did not fire", c.text, c.rule)
		}
	}
}

// TestFrenchSpanishNoHarmNotNegatedRound9 checks the exception ported from
// English ("not cause serious harm"): the harm a State must secure against
// ("que las actividades no causen daños") is no negation of the status said
// after it, so "es un principio consolidado" stays binding.
func TestFrenchSpanishNoHarmNotNegatedRound9(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "La obligación del Estado de asegurar que las actividades bajo su jurisdicción no causen daños transfronterizos es un principio consolidado de carácter consuetudinario.", []string{"status.binding", "-status.voluntary"}},
		{"fr", "L'obligation de l'État de veiller à ce que les activités sous sa juridiction ne causent pas de dommages transfrontières est un principe coutumier bien établi.", []string{"status.binding", "-status.voluntary"}},
		{"es", "La obligación de prevenir daños transfronterizos no es un principio consuetudinario.", []string{"status.voluntary"}},
	})
}

// TestFrenchSpanishNamesAndListsRound9 checks smaller classes of the round:
// due diligence named beside the ILC's initials or the obligation of
// conduct; a State "stressing the following points" takes positions (a text
// that will deal with them only lists them); attribution beside the
// responsibility it assigns, and an attack's authorship ("autoría",
// "paternité") as its attribution; a suspicious movement watched and the community
// warned (monitoring, notification, with a clitic after the verb).
func TestFrenchSpanishNamesAndListsRound9(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "Para la CDI, la prevención configura una obligación de diligencia debida.", []string{"topic.due_diligence"}},
		{"fr", "Pour la CDI, la prévention est une obligation de diligence requise.", []string{"topic.due_diligence"}},
		{"es", "El notario actuó con la diligencia debida al revisar el contrato.", []string{"-topic.due_diligence"}},
		{"es", "Chile subraya los siguientes puntos: es preciso respetar la soberanía de los Estados.", []string{"topic.sovereignty"}},
		{"es", "El informe abordará los siguientes puntos: la soberanía, la no intervención y el uso de la fuerza.", []string{"-topic.sovereignty"}},
		{"fr", "Le Maroc souligne les points suivants : il faut respecter la souveraineté des États.", []string{"topic.sovereignty"}},
		{"fr", "Bien que l'attribution d'une cyberattaque soit une question technique, l'imputation relève de l'assignation de responsabilité.", []string{"topic.state_responsibility"}},
		{"fr", "Le décret précise les attributions et responsabilités du ministre de l'Intérieur.", []string{"-topic.state_responsibility"}},
		{"es", "La autoría del ciberataque contra el ministerio sigue sin aclararse.", []string{"topic.state_responsibility"}},
		{"fr", "Le gouvernement n'a pas voulu se prononcer sur la paternité de la cyberattaque.", []string{"topic.state_responsibility"}},
		{"fr", "La paternité de ce roman reste discutée.", []string{"-topic.state_responsibility"}},
		{"es", "La red de alerta tendrá por objetivo detectar cualquier actividad sospechosa para advertirlo a la comunidad.", []string{"measures.monitoring", "measures.notification"}},
		{"fr", "Le réseau d'alerte permettra de repérer tout mouvement suspect et d'alerter la communauté.", []string{"measures.monitoring", "measures.notification"}},
		{"es", "Nuestros tribunales aceptan criterios objetivos de atribución en materia de responsabilidad por daño ambiental.", []string{"-topic.state_responsibility", "-actors.state"}},
		{"es", "Cuando las entidades esenciales notifiquen a la autoridad competente un incidente significativo, esta lo transmitirá al CSIRT.", []string{"-measures.notification"}},
	})
}

// TestFrenchSpanishSurveillanceAndDataRound9 checks rights and data said by
// their content: mass surveillance and intercepted communications are human
// rights (and not the norm's monitoring), data collected in bulk and private
// data are data, control claimed over data is data sovereignty in other
// words (ported from English).
func TestFrenchSpanishSurveillanceAndDataRound9(t *testing.T) {
	checkLangCases(t, []langCase{
		{"fr", "La surveillance de masse des réseaux porte atteinte aux libertés.", []string{"topic.human_rights", "-measures.monitoring"}},
		{"fr", "L'interception des communications téléphoniques doit être encadrée par la loi.", []string{"topic.human_rights"}},
		{"es", "La vigilancia masiva de las redes vulnera derechos.", []string{"topic.human_rights", "-measures.monitoring"}},
		{"es", "La interceptación de las comunicaciones debe estar prevista en la ley.", []string{"topic.human_rights"}},
		{"fr", "La collecte massive des données des internautes inquiète les régulateurs.", []string{"topic.data"}},
		{"fr", "Chaque État revendique un contrôle sur les données de ses citoyens.", []string{"topic.data"}},
		{"es", "La recopilación masiva de datos de los usuarios preocupa a los reguladores.", []string{"topic.data"}},
		{"es", "El gobierno reclama jurisdicción sobre los datos almacenados en su territorio.", []string{"topic.data"}},
		{"fr", "Les États surveillent le trafic malveillant sur leur territoire.", []string{"measures.monitoring"}},
		// Questions a text raises are listed, not answered (train's own
		// false positive, in Spanish only: French train tags "soulève des
		// questions de protection des données").
		{"es", "El libro plantea cuestiones de derecho penal y de derechos fundamentales como la privacidad en internet.", []string{"-topic.human_rights"}},
		{"es", "El Estado debe respetar la privacidad de los usuarios de internet.", []string{"topic.human_rights"}},
	})
}

// TestFrenchSpanishUnseenBatchRound9 checks the classes read from the
// second untouched batch (U2) after its one honest score: prevention beside
// deterrence and conflicts prevented are a victim's posture, not the duty
// to prevent; measures "necessary to reach the objectives" of a policy are
// no standard; a national plan with a word between, response units set up,
// awareness projects and resilience grown are capacity building, a
// framework of restrictive measures is not; crimes investigated and
// prosecuted are cybercrime beside a word of cyberspace; threats coming
// from "State or non-State actors" name no actor the norm covers.
func TestFrenchSpanishUnseenBatchRound9(t *testing.T) {
	checkLangCases(t, []langCase{
		{"es", "La caja de herramientas sirve para prevenir, disuadir y responder a las ciberoperaciones dirigidas contra la Unión.", []string{"-scope.prevention"}},
		{"fr", "Ces outils permettent de prévenir et de dissuader les cyberattaques visant les États membres.", []string{"-scope.prevention"}},
		{"es", "El marco contribuye a prevenir conflictos derivados del uso de las TIC.", []string{"-scope.prevention"}},
		{"es", "Los Estados deben prevenir que su territorio sea utilizado para ciberataques contra otros Estados.", []string{"scope.prevention"}},
		{"es", "El plan ayuda a prevenir, gestionar y recuperarse de los ataques informáticos.", []string{"-scope.prevention"}},
		{"es", "La cooperación sirve para prevenir y enfrentar las amenazas en el ámbito de las TIC.", []string{"-scope.prevention"}},
		{"es", "Podrán imponerse sanciones a los autores de ciberataques cuando se consideren necesarias para alcanzar los objetivos de la política exterior.", []string{"-standard.capacity"}},
		{"fr", "Les sanctions sont prises lorsqu'elles sont nécessaires pour atteindre les objectifs de la politique étrangère face aux cyberattaques.", []string{"-standard.capacity"}},
		{"es", "El país impulsa la creación de un Plan Nacional de Ciberseguridad.", []string{"measures.capacity_building"}},
		{"es", "La policía institucionalizó unidades de respuesta frente a los delitos informáticos.", []string{"measures.capacity_building"}},
		{"es", "En los últimos años la Unión viene acrecentando su resiliencia frente a las amenazas informáticas.", []string{"measures.capacity_building"}},
		{"fr", "L'Union finance des projets de sensibilisation aux menaces informatiques.", []string{"measures.capacity_building"}},
		{"fr", "Le Conseil a adopté un cadre de mesures restrictives contre les auteurs de cyberattaques.", []string{"-measures.capacity_building"}},
		{"es", "El Consejo adoptó un marco de sanciones contra los responsables de ciberataques.", []string{"-measures.capacity_building"}},
		{"es", "El convenio permite investigar y judicializar estos crímenes para que los ciberdelincuentes no encuentren refugio.", []string{"topic.cybercrime"}},
		{"fr", "La convention permet d'enquêter sur ces crimes commis par des cybercriminels à l'étranger.", []string{"topic.cybercrime"}},
		{"fr", "Pour lutter contre les menaces provenant d'acteurs étrangers étatiques ou non étatiques, l'Union prend des mesures préventives.", []string{"-actors.non_state"}},
		{"es", "Para enfrentar las amenazas provenientes de actores estatales o no estatales, la Unión adopta medidas preventivas.", []string{"-actors.non_state"}},
		{"es", "Los Estados responden de los actos de actores no estatales que operan desde su territorio.", []string{"actors.non_state"}},
	})
}
