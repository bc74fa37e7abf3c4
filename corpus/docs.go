package corpus

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// stringsJSON encodes a list of strings for a JSON column; none is "[]".
func stringsJSON(list []string) (string, error) {
	if len(list) == 0 {
		return "[]", nil
	}
	b, err := json.Marshal(list)
	return string(b), err
}

// parseStrings decodes a JSON column of strings; "[]" leaves list nil.
func parseStrings(js string, list *[]string) error {
	if js == "[]" || js == "" {
		return nil
	}
	return json.Unmarshal([]byte(js), list)
}

// DocumentBySource returns the stored document ingested from source,
// without its text.
func (s *Store) DocumentBySource(ctx context.Context, source string) (Document, error) {
	var id string
	err := s.reader().QueryRowContext(ctx, `SELECT id FROM documents WHERE source = ?`, source).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return Document{}, fmt.Errorf("document %s: %w", source, ErrNotFound)
	}
	if err != nil {
		return Document{}, fmt.Errorf("document %s: %w", source, err)
	}
	return s.DocumentInfo(ctx, id)
}

// minPrefix is the shortest prefix of an ID that names a document, so that
// a stray character never selects one.
const minPrefix = 4

// Resolve finds the document a user names: by its ID, a unique prefix of
// it (of at least minPrefix characters), its source path or its URL. The document comes without its text.
func (s *Store) Resolve(ctx context.Context, ref string) (Document, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return Document{}, errors.New("empty document reference")
	}
	var ids []string
	for _, q := range []struct{ sql, arg string }{
		{`SELECT id FROM documents WHERE id = ?`, ref},
		{`SELECT id FROM documents WHERE source = ?`, ref},
		{`SELECT id FROM documents WHERE source = ?`, filepath.Clean(ref)},
		{`SELECT id FROM documents WHERE url = ? AND url != ''`, ref},
		{`SELECT id FROM documents WHERE substr(id, 1, length(?)) = ? ORDER BY id LIMIT 5`, ref},
	} {
		if strings.Contains(q.sql, "substr") && len(ref) < minPrefix {
			break
		}
		args := []any{q.arg}
		if strings.Count(q.sql, "?") == 2 {
			args = append(args, q.arg)
		}
		rows, err := s.db.QueryContext(ctx, q.sql, args...)
		if err != nil {
			return Document{}, fmt.Errorf("document %s: %w", ref, err)
		}
		ids = ids[:0]
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return Document{}, fmt.Errorf("document %s: %w", ref, err)
			}
			ids = append(ids, id)
		}
		rows.Close()
		if len(ids) > 1 {
			for i := range ids {
				ids[i] = ids[i][:min(12, len(ids[i]))]
			}
			return Document{}, fmt.Errorf("document %s is ambiguous: it may be %s", ref, strings.Join(ids, ", "))
		}
		if len(ids) == 1 {
			return s.DocumentInfo(ctx, ids[0])
		}
	}
	return Document{}, fmt.Errorf("document %s: %w (give its ID, the first characters of it, or its path)", ref, ErrNotFound)
}

// Change is one metadata field of a document given a new value.
type Change struct {
	Field, Old, New string
}

func (c Change) String() string {
	if c.New == "" {
		return c.Field + " cleared (was " + c.Old + ")"
	}
	return c.Field + " → " + c.New
}

