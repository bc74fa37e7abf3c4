package ingest

import (
	"context"
	"errors"
	"strings"

	"github.com/normdex/normdex/corpus"
)

// Markdown extracts Markdown sources: the markup is taken off (emphasis,
// links, code fences, quote marks, table rules), "#" and underlined headings
// stay headings, footnote definitions ("[^3]: …") become footnotes, and a
// YAML front matter gives the title and date.
type Markdown struct{}

var (
	mdImageRe    = lazyRegexp(`!\[([^\]]*)\]\([^)]*\)`)
	mdLinkRe     = lazyRegexp(`\[([^\]^][^\]]*)\](?:\([^)]*\)|\[[^\]]*\])`)
	mdNoteRefRe  = lazyRegexp(`\[\^([^\]\s]{1,10})\]`)
	mdNoteDefRe  = lazyRegexp(`^\[\^([^\]\s]{1,10})\]:\s*`)
	mdLinkDefRe  = lazyRegexp(`^\[[^\]]+\]:\s+\S+`)
	mdEmphRe     = lazyRegexp(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)|(^|[\s(])[*_](\S(?:.*?\S)?)[*_]([\s).,;:!?]|$)`)
	mdCodeRe     = lazyRegexp("`([^`]*)`")
	mdRuleRe     = lazyRegexp(`^(\*\s*){3,}$|^(-\s*){3,}$|^(_\s*){3,}$`)
	mdSetextRe   = lazyRegexp(`^(=+|-+)\s*$`)
	mdTableRule  = lazyRegexp(`^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$`)
	mdPlusBullet = lazyRegexp(`^\+\s+`)
	mdQuoteRe    = lazyRegexp(`^(>\s?)+`)
)

// Extract strips the markup line by line and folds the text as TXT does.
func (Markdown) Extract(_ context.Context, _ string, data []byte) (Extraction, error) {
	text, err := DecodeText(data)
	if err != nil {
		return Extraction{}, err
	}
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	body, meta := frontMatter(text)
	lines := strings.Split(body, "\n")
	var out []string
	fenced := false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fenced = !fenced
			out = append(out, "")
			continue
		}
		if fenced {
			out = append(out, l)
			continue
		}
		t = mdQuoteRe().ReplaceAllString(t, "")
		// An underlined line is a heading; a rule under a blank line is not.
		if i+1 < len(lines) && t != "" && !strings.HasPrefix(t, "#") && mdSetextRe().MatchString(strings.TrimSpace(lines[i+1])) {
			out = append(out, "", "# "+mdInline(t), "")
			i++
			continue
		}
		switch {
		case mdRuleRe().MatchString(t), mdTableRule().MatchString(t), mdLinkDefRe().MatchString(t) && !mdNoteDefRe().MatchString(t):
			out = append(out, "")
			continue
		case mdNoteDefRe().MatchString(t):
			m := mdNoteDefRe().FindStringSubmatch(t)
			// A blank line first, so that the note stands apart as a
			// footnote paragraph ("3 The text").
			out = append(out, "", m[1]+" "+mdInline(t[len(m[0]):]))
			continue
		case strings.HasPrefix(t, "|"):
			t = strings.Trim(t, "| ")
			t = strings.Join(strings.Fields(strings.ReplaceAll(t, "|", " | ")), " ")
		}
		t = mdPlusBullet().ReplaceAllString(t, "• ")
		out = append(out, mdInline(t))
	}
	ps := FoldText(strings.Join(out, "\n"))
	for i, p := range ps {
		// A table's header row looks like a heading to FoldText; only
		// "#" lines and underlined ones are headings in Markdown.
		if p.Kind == corpus.Heading && strings.Contains(p.Text, " | ") {
			ps[i].Kind = corpus.Body
		}
	}
	if len(ps) == 0 {
		return Extraction{}, errors.New("no text")
	}
	return Extraction{Paragraphs: ps, Meta: meta}, nil
}

// mdInline takes the inline markup off a line; footnote references keep
// their label, as they print.
func mdInline(s string) string {
	s = mdImageRe().ReplaceAllString(s, "$1")
	s = mdLinkRe().ReplaceAllString(s, "$1")
	s = mdNoteRefRe().ReplaceAllString(s, "$1")
	s = mdCodeRe().ReplaceAllString(s, "$1")
	for range 3 { // nested emphasis
		s = mdEmphRe().ReplaceAllString(s, "$2$4$5$6")
	}
	return s
}

// frontMatter splits off a YAML front matter ("---" lines around
// "key: value" lines) and reads its title and date.
func frontMatter(text string) (string, Meta) {
	var m Meta
	if !strings.HasPrefix(text, "---\n") {
		return text, m
	}
	end := strings.Index(text[4:], "\n---")
	if end < 0 {
		return text, m
	}
	for _, l := range strings.Split(text[4:4+end], "\n") {
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "title":
			m.Title = v
		case "date":
			m.Date = docDate(v)
			if m.Date == "" && len(v) >= 4 {
				m.Date = v
			}
		}
	}
	rest := text[4+end+4:]
	return rest, m
}
