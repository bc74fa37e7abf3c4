package pdf

import (
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

func TestCFFEncoding(t *testing.T) {
	enc := cffEncoding(pdftest.CFF("CMMI10", map[byte]string{0x0B: "alpha", 0x0C: "fi", 0x0E: "ffi", 0x41: "A", 0x7C: "custom.sc"}))
	if enc == nil {
		t.Fatal("no encoding")
	}
	for code, want := range map[byte]string{0x0B: "alpha", 0x0C: "fi", 0x0E: "ffi", 0x41: "A", 0x7C: "custom.sc", 0x42: ""} {
		if got := enc[code]; got != want {
			t.Errorf("code %#x: got %q, want %q", code, got, want)
		}
	}
	for _, b := range [][]byte{nil, {1, 0, 4}, {2, 0, 4, 1, 0, 0}} {
		if enc := cffEncoding(b); enc != nil {
			t.Errorf("%q: got an encoding", b)
		}
	}
}

func FuzzCFFEncoding(f *testing.F) {
	f.Add(pdftest.CFF("CMMI10", map[byte]string{0x0B: "alpha", 0x0C: "fi", 0x41: "A"}))
	f.Fuzz(func(t *testing.T, b []byte) {
		cffEncoding(b)
	})
}
