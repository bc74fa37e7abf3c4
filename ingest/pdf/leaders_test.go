package pdf

import (
	"strings"
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

func TestLeaderRow(t *testing.T) {
	for s, want := range map[string]bool{
		"1. Introduction ........ 3":                                true,
		"2.1 Mathematics . . . . . . . . . . . . . 1":               true,
		"Composição do Agregado Familiar..............10":           true,
		"Preface ........ xii":                                      true,
		"Retail trade, total . . . . . . . . 44-45 1,113.1 1,111.3": true,
		"(52) Racemoramide .......................":                 true,
		"4. Divide line 2 by the number on line 3 . . . . . . 4.":   true,
		"plan . . . . . . . . . . . 1. 2. Any person who was your":  false,
		"........ 3":                false,
		"He paused... and went on.": false,
		"Name: ...................., of the Ministry": false,
		"The list goes on....":                        false,
	} {
		if got := leaderRow(s); got != want {
			t.Errorf("leaderRow(%q) = %v", s, got)
		}
	}
}

// TestPDFDotLeaders reads a table of contents whose entries a dot leader
// joins to their page numbers, set with the leading of body text, as one
// line per entry, an entry that wraps as one, and the paragraph after it
// as a paragraph.
func TestPDFDotLeaders(t *testing.T) {
	lines := []string{
		"Introduction . . . . . . . . . . . . . . . . . . . . . . . . 3",
		"Due diligence and the obligations of States . . . . . . . . 7",
		"Measures a State should take to prevent operations",
		"from its territory . . . . . . . . . . . . . . . . . . . . 12",
		"Annex ...................................................... 31",
		"The report was adopted by consensus at the third session.",
	}
	var items []textItem
	for i, l := range lines {
		items = append(items, textItem{X: 72, Y: 700 - 13*float64(i), Size: 11, S: l})
	}
	got := extractText(t, pdftest.Build([][]textItem{items}))
	checkGolden(t, "leaders", got)
	if strings.Count(got, "\n") != 5 {
		t.Errorf("%d paragraphs", strings.Count(got, "\n"))
	}
}
