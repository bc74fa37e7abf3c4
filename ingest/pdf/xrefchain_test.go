package pdf

import (
	"bytes"
	"context"
	"encoding/ascii85"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	lpdf "github.com/ledongthuc/pdf"
)

// A cross-reference stream is read as ledongthuc reads it, its /Length
// missing (fuzz-found) or past the end of the file, its data in
// ASCII85 or in ASCII85 then Flate, an older one's /Size a reference, an
// /Index pair of less than no entries, a /Prev of null, its /Filter a
// reference, a /W field wider than 8 bytes, so that an /Extends loop among
// the object streams it points into is still found: reading the table
// was given up, and the library looked the object up round the loop
// forever. The file reads, less the object lost in the loop, or is
// refused at once.
func TestExtendsLoopBehindXrefStream(t *testing.T) {
	plain := onecolPDF()
	want, err := Extract(context.Background(), plain)
	if err != nil {
		t.Fatal(err)
	}
	var page int
	for _, m := range plainObjRe.FindAllSubmatch(plain, -1) {
		if bytes.Contains(m[2], []byte("/Type /Page ")) || bytes.Contains(m[2], []byte("/Type /Page\n")) {
			page, _ = strconv.Atoi(string(m[1]))
		}
	}
	loop := []extendsStream{{map[int]string{98: "null"}, 1, false}, {map[int]string{97: "null"}, 0, false}}
	// same replaces the first match of re in b with s padded with spaces
	// to as many bytes: no offset moves.
	same := func(b []byte, re, s string) []byte {
		m := regexp.MustCompile(re).FindIndex(b)
		if m == nil || len(s) > m[1]-m[0] {
			panic("no room for " + s)
		}
		return slices.Concat(b[:m[0]], []byte(s), bytes.Repeat([]byte(" "), m[1]-m[0]-len(s)), b[m[1]:])
	}
	tests := []struct {
		name    string
		updates []map[int]string // before the update that makes the loop
		id      int              // the object said to be in the first stream of the loop
		edit    func([]byte) []byte
		pages   int // -1: refused
	}{
		// ledongthuc reads the data to the end of the file, its entries
		// first.
		{"newest /Length past the end", nil, page, func(b []byte) []byte {
			i := bytes.LastIndex(b, []byte("/Length ")) + len("/Length ")
			j := i + bytes.IndexByte(b[i:], ' ')
			return slices.Concat(b[:i], bytes.Repeat([]byte("9"), j-i), b[j:])
		}, want.Pages - 1},
		// Its /Length and /Size missing, ledongthuc reads no entry of the
		// older section: only the catalog, in a stream that lacks it, is
		// left, in the loop.
		{"older section without /Length and /Size", nil, 1, func(b []byte) []byte {
			i := bytes.Index(b, []byte("/Type /XRef"))
			j := i + bytes.Index(b[i:], []byte(">>\nstream\n"))
			sect := strings.NewReplacer("/Size", "/Sizd", "/Length", "/Lengtx").Replace(string(b[i:j]))
			return slices.Concat(b[:i], []byte(sect), b[j:])
		}, -1},
		{"ASCII85", nil, page, func(b []byte) []byte {
			return encodeNewest(b, "/ASCII85Decode", ascii85Data)
		}, want.Pages - 1},
		{"ASCII85 then Flate", nil, page, func(b []byte) []byte {
			return encodeNewest(b, "[/ASCII85Decode /FlateDecode]", func(data []byte) []byte {
				return ascii85Data(zlibData(string(data)))
			})
		}, want.Pages - 1},
		// ledongthuc has no table yet to look the reference up in: no
		// entry of the older section is read.
		{"older section's /Size a reference", nil, 1, func(b []byte) []byte {
			return same(b, `/Size \d+ /W \[1 4 2\] /Root 1 0 R /ID \[<0123> <4567>\]`, "/Size 9 0 R /W [1 4 2] /Root 1 0 R /ID [<01> <45>]")
		}, -1},
		{"an /Index pair of less than no entries", nil, page, func(b []byte) []byte {
			i := bytes.LastIndex(b, []byte("/Index ["))
			return slices.Concat(b[:i], []byte("/Index [5 -2 "), b[i+len("/Index ["):])
		}, want.Pages - 1},
		// The first section, past the /Prev of null, is not read.
		{"a /Prev of null", []map[int]string{{99: "<< /Unused true >>"}}, 1, func(b []byte) []byte {
			return same(b, `/Prev \d{4,}`, "/Prev null")
		}, -1},
		// ledongthuc has no table yet to look the reference up in: the
		// data is read as it stands.
		{"/Filter a reference", nil, page, func(b []byte) []byte {
			i := bytes.LastIndex(b, []byte("/Length "))
			return slices.Concat(b[:i], []byte("/Filter 4 0 R "), b[i:])
		}, want.Pages - 1},
		// A field wider than 8 bytes keeps its last 8.
		{"a /W field of 9 bytes", nil, page, func(b []byte) []byte {
			i := bytes.LastIndex(b, []byte("/W [1 4 2]"))
			b = slices.Concat(b[:i], []byte("/W [1 9 2]"), b[i+len("/W [1 4 2]"):])
			return encodeNewest(b, "null", func(data []byte) []byte {
				var rows []byte
				for ; len(data) >= 7; data = data[7:] {
					rows = append(append(append(rows, data[0]), make([]byte, 5)...), data[1:7]...)
				}
				return rows
			})
		}, want.Pages - 1},
	}
	for _, tt := range tests {
		b := tt.edit(withExtends(objectStreams(plain, tt.updates...), tt.id, loop))
		for _, keep := range []bool{false, true} {
			keepObjStms = keep
			got, err := Extract(context.Background(), b)
			keepObjStms = false
			switch {
			case tt.pages < 0 && (err == nil || strings.Contains(err.Error(), "\n")):
				t.Errorf("%s, keep %v: got %d pages (%v), want a one-line error", tt.name, keep, got.Pages, err)
			case tt.pages >= 0 && (err != nil || got.Pages != tt.pages):
				t.Errorf("%s, keep %v: got %d pages (%v), want %d", tt.name, keep, got.Pages, err, tt.pages)
			}
		}
	}
}

