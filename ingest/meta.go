package ingest

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"

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
	if strings.TrimSpace(m.Lang) != "" {
		if m.Lang, err = corpus.ParseLang(m.Lang); err != nil {
			return m, err
		}
	}
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

// Manifest is the metadata of a manifest CSV, row by row.
type Manifest struct {
	dir  string // the manifest's folder: paths in it are relative to it
	rows []manifestRow
}

type manifestRow struct {
	line int
	path string // as written
	meta Meta
}

// ParseManifest reads a manifest CSV with a header naming some of the columns
// path, state, date, title, url and lang. Paths are taken relative to dir, the
// manifest's folder (see Match). A path may be a web address (see URLs),
// which is then the document's URL.
func ParseManifest(r io.Reader, dir string) (*Manifest, error) {
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
		case "path", "state", "date", "title", "url", "lang":
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
	m := &Manifest{dir: dir}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return m, nil
		}
		if err != nil {
			return nil, fmt.Errorf("manifest: %w", err)
		}
		line, _ := cr.FieldPos(0)
		p := get(rec, "path")
		if p == "" {
			return nil, fmt.Errorf("manifest line %d: empty path", line)
		}
		meta := Meta{State: get(rec, "state"), Date: get(rec, "date"), Title: get(rec, "title"), URL: get(rec, "url"), Lang: get(rec, "lang")}
		if IsURL(p) {
			if _, err := url.Parse(p); err != nil {
				return nil, fmt.Errorf("manifest line %d: bad URL %q", line, p)
			}
			// The address the source is downloaded from is its URL, unless
			// the row gives another (the page that cites the file).
			if meta.URL == "" {
				meta.URL = p
			}
		}
		m.rows = append(m.rows, manifestRow{line: line, path: p, meta: meta})
	}
}

// URLs returns the web addresses the manifest lists as sources (rows whose
// path is an http or https URL), in its order and each once: sources to be
// downloaded and ingested with the files named otherwise.
func (m *Manifest) URLs() []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range m.rows {
		if IsURL(r.path) && !seen[r.path] {
			seen[r.path] = true
			out = append(out, r.path)
		}
	}
	return out
}

// absPath is path made absolute (relative to dir when it is not), cleaned,
// so that two spellings of one file compare equal.
func absPath(dir, path string) string {
	if !filepath.IsAbs(path) {
		path = filepath.Join(dir, path)
	}
	if a, err := filepath.Abs(path); err == nil {
		return a
	}
	return filepath.Clean(path)
}

// Lookup returns the manifest's metadata for a source path, matched as Match
// matches it but alone (no file-name fallback).
func (m *Manifest) Lookup(path string) Meta {
	meta, _ := m.Match([]string{path})
	if len(meta) == 0 {
		return Meta{}
	}
	return meta[path]
}

// Match gives each source file its row of the manifest: the row whose path,
// taken relative to the manifest's folder (or else to the working folder),
// is the file, however either is spelled; failing that, the only row with
// the file's name when no other file has that name. A web address matches
// the row with that address as written. It returns the metadata
// by file, and a warning for each row that matches no file and each file
// that has no row.
func (m *Manifest) Match(files []string) (map[string]Meta, []string) {
	byDir, byCwd := map[string]int{}, map[string]int{}
	byName := map[string][]int{}
	byURL := map[string]int{}
	for i, r := range m.rows {
		if IsURL(r.path) {
			// A URL is no path: it matches itself as written, and nothing
			// by its last segment.
			byURL[r.path] = i
			continue
		}
		byDir[absPath(m.dir, r.path)] = i
		byCwd[absPath(".", r.path)] = i
		name := filepath.Base(filepath.FromSlash(r.path))
		byName[name] = append(byName[name], i)
	}
	filesNamed := map[string]int{}
	for _, f := range files {
		if !IsURL(f) {
			filesNamed[filepath.Base(f)]++
		}
	}
	out := map[string]Meta{}
	used := make([]bool, len(m.rows))
	var unmatched []string
	for _, f := range files {
		i, ok := byURL[f]
		if !IsURL(f) {
			a := absPath(".", f)
			if i, ok = byDir[a]; !ok {
				i, ok = byCwd[a]
			}
			if name := filepath.Base(f); !ok && len(byName[name]) == 1 && filesNamed[name] == 1 {
				i, ok = byName[name][0], true
			}
		}
		if !ok {
			unmatched = append(unmatched, f)
			continue
		}
		out[f] = m.rows[i].meta
		used[i] = true
	}
	var warnings []string
	for i, r := range m.rows {
		if !used[i] {
			warnings = append(warnings, fmt.Sprintf("line %d: %s matches no file being ingested", r.line, r.path))
		}
	}
	for _, f := range unmatched {
		warnings = append(warnings, fmt.Sprintf("no row for %s", f))
	}
	return out, warnings
}

// Sidecars reads sidecar metadata files with each folder listed once: a
// re-ingest looks for new metadata beside every known file, and six failed
// opens a file cost more than the rest of finding it unchanged.
type Sidecars struct {
	mu   sync.Mutex
	dirs map[string]map[string]bool // folder → names of the sidecars in it
}

// Read reads the metadata file beside a source, if there is one, as
// ReadSidecar does.
func (s *Sidecars) Read(path string) (Meta, string, error) {
	dir := filepath.Dir(path)
	s.mu.Lock()
	names, ok := s.dirs[dir]
	if !ok {
		if s.dirs == nil {
			s.dirs = map[string]map[string]bool{}
		}
		if entries, err := os.ReadDir(dir); err == nil {
			names = map[string]bool{}
			for _, e := range entries {
				if IsSidecar(e.Name()) {
					names[e.Name()] = true
				}
			}
		}
		s.dirs[dir] = names
	}
	s.mu.Unlock()
	if names == nil {
		return ReadSidecar(path) // the folder could not be listed
	}
	for _, p := range SidecarPaths(path) {
		if names[filepath.Base(p)] {
			b, err := os.ReadFile(p)
			if err != nil {
				return Meta{}, p, err
			}
			m, err := ParseMeta(p, b)
			return m, p, err
		}
	}
	return Meta{}, "", nil
}
