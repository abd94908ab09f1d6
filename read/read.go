// Package read turns news files, folders, streams and web pages into
// dyad.Article values.
//
// A Reader reads inputs of these kinds:
//
//   - a file path, read by the reader for its format (see Formats);
//   - a folder, walked recursively in lexical order, skipping hidden
//     files and folders (names that start with "."); see Expand;
//   - "-", standard input;
//   - an http or https URL, fetched with a timeout, a body size cap, a
//     limit on redirects and a User-Agent that names dyad.
//
// # Formats
//
// The format of an input is chosen from its name (the file extension, or
// the Content-Type of an HTTP response) and from its first bytes: a clear
// signal in the content (a JSON object, an RSS or Atom root element, an
// HTML document, a CSV header naming a text column) wins over the name, so
// a .txt file that holds JSON lines, or a file with no extension, is still
// read correctly. Options.Format forces a format. Gzip-compressed input is
// decompressed first; UTF-16 with a byte order mark and the charset of an
// HTTP Content-Type or an HTML meta tag are decoded to UTF-8. All other
// input must be UTF-8.
//
//   - Text: one article. Header lines at the top (Title:, Date: or
//     Published:, URL:, Outlet: or Source:, ID:) set those fields. Then the
//     first line is the title if it looks like a headline: short, starting
//     with a capital letter or digit, not ending in a period, comma or
//     colon, and followed by a blank line (or a "# " Markdown heading).
//   - HTML: one article; go-trafilatura extracts the main text without
//     the boilerplate, the title and site name; the date comes from the
//     page's metadata, with its time zone.
//   - JSON lines: one object a line with the fields id, url, outlet,
//     published, title and text (text is required; any may be null; id may
//     be a number; published is a date string or unix seconds). Blank lines
//     are skipped and other fields ignored. A JSON array of such objects
//     is read too.
//   - CSV, separated by commas, tabs or semicolons: a header row naming
//     the same fields, in any order; other columns are ignored and text is
//     required. A bad row is an error; an unterminated quoted field runs
//     to the end of the input or the article cap, and ends the file.
//   - Feed: RSS, Atom or JSON Feed, one article an item, through gofeed:
//     the title, link, date, and the longer of description and content
//     with its HTML reduced to text; the outlet is the feed's title.
//
// Articles that name no date or outlet of their own get Options.Published
// and Options.Outlet. Dates are read by ParseDate.
//
// # Errors
//
// Reading never stops at bad input. Each input yields every good article it
// holds and an error for each bad part, such as a broken JSON line or CSV
// row; the other lines of the same file are still read. A record with a
// field that cannot be read (a date that does not parse, say) is an error,
// not an article. Errors are of type *Error and name the input with its
// line or byte offset:
//
//	articles.jsonl:17: invalid JSON: unexpected end of input
//	feed.xml: offset 4096: truncated feed: XML syntax error on line 80: unexpected EOF
//
// They wrap ErrEmpty, ErrBinary, ErrInvalidUTF8, ErrTooLarge, ErrNoText or
// ErrTruncated where those apply.
//
// Every article is returned with Finish called, so its Hash and ID are set,
// and with Origin naming where it was read from: "path:line" for JSON lines
// and CSV, "path#N" for the Nth item of a feed, the path or URL otherwise.
//
// # Concurrency
//
// A Reader is safe for concurrent use. To parse on all cores, call Expand
// once and then ReadInput for each input from several goroutines; each
// input's articles and errors come in a deterministic order.
package read

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/http"
	"os"
	"time"

	"dyad"
)

// Default limits used when the corresponding Options field is zero.
const (
	// DefaultMaxArticleBytes is the default size cap of one article.
	DefaultMaxArticleBytes = 10 << 20
	// DefaultMaxInputBytes is the default size cap of one fetched URL body
	// and of one document that must be parsed whole (an HTML page or a feed).
	DefaultMaxInputBytes = 64 << 20
	// DefaultTimeout is the default time limit of one HTTP fetch.
	DefaultTimeout = 30 * time.Second
	// DefaultMaxRedirects is the default number of HTTP redirects followed.
	DefaultMaxRedirects = 5
	// DefaultUserAgent is the User-Agent sent with HTTP requests.
	DefaultUserAgent = "dyad/0.1 (+https://example.invalid/dyad)"
)

