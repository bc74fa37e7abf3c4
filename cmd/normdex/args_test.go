package main

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

// parsed is what a command's action saw of its command line.
type parsed struct {
	data  string
	value string
	args  []string
}

// parseWith runs normdex on args with every action replaced by one that
// records the value of flag name, --data and the words.
func parseWith(t *testing.T, args []string, name string) (parsed, error) {
	t.Helper()
	app := newApp(strings.NewReader(""), io.Discard, io.Discard)
	setConventions(app)
	var got parsed
	var walk func([]*cli.Command)
	walk = func(cmds []*cli.Command) {
		for _, c := range cmds {
			c.Action = func(c *cli.Context) error {
				got = parsed{data: c.String("data"), args: c.Args().Slice()}
				if name != "" {
					got.value = fmt.Sprint(c.Value(name))
				}
				return nil
			}
			walk(c.Subcommands)
		}
	}
	walk(app.Commands)
	args, err := reorderArgs(app, args)
	if err != nil {
		return got, err
	}
	return got, app.Run(args)
}

// commandPaths lists every runnable command with its flags.
func commandPaths() map[string][]cli.Flag {
	out := map[string][]cli.Flag{}
	var walk func(string, []*cli.Command)
	walk = func(prefix string, cmds []*cli.Command) {
		for _, c := range cmds {
			path := strings.TrimSpace(prefix + " " + c.Name)
			if len(c.Subcommands) > 0 {
				walk(path, c.Subcommands)
				continue
			}
			out[path] = c.Flags
		}
	}
	walk("", newApp(nil, io.Discard, io.Discard).Commands)
	return out
}

func exampleValue(f cli.Flag) string {
	switch f.(type) {
	case *cli.IntFlag:
		return "7"
	case *cli.DurationFlag:
		return "3s"
	}
	return "v1"
}

// TestFlagsAnywhere checks, for every flag of every command, that it means
// the same before and after the words, and that --data may follow the
// command.
func TestFlagsAnywhere(t *testing.T) {
	for path, flags := range commandPaths() {
		cmd := strings.Fields(path)
		for _, f := range flags {
			name := f.Names()[0]
			flagArgs := []string{"--" + name}
			want := "true"
			if takesValue(f) {
				v := exampleValue(f)
				flagArgs = append(flagArgs, v)
				want = v
				if _, ok := f.(*cli.StringSliceFlag); ok {
					want = "[" + v + "]"
				}
			}
			t.Run(path+"/"+name, func(t *testing.T) {
				var runs []parsed
				for _, line := range [][]string{
					slices.Concat([]string{"normdex"}, cmd, flagArgs, []string{"w1", "w2"}),
					slices.Concat([]string{"normdex"}, cmd, []string{"w1"}, flagArgs, []string{"w2", "--data", "d"}),
					slices.Concat([]string{"normdex", "--data", "d"}, cmd, []string{"w1", "w2"}, flagArgs),
				} {
					got, err := parseWith(t, line, name)
					if err != nil {
						t.Fatalf("%q: %v", line, err)
					}
					if got.value != want && !strings.Contains(got.value, want) {
						t.Errorf("%q: --%s = %q, want %q", line, name, got.value, want)
					}
					if !slices.Equal(got.args, []string{"w1", "w2"}) {
						t.Errorf("%q: words %q, want [w1 w2]", line, got.args)
					}
					runs = append(runs, got)
				}
				if runs[1].data != "d" || runs[2].data != "d" {
					t.Errorf("--data after the command: %q, %q", runs[1].data, runs[2].data)
				}
			})
		}
	}
}

func TestArgsEdgeCases(t *testing.T) {
	for _, tc := range []struct {
		args  []string
		words []string
		err   string
	}{
		{args: []string{"search", "--", "--state", "x"}, words: []string{"--state", "x"}},
		{args: []string{"search", "sovereignty", "-binding"}, words: []string{"sovereignty", "-binding"}},
		{args: []string{"search", "help"}, words: []string{"help"}},
		{args: []string{"search", "x", "--limt", "3"}, err: "unknown flag --limt: did you mean --limit? See 'normdex search --help'."},
		{args: []string{"ingest", "-x", "a.txt"}, err: "unknown flag -x; see 'normdex ingest --help'"},
		{args: []string{"search", "x", "--limit"}, err: "flag --limit needs a value"},
		{args: []string{"serch", "x"}, err: `unknown command "serch": did you mean "search"?`},
		{args: []string{"help", "serch"}, err: `unknown command "serch": did you mean "search"?`},
		{args: []string{"rules", "shw"}, err: `unknown command "rules shw": did you mean "rules show"?`},
		{args: []string{"rules", "check", "my.yaml", "--data", "d"}, words: []string{"my.yaml"}},
	} {
		got, err := parseWith(t, append([]string{"normdex"}, tc.args...), "")
		var ue usageError
		switch {
		case tc.err != "":
			if !errors.As(err, &ue) || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%q: error %v, want a usage error with %q", tc.args, err, tc.err)
			}
		case err != nil:
			t.Errorf("%q: %v", tc.args, err)
		case !slices.Equal(got.args, tc.words):
			t.Errorf("%q: words %q, want %q", tc.args, got.args, tc.words)
		}
	}
}
