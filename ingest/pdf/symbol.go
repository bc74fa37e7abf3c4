package pdf

import (
	"strings"

	lpdf "github.com/ledongthuc/pdf"
)

// symbolFont reports whether font v is Adobe's Symbol (or a TrueType
// copy such as Word's), whose codes follow its own encoding: Greek
// letters where Latin ones stand in other fonts ("d" for δ).
func symbolFont(v lpdf.Value) bool {
	name := untagged(v.Key("BaseFont").Name())
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

// dingbatsFont reports whether font v is ITC Zapf Dingbats, whose codes
// draw ornaments, not the letters of other fonts.
func dingbatsFont(v lpdf.Value) bool {
	name := untagged(v.Key("BaseFont").Name())
	return name == "ZapfDingbats" || name == "ITCZapfDingbats" || name == "Dingbats"
}

// dingbatsCodes sets t to the encoding of Zapf Dingbats: from 0x21 the
// Dingbats block of Unicode in the font's order, but for the ornaments that
// Unicode had elsewhere (☎, ★, the circled numbers, the arrows).
func dingbatsCodes(t *[256]string) {
	for c := range t {
		t[c] = ""
	}
	t[0x20] = " "
	for c := 0x21; c <= 0x7E; c++ {
		t[c] = string(rune(0x2700 + c - 0x20))
	}
	for c, r := range map[int]rune{0x25: '☎', 0x2A: '☛', 0x2B: '☞', 0x48: '★', 0x6C: '●', 0x6E: '■',
		0x73: '▲', 0x74: '▼', 0x75: '◆', 0x77: '◗', 0xA8: '♣', 0xA9: '♦', 0xAA: '♥', 0xAB: '♠',
		0xD4: '➔', 0xD5: '→', 0xD6: '↔', 0xD7: '↕'} {
		t[c] = string(r)
	}
	for c := 0x80; c <= 0x8D; c++ { // the parentheses and brackets
		t[c] = string(rune(0x2768 + c - 0x80))
	}
	for c := 0xA1; c <= 0xA7; c++ {
		t[c] = string(rune(0x2761 + c - 0xA1))
	}
	for c := 0xAC; c <= 0xB5; c++ { // ① to ⑩
		t[c] = string(rune(0x2460 + c - 0xAC))
	}
	for c := 0xB6; c <= 0xD3; c++ { // ❶ to ➓
		t[c] = string(rune(0x2776 + c - 0xB6))
	}
	for c := 0xD8; c <= 0xFE; c++ {
		if c != 0xF0 {
			t[c] = string(rune(0x2798 + c - 0xD8))
		}
	}
}
