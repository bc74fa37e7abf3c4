package pdf

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestSortFromTop(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	buf := new([]Glyph) // shared, as pages share it, in sizes up and down
	for _, n := range r.Perm(60) {
		gs := make([]Glyph, n)
		for i := range gs {
			gs[i] = Glyph{S: fmt.Sprint(i), Y: float64(r.IntN(8))}
			if n%2 == 0 && i < n*3/4 {
				gs[i].Y = float64(n - i) // a long first run, as most lines are
			}
		}
		want := slices.Clone(gs)
		slices.SortStableFunc(want, func(a, b Glyph) int { return cmpFloat(b.Y, a.Y) })
		sortFromTop(gs, buf)
		if !slices.Equal(gs, want) {
			t.Fatalf("n=%d: got %v\nwant %v", n, gs, want)
		}
	}
}
