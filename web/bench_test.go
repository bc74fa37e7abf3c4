package web

import (
	"context"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/workspace"
)

// BenchmarkPages renders each page of the web app on the workspace in
// NORMDEX_BENCH_WS (scripts/bench sets it to its 10,000- and
// 100,000-passage workspaces) and reports the 95th percentile of each, in
// milliseconds, as <page>-p95-ms, and its first visit as <page>-first-ms.
func BenchmarkPages(b *testing.B) {
	dir := os.Getenv("NORMDEX_BENCH_WS")
	if dir == "" {
		b.Skip("NORMDEX_BENCH_WS not set (scripts/bench sets it)")
	}
	ws, err := workspace.Open(dir, workspace.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer ws.Close()
	s, err := New(ws, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	// The server reads the passages into memory as it starts.
	start := time.Now()
	if err := s.mem.Load(context.Background()); err != nil {
		b.Fatal(err)
	}
	load := time.Since(start)
	res, err := ws.Search(context.Background(), workspace.Query{Filter: corpus.Filter{Elements: []string{"knowledge"}}, Size: 1, Facets: true})
	if err != nil || len(res.Hits) == 0 || len(res.States) == 0 {
		b.Fatalf("no passage on knowledge in %s: %v", dir, err)
	}
	x, state := res.Hits[0], url.QueryEscape(res.States[0].Value)
	pages := []struct{ name, path string }{
		{"search", "/search"},
		{"search-words", "/search?q=reasonable+steps"},
		{"search-facets", "/search?element=knowledge&polarity=rejected&state=" + state + "&page=2"},
		{"api-search", "/api/search?q=due+diligence"},
		{"passage", "/passages/" + x.ID},
		{"documents", "/documents"},
		{"document", "/documents/" + x.DocID},
		{"matrix", "/matrix"},
		{"matrix-cell", "/matrix/cell?dim=knowledge&state=" + state},
		{"matrix-state", "/matrix/state?state=" + state},
		{"codebook", "/codebook"},
		{"documents-filtered", "/documents?element=knowledge&state=" + state},
		{"export-page", "/export?format=csv&doc=" + x.DocID},
	}
	lat := make([][]time.Duration, len(pages))
	for b.Loop() {
		for i, p := range pages {
			start := time.Now()
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, httptest.NewRequest("GET", "http://127.0.0.1:8080"+p.path, nil))
			lat[i] = append(lat[i], time.Since(start))
			if rec.Code != 200 {
				b.Fatalf("%s: status %d: %.200s", p.path, rec.Code, rec.Body.String())
			}
		}
	}
	b.ReportMetric(load.Seconds(), "load-s")
	var worst []string
	for i, p := range pages {
		// The first visit computes what later ones find remembered (the
		// map, the facets) until the store changes.
		b.ReportMetric(float64(lat[i][0].Microseconds())/1000, p.name+"-first-ms")
		slices.Sort(lat[i])
		p95 := float64(lat[i][int(0.95*float64(len(lat[i])-1))].Microseconds()) / 1000
		b.ReportMetric(p95, p.name+"-p95-ms")
		if p95 > 100 {
			worst = append(worst, fmt.Sprintf("%s %.0f ms", p.name, p95))
		}
	}
	// The resident memory of the server after the rounds, its peak, and
	// the part of it that is not index files mapped in memory (Linux
	// only).
	if st, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, line := range strings.Split(string(st), "\n") {
			var kb float64
			if _, err := fmt.Sscanf(line, "VmRSS: %f kB", &kb); err == nil {
				b.ReportMetric(kb/1024, "rss-MiB")
			}
			if _, err := fmt.Sscanf(line, "VmHWM: %f kB", &kb); err == nil {
				b.ReportMetric(kb/1024, "peak-rss-MiB")
			}
			if _, err := fmt.Sscanf(line, "RssAnon: %f kB", &kb); err == nil {
				b.ReportMetric(kb/1024, "anon-rss-MiB")
			}
		}
	}
	if len(worst) > 0 {
		b.Logf("pages over 100 ms at p95: %s", strings.Join(worst, ", "))
	}
}
