package main

import (
	"strings"
	"testing"

	"github.com/normdex/normdex/corpus"
)

// TestWriteParagraphsFootnoteNumbers: a footnote is printed with the number
// its marker in the text carries, after the body.
func TestWriteParagraphsFootnoteNumbers(t *testing.T) {
	var b strings.Builder
	writeParagraphs(&b, []corpus.Paragraph{
		{Kind: corpus.Body, Number: "3", Text: "3. States should act.24"},
		{Kind: corpus.Footnote, Number: "24", Text: "See the statement of Chile."},
		{Kind: corpus.Footnote, Text: "An unnumbered note."},
		{Kind: corpus.Body, Text: "More text."},
	})
	want := "3. States should act.24\n\nMore text.\n\n24 See the statement of Chile.\n\nAn unnumbered note.\n"
	if b.String() != want {
		t.Errorf("got\n%q\nwant\n%q", b.String(), want)
	}
}
