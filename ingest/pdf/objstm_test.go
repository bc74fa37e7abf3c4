package pdf

import (
	"bytes"
	"context"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	lpdf "github.com/ledongthuc/pdf"
)

var plainObjRe = regexp.MustCompile(`(?s)(\d+) 0 obj\n(.*?)\nendobj\n`)

// objectStreams rewrites a PDF that pdftest wrote the way PDF 1.5 writers
// do: its objects other than streams in an object stream, its table a
// cross-reference stream (Flate with the PNG Up predictor). Each of
// updates is then appended as an incremental update of its own, its
// objects in a new object stream and its cross-reference stream pointing
// back at the one before.
func objectStreams(pdf []byte, updates ...map[int]string) []byte {
	var out bytes.Buffer
	out.WriteString("%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
	type entry struct{ kind, a, b int }
	table := map[int]entry{}
	inStream := map[int]string{}
	size := 0
	for _, m := range plainObjRe.FindAllSubmatch(pdf, -1) {
		id, _ := strconv.Atoi(string(m[1]))
		size = max(size, id+1)
		if bytes.Contains(m[2], []byte("\nstream\n")) {
			table[id] = entry{1, out.Len(), 0}
			fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", id, m[2])
			continue
		}
		inStream[id] = string(m[2])
	}
	prev := 0
	for _, objs := range append([]map[int]string{inStream}, updates...) {
		ids := slices.Sorted(func(yield func(int) bool) {
			for id := range objs {
				if !yield(id) {
					return
				}
			}
		})
		stm := max(size, ids[len(ids)-1]+1)
		var head, body strings.Builder
		for k, id := range ids {
			fmt.Fprintf(&head, "%d %d ", id, body.Len())
			body.WriteString(objs[id] + "\n")
			table[id] = entry{2, stm, k}
		}
		data := zlibData(head.String() + body.String())
		table[stm] = entry{1, out.Len(), 0}
		fmt.Fprintf(&out, "%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream\nendobj\n",
			stm, len(ids), head.Len(), len(data), data)
		xref := stm + 1
		size = xref + 1
		table[xref] = entry{1, out.Len(), 0}
		var rows []byte
		last := make([]byte, 7)
		for id := range size {
			e := table[id]
			row := []byte{byte(e.kind), byte(e.a >> 24), byte(e.a >> 16), byte(e.a >> 8), byte(e.a), byte(e.b >> 8), byte(e.b)}
			rows = append(rows, 2)
			for i := range row {
				rows = append(rows, row[i]-last[i])
			}
			last = row
		}
		data = zlibData(string(rows))
		back := ""
		if prev > 0 {
			back = fmt.Sprintf(" /Prev %d", prev)
		}
		fmt.Fprintf(&out, "%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /ID [<0123> <4567>]%s /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 7 >> /Length %d >>\nstream\n%s\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n",
			xref, size, back, len(data), data, table[xref].a)
		prev = table[xref].a
	}
	return out.Bytes()
}

func TestObjectStreamsReadOnce(t *testing.T) {
	plain := onecolPDF()
	packed := objectStreams(plain)
	want, err := Extract(context.Background(), plain)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Extract(context.Background(), packed)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("with object streams:\n%+v\nwant\n%+v", got, want)
	}
	_, file, _, err := openPDF(context.Background(), packed)
	if err != nil {
		t.Fatal(err)
	}
	if len(file) <= len(packed) {
		t.Errorf("object streams not unpacked: %d bytes read of %d", len(file), len(packed))
	}
}

// An update's objects replace those of the streams before it, as the
// library reads them: here a page tree that keeps two of the three pages.
func TestObjectStreamsUpdated(t *testing.T) {
	plain := onecolPDF()
	var tree string
	for _, m := range plainObjRe.FindAllSubmatch(plain, -1) {
		if bytes.Contains(m[2], []byte("/Type /Pages")) {
			tree = string(m[1])
		}
	}
	id, _ := strconv.Atoi(tree)
	kids := regexp.MustCompile(`/Kids \[(\d+ 0 R) (\d+ 0 R) (\d+ 0 R)\]`)
	var old string
	for _, m := range plainObjRe.FindAllSubmatch(plain, -1) {
		if string(m[1]) == tree {
			old = string(m[2])
		}
	}
	if !kids.MatchString(old) {
		t.Fatalf("page tree %q has not three kids", old)
	}
	updated := kids.ReplaceAllString(strings.Replace(old, "/Count 3", "/Count 2", 1), "/Kids [$1 $2]")
	x, err := Extract(context.Background(), objectStreams(plain, map[int]string{id: updated}))
	if err != nil {
		t.Fatal(err)
	}
	if x.Pages != 2 {
		t.Errorf("pages = %d, want the update's 2", x.Pages)
	}
}

