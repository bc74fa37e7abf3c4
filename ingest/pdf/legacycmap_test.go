package pdf

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/normdex/normdex/internal/pdftest"
)

// TestPDFLegacyCMaps reads composite fonts that are not embedded and have
// no ToUnicode map, under predefined CMaps whose codes are a legacy
// encoding: their text is the codes decoded, ASCII bytes among them.
func TestPDFLegacyCMaps(t *testing.T) {
	for _, tc := range []struct {
		cmap, ordering, want string
		enc                  encoding.Encoding
	}{
		{"GBK-EUC-H", "GB1", "网络安全 2016 年", simplifiedchinese.GBK},
		{"ETenms-B5-H", "CNS1", "網絡安全 2016 年", traditionalchinese.Big5},
		{"90ms-RKSJ-H", "Japan1", "サイバー攻撃 2016 年", japanese.ShiftJIS},
		{"EUC-H", "Japan1", "サイバー攻撃 2016 年", japanese.EUCJP},
		{"KSC-EUC-H", "Korea1", "사이버 2016 년", korean.EUCKR},
	} {
		raw, err := tc.enc.NewEncoder().Bytes([]byte(tc.want))
		if err != nil {
			t.Fatalf("%s: %v", tc.cmap, err)
		}
		font := fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /%s /DescendantFonts [6 0 R] >>", tc.cmap)
		data := pdftest.Page(fmt.Sprintf("BT /F1 12 Tf 72 700 Td <%x> Tj ET\n", raw), "", font, []pdftest.Object{
			{Dict: fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (%s) /Supplement 2 >> /DW 1000 /W [1 95 500] >>", tc.ordering)},
		}, pdftest.Options{})
		if got := text(t, data); !strings.Contains(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.cmap, got, tc.want)
		}
	}
}
