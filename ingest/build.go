package ingest

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/normdex/normdex/corpus"
)

// MaxPassage is the length in characters above which a paragraph is split
// into several passages at sentence boundaries.
const MaxPassage = 1500

// Meta is what is known of a source besides its text.
type Meta struct {
	State string `json:"state" yaml:"state"`
	Date  string `json:"date" yaml:"date"`
	Title string `json:"title" yaml:"title"`
	URL   string `json:"url" yaml:"url"`
	// Lang, when set, is the language of the whole source (a --lang flag,
	// a sidecar's lang:), instead of the one its words tell.
	Lang string `json:"lang" yaml:"lang"`
}

// Merge returns m with its empty fields filled from o.
func (m Meta) Merge(o Meta) Meta {
	if m.State == "" {
		m.State = o.State
	}
	if m.Date == "" {
		m.Date = o.Date
	}
	if m.Title == "" {
		m.Title = o.Title
	}
	if m.URL == "" {
		m.URL = o.URL
	}
	if m.Lang == "" {
		m.Lang = o.Lang
	}
	return m
}

// Extraction is what an extractor found in a source: paragraphs in reading
// order and the number of pages (0 for sources without pages).
type Extraction struct {
	Paragraphs []corpus.Paragraph
	Pages      int
	// Problems are parts of the source that could not be read (such as a
	// page that failed), while the rest was kept.
	Problems []string
	// Blank are the pages (1-based) of a paged source that have no text
	// layer at all, where OCR can help.
	Blank []int
	// Unreadable are the pages (1-based) of a paged source whose text is
	// in fonts without a character map, where OCR can help too.
	Unreadable []int
	// Meta is what the source says of itself (the title and date of its
	// document properties or meta tags): defaults for what metadata lacks.
	Meta Meta
}

// Build assembles a document from an extraction: it joins the paragraphs into
// the document text, segments it into statements and cuts it into passages.
// id is the SHA-256 of the source bytes; meta has been validated.
func Build(id, source, format string, meta Meta, ex Extraction) (corpus.Document, []corpus.Statement, []corpus.Passage) {
	d := corpus.Document{ID: id, Source: source, Format: format, Title: meta.Title, State: meta.State,
		Date: meta.Date, URL: meta.URL, Pages: ex.Pages}
	ex.Paragraphs = validUTF8(ex.Paragraphs)
	if d.Date == "" {
		if date, err := corpus.ParseDate(ex.Meta.Date); err == nil {
			d.Date = date
		}
	}
	if d.Title == "" {
		d.Title = ex.Meta.Title
	}
	if d.Title == "" {
		d.Title = guessTitle(ex.Paragraphs)
	}
	var b strings.Builder
	starts := make([]int, len(ex.Paragraphs))
	pos := 0
	for i, p := range ex.Paragraphs {
		if i > 0 {
			b.WriteString("\n\n")
			pos += 2
		}
		starts[i] = pos
		b.WriteString(p.Text)
		pos += utf8.RuneCountInString(p.Text)
	}
	d.Text = b.String()
	d.Lang = meta.Lang
	if d.Lang == "" {
		d.Lang = corpus.DetectLang(d.Text)
	}

	stmts, owner := Segment(d, ex.Paragraphs, starts)
	var ps []corpus.Passage
	for i, p := range ex.Paragraphs {
		if p.Kind == corpus.Heading {
			continue
		}
		at := byteOffsets(p.Text)
		// A passage never mixes two statements: a paragraph in which a second
		// speaker takes the floor is cut where the turn changes.
		for _, own := range owner[i] {
			part := p.Text[at(own.start):at(own.end)]
			st := stmts[own.stmt]
			for _, span := range splitPassage(part) {
				a, z := own.start+span[0], own.start+span[1]
				seg := p.Text[at(a):at(z)]
				trimmed := strings.TrimLeftFunc(seg, unicode.IsSpace)
				text := strings.TrimRightFunc(trimmed, unicode.IsSpace)
				if text == "" {
					continue
				}
				a += utf8.RuneCountInString(seg[:len(seg)-len(trimmed)])
				z = a + utf8.RuneCountInString(text)
				lang := meta.Lang
				if lang == "" {
					// A passage's own words may tell another language
					// than its document's (a quotation), or none.
					lang = cmp.Or(corpus.DetectLang(text), d.Lang)
				}
				ps = append(ps, corpus.Passage{
					ID: corpus.PassageID(id, len(ps)), DocID: id, StatementID: st.ID, Seq: len(ps),
					State: st.State, Kind: p.Kind, Page: p.Page, Paragraph: p.Number,
					Start: starts[i] + a, End: starts[i] + z, Text: text, Quote: own.quote,
					OCR: p.OCR, Confidence: p.Confidence, Lang: lang,
				})
			}
		}
	}
	return d, stmts, ps
}

// validUTF8 returns the paragraphs with each invalid byte of their text
// replaced by U+FFFD, one for one, so that offsets in code points hold; the
// extractors decode their text, but Build takes outside paragraphs too.
func validUTF8(ps []corpus.Paragraph) []corpus.Paragraph {
	for i, p := range ps {
		if !utf8.ValidString(p.Text) {
			ps = slices.Clone(ps)
			for j := i; j < len(ps); j++ {
				ps[j].Text = string([]rune(ps[j].Text))
			}
			return ps
		}
	}
	return ps
}

// byteOffsets returns a function from code-point offsets in s to byte
// offsets; on ASCII text they are the same.
func byteOffsets(s string) func(cp int) int {
	n := utf8.RuneCountInString(s)
	if n == len(s) {
		return func(cp int) int { return min(cp, len(s)) }
	}
	// A table, not a walk from the start: a paragraph is asked for four
	// offsets per passage.
	at := make([]int, 0, n+1)
	for b := range s {
		at = append(at, b)
	}
	at = append(at, len(s))
	return func(cp int) int { return at[max(0, min(cp, len(at)-1))] }
}

