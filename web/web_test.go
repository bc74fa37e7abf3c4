package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/export"
	"github.com/normdex/normdex/workspace"
)

// The test corpus: a State that rejects constructive knowledge, a
// statement whose title and text try to inject markup, and enough
// paragraphs on due diligence for several pages of hits.
const (
	norwayText = `1. Norway does not consider that a State should have known of malicious cyber activity on its territory; constructive knowledge is not part of the norm.

2. States should take reasonable steps to stop harmful cyber operations once they know of them, including operations transiting through their territory.
`
	xssScript = `<script>alert(1)</script>`
	xssImg    = `"><img src=x onerror=alert(1)>`
)

func xssText() string {
	return "1. States must exercise due diligence " + xssScript + " and take reasonable steps to stop " + xssImg + " harmful activity.\n"
}

func manyText() string {
	var b strings.Builder
	for i := 1; i <= 45; i++ {
		fmt.Fprintf(&b, "%d. Due diligence requires reasonable steps against cyber operations in paragraph %d.\n\n", i, i)
	}
	return b.String()
}

type source struct{ name, state, date, title, text string }

var corpusFiles = []source{
	{"norway.txt", "Norway", "2021-03-01", "Norway position paper", norwayText},
	{"xss.txt", "France", "2019", "Injected " + xssScript + " title " + xssImg, xssText()},
	{"many.txt", "Japan", "2022", "Many paragraphs", manyText()},
}

