package ingest

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/normdex/normdex/corpus"
)

// statementHTML is the statement of a page written for these tests: what
// extraction must keep of it.
const statementHTML = `<article>
<header><h1>Statement by Examplia on due diligence</h1><p class="byline">Delivered at the second session</p></header>
<p>Thank you, Chair. Examplia aligns itself with the statement delivered on behalf of the group.</p>
<h2>Due diligence</h2>
<ol>
<li>States should not knowingly allow their territory to be used for internationally wrongful acts using information and communications technologies.<a href="#fn1" class="ref"><sup>1</sup></a></li>
<li>The obligation requires a State to take the measures reasonably available to it once it knows of an operation, whether that knowledge is actual or constructive.</li>
</ol>
<ol start="16">
<li>Examplia does not consider that transit States bear the same duty as the State of origin.<a href="#fn2"><sup>2</sup></a></li>
</ol>
<p>We look forward to continuing these discussions, including on capacity building for developing States.</p>
<section class="footnotes"><ol>
<li id="fn1">See the report of the Group of Governmental Experts of 2015, paragraph 13(c). <a href="#ref1">↩</a></li>
<li id="fn2">As discussed at the first session. <a href="#ref2">↩</a></li>
</ol></section>
</article>`

// statementText is the same as text: body, then the notes with numbers.
const statementText = `Statement by Examplia on due diligence
Delivered at the second session
Thank you, Chair. Examplia aligns itself with the statement delivered on behalf of the group.
Due diligence
1. States should not knowingly allow their territory to be used for internationally wrongful acts using information and communications technologies.1
2. The obligation requires a State to take the measures reasonably available to it once it knows of an operation, whether that knowledge is actual or constructive.
16. Examplia does not consider that transit States bear the same duty as the State of origin.2
We look forward to continuing these discussions, including on capacity building for developing States.
1 See the report of the Group of Governmental Experts of 2015, paragraph 13(c).
2 As discussed at the first session.
`

// furniture is the text of the page around the statement, none of which may
// come out.
var pageFurniture = []string{"Ministry home", "Press releases", "We use cookies", "Accept all", "Latest news",
	"Minister visits", "Contact us", "Copyright", "Share on", "Skip to content", "Search the site", "trackPage"}

func wrapPage(main string, withMain bool) string {
	open, closing := `<div id="content" class="content">`, `</div>`
	if withMain {
		open, closing = `<main id="main">`, `</main>`
	}
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Statement | Ministry of Foreign Affairs of Examplia</title>
<meta property="og:title" content="Statement by Examplia on due diligence">
<meta property="article:published_time" content="2022-03-29T10:00:00+02:00">
<script>trackPage("statement")</script><style>body{font:12px sans-serif}</style></head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience on our website, to analyse traffic and to show you relevant content.</p><button>Accept all</button></div>
<header class="site-header"><div class="logo">Ministry of Foreign Affairs</div>
<nav><ul><li><a href="/">Ministry home</a></li><li><a href="/press">Press releases</a></li><li><a href="/policy">Policy areas</a></li></ul></nav>
<form role="search"><input name="q" placeholder="Search the site"></form></header>
<div class="layout">` + open + main + closing + `
<div class="sidebar"><h3>Latest news</h3><ul><li><a href="/n1">Minister visits the capital of a neighbouring State for talks on trade and security cooperation</a></li><li><a href="/n2">New embassy opens in the region after long negotiations, says the spokesperson of the Ministry</a></li></ul></div>
</div>
<div class="share-buttons"><a href="#">Share on social media</a></div>
<footer><p>Contact us | Copyright 2022 Ministry of Foreign Affairs. All rights reserved. Privacy and accessibility statements.</p></footer>
</body></html>`
}

func TestHTMLMainContent(t *testing.T) {
	for _, tc := range []struct {
		name string
		page string
	}{
		{"main element", wrapPage(statementHTML, true)},
		{"scored block", wrapPage(strings.NewReplacer("<article>", "<div>", "</article>", "</div>", "<header>", "<div>", "</header>", "</div>").Replace(statementHTML), false)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, err := HTML{}.Extract(context.Background(), "page.html", []byte(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			got := plain(x.Paragraphs)
			if f1 := wordsF1(statementText, got); f1 < 0.97 {
				t.Errorf("words-F1 %.3f < 0.97", f1)
			}
			if got != statementText {
				t.Errorf("text differs:\n got %s\nwant %s", got, statementText)
			}
			for _, f := range pageFurniture {
				if strings.Contains(got, f) {
					t.Errorf("furniture %q extracted", f)
				}
			}
			if n := numbers(x.Paragraphs, corpus.Body); !reflect.DeepEqual(n, []string{"1", "2", "16"}) {
				t.Errorf("paragraph numbers %q", n)
			}
			if n := numbers(x.Paragraphs, corpus.Footnote); !reflect.DeepEqual(n, []string{"1", "2"}) {
				t.Errorf("footnote numbers %q", n)
			}
			if x.Paragraphs[0].Kind != corpus.Heading {
				t.Errorf("first paragraph %+v, want the heading", x.Paragraphs[0])
			}
			if x.Meta.Title != "Statement by Examplia on due diligence" || x.Meta.Date != "2022-03-29" {
				t.Errorf("meta %+v", x.Meta)
			}
		})
	}
}

func TestHTMLCharset(t *testing.T) {
	for _, tc := range []struct {
		name string
		page []byte
	}{
		{"declared latin-1", []byte("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Position of T\xfcrkiye on sovereignty.</p></body></html>")},
		{"http-equiv windows-1252", []byte("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>Position of T\xfcrkiye on sovereignty.</p></body></html>")},
		{"undeclared utf-8 past the first kilobyte", []byte("<html><body><p>" + strings.Repeat("x", 1100) + "</p><p>Position of Türkiye on sovereignty.</p></body></html>")},
	} {
		x, err := HTML{}.Extract(context.Background(), "p.html", tc.page)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := x.Paragraphs[len(x.Paragraphs)-1].Text; got != "Position of Türkiye on sovereignty." {
			t.Errorf("%s: %q", tc.name, got)
		}
	}
}

func TestHTMLBadInput(t *testing.T) {
	huge := make([]byte, MaxHTMLBytes+1)
	for _, tc := range []struct {
		name string
		page []byte
		want string
	}{
		{"huge", huge, "larger than the limit"},
		{"empty page", []byte("<html><body><nav><a href=/>Home</a></nav></body></html>"), "no text"},
		{"deep nesting", []byte(strings.Repeat("<div>", 100000) + "text"), ""},
	} {
		_, err := Safely(context.Background(), HTML{}, "p.html", tc.page)
		if tc.want == "" {
			continue // must only not crash
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
	}
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte(wrapPage(statementHTML, true)))
	f.Add([]byte(`<p>a<a href="#x">1</a></p><ol start="-3" type="i"><li value="4000" id="x">n</li></ol>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		x, err := HTML{}.Extract(context.Background(), "f.html", data)
		checkExtraction(t, x, err)
	})
}

