package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/workspace"
)

func reviewCommand() *cli.Command {
	return &cli.Command{
		Name:  "review",
		Usage: "accept, reject or add tags and correct States, by passage or in a loop",
		ArgsUsage: `PASSAGE accept|reject ELEMENT | PASSAGE add ELEMENT [--text "…" | --span START:END]
   | PASSAGE state STATE | next [WORDS...] | import FILE.jsonl | list [--orphans]`,
		Description: `A decision names the passage (its ID, as search and export show it), the reviewer
(--reviewer, else $NORMDEX_REVIEWER, else your user name), the time and an optional
--note. accept and reject judge the rule tags of an element; add codes an element by
hand, on the words of --text (found once in the passage), on the code-point span
--span START:END, or on the whole passage, affirmed unless --polarity rejected; state
attributes the passage to another State. The latest accept or reject of an element
holds. Search, export, matrix and docs then see the effective tags (rule tags not
rejected, and manual ones), and decisions survive a new codebook and a re-ingest.

review next shows the passages no one has reviewed yet that pass the filters, one at
a time, with their tags and evidence: a accepts the tags left and moves on, r rejects
one (r N in line mode), n adds one (n ELEMENT [WORDS]), t sets the State (t STATE), s
skips, q quits. On a terminal a single key does; otherwise each line of standard input
is one of these.

review import reads decisions that 'export --format decisions' wrote in another
workspace and places them by their anchor; review list prints the decisions (--orphans:
those no passage could take).`,
		Flags: append(filterFlags(),
			&cli.StringFlag{Name: "reviewer", Usage: "reviewer `NAME` (default $NORMDEX_REVIEWER, else your user name)"},
			&cli.StringFlag{Name: "note", Usage: "a `NOTE` kept with the decision"},
			&cli.StringFlag{Name: "text", Usage: "add: the `WORDS` of the passage coded"},
			&cli.StringFlag{Name: "span", Usage: "add: the code-point span `START:END` coded"},
			&cli.BoolFlag{Name: "orphans", Usage: "list: only the decisions no passage could take"},
		),
		Action: func(c *cli.Context) error {
			args := c.Args().Slice()
			if len(args) == 0 {
				return usageError{cmd: "review", msg: "review what? Give a passage and a decision, or next, import or list."}
			}
			switch args[0] {
			case "next":
				return reviewNext(c, args[1:])
			case "import":
				if len(args) != 2 {
					return usageError{cmd: "review", msg: "review import takes one FILE.jsonl"}
				}
				return reviewImport(c, args[1])
			case "list":
				if len(args) != 1 {
					return usageError{cmd: "review", msg: "review list takes no words; use the filters"}
				}
				return reviewList(c)
			}
			return reviewOne(c, args)
		},
	}
}

// reviewer is --reviewer, else the default.
func reviewer(c *cli.Context) string {
	if r := strings.TrimSpace(c.String("reviewer")); r != "" {
		return r
	}
	return workspace.DefaultReviewer()
}

// reviewOne records the decision of 'review PASSAGE ACTION VALUE'.
func reviewOne(c *cli.Context, args []string) error {
	if len(args) != 3 {
		return usageError{cmd: "review", msg: fmt.Sprintf("review %s: want PASSAGE accept|reject|add ELEMENT or PASSAGE state STATE", strings.Join(args, " "))}
	}
	d := corpus.Decision{Passage: args[0], Reviewer: reviewer(c), Note: c.String("note")}
	action, err := oneOf("review", "decision", args[1], "accept", "reject", "add", "state")
	if err != nil {
		return err
	}
	d.Action = corpus.Action(action)
	if d.Action == corpus.SetState {
		d.State = args[2]
	} else {
		d.Element = strings.ToLower(args[2])
	}
	if d.Action == corpus.Add {
		d.Text = c.String("text")
		if s := c.String("span"); s != "" {
			if d.Text != "" {
				return usageError{cmd: "review", msg: "give --text or --span, not both"}
			}
			if d.Start, d.End, err = parseSpan(s); err != nil {
				return err
			}
		}
		if p := c.String("polarity"); p != "" {
			p, err := oneOf("review", "polarity", p, string(corpus.Affirmed), string(corpus.Rejected))
			if err != nil {
				return err
			}
			d.Polarity = corpus.Polarity(p)
		}
	} else if c.IsSet("text") || c.IsSet("span") {
		return usageError{cmd: "review", msg: "--text and --span are for add"}
	}
	ws, err := openWorkspace(c, false, true)
	if err != nil {
		return err
	}
	defer ws.Close()
	stored, err := ws.Review(c.Context, d)
	if err != nil {
		return reviewError(err)
	}
	fmt.Fprintln(c.App.Writer, describeDecision(stored))
	return nil
}

