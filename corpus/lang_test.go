package corpus

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDetectLang(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"States should not knowingly allow their territory to be used for internationally wrongful acts using ICTs.", English},
		{"Due diligence is an obligation of conduct. It requires the State to take the measures that are reasonably available to it.", English},
		// An English passage that quotes a French phrase stays English.
		{"France calls this the « obligation de diligence requise », which it takes to be a rule of customary international law.", English},
		{"La France considère que l'obligation de diligence requise est une règle du droit international coutumier.", French},
		{"Un État n'est pas tenu de surveiller les activités menées sur son territoire, mais il doit y mettre fin lorsqu'il en a connaissance.", French},
		{"El Estado debe adoptar las medidas razonables para prevenir que su territorio sea utilizado por actores no estatales.", Spanish},
		{"La delegación de México señaló que la diligencia debida todavía no es una norma del derecho internacional consuetudinario.", Spanish},
		{"Die Staaten sind verpflichtet, die Nutzung ihres Hoheitsgebiets für rechtswidrige Handlungen zu verhindern, soweit dies möglich ist.", German},
		{"Diligence raisonnable", ""},
		{"", ""},
	} {
		if got := DetectLang(tc.text); got != tc.want {
			t.Errorf("DetectLang(%.50q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestSplitElision(t *testing.T) {
	for _, tc := range []struct{ in, head, rest string }{
		{"l'obligation", "l", "obligation"},
		{"L’État", "l", "État"},
		{"qu'il", "qu", "il"},
		{"lorsqu'un", "lorsqu", "un"},
		{"State's", "", ""},
		{"aujourd'hui", "", ""},
		{"l'", "", ""},
	} {
		head, rest, ok := SplitElision(tc.in)
		if head != tc.head || rest != tc.rest || ok != (tc.head != "") {
			t.Errorf("SplitElision(%q) = %q, %q, %v", tc.in, head, rest, ok)
		}
	}
}

func TestStemLang(t *testing.T) {
	for _, tc := range []struct{ lang, a, b string }{
		{French, "obligations", "obligation"},
		{French, "état", "etats"}, // accents folded
		{Spanish, "obligaciones", "obligación"},
		{Spanish, "estados", "estado"},
		{English, "knowingly", "know"},
	} {
		if x, y := StemLang(tc.lang, tc.a), StemLang(tc.lang, tc.b); x != y {
			t.Errorf("%s: stems of %q and %q differ: %q, %q", tc.lang, tc.a, tc.b, x, y)
		}
	}
}

func TestParseLang(t *testing.T) {
	if got, err := ParseLang(" FR "); got != French || err != nil {
		t.Errorf("ParseLang(FR) = %q, %v", got, err)
	}
	if _, err := ParseLang("klingon"); err == nil {
		t.Error("ParseLang(klingon): no error")
	}
}

func TestGazetteerFrenchSpanish(t *testing.T) {
	g := States()
	for name, want := range map[string]string{
		"la Nouvelle-Zélande":  "New Zealand",
		"les États-Unis":       "United States",
		"Etats-Unis":           "United States",
		"le Royaume-Uni":       "United Kingdom",
		"l'Allemagne":          "Germany",
		"l’Allemagne":          "Germany",
		"Estados Unidos":       "United States",
		"Reino Unido":          "United Kingdom",
		"los Países Bajos":     "Netherlands",
		"Paises Bajos":         "Netherlands",
		"México":               "Mexico",
		"Mexique":              "Mexico",
		"Fédération de Russie": "Russian Federation",
		"República de Corea":   "Republic of Korea",
		"Saint-Siège":          "Holy See",
		"Estado de Palestina":  "State of Palestine",
		"Maurice":              "Mauritius",
		"El Salvador":          "El Salvador",
	} {
		e, ok := g.Lookup(name)
		if !ok || e.Name != want {
			t.Errorf("Lookup(%q) = %q, %v; want %q", name, e.Name, ok, want)
		}
	}
	// In running text, with their articles; a given name is no State.
	ms := g.Find("Le représentant de la Nouvelle-Zélande et M. Maurice Kamto ont cité l'Allemagne et los Estados Unidos.")
	var got []string
	for _, m := range ms {
		got = append(got, m.Entity.Name)
	}
	want := []string{"New Zealand", "Germany", "United States"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("Find: %v, want %v", got, want)
	}
}

func TestStoreLang(t *testing.T) {
	ctx := context.Background()
	s := testStore(t)
	d, st, ps := testDoc("bbbbbbbbbbbbbbbb", "b.txt")
	d.Lang, ps[0].Lang, ps[1].Lang = French, French, English
	if _, err := s.Put(ctx, d, st, ps); err != nil {
		t.Fatal(err)
	}
	got, err := s.Document(ctx, d.ID)
	if err != nil || got.Lang != French {
		t.Errorf("Document: lang %q, %v", got.Lang, err)
	}
	docs, err := s.Documents(ctx)
	if err != nil || len(docs) != 1 || docs[0].Lang != French {
		t.Errorf("Documents = %+v, %v", docs, err)
	}
	gotPs, err := s.Passages(ctx, d.ID)
	if err != nil || len(gotPs) != 2 || gotPs[0].Lang != French || gotPs[1].Lang != English {
		t.Errorf("Passages = %+v, %v", gotPs, err)
	}
}

func TestStoreSetLangs(t *testing.T) {
	ctx := context.Background()
	s := testStore(t)
	d, st, ps := testDoc("cccccccccccccccc", "c.txt")
	putIndexed(t, s, d, st, ps)
	if err := s.SetLangs(ctx, d.ID, Spanish, map[string]string{ps[1].ID: English}); err != nil {
		t.Fatal(err)
	}
	got, _ := s.DocumentInfo(ctx, d.ID)
	gotPs, _ := s.Passages(ctx, d.ID)
	if got.Lang != Spanish || gotPs[0].Lang != "" || gotPs[1].Lang != English {
		t.Errorf("languages %q, %q, %q", got.Lang, gotPs[0].Lang, gotPs[1].Lang)
	}
	if q, err := s.IndexQueue(ctx); err != nil || len(q) != 1 {
		t.Errorf("index queue %v, %v", q, err)
	}
}

func FuzzDetectLang(f *testing.F) {
	f.Add("L'État n'est pas tenu de prévenir.")
	f.Add("l'")
	f.Add("ÉTATS’ d’")
	f.Fuzz(func(t *testing.T, s string) {
		if l := DetectLang(s); l != "" && !KnownLang(l) {
			t.Fatalf("DetectLang(%q) = %q", s, l)
		}
		for _, w := range strings.Fields(s) {
			if head, rest, ok := SplitElision(w); ok && (head == "" || rest == "" || !strings.HasSuffix(w, rest)) {
				t.Fatalf("SplitElision(%q) = %q, %q", w, head, rest)
			}
		}
	})
}

// BenchmarkDetectLang reports the rate at which passages of the example
// corpus are given a language, as Build gives each of them one.
func BenchmarkDetectLang(b *testing.B) {
	files, _ := filepath.Glob("../examples/*.txt")
	var paras []string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range strings.Split(string(data), "\n\n") {
			paras = append(paras, p)
			size += len(p)
		}
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, p := range paras {
			DetectLang(p)
		}
	}
}
