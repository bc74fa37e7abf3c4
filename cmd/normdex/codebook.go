package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/normdex/normdex/annotate"
	"github.com/normdex/normdex/corpus"
)

// defaultCodebookName names the embedded codebook in the workspace.
const defaultCodebookName = "default.yaml (built in)"

// compiled is a codebook with its tagger, or why it did not compile.
type compiled struct {
	cb     corpus.Codebook
	tagger *annotate.Tagger
	err    error
}

// compileCodebook compiles the codebook of --rules, or the embedded default.
func compileCodebook(c *cli.Context) compiled {
	name, data := defaultCodebookName, annotate.DefaultCodebook()
	if p := c.String("rules"); p != "" {
		b, err := os.ReadFile(p)
		if err != nil {
			return compiled{err: fmt.Errorf("codebook: %w", err)}
		}
		name, data = filepath.Base(p), b
	}
	return compileText(name, data)
}

func compileText(name string, data []byte) compiled {
	cb, err := annotate.ParseCodebook(name, data)
	if err != nil {
		return compiled{err: err}
	}
	t, err := annotate.Compile(name, cb)
	return compiled{cb: corpus.NewCodebook(name, data), tagger: t, err: err}
}

// startCodebook compiles --rules (or the default) while the workspace opens.
func startCodebook(c *cli.Context) <-chan compiled {
	ch := make(chan compiled, 1)
	go func() { ch <- compileCodebook(c) }()
	return ch
}

// workspaceCodebook chooses the codebook of a command: --rules when given,
// else the one the workspace keeps, else the embedded default. pre is
// compileCodebook's result, compiled ahead. A writing command (save) makes
// its choice the workspace's codebook; the stored form, with its date, is
// returned.
func workspaceCodebook(ctx context.Context, c *cli.Context, st *corpus.Store, pre compiled, save bool) (compiled, error) {
	stored, ok, err := st.Codebook(ctx)
	if err != nil {
		return pre, err
	}
	use := pre
	if c.String("rules") == "" && ok {
		if stored.SHA256 != pre.cb.SHA256 {
			use = compileText(stored.Name, []byte(stored.Text))
			if use.err != nil {
				return use, fmt.Errorf("the workspace's codebook %s: %w", stored.Name, use.err)
			}
		}
		use.cb = stored
	}
	if use.err != nil {
		return use, use.err
	}
	if save {
		use.cb, err = st.SetCodebook(ctx, use.cb)
	}
	return use, err
}

// taggedWith names the codebook the stored passages were tagged with, for
// status and exports.
func taggedWith(ctx context.Context, st *corpus.Store) (string, error) {
	cb, ok, err := st.Codebook(ctx)
	if err != nil || !ok {
		return "not recorded (the workspace predates codebook tracking)", err
	}
	return cb.String(), nil
}
