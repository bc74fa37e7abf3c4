package workspace

import (
	"testing"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/index"
)

func TestShareOutKeepsSmallLeftoversInOneBatch(t *testing.T) {
	docs := func(sizes ...int) []docEntries {
		var ds []docEntries
		for i, n := range sizes {
			ds = append(ds, docEntries{Queued: corpus.Queued{DocID: string(rune('a' + i))}, entries: make([]index.Analyzed, n)})
		}
		return ds
	}
	b := indexBatch
	for _, tc := range []struct {
		name  string
		sizes []int
		n     int
		want  []int // entries per batch
	}{
		{"nothing", nil, 2, nil},
		{"fewer than a batch", []int{b / 2, b / 3, 23}, 2, []int{b/2 + b/3 + 23}},
		{"one batch and a half", []int{9 * b / 10, 6 * b / 10}, 2, []int{15 * b / 10}},
		{"two batches", []int{9 * b / 10, 6 * b / 10, b / 2, 4 * b / 10}, 2, []int{13 * b / 10, 11 * b / 10}},
		{"no more batches than goroutines", []int{3 * b, 3 * b, 3 * b}, 2, []int{6 * b, 3 * b}},
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
