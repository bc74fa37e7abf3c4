package ingest

import (
	"reflect"
	"strings"
	"testing"
)

// TestManifestURLs: a manifest row may name a web address as its source;
// it is listed for download, matched as written, and is the document's URL.
func TestManifestURLs(t *testing.T) {
	csv := "path,state,date,title,url\n" +
		"https://mfa.example/statement,Finland,2021-05-03,Statement,\n" +
		"a.txt,Kenya,,,\n" +
		"http://un.example/docs/a.txt,Japan,,,http://un.example/landing\n" +
		"https://mfa.example/statement,Finland,,,\n" +
		"https://gone.example/x,Chile,,,\n"
	m, err := ParseManifest(strings.NewReader(csv), "papers")
	if err != nil {
		t.Fatal(err)
	}
	urls := m.URLs()
	if want := []string{"https://mfa.example/statement", "http://un.example/docs/a.txt", "https://gone.example/x"}; !reflect.DeepEqual(urls, want) {
		t.Errorf("URLs = %q, want %q", urls, want)
	}
	// The caller ingests the URLs with the files it found.
	files := []string{"papers/a.txt", "https://mfa.example/statement", "http://un.example/docs/a.txt", "https://other.example/"}
	got, warnings := m.Match(files)
	want := map[string]Meta{
		"papers/a.txt":                  {State: "Kenya"},
		"https://mfa.example/statement": {State: "Finland", URL: "https://mfa.example/statement"},
		// Not matched by its name to the row of a.txt, nor that row to it;
		// its url column names the page that cites it.
		"http://un.example/docs/a.txt": {State: "Japan", URL: "http://un.example/landing"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Match = %+v\nwant %+v", got, want)
	}
	wantWarnings := []string{
		"line 2: https://mfa.example/statement matches no file being ingested",
		"line 6: https://gone.example/x matches no file being ingested",
		"no row for https://other.example/",
	}
	if !reflect.DeepEqual(warnings, wantWarnings) {
		t.Errorf("warnings = %q\nwant %q", warnings, wantWarnings)
	}
	if _, err := ParseManifest(strings.NewReader("path\nhttp://bad host/\n"), "."); err == nil || !strings.Contains(err.Error(), "line 2: bad URL") {
		t.Errorf("bad URL: %v", err)
	}
}
