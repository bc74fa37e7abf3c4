package main

import (
	"fmt"
	"io"
	"sort"

	"github.com/urfave/cli/v2"

	"github.com/normdex/normdex/index"
)

func statusCommand() *cli.Command {
	return &cli.Command{
		Name:  "status",
		Usage: "show what the workspace holds and how the last ingest went",
		Action: func(c *cli.Context) error {
			ws, err := openWorkspace(c, false, false)
			if err != nil {
				return err
			}
			defer ws.Close()
			ctx := c.Context
			n, err := ws.store.Counts(ctx)
			if err != nil {
				return err
			}
			v, _ := ws.store.Version()
			w := c.App.Writer
			fmt.Fprintf(w, "workspace %s (schema %d)\n", ws.dir, v)
			fmt.Fprintf(w, "documents %d, statements %d, passages %d, annotations %d\n", n.Documents, n.Statements, n.Passages, n.Annotations)
			cb, err := taggedWith(ctx, ws.store)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "codebook %s\n", cb)
			if pid := ws.writer(); pid != 0 {
				fmt.Fprintf(w, "an ingest is running (pid %d): the counts will change\n", pid)
			}
			if n.Duplicates > 0 {
				fmt.Fprintf(w, "near-duplicates: %d documents repeat one stored before; the counts below take their passages once\n", n.Duplicates)
			}
			if err := ws.openIndex(); err != nil {
				fmt.Fprintf(w, "index: %v\n", err)
			} else if cnt, err := ws.idx.Count(); err == nil {
				fmt.Fprintf(w, "index: %d passages, %d documents waiting to be indexed\n", cnt, n.Pending)
			}
			printCounts(w, "passages by element", n.ByElement)
			printCounts(w, "passages by State", n.ByState)
			run, ok, err := ws.store.LastRun(ctx)
			if err != nil {
				return err
			}
			if ok {
				fmt.Fprintf(w, "last ingest %s: %d ingested, %d unchanged, %d failed", run.Started, run.Ingested, run.Unchanged, run.Failed)
				if run.Updated > 0 {
					fmt.Fprintf(w, ", %d updated", run.Updated)
				}
				fmt.Fprintln(w)
				if run.Finished == "" && ws.writer() == 0 {
					fmt.Fprintln(w, "  (it did not finish: run the ingest again)")
				}
				for _, f := range run.Failures {
					fmt.Fprintf(w, "  failed %s: %s\n", f.Path, f.Reason)
				}
				for _, f := range run.Warnings {
					fmt.Fprintf(w, "  ingested with warnings %s: %s\n", f.Path, f.Reason)
				}
			}
			return nil
		},
	}
}

func printCounts(w io.Writer, title string, m map[string]int) {
	if len(m) == 0 {
		return
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintf(w, "%s:\n", title)
	for _, k := range keys {
		fmt.Fprintf(w, "  %-28s %d\n", k, m[k])
	}
}

func reindexCommand() *cli.Command {
	return &cli.Command{
		Name:  "reindex",
		Usage: "rebuild the search index from the store",
		Action: func(c *cli.Context) error {
			ws, err := openWorkspace(c, false, true)
			if err != nil {
				return err
			}
			defer ws.Close()
			if err := removeIndex(ws); err != nil {
				return err
			}
			if err := ws.store.QueueAll(c.Context); err != nil {
				return err
			}
			n, err := ws.syncIndex(c.Context)
			if err != nil {
				return err
			}
			cnt, _ := ws.idx.Count()
			fmt.Fprintf(c.App.Writer, "reindexed %d documents, %d passages\n", n, cnt)
			return nil
		},
	}
}

func removeIndex(ws *workspace) error {
	if ws.idx != nil {
		ws.idx.Close()
		ws.idx = nil
	}
	return index.Remove(ws.indexPath())
}

func checkCommand() *cli.Command {
	return &cli.Command{
		Name:  "check",
		Usage: "verify that the store and the search index agree",
		Description: `Compares the passages in the store with those in the index, and reports
documents still waiting to be indexed. When they disagree, 'normdex reindex'
rebuilds the index from the store.`,
		Action: func(c *cli.Context) error {
			ws, err := openWorkspace(c, false, false)
			if err != nil {
				return err
			}
			defer ws.Close()
			n, err := ws.store.Counts(c.Context)
			if err != nil {
				return err
			}
			w := c.App.Writer
			if pid := ws.writer(); pid != 0 {
				// The writer holds the index, which catches up with the
				// store when the ingest ends.
				fmt.Fprintf(w, "store: %d documents, %d passages so far\n", n.Documents, n.Passages)
				return exitError{code: 3, err: fmt.Errorf("an ingest is running (pid %d): check again when it has finished", pid)}
			}
			if err := ws.openIndex(); err != nil {
				return err
			}
			cnt, err := ws.idx.Count()
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "store: %d documents, %d passages\nindex: %d passages\n", n.Documents, n.Passages, cnt)
			switch {
			case n.Pending > 0:
				return exitError{code: 1, err: fmt.Errorf("index behind the store: %d document(s) waiting; run 'normdex reindex' (or the next ingest catches up)", n.Pending)}
			case uint64(n.Passages) != cnt:
				return exitError{code: 1, err: fmt.Errorf("store and index disagree (%d passages against %d); run 'normdex reindex'", n.Passages, cnt)}
			}
			fmt.Fprintln(w, "ok: store and index agree")
			return nil
		},
	}
}
