package main

import (
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/normdex/normdex/qdpx"
	"github.com/normdex/normdex/workspace"
)

func importCommand() *cli.Command {
	return &cli.Command{
		Name:      "import",
		Usage:     "read back a REFI-QDA project exported by normdex and coded further in another tool",
		ArgsUsage: "--format qdpx FILE",
		Description: `Reads a .qdpx project that 'export --format qdpx' wrote and QualCoder, ATLAS.ti,
MAXQDA or NVivo coded further: a coding of an element that is not a tag of its passage
becomes a manual annotation of its span; an element whose every coding in a passage
was deleted is rejected there; codings normdex cannot place (on another source, with
a code that is not an element, across passages) are listed. Give the filters the
export was made with: tags of passages outside them are not judged. The decisions are
the reviewer's (--reviewer, else $NORMDEX_REVIEWER, else your user name).`,
		Flags: append(filterFlags(),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "qdpx", Usage: "`FORMAT`: qdpx"},
			&cli.StringFlag{Name: "reviewer", Usage: "reviewer `NAME` of the codings (default $NORMDEX_REVIEWER, else your user name)"},
			&cli.StringFlag{Name: "note", Usage: "a `NOTE` kept with each decision (default: the file's name)"},
		),
		Action: func(c *cli.Context) error {
			if _, err := oneOf("import", "format", c.String("format"), "qdpx"); err != nil {
				return err
			}
			if c.NArg() != 1 {
				return usageError{cmd: "import", msg: "import takes one FILE"}
			}
			path := c.Args().First()
			f, err := filterFromFlags(c)
			if err != nil {
				return err
			}
			f.Query = ""
			file, err := os.Open(path)
			if err != nil {
				return fmt.Errorf("import: %w", err)
			}
			defer file.Close()
			st, err := file.Stat()
			if err != nil {
				return fmt.Errorf("import: %w", err)
			}
			p, err := qdpx.Read(file, st.Size())
			if err != nil {
				return fmt.Errorf("import %s: %w", path, err)
			}
			ws, err := openWorkspace(c, false, true)
			if err != nil {
				return err
			}
			defer ws.Close()
			note := c.String("note")
			if note == "" {
				note = "imported from " + path
			}
			res, err := ws.ImportQDPX(c.Context, p, workspace.QDPXOptions{Filter: f, Reviewer: reviewer(c), Note: note})
			if err != nil {
				return err
			}
			w := c.App.Writer
			for _, d := range res.Decisions {
				fmt.Fprintln(w, describeDecision(d))
			}
			for _, u := range res.Unplaced {
				fmt.Fprintf(w, "not placed: %s, %d:%d %q (%s): %s\n", u.Source, u.Start, u.End, u.Text, u.Code, u.Reason)
			}
			fmt.Fprintf(w, "%s: %d codings kept, %d decisions stored, %d codings not placed\n", path, res.Kept, len(res.Decisions), len(res.Unplaced))
			return nil
		},
	}
}
