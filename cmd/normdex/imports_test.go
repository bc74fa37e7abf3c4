package main

import (
	"go/build"
	"strings"
	"testing"
)

// TestImportGraph keeps the star around corpus honest: corpus imports no
// other normdex package, and ingest, annotate and index import only corpus
// and their own subpackages (ingest/pdf, ingest/internal/…) and the
// project's leaf helpers (internal/pdfcrypt), which follow the same rule.
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
			dep := strings.TrimPrefix(imp, module)
			permitted := false
			for _, a := range ok {
				permitted = permitted || a == dep
			}
			if !permitted {
				t.Errorf("%s imports %s: siblings speak only through corpus", pkg, dep)
			}
		}
	}
}
