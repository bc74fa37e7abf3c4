package pdf

import (
	"regexp"
	"strings"
	"sync"
)

// leaderTail matches the end of a line that a dot leader joins to a page
// number or to figures: at least five dots, spaced or not, then nothing
// but numbers (page numbers, roman ones, amounts, codes such as "44-45").
var leaderTail = sync.OnceValue(func() *regexp.Regexp {
	figure := `[\d$€£(][\d.,\-–/%)]*|[ivxlcdmIVXLCDM]{1,7}`
	return regexp.MustCompile(`(?:\. ?){4,}\.\s*(?:(?:` + figure + `)(?:\s+(?:` + figure + `))*)?\s*$`)
})

// leaderRow reports whether line text s is a row of a table of contents
// or of a table whose cells dot leaders join ("1.2 Scope ........ 3",
// "Retail trade . . . . . 44-45 1,113.1"): such a row ends its entry, and
// the next row starts another rather than running on in one paragraph.
// A line whose leader runs on into words (a worksheet's "line 3 . . . . 3.
// Any person who") is not a row, nor is a leader with no label before it.
func leaderRow(s string) bool {
	if !strings.Contains(s, "...") && !strings.Contains(s, ". . .") {
		return false
	}
	loc := leaderTail().FindStringIndex(s)
	return loc != nil && strings.TrimSpace(s[:loc[0]]) != ""
}
