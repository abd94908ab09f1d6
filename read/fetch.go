package read

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"dyad"
)

// isURL reports whether an input names an http or https URL.
func isURL(s string) bool {
	ls := strings.ToLower(s)
	return strings.HasPrefix(ls, "http://") || strings.HasPrefix(ls, "https://")
}

// Expand turns inputs into the list that ReadInput takes: each folder is
// replaced by the files under it, walked recursively in lexical order with
// hidden files and folders (names starting with ".") skipped; files, "-"
// and URLs are kept as they are, in order. A path that does not exist is
// kept too, so that ReadInput reports it in its place. The errors are
// those met while walking folders.
func (r *Reader) Expand(inputs []string) ([]string, []error) {
	var (
		out  []string
		errs []error
	)
	for _, in := range inputs {
		if in == "-" || isURL(in) {
			out = append(out, in)
			continue
		}
		fi, err := os.Stat(in)
		if err != nil || !fi.IsDir() {
			out = append(out, in)
			continue
		}
		filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &Error{Input: p, Err: unwrapPathError(err)})
				return nil
			}
			if p != in && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			switch {
			case d.IsDir():
			case d.Type().IsRegular():
				out = append(out, p)
			case d.Type()&fs.ModeSymlink != 0:
				// A link to a file is read; links to folders are not
				// followed, so that a walk cannot loop.
				if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
					out = append(out, p)
				}
			}
			return nil
		})
	}
	return out, errs
}

// newClient returns the HTTP client of a Reader: a copy of base (or a new
// client) with the Reader's timeout and redirect limit where base has none.
func (r *Reader) newClient(base *http.Client) *http.Client {
	var c http.Client
	if base != nil {
		c = *base
	}
	if c.Timeout == 0 {
		c.Timeout = r.opts.Timeout
	}
	if c.CheckRedirect == nil {
		limit := r.opts.MaxRedirects
		c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
			if len(via) > limit {
				return fmt.Errorf("stopped after %d redirects", limit)
			}
			return nil
		}
	}
	return &c
}

// accept is the Accept header of HTTP requests.
const accept = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, " +
	"application/feed+json, application/x-ndjson, text/csv, text/plain;q=0.9, " +
	"application/xml;q=0.9, application/json;q=0.8, */*;q=0.5"

// readURL fetches an http(s) URL and reads the body in the format that its
// content type and content suggest.
func (r *Reader) readURL(ctx context.Context, rawURL string, yield func(dyad.Article, error) bool) {
	fail := func(err error) { yield(dyad.Article{}, &Error{Input: rawURL, Err: err}) }
	ctx, cancel := context.WithTimeout(ctx, r.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		fail(fmt.Errorf("invalid URL: %w", unwrapURLError(err)))
		return
	}
	req.Header.Set("User-Agent", r.opts.UserAgent)
	req.Header.Set("Accept", accept)
	resp, err := r.client.Do(req)
	if err != nil {
		fail(fmt.Errorf("fetch: %w", unwrapURLError(err)))
		return
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		fail(fmt.Errorf("fetch: HTTP %s", resp.Status))
		return
	}
	limit := r.opts.MaxInputBytes
	if resp.ContentLength > limit {
		fail(fmt.Errorf("body %w: %d bytes, over the cap of %d bytes", ErrTooLarge, resp.ContentLength, limit))
		return
	}
	final := rawURL
	if resp.Request != nil && resp.Request.URL != nil {
		final = resp.Request.URL.String()
	}
	urlPath := ""
	if resp.Request != nil && resp.Request.URL != nil {
		urlPath = resp.Request.URL.Path
	}
	h := hintFromContentType(resp.Header.Get("Content-Type"), urlPath)
	body := &capReader{r: resp.Body, left: limit}
	r.readStream(ctx, rawURL, final, body, h, yield)
}

// unwrapURLError drops the method and URL that *url.Error repeats.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// capReader reads at most left bytes and then fails with ErrTooLarge.
type capReader struct {
	r    io.Reader
	left int64
	read int64
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.left <= 0 {
		// Find out whether there is more.
		var b [1]byte
		n, err := c.r.Read(b[:])
		if n > 0 {
			return 0, fmt.Errorf("body %w: over the cap of %d bytes", ErrTooLarge, c.read)
		}
		return 0, err
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	c.read += int64(n)
	return n, err
}