// encodeNewest returns b, a file withExtends wrote, with the data of its
// last cross-reference stream, not compressed, encoded by enc with filter.
func encodeNewest(b []byte, filter string, enc func([]byte) []byte) []byte {
	i := bytes.LastIndex(b, []byte("/Length "))
	var n, at int
	if _, err := fmt.Sscanf(string(b[i:]), "/Length %d >>\nstream\n", &n); err != nil {
		panic(err)
	}
	if _, err := fmt.Sscanf(string(b[bytes.LastIndex(b, []byte("startxref")):]), "startxref\n%d", &at); err != nil {
		panic(err)
	}
	from := i + bytes.Index(b[i:], []byte("stream\n")) + len("stream\n")
	data := enc(b[from : from+n])
	return fmt.Appendf(b[:i:i], "/Filter %s /Length %d >>\nstream\n%s\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n",
		filter, len(data), data, at)
}

// ascii85Data encodes data in ASCII85 with its end-of-data marker, in
// lines as writers break it.
func ascii85Data(data []byte) []byte {
	enc := make([]byte, ascii85.MaxEncodedLen(len(data)))
	enc = enc[:ascii85.Encode(enc, data)]
	var out []byte
	for len(enc) > 16 {
		out = append(append(out, enc[:16]...), '\n')
		enc = enc[16:]
	}
	return append(append(out, enc...), "~>"...)
}

// countReads cancels its context at its n-th read.
type countReads struct {
	r      io.ReaderAt
	n      *int
	cancel func()
}

func (c countReads) ReadAt(b []byte, off int64) (int, error) {
	if *c.n--; *c.n == 0 {
		c.cancel()
	}
	return c.r.ReadAt(b, off)
}

// Left to look an object up round an /Extends loop, as in a file whose
// loop unpackObjStms does not see, ledongthuc reads the file at every
// turn: once the context is done, those reads fail and the loop ends.
func TestReadsStopWithContext(t *testing.T) {
	loop := []extendsStream{{map[int]string{98: "null"}, 1, false}, {map[int]string{97: "null"}, 0, false}}
	b := withExtends(objectStreams(onecolPDF()), 1, loop)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 1000
	r, err := lpdf.NewReader(stopAt{countReads{bytes.NewReader(b), &n, cancel}, ctx}, int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if x := recover(); x == nil || !strings.Contains(fmt.Sprint(x), context.Canceled.Error()) {
			t.Errorf("got %v, want a read failed on the context", x)
		}
	}()
	r.NumPage()
}

// A /Prev chain that comes back to a section already read made
// ledongthuc read the sections round and round, and never open the file:
// a file with a table is read from its objects instead (rebuildXref), one
// with cross-reference streams, whose objects are in object streams, is
// refused, at once.
func TestXrefPrevLoop(t *testing.T) {
	plain := onecolPDF()
	want, err := Extract(context.Background(), plain)
	if err != nil {
		t.Fatal(err)
	}
	// Each appends a section whose /Prev is itself.
	table := func(b []byte) []byte {
		at := len(b)
		return fmt.Appendf(bytes.Clone(b), "xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size %d /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n",
			lastSize(t, b), at, at)
	}
	stream := func(b []byte) []byte {
		at, size := len(b), lastSize(t, b)
		return fmt.Appendf(bytes.Clone(b), "%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Index [0 0] /Root 1 0 R /Prev %d /Length 0 >>\nstream\n\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n",
			size, size+1, at, at)
	}
	got, err := Extract(context.Background(), table(plain))
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("table: got\n%+v (%v)\nwant\n%+v", got, err, want)
	}
	if _, err := Extract(context.Background(), stream(objectStreams(plain))); err == nil || !strings.Contains(err.Error(), "loop") {
		t.Errorf("stream: got %v, want the loop refused", err)
	}
}

// lastSize returns the /Size of b's last cross-reference section.
func lastSize(t *testing.T, b []byte) int {
	t.Helper()
	var size int
	if _, err := fmt.Sscanf(string(b[bytes.LastIndex(b, []byte("/Size ")):]), "/Size %d", &size); err != nil {
		t.Fatal(err)
	}
	return size
}

// A cross-reference stream whose rows are wider than the file is refused
// before ledongthuc allocates a row, which ran the process out of memory.
func TestXrefStreamWideRows(t *testing.T) {
	b := objectStreams(onecolPDF())
	i := bytes.LastIndex(b, []byte("/W [1 4 2]"))
	b = slices.Concat(b[:i], []byte("/W [1 9999999999999 2]"), b[i+len("/W [1 4 2]"):])
	if _, err := Extract(context.Background(), b); err == nil || !strings.Contains(err.Error(), "wider than the file") {
		t.Errorf("got %v, want the rows refused", err)
	}
}
