package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/workspace"
)

// upload is one form of files being ingested.
type upload struct {
	ID       string       `json:"id"`
	Done     int          `json:"done"`
	Total    int          `json:"total"`
	Finished bool         `json:"finished"`
	Error    string       `json:"error,omitempty"`
	Files    []uploadFile `json:"files"`
}

// uploadFile is what became of one file.
type uploadFile struct {
	Name     string `json:"name"`
	Status   string `json:"status"` // ingested, replaced, updated, unchanged, failed, waiting
	Message  string `json:"message,omitempty"`
	DocID    string `json:"doc_id,omitempty"`
	Passages int    `json:"passages"`
}

type uploadData struct {
	Err   string
	State string
	Date  string
	Title string
	Max   int64
}

func (s *Server) uploadForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, "upload", "Upload", uploadData{Max: s.opt.MaxUpload >> 20})
}

// uploadPost keeps the files of the form in the workspace (uploads/…, so
// that their source stays available) and ingests them in the background;
// the browser is sent to a page that shows the progress.
func (s *Server) uploadPost(w http.ResponseWriter, r *http.Request) {
	form := uploadData{State: r.PostFormValue("state"), Date: r.PostFormValue("date"), Title: r.PostFormValue("title"), Max: s.opt.MaxUpload >> 20}
	bad := func(err error) {
		form.Err = err.Error()
		w.WriteHeader(http.StatusBadRequest)
		s.render(w, r, "upload", "Upload", form)
	}
	meta, err := workspace.FormMeta(form.State, form.Date, form.Title)
	if err != nil {
		bad(err)
		return
	}
	var files []*multipart.FileHeader
	if r.MultipartForm != nil {
		files = r.MultipartForm.File["files"]
	}
	if len(files) == 0 {
		bad(errors.New("no file chosen"))
		return
	}
	for _, fh := range files {
		if !workspace.Readable(fh.Filename) {
			bad(fmt.Errorf("%s: not a kind normdex reads (PDF, DOCX, ODT, HTML, TXT, Markdown)", safeName(fh.Filename)))
			return
		}
	}
	id := time.Now().UTC().Format("20060102-150405") + "-" + randomToken()[:8]
	dir := filepath.Join(s.ws.Dir(), "uploads", id)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		s.fail(w, r, http.StatusInternalServerError, fmt.Errorf("upload: %w", err))
		return
	}
	up := &upload{ID: id, Total: len(files)}
	var paths []string
	for _, fh := range files {
		name := safeName(fh.Filename)
		path := filepath.Join(dir, name)
		if err := saveUpload(fh, path); err != nil {
			os.RemoveAll(dir)
			s.fail(w, r, http.StatusInternalServerError, fmt.Errorf("upload %s: %w", name, err))
			return
		}
		paths = append(paths, path)
		up.Files = append(up.Files, uploadFile{Name: name, Status: "waiting"})
	}
	s.mu.Lock()
	s.uploads[id] = up
	s.mu.Unlock()

	opt := s.opt.Ingest
	opt.Meta = meta
	opt.Progress = func(p workspace.Progress) {
		s.mu.Lock()
		defer s.mu.Unlock()
		up.Done = p.Done
		name := filepath.Base(p.File.Path)
		for i := range up.Files {
			if up.Files[i].Name == name {
				up.Files[i] = fileResult(name, p.File)
			}
		}
	}
	s.wg.Go(func() {
		s.ingesting.Lock()
		defer s.ingesting.Unlock()
		rep, err := s.ws.Ingest(s.ctx, paths, opt)
		s.mu.Lock()
		defer s.mu.Unlock()
		up.Finished = true
		if err != nil {
			up.Error = workspace.OneLine(err)
		}
		if rep == nil {
			return
		}
		// Copies among the files uploaded together are settled at the end.
		for _, c := range rep.Copies {
			for i := range up.Files {
				if f := &up.Files[i]; f.Name == filepath.Base(c.Path) {
					f.Message = strings.TrimPrefix(f.Message+"; "+c.Note, "; ")
				}
			}
		}
	})
	http.Redirect(w, r, "/uploads/"+id, http.StatusSeeOther)
}

func fileResult(name string, r workspace.FileResult) uploadFile {
	f := uploadFile{Name: name, Status: string(r.Result), DocID: r.Doc.ID, Passages: r.Passages}
	switch {
	case r.Err != nil:
		f.Status, f.Message, f.DocID = "failed", workspace.OneLine(r.Err), ""
	case len(r.Notes) > 0:
		f.Message = strings.Join(r.Notes, "; ")
	case r.Duplicate != "":
		f.Message = r.Duplicate
	case r.Result == corpus.Updated:
		parts := make([]string, len(r.Changes))
		for i, c := range r.Changes {
			parts[i] = c.String()
		}
		f.Message = strings.Join(parts, ", ")
	}
	return f
}

// safeName is a file name of the form made safe to keep: its base name
// only, without control or path characters.
func safeName(name string) string {
	name = filepath.Base(strings.ReplaceAll(name, `\`, "/"))
	name = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '/' || r == ':' {
			return '_'
		}
		return r
	}, name)
	name = strings.TrimLeft(name, ".")
	if name == "" {
		name = "upload"
	}
	if len(name) > 200 {
		ext := filepath.Ext(name)
		name = name[:200-len(ext)] + ext
	}
	return name
}

func saveUpload(fh *multipart.FileHeader, path string) error {
	in, err := fh.Open()
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

func (s *Server) lookupUpload(id string) (upload, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	up, ok := s.uploads[id]
	if !ok {
		return upload{}, false
	}
	cp := *up
	cp.Files = append([]uploadFile(nil), up.Files...)
	return cp, true
}

func (s *Server) uploadPage(w http.ResponseWriter, r *http.Request) {
	up, ok := s.lookupUpload(r.PathValue("id"))
	if !ok {
		s.notFound(w, r, "upload "+r.PathValue("id"))
		return
	}
	s.render(w, r, "progress", "Upload", up)
}

func (s *Server) uploadStatus(w http.ResponseWriter, r *http.Request) {
	up, ok := s.lookupUpload(r.PathValue("id"))
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if !ok {
		w.WriteHeader(http.StatusNotFound)
		json.NewEncoder(w).Encode(map[string]string{"error": "no such upload"})
		return
	}
	json.NewEncoder(w).Encode(up)
}
