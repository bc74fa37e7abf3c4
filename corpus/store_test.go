package corpus

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func testDoc(id, source string) (Document, []Statement, []Passage) {
	d := Document{ID: id, Source: source, Title: "T", State: "Finland", Date: "2020-05-01", Format: "txt", Text: "First passage.\n\nSecond."}
	st := []Statement{{ID: StatementID(id, 0), DocID: id, State: "Finland", Start: 0, End: 23}}
	ps := []Passage{
		{ID: PassageID(id, 0), DocID: id, StatementID: st[0].ID, Seq: 0, State: "Finland", Kind: Body, Paragraph: "1", Start: 0, End: 14, Text: "First passage.",
			Annotations: []Annotation{{Element: "scope.prevention", Start: 0, End: 5, Match: "First", Rule: "r", Polarity: Affirmed}}},
		{ID: PassageID(id, 1), DocID: id, StatementID: st[0].ID, Seq: 1, State: "Finland", Kind: Footnote, Page: 2, Start: 16, End: 23, Text: "Second."},
	}
	return d, st, ps
}

// testStore opens a store in a fresh folder, closed when the test ends.
func testStore(t *testing.T) *Store {
	t.Helper()
	s, err := OpenStore(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// migratedStore makes a store of schema version, runs rows (SQL
// statements) on it, and opens it, which migrates it; the store is closed
// when the test ends.
func migratedStore(t *testing.T, version int, rows ...string) *Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "s.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	stmts := append(slices.Clone(migrations[:version]), fmt.Sprintf(`PRAGMA user_version = %d`, version))
	for _, q := range append(stmts, rows...) {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()
	s, err := OpenStore(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// putIndexed stores a document and empties the queue, as an index that
// caught up with the store does.
func putIndexed(t *testing.T, s *Store, d Document, st []Statement, ps []Passage) {
	t.Helper()
	if _, err := s.Put(context.Background(), d, st, ps); err != nil {
		t.Fatal(err)
	}
	dequeueAll(t, s)
}

// putTestDoc stores the testDoc of id and source in s and returns it.
func putTestDoc(t *testing.T, s *Store, id, source string) (Document, []Statement, []Passage) {
	t.Helper()
	d, st, ps := testDoc(id, source)
	if _, err := s.Put(context.Background(), d, st, ps); err != nil {
		t.Fatal(err)
	}
	return d, st, ps
}

// dequeueAll takes every queued document off the queue, as an index that
// caught up does.
func dequeueAll(t *testing.T, s *Store) {
	t.Helper()
	q, err := s.IndexQueue(context.Background())
	if err == nil {
		err = s.Dequeue(context.Background(), q)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// withoutPlaces returns the queued documents q without their places in
// the queue, which depend on how often each was queued.
func withoutPlaces(q []Queued) []Queued {
	out := slices.Clone(q)
	for i := range out {
		out[i].Seq = 0
	}
	return out
}

// A document queued again after a writer of the index read it stays in
// the queue when that writer is done, so that the change is indexed too.
func TestDequeueKeepsRequeued(t *testing.T) {
	ctx := context.Background()
	s := testStore(t)
	d, st, ps := testDoc("aaaaaaaaaaaaaaaa", "a.txt")
	out, err := s.PutDocument(ctx, d, st, ps)
	if err != nil {
		t.Fatal(err)
	}
	read, err := s.IndexQueue(ctx)
	if err != nil || len(read) != 1 || read[0] != out.Queued || out.Queued.Seq == 0 {
		t.Fatalf("IndexQueue = %+v, %v; want %+v", read, err, out.Queued)
	}
	if _, err := s.AddDecision(ctx, Decision{Passage: ps[0].ID, Action: Add, Element: "scope.prevention", Reviewer: "ann"}); err != nil {
		t.Fatal(err)
	}
	if p, err := s.Pending(ctx, read); err != nil || len(p) != 0 {
		t.Errorf("Pending after a decision = %+v, %v; want none", p, err)
	}
	if err := s.Dequeue(ctx, read); err != nil {
		t.Fatal(err)
	}
	again, err := s.IndexQueue(ctx)
	if err != nil || len(again) != 1 || again[0].Seq <= read[0].Seq {
		t.Fatalf("queue after dequeueing what was read = %+v, %v; want %s queued anew", again, err, d.ID)
	}
	if p, err := s.Pending(ctx, again); err != nil || !slices.Equal(p, again) {
		t.Errorf("Pending = %+v, %v; want %+v", p, err, again)
	}
	if err := s.Dequeue(ctx, again); err != nil {
		t.Fatal(err)
	}
	if q, _ := s.IndexQueue(ctx); len(q) != 0 {
		t.Errorf("queue = %+v, want empty", q)
	}
	// A place is never given twice, even once the queue is empty.
	if err := s.Remove(ctx, []string{d.ID}); err != nil {
		t.Fatal(err)
	}
	if q, _ := s.IndexQueue(ctx); len(q) != 1 || q[0].Seq <= again[0].Seq || !q[0].Stale {
		t.Errorf("queue after removing = %+v, want a stale entry after %d", q, again[0].Seq)
	}
}

// Pending answers for more documents than one query asks about, in the
// order given, leaving out those queued again and those taken off.
func TestPendingManyDocuments(t *testing.T) {
	ctx := context.Background()
	s := testStore(t)
	tx, err := s.db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	for i := range pendingChunk + 7 {
		if _, err := queue(ctx, tx, fmt.Sprintf("doc%04d", i), false); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	read, err := s.IndexQueue(ctx)
	if err != nil {
		t.Fatal(err)
	}
	slices.Reverse(read)
	tx, err = s.db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := queue(ctx, tx, read[3].DocID, false); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := s.Dequeue(ctx, read[pendingChunk+2:pendingChunk+3]); err != nil {
		t.Fatal(err)
	}
	want := slices.Concat(read[:3], read[4:pendingChunk+2], read[pendingChunk+3:])
	if got, err := s.Pending(ctx, read); err != nil || !slices.Equal(got, want) {
		t.Errorf("Pending = %d documents, %v; want %d", len(got), err, len(want))
	}
}

// A document stored again while its removal waits in the queue is left
// to Sync, which deletes its earlier entries: a writer that adds the new
// ones and takes it off the queue leaves the others.
func TestPendingLeavesStale(t *testing.T) {
	ctx := context.Background()
	s := testStore(t)
	d, st, ps := testDoc("aaaaaaaaaaaaaaaa", "a.txt")
	putIndexed(t, s, d, st, ps)
	if err := s.Remove(ctx, []string{d.ID}); err != nil {
		t.Fatal(err)
	}
	out, err := s.PutDocument(ctx, d, st, ps[:1])
	if err != nil {
		t.Fatal(err)
	}
	if p, err := s.Pending(ctx, []Queued{out.Queued}); err != nil || len(p) != 0 {
		t.Errorf("Pending = %+v, %v; want none", p, err)
	}
	if q, _ := s.IndexQueue(ctx); len(q) != 1 || !q[0].Stale || q[0].Seq != out.Queued.Seq {
		t.Errorf("queue = %+v, want %s stale at %d", q, d.ID, out.Queued.Seq)
	}
}

// Documents queued in a store of schema 12 keep their places in the queue
// (and whether they are stale) when it is migrated.
func TestStoreMigratesQueue(t *testing.T) {
	s := migratedStore(t, 12, `INSERT INTO index_queue(doc_id, stale) VALUES ('b', 0), ('a', 1)`)
	q, err := s.IndexQueue(context.Background())
	want := []Queued{{"a", true, 1}, {"b", false, 2}}
	if err != nil || !slices.Equal(q, want) {
		t.Errorf("queue after migration = %+v, %v; want %+v", q, err, want)
	}
	// The table renamed keeps the count of places given: emptied, the
	// queue does not give them again.
	dequeueAll(t, s)
	if err := s.Remove(context.Background(), []string{"a"}); err != nil {
		t.Fatal(err)
	}
	if q, err := s.IndexQueue(context.Background()); err != nil || len(q) != 1 || q[0].Seq <= 2 {
		t.Errorf("queue after migrating and emptying = %+v, %v; want a after place 2", q, err)
	}
}

func TestStoreRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := testStore(t)
	d, st, ps := testDoc("aaaaaaaaaaaaaaaa", "a.txt")
	if r, err := s.Put(ctx, d, st, ps); err != nil || r != Ingested {
		t.Fatalf("Put = %v, %v; want ingested", r, err)
	}
	got, err := s.Document(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, d) {
		t.Errorf("Document = %+v, want %+v", got, d)
	}
	gotPs, err := s.Passages(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotPs, ps) {
		t.Errorf("Passages = %+v\nwant %+v", gotPs, ps)
	}
	gotSt, err := s.Statements(ctx, d.ID)
	if err != nil || !reflect.DeepEqual(gotSt, st) {
		t.Errorf("Statements = %+v, %v; want %+v", gotSt, err, st)
	}
	info, err := s.DocumentInfo(ctx, d.ID)
	if err != nil || info.Text != "" || info.Title != d.Title || info.Source != d.Source {
		t.Errorf("DocumentInfo = %+v, %v", info, err)
	}
	byID, err := s.PassagesByID(ctx, []string{ps[1].ID, "nope", ps[0].ID})
	if err != nil || !reflect.DeepEqual(byID, ps) {
		t.Errorf("PassagesByID = %+v, %v\nwant %+v", byID, err, ps)
	}
}

func TestStorePutIsIdempotentAndReplaces(t *testing.T) {
	ctx := context.Background()
	s := testStore(t)
	d, st, ps := putTestDoc(t, s, "aaaaaaaaaaaaaaaa", "a.txt")
	before, _ := s.Counts(ctx)
	if r, err := s.Put(ctx, d, st, ps); err != nil || r != Unchanged {
		t.Fatalf("second Put = %v, %v; want unchanged", r, err)
	}
	after, _ := s.Counts(ctx)
	if before.Passages != after.Passages || before.Annotations != after.Annotations {
		t.Errorf("unchanged Put changed counts: %+v -> %+v", before, after)
	}
	d2, st2, ps2 := testDoc("bbbbbbbbbbbbbbbb", "a.txt")
	if r, err := s.Put(ctx, d2, st2, ps2[:1]); err != nil || r != Replaced {
		t.Fatalf("Put of new bytes = %v, %v; want replaced", r, err)
	}
	n, _ := s.Counts(ctx)
	if n.Documents != 1 || n.Passages != 1 || n.Annotations != 1 {
		t.Errorf("after replace: %+v, want 1 document, 1 passage, 1 annotation", n)
	}
	if _, err := s.Document(ctx, d.ID); err == nil {
		t.Error("old document still stored after replace")
	}
	q, _ := s.IndexQueue(ctx)
	if want := []Queued{{DocID: d.ID, Stale: true}, {DocID: d2.ID}}; !reflect.DeepEqual(withoutPlaces(q), want) {
		t.Errorf("index queue = %v, want %v: the old document's entries to delete, the new one's to add", q, want)
	}
}

// TestStoreNearDuplicates checks that a copy is counted once while its
// original is stored, and again, reindexed, once the original is replaced.
func TestStoreNearDuplicates(t *testing.T) {
	ctx := context.Background()
	s := testStore(t)
	d, st, ps := testDoc("aaaaaaaaaaaaaaaa", "a.txt")
	c, cst, cps := testDoc("cccccccccccccccc", "a.pdf")
	c.DuplicateOf = d.ID
	for _, x := range []struct {
		d  Document
		st []Statement
		ps []Passage
	}{{d, st, ps}, {c, cst, cps}} {
		if _, err := s.Put(ctx, x.d, x.st, x.ps); err != nil {
			t.Fatal(err)
		}
	}
	n, _ := s.Counts(ctx)
	if n.Duplicates != 1 || n.Passages != 4 || n.ByState["Finland"] != 2 || n.ByElement["scope.prevention"] != 1 {
		t.Errorf("with a copy: %+v, want 1 duplicate, 4 passages, Finland 2, scope.prevention 1", n)
	}
	if got, _ := s.DocumentInfo(ctx, c.ID); got.DuplicateOf != d.ID {
		t.Errorf("copy stored as duplicate of %q, want %q", got.DuplicateOf, d.ID)
	}
	dequeueAll(t, s)
	d2, st2, ps2 := testDoc("bbbbbbbbbbbbbbbb", "a.txt")
	if _, err := s.Put(ctx, d2, st2, ps2[:1]); err != nil {
		t.Fatal(err)
	}
	n, _ = s.Counts(ctx)
	if n.Duplicates != 0 || n.ByState["Finland"] != 3 || n.ByElement["scope.prevention"] != 2 {
		t.Errorf("original replaced: %+v, want no duplicate, Finland 3, scope.prevention 2", n)
	}
	q, _ := s.IndexQueue(ctx)
	if want := []Queued{{DocID: d.ID, Stale: true}, {DocID: d2.ID}, {DocID: c.ID}}; !reflect.DeepEqual(withoutPlaces(q), want) {
		t.Errorf("index queue = %v, want %v: the copy counts in the facets again", q, want)
	}
}

// TestStoreSignaturesBackfill checks that documents stored before
// signatures were kept get theirs, and their links, on the next ingest.
func TestStoreSignaturesBackfill(t *testing.T) {
	ctx := context.Background()
	s := testStore(t)
	long := strings.Repeat("A State that knew or should have known of an operation from its territory must act to end it. ", 8)
	for _, x := range []struct{ id, source, text string }{
		{"aaaaaaaaaaaaaaaa", "a.txt", long}, {"bbbbbbbbbbbbbbbb", "b.pdf", long}, {"cccccccccccccccc", "c.txt", "Short."},
	} {
		d, st, ps := testDoc(x.id, x.source)
		d.Text = x.text
		if _, err := s.Put(ctx, d, st, ps); err != nil {
			t.Fatal(err)
		}
	}
	dequeueAll(t, s)
	for range 2 { // the second time from the stored signatures
		x, err := s.Signatures(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if o, ok := x.Find("d.txt", mustSignature(t, long)); !ok || o.ID != "aaaaaaaaaaaaaaaa" {
			t.Errorf("Find after backfill = %+v, %v; want the first document", o, ok)
		}
	}
	if d, _ := s.DocumentInfo(ctx, "bbbbbbbbbbbbbbbb"); d.DuplicateOf != "aaaaaaaaaaaaaaaa" {
		t.Errorf("backfilled copy: duplicate of %q", d.DuplicateOf)
	}
	var missing int
	s.db.QueryRow(`SELECT count(*) FROM documents WHERE signature IS NULL`).Scan(&missing)
	q, _ := s.IndexQueue(ctx)
	if want := []Queued{{DocID: "bbbbbbbbbbbbbbbb"}}; missing != 0 || !reflect.DeepEqual(withoutPlaces(q), want) {
		t.Errorf("after backfill: %d without signature, queue %v; want 0 and %v", missing, q, want)
	}
}

func mustSignature(t *testing.T, text string) Signature {
	t.Helper()
	sig, ok := NewSignature(text)
	if !ok {
		t.Fatalf("no signature for %q", text)
	}
	return sig
}

func TestStoreReopenKeepsSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	s, err := OpenStore(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = OpenStore(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, _ := s.Version(); v != SchemaVersion {
		t.Errorf("version = %d, want %d", v, SchemaVersion)
	}
}

// TestStoreMigratesAnnotations opens a store written with schema 3, where
// annotations had their own table, and finds them on their passages.
func TestStoreMigratesAnnotations(t *testing.T) {
	s := migratedStore(t, 3,
		`INSERT INTO documents(id, source, text, ingested_at) VALUES ('d', 'a.txt', 'x', 'now')`,
		`INSERT INTO passages(id, doc_id, seq, kind, start, "end", text) VALUES ('d-0', 'd', 0, 'body', 0, 5, 'First'), ('d-1', 'd', 1, 'body', 6, 9, 'Two')`,
		`INSERT INTO annotations VALUES ('d-0', 'scope.prevention', 0, 5, 'First', 'r1', 'affirmed'), ('d-0', 'knowledge', 1, 2, 'i', 'r2', 'rejected')`,
	)
	ps, err := s.Passages(context.Background(), "d")
	if err != nil {
		t.Fatal(err)
	}
	want := []Annotation{{Element: "scope.prevention", Start: 0, End: 5, Match: "First", Rule: "r1", Polarity: Affirmed},
		{Element: "knowledge", Start: 1, End: 2, Match: "i", Rule: "r2", Polarity: Rejected}}
	if len(ps) != 2 || !reflect.DeepEqual(ps[0].Annotations, want) || ps[1].Annotations != nil {
		t.Errorf("after migration: %+v", ps)
	}
	if c, _ := s.Counts(context.Background()); c.Annotations != 2 || c.ByElement["knowledge"] != 1 {
		t.Errorf("counts after migration: %+v", c)
	}
}

// The queries that read a document's columns after its text, for every
// document or at every file of an ingest, read an index, not the table whose
// rows reach those columns through the text.
func TestDocumentQueriesReadIndexes(t *testing.T) {
	s := testStore(t)
	for _, c := range []struct{ name, query, index string }{
		{"documents list", listDocuments, "documents_list"},
		{"signatures", documentSignatures, "documents_signature"},
		{"documents without a language", documentsWithoutLang, "documents_list"},
		{"a document without its text", documentInfo, "documents_list"},
		{"the near-duplicates of a deleted document", standAlone, "documents_list"},
	} {
		// As many arguments as the query has parameters, all the same ID.
		args := make([]any, strings.Count(c.query, "?"))
		for i := range args {
			args[i] = "d1"
		}
		rows, err := s.db.Query(`EXPLAIN QUERY PLAN `+c.query, args...)
		if err != nil {
			t.Fatal(err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, detail)
		}
		rows.Close()
		if len(plan) == 0 || !strings.Contains(plan[0], "COVERING INDEX "+c.index) {
			t.Errorf("plan of %s: %q, want the covering index %s first", c.name, plan, c.index)
		}
		for _, step := range plan {
			if strings.HasPrefix(step, "SCAN documents") && !strings.Contains(step, "COVERING") {
				t.Errorf("plan of %s scans the table: %q", c.name, plan)
			}
		}
	}
}

// DocumentNames names the documents of any number of IDs, more than one
// query may hold, and leaves out the IDs of no document.
func TestDocumentNamesManyIDs(t *testing.T) {
	ctx := context.Background()
	s := testStore(t)
	var ids []string
	for i := range 3 * maxQueryParams {
		ids = append(ids, fmt.Sprintf("%04x%012x", i, 0))
	}
	for _, k := range []int{5, maxQueryParams + 7, 3*maxQueryParams - 1} {
		putTestDoc(t, s, ids[k], fmt.Sprintf("d%d.txt", k))
	}
	docs, err := s.DocumentNames(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range docs {
		got = append(got, d.ID)
	}
	slices.Sort(got)
	if want := []string{ids[5], ids[maxQueryParams+7], ids[3*maxQueryParams-1]}; !slices.Equal(got, want) {
		t.Errorf("DocumentNames = %v, want %v", got, want)
	}
}

// The codebook a store kept before its text was stored last is kept whole,
// and its name, hash and date are read without the text.
func TestStoreMigratesCodebook(t *testing.T) {
	ctx := context.Background()
	s := migratedStore(t, 14, `INSERT INTO codebook(id, name, sha256, text, saved_at) VALUES (1, 'mine.yaml', 'abc', 'elements: []', '2026-11-30')`)
	want := Codebook{Name: "mine.yaml", SHA256: "abc", Text: "elements: []", SavedAt: "2026-11-30"}
	if c, ok, err := s.Codebook(ctx); err != nil || !ok || c != want {
		t.Errorf("Codebook() = %+v, %v, %v; want %+v", c, ok, err, want)
	}
	info := want
	info.Text = ""
	if c, ok, err := s.CodebookInfo(ctx); err != nil || !ok || c != info {
		t.Errorf("CodebookInfo() = %+v, %v, %v; want %+v", c, ok, err, info)
	}
	same := Codebook{Name: "mine.yaml", SHA256: "abc", Text: "elements: []"}
	if c, err := s.SetCodebook(ctx, same); err != nil || c != want {
		t.Errorf("SetCodebook(the same) = %+v, %v; want the stored one, %+v", c, err, want)
	}
}

// A store of every older schema, with a document and (from version 5) a
// codebook, migrates to the current one, and what every ingest reads of it
// (the document without its text, the signatures, the documents without a
// language, the codebook) reads the same, read-only too.
func TestStoreMigratesFromEveryVersion(t *testing.T) {
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
