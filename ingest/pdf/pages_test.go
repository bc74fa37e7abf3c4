package pdf

import (
	"runtime"
	"sync/atomic"
	"testing"
)

func TestEachPage(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	for _, n := range []int{0, 1, helperPages, 2 * helperPages, 100} {
		var calls [100]atomic.Int32
		var workers, dones atomic.Int32
		eachPage(n, func() (func(int), func()) {
			workers.Add(1)
			return func(i int) { calls[i].Add(1) }, func() { dones.Add(1) }
		})
		for i := range n {
			if c := calls[i].Load(); c != 1 {
				t.Errorf("%d pages: page %d done %d times", n, i, c)
			}
		}
		if workers.Load() != dones.Load() {
			t.Errorf("%d pages: %d workers, %d done", n, workers.Load(), dones.Load())
		}
		if n < 2*helperPages && workers.Load() != 1 {
			t.Errorf("%d pages: %d workers, want 1: too few pages to share", n, workers.Load())
		}
	}
	if r := reading.Load(); r != 0 {
		t.Errorf("%d goroutines left counted as reading", r)
	}
}

// TestEachPagePanic checks that a panic on any page, on a helper or not,
// reaches the caller, which recovers it as a parser crash.
func TestEachPagePanic(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	for _, bad := range []int{0, 37, 99} {
		got := func() (x any) {
			defer func() { x = recover() }()
			eachPage(100, func() (func(int), func()) {
				return func(i int) {
					if i == bad {
						panic("bad page")
					}
				}, func() {}
			})
			return nil
		}()
		if got != "bad page" {
			t.Errorf("panic on page %d: recovered %v", bad, got)
		}
	}
	if r := reading.Load(); r != 0 {
		t.Errorf("%d goroutines left counted as reading", r)
	}
}
