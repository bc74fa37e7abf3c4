package main

import (
	"fmt"
	"io"
	"sort"

	"github.com/urfave/cli/v2"
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
			s, err := ws.Status(c.Context)
			if err != nil {
				return err
			}
			n := s.Counts
			w := c.App.Writer
			fmt.Fprintf(w, "workspace %s (schema %d)\n", s.Dir, s.Schema)
			fmt.Fprintf(w, "documents %d, statements %d, passages %d, annotations %d\n", n.Documents, n.Statements, n.Passages, n.Annotations)
			fmt.Fprintf(w, "codebook %s\n", s.Codebook)
			if s.Writer != 0 {
				fmt.Fprintf(w, "an ingest is running (pid %d): the counts will change\n", s.Writer)
			}
			if n.Duplicates > 0 {
				fmt.Fprintf(w, "near-duplicates: %d documents repeat one stored before; the counts below take their passages once\n", n.Duplicates)
			}
			if s.IndexErr != nil {
				fmt.Fprintf(w, "index: %v\n", s.IndexErr)
			} else {
				fmt.Fprintf(w, "index: %d passages, %d documents waiting to be indexed\n", s.Indexed, n.Pending)
			}
			printCounts(w, "passages by element", n.ByElement)
			printCounts(w, "passages by State", n.ByState)
			if n := s.Langs[""]; n > 0 {
				delete(s.Langs, "")
				s.Langs["unknown"] = n
			}
			printCounts(w, "documents by language", s.Langs)
			if run := s.LastRun; run != nil {
				fmt.Fprintf(w, "last ingest %s: %d ingested, %d unchanged, %d failed", run.Started, run.Ingested, run.Unchanged, run.Failed)
				if run.Updated > 0 {
					fmt.Fprintf(w, ", %d updated", run.Updated)
				}
				fmt.Fprintln(w)
				if run.Finished == "" && s.Writer == 0 {
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
			docs, passages, err := ws.Reindex(c.Context)
			if err != nil {
				return err
			}
			fmt.Fprintf(c.App.Writer, "reindexed %d documents, %d passages\n", docs, passages)
			return nil
		},
	}
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
			h, err := ws.Check(c.Context)
			if err != nil {
				return err
			}
			w := c.App.Writer
			if h.Writer != 0 {
				fmt.Fprintf(w, "store: %d documents, %d passages so far\n", h.Documents, h.Passages)
				return exitError{code: 3, err: fmt.Errorf("%s", h.Problem())}
			}
			fmt.Fprintf(w, "store: %d documents, %d passages\nindex: %d passages\n", h.Documents, h.Passages, h.Indexed)
			if p := h.Problem(); p != "" {
				return exitError{code: 1, err: fmt.Errorf("%s", p)}
			}
			fmt.Fprintln(w, "ok: store and index agree")
			return nil
		},
	}
}
