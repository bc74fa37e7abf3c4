package pdf

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

// damagedXref is a one-page PDF whose cross-reference table points before
// the file's start for every object, as a broken pipeline writes it.
func damagedXref(text string) []byte {
	data := makePDF([][]textItem{{{X: 72, Y: 700, Size: 11, S: text}}})
	i := bytes.LastIndex(data, []byte("\nxref\n"))
	table := regexp.MustCompile(`(?m)^\d{10} 00000 n`).ReplaceAll(data[i:], []byte("-000000001 00000 n"))
	return append(data[:i:i], table...)
}

// TestPDFDamagedXref reads a file whose cross-reference table is wrong:
// its objects are found where they stand, as pdftotext finds them.
func TestPDFDamagedXref(t *testing.T) {
	text := "The objects are all there although the table that says where they are is wrong."
	got := extractText(t, damagedXref(text))
	if !strings.Contains(got, text) {
		t.Errorf("%q missing from\n%s", text, got)
	}
}
