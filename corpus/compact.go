package corpus

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// The store keeps each text once. A passage whose text is the span of its
// document's text between its offsets (every passage ingest makes) stores
// an empty text and is read back from the document; annotations are stored compactly
// (see encodeAnnotations). Both are exact: what does not round-trip is kept
// as it was.

// runeCursor turns code-point offsets into a text into byte offsets,
// walking forward from the last offset asked for: the passages of a
// document and the annotations of a passage are asked for in order.
type runeCursor struct {
	text  string
	ascii bool
	valid bool // UTF-8, so that SQLite's substr counts as the cursor does
	r, b  int  // the r-th code point starts at byte b
}

func newRuneCursor(text string) *runeCursor {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	return &runeCursor{text: text, ascii: ascii, valid: ascii || utf8.ValidString(text)}
}

func (c *runeCursor) byteAt(r int) (int, bool) {
	if r < 0 {
		return 0, false
	}
	if c.ascii {
		return r, r <= len(c.text)
	}
	if r < c.r {
		c.r, c.b = 0, 0
	}
	for c.r < r {
		if c.b >= len(c.text) {
			return 0, false
		}
		_, n := utf8.DecodeRuneInString(c.text[c.b:])
		c.b += n
		c.r++
	}
	return c.b, true
}

// span returns the text between code points start and end.
func (c *runeCursor) span(start, end int) (string, bool) {
	if end < start {
		return "", false
	}
	b0, ok := c.byteAt(start)
	if !ok {
		return "", false
	}
	b1, ok := c.byteAt(end)
	if !ok {
		return "", false
	}
	return c.text[b0:b1], true
}

// storedText is what the passages table keeps of p's text: empty where it is
// the span of its document's text (doc is a cursor over it) and that text
// is UTF-8 (decisions read spans with SQLite's substr).
func storedText(doc *runeCursor, p Passage) string {
	if p.Text == "" || !doc.valid {
		return p.Text
	}
	if s, ok := doc.span(p.Start, p.End); ok && s == p.Text {
		return ""
	}
	return p.Text
}

// nameCache holds the committed rows of the names table: the IDs under
// which elements and rules are stored in annotations.
type nameCache struct {
	mu    sync.Mutex
	ids   map[string]int64
	names map[int64]string
}

func (c *nameCache) id(name string) (int64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	id, ok := c.ids[name]
	return id, ok
}

func (c *nameCache) name(id int64) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	n, ok := c.names[id]
	return n, ok
}

func (c *nameCache) add(fresh map[string]int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ids == nil {
		c.ids, c.names = map[string]int64{}, map[int64]string{}
	}
	for n, id := range fresh {
		c.ids[n], c.names[id] = id, n
	}
}

// load reads the names table again: another process may have added names.
func (c *nameCache) load(ctx context.Context, q querier) error {
	rows, err := q.QueryContext(ctx, `SELECT id, name FROM names`)
	if err != nil {
		return fmt.Errorf("names: %w", err)
	}
	defer rows.Close()
	all := map[string]int64{}
	for rows.Next() {
		var id int64
		var n string
		if err := rows.Scan(&id, &n); err != nil {
			return fmt.Errorf("names: %w", err)
		}
		all[n] = id
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("names: %w", err)
	}
	c.add(all)
	return nil
}

// txNames gives names their IDs in a write transaction. The IDs it adds
// join the cache only once the transaction is committed (see commit): a
// rolled-back ID may be given to another name later.
type txNames struct {
	c     *nameCache
	tx    *sql.Tx
	fresh map[string]int64
}

func (t *txNames) id(ctx context.Context, name string) (int64, error) {
	if id, ok := t.c.id(name); ok {
		return id, nil
	}
	if id, ok := t.fresh[name]; ok {
		return id, nil
	}
	if _, err := t.tx.ExecContext(ctx, `INSERT INTO names(name) VALUES (?) ON CONFLICT(name) DO NOTHING`, name); err != nil {
		return 0, fmt.Errorf("name %q: %w", name, err)
	}
	var id int64
	if err := t.tx.QueryRowContext(ctx, `SELECT id FROM names WHERE name = ?`, name).Scan(&id); err != nil {
		return 0, fmt.Errorf("name %q: %w", name, err)
	}
	if t.fresh == nil {
		t.fresh = map[string]int64{}
	}
	t.fresh[name] = id
	return id, nil
}

// commit adds the names of a committed transaction to the cache.
func (t *txNames) commit() { t.c.add(t.fresh) }

// encodeAnnotations is the stored form of a passage's annotations: for each
// "element,rule,start,length", with ",r" when rejected, separated by ";"
// (element and rule as IDs in the names table, start and length in code
// points of the passage text, the match being that span of it); "" for
// none. A list that this cannot say exactly (a match that is not its span,
// another polarity, reviewers' marks) is kept as JSON.
func encodeAnnotations(ctx context.Context, names *txNames, anns []Annotation, text string) (string, error) {
	if len(anns) == 0 {
		return "", nil
	}
	cur := newRuneCursor(text)
	var b strings.Builder
	for i, a := range anns {
		m, ok := cur.span(a.Start, a.End)
		if !ok || m != a.Match || (a.Polarity != Affirmed && a.Polarity != Rejected) || a.Origin != "" || a.Status != "" {
			js, err := json.Marshal(anns)
			return string(js), err
		}
		el, err := names.id(ctx, a.Element)
		if err != nil {
			return "", err
		}
		rule, err := names.id(ctx, a.Rule)
		if err != nil {
			return "", err
		}
		if i > 0 {
			b.WriteByte(';')
		}
		var num [20]byte
		b.Write(strconv.AppendInt(num[:0], el, 10))
		b.WriteByte(',')
		b.Write(strconv.AppendInt(num[:0], rule, 10))
		b.WriteByte(',')
		b.Write(strconv.AppendInt(num[:0], int64(a.Start), 10))
		b.WriteByte(',')
		b.Write(strconv.AppendInt(num[:0], int64(a.End-a.Start), 10))
		if a.Polarity == Rejected {
			b.WriteString(",r")
		}
	}
	return b.String(), nil
}

