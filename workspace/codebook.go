package workspace

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/normdex/normdex/annotate"
	"github.com/normdex/normdex/corpus"
)

// DefaultCodebookName names the embedded codebook in the workspace.
const DefaultCodebookName = "default.yaml (built in)"

// Codebook is a compiled codebook: as the workspace records it, and its
// tagger.
type Codebook struct {
	Stored corpus.Codebook
	Tagger *annotate.Tagger
}

// Elements are the codebook's elements, in its order.
func (c *Codebook) Elements() []ElementInfo {
	var out []ElementInfo
	for _, e := range c.Tagger.Codebook().Elements {
		out = append(out, ElementInfo{ID: e.ID, Label: e.Label, Definition: e.Definition, Dimension: e.Dimension, Pole: e.Pole, Rules: e.Rules})
	}
	return out
}

// ElementInfo is what the front ends show of an element: its label and
// definition, and for the position map its dimension and pole.
type ElementInfo struct {
	ID, Label, Definition string
	Dimension, Pole       string
	Rules                 []annotate.Rule // the keyword rules that find it
}

// defaultCodebook is compiled once, when first needed: most commands never
// tag, and an ingest of files the store has needs no tagger.
var defaultCodebook = sync.OnceValues(func() (*Codebook, error) {
	return compileText(DefaultCodebookName, annotate.DefaultCodebook(), annotate.CompileChecked)
})

// PrepareDefaultCodebook compiles the embedded codebook in the background,
// for a long-running front end that will tag: the first request then need
// not wait for it. An ingest compiles it when it first needs it.
func PrepareDefaultCodebook() { go defaultCodebook() }

// defaultTagger is the embedded codebook's tagger.
func defaultTagger() (*annotate.Tagger, error) {
	cb, err := defaultCodebook()
	if err != nil {
		return nil, err
	}
	return cb.Tagger, nil
}

// defaultCodebookSHA256 identifies the embedded codebook, as its stored
// form would (corpus.NewCodebook), without compiling it.
var defaultCodebookSHA256 = sync.OnceValue(func() string {
	// Through a small buffer: a copy of the whole text was a megabyte of
	// fresh heap, some 5 ms of page faults at every ingest.
	h := sha256.New()
	text := annotate.DefaultCodebookText()
	buf := make([]byte, 64<<10)
	for len(text) > 0 {
		n := copy(buf, text)
		h.Write(buf[:n])
		text = text[n:]
	}
	return hex.EncodeToString(h.Sum(nil))
})

// CompileCodebook compiles the codebook in the YAML file path, or the
// embedded default when path is "".
func CompileCodebook(path string) (*Codebook, error) {
	if path == "" {
		return defaultCodebook()
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("codebook: %w", err)
	}
	return compileText(filepath.Base(path), b, annotate.Compile)
}

// compileText parses and compiles a codebook with compile: annotate.Compile,
// or annotate.CompileChecked for the embedded one, which its tests compile.
func compileText(name string, data []byte, compile func(string, *annotate.Codebook) (*annotate.Tagger, error)) (*Codebook, error) {
	stored := corpus.NewCodebook(name, data)
	cb, err := parseCached(codebookCache, stored, data)
	if err != nil {
		return nil, err
	}
	t, err := compile(name, cb)
	if err != nil {
		return nil, err
	}
	return &Codebook{Stored: stored, Tagger: t}, nil
}

// Codebook chooses the codebook of a command: rules when given (compiled
// by CompileCodebook from the user's file), else the one the workspace
// keeps, else the embedded default. With save, the choice becomes the
// workspace's codebook (a writing command), and its stored form, with its
// date, is returned.
func (w *Workspace) Codebook(ctx context.Context, rules *Codebook, save bool) (*Codebook, error) {
	stored, tagger, err := w.codebook(ctx, rules, save)
	if err != nil {
		return nil, err
	}
	t, err := tagger()
	if err != nil {
		return nil, err
	}
	return &Codebook{Stored: stored, Tagger: t}, nil
}

