package web

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/workspace"
)

// The Documents facet of the search page lists the documents with most
// hits, each with its exact count, and says how many more have hits, with
// a link to the documents page under the same filters; a selected document
// is listed however few its hits.
func TestSearchDocumentFacetCapped(t *testing.T) {
	dir := t.TempDir()
	ws, err := workspace.Open(filepath.Join(dir, "ws"), workspace.Options{Create: true, Write: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	// Document n has n passages on due diligence, each with words of its
	// own, so that no passage is a near-duplicate of another.
	rng := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		var b strings.Builder
		for range 3 + rng.IntN(5) {
			b.WriteByte(byte('a' + rng.IntN(26)))
		}
		return b.String()
	}
	const docs = docFacetShown + 5
	for n := 1; n <= docs; n++ {
		var text strings.Builder
		for i := 1; i <= n; i++ {
			fmt.Fprintf(&text, "%d. States exercise due diligence", i)
			for range 15 {
				text.WriteString(" " + word())
			}
			text.WriteString(".\n\n")
		}
		p := filepath.Join(dir, fmt.Sprintf("doc%02d.txt", n))
		if err := os.WriteFile(p, []byte(text.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		meta, err := workspace.FormMeta("Norway", "2021", fmt.Sprintf("Statement with %d passages", n))
		if err != nil {
			t.Fatal(err)
		}
		rep, err := ws.Ingest(context.Background(), []string{p}, workspace.IngestOptions{Meta: meta, Workers: 1})
		if err != nil || rep.Run.Failed > 0 {
			t.Fatalf("ingest %s: %v %+v", p, err, rep.Run.Failures)
		}
	}
	s, err := New(ws, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	listed := regexp.MustCompile(`title="Statement with (\d+) passages">Statement with \d+ passages</span><span class="n">(\d+)<|<span class="label">Statement with (\d+) passages</span><span class="n">(\d+)<`)
	check := func(path string, want []string, more string) {
		t.Helper()
		r := get(s, path)
		if r.status != 200 {
			t.Fatalf("%s: status %d: %.300s", path, r.status, r.body)
		}
		var got []string
		for _, m := range listed.FindAllStringSubmatch(r.body, -1) {
			n, c := m[1]+m[3], m[2]+m[4]
			if n != c {
				t.Errorf("%s: the document with %s passages is counted %s", path, n, c)
			}
			got = append(got, n)
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s: documents listed %v, want %v", path, got, want)
		}
		if !strings.Contains(r.body, more) {
			t.Errorf("%s: no %q in the page", path, more)
		}
	}
	var top []string
	for n := docs; n > docs-docFacetShown; n-- {
		top = append(top, fmt.Sprint(n))
	}
	check("/search", top, `5 more documents with hits: <a href="/documents">the documents page</a> lists them.`)
	check("/search?q=diligence&state=Norway", top, `5 more documents with hits: <a href="/documents?q=diligence&amp;state=Norway">the documents page</a> lists those passing the filters (the words aside).`)
	// A document with few hits, chosen from the documents page.
	check("/search?doc="+docWith(t, ws, 1), []string{"1"}, "doc: ")
}

// docWith is the ID of the document with n passages.
func docWith(t *testing.T, ws *workspace.Workspace, n int) string {
	t.Helper()
	docs, err := ws.Docs(context.Background(), corpus.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if d.Title == fmt.Sprintf("Statement with %d passages", n) {
			return d.ID
		}
	}
	t.Fatalf("no document with %d passages", n)
	return ""
}
