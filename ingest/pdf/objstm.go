package pdf

import (
	"bytes"
	"compress/zlib"
	"encoding/ascii85"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	lpdf "github.com/ledongthuc/pdf"
)

// ledongthuc reads an object kept in an object stream (PDF 1.5 and later:
// most objects of a file that Word, LibreOffice or pdfTeX writes) by
// inflating that stream again, up to the object, every time the object is
// looked up, and it caches nothing: for the six sample PDFs a third of what
// reading them allocated. It offers no hook, so unpackObjStms works at the
// edge: it inflates each object stream once and appends its objects to the
// file as plain ones, with a cross-reference stream pointing at them, as an
// incremental update would. Only what the library would read the same way
// is moved; anything else (a stream it cannot decode alike, an object to be
// found through /Extends) is left where the library finds it.

// xrefEntry is a cross-reference entry as ledongthuc keeps it: kind 1 an
// object at offset a with generation b, kind 2 an object in stream a, kind
// 0 a free one.
type xrefEntry struct {
	kind byte
	a, b int64
}

// unpackObjStms returns file with the objects its cross-reference streams
// place in object streams appended as plain objects, or nil when it has
// none that can be moved. trailer is ledongthuc's trailer of file.
//
// Objects said to be in a stream that is itself said to be in a stream,
// round in a loop, are made free: ledongthuc would look them up
// recursively until the stack overflows, which kills the process. With
// move false, only that is done.
func unpackObjStms(file []byte, trailer lpdf.Value, move bool) (out []byte) {
	defer func() {
		if recover() != nil {
			out = nil
		}
	}()
	if trailer.Key("Type").Name() != "XRef" {
		return nil // a table, whose entries are all plain objects to ledongthuc
	}
	start := startXref(file)
	if start < 0 {
		return nil
	}
	table, last, err := readXrefStreams(file, start)
	if err != nil || last.dict["Size"].i != trailer.Key("Size").Int64() {
		return nil
	}
	inStream := map[int64][]int64{} // object stream → its objects
	size := last.dict["Size"].i
	for id, e := range table {
		if e.kind == 2 {
			inStream[e.a] = append(inStream[e.a], int64(id))
		}
		size = max(size, int64(id)+1)
	}
	if len(inStream) == 0 {
		return nil
	}
	streams := make([]int64, 0, len(inStream))
	for s := range inStream {
		streams = append(streams, s)
	}
	slices.Sort(streams)
	// The streams are read first, to allocate the file's copy once.
	read := map[int64]objStm{}
	stream := func(s int64) (objStm, bool) {
		st, ok := read[s]
		if !ok {
			st, ok = objectStream(file, table, s)
			if !ok {
				st = objStm{}
			}
			read[s] = st
		}
		return st, st.each != nil
	}
	var looped []int64
	grow := len(file) + len(last.inner) + 256
	for _, s := range streams {
		if inLoop(table, s) {
			looped = append(looped, s)
			continue
		}
		if st, ok := stream(s); ok && move {
			grow += st.size + 32*len(inStream[s])
		}
	}
	type moved struct{ id, off int64 } // off -1: made free
	var objs []moved
	for _, s := range looped {
		for _, id := range inStream[s] {
			objs = append(objs, moved{id, -1})
		}
	}
	var texts [][]byte
	for _, s := range streams {
		if slices.Contains(looped, s) {
			continue
		}
		for _, id := range inStream[s] {
			text, found, sure := locate(file, table, stream, s, id)
			switch {
			case !sure:
			case !found:
				objs = append(objs, moved{id, -1})
			case move:
				objs = append(objs, moved{id, int64(len(texts))})
				texts = append(texts, text)
			}
		}
	}
	if len(objs) == 0 {
		return nil
	}
	out = append(make([]byte, 0, grow), file...)
	for i, o := range objs {
		if o.off < 0 {
			continue
		}
		text := texts[o.off]
		objs[i].off = int64(len(out))
		out = strconv.AppendInt(out, o.id, 10)
		out = append(out, " 0 obj\n"...)
		out = append(out, text...)
		out = append(out, "\nendobj\n"...)
	}
	if int64(len(out)) >= 1<<32 {
		return nil
	}
	slices.SortFunc(objs, func(x, y moved) int { return int(x.id - y.id) })
	// The new section: its dictionary is the last one's with its own
	// entries written after them, which ledongthuc lets win, so that the
	// trailer keeps the catalog, the document ID and the rest.
	var index, data []byte
	for i := 0; i < len(objs); {
		j := i + 1
		for j < len(objs) && objs[j].id == objs[j-1].id+1 {
			j++
		}
		index = fmt.Appendf(index, " %d %d", objs[i].id, j-i)
		i = j
	}
	for _, o := range objs {
		if o.off < 0 {
			data = append(data, 0, 0, 0, 0, 0)
			continue
		}
		data = append(data, 1, byte(o.off>>24), byte(o.off>>16), byte(o.off>>8), byte(o.off))
	}
	at := len(out)
	out = fmt.Appendf(out, "%d 0 obj\n<<", size)
	out = append(out, last.inner...)
	out = fmt.Appendf(out, "\n/Type /XRef /Size %d /W [1 4 0] /Index [%s ] /Prev %d /Length %d /Filter null /DecodeParms null>>\nstream\n",
		size+1, index, start, len(data))
	out = append(out, data...)
	out = fmt.Appendf(out, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", at)
	return out
}

// inLoop reports whether object stream s is said to be in a stream, and
// that one in another, round in a loop.
func inLoop(table []xrefEntry, s int64) bool {
	seen := map[int64]bool{}
	for s >= 0 && s < int64(len(table)) && table[s].kind == 2 {
		if seen[s] {
			return true
		}
		seen[s] = true
		s = table[s].a
	}
	return false
}

// startXref returns the offset that the file's last "startxref" gives,
// found where ledongthuc looks for it, or -1.
func startXref(file []byte) int64 {
	end := file[max(0, len(file)-100):]
	i := bytes.LastIndex(end, []byte("startxref"))
	if i < 0 {
		return -1
	}
	l := contentLexer{b: end, i: i + len("startxref")}
	v, ok := l.object(0)
	if !ok || v.kind != 'i' || v.i <= 0 || v.i >= int64(len(file)) {
		return -1
	}
	return v.i
}

// xrefSection is a cross-reference stream: its dictionary, the bytes
// between its "<<" and ">>", and its decoded data.
type xrefSection struct {
	dict  map[string]pdfObj
	inner []byte
	data  []byte
}

// readXrefStreams reads the cross-reference streams of file from the one
// at off along their /Prev chain, into one table as ledongthuc builds it
// (the first entry read of an object wins), and returns the first section.
func readXrefStreams(file []byte, off int64) ([]xrefEntry, xrefSection, error) {
	var table []xrefEntry
	var seen []bool
	var first xrefSection
	size := int64(-1)
	// ledongthuc follows the /Prev chain however long it is: giving up on
	// a long one (an often updated file) would leave the file's loops to
	// it. Round a loop (on which it never opens the file), the sections
	// read again would add nothing: the first entry read wins.
	read := map[int64]bool{}
	for !read[off] {
		read[off] = true
		obj, err := streamAt(file, off, true)
		if err != nil {
			return nil, first, err
		}
		d := obj.dict
		if d["Type"].s != "XRef" || d["Type"].kind != '/' || d["Size"].kind != 'i' && size < 0 {
			return nil, first, errors.New("not a cross-reference stream")
		}
		// An older section's /Size that is no number counts as 0, as
		// ledongthuc takes it (a reference too: it has no table yet to
		// look it up in).
		if d["Size"].kind != 'i' {
			d["Size"] = pdfObj{kind: 'i'}
		}
		if size < 0 {
			size, first = d["Size"].i, obj.xrefSection
		} else if d["Size"].i > size {
			return nil, first, errors.New("older section larger")
		}
		w := d["W"]
		if w.kind != '[' || len(w.a) < 3 {
			return nil, first, errors.New("bad /W")
		}
		var ws []int
		row := 0
		for _, x := range w.a {
			// Wider than 8 bytes, a field keeps its last 8, as in
			// ledongthuc; wider than the file, no row can be read.
			if x.kind != 'i' || x.i < 0 || x.i > int64(len(file)) {
				return nil, first, errors.New("bad /W")
			}
			ws = append(ws, int(x.i))
			row += int(x.i)
		}
		index := []pdfObj{{kind: 'i'}, {kind: 'i', i: d["Size"].i}}
		if ix := d["Index"]; ix.kind == '[' {
			index = ix.a
		}
		if len(index)%2 != 0 {
			return nil, first, errors.New("bad /Index")
		}
		data := obj.data
		for k := 0; k < len(index); k += 2 {
			if index[k].kind == 'i' && index[k+1].kind == 'i' && index[k+1].i <= 0 {
				continue // no entry to read, wherever it starts
			}
			if index[k].kind != 'i' || index[k+1].kind != 'i' || index[k].i < 0 ||
				index[k].i+index[k+1].i > maxRebuiltObjects || index[k+1].i*int64(row) > int64(len(data)) {
				return nil, first, errors.New("bad /Index")
			}
			for i := int64(0); i < index[k+1].i; i++ {
				if len(data) < row {
					return nil, first, errors.New("short data")
				}
				field := func(lo, hi int) int64 {
					x := int64(0)
					for _, c := range data[lo:hi] {
						x = x<<8 | int64(c)
					}
					return x
				}
				v1 := field(0, ws[0])
				if ws[0] == 0 {
					v1 = 1
				}
				v2 := field(ws[0], ws[0]+ws[1])
				v3 := field(ws[0]+ws[1], ws[0]+ws[1]+ws[2])
				data = data[row:]
				x := index[k].i + i
				for int64(len(table)) <= x {
					table, seen = append(table, xrefEntry{}), append(seen, false)
				}
				if seen[x] || v1 > 2 {
					continue
				}
				// ledongthuc takes an entry for set when its object
				// number and generation are not both 0.
				seen[x] = x != 0 || v1 == 0 || v1 == 1 && uint16(v3) != 0
				switch v1 {
				case 0:
					table[x] = xrefEntry{kind: 0}
				case 1:
					table[x] = xrefEntry{kind: 1, a: v2, b: v3}
				case 2:
					table[x] = xrefEntry{kind: 2, a: v2}
				}
			}
		}
		// A /Prev of null ends the chain too (true or false make
		// ledongthuc fail).
		prev := d["Prev"]
		if null(prev) {
			return table, first, nil
		}
		if prev.kind != 'i' || prev.i < 0 || prev.i >= int64(len(file)) {
			return nil, first, errors.New("bad /Prev")
		}
		off = prev.i
	}
	return table, first, nil
}

// maxExtends bounds the /Extends chain followed for an object: a longer
// one is taken for a loop.
const maxExtends = 64

// locate finds object id, said to be in object stream s, as ledongthuc
// looks for it: in s, then along the chain of the streams s extends. It
// returns the object's text and true, or nil and false when ledongthuc
// would not find it: where the chain ends, it fails, and round a loop it
// looks forever. A loop through a stream that objectStream cannot read is
// one too, though ledongthuc might find the object there: losing it is
// better than a reader that never returns. sure is false where the
// outcome cannot be told, and ledongthuc does not loop.
func locate(file []byte, table []xrefEntry, stream func(int64) (objStm, bool), s, id int64) (text []byte, found, sure bool) {
	var seen []int64
	unread := false
	for range maxExtends {
		if slices.Contains(seen, s) {
			return nil, false, true
		}
		seen = append(seen, s)
		var ext pdfObj
		if st, ok := stream(s); ok {
			text, in, ok := st.each(id)
			if in {
				// Past a stream not read, ledongthuc may fail before.
				return text, true, ok && !unread
			}
			ext = st.extends
		} else if ext, ok = extendsOf(file, table, s); !ok {
			return nil, false, false
		} else {
			unread = true
		}
		switch {
		case ext.kind == 0:
			return nil, false, !unread
		case ext.kind != 'R' || ext.i>>32 != 0:
			return nil, false, false
		}
		s = ext.i
	}
	return nil, false, true
}

// extendsOf returns the /Extends entry of object stream s, read from its
// dictionary only, or false when s is no object stream to ledongthuc.
func extendsOf(file []byte, table []xrefEntry, s int64) (pdfObj, bool) {
	if s < 0 || s >= int64(len(table)) || table[s].kind != 1 || table[s].b != 0 || table[s].a >= int64(len(file)) {
		return pdfObj{}, false
	}
	l := contentLexer{b: file, i: int(table[s].a)}
	if num, gen, ok := l.objHeader(); !ok || num != s || gen != 0 {
		return pdfObj{}, false
	}
	dict, ok := l.object(0)
	if !ok || dict.kind != '<' || dict.d["Type"].kind != '/' || dict.d["Type"].s != "ObjStm" {
		return pdfObj{}, false
	}
	return dict.d["Extends"], true
}

// objStm is an object stream read: each gives the text of one of its
// objects (in false when it holds none of that number, ok false when
// ledongthuc would read it otherwise); size is its data's size, extends
// its /Extends entry.
type objStm struct {
	each    func(id int64) (text []byte, in, ok bool)
	size    int
	extends pdfObj
}

// objectStream reads object stream s, or returns false when s is not one
// that ledongthuc would read the same way.
func objectStream(file []byte, table []xrefEntry, s int64) (objStm, bool) {
	if s < 0 || s >= int64(len(table)) || table[s].kind != 1 || table[s].b != 0 {
		return objStm{}, false
	}
	obj, err := streamAt(file, table[s].a, false)
	if err != nil || obj.num != s || obj.gen != 0 {
		return objStm{}, false
	}
	d := obj.dict
	n, first := d["N"], d["First"]
	if d["Type"].kind != '/' || d["Type"].s != "ObjStm" || n.kind != 'i' || first.kind != 'i' || first.i <= 0 || n.i < 0 {
		return objStm{}, false
	}
	if n.i > int64(len(obj.data))/4 { // not room for its numbers
		return objStm{}, false
	}
	l := contentLexer{b: obj.data}
	type pair struct{ id, off int64 }
	pairs := make([]pair, 0, n.i)
	for range n.i {
		l.skipSpace()
		id, ok1 := l.numberToken()
		l.skipSpace()
		off, ok2 := l.numberToken()
		if !ok1 || !ok2 || id.kind != 'i' || off.kind != 'i' {
			return objStm{}, false
		}
		pairs = append(pairs, pair{id.i, off.i})
	}
	header := int64(l.i)
	each := func(id int64) ([]byte, bool, bool) {
		for _, p := range pairs {
			if p.id != id {
				continue
			}
			// The object's text is as far as it reads: what follows it
			// (the next object, or what a damaged stream holds) is not
			// part of it.
			from := first.i + p.off
			if from < header || from > int64(len(obj.data)) {
				return nil, true, false
			}
			l := contentLexer{b: obj.data, i: int(from)}
			if _, ok := l.object(0); !ok {
				return nil, true, false
			}
			return obj.data[from:l.i], true, true
		}
		return nil, false, true
	}
	return objStm{each, len(obj.data), d["Extends"]}, true
}

// pdfObj is an object of a dictionary unpackObjStms reads: kind 'i' an
// integer, 'r' a number with a fraction, '/' a name, 's' a string, '[' an
// array, '<' a dictionary, 'R' a reference (i its number, and its
// generation shifted left 32 bits), 'k' true, false or null (s says which).
type pdfObj struct {
	kind byte
	i    int64
	s    string
	a    []pdfObj
	d    map[string]pdfObj
}

// object reads one object at l.i.
func (l *contentLexer) object(depth int) (pdfObj, bool) {
	l.skipSpace()
	if l.i >= len(l.b) || depth > 32 {
		return pdfObj{}, false
	}
	switch c := l.b[l.i]; {
	case c == '<' && l.i+1 < len(l.b) && l.b[l.i+1] == '<':
		l.i += 2
		d := map[string]pdfObj{}
		for {
			l.skipSpace()
			if bytes.HasPrefix(l.b[l.i:], []byte(">>")) {
				l.i += 2
				return pdfObj{kind: '<', d: d}, true
			}
			if l.i >= len(l.b) || l.b[l.i] != '/' {
				return pdfObj{}, false
			}
			k := string(l.bytesOf(l.name()))
			v, ok := l.object(depth + 1)
			if !ok {
				return pdfObj{}, false
			}
			d[k] = v
		}
	case c == '[':
		l.i++
		var a []pdfObj
		for {
			l.skipSpace()
			if l.i < len(l.b) && l.b[l.i] == ']' {
				l.i++
				return pdfObj{kind: '[', a: a}, true
			}
			v, ok := l.object(depth + 1)
			if !ok {
				return pdfObj{}, false
			}
			a = append(a, v)
		}
	case c == '(' || c == '<':
		var o operand
		if c == '(' {
			o = l.literal()
		} else {
			o = l.hex()
		}
		return pdfObj{kind: 's', s: string(l.bytesOf(o))}, true
	case c == '/':
		return pdfObj{kind: '/', s: string(l.bytesOf(l.name()))}, true
	case c == '+' || c == '-' || c == '.' || c >= '0' && c <= '9':
		n, ok := l.numberToken()
		if !ok || n.kind != 'i' || n.i < 0 || n.i > math.MaxUint32 {
			return n, ok
		}
		back := l.i
		l.skipSpace()
		if g, ok := l.numberToken(); ok && g.kind == 'i' && g.i >= 0 && g.i <= math.MaxUint16 {
			l.skipSpace()
			if k := l.keyword(); string(k) == "R" {
				return pdfObj{kind: 'R', i: n.i | g.i<<32}, true
			}
		}
		l.i = back
		return n, true
	}
	switch kw := string(l.keyword()); kw {
	case "true", "false", "null":
		return pdfObj{kind: 'k', s: kw}, true
	}
	return pdfObj{}, false
}

// objHeader reads the "num gen obj" that opens an indirect object at l.i.
func (l *contentLexer) objHeader() (num, gen int64, ok bool) {
	n, ok1 := l.object(0)
	g, ok2 := l.object(0)
	l.skipSpace()
	if !ok1 || !ok2 || n.kind != 'i' || g.kind != 'i' || string(l.keyword()) != "obj" {
		return 0, 0, false
	}
	return n.i, g.i, true
}

// null reports whether o is missing or null, which ledongthuc takes
// alike.
func null(o pdfObj) bool { return o.kind == 0 || o.kind == 'k' && o.s == "null" }

// numberToken reads a run of regular characters at l.i as ledongthuc's
// lexer does: an integer, a real number (kind 'r', its value not kept), or
// anything else, which is no number (false).
func (l *contentLexer) numberToken() (pdfObj, bool) {
	at := l.i
	for l.i < len(l.b) && isRegular(l.b[l.i]) {
		l.i++
	}
	tok := string(l.b[at:l.i])
	unsigned := tok
	if tok != "" && (tok[0] == '+' || tok[0] == '-') {
		unsigned = tok[1:]
	}
	if unsigned == "" || strings.Trim(unsigned, "0123456789.") != "" {
		return pdfObj{}, false
	}
	switch strings.Count(unsigned, ".") {
	case 0:
		n, err := strconv.ParseInt(tok, 10, 64)
		return pdfObj{kind: 'i', i: n}, err == nil
	case 1:
		_, err := strconv.ParseFloat(tok, 64)
		return pdfObj{kind: 'r'}, err == nil
	}
	return pdfObj{}, false
}

// streamObj is a stream object read from a file: its number and
// generation, its dictionary (and the bytes inside its "<<" and ">>"), and
// its data decoded.
type streamObj struct {
	num, gen int64
	xrefSection
}

// streamAt reads the stream object at off in file and decodes its data
// (decode: filters as ledongthuc reads them), as far as its /Length goes
// when ledongthuc reads it. partial is set for a cross-reference stream: data
// whose end is damaged gives what precedes the damage, as much as
// ledongthuc reads of it (it reads no more than its entries, and fails
// where they are damaged).
func streamAt(file []byte, off int64, partial bool) (streamObj, error) {
	l := contentLexer{b: file, i: int(off)}
	num, gen, ok := l.objHeader()
	if !ok {
		return streamObj{}, errors.New("no object")
	}
	l.skipSpace()
	from := l.i + 2
	dict, ok := l.object(0)
	if !ok || dict.kind != '<' {
		return streamObj{}, errors.New("no dictionary")
	}
	inner := file[from : l.i-2]
	l.skipSpace()
	if string(l.keyword()) != "stream" || l.i >= len(file) {
		return streamObj{}, errors.New("no stream")
	}
	switch file[l.i] {
	case '\r':
		l.i++
		if l.i < len(file) && file[l.i] == '\n' {
			l.i++
		}
	case '\n':
		l.i++
	default:
		return streamObj{}, errors.New("no end of line after stream")
	}
	d := dict.d
	// ledongthuc takes a /Length that is no number for 0, and a reference
	// in a cross-reference stream too (it reads those before it has a
	// table to look the number up in). It reads a stream of length 0 as
	// empty and decodes nothing; one of less than 0 as empty too, but
	// decoded, which fails for a filter; and one that runs past the end of
	// the file to the end.
	n := d["Length"]
	var raw []byte
	switch {
	case n.kind == 'R' && !partial:
		return streamObj{}, errors.New("/Length a reference")
	case n.kind == 'i' && n.i < 0 && d["Filter"].kind != 0:
		return streamObj{}, errors.New("negative /Length")
	case n.kind == 'i' && n.i > 0:
		raw = file[l.i:min(int64(l.i)+n.i, int64(len(file)))]
	}
	var data []byte
	var err error
	if len(raw) > 0 {
		filter, parms := d["Filter"], d["DecodeParms"]
		if partial {
			filter, parms = unref(filter), unref(parms)
		}
		data, err = decode(raw, filter, parms, partial)
	}
	if err != nil {
		if !partial {
			return streamObj{}, err
		}
		// ledongthuc fails on such a cross-reference stream only once it
		// reads an entry of it, and an older one may have none to read.
		data = nil
	}
	return streamObj{num, gen, xrefSection{d, inner, data}}, nil
}

// unref returns o with its references, at any depth, made null, as
// ledongthuc looks them up in a cross-reference stream's dictionary: it
// has no table yet.
func unref(o pdfObj) pdfObj {
	switch o.kind {
	case 'R':
		return pdfObj{}
	case '[':
		a := make([]pdfObj, len(o.a))
		for i, x := range o.a {
			a[i] = unref(x)
		}
		o.a = a
	case '<':
		d := make(map[string]pdfObj, len(o.d))
		for k, x := range o.d {
			if x = unref(x); x.kind != 0 {
				d[k] = x
			}
		}
		o.d = d
	}
	return o
}

// decode decodes the data raw of a stream with filter and parms, as
// streamAt says. ledongthuc reads Flate (with PNG Up or no predictor) and
// ASCII85, one after the other where an array names several, the
// parameters of each the element of an array of as many (none where parms
// is no array); with no filter, it does not use parms, though it looks
// up a reference (in an object stream: none yet in a cross-reference
// stream), which may fail.
func decode(raw []byte, filter, parms pdfObj, partial bool) ([]byte, error) {
	if null(filter) {
		if parms.kind == 'R' && !partial {
			return nil, errors.New("parameters a reference")
		}
		return raw, nil
	}
	filters, each := []pdfObj{filter}, []pdfObj{parms}
	if filter.kind == '[' {
		filters, each = filter.a, make([]pdfObj, len(filter.a))
		if parms.kind == '[' {
			copy(each, parms.a)
		}
	}
	data := raw
	for i, f := range filters {
		var err error
		switch {
		case f.kind == '/' && f.s == "FlateDecode":
			if data, err = unzip(data, partial); err == nil {
				data, err = pngUp(data, each[i], partial)
			}
		case f.kind == '/' && f.s == "ASCII85Decode" && null(each[i]):
			data, err = unascii85(data, partial)
		default:
			err = errors.New("unknown filter")
		}
		if err != nil {
			return nil, err
		}
	}
	return data, nil
}

// unascii85 decodes ASCII85 data as ledongthuc reads it: up to the first
// "~", whatever is no ASCII85 digit left out; with partial, what precedes
// an error.
func unascii85(raw []byte, partial bool) ([]byte, error) {
	if i := bytes.IndexByte(raw, '~'); i >= 0 {
		raw = raw[:i]
	}
	digits := make([]byte, 0, len(raw))
	for _, c := range raw {
		if c >= '!' && c <= 'u' || c == 'z' {
			digits = append(digits, c)
		}
	}
	data, err := io.ReadAll(ascii85.NewDecoder(bytes.NewReader(digits)))
	if err != nil && !partial {
		return nil, err
	}
	return data, nil
}

// pngUp undoes the PNG Up predictor of data, which ledongthuc reads,
// and refuses any other; with partial, a row of another one ends the
// data, as it ends ledongthuc's reading.
func pngUp(data []byte, parms pdfObj, partial bool) ([]byte, error) {
	if null(parms) {
		return data, nil
	}
	p := parms.d["Predictor"]
	if parms.kind != '<' || p.kind == 0 {
		if parms.kind == '<' {
			return data, nil
		}
		return nil, errors.New("unknown parameters")
	}
	cols := parms.d["Columns"]
	if partial && p.kind == 'i' && p.i == 12 && cols.kind != 'R' && (cols.kind != 'i' || cols.i == 0) {
		// ledongthuc reads rows of no columns: no entry, and no error
		// while none is read.
		return nil, nil
	}
	if p.kind != 'i' || p.i != 12 || cols.kind != 'i' || cols.i <= 0 {
		return nil, errors.New("unknown predictor")
	}
	row := int(cols.i) + 1
	out := make([]byte, 0, len(data)/row*int(cols.i))
	prev := make([]byte, cols.i)
	for ; len(data) >= row; data = data[row:] {
		if data[0] != 2 {
			if partial {
				break
			}
			return nil, errors.New("not PNG Up")
		}
		for i, c := range data[1:row] {
			prev[i] += c
		}
		out = append(out, prev...)
	}
	return out, nil
}

// unzips keeps zlib readers for reuse, as inflaters keeps Flate ones.
var unzips sync.Pool

// unzip returns the zlib data raw decompressed, checksum checked, as
// ledongthuc reads it; with partial, what precedes an error.
func unzip(raw []byte, partial bool) ([]byte, error) {
	src := bytes.NewReader(raw)
	zr, _ := unzips.Get().(io.ReadCloser)
	var err error
	if zr == nil {
		zr, err = zlib.NewReader(src)
	} else {
		err = zr.(zlib.Resetter).Reset(src, nil)
	}
	if err != nil {
		return nil, err
	}
	defer unzips.Put(zr)
	// Object streams compress about fivefold: one allocation for most.
	b := bytes.NewBuffer(make([]byte, 0, 6*len(raw)+512))
	if _, err := b.ReadFrom(zr); err != nil && !partial {
		return nil, err
	}
	return b.Bytes(), nil
}
