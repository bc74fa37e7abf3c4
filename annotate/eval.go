package annotate

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/normdex/normdex/corpus"
)

// Labelled is one passage of a gold file: its text and the elements a
// person found in it.
type Labelled struct {
	ID       string   `json:"id"`
	Text     string   `json:"text"`
	Elements []string `json:"elements"`
	// Lang is the language of the text, if the gold file says (see
	// Tagger.TagLang).
	Lang string `json:"lang,omitempty"`
}

// ReadGold reads a gold file of JSON Lines ({"id", "text", "elements"}); name
// is used in errors. A gold set is scored whole, so a bad line is an error.
func ReadGold(name string, r io.Reader) ([]Labelled, error) {
	var out []Labelled
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<30)
	seen := map[string]int{}
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var l Labelled
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		if l.ID == "" {
			return nil, fmt.Errorf("%s:%d: no \"id\"", name, n)
		}
		if prev, dup := seen[l.ID]; dup {
			return nil, fmt.Errorf("%s:%d: id %q already on line %d", name, n, l.ID, prev)
		}
		seen[l.ID] = n
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

// Case is one scored passage: the gold elements and what the tagger found.
type Case struct {
	ID          string
	Text        string
	Gold        []string
	Annotations []corpus.Annotation
}

// ElementScore counts the agreement of tagger and gold on one element.
type ElementScore struct {
	Element    string
	TP, FP, FN int
}

// Support is the number of gold passages with the element.
func (s ElementScore) Support() int { return s.TP + s.FN }

// Precision is TP / (TP + FP), 0 when nothing was tagged.
func (s ElementScore) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Recall is TP / (TP + FN), 0 when the gold has none.
func (s ElementScore) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// F1 is the harmonic mean of precision and recall.
func (s ElementScore) F1() float64 { return f1(s.Precision(), s.Recall()) }

// Error is one disagreement: an element the tagger found and the gold lacks
// (a false positive, with the annotations that made it), or the reverse.
type Error struct {
	ID          string
	Element     string
	FalsePos    bool
	Annotations []corpus.Annotation // for a false positive
	Text        string              // for a false negative: the passage
}

// Report is the evaluation of a codebook on a gold set.
type Report struct {
	Passages int
	Elements []ElementScore // sorted by element
	Errors   []Error        // by passage, then element
	// Micro figures pool the counts of all elements; macro F1 averages the
	// F1 of the elements that occur in the gold set (as eval/score.py does).
	MicroP, MicroR, MicroF1, MacroF1 float64
}

// Score compares the elements of each case with its gold elements.
func Score(cases []Case) Report {
	counts := map[string]*ElementScore{}
	inGold := map[string]bool{}
	get := func(e string) *ElementScore {
		if counts[e] == nil {
			counts[e] = &ElementScore{Element: e}
		}
		return counts[e]
	}
	rep := Report{Passages: len(cases)}
	for _, c := range cases {
		gold := map[string]bool{}
		for _, e := range c.Gold {
			gold[e] = true
			inGold[e] = true
			get(e)
		}
		pred := map[string][]corpus.Annotation{}
		for _, a := range c.Annotations {
			pred[a.Element] = append(pred[a.Element], a)
		}
		for _, e := range sortedKeys(pred) {
			if gold[e] {
				get(e).TP++
				continue
			}
			get(e).FP++
			rep.Errors = append(rep.Errors, Error{ID: c.ID, Element: e, FalsePos: true, Annotations: pred[e]})
		}
		for _, e := range sortedKeys(gold) {
			if _, ok := pred[e]; !ok {
				get(e).FN++
				rep.Errors = append(rep.Errors, Error{ID: c.ID, Element: e, Text: c.Text})
			}
		}
	}
	var tp, fp, fn int
	var sumF1 float64
	for _, e := range sortedKeys(counts) {
		s := *counts[e]
		rep.Elements = append(rep.Elements, s)
		tp, fp, fn = tp+s.TP, fp+s.FP, fn+s.FN
		if inGold[e] {
			sumF1 += s.F1()
		}
	}
	rep.MicroP, rep.MicroR = ratio(tp, tp+fp), ratio(tp, tp+fn)
	rep.MicroF1 = f1(rep.MicroP, rep.MicroR)
	if len(inGold) > 0 {
		rep.MacroF1 = sumF1 / float64(len(inGold))
	}
	return rep
}

// Evaluate tags each gold passage with t and scores the result.
func Evaluate(t *Tagger, gold []Labelled) Report {
	cases := make([]Case, len(gold))
	for i, g := range gold {
		cases[i] = Case{ID: g.ID, Text: g.Text, Gold: g.Elements, Annotations: t.TagLang(g.Text, g.Lang)}
	}
	return Score(cases)
}

// WriteTable writes the per-element figures and the micro and macro F1.
func (r Report) WriteTable(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%-28s %4s %4s %4s %7s %6s %6s %6s\n", "element", "tp", "fp", "fn", "support", "P", "R", "F1")
	for _, s := range r.Elements {
		fmt.Fprintf(bw, "%-28s %4d %4d %4d %7d %6.3f %6.3f %6.3f\n", s.Element, s.TP, s.FP, s.FN, s.Support(), s.Precision(), s.Recall(), s.F1())
	}
	fmt.Fprintf(bw, "micro P %.3f R %.3f F1 %.3f, macro-F1 %.3f, passages %d\n", r.MicroP, r.MicroR, r.MicroF1, r.MacroF1, r.Passages)
	return bw.Flush()
}

// WriteErrors lists the false positives, each with the rules that fired and
// the words they matched, then the false negatives with the passage's start.
func (r Report) WriteErrors(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for _, fp := range []bool{true, false} {
		n := 0
		for _, e := range r.Errors {
			if e.FalsePos == fp {
				n++
			}
		}
		kind := "false negatives"
		if fp {
			kind = "false positives"
		}
		fmt.Fprintf(bw, "%s: %d\n", kind, n)
		for _, e := range r.Errors {
			if e.FalsePos != fp {
				continue
			}
			if fp {
				var fired []string
				for _, a := range e.Annotations {
					fired = append(fired, fmt.Sprintf("%s %q", a.Rule, a.Match))
				}
				fmt.Fprintf(bw, "  %s\t%s\t%s\n", e.ID, e.Element, strings.Join(fired, "; "))
			} else {
				fmt.Fprintf(bw, "  %s\t%s\t%q\n", e.ID, e.Element, excerpt(e.Text, 120))
			}
		}
	}
	return bw.Flush()
}

// excerpt shortens s to at most n code points, on a word boundary.
func excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	cut := string(rs[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return cut + " …"
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
