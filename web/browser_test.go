package web

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The browser tests drive headless Chromium through the pages as a
// researcher would. They skip when no Chromium is installed (.ci/run
// installs it). With NORMDEX_SCREENSHOTS set, each page is saved there as
// a PNG to look at.

var (
	allocOnce   sync.Once
	allocCtx    context.Context
	allocCancel context.CancelFunc
)

func chromium(t *testing.T) context.Context {
	t.Helper()
	var path string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		t.Skip("no Chromium installed (apt-get install chromium)")
	}
	allocOnce.Do(func() {
		opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.WindowSize(1280, 900))
		if os.Geteuid() == 0 {
			opts = append(opts, chromedp.NoSandbox)
		}
		allocCtx, allocCancel = chromedp.NewExecAllocator(context.Background(), opts...)
	})
	ctx, cancel := chromedp.NewContext(allocCtx)
	t.Cleanup(cancel)
	// The first action starts the browser, which lives as long as its
	// context: the time limit is for what follows.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	ctx, cancelTime := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(cancelTime)
	return ctx
}

// shot saves a screenshot of the whole page as NORMDEX_SCREENSHOTS/name.png.
func shot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("NORMDEX_SCREENSHOTS")
	if dir == "" {
		return
	}
	b, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	os.MkdirAll(dir, 0o755)
	if err := os.WriteFile(filepath.Join(dir, name+".png"), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func do(t *testing.T, ctx context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func value[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// waitText waits a little for the text of an element to become want (a
// script changes it), and returns the text it has.
func waitText(t *testing.T, ctx context.Context, sel, want string) string {
	t.Helper()
	var got string
	for range 40 {
		if got = value(t, ctx, chromedp.Text(chromedp.CSS(sel))); got == want {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	return got
}

// Search, narrow by a facet, open a passage, and come back.
func TestBrowserSearch(t *testing.T) {
	ctx := chromium(t)
	s, _ := readOnly(t, Options{})
	ts := httptest.NewServer(s)
	defer ts.Close()
	do(t, ctx, "start", chromedp.Navigate(ts.URL+"/codebook"))

	start := time.Now()
	do(t, ctx, "search", chromedp.Navigate(ts.URL+"/search?q=reasonable+steps"), chromedp.WaitVisible(chromedp.CSS(".hit")))
	t.Logf("search page showed its hits in %d ms", time.Since(start).Milliseconds())
	shot(t, ctx, "search")

	do(t, ctx, "facet",
		chromedp.Navigate(ts.URL+"/search"),
		chromedp.Click(chromedp.CSS(`.facets a.facet[href*="element=knowledge.constructive"]`), chromedp.NodeVisible),
		chromedp.WaitVisible(chromedp.CSS(".selected")))
	loc, count := value(t, ctx, chromedp.Location()), value(t, ctx, chromedp.Text(chromedp.CSS("#count")))
	if !strings.Contains(loc, "element=knowledge.constructive") || !strings.Contains(count, "of 1 passages") {
		t.Errorf("after the facet: %s, %q", loc, count)
	}
	shot(t, ctx, "search-facet")

	do(t, ctx, "passage", chromedp.Click(chromedp.CSS(".hit .cite"), chromedp.NodeVisible), chromedp.WaitVisible(chromedp.CSS(".passage")))
	if cite := value(t, ctx, chromedp.Text(chromedp.CSS("h1.cite-big"))); cite != "Norway (2021, para 1)" {
		t.Errorf("passage %q", cite)
	}
	do(t, ctx, "copy", chromedp.Click(chromedp.CSS("button.copy"), chromedp.NodeVisible))
	if copied := waitText(t, ctx, "button.copy", "Copied"); copied != "Copied" {
		t.Errorf("copy button says %q", copied)
	}
	shot(t, ctx, "passage")

	do(t, ctx, "next", chromedp.KeyEvent(kb.ArrowRight), chromedp.WaitVisible(chromedp.CSS(`.neighbours a[rel="prev"]`)))
	if cite := value(t, ctx, chromedp.Text(chromedp.CSS("h1.cite-big"))); cite != "Norway (2021, para 2)" {
		t.Errorf("→ went to %q", cite)
	}
	// Back twice: the URL held the search, facet and all. (history.go
	// rather than NavigateBack, which waits for a load event that a page
	// restored from the back-forward cache does not fire.)
	value(t, ctx, chromedp.Evaluate[bool]("history.go(-2), true"))
	loc = ""
	for range 100 {
		if loc = value(t, ctx, chromedp.Location()); strings.Contains(loc, "/search") {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if !strings.Contains(loc, "/search?element=knowledge.constructive") {
		t.Errorf("back: %s", loc)
	}
}

// The map: a cell opens the passages behind it.
func TestBrowserMatrix(t *testing.T) {
	ctx := chromium(t)
	s, ws := readOnly(t, Options{})
	ts := httptest.NewServer(s)
	defer ts.Close()
	do(t, ctx, "matrix", chromedp.Navigate(ts.URL+"/matrix"), chromedp.WaitVisible(chromedp.CSS("table.map")))
	shot(t, ctx, "matrix")
	do(t, ctx, "cell", chromedp.Click(chromedp.CSS(`td.cell a[href*="dim=knowledge"][href*="state=Norway"]`), chromedp.NodeVisible), chromedp.WaitVisible(chromedp.CSS(".hits")))
	if text := value(t, ctx, chromedp.Text(chromedp.CSS(".hits"))); !strings.Contains(text, "Norway (2021, para 1)") || !strings.Contains(text, "rejected") {
		t.Errorf("cell lists %q", text)
	}
	shot(t, ctx, "cell")
	do(t, ctx, "state", chromedp.Navigate(ts.URL+"/matrix/state?state=Norway"), chromedp.WaitVisible(chromedp.CSS("table.map")))
	shot(t, ctx, "state")
	x := firstPassage(t, ws, "Norway")
	for name, path := range map[string]string{"codebook": "/codebook", "documents": "/documents", "document": "/documents/" + x.DocID} {
		do(t, ctx, name, chromedp.Navigate(ts.URL+path), chromedp.WaitVisible(chromedp.CSS("main")))
		shot(t, ctx, name)
	}
}

// An export downloads as a file.
func TestBrowserExport(t *testing.T) {
	ctx := chromium(t)
	s, _ := readOnly(t, Options{})
	ts := httptest.NewServer(s)
	defer ts.Close()
	dir := t.TempDir()
	_, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dir, EventsEnabled: new(true)})
	if err != nil {
		t.Fatal(err)
	}
	progress := chromedp.BrowserEvents(ctx, browser.DownloadProgress)
	do(t, ctx, "export",
		chromedp.Navigate(ts.URL+"/search?element=knowledge"),
		chromedp.Click(chromedp.CSS(".export-menu summary"), chromedp.NodeVisible),
		chromedp.Click(chromedp.CSS(`.export-menu a[href^="/export?format=csv"]`), chromedp.NodeVisible))
	for ev, err := range progress {
		if err != nil {
			t.Fatalf("no download: %v", err)
		}
		if ev.State != browser.DownloadProgressStateCompleted {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, ev.GUID))
		if err != nil || !strings.HasPrefix(string(b), "id,") || !strings.Contains(string(b), "Norway") {
			t.Errorf("download: %v %.200s", err, b)
		}
		break
	}
}

// With --write, a file uploaded with its State is ingested and found.
func TestBrowserUpload(t *testing.T) {
	ctx := chromium(t)
	s, _ := writeServer(t, Options{})
	ts := httptest.NewServer(s)
	defer ts.Close()
	file := filepath.Join(t.TempDir(), "estonia.txt")
	os.WriteFile(file, []byte("1. Estonia considers that a State must take reasonable steps to end cyber operations from its territory once it knows of them.\n"), 0o644)
	do(t, ctx, "form", chromedp.Navigate(ts.URL+"/upload"), chromedp.WaitVisible(chromedp.CSS("form.upload")))
	shot(t, ctx, "upload")
	do(t, ctx, "upload",
		chromedp.SetUploadFiles(chromedp.CSS(`input[type=file]`), []string{file}),
		chromedp.SendKeys(chromedp.CSS(`input[name=state]`), "Estonia"),
		chromedp.SendKeys(chromedp.CSS(`input[name=date]`), "2021"),
		chromedp.Click(chromedp.CSS(`form.upload button`)),
		chromedp.WaitVisible(chromedp.CSS(`#after`)))
	if status := value(t, ctx, chromedp.Text(chromedp.CSS("#files"))); !strings.Contains(status, "ingested") {
		t.Errorf("upload: %q", status)
	}
	shot(t, ctx, "upload-progress")
	do(t, ctx, "find", chromedp.Navigate(ts.URL+"/search?state=Estonia"), chromedp.WaitVisible(chromedp.CSS(".hit")))
	if text := value(t, ctx, chromedp.Text(chromedp.CSS(".hits"))); !strings.Contains(text, "Estonia (2021, para 1)") {
		t.Errorf("uploaded passage not found: %q", text)
	}
}
