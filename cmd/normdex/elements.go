package main

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/normdex/normdex/annotate"
)

// resolveElements turns the --element values into element IDs or prefixes
// as the codebook spells them, case aside ("Knowledge" is "knowledge"). A
// value that names no element is an error suggesting the nearest IDs,
// never an empty result. The known elements are those of the embedded
// codebook, of --rules, and those the stored passages are tagged with.
func resolveElements(c *cli.Context, patterns []string) ([]string, error) {
	known := annotate.ElementIDs
	var out []string
	loaded := false
	for _, p := range patterns {
		id, ok := matchElement(p, known)
		if !ok && !loaded {
			loaded = true
			// Only now read what else is known: the common case, the
			// embedded codebook's IDs, costs nothing.
			more, err := moreElements(c)
			if err != nil {
				return nil, err
			}
			known = append(slices.Clone(known), more...)
			id, ok = matchElement(p, known)
		}
		if !ok {
			return nil, unknownElement(c.Command.Name, p, known)
		}
		out = append(out, id)
	}
	return out, nil
}

// moreElements lists the elements of the --rules codebook, of the codebook
// the workspace keeps (an element it defines may have tagged nothing yet),
// and of the stored annotations.
func moreElements(c *cli.Context) ([]string, error) {
	var out []string
	if path := c.String("rules"); path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("read codebook: %w", err)
		}
		cb, err := annotate.ParseCodebook(path, data)
		if err != nil {
			return nil, err
		}
		for _, e := range cb.Elements {
			out = append(out, e.ID)
		}
	}
	ws, err := openWorkspace(c, false, false)
	if err != nil {
		return out, nil // the command says what is wrong with the workspace
	}
	defer ws.Close()
	more, err := ws.KnownElements(c.Context)
	return append(out, more...), err
}

// matchElement finds pattern, case aside, among the IDs or their prefixes
// ("knowledge" of "knowledge.actual").
func matchElement(pattern string, ids []string) (string, bool) {
	p := strings.ToLower(strings.TrimSpace(pattern))
	for _, id := range ids {
		l := strings.ToLower(id)
		if l == p {
			return id, true
		}
		if strings.HasPrefix(l, p+".") {
			return id[:len(p)], true
		}
	}
	return "", false
}

// unknownElement suggests the IDs or groups nearest to pattern, by the
// whole ID or by its last part ("constructive" for knowledge.constructive).
func unknownElement(cmd, pattern string, ids []string) error {
	var cands []string
	for _, id := range ids {
		cands = append(cands, id)
		if g, _, ok := strings.Cut(id, "."); ok && !slices.Contains(cands, g) {
			cands = append(cands, g)
		}
	}
	last := func(id string) string { return id[strings.LastIndexByte(id, '.')+1:] }
	near := closest(pattern, cands, 3, nil)
	for _, s := range closest(pattern, cands, 3, last) {
		if len(near) < 3 && !slices.Contains(near, s) {
			near = append(near, s)
		}
	}
	msg := fmt.Sprintf("unknown element %q", pattern)
	if len(near) > 0 {
		for i := range near {
			near[i] = fmt.Sprintf("%q", near[i])
		}
		msg += ": did you mean " + orList(near) + "?"
	} else {
		msg += " ('normdex rules show' lists the IDs)"
	}
	return usageError{cmd: cmd, msg: msg}
}
