package ingest

import (
	"regexp"
	"sync"
)

// lazyRegexp compiles expr on first use. Compiling ingest's patterns took
// 3–4 ms and most of its 6,000 start-up allocations in every normdex
// process, although most commands (extract of a PDF, search, export) use
// none of them, and an ingest only those of the formats it reads.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
