package annotate

import (
	"strings"
	"testing"

	"github.com/normdex/normdex/corpus"
)

// The tests below check the English, French and Spanish rules against
// conventions C33 and C34 of round 20 (testdata/gold/README.md, "Round 20").
// The sentences were written for this test from the conventions' text, not
// taken from a labelled passage: positives in several syntaxes (a paper's
// stated subject, a question put directly, an indirect question, an aim, a
// controversy over how a law applies) and near misses that name the same
// topics in a title, keywords, an agenda, a list, an outline or as a
// boundary.

// TestRulesFollowConventionC33 checks that a topic is tagged when a passage
// asks a question about one or two topics or gives them as what a paper,
// article, chapter or study analyses, and that titles, keywords, agendas,
// lists of what a text or a meeting covers, outlines of a text's parts and
// a topic named only as the boundary of the subject are not.
func TestRulesFollowConventionC33(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "This article examines whether the principle of non-intervention applies to election interference conducted through cyber means.", []string{"topic.non_intervention"}},
		{"en", "The question addressed here is whether a cyber operation that disables a power grid can amount to an armed attack.", []string{"topic.use_of_force"}},
		{"en", "Scholars remain divided over how international humanitarian law applies to cyber operations during armed conflict.", []string{"topic.ihl"}},
		{"en", "Can a State take countermeasures against another State whose territory hosts ransomware servers?", []string{"topic.state_responsibility"}},
		{"en", "The present study analyses the sovereignty of States over their cyber infrastructure.", []string{"topic.sovereignty"}},
		{"en", "In this chapter we explore how human rights law constrains State surveillance of online communications.", []string{"topic.human_rights"}},
		{"en", "This paper asks under what conditions cyber espionage violates the territorial sovereignty of the target State.", []string{"topic.sovereignty"}},
		{"en", "Sovereignty and Non-Intervention in Cyberspace: A Research Agenda", []string{"-topic.sovereignty", "-topic.non_intervention"}},
		{"en", "Keywords: sovereignty; non-intervention; cyber operations; due diligence.", []string{"-topic.sovereignty", "-topic.non_intervention"}},
		{"en", "The workshop will discuss sovereignty, non-intervention, the use of force and international humanitarian law.", []string{"-topic.sovereignty", "-topic.use_of_force", "-topic.ihl"}},
		{"en", "Part III will address the law of armed conflict.", []string{"-topic.ihl"}},
		{"en", "This paper analyses cyber espionage below the threshold of the use of force.", []string{"-topic.use_of_force"}},
		{"en", "The paper also addresses the responses open to injured States, such as retorsion, countermeasures and self-defence.", []string{"-topic.state_responsibility", "-topic.use_of_force"}},
		{"en", "Sovereignty and the prohibition of intervention will be examined in the second part.", []string{"-topic.sovereignty", "-topic.non_intervention"}},
		{"en", "The workshop aims to explore sovereignty and international humanitarian law in cyberspace.", []string{"-topic.sovereignty", "-topic.ihl"}},
		{"en", "This paper seeks to examine how the law on the use of force applies to cyber operations.", []string{"topic.use_of_force"}},
		{"en", "Among the questions discussed at the meeting were sovereignty and non-intervention.", []string{"-topic.sovereignty", "-topic.non_intervention"}},
		{"en", "Chapter 4 examines the law of State responsibility.", []string{"-topic.state_responsibility"}},
		{"en", "The negotiations turned on three areas, namely the use of force, international humanitarian law and State responsibility.", []string{"-topic.use_of_force", "-topic.ihl", "-topic.state_responsibility"}},
		{"fr", "Cet article examine si le principe de non-intervention s'applique aux ingérences électorales menées par des moyens numériques.", []string{"topic.non_intervention"}},
		{"fr", "La question de savoir si une cyberattaque peut constituer une agression armée au sens de l'article 51 reste ouverte.", []string{"topic.use_of_force"}},
		{"fr", "Le présent chapitre étudie la souveraineté des États sur leurs infrastructures numériques.", []string{"topic.sovereignty"}},
		{"fr", "Le droit international humanitaire est-il applicable aux cyberopérations menées en temps de paix ?", []string{"topic.ihl"}},
		{"fr", "Cette étude analyse la responsabilité internationale de l'État pour les cyberopérations de ses organes.", []string{"topic.state_responsibility"}},
		{"fr", "L'objet de cet article est d'examiner comment les droits de l'homme encadrent la surveillance en ligne.", []string{"topic.human_rights"}},
		{"fr", "On peut s'interroger sur l'applicabilité du droit des conflits armés aux cyberopérations.", []string{"topic.ihl"}},
		{"fr", "Mots-clés : souveraineté ; non-intervention ; cyberopérations ; diligence requise.", []string{"-topic.sovereignty", "-topic.non_intervention"}},
		{"fr", "L'atelier abordera la souveraineté, la non-intervention, l'emploi de la force et le droit international humanitaire.", []string{"-topic.sovereignty", "-topic.use_of_force", "-topic.ihl"}},
		{"fr", "La deuxième partie examinera le droit des conflits armés.", []string{"-topic.ihl"}},
		{"fr", "Cet article analyse l'espionnage numérique en deçà du seuil de l'emploi de la force.", []string{"-topic.use_of_force"}},
		{"fr", "Le cours porte sur la souveraineté, la diligence requise et la responsabilité des États.", []string{"-topic.sovereignty", "-topic.state_responsibility"}},
		{"fr", "La souveraineté et la non-intervention seront examinées dans la seconde partie.", []string{"-topic.sovereignty", "-topic.non_intervention"}},
		{"fr", "L'atelier vise à examiner la souveraineté et le droit international humanitaire dans le cyberespace.", []string{"-topic.sovereignty", "-topic.ihl"}},
		{"fr", "Parmi les questions débattues lors de la réunion figuraient la souveraineté et la non-intervention.", []string{"-topic.sovereignty", "-topic.non_intervention"}},
		{"fr", "Les discussions ont porté sur deux questions principales : la légitime défense et le droit international humanitaire.", []string{"-topic.use_of_force", "-topic.ihl"}},
		{"es", "Este artículo examina si el principio de no intervención se aplica a la injerencia electoral por medios digitales.", []string{"topic.non_intervention"}},
		{"es", "Cabe preguntarse si un ciberataque que inutiliza una red eléctrica puede constituir un ataque armado.", []string{"topic.use_of_force"}},
		{"es", "El presente trabajo estudia la soberanía de los Estados sobre su infraestructura digital.", []string{"topic.sovereignty"}},
		{"es", "¿Es aplicable el derecho internacional humanitario a las ciberoperaciones en tiempo de paz?", []string{"topic.ihl"}},
		{"es", "La cuestión de si el DIH se aplica a las ciberoperaciones sigue abierta.", []string{"topic.ihl"}},
		{"es", "El objetivo de este estudio es analizar la responsabilidad internacional del Estado por ciberoperaciones de sus órganos.", []string{"topic.state_responsibility"}},
		{"es", "Palabras clave: soberanía; no intervención; ciberoperaciones; diligencia debida.", []string{"-topic.sovereignty", "-topic.non_intervention"}},
		{"es", "El taller abordará la soberanía, la no intervención, el uso de la fuerza y el derecho internacional humanitario.", []string{"-topic.sovereignty", "-topic.use_of_force", "-topic.ihl"}},
		{"es", "En la segunda parte se abordará el derecho de los conflictos armados.", []string{"-topic.ihl"}},
		{"es", "El presente artículo analiza el espionaje digital por debajo del umbral del uso de la fuerza.", []string{"-topic.use_of_force"}},
		{"es", "El curso trata de la soberanía, la diligencia debida y la responsabilidad del Estado.", []string{"-topic.sovereignty", "-topic.state_responsibility"}},
		{"es", "La soberanía y la no intervención serán examinadas en la segunda parte.", []string{"-topic.sovereignty", "-topic.non_intervention"}},
		{"es", "El taller busca analizar la soberanía y el derecho internacional humanitario en el ciberespacio.", []string{"-topic.sovereignty", "-topic.ihl"}},
		{"es", "Entre los temas debatidos en la reunión figuraron la soberanía y la no intervención.", []string{"-topic.sovereignty", "-topic.non_intervention"}},
		{"es", "El estudio identifica dos cuestiones, a saber: la legítima defensa y el derecho internacional humanitario.", []string{"-topic.use_of_force", "-topic.ihl"}},
	})
}

