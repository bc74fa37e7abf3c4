package corpus

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // the store's database driver: pure Go, no cgo
)

// migrations bring the schema from version i to i+1. Never edit one that has
// shipped: append a new one.
var migrations = []string{
	`CREATE TABLE documents (
		id          TEXT PRIMARY KEY,
		source      TEXT NOT NULL UNIQUE,
		title       TEXT NOT NULL DEFAULT '',
		state       TEXT NOT NULL DEFAULT '',
		date        TEXT NOT NULL DEFAULT '',
		url         TEXT NOT NULL DEFAULT '',
		format      TEXT NOT NULL DEFAULT '',
		pages       INTEGER NOT NULL DEFAULT 0,
		text        TEXT NOT NULL,
		ingested_at TEXT NOT NULL
	);
	CREATE TABLE statements (
		id      TEXT PRIMARY KEY,
		doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
		seq     INTEGER NOT NULL,
		state   TEXT NOT NULL DEFAULT '',
		speaker TEXT NOT NULL DEFAULT '',
		start   INTEGER NOT NULL,
		"end"   INTEGER NOT NULL
	);
	CREATE INDEX statements_doc ON statements(doc_id);
	CREATE TABLE passages (
		id           TEXT PRIMARY KEY,
		doc_id       TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
		statement_id TEXT NOT NULL DEFAULT '',
		seq          INTEGER NOT NULL,
		state        TEXT NOT NULL DEFAULT '',
		kind         TEXT NOT NULL,
		page         INTEGER NOT NULL DEFAULT 0,
		paragraph    TEXT NOT NULL DEFAULT '',
		start        INTEGER NOT NULL,
		"end"        INTEGER NOT NULL,
		text         TEXT NOT NULL
	);
	CREATE INDEX passages_doc ON passages(doc_id, seq);
	CREATE TABLE annotations (
		passage_id TEXT NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
		element    TEXT NOT NULL,
		start      INTEGER NOT NULL,
		"end"      INTEGER NOT NULL,
		match      TEXT NOT NULL,
		rule       TEXT NOT NULL,
		polarity   TEXT NOT NULL
	);
	CREATE INDEX annotations_passage ON annotations(passage_id);
	CREATE INDEX annotations_element ON annotations(element);
	-- Documents whose index entries are stale: written in the same transaction
	-- as the document, removed once the index has caught up.
	CREATE TABLE index_queue (doc_id TEXT PRIMARY KEY);
	CREATE TABLE runs (
		id          INTEGER PRIMARY KEY,
		started_at  TEXT NOT NULL,
		finished_at TEXT NOT NULL DEFAULT '',
		ingested    INTEGER NOT NULL DEFAULT 0,
		unchanged   INTEGER NOT NULL DEFAULT 0,
		failed      INTEGER NOT NULL DEFAULT 0
	);
	CREATE TABLE failures (
		run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
		path   TEXT NOT NULL,
		reason TEXT NOT NULL
	);`,
	// Version 2: whether the index may hold entries of a queued document that
	// must be deleted (a replaced or deleted document), or whether indexing
	// it over what is there is enough (a new or re-annotated one).
	`ALTER TABLE index_queue ADD COLUMN stale INTEGER NOT NULL DEFAULT 1;`,
	// Version 3: counting by element scans the table; keeping an index on it
	// cost every ingest more than it saved.
	`DROP INDEX annotations_element;`,
	// Version 4: a passage's annotations are read and written with it, never
	// alone; as a JSON column of the passage they cost one row instead of a
	// row and an index entry each (half of what storing a document took).
	`ALTER TABLE passages ADD COLUMN annotations TEXT NOT NULL DEFAULT '[]';
	UPDATE passages SET annotations = coalesce((
		SELECT json_group_array(json(x)) FROM (
			SELECT json_object('element', element, 'start', start, 'end', "end", 'match', match,
				'rule', rule, 'polarity', polarity) AS x
			FROM annotations a WHERE a.passage_id = passages.id ORDER BY a.rowid)), '[]');
	DROP TABLE annotations;`,
	// Version 5: the workspace keeps the codebook it tags with (so that a
	// plain annotate or ingest does not revert to the default), what an
	// extraction could not read of each document, and how many documents a
	// run only gave new metadata.
	`CREATE TABLE codebook (
		id       INTEGER PRIMARY KEY CHECK (id = 1),
		name     TEXT NOT NULL,
		sha256   TEXT NOT NULL,
		text     TEXT NOT NULL,
		saved_at TEXT NOT NULL
	);
	ALTER TABLE documents ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]';
	ALTER TABLE runs ADD COLUMN updated INTEGER NOT NULL DEFAULT 0;`,
	// Version 6: a passage that quotes a State has the quotation's own
	// reference (JSON of a Quote: its date and pinpoint), '' otherwise.
	`ALTER TABLE passages ADD COLUMN quote TEXT NOT NULL DEFAULT '';`,
	// Version 7: near-duplicate documents: the MinHash signature of each
	// text, and the document stored before that it nearly duplicates.
	`ALTER TABLE documents ADD COLUMN signature BLOB;
	ALTER TABLE documents ADD COLUMN duplicate_of TEXT NOT NULL DEFAULT '';`,
	// Version 8: passages read by OCR from page images carry the engine's
	// mean confidence; NULL for text from a text layer.
	`ALTER TABLE passages ADD COLUMN ocr_confidence REAL;`,
	// Version 9: the language of each document and passage ('' where it
	// was stored before languages were told apart).
	`ALTER TABLE documents ADD COLUMN lang TEXT NOT NULL DEFAULT '';
	ALTER TABLE passages ADD COLUMN lang TEXT NOT NULL DEFAULT '';`,
	// Version 10: reviewers' decisions. They are anchored to the text of
	// their passage (its hash, position, document and file) and reference
	// no table, so that deleting or replacing a document leaves them to be
	// placed on its new passages (see Reanchor), or listed as orphans. The
	// unique index makes importing the same decisions twice a no-op.
	`CREATE TABLE decisions (
		id          INTEGER PRIMARY KEY,
		passage_id  TEXT NOT NULL,
		doc_id      TEXT NOT NULL,
		source      TEXT NOT NULL DEFAULT '',
		seq         INTEGER NOT NULL DEFAULT 0,
		text_sha256 TEXT NOT NULL DEFAULT '',
		action      TEXT NOT NULL,
		element     TEXT NOT NULL DEFAULT '',
		start       INTEGER NOT NULL DEFAULT 0,
		"end"       INTEGER NOT NULL DEFAULT 0,
		quote       TEXT NOT NULL DEFAULT '',
		polarity    TEXT NOT NULL DEFAULT '',
		state       TEXT NOT NULL DEFAULT '',
		reviewer    TEXT NOT NULL,
		at          TEXT NOT NULL,
		note        TEXT NOT NULL DEFAULT '',
		orphan      INTEGER NOT NULL DEFAULT 0
	);
	CREATE UNIQUE INDEX decisions_unique ON decisions(text_sha256, doc_id, action, element, start, "end", state, reviewer, at);
	CREATE INDEX decisions_passage ON decisions(passage_id);
	CREATE INDEX decisions_doc ON decisions(doc_id);
	CREATE INDEX decisions_source ON decisions(source);
	CREATE INDEX decisions_reviewer ON decisions(reviewer);`,
	// Version 11: each text is stored once. A passage that is the span of
	// its document's text between its offsets keeps '' as its text, and
	// annotations are stored compactly, elements and rules as IDs in the
	// names table (see encodeAnnotations): at a million passages the store
	// was 4.2 times its text, half of it the passages' copies of the text
	// and JSON of their annotations. compactPassages rewrites the rows.
	`CREATE TABLE names (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);`,
	// Version 12: the columns of a document after its text are reached by
	// walking the text's overflow pages, so listing the documents read
	// every text: 0.4 s at ten thousand documents, at every export and
	// documents page of the web app. The list now reads this index alone.
	`CREATE INDEX documents_list ON documents(source, id, title, state, date, url, format, pages, warnings, duplicate_of, lang);`,
	// Version 13: each queueing of a document gets a number never given
	// before, so that a writer of the index takes a document off the queue
	// only when nothing queued it again since the writer read it (see
	// Dequeue): a reviewer's decision made while the indexer held the
	// document's earlier entries was lost from the index.
	`CREATE TABLE index_queue_seq (seq INTEGER PRIMARY KEY AUTOINCREMENT, doc_id TEXT NOT NULL UNIQUE, stale INTEGER NOT NULL DEFAULT 1);
	INSERT INTO index_queue_seq(doc_id, stale) SELECT doc_id, stale FROM index_queue ORDER BY doc_id;
	DROP TABLE index_queue;
	ALTER TABLE index_queue_seq RENAME TO index_queue;`,
	// Version 14: the signatures, which every ingest reads at its start,
	// from an index of their own, for the reason of version 12: read from
	// the table, a re-ingest of 10,000 unchanged passages read every text
	// (see documentSignatures).
	`CREATE INDEX documents_signature ON documents(id, source, signature);`,
	// Version 15: the codebook's text after its date, so that its name,
	// hash and date are read without the megabyte of its text (see
	// CodebookInfo), which every ingest read through its overflow pages.
	`CREATE TABLE codebook_text_last (
		id       INTEGER PRIMARY KEY CHECK (id = 1),
		name     TEXT NOT NULL,
		sha256   TEXT NOT NULL,
		saved_at TEXT NOT NULL,
		text     TEXT NOT NULL
	);
	INSERT INTO codebook_text_last(id, name, sha256, saved_at, text) SELECT id, name, sha256, saved_at, text FROM codebook;
	DROP TABLE codebook;
	ALTER TABLE codebook_text_last RENAME TO codebook;`,
}

