package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/normdex/normdex/corpus"
)

var (
	// numberedRe matches the paragraph numbers of legal texts: "16.", "2.3.",
	// "(a)", "(iv)", "a)", "IV.".
	numberedRe = regexp.MustCompile(`^(\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.|\([a-zA-Z0-9]{1,5}\)|[a-z]\)|[IVXL]{1,6}\.)\s+\S`)
	bulletRe   = regexp.MustCompile(`^[•·▪◦●‣\-–—*]\s+`)
	// footnoteLineRe starts a footnote in text extracted from a paper: its
	// number, a space, and a capital, a quote or a bracket.
	footnoteLineRe = regexp.MustCompile(`^(\d{1,3}) +[\p{Lu}“"‘'(\[]`)
	mdHeadRe       = regexp.MustCompile(`^#{1,6}\s+`)
	// PageNumberRe matches a line that is nothing but a page number.
	PageNumberRe = regexp.MustCompile(`(?i)^\s*(page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(\s+of\s+\d+)?\s*$`)
	pageWordRe   = regexp.MustCompile(`(?i)^\s*(page\s+\d{1,4}(\s+of\s+\d+)?|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s+of\s+\d{1,4})\s*$`)
)

// keepHyphen lists first parts of compounds that keep their hyphen when a line
// break falls after it: "non-\nbinding" is "non-binding", not "nonbinding".
var keepHyphen = map[string]bool{
	"non": true, "self": true, "cross": true, "co": true, "ex": true, "well": true,
	"state": true, "cyber": true, "case": true, "long": true, "short": true,
	"so": true, "high": true, "low": true, "multi": true, "open": true,
	"quasi": true, "anti": true, "decision": true,
	"all": true, "half": true, "full": true, "ill": true, "one": true, "two": true,
	"three": true, "mid": true, "follow": true, "good": true, "large": true,
}