// splitPassage cuts a paragraph into spans (code-point offsets) of at most
// about MaxPassage characters, at sentence boundaries; a sentence longer than
// that (a run of text with no full stop) is cut at white space.
func splitPassage(text string) [][2]int {
	n := utf8.RuneCountInString(text)
	if n <= MaxPassage {
		return [][2]int{{0, n}}
	}
	var out [][2]int
	start, end := -1, 0
	pos, cp := 0, 0 // byte offset and its code-point offset
	at := func(b int) int {
		cp += utf8.RuneCountInString(text[pos:b])
		pos = b
		return cp
	}
	for _, s := range corpus.Sentences(text) {
		a, z := at(s[0]), at(s[1])
		if start < 0 {
			start = a
		}
		if z-start > MaxPassage && end > start {
			out = append(out, [2]int{start, end})
			start = a
		}
		end = z
		if end-start > 2*MaxPassage {
			rs := []rune(text[s[0]:s[1]])
			for end-start > 2*MaxPassage {
				cut := cutAtSpace(rs, start-a, MaxPassage)
				out = append(out, [2]int{start, start + cut})
				start += cut
			}
		}
	}
	if start >= 0 && end > start {
		out = append(out, [2]int{start, end})
	}
	return out
}

// cutAtSpace returns where to cut the runes rs after skip: at the last white
// space within limit, or at limit when there is none.
func cutAtSpace(rs []rune, skip, limit int) int {
	for i := skip + limit; i > skip+limit/2; i-- {
		if i < len(rs) && unicode.IsSpace(rs[i]) {
			return i - skip
		}
	}
	return limit
}

// guessTitle finds a document's title among its first paragraphs: the
// first heading that reads as a title, else the first short line of text
// that does (a web page's headline), else a heading that names an
// institution. Text copied from web pages and reports opens with
// navigation ("Think-Tanks'Media ABOUT"), labels ("Producer: …"), authors'
// names ("YOO Joonkoo") and section names ("Executive summary"): better no
// title than one of these, for the document is then cited by its file name.
func guessTitle(ps []corpus.Paragraph) string {
	var institution string
	for _, p := range ps[:min(len(ps), 6)] {
		if p.Kind != corpus.Heading || !titleLike(p.Text) {
			continue
		}
		if institutionRe().MatchString(p.Text) {
			if institution == "" {
				institution = p.Text
			}
			continue
		}
		return p.Text
	}
	for _, p := range ps[:min(len(ps), 12)] {
		if p.Kind == corpus.Body && titleLike(p.Text) && headlineLike(p.Text) {
			return strings.Join(strings.Fields(p.Text), " ")
		}
	}
	return institution
}

var (
	// genericHeadingRe matches the names of sections, which are no titles.
	genericHeadingRe = lazyRegexp(`(?i)^(?:executive\s+summary|summary|abstract|contents|table\s+of\s+contents|introduction|preface|foreword|about(?:\s+us)?|home|menu|search|share|breaking\s+\w+|related\s+\w+|annex(?:ure)?[\s-]*\w*|appendix\s*\w*)$`)
	// labelRe is a label before a value: "Producer: …", "Source :".
	labelRe = lazyRegexp(`^\p{L}+\s*:`)
	// institutionRe names a body that issues a document rather than the
	// document: "Institute for …", "… University", "Ministry of …".
	institutionRe = lazyRegexp(`\b(?:Institute|University|Ministry|Department|Faculty|School\s+of|Centre|Center|Permanent\s+Mission|Embassy)\b`)
)

// titleLike reports whether a line may be a title: at least two words and
// eight characters, and none of the things that open a web page or report
// without being its title.
func titleLike(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 800 || utf8.RuneCountInString(s) > 200 || utf8.RuneCountInString(s) < 8 {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 2 {
		return false
	}
	if genericHeadingRe().MatchString(s) || labelRe().MatchString(s) || strings.Contains(s, "http") || strings.Contains(s, "@") {
		return false
	}
	// A word in capitals ending a line of other words is a navigation bar's
	// ("Media ABOUT"); a word in capitals beside one other is a name in the
	// order "SURNAME Given".
	last := words[len(words)-1]
	if isCapitalsWord(last) && utf8.RuneCountInString(last) >= 4 && !isCapitalsWord(words[0]) {
		return false
	}
	if len(words) == 2 && isCapitalsWord(words[0]) != isCapitalsWord(words[1]) {
		return false
	}
	return true
}

// headlineLike reports whether a line of body text reads as a headline: a
// few words, beginning with a capital or a quote, with no sentence ending
// or going on after a colon in it, and no path or menu.
func headlineLike(s string) bool {
	s = strings.TrimSpace(s)
	n := len(strings.Fields(s))
	if n < 4 || n > 15 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !strings.ContainsRune("“\"‘'", r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(".,;:", last) && !footnoteMarkRe().MatchString(s) && !strings.ContainsAny(s, `/\|`) && !strings.Contains(s, ". ") &&
		!colonLowerRe().MatchString(s)
}

// colonLowerRe is a colon that a sentence goes on after ("Buy a copy: click
// here"), where a title's subtitle would begin with a capital.
var colonLowerRe = lazyRegexp(`:\s*\p{Ll}`)

// footnoteMarkRe is a footnote's number glued to the end of a sentence.
var footnoteMarkRe = lazyRegexp(`[\p{L}.,;:”’")]\d{1,3}$`)

// isCapitalsWord reports whether a word has letters and all of them are
// capitals.
func isCapitalsWord(w string) bool {
	return capitalLetters(w) > 0
}
