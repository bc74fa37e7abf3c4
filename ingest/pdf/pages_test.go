package pdf

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
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

// TestPDFPagePanicOnHelper checks that a parser crash on a page read by a
// helper goroutine is caught there, as on the caller's: the page is
// reported, the rest of the document kept, the process not brought down.
// The caller takes page 1 first and holds it until another page has
// crashed, so that page was read by a helper.
func TestPDFPagePanicOnHelper(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	const n = 4 * helperPages
	pages := make([][]string, n)
	for i := range pages {
		pages[i] = []string{fmt.Sprintf("Page %d of the statement on due diligence in cyberspace.", i+1)}
	}
	data := pdftest.Helvetica(pages)
	crashed := make(chan struct{})
	var once sync.Once
	pageHook = func(page int) {
		if page == 1 {
			<-crashed
			return
		}
		once.Do(func() { close(crashed) })
		panic("injected")
	}
	defer func() { pageHook = nil }()
	x, err := Extract(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Problems) != n-1 {
		t.Fatalf("problems = %q, want one for each page but the first", x.Problems)
	}
	for i, p := range x.Problems {
		if want := fmt.Sprintf("page %d: parser crashed: injected", i+2); p != want {
			t.Errorf("problem %d = %q, want %q", i, p, want)
		}
	}
	if len(x.Paragraphs) == 0 || !strings.Contains(x.Paragraphs[0].Text, "Page 1 of") {
		t.Errorf("paragraphs = %+v, want page 1's kept", x.Paragraphs)
	}
	if r := reading.Load(); r != 0 {
		t.Errorf("%d goroutines left counted as reading", r)
	}
}

// TestPDFPagesInParallel checks that a document read and laid out on
// several cores reads as on one: pages, their running heads and footnotes
// are found apart and put back in order. Run with -race, it also checks
// that the goroutines share nothing they write.
func TestPDFPagesInParallel(t *testing.T) {
	var pages [][]textItem
	for p := 1; p <= 6*helperPages; p++ {
		items, _ := column(72, 760, 420, 11,
			fmt.Sprintf("%d. A State aware of an operation from its territory takes reasonable steps, page %d of the statement.", p, p),
			"Capacity building helps States that lack the means to terminate an operation.")
		items = append(items, furniture(p)...)
		items = append(items, textItem{X: 72, Y: 90, Size: 8, S: fmt.Sprintf("%d See the note on page %d.", p, p)})
		pages = append(pages, items)
	}
	data := makePDF(pages)
	read := func(procs int) string {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		return extractText(t, data)
	}
	one := read(1)
	if !strings.Contains(one, fmt.Sprintf("page %d of the statement", 6*helperPages)) {
		t.Fatalf("text on one core lacks the last page:\n%s", one)
	}
	if many := read(4); many != one {
		t.Errorf("text on four cores differs from one core's:\n%s\n--- one core:\n%s", many, one)
	}
}
