package corpus

import (
	"context"
	"reflect"
	"testing"
)

// TestSetMetaLang checks that a new language is stored with the passages
// given in it, their annotations included, and that the language alone
// changing is a change; DocumentsWithoutLang lists the documents with none.
func TestSetMetaLang(t *testing.T) {
	ctx := context.Background()
	s := testStore(t)
	d, _, ps := putTestDoc(t, s, "aaaaaaaaaaaaaaaa", "a.txt")
	if ids, err := s.DocumentsWithoutLang(ctx); err != nil || !reflect.DeepEqual(ids, []string{d.ID}) {
		t.Fatalf("DocumentsWithoutLang = %v, %v; want %s", ids, err, d.ID)
	}
	dequeueAll(t, s)
	m := d
	m.Lang = French
	for i := range ps {
		ps[i].Lang = French
		ps[i].Annotations = nil
	}
	ps[1].Annotations = []Annotation{{Element: "knowledge.actual", Start: 0, End: 6, Match: "Second", Rule: "fr-r", Polarity: Affirmed}}
	changes, err := s.SetMeta(ctx, m, ps...)
	if want := []Change{{"lang", "", French}}; err != nil || !reflect.DeepEqual(changes, want) {
		t.Fatalf("SetMeta = %v, %v; want %v", changes, err, want)
	}
	got, _ := s.Passages(ctx, d.ID)
	if got[0].Lang != French || got[1].Lang != French || len(got[0].Annotations) != 0 || !reflect.DeepEqual(got[1].Annotations, ps[1].Annotations) {
		t.Errorf("passages after SetMeta: %+v", got)
	}
	if info, _ := s.DocumentInfo(ctx, d.ID); info.Lang != French {
		t.Errorf("document language %q; want fr", info.Lang)
	}
	if q, _ := s.IndexQueue(ctx); len(q) != 1 {
		t.Errorf("queue = %+v; want the document", q)
	}
	if ids, _ := s.DocumentsWithoutLang(ctx); len(ids) != 0 {
		t.Errorf("DocumentsWithoutLang = %v; want none", ids)
	}
}