// TestRulesFollowConventionC34 checks that a status of due diligence
// reported as unclear, controversial, without consensus or as others' view
// or proposal gets no status tag, and that the author's or a State's own
// position, hedge or doubt, and a State's view reported, keep theirs.
func TestRulesFollowConventionC34(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "It is not clear whether due diligence is a binding obligation under international law.", []string{"-status.binding", "-status.voluntary"}},
		{"en", "It remains unclear whether States accept due diligence as a rule of customary international law.", []string{"-status.binding", "-status.voluntary"}},
		{"en", "Some commentators argue that due diligence is a binding obligation under customary international law.", []string{"-status.binding", "-status.voluntary"}},
		{"en", "It has been proposed that States owe a general obligation of due diligence in cyberspace.", []string{"-status.binding", "-status.voluntary"}},
		{"en", "Arguments have emerged that international law imposes a general obligation of due diligence on all States.", []string{"-status.binding", "-status.voluntary"}},
		{"en", "There is no consensus on whether due diligence is a binding obligation under customary international law.", []string{"-status.binding", "-status.voluntary"}},
		{"en", "Scholars have suggested that due diligence is merely a voluntary norm.", []string{"-status.binding", "-status.voluntary"}},
		{"en", "Some States regard due diligence as a voluntary, non-binding norm of responsible State behaviour.", []string{"status.voluntary"}},
		{"en", "In our view, due diligence is a binding obligation under customary international law.", []string{"status.binding"}},
		{"en", "It is doubtful that due diligence has crystallised into a rule of customary international law.", []string{"status.voluntary", "-status.binding"}},
		{"en", "We are not yet convinced that due diligence is a binding obligation in cyberspace.", []string{"status.voluntary", "-status.binding"}},
		{"en", "Some argue that due diligence is binding. We consider due diligence a voluntary norm only.", []string{"status.voluntary", "-status.binding"}},
		{"en", "It has been argued that due diligence is binding; we disagree and regard it as a voluntary norm.", []string{"status.voluntary", "-status.binding"}},
		{"fr", "Il n'est pas clair que la diligence requise constitue une obligation de droit international coutumier.", []string{"-status.binding", "-status.voluntary"}},
		{"fr", "Le caractère contraignant de la diligence requise demeure controversé.", []string{"-status.binding", "-status.voluntary"}},
		{"fr", "Il n'existe pas de consensus sur la nature juridique de l'obligation de diligence requise.", []string{"-status.binding", "-status.voluntary"}},
		{"fr", "Certains auteurs soutiennent que la diligence requise est une obligation coutumière.", []string{"-status.binding", "-status.voluntary"}},
		{"fr", "Il a été proposé que les États soient tenus à une obligation générale de diligence requise dans le cyberespace.", []string{"-status.binding", "-status.voluntary"}},
		{"fr", "Selon certains commentateurs, la diligence requise serait une règle de droit international coutumier.", []string{"-status.binding", "-status.voluntary"}},
		{"fr", "La France considère que la diligence requise est une obligation de droit international coutumier.", []string{"status.binding"}},
		{"fr", "La France estime que la norme de diligence requise n'est pas encore une règle de droit international coutumier.", []string{"status.voluntary", "-status.binding"}},
		{"fr", "Il est douteux que la diligence requise se soit cristallisée en règle coutumière.", []string{"status.voluntary", "-status.binding"}},
		{"fr", "Certains soutiennent que la diligence requise est contraignante. Nous la considérons comme une norme volontaire.", []string{"status.voluntary", "-status.binding"}},
		{"es", "No está claro si la diligencia debida constituye una obligación de derecho internacional consuetudinario.", []string{"-status.binding", "-status.voluntary"}},
		{"es", "El carácter vinculante de la diligencia debida sigue siendo controvertido.", []string{"-status.binding", "-status.voluntary"}},
		{"es", "No hay consenso sobre la naturaleza jurídica de la obligación de diligencia debida.", []string{"-status.binding", "-status.voluntary"}},
		{"es", "Algunos autores sostienen que la diligencia debida es una obligación consuetudinaria.", []string{"-status.binding", "-status.voluntary"}},
		{"es", "Se ha propuesto que los Estados estén sujetos a una obligación general de diligencia debida en el ciberespacio.", []string{"-status.binding", "-status.voluntary"}},
		{"es", "Según algunos autores, la diligencia debida sería una norma de derecho internacional consuetudinario.", []string{"-status.binding", "-status.voluntary"}},
		{"es", "Chile considera que la diligencia debida es una obligación de derecho internacional consuetudinario.", []string{"status.binding"}},
		{"es", "México considera que la norma de diligencia debida todavía no es una norma de derecho internacional consuetudinario.", []string{"status.voluntary", "-status.binding"}},
		{"es", "Es dudoso que la diligencia debida se haya cristalizado como norma consuetudinaria.", []string{"status.voluntary", "-status.binding"}},
		{"es", "Algunos sostienen que la diligencia debida es vinculante. Nosotros la consideramos una norma voluntaria.", []string{"status.voluntary", "-status.binding"}},
	})
}

