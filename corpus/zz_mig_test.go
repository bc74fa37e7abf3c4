package corpus

import (
	"context"
	"testing"
)

func TestZZMigrateAll(t *testing.T) {
	ctx := context.Background()
	for v := 1; v <= len(migrations); v++ {
		var rows []string
		if v >= 5 {
			rows = append(rows, `INSERT INTO codebook(id, name, sha256, text, saved_at) VALUES (1, 'mine.yaml', 'abc', 'elements: []', '2026-11-30')`)
		}
		rows = append(rows, `INSERT INTO documents(id, source, text, ingested_at) VALUES ('aaaaaaaaaaaaaaaa', 'a.txt', 'hello', 'x')`)
		s := migratedStore(t, v, rows...)
		if got, _ := s.Version(); got != len(migrations) {
			t.Fatalf("from %d: version %d", v, got)
		}
		if v >= 5 {
			c, ok, err := s.Codebook(ctx)
			ci, _, _ := s.CodebookInfo(ctx)
			if err != nil || !ok || c.Text != "elements: []" || c.SavedAt != "2026-11-30" || ci.Name != "mine.yaml" {
				t.Errorf("from %d: %+v %v %v", v, c, ok, err)
			}
		}
		d, err := s.DocumentInfo(ctx, "aaaaaaaaaaaaaaaa")
		if err != nil || d.Source != "a.txt" {
			t.Errorf("from %d: %+v %v", v, d, err)
		}
		if _, err := s.Signatures(ctx); err != nil {
			t.Errorf("from %d: %v", v, err)
		}
		if _, err := s.DocumentsWithoutLang(ctx); err != nil {
			t.Errorf("from %d: %v", v, err)
		}
		s.Close()
		r, err := OpenStoreReadOnly(s.path)
		if err != nil {
			t.Fatal(err)
		}
		if d, err := r.DocumentInfo(ctx, "aaaaaaaaaaaaaaaa"); err != nil || d.Source != "a.txt" {
			t.Errorf("ro from %d: %+v %v", v, d, err)
		}
		if _, err := r.DocumentInfo(ctx, "nope"); err == nil {
			t.Errorf("ro: found nope")
		}
		r.Close()
	}
}
