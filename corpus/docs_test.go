package corpus

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestSetMetaMovesTheAuthorsPassages(t *testing.T) {
	ctx := context.Background()
	s := testStore(t)
	d, st, ps := testDoc("aaaaaaaaaaaaaaaa", "a.txt")
	// A delegate's statement keeps its State when the author's changes.
	st = append(st, Statement{ID: StatementID(d.ID, 1), DocID: d.ID, Seq: 1, State: "Japan", Speaker: "The delegate of Japan", Start: 16, End: 23})
	ps[1].StatementID, ps[1].State = st[1].ID, "Japan"
	putIndexed(t, s, d, st, ps)
	m := d
	m.State, m.Date = "France", "2019"
	changes, err := s.SetMeta(ctx, m)
	want := []Change{{"state", "Finland", "France"}, {"date", "2020-05-01", "2019"}}
	if err != nil || !reflect.DeepEqual(changes, want) {
		t.Fatalf("SetMeta = %v, %v; want %v", changes, err, want)
	}
	got, _ := s.Passages(ctx, d.ID)
	if got[0].State != "France" || got[1].State != "Japan" {
		t.Errorf("passage States = %q, %q; want France, Japan", got[0].State, got[1].State)
	}
	if q, _ := s.IndexQueue(ctx); len(q) != 1 || q[0].Stale {
		t.Errorf("queue = %+v; want the document, not stale", q)
	}
	if changes, err := s.SetMeta(ctx, m); err != nil || changes != nil {
		t.Errorf("SetMeta again = %v, %v; want no change", changes, err)
	}
	m.ID = "bbbb"
	if _, err := s.SetMeta(ctx, m); !errors.Is(err, ErrNotFound) {
		t.Errorf("SetMeta of an unknown document = %v; want ErrNotFound", err)
	}
}

func TestResolveAndRemove(t *testing.T) {
	ctx := context.Background()
	s := testStore(t)
	for _, x := range [][2]string{{"abcd1111", "dir/a.txt"}, {"abcd2222", "b.txt"}, {"ffff0000", "c.txt"}} {
		putTestDoc(t, s, x[0], x[1])
	}
	for _, tc := range []struct{ ref, id, err string }{
		{"abcd1111", "abcd1111", ""},
		{"dir/a.txt", "abcd1111", ""},
		{"./dir//a.txt", "abcd1111", ""},
		{"abcd2", "abcd2222", ""},
		{"ffff", "ffff0000", ""},
		{"abcd", "", "ambiguous: it may be abcd1111, abcd2222"},
		{"fff", "", "not found"},
		{"nothing.txt", "", "not found"},
	} {
		d, err := s.Resolve(ctx, tc.ref)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("Resolve(%q) = %v, %v; want error %q", tc.ref, d.ID, err, tc.err)
			}
			continue
		}
		if err != nil || d.ID != tc.id {
			t.Errorf("Resolve(%q) = %v, %v; want %s", tc.ref, d.ID, err, tc.id)
		}
	}
	if err := s.Remove(ctx, []string{"abcd1111", "ffff0000"}); err != nil {
		t.Fatal(err)
	}
	docs, _ := s.Documents(ctx)
	if len(docs) != 1 || docs[0].ID != "abcd2222" {
		t.Errorf("after Remove: %+v", docs)
	}
	q, _ := s.IndexQueue(ctx)
	stale := map[string]bool{}
	for _, x := range q {
		stale[x.DocID] = x.Stale
	}
	if !stale["abcd1111"] || !stale["ffff0000"] {
		t.Errorf("queue = %+v; want the removed documents marked stale", q)
	}
}

func TestCodebookKept(t *testing.T) {
	ctx := context.Background()
	s := testStore(t)
	if _, ok, err := s.Codebook(ctx); ok || err != nil {
		t.Fatalf("Codebook of a new store = %v, %v; want none", ok, err)
	}
	cb := NewCodebook("mine.yaml", []byte("elements: []\n"))
	saved, err := s.SetCodebook(ctx, cb)
	if err != nil || saved.SavedAt == "" {
		t.Fatalf("SetCodebook = %+v, %v", saved, err)
	}
	got, ok, err := s.Codebook(ctx)
	if !ok || err != nil || got != saved || got.Text != "elements: []\n" || len(got.SHA256) != 64 {
		t.Errorf("Codebook = %+v, %v, %v; want %+v", got, ok, err, saved)
	}
	if !strings.HasPrefix(got.String(), "mine.yaml, sha256 "+got.SHA256[:12]+", ") {
		t.Errorf("String = %q", got.String())
	}
}

// TestOpenStoreReadOnly: a reader reads, cannot write, and leaves the
// database file as it was.
func TestOpenStoreReadOnly(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	s, err := OpenStore(path)
	if err != nil {
		t.Fatal(err)
	}
	d, _, _ := putTestDoc(t, s, "aaaaaaaaaaaaaaaa", "a.txt")
	s.Close()
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}

	r, err := OpenStoreReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if docs, err := r.Documents(ctx); err != nil || len(docs) != 1 {
		t.Errorf("Documents = %v, %v", docs, err)
	}
	d2, st2, ps2 := testDoc("bbbbbbbbbbbbbbbb", "b.txt")
	if _, err := r.Put(ctx, d2, st2, ps2); err == nil {
		t.Error("Put through a read-only store succeeded")
	}
	if err := r.Remove(ctx, []string{d.ID}); err == nil {
		t.Error("Remove through a read-only store succeeded")
	}
	after, err := os.ReadFile(path)
	if err != nil || string(after) != string(before) {
		t.Errorf("the database file changed under a reader (%v)", err)
	}
	if _, err := OpenStoreReadOnly(filepath.Join(t.TempDir(), "none.db")); err == nil {
		t.Error("OpenStoreReadOnly of a missing store succeeded")
	}
}
