package corpus

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// timeLayout keeps a decision's time in UTC to the nanosecond, so that the
// order of two decisions made in one second survives the store, with a
// fixed width, so that the text sorts as the time does.
const timeLayout = "2006-01-02T15:04:05.000000000Z07:00"

const decisionColumns = `id, passage_id, doc_id, source, seq, text_sha256, action, element, start, "end", quote, polarity, state, reviewer, at, note, orphan`

// AddDecision stores a decision on a stored passage, in one transaction that
// also queues the passage's document for the index (its effective tags
// changed). The decision is anchored to the passage as it is now (see
// Decision.AnchorTo); a time left zero is now. It returns the decision as
// stored, with its ID.
func (s *Store) AddDecision(ctx context.Context, d Decision) (Decision, error) {
	if d.Time.IsZero() {
		d.Time = time.Now().UTC()
	}
	if err := d.Validate(); err != nil {
		return d, err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return d, fmt.Errorf("decision on %s: %w", d.Passage, err)
	}
	defer tx.Rollback()
	p, source, err := passageIn(ctx, tx, d.Passage)
	if err != nil {
		return d, fmt.Errorf("decision on %s: %w", d.Passage, err)
	}
	if err := d.AnchorTo(p, source); err != nil {
		return d, fmt.Errorf("decision: %w", err)
	}
	d.Orphan = false
	if d.ID, err = insertDecision(ctx, tx, d); err != nil {
		return d, fmt.Errorf("decision on %s: %w", d.Passage, err)
	}
	if _, err := queue(ctx, tx, p.DocID, false); err != nil {
		return d, fmt.Errorf("decision on %s: %w", d.Passage, err)
	}
	if err := tx.Commit(); err != nil {
		return d, fmt.Errorf("decision on %s: commit: %w", d.Passage, err)
	}
	return d, nil
}