// reviewError makes a request the reviewer can correct a usage error.
func reviewError(err error) error {
	var inv *workspace.InvalidError
	if errors.As(err, &inv) {
		return usageError{cmd: "review", msg: inv.Msg}
	}
	return err
}

func parseSpan(s string) (start, end int, err error) {
	a, b, ok := strings.Cut(s, ":")
	start, err1 := strconv.Atoi(strings.TrimSpace(a))
	end, err2 := strconv.Atoi(strings.TrimSpace(b))
	if !ok || err1 != nil || err2 != nil || start < 0 || end <= start {
		return 0, 0, usageError{cmd: "review", msg: fmt.Sprintf("bad span %q: want START:END, code-point offsets with START < END", s)}
	}
	return start, end, nil
}

// describeDecision says in a line what a decision did.
func describeDecision(d corpus.Decision) string {
	var what string
	switch d.Action {
	case corpus.Accept:
		what = "accepted " + d.Element
	case corpus.Reject:
		what = "rejected " + d.Element
	case corpus.Add:
		what = "added " + d.Element
		if d.HasSpan() {
			what += fmt.Sprintf(" on %d:%d %q", d.Start, d.End, d.Text)
		} else {
			what += " on the whole passage"
		}
		if d.Polarity == corpus.Rejected {
			what += " (rejected)"
		}
	case corpus.SetState:
		what = "State set to " + d.State
	}
	line := fmt.Sprintf("%s: %s by %s", d.Passage, what, d.Reviewer)
	if d.Orphan {
		line += " (orphan: no passage here has its text)"
	}
	return line
}

func reviewImport(c *cli.Context, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("review import: %w", err)
	}
	defer f.Close()
	ws, err := openWorkspace(c, false, true)
	if err != nil {
		return err
	}
	defer ws.Close()
	res, err := ws.ImportDecisions(c.Context, path, f)
	if err != nil {
		return err
	}
	w := c.App.Writer
	fmt.Fprintf(w, "%s: %d decisions read, %d stored, %d duplicates, %d orphans\n", path, res.Read, res.Stored, res.Duplicates, len(res.Orphans))
	for _, o := range res.Orphans {
		fmt.Fprintf(w, "  orphan: %s\n", describeDecision(o))
	}
	return nil
}

func reviewList(c *cli.Context) error {
	f, err := filterFromFlags(c)
	if err != nil {
		return err
	}
	f.Query = "" // the words were "list"
	ws, err := openWorkspace(c, false, false)
	if err != nil {
		return err
	}
	defer ws.Close()
	var reviewers []string
	if r := c.String("reviewer"); r != "" {
		reviewers = []string{r}
	}
	ds, err := ws.Decisions(c.Context, f, workspace.DecisionOptions{Reviewers: reviewers, Orphans: c.Bool("orphans")})
	if err != nil {
		return err
	}
	w := c.App.Writer
	for _, d := range ds {
		line := d.Time.UTC().Format("2006-01-02 15:04") + "  " + describeDecision(d)
		if d.Note != "" {
			line += " — " + d.Note
		}
		fmt.Fprintln(w, line)
	}
	fmt.Fprintf(w, "%d decisions\n", len(ds))
	return nil
}

// reviewNext runs the review loop over the passages no one has reviewed
// that pass the filters (words: the query).
func reviewNext(c *cli.Context, words []string) error {
	f, err := filterFromFlags(c)
	if err != nil {
		return err
	}
	f.Query = strings.Join(words, " ")
	ws, err := openWorkspace(c, false, true)
	if err != nil {
		return err
	}
	defer ws.Close()
	in := newPrompter(c.App.Reader, c.App.Writer)
	defer in.close()
	out := c.App.Writer
	if in.state != nil {
		// Raw mode leaves the carriage return to us.
		out = crlfWriter{out}
		in.w = out
	}
	loop := reviewLoop{c: c, ws: ws, in: in, w: out, reviewer: reviewer(c), note: c.String("note")}
	return loop.run(f)
}