// TestNegationReports checks the report cues of a codebook's negation: a
// match after one in its sentence, of an element with two poles, is dropped
// whether affirmed or rejected; a break or a semicolon ends the cue's reach,
// a cue after the match or in another sentence does not reach it, and
// elements with one pole keep their tags.
func TestNegationReports(t *testing.T) {
	tg := compile(t, `
negation:
  cues: [not]
  breaks: [but]
  reports: [some argue]
elements:
  - id: status.binding
    rejected_as: status.voluntary
    rules: [{name: binding, any: [binding]}]
  - id: status.voluntary
    rejected_as: status.binding
    rules: [{name: voluntary, any: [voluntary]}]
  - id: topic.due_diligence
    rules: [{name: dd, any: [due diligence]}]
`)
	for _, tc := range []struct{ text, want string }{
		{"Due diligence is binding.", "status.binding,topic.due_diligence"},
		{"Some argue that due diligence is binding.", "topic.due_diligence"},
		{"Some argue that due diligence is not binding.", "topic.due_diligence"},
		{"Some argue that it is binding, but we hold it voluntary.", "status.voluntary"},
		{"Some argue that it is binding; we hold it voluntary.", "status.voluntary"},
		{"It is binding, as some argue.", "status.binding"},
		{"Some argue otherwise. Due diligence is binding.", "status.binding,topic.due_diligence"},
	} {
		if got := strings.Join(corpus.Elements(tg.Tag(tc.text)), ","); got != tc.want {
			t.Errorf("Tag(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