// codebook is Codebook, but the embedded default, which always compiles,
// is left to compile when tagger is first called: an ingest extracts its
// first files meanwhile. A codebook of the user's, which may not compile,
// is compiled at once, so that it fails before anything is done.
func (w *Workspace) codebook(ctx context.Context, rules *Codebook, save bool) (corpus.Codebook, func() (*annotate.Tagger, error), error) {
	stored, ok, err := w.store.CodebookInfo(ctx)
	if err != nil {
		return corpus.Codebook{}, nil, err
	}
	var use corpus.Codebook
	tagger := defaultTagger
	switch {
	case rules != nil:
		use = rules.Stored
		tagger = func() (*annotate.Tagger, error) { return rules.Tagger, nil }
	case ok && stored.SHA256 != defaultCodebookSHA256():
		if use, _, err = w.store.Codebook(ctx); err != nil {
			return corpus.Codebook{}, nil, err
		}
		cb, err := compileText(use.Name, []byte(use.Text), annotate.Compile)
		if err != nil {
			return corpus.Codebook{}, nil, fmt.Errorf("the workspace's codebook %s: %w", use.Name, err)
		}
		tagger = func() (*annotate.Tagger, error) { return cb.Tagger, nil }
	case ok:
		// The embedded default, whose text the store need not be read for.
		use = stored
		use.Text = annotate.DefaultCodebookText()
	default:
		// NewCodebook's form, without its two copies of the text.
		use = corpus.Codebook{Name: DefaultCodebookName, SHA256: defaultCodebookSHA256(), Text: annotate.DefaultCodebookText()}
	}
	// Without rules, a stored codebook is used as it is stored.
	if save && (rules != nil || !ok) {
		if use, err = w.store.SetCodebook(ctx, use); err != nil {
			return corpus.Codebook{}, nil, err
		}
	}
	return use, tagger, nil
}

// TaggedWith names the codebook the stored passages were tagged with.
func (w *Workspace) TaggedWith(ctx context.Context) (string, error) {
	cb, ok, err := w.store.CodebookInfo(ctx)
	if err != nil || !ok {
		return "not recorded (the workspace predates codebook tracking)", err
	}
	return cb.String(), nil
}

// KnownElements lists the elements of the codebook the workspace keeps (an
// element it defines may have tagged nothing yet) and of the stored
// annotations.
func (w *Workspace) KnownElements(ctx context.Context) ([]string, error) {
	var out []string
	if stored, ok, err := w.store.Codebook(ctx); err != nil {
		return nil, err
	} else if ok {
		cb, err := annotate.ParseCodebook(stored.Name, []byte(stored.Text))
		if err != nil {
			return nil, fmt.Errorf("the workspace's codebook %s: %w", stored.Name, err)
		}
		for _, e := range cb.Elements {
			out = append(out, e.ID)
		}
	}
	n, err := w.store.Counts(ctx)
	if err != nil {
		return nil, err
	}
	for el := range n.ByElement {
		out = append(out, el)
	}
	return out, nil
}

// Reannotation is what Annotate changed.
type Reannotation struct {
	Codebook corpus.Codebook
	Changed  int            // passages whose annotations changed
	Added    map[string]int // per element, the passages that gained it
	Removed  map[string]int // and that lost it
}

// Annotate re-runs a codebook over the stored corpus; the codebook is the
// workspace's before the first passage changes, so that an interrupted
// run is completed by a plain one.
func (w *Workspace) Annotate(ctx context.Context, rules *Codebook) (Reannotation, error) {
	cb, err := w.Codebook(ctx, rules, true)
	if err != nil {
		return Reannotation{}, err
	}
	r := Reannotation{Codebook: cb.Stored, Added: map[string]int{}, Removed: map[string]int{}}
	docs, err := w.store.Documents(ctx)
	if err != nil {
		return r, err
	}
	for _, d := range docs {
		ps, err := w.store.Passages(ctx, d.ID)
		if err != nil {
			return r, err
		}
		updates := map[string][]corpus.Annotation{}
		for _, p := range ps {
			anns := cb.Tagger.TagLang(p.Text, p.Lang)
			if sameAnnotations(p.Annotations, anns) {
				continue
			}
			updates[p.ID] = anns
			diffElements(p.Annotations, anns, r.Added, r.Removed)
		}
		if len(updates) == 0 {
			continue
		}
		r.Changed += len(updates)
		if err := w.store.ReplaceAnnotations(ctx, d.ID, updates); err != nil {
			return r, err
		}
	}
	_, err = w.Sync(ctx)
	return r, err
}