// SetMeta gives a stored document new metadata (State, date, title, URL and
// language from m) in one transaction, without extracting it again, and
// queues it for the index. A new State passes to the passages spoken in the
// author's voice; those of delegates and quoted States keep theirs. With a
// new language come ps, the document's passages with their languages and
// their annotations in it, which are stored with it. It returns what
// changed: nothing when m says what the store already has.
func (s *Store) SetMeta(ctx context.Context, m Document, ps ...Passage) ([]Change, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("update %s: %w", m.ID, err)
	}
	defer tx.Rollback()
	old, err := scanDocument(tx.QueryRowContext(ctx, documentInfo, m.ID, m.ID), m.ID)
	if errors.Is(err, ErrNotFound) {
		return nil, fmt.Errorf("update %s: %w", m.ID, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("update %s: %w", m.ID, err)
	}
	var changes []Change
	for _, f := range []struct{ name, old, cur string }{
		{"state", old.State, m.State}, {"date", old.Date, m.Date}, {"title", old.Title, m.Title}, {"url", old.URL, m.URL},
		{"lang", old.Lang, m.Lang},
	} {
		if f.old != f.cur {
			changes = append(changes, Change{Field: f.name, Old: f.old, New: f.cur})
		}
	}
	if len(changes) == 0 {
		return nil, nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE documents SET state = ?, date = ?, title = ?, url = ?, lang = ? WHERE id = ?`,
		m.State, m.Date, m.Title, m.URL, m.Lang, m.ID); err != nil {
		return nil, fmt.Errorf("update %s: %w", m.ID, err)
	}
	names := &txNames{c: &s.names, tx: tx}
	if old.Lang != m.Lang {
		texts, err := passageTexts(ctx, tx, m.ID)
		if err != nil {
			return nil, fmt.Errorf("update %s: %w", m.ID, err)
		}
		for _, p := range ps {
			enc, err := encodeAnnotations(ctx, names, p.Annotations, texts[p.ID])
			if err == nil {
				_, err = tx.ExecContext(ctx, `UPDATE passages SET lang = ?, annotations = ? WHERE id = ? AND doc_id = ?`, p.Lang, enc, p.ID, m.ID)
			}
			if err != nil {
				return nil, fmt.Errorf("update %s: %w", p.ID, err)
			}
		}
	}
	if old.State != m.State {
		// The author's voice is the one segmentation gave the document's
		// State with no speaker phrase.
		if _, err := tx.ExecContext(ctx, `UPDATE passages SET state = ? WHERE doc_id = ? AND statement_id IN
			(SELECT id FROM statements WHERE doc_id = ? AND speaker = '' AND state = ?)`, m.State, m.ID, m.ID, old.State); err != nil {
			return nil, fmt.Errorf("update %s: passages: %w", m.ID, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE statements SET state = ? WHERE doc_id = ? AND speaker = '' AND state = ?`,
			m.State, m.ID, old.State); err != nil {
			return nil, fmt.Errorf("update %s: statements: %w", m.ID, err)
		}
	}
	if _, err := queue(ctx, tx, m.ID, false); err != nil {
		return nil, fmt.Errorf("update %s: %w", m.ID, err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("update %s: commit: %w", m.ID, err)
	}
	names.commit()
	return changes, nil
}