// buildWorkspace ingests the corpus into a new workspace in dir and
// returns it open for writing.
func buildWorkspace(t testing.TB, dir string) *workspace.Workspace {
	t.Helper()
	src := filepath.Join(dir, "src")
	os.MkdirAll(src, 0o755)
	ws, err := workspace.Open(filepath.Join(dir, "ws"), workspace.Options{Create: true, Write: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range corpusFiles {
		p := filepath.Join(src, f.name)
		if err := os.WriteFile(p, []byte(f.text), 0o644); err != nil {
			t.Fatal(err)
		}
		meta, err := workspace.FormMeta(f.state, f.date, f.title)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := ws.Ingest(context.Background(), []string{p}, workspace.IngestOptions{Meta: meta, Workers: 1})
		if err != nil || rep.Run.Failed > 0 {
			t.Fatalf("ingest %s: %v %+v", f.name, err, rep.Run.Failures)
		}
	}
	return ws
}

var (
	fixtureOnce sync.Once
	fixtureDir  string
	fixtureErr  error
)

// readOnly returns a server over the shared test workspace, open
// read-only as 'normdex serve' opens it.
func readOnly(t *testing.T, opt Options) (*Server, *workspace.Workspace) {
	t.Helper()
	fixtureOnce.Do(func() {
		fixtureDir, fixtureErr = os.MkdirTemp("", "normdex-web-")
		if fixtureErr != nil {
			return
		}
		ws := buildWorkspace(t, fixtureDir)
		fixtureErr = ws.Close()
	})
	if fixtureErr != nil {
		t.Fatal(fixtureErr)
	}
	ws, err := workspace.Open(filepath.Join(fixtureDir, "ws"), workspace.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	s, err := New(ws, opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s, ws
}

func TestMain(m *testing.M) {
	code := m.Run()
	if fixtureDir != "" {
		os.RemoveAll(fixtureDir)
	}
	os.Exit(code)
}

type response struct {
	status int
	header http.Header
	body   string
}

func serve(h http.Handler, req *http.Request) response {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return response{rec.Code, rec.Header(), rec.Body.String()}
}

func get(h http.Handler, path string) response {
	return serve(h, httptest.NewRequest("GET", "http://127.0.0.1:8080"+path, nil))
}

// firstPassage finds the ID of the first passage of a State.
func firstPassage(t *testing.T, ws *workspace.Workspace, state string) workspace.Excerpt {
	t.Helper()
	res, err := ws.Search(context.Background(), workspace.Query{Filter: corpus.Filter{States: []string{state}}, Size: 1})
	if err != nil || len(res.Hits) == 0 {
		t.Fatalf("no passage of %s: %v", state, err)
	}
	return res.Hits[0]
}

func TestPages(t *testing.T) {
	s, ws := readOnly(t, Options{})
	norway := firstPassage(t, ws, "Norway")
	tests := []struct {
		path string
		want []string
	}{
		{"/search", []string{"of <strong>", "Elements", "knowledge", "Constructive knowledge", "Norway", "States", "Years", "2021", "Polarity", "rejects", "Documents", "Many paragraphs"}},
		{"/search?q=diligence", []string{"<strong>1–20</strong> of <strong>46</strong>", `rel="next"`, "<mark>diligence</mark>", "page 1 of 3"}},
		{"/search?q=diligence&page=3", []string{"<strong>41–46</strong> of <strong>46</strong>", `rel="prev"`, "page 3 of 3"}},
		{"/search?element=knowledge.constructive&polarity=rejected", []string{"Norway (2021, para 1)", "of <strong>1</strong>", "rej-tag", "element: knowledge.constructive"}},
		{"/search?element=knowledge&state=Norway", []string{"Norway (2021"}},
		{"/search?reviewed=1", []string{"No passages found", "reviewed only"}},
		{"/passages/" + norway.ID, []string{"Norway (2021, para 1)", "Copy citation", "should-have-known", "rejected", "Next passage", "Norway position paper", "/documents/" + norway.DocID + "/source"}},
		{"/documents", []string{"Norway position paper", "Many paragraphs", "3 documents"}},
		{"/documents/" + norway.DocID, []string{"Statements by State", "Norway", "2 passages", "Norway (2021, para 2)"}},
		{"/matrix", []string{"Position map", "Norway", "/matrix/cell?dim=knowledge&amp;state=Norway", "reading-narrow"}},
		{"/matrix/cell?state=Norway&dim=knowledge", []string{"Norway (2021, para 1)", "reading-rejected", "knowledge.constructive"}},
		{"/matrix/state?state=Norway", []string{"Norway over the years", "2021"}},
		{"/codebook", []string{"Constructive knowledge", "knowledge.constructive", "broad", "rules"}},
	}
	for _, tc := range tests {
		r := get(s, tc.path)
		if r.status != 200 {
			t.Errorf("%s: status %d: %.300s", tc.path, r.status, r.body)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(r.body, w) {
				t.Errorf("%s: no %q in the page", tc.path, w)
			}
		}
	}
}

func TestBadQueries(t *testing.T) {
	s, _ := readOnly(t, Options{})
	for _, path := range []string{"/search?element=knowlege", "/search?state=Atlantis", "/search?year=20x", "/search?polarity=maybe", "/search?q=should+not",
		"/export?format=docx", "/matrix/cell?dim=knowledge", "/passages/nope", "/documents/nope"} {
		r := get(s, path)
		if r.status != 400 && r.status != 404 {
			t.Errorf("%s: status %d, want 400 or 404", path, r.status)
		}
		if !strings.Contains(r.body, "</html>") {
			t.Errorf("%s: not an error page: %.200s", path, r.body)
		}
	}
}

// The API answers as 'search --format json' does: the same bytes for the
// same query.
func TestAPISearch(t *testing.T) {
	s, ws := readOnly(t, Options{})
	r := get(s, "/api/search?q=reasonable+steps&limit=5")
	if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), "application/json") {
		t.Fatalf("status %d, %s", r.status, r.header.Get("Content-Type"))
	}
	res, err := ws.Search(context.Background(), workspace.Query{Filter: corpus.Filter{Query: "reasonable steps"}, Size: 5, Facets: true})
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	export.WriteSearchJSON(&want, res)
	if r.body != want.String() {
		t.Errorf("api/search differs from search --format json:\n%s\nwant\n%s", r.body, want.String())
	}
	var parsed export.SearchJSON
	if err := json.Unmarshal([]byte(r.body), &parsed); err != nil || parsed.Total == 0 {
		t.Errorf("parse: %v, total %d", err, parsed.Total)
	}
}

// Every export format downloads what 'normdex export' writes.
func TestExportDownloads(t *testing.T) {
	s, ws := readOnly(t, Options{})
	f := corpus.Filter{Elements: []string{"knowledge"}}
	cb, _ := ws.Codebook(context.Background(), nil, false)
	for _, tc := range []struct{ format, ctype, ext string }{
		{"jsonl", "application/x-ndjson", "jsonl"}, {"csv", "text/csv", "csv"}, {"md", "text/markdown", "md"},
		{"latex", "application/x-latex", "tex"}, {"html", "text/html", "html"}, {"qdpx", "application/zip", "qdpx"},
	} {
		r := get(s, "/export?format="+tc.format+"&element=knowledge")
		if r.status != 200 {
			t.Errorf("%s: status %d: %.200s", tc.format, r.status, r.body)
			continue
		}
		if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, tc.ctype) {
			t.Errorf("%s: Content-Type %s", tc.format, ct)
		}
		if cd := r.header.Get("Content-Disposition"); cd != `attachment; filename="normdex-excerpts.`+tc.ext+`"` {
			t.Errorf("%s: Content-Disposition %s", tc.format, cd)
		}
		if tc.format == "qdpx" {
			if !strings.HasPrefix(r.body, "PK") {
				t.Errorf("qdpx: not a zip")
			}
			continue
		}
		var want bytes.Buffer
		err := export.Stream(&want, tc.format, ws.Excerpts(context.Background(), f, workspace.ExcerptOptions{}),
			export.Options{Filter: f, Elements: cb.Elements()})
		if err != nil {
			t.Fatal(err)
		}
		if r.body != want.String() {
			t.Errorf("%s: the download differs from normdex export", tc.format)
		}
	}
}

var unescaped = regexp.MustCompile(`<script>alert|<img src=x|onerror=alert\(1\)>`)

// Text from a statement never becomes markup: the passage, its title and
// its citation show as text on every page that shows them.
func TestXSSEscaped(t *testing.T) {
	s, ws := readOnly(t, Options{})
	x := firstPassage(t, ws, "France")
	paths := []string{
		"/search", "/search?q=diligence", "/search?state=France", "/search?q=" + url.QueryEscape(xssScript),
		"/search?element=" + url.QueryEscape(xssImg), "/passages/" + x.ID, "/documents", "/documents/" + x.DocID,
		"/matrix/cell?state=France&dim=scope", "/matrix/state?state=France", "/passages/" + url.PathEscape(xssImg),
	}
	for _, p := range paths {
		r := get(s, p)
		if m := unescaped.FindString(r.body); m != "" {
			t.Errorf("%s: unescaped %q in the page", p, m)
		}
	}
	for _, p := range []string{"/passages/" + x.ID, "/search?state=France"} {
		if r := get(s, p); !strings.Contains(r.body, "&lt;script&gt;alert(1)&lt;/script&gt;") || !strings.Contains(r.body, "&lt;img src=x onerror=alert(1)&gt;") {
			t.Errorf("%s: the injected text is not shown as text", p)
		}
	}
	r := get(s, "/api/search?state=France")
	if strings.Contains(r.body, "<script>") {
		t.Errorf("api/search: unescaped markup in JSON")
	}
}

// inlineCode returns what in a page would run or style inline: a script
// without src, a style element, a style or on… attribute, an img.
func inlineCode(t *testing.T, page string) string {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "script":
			if n.FirstChild != nil || !slices.ContainsFunc(n.Attr, func(a html.Attribute) bool { return a.Key == "src" }) {
				return "inline script"
			}
		case "style", "img":
			return "a " + n.Data + " element"
		}
		for _, a := range n.Attr {
			if a.Key == "style" || strings.HasPrefix(a.Key, "on") {
				return "attribute " + a.Key + " on " + n.Data
			}
		}
	}
	return ""
}

