package export

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/workspace"
)

func testExcerpts() ([]workspace.Excerpt, map[string]workspace.ElementInfo) {
	doc := corpus.Document{ID: "d1", Title: "Position & Paper", Date: "2020", Source: "nz.txt",
		Text: "Intro.\n\nNew Zealand wants actual knowledge, rather than constructive knowledge: 50% of $ & _ # {x} ~ ^ \\ “q” — é 中."}
	text := "New Zealand wants actual knowledge, rather than constructive knowledge: 50% of $ & _ # {x} ~ ^ \\ “q” — é 中."
	p := corpus.Passage{ID: "d1-0001", DocID: "d1", State: "New Zealand", Paragraph: "16", Start: 8, End: 8 + len([]rune(text)), Text: text,
		Annotations: []corpus.Annotation{
			{Element: "knowledge.actual", Start: 18, End: 34, Match: "actual knowledge", Rule: "r1", Polarity: corpus.Affirmed},
			{Element: "knowledge.constructive", Start: 48, End: 70, Match: "constructive knowledge", Rule: "r2", Polarity: corpus.Rejected},
		}}
	no := corpus.Passage{ID: "d1-0002", DocID: "d1", State: "Norway", Start: 0, End: 6, Text: "Intro.",
		Annotations: []corpus.Annotation{
			{Element: "knowledge.actual", Start: 0, End: 5, Match: "Intro", Rule: "r1", Polarity: corpus.Affirmed},
			{Element: "knowledge.constructive", Start: 0, End: 5, Match: "Intro", Rule: "r2", Polarity: corpus.Affirmed},
		}}
	infos := map[string]workspace.ElementInfo{
		"knowledge.actual":       {ID: "knowledge.actual", Label: "Actual knowledge", Dimension: "knowledge", Pole: "narrow"},
		"knowledge.constructive": {ID: "knowledge.constructive", Label: "Constructive knowledge", Dimension: "knowledge", Pole: "broad"},
	}
	return []workspace.Excerpt{workspace.NewExcerpt(&doc, p, nil), workspace.NewExcerpt(&doc, no, nil)}, infos
}

func TestCSVParsesBack(t *testing.T) {
	xs, _ := testExcerpts()
	var b bytes.Buffer
	if err := writeCSV(&b, workspace.All(xs), true); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b.Bytes(), []byte("\ufeff")) {
		t.Error("--excel: no byte-order mark")
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || rows[0][3] != "citation" || rows[1][3] != "New Zealand (2020, para 16)" || rows[1][5] != xs[0].Text {
		t.Errorf("rows = %q", rows)
	}
}

func TestJSONLParsesBack(t *testing.T) {
	xs, _ := testExcerpts()
	var b bytes.Buffer
	if err := writeJSONL(&b, workspace.All(xs)); err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(&b)
	var r workspace.Excerpt
	if err := dec.Decode(&r); err != nil || r.Citation != "New Zealand (2020, para 16)" || len(r.Annotations) != 2 {
		t.Errorf("record = %+v, %v", r, err)
	}
}

func TestMarkdown(t *testing.T) {
	xs, infos := testExcerpts()
	var b bytes.Buffer
	if err := writeMarkdown(&b, xs, "element", corpus.Filter{}, infos); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"## Actual knowledge (knowledge.actual)", "**actual knowledge**", "— New Zealand (2020, para 16)"} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
	b.Reset()
	writeMarkdown(&b, xs, "state", corpus.Filter{}, infos)
	if !strings.Contains(b.String(), "## New Zealand") || !strings.Contains(b.String(), "## Norway") {
		t.Errorf("grouped by state:\n%s", b.String())
	}
}

func TestHTMLParsesBack(t *testing.T) {
	xs, infos := testExcerpts()
	var b bytes.Buffer
	if err := writeHTML(&b, xs, "element", corpus.Filter{}, infos); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(&b)
	if err != nil {
		t.Fatal(err)
	}
	var marks, external int
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "mark":
				marks++
			case "link", "script", "img":
				external++
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if marks < 3 || external != 0 {
		t.Errorf("marks %d (want evidence highlighted), external assets %d (want none)", marks, external)
	}
}

