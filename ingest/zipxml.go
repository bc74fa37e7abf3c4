package ingest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"github.com/normdex/normdex/ingest/internal/textfold"
	"io"
	"io/fs"
	"strings"

	"golang.org/x/net/html/charset"

	"github.com/normdex/normdex/corpus"
)

// Limits on what an office file (a zip of XML parts) may unpack to: a part
// that inflates past them is a zip bomb, or a document far beyond any
// statement, and fails instead of filling memory.
const (
	maxPartBytes  = 64 << 20
	maxTotalBytes = 256 << 20
	maxXMLDepth   = 256
)

// zipParts reads the parts of an office file within the limits.
type zipParts struct {
	kind  string // "DOCX" or "ODT", for messages
	zr    *zip.Reader
	total int64
}

func openZip(kind string, data []byte) (*zipParts, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("not a valid %s file (damaged or truncated zip): %w", kind, err)
	}
	return &zipParts{kind: kind, zr: zr}, nil
}

// read returns the bytes of a part, or fs.ErrNotExist when the file has none
// of that name.
func (z *zipParts) read(name string) ([]byte, error) {
	for _, f := range z.zr.File {
		if f.Name != name {
			continue
		}
		if f.UncompressedSize64 > maxPartBytes {
			return nil, fmt.Errorf("%s part %s: unpacks to %d MB, more than the limit of %d MB (a zip bomb?)", z.kind, name, f.UncompressedSize64>>20, maxPartBytes>>20)
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("%s part %s: %w", z.kind, name, err)
		}
		defer rc.Close()
		// The declared size may lie: the limit holds on what is inflated.
		b, err := io.ReadAll(io.LimitReader(rc, maxPartBytes+1))
		if errors.Is(err, zip.ErrFormat) {
			// archive/zip stops a part that inflates past its declared size.
			return nil, fmt.Errorf("%s part %s: unpacks to more than the %d bytes it declares (a zip bomb?)", z.kind, name, f.UncompressedSize64)
		}
		if err != nil {
			return nil, fmt.Errorf("%s part %s: %w (truncated file?)", z.kind, name, err)
		}
		if len(b) > maxPartBytes {
			return nil, fmt.Errorf("%s part %s: unpacks to more than the limit of %d MB (a zip bomb?)", z.kind, name, maxPartBytes>>20)
		}
		z.total += int64(len(b))
		if z.total > maxTotalBytes {
			return nil, fmt.Errorf("%s: parts unpack to more than the limit of %d MB (a zip bomb?)", z.kind, maxTotalBytes>>20)
		}
		return b, nil
	}
	return nil, fs.ErrNotExist
}

// tree reads a part as an XML tree; a part the file does not have is nil.
func (z *zipParts) tree(name string) (*xnode, error) {
	b, err := z.read(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	n, err := parseXML(b)
	if err != nil {
		return nil, fmt.Errorf("%s part %s: %w", z.kind, name, err)
	}
	return n, nil
}

// xnode is an element of a parsed XML part, or a run of character data
// (name empty). Only local names are kept: the office formats use fixed
// prefixes for their namespaces, and documents in the wild are not always
// consistent about the URIs.
type xnode struct {
	name  string
	space string
	attr  []xml.Attr
	kids  []*xnode
	text  string
}

// parseXML parses an XML document into a tree. A DOCTYPE is refused:
// office parts never have one, and it is where entity bombs live
// (encoding/xml expands no entities of its own, so an undefined one is an
// error anyway).
func parseXML(b []byte) (*xnode, error) {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.CharsetReader = charset.NewReaderLabel
	root := &xnode{}
	stack := []*xnode{root}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("XML: %w", err)
		}
		top := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) > maxXMLDepth {
				return nil, fmt.Errorf("XML: nested more than %d elements deep", maxXMLDepth)
			}
			n := &xnode{name: t.Name.Local, space: t.Name.Space, attr: t.Attr}
			top.kids = append(top.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 1 {
				top.kids = append(top.kids, &xnode{text: string(t)})
			}
		case xml.Directive:
			if strings.HasPrefix(strings.TrimSpace(string(t)), "DOCTYPE") {
				return nil, errors.New("XML: DOCTYPE not allowed (entity declarations are refused)")
			}
		}
	}
	if len(root.kids) == 0 {
		return nil, errors.New("XML: no root element")
	}
	return root.kids[0], nil
}

// get returns the value of the attribute with the local name, or "".
func (n *xnode) get(local string) string {
	if n == nil {
		return ""
	}
	for _, a := range n.attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// child returns the first child element with the local name, or nil.
func (n *xnode) child(local string) *xnode {
	if n == nil {
		return nil
	}
	for _, k := range n.kids {
		if k.name == local {
			return k
		}
	}
	return nil
}

// path follows a chain of first children by local name.
func (n *xnode) path(names ...string) *xnode {
	for _, name := range names {
		n = n.child(name)
	}
	return n
}

// innerText is the character data below n, concatenated.
func (n *xnode) innerText() string {
	if n == nil {
		return ""
	}
	if n.name == "" {
		return n.text
	}
	var b strings.Builder
	for _, k := range n.kids {
		b.WriteString(k.innerText())
	}
	return b.String()
}

// docDate turns a document-property timestamp ("2021-02-03T10:00:00Z") into
// a metadata date, or "" when it is not one.
func docDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		s = s[:10]
	}
	// Word writes 1601-01-01 and LibreOffice 0000 for "never set".
	if strings.HasPrefix(s, "1601") || strings.HasPrefix(s, "0000") {
		return ""
	}
	if d, err := corpus.ParseDate(s); err == nil && len(d) == 10 {
		return d
	}
	return ""
}

// collapseSpace folds runs of white space into one space and trims.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// leadingNumber is the paragraph number a text starts with, as FoldText
// reads it ("16", "(a)", "2.3"), or "".
func leadingNumber(text string) string {
	if m := textfold.NumberedRe().FindStringSubmatch(text); m != nil {
		return strings.TrimSuffix(m[1], ".")
	}
	return ""
}

// tableRow joins the cells named cell of a table row into one paragraph, the
// same way for DOCX and ODT: a cell's paragraphs by a space, the cells by
// " | ", empty cells dropped. render gives a cell's paragraphs; ok is false
// for a row without text.
func tableRow(row *xnode, cell string, render func(*xnode) []corpus.Paragraph) (p corpus.Paragraph, ok bool) {
	var cells []string
	for _, tc := range row.kids {
		if tc.name != cell {
			continue
		}
		var parts []string
		for _, p := range render(tc) {
			parts = append(parts, p.Text)
		}
		if c := strings.Join(parts, " "); c != "" {
			cells = append(cells, c)
		}
	}
	if len(cells) == 0 {
		return corpus.Paragraph{}, false
	}
	return corpus.Paragraph{Kind: corpus.Body, Text: strings.Join(cells, " | ")}, true
}
