package workspace

import (
	"testing"

	"github.com/normdex/normdex/index"
)

func TestShareOutKeepsSmallLeftoversInOneBatch(t *testing.T) {
	docs := func(sizes ...int) []docEntries {
		var ds []docEntries
		for i, n := range sizes {
			ds = append(ds, docEntries{id: string(rune('a' + i)), entries: make([]index.Analyzed, n)})
		}
		return ds
	}
	for _, tc := range []struct {
		name  string
		sizes []int
		n     int
		want  []int // entries per batch
	}{
		{"nothing", nil, 2, nil},
		{"fewer than a batch", []int{300, 200, 23}, 2, []int{523}},
		{"one batch and a half", []int{900, 600}, 2, []int{1500}},
		{"two batches", []int{900, 600, 500, 400}, 2, []int{1300, 1100}},
		{"no more batches than goroutines", []int{3000, 3000, 3000}, 2, []int{6000, 3000}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			parts := shareOut(docs(tc.sizes...), tc.n)
			var got []int
			for _, p := range parts {
				k := 0
				for _, d := range p {
					k += len(d.entries)
				}
				got = append(got, k)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("batches = %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("batches = %v, want %v", got, tc.want)
				}
			}
		})
	}
}
