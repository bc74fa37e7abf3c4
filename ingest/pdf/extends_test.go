package pdf

import (
	"bytes"
	"context"
	"fmt"
	"reflect"
	"strconv"
	"testing"
)

// withExtends appends to b, a file objectStreams wrote, an update that
// says object id is in the first of streams, uncompressed object streams
// numbered from 200 on that hold the objects given, each one's /Extends
// the stream it names (-1: none).
func withExtends(b []byte, id int, streams []extendsStream) []byte {
	size, prev := 200+len(streams), startXref(b)
	offs := make([]int, len(streams))
	for k, s := range streams {
		var head, body string
		for obj, text := range s.objs {
			head += fmt.Sprintf("%d %d ", obj, len(body))
			body += text + "\n"
		}
		ext := ""
		if s.extends >= 0 {
			ext = fmt.Sprintf(" /Extends %d 0 R", 200+s.extends)
		}
		n := len(head) + len(body)
		if s.short {
			n = 1
		}
		offs[k] = len(b)
		b = fmt.Appendf(b, "%d 0 obj\n<< /Type /ObjStm /N %d /First %d%s /Length %d >>\nstream\n%s%s\nendstream\nendobj\n",
			200+k, len(s.objs), len(head), ext, n, head, body)
	}
	row := func(kind byte, a, gen int) []byte {
		return []byte{kind, byte(a >> 24), byte(a >> 16), byte(a >> 8), byte(a), byte(gen >> 8), byte(gen)}
	}
	data := row(2, 200, 0)
	for _, off := range offs {
		data = append(data, row(1, off, 0)...)
	}
	at := len(b)
	return fmt.Appendf(b, "%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Index [%d 1 200 %d] /Root 1 0 R /Prev %d /Length %d >>\nstream\n%s\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n",
		size, size+1, id, len(streams), prev, len(data), data, at)
}

// extendsStream is an object stream of withExtends; short, its /Length
// is 1, which ledongthuc reads and unpackObjStms does not.
type extendsStream struct {
	objs    map[int]string
	extends int
	short   bool
}

// An object that its stream lacks is looked for along the /Extends chain
// of the streams: found there, it reads as if in its stream; where the
// chain loops, ledongthuc would look for it forever, and where it ends,
// it would panic: it is lost, here a page, and the other pages read.
func TestObjectStreamExtends(t *testing.T) {
	plain := onecolPDF()
	var page int
	var text string
	for _, m := range plainObjRe.FindAllSubmatch(plain, -1) {
		if bytes.Contains(m[2], []byte("/Type /Page ")) || bytes.Contains(m[2], []byte("/Type /Page\n")) {
			page, _ = strconv.Atoi(string(m[1]))
			text = string(m[2])
		}
	}
	if page == 0 {
		t.Fatal("no page object")
	}
	want, err := Extract(context.Background(), plain)
	if err != nil {
		t.Fatal(err)
	}
	packed := objectStreams(plain)
	lost := map[int]string{98: "<< /Unused true >>"}
	other := map[int]string{97: "<< /Unused false >>"}
	tests := []struct {
		name    string
		streams []extendsStream
		found   bool
	}{
		{"found in the stream it extends", []extendsStream{{lost, 1, false}, {map[int]string{page: text}, -1, false}}, true},
		{"found two streams on", []extendsStream{{lost, 1, false}, {other, 2, false}, {map[int]string{page: text}, 0, false}}, true},
		{"loop of two", []extendsStream{{lost, 1, false}, {other, 0, false}}, false},
		{"extends itself", []extendsStream{{lost, 0, false}}, false},
		{"loop after one", []extendsStream{{lost, 1, false}, {other, 2, false}, {map[int]string{96: "null"}, 1, false}}, false},
		{"chain ends", []extendsStream{{lost, 1, false}, {other, -1, false}}, false},
		{"loop through a stream not unpacked", []extendsStream{{lost, 1, false}, {other, 0, true}}, false},
	}
	for _, tt := range tests {
		b := withExtends(bytes.Clone(packed), page, tt.streams)
		for _, keep := range []bool{false, true} {
			keepObjStms = keep
			got, err := Extract(context.Background(), b)
			keepObjStms = false
			if tt.found {
				if err != nil || !reflect.DeepEqual(got, want) {
					t.Errorf("%s, keep %v: got\n%+v (%v)\nwant\n%+v", tt.name, keep, got, err, want)
				}
				continue
			}
			if err != nil || got.Pages != want.Pages-1 {
				t.Errorf("%s, keep %v: got %d pages (%v), want %d: all but the lost one",
					tt.name, keep, got.Pages, err, want.Pages-1)
			}
		}
	}
}
