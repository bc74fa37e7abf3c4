package main

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/index"
)

func TestLoadPassagesFillsHitsAndDropsUnknown(t *testing.T) {
	ctx := context.Background()
	st, err := corpus.OpenStore(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	id := "0123456789abcdef"
	d := corpus.Document{ID: id, Source: "nz.txt", Title: "NZ", State: "New Zealand", Date: "2020", Format: "txt", Text: "Known."}
	p := corpus.Passage{ID: corpus.PassageID(id, 0), DocID: id, State: "New Zealand", Kind: corpus.Body, Paragraph: "16",
		End: 6, Text: "Known.", Annotations: []corpus.Annotation{{Element: "knowledge.actual", End: 5, Match: "Known", Rule: "r"}}}
	if _, err := st.Put(ctx, d, nil, []corpus.Passage{p}); err != nil {
		t.Fatal(err)
	}
	hits, ev, err := loadPassages(ctx, st, []index.Hit{{Entry: index.Entry{ID: "gone-0000"}}, {Entry: index.Entry{ID: p.ID}, Score: 2}})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].ID != p.ID || hits[0].Text != "Known." || hits[0].Citation != "New Zealand (2020, para 16)" ||
		hits[0].Score != 2 || len(ev[p.ID]) != 1 {
		t.Errorf("hits = %+v, evidence = %+v", hits, ev)
	}
}
