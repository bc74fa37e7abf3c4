package pdf

import (
	"strings"
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

// TestPDFAnnotations reads what a filled-in form field, a free-text
// comment and a check box's current state show, each in its rectangle,
// and leaves out annotations that are hidden.
func TestPDFAnnotations(t *testing.T) {
	const (
		field   = "The State reports no incident this year."
		comment = "Comment drawn by a viewer."
		hidden  = "Hidden text nobody sees."
		off     = "Unchecked state."
	)
	shown := func(s string) []byte { return []byte("BT /F1 10 Tf 2 2 Td (" + s + ") Tj ET") }
	page := lines("Question 1: incidents reported.")
	data := pdftest.Write([]pdftest.Object{
		{Dict: "<< /Type /Catalog /Pages 2 0 R >>"},
		{Dict: "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>"},
		{Dict: "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /Annots [6 0 R 8 0 R 10 0 R 12 0 R] >>"},
		{Dict: helvetica},
		{Stream: []byte(page)},
		// A text field: its appearance box, scaled by its matrix, mapped
		// onto the rectangle below the question.
		{Dict: "<< /Type /Annot /Subtype /Widget /FT /Tx /Rect [72 700 372 716] /AP << /N 7 0 R >> >>"},
		{Dict: "<< /Type /XObject /Subtype /Form /BBox [0 0 600 32] /Matrix [0.5 0 0 0.5 0 0] /Resources << /Font << /F1 4 0 R >> >> >>", Stream: shown(field)},
		{Dict: "<< /Type /Annot /Subtype /FreeText /Rect [72 600 372 620] /AP << /N 9 0 R >> >>"},
		{Dict: "<< /Type /XObject /Subtype /Form /BBox [0 0 300 20] /Resources << /Font << /F1 4 0 R >> >> >>", Stream: shown(comment)},
		{Dict: "<< /Type /Annot /Subtype /FreeText /F 2 /Rect [72 500 372 520] /AP << /N 11 0 R >> >>"},
		{Dict: "<< /Type /XObject /Subtype /Form /BBox [0 0 300 20] /Resources << /Font << /F1 4 0 R >> >> >>", Stream: shown(hidden)},
		{Dict: "<< /Type /Annot /Subtype /Widget /FT /Btn /AS /Off /Rect [72 400 372 420] /AP << /N << /Off 13 0 R >> >> >>"},
		{Dict: "<< /Type /XObject /Subtype /Form /BBox [0 0 300 20] /Resources << /Font << /F1 4 0 R >> >> >>", Stream: shown(off)},
	}, pdftest.Options{})
	got := text(t, data)
	for _, w := range []string{field, comment, off} {
		if !strings.Contains(got, w) {
			t.Errorf("%q missing from\n%s", w, got)
		}
	}
	if strings.Contains(got, hidden) {
		t.Errorf("hidden annotation read:\n%s", got)
	}
	if q, f := strings.Index(got, "Question 1"), strings.Index(got, field); q < 0 || f < q {
		t.Errorf("the field's answer does not follow its question:\n%s", got)
	}

	// A page whose only text is a comment is no scan.
	only := pdftest.Write([]pdftest.Object{
		{Dict: "<< /Type /Catalog /Pages 2 0 R >>"},
		{Dict: "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>"},
		{Dict: "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /Annots [6 0 R] >>"},
		{Dict: helvetica},
		{Stream: []byte("q Q\n")},
		{Dict: "<< /Type /Annot /Subtype /FreeText /Rect [72 600 372 620] /AP << /N 7 0 R >> >>"},
		{Dict: "<< /Type /XObject /Subtype /Form /BBox [0 0 300 20] /Resources << /Font << /F1 4 0 R >> >> >>", Stream: shown(comment)},
	}, pdftest.Options{})
	if got := text(t, only); !strings.Contains(got, comment) {
		t.Errorf("comment-only page: got %q", got)
	}
}
