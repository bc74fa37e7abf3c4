package workspace

import (
	"context"
	"testing"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/index"
)

func TestLoadFillsHitsAndDropsUnknown(t *testing.T) {
	ctx := context.Background()
	w, err := Open(t.TempDir(), Options{Write: true})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	id := "0123456789abcdef"
	d := corpus.Document{ID: id, Source: "nz.txt", Title: "NZ", State: "New Zealand", Date: "2020", Format: "txt", Text: "Known."}
	p := corpus.Passage{ID: corpus.PassageID(id, 0), DocID: id, State: "New Zealand", Kind: corpus.Body, Paragraph: "16",
		End: 6, Text: "Known.", Annotations: []corpus.Annotation{{Element: "knowledge.actual", End: 5, Match: "Known", Rule: "r"}}}
	if _, err := w.store.Put(ctx, d, nil, []corpus.Passage{p}); err != nil {
		t.Fatal(err)
	}
	hits, err := w.load(ctx, []index.Hit{{Entry: index.Entry{ID: "gone-0000"}}, {Entry: index.Entry{ID: p.ID}, Score: 2}}, "known")
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].ID != p.ID || hits[0].Text != "Known." || hits[0].Citation != "New Zealand (2020, para 16)" ||
		hits[0].Score != 2 || len(hits[0].Annotations) != 1 || len(hits[0].Snippets) != 1 {
		t.Errorf("hits = %+v", hits)
	}
}
