// Package qdpx reads REFI-QDA projects (.qdpx: a zip holding project.qde
// and the source texts), as QualCoder, ATLAS.ti, MAXQDA and NVivo write
// them, and names the GUIDs that normdex gives what it exports, so that a
// project exported by normdex and coded further elsewhere can be read back.
// It reads outside input: every size is bounded, and no DOCTYPE is taken.
package qdpx

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// GUID makes a stable GUID from a key, so that exporting the same corpus
// twice gives the same project, and a project read back names what it came
// from: "doc:ID" a document, "code:ELEMENT" an element.
func GUID(key string) string {
	h := sha256.Sum256([]byte("normdex:" + key))
	x := fmt.Sprintf("%X", h[:16])
	return x[0:8] + "-" + x[8:12] + "-" + x[12:16] + "-" + x[16:20] + "-" + x[20:32]
}

// Project is what normdex reads of a project: its codes and its text
// sources with their coded selections.
type Project struct {
	Codes   []Code // every code, nested ones too
	Sources []Source
}

// Code is a code of the codebook.
type Code struct {
	GUID, Name string
}

// Source is a text source.
type Source struct {
	GUID, Name string
	// Text is the source's plain text as the project holds it; HasText is
	// false when the project has none for it.
	Text    string
	HasText bool
	// Selections are its coded selections.
	Selections []Selection
}

// Selection is a coded span of a source: code-point offsets into its text
// and the GUIDs of the codes applied to it.
type Selection struct {
	GUID       string
	Start, End int
	Codes      []string
}

// Limits on what a project may unpack to: past them it is a zip bomb, or
// far beyond any project normdex exported.
const (
	maxPartBytes  = 64 << 20
	maxTotalBytes = 256 << 20
	maxXMLDepth   = 256
)

// Read reads a .qdpx project from r (of size bytes).
func Read(r io.ReaderAt, size int64) (*Project, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, fmt.Errorf("not a REFI-QDA project (a .qdpx is a zip): %w", err)
	}
	parts := map[string]*zip.File{}
	for _, f := range zr.File {
		parts[f.Name] = f
	}
	var total int64
	read := func(name string) ([]byte, error) {
		f, ok := parts[name]
		if !ok {
			return nil, fmt.Errorf("no %s in the project", name)
		}
		if f.UncompressedSize64 > maxPartBytes {
			return nil, fmt.Errorf("%s unpacks to %d MB, more than the limit of %d MB (a zip bomb?)", name, f.UncompressedSize64>>20, maxPartBytes>>20)
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		defer rc.Close()
		b, err := io.ReadAll(io.LimitReader(rc, maxPartBytes+1))
		if errors.Is(err, zip.ErrFormat) {
			return nil, fmt.Errorf("%s unpacks to more than the %d bytes it declares (a zip bomb?)", name, f.UncompressedSize64)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w (truncated file?)", name, err)
		}
		if len(b) > maxPartBytes {
			return nil, fmt.Errorf("%s unpacks to more than the limit of %d MB (a zip bomb?)", name, maxPartBytes>>20)
		}
		if total += int64(len(b)); total > maxTotalBytes {
			return nil, fmt.Errorf("the project unpacks to more than the limit of %d MB (a zip bomb?)", maxTotalBytes>>20)
		}
		return b, nil
	}
	qde, err := read("project.qde")
	if err != nil {
		return nil, err
	}
	p, paths, err := parse(qde)
	if err != nil {
		return nil, fmt.Errorf("project.qde: %w", err)
	}
	for i, path := range paths {
		if p.Sources[i].HasText || path == "" {
			continue
		}
		// internal://GUID.txt is sources/GUID.txt in the zip.
		name := "sources/" + strings.TrimPrefix(path, "internal://")
		if !strings.HasPrefix(path, "internal://") {
			continue // a file outside the project: nothing to read
		}
		b, err := read(name)
		if err != nil {
			return nil, err
		}
		if !utf8.Valid(b) {
			return nil, fmt.Errorf("%s: not UTF-8 text", name)
		}
		p.Sources[i].Text, p.Sources[i].HasText = string(b), true
	}
	return p, nil
}

// Parse parses project.qde on its own (its sources' texts, when they are
// files of the zip, are not read).
func Parse(qde []byte) (*Project, error) {
	p, _, err := parse(qde)
	return p, err
}

type xmlProject struct {
	Codes   []xmlCode   `xml:"CodeBook>Codes>Code"`
	Sources []xmlSource `xml:"Sources>TextSource"`
}

type xmlCode struct {
	GUID  string    `xml:"guid,attr"`
	Name  string    `xml:"name,attr"`
	Codes []xmlCode `xml:"Code"`
}

type xmlSource struct {
	GUID       string  `xml:"guid,attr"`
	Name       string  `xml:"name,attr"`
	Path       string  `xml:"plainTextPath,attr"`
	Content    *string `xml:"PlainTextContent"`
	Selections []struct {
		GUID   string `xml:"guid,attr"`
		Start  int    `xml:"startPosition,attr"`
		End    int    `xml:"endPosition,attr"`
		Coding []struct {
			Ref struct {
				Target string `xml:"targetGUID,attr"`
			} `xml:"CodeRef"`
		} `xml:"Coding"`
	} `xml:"PlainTextSelection"`
}

// parse parses project.qde, and returns with it each source's path.
func parse(qde []byte) (*Project, []string, error) {
	if err := guard(qde); err != nil {
		return nil, nil, err
	}
	var x xmlProject
	if err := xml.Unmarshal(qde, &x); err != nil {
		return nil, nil, fmt.Errorf("XML: %w", err)
	}
	p := &Project{}
	var walk func(cs []xmlCode)
	walk = func(cs []xmlCode) {
		for _, c := range cs {
			p.Codes = append(p.Codes, Code{GUID: c.GUID, Name: c.Name})
			walk(c.Codes)
		}
	}
	walk(x.Codes)
	var paths []string
	for _, s := range x.Sources {
		src := Source{GUID: s.GUID, Name: s.Name}
		if s.Content != nil {
			src.Text, src.HasText = *s.Content, true
		}
		for _, sel := range s.Selections {
			if sel.Start < 0 || sel.End < sel.Start {
				return nil, nil, fmt.Errorf("source %q: selection %s: bad span %d:%d", s.Name, sel.GUID, sel.Start, sel.End)
			}
			out := Selection{GUID: sel.GUID, Start: sel.Start, End: sel.End}
			for _, c := range sel.Coding {
				out.Codes = append(out.Codes, c.Ref.Target)
			}
			src.Selections = append(src.Selections, out)
		}
		p.Sources = append(p.Sources, src)
		paths = append(paths, s.Path)
	}
	return p, paths, nil
}

// guard refuses what encoding/xml would take but a project never has: a
// DOCTYPE (where entity bombs live) and nesting deeper than maxXMLDepth.
func guard(b []byte) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	depth := 0
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("XML: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth++; depth > maxXMLDepth {
				return fmt.Errorf("XML: nested more than %d elements deep", maxXMLDepth)
			}
		case xml.EndElement:
			depth--
		case xml.Directive:
			if strings.HasPrefix(strings.TrimSpace(string(t)), "DOCTYPE") {
				return errors.New("XML: DOCTYPE not allowed (entity declarations are refused)")
			}
		}
	}
}
