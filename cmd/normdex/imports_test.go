package main

import (
	"go/build"
	"slices"
	"strings"
	"testing"
)

// TestImportGraph keeps the star around corpus honest: corpus imports no
// other normdex package; ingest, annotate and index import only corpus,
// their own subpackages (ingest/pdf, ingest/internal/…) and the project's
// leaf helpers (internal/pdfcrypt), never each other; workspace is the one
// package that wires them; export knows the excerpts and the map only
// through workspace; the web front end and the command line go through workspace and export.
func TestImportGraph(t *testing.T) {
	const module = "github.com/normdex/normdex/"
	allowed := map[string][]string{
		"corpus":                   nil,
		"ingest":                   {"corpus", "ingest/pdf", "ingest/internal/textfold"},
		"ingest/pdf":               {"corpus", "ingest/internal/textfold", "internal/pdfcrypt"},
		"ingest/internal/textfold": nil,
		"internal/pdfcrypt":        nil,
		"annotate":                 {"corpus"},
		"index":                    {"corpus"},
		"reliability":              {"corpus"},
		"qdpx":                     nil,
		"workspace":                {"corpus", "ingest", "annotate", "index", "reliability", "qdpx"},
		"export":                   {"corpus", "workspace", "qdpx"},
		"web":                      {"corpus", "workspace", "export"},
		// ingest for its metadata and OCR options and extract's paragraphs,
		// annotate for the rules commands (tag, rules show, check, eval).
		"cmd/normdex": {"corpus", "workspace", "export", "ingest", "annotate", "qdpx", "web"},
	}
	for pkg, ok := range allowed {
		p, err := build.Default.ImportDir("../../"+pkg, 0)
		if err != nil {
			t.Fatalf("%s: %v", pkg, err)
		}
		for _, imp := range p.Imports {
			if !strings.HasPrefix(imp, module) {
				continue
			}
			if dep := strings.TrimPrefix(imp, module); !slices.Contains(ok, dep) {
				t.Errorf("%s imports %s: siblings speak only through corpus, and only workspace wires them", pkg, dep)
			}
		}
	}
}