func TestLaTeXEscapesAndMarksRejections(t *testing.T) {
	xs, infos := testExcerpts()
	var b bytes.Buffer
	if err := writeLaTeX(&b, xs, "element", corpus.Filter{}, infos); err != nil {
		t.Fatal(err)
	}
	tex := b.String()
	for _, want := range []string{`50\% of \$ \& \_ \# \{x\} \textasciitilde{} \textasciicircum{} \textbackslash{}`,
		`\emph{actual knowledge}`, `\ndxrejects`, `\ndxrejected{constructive knowledge}`, "中"} {
		if !strings.Contains(tex, want) {
			t.Errorf("latex lacks %q:\n%s", want, tex)
		}
	}
}

// TestLaTeXCompiles compiles a Latin export with pdflatex and one with
// Cyrillic, Greek and Chinese with xelatex and lualatex, where installed.
func TestLaTeXCompiles(t *testing.T) {
	latin, infos := testExcerpts()
	nonLatin, _ := testExcerpts()
	for i := range latin {
		latin[i].Text = strings.ReplaceAll(latin[i].Text, " 中", "")
		nonLatin[i].Text += " Россия, Ελλάδα, 中国."
	}
	for _, tc := range []struct {
		name    string
		xs      []workspace.Excerpt
		engines []string
		unicode bool
	}{
		{"latin", latin, []string{"pdflatex"}, false},
		{"non-latin", nonLatin, []string{"xelatex", "lualatex"}, true},
	} {
		var b bytes.Buffer
		if err := writeLaTeX(&b, tc.xs, "element", corpus.Filter{}, infos); err != nil {
			t.Fatal(err)
		}
		tex := b.String()
		if got := strings.HasPrefix(tex, "% Compile with xelatex or lualatex"); got != tc.unicode {
			t.Errorf("%s: says it needs xelatex or lualatex: %v, want %v:\n%s", tc.name, got, tc.unicode, tex)
		}
		if tc.unicode && (!strings.Contains(tex, "Россия, Ελλάδα, 中国") || !strings.Contains(tex, `\usepackage{fontspec}`)) {
			t.Errorf("%s: text or fontspec lost:\n%s", tc.name, tex)
		}
		for _, engine := range tc.engines {
			t.Run(tc.name+"/"+engine, func(t *testing.T) {
				path, err := exec.LookPath(engine)
				if err != nil {
					t.Skip(engine + " not installed")
				}
				dir := t.TempDir()
				if err := os.WriteFile(filepath.Join(dir, "x.tex"), b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				cmd := exec.Command(path, "-interaction=nonstopmode", "-halt-on-error", "x.tex")
				cmd.Dir = dir
				if out, err := cmd.CombinedOutput(); err != nil {
					t.Fatalf("%s: %v\n%s", engine, err, out)
				}
				if !tc.unicode {
					return
				}
				pdftotext, err := exec.LookPath("pdftotext")
				if err != nil {
					return
				}
				out, err := exec.Command(pdftotext, filepath.Join(dir, "x.pdf"), "-").Output()
				if err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(string(out), "Россия") || !strings.Contains(string(out), "Ελλάδα") {
					t.Errorf("%s: the PDF lacks the Cyrillic or Greek text:\n%s", engine, out)
				}
			})
		}
	}
}

func TestQDPXStructure(t *testing.T) {
	xs, _ := testExcerpts()
	var b bytes.Buffer
	codes := []workspace.ElementInfo{{ID: "knowledge.actual", Label: "Actual knowledge"}, {ID: "knowledge.constructive", Label: "Constructive knowledge"}}
	if err := writeQDPX(&b, xs, codes); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, f := range zr.File {
		rc, _ := f.Open()
		data, _ := io.ReadAll(rc)
		rc.Close()
		files[f.Name] = data
	}
	var p qdeProject
	if err := xml.Unmarshal(files["project.qde"], &p); err != nil {
		t.Fatalf("project.qde: %v", err)
	}
	if p.XMLName.Space != qdeNamespace || len(p.Users) != 1 || len(p.Codes) != 1 || len(p.Codes[0].Codes) != 2 || p.Codes[0].IsCodable {
		t.Fatalf("project structure: %+v", p)
	}
	codeGUIDs := map[string]bool{}
	for _, c := range p.Codes[0].Codes {
		codeGUIDs[c.GUID] = true
	}
	if len(p.Sources) != 1 {
		t.Fatalf("%d sources, want 1", len(p.Sources))
	}
	src := p.Sources[0]
	text, ok := files["sources/"+strings.TrimPrefix(src.Path, "internal://")]
	if !ok {
		t.Fatalf("source %s not in the archive", src.Path)
	}
	rs := []rune(string(text))
	if len(src.Selections) != 4 {
		t.Fatalf("%d selections, want 4", len(src.Selections))
	}
	for _, s := range src.Selections {
		if got := string(rs[s.Start:s.End]); got != s.Name {
			t.Errorf("selection %d-%d is %q, want %q", s.Start, s.End, got, s.Name)
		}
		if len(s.Coding) != 1 || !codeGUIDs[s.Coding[0].Ref.Target] {
			t.Errorf("selection %s: coding does not point at a code", s.GUID)
		}
	}
}

func elementList(infos map[string]workspace.ElementInfo) []workspace.ElementInfo {
	var out []workspace.ElementInfo
	for _, e := range infos {
		out = append(out, e)
	}
	return out
}

func TestPositionMap(t *testing.T) {
	xs, infos := testExcerpts()
	m := workspace.BuildMap(xs, elementList(infos), false, corpus.Filter{})
	if r := readingOf(m, "New Zealand", "knowledge"); r != workspace.Narrow {
		t.Errorf("New Zealand knowledge = %q, want narrow", r)
	}
	if r := readingOf(m, "Norway", "knowledge"); r != workspace.Broad {
		t.Errorf("Norway knowledge = %q, want broad", r)
	}
	var b bytes.Buffer
	if err := writeMatrixCSV(&b, m); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil || len(rows) != 3 || rows[1][0] != "New Zealand" || rows[1][3] != "narrow" {
		t.Errorf("csv = %q, %v", rows, err)
	}
	b.Reset()
	if err := writeMatrixHTML(&b, m); err != nil {
		t.Fatal(err)
	}
	if _, err := html.Parse(&b); err != nil {
		t.Fatal(err)
	}
	e := workspace.BuildMap(xs, elementList(infos), true, corpus.Filter{})
	if e.Text("Norway", "knowledge.constructive") != "1" {
		t.Errorf("element counts: %+v", e.Cells["Norway"])
	}
}

func TestExcelCell(t *testing.T) {
	for in, want := range map[string]string{
		"=1+1": "'=1+1", "+1": "'+1", "-2 due": "'-2 due", "@SUM(A1)": "'@SUM(A1)", "\tx": "'\tx", "\rx": "'\rx",
		"": "", "New Zealand": "New Zealand", " =1": " =1", "a=b": "a=b",
	} {
		if got := excelCell(in); got != want {
			t.Errorf("excelCell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStreamWritesAsWrite(t *testing.T) {
	xs, infos := testExcerpts()
	opt := Options{Elements: elementList(infos)}
	for _, format := range Formats {
		if format == "qdpx" {
			continue // stamped with the time it is written
		}
		var a, b bytes.Buffer
		if err := Write(&a, format, xs, opt); err != nil {
			t.Fatal(err)
		}
		if err := Stream(&b, format, workspace.All(xs), opt); err != nil {
			t.Fatal(err)
		}
		if a.String() != b.String() || a.Len() == 0 {
			t.Errorf("%s: Stream and Write differ or wrote nothing", format)
		}
	}
}
