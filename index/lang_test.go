package index

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/normdex/normdex/corpus"
)

// TestSearchLanguages checks that French and Spanish passages are found by
// words of their language, stemmed and with accents folded as the tagger
// folds them, and that the language filters and is counted.
func TestSearchLanguages(t *testing.T) {
	ix, err := Open(filepath.Join(t.TempDir(), "ix"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	d := corpus.Document{ID: "doc3", Title: "Mixed", Date: "2021", Source: "mixed.txt"}
	var es []Entry
	for _, p := range []corpus.Passage{
		{ID: "doc3-0", State: "France", Lang: "fr", Text: "L'État doit prévenir les opérations menées depuis son territoire.",
			Annotations: []corpus.Annotation{{Element: "scope.prevention"}}},
		{ID: "doc3-1", State: "Mexico", Lang: "es", Text: "El Estado tiene la obligación de prevenir los daños transfronterizos.",
			Annotations: []corpus.Annotation{{Element: "scope.prevention"}}},
		{ID: "doc3-2", State: "Norway", Lang: "en", Text: "The State must prevent harmful operations from its territory.",
			Annotations: []corpus.Annotation{{Element: "scope.prevention"}}},
	} {
		es = append(es, NewEntry(d, p))
	}
	if err := ix.Replace(nil, es); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		f    corpus.Filter
		want []string
	}{
		{"French word, stemmed", corpus.Filter{Query: "opération"}, []string{"doc3-0"}},
		{"accents folded", corpus.Filter{Query: "etat"}, []string{"doc3-0"}},
		{"French elision", corpus.Filter{Query: `"état doit"`}, []string{"doc3-0"}},
		{"Spanish phrase", corpus.Filter{Query: `"daños transfronterizos"`}, []string{"doc3-1"}},
		{"Spanish word", corpus.Filter{Query: "obligaciones"}, []string{"doc3-1"}},
		{"English word", corpus.Filter{Query: "harm"}, []string{"doc3-2"}},
		{"element and language", corpus.Filter{Elements: []string{"scope.prevention"}, Lang: "es"}, []string{"doc3-1"}},
		{"language", corpus.Filter{Lang: "fr"}, []string{"doc3-0"}},
	} {
		res, err := ix.Search(Query{Filter: tc.f, Size: 10})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := ids(res); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: hits %v, want %v", tc.name, got, tc.want)
		}
	}
	res, err := ix.Search(Query{Size: 10, Facets: true})
	if err != nil {
		t.Fatal(err)
	}
	want := []FacetCount{{"en", 1}, {"es", 1}, {"fr", 1}}
	if !reflect.DeepEqual(res.Langs, want) {
		t.Errorf("language facet %v, want %v", res.Langs, want)
	}
	if tally := Tally(Query{Size: 10, Facets: true}, es); !reflect.DeepEqual(tally.Langs, want) {
		t.Errorf("tallied language facet %v, want %v", tally.Langs, want)
	}
	if s := Snippet(es[0].Text, "opérations"); !strings.Contains(s, HighlightStart+"opérations"+HighlightEnd) {
		t.Errorf("French snippet %q", s)
	}
}
