package main

import (
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
)

func TestBuildVersion(t *testing.T) {
	for _, tc := range []struct {
		bi   *debug.BuildInfo
		ok   bool
		want string
	}{
		{nil, false, "unknown (no build information)"},
		{&debug.BuildInfo{}, true, "(devel) (revision unknown)"},
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.0"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "ff04fb2718f6"}, {Key: "vcs.time", Value: "2026-11-23T10:00:00Z"}, {Key: "vcs.modified", Value: "true"}}},
			true, "v1.2.0 (revision ff04fb2718f6 2026-11-23T10:00:00Z, modified, go1.26.8)"},
	} {
		if got := buildVersion(tc.bi, tc.ok); got != tc.want {
			t.Errorf("buildVersion = %q, want %q", got, tc.want)
		}
	}
}

func TestClosest(t *testing.T) {
	cands := []string{"search", "export", "matrix", "status", "ingest"}
	for _, tc := range []struct{ word, want string }{
		{"serch", "search"}, {"SEARCH", "search"}, {"exprot", "export"}, {"statu", "status"}, {"zzzzzz", ""},
	} {
		got := strings.Join(closest(tc.word, cands, 1, nil), "")
		if got != tc.want {
			t.Errorf("closest(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
}

func TestCheckedWriterKeepsTheFirstError(t *testing.T) {
	w := &checkedWriter{w: failWriter{}}
	if _, err := w.Write([]byte("x")); !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("error %v, want ENOSPC", err)
	}
	if code, msg := exitStatus(w.err); code != 1 || !strings.Contains(msg, "write standard output") {
		t.Errorf("exit %d %q", code, msg)
	}
	if code, msg := exitStatus(fmt.Errorf("write standard output: %w", syscall.EPIPE)); code != 1 || msg != "" {
		t.Errorf("a closed pipe: exit %d %q, want 1 and quiet", code, msg)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, syscall.ENOSPC }