// schema is what the migrations make of an empty store, column for column
// and index for index (TestSchemaIsMigrated checks it), and what a new
// store is created with: replaying the migrations took 4.7 ms of the 6 it
// took to create one, each ALTER TABLE parsing the whole schema again. A
// migration added to migrations is added here too.
const schema = `CREATE TABLE documents (
		id           TEXT PRIMARY KEY,
		source       TEXT NOT NULL UNIQUE,
		title        TEXT NOT NULL DEFAULT '',
		state        TEXT NOT NULL DEFAULT '',
		date         TEXT NOT NULL DEFAULT '',
		url          TEXT NOT NULL DEFAULT '',
		format       TEXT NOT NULL DEFAULT '',
		pages        INTEGER NOT NULL DEFAULT 0,
		text         TEXT NOT NULL,
		ingested_at  TEXT NOT NULL,
		warnings     TEXT NOT NULL DEFAULT '[]',
		signature    BLOB,
		duplicate_of TEXT NOT NULL DEFAULT '',
		lang         TEXT NOT NULL DEFAULT ''
	);
	CREATE INDEX documents_list ON documents(source, id, title, state, date, url, format, pages, warnings, duplicate_of, lang);
	CREATE INDEX documents_signature ON documents(id, source, signature);
	CREATE TABLE statements (
		id      TEXT PRIMARY KEY,
		doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
		seq     INTEGER NOT NULL,
		state   TEXT NOT NULL DEFAULT '',
		speaker TEXT NOT NULL DEFAULT '',
		start   INTEGER NOT NULL,
		"end"   INTEGER NOT NULL
	);
	CREATE INDEX statements_doc ON statements(doc_id);
	CREATE TABLE passages (
		id             TEXT PRIMARY KEY,
		doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
		statement_id   TEXT NOT NULL DEFAULT '',
		seq            INTEGER NOT NULL,
		state          TEXT NOT NULL DEFAULT '',
		kind           TEXT NOT NULL,
		page           INTEGER NOT NULL DEFAULT 0,
		paragraph      TEXT NOT NULL DEFAULT '',
		start          INTEGER NOT NULL,
		"end"          INTEGER NOT NULL,
		text           TEXT NOT NULL,
		annotations    TEXT NOT NULL DEFAULT '[]',
		quote          TEXT NOT NULL DEFAULT '',
		ocr_confidence REAL,
		lang           TEXT NOT NULL DEFAULT ''
	);
	CREATE INDEX passages_doc ON passages(doc_id, seq);
	CREATE TABLE index_queue (seq INTEGER PRIMARY KEY AUTOINCREMENT, doc_id TEXT NOT NULL UNIQUE, stale INTEGER NOT NULL DEFAULT 1);
	CREATE TABLE runs (
		id          INTEGER PRIMARY KEY,
		started_at  TEXT NOT NULL,
		finished_at TEXT NOT NULL DEFAULT '',
		ingested    INTEGER NOT NULL DEFAULT 0,
		unchanged   INTEGER NOT NULL DEFAULT 0,
		failed      INTEGER NOT NULL DEFAULT 0,
		updated     INTEGER NOT NULL DEFAULT 0
	);
	CREATE TABLE failures (
		run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
		path   TEXT NOT NULL,
		reason TEXT NOT NULL
	);
	CREATE TABLE codebook (
		id       INTEGER PRIMARY KEY CHECK (id = 1),
		name     TEXT NOT NULL,
		sha256   TEXT NOT NULL,
		saved_at TEXT NOT NULL,
		text     TEXT NOT NULL
	);
	CREATE TABLE decisions (
		id          INTEGER PRIMARY KEY,
		passage_id  TEXT NOT NULL,
		doc_id      TEXT NOT NULL,
		source      TEXT NOT NULL DEFAULT '',
		seq         INTEGER NOT NULL DEFAULT 0,
		text_sha256 TEXT NOT NULL DEFAULT '',
		action      TEXT NOT NULL,
		element     TEXT NOT NULL DEFAULT '',
		start       INTEGER NOT NULL DEFAULT 0,
		"end"       INTEGER NOT NULL DEFAULT 0,
		quote       TEXT NOT NULL DEFAULT '',
		polarity    TEXT NOT NULL DEFAULT '',
		state       TEXT NOT NULL DEFAULT '',
		reviewer    TEXT NOT NULL,
		at          TEXT NOT NULL,
		note        TEXT NOT NULL DEFAULT '',
		orphan      INTEGER NOT NULL DEFAULT 0
	);
	CREATE UNIQUE INDEX decisions_unique ON decisions(text_sha256, doc_id, action, element, start, "end", state, reviewer, at);
	CREATE INDEX decisions_passage ON decisions(passage_id);
	CREATE INDEX decisions_doc ON decisions(doc_id);
	CREATE INDEX decisions_source ON decisions(source);
	CREATE INDEX decisions_reviewer ON decisions(reviewer);
	CREATE TABLE names (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);`

