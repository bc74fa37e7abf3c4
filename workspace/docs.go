package workspace

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/ingest"
)

// DocInfo is a document as the documents list shows it.
type DocInfo struct {
	ID       string   `json:"id"`
	Source   string   `json:"source"`
	URL      string   `json:"url"`
	State    string   `json:"state"`
	Date     string   `json:"date"`
	Title    string   `json:"title"`
	Format   string   `json:"format"`
	Pages    int      `json:"pages"`
	Passages int      `json:"passages"`
	Warnings []string `json:"warnings"` // what the extraction could not read
	Lang     string   `json:"lang"`     // "" when its words did not tell
}

// Docs lists the documents that have at least one passage passing the
// filter (its words aside), in the store's order.
func (w *Workspace) Docs(ctx context.Context, f corpus.Filter) ([]DocInfo, error) {
	docs, err := w.store.Documents(ctx)
	if err != nil {
		return nil, err
	}
	counts, err := w.store.PassageCounts(ctx)
	if err != nil {
		return nil, err
	}
	everything := listsAll(f)
	var decided map[string][]corpus.Decision
	if !everything {
		if decided, err = w.decisionsByPassage(ctx, corpus.DecisionQuery{}); err != nil {
			return nil, err
		}
	}
	out := []DocInfo{}
	for _, d := range docs {
		if !everything {
			ps, err := w.store.Passages(ctx, d.ID)
			if err != nil {
				return nil, err
			}
			if !anyPasses(f, d, ps, decided) {
				continue
			}
		}
		info := DocInfo{ID: d.ID, Source: d.Source, URL: d.URL, State: d.State, Date: d.Date, Title: d.Title,
			Format: d.Format, Pages: d.Pages, Passages: counts[d.ID], Warnings: d.Warnings, Lang: d.Lang}
		if info.Warnings == nil {
			info.Warnings = []string{}
		}
		out = append(out, info)
	}
	return out, nil
}

// listsAll reports whether Docs lists every document under f, those
// without a passage too: its words are left aside.
func listsAll(f corpus.Filter) bool {
	f.Query = ""
	return f.IsZero()
}

// anyPasses reports whether a passage of ps passes the filter as its
// reviewers left it (decided: the decisions by passage).
func anyPasses(f corpus.Filter, d corpus.Document, ps []corpus.Passage, decided map[string][]corpus.Decision) bool {
	for _, p := range ps {
		if f.MatchReview(d, p, corpus.ApplyDecisions(p, decided[p.ID])) {
			return true
		}
	}
	return false
}

// Doc is one document in full: its text, statements and passages.
type Doc struct {
	corpus.Document
	Statements []corpus.Statement
	Passages   []Excerpt
}

// Document returns the document that ref names: an ID, the first
// characters of one, or its path.
func (w *Workspace) Document(ctx context.Context, ref string) (*Doc, error) {
	d, err := w.store.Resolve(ctx, ref)
	if err != nil {
		return nil, err
	}
	full, ps, decided, err := w.documentReviewed(ctx, d.ID)
	if err != nil {
		return nil, err
	}
	stmts, err := w.store.Statements(ctx, d.ID)
	if err != nil {
		return nil, err
	}
	out := &Doc{Document: full, Statements: stmts}
	for _, p := range ps {
		out.Passages = append(out.Passages, reviewedExcerpt(&out.Document, reviewed(full, p, decided[p.ID]), nil))
	}
	return out, nil
}

// documentReviewed reads document id whole, its passages, and the
// reviewers' decisions on them by passage.
func (w *Workspace) documentReviewed(ctx context.Context, id string) (corpus.Document, []corpus.Passage, map[string][]corpus.Decision, error) {
	full, err := w.store.Document(ctx, id)
	if err != nil {
		return corpus.Document{}, nil, nil, err
	}
	ps, err := w.store.Passages(ctx, id)
	if err != nil {
		return corpus.Document{}, nil, nil, err
	}
	decided, err := w.decisionsByPassage(ctx, corpus.DecisionQuery{Document: id})
	if err != nil {
		return corpus.Document{}, nil, nil, err
	}
	return full, ps, decided, nil
}

// MetaUpdate is new metadata for a document: the fields that are not nil
// change (an empty string clears one).
type MetaUpdate struct {
	State, Date, Title, URL *string
	// Lang is a language code; "" tells the language from the words
	// again.
	Lang *string
}

// SetMeta corrects the metadata of the document that ref names. A new
// State passes to the passages in the author's voice; passages of
// delegates and quoted States keep theirs. A new language passes to every
// passage, which is tagged again in it. Store and index are updated
// together. It returns the document and what changed (nothing when it had
// that metadata already).
func (w *Workspace) SetMeta(ctx context.Context, ref string, u MetaUpdate) (corpus.Document, []corpus.Change, error) {
	d, err := w.store.Resolve(ctx, ref)
	if err != nil {
		return d, nil, err
	}
	m := ingest.Meta{State: d.State, Date: d.Date, Title: d.Title, URL: d.URL, Lang: d.Lang}
	for _, f := range []struct{ from, to *string }{{u.State, &m.State}, {u.Date, &m.Date}, {u.Title, &m.Title}, {u.URL, &m.URL}, {u.Lang, &m.Lang}} {
		if f.from != nil {
			*f.to = *f.from
		}
	}
	if m, err = m.Validate(); err != nil {
		return d, nil, err
	}
	d.State, d.Date, d.Title, d.URL = m.State, m.Date, m.Title, m.URL
	var ps []corpus.Passage
	if u.Lang != nil {
		if ps, err = w.relang(ctx, &d, m.Lang); err != nil {
			return d, nil, err
		}
	}
	changes, err := w.store.SetMeta(ctx, d, ps...)
	if err != nil || len(changes) == 0 {
		return d, nil, err
	}
	return d, changes, w.catchUp(ctx)
}

// Remove removes the documents that refs name from the store and the
// index: all of them or, when one names no document or more than one,
// none. It returns the documents removed.
func (w *Workspace) Remove(ctx context.Context, refs []string) ([]corpus.Document, error) {
	var docs []corpus.Document
	var ids, bad []string
	seen := map[string]bool{}
	for _, ref := range refs {
		d, err := w.store.Resolve(ctx, ref)
		if err != nil {
			bad = append(bad, err.Error())
			continue
		}
		if !seen[d.ID] {
			seen[d.ID] = true
			docs, ids = append(docs, d), append(ids, d.ID)
		}
	}
	if len(bad) > 0 {
		return nil, fmt.Errorf("nothing removed: %s", strings.Join(bad, "; "))
	}
	if err := w.store.Remove(ctx, ids); err != nil {
		return nil, err
	}
	return docs, w.catchUp(ctx)
}

// SourceFile returns the file a document was read from: the copy the
// workspace keeps of a download, else its path, when the file is still
// there. It names only files of the workspace's documents, so that a front
// end that serves sources serves nothing else.
func (w *Workspace) SourceFile(ctx context.Context, docID string) (string, error) {
	d, err := w.store.DocumentInfo(ctx, docID)
	if err != nil {
		return "", err
	}
	path := d.Source
	if ingest.IsURL(d.Source) {
		path = filepath.Join(w.sourcesDir(), d.ID+"."+d.Format)
	}
	if _, err := os.Stat(path); err != nil {
		return "", fmt.Errorf("source of %s: %w", d.ID[:min(12, len(d.ID))], err)
	}
	return path, nil
}
