package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

// TestPDFEmbeddedCMap reads a composite font whose encoding is a CMap
// stream of its own with one-byte codes, as Prince writes, and one that
// mixes one- and two-byte codes: read as two-byte Identity codes, neither
// gave any text.
func TestPDFEmbeddedCMap(t *testing.T) {
	const one = "States cooperate in good faith."
	const two = "Due diligence applies"
	// One-byte codes: the letter's byte less 0x1F, as a subset numbers
	// its glyphs from 1; two-byte codes: 0x8000 plus the letter's byte.
	var hexOne, hexTwo strings.Builder
	for i := 0; i < len(one); i++ {
		fmt.Fprintf(&hexOne, "%02x", one[i]-0x1f)
	}
	for i := 0; i < len(two); i++ {
		fmt.Fprintf(&hexTwo, "80%02x", two[i])
	}
	cmap := func(extraSpace, extraRange string) string {
		return "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n" +
			"/CMapName /Test-H def\n" + "1 begincodespacerange\n<00> <7f>\nendcodespacerange\n" + extraSpace +
			"1 begincidrange\n<01> <7f> 1\nendcidrange\n" + extraRange + "endcmap CMapName currentdict /CMap defineresource pop end end\n"
	}
	toUni := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n" +
		"1 begincodespacerange\n<00> <ff>\nendcodespacerange\n" +
		"2 beginbfrange\n<01> <60> <0020>\n<8020> <807e> <0020>\nendbfrange\nendcmap end end\n"
	widths := "[1 [" + strings.Repeat("500 ", 96) + "]]"
	build := func(cm string, hex string) []byte {
		return pdftest.Page(fmt.Sprintf("BT /F1 12 Tf 72 700 Td <%s> Tj ET\n", hex), "", "<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Test /Encoding 6 0 R /DescendantFonts [7 0 R] /ToUnicode 8 0 R >>", []pdftest.Object{
			{Dict: "<< /Type /CMap /CMapName /Test-H /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>", Stream: []byte(cm)},
			{Dict: "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Test /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W " + widths + " >>"},
			{Dict: "<< >>", Stream: []byte(toUni)},
		}, pdftest.Options{})
	}
	mixed := cmap("1 begincodespacerange\n<8000> <ffff>\nendcodespacerange\n", "1 begincidrange\n<8020> <807e> 1\nendcidrange\n")
	for _, tc := range []struct {
		name, want string
		data       []byte
	}{
		{"one-byte codes", one, build(cmap("", ""), hexOne.String())},
		{"mixed codes", two + " " + one, build(mixed, hexTwo.String()+"01"+hexOne.String())},
	} {
		if got := text(t, tc.data); !strings.Contains(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