// migrationSteps are done in Go after the SQL of the migration to the
// version they are listed under, in the same transaction.
var migrationSteps = map[int]func(context.Context, *sql.Tx) error{11: compactPassages}

// SchemaVersion is the schema version this build writes.
var SchemaVersion = len(migrations)

// Store is the embedded SQLite database that holds the corpus. It is the
// source of truth: the search index is derived from it.
type Store struct {
	db   *sql.DB
	path string
	// reads answers the point reads an ingest makes beside its writes (see
	// reader); nil where db is read-only itself.
	reads *sql.DB

	// The INSERTs of every document, prepared once: SQLite parsing an
	// INSERT of 768 parameters for every 64 passages cost as much as
	// running it.
	insertChunk, insertOne, insertStatement *sql.Stmt

	// info is documentInfo prepared on the reading connections when first
	// asked (see infoQuery): a re-ingest asks it of every file, and parsing
	// it each time was half of what the question cost. infoMu guards it.
	infoMu sync.Mutex
	info   *sql.Stmt

	names nameCache // IDs of element and rule names in annotations
}

// walCheckpointPages is how many pages (4 KiB each) the write-ahead log
// holds before a commit copies them into the database. At SQLite's 1,000
// an ingest's commit loop checkpointed every few documents, writing again
// the index pages that the next documents changed once more: 0.2 s of CPU
// at 100,000 passages, 2.7 s at a million. At 40,000 a checkpoint comes
// every 160 MiB of log, which an ingest of 100,000 passages never reaches
// before the store closes.
const walCheckpointPages = 40000

