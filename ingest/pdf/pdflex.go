package pdf

import "bytes"

// This file reads PDF content streams: operands and operators, as the PDF
// specification (ISO 32000, 7.8.2 and 8.9.7) lays them out. ledongthuc/pdf
// has a reader too, but it goes byte by byte through an interface and boxes
// every operand; on text-heavy pages that was a third of extraction.

// operandKind says what an operand is.
type operandKind uint8

const (
	opNumber operandKind = iota
	opString
	opName
	opArray
	opOther // booleans, null, dictionaries: nothing the walker reads
)

// operand is one operand of an operator. Strings and names are kept as
// ranges of the lexer's scratch buffer, array elements as ranges of its
// element list, so that reading a page allocates next to nothing.
type operand struct {
	kind   operandKind
	num    float64
	lo, hi int // opString, opName: scratch bytes; opArray: elements
}

// contentLexer splits a content stream into operands and operators.
type contentLexer struct {
	b       []byte
	i       int
	args    []operand
	elems   []operand
	scratch []byte
}

// bytesOf returns the bytes of a string or name operand.
func (l *contentLexer) bytesOf(o operand) []byte { return l.scratch[o.lo:o.hi] }

// num returns operand i as a number, 0 when it is missing or not one.
func (l *contentLexer) num(i int) float64 {
	if i < len(l.args) && l.args[i].kind == opNumber {
		return l.args[i].num
	}
	return 0
}

// next reads up to the next operator and returns it, its operands in
// l.args; ok is false at the end of the stream.
func (l *contentLexer) next() (op []byte, ok bool) {
	l.args, l.elems, l.scratch = l.args[:0], l.elems[:0], l.scratch[:0]
	for {
		l.skipSpace()
		if l.i >= len(l.b) {
			return nil, false
		}
		if o, isOperand := l.operand(); isOperand {
			l.args = append(l.args, o)
			continue
		}
		op = l.keyword()
		if op == nil {
			continue
		}
		switch string(op) {
		case "true", "false", "null":
			l.args = append(l.args, operand{kind: opOther})
			continue
		case "ID":
			l.skipInlineImage()
		}
		return op, true
	}
}

// keyword reads a run of regular characters at l.i: an operator, or true,
// false or null. A stray delimiter there (")", ">", "]", "{", "}") is
// skipped and nil returned.
func (l *contentLexer) keyword() []byte {
	start := l.i
	for l.i < len(l.b) && isRegular(l.b[l.i]) {
		l.i++
	}
	if l.i == start {
		l.i++
		return nil
	}
	return l.b[start:l.i]
}

// operand reads an operand at l.i, if one starts there.
func (l *contentLexer) operand() (operand, bool) {
	switch c := l.b[l.i]; {
	case c == '(':
		return l.literal(), true
	case c == '<' && l.i+1 < len(l.b) && l.b[l.i+1] == '<':
		l.skipDict()
		return operand{kind: opOther}, true
	case c == '<':
		return l.hex(), true
	case c == '/':
		return l.name(), true
	case c == '[':
		return l.array(), true
	case c == '+' || c == '-' || c == '.' || c >= '0' && c <= '9':
		return l.number(), true
	}
	return operand{}, false
}

func (l *contentLexer) skipSpace() {
	for l.i < len(l.b) {
		switch l.b[l.i] {
		case ' ', '\n', '\r', '\t', '\f', 0:
			l.i++
		case '%':
			for l.i < len(l.b) && l.b[l.i] != '\n' && l.b[l.i] != '\r' {
				l.i++
			}
		default:
			return
		}
	}
}

func isRegular(c byte) bool {
	switch c {
	case ' ', '\n', '\r', '\t', '\f', 0, '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return false
	}
	return true
}

func (l *contentLexer) number() operand {
	neg := false
	for l.i < len(l.b) && (l.b[l.i] == '+' || l.b[l.i] == '-') {
		neg = neg != (l.b[l.i] == '-')
		l.i++
	}
	var v, scale float64 = 0, 0
	for ; l.i < len(l.b); l.i++ {
		c := l.b[l.i]
		switch {
		case c >= '0' && c <= '9':
			v = v*10 + float64(c-'0')
			if scale != 0 {
				scale *= 10
			}
			continue
		case c == '.' && scale == 0:
			scale = 1
			continue
		}
		if isRegular(c) { // "1.2.3", "12ab": damaged, read as far as it goes
			for l.i < len(l.b) && isRegular(l.b[l.i]) {
				l.i++
			}
		}
		break
	}
	if scale > 1 {
		v /= scale
	}
	if neg {
		v = -v
	}
	return operand{kind: opNumber, num: v}
}

