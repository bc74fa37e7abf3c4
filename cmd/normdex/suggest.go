package main

import (
	"fmt"
	"slices"
	"strings"
)

// closest returns up to n candidates nearest to word (case aside), nearest
// first, leaving out those too far to be a slip of the fingers. key, when
// set, gives the part of a candidate to compare.
func closest(word string, candidates []string, n int, key func(string) string) []string {
	type scored struct {
		s string
		d int
	}
	word = strings.ToLower(word)
	limit := max(2, len([]rune(word))/3)
	var found []scored
	for _, c := range candidates {
		k := c
		if key != nil {
			k = key(c)
		}
		if d := editDistance(word, strings.ToLower(k)); d <= limit {
			found = append(found, scored{c, d})
		}
	}
	slices.SortStableFunc(found, func(a, b scored) int {
		if a.d != b.d {
			return a.d - b.d
		}
		return strings.Compare(a.s, b.s)
	})
	var out []string
	for _, f := range found {
		if len(out) == n {
			break
		}
		if !slices.Contains(out, f.s) {
			out = append(out, f.s)
		}
	}
	return out
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// oneOf checks the value of an enumerated flag, case aside, and returns it
// as listed in allowed; any other value is an error naming the choices and
// the nearest of them.
func oneOf(cmd, flag, value string, allowed ...string) (string, error) {
	for _, a := range allowed {
		if strings.EqualFold(value, a) {
			return a, nil
		}
	}
	msg := fmt.Sprintf("unknown %s %q", flag, value)
	if s := closest(value, allowed, 1, nil); len(s) > 0 {
		msg += fmt.Sprintf(": did you mean %q?", s[0])
	}
	return "", usageError{cmd: cmd, msg: fmt.Sprintf("%s (want %s)", msg, orList(allowed))}
}

// orList writes a, b or c.
func orList(xs []string) string {
	if len(xs) < 2 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " or " + xs[len(xs)-1]
}
