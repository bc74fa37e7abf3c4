package corpus

import (
	"context"
	"testing"
	"time"
)

// TestReadsBesideAWrite checks that the reads an ingest makes while a
// document is being written neither wait for the writing connection nor
// see the uncommitted document, and see it once it is committed.
func TestReadsBesideAWrite(t *testing.T) {
	ctx := context.Background()
	s := testStore(t)
	a, _, _ := putTestDoc(t, s, "aaaaaaaaaaaaaaaa", "a.txt")
	b, bst, bps := testDoc("bbbbbbbbbbbbbbbb", "b.txt")
	// The writing connection is held as Put holds it for a document: a
	// read that needed it would wait until the deadline and fail.
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if err := s.insertDocument(ctx, tx, &txNames{c: &s.names, tx: tx}, b, bst, bps); err != nil {
		t.Fatal(err)
	}
	rctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if d, err := s.DocumentInfo(rctx, a.ID); err != nil || d.Source != a.Source {
		t.Errorf("DocumentInfo(committed) = %+v, %v", d, err)
	}
	if _, err := s.DocumentBySource(rctx, b.Source); err == nil {
		t.Error("DocumentBySource found a document not yet committed")
	}
	if _, err := s.Decisions(rctx, DecisionQuery{Document: a.ID}); err != nil {
		t.Errorf("Decisions: %v", err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if d, err := s.DocumentBySource(ctx, b.Source); err != nil || d.ID != b.ID {
		t.Errorf("DocumentBySource after the commit = %+v, %v", d, err)
	}
}

// A preparation of DocumentInfo's query that fails is not kept: the next
// call prepares it again. A missing index stands for any failure to
// prepare (a cancelled context, a connection that could not be opened).
func TestDocumentInfoAfterAFailedPrepare(t *testing.T) {
	ctx := context.Background()
	s := testStore(t)
	d, _, _ := putTestDoc(t, s, "aaaaaaaaaaaaaaaa", "a.txt")
	// The query names documents_list: without it, it cannot be prepared.
	if _, err := s.db.Exec(`DROP INDEX documents_list`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DocumentInfo(ctx, d.ID); err == nil {
		t.Fatal("DocumentInfo prepared a query whose index is missing")
	}
	if _, err := s.db.Exec(migrations[11]); err != nil {
		t.Fatal(err)
	}
	if got, err := s.DocumentInfo(ctx, d.ID); err != nil || got.Source != d.Source {
		t.Errorf("DocumentInfo once the index is back = %+v, %v", got, err)
	}
}
