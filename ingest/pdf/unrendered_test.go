package pdf

import (
	"strings"
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

// unrenderedPDF is a questionnaire filled in by a script that left the
// fields' appearances to the viewer (/NeedAppearances), with a comment
// that has none either: a text field whose value and type its parent field
// holds, one with its own, and a check box, which shows no text.
func unrenderedPDF() []byte {
	return pdftest.Write([]pdftest.Object{
		{Dict: "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R 8 0 R] /NeedAppearances true /DA (/Helv 0 Tf 0 g) >> >>"},
		{Dict: "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>"},
		{Dict: "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /Annots [7 0 R 8 0 R 9 0 R 10 0 R] >>"},
		{Dict: helvetica},
		{Stream: []byte(lines("Question 1: incidents reported.") + "BT /F1 11 Tf 72 560 Td (Question 2: measures taken.) Tj ET\n")},
		{Dict: "<< /FT /Tx /T (q1) /V (The State reports no incident this year.) /Kids [7 0 R] >>"},
		{Dict: "<< /Type /Annot /Subtype /Widget /Parent 6 0 R /Rect [72 700 500 716] >>"},
		{Dict: "<< /Type /Annot /Subtype /Widget /FT /Tx /T (q2) /DA (/Helv 10 Tf 0 g) /V <FEFF0041002000630065007200740020006100630074002E> /Rect [72 520 500 550] >>"},
		{Dict: "<< /Type /Annot /Subtype /Widget /FT /Btn /T (agree) /V /Yes /AS /Yes /Rect [72 480 84 492] >>"},
		{Dict: "<< /Type /Annot /Subtype /FreeText /Contents (Comment left for the viewer to draw.) /DA (/Helv 9 Tf) /Rect [300 400 560 420] >>"},
	}, pdftest.Options{})
}

// TestPDFUnrenderedAnnotations reads the values of text fields and the
// text of comments that come without appearances, as pdftotext does: a
// filled questionnaire keeps its answers, after their questions.
func TestPDFUnrenderedAnnotations(t *testing.T) {
	got := text(t, unrenderedPDF())
	for _, w := range []string{"The State reports no incident this year.", "A cert act.", "Comment left for the viewer to draw."} {
		if !strings.Contains(got, w) {
			t.Errorf("%q missing from\n%s", w, got)
		}
	}
	if strings.Contains(got, "Yes") {
		t.Errorf("check box read as text:\n%s", got)
	}
	if q, a := strings.Index(got, "Question 1"), strings.Index(got, "no incident"); a < q {
		t.Errorf("the answer does not follow its question:\n%s", got)
	}
}