// FoldText turns plain text into paragraphs. Hard-wrapped lines are folded
// into one paragraph; a blank line, a numbered paragraph ("16.", "(a)",
// "2.3."), a heading or a bullet starts a new one. Words broken by a hyphen at
// a line end are rejoined when the joined word is a word. Form feeds count
// pages, and page-number lines beside them are dropped.
func FoldText(text string) []corpus.Paragraph {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	text = strings.ReplaceAll(text, "\u00ad", "")
	vocab := vocabulary(text)
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
			if pageWordRe.MatchString(l) || (paged && (i == first || i == last) && PageNumberRe.MatchString(l)) || heads[strings.TrimSpace(l)] {
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
		if mdHeadRe.MatchString(s) {
			flush()
			cur = &corpus.Paragraph{Kind: corpus.Heading, Text: cleanHeading(s), Page: l.page}
			flush() // drops a heading of only markup, such as "# **"
			continue
		}
		if m := footnoteLineRe.FindStringSubmatch(s); m != nil && (prev == "" || endsSentence(prev) || strings.HasSuffix(prev, ")")) {
			flush()
			cur = &corpus.Paragraph{Kind: corpus.Footnote, Page: l.page, Number: m[1], Text: strings.TrimSpace(s[len(m[1]):])}
			hanging = false
			continue
		}
		if cur != nil && cur.Kind == corpus.Footnote && s != l.s {
			// Text copied from a PDF goes on from the footnotes at the foot
			// of a page to the body of the next with no blank line between,
			// but with the new page's first line indented.
			if !hanging && endsSentence(prev) {
				flush()
				cur = &corpus.Paragraph{Kind: corpus.Body, Page: l.page, Text: s}
				continue
			}
			hanging = true
		}
		if cur == nil || startsParagraph(s, prev, next) {
			flush()
			cur = &corpus.Paragraph{Kind: corpus.Body, Page: l.page}
			if m := numberedRe.FindStringSubmatch(s); m != nil {
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
		cur.Text = joinLines(cur.Text, s, vocab)
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
	s = mdHeadRe.ReplaceAllString(s, "")
	return strings.TrimSpace(strings.Trim(s, "*_ "))
}

func startsParagraph(s, prev, next string) bool {
	return numberedRe.MatchString(s) || bulletRe.MatchString(s) || isHeading(s, prev, next) ||
		(prev != "" && isHeading(prev, "", s) && !endsSentence(prev))
}

// runningHeads finds the running heads and footers of text extracted from a
// paged source: the same short line, not a sentence, standing again and again.
func runningHeads(text string) map[string]bool {
	count := map[string]int{}
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if n := utf8.RuneCountInString(l); n >= 8 && n <= 100 && !endsSentence(l) {
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
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 3
}

// isHeading reports whether a line looks like a heading: short, without a
// closing full stop, in title or upper case, standing apart from running text.
func isHeading(s, prev, next string) bool {
	if strings.ContainsAny(lastRune(s), ".,;:") {
		return false
	}
	if isUpperLine(s) && utf8.RuneCountInString(s) <= 120 {
		return true
	}
	if utf8.RuneCountInString(s) > 80 {
		return false
	}
	if prev != "" && !endsSentence(prev) {
		return false
	}
	if next != "" {
		r, _ := utf8.DecodeRuneInString(next)
		if unicode.IsLower(r) {
			return false
		}
	}
	body := numberedRe.ReplaceAllStringFunc(s, func(m string) string { return m[len(m)-1:] })
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

func endsSentence(s string) bool {
	s = strings.TrimRight(s, `"'”’)]*`)
	return strings.ContainsAny(lastRune(s), ".!?:;")
}

func lastRune(s string) string {
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == utf8.RuneError {
		return ""
	}
	return string(r)
}

// joinLines appends line s to paragraph text p, repairing a word broken by a
// hyphen at the end of p.
func joinLines(p, s string, vocab map[string]bool) string {
	if strings.HasSuffix(p, "-") && len(p) > 1 {
		left := trailingWord(p[:len(p)-1])
		right := leadingWord(s)
		if left != "" && right != "" {
			if joinHyphenated(left, right, vocab) {
				return p[:len(p)-1] + s
			}
			return p + s
		}
	}
	return p + " " + s
}

// joinHyphenated reports whether a word broken as "left-" at a line end and
// "right" at the start of the next is one word ("inter-national") rather than
// a hyphenated compound ("non-State").
func joinHyphenated(left, right string, vocab map[string]bool) bool {
	r, _ := utf8.DecodeRuneInString(right)
	if !unicode.IsLower(r) {
		return false
	}
	l := strings.ToLower(left)
	if vocab[l+strings.ToLower(right)] {
		return true
	}
	if vocab[l+"-"+strings.ToLower(right)] || keepHyphen[l] {
		return false
	}
	return true
}

func trailingWord(s string) string {
	i := len(s)
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= w
	}
	return s[i:]
}

func leadingWord(s string) string {
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += w
	}
	return s[:i]
}

// vocabulary collects the lower-cased words of a text, hyphenated compounds
// whole, leaving out the fragments of words broken at a line end.
func vocabulary(text string) map[string]bool {
	v := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		broken := strings.HasSuffix(line, "-")
		for i := 0; i < len(line); {
			r, w := utf8.DecodeRuneInString(line[i:])
			if !unicode.IsLetter(r) {
				i += w
				continue
			}
			j := i
			for j < len(line) {
				c, cw := utf8.DecodeRuneInString(line[j:])
				if unicode.IsLetter(c) {
					j += cw
					continue
				}
				// a hyphen inside a compound, not at the line end
				if (c == '-' || c == '‐') && j+cw < len(line) {
					if n, _ := utf8.DecodeRuneInString(line[j+cw:]); unicode.IsLetter(n) {
						j += cw
						continue
					}
				}
				break
			}
			if !(broken && j >= len(line)-1) {
				v[strings.ToLower(line[i:j])] = true
			}
			i = j
		}
	}
	return v
}
