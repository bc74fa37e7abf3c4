package ingest

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// MaxFetchBytes is the largest source Fetch downloads.
const MaxFetchBytes = 64 << 20

// maxRedirects is how many redirects Fetch follows.
const maxRedirects = 10

// IsURL reports whether a source argument is a web address rather than a path.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")
}

// Fetcher downloads sources named by URL.
type Fetcher struct {
	Timeout time.Duration // for the whole download; 0 for none beyond ctx
	Limit   int64         // largest body accepted; 0 for MaxFetchBytes
	Client  *http.Client  // nil for a client of its own
}

var (
	titleRe     = lazyRegexp(`(?is)<title[^>]*>(.*?)</title>`)
	errorPageRe = lazyRegexp(`(?i)\b(404|403|410|500|503|not found|page not found|error|access denied|forbidden|unavailable)\b`)
)

// Download is a source downloaded by Fetcher.Get.
type Download struct {
	Data   []byte
	Format string // detected from the content, as Sniff does
	// ContentType is the server's Content-Type header, whose charset a web
	// page is read in (see HTML).
	ContentType string
}

// Fetch downloads source as Get does and returns its bytes and format.
func (f Fetcher) Fetch(ctx context.Context, source string) ([]byte, string, error) {
	d, err := f.Get(ctx, source)
	return d.Data, d.Format, err
}

// Get downloads source (a URL), following redirects, within the time and
// size limits, and returns its bytes, their format, detected from the
// content (a server's Content-Type is often wrong for documents), and the
// Content-Type. A status other than 200, or a page that is an error page
// under a 200, is an error.
func (f Fetcher) Get(ctx context.Context, source string) (Download, error) {
	if f.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, f.Timeout)
		defer cancel()
	}
	limit := f.Limit
	if limit <= 0 {
		limit = MaxFetchBytes
	}
	client := f.Client
	if client == nil {
		client = &http.Client{}
	}
	c := *client
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) >= maxRedirects {
			return fmt.Errorf("more than %d redirects", maxRedirects)
		}
		return nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, source, nil)
	if err != nil {
		return Download{}, fmt.Errorf("bad URL: %w", err)
	}
	req.Header.Set("User-Agent", "normdex (statement archive)")
	resp, err := c.Do(req)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return Download{}, fmt.Errorf("no answer within %s", f.Timeout)
		}
		return Download{}, fmt.Errorf("download: %w", unwrapURLError(err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return Download{}, fmt.Errorf("the server answered %s", resp.Status)
	}
	if resp.ContentLength > limit {
		return Download{}, fmt.Errorf("download of %d MB is larger than the limit of %d MB", resp.ContentLength>>20, limit>>20)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return Download{}, fmt.Errorf("download not finished within %s", f.Timeout)
		}
		return Download{}, fmt.Errorf("download: %w", err)
	}
	if int64(len(data)) > limit {
		return Download{}, fmt.Errorf("download larger than the limit of %d MB", limit>>20)
	}
	format := Sniff(data)
	if format == "" {
		return Download{}, fmt.Errorf("unknown kind of content (%s)", http.DetectContentType(data))
	}
	if format == "html" {
		head := data[:min(len(data), 8192)]
		if m := titleRe().FindSubmatch(head); m != nil && len(data) < 64<<10 {
			if t := collapseSpace(string(m[1])); errorPageRe().MatchString(t) {
				return Download{}, fmt.Errorf("the server sent an error page (%q)", t)
			}
		}
	}
	return Download{Data: data, Format: format, ContentType: resp.Header.Get("Content-Type")}, nil
}

// unwrapURLError drops the `Get "URL":` prefix of net/http's errors: the
// caller's message names the URL already.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// Sniff detects the format of a source from its bytes: "pdf", "docx",
// "odt", "html" or "txt", or "" when normdex does not read it.
func Sniff(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return "pdf"
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return ""
		}
		for _, f := range zr.File {
			switch f.Name {
			case "word/document.xml":
				return "docx"
			case "content.xml":
				return "odt"
			}
		}
		return ""
	}
	head := bytes.ToLower(data[:min(len(data), 1024)])
	if strings.HasPrefix(http.DetectContentType(data), "text/html") || bytes.Contains(head, []byte("<html")) {
		return "html"
	}
	if _, err := DecodeText(data); err == nil {
		return "txt"
	}
	return ""
}