type reviewLoop struct {
	c        *cli.Context
	ws       *workspace.Workspace
	in       *prompter
	w        io.Writer
	reviewer string
	note     string
	decided  int
}

func (l *reviewLoop) run(f corpus.Filter) error {
	seen := 0
	for x, err := range l.ws.ReviewQueue(l.c.Context, f) {
		if err != nil {
			return err
		}
		seen++
		quit, err := l.passage(x, seen)
		if err != nil {
			return err
		}
		if quit {
			fmt.Fprintf(l.w, "%d decisions made\n", l.decided)
			return nil
		}
	}
	fmt.Fprintf(l.w, "no more unreviewed passages; %d decisions made\n", l.decided)
	return nil
}

// passage shows one passage and takes decisions on it until the reviewer
// moves on; it reports whether they quit.
func (l *reviewLoop) passage(x workspace.Excerpt, n int) (quit bool, err error) {
	for {
		l.show(x, n)
		cmd, arg, err := l.in.command(len(x.Annotations))
		if err != nil {
			return true, err
		}
		var ds []corpus.Decision
		next := false
		switch cmd {
		case "q", "":
			return true, nil
		case "s":
			return false, nil
		case "a":
			for _, el := range x.Elements {
				if unreviewedTag(x, el) {
					ds = append(ds, corpus.Decision{Action: corpus.Accept, Element: el})
				}
			}
			next = true
		case "r":
			el := arg
			if i, err := strconv.Atoi(arg); err == nil && i >= 1 && i <= len(x.Annotations) {
				el = x.Annotations[i-1].Element
			} else if arg == "" && len(x.Elements) == 1 {
				el = x.Elements[0]
			}
			if el == "" {
				fmt.Fprintln(l.w, "reject which tag? give its number")
				continue
			}
			ds = append(ds, corpus.Decision{Action: corpus.Reject, Element: el})
		case "n":
			el, words, _ := strings.Cut(strings.TrimSpace(arg), " ")
			if el == "" {
				fmt.Fprintln(l.w, "add which element? n ELEMENT [WORDS OF THE PASSAGE]")
				continue
			}
			ds = append(ds, corpus.Decision{Action: corpus.Add, Element: strings.ToLower(el), Text: strings.TrimSpace(words)})
		case "t":
			if strings.TrimSpace(arg) == "" {
				fmt.Fprintln(l.w, "which State? t STATE")
				continue
			}
			ds = append(ds, corpus.Decision{Action: corpus.SetState, State: strings.TrimSpace(arg)})
		default:
			fmt.Fprintf(l.w, "unknown key %q: a accept, r reject, n add, t state, s skip, q quit\n", cmd)
			continue
		}
		for _, d := range ds {
			d.Passage, d.Reviewer, d.Note = x.ID, l.reviewer, l.note
			stored, err := l.ws.Review(l.c.Context, d)
			var inv *workspace.InvalidError
			if errors.As(err, &inv) {
				fmt.Fprintln(l.w, inv.Msg)
				continue
			}
			if err != nil {
				return true, err
			}
			l.decided++
			fmt.Fprintln(l.w, "  "+describeDecision(stored))
		}
		if next {
			return false, nil
		}
		if x, err = l.ws.Passage(l.c.Context, x.ID); err != nil {
			return true, err
		}
	}
}

// unreviewedTag reports whether no reviewer judged the element's tags yet.
func unreviewedTag(x workspace.Excerpt, el string) bool {
	for _, a := range x.Annotations {
		if a.Element == el && a.Status != corpus.Unreviewed {
			return false
		}
	}
	return true
}

func (l *reviewLoop) show(x workspace.Excerpt, n int) {
	w := l.w
	fmt.Fprintf(w, "\n[%d] %s · %s · passage %s\n", n, x.Citation, x.State, x.ID)
	on, off := "«", "»"
	if isTerminal(w) {
		on, off = "\x1b[1;33m", "\x1b[0m"
	}
	fmt.Fprintf(w, "   %s\n", strings.Join(strings.Fields(markEvidence(x.Text, x.Annotations, on, off)), " "))
	if len(x.Annotations) == 0 {
		fmt.Fprintln(w, "   (no tags)")
	}
	for i, a := range x.Annotations {
		pol := ""
		if a.Polarity == corpus.Rejected {
			pol = ", rejected by the State"
		}
		how := "rule " + a.Rule
		if a.Origin == corpus.FromManual {
			how = "manual"
		}
		fmt.Fprintf(w, "   %d. %s: %q (%s%s) %s\n", i+1, a.Element, a.Match, how, pol, a.Status)
	}
	for _, a := range x.Rejected {
		fmt.Fprintf(w, "   -  %s: %q (rule %s) rejected by a reviewer\n", a.Element, a.Match, a.Rule)
	}
	fmt.Fprint(w, "a accept · r reject · n add · t state · s skip · q quit > ")
}