func TestSecurityHeaders(t *testing.T) {
	s, ws := readOnly(t, Options{})
	r := get(s, "/search")
	csp := r.header.Get("Content-Security-Policy")
	for _, w := range []string{"default-src 'self'", "script-src 'self'", "frame-ancestors 'none'"} {
		if !strings.Contains(csp, w) {
			t.Errorf("CSP %q lacks %s", csp, w)
		}
	}
	if strings.Contains(csp, "unsafe-inline") {
		t.Errorf("CSP allows inline code: %s", csp)
	}
	if r.header.Get("X-Content-Type-Options") != "nosniff" || r.header.Get("Referrer-Policy") == "" {
		t.Errorf("headers: %v", r.header)
	}
	// No page carries inline script or style for the policy to block, and
	// no element of an injected text became markup.
	for _, p := range []string{"/search", "/search?state=France", "/matrix", "/codebook", "/documents", "/passages/" + firstPassage(t, ws, "France").ID} {
		if bad := inlineCode(t, get(s, p).body); bad != "" {
			t.Errorf("%s: %s", p, bad)
		}
	}
}

func TestToken(t *testing.T) {
	s, _ := readOnly(t, Options{Token: "s3cret"})
	req := func(path string, mod func(*http.Request)) response {
		r := httptest.NewRequest("GET", "http://192.0.2.7:8080"+path, nil)
		if mod != nil {
			mod(r)
		}
		return serve(s, r)
	}
	if r := req("/search", nil); r.status != 401 {
		t.Errorf("no token: status %d", r.status)
	}
	if r := req("/static/style.css", nil); r.status != 401 {
		t.Errorf("no token, static file: status %d", r.status)
	}
	if r := req("/search", func(r *http.Request) { r.Header.Set("Authorization", "Bearer wrong") }); r.status != 401 {
		t.Errorf("wrong bearer: status %d", r.status)
	}
	if r := req("/search", func(r *http.Request) { r.Header.Set("Authorization", "Bearer s3cret") }); r.status != 200 {
		t.Errorf("bearer: status %d", r.status)
	}
	if r := req("/search?token=nope", nil); r.status != 401 {
		t.Errorf("wrong ?token: status %d", r.status)
	}
	r := req("/search?q=steps&token=s3cret", nil)
	if r.status != http.StatusSeeOther || r.header.Get("Location") != "/search?q=steps" {
		t.Fatalf("?token: status %d, location %q", r.status, r.header.Get("Location"))
	}
	cookie := r.header.Get("Set-Cookie")
	if !strings.Contains(cookie, "HttpOnly") || !strings.Contains(cookie, "SameSite=Strict") {
		t.Errorf("cookie %q", cookie)
	}
	name, value, _ := strings.Cut(strings.Split(cookie, ";")[0], "=")
	if r := req("/search?q=steps", func(r *http.Request) { r.AddCookie(&http.Cookie{Name: name, Value: value}) }); r.status != 200 {
		t.Errorf("cookie: status %d", r.status)
	}
}