func (l *contentLexer) literal() operand {
	lo := len(l.scratch)
	l.i++ // (
	depth := 1
	for l.i < len(l.b) {
		c := l.b[l.i]
		l.i++
		switch c {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return operand{kind: opString, lo: lo, hi: len(l.scratch)}
			}
		case '\\':
			if l.i >= len(l.b) {
				continue
			}
			e := l.b[l.i]
			l.i++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r': // a line continued
				if l.i < len(l.b) && l.b[l.i] == '\n' {
					l.i++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && l.i < len(l.b) && l.b[l.i] >= '0' && l.b[l.i] <= '7'; k++ {
						v = v*8 + int(l.b[l.i]-'0')
						l.i++
					}
					c = byte(v)
				} else {
					c = e // \( \) \\ and unknown escapes stand for themselves
				}
			}
		}
		l.scratch = append(l.scratch, c)
	}
	return operand{kind: opString, lo: lo, hi: len(l.scratch)}
}

func (l *contentLexer) hex() operand {
	lo := len(l.scratch)
	l.i++ // <
	var v byte
	half := false
	for l.i < len(l.b) && l.b[l.i] != '>' {
		c := l.b[l.i]
		l.i++
		if !isHex(c) {
			continue
		}
		d := unhex(c)
		if half {
			l.scratch = append(l.scratch, v<<4|d)
		} else {
			v = d
		}
		half = !half
	}
	if half {
		l.scratch = append(l.scratch, v<<4)
	}
	l.i++ // >
	return operand{kind: opString, lo: lo, hi: len(l.scratch)}
}

func (l *contentLexer) name() operand {
	lo := len(l.scratch)
	l.i++ // /
	for l.i < len(l.b) && isRegular(l.b[l.i]) {
		c := l.b[l.i]
		l.i++
		if c == '#' && l.i+1 < len(l.b) && isHex(l.b[l.i]) && isHex(l.b[l.i+1]) {
			c = unhex(l.b[l.i])<<4 | unhex(l.b[l.i+1])
			l.i += 2
		}
		l.scratch = append(l.scratch, c)
	}
	return operand{kind: opName, lo: lo, hi: len(l.scratch)}
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

// array reads an array's elements into l.elems. An array within it (which
// no text operator takes) is read and left out.
func (l *contentLexer) array() operand {
	l.i++ // [
	lo := len(l.elems)
	for {
		l.skipSpace()
		if l.i >= len(l.b) {
			break
		}
		switch l.b[l.i] {
		case ']':
			l.i++
			return operand{kind: opArray, lo: lo, hi: len(l.elems)}
		case '[':
			at := len(l.elems)
			l.array()
			l.elems = l.elems[:at]
			continue
		}
		if o, ok := l.operand(); ok {
			l.elems = append(l.elems, o)
			continue
		}
		l.keyword() // true, false, null, or damage
	}
	return operand{kind: opArray, lo: lo, hi: len(l.elems)}
}

// skipDict skips a dictionary, nested ones included.
func (l *contentLexer) skipDict() {
	depth := 0
	for l.i < len(l.b) {
		switch {
		case bytes.HasPrefix(l.b[l.i:], []byte("<<")):
			depth++
			l.i += 2
		case bytes.HasPrefix(l.b[l.i:], []byte(">>")):
			l.i += 2
			if depth--; depth == 0 {
				return
			}
		case l.b[l.i] == '(':
			l.literal()
		default:
			l.i++
		}
	}
}

// skipInlineImage skips the data of an inline image (BI … ID data EI):
// binary bytes up to an "EI" that stands alone.
func (l *contentLexer) skipInlineImage() {
	l.i++ // the one white-space byte after ID
	for l.i < len(l.b) {
		k := bytes.Index(l.b[l.i:], []byte("EI"))
		if k < 0 {
			l.i = len(l.b)
			return
		}
		at := l.i + k
		before := at == 0 || !isRegular(l.b[at-1]) && l.b[at-1] != '/'
		after := at+2 >= len(l.b) || !isRegular(l.b[at+2])
		l.i = at + 2
		if before && after {
			return
		}
	}
}
