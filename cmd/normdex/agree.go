package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/normdex/normdex/workspace"
)

func agreeCommand() *cli.Command {
	return &cli.Command{
		Name:      "agree",
		Usage:     "how far the rules agree with reviewers (or two reviewers with each other): P/R/F1, kappa, alpha",
		ArgsUsage: "[WORDS...]",
		Description: `Compares, on the reviewed passages that pass the filters, the elements the rules
found with those the reviewers left (rule tags not rejected, and manual ones): per
element and overall, precision, recall, F1, Cohen's kappa and Krippendorff's alpha
(nominal), with the counts and bootstrap 95% intervals over the passages. A reviewed
passage is judged whole: a rule tag its reviewer left alone counts as let stand.
--element chooses the elements scored (not the passages). --reviewer A scores the rules
against A's decisions only; --reviewer A --reviewer B compares A with B on the
passages both reviewed. --format md gives a table for a methods section, with a line
that says what was compared.`,
		Flags: append(filterFlags(),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "md", Usage: "`FORMAT`: md, csv or json"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` instead of standard output"},
			&cli.StringSliceFlag{Name: "reviewer", Usage: "reviewer `NAME`: once to score the rules against them, twice to compare two reviewers"},
			&cli.IntFlag{Name: "resamples", Value: 1000, Usage: "bootstrap resamples `N` (0: no intervals)"},
			&cli.IntFlag{Name: "seed", Value: 1, Usage: "random `SEED` of the resamples, 0 or more (the same seed gives the same intervals)"},
		),
		Action: func(c *cli.Context) error {
			format, err := oneOf("agree", "format", c.String("format"), "md", "csv", "json")
			if err != nil {
				return err
			}
			f, err := filterFromFlags(c)
			if err != nil {
				return err
			}
			if c.Int("seed") < 0 {
				return usageError{cmd: "agree", msg: fmt.Sprintf("bad seed %d: want 0 or more", c.Int("seed"))}
			}
			resamples := c.Int("resamples")
			if resamples == 0 {
				resamples = -1 // none; the package's 0 is its default
			}
			ws, err := openWorkspace(c, false, false)
			if err != nil {
				return err
			}
			defer ws.Close()
			t, err := ws.Agreement(c.Context, f, workspace.AgreementOptions{Reviewers: c.StringSlice("reviewer"), Resamples: resamples, Seed: uint64(c.Int("seed"))})
			var inv *workspace.InvalidError
			if errors.As(err, &inv) {
				return usageError{cmd: "agree", msg: inv.Msg}
			}
			if err != nil {
				return err
			}
			return writeOutput(c, func(w io.Writer) error {
				switch format {
				case "csv":
					return t.CSV(w)
				case "json":
					return t.JSON(w)
				}
				return t.Markdown(w)
			})
		},
	}
}
