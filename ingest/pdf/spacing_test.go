package pdf

import (
	"strings"
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

// TestPDFSoftHyphenAtLineEnd repairs a word broken by a soft hyphen at the
// end of a line, as LaTeX and InDesign write the hyphen they insert, and
// drops one inside a line.
func TestPDFSoftHyphenAtLineEnd(t *testing.T) {
	lines := []string{
		"Every State should take the measures in\u00ad",
		"cluding notification and assistance that",
		"are reason\u00adable in the circumstances of the case.",
	}
	var items []textItem
	for i, l := range lines {
		items = append(items, textItem{X: 72, Y: 700 - 14*float64(i), Size: 11, S: l})
	}
	got := extractText(t, pdftest.BuildUnicode([]pdftest.UnicodePage{{Items: items}}))
	want := "measures including notification and assistance that are reasonable in the"
	if !strings.Contains(got, want) {
		t.Errorf("%q missing from\n%s", want, got)
	}
}

// TestPDFSpaceDrawnOver reads a word whose first letter is drawn over a
// space glyph (the pen moved back over the space, as tagged LaTeX output
// starts a line) as one word.
func TestPDFSpaceDrawnOver(t *testing.T) {
	content := "BT /F1 12 Tf 100 700 Td [( ) 280 (The State concerned must act.)] TJ ET\n"
	got := extractText(t, pdftest.Build([][]textItem{{{S: content}}}))
	if want := "The State concerned must act."; !strings.Contains(got, want) {
		t.Errorf("%q missing from\n%s", want, got)
	}
}
