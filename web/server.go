// Package web is normdex's browser front end (normdex serve): search with
// facets, passages in their documents, documents, the position map, the
// codebook, exports and, when allowed, uploads. Every page is built from
// what the workspace and export packages compute, the same as the command
// line shows.
//
// Passages come from untrusted files and one server may be shared by a
// team: the server escapes all text (html/template), forbids inline
// scripts and framing, asks a token of every request when it is not
// reachable from this machine only, checks a CSRF token on every POST,
// limits uploads, serves only the source files of stored documents, and
// writes nothing unless it was started to.
package web

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/workspace"
)

// DefaultMaxUpload is the upload size limit (all files of one form).
const DefaultMaxUpload = 64 << 20

// Options say what a server allows.
type Options struct {
	// Write allows uploads; the workspace must be open for writing.
	Write bool
	// Token, when set, is asked of every request: ?token= once (a cookie
	// keeps it), or an Authorization: Bearer header.
	Token string
	// MaxUpload limits the bytes of one upload; DefaultMaxUpload when 0.
	MaxUpload int64
	// Reviewer names the decisions made through the server;
	// workspace.DefaultReviewer() when empty.
	Reviewer string
	// Ingest are the options of uploads' ingests (OCR, workers, timeout);
	// their metadata comes from the upload form.
	Ingest workspace.IngestOptions
}

// Server serves one open workspace.
type Server struct {
	ws   *workspace.Workspace
	opt  Options
	csrf string
	tmpl map[string]*template.Template
	mux  *http.ServeMux

	// The workspace's codebook, read once: its elements by dimension,
	// their labels, and the element IDs a filter may name.
	cb       *workspace.Codebook
	elements []workspace.ElementInfo
	labels   map[string]string
	known    []string
	// mem holds the passages for the pages that read them all.
	mem *workspace.Memory

	mu      sync.Mutex // guards uploads
	uploads map[string]*upload
	// ingesting lets one upload ingest at a time: the workspace has one
	// writer.
	ingesting sync.Mutex
	// wg waits for uploads under way (see Close).
	wg     sync.WaitGroup
	ctx    context.Context
	cancel context.CancelFunc
}

// New makes a server for ws, which it does not close.
func New(ws *workspace.Workspace, opt Options) (*Server, error) {
	if opt.MaxUpload <= 0 {
		opt.MaxUpload = DefaultMaxUpload
	}
	if opt.Reviewer == "" {
		opt.Reviewer = workspace.DefaultReviewer()
	}
	tmpl, err := parseTemplates()
	if err != nil {
		return nil, err
	}
	s := &Server{ws: ws, opt: opt, csrf: randomToken(), tmpl: tmpl, uploads: map[string]*upload{}, labels: map[string]string{}}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	ctx := context.Background()
	if s.cb, err = ws.Codebook(ctx, nil, false); err != nil {
		return nil, err
	}
	s.elements = s.cb.Elements()
	for _, e := range s.elements {
		s.labels[e.ID] = e.Label
		s.known = append(s.known, e.ID)
	}
	// The passages are read into memory now, while the server starts,
	// rather than by the first visit to the map.
	s.mem = workspace.NewMemory(ws)
	s.wg.Go(func() {
		// The first page most visit, the map and the search of
		// everything, are made ready too: the search reads the index's
		// facet column.
		if s.mem.Load(s.ctx) == nil {
			s.mem.Matrix(s.ctx, corpus.Filter{}, workspace.MatrixOptions{Codebook: s.cb})
		}
		s.ws.Search(s.ctx, workspace.Query{Size: pageSize, Facets: true, Documents: true})
	})
	s.routes()
	return s, nil
}

// Close stops the uploads under way once their current file is committed,
// and waits for them.
func (s *Server) Close() {
	s.cancel()
	s.wg.Wait()
}

// RandomToken returns a new random token (for --token when none is given).
func RandomToken() string { return randomToken() }

func randomToken() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// IsLoopback reports whether addr (host:port) listens on this machine only.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func (s *Server) routes() {
	m := http.NewServeMux()
	m.Handle("GET /static/", http.FileServerFS(staticFS))
	m.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/search", http.StatusFound)
	})
	m.HandleFunc("GET /search", s.search)
	m.HandleFunc("GET /api/search", s.apiSearch)
	m.HandleFunc("GET /passages/{id}", s.passage)
	m.HandleFunc("GET /documents", s.documents)
	m.HandleFunc("GET /documents/{id}", s.document)
	m.HandleFunc("GET /documents/{id}/source", s.source)
	m.HandleFunc("GET /matrix", s.matrix)
	m.HandleFunc("GET /matrix/cell", s.matrixCell)
	m.HandleFunc("GET /matrix/state", s.matrixState)
	m.HandleFunc("GET /codebook", s.codebook)
	m.HandleFunc("GET /export", s.export)
	m.HandleFunc("GET /agree", s.agree)
	if s.opt.Write {
		m.HandleFunc("POST /passages/{id}/review", s.decide)
		m.HandleFunc("POST /decisions/{id}/undo", s.undo)
		m.HandleFunc("GET /review", s.queue)
		m.HandleFunc("GET /upload", s.uploadForm)
		m.HandleFunc("POST /upload", s.uploadPost)
		m.HandleFunc("GET /uploads/{id}", s.uploadPage)
		m.HandleFunc("GET /api/uploads/{id}", s.uploadStatus)
	}
	s.mux = m
}

