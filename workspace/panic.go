package workspace

import (
	"fmt"
	"runtime/debug"
)

// PanicError is a panic raised while one file was handled, recovered so
// that it fails that file only: a bug in a parser, the segmenter, the
// tagger or the index's analyser met on one input must not stop the batch.
type PanicError struct {
	Value any
	Stack []byte // where it panicked, for NORMDEX_DEBUG
}

// Error is the one line a failed file is reported with; the stack stays
// out of it.
func (e *PanicError) Error() string { return fmt.Sprintf("internal error: %v", e.Value) }

// recovered runs f and returns its error, or the panic it raised as a
// *PanicError. Every goroutine that handles a file's data runs its work
// through it, so that a panic is carried back to the file's own goroutine
// instead of ending the process.
func recovered(f func() error) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = &PanicError{Value: v, Stack: debug.Stack()}
		}
	}()
	return f()
}
