package corpus

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"
)

// compactDoc has passages that are spans of the document's text and one
// that is not, non-ASCII text before and inside them, and annotations of
// every kind the compact form says or must leave as JSON.
func compactDoc(id string) (Document, []Passage) {
	text := "Été: la diligence requise.\n\nStates — knew or should have known.\n\nThird."
	d := Document{ID: id, Source: id + ".txt", Title: "T", State: "France", Date: "2021", Format: "txt", Text: text}
	r := []rune(text)
	span := func(a, b int) string { return string(r[a:b]) }
	ps := []Passage{
		{ID: PassageID(id, 0), DocID: id, Seq: 0, Kind: Body, Start: 0, End: 26, Text: span(0, 26),
			Annotations: []Annotation{
				{Element: "topic.due_diligence", Start: 8, End: 25, Match: "diligence requise", Rule: "dd-fr", Polarity: Affirmed},
				{Element: "topic.due_diligence", Start: 0, End: 3, Match: "Été", Rule: "dd-fr", Polarity: Rejected},
			}},
		{ID: PassageID(id, 1), DocID: id, Seq: 1, Kind: Body, Start: 28, End: 63, Text: span(28, 63),
			Annotations: []Annotation{
				// A match that is not its span is kept as it is.
				{Element: "knowledge.actual", Start: 9, End: 23, Match: "knew or should!", Rule: "k", Polarity: Affirmed},
			}},
		// Text that is not the span (normalised by an extractor).
		{ID: PassageID(id, 2), DocID: id, Seq: 2, Kind: Footnote, Start: 65, End: 71, Text: "Third"},
	}
	return d, ps
}

func TestStoreKeepsTextOnce(t *testing.T) {
	ctx := context.Background()
	s := testStore(t)
	d, ps := compactDoc("cccccccccccccccc")
	if _, err := s.Put(ctx, d, nil, ps); err != nil {
		t.Fatal(err)
	}
	var stored []string
	rows, err := s.db.Query(`SELECT text FROM passages ORDER BY seq`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var x string
		rows.Scan(&x)
		stored = append(stored, x)
	}
	rows.Close()
	if want := []string{"", "", "Third"}; !reflect.DeepEqual(stored, want) {
		t.Errorf("stored texts = %q, want %q", stored, want)
	}
	got, err := s.Passages(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, ps) {
		t.Errorf("Passages = %+v\nwant %+v", got, ps)
	}
	byID, err := s.PassagesByID(ctx, []string{ps[1].ID})
	if err != nil || len(byID) != 1 || !reflect.DeepEqual(byID[0], ps[1]) {
		t.Errorf("PassagesByID = %+v, %v; want %+v", byID, err, ps[1])
	}
	// Annotations given anew take the compact form too.
	anns := []Annotation{{Element: "measures.new", Start: 4, End: 7, Match: "knew", Rule: "new-rule", Polarity: Affirmed}}
	anns[0].Match = string([]rune(ps[1].Text)[4:7])
	if err := s.ReplaceAnnotations(ctx, d.ID, map[string][]Annotation{ps[1].ID: anns}); err != nil {
		t.Fatal(err)
	}
	got, err = s.Passages(ctx, d.ID)
	if err != nil || !reflect.DeepEqual(got[1].Annotations, anns) {
		t.Errorf("after ReplaceAnnotations: %+v, %v; want %+v", got[1].Annotations, err, anns)
	}
	// A second store on the same file learns the new names from the table.
	s2, err := OpenStoreReadOnly(s.path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	c, err := s2.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]int{"topic.due_diligence": 1, "measures.new": 1}; c.Annotations != 3 || !reflect.DeepEqual(c.ByElement, want) {
		t.Errorf("Counts = %d annotations, %v; want 3, %v", c.Annotations, c.ByElement, want)
	}
}

// TestMigrateCompact writes a store as schema 10 kept it (every passage's
// text, annotations as JSON) and opens it: the passages read back the same.
func TestMigrateCompact(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range migrations[:10] {
		if _, err := db.Exec(m); err != nil {
			t.Fatalf("migration %d: %v", i+1, err)
		}
	}
	var want [][]Passage
	for n := range 3 {
		d, ps := compactDoc(fmt.Sprintf("%02ddddddddddddddd", n))
		if _, err := db.Exec(`INSERT INTO documents(id, source, text, ingested_at) VALUES (?, ?, ?, '')`, d.ID, d.Source, d.Text); err != nil {
			t.Fatal(err)
		}
		for _, p := range ps {
			js := "[]"
			if len(p.Annotations) > 0 {
				b, _ := json.Marshal(p.Annotations)
				js = string(b)
			}
			if _, err := db.Exec(`INSERT INTO passages(id, doc_id, seq, kind, start, "end", text, annotations) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
				p.ID, d.ID, p.Seq, string(p.Kind), p.Start, p.End, p.Text, js); err != nil {
				t.Fatal(err)
			}
		}
		want = append(want, ps)
	}
	if _, err := db.Exec(`PRAGMA user_version = 10`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s, err := OpenStore(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, ps := range want {
		got, err := s.Passages(ctx, ps[0].DocID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, ps) {
			t.Errorf("migrated passages = %+v\nwant %+v", got, ps)
		}
	}
	var spans int
	s.db.QueryRow(`SELECT count(*) FROM passages WHERE text = ''`).Scan(&spans)
	if spans != 6 {
		t.Errorf("%d passages stored as spans after migrating, want 6", spans)
	}
}
