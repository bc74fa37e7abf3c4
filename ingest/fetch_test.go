package ingest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/normdex/normdex/internal/officetest"
)

func TestFetch(t *testing.T) {
	docx := officetest.DOCX(paper)
	mux := http.NewServeMux()
	mux.HandleFunc("/paper", func(w http.ResponseWriter, r *http.Request) {
		// A server that calls every download a web page.
		w.Header().Set("Content-Type", "text/html")
		w.Write(docx)
	})
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(wrapPage(statementHTML, true))) })
	mux.Handle("/moved", http.RedirectHandler("/page", http.StatusMovedPermanently))
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/soft404", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("<html><head><title>Page not found | Ministry</title></head><body><p>Sorry.</p></body></html>"))
	})
	mux.HandleFunc("/silent", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(strings.Repeat("a", 2000))) })
	mux.HandleFunc("/binary", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("\x00\x01\x02\x03\xff\xfe\x00\x00")) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f := Fetcher{Timeout: 500 * time.Millisecond, Limit: 1000}
	for _, tc := range []struct {
		path, format, err string
	}{
		{"/paper", "docx", ""},
		{"/page", "html", ""},
		{"/moved", "html", ""},
		{"/loop", "", "more than 10 redirects"},
		{"/missing", "", "the server answered 404 Not Found"},
		{"/soft404", "", `error page ("Page not found | Ministry")`},
		{"/silent", "", "no answer within 500ms"},
		{"/big", "", "larger than the limit"},
		{"/binary", "", "unknown kind of content"},
	} {
		lim := f
		if tc.format != "" {
			lim.Limit = 0
		}
		data, format, err := lim.Fetch(context.Background(), srv.URL+tc.path)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s: err = %v, want %q", tc.path, err, tc.err)
			}
			continue
		}
		if err != nil || format != tc.format || len(data) == 0 {
			t.Errorf("%s: format %q, %d bytes, err %v; want %s", tc.path, format, len(data), err, tc.format)
		}
	}
}

func TestSniff(t *testing.T) {
	for _, tc := range []struct {
		data []byte
		want string
	}{
		{[]byte("%PDF-1.4\n"), "pdf"},
		{officetest.DOCX(paper), "docx"},
		{officetest.ODT(paper), "odt"},
		{[]byte("<!DOCTYPE html><p>x"), "html"},
		{[]byte("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>x</body></html>"), "html"},
		{[]byte("Plain statement text."), "txt"},
		{[]byte("PK\x03\x04broken"), ""},
		{[]byte("\x00\x01\x02\xff"), ""},
	} {
		if got := Sniff(tc.data); got != tc.want {
			t.Errorf("Sniff(%.20q) = %q, want %q", tc.data, got, tc.want)
		}
	}
}
