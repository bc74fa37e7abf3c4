package pdf

import "testing"

func TestAppendHex(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"48 65\n6C6c6F>", "Hello"},
		{"4865 6", "He`"},   // a last odd digit, followed by a zero
		{"4865>4A4B", "He"}, // the data end at ">"
		{"4865\x1a4A4B", "He"},
		{"", ""},
	} {
		if got := string(appendHex(nil, []byte(tc.in), noLimit)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := string(appendHex(nil, []byte("48656C6C6F"), 2)); got != "He" {
		t.Errorf("limit 2: got %q", got)
	}
}
