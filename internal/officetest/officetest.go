// Package officetest writes small Word (DOCX) and OpenDocument (ODT) files
// for tests, as word processors write them: headings, numbered paragraphs
// from a list definition, footnotes, tables, tracked changes and comments.
package officetest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

// Block is one paragraph of a test document.
type Block struct {
	// Kind is "h" (heading), "p" (body), "n" (numbered "1."), "a" (numbered
	// one level down, "(a)", restarting after each "n"), or "tr" (a table
	// row of Cells; consecutive rows make one table).
	Kind  string
	Text  string
	Cells []string
}

// Doc is a test document. In Text, "{fn:…}" is a footnote, "{cm:…}" a
// comment, "[+…+]" a tracked insertion and "[-…-]" a tracked deletion.
type Doc struct {
	Title, Date string // document properties; Date as YYYY-MM-DD
	Blocks      []Block
}

var markupRe = regexp.MustCompile(`\{(fn|cm):([^}]*)\}|\[\+(.*?)\+\]|\[-(.*?)-\]`)

// piece is a run of plain text or one markup item.
type piece struct{ kind, text string }

func pieces(s string) []piece {
	var out []piece
	last := 0
	for _, m := range markupRe.FindAllStringSubmatchIndex(s, -1) {
		if m[0] > last {
			out = append(out, piece{"t", s[last:m[0]]})
		}
		switch {
		case m[2] >= 0:
			out = append(out, piece{s[m[2]:m[3]], s[m[4]:m[5]]})
		case m[6] >= 0:
			out = append(out, piece{"ins", s[m[6]:m[7]]})
		default:
			out = append(out, piece{"del", s[m[8]:m[9]]})
		}
		last = m[1]
	}
	if last < len(s) {
		out = append(out, piece{"t", s[last:]})
	}
	return out
}

func esc(s string) string {
	var b bytes.Buffer
	xmlEscape(&b, s)
	return b.String()
}

func xmlEscape(b *bytes.Buffer, s string) {
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '"':
			b.WriteString("&quot;")
		default:
			b.WriteRune(r)
		}
	}
}

// Text is the text a faithful extraction gives: body paragraphs in order
// with their numbers, footnote numbers where they are referenced, tracked
// changes accepted, comments left out, table cells joined by " | ", then
// the footnotes with their numbers.
func Text(d Doc) string {
	var body, notes []string
	n, a := 0, 0
	for _, bl := range d.Blocks {
		if bl.Kind == "tr" {
			body = append(body, strings.Join(bl.Cells, " | "))
			continue
		}
		var b strings.Builder
		switch bl.Kind {
		case "n":
			n, a = n+1, 0
			fmt.Fprintf(&b, "%d. ", n)
		case "a":
			a++
			fmt.Fprintf(&b, "(%c) ", 'a'+a-1)
		}
		for _, p := range pieces(bl.Text) {
			switch p.kind {
			case "t", "ins":
				b.WriteString(p.text)
			case "fn":
				notes = append(notes, fmt.Sprintf("%d %s", len(notes)+1, p.text))
				fmt.Fprint(&b, len(notes))
			}
		}
		body = append(body, strings.Join(strings.Fields(b.String()), " "))
	}
	return strings.Join(append(body, notes...), "\n") + "\n"
}

