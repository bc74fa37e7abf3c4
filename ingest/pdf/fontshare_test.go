package pdf

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"golang.org/x/text/encoding/japanese"

	"github.com/normdex/normdex/internal/pdftest"
)

// TestFontsSharedByHelpers reads on several cores a document whose pages
// share a font with a legacy CMap (a decoder with state) and one whose
// codes the PDF leaves to the font program (read when first shown): the
// fonts are parsed once for all goroutines and each shows text with its
// own copy. Run with -race, it checks that they write nothing they share.
func TestFontsSharedByHelpers(t *testing.T) {
	raw, err := japanese.ShiftJIS.NewEncoder().Bytes([]byte("サイバー攻撃"))
	if err != nil {
		t.Fatal(err)
	}
	n := 6 * helperPages
	objs := []pdftest.Object{
		{Dict: "<< /Type /Catalog /Pages 2 0 R >>"},
		{}, // the page tree, below
		{Dict: "<< /Type /Font /Subtype /Type0 /BaseFont /MSMincho /Encoding /90ms-RKSJ-H /DescendantFonts [4 0 R] >>"},
		{Dict: "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /MSMincho /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> /DW 1000 /W [1 95 500] >>"},
		{Dict: pdftest.Font("")},
	}
	var kids []string
	for p := 1; p <= n; p++ {
		kids = append(kids, fmt.Sprintf("%d 0 R", len(objs)+1))
		content := fmt.Sprintf("BT /F1 12 Tf 72 700 Td <%x> Tj ET\nBT /F2 11 Tf 72 650 Td (Page %d of the statement, read on any core.) Tj ET\n", raw, p)
		objs = append(objs,
			pdftest.Object{Dict: fmt.Sprintf("<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R /F2 5 0 R >> >> /Contents %d 0 R >>", len(objs)+2)},
			pdftest.Object{Stream: []byte(content)})
	}
	objs[1].Dict = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 595 842] >>", strings.Join(kids, " "), n)
	// And a composite font whose codes' text is kept as it is read.
	var pages [][]pdftest.Text
	for p := 1; p <= n; p++ {
		items, _ := column(72, 760, 420, 11, fmt.Sprintf("Page %d of the statement, read on any core.", p))
		pages = append(pages, items)
	}
	for _, data := range [][]byte{pdftest.Write(objs, pdftest.Options{}), pdftest.BuildCID(pages)} {
		read := func(procs int) string {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			return extractText(t, data)
		}
		one := read(1)
		if !strings.Contains(one, fmt.Sprintf("Page %d of the statement", n)) {
			t.Fatalf("text on one core:\n%s", one)
		}
		if many := read(4); many != one {
			t.Errorf("text on four cores differs from one core's:\n%s\n--- one core:\n%s", many, one)
		}
	}
}

func TestOnceMap(t *testing.T) {
	var m onceMap[int]
	var built atomic.Int32
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if v := m.get("k", func() int { built.Add(1); return 7 }); v != 7 {
				t.Errorf("got %d, want 7", v)
			}
		})
	}
	wg.Wait()
	if built.Load() != 1 {
		t.Errorf("built %d times, want once", built.Load())
	}
	for range 2 {
		func() {
			defer func() {
				if x := recover(); x != "damaged" {
					t.Errorf("recovered %v, want the build's panic", x)
				}
			}()
			m.get("bad", func() int { panic("damaged") })
		}()
	}
}
