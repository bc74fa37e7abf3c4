package pdf

import (
	"strings"
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

// TestPDFPageBox reads the text inside each page's media box only: two
// pages are windows, with boxes whose corner is not the origin, on one
// sheet drawn by a content stream they share, as a voucher cut into
// pieces is; text that starts on the page and runs off its edge is kept.
func TestPDFPageBox(t *testing.T) {
	sheet := "BT /F1 11 Tf 72 700 Td (The first window shows this statement.) Tj ET\n" +
		"BT /F1 11 Tf 72 300 Td (The second window shows that statement.) Tj ET\n" +
		"BT /F1 11 Tf 300 320 Td (Running past the right edge of the second window.) Tj ET\n" +
		"BT /F1 11 Tf 420 320 Td (Off to the right.) Tj ET\n"
	data := pdftest.Write([]pdftest.Object{
		{Dict: "<< /Type /Catalog /Pages 2 0 R >>"},
		{Dict: "<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 /MediaBox [0 0 595 842] >>"},
		{Dict: "<< /Type /Page /Parent 2 0 R /MediaBox [0 482 361 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"},
		{Dict: helvetica},
		{Stream: []byte(sheet)},
		{Dict: "<< /Type /Page /Parent 2 0 R /MediaBox [36 250 400 480] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"},
	}, pdftest.Options{})
	got := extractText(t, data)
	for _, w := range []string{"The first window shows this statement.", "The second window shows that statement.", "Running past the right edge of the second window."} {
		if strings.Count(got, w) != 1 {
			t.Errorf("%q not read once in\n%s", w, got)
		}
	}
	if strings.Contains(got, "Off to the right") {
		t.Errorf("text off the page read:\n%s", got)
	}
}