// Remove deletes documents with their statements and passages, all in one
// transaction, and queues them for removal from the index.
func (s *Store) Remove(ctx context.Context, ids []string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("remove: %w", err)
	}
	defer tx.Rollback()
	for _, id := range ids {
		if err := deleteDocument(ctx, tx, id); err != nil {
			return fmt.Errorf("remove %s: %w", id, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("remove: commit: %w", err)
	}
	return nil
}

// PassageCounts returns how many passages each document has.
func (s *Store) PassageCounts(ctx context.Context) (map[string]int, error) {
	return s.countBy(ctx, `SELECT doc_id, count(*) FROM passages GROUP BY doc_id`)
}

// Codebook is the codebook a workspace tags with: its file name, text and
// the SHA-256 of the text, and when it became the workspace's.
type Codebook struct {
	Name    string `json:"file"`
	SHA256  string `json:"sha256"`
	Text    string `json:"-"`
	SavedAt string `json:"date"`
}

// NewCodebook returns the codebook of the given text, hashed.
func NewCodebook(name string, text []byte) Codebook {
	sum := sha256.Sum256(text)
	return Codebook{Name: name, SHA256: hex.EncodeToString(sum[:]), Text: string(text)}
}

// String names the codebook in a line: "my.yaml, sha256 1a2b3c4d5e6f, 2026-12-01".
func (c Codebook) String() string {
	return fmt.Sprintf("%s, sha256 %s, %s", c.Name, c.SHA256[:min(12, len(c.SHA256))], c.SavedAt)
}

// Codebook returns the codebook stored in the workspace; ok is false when
// none has been.
func (s *Store) Codebook(ctx context.Context) (c Codebook, ok bool, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT name, sha256, text, saved_at FROM codebook WHERE id = 1`).
		Scan(&c.Name, &c.SHA256, &c.Text, &c.SavedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return c, false, nil
	}
	if err != nil {
		return c, false, fmt.Errorf("codebook: %w", err)
	}
	return c, true, nil
}

// CodebookInfo is Codebook without the text, which it does not read.
func (s *Store) CodebookInfo(ctx context.Context) (c Codebook, ok bool, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT name, sha256, saved_at FROM codebook WHERE id = 1`).
		Scan(&c.Name, &c.SHA256, &c.SavedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return c, false, nil
	}
	if err != nil {
		return c, false, fmt.Errorf("codebook: %w", err)
	}
	return c, true, nil
}

// SetCodebook makes c the workspace's codebook and returns it as stored. The
// same text under the same name keeps the date it was first stored.
func (s *Store) SetCodebook(ctx context.Context, c Codebook) (Codebook, error) {
	old, ok, err := s.CodebookInfo(ctx)
	if err != nil {
		return c, err
	}
	if ok && old.SHA256 == c.SHA256 && old.Name == c.Name {
		c.SavedAt = old.SavedAt
		return c, nil
	}
	c.SavedAt = time.Now().UTC().Format("2006-01-02")
	_, err = s.db.ExecContext(ctx, `INSERT INTO codebook(id, name, sha256, text, saved_at) VALUES (1, ?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET name = excluded.name, sha256 = excluded.sha256, text = excluded.text, saved_at = excluded.saved_at`,
		c.Name, c.SHA256, c.Text, c.SavedAt)
	if err != nil {
		return c, fmt.Errorf("store codebook %s: %w", c.Name, err)
	}
	return c, nil
}

// documentsWithoutLang reads documents_list (see documentInfo): every
// workspace opened for writing asks, and read from the table the question
// read the whole corpus.
const documentsWithoutLang = `SELECT id FROM documents INDEXED BY documents_list WHERE lang = '' ORDER BY id`

// DocumentsWithoutLang returns the IDs of the documents whose language is
// not known: stored before languages were kept, or whose words tell none.
func (s *Store) DocumentsWithoutLang(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, documentsWithoutLang)
	if err != nil {
		return nil, fmt.Errorf("documents without a language: %w", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("documents without a language: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// DocumentNames returns the documents of these IDs with their ID, source
// and title only: the columns that come before its text. Columns added
// after the text (warnings, language) are read past it, which at a
// thousand documents takes tens of milliseconds. IDs of no document are
// left out.
func (s *Store) DocumentNames(ctx context.Context, ids []string) ([]Document, error) {
	var out []Document
	for chunk := range slices.Chunk(ids, maxQueryParams) {
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = id
		}
		var err error
		if out, err = s.appendNames(ctx, out, args); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// maxQueryParams bounds the parameters of one query: SQLite refuses more
// than 32,766, and a caller may name every document.
const maxQueryParams = 1000

// appendNames appends to out the documents of the IDs in args.
func (s *Store) appendNames(ctx context.Context, out []Document, args []any) ([]Document, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, source, title FROM documents WHERE id IN (?`+strings.Repeat(",?", len(args)-1)+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var d Document
		if err := rows.Scan(&d.ID, &d.Source, &d.Title); err != nil {
			return nil, fmt.Errorf("list documents: %w", err)
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	return out, nil
}