func TestMarkdown(t *testing.T) {
	src := `---
title: "Examplia on sovereignty"
date: 2020-05-06
---
# Position paper

Examplia **firmly** holds that sovereignty is a _rule_ of
international law.[^1] See [the report](https://example.org/r).

1. States must respect the sovereignty of others.
2. The ` + "`threshold`" + ` is not settled.

Due diligence
-------------

> A State should not knowingly allow its territory to be used.

| Element | View |
|---------|------|
| Knowledge | constructive |

[^1]: The GGE reports of 2013 and 2015 said so.
`
	x, err := Markdown{}.Extract(context.Background(), "p.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []corpus.Paragraph{
		{Kind: corpus.Heading, Text: "Position paper"},
		{Kind: corpus.Body, Text: "Examplia firmly holds that sovereignty is a rule of international law.1 See the report."},
		{Kind: corpus.Body, Text: "1. States must respect the sovereignty of others.", Number: "1"},
		{Kind: corpus.Body, Text: "2. The threshold is not settled.", Number: "2"},
		{Kind: corpus.Heading, Text: "Due diligence"},
		{Kind: corpus.Body, Text: "A State should not knowingly allow its territory to be used."},
		{Kind: corpus.Body, Text: "Element | View"},
		{Kind: corpus.Body, Text: "Knowledge | constructive"},
		{Kind: corpus.Footnote, Text: "The GGE reports of 2013 and 2015 said so.", Number: "1"},
	}
	if !reflect.DeepEqual(x.Paragraphs, want) {
		t.Errorf("got\n%+v\nwant\n%+v", x.Paragraphs, want)
	}
	if x.Meta.Title != "Examplia on sovereignty" || x.Meta.Date != "2020-05-06" {
		t.Errorf("meta %+v", x.Meta)
	}
}

func FuzzMarkdown(f *testing.F) {
	f.Add([]byte("---\ntitle: x\n---\n# H\n\n**a** [b](c)[^1]\n\n[^1]: n\n"))
	f.Add([]byte("```\ncode\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		x, err := Markdown{}.Extract(context.Background(), "f.md", data)
		checkExtraction(t, x, err)
	})
}

// TestHTMLWordNotes reads the notes of a page saved by a word processor:
// the reference and the note are anchors that point at each other.
func TestHTMLWordNotes(t *testing.T) {
	page := `<html><body><div class="WordSection1">
<p class="MsoNormal">States must act with due diligence in cyberspace and take the measures available to them.<a href="#_ftn1" name="_ftnref1"><span class="MsoFootnoteReference">[1]</span></a></p>
<p class="MsoNormal">They are not required to monitor every network within their territory at all times.</p>
</div><div><hr><div id="ftn1"><p class="MsoFootnoteText"><a href="#_ftnref1" name="_ftn1">[1]</a> As the Group of Governmental Experts said in 2015.</p></div></div></body></html>`
	x, err := HTML{}.Extract(context.Background(), "w.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := "States must act with due diligence in cyberspace and take the measures available to them.1\n" +
		"They are not required to monitor every network within their territory at all times.\n" +
		"1 As the Group of Governmental Experts said in 2015.\n"
	if got := plain(x.Paragraphs); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestHTMLBreaks(t *testing.T) {
	page := `<html><body><td class="text">1. States should cooperate in the exchange of information on threats.<br>
<br>2. States should respond to appropriate requests for assistance.<br>They should also notify.</td></body></html>`
	x, err := HTML{}.Extract(context.Background(), "b.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := "1. States should cooperate in the exchange of information on threats.\n2. States should respond to appropriate requests for assistance. They should also notify.\n"
	if got := plain(x.Paragraphs); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if n := numbers(x.Paragraphs, corpus.Body); !reflect.DeepEqual(n, []string{"1", "2"}) {
		t.Errorf("numbers %q", n)
	}
}
