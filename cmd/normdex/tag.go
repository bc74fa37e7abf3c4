package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/normdex/normdex/annotate"
	"github.com/normdex/normdex/corpus"
)

func tagCommand() *cli.Command {
	return &cli.Command{
		Name:      "tag",
		Usage:     "tag JSON Lines passages from standard input with codebook elements",
		ArgsUsage: " ",
		Description: `Reads one JSON object a line, each with "id" and "text" (other fields pass
through untouched), and writes one line per input line, in order, with "elements"
(sorted, unique element IDs) and "annotations" (element, start, end as code-point
offsets into text, match, rule, polarity). A malformed or empty line becomes
{"id": its id or null, "line": N, "error": "..."} and is reported on standard error
with its line number; the other lines are still tagged, and the exit status is 1.
A line with "lang" (en, fr, es, de) is tagged with the rules of that language;
without it, the language is told from the words.`,
		Flags: []cli.Flag{rulesFlag},
		Action: func(c *cli.Context) error {
			t, err := annotate.Load(c.String("rules"))
			if err != nil {
				return err
			}
			bad, err := tagLines(t, c.App.Reader, c.App.Writer, c.App.ErrWriter)
			if err != nil {
				return err
			}
			if bad > 0 {
				return exitError{code: 1, err: fmt.Errorf("tag: %d malformed line(s)", bad)}
			}
			return nil
		},
	}
}

// tagLines tags each JSON line of r and writes the result to w. It returns
// how many lines were malformed.
func tagLines(t *annotate.Tagger, r io.Reader, w io.Writer, errw io.Writer) (int, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	out := bufio.NewWriter(w)
	bad := 0
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		obj, err := decodeObject(line)
		if len(bytes.TrimSpace(line)) == 0 {
			err = fmt.Errorf("empty line")
		}
		var text string
		if err == nil {
			if _, ok := obj.get("id"); !ok {
				err = fmt.Errorf("no \"id\" field")
			} else if raw, ok := obj.get("text"); !ok {
				err = fmt.Errorf("no \"text\" field")
			} else if err = json.Unmarshal(raw, &text); err != nil {
				err = fmt.Errorf("\"text\" is not a string")
			}
		}
		if err != nil {
			bad++
			fmt.Fprintf(errw, "normdex tag: line %d: %v\n", n, err)
			// Still one line out per line in: a reader pairs them by order.
			if err := writeTagError(out, obj, n, err); err != nil {
				return bad, err
			}
			continue
		}
		// A line that says its language is tagged in it, as ingest tags
		// a passage in its stored one; another is told from its words.
		var lang string
		if raw, ok := obj.get("lang"); ok && json.Unmarshal(raw, &lang) == nil {
			lang, _ = corpus.ParseLang(lang)
		}
		anns := t.TagLang(text, lang)
		if anns == nil {
			anns = []corpus.Annotation{}
		}
		elems := corpus.Elements(anns)
		if elems == nil {
			elems = []string{}
		}
		obj.set("elements", elems)
		obj.set("annotations", anns)
		b, err := obj.MarshalJSON()
		if err != nil {
			return bad, err
		}
		out.Write(b)
		if err := out.WriteByte('\n'); err != nil {
			return bad, err
		}
	}
	if err := sc.Err(); err != nil {
		return bad, fmt.Errorf("tag: read standard input: %w", err)
	}
	return bad, out.Flush()
}

// writeTagError writes the line that stands for a malformed input line:
// its "id" when it has one (else null), its line number and the error.
func writeTagError(w *bufio.Writer, obj *object, n int, err error) error {
	id := json.RawMessage("null")
	if obj != nil {
		if v, ok := obj.get("id"); ok {
			id = v
		}
	}
	b, _ := json.Marshal(struct {
		ID    json.RawMessage `json:"id"`
		Line  int             `json:"line"`
		Error string          `json:"error"`
	}{id, n, err.Error()})
	w.Write(b)
	return w.WriteByte('\n')
}

// object is a JSON object that keeps the order of its fields, so that what
// tag passes through reads as it came in.
type object struct {
	keys []string
	vals map[string]json.RawMessage
}

func decodeObject(b []byte) (*object, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if tok, err := dec.Token(); err != nil {
		return nil, err
	} else if tok != json.Delim('{') {
		return nil, fmt.Errorf("not a JSON object")
	}
	o := &object{vals: map[string]json.RawMessage{}}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		k, _ := tok.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
		if _, dup := o.vals[k]; !dup {
			o.keys = append(o.keys, k)
		}
		o.vals[k] = v
	}
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, fmt.Errorf("text after the JSON object")
	}
	return o, nil
}

func (o *object) get(k string) (json.RawMessage, bool) {
	v, ok := o.vals[k]
	return v, ok
}

func (o *object) set(k string, v any) {
	b, _ := json.Marshal(v)
	if _, ok := o.vals[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.vals[k] = b
}

// MarshalJSON writes the fields in their order.
func (o *object) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range o.keys {
		if i > 0 {
			b.WriteByte(',')
		}
		kb, _ := json.Marshal(k)
		b.Write(kb)
		b.WriteByte(':')
		b.Write(o.vals[k])
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}
