package pdf

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

// TestPDFFrame reads files with bytes before their header or after their
// %%EOF, or without a %%EOF, as pdftotext does, and reads a file cut
// short as far as it goes, reporting it truncated (an error when nothing
// could be read).
func TestPDFFrame(t *testing.T) {
	good := pdftest.Page(lines(sentence), "", helvetica, nil, pdftest.Options{})
	eof := bytes.LastIndex(good, []byte("%%EOF"))
	cases := []struct {
		name, problem string
		data          []byte
		err           string
	}{
		{"banner before the header", "", append([]byte("GPL Ghostscript 10.02.0\nCopyright (C) Artifex\n"), good...), ""},
		{"job header before the header", "", append([]byte("%!PS-Adobe-3.0\n@PJL ENTER LANGUAGE = PDF\r\n"), good...), ""},
		{"a stray byte after %%EOF", "", append(bytes.Clone(good), '\r', 0xff), ""},
		{"junk after %%EOF", "", append(bytes.Clone(good), " junkdata\n\x00\x00"...), ""},
		{"no %%EOF", "", good[:eof], ""},
		{"%%EOF cut", "", good[:eof+3], ""},
		{"header without its dash", "", pdftest.Page(lines(sentence), "", helvetica, nil, pdftest.Options{Header: "%PDF1.4"}), ""},
		{"header with a dot for its dash", "", pdftest.Page(lines(sentence), "", helvetica, nil, pdftest.Options{Header: "%PDF.1.4"}), ""},
		{"a word after %PDF", "", append([]byte("%PDFs are\n"), good[1:]...), "not a PDF file"},
		{"header past the first kilobyte", "", append(bytes.Repeat([]byte("x"), 1100), good...), "not a PDF file"},
		{"cut in its objects", "", good[:len(good)/2], "truncated PDF"},
		{"cut in its table", "file truncated", good[:bytes.Index(good, []byte("trailer"))], ""},
	}
	for _, tc := range cases {
		d, err := Extract(context.Background(), tc.data)
		switch {
		case tc.err != "":
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s: err = %v, want %q", tc.name, err, tc.err)
			}
		case err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case len(d.Paragraphs) == 0 || !strings.Contains(d.Paragraphs[0].Text, sentence):
			t.Errorf("%s: got %+v", tc.name, d.Paragraphs)
		case !strings.Contains(strings.Join(d.Problems, "; "), tc.problem):
			t.Errorf("%s: problems %q, want %q", tc.name, d.Problems, tc.problem)
		}
	}
}

// TestPDFHugeXref reads, from its objects, a file whose cross-reference
// table claims four billion objects, which ledongthuc would allocate and
// die of; hugeXref tells such claims from a file's real ones.
func TestPDFHugeXref(t *testing.T) {
	good := pdftest.Page(lines(sentence), "", helvetica, nil, pdftest.Options{})
	fuzzed := bytes.Replace(good, []byte("xref\n0 6\n"), []byte("xref\n0 4294967296\n"), 1)
	if bytes.Equal(fuzzed, good) {
		t.Fatal("no table to damage")
	}
	if got := text(t, fuzzed); !strings.Contains(got, sentence) {
		t.Errorf("got %q", got)
	}
	for _, tc := range []struct {
		name string
		data []byte
		want bool
	}{
		{"a real table", good, false},
		{"a subsection of four billion", fuzzed, true},
		{"a /Size of four billion", bytes.Replace(good, []byte("/Size 6"), []byte("/Size 4294967296"), 1), true},
		{"an /Index past the file", append(bytes.Clone(good), "<< /Type /XRef /Index [0 3 2000000000 1] >>"...), true},
		{"an /Index within it", append(bytes.Clone(good), "<< /Type /XRef /Index [0 3 17 1] >>"...), false},
	} {
		if got := hugeXref(tc.data); got != tc.want {
			t.Errorf("%s: hugeXref = %v", tc.name, got)
		}
	}
}
