package main

import (
	"fmt"
	"sort"

	"github.com/urfave/cli/v2"
)

func annotateCommand() *cli.Command {
	return &cli.Command{
		Name:  "annotate",
		Usage: "re-run the workspace's codebook (or --rules, which becomes it) over the stored corpus",
		Flags: []cli.Flag{rulesFlag},
		Action: func(c *cli.Context) error {
			rules, err := rulesCodebook(c)
			if err != nil {
				return err
			}
			ws, err := openWorkspace(c, false, true)
			if err != nil {
				return err
			}
			defer ws.Close()
			r, err := ws.Annotate(c.Context, rules)
			if err != nil {
				return err
			}
			w := c.App.Writer
			fmt.Fprintf(w, "codebook %s\n", r.Codebook)
			fmt.Fprintf(w, "%d passages changed\n", r.Changed)
			var ids []string
			for id := range r.Added {
				ids = append(ids, id)
			}
			for id := range r.Removed {
				if _, ok := r.Added[id]; !ok {
					ids = append(ids, id)
				}
			}
			sort.Strings(ids)
			for _, id := range ids {
				fmt.Fprintf(w, "  %-28s +%d -%d\n", id, r.Added[id], r.Removed[id])
			}
			return nil
		},
	}
}
