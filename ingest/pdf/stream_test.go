package pdf

import (
	"bytes"
	"compress/zlib"
	"strings"
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

func zlibData(s string) []byte {
	var b bytes.Buffer
	zw := zlib.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.Bytes()
}

// flatePDF has two pages whose content is compressed as most PDFs
// compress it: the first in an array of two streams, the second in one
// stream whose end is cut off.
func flatePDF() []byte {
	first, second := "The first stream of the page draws this sentence.", "The second stream draws the sentence after it."
	cut := zlibData(lines(sentence, strings.Repeat("And a long tail of words that the cut loses. ", 60)))
	return pdftest.Write([]pdftest.Object{
		{Dict: "<< /Type /Catalog /Pages 2 0 R >>"},
		{Dict: "<< /Type /Pages /Kids [3 0 R 7 0 R] /Count 2 /MediaBox [0 0 595 842] >>"},
		{Dict: "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents [5 0 R 6 0 R] >>"},
		{Dict: helvetica},
		{Dict: "<< /Filter /FlateDecode >>", Stream: zlibData(lines(first))},
		{Dict: "<< /Filter [/FlateDecode] >>", Stream: zlibData(pdftest.Content([]pdftest.Text{{X: 72, Y: 700, Size: 11, S: second}}, false))},
		{Dict: "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 8 0 R >>"},
		{Dict: "<< /Filter /FlateDecode >>", Stream: cut[:len(cut)*2/3]},
	}, pdftest.Options{})
}

// TestPDFFlateStreams reads compressed content: streams in an array one
// after the other, and of a stream cut short what it holds.
func TestPDFFlateStreams(t *testing.T) {
	got := text(t, flatePDF())
	for _, want := range []string{"The first stream of the page draws this sentence.", "The second stream draws the sentence after it.", sentence} {
		if !strings.Contains(got, want) {
			t.Errorf("%q missing from\n%s", want, got)
		}
	}
}

// TestInflateLimit stops decompressing at the limit, as reading the start
// of a font program does.
func TestInflateLimit(t *testing.T) {
	data := strings.Repeat("0123456789", 1000)
	for _, limit := range []int64{1, 100, 4096, 10000, noLimit} {
		got, err := inflate([]byte("kept"), zlibData(data), limit)
		want := "kept" + data[:min(limit, int64(len(data)))]
		if err != nil || string(got) != want {
			t.Errorf("limit %d: got %d bytes, %v", limit, len(got), err)
		}
	}
	if _, err := inflate(nil, []byte("not zlib data"), noLimit); err == nil {
		t.Error("no error on data without a zlib header")
	}
}