// decodeAnnotations reads what encodeAnnotations wrote (or the JSON of
// older stores) for a passage with this text; name gives the name of an ID.
func decodeAnnotations(s, text string, name func(int64) (string, bool)) ([]Annotation, error) {
	if s == "" || s == "[]" {
		return nil, nil
	}
	if s[0] == '[' {
		var anns []Annotation
		err := json.Unmarshal([]byte(s), &anns)
		return anns, err
	}
	cur := newRuneCursor(text)
	anns := make([]Annotation, 0, strings.Count(s, ";")+1)
	for item := range strings.SplitSeq(s, ";") {
		f := strings.Split(item, ",")
		if len(f) < 4 || len(f) > 5 || (len(f) == 5 && f[4] != "r") {
			return nil, fmt.Errorf("annotation %q: malformed", item)
		}
		var n [4]int64
		for i := range n {
			v, err := strconv.ParseInt(f[i], 10, 64)
			if err != nil {
				return nil, fmt.Errorf("annotation %q: %w", item, err)
			}
			n[i] = v
		}
		el, ok1 := name(n[0])
		rule, ok2 := name(n[1])
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("annotation %q: %w", item, errUnknownName)
		}
		a := Annotation{Element: el, Rule: rule, Start: int(n[2]), End: int(n[2] + n[3]), Polarity: Affirmed}
		if len(f) == 5 {
			a.Polarity = Rejected
		}
		m, ok := cur.span(a.Start, a.End)
		if !ok {
			return nil, fmt.Errorf("annotation %q: outside its passage", item)
		}
		a.Match = m
		anns = append(anns, a)
	}
	return anns, nil
}

var errUnknownName = fmt.Errorf("name ID not in the names table")

// annotationElements returns how many annotations a stored form holds and
// their distinct elements.
func annotationElements(s string, name func(int64) (string, bool)) (int, []string, error) {
	switch {
	case s == "" || s == "[]":
		return 0, nil, nil
	case s[0] == '[':
		var anns []Annotation
		if err := json.Unmarshal([]byte(s), &anns); err != nil {
			return 0, nil, err
		}
		return len(anns), Elements(anns), nil
	}
	n := 0
	var els []string
	for item := range strings.SplitSeq(s, ";") {
		n++
		f, _, _ := strings.Cut(item, ",")
		id, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			return 0, nil, fmt.Errorf("annotation %q: %w", item, err)
		}
		el, ok := name(id)
		if !ok {
			return 0, nil, fmt.Errorf("annotation %q: %w", item, errUnknownName)
		}
		if !slices.Contains(els, el) {
			els = append(els, el)
		}
	}
	return n, els, nil
}

// compactPassages rewrites the passages of a store of schema 10, one
// document at a time: texts that are spans of their document's become empty,
// annotations take their compact form.
func compactPassages(ctx context.Context, tx *sql.Tx) error {
	var ids []string
	rows, err := tx.QueryContext(ctx, `SELECT id FROM documents ORDER BY rowid`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	names := &txNames{c: &nameCache{}, tx: tx}
	update, err := tx.PrepareContext(ctx, `UPDATE passages SET text = ?, annotations = ? WHERE id = ?`)
	if err != nil {
		return err
	}
	defer update.Close()
	for _, id := range ids {
		if err := compactDocument(ctx, tx, names, update, id); err != nil {
			return fmt.Errorf("document %s: %w", id, err)
		}
	}
	return nil
}

func compactDocument(ctx context.Context, tx *sql.Tx, names *txNames, update *sql.Stmt, docID string) error {
	text, err := documentText(ctx, tx, docID)
	if err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, start, "end", text, annotations FROM passages WHERE doc_id = ? ORDER BY seq`, docID)
	if err != nil {
		return err
	}
	type row struct {
		p    Passage
		anns string
	}
	var ps []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.p.ID, &r.p.Start, &r.p.End, &r.p.Text, &r.anns); err != nil {
			rows.Close()
			return err
		}
		ps = append(ps, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	doc := newRuneCursor(text)
	for _, r := range ps {
		var anns []Annotation
		if r.anns != "" && r.anns != "[]" {
			if err := json.Unmarshal([]byte(r.anns), &anns); err != nil {
				return fmt.Errorf("annotations of %s: %w", r.p.ID, err)
			}
		}
		enc, err := encodeAnnotations(ctx, names, anns, r.p.Text)
		if err != nil {
			return fmt.Errorf("annotations of %s: %w", r.p.ID, err)
		}
		if _, err := update.ExecContext(ctx, storedText(doc, r.p), enc, r.p.ID); err != nil {
			return fmt.Errorf("passage %s: %w", r.p.ID, err)
		}
	}
	return nil
}
