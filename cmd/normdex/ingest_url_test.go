package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// exported is the first passage of a JSON Lines export.
type exported struct {
	Source, State, Date, Text string
	DocTitle                  string `json:"doc_title"`
}

func exportAll(t *testing.T, ws string) []exported {
	t.Helper()
	out, errOut, code := normdex(t, "--data", ws, "export", "--format", "jsonl")
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, errOut)
	}
	var ps []exported
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var p exported
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			t.Fatalf("export line %q: %v", line, err)
		}
		ps = append(ps, p)
	}
	return ps
}

// TestManifestURLRows: a manifest row that names a URL is downloaded and
// ingested with the row's metadata, with no PATH on the command line, and
// once when the command line names it too.
func TestManifestURLRows(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("Examplia holds that due diligence is an obligation of conduct that applies in cyberspace.\n"))
	}))
	defer srv.Close()
	url := srv.URL + "/statement.txt"
	dir := t.TempDir()
	manifest := filepath.Join(dir, "sources.csv")
	csv := "path,state,date,title,url\n" + url + ",Finland,2021-05-03,Position paper,\n"
	if err := os.WriteFile(manifest, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	ws := filepath.Join(dir, "ws")

	out, errOut, code := normdex(t, "--data", ws, "ingest", "--manifest", manifest)
	if code != 0 {
		t.Fatalf("exit %d: %s\n%s", code, out, errOut)
	}
	if !strings.Contains(out, "ingested "+url+" (") || !strings.Contains(out, "1 ingested, 0 unchanged, 0 failed") || errOut != "" {
		t.Errorf("ingest --manifest:\n%s%s", out, errOut)
	}
	ps := exportAll(t, ws)
	if want := (exported{Source: url, State: "Finland", Date: "2021-05-03", DocTitle: "Position paper"}); len(ps) == 0 ||
		ps[0].Source != want.Source || ps[0].State != want.State || ps[0].Date != want.Date || ps[0].DocTitle != want.DocTitle {
		t.Errorf("export: %+v, want %+v", ps, want)
	}

	out, errOut, code = normdex(t, "--data", ws, "ingest", "--manifest", manifest, url)
	if code != 0 || strings.Count(out, url) != 1 || !strings.Contains(out, "0 ingested, 1 unchanged, 0 failed") {
		t.Errorf("URL in the manifest and on the command line: exit %d\n%s%s", code, out, errOut)
	}

	noURLs := filepath.Join(dir, "files.csv")
	os.WriteFile(noURLs, []byte("path,state\na.txt,Kenya\n"), 0o644)
	if _, errOut, code := normdex(t, "--data", ws, "ingest", "--manifest", noURLs); code == 0 || !strings.Contains(errOut, "no PATH given") {
		t.Errorf("manifest without URLs and no PATH: exit %d, %s", code, errOut)
	}
}

// TestIngestCharsetFromHeader: web pages whose charset only their server's
// Content-Type names are read in it, and so is the copy the workspace keeps
// of them, read again after the server has gone.
func TestIngestCharsetFromHeader(t *testing.T) {
	pages := []struct {
		name, charset, text string
		enc                 *charmap.Charmap
	}{
		{"fr", "windows-1252", "La République française considère que l’obligation de diligence requise s’applique aux États.", charmap.Windows1252},
		// Read as windows-1252, the sniffer's guess, ż ń ś ą would turn
		// into ¿ ñ œ ¹.
		{"pl", "windows-1250", "Rzeczpospolita Polska uważa, że państwa muszą dołożyć należytej staranności w cyberprzestrzeni.", charmap.Windows1250},
	}
	mux := http.NewServeMux()
	for _, p := range pages {
		body, err := p.enc.NewEncoder().String("<html><head><title>Statement</title></head><body><main><h1>Statement</h1><p>" + p.text + "</p></main></body></html>")
		if err != nil {
			t.Fatal(err)
		}
		mux.HandleFunc("/"+p.name, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset="+p.charset)
			w.Write([]byte(body))
		})
	}
	srv := httptest.NewServer(mux)
	ws := filepath.Join(t.TempDir(), "ws")
	hasText := func(what string, ps []exported, text string) {
		t.Helper()
		for _, p := range ps {
			if strings.Contains(p.Text, text) {
				return
			}
		}
		t.Errorf("%s: no passage with %q in %+v", what, text, ps)
	}

	out, errOut, code := normdex(t, "--data", ws, "ingest", srv.URL+"/fr", srv.URL+"/pl")
	if code != 0 {
		t.Fatalf("exit %d: %s\n%s", code, out, errOut)
	}
	for _, p := range pages {
		hasText("ingest", exportAll(t, ws), p.text)
	}
	kept, _ := filepath.Glob(filepath.Join(ws, "sources", "*.html"))
	if len(kept) != 2 {
		t.Fatalf("kept pages: %q", kept)
	}
	for _, k := range kept {
		ct, err := os.ReadFile(k + ".content-type")
		if err != nil || !strings.HasPrefix(string(ct), "text/html; charset=windows-125") {
			t.Errorf("Content-Type kept beside %s: %q, %v", k, ct, err)
		}
	}
	srv.Close()

	if _, errOut, code := normdex(t, "--data", ws, "reindex"); code != 0 {
		t.Fatalf("reindex: exit %d: %s", code, errOut)
	}
	ps := exportAll(t, ws)
	for _, p := range pages {
		hasText("after reindex", ps, p.text)
	}
	out, _, code = normdex(t, "--data", ws, "search", "państwa")
	if code != 0 || !strings.Contains(out, "Polska") {
		t.Errorf("search państwa after reindex: exit %d\n%s", code, out)
	}

	// The kept copies alone, read again: by extract, and by an ingest into
	// another workspace.
	for _, k := range kept {
		text, errOut, code := normdex(t, "extract", k)
		if code != 0 || !(strings.Contains(text, pages[0].text) || strings.Contains(text, pages[1].text)) {
			t.Errorf("extract %s: exit %d\n%s%s", k, code, text, errOut)
		}
	}
	other := filepath.Join(t.TempDir(), "ws")
	out, errOut, code = normdex(t, "--data", other, "ingest", filepath.Join(ws, "sources"))
	if code != 0 || !strings.Contains(out, "2 ingested, 0 unchanged, 0 failed\n") {
		t.Fatalf("ingest of the kept copies: exit %d: %s\n%s", code, out, errOut)
	}
	ps = exportAll(t, other)
	for _, p := range pages {
		hasText("kept copy ingested", ps, p.text)
	}
}
