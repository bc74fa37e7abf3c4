package ingest

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"hash/crc32"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/normdex/normdex/internal/officetest"
)

// lyingZip is a zip whose one part says it unpacks to a few bytes and
// inflates to n: a zip bomb that a check of the declared size lets by.
func lyingZip(t *testing.T, name string, n int) []byte {
	var raw bytes.Buffer
	fw, _ := flate.NewWriter(&raw, flate.BestCompression)
	zeros := make([]byte, 1<<20)
	crc := crc32.NewIEEE()
	for left := n; left > 0; left -= len(zeros) {
		chunk := zeros[:min(left, len(zeros))]
		fw.Write(chunk)
		crc.Write(chunk)
	}
	fw.Close()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CRC32: crc.Sum32(),
		CompressedSize64: uint64(raw.Len()), UncompressedSize64: 100})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(raw.Bytes())
	zw.Close()
	return b.Bytes()
}

// TestBadFiles: each kind of hostile or broken file fails alone with one
// line that says what is wrong.
func TestBadFiles(t *testing.T) {
	laughs := `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>` +
		`<office:document-content><office:body><office:text><text:p>&lol3;</text:p></office:text></office:body></office:document-content>`
	odt := officetest.ODT(paper)
	page := []byte("<html><body><article><p>" + strings.Repeat("Statement text. ", 100<<20/16) + "</p></article></body></html>")
	for _, tc := range []struct {
		name, format string
		data         []byte
		want         string
	}{
		{"zip bomb, size declared small", "docx", lyingZip(t, "word/document.xml", 200<<20), "DOCX part word/document.xml: unpacks to more than the 100 bytes it declares (a zip bomb?)"},
		{"zip bomb in an ODT", "odt", lyingZip(t, "content.xml", 200<<20), "zip bomb"},
		{"entity bomb in an ODT", "odt", officetest.Zip([2]string{"content.xml", laughs}), "DOCTYPE not allowed"},
		{"truncated ODT", "odt", odt[:len(odt)*2/3], "truncated"},
		{"100 MB web page", "html", page, "HTML page of 100 MB is larger than the limit of 32 MB"},
	} {
		ex, _ := ForFormat(tc.format)
		_, err := Safely(context.Background(), ex, "f", tc.data)
		t.Log(err)
		if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: err = %v, want one line with %q", tc.name, err, tc.want)
		}
	}
}

// TestBadURLs: each way a download goes wrong is one line.
func TestBadURLs(t *testing.T) {
	stop := make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		// 100 MB sent without a length, as a generated page is.
		chunk := []byte(strings.Repeat("<p>Statement text.</p>\n", 1<<15))
		w.Write([]byte("<html><body>"))
		for sent := 0; sent < 100<<20; sent += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/declared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", strconv.Itoa(100<<20))
		w.Write([]byte("<html>"))
	})
	mux.HandleFunc("/stalls", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("<html><body><p>The first part, then nothing."))
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-stop:
		}
	})
	mux.HandleFunc("/silent", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-stop:
		}
	})
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusInternalServerError)
		w.Write([]byte("<html><head><title>Internal error</title></head><body><h1>Something went wrong</h1></body></html>"))
	})
	mux.HandleFunc("/error-page", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("<!DOCTYPE html><html><head><title>Error 404 - Ministry of Foreign Affairs</title></head><body><p>The page you asked for does not exist.</p></body></html>"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	defer close(stop)
	// A port that nothing listens on.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + l.Addr().String() + "/"
	l.Close()
	for _, tc := range []struct{ url, want string }{
		{srv.URL + "/huge", "download larger than the limit of 64 MB"},
		{srv.URL + "/declared", "download of 100 MB is larger than the limit of 64 MB"},
		{srv.URL + "/stalls", "download not finished within 300ms"},
		{srv.URL + "/silent", "no answer within 300ms"},
		{srv.URL + "/missing", "the server answered 404 Not Found"},
		{srv.URL + "/broken", "the server answered 500 Internal Server Error"},
		{srv.URL + "/error-page", `the server sent an error page ("Error 404 - Ministry of Foreign Affairs")`},
		{closed, "connection refused"},
		{"http://bad host/", "bad URL"},
	} {
		timeout := 300 * time.Millisecond
		if strings.HasSuffix(tc.url, "/huge") {
			timeout = time.Minute // the size is what stops it
		}
		_, err := Fetcher{Timeout: timeout}.Get(context.Background(), tc.url)
		t.Log(err)
		if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: err = %v, want one line with %q", tc.url, err, tc.want)
		}
	}
}