// ServeHTTP applies the security headers and checks, then routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	// No inline script or style: text from a PDF can never run.
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "+
		"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	// same-origin, not no-referrer: with no-referrer, browsers send "Origin: null"
	// on a form's POST, which the CSRF check must refuse.
	h.Set("Referrer-Policy", "same-origin")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	if s.opt.Token == "" && !loopbackHost(r.Host) {
		// Without a token only this machine may ask, under a name of this
		// machine: a web page cannot rebind its own name to 127.0.0.1
		// and read the workspace.
		http.Error(w, "forbidden: this server answers on localhost only", http.StatusForbidden)
		return
	}
	if s.opt.Token != "" && !s.authorized(w, r) {
		return
	}
	if r.Method == http.MethodPost {
		switch s.csrfOK(w, r) {
		case http.StatusForbidden:
			http.Error(w, "forbidden: missing or bad CSRF token; reload the page and try again", http.StatusForbidden)
			return
		case http.StatusRequestEntityTooLarge:
			http.Error(w, fmt.Sprintf("upload too large: at most %d MB at once", s.opt.MaxUpload>>20), http.StatusRequestEntityTooLarge)
			return
		}
		if r.MultipartForm != nil {
			defer r.MultipartForm.RemoveAll()
		}
	}
	s.mux.ServeHTTP(w, r)
}

const tokenCookie = "normdex_token"

// authorized checks the token of a request: a ?token= is taken once and
// kept in a cookie (the address bar then drops it), else the cookie or a
// Bearer header must carry it.
func (s *Server) authorized(w http.ResponseWriter, r *http.Request) bool {
	if t := r.URL.Query().Get("token"); t != "" && r.Method == http.MethodGet {
		if !equal(t, s.opt.Token) {
			http.Error(w, "unauthorized: wrong token", http.StatusUnauthorized)
			return false
		}
		http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: t, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
		u := *r.URL
		q := u.Query()
		q.Del("token")
		u.RawQuery = q.Encode()
		http.Redirect(w, r, u.RequestURI(), http.StatusSeeOther)
		return false
	}
	if c, err := r.Cookie(tokenCookie); err == nil && equal(c.Value, s.opt.Token) {
		return true
	}
	if b, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok && equal(strings.TrimSpace(b), s.opt.Token) {
		return true
	}
	w.Header().Set("WWW-Authenticate", `Bearer realm="normdex"`)
	http.Error(w, "unauthorized: open the address with ?token=… that normdex serve printed", http.StatusUnauthorized)
	return false
}

// csrfOK checks the CSRF token of a POST (a form field or a header) and,
// when the browser says where the request comes from, that it comes from
// this server. The body is read within the upload limit.
func (s *Server) csrfOK(w http.ResponseWriter, r *http.Request) (status int) {
	if o := r.Header.Get("Origin"); o != "" {
		u, err := url.Parse(o)
		if err != nil || u.Host != r.Host {
			return http.StatusForbidden
		}
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.opt.MaxUpload)
	t := r.Header.Get("X-CSRF-Token")
	if t == "" {
		var err error
		if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/form-data") {
			err = r.ParseMultipartForm(8 << 20)
		} else {
			err = r.ParseForm()
		}
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return http.StatusRequestEntityTooLarge
		}
		t = r.PostFormValue("csrf")
	}
	if !equal(t, s.csrf) {
		return http.StatusForbidden
	}
	return 0
}

func equal(a, b string) bool { return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 }

// loopbackHost reports whether a Host header names this machine.
func loopbackHost(host string) bool {
	h := host
	if hh, _, err := net.SplitHostPort(host); err == nil {
		h = hh
	}
	h = strings.Trim(h, "[]")
	if h == "localhost" {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && ip.IsLoopback()
}

// errPage maps an error to a status and a page.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, err error) {
	if errors.Is(err, context.Canceled) {
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	s.tmpl["error"].ExecuteTemplate(w, "layout", s.page(r, "Error", struct {
		Status int
		Text   string
		Err    string
	}{status, http.StatusText(status), err.Error()}))
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request, what string) {
	s.fail(w, r, http.StatusNotFound, fmt.Errorf("%s not found", what))
}
