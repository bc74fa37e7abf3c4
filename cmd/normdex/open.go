package main

import (
	"errors"

	"github.com/urfave/cli/v2"

	"github.com/normdex/normdex/workspace"
)

// openWorkspace opens the workspace named by --data; a workspace another
// process writes to is exit status 3.
func openWorkspace(c *cli.Context, create, write bool) (*workspace.Workspace, error) {
	dir := c.String("data")
	if dir == "" {
		dir = "normdex-data"
	}
	ws, err := workspace.Open(dir, workspace.Options{Create: create, Write: write})
	var busy *workspace.BusyError
	if errors.As(err, &busy) {
		return nil, exitError{code: 3, err: err}
	}
	return ws, err
}

// rulesCodebook compiles the codebook of --rules, or returns nil when none
// is given (the workspace's then applies).
func rulesCodebook(c *cli.Context) (*workspace.Codebook, error) {
	if p := c.String("rules"); p != "" {
		return workspace.CompileCodebook(p)
	}
	return nil, nil
}