func sameAnnotations(a, b []corpus.Annotation) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// diffElements counts, per element, the passages that gain or lose it.
func diffElements(old, cur []corpus.Annotation, added, removed map[string]int) {
	was, is := map[string]bool{}, map[string]bool{}
	for _, e := range corpus.Elements(old) {
		was[e] = true
	}
	for _, e := range corpus.Elements(cur) {
		is[e] = true
		if !was[e] {
			added[e]++
		}
	}
	for e := range was {
		if !is[e] {
			removed[e]++
		}
	}
}

// codebookCache is the folder of parsed codebooks (SetCodebookCache); ""
// for none.
var codebookCache string

// SetCodebookCache makes codebooks parsed from then on be kept in dir, and
// read from there when the same codebook is parsed again: reading the YAML
// of the embedded codebook was about 8 ms of CPU in every process that
// tags, reading it back a quarter of that. "" keeps none. A cache that
// cannot be read or written is passed over.
func SetCodebookCache(dir string) { codebookCache = dir }

// codebookFormatKey names annotate.CodebookFormat in a cache file's name.
var codebookFormatKey = sync.OnceValue(func() string {
	sum := sha256.Sum256([]byte(annotate.CodebookFormat()))
	return hex.EncodeToString(sum[:8])
})

// parseCached parses the codebook data, whose stored form is stored,
// through the cache in dir when that is not "": a file is named by the
// codebook's SHA-256, which the stored form has computed already, and by
// the layout of the parsed types, and begins with the SHA-256 of the rest
// (see sealed). A cached codebook is one that parsed: errors are never
// cached. The folder is a parameter so that tests use their own without
// setting the process-wide one, which a codebook compiled in the
// background reads.
func parseCached(dir string, stored corpus.Codebook, data []byte) (*annotate.Codebook, error) {
	name := stored.Name
	if dir == "" {
		return annotate.ParseCodebook(name, data)
	}
	path := filepath.Join(dir, "codebook-"+codebookFormatKey()+"-"+stored.SHA256+".json")
	if b, err := os.ReadFile(path); err == nil {
		if body, ok := unseal(b); ok {
			if cb, err := annotate.UnmarshalCodebook(body); err == nil {
				return cb, nil
			}
		}
	}
	cb, err := annotate.ParseCodebook(name, data)
	if err != nil {
		return nil, err
	}
	if b, err := annotate.MarshalCodebook(cb); err == nil {
		writeCache(path, seal(b))
	}
	return cb, nil
}

// seal prefixes a cache file's body with its SHA-256 in hex and a newline.
// A body changed after it was written (a damaged disk, an edit) may still
// be valid JSON but no longer a codebook that compiles: the rules of other
// languages, compiled when first needed, would then fail in the middle of
// an ingest. unseal refuses it, and the codebook is parsed anew.
func seal(body []byte) []byte {
	sum := sha256.Sum256(body)
	return append(append([]byte(hex.EncodeToString(sum[:])), '\n'), body...)
}

// unseal returns the body of a sealed cache file, and whether it is the
// one that was sealed.
func unseal(b []byte) ([]byte, bool) {
	head, body, ok := bytes.Cut(b, []byte{'\n'})
	if !ok {
		return nil, false
	}
	sum := sha256.Sum256(body)
	return body, string(head) == hex.EncodeToString(sum[:])
}

// writeCache writes a cache file whole or not at all: another process may
// be reading it.
func writeCache(path string, b []byte) {
	if os.MkdirAll(filepath.Dir(path), 0o755) != nil {
		return
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".codebook-*")
	if err != nil {
		return
	}
	_, err = f.Write(b)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
}
