package export

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/normdex/normdex/qdpx"
	"github.com/normdex/normdex/workspace"
)

// The REFI-QDA project format (.qdpx: a zip with project.qde and the source
// texts), which NVivo, ATLAS.ti, MAXQDA and QualCoder import.

const qdeNamespace = "urn:QDA-XML:project:1.0"

type qdeProject struct {
	XMLName  xml.Name    `xml:"Project"`
	Xmlns    string      `xml:"xmlns,attr"`
	Name     string      `xml:"name,attr"`
	Origin   string      `xml:"origin,attr"`
	Created  string      `xml:"creationDateTime,attr"`
	Users    []qdeUser   `xml:"Users>User"`
	Codes    []qdeCode   `xml:"CodeBook>Codes>Code"`
	Sources  []qdeSource `xml:"Sources>TextSource"`
	Describe string      `xml:"Description,omitempty"`
}

type qdeUser struct {
	GUID string `xml:"guid,attr"`
	Name string `xml:"name,attr"`
}

type qdeCode struct {
	GUID        string    `xml:"guid,attr"`
	Name        string    `xml:"name,attr"`
	IsCodable   bool      `xml:"isCodable,attr"`
	Color       string    `xml:"color,attr,omitempty"`
	Description string    `xml:"Description,omitempty"`
	Codes       []qdeCode `xml:"Code"`
}

type qdeSource struct {
	GUID       string         `xml:"guid,attr"`
	Name       string         `xml:"name,attr"`
	Path       string         `xml:"plainTextPath,attr"`
	User       string         `xml:"creatingUser,attr"`
	Selections []qdeSelection `xml:"PlainTextSelection"`
}

type qdeSelection struct {
	GUID   string      `xml:"guid,attr"`
	Name   string      `xml:"name,attr"`
	Start  int         `xml:"startPosition,attr"`
	End    int         `xml:"endPosition,attr"`
	User   string      `xml:"creatingUser,attr"`
	Coding []qdeCoding `xml:"Coding"`
}

type qdeCoding struct {
	GUID string `xml:"guid,attr"`
	User string `xml:"creatingUser,attr"`
	Ref  struct {
		Target string `xml:"targetGUID,attr"`
	} `xml:"CodeRef"`
}

// guid makes a stable GUID from a key (see qdpx.GUID: 'import --format
// qdpx' finds documents and elements by theirs).
func guid(key string) string { return qdpx.GUID(key) }

// writeQDPX writes the codebook as codes (grouped by dimension), each
// document with exported passages as a text source, and each annotation of
// those passages as a coded selection.
func writeQDPX(w io.Writer, xs []workspace.Excerpt, codebook []workspace.ElementInfo) error {
	user := guid("user")
	p := qdeProject{Xmlns: qdeNamespace, Name: "normdex export", Origin: "normdex",
		Created: time.Now().UTC().Format(time.RFC3339), Users: []qdeUser{{GUID: user, Name: "normdex"}},
		Describe: "Coded by normdex with the codebook " + codebookNote(xs)}
	parents := map[string]int{}
	codeGUID := map[string]string{}
	for i, c := range codebook {
		code := qdeCode{GUID: guid("code:" + c.ID), Name: c.ID, IsCodable: true, Color: palette[i%len(palette)],
			Description: strings.TrimSpace(c.Label + ". " + c.Definition)}
		codeGUID[c.ID] = code.GUID
		parent, _, nested := strings.Cut(c.ID, ".")
		if !nested {
			p.Codes = append(p.Codes, code)
			continue
		}
		j, ok := parents[parent]
		if !ok {
			j = len(p.Codes)
			parents[parent] = j
			p.Codes = append(p.Codes, qdeCode{GUID: guid("group:" + parent), Name: parent, IsCodable: false})
		}
		p.Codes[j].Codes = append(p.Codes[j].Codes, code)
	}
	docs := map[string]*qdeSource{}
	texts := map[string]string{}
	var order []string
	for _, x := range xs {
		src, ok := docs[x.DocID]
		if !ok {
			g := guid("doc:" + x.DocID)
			name := x.Doc.Title
			if name == "" {
				name = x.Source
			}
			src = &qdeSource{GUID: g, Name: name, Path: "internal://" + g + ".txt", User: user}
			docs[x.DocID] = src
			texts[g] = x.Doc.Text
			order = append(order, x.DocID)
		}
		for i, a := range x.Annotations {
			target, ok := codeGUID[a.Element]
			if !ok {
				continue
			}
			sel := qdeSelection{GUID: guid(fmt.Sprintf("sel:%s:%d", x.ID, i)), Name: a.Match,
				Start: x.Start + a.Start, End: x.Start + a.End, User: user}
			c := qdeCoding{GUID: guid(fmt.Sprintf("coding:%s:%d", x.ID, i)), User: user}
			c.Ref.Target = target
			sel.Coding = []qdeCoding{c}
			src.Selections = append(src.Selections, sel)
		}
	}
	sort.Strings(order)
	for _, id := range order {
		p.Sources = append(p.Sources, *docs[id])
	}
	zw := zip.NewWriter(w)
	f, err := zw.Create("project.qde")
	if err != nil {
		return err
	}
	io.WriteString(f, xml.Header)
	enc := xml.NewEncoder(f)
	enc.Indent("", "  ")
	if err := enc.Encode(p); err != nil {
		return fmt.Errorf("qdpx: %w", err)
	}
	for _, id := range order {
		g := docs[id].GUID
		f, err := zw.Create("sources/" + g + ".txt")
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, texts[g]); err != nil {
			return err
		}
	}
	return zw.Close()
}
