package main

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"sync/atomic"
)

// heapLimit keeps the collector's soft limit a fixed headroom above the
// heap the last collection found live, and never below a floor. Under a
// fixed limit the headroom shrinks as what stays live grows with the
// corpus (the near-duplicate index of 10,000 documents is some 16 MB), so
// the collector ran more often the larger the corpus: at a million
// passages a 176 MiB limit took 7% less CPU than 160 MiB.
//
// The live heap it follows is the least of the last few collections': what
// an ingest holds for a moment (the index's analysed batches, two segments
// built at once) comes and goes between collections, and a limit raised for
// it let 100,000 passages peak 10–20 MiB higher.
type heapLimit struct {
	floor, headroom int64
	// A paced collector (see start) runs at GOGC firstPercent, when set,
	// until its first collection, then at Go's own pace (GOGC 100) while
	// the live heap is under pacedBelow and the process has allocated
	// less than pacedFor in all; from the first collection that finds
	// either passed, only the soft limit starts one.
	firstPercent         int
	pacedBelow, pacedFor int64
	paced                atomic.Bool
	on                   atomic.Bool
	// recent are the live heaps the last collections left, in a ring;
	// only the finalizer goroutine touches them.
	recent [liveWindow]int64
	n      int
}

// liveWindow is how many collections the limit looks back over.
const liveWindow = 8

// sentinel is garbage the collector finalizes once a cycle: large enough
// not to share a block with anything else, which would keep it alive.
type sentinel struct{ _ [64]byte }

// start sets the floor as the limit and follows each collection. Paced,
// the collector's own pace (GOGC) is set as the struct says; otherwise it
// is left alone.
func (h *heapLimit) start(paced bool) {
	debug.SetMemoryLimit(h.floor)
	h.paced.Store(paced)
	if paced && h.firstPercent > 0 {
		debug.SetGCPercent(h.firstPercent)
	}
	h.on.Store(true)
	h.arm()
}

// stop leaves the limit to whoever sets it next.
func (h *heapLimit) stop() { h.on.Store(false) }

func (h *heapLimit) arm() {
	runtime.SetFinalizer(&sentinel{}, func(*sentinel) { h.collected() })
}

func (h *heapLimit) collected() {
	if !h.on.Load() {
		return
	}
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(sample)
	live, allocated := int64(sample[0].Value.Uint64()), int64(sample[1].Value.Uint64())
	switch {
	case (live >= h.pacedBelow || allocated >= h.pacedFor) && h.paced.CompareAndSwap(true, false):
		debug.SetGCPercent(-1)
	case h.paced.Load():
		debug.SetGCPercent(100)
	}
	debug.SetMemoryLimit(h.limit(h.least(live)))
	h.arm()
}

// least records a collection's live heap and returns the least of the
// last liveWindow.
func (h *heapLimit) least(live int64) int64 {
	h.recent[h.n%liveWindow] = live
	h.n++
	return slices.Min(h.recent[:min(h.n, liveWindow)])
}

// limit is the soft limit for a live heap of live bytes.
func (h *heapLimit) limit(live int64) int64 { return max(h.floor, live+h.headroom) }
