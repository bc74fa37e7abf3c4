package corpus

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"text/template"
)

// DefaultCitation is the citation template researchers use: "New Zealand
// (2020, para 16)", "Japan (2021, p. 5)", or the document title when no State
// is known.
const DefaultCitation = `{{.Who}}{{with .Where}} ({{.}}){{end}}`

// CitationFields are the values a citation template can use.
type CitationFields struct {
	Who       string // the State, else the organisation, else the document title
	State     string
	Title     string
	Year      int
	Date      string
	Page      int
	Paragraph string
	Locator   string // "para 16", "p. 5", or "" when neither is known; a quotation's own pinpoint
	Where     string // year and locator joined by ", ": "2020, para 16"; a quotation's "n.d." without a year
	Source    string
}

// Citer formats citations from a template.
type Citer struct{ t *template.Template }

// NewCiter compiles a citation template (text/template over CitationFields).
func NewCiter(tmpl string) (*Citer, error) {
	t, err := template.New("citation").Option("missingkey=error").Parse(tmpl)
	if err != nil {
		return nil, fmt.Errorf("citation template: %w", err)
	}
	if err := t.Execute(new(strings.Builder), CitationFields{}); err != nil {
		return nil, fmt.Errorf("citation template: %w", err)
	}
	return &Citer{t: t}, nil
}

// Cite returns the citation of passage p of document d. A quotation is
// cited by its own reference: "New Zealand (2020, paras 16 & 17)", "Norway
// (UNGA 2021b, 71)" when the reference is another's, "Finland (n.d.)" when
// the document gives none; where it was found is for the export to say.
func (c *Citer) Cite(d Document, p Passage) string {
	f := CitationFields{State: p.State, Title: d.Title, Year: p.Year(d), Date: p.Date(d),
		Page: p.Page, Paragraph: p.Paragraph, Source: d.Source}
	f.Who = p.State
	if f.Who == "" {
		f.Who = d.Title
	}
	if f.Who == "" {
		f.Who = filepath.Base(d.Source)
	}
	if q := p.Quote; q != nil {
		f.Locator = q.Pinpoint
		switch {
		case q.Date == "":
			f.Where = "n.d."
		case q.Author != "" && q.Entity != p.State:
			f.Where = q.Author + " " + q.Label
		default:
			f.Where = q.Label
		}
		if f.Locator != "" {
			f.Where += ", " + f.Locator
		}
		return c.execute(f)
	}
	switch {
	case p.Kind == Footnote && p.Paragraph != "" && p.Page > 0:
		f.Locator = fmt.Sprintf("p. %d, n. %s", p.Page, p.Paragraph)
	case p.Kind == Footnote && p.Paragraph != "":
		f.Locator = "n. " + p.Paragraph
	case p.Paragraph != "":
		f.Locator = "para " + strings.Trim(p.Paragraph, ".")
	case p.Page > 0:
		f.Locator = fmt.Sprintf("p. %d", p.Page)
	}
	var where []string
	if f.Year > 0 {
		where = append(where, fmt.Sprint(f.Year))
	}
	if f.Locator != "" {
		where = append(where, f.Locator)
	}
	f.Where = strings.Join(where, ", ")
	return c.execute(f)
}

func (c *Citer) execute(f CitationFields) string {
	var b strings.Builder
	if err := c.t.Execute(&b, f); err != nil {
		return f.Who
	}
	return strings.TrimSpace(b.String())
}

// Cite formats the citation of p in d with DefaultCitation.
func Cite(d Document, p Passage) string { return defaultCiter().Cite(d, p) }

// defaultCiter is parsed on first use: parsing and trying the template
// at start cost 52 allocations and 0.1-0.2 ms of every normdex process,
// most of which cite nothing.
var defaultCiter = sync.OnceValue(func() *Citer {
	c, _ := NewCiter(DefaultCitation)
	return c
})
