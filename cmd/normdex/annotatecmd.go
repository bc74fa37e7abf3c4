package main

import (
	"fmt"
	"sort"

	"github.com/urfave/cli/v2"

	"github.com/normdex/normdex/corpus"
)

func annotateCommand() *cli.Command {
	return &cli.Command{
		Name:  "annotate",
		Usage: "re-run the workspace's codebook (or --rules, which becomes it) over the stored corpus",
		Flags: []cli.Flag{rulesFlag},
		Action: func(c *cli.Context) error {
			pre := compileCodebook(c)
			if pre.err != nil {
				return pre.err
			}
			ws, err := openWorkspace(c, false, true)
			if err != nil {
				return err
			}
			defer ws.Close()
			ctx := c.Context
			// The codebook is the workspace's before the first passage
			// changes: an interrupted run is completed by a plain annotate.
			cb, err := workspaceCodebook(ctx, c, ws.store, pre, true)
			if err != nil {
				return err
			}
			tagger := cb.tagger
			docs, err := ws.store.Documents(ctx)
			if err != nil {
				return err
			}
			added, removed := map[string]int{}, map[string]int{}
			changed := 0
			for _, d := range docs {
				ps, err := ws.store.Passages(ctx, d.ID)
				if err != nil {
					return err
				}
				updates := map[string][]corpus.Annotation{}
				for _, p := range ps {
					anns := tagger.Tag(p.Text)
					if sameAnnotations(p.Annotations, anns) {
						continue
					}
					updates[p.ID] = anns
					diffElements(p.Annotations, anns, added, removed)
				}
				if len(updates) == 0 {
					continue
				}
				changed += len(updates)
				if err := ws.store.ReplaceAnnotations(ctx, d.ID, updates); err != nil {
					return err
				}
			}
			if _, err := ws.syncIndex(ctx); err != nil {
				return err
			}
			w := c.App.Writer
			fmt.Fprintf(w, "codebook %s\n", cb.cb)
			fmt.Fprintf(w, "%d passages changed\n", changed)
			var ids []string
			for id := range added {
				ids = append(ids, id)
			}
			for id := range removed {
				if _, ok := added[id]; !ok {
					ids = append(ids, id)
				}
			}
			sort.Strings(ids)
			for _, id := range ids {
				fmt.Fprintf(w, "  %-28s +%d -%d\n", id, added[id], removed[id])
			}
			return nil
		},
	}
}

func sameAnnotations(a, b []corpus.Annotation) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// diffElements counts, per element, the passages that gain or lose it.
func diffElements(old, cur []corpus.Annotation, added, removed map[string]int) {
	was, is := map[string]bool{}, map[string]bool{}
	for _, e := range corpus.Elements(old) {
		was[e] = true
	}
	for _, e := range corpus.Elements(cur) {
		is[e] = true
		if !was[e] {
			added[e]++
		}
	}
	for e := range was {
		if !is[e] {
			removed[e]++
		}
	}
}
