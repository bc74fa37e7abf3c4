package pdf

import (
	"strings"

	lpdf "github.com/ledongthuc/pdf"
)

// symbolFont reports whether font v is Adobe's Symbol (or a TrueType
// copy such as Word's), whose codes follow its own encoding: Greek
// letters where Latin ones stand in other fonts ("d" for δ).
func symbolFont(v lpdf.Value) bool {
	name := v.Key("BaseFont").Name()
	if i := strings.IndexByte(name, '+'); i >= 0 {
		name = name[i+1:]
	}
	if i := strings.IndexAny(name, ",-"); i >= 0 {
		name = name[:i]
	}
	return name == "Symbol" || name == "SymbolMT"
}

// symbolChars are the characters of the Symbol encoding from code 0x20
// to 0x7E and from 0xA0 to 0xFE (PDF 32000-1, annex D.5), "\x00" where
// a code has none (the bracket and brace pieces of large delimiters).
const (
	symbolLow  = " !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_\u203Eαβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼"
	symbolHigh = "€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…⏐⎯↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈®©™∑\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00〉∫⌠⎮⌡\x00\x00\x00\x00\x00\x00\x00\x00\x00"
)

// symbolCodes sets t to the Symbol encoding.
func symbolCodes(t *[256]string) {
	for c := range t {
		t[c] = ""
	}
	for _, part := range []struct {
		first int
		chars string
	}{{0x20, symbolLow}, {0xA0, symbolHigh}} {
		c := part.first
		for _, r := range part.chars {
			if r != 0 {
				t[c] = string(r)
			}
			c++
		}
	}
}
