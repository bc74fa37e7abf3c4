package workspace

import (
	"testing"

	"github.com/normdex/normdex/annotate"
	"github.com/normdex/normdex/corpus"
)

// The embedded codebook's hash, worked out without copying its text, is
// the one its stored form has.
func TestDefaultCodebookSHA256(t *testing.T) {
	want := corpus.NewCodebook(DefaultCodebookName, annotate.DefaultCodebook()).SHA256
	if got := defaultCodebookSHA256(); got != want {
		t.Errorf("defaultCodebookSHA256() = %s, want %s", got, want)
	}
}
