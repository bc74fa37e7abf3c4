package ingest

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"

	"github.com/normdex/normdex/corpus"
)

func utf16(t testing.TB, s string, order unicode.Endianness, bom unicode.BOMPolicy) []byte {
	b, err := unicode.UTF16(order, bom).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecodeText(t *testing.T) {
	const want = "Türkiye’s position"
	for _, tc := range []struct {
		name string
		in   []byte
	}{
		{"utf8", []byte(want)},
		{"utf8 bom", append([]byte{0xEF, 0xBB, 0xBF}, want...)},
		{"utf16le bom", utf16(t, want, unicode.LittleEndian, unicode.UseBOM)},
		{"utf16be bom", utf16(t, want, unicode.BigEndian, unicode.UseBOM)},
		{"utf16le no bom", utf16(t, want, unicode.LittleEndian, unicode.IgnoreBOM)},
		{"windows-1252", []byte("T\xfcrkiye\x92s position")},
	} {
		got, err := DecodeText(tc.in)
		if err != nil || got != want {
			t.Errorf("%s: DecodeText = %q, %v; want %q", tc.name, got, err, want)
		}
	}
	if _, err := DecodeText([]byte("\x00\x01\x02binary\x00\xff\x00")); !errors.Is(err, ErrBinary) {
		t.Errorf("binary: err = %v, want ErrBinary", err)
	}
}

func texts(ps []corpus.Paragraph) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Text)
	}
	return out
}

func TestFoldText(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want []string
	}{
		{"wrapped lines fold", "States should not knowingly\nallow their territory to be\nused.\n\nNext one.", []string{"States should not knowingly allow their territory to be used.", "Next one."}},
		{"hyphen rejoined", "the inter-\nnational law of State\nresponsibility", []string{"the international law of State responsibility"}},
		{"hyphen kept before capital", "acts of non-\nState actors", []string{"acts of non-State actors"}},
		{"hyphen kept for known compound", "a cyber-specific rule; a cyber-\nspecific obligation", []string{"a cyber-specific rule; a cyber-specific obligation"}},
		{"numbered paragraphs", "15. First point\ngoes on.\n16. Second point.\n(a) a sub point", []string{"15. First point goes on.", "16. Second point.", "(a) a sub point"}},
		{"bullets", "It includes:\n• one thing\n• another thing", []string{"It includes:", "• one thing", "• another thing"}},
		{"heading", "Due Diligence and Its Limits\nThe norm applies.", []string{"Due Diligence and Its Limits", "The norm applies."}},
		{"page numbers dropped", "end of page one.\n\n7\n\fPage 8\nstart of page two.", []string{"end of page one.", "start of page two."}},
		{"soft hyphen", "inter\u00adnational", []string{"international"}},
		{"body after footnotes, indented", "70 Akande (2020).\n71 ICJ (1949). A quote.\n To establish whether\na State knew.", []string{"Akande (2020).", "ICJ (1949). A quote.", "To establish whether a State knew."}},
		{"body mid-sentence after footnotes", "13 Chayes (1993).\n individual expectations\nincur costs.", []string{"Chayes (1993).", "individual expectations incur costs."}},
		{"hanging footnote", "12 See the report\n   of the Group.\n   Also the next one.", []string{"See the report of the Group. Also the next one."}},
	} {
		got := texts(FoldText(tc.in))
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
	ps := FoldText("16. New Zealand considers it.\n\fpage two text.")
	if ps[0].Number != "16" || ps[0].Page != 1 || ps[1].Page != 2 {
		t.Errorf("numbers and pages: %+v", ps)
	}
	h := FoldText("Due Diligence and Its Limits\nThe norm applies.")
	if h[0].Kind != corpus.Heading || h[1].Kind != corpus.Body {
		t.Errorf("kinds: %+v", h)
	}
}

