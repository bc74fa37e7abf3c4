package annotate

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"
)

// cachedCodebook is a parsed codebook as MarshalCodebook writes it: JSON
// sees neither the lines of the elements nor those of the rules, so they
// are kept beside it.
type cachedCodebook struct {
	Codebook     *Codebook
	ElementLines []int
	RuleLines    [][]int
	AnchorsLine  int
}

// MarshalCodebook encodes a parsed codebook for a cache of parsed
// codebooks: UnmarshalCodebook reads it back in about a quarter of the time
// that ParseCodebook takes on the YAML, which every tagging process pays.
func MarshalCodebook(cb *Codebook) ([]byte, error) {
	c := cachedCodebook{Codebook: cb, ElementLines: make([]int, len(cb.Elements)), RuleLines: make([][]int, len(cb.Elements))}
	for i, e := range cb.Elements {
		c.ElementLines[i] = e.line
		c.RuleLines[i] = make([]int, len(e.Rules))
		for j, r := range e.Rules {
			c.RuleLines[i][j] = r.line
		}
	}
	if cb.Anchors != nil {
		c.AnchorsLine = cb.Anchors.line
	}
	return json.Marshal(c)
}

// UnmarshalCodebook decodes what MarshalCodebook encoded.
func UnmarshalCodebook(b []byte) (*Codebook, error) {
	var c cachedCodebook
	if err := json.Unmarshal(b, &c); err != nil {
		return nil, fmt.Errorf("cached codebook: %w", err)
	}
	cb := c.Codebook
	if cb == nil || len(c.ElementLines) != len(cb.Elements) || len(c.RuleLines) != len(cb.Elements) {
		return nil, fmt.Errorf("cached codebook: lines do not match its elements")
	}
	for i := range cb.Elements {
		e := &cb.Elements[i]
		if len(c.RuleLines[i]) != len(e.Rules) {
			return nil, fmt.Errorf("cached codebook: lines do not match the rules of %s", e.ID)
		}
		e.line = c.ElementLines[i]
		for j := range e.Rules {
			e.Rules[j].line = c.RuleLines[i][j]
		}
	}
	if cb.Anchors != nil {
		cb.Anchors.line = c.AnchorsLine
	}
	return cb, nil
}

// CodebookFormat names the layout of a parsed codebook: the fields of its
// types, recursively, so that a cache written by a build whose types
// differ is not read as if they were the same (a field renamed would be
// left empty). A change to what ParseCodebook does beyond decoding the YAML
// into these types must change it too. It is worked out by reflection
// when first asked for: at start, it was most of the package's init in
// every normdex process, which reads no cache.
var CodebookFormat = sync.OnceValue(codebookFormat)

// codebookFormat writes the shape of Codebook into one buffer (built by
// concatenation it took 174 allocations).
func codebookFormat() string {
	var b strings.Builder
	b.WriteString("1 ")
	writeTypeShape(&b, reflect.TypeFor[Codebook](), map[reflect.Type]bool{})
	return b.String()
}

func writeTypeShape(b *strings.Builder, t reflect.Type, seen map[reflect.Type]bool) {
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice:
		b.WriteString(t.Kind().String())
		b.WriteByte('(')
		writeTypeShape(b, t.Elem(), seen)
		b.WriteByte(')')
	case reflect.Map:
		b.WriteString("map(")
		writeTypeShape(b, t.Key(), seen)
		b.WriteByte(',')
		writeTypeShape(b, t.Elem(), seen)
		b.WriteByte(')')
	case reflect.Struct:
		if seen[t] {
			b.WriteString(t.Name())
			return
		}
		seen[t] = true
		b.WriteString(t.Name())
		b.WriteByte('{')
		for f := range t.Fields() {
			b.WriteString(f.Name)
			b.WriteByte(' ')
			writeTypeShape(b, f.Type, seen)
			b.WriteByte(' ')
			b.WriteString(string(f.Tag))
			b.WriteByte(';')
		}
		b.WriteByte('}')
	default:
		b.WriteString(t.Kind().String())
	}
}
