package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/normdex/normdex/ingest"
)

// sourcesDir is the workspace folder that keeps the bytes of sources
// downloaded from the web, so that a statement stays available when its
// site changes or goes away.
func (w *workspace) sourcesDir() string { return filepath.Join(w.dir, "sources") }

// readSource returns the bytes of a source and their format: a file by its
// name, a URL downloaded (within timeout) and kept in keep, named by its
// hash, its format detected from the content.
func readSource(ctx context.Context, path, keep string, timeout time.Duration) ([]byte, string, error) {
	if !ingest.IsURL(path) {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, "", readError(err)
		}
		return data, ingest.Format(path), nil
	}
	data, format, err := ingest.Fetcher{Timeout: timeout}.Fetch(ctx, path)
	if err != nil {
		return nil, "", err
	}
	if keep != "" {
		if err := keepSource(keep, data, format); err != nil {
			return nil, "", err
		}
	}
	return data, format, nil
}

// keepSource writes downloaded bytes into dir as HASH.FORMAT, all or
// nothing.
func keepSource(dir string, data []byte, format string) error {
	sum := sha256.Sum256(data)
	name := filepath.Join(dir, hex.EncodeToString(sum[:])+"."+format)
	if _, err := os.Stat(name); err == nil {
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("keep download: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".download-*")
	if err != nil {
		return fmt.Errorf("keep download: %w", err)
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("keep download: %w", err)
	}
	return nil
}

// isWorkspace reports whether a folder is a normdex workspace, whose files
// are no sources (a workspace may sit in the folder being ingested).
func isWorkspace(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "normdex.db"))
	return err == nil
}
