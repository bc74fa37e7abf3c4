package pdf

import (
	"strings"
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

// TestPDFArabicYehHeh reads yeh and heh in Arabic as yeh and heh where the
// font maps their initial and medial glyphs, shared with Persian's and
// Urdu's, to Farsi yeh (U+FBFE, U+FBFF) and heh doachashmee (U+06BE,
// U+FBAD): search for the Arabic word finds it. A Persian line keeps its
// yeh.
func TestPDFArabicYehHeh(t *testing.T) {
	arabic := "\u06BEذه دراسة الجغراف\uFBFFة وأ\uFBADمية"
	persian := "ا\uFBFEن کشور"
	items := []textItem{
		{X: 72, Y: 760, Size: 12, S: pdftest.Visual(arabic)},
		{X: 72, Y: 730, Size: 12, S: pdftest.Visual(persian)},
	}
	got := extractText(t, pdftest.BuildUnicode([]pdftest.UnicodePage{{Items: items}}))
	for _, w := range []string{"هذه دراسة الجغرافية وأهمية", "این کشور"} {
		if !strings.Contains(got, w) {
			t.Errorf("%q missing from\n%s", w, got)
		}
	}
}
