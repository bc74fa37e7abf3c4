package pdf

import (
	"strings"
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

// TestPDFSymbolFont reads Adobe's Symbol font, not embedded and without
// an encoding or a ToUnicode map, by its own encoding: Greek letters and
// mathematical signs, not the Latin letters of their codes.
func TestPDFSymbolFont(t *testing.T) {
	content := "BT /F1 11 Tf 72 700 Td (The threshold ) Tj /F2 11 Tf (d) Tj /F1 11 Tf ( is ) Tj /F2 11 Tf (\\263 p/2) Tj ET\n"
	data := pdftest.Page(content, "/Font << /F1 4 0 R /F2 6 0 R >>", helvetica, []pdftest.Object{
		{Dict: "<< /Type /Font /Subtype /TrueType /BaseFont /Symbol,Bold /FirstChar 32 /LastChar 255 /Widths [" + strings.Repeat("500 ", 224) + "] >>"},
	}, pdftest.Options{})
	if got := text(t, data); !strings.Contains(got, "δ is ≥ π/2") {
		t.Errorf("got %q", got)
	}
}
