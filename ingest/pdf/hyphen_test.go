package pdf

import (
	"strings"
	"testing"
)

// TestPDFCapitalAfterLineEndHyphen joins a name broken at a line end
// before a capital ("Trace-" "Monkey") where the document writes it whole
// elsewhere, and keeps the hyphen of a compound of names it never writes
// whole ("Franco-" "German").
func TestPDFCapitalAfterLineEndHyphen(t *testing.T) {
	lines := []string{
		"The tracer called TraceMonkey records loops. Then Trace-",
		"Monkey compiles them, as the Franco-",
		"German report on the tracer explains at length.",
	}
	var items []textItem
	for i, l := range lines {
		items = append(items, textItem{X: 72, Y: 700 - 14*float64(i), Size: 11, S: l})
	}
	got := extractText(t, makePDF([][]textItem{items}))
	for _, want := range []string{"Then TraceMonkey compiles them", "the Franco-German report"} {
		if !strings.Contains(got, want) {
			t.Errorf("%q missing from\n%s", want, got)
		}
	}
}
