package ingest

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/normdex/normdex/corpus"
)

// Validate checks metadata and folds the State onto its canonical name. An
// unknown State or a malformed date is an error that names the value.
func (m Meta) Validate() (Meta, error) {
	st, err := corpus.States().Canonical(m.State)
	if err != nil {
		return m, err
	}
	m.State = st
	if strings.TrimSpace(m.Date) != "" {
		if m.Date, err = corpus.ParseDate(m.Date); err != nil {
			return m, err
		}
	}
	m.Title = strings.TrimSpace(m.Title)
	m.URL = strings.TrimSpace(m.URL)
	return m, nil
}

// SidecarPaths are the metadata files normdex looks for beside a source:
// FILE.meta.json, FILE.meta.yaml, FILE.meta.yml, with FILE the full name or
// the name without its extension.
func SidecarPaths(path string) []string {
	base := strings.TrimSuffix(path, filepath.Ext(path))
	var out []string
	for _, stem := range []string{path, base} {
		for _, ext := range []string{".meta.json", ".meta.yaml", ".meta.yml"} {
			out = append(out, stem+ext)
		}
	}
	return out
}

// IsSidecar reports whether path is a metadata file rather than a source.
func IsSidecar(path string) bool {
	for _, ext := range []string{".meta.json", ".meta.yaml", ".meta.yml"} {
		if strings.HasSuffix(path, ext) {
			return true
		}
	}
	return false
}

// ReadSidecar reads the metadata file beside a source, if there is one.
func ReadSidecar(path string) (Meta, string, error) {
	for _, p := range SidecarPaths(path) {
		b, err := os.ReadFile(p)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return Meta{}, p, err
		}
		m, err := ParseMeta(p, b)
		return m, p, err
	}
	return Meta{}, "", nil
}

// ParseMeta parses a sidecar metadata file, JSON or YAML by its name.
func ParseMeta(name string, b []byte) (Meta, error) {
	var m Meta
	var err error
	if strings.HasSuffix(name, ".json") {
		dec := json.NewDecoder(strings.NewReader(string(b)))
		dec.DisallowUnknownFields()
		err = dec.Decode(&m)
	} else {
		dec := yaml.NewDecoder(strings.NewReader(string(b)))
		dec.KnownFields(true)
		err = dec.Decode(&m)
		if errors.Is(err, io.EOF) {
			err = nil
		}
	}
	if err != nil {
		return m, fmt.Errorf("metadata %s: %w", name, err)
	}
	return m, nil
}

// Manifest maps source paths (cleaned, relative to the working directory) to
// their metadata.
type Manifest map[string]Meta

// ParseManifest reads a manifest CSV with a header naming some of the columns
// path, state, date, title and url. Paths are taken relative to dir.
func ParseManifest(r io.Reader, dir string) (Manifest, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("manifest header: %w", err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	if _, ok := col["path"]; !ok {
		return nil, fmt.Errorf("manifest header: no %q column (have %s)", "path", strings.Join(header, ","))
	}
	for name := range col {
		switch name {
		case "path", "state", "date", "title", "url":
		default:
			return nil, fmt.Errorf("manifest header: unknown column %q", name)
		}
	}
	get := func(rec []string, name string) string {
		if i, ok := col[name]; ok && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	m := Manifest{}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return m, nil
		}
		if err != nil {
			return nil, fmt.Errorf("manifest: %w", err)
		}
		p := get(rec, "path")
		if p == "" {
			line, _ := cr.FieldPos(0)
			return nil, fmt.Errorf("manifest line %d: empty path", line)
		}
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, p)
		}
		m[filepath.Clean(p)] = Meta{State: get(rec, "state"), Date: get(rec, "date"), Title: get(rec, "title"), URL: get(rec, "url")}
	}
}

// Lookup returns the manifest's metadata for a source path.
func (m Manifest) Lookup(path string) Meta {
	return m[filepath.Clean(path)]
}
