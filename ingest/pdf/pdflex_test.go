package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// lexed renders what the lexer reads, one operator a line.
func lexed(src string) string {
	l := contentLexer{b: []byte(src)}
	var b strings.Builder
	for {
		op, ok := l.next()
		if !ok {
			return b.String()
		}
		for _, a := range l.args {
			b.WriteString(l.render(a) + " ")
		}
		fmt.Fprintf(&b, "%s\n", op)
	}
}

func (l *contentLexer) render(a operand) string {
	switch a.kind {
	case opNumber:
		return fmt.Sprint(a.num)
	case opString:
		return fmt.Sprintf("%q", l.bytesOf(a))
	case opName:
		return "/" + string(l.bytesOf(a))
	case opArray:
		var parts []string
		for _, e := range l.elems[a.lo:a.hi] {
			parts = append(parts, l.render(e))
		}
		return "[" + strings.Join(parts, " ") + "]"
	}
	return "?"
}

func TestContentLexer(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"BT /F1 12 Tf 72 720.5 Td (Hello) Tj ET", "BT\n/F1 12 Tf\n72 720.5 Td\n\"Hello\" Tj\nET\n"},
		{"[(A) -120 (B\\)c) .5] TJ", "[\"A\" -120 \"B)c\" 0.5] TJ\n"},
		{"(a\\101\\nb\\\nc (nested)) Tj", "\"aA\\nbc (nested)\" Tj\n"},
		{"<48 65 6c6C6> Tj", "\"Hell`\" Tj\n"},
		{"/A#20B 1 Tf % comment ) [ (\n-3 +4 --5 Td", "/A B 1 Tf\n-3 4 5 Td\n"},
		{"/P <</MCID 0 /T (x>>)>> BDC EMC", "/P ? BDC\nEMC\n"},
		{"BI /W 2 /H 1 ID \x00EI\xffEI q\nEI Q", "BI\n/W 2 /H 1 ID\nQ\n"},
		{"[(a) [(nested)] (b)] TJ true null Do", "[\"a\" \"b\"] TJ\n? ? Do\n"},
		{"(unterminated", ""},
		{"1.2.3 ) > Tw", "1.2 Tw\n"},
	} {
		if got := lexed(tc.in); got != tc.want {
			t.Errorf("lex %q:\n%s\nwant\n%s", tc.in, got, tc.want)
		}
	}
}

func FuzzContentLexer(f *testing.F) {
	f.Add([]byte("BT /F1 12 Tf [(A) -120 (B)] TJ ET"))
	f.Add([]byte("BI /W 1 ID \x00\x01 EI <</A <</B (c)>> >> BDC"))
	f.Fuzz(func(t *testing.T, data []byte) {
		l := contentLexer{b: data}
		for n := 0; ; n++ {
			if _, ok := l.next(); !ok {
				return
			}
			if n > len(data) {
				t.Fatalf("more operators than bytes in %q", data)
			}
		}
	})
}
