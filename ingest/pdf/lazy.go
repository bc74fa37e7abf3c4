package pdf

import (
	"regexp"
	"sync"
)

// lazyRegexp compiles expr on first use. The package's thirteen patterns
// cost 950 of its 1,700 start-up allocations and about 0.5 ms in every
// normdex process, searches and tagging included; most of them serve
// only damaged, encrypted or unusual files (a rebuilt cross-reference
// table, a Type 1 font's own encoding, a CID font's Adobe CMap).
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