// Options configures a Reader. The zero value is ready to use.
type Options struct {
	// Format, when set, forces the format of every input instead of
	// choosing it by name and content. It is one of the names in Formats.
	Format Format

	// Published is the publication time given to articles that carry none
	// of their own (no date field, header, feed date or page date).
	Published time.Time

	// Outlet is the outlet given to articles that name none of their own.
	Outlet string

	// MaxArticleBytes caps the size of one article: a text file, a JSON
	// line, a CSV record, a feed item or the text extracted from a page.
	// Zero means DefaultMaxArticleBytes.
	MaxArticleBytes int64

	// MaxInputBytes caps the bytes read from one URL and the size of a
	// document that is parsed whole (an HTML page or a feed). JSON lines
	// and CSV files are streamed and limited per article only.
	// Zero means DefaultMaxInputBytes.
	MaxInputBytes int64

	// HTTPClient is used for URLs. Nil means a client of the Reader's own.
	// The Reader does not modify it, but wraps a copy to enforce Timeout
	// and MaxRedirects when the client sets no timeout or redirect policy
	// of its own.
	HTTPClient *http.Client

	// Timeout bounds one HTTP fetch. Zero means DefaultTimeout.
	Timeout time.Duration

	// MaxRedirects is the number of HTTP redirects followed before a fetch
	// fails. Zero means DefaultMaxRedirects; a negative value follows none.
	MaxRedirects int

	// UserAgent is sent with HTTP requests. Empty means DefaultUserAgent.
	UserAgent string

	// Stdin is read for the input "-". Nil means os.Stdin.
	Stdin io.Reader
}

// A Reader reads articles from files, folders, standard input and URLs.
// Create one with New. A Reader is safe for concurrent use.
type Reader struct {
	opts   Options
	client *http.Client
}

// New returns a Reader configured by opts, with defaults filled in.
func New(opts Options) *Reader {
	if opts.MaxArticleBytes <= 0 {
		opts.MaxArticleBytes = DefaultMaxArticleBytes
	}
	if opts.MaxInputBytes <= 0 {
		opts.MaxInputBytes = DefaultMaxInputBytes
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxRedirects == 0 {
		opts.MaxRedirects = DefaultMaxRedirects
	} else if opts.MaxRedirects < 0 {
		opts.MaxRedirects = 0
	}
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	r := &Reader{opts: opts}
	r.client = r.newClient(opts.HTTPClient)
	return r
}

// Read reads every input in order (files, folders, "-" and URLs; see
// Expand) and calls fn with each article (and a nil error) or with each
// error (and a zero Article), in a deterministic order for each input.
// Errors in the inputs do not stop the reading; Read stops early only when
// fn returns an error, which Read then returns, or when ctx is done, in
// which case it returns ctx.Err().
func (r *Reader) Read(ctx context.Context, inputs []string, fn func(dyad.Article, error) error) error {
	files, errs := r.Expand(inputs)
	for _, err := range errs {
		if ferr := fn(dyad.Article{}, err); ferr != nil {
			return ferr
		}
	}
	for _, in := range files {
		for a, err := range r.ReadInput(ctx, in) {
			if ferr := fn(a, err); ferr != nil {
				return ferr
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// ReadInput returns the articles of one input: a file path, "-" or an
// http(s) URL. A folder yields one error; use Expand to walk folders
// first. Each pair holds either an article or an error (always an
// *Error); errors do not end the sequence, except when ctx is done, which
// yields ctx.Err() wrapped in an *Error and ends it.
func (r *Reader) ReadInput(ctx context.Context, input string) iter.Seq2[dyad.Article, error] {
	return func(yield func(dyad.Article, error) bool) {
		switch {
		case input == "-":
			r.readStream(ctx, stdinName, "", r.opts.Stdin, hint{}, yield)
		case isURL(input):
			r.readURL(ctx, input, yield)
		default:
			r.readFile(ctx, input, yield)
		}
	}
}

// ReadFrom returns the articles held in src. The name is used in Origin
// and in errors, and its extension, if any, is a hint for the format; the
// content decides when it is clear. ReadFrom does not close src.
func (r *Reader) ReadFrom(ctx context.Context, name string, src io.Reader) iter.Seq2[dyad.Article, error] {
	return func(yield func(dyad.Article, error) bool) {
		r.readStream(ctx, name, "", src, hintFromName(name), yield)
	}
}

// stdinName names standard input in errors and origins.
const stdinName = "<stdin>"

func (r *Reader) readFile(ctx context.Context, path string, yield func(dyad.Article, error) bool) {
	f, err := os.Open(path)
	if err != nil {
		yield(dyad.Article{}, &Error{Input: path, Err: unwrapPathError(err)})
		return
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		yield(dyad.Article{}, &Error{Input: path, Err: unwrapPathError(err)})
		return
	}
	if fi.IsDir() {
		yield(dyad.Article{}, &Error{Input: path, Err: errors.New("is a directory (use Expand to walk it)")})
		return
	}
	r.readStream(ctx, path, "", f, hintFromName(path), yield)
}

// unwrapPathError drops the path from a *fs.PathError, since *Error names
// the input already.
func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}
