package workspace

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	"github.com/normdex/normdex/corpus"
)

// TestBackfillLangs opens a store written before languages were kept: its
// first writer tells them, the index catches up, and the next writer finds
// nothing to do.
func TestBackfillLangs(t *testing.T) {
	ctx := context.Background()
	src, dir := t.TempDir(), filepath.Join(t.TempDir(), "ws")
	files := map[string]string{
		"en.txt": "1. States must take reasonable measures to prevent harmful operations from their territory.\n",
		"fr.txt": "1. La France estime que les États doivent prévenir les opérations nuisibles menées depuis leur territoire.\n",
		"es.txt": "1. Chile considera que los Estados deben prevenir que su territorio sea utilizado para operaciones dañinas.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(src, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	w, err := Open(dir, Options{Create: true, Write: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Ingest(ctx, []string{src}, IngestOptions{}); err != nil {
		t.Fatal(err)
	}
	w.Close()

	db, err := sql.Open("sqlite", filepath.Join(dir, "normdex.db"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE documents SET lang = ''; UPDATE passages SET lang = ''`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	w, err = Open(dir, Options{Write: true})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if left, err := w.store.DocumentsWithoutLang(ctx); err != nil || len(left) != 0 {
		t.Fatalf("documents without a language after the backfill: %v, %v", left, err)
	}
	if q, err := w.store.IndexQueue(ctx); err != nil || len(q) != 0 {
		t.Fatalf("index queue after the backfill: %v, %v; want it reindexed", q, err)
	}
	for lang, file := range map[string]string{corpus.English: "en.txt", corpus.French: "fr.txt", corpus.Spanish: "es.txt"} {
		res, err := w.Search(ctx, Query{Filter: corpus.Filter{Lang: lang}, Size: 10, Facets: true})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != 1 || filepath.Base(res.Hits[0].Source) != file || res.Hits[0].Lang != lang {
			t.Errorf("--lang %s: %d hits %+v; want %s", lang, res.Total, res.Hits, file)
		}
		if len(res.Langs) != 1 || res.Langs[0].Value != lang {
			t.Errorf("--lang %s: language facet %+v", lang, res.Langs)
		}
	}
	w.Close()

	w, err = Open(dir, Options{Write: true})
	if err != nil {
		t.Fatal(err)
	}
	if n, err := w.Sync(ctx); err != nil || n != 0 {
		t.Errorf("Sync after a second open = %d, %v; want nothing to reindex", n, err)
	}
}