// Without a token, the server answers only requests for a name of this
// machine: another address, or a web page that rebinds its name to
// 127.0.0.1, is refused.
func TestLoopbackOnly(t *testing.T) {
	s, _ := readOnly(t, Options{})
	for host, want := range map[string]int{"127.0.0.1:8080": 200, "localhost:8080": 200, "[::1]:8080": 200, "evil.example:8080": 403, "192.0.2.7": 403} {
		r := httptest.NewRequest("GET", "/search", nil)
		r.Host = host
		if got := serve(s, r).status; got != want {
			t.Errorf("Host %s: status %d, want %d", host, got, want)
		}
	}
	for addr, want := range map[string]bool{"127.0.0.1:8080": true, "localhost:0": true, "[::1]:80": true, "0.0.0.0:8080": false, ":8080": false, "192.168.1.2:80": false} {
		if IsLoopback(addr) != want {
			t.Errorf("IsLoopback(%s) = %v", addr, !want)
		}
	}
}

func writeServer(t *testing.T, opt Options) (*Server, *workspace.Workspace) {
	t.Helper()
	ws := buildWorkspace(t, t.TempDir())
	t.Cleanup(func() { ws.Close() })
	opt.Write = true
	opt.Ingest.Workers = 1
	s, err := New(ws, opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s, ws
}

// uploadRequest is a multipart POST of the upload form.
func uploadRequest(csrf string, fields map[string]string, files map[string]string) *http.Request {
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	if csrf != "" {
		mw.WriteField("csrf", csrf)
	}
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	for name, text := range files {
		w, _ := mw.CreateFormFile("files", name)
		io.WriteString(w, text)
	}
	mw.Close()
	r := httptest.NewRequest("POST", "http://127.0.0.1:8080/upload", &b)
	r.Header.Set("Content-Type", mw.FormDataContentType())
	return r
}

func TestCSRF(t *testing.T) {
	s, _ := writeServer(t, Options{})
	files := map[string]string{"a.txt": "1. Text."}
	if r := serve(s, uploadRequest("", nil, files)); r.status != 403 {
		t.Errorf("no CSRF token: status %d", r.status)
	}
	if r := serve(s, uploadRequest("bad", nil, files)); r.status != 403 {
		t.Errorf("bad CSRF token: status %d", r.status)
	}
	req := uploadRequest(s.csrf, map[string]string{"state": "Belgium"}, files)
	req.Header.Set("Origin", "http://evil.example")
	if r := serve(s, req); r.status != 403 {
		t.Errorf("cross-origin POST: status %d", r.status)
	}
	form := httptest.NewRequest("POST", "http://127.0.0.1:8080/upload", strings.NewReader("state=Belgium"))
	form.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if r := serve(s, form); r.status != 403 {
		t.Errorf("urlencoded without token: status %d", r.status)
	}
	// The form carries the token.
	if r := get(s, "/upload"); !strings.Contains(r.body, `name="csrf" value="`+s.csrf+`"`) {
		t.Errorf("upload form without its CSRF token")
	}
}

func TestReadOnly(t *testing.T) {
	s, _ := readOnly(t, Options{})
	if r := get(s, "/upload"); r.status != 404 {
		t.Errorf("GET /upload read-only: status %d", r.status)
	}
	if r := serve(s, uploadRequest(s.csrf, map[string]string{"state": "Belgium"}, map[string]string{"a.txt": "1. Text."})); r.status != 404 && r.status != 405 {
		t.Errorf("POST /upload read-only: status %d", r.status)
	}
	if strings.Contains(get(s, "/search").body, `href="/upload"`) {
		t.Errorf("read-only pages link to the upload")
	}
}

func TestUpload(t *testing.T) {
	s, ws := writeServer(t, Options{MaxUpload: 1 << 20})
	text := "1. Belgium considers that States must not knowingly allow their territory to be used for internationally wrongful acts using ICTs.\n"
	r := serve(s, uploadRequest(s.csrf, map[string]string{"state": "BE", "date": "2022-05", "title": "Belgian view"}, map[string]string{"belgium.txt": text}))
	if r.status != http.StatusSeeOther || !strings.HasPrefix(r.header.Get("Location"), "/uploads/") {
		t.Fatalf("upload: status %d, location %q: %.300s", r.status, r.header.Get("Location"), r.body)
	}
	loc := r.header.Get("Location")
	if p := get(s, loc); p.status != 200 || !strings.Contains(p.body, "belgium.txt") {
		t.Errorf("progress page: %d %.300s", p.status, p.body)
	}
	var st upload
	for range 600 {
		r := get(s, "/api"+loc)
		if err := json.Unmarshal([]byte(r.body), &st); err != nil {
			t.Fatalf("status: %v: %s", err, r.body)
		}
		if st.Finished {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if !st.Finished || st.Done != 1 || st.Files[0].Status != "ingested" || st.Files[0].DocID == "" {
		t.Fatalf("upload status %+v", st)
	}
	if r := get(s, "/search?state=Belgium"); !strings.Contains(r.body, "Belgium (2022, para 1)") {
		t.Errorf("the uploaded statement is not found: %.500s", r.body)
	}
	if r := get(s, "/matrix/state?state=Belgium"); !strings.Contains(r.body, "2022") {
		t.Errorf("the position map does not have the upload: %.500s", r.body)
	}
	if _, err := ws.SourceFile(context.Background(), st.Files[0].DocID); err != nil {
		t.Errorf("the upload's source is not kept: %v", err)
	}

	for name, tc := range map[string]struct {
		fields map[string]string
		files  map[string]string
		status int
	}{
		"unknown State": {map[string]string{"state": "Atlantis"}, map[string]string{"a.txt": "1. Text."}, 400},
		"bad date":      {map[string]string{"date": "May"}, map[string]string{"a.txt": "1. Text."}, 400},
		"no file":       {map[string]string{"state": "Belgium"}, nil, 400},
		"unread kind":   {nil, map[string]string{"a.exe": "MZ"}, 400},
		"too large":     {nil, map[string]string{"big.txt": strings.Repeat("x", 2<<20)}, 413},
	} {
		if r := serve(s, uploadRequest(s.csrf, tc.fields, tc.files)); r.status != tc.status {
			t.Errorf("%s: status %d, want %d: %.200s", name, r.status, tc.status, r.body)
		}
	}
	if strings.Contains(get(s, "/upload").body, "<script>") {
		t.Errorf("inline script on the upload page")
	}
}

func TestUploadNames(t *testing.T) {
	for in, want := range map[string]string{"a.txt": "a.txt", "../../etc/passwd.txt": "passwd.txt", `C:\x\y.pdf`: "y.pdf", ".hidden.md": "hidden.md", "..": "upload", "a\x00b.txt": "a_b.txt"} {
		if got := safeName(in); got != want {
			t.Errorf("safeName(%q) = %q, want %q", in, got, want)
		}
	}
}

// The source route serves the files of stored documents and nothing else.
func TestSourceRoute(t *testing.T) {
	s, ws := readOnly(t, Options{})
	x := firstPassage(t, ws, "Norway")
	r := get(s, "/documents/"+x.DocID+"/source")
	if r.status != 200 || r.body != norwayText || !strings.HasPrefix(r.header.Get("Content-Type"), "text/plain") {
		t.Errorf("source: status %d, type %s", r.status, r.header.Get("Content-Type"))
	}
	if !strings.Contains(r.header.Get("Content-Security-Policy"), "sandbox") {
		t.Errorf("source without a sandbox")
	}
	for _, p := range []string{
		"/documents/..%2f..%2f..%2fetc%2fpasswd/source",
		"/documents/" + url.PathEscape("../../../../etc/passwd") + "/source",
		"/documents/" + x.DocID[:12] + "/source",
		"/documents/" + strings.Repeat("0", 64) + "/source",
		"/documents/%2fetc%2fpasswd/source",
		"/documents/norway.txt/source",
	} {
		if r := get(s, p); r.status == 200 || strings.Contains(r.body, "root:") {
			t.Errorf("%s: status %d", p, r.status)
		}
	}
	r = get(s, "/documents/../../etc/passwd/source")
	if r.status == 200 || strings.Contains(r.body, "root:") {
		t.Errorf("dot-dot path: status %d", r.status)
	}
}

func TestSegments(t *testing.T) {
	x := workspace.Excerpt{Text: "actual, rather than constructive, knowledge of it", Annotations: []corpus.Annotation{
		{Element: "knowledge.actual", Start: 0, End: 43, Polarity: corpus.Affirmed},
		{Element: "knowledge.constructive", Start: 20, End: 43, Polarity: corpus.Rejected},
	}}
	var got []string
	for _, s := range evidenceSegs(x, nil) {
		got = append(got, fmt.Sprintf("%s|%v|%v", s.Text, s.Evidence, s.Rejected))
	}
	want := []string{"actual, rather than |true|false", "constructive, knowledge|true|true", " of it|false|false"}
	if strings.Join(got, "/") != strings.Join(want, "/") {
		t.Errorf("evidence segments %q, want %q", got, want)
	}
	got = nil
	for _, s := range snippetSegs("…a <mark>due</mark> <mark>diligence</mark> <b>") {
		got = append(got, fmt.Sprintf("%s|%v", s.Text, s.Mark))
	}
	want = []string{"…a |false", "due|true", " |false", "diligence|true", " <b>|false"}
	if strings.Join(got, "/") != strings.Join(want, "/") {
		t.Errorf("snippet segments %q, want %q", got, want)
	}
}
