package pdf

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// reading counts the goroutines reading or laying out pages, in every
// document being extracted: a document takes helpers only while they are
// fewer than the cores. An ingest's workers each read a document of their
// own; when one runs out of files, or is tagging, the others' documents
// take its core, so that the last document of a batch, or a user's one
// long book, is not read on one core while the others idle.
var reading atomic.Int32

// helperPages is half the fewest pages left for a helper to start on
// (2*helperPages). Helpers share the document's parsed fonts, but each
// looks up its pages' resources and forms again: starting one from 4
// pages left instead of 8 cost the six sample PDFs' ingest 6% more CPU and
// 10% more time.
const helperPages = 4

// eachPage calls work on pages 0 to n-1, each once, in no set order: on the
// calling goroutine and on helpers started whenever a core is free and
// enough pages are left. Each goroutine gets its own state from worker,
// which also says what to do when it has no page left. A panic in a helper
// is raised again on the calling goroutine, which the caller recovers as
// it would its own.
func eachPage(n int, worker func() (work func(i int), done func())) {
	reading.Add(1)
	defer reading.Add(-1)
	var (
		next  atomic.Int64
		wg    sync.WaitGroup
		mu    sync.Mutex
		crash any
	)
	run := func(work func(int)) {
		for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
			work(i)
		}
	}
	help := func() bool {
		if n-int(next.Load()) < 2*helperPages {
			return false
		}
		r := reading.Load()
		if int(r) >= runtime.GOMAXPROCS(0) || !reading.CompareAndSwap(r, r+1) {
			return false
		}
		wg.Go(func() {
			defer reading.Add(-1)
			defer func() {
				if x := recover(); x != nil {
					mu.Lock()
					if crash == nil {
						crash = x
					}
					mu.Unlock()
					next.Store(int64(n)) // the others stop too
				}
			}()
			work, done := worker()
			defer done()
			run(work)
		})
		return true
	}
	work, done := worker()
	defer done()
	func() {
		// On a panic here too, the helpers stop after their page and are
		// waited for: the caller releases what they are working on.
		defer func() {
			next.Store(int64(n))
			wg.Wait()
		}()
		helpers := 0
		run(func(i int) {
			if helpers < runtime.GOMAXPROCS(0)-1 && help() {
				helpers++
			}
			work(i)
		})
	}()
	if crash != nil {
		panic(crash)
	}
}

// onceMap gives the value of each key built once, by the first goroutine
// to ask for it, for all of them; the others wait for it. A build that
// panics panics again for each that asks, as building the value again
// would (sync.OnceValue).
type onceMap[V any] struct {
	mu sync.Mutex
	m  map[string]func() V
}

func (o *onceMap[V]) get(key string, build func() V) V {
	o.mu.Lock()
	v, ok := o.m[key]
	if !ok {
		if o.m == nil {
			o.m = map[string]func() V{}
		}
		v = sync.OnceValue(build)
		o.m[key] = v
	}
	o.mu.Unlock()
	return v()
}