// OpenStore opens (creating it if needed) the store at path and migrates its
// schema to SchemaVersion. A store written by a newer normdex is refused.
func OpenStore(path string) (*Store, error) {
	dsn := "file:" + path + "?_pragma=busy_timeout(15000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_pragma=cache_size(-16000)" +
		fmt.Sprintf("&_pragma=wal_autocheckpoint(%d)", walCheckpointPages)
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	s := &Store{db: db, path: path}
	insert := `INSERT INTO passages(id, doc_id, statement_id, seq, state, kind, page, paragraph, start, "end", text, annotations, quote, ocr_confidence, lang) VALUES `
	err = s.migrate()
	if err == nil {
		s.insertChunk, err = db.Prepare(insert + rows(perStmt, passageColumns))
	}
	if err == nil {
		s.insertOne, err = db.Prepare(insert + rows(1, passageColumns))
	}
	if err == nil {
		s.insertStatement, err = db.Prepare(`INSERT INTO statements(id, doc_id, seq, state, speaker, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)`)
	}
	if err == nil {
		s.reads, err = sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(15000)&_pragma=query_only(1)&_pragma=cache_size(-2000)")
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	// Connections open as the reads need them, one per goroutine reading
	// at once: extraction workers and index goroutines, some four.
	s.reads.SetMaxOpenConns(4)
	return s, nil
}

// reader is where a read that needs no transaction goes. Writes hold the
// writing connection for a whole document; an ingest's workers looking up
// the next files, and its index goroutines their decisions, waited behind
// each in turn, and the commit behind them: at 100,000 passages a third of
// the commit loop's time went to waiting for the connection. A store in
// WAL mode serves readers on other connections beside its writer, each
// seeing what was committed when its read began.
func (s *Store) reader() *sql.DB {
	if s.reads != nil {
		return s.reads
	}
	return s.db
}

// ErrOldSchema is returned by OpenStoreReadOnly for a store that a writing
// command must migrate first.
var ErrOldSchema = errors.New("store written by an older normdex")

// OpenStoreReadOnly opens the store at path for reading only: it writes
// nothing, not even SQLite's shared-memory files where it cannot, so that a
// workspace on a read-only mount, a read-only copy, or one that another
// process is writing to can be read. Writes through it fail.
func OpenStoreReadOnly(path string) (*Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	const params = "&_pragma=busy_timeout(15000)&_pragma=query_only(1)&_pragma=cache_size(-16000)"
	s, err := openReadOnly(path, "file:"+path+"?mode=ro"+params)
	if err != nil {
		// A store in WAL mode needs its -shm file to be read; where it
		// cannot be created (a read-only folder), nobody can be writing
		// to the store either, and SQLite may read it as immutable.
		s2, err2 := openReadOnly(path, "file:"+path+"?mode=ro&immutable=1"+params)
		if err2 != nil {
			return nil, err
		}
		s = s2
	}
	v, err := s.Version()
	if err == nil && v != len(migrations) {
		err = fmt.Errorf("%w (schema %d, this normdex reads %d): run 'normdex ingest' or 'normdex annotate' on a writable copy to upgrade it", ErrOldSchema, v, len(migrations))
		if v > len(migrations) {
			err = fmt.Errorf("schema version %d is newer than this normdex (%d): upgrade normdex", v, len(migrations))
		}
	}
	if err != nil {
		s.db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return s, nil
}

func openReadOnly(path, dsn string) (*Store, error) {
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	s := &Store{db: db, path: path}
	if _, err := s.Version(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return s, nil
}

func (s *Store) migrate() error {
	var v int
	if err := s.db.QueryRow(`PRAGMA user_version`).Scan(&v); err != nil {
		return err
	}
	if v > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this normdex (%d): upgrade normdex", v, len(migrations))
	}
	if v == len(migrations) {
		return nil
	}
	// All pending migrations in one transaction: a new store is created in
	// one commit, and an old one is either migrated or left as it was.
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	compacted := false
	if v == 0 {
		// A new store is made at once what the migrations lead to: it has
		// no rows for a step to rewrite, and nothing to vacuum.
		if _, err := tx.Exec(schema); err != nil {
			return fmt.Errorf("create schema %d: %w", len(migrations), err)
		}
		v = len(migrations)
	}
	for ; v < len(migrations); v++ {
		if _, err := tx.Exec(migrations[v]); err != nil {
			return fmt.Errorf("migrate to schema %d: %w", v+1, err)
		}
		if step := migrationSteps[v+1]; step != nil {
			if err := step(context.Background(), tx); err != nil {
				return fmt.Errorf("migrate to schema %d: %w", v+1, err)
			}
			compacted = true
		}
	}
	if _, err := tx.Exec(fmt.Sprintf(`PRAGMA user_version = %d`, v)); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	if compacted {
		// The rows rewritten shorter leave free pages that only a
		// vacuum gives back to the file system.
		if _, err := s.db.Exec(`VACUUM`); err != nil {
			return fmt.Errorf("vacuum after migrating: %w", err)
		}
	}
	return nil
}

// Close closes the store.
func (s *Store) Close() error {
	for _, st := range []*sql.Stmt{s.insertChunk, s.insertOne, s.insertStatement} {
		if st != nil {
			st.Close()
		}
	}
	s.infoMu.Lock()
	if s.info != nil {
		s.info.Close()
	}
	s.infoMu.Unlock()
	if s.reads != nil {
		s.reads.Close()
	}
	return s.db.Close()
}

// Version returns the schema version of the open store.
func (s *Store) Version() (int, error) {
	var v int
	err := s.db.QueryRow(`PRAGMA user_version`).Scan(&v)
	return v, err
}

// ErrNotFound is returned for a document that is not in the store.
var ErrNotFound = errors.New("not found")

// PutResult says what Put did with a document.
type PutResult string

// Put results.
const (
	Ingested  PutResult = "ingested"
	Replaced  PutResult = "replaced"
	Unchanged PutResult = "unchanged"
	// Updated is a document whose bytes are stored, given new metadata.
	Updated PutResult = "updated"
)

// Put stores a document with its statements, passages and annotations in one
// transaction. The same bytes stored again change nothing (Unchanged); new
// bytes under a stored source path replace the old document whole (Replaced).
// The reviewers' decisions on an earlier version of the document (the same
// ID or source path) move to its new passages in the same transaction, or
// become orphans (see Reanchor and PutDocument).
func (s *Store) Put(ctx context.Context, d Document, stmts []Statement, ps []Passage) (PutResult, error) {
	out, err := s.PutDocument(ctx, d, stmts, ps)
	return out.Result, err
}

// PutOutcome is what PutDocument did with a document and the decisions on
// its earlier version.
type PutOutcome struct {
	Result PutResult
	// Decisions are those placed on the new passages; Orphans those that
	// could not be (listed by Decisions with DecisionQuery.Orphans).
	Decisions, Orphans int
	// Queued is the document's place in the index queue, for the writer
	// that indexes what was stored (see Pending and Dequeue).
	Queued Queued
}

// PutDocument is Put, saying also what became of the decisions on the
// document's earlier version.
func (s *Store) PutDocument(ctx context.Context, d Document, stmts []Statement, ps []Passage) (PutOutcome, error) {
	var out PutOutcome
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return out, fmt.Errorf("store %s: %w", d.Source, err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE id = ?`, d.ID).Scan(&n); err != nil {
		return out, fmt.Errorf("store %s: %w", d.Source, err)
	}
	if n > 0 {
		out.Result = Unchanged
		return out, nil
	}
	result := Ingested
	var old string
	err = tx.QueryRowContext(ctx, `SELECT id FROM documents WHERE source = ?`, d.Source).Scan(&old)
	switch {
	case err == nil:
		result = Replaced
		if err := deleteDocument(ctx, tx, old); err != nil {
			return out, fmt.Errorf("store %s: replace %s: %w", d.Source, old, err)
		}
	case !errors.Is(err, sql.ErrNoRows):
		return out, fmt.Errorf("store %s: %w", d.Source, err)
	}
	names := &txNames{c: &s.names, tx: tx}
	if err := s.insertDocument(ctx, tx, names, d, stmts, ps); err != nil {
		return out, fmt.Errorf("store %s: %w", d.Source, err)
	}
	if out.Decisions, out.Orphans, err = reanchorDecisions(ctx, tx, d, ps); err != nil {
		return out, fmt.Errorf("store %s: decisions: %w", d.Source, err)
	}
	out.Queued = Queued{DocID: d.ID}
	if out.Queued.Seq, err = queue(ctx, tx, d.ID, false); err != nil {
		return out, fmt.Errorf("store %s: queue: %w", d.Source, err)
	}
	if err := tx.Commit(); err != nil {
		return out, fmt.Errorf("store %s: commit: %w", d.Source, err)
	}
	names.commit()
	out.Result = result
	return out, nil
}

// standAlone makes the near-duplicates of a deleted document stand again.
// It finds them in documents_list (see documentInfo): from the table, each
// replaced or removed document read the row of every stored document, and
// walked the text of every near-duplicate to reach its duplicate_of.
const standAlone = `UPDATE documents INDEXED BY documents_list SET duplicate_of = '' WHERE duplicate_of = ? RETURNING id`

func deleteDocument(ctx context.Context, tx *sql.Tx, id string) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM documents WHERE id = ?`, id); err != nil {
		return err
	}
	// Its near-duplicates stand for it now: they count again, in the
	// store and in the index's facets.
	rows, err := tx.QueryContext(ctx, standAlone, id)
	if err != nil {
		return err
	}
	var copies []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			rows.Close()
			return err
		}
		copies = append(copies, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, c := range copies {
		if _, err := queue(ctx, tx, c, false); err != nil {
			return err
		}
	}
	_, err = queue(ctx, tx, id, true)
	return err
}

// queue marks a document for the index, in the transaction that changed
// it, and returns its place in the queue (see Queued). A document queued
// already takes a new place, and stays stale if it was.
func queue(ctx context.Context, tx *sql.Tx, id string, stale bool) (int64, error) {
	var seq int64
	err := tx.QueryRowContext(ctx, `INSERT OR REPLACE INTO index_queue(doc_id, stale)
		VALUES (?1, max(?2, coalesce((SELECT stale FROM index_queue WHERE doc_id = ?1), 0))) RETURNING seq`, id, stale).Scan(&seq)
	return seq, err
}

func (s *Store) insertDocument(ctx context.Context, tx *sql.Tx, names *txNames, d Document, stmts []Statement, ps []Passage) error {
	now := time.Now().UTC().Format(time.RFC3339)
	warnings, err := stringsJSON(d.Warnings)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO documents(id, source, title, state, date, url, format, pages, text, ingested_at, warnings, signature, duplicate_of, lang)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		d.ID, d.Source, d.Title, d.State, d.Date, d.URL, d.Format, d.Pages, d.Text, now, warnings, d.Signature, d.DuplicateOf, d.Lang); err != nil {
		return err
	}
	st := tx.StmtContext(ctx, s.insertStatement)
	for _, x := range stmts {
		if _, err := st.ExecContext(ctx, x.ID, d.ID, x.Seq, x.State, x.Speaker, x.Start, x.End); err != nil {
			return fmt.Errorf("statement %s: %w", x.ID, err)
		}
	}
	// Whole chunks of perStmt passages, then the rest one by one.
	chunk, one := tx.StmtContext(ctx, s.insertChunk), tx.StmtContext(ctx, s.insertOne)
	args := make([]any, 0, passageColumns*perStmt)
	doc := newRuneCursor(d.Text)
	for i := 0; i < len(ps); {
		n, insert := perStmt, chunk
		if len(ps)-i < perStmt {
			n, insert = 1, one
		}
		args = args[:0]
		for _, p := range ps[i : i+n] {
			anns, err := encodeAnnotations(ctx, names, p.Annotations, p.Text)
			if err != nil {
				return fmt.Errorf("annotations of %s: %w", p.ID, err)
			}
			quote, err := quoteJSON(p.Quote)
			if err != nil {
				return fmt.Errorf("quote of %s: %w", p.ID, err)
			}
			var conf any
			if p.OCR {
				conf = p.Confidence
			}
			args = append(args, p.ID, d.ID, p.StatementID, p.Seq, p.State, string(p.Kind), p.Page, p.Paragraph, p.Start, p.End, storedText(doc, p), anns, quote, conf, p.Lang)
		}
		if _, err := insert.ExecContext(ctx, args...); err != nil {
			return fmt.Errorf("passages %s…: %w", ps[i].ID, err)
		}
		i += n
	}
	return nil
}

// perStmt is how many passages go into one INSERT: one statement per row
// costs more than the row itself.
const perStmt = 64

// passageColumns is how many values an INSERT gives each passage.
const passageColumns = 15

// rows returns n groups of k placeholders: "(?, ?), (?, ?)".
func rows(n, k int) string {
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", k), ", ") + ")"
	return strings.TrimSuffix(strings.Repeat(one+", ", n), ", ")
}

