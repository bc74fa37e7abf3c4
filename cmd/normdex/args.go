package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"
)

// usageError is a mistake on the command line: exit status 2, one line, and
// where to read more.
type usageError struct {
	cmd string // the command path, "" for normdex itself
	msg string
}

func (e usageError) Error() string {
	help := "normdex --help"
	if e.cmd != "" {
		help = "normdex " + e.cmd + " --help"
	}
	if strings.HasSuffix(e.msg, "?") {
		return fmt.Sprintf("%s See '%s'.", e.msg, help)
	}
	return fmt.Sprintf("%s; see '%s'", e.msg, help)
}

// wordCommands take a query as their arguments, in which "-word" leaves
// out passages with the word: a dash that names no flag is a word there.
var wordCommands = map[string]bool{"search": true, "export": true, "matrix": true}

// reorderArgs moves the flags of a command line in front of its words, where
// urfave/cli (which stops at the first word) reads them, so that flags may
// come anywhere: "export sovereignty -f md" is "export -f md -- sovereignty".
// Global flags (--data) given after the command go before it; "--" ends the
// flags. A flag or command that names nothing is an error with the closest
// names suggested.
func reorderArgs(app *cli.App, args []string) ([]string, error) {
	if len(args) == 0 {
		return args, nil
	}
	var global, words []string
	var path []*cli.Command
	flagsOf := map[*cli.Command][]string{}
	cmds := app.Commands
	pathName := func() string {
		names := make([]string, len(path))
		for i, c := range path {
			names[i] = c.Name
		}
		return strings.Join(names, " ")
	}
	rest := args[1:]
	for i := 0; i < len(rest); i++ {
		a := rest[i]
		if a == "--" {
			words = append(words, rest[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			if len(words) == 0 && cmds != nil {
				if a == "help" || a == "h" {
					// The help command reads its own arguments: command names.
					if i+1 < len(rest) && !strings.HasPrefix(rest[i+1], "-") && findCommand(cmds, rest[i+1]) == nil {
						return nil, unknownCommand(pathName(), rest[i+1], cmds)
					}
					out := append(slices.Clone(args[:1]), global...)
					for _, c := range path {
						out = append(out, c.Name)
					}
					return append(out, rest[i:]...), nil
				}
				c := findCommand(cmds, a)
				if c == nil {
					return nil, unknownCommand(pathName(), a, cmds)
				}
				path = append(path, c)
				cmds = c.Subcommands
				continue
			}
			words = append(words, a)
			continue
		}
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		owner, f := flagOwner(app, path, name)
		if f == nil {
			if len(path) > 0 && wordCommands[path[len(path)-1].Name] && !strings.HasPrefix(a, "--") {
				words = append(words, a)
				continue
			}
			return nil, unknownFlag(pathName(), a, visibleFlags(app, path))
		}
		take := []string{a}
		if !hasValue && takesValue(f) {
			if i+1 >= len(rest) {
				return nil, usageError{cmd: pathName(), msg: fmt.Sprintf("flag %s needs a value", a)}
			}
			i++
			take = append(take, rest[i])
		}
		if owner == nil {
			global = append(global, take...)
		} else {
			flagsOf[owner] = append(flagsOf[owner], take...)
		}
	}
	out := append(slices.Clone(args[:1]), global...)
	for _, c := range path {
		out = append(out, c.Name)
		out = append(out, flagsOf[c]...)
	}
	if len(words) > 0 {
		out = append(out, "--")
		out = append(out, words...)
	}
	return out, nil
}

func findCommand(cmds []*cli.Command, name string) *cli.Command {
	for _, c := range cmds {
		if c.HasName(name) {
			return c
		}
	}
	return nil
}

// flagOwner finds the flag called name: on the deepest command of path that
// has it, else among the global flags (owner nil). The help flag belongs
// to every command.
func flagOwner(app *cli.App, path []*cli.Command, name string) (owner *cli.Command, f cli.Flag) {
	for i := len(path) - 1; i >= 0; i-- {
		if f := lookupFlag(path[i].Flags, name); f != nil {
			return path[i], f
		}
	}
	if len(path) > 0 && slices.Contains(cli.HelpFlag.Names(), name) {
		return path[len(path)-1], cli.HelpFlag
	}
	return nil, lookupFlag(globalFlags(app), name)
}

func globalFlags(app *cli.App) []cli.Flag {
	return append(slices.Clone(app.Flags), cli.HelpFlag, cli.VersionFlag)
}

func lookupFlag(flags []cli.Flag, name string) cli.Flag {
	for _, f := range flags {
		if slices.Contains(f.Names(), name) {
			return f
		}
	}
	return nil
}

func takesValue(f cli.Flag) bool {
	d, ok := f.(cli.DocGenerationFlag)
	return ok && d.TakesValue()
}

// visibleFlags are the flag names a user may give on the command path.
func visibleFlags(app *cli.App, path []*cli.Command) []string {
	var names []string
	flags := globalFlags(app)
	for _, c := range path {
		flags = append(flags, c.Flags...)
	}
	for _, f := range flags {
		for _, n := range f.Names() {
			if len(n) > 1 {
				names = append(names, "--"+n)
			}
		}
	}
	return names
}

func unknownFlag(cmd, flag string, names []string) error {
	msg := "unknown flag " + flag
	if s := closest(strings.TrimLeft(flag, "-"), names, 1, func(n string) string { return strings.TrimLeft(n, "-") }); len(s) > 0 {
		msg += ": did you mean " + s[0] + "?"
	}
	return usageError{cmd: cmd, msg: msg}
}

func unknownCommand(parent, name string, cmds []*cli.Command) error {
	var names []string
	for _, c := range cmds {
		if !c.Hidden {
			names = append(names, c.Name)
		}
	}
	msg := fmt.Sprintf("unknown command %q", strings.TrimSpace(parent+" "+name))
	if s := closest(name, names, 1, nil); len(s) > 0 {
		msg += fmt.Sprintf(": did you mean %q?", strings.TrimSpace(parent+" "+s[0]))
	}
	return usageError{cmd: parent, msg: msg}
}
