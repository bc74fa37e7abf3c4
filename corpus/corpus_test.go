package corpus

import (
	"reflect"
	"testing"
)

func TestGazetteerFoldsAliases(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"the Netherlands", "Netherlands"},
		{"The Kingdom of the Netherlands", "Netherlands"},
		{"UK", "United Kingdom"},
		{"USA", "United States"},
		{"U.S.", "United States"},
		{"Islamic Republic of Iran", "Iran"},
		{"People’s Republic of China", "China"},
		{"Socialist Republic of Vietnam", "Viet Nam"},
		{"Czech Republic", "Czechia"},
		{"Turkey", "Türkiye"},
		{"ROK", "Republic of Korea"},
		{"Holy See", "Holy See"},
		{"International Court of Justice", "ICJ"},
		{"nzl", "New Zealand"},
		{"GBR", "United Kingdom"},
		{"CHN", "China"},
		{"Korea, Republic of", "Republic of Korea"},
		{"Korea, Democratic People's Republic of", "Democratic People's Republic of Korea"},
		{"Iran (Islamic Republic of)", "Iran"},
		{"Türkiye", "Türkiye"},
		{"Turkiye", "Türkiye"},
		{"Côte d’Ivoire", "Côte d'Ivoire"},
		{"Cote d'Ivoire", "Côte d'Ivoire"},
		{"COTE DIVOIRE", "Côte d'Ivoire"},
	} {
		got, err := States().Canonical(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("Canonical(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	if _, err := States().Canonical("Atlantis"); err == nil {
		t.Error("Canonical(Atlantis): no error")
	}
	n := 0
	for _, e := range States().Entities() {
		if e.IsState() {
			n++
		}
	}
	if n != 195 {
		t.Errorf("%d States, want 193 members and 2 observers", n)
	}
	// Every code stands for its own State, not for another's alias.
	for _, e := range States().Entities() {
		if !e.IsState() {
			continue
		}
		if len(e.Code3) != 3 {
			t.Errorf("%s: alpha-3 code %q", e.Name, e.Code3)
		}
		for _, code := range []string{e.Code, e.Code3} {
			if got, _ := States().Lookup(code); got.Name != e.Name {
				t.Errorf("Lookup(%q) = %q, want %q", code, got.Name, e.Name)
			}
		}
	}
}

func TestGazetteerFind(t *testing.T) {
	ms := States().Find("The delegate of the Islamic Republic of Iran and Japan; a turkey dinner.")
	var got []string
	for _, m := range ms {
		got = append(got, m.Entity.Name)
	}
	if want := []string{"Iran", "Japan"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Find = %v, want %v", got, want)
	}
}

func TestSentences(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"See para. 16 of the U.N. Charter. It applies.", []string{"See para. 16 of the U.N. Charter.", "It applies."}},
		{"As stated, “It is clear. It is law.” New Zealand (2020).", []string{"As stated, “It is clear. It is law.”", "New Zealand (2020)."}},
		{"Art. 51 applies, e.g. to attacks. Yes!", []string{"Art. 51 applies, e.g. to attacks.", "Yes!"}},
		{"J. Smith wrote it.", []string{"J. Smith wrote it."}},
	} {
		var got []string
		for _, s := range Sentences(tc.in) {
			got = append(got, tc.in[s[0]:s[1]])
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Sentences(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCite(t *testing.T) {
	d := Document{Title: "Position paper", Date: "2020-12-01", Source: "x/nz.txt"}
	for _, tc := range []struct {
		p    Passage
		d    Document
		want string
	}{
		{Passage{State: "New Zealand", Paragraph: "16"}, d, "New Zealand (2020, para 16)"},
		{Passage{State: "Japan", Page: 5}, d, "Japan (2020, p. 5)"},
		{Passage{}, d, "Position paper (2020)"},
		{Passage{}, Document{Source: "x/nz.txt"}, "nz.txt"},
		// A quotation is cited by its own reference, never its host's date.
		{Passage{State: "New Zealand", Kind: Footnote, Paragraph: "64", Page: 9,
			Quote: &Quote{Author: "New Zealand", Entity: "New Zealand", Label: "2020", Date: "2020", Pinpoint: "paras 16 & 17"}},
			d, "New Zealand (2020, paras 16 & 17)"},
		{Passage{State: "Norway", Quote: &Quote{Author: "UNGA", Label: "2021b", Date: "2021", Pinpoint: "71"}}, d, "Norway (UNGA 2021b, 71)"},
		{Passage{State: "Finland", Paragraph: "3", Quote: &Quote{}}, d, "Finland (n.d.)"},
	} {
		if got := Cite(tc.d, tc.p); got != tc.want {
			t.Errorf("Cite = %q, want %q", got, tc.want)
		}
	}
	c, err := NewCiter("{{.State}}, {{.Title}}")
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Cite(d, Passage{State: "Chile"}); got != "Chile, Position paper" {
		t.Errorf("custom citation = %q", got)
	}
	// The year filter takes a quotation's year: of 2021 in a paper of 2020,
	// or none.
	q := Passage{State: "Norway", Quote: &Quote{Date: "2021"}}
	if !(Filter{YearFrom: 2021}).Match(d, q) || (Filter{YearTo: 2020}).Match(d, q) {
		t.Error("year filter on a quotation of 2021 in a paper of 2020")
	}
	if (Filter{YearFrom: 2020, YearTo: 2020}).Match(d, Passage{Quote: &Quote{}}) {
		t.Error("year filter: an undated quotation took its paper's year")
	}
	if _, err := NewCiter("{{.Nope}}"); err == nil {
		t.Error("NewCiter with unknown field: no error")
	}
}

func TestFilter(t *testing.T) {
	f, err := NewFilter([]string{"knowledge"}, []string{"UK"}, "2019..2021", "", "")
	if err != nil {
		t.Fatal(err)
	}
	d := Document{ID: "abc", Date: "2020"}
	p := Passage{State: "United Kingdom", Annotations: []Annotation{{Element: "knowledge.actual"}}}
	if !f.Match(d, p) {
		t.Error("filter rejects a matching passage")
	}
	p.State = "France"
	if f.Match(d, p) {
		t.Error("filter accepts another State")
	}
	for _, bad := range []string{"20", "2021..2019", "abcd"} {
		if _, _, err := ParseYears(bad); err == nil {
			t.Errorf("ParseYears(%q): no error", bad)
		}
	}
}

func FuzzNewFilter(f *testing.F) {
	f.Add("knowledge", "UK", "2019..2021", "abc", `"should have known" -x`)
	f.Add("", "Atlantis", "..", "", "")
	f.Fuzz(func(t *testing.T, element, state, years, doc, query string) {
		flt, err := NewFilter([]string{element}, []string{state}, years, doc, query)
		if err != nil {
			return
		}
		if flt.YearFrom != 0 && flt.YearTo != 0 && flt.YearFrom > flt.YearTo {
			t.Fatalf("range %d..%d from %q", flt.YearFrom, flt.YearTo, years)
		}
		flt.Match(Document{ID: doc, Date: "2020"}, Passage{State: state})
	})
}

func TestFilterLang(t *testing.T) {
	d := Document{ID: "d"}
	fr := Passage{Lang: French}
	if !(Filter{Lang: French}).Match(d, fr) || (Filter{Lang: Spanish}).Match(d, fr) || !(Filter{}).Match(d, fr) {
		t.Error("Filter.Lang does not select by the passage's language")
	}
}

func TestFilterIsZero(t *testing.T) {
	if !(Filter{}).IsZero() {
		t.Error("the empty filter: IsZero false")
	}
	for _, f := range []Filter{
		{Elements: []string{"knowledge.actual"}}, {Polarity: Affirmed}, {States: []string{"France"}},
		{YearFrom: 2020}, {YearTo: 2021}, {DocID: "ab"}, {Lang: "fr"}, {Query: "due diligence"}, {ReviewedOnly: true},
	} {
		if f.IsZero() {
			t.Errorf("%+v: IsZero true", f)
		}
	}
}
