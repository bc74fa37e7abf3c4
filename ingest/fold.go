package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/ingest/internal/textfold"
)

var (
	// footnoteLineRe starts a footnote in text extracted from a paper: its
	// number, a space, and a capital, a quote or a bracket.
	footnoteLineRe = lazyRegexp(`^(\d{1,3}) +[\p{Lu}“"‘'(\[]`)
	mdHeadRe       = lazyRegexp(`^#{1,6}\s+`)
)

// FoldText turns plain text into paragraphs. Hard-wrapped lines are folded
// into one paragraph; a blank line, a numbered paragraph ("16.", "(a)",
// "2.3."), a heading or a bullet starts a new one. Words broken by a hyphen at
// a line end are rejoined when the joined word is a word. Form feeds count
// pages, and page-number lines beside them are dropped.
func FoldText(text string) []corpus.Paragraph {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	text = strings.ReplaceAll(text, "\u00ad", "")
	vocab := textfold.Vocabulary(text)
	heads := runningHeads(text)
	paged := strings.Contains(text, "\f")
	page := 0
	if paged {
		page = 1
	}
	type line struct {
		s    string
		page int
	}
	var lines []line
	for pi, pageText := range strings.Split(text, "\f") {
		ls := strings.Split(pageText, "\n")
		first, last := firstLast(ls)
		for i, l := range ls {
			l = strings.TrimRightFunc(l, unicode.IsSpace)
			if textfold.PageWordRe().MatchString(l) || (paged && (i == first || i == last) && textfold.PageNumberRe().MatchString(l)) || heads[strings.TrimSpace(l)] {
				l = ""
			}
			lines = append(lines, line{l, page + pi})
		}
		lines = append(lines, line{"", page + pi})
	}

	var out []corpus.Paragraph
	var cur *corpus.Paragraph
	// hanging is set when a footnote's own lines are indented: then an
	// indented line goes on with it rather than returning to the body.
	hanging := false
	flush := func() {
		if cur != nil && strings.TrimSpace(cur.Text) != "" {
			cur.Text = strings.TrimSpace(cur.Text)
			out = append(out, *cur)
		}
		cur = nil
	}
	for i, l := range lines {
		s := strings.TrimSpace(l.s)
		if s == "" {
			flush()
			continue
		}
		prev, next := "", ""
		if i > 0 {
			prev = strings.TrimSpace(lines[i-1].s)
		}
		if i+1 < len(lines) {
			next = strings.TrimSpace(lines[i+1].s)
		}
		if mdHeadRe().MatchString(s) {
			flush()
			cur = &corpus.Paragraph{Kind: corpus.Heading, Text: cleanHeading(s), Page: l.page}
			flush() // drops a heading of only markup, such as "# **"
			continue
		}
		if m := footnoteLineRe().FindStringSubmatch(s); m != nil && (prev == "" || textfold.EndsSentence(prev) || strings.HasSuffix(prev, ")")) {
			flush()
			cur = &corpus.Paragraph{Kind: corpus.Footnote, Page: l.page, Number: m[1], Text: strings.TrimSpace(s[len(m[1]):])}
			hanging = false
			continue
		}
		if cur != nil && cur.Kind == corpus.Footnote && s != l.s {
			// Text copied from a PDF goes on from the footnotes at the foot
			// of a page to the body of the next with no blank line between,
			// but with the new page's first line indented.
			if !hanging && textfold.EndsSentence(prev) {
				flush()
				cur = &corpus.Paragraph{Kind: corpus.Body, Page: l.page, Text: s}
				continue
			}
			hanging = true
		}
		if cur == nil || startsParagraph(s, prev, next) {
			flush()
			cur = &corpus.Paragraph{Kind: corpus.Body, Page: l.page}
			if m := textfold.NumberedRe().FindStringSubmatch(s); m != nil {
				cur.Number = strings.TrimSuffix(m[1], ".")
			}
			if isHeading(s, prev, next) {
				cur.Kind = corpus.Heading
				cur.Text = cleanHeading(s)
				flush()
				continue
			}
			cur.Text = s
			continue
		}
		cur.Text = textfold.JoinLines(cur.Text, s, vocab)
	}
	flush()
	return out
}

func firstLast(ls []string) (int, int) {
	first, last := -1, -1
	for i, l := range ls {
		if strings.TrimSpace(l) != "" {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

func cleanHeading(s string) string {
	s = mdHeadRe().ReplaceAllString(s, "")
	return strings.TrimSpace(strings.Trim(s, "*_ "))
}

func startsParagraph(s, prev, next string) bool {
	return textfold.NumberedRe().MatchString(s) || textfold.BulletRe().MatchString(s) || isHeading(s, prev, next) ||
		(prev != "" && isHeading(prev, "", s) && !textfold.EndsSentence(prev))
}

// runningHeads finds the running heads and footers of text extracted from a
// paged source: the same short line, not a sentence, standing again and again.
func runningHeads(text string) map[string]bool {
	count := map[string]int{}
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if n := utf8.RuneCountInString(l); n >= 8 && n <= 100 && !textfold.EndsSentence(l) {
			count[l]++
		}
	}
	heads := map[string]bool{}
	for l, n := range count {
		if n >= 3 && isUpperLine(l) {
			heads[l] = true
		}
	}
	return heads
}

// isUpperLine reports whether the letters of a line are all capitals.
func isUpperLine(s string) bool {
	return capitalLetters(s) >= 3
}

// capitalLetters counts the letters of s, or returns 0 when any of them is
// not a capital.
func capitalLetters(s string) int {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return 0
			}
			letters++
		}
	}
	return letters
}

// isHeading reports whether a line looks like a heading: short, without a
// closing full stop, in title or upper case, standing apart from running text.
func isHeading(s, prev, next string) bool {
	if strings.ContainsAny(textfold.LastRune(s), ".,;:") {
		return false
	}
	if isUpperLine(s) && utf8.RuneCountInString(s) <= 120 {
		return true
	}
	if utf8.RuneCountInString(s) > 80 {
		return false
	}
	if prev != "" && !textfold.EndsSentence(prev) {
		return false
	}
	if next != "" {
		r, _ := utf8.DecodeRuneInString(next)
		if unicode.IsLower(r) {
			return false
		}
	}
	body := textfold.NumberedRe().ReplaceAllStringFunc(s, func(m string) string { return m[len(m)-1:] })
	words := strings.Fields(body)
	if len(words) == 0 {
		return false
	}
	caps, counted := 0, 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		if smallWord[strings.ToLower(w)] {
			continue
		}
		counted++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return counted > 0 && caps*10 >= counted*8
}

var smallWord = map[string]bool{"a": true, "an": true, "the": true, "of": true, "and": true, "or": true,
	"in": true, "on": true, "for": true, "to": true, "by": true, "with": true, "at": true, "from": true}
