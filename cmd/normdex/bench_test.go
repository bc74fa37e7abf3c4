package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/index"
	"github.com/normdex/normdex/workspace"
)

// The benchmarks below take their corpus from NORMDEX_BENCH_CORPUS (a folder
// of TXT files, see scripts/gencorpus) and their workspace from
// NORMDEX_BENCH_WS; scripts/bench sets both and prints the ratios.

func benchCorpus(b *testing.B) string {
	// The collector settings of the command, for the pipeline and the
	// floor alike.
	tuneRuntime()
	dir := os.Getenv("NORMDEX_BENCH_CORPUS")
	if dir == "" {
		b.Skip("NORMDEX_BENCH_CORPUS not set (scripts/bench sets it)")
	}
	return dir
}

// BenchmarkIngestTXT is the whole pipeline on the corpus: extract, segment,
// tag, store and index.
func BenchmarkIngestTXT(b *testing.B) {
	dir := benchCorpus(b)
	defer reportCPU(b)()
	for b.Loop() {
		ws := b.TempDir()
		if code := run([]string{"normdex", "--data", ws, "ingest", dir}, strings.NewReader(""), io.Discard, os.Stderr); code != 0 {
			b.Fatalf("ingest: status %d", code)
		}
	}
}

// BenchmarkBleveFloor indexes the same passages with bleve alone: the floor
// cost that the pipeline adds to. The entries are prepared as ingest
// prepares them, with their metadata and tags, before the clock starts.
func BenchmarkBleveFloor(b *testing.B) {
	dir := benchCorpus(b)
	ws := b.TempDir()
	if code := run([]string{"normdex", "--data", ws, "ingest", dir}, strings.NewReader(""), io.Discard, os.Stderr); code != 0 {
		b.Fatalf("ingest: status %d", code)
	}
	st, err := corpus.OpenStoreReadOnly(filepath.Join(ws, "normdex.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	docs, err := st.Documents(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	var entries []index.Entry
	for _, d := range docs {
		ps, err := st.Passages(context.Background(), d.ID)
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range ps {
			entries = append(entries, index.NewEntry(d, p))
		}
	}
	defer reportCPU(b)()
	for b.Loop() {
		ix, err := index.Open(filepath.Join(b.TempDir(), "ix"))
		if err != nil {
			b.Fatal(err)
		}
		if err := ix.Replace(nil, entries); err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
}

// reportCPU reports the process's CPU time (user and system) per operation
// from the call to the call of the function it returns: with the wall time,
// it tells whether a change saved work or only moved it between cores.
func reportCPU(b *testing.B) func() {
	start := cpuTime()
	return func() { b.ReportMetric((cpuTime()-start).Seconds()/float64(b.N), "cpu-s/op") }
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkSearch runs searches with facets on the workspace in
// NORMDEX_BENCH_WS, with what the search command adds (the hits' text and
// evidence from the store, snippets), and reports their latency percentiles
// and the CPU time of a round.
func BenchmarkSearch(b *testing.B) {
	wsDir := os.Getenv("NORMDEX_BENCH_WS")
	if wsDir == "" {
		b.Skip("NORMDEX_BENCH_WS not set (scripts/bench sets it)")
	}
	ws, err := workspace.Open(wsDir, workspace.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer ws.Close()
	queries := []corpus.Filter{
		{Query: "reasonable steps"},
		{Query: `"due diligence"`},
		{Elements: []string{"knowledge"}},
		{Elements: []string{"territory.transit"}, YearFrom: 2018, YearTo: 2021},
		{States: []string{"Japan"}, Query: "sovereignty"},
		{Query: "assistance -notification", Elements: []string{"measures"}},
	}
	var lat []time.Duration
	// CPU per round of the six searches: on a loaded host the wall-clock
	// percentiles also measure the other processes.
	defer reportCPU(b)()
	for b.Loop() {
		for _, q := range queries {
			start := time.Now()
			if _, err := ws.Search(context.Background(), workspace.Query{Filter: q, Size: 20, Facets: true}); err != nil {
				b.Fatal(err)
			}
			lat = append(lat, time.Since(start))
		}
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	ms := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000 }
	b.ReportMetric(ms(0.50), "p50-ms")
	b.ReportMetric(ms(0.95), "p95-ms")
}
