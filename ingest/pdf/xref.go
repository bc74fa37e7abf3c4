package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
)

// Some writers leave a cross-reference table that points nowhere (offsets
// of -1 for half the objects, a pgf/dvipdfm pipeline's) or at the wrong
// bytes; ledongthuc then fails to open a file whose objects are all there,
// which pdftotext reads by scanning for them. rebuildXref does the same at
// the edge: it appends a table of where each "n g obj" stands, and a
// trailer naming the old one's catalog, as an incremental update would.

var (
	objHeadRe = lazyRegexp(`(?:^|[\r\n\t ])(\d{1,7})[\t ]+(\d{1,5})[\t ]+obj\b`)
	rootRe    = lazyRegexp(`/Root\s+(\d{1,7})\s+(\d{1,5})\s+R`)
	infoRe    = lazyRegexp(`/Info\s+(\d{1,7})\s+(\d{1,5})\s+R`)
	catalogRe = lazyRegexp(`/Type\s*/Catalog\b`)
)

// maxRebuiltObjects bounds the table that rebuildXref writes: object
// numbers past it are taken for damage, not objects.
const maxRebuiltObjects = 1 << 20

// rebuildXref returns data with a cross-reference table rebuilt from the
// objects it holds appended, or nil when it holds no catalog to point to.
func rebuildXref(data []byte) []byte {
	type at struct {
		off int
		gen int
	}
	objs := map[int]at{}
	size := 0
	for _, m := range objHeadRe().FindAllSubmatchIndex(data, -1) {
		num, _ := strconv.Atoi(string(data[m[2]:m[3]]))
		gen, _ := strconv.Atoi(string(data[m[4]:m[5]]))
		if num == 0 || num >= maxRebuiltObjects {
			continue
		}
		objs[num] = at{m[2], gen} // a later definition (an update) wins
		size = max(size, num+1)
	}
	// The catalog: the last trailer's that names one, or else an object
	// that says it is one. (A linearized file names it in its first
	// trailer only.)
	root := ""
	var info []byte
	for end := len(data); root == ""; {
		i := bytes.LastIndex(data[:end], []byte("trailer"))
		if i < 0 {
			break
		}
		if m := rootRe().FindSubmatch(data[i:end]); m != nil {
			if n, _ := strconv.Atoi(string(m[1])); objs[n].off > 0 {
				root = fmt.Sprintf("%s %s R", m[1], m[2])
				if m := infoRe().FindSubmatch(data[i:end]); m != nil {
					info = m[0]
				}
			}
		}
		end = i
	}
	if root == "" {
		best := 0
		for num, o := range objs {
			end := min(len(data), o.off+512)
			if e := bytes.Index(data[o.off:end], []byte("endobj")); e >= 0 {
				end = o.off + e // not the next object's
			}
			if num > best && catalogRe().Match(data[o.off:end]) {
				best, root = num, fmt.Sprintf("%d %d R", num, o.gen)
			}
		}
	}
	if root == "" || size == 0 {
		return nil
	}
	out := bytes.NewBuffer(make([]byte, 0, len(data)+20*size+200))
	out.Write(data)
	out.WriteString("\n")
	start := out.Len()
	fmt.Fprintf(out, "xref\n0 %d\n0000000000 65535 f \n", size)
	for num := 1; num < size; num++ {
		if o, ok := objs[num]; ok {
			fmt.Fprintf(out, "%010d %05d n \n", o.off, o.gen)
		} else {
			out.WriteString("0000000000 65535 f \n")
		}
	}
	fmt.Fprintf(out, "trailer\n<< /Size %d /Root %s %s >>\nstartxref\n%d\n%%%%EOF\n", size, root, info, start)
	return out.Bytes()
}

var sizeRe = lazyRegexp(`/Size\s+(\d+)`)

// hugeXref reports whether a cross-reference table or stream of data
// claims more objects than the file can hold: a /Size, an /Index range or
// a table's subsection past the larger of a million objects and the
// file's length in bytes (an object takes more than a byte). A damaged or
// fuzzed file claims four billion.
func hugeXref(data []byte) bool {
	limit := max(maxRebuiltObjects, len(data))
	big := func(nums ...[]byte) bool {
		sum := 0
		for _, n := range nums {
			v, err := strconv.Atoi(string(n))
			if err != nil || v > limit {
				return true
			}
			sum += v
		}
		return sum > limit
	}
	for _, m := range sizeRe().FindAllSubmatch(data, -1) {
		if big(m[1]) {
			return true
		}
	}
	for at := 0; ; {
		i := bytes.Index(data[at:], []byte("/Index"))
		if i < 0 {
			break
		}
		at += i + len("/Index")
		rest := bytes.TrimLeft(data[at:min(len(data), at+1000)], " \t\r\n")
		end := bytes.IndexByte(rest, ']')
		if len(rest) == 0 || rest[0] != '[' || end < 0 {
			continue
		}
		f := bytes.Fields(rest[1:end])
		for k := 0; k+1 < len(f); k += 2 {
			if big(f[k], f[k+1]) {
				return true
			}
		}
	}
	// The subsections of each table: "first count" lines among entries
	// of three fields.
	for at := 0; ; {
		i := bytes.Index(data[at:], []byte("xref"))
		if i < 0 {
			return false
		}
		at += i + 4
		if at-4 >= 5 && string(data[at-9:at-4]) == "start" {
			continue
		}
		rest := data[at:]
	table:
		for lines := 0; lines <= limit; lines++ {
			nl := bytes.IndexAny(rest, "\r\n")
			line := rest
			if nl >= 0 {
				line = rest[:nl]
			}
			f := bytes.Fields(line)
			switch {
			case len(f) == 2 && big(f[0], f[1]):
				return true
			case len(f) == 0 && nl >= 0, len(f) == 2, len(f) == 3:
			default:
				break table // the trailer, or anything else
			}
			if nl < 0 {
				break
			}
			rest = rest[nl+1:]
		}
	}
}

// checkXrefChain walks the file's cross-reference sections, tables or
// streams, along their /Prev chain, and refuses what ledongthuc would
// never get past: a chain that comes back to a section already read,
// which it would follow round forever, and a stream whose rows (/W) are
// wider than the file, a row it would allocate before reading any, and
// run out of memory, which kills the process. A rebuilt table
// (rebuildXref) may read such a file instead. A section it cannot read
// ends the walk: ledongthuc decides.
func checkXrefChain(file []byte) error {
	read := map[int64]bool{}
	for off := startXref(file); off > 0 && off < int64(len(file)); {
		if read[off] {
			return errors.New("damaged PDF: cross-reference sections in a loop")
		}
		read[off] = true
		l := contentLexer{b: file, i: int(off)}
		l.skipSpace()
		table := bytes.HasPrefix(file[l.i:], []byte("xref"))
		if table {
			t := bytes.Index(file[l.i:], []byte("trailer"))
			if t < 0 {
				return nil
			}
			l.i += t + len("trailer")
		} else {
			if _, _, ok := l.objHeader(); !ok {
				return nil
			}
		}
		dict, ok := l.object(0)
		if !ok || dict.kind != '<' {
			return nil
		}
		if w := dict.d["W"]; !table && w.kind == '[' {
			row := int64(0)
			for _, x := range w.a {
				if x.kind == 'i' && x.i > 0 {
					if row += min(x.i, int64(len(file))+1); row > int64(len(file)) {
						return errors.New("malformed PDF: cross-reference stream rows wider than the file")
					}
				}
			}
		}
		if dict.d["Prev"].kind != 'i' {
			return nil
		}
		off = dict.d["Prev"].i
	}
	return nil
}
