package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/normdex/normdex/annotate"
)

func rulesCommand() *cli.Command {
	return &cli.Command{
		Name:  "rules",
		Usage: "show or check a codebook",
		Subcommands: []*cli.Command{
			rulesEvalCommand(),
			{
				Name:  "show",
				Usage: "print the codebook in use (the embedded default, or --rules FILE)",
				Flags: []cli.Flag{rulesFlag},
				Action: func(c *cli.Context) error {
					data := annotate.DefaultCodebook()
					if p := c.String("rules"); p != "" {
						b, err := os.ReadFile(p)
						if err != nil {
							return fmt.Errorf("rules show: %w", err)
						}
						data = b
					}
					_, err := c.App.Writer.Write(data)
					return err
				},
			},
			{
				Name:  "check",
				Usage: "validate a codebook file and report its errors with line numbers",
				Description: `Prints each error with its line, element and rule, and exits 1 if there is one.
Prints warnings to stderr for phrases that compile but likely do not say what
was meant, and still exits 0: "|" joins single words, so "citizens|the public"
reads "(citizens|the) public"; write "citizens" and "the public" as two phrases.`,
				ArgsUsage: "FILE",
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return fmt.Errorf("rules check: want one FILE")
					}
					path := c.Args().First()
					data, err := os.ReadFile(path)
					if err != nil {
						return fmt.Errorf("rules check: %w", err)
					}
					cb, err := annotate.ParseCodebook(path, data)
					if err == nil {
						_, err = annotate.Compile(path, cb)
					}
					var errs annotate.CheckErrors
					if errors.As(err, &errs) {
						for _, e := range errs {
							fmt.Fprintln(c.App.ErrWriter, e)
						}
						return exitError{code: 1, err: fmt.Errorf("%s: %d error(s)", path, len(errs))}
					}
					if err != nil {
						return err
					}
					rules := 0
					for _, e := range cb.Elements {
						rules += len(e.Rules)
					}
					// Warnings do not fail the check: the codebook works, it
					// may just not say what its author meant.
					for _, w := range annotate.Lint(cb) {
						fmt.Fprintf(c.App.ErrWriter, "%s: warning: %s\n", path, w)
					}
					fmt.Fprintf(c.App.Writer, "%s: ok: %d elements, %d rules\n", path, len(cb.Elements), rules)
					if m := cb.Missing(); len(m) > 0 {
						fmt.Fprintf(c.App.Writer, "%s: note: no rules for %v\n", path, m)
					}
					return nil
				},
			},
		},
	}
}

func rulesEvalCommand() *cli.Command {
	return &cli.Command{
		Name:      "eval",
		Usage:     "score a codebook on a gold file of labelled passages",
		ArgsUsage: "GOLD.jsonl",
		Description: `Tags each passage of GOLD.jsonl (one JSON object a line with "id", "text" and
"elements") and prints, per element, true and false positives, false negatives,
support, precision, recall and F1, then micro and macro F1 (macro over the elements
the gold file has), then every false positive with the rules that fired and the
words they matched, and every false negative with the start of its passage.`,
		Flags: []cli.Flag{rulesFlag, &cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "print the figures only, not the errors"}},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageError{cmd: "rules eval", msg: "rules eval: want one GOLD.jsonl"}
			}
			path := c.Args().First()
			t, err := annotate.Load(c.String("rules"))
			if err != nil {
				return err
			}
			f, err := os.Open(path)
			if err != nil {
				return fmt.Errorf("rules eval: %w", err)
			}
			defer f.Close()
			gold, err := annotate.ReadGold(path, f)
			if err != nil {
				return fmt.Errorf("rules eval: %w", err)
			}
			rep := annotate.Evaluate(t, gold)
			if err := rep.WriteTable(c.App.Writer); err != nil {
				return err
			}
			if c.Bool("quiet") {
				return nil
			}
			fmt.Fprintln(c.App.Writer)
			return rep.WriteErrors(c.App.Writer)
		},
	}
}
