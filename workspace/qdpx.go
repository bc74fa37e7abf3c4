package workspace

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/qdpx"
)

// QDPXOptions say how ImportQDPX reads a project.
type QDPXOptions struct {
	// Filter selects the passages the export held (give the filters given
	// to the export): a tag of theirs missing from the project was deleted
	// there; passages outside it are not judged.
	Filter   corpus.Filter
	Reviewer string // who made the codings; DefaultReviewer when empty
	Note     string // kept with each decision
}

// QDPXImport is what ImportQDPX made of a project.
type QDPXImport struct {
	Kept      int               // codings that are tags here already
	Decisions []corpus.Decision // the adds and rejects stored
	Unplaced  []Unplaced        // codings normdex cannot place
}

// Unplaced is a coding of a project that normdex cannot place, and why.
type Unplaced struct {
	Source     string // the source's name
	Code       string // the code's name
	Start, End int    // in the source's text
	Text       string
	Reason     string
}

// ImportQDPX reads back a project that 'export --format qdpx' wrote and
// another tool coded further: a coding of an element that is not a tag of
// its passage here becomes a manual annotation of that span (an add
// decision); an element whose tags in a passage of the export lost every
// coding becomes a rejection; codings on documents, codes or spans normdex
// cannot place (another source, a new code, a span across passages) are
// returned, not guessed. The decisions are stored in one transaction, and
// reading the same project again adds nothing.
func (w *Workspace) ImportQDPX(ctx context.Context, p *qdpx.Project, opt QDPXOptions) (QDPXImport, error) {
	var out QDPXImport
	if opt.Reviewer == "" {
		opt.Reviewer = DefaultReviewer()
	}
	known, err := w.elementSet(ctx)
	if err != nil {
		return out, err
	}
	codes := map[string]string{} // code GUID → element
	names := map[string]string{} // code GUID → name
	for _, c := range p.Codes {
		names[c.GUID] = c.Name
		for _, el := range []string{c.Name, strings.ToLower(c.Name)} {
			if known[el] {
				codes[c.GUID] = el
			}
		}
	}
	for el := range known {
		codes[qdpx.GUID("code:"+el)] = el
	}
	docs, err := w.store.Documents(ctx)
	if err != nil {
		return out, err
	}
	byGUID := map[string]corpus.Document{}
	for _, d := range docs {
		byGUID[qdpx.GUID("doc:"+d.ID)] = d
	}
	now := time.Now().UTC()
	var ds []corpus.Decision
	for _, src := range p.Sources {
		d, ok := byGUID[src.GUID]
		if !ok {
			for _, sel := range src.Selections {
				out.Unplaced = append(out.Unplaced, unplaced(src, sel, names, "the source is not a document of this workspace"))
			}
			continue
		}
		placed, err := w.qdpxSource(ctx, d, src, codes, names, opt, now, &out)
		if err != nil {
			return out, err
		}
		ds = append(ds, placed...)
	}
	if len(ds) == 0 {
		return out, nil
	}
	_, orphans, err := w.store.ImportDecisions(ctx, ds)
	if err != nil {
		return out, err
	}
	if len(orphans) > 0 {
		return out, fmt.Errorf("import qdpx: %d decisions could not be placed", len(orphans))
	}
	out.Decisions = ds
	return out, w.catchUp(ctx)
}

func unplaced(src qdpx.Source, sel qdpx.Selection, names map[string]string, reason string) Unplaced {
	u := Unplaced{Source: src.Name, Start: sel.Start, End: sel.End, Reason: reason}
	var cs []string
	for _, c := range sel.Codes {
		cs = append(cs, names[c])
	}
	u.Code = strings.Join(cs, ", ")
	if rs := []rune(src.Text); sel.End <= len(rs) {
		u.Text = string(rs[sel.Start:sel.End])
	}
	return u
}

// coding is one code applied to a span of a passage.
type coding struct {
	element    string
	start, end int // in the passage
}