// quoteJSON encodes a passage's quote for the passages table; none is "".
func quoteJSON(q *Quote) (string, error) {
	if q == nil {
		return "", nil
	}
	b, err := json.Marshal(q)
	return string(b), err
}

// Document returns the stored document with this ID.
func (s *Store) Document(ctx context.Context, id string) (Document, error) {
	return s.document(ctx, id, true)
}

// DocumentInfo returns the stored document with this ID without its text.
func (s *Store) DocumentInfo(ctx context.Context, id string) (Document, error) {
	return s.document(ctx, id, false)
}

// documentInfo reads a document's metadata without its text from
// documents_list, whose first column is the source: by ID alone SQLite
// reads the table's row, and the columns after the text through the text's
// overflow pages, at every file a re-ingest finds unchanged (and at every
// SetMeta).
const documentInfo = `SELECT id, source, title, state, date, url, format, pages, warnings, duplicate_of, lang, '' FROM documents INDEXED BY documents_list
	WHERE source = (SELECT source FROM documents WHERE id = ?) AND id = ?`

// infoQuery is documentInfo, prepared when first asked. A preparation that
// fails (a context cancelled, a connection that could not be opened) is
// tried again at the next call, as each call asked anew before: kept, it
// failed every later file of an ingest.
func (s *Store) infoQuery(ctx context.Context) (*sql.Stmt, error) {
	s.infoMu.Lock()
	defer s.infoMu.Unlock()
	if s.info == nil {
		st, err := s.reader().PrepareContext(ctx, documentInfo)
		if err != nil {
			return nil, err
		}
		s.info = st
	}
	return s.info, nil
}

func (s *Store) document(ctx context.Context, id string, withText bool) (Document, error) {
	var row *sql.Row
	if withText {
		row = s.reader().QueryRowContext(ctx, `SELECT id, source, title, state, date, url, format, pages, warnings, duplicate_of, lang, text FROM documents WHERE id = ?`, id)
	} else if st, err := s.infoQuery(ctx); err != nil {
		return Document{}, fmt.Errorf("document %s: %w", id, err)
	} else {
		row = st.QueryRowContext(ctx, id, id)
	}
	return scanDocument(row, id)
}