// Zip writes files (name, content pairs) into a zip, the first stored
// uncompressed as ODF wants its mimetype.
func Zip(files ...[2]string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i, f := range files {
		method := zip.Deflate
		if i == 0 {
			method = zip.Store
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f[0], Method: method})
		if err != nil {
			panic(err)
		}
		w.Write([]byte(f[1]))
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

// DOCX writes d as a Word file.
func DOCX(d Doc) []byte {
	var body, notes, comments strings.Builder
	nNote, nComment := 0, 0
	run := func(b *strings.Builder, p piece) {
		switch p.kind {
		case "t":
			fmt.Fprintf(b, `<w:r><w:t xml:space="preserve">%s</w:t></w:r>`, esc(p.text))
		case "ins":
			fmt.Fprintf(b, `<w:ins w:id="9%d" w:author="A"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>`, nComment, esc(p.text))
		case "del":
			fmt.Fprintf(b, `<w:del w:id="8%d" w:author="A"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>`, nComment, esc(p.text))
		case "fn":
			nNote++
			fmt.Fprintf(b, `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>`, nNote)
			fmt.Fprintf(&notes, `<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>`, nNote, esc(p.text))
		case "cm":
			fmt.Fprintf(b, `<w:commentRangeStart w:id="%d"/><w:commentRangeEnd w:id="%d"/><w:r><w:commentReference w:id="%d"/></w:r>`, nComment, nComment, nComment)
			fmt.Fprintf(&comments, `<w:comment w:id="%d" w:author="A"><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:comment>`, nComment, esc(p.text))
			nComment++
		}
	}
	para := func(b *strings.Builder, bl Block) {
		b.WriteString("<w:p>")
		switch bl.Kind {
		case "h":
			b.WriteString(`<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>`)
		case "n":
			b.WriteString(`<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>`)
		case "a":
			b.WriteString(`<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr>`)
		}
		for _, p := range pieces(bl.Text) {
			run(b, p)
		}
		b.WriteString("</w:p>")
	}
	inTable := false
	for _, bl := range d.Blocks {
		if bl.Kind == "tr" {
			if !inTable {
				body.WriteString("<w:tbl><w:tblPr/>")
				inTable = true
			}
			body.WriteString("<w:tr>")
			for _, c := range bl.Cells {
				body.WriteString("<w:tc>")
				para(&body, Block{Kind: "p", Text: c})
				body.WriteString("</w:tc>")
			}
			body.WriteString("</w:tr>")
			continue
		}
		if inTable {
			body.WriteString("</w:tbl>")
			inTable = false
		}
		para(&body, bl)
	}
	if inTable {
		body.WriteString("</w:tbl>")
	}
	body.WriteString(`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`)
	head := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	return Zip(
		[2]string{"[Content_Types].xml", head + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		[2]string{"_rels/.rels", head + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		[2]string{"word/document.xml", head + `<w:document ` + wNS + `><w:body>` + body.String() + `</w:body></w:document>`},
		[2]string{"word/styles.xml", head + `<w:styles ` + wNS + `><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style></w:styles>`},
		[2]string{"word/numbering.xml", head + `<w:numbering ` + wNS + `><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`},
		[2]string{"word/footnotes.xml", head + `<w:footnotes ` + wNS + `><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>` + notes.String() + `</w:footnotes>`},
		[2]string{"word/comments.xml", head + `<w:comments ` + wNS + `>` + comments.String() + `</w:comments>`},
		[2]string{"docProps/core.xml", head + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>` + esc(d.Title) + `</dc:title><dcterms:created xsi:type="dcterms:W3CDTF">` + d.Date + `T09:30:00Z</dcterms:created></cp:coreProperties>`},
	)
}

const odfNS = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"`

// ODT writes d as an OpenDocument text file, as LibreOffice does: numbered
// paragraphs are items of lists that continue one another across headings.
func ODT(d Doc) []byte {
	var body, changes strings.Builder
	nNote, nChange := 0, 0
	inline := func(s string) string {
		var b strings.Builder
		for _, p := range pieces(s) {
			switch p.kind {
			case "t":
				b.WriteString(esc(p.text))
			case "ins":
				nChange++
				fmt.Fprintf(&b, `<text:change-start text:change-id="ct%d"/>%s<text:change-end text:change-id="ct%d"/>`, nChange, esc(p.text), nChange)
				fmt.Fprintf(&changes, `<text:changed-region xml:id="ct%d" text:id="ct%d"><text:insertion><office:change-info><dc:creator>A</dc:creator></office:change-info></text:insertion></text:changed-region>`, nChange, nChange)
			case "del":
				nChange++
				fmt.Fprintf(&b, `<text:change text:change-id="ct%d"/>`, nChange)
				fmt.Fprintf(&changes, `<text:changed-region xml:id="ct%d" text:id="ct%d"><text:deletion><office:change-info><dc:creator>A</dc:creator></office:change-info><text:p>%s</text:p></text:deletion></text:changed-region>`, nChange, nChange, esc(p.text))
			case "fn":
				nNote++
				fmt.Fprintf(&b, `<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation><text:note-body><text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>`, nNote, nNote, esc(p.text))
			case "cm":
				fmt.Fprintf(&b, `<office:annotation><dc:creator>A</dc:creator><text:p>%s</text:p></office:annotation>`, esc(p.text))
			}
		}
		return b.String()
	}
	list, lists := "", 0 // the open list: "" none, "n" top level, "a" one level down
	closeList := func() {
		switch list {
		case "a":
			body.WriteString("</text:list></text:list-item></text:list>")
		case "n":
			body.WriteString("</text:list>")
		}
		list = ""
	}
	inTable := false
	for _, bl := range d.Blocks {
		if bl.Kind != "tr" && inTable {
			body.WriteString("</table:table>")
			inTable = false
		}
		switch bl.Kind {
		case "n", "a":
			if list == "" {
				cont := ""
				if lists > 0 {
					cont = ` text:continue-numbering="true"`
				}
				fmt.Fprintf(&body, `<text:list xml:id="list%d" text:style-name="L1"%s>`, lists, cont)
				lists++
				list = "n"
			}
			if bl.Kind == "n" {
				if list == "a" {
					body.WriteString("</text:list></text:list-item>")
					list = "n"
				}
				fmt.Fprintf(&body, `<text:list-item><text:p text:style-name="P1">%s</text:p></text:list-item>`, inline(bl.Text))
				continue
			}
			if list == "n" {
				body.WriteString("<text:list-item><text:list>")
				list = "a"
			}
			fmt.Fprintf(&body, `<text:list-item><text:p text:style-name="P1">%s</text:p></text:list-item>`, inline(bl.Text))
			continue
		}
		closeList()
		switch bl.Kind {
		case "h":
			fmt.Fprintf(&body, `<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>`, inline(bl.Text))
		case "tr":
			if !inTable {
				body.WriteString(`<table:table table:name="Table1"><table:table-column table:number-columns-repeated="3"/>`)
				inTable = true
			}
			body.WriteString("<table:table-row>")
			for _, c := range bl.Cells {
				fmt.Fprintf(&body, `<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>`, inline(c))
			}
			body.WriteString("</table:table-row>")
		default:
			fmt.Fprintf(&body, `<text:p text:style-name="Standard">%s</text:p>`, inline(bl.Text))
		}
	}
	closeList()
	if inTable {
		body.WriteString("</table:table>")
	}
	head := `<?xml version="1.0" encoding="UTF-8"?>` + "\n"
	listStyle := `<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/><text:list-level-style-number text:level="2" style:num-prefix="(" style:num-suffix=")" style:num-format="a"/></text:list-style>`
	return Zip(
		[2]string{"mimetype", "application/vnd.oasis.opendocument.text"},
		[2]string{"META-INF/manifest.xml", head + `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`},
		[2]string{"content.xml", head + `<office:document-content ` + odfNS + `><office:automatic-styles>` + listStyle + `</office:automatic-styles><office:body><office:text><text:tracked-changes>` + changes.String() + `</text:tracked-changes>` + body.String() + `</office:text></office:body></office:document-content>`},
		[2]string{"styles.xml", head + `<office:document-styles ` + odfNS + `><office:styles><text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-format=""/></text:outline-style></office:styles></office:document-styles>`},
		[2]string{"meta.xml", head + `<office:document-meta ` + odfNS + `><office:meta><dc:title>` + esc(d.Title) + `</dc:title><meta:creation-date>` + d.Date + `T09:30:00</meta:creation-date></office:meta></office:document-meta>`},
	)
}
