package qdpx

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

const project = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="normdex">
  <CodeBook><Codes>
    <Code guid="C1" name="scope" isCodable="false"><Code guid="C2" name="scope.prevention" isCodable="true"/></Code>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="S1" name="doc" plainTextPath="internal://S1.txt">
      <PlainTextSelection guid="X1" startPosition="3" endPosition="10"><Coding guid="K1"><CodeRef targetGUID="C2"/></Coding></PlainTextSelection>
    </TextSource>
    <TextSource guid="S2" name="inline"><PlainTextContent>inline text</PlainTextContent></TextSource>
  </Sources>
</Project>`

func zipOf(t *testing.T, parts map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, body := range parts {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestRead(t *testing.T) {
	data := zipOf(t, map[string]string{"project.qde": project, "sources/S1.txt": "1. States should prevent."})
	p, err := Read(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Codes) != 2 || p.Codes[1] != (Code{GUID: "C2", Name: "scope.prevention"}) {
		t.Errorf("codes = %+v, want the nested code too", p.Codes)
	}
	if len(p.Sources) != 2 {
		t.Fatalf("sources = %+v", p.Sources)
	}
	s := p.Sources[0]
	if !s.HasText || s.Text != "1. States should prevent." || len(s.Selections) != 1 {
		t.Errorf("source = %+v", s)
	}
	if sel := s.Selections[0]; sel.Start != 3 || sel.End != 10 || len(sel.Codes) != 1 || sel.Codes[0] != "C2" {
		t.Errorf("selection = %+v", sel)
	}
	if s := p.Sources[1]; !s.HasText || s.Text != "inline text" {
		t.Errorf("inline source = %+v", s)
	}
}

func TestReadBad(t *testing.T) {
	bomb := strings.Repeat("<a>", maxXMLDepth+1)
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"not a zip", []byte("plain text"), "not a REFI-QDA project"},
		{"no project", zipOf(t, map[string]string{"x.txt": "x"}), "no project.qde"},
		{"doctype", zipOf(t, map[string]string{"project.qde": `<!DOCTYPE x [<!ENTITY a "aaaa">]><Project/>`}), "DOCTYPE not allowed"},
		{"deep", zipOf(t, map[string]string{"project.qde": bomb}), "nested more than"},
		{"bad span", zipOf(t, map[string]string{"project.qde": `<Project><Sources><TextSource guid="S" name="n"><PlainTextSelection guid="X" startPosition="5" endPosition="2"/></TextSource></Sources></Project>`}), "bad span 5:2"},
		{"missing source", zipOf(t, map[string]string{"project.qde": project}), "no sources/S1.txt"},
		{"not utf-8", zipOf(t, map[string]string{"project.qde": project, "sources/S1.txt": "\xff\xfe"}), "not UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(bytes.NewReader(tc.data), int64(len(tc.data)))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v, want %q", err, tc.want)
			}
		})
	}
}

// TestZipBomb: a part that inflates past the limit fails, whatever size it
// declares.
func TestZipBomb(t *testing.T) {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, _ := zw.Create("project.qde")
	zeros := make([]byte, 1<<20)
	for range (maxPartBytes >> 20) + 1 {
		w.Write(zeros)
	}
	zw.Close()
	_, err := Read(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err == nil || !strings.Contains(err.Error(), "zip bomb") {
		t.Errorf("error = %v, want a zip bomb", err)
	}
}

func TestGUID(t *testing.T) {
	g := GUID("code:scope.prevention")
	if g != GUID("code:scope.prevention") || g == GUID("code:scope") || len(g) != 36 || strings.Count(g, "-") != 4 {
		t.Errorf("GUID = %q: want a stable, distinct 8-4-4-4-12 GUID", g)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(project))
	f.Add([]byte(`<Project><Sources><TextSource guid="S"><PlainTextSelection startPosition="0" endPosition="1"><Coding><CodeRef targetGUID="C"/></Coding></PlainTextSelection></TextSource></Sources></Project>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := Parse(b)
		if err != nil {
			return
		}
		for _, s := range p.Sources {
			for _, sel := range s.Selections {
				if sel.Start < 0 || sel.End < sel.Start {
					t.Fatalf("selection %+v: a bad span passed", sel)
				}
			}
		}
	})
}
