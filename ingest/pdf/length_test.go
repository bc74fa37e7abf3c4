package pdf

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

// TestPDFStreamLength reads a content stream whose /Length is missing, is
// no whole number or runs past "endstream", up to its "endstream", as
// pdftotext does: uncompressed and compressed.
func TestPDFStreamLength(t *testing.T) {
	length := regexp.MustCompile(`/Length \d+`)
	page := func(dict string, content []byte, with string) []byte {
		data := pdftest.Write([]pdftest.Object{
			{Dict: "<< /Type /Catalog /Pages 2 0 R >>"},
			{Dict: "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>"},
			{Dict: "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"},
			{Dict: helvetica},
			{Dict: dict, Stream: content},
		}, pdftest.Options{})
		// Object 5, the content, with the /Length given.
		i := strings.Index(string(data), "5 0 obj")
		return []byte(string(data[:i]) + length.ReplaceAllString(string(data[i:]), with))
	}
	plain := []byte(lines(sentence))
	packed := zlibData(lines(sentence))
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"no /Length", page("<< >>", plain, "")},
		{"a /Length of 61.5", page("<< >>", plain, "/Length 61.5")},
		{"a /Length past endstream", page("<< >>", plain, fmt.Sprintf("/Length %d", len(plain)+40))},
		{"compressed, no /Length", page("<< /Filter /FlateDecode >>", packed, "")},
	} {
		if got := text(t, tc.data); !strings.Contains(got, sentence) {
			t.Errorf("%s: got %q", tc.name, got)
		}
	}
}