// qdpxSource compares the codings of one source with the tags of its
// document's passages, and returns the decisions that make them agree.
func (w *Workspace) qdpxSource(ctx context.Context, d corpus.Document, src qdpx.Source, codes, names map[string]string,
	opt QDPXOptions, now time.Time, out *QDPXImport) ([]corpus.Decision, error) {
	full, ps, decided, err := w.documentReviewed(ctx, d.ID)
	if err != nil {
		return nil, err
	}
	docRunes := []rune(full.Text)
	// Offsets are into the text the project holds; where another tool
	// changed it, a coding is placed by its words, found once in the
	// document.
	srcRunes := docRunes
	moved := src.HasText && src.Text != full.Text
	if moved {
		srcRunes = []rune(src.Text)
	}
	byPassage := map[int][]coding{}
	for _, sel := range src.Selections {
		if sel.End > len(srcRunes) || sel.Start >= sel.End {
			out.Unplaced = append(out.Unplaced, unplaced(src, sel, names, "the span is outside the source's text"))
			continue
		}
		start, end := sel.Start, sel.End
		if moved {
			at := strings.Index(full.Text, string(srcRunes[start:end]))
			if at < 0 || strings.Count(full.Text, string(srcRunes[start:end])) != 1 {
				out.Unplaced = append(out.Unplaced, unplaced(src, sel, names, "the source's text changed and the coded words are not in the document once"))
				continue
			}
			start = utf8.RuneCountInString(full.Text[:at])
			end = start + (sel.End - sel.Start)
		}
		in := -1
		for i, p := range ps {
			if p.Start <= start && end <= p.End {
				in = i
				break
			}
		}
		if in < 0 {
			out.Unplaced = append(out.Unplaced, unplaced(src, sel, names, "the span is not within one passage"))
			continue
		}
		for _, g := range sel.Codes {
			el, ok := codes[g]
			if !ok {
				u := unplaced(src, sel, names, "the code is not an element of the codebook")
				u.Code = names[g]
				out.Unplaced = append(out.Unplaced, u)
				continue
			}
			byPassage[in] = append(byPassage[in], coding{el, start - ps[in].Start, end - ps[in].Start})
		}
	}
	var ds []corpus.Decision
	decide := func(p corpus.Passage, dc corpus.Decision, at time.Time) {
		dc.Passage, dc.Document, dc.File, dc.Seq, dc.TextSHA256 = p.ID, p.DocID, d.Source, p.Seq, corpus.PassageHash(p.Text)
		dc.Reviewer, dc.Note, dc.Time = opt.Reviewer, opt.Note, at
		ds = append(ds, dc)
	}
	for i, p := range ps {
		m := reviewed(d, p, decided[p.ID])
		cs := byPassage[i]
		exported := opt.Filter.MatchReview(d, p, m.r)
		coded := map[string]bool{}
		for _, c := range cs {
			coded[c.element] = true
		}
		// A rejection is of an element, not of a span: an element the
		// passage keeps a coding of stays, and its new spans are added.
		if exported {
			for _, el := range m.p.Annotations {
				if !coded[el.Element] && !hasDecision(ds, p.ID, el.Element) {
					decide(p, corpus.Decision{Action: corpus.Reject, Element: el.Element}, now)
				}
			}
		}
		for _, c := range cs {
			if hasSpan(m.p.Annotations, c) || hasAdd(ds, p.ID, c) {
				out.Kept++
				continue
			}
			dc := corpus.Decision{Action: corpus.Add, Element: c.element, Start: c.start, End: c.end}
			dc.Text = string([]rune(p.Text)[c.start:c.end])
			decide(p, dc, now.Add(time.Microsecond))
		}
	}
	return ds, nil
}

func hasSpan(anns []corpus.Annotation, c coding) bool {
	for _, a := range anns {
		if a.Element == c.element && a.Start == c.start && a.End == c.end {
			return true
		}
	}
	return false
}

func hasDecision(ds []corpus.Decision, passage, el string) bool {
	for _, d := range ds {
		if d.Passage == passage && d.Element == el && d.Action == corpus.Reject {
			return true
		}
	}
	return false
}

func hasAdd(ds []corpus.Decision, passage string, c coding) bool {
	for _, d := range ds {
		if d.Passage == passage && d.Action == corpus.Add && d.Element == c.element && d.Start == c.start && d.End == c.end {
			return true
		}
	}
	return false
}
