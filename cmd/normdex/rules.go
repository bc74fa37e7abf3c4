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
				Name:      "check",
				Usage:     "validate a codebook file and report its errors with line numbers",
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
