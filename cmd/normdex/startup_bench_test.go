package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// BenchmarkStartup runs normdex as a process, as a user or a script does,
// and reports the CPU time it takes: what every command pays before and
// around its work (package initialisation, the workspace, the codebook),
// which for a small file is most of its cost. The process is this test
// binary run as main (see TestMain), whose own initialisation is a little
// more than normdex's.
func BenchmarkStartup(b *testing.B) {
	txt := filepath.Join(b.TempDir(), "statement.txt")
	if err := os.WriteFile(txt, []byte("Statement by Finland\n\nStates should not knowingly allow their territory to be used for cyber operations.\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	// The codebook cache is warm after the first run, as a user's is; it
	// is this benchmark's own, not the user's.
	cache := b.TempDir()
	for _, bc := range []struct {
		name string
		args func(b *testing.B) []string
	}{
		{"help", func(*testing.B) []string { return []string{"--help"} }},
		{"extract-txt", func(*testing.B) []string { return []string{"extract", txt} }},
		{"ingest-txt", func(b *testing.B) []string {
			return []string{"--data", filepath.Join(b.TempDir(), "ws"), "ingest", txt}
		}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var cpu float64
			for b.Loop() {
				b.StopTimer()
				args := bc.args(b)
				cmd := exec.Command(os.Args[0], args...)
				cmd.Env = append(os.Environ(), "NORMDEX_BE_MAIN=1", "XDG_CACHE_HOME="+cache)
				b.StartTimer()
				if out, err := cmd.CombinedOutput(); err != nil {
					b.Fatalf("normdex %v: %v\n%s", args, err, out)
				}
				cpu += (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds()
			}
			b.ReportMetric(1000*cpu/float64(b.N), "cpu-ms/op")
		})
	}
}
