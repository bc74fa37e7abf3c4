package annotate

import "testing"

// BenchmarkCompileDefault measures what every tagging command pays before
// its first passage: parsing and compiling the embedded codebook.
func BenchmarkCompileDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		cb, err := ParseCodebook("default.yaml", DefaultCodebook())
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Compile("default.yaml", cb); err != nil {
			b.Fatal(err)
		}
	}
}
