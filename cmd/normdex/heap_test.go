package main

import (
	"runtime"
	"runtime/debug"
	"testing"
)

func TestHeapLimit(t *testing.T) {
	h := &heapLimit{floor: 160 << 20, headroom: 120 << 20}
	for _, c := range []struct{ live, want int64 }{
		{0, 160 << 20},
		{40 << 20, 160 << 20},
		{60 << 20, 180 << 20},
	} {
		if got := h.limit(c.live); got != c.want {
			t.Errorf("limit(%d MiB) = %d MiB, want %d MiB", c.live>>20, got>>20, c.want>>20)
		}
	}
}

// TestHeapLimitLeast checks that the live heap the limit follows is the
// least of the last liveWindow collections, so that a batch held for a
// moment does not raise it.
func TestHeapLimitLeast(t *testing.T) {
	h := &heapLimit{}
	lives := []int64{50, 30, 70, 90, 80, 85, 95, 100, 110, 120, 60}
	want := []int64{50, 30, 30, 30, 30, 30, 30, 30, 30, 70, 60}
	for i, live := range lives {
		if got := h.least(live); got != want[i] {
			t.Errorf("collection %d (live %d): least %d, want %d", i, live, got, want[i])
		}
	}
}

// TestHeapLimitFollowsCollections checks that the limit is set anew after
// a collection while on, and left alone once stopped.
func TestHeapLimitFollowsCollections(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	h := &heapLimit{floor: 1 << 40, headroom: 0}
	h.start(false)
	debug.SetMemoryLimit(1 << 41)
	for i := 0; i < 20 && debug.SetMemoryLimit(-1) != 1<<40; i++ {
		runtime.GC()
		runtime.Gosched()
	}
	if got := debug.SetMemoryLimit(-1); got != 1<<40 {
		t.Fatalf("after collections the limit is %d, want the floor %d", got, int64(1<<40))
	}
	h.stop()
	debug.SetMemoryLimit(1 << 41)
	runtime.GC()
	runtime.GC()
	if got := debug.SetMemoryLimit(-1); got != 1<<41 {
		t.Fatalf("stopped, the limit was set to %d", got)
	}
}

// TestHeapLimitPace checks that a paced collector starts at firstPercent,
// keeps Go's pace after a collection until one finds pacedBelow live or
// pacedFor allocated, and that one not paced is left alone.
func TestHeapLimitPace(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	gogc := func() int {
		p := debug.SetGCPercent(100)
		debug.SetGCPercent(p)
		return p
	}
	for _, c := range []struct {
		name                 string
		paced                bool
		pacedBelow, pacedFor int64
		atStart, afterGCs    int
	}{
		{"under both thresholds", true, 1 << 40, 1 << 50, 400, 100},
		{"live heap past its threshold", true, 1, 1 << 50, 400, -1},
		{"allocations past theirs", true, 1 << 40, 1, 400, -1},
		{"not paced", false, 1, 1, 50, 50},
	} {
		debug.SetGCPercent(50)
		h := &heapLimit{floor: 1 << 40, firstPercent: 400, pacedBelow: c.pacedBelow, pacedFor: c.pacedFor}
		h.start(c.paced)
		if got := gogc(); got != c.atStart {
			t.Errorf("%s: GOGC %d at start, want %d", c.name, got, c.atStart)
		}
		// Finalizers run after the collection that freed them, on their
		// own goroutine: a few rounds let the one set in start run.
		got := c.atStart
		for i := 0; i < 20 && got == c.atStart; i++ {
			runtime.GC()
			runtime.Gosched()
			got = gogc()
		}
		h.stop()
		if got != c.afterGCs {
			t.Errorf("%s: GOGC %d after collections, want %d", c.name, got, c.afterGCs)
		}
	}
}