// ImportDecisions stores decisions made in another workspace (read with
// ReadDecisions), in one transaction. Each is placed by its anchor on the
// passages of its document (by ID) or file (by source path) here, as a
// re-ingest places them (Reanchor); those that cannot be placed are stored
// as orphans and returned, not dropped. A decision stored already is not
// stored twice. It returns how many decisions it stored.
func (s *Store) ImportDecisions(ctx context.Context, ds []Decision) (stored int, orphans []Decision, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, nil, fmt.Errorf("import decisions: %w", err)
	}
	defer tx.Rollback()
	cache := map[string][]located{}
	queued := map[string]bool{}
	for _, d := range ds {
		if err := d.Validate(); err != nil {
			return 0, nil, fmt.Errorf("import decisions: %w", err)
		}
		key := d.Document + "\x00" + d.File
		if d.Document == "" && d.File == "" {
			key += "\x00" + d.Passage
		}
		ps, ok := cache[key]
		if !ok {
			if ps, err = passagesOf(ctx, tx, d.Document, d.File, d.Passage); err != nil {
				return 0, nil, fmt.Errorf("import decisions: passages of %s: %w", d.Document, err)
			}
			cache[key] = ps
		}
		if d.TextSHA256 == "" {
			// A decision written by hand, with a passage ID only: the
			// passage of that ID here is its anchor.
			for _, p := range ps {
				if p.ID == d.Passage {
					d.TextSHA256, d.Seq = PassageHash(p.Text), p.Seq
				}
			}
		}
		d = placeImported(d, ps)
		if d.Orphan {
			orphans = append(orphans, d)
		}
		id, err := insertDecision(ctx, tx, d)
		if err != nil {
			return 0, nil, fmt.Errorf("import decision on %s: %w", d.Passage, err)
		}
		if id != 0 {
			stored++
			if !d.Orphan && !queued[d.Document] {
				queued[d.Document] = true
				if _, err := queue(ctx, tx, d.Document, false); err != nil {
					return 0, nil, fmt.Errorf("import decisions: %w", err)
				}
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, nil, fmt.Errorf("import decisions: commit: %w", err)
	}
	return stored, orphans, nil
}

// placeImported places an imported decision on one of ps, the passages of
// its document here, as a re-ingest would (Reanchor), and anchors it there
// (a manual annotation given by its quoted text alone gets its span); it
// returns it as an orphan when it cannot be placed.
func placeImported(d Decision, ps []located) Decision {
	plain := make([]Passage, len(ps))
	for i, p := range ps {
		plain[i] = p.Passage
	}
	moved, lost := Reanchor([]Decision{d}, plain)
	if len(moved) == 0 {
		return lost[0]
	}
	for _, p := range ps {
		if p.ID != moved[0].Passage {
			continue
		}
		placed := moved[0].Decision
		if err := placed.AnchorTo(p.Passage, p.source); err != nil {
			d.Orphan = true
			return d
		}
		return placed
	}
	d.Orphan = true
	return d
}

// located is a passage with the source path of its document.
type located struct {
	Passage
	source string
}

// passagesOf returns the stored passages of the document with this ID, or
// else of the one ingested from this source path, or else of the one that
// has a passage of this ID.
func passagesOf(ctx context.Context, tx *sql.Tx, docID, source, passageID string) ([]located, error) {
	rows, err := tx.QueryContext(ctx, `SELECT p.id, p.doc_id, p.seq, CASE WHEN p.text = '' THEN substr(d.text, p.start + 1, p."end" - p.start) ELSE p.text END, d.source FROM passages p JOIN documents d ON d.id = p.doc_id
		WHERE p.doc_id = coalesce((SELECT id FROM documents WHERE id = ?), (SELECT id FROM documents WHERE source = ?),
			(SELECT doc_id FROM passages WHERE id = ?)) ORDER BY p.seq`, docID, source, passageID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []located
	for rows.Next() {
		var p located
		if err := rows.Scan(&p.ID, &p.DocID, &p.Seq, &p.Text, &p.source); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// passageIn returns the stored passage with this ID (its text and position)
// and the source path of its document.
func passageIn(ctx context.Context, tx *sql.Tx, id string) (Passage, string, error) {
	p := Passage{ID: id}
	var source string
	err := tx.QueryRowContext(ctx, `SELECT p.doc_id, p.seq, CASE WHEN p.text = '' THEN substr(d.text, p.start + 1, p."end" - p.start) ELSE p.text END, d.source FROM passages p JOIN documents d ON d.id = p.doc_id WHERE p.id = ?`, id).
		Scan(&p.DocID, &p.Seq, &p.Text, &source)
	if errors.Is(err, sql.ErrNoRows) {
		return p, "", fmt.Errorf("passage %s: %w", id, ErrNotFound)
	}
	return p, source, err
}

// insertDecision stores d and returns its ID, or 0 when the same decision
// is stored already.
func insertDecision(ctx context.Context, tx *sql.Tx, d Decision) (int64, error) {
	res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO decisions(passage_id, doc_id, source, seq, text_sha256, action, element, start, "end", quote, polarity, state, reviewer, at, note, orphan)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		d.Passage, d.Document, d.File, d.Seq, d.TextSHA256, string(d.Action), d.Element, d.Start, d.End, d.Text,
		string(d.Polarity), d.State, d.Reviewer, d.Time.UTC().Format(timeLayout), d.Note, d.Orphan)
	if err != nil {
		return 0, err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return 0, err
	}
	return res.LastInsertId()
}

// reanchorDecisions moves the decisions on an earlier version of document d
// (the same ID, or the same source path) to its passages ps, just stored in
// tx, or marks them orphans, and says how many of each.
func reanchorDecisions(ctx context.Context, tx *sql.Tx, d Document, ps []Passage) (placed, lost int, err error) {
	ds, err := queryDecisions(ctx, tx, `doc_id = ? OR source = ?`, d.ID, d.Source)
	if err != nil || len(ds) == 0 {
		return 0, 0, err
	}
	moved, orphans := Reanchor(ds, ps)
	for _, r := range moved {
		// A decision the new passage has already (imported twice) gives
		// way to this one.
		if _, err := tx.ExecContext(ctx, `UPDATE OR REPLACE decisions SET passage_id = ?, doc_id = ?, source = ?, seq = ?, text_sha256 = ?, start = ?, "end" = ?, orphan = 0 WHERE id = ?`,
			r.Passage, r.Document, d.Source, r.Seq, r.TextSHA256, r.Start, r.End, r.ID); err != nil {
			return 0, 0, fmt.Errorf("decision %d on %s: %w", r.ID, r.From, err)
		}
	}
	for _, o := range orphans {
		if _, err := tx.ExecContext(ctx, `UPDATE decisions SET orphan = 1 WHERE id = ?`, o.ID); err != nil {
			return 0, 0, fmt.Errorf("decision %d on %s: %w", o.ID, o.Passage, err)
		}
	}
	return len(moved), len(orphans), nil
}

// DecisionQuery selects decisions; its zero value selects all of them.
type DecisionQuery struct {
	Passages  []string // on these passages
	Document  string   // on passages of this document
	Reviewers []string // by these reviewers
	// Orphans selects the decisions that are on no stored passage: those
	// that could not be re-anchored, and those on a removed document.
	Orphans bool
}

// Decisions returns the decisions q selects, in the order they were made.
func (s *Store) Decisions(ctx context.Context, q DecisionQuery) ([]Decision, error) {
	var conds []string
	var args []any
	in := func(col string, vals []string) {
		conds = append(conds, col+" IN (?"+strings.Repeat(",?", len(vals)-1)+")")
		for _, v := range vals {
			args = append(args, v)
		}
	}
	if len(q.Passages) > 0 {
		in("passage_id", q.Passages)
	}
	if q.Document != "" {
		conds = append(conds, "doc_id = ?")
		args = append(args, q.Document)
	}
	if len(q.Reviewers) > 0 {
		in("reviewer", q.Reviewers)
	}
	if q.Orphans {
		conds = append(conds, "(orphan = 1 OR passage_id NOT IN (SELECT id FROM passages))")
	}
	cond := "1"
	if len(conds) > 0 {
		cond = strings.Join(conds, " AND ")
	}
	ds, err := queryDecisions(ctx, s.reader(), cond, args...)
	if err != nil {
		return nil, fmt.Errorf("decisions: %w", err)
	}
	return ds, nil
}

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func queryDecisions(ctx context.Context, db querier, cond string, args ...any) ([]Decision, error) {
	rows, err := db.QueryContext(ctx, `SELECT `+decisionColumns+` FROM decisions WHERE `+cond+` ORDER BY at, id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Decision
	for rows.Next() {
		var d Decision
		var action, polarity, at string
		if err := rows.Scan(&d.ID, &d.Passage, &d.Document, &d.File, &d.Seq, &d.TextSHA256, &action, &d.Element, &d.Start, &d.End,
			&d.Text, &polarity, &d.State, &d.Reviewer, &at, &d.Note, &d.Orphan); err != nil {
			return nil, err
		}
		d.Action, d.Polarity = Action(action), Polarity(polarity)
		if d.Time, err = time.Parse(timeLayout, at); err != nil {
			return nil, fmt.Errorf("decision %d: time %q: %w", d.ID, at, err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// DeleteDecision removes a decision, in one transaction that queues its
// document for the index.
func (s *Store) DeleteDecision(ctx context.Context, id int64) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("delete decision %d: %w", id, err)
	}
	defer tx.Rollback()
	var doc string
	var orphan bool
	err = tx.QueryRowContext(ctx, `DELETE FROM decisions WHERE id = ? RETURNING doc_id, orphan`, id).Scan(&doc, &orphan)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("delete decision %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("delete decision %d: %w", id, err)
	}
	if !orphan {
		if _, err := queue(ctx, tx, doc, false); err != nil {
			return fmt.Errorf("delete decision %d: %w", id, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("delete decision %d: commit: %w", id, err)
	}
	return nil
}

// Reviewers returns the names of everyone who made a decision, sorted.
func (s *Store) Reviewers(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT reviewer FROM decisions ORDER BY reviewer`)
	if err != nil {
		return nil, fmt.Errorf("reviewers: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var r string
		if err := rows.Scan(&r); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Reviews returns the review of each of ps (see ApplyDecisions), in the
// same order: by the decisions of the given reviewers, or of everyone when
// none is given.
func (s *Store) Reviews(ctx context.Context, ps []Passage, reviewers ...string) ([]Review, error) {
	by := map[string][]Decision{}
	// In chunks, under SQLite's limit on the parameters of a statement.
	const chunk = 500
	for i := 0; i < len(ps); i += chunk {
		ids := make([]string, 0, chunk)
		for _, p := range ps[i:min(i+chunk, len(ps))] {
			ids = append(ids, p.ID)
		}
		ds, err := s.Decisions(ctx, DecisionQuery{Passages: ids, Reviewers: reviewers})
		if err != nil {
			return nil, err
		}
		for _, d := range ds {
			by[d.Passage] = append(by[d.Passage], d)
		}
	}
	out := make([]Review, len(ps))
	for i, p := range ps {
		out[i] = ApplyDecisions(p, by[p.ID])
	}
	return out, nil
}
