package pdf

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/ascii85"
	"fmt"
	"strings"
	"testing"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/normdex/normdex/internal/pdftest"
)

// lzwEncode compresses data as PDF's LZWDecode reads it: codes of 9 to 12
// bits, first bit first, a clear code first and when the table is full,
// and the code width grown when the next code reaches 2^width, or one code
// earlier with earlyChange (the default of PDF, as in TIFF).
func lzwEncode(data []byte, earlyChange bool) []byte {
	var out bytes.Buffer
	var acc uint32
	var nacc uint
	width := uint(9)
	put := func(code int) {
		acc = acc<<width | uint32(code)
		nacc += width
		for nacc >= 8 {
			out.WriteByte(byte(acc >> (nacc - 8)))
			nacc -= 8
		}
	}
	early := 0
	if earlyChange {
		early = 1
	}
	table := map[string]int{}
	next := 258
	reset := func() {
		clear(table)
		next, width = 258, 9
	}
	put(256)
	w := ""
	for _, c := range data {
		wc := w + string(c)
		if _, ok := table[wc]; ok || len(wc) == 1 {
			w = wc
			continue
		}
		put(lzwCode(table, w))
		table[wc] = next
		next++
		// The decoder defines each code one step behind the encoder.
		if next+early > 1<<width {
			if width == 12 {
				put(256)
				reset()
			} else {
				width++
			}
		}
		w = string(c)
	}
	if w != "" {
		put(lzwCode(table, w))
	}
	put(257)
	if nacc > 0 {
		out.WriteByte(byte(acc << (8 - nacc)))
	}
	return out.Bytes()
}

// lzwCode is the code of string w: a byte stands for itself.
func lzwCode(table map[string]int, w string) int {
	if len(w) == 1 {
		return int(w[0])
	}
	return table[w]
}

// TestOwnFilters checks that content compressed with LZW (Acrobat 3 and
// before), in both code-width variants, and content with the filters' short
// names, which ledongthuc does not decode, is read, as pdftotext reads it.
// The content is long enough for the codes to grow to 12 bits and the
// table to be cleared.
func TestOwnFilters(t *testing.T) {
	var items []pdftest.Text
	var want []string
	for i := range 60 {
		s := fmt.Sprintf("Line %d of the statement on due diligence in cyberspace, word%d.", i, i*7919%1000)
		items = append(items, pdftest.Text{X: 72, Y: 800 - float64(i)*12, Size: 10, S: s})
		want = append(want, s)
	}
	// Lines drawn before the text, in 40 KB, make the table fill and be
	// cleared before the text's codes.
	var paths strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&paths, "%d %d m %d %d l S\n", i, i*3%97, i*7%89, i*11%83)
	}
	content := []byte(paths.String() + pdftest.Content(items, false))
	var zl bytes.Buffer
	zw := zlib.NewWriter(&zl)
	zw.Write(content)
	zw.Close()
	a85 := make([]byte, ascii85.MaxEncodedLen(zl.Len()))
	a85 = append(a85[:ascii85.Encode(a85, zl.Bytes())], "~>"...)
	for _, tc := range []struct {
		name, dict string
		data       []byte
	}{
		{"LZW", "<< /Filter /LZWDecode >>", lzwEncode(content, true)},
		{"LZW in an array", "<< /Filter [/LZWDecode] /DecodeParms [null] >>", lzwEncode(content, true)},
		{"LZW EarlyChange 0", "<< /Filter /LZWDecode /DecodeParms << /EarlyChange 0 >> >>", lzwEncode(content, false)},
		{"LZW of ASCII85", "<< /Filter [/ASCII85Decode /LZWDecode] >>", a85LZW(content)},
		{"short names", "<< /Filter [/A85 /Fl] >>", a85},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Extract(context.Background(), filteredPDF(tc.dict, tc.data))
			if err != nil {
				t.Fatal(err)
			}
			var got strings.Builder
			for _, p := range doc.Paragraphs {
				got.WriteString(p.Text + " ")
			}
			if g, w := strings.TrimSpace(got.String()), strings.Join(want, " "); g != w {
				t.Errorf("got %q\nwant %q", g, w)
			}
		})
	}
}

func a85LZW(content []byte) []byte {
	l := lzwEncode(content, true)
	out := make([]byte, ascii85.MaxEncodedLen(len(l)))
	return append(out[:ascii85.Encode(out, l)], "~>"...)
}

// filteredPDF is a one-page PDF whose content stream has the dictionary
// dict and the encoded bytes data.
func filteredPDF(dict string, data []byte) []byte {
	return pdftest.Write([]pdftest.Object{
		{Dict: "<< /Type /Catalog /Pages 2 0 R >>"},
		{Dict: "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>"},
		{Dict: "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"},
		{Dict: pdftest.Font("")},
		{Dict: dict, Stream: data},
	}, pdftest.Options{})
}

// TestDecodeChainDamaged keeps what LZW data decodes to before damage, as
// pdftotext does, and reports data that decode to nothing.
func TestDecodeChainDamaged(t *testing.T) {
	content := []byte(pdftest.Content([]pdftest.Text{{X: 72, Y: 700, Size: 10, S: "The State of origin was notified."}}, false))
	enc := lzwEncode(content, true)
	damaged := append(enc[:len(enc)*3/4:len(enc)*3/4], 0xff, 0xff, 0xff, 0xff)
	got, err := decodeChain(damaged, []string{"LZWDecode"}, lpdf.Value{}, noLimit)
	if err != nil || len(got) == 0 || !bytes.HasPrefix(content, got[:len(got)/2]) {
		t.Errorf("damaged LZW: got %q, %v; want the start of %q", got, err, content)
	}
	if _, err := decodeChain([]byte{0xff, 0xff, 0xff}, []string{"LZWDecode"}, lpdf.Value{}, noLimit); err == nil {
		t.Error("LZW data that decode to nothing: no error")
	}
}