// What unpackObjStms cannot read as the library does, it leaves to it:
// here the stream of an update holding object 99, damaged or compressed
// otherwise, while the first stream is unpacked.
func TestObjectStreamsLeftAlone(t *testing.T) {
	packed := objectStreams(onecolPDF(), map[int]string{99: "<< /Unused true >>"})
	stm := bytes.LastIndex(packed, []byte("/Type /ObjStm"))
	tests := []struct {
		name string
		edit func([]byte) []byte
	}{
		{"as written", func(b []byte) []byte { return b }},
		{"damaged", func(b []byte) []byte {
			j := bytes.Index(b[stm:], []byte("stream\n")) + stm + len("stream\n")
			b[j+4] ^= 0xff
			b[j+5] ^= 0xff
			return b
		}},
		{"another filter", func(b []byte) []byte {
			return slices.Concat(b[:stm], []byte("/Type /ObjStm /Filter /LZWDecode  "), b[stm+len("/Type /ObjStm /Filter /FlateDecode"):])
		}},
	}
	for _, tt := range tests {
		b := tt.edit(bytes.Clone(packed))
		r, err := lpdf.NewReader(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		u := unpackObjStms(b, r.Trailer(), true)
		if u == nil {
			t.Fatalf("%s: nothing unpacked", tt.name)
		}
		if moved := bytes.Contains(u[len(b):], []byte("99 0 obj")); moved != (tt.name == "as written") {
			t.Errorf("%s: object 99 moved: %v", tt.name, moved)
		}
	}
	r, err := lpdf.NewReader(bytes.NewReader(onecolPDF()), int64(len(onecolPDF())))
	if err != nil {
		t.Fatal(err)
	}
	if unpackObjStms(onecolPDF(), r.Trailer(), true) != nil {
		t.Errorf("a file with a table unpacked")
	}
}

// FuzzObjectStreams checks that a file reads the same with its object
// streams unpacked as when ledongthuc reads them, damaged or not.
func FuzzObjectStreams(f *testing.F) {
	f.Add(objectStreams(onecolPDF()))
	f.Add(objectStreams(onecolPDF(), map[int]string{99: "<< /Unused true >>"}))
	f.Add(objectStreams(flatePDF(), map[int]string{2: "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"}))
	// Object 1 found through /Extends, and looked for round a loop of it.
	catalog := string(plainObjRe.FindSubmatch(onecolPDF())[2])
	f.Add(withExtends(objectStreams(onecolPDF()), 1, []extendsStream{{map[int]string{98: "null"}, 1, false}, {map[int]string{1: catalog}, -1, false}}))
	f.Add(withExtends(objectStreams(onecolPDF()), 1, []extendsStream{{map[int]string{98: "null"}, 1, false}, {map[int]string{97: "null"}, 0, false}}))
	f.Fuzz(func(t *testing.T, data []byte) {
		read := func(keep bool) string {
			keepObjStms = keep
			defer func() { keepObjStms = false }()
			ctx, cancel := context.WithTimeout(context.Background(), 5e9)
			defer cancel()
			x, err := Extract(ctx, data)
			if ctx.Err() != nil {
				// The reads of a looping lookup fail at the limit (stopAt):
				// a hang shows as a failure, not as a stalled fuzzer.
				t.Fatalf("keep %v: the read ran into its time limit", keep)
			}
			// ledongthuc quotes a damaged file to its end, or to a
			// delimiter the appended objects may hold: messages are
			// compared by their start.
			gist := func(s string) string { return s[:min(len(s), 40)] }
			for i := range x.Problems {
				x.Problems[i] = gist(x.Problems[i])
			}
			return fmt.Sprintf("%+v %v", x, gist(fmt.Sprint(err)))
		}
		if got, want := read(false), read(true); got != want {
			t.Errorf("unpacked:\n%s\nleft to ledongthuc:\n%s", got, want)
		}
	})
}

// TestObjectStreamInItself reads a file whose update says that its object
// stream is in itself: ledongthuc would look its objects up until the
// stack overflowed, which no recover catches. The update may come after
// many others (an often updated file): the whole chain is read.
func TestObjectStreamInItself(t *testing.T) {
	for _, before := range []int{0, 70} {
		updates := make([]map[int]string, before)
		for i := range updates {
			updates[i] = map[int]string{90: "null"}
		}
		b := objectStreams(onecolPDF(), updates...)
		m := regexp.MustCompile(`(\d+) 0 obj\n<< /Type /ObjStm`).FindSubmatch(b) // the catalog's
		stm, _ := strconv.Atoi(string(m[1]))
		size := lastSize(t, b)
		row := []byte{2, 0, 0, byte(stm >> 8), byte(stm), 0, 0}
		at := len(b)
		b = fmt.Appendf(b, "%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Index [%d 1] /Root 1 0 R /Prev %d /Length %d >>\nstream\n%s\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n",
			size, size+1, stm, startXref(b), len(row), row, at)
		for _, keep := range []bool{false, true} {
			keepObjStms = keep
			_, err := Extract(context.Background(), b)
			if err == nil {
				t.Errorf("%d updates before, keep %v: read a file whose objects are all lost", before, keep)
			}
		}
	}
	keepObjStms = false
}
