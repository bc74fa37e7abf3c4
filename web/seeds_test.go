package web

import (
	"context"
	"html"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/normdex/normdex/workspace"
)

const seeds = "../../shared/seeds"

// seedServer serves a workspace of the seeds (../shared/seeds), as
// 'normdex ingest ../shared/seeds && normdex serve' would.
func seedServer(t *testing.T) *Server {
	t.Helper()
	if _, err := os.Stat(seeds); err != nil {
		t.Skip("../shared/seeds not present")
	}
	dir := filepath.Join(t.TempDir(), "ws")
	ws, err := workspace.Open(dir, workspace.Options{Create: true, Write: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ws.Ingest(context.Background(), []string{seeds}, workspace.IngestOptions{Workers: 2}); err != nil {
		t.Fatal(err)
	}
	ws.Close()
	if ws, err = workspace.Open(dir, workspace.Options{}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	s, err := New(ws, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}

var cellLink = regexp.MustCompile(`href="(/matrix/cell\?dim=knowledge&amp;state=New(?:\+|&#43;)Zealand)"`)

// The "done when": on the seeds, New Zealand × knowledge on the
// map lists New Zealand's passage, marked as rejecting constructive
// knowledge.
func TestSeedsNewZealandKnowledge(t *testing.T) {
	s := seedServer(t)
	m := get(s, "/matrix")
	link := cellLink.FindStringSubmatch(m.body)
	if link == nil {
		t.Fatalf("no New Zealand × knowledge cell on the map")
	}
	r := get(s, html.UnescapeString(link[1]))
	if r.status != 200 {
		t.Fatalf("cell: status %d", r.status)
	}
	for _, want := range []string{"New Zealand (2020, paras 16 &amp; 17)", `class="chip dim-knowledge rejected"`, "knowledge.constructive</span><span class=\"rej-tag\">rejects</span>"} {
		if !strings.Contains(r.body, want) {
			t.Errorf("the cell's page lacks %q", want)
		}
	}
}

// The same, clicked in a browser; with NORMDEX_SCREENSHOTS, the pages of
// the seeds are saved too.
func TestBrowserSeeds(t *testing.T) {
	ctx := chromium(t)
	s := seedServer(t)
	ts := httptest.NewServer(s)
	defer ts.Close()
	do(t, ctx, "matrix", chromedp.Navigate(ts.URL+"/matrix"), chromedp.WaitVisible(chromedp.CSS("table.map")))
	shot(t, ctx, "seeds-matrix")
	do(t, ctx, "cell", chromedp.Click(chromedp.CSS(`td.cell a[href*="dim=knowledge"][href*="state=New+Zealand"]`), chromedp.NodeVisible),
		chromedp.WaitVisible(chromedp.CSS(".hits")))
	if text := value(t, ctx, chromedp.Text(chromedp.CSS(".hits .cite"))); text != "New Zealand (2020, paras 16 & 17)" {
		t.Errorf("New Zealand × knowledge lists %q", text)
	}
	do(t, ctx, "rejected", chromedp.WaitVisible(chromedp.CSS(`.hits a.chip.rejected[href$="knowledge.constructive"]`)))
	shot(t, ctx, "seeds-cell")
	for name, path := range map[string]string{"seeds-search": "/search?q=due+diligence", "seeds-documents": "/documents", "seeds-state": "/matrix/state?state=New+Zealand"} {
		do(t, ctx, name, chromedp.Navigate(ts.URL+path), chromedp.WaitVisible(chromedp.CSS("main")))
		shot(t, ctx, name)
	}
	do(t, ctx, "passage", chromedp.Navigate(ts.URL+"/search?state=New+Zealand&element=knowledge"), chromedp.Click(chromedp.CSS(".hit .cite"), chromedp.NodeVisible),
		chromedp.WaitVisible(chromedp.CSS(".passage")))
	shot(t, ctx, "seeds-passage")
}
