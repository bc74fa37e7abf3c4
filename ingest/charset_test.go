package ingest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// TestFetchCharset reads pages served in Latin charsets: the charset of
// the Content-Type header comes first, then the page's <meta>, then what
// its bytes suggest.
func TestFetchCharset(t *testing.T) {
	const text = "The State’s “due diligence” obligation — as Côte d’Ivoire and Réunion note."
	const latin1 = "The State's due diligence obligation, as Côte d'Ivoire and Réunion note: « ça »."
	page := func(head, body string) string {
		return "<html><head>" + head + "<title>Statement</title></head><body><article><p>" + body + "</p></article></body></html>"
	}
	encode := func(cm *charmap.Charmap, s string) []byte {
		b, err := cm.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for _, tc := range []struct {
		name, contentType string
		body              []byte
		want              string
	}{
		{"windows-1252 by header", "text/html; charset=windows-1252", encode(charmap.Windows1252, page("", text)), text},
		{"windows-1252 by meta", "text/html", encode(charmap.Windows1252, page(`<meta charset="windows-1252">`, text)), text},
		{"windows-1252 sniffed", "", encode(charmap.Windows1252, page("", text)), text},
		{"ISO-8859-1 by header", "text/html; charset=ISO-8859-1", encode(charmap.ISO8859_1, page("", latin1)), latin1},
		{"ISO-8859-1 by http-equiv", "text/html", encode(charmap.ISO8859_1, page(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`, latin1)), latin1},
		// The header outranks the page's own declaration.
		{"header over meta", "text/html; charset=iso-8859-1", encode(charmap.ISO8859_1, page(`<meta charset="utf-8">`, latin1)), latin1},
		// A server's default Latin-1 on a page that is UTF-8.
		{"UTF-8 labelled Latin-1", "text/html; charset=iso-8859-1", []byte(page("", text)), text},
		{"UTF-8 by header", "text/html; charset=utf-8", []byte(page("", text)), text},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				// An empty header is sent as such, not sniffed by net/http.
				w.Header()["Content-Type"] = []string{tc.contentType}
				w.Write(tc.body)
			}))
			defer srv.Close()
			d, err := Fetcher{}.Get(context.Background(), srv.URL)
			if err != nil || d.Format != "html" {
				t.Fatalf("format %q, %v", d.Format, err)
			}
			x, err := HTML{ContentType: d.ContentType}.Extract(context.Background(), srv.URL, d.Data)
			if err != nil {
				t.Fatal(err)
			}
			if got := plain(x.Paragraphs); strings.TrimSpace(got) != tc.want {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}