// scanDocument reads a document from a row of documentInfo's columns, or
// the same with the text.
func scanDocument(row *sql.Row, id string) (Document, error) {
	var d Document
	var warnings string
	err := row.Scan(&d.ID, &d.Source, &d.Title, &d.State, &d.Date, &d.URL, &d.Format, &d.Pages, &warnings, &d.DuplicateOf, &d.Lang, &d.Text)
	if err == nil {
		err = parseStrings(warnings, &d.Warnings)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return d, fmt.Errorf("document %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return d, fmt.Errorf("document %s: %w", id, err)
	}
	return d, nil
}

// listDocuments is Documents' query, which the index documents_list
// answers without reading the texts.
const listDocuments = `SELECT id, source, title, state, date, url, format, pages, warnings, duplicate_of, lang FROM documents ORDER BY source`

// Documents returns every stored document, without its text, ordered by source.
func (s *Store) Documents(ctx context.Context) ([]Document, error) {
	rows, err := s.db.QueryContext(ctx, listDocuments)
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	defer rows.Close()
	var out []Document
	for rows.Next() {
		var d Document
		var warnings string
		err := rows.Scan(&d.ID, &d.Source, &d.Title, &d.State, &d.Date, &d.URL, &d.Format, &d.Pages, &warnings, &d.DuplicateOf, &d.Lang)
		if err == nil {
			err = parseStrings(warnings, &d.Warnings)
		}
		if err != nil {
			return nil, fmt.Errorf("list documents: %w", err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// documentSignatures reads the signatures from their index: the columns
// of a document after its text are reached through the text's overflow
// pages, and SQLite's planner, which does not count them, scans the table.
const documentSignatures = `SELECT id, source, signature, signature IS NULL FROM documents INDEXED BY documents_signature ORDER BY rowid`

// Signatures returns the near-duplicate finder of the stored documents, in
// the order they were stored (see Duplicates.Find). Documents stored
// before signatures were kept get theirs first, and are linked to the
// documents before them that they nearly duplicate, as an ingest would
// have linked them.
func (s *Store) Signatures(ctx context.Context) (*Duplicates, error) {
	type stored struct {
		id, source string
		sig        []byte
		missing    bool
	}
	rows, err := s.db.QueryContext(ctx, documentSignatures)
	if err != nil {
		return nil, fmt.Errorf("signatures: %w", err)
	}
	var docs []stored
	for rows.Next() {
		var d stored
		if err := rows.Scan(&d.id, &d.source, &d.sig, &d.missing); err != nil {
			rows.Close()
			return nil, fmt.Errorf("signatures: %w", err)
		}
		docs = append(docs, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("signatures: %w", err)
	}
	x := &Duplicates{}
	var tx *sql.Tx
	defer func() {
		if tx != nil {
			tx.Rollback()
		}
	}()
	for _, d := range docs {
		if d.missing {
			if tx == nil {
				if tx, err = s.db.BeginTx(ctx, nil); err != nil {
					return nil, fmt.Errorf("signatures: %w", err)
				}
			}
			if d.sig, err = s.backfill(ctx, tx, x, d.id, d.source); err != nil {
				return nil, fmt.Errorf("signature of %s: %w", d.id, err)
			}
		}
		if sig, ok := ParseSignature(d.sig); ok {
			x.Add(d.id, d.source, sig)
		}
	}
	if tx != nil {
		if err := tx.Commit(); err != nil {
			return nil, fmt.Errorf("signatures: %w", err)
		}
		tx = nil
	}
	return x, nil
}

// backfill stores the signature of a document stored without one (empty
// when its text is too short) and links it to the document before it that
// it nearly duplicates, if any.
func (s *Store) backfill(ctx context.Context, tx *sql.Tx, x *Duplicates, id, source string) ([]byte, error) {
	var text string
	if err := tx.QueryRowContext(ctx, `SELECT text FROM documents WHERE id = ?`, id).Scan(&text); err != nil {
		return nil, err
	}
	b, dup := []byte{}, ""
	if sig, ok := NewSignature(text); ok {
		b = sig.Bytes()
		if o, found := x.Find(source, sig); found {
			dup = o.ID
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE documents SET signature = ?, duplicate_of = ? WHERE id = ?`, b, dup, id); err != nil {
		return nil, err
	}
	if dup != "" {
		// Its passages leave the facets' counts.
		_, err := queue(ctx, tx, id, false)
		return b, err
	}
	return b, nil
}

// Statements returns the statements of a document in order.
func (s *Store) Statements(ctx context.Context, docID string) ([]Statement, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, doc_id, seq, state, speaker, start, "end" FROM statements WHERE doc_id = ? ORDER BY seq`, docID)
	if err != nil {
		return nil, fmt.Errorf("statements of %s: %w", docID, err)
	}
	defer rows.Close()
	var out []Statement
	for rows.Next() {
		var x Statement
		if err := rows.Scan(&x.ID, &x.DocID, &x.Seq, &x.State, &x.Speaker, &x.Start, &x.End); err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, rows.Err()
}

// Passages returns the passages of a document in order, with their annotations.
func (s *Store) Passages(ctx context.Context, docID string) ([]Passage, error) {
	ps, err := s.passagesWhere(ctx, "p.doc_id = ?", docID)
	if err != nil {
		return nil, fmt.Errorf("passages of %s: %w", docID, err)
	}
	return ps, nil
}

// PassagesByID returns the passages with the given IDs, with their
// annotations, in document order; IDs not stored are left out.
func (s *Store) PassagesByID(ctx context.Context, ids []string) ([]Passage, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	cond := "p.id IN (?" + strings.Repeat(",?", len(ids)-1) + ")"
	ps, err := s.passagesWhere(ctx, cond, args...)
	if err != nil {
		return nil, fmt.Errorf("passages %s…: %w", ids[0], err)
	}
	return ps, nil
}

func (s *Store) passagesWhere(ctx context.Context, cond string, args ...any) ([]Passage, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT p.id, p.doc_id, p.statement_id, p.seq, p.state, p.kind, p.page, p.paragraph, p.start, p."end", p.text, p.annotations, p.quote, p.ocr_confidence, p.lang
		FROM passages p WHERE `+cond+` ORDER BY p.doc_id, p.seq`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Passage
	var anns []string // stored form, decoded once the texts are known
	for rows.Next() {
		var p Passage
		var kind, ann, quote string
		var conf sql.NullFloat64
		if err := rows.Scan(&p.ID, &p.DocID, &p.StatementID, &p.Seq, &p.State, &kind, &p.Page, &p.Paragraph, &p.Start, &p.End, &p.Text, &ann, &quote, &conf, &p.Lang); err != nil {
			return nil, err
		}
		p.OCR, p.Confidence = conf.Valid, conf.Float64
		if quote != "" {
			p.Quote = new(Quote)
			if err := json.Unmarshal([]byte(quote), p.Quote); err != nil {
				return nil, fmt.Errorf("quote of %s: %w", p.ID, err)
			}
		}
		p.Kind = ParagraphKind(kind)
		out = append(out, p)
		anns = append(anns, ann)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close() // the one connection is needed for the documents' texts
	if err := spanTexts(ctx, s.db, out); err != nil {
		return nil, err
	}
	for i := range out {
		if out[i].Annotations, err = s.decodeAnnotations(ctx, anns[i], out[i].Text); err != nil {
			return nil, fmt.Errorf("annotations of %s: %w", out[i].ID, err)
		}
	}
	return out, nil
}

// spanTexts fills in the texts of passages stored as spans of their
// document's text, reading each document's text once; ps are in document
// order.
func spanTexts(ctx context.Context, q querier, ps []Passage) error {
	for i := 0; i < len(ps); {
		j := i
		need := false
		for ; j < len(ps) && ps[j].DocID == ps[i].DocID; j++ {
			need = need || (ps[j].Text == "" && ps[j].End > ps[j].Start)
		}
		if need {
			text, err := documentText(ctx, q, ps[i].DocID)
			if err != nil {
				return err
			}
			doc := newRuneCursor(text)
			for k := i; k < j; k++ {
				if ps[k].Text != "" || ps[k].End <= ps[k].Start {
					continue
				}
				t, ok := doc.span(ps[k].Start, ps[k].End)
				if !ok {
					return fmt.Errorf("passage %s: offsets %d-%d outside its document's text", ps[k].ID, ps[k].Start, ps[k].End)
				}
				ps[k].Text = t
			}
		}
		i = j
	}
	return nil
}

func documentText(ctx context.Context, q querier, id string) (string, error) {
	rows, err := q.QueryContext(ctx, `SELECT text FROM documents WHERE id = ?`, id)
	if err != nil {
		return "", fmt.Errorf("text of %s: %w", id, err)
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return "", fmt.Errorf("text of %s: %w", id, err)
		}
		return "", fmt.Errorf("text of %s: %w", id, ErrNotFound)
	}
	var text string
	if err := rows.Scan(&text); err != nil {
		return "", fmt.Errorf("text of %s: %w", id, err)
	}
	return text, rows.Err()
}

// decodeAnnotations decodes stored annotations, reading the names table
// again for an ID it does not know (added by another process).
func (s *Store) decodeAnnotations(ctx context.Context, stored, text string) ([]Annotation, error) {
	anns, err := decodeAnnotations(stored, text, s.names.name)
	if errors.Is(err, errUnknownName) {
		if err := s.names.load(ctx, s.db); err != nil {
			return nil, err
		}
		anns, err = decodeAnnotations(stored, text, s.names.name)
	}
	return anns, err
}

// ReplaceAnnotations sets the annotations of the given passages of one
// document in a single transaction and queues the document for reindexing.
func (s *Store) ReplaceAnnotations(ctx context.Context, docID string, anns map[string][]Annotation) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("annotate %s: %w", docID, err)
	}
	defer tx.Rollback()
	texts, err := passageTexts(ctx, tx, docID)
	if err != nil {
		return fmt.Errorf("annotate %s: %w", docID, err)
	}
	names := &txNames{c: &s.names, tx: tx}
	for id, list := range anns {
		enc, err := encodeAnnotations(ctx, names, list, texts[id])
		if err == nil {
			_, err = tx.ExecContext(ctx, `UPDATE passages SET annotations = ? WHERE id = ? AND doc_id = ?`, enc, id, docID)
		}
		if err != nil {
			return fmt.Errorf("annotate %s: %w", id, err)
		}
	}
	if _, err := queue(ctx, tx, docID, false); err != nil {
		return fmt.Errorf("annotate %s: %w", docID, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("annotate %s: %w", docID, err)
	}
	names.commit()
	return nil
}

// passageTexts returns the texts of a document's passages by ID.
func passageTexts(ctx context.Context, tx *sql.Tx, docID string) (map[string]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, doc_id, start, "end", text FROM passages WHERE doc_id = ? ORDER BY seq`, docID)
	if err != nil {
		return nil, err
	}
	var ps []Passage
	for rows.Next() {
		var p Passage
		if err := rows.Scan(&p.ID, &p.DocID, &p.Start, &p.End, &p.Text); err != nil {
			rows.Close()
			return nil, err
		}
		ps = append(ps, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := spanTexts(ctx, tx, ps); err != nil {
		return nil, err
	}
	out := make(map[string]string, len(ps))
	for _, p := range ps {
		out[p.ID] = p.Text
	}
	return out, nil
}

// SetLangs sets the language of a document and of the given passages of
// it in a single transaction and queues the document for reindexing: for
// stores written before languages were kept, or a language given anew.
func (s *Store) SetLangs(ctx context.Context, docID, lang string, langs map[string]string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("set languages of %s: %w", docID, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `UPDATE documents SET lang = ? WHERE id = ?`, lang, docID); err != nil {
		return fmt.Errorf("set language of %s: %w", docID, err)
	}
	for id, l := range langs {
		if _, err := tx.ExecContext(ctx, `UPDATE passages SET lang = ? WHERE id = ? AND doc_id = ?`, l, id, docID); err != nil {
			return fmt.Errorf("set language of %s: %w", id, err)
		}
	}
	if _, err := queue(ctx, tx, docID, false); err != nil {
		return fmt.Errorf("set languages of %s: %w", docID, err)
	}
	return tx.Commit()
}

// Queued is a document waiting for the index.
type Queued struct {
	DocID string
	// Stale is set when the index may hold entries of the document that
	// must go (it was replaced or deleted).
	Stale bool
	// Seq is its place in the queue: each change that queues the document
	// gives it a new one, never given before.
	Seq int64
}

// IndexQueue returns the documents whose index entries are out of date: new,
// replaced, re-annotated or deleted since the index last caught up.
func (s *Store) IndexQueue(ctx context.Context) ([]Queued, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT doc_id, stale, seq FROM index_queue ORDER BY doc_id`)
	if err != nil {
		return nil, fmt.Errorf("index queue: %w", err)
	}
	defer rows.Close()
	var out []Queued
	for rows.Next() {
		var q Queued
		if err := rows.Scan(&q.DocID, &q.Stale, &q.Seq); err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	return out, rows.Err()
}

// Pending returns those of qs still in the queue at the same place: the
// documents that no change has queued again, and no other writer has
// indexed, since qs were read. A writer of the index that holds a
// document's entries from before the change must leave it to the writer
// that reads it after. A document queued stale is left out as well: it
// was taken out of the store before it was stored again, and a writer
// that only adds entries would leave those of its earlier passages that
// the new ones do not replace; Sync deletes them.
//
// It asks in few queries, on a reading connection: a query per document
// took 9 ms for a batch of 500 documents (1.4 ms now), on the writing
// connection, for which each waited behind the ingest's commits.
func (s *Store) Pending(ctx context.Context, qs []Queued) ([]Queued, error) {
	found := make(map[Queued]bool, len(qs))
	for start := 0; start < len(qs); start += pendingChunk {
		chunk := qs[start:min(start+pendingChunk, len(qs))]
		args := make([]any, len(chunk))
		for i, q := range chunk {
			args[i] = q.Seq
		}
		rows, err := s.reader().QueryContext(ctx, `SELECT doc_id, seq FROM index_queue WHERE NOT stale AND seq IN (?`+strings.Repeat(",?", len(chunk)-1)+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("index queue: %w", err)
		}
		for rows.Next() {
			var q Queued
			if err := rows.Scan(&q.DocID, &q.Seq); err != nil {
				rows.Close()
				return nil, fmt.Errorf("index queue: %w", err)
			}
			found[q] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("index queue: %w", err)
		}
	}
	var out []Queued
	for _, q := range qs {
		if found[Queued{DocID: q.DocID, Seq: q.Seq}] {
			out = append(out, q)
		}
	}
	return out, nil
}

// pendingChunk is how many places Pending asks for in one query, well
// under SQLite's limit on a statement's parameters.
const pendingChunk = 500

// Dequeue marks documents as indexed: each leaves the queue unless a
// change has queued it again since it was read (its place is another),
// so that the change is indexed too.
func (s *Store) Dequeue(ctx context.Context, qs []Queued) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, q := range qs {
		if _, err := tx.ExecContext(ctx, `DELETE FROM index_queue WHERE doc_id = ? AND seq = ?`, q.DocID, q.Seq); err != nil {
			return fmt.Errorf("dequeue %s: %w", q.DocID, err)
		}
	}
	return tx.Commit()
}

// SetDuplicates records, in one transaction, the document each of the
// given ones nearly duplicates ("" for one that stands), and queues them
// for the index, whose facets count a duplicate's passages apart. It
// returns their places in the queue, in the order of their IDs.
func (s *Store) SetDuplicates(ctx context.Context, dupOf map[string]string) ([]Queued, error) {
	if len(dupOf) == 0 {
		return nil, nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("set duplicates: %w", err)
	}
	defer tx.Rollback()
	var out []Queued
	for _, id := range slices.Sorted(maps.Keys(dupOf)) {
		if _, err := tx.ExecContext(ctx, `UPDATE documents SET duplicate_of = ? WHERE id = ?`, dupOf[id], id); err != nil {
			return nil, fmt.Errorf("set duplicates: %s: %w", id, err)
		}
		seq, err := queue(ctx, tx, id, false)
		if err != nil {
			return nil, fmt.Errorf("set duplicates: queue %s: %w", id, err)
		}
		out = append(out, Queued{DocID: id, Seq: seq})
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("set duplicates: commit: %w", err)
	}
	return out, nil
}

// QueueAll marks every stored document for an index built anew.
func (s *Store) QueueAll(ctx context.Context) error {
	_, err := s.db.ExecContext(ctx, `INSERT OR IGNORE INTO index_queue(doc_id, stale) SELECT id, 0 FROM documents`)
	return err
}

// Counts are the sizes of the store.
type Counts struct {
	Documents, Statements, Passages, Annotations, Pending int
	Duplicates                                            int // documents that nearly duplicate one stored before
	// ByElement and ByState count the passages of near-duplicates once.
	ByElement map[string]int
	ByState   map[string]int
}

// Counts returns how many documents, passages and annotations are stored.
func (s *Store) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM statements),
		(SELECT count(*) FROM passages), (SELECT count(*) FROM index_queue)`).
		Scan(&c.Documents, &c.Statements, &c.Passages, &c.Pending)
	if err != nil {
		return c, fmt.Errorf("count: %w", err)
	}
	// A near-duplicate's passages are the same passages again: counted
	// once, in the document stored first.
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE duplicate_of != ''`).Scan(&c.Duplicates); err != nil {
		return c, fmt.Errorf("count: %w", err)
	}
	c.Annotations, c.ByElement, c.ByState, err = s.countPassages(ctx)
	return c, err
}

// countPassages counts the stored annotations, and the passages of
// documents that are no near-duplicate by element and by State, in one
// pass over the passages: counted by State in SQL apart, a million
// passages took a second more (its GROUP BY sorts them all).
func (s *Store) countPassages(ctx context.Context) (annotations int, byElement, byState map[string]int, err error) {
	if err := s.names.load(ctx, s.db); err != nil {
		return 0, nil, nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT state, annotations, p.doc_id NOT IN (SELECT id FROM documents WHERE duplicate_of != '')
		FROM passages p WHERE state != '' OR annotations NOT IN ('', '[]')`)
	if err != nil {
		return 0, nil, nil, fmt.Errorf("count: %w", err)
	}
	defer rows.Close()
	byElement, byState = map[string]int{}, map[string]int{}
	for rows.Next() {
		var state, stored string
		var counted bool
		if err := rows.Scan(&state, &stored, &counted); err != nil {
			return 0, nil, nil, fmt.Errorf("count: %w", err)
		}
		n, els, err := annotationElements(stored, s.names.name)
		if err != nil {
			return 0, nil, nil, fmt.Errorf("count: %w", err)
		}
		annotations += n
		if !counted {
			continue
		}
		for _, el := range els {
			byElement[el]++
		}
		if state != "" {
			byState[state]++
		}
	}
	return annotations, byElement, byState, rows.Err()
}

func (s *Store) countBy(ctx context.Context, q string) (map[string]int, error) {
	rows, err := s.db.QueryContext(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("count: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			return nil, err
		}
		out[k] = n
	}
	return out, rows.Err()
}

// Run is one ingest run with its outcome.
type Run struct {
	ID                                   int64
	Started, Finished                    string
	Ingested, Updated, Unchanged, Failed int
	Failures                             []Failure
	// Warnings are files ingested with parts that could not be read (pages
	// without text), as Path and what was lost.
	Warnings []Failure
}

// warningMark starts the reason of a warning in the failures table, where
// warnings are kept beside failures without a change of schema.
const warningMark = "warning: "

// Failure is a file an ingest run could not ingest.
type Failure struct {
	Path, Reason string
}

// Checkpoint copies what the store's write-ahead log holds into its
// database file, as closing the store would, without waiting for readers or
// the writer: an ingest does it while the index builds its last segment,
// which leaves closing the store little to copy.
func (s *Store) Checkpoint(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `PRAGMA wal_checkpoint(PASSIVE)`); err != nil {
		return fmt.Errorf("checkpoint store: %w", err)
	}
	return nil
}

// StartRun records the start of an ingest run.
func (s *Store) StartRun(ctx context.Context) (int64, error) {
	res, err := s.db.ExecContext(ctx, `INSERT INTO runs(started_at) VALUES (?)`, time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return 0, fmt.Errorf("start run: %w", err)
	}
	return res.LastInsertId()
}

// FinishRun records the outcome of an ingest run.
func (s *Store) FinishRun(ctx context.Context, r Run) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `UPDATE runs SET finished_at = ?, ingested = ?, updated = ?, unchanged = ?, failed = ? WHERE id = ?`,
		time.Now().UTC().Format(time.RFC3339), r.Ingested, r.Updated, r.Unchanged, r.Failed, r.ID); err != nil {
		return fmt.Errorf("finish run: %w", err)
	}
	for _, f := range r.Failures {
		if _, err := tx.ExecContext(ctx, `INSERT INTO failures(run_id, path, reason) VALUES (?, ?, ?)`, r.ID, f.Path, f.Reason); err != nil {
			return fmt.Errorf("finish run: %w", err)
		}
	}
	for _, f := range r.Warnings {
		if _, err := tx.ExecContext(ctx, `INSERT INTO failures(run_id, path, reason) VALUES (?, ?, ?)`, r.ID, f.Path, warningMark+f.Reason); err != nil {
			return fmt.Errorf("finish run: %w", err)
		}
	}
	return tx.Commit()
}

// LastRun returns the latest ingest run with its failures; ok is false when
// there has been none.
func (s *Store) LastRun(ctx context.Context) (r Run, ok bool, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT id, started_at, finished_at, ingested, updated, unchanged, failed FROM runs ORDER BY id DESC LIMIT 1`).
		Scan(&r.ID, &r.Started, &r.Finished, &r.Ingested, &r.Updated, &r.Unchanged, &r.Failed)
	if errors.Is(err, sql.ErrNoRows) {
		return r, false, nil
	}
	if err != nil {
		return r, false, fmt.Errorf("last run: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT path, reason FROM failures WHERE run_id = ? ORDER BY rowid`, r.ID)
	if err != nil {
		return r, true, err
	}
	defer rows.Close()
	for rows.Next() {
		var f Failure
		if err := rows.Scan(&f.Path, &f.Reason); err != nil {
			return r, true, err
		}
		if reason, ok := strings.CutPrefix(f.Reason, warningMark); ok {
			r.Warnings = append(r.Warnings, Failure{f.Path, reason})
			continue
		}
		r.Failures = append(r.Failures, f)
	}
	return r, true, rows.Err()
}