// prompter reads the review loop's commands: single keys from a terminal
// (in raw mode, back to line mode to read an element or a State), else one
// command a line, so that a script can drive the loop.
type prompter struct {
	r     *bufio.Reader
	w     io.Writer
	fd    int
	state *term.State // the terminal's mode before raw, nil in line mode
}

func newPrompter(r io.Reader, w io.Writer) *prompter {
	p := &prompter{r: bufio.NewReader(r), w: w, fd: -1}
	if f, ok := r.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		if st, err := term.MakeRaw(int(f.Fd())); err == nil {
			p.fd, p.state = int(f.Fd()), st
		}
	}
	return p
}

func (p *prompter) close() {
	if p.state != nil {
		term.Restore(p.fd, p.state)
		p.state = nil
	}
}

// command reads one command and its argument; "" at the end of the input.
// tags is how many tags the passage shows, for r's question.
func (p *prompter) command(tags int) (cmd, arg string, err error) {
	if p.state == nil {
		line, err := p.r.ReadString('\n')
		if err != nil && (err != io.EOF || strings.TrimSpace(line) == "") {
			if err == io.EOF {
				return "", "", nil
			}
			return "", "", err
		}
		fmt.Fprintln(p.w)
		cmd, arg, _ = strings.Cut(strings.TrimSpace(line), " ")
		return strings.ToLower(cmd), strings.TrimSpace(arg), nil
	}
	k, _, err := p.r.ReadRune()
	if err != nil {
		return "", "", nil
	}
	fmt.Fprint(p.w, "\n")
	switch k {
	case 3, 4: // Ctrl-C, Ctrl-D
		return "q", "", nil
	case 'r':
		if tags > 1 {
			fmt.Fprintf(p.w, "reject which (1-%d)? ", tags)
			d, _, err := p.r.ReadRune()
			fmt.Fprint(p.w, "\n")
			return "r", string(d), err
		}
		return "r", "", nil
	case 'n':
		line, err := p.line("element and words of the passage (Enter for the whole passage): ")
		return "n", line, err
	case 't':
		line, err := p.line("State: ")
		return "t", line, err
	}
	return strings.ToLower(string(k)), "", nil
}

// line reads a line in the terminal's own mode, for typing and editing.
func (p *prompter) line(prompt string) (string, error) {
	term.Restore(p.fd, p.state)
	defer func() {
		if st, err := term.MakeRaw(p.fd); err == nil {
			p.state = st
		}
	}()
	fmt.Fprint(p.w, prompt)
	s, err := p.r.ReadString('\n')
	if err == io.EOF {
		err = nil
	}
	return strings.TrimSpace(s), err
}

// markEvidence returns the whole text with the words each annotation
// matched between on and off.
func markEvidence(text string, anns []corpus.Annotation, on, off string) string {
	rs := []rune(text)
	marked := make([]bool, len(rs))
	for _, a := range anns {
		if a.Origin == corpus.FromManual && a.End-a.Start >= len(rs) {
			continue // coded as a whole: no words to show
		}
		for i := max(0, a.Start); i < min(a.End, len(rs)); i++ {
			marked[i] = true
		}
	}
	var b strings.Builder
	for i, r := range rs {
		if marked[i] && (i == 0 || !marked[i-1]) {
			b.WriteString(on)
		}
		b.WriteRune(r)
		if marked[i] && (i == len(rs)-1 || !marked[i+1]) {
			b.WriteString(off)
		}
	}
	return b.String()
}

// crlfWriter ends lines with a carriage return too, for a terminal in raw
// mode.
type crlfWriter struct{ w io.Writer }

func (c crlfWriter) Write(b []byte) (int, error) {
	if _, err := c.w.Write([]byte(strings.ReplaceAll(string(b), "\n", "\r\n"))); err != nil {
		return 0, err
	}
	return len(b), nil
}