func TestGuessTitle(t *testing.T) {
	h := func(s string) corpus.Paragraph { return corpus.Paragraph{Kind: corpus.Heading, Text: s} }
	b := func(s string) corpus.Paragraph { return corpus.Paragraph{Kind: corpus.Body, Text: s} }
	for _, tc := range []struct {
		name string
		in   []corpus.Paragraph
		want string
	}{
		{"first heading", []corpus.Paragraph{h("International Law in Cyberspace"), h("Introduction")}, "International Law in Cyberspace"},
		{"web page chrome, then its headline", []corpus.Paragraph{b("Breaking analyses"), h("Think-Tanks'Media ABOUT"),
			b("A magazine of analyses."), h("Producer: Think-Tanks'Media"), b("“Due Diligence”: Applicable to a “sui generis” law ?"),
			h("YOO Joonkoo")}, "“Due Diligence”: Applicable to a “sui generis” law ?"},
		{"institution, then title", []corpus.Paragraph{h("Institute for Studies on Law Tsinghua University"),
			h("Initiative on Rule-Based Governance of Cyberspace")}, "Initiative on Rule-Based Governance of Cyberspace"},
		{"institution alone", []corpus.Paragraph{h("Institute for Studies on Law"), b("It says so.")}, "Institute for Studies on Law"},
		{"section names only", []corpus.Paragraph{h("Executive summary"), b("Cyber operations may pose a challenge to the rights of States.")}, ""},
		{"no headline in a paper's first sentence", []corpus.Paragraph{b("The positions of several States have argued for the condition.71")}, ""},
		{"no headline in a sentence", []corpus.Paragraph{b("Buy a copy of this book: click here"), b("International Law in Cyberspace I. Introduction")}, ""},
	} {
		if got := guessTitle(tc.in); got != tc.want {
			t.Errorf("%s: guessTitle = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func FuzzFoldText(f *testing.F) {
	for _, s := range []string{"a-\nb", "16. x\n\f7\n(a) y", "# H\n• b\n\n", "\u00ad\r\n“q.” X (2020)."} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := DecodeText(b)
		if err != nil {
			return
		}
		for _, p := range FoldText(s) {
			if strings.TrimSpace(p.Text) == "" || !utf8.ValidString(p.Text) {
				t.Fatalf("bad paragraph %q", p.Text)
			}
		}
	})
}

func build(t *testing.T, text string, meta Meta) ([]corpus.Statement, []corpus.Passage) {
	t.Helper()
	x, err := TXT{}.Extract(context.Background(), "t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	d, st, ps := Build("0123456789abcdef", "t.txt", "txt", meta, x)
	for _, p := range ps {
		if got := string([]rune(d.Text)[p.Start:p.End]); got != p.Text {
			t.Fatalf("passage %s span %d-%d = %q, text %q", p.ID, p.Start, p.End, got, p.Text)
		}
	}
	return st, ps
}

func stateOf(ps []corpus.Passage, snippet string) string {
	for _, p := range ps {
		if strings.Contains(p.Text, snippet) {
			return p.State
		}
	}
	return "<not found>"
}

func TestSegmentMeetingReport(t *testing.T) {
	_, ps := build(t, `Summary of the Discussion

The Chair opened the floor for comments.
The delegate of Japan thanked the Chair. It was stated that the Budapest
Convention was useful. He added that sovereignty matters.
The representative of the Islamic Republic of Iran stated that data flows matter.
He pointed out the limits of the Convention.
The panellists responded to the questions.
The delegate of People’s Republic of China highlighted non-intervention.`, Meta{})
	checkStates(t, ps, map[string]string{
		"opened the floor":          "",
		"Budapest":                  "Japan",
		"sovereignty matters":       "Japan",
		"data flows matter":         "Iran",
		"limits of the Convention":  "Iran",
		"responded to the question": "",
		"non-intervention":          "China",
	})
}

// checkStates checks the State of the passage holding each snippet.
func checkStates(t *testing.T, ps []corpus.Passage, want map[string]string) {
	t.Helper()
	for snippet, state := range want {
		if got := stateOf(ps, snippet); got != state {
			t.Errorf("%q: state %q, want %q", snippet, got, state)
		}
	}
}

func TestSegmentCompendium(t *testing.T) {
	_, ps := build(t, `Compendium of national contributions

Australia

[Original: English]

Australia considers that due diligence is a voluntary norm.

Switzerland

Switzerland holds that States must take reasonable measures.`, Meta{})
	if got := stateOf(ps, "voluntary norm"); got != "Australia" {
		t.Errorf("first section: %q", got)
	}
	if got := stateOf(ps, "reasonable measures"); got != "Switzerland" {
		t.Errorf("second section: %q", got)
	}
}

func TestSegmentPaperQuotes(t *testing.T) {
	_, ps := build(t, `The paper argues that knowledge matters. For example, as stipulated by New Zealand, “[w]hether this norm reflects a binding obligation is not settled.” New Zealand (2020, para 16). A similar argument was put forward by the United Kingdom: “there is not yet State practice.” UNGA (2021b, 117).`, Meta{})
	checkStates(t, ps, map[string]string{
		"The paper argues": "",
		"is not settled":   "New Zealand",
		"not yet State":    "United Kingdom",
	})
}

func TestQuotationDates(t *testing.T) {
	_, ps := build(t, `The paper of 2022 argues that knowledge matters. For example, as stipulated by New Zealand, “[w]hether this norm reflects a binding obligation is not settled.” New Zealand (2020, para 16 & 17). A similar argument was put forward by the United Kingdom: “there is not yet State practice.” UNGA (2021b, 117). See also the position of Chile: “reasonable steps are due.”

The positions of Finland,65 and Norway,67 argued for constructive knowledge.

65 Finland (2020, 4).
67 “A State may violate its obligation if it should have known.” UNGA (2021a, 71).
`, Meta{Date: "2022"})
	for _, tc := range []struct {
		snippet, state string
		want           *corpus.Quote
	}{
		{"The paper of 2022", "", nil},
		{"is not settled", "New Zealand", &corpus.Quote{Author: "New Zealand", Entity: "New Zealand", Label: "2020", Date: "2020", Pinpoint: "para 16 & 17"}},
		{"not yet State practice", "United Kingdom", &corpus.Quote{Author: "UNGA", Label: "2021b", Date: "2021", Pinpoint: "117"}},
		{"reasonable steps are due", "Chile", &corpus.Quote{}},
		{"The positions of Finland", "Finland", &corpus.Quote{Author: "Finland", Entity: "Finland", Label: "2020", Date: "2020", Pinpoint: "4"}},
		{"should have known", "Norway", &corpus.Quote{Author: "UNGA", Label: "2021a", Date: "2021", Pinpoint: "71"}},
	} {
		var p *corpus.Passage
		for i := range ps {
			if strings.Contains(ps[i].Text, tc.snippet) {
				p = &ps[i]
			}
		}
		switch {
		case p == nil:
			t.Errorf("%q: no passage", tc.snippet)
		case p.State != tc.state:
			t.Errorf("%q: state %q, want %q", tc.snippet, p.State, tc.state)
		case !reflect.DeepEqual(p.Quote, tc.want):
			t.Errorf("%q: quote %+v, want %+v", tc.snippet, p.Quote, tc.want)
		}
	}
}

func TestRefsIn(t *testing.T) {
	g := corpus.States()
	for _, tc := range []struct{ in, want string }{
		{"“…” New Zealand (2020, paras 16 & 17) [emphasis added].", "New Zealand|New Zealand|2020|paras 16 & 17"},
		{"See, for example, Ministry of Foreign Affairs of Japan (2021, para 2)", "Japan|Japan|2021|para 2"},
		{"Ecuador (UNGA (2021d)) argues", "UNGA||2021d|"},
		{"adopted by the Netherlands (The Netherlands (2019, Appendix 1));", "The Netherlands|Netherlands|2019|Appendix 1"},
		{"UNGA (2021a, para 30(a)).", "UNGA||2021a|para 30(a)"},
		{"United States Mission to the United Nations (2021) [emphasis added].", "United States Mission to the United Nations|United States|2021|"},
		{"G7 (2019, 2).", "G7|G7|2019|2"},
		{"in 2021 (the second session) and (1999)", ""},
	} {
		var got []string
		for _, r := range refsIn(g, tc.in) {
			got = append(got, strings.Join([]string{r.quote.Author, r.quote.Entity, r.quote.Label, r.quote.Pinpoint}, "|"))
		}
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("refsIn(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSegmentSummaryRecord(t *testing.T) {
	_, ps := build(t, `Summary record of the meeting

Mr. Gafoor (Singapore) said that small States needed capacity building. He added that norms mattered.
Ms. Dupont (France) said that the due diligence principle was binding.
The Chair thanked the speakers.

Statement by the delegation of Kenya

Kenya supports the framework.`, Meta{})
	checkStates(t, ps, map[string]string{
		"small States":       "Singapore",
		"norms mattered":     "Singapore",
		"principle was":      "France",
		"thanked the":        "",
		"supports the frame": "Kenya",
	})
}

func TestSegmentAuthor(t *testing.T) {
	_, ps := build(t, "Statement by the delegation of Finland\n\nDue diligence is an obligation.", Meta{})
	if got := stateOf(ps, "obligation"); got != "Finland" {
		t.Errorf("author from text: %q", got)
	}
	_, ps = build(t, "Due diligence is an obligation.", Meta{State: "Chile"})
	if got := stateOf(ps, "obligation"); got != "Chile" {
		t.Errorf("author from metadata: %q", got)
	}
}

func TestSplitPassage(t *testing.T) {
	long := strings.Repeat("This sentence is about forty characters. ", 100)
	spans := splitPassage(long)
	if len(spans) < 3 {
		t.Fatalf("%d passages, want several", len(spans))
	}
	for _, s := range spans {
		if s[1]-s[0] > MaxPassage {
			t.Errorf("passage of %d characters", s[1]-s[0])
		}
	}
}

func TestManifestAndMeta(t *testing.T) {
	m, err := ParseManifest(strings.NewReader("path,state,date,title,url\na.txt,UK,2021,Title A,http://x\n"), "dir")
	if err != nil {
		t.Fatal(err)
	}
	got, err := m.Lookup("dir/a.txt").Validate()
	if err != nil || got.State != "United Kingdom" || got.Date != "2021" || got.Title != "Title A" {
		t.Errorf("manifest meta = %+v, %v", got, err)
	}
	if _, err := ParseManifest(strings.NewReader("file,state\n"), "."); err == nil {
		t.Error("manifest without path column: no error")
	}
	if _, err := (Meta{State: "Atlantis"}).Validate(); err == nil || !strings.Contains(err.Error(), "Atlantis") {
		t.Errorf("unknown State: %v", err)
	}
	if _, err := (Meta{Date: "2020-13-01"}).Validate(); err == nil {
		t.Error("bad date: no error")
	}
	y, err := ParseMeta("x.meta.yaml", []byte("state: the Netherlands\ndate: 2019-07-05\n"))
	if err != nil || y.State != "the Netherlands" {
		t.Errorf("yaml sidecar = %+v, %v", y, err)
	}
	if _, err := ParseMeta("x.meta.json", []byte(`{"stat": "x"}`)); err == nil {
		t.Error("unknown sidecar field: no error")
	}
}

func TestManifestMatch(t *testing.T) {
	abs, err := filepath.Abs("papers/2020/b.txt")
	if err != nil {
		t.Fatal(err)
	}
	csv := "path,state\na.txt,Finland\npapers/2020/b.txt,Kenya\nc.txt,Japan\ngone.txt,Norway\ndup.txt,Chile\ndup.txt,Peru\n"
	m, err := ParseManifest(strings.NewReader(csv), "papers")
	if err != nil {
		t.Fatal(err)
	}
	files := []string{"papers/a.txt", abs, "papers/2021/c.txt", "papers/d.txt", "x/dup.txt", "papers/e/a.txt"}
	got, warnings := m.Match(files)
	want := map[string]string{
		"papers/a.txt":      "Finland", // relative to the manifest's folder
		abs:                 "Kenya",   // relative to the working folder, spelled absolute
		"papers/2021/c.txt": "Japan",   // the only c.txt of both
	}
	states := map[string]string{}
	for f, meta := range got {
		states[f] = meta.State
	}
	if !reflect.DeepEqual(states, want) {
		t.Errorf("Match = %v, want %v", states, want)
	}
	wantWarnings := []string{
		"line 5: gone.txt matches no file being ingested",
		"line 6: dup.txt matches no file being ingested",
		"line 7: dup.txt matches no file being ingested",
		"no row for papers/d.txt",
		"no row for x/dup.txt",
		"no row for papers/e/a.txt",
	}
	if !reflect.DeepEqual(warnings, wantWarnings) {
		t.Errorf("warnings = %q\nwant %q", warnings, wantWarnings)
	}
}

func FuzzParseManifest(f *testing.F) {
	f.Add([]byte("path,state\na.txt,Japan\n"))
	f.Add([]byte("\"path\nx"))
	f.Fuzz(func(t *testing.T, b []byte) {
		ParseManifest(bytes.NewReader(b), ".")
	})
}

func FuzzSegment(f *testing.F) {
	f.Add("The delegate of Japan stated it. He added more.\n\nAustralia\n\nAustralia holds a view.", "")
	f.Add("As stipulated by New Zealand, “x.” New Zealand (2020, para 16). Norway,67 said.\n\n67 “Quote.”", "Chile")
	f.Add("The positions of Finland,65 and Ecuador (UNGA (2021d)) argue “x”.66\n\n65 Finland (2020, 4).\n66 UNGA (2021b, 30(a)).\n According to Chile, “y.”", "")
	f.Fuzz(func(t *testing.T, text, state string) {
		ps := FoldText(text)
		if len(ps) == 0 {
			return
		}
		meta := Meta{}
		if e, ok := corpus.States().Lookup(state); ok {
			meta.State = e.Name
		}
		d, stmts, passages := Build("0123456789abcdef", "f.txt", "txt", meta, Extraction{Paragraphs: ps})
		rs := []rune(d.Text)
		for _, p := range passages {
			if p.Start < 0 || p.End > len(rs) || string(rs[p.Start:p.End]) != p.Text {
				t.Fatalf("passage %s: span %d-%d does not hold its text", p.ID, p.Start, p.End)
			}
			if q := p.Quote; q != nil && q.Date != "" && (len(q.Date) != 4 || !strings.HasPrefix(q.Label, q.Date)) {
				t.Fatalf("passage %s: quotation dated %q, labelled %q", p.ID, q.Date, q.Label)
			}
		}
		if len(stmts) == 0 {
			t.Fatal("no statement")
		}
	})
}

func TestCueMatches(t *testing.T) {
	long := strings.Repeat("the Group of Governmental Experts noted ", 5)
	for s, want := range map[string]bool{
		"as stated by ": true, "the view of the\n": true, "according to\t": true, "in the words OF THE ": true,
		"the Ministry of Foreign Affairs of ": true, "the positions of ": true,
		long + "as it was put in the words of the ": true, long + "the Department of Peace and Security of ": true,
		"the work of the ": false, "Norway and ": false, "": false, "the": false, "standby ": false, "proof ": false,
		long + "the work of ": false,
	} {
		if got := cueMatches(s); got != want {
			t.Errorf("cueMatches(%q) = %v, want %v", s, got, want)
		}
		if _, quick := cueSuffix(s); want && !quick {
			t.Errorf("cueSuffix(%q) = false for a cue", s)
		}
	}
}

func TestMayHaveVerb(t *testing.T) {
	for s, want := range map[string]bool{
		" argued that": true, "’s (2020), for example, held": true, " (para 3), stated": true,
		", for instance, considers": true, " and Norway": false, "’s position": false, "": false,
	} {
		if got := mayHaveVerb(s); got != want {
			t.Errorf("mayHaveVerb(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestByteOffsets(t *testing.T) {
	for _, s := range []string{"plain ascii", "État’s «text» — ok", ""} {
		at := byteOffsets(s)
		cp := 0
		for b := range s {
			if got := at(cp); got != b {
				t.Errorf("%q: code point %d at byte %d, want %d", s, cp, got, b)
			}
			cp++
		}
		if got := at(cp); got != len(s) {
			t.Errorf("%q: end at %d, want %d", s, got, len(s))
		}
	}
}

func TestSpeakerWordsIn(t *testing.T) {
	for s, want := range map[string]int{
		"The Delegate of Japan said": floorWord | officeWord, "Mr. X (Singapore) said": parenthesis,
		"The CHAIRPERSON": officeWord, "the Legal Adviser of": floorWord,
		"States should take steps": 0, "": 0, "Deleg": 0,
	} {
		if got := speakerWordsIn(s); got != want {
			t.Errorf("speakerWordsIn(%q) = %b, want %b", s, got, want)
		}
	}
}

// BenchmarkBuild reports the rate of turning extracted text into
// statements and passages (folding done, tagging not included) over the
// repository's examples and, when present, the seeds in ../shared.
func BenchmarkBuild(b *testing.B) {
	files, _ := filepath.Glob("../examples/*.txt")
	seeds, _ := filepath.Glob("../../shared/seeds/*.txt")
	var xs []Extraction
	size := 0
	for _, f := range append(files, seeds...) {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		x, err := TXT{}.Extract(context.Background(), f, data)
		if err != nil {
			b.Fatal(err)
		}
		xs = append(xs, x)
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, x := range xs {
			Build("id", "src.txt", "txt", Meta{}, x)
		}
	}
}

func TestSegmentFrenchSpanish(t *testing.T) {
	_, ps := build(t, `Compte rendu de la séance

Le représentant de la France a déclaré que l'obligation de diligence requise était une règle coutumière. Il a ajouté que les États devaient prévenir les opérations.
La délégation du Mexique a souligné l'importance du renforcement des capacités.
Le délégué de l'Allemagne a rappelé le droit international.
La Présidente a remercié les délégations.
El representante de Chile dijo que la diligencia debida es una obligación.
La delegación de los Estados Unidos señaló que no hay práctica suficiente.
El Sr. Pérez (Colombia) dijo que los Estados deben prevenir daños.
M. Dupont (Belgique) dit que la norme est volontaire.`, Meta{})
	checkStates(t, ps, map[string]string{
		"règle coutumière":     "France",
		"prévenir les":         "France",
		"renforcement":         "Mexico",
		"rappelé":              "Germany",
		"a remercié":           "",
		"es una obligación":    "Chile",
		"práctica suficiente":  "United States",
		"prevenir daños":       "Colombia",
		"norme est volontaire": "Belgium",
	})
}

func TestSegmentFrenchCompendium(t *testing.T) {
	_, ps := build(t, `Recueil des contributions nationales

Nouvelle-Zélande

La Nouvelle-Zélande considère que la diligence requise n'est pas encore une obligation.

Déclaration du Mexique

México considera que la diligencia debida es una obligación.

Position de l'Allemagne

L'Allemagne estime que les États doivent prendre des mesures raisonnables.`, Meta{})
	checkStates(t, ps, map[string]string{
		"pas encore":           "New Zealand",
		"diligencia debida":    "Mexico",
		"mesures raisonnables": "Germany",
	})
}

func TestSegmentAuthorFrenchSpanish(t *testing.T) {
	for text, want := range map[string]string{
		"Position de la délégation de la Suisse\n\nLa diligence requise est une obligation.":   "Switzerland",
		"Gobierno de la República Argentina\n\nLa diligencia debida es una obligación.":        "Argentina",
		"Ministère des Affaires étrangères de l'Allemagne\n\nLa diligence est une obligation.": "Germany",
	} {
		_, ps := build(t, text, Meta{})
		if got := stateOf(ps, "diligen"); got != want {
			t.Errorf("%.40q: author %q, want %q", text, got, want)
		}
	}
}

func TestBuildLang(t *testing.T) {
	_, ps := build(t, `The State must prevent operations from its territory when it knows of them.

La France considère que l'obligation de diligence requise est une règle du droit international coutumier.

El Estado debe adoptar las medidas razonables para prevenir los daños.`, Meta{})
	for snippet, want := range map[string]string{"must prevent": "en", "La France": "fr", "El Estado": "es"} {
		if got := langOf(ps, snippet); got != want {
			t.Errorf("%q: lang %q, want %q", snippet, got, want)
		}
	}
	_, ps = build(t, "The State must prevent operations from its territory when it knows of them.", Meta{Lang: "fr"})
	if got := langOf(ps, "must prevent"); got != "fr" {
		t.Errorf("lang given in metadata: %q", got)
	}
}

func langOf(ps []corpus.Passage, snippet string) string {
	for _, p := range ps {
		if strings.Contains(p.Text, snippet) {
			return p.Lang
		}
	}
	return "none"
}
