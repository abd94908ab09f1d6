// Package pipeline joins dyad's linguistic annotation and event coder into
// a dyad.Coder: article text in, coded events out.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"time"

	"dyad"
	"dyad/coder"
	"dyad/nlp"
	"dyad/nlp/annotate"
	"dyad/nlp/tag"
	"dyad/setting"
	"dyad/timex"
)

// Annotator turns text into a tagged and parsed document.
// *annotate.Annotator is one.
type Annotator interface {
	Annotate(text string) *nlp.Doc
}

// Options choose which events Code returns.
type Options struct {
	// Domestic keeps events whose source and target are of the same
	// country (or whose country is unknown). By default only international
	// events are kept: between different states, or with an IGO.
	Domestic bool
}

// Pipeline is a dyad.Coder: it annotates an article's text and codes it.
// It is safe for concurrent use when its Annotator is.
type Pipeline struct {
	ann  Annotator
	c    *coder.Coder
	set  *setting.Setter
	opts Options
}

// New returns a pipeline over an annotator and a coder.
func New(a Annotator, c *coder.Coder, opts Options) *Pipeline {
	return &Pipeline{ann: a, c: c, set: setting.New(nil), opts: opts}
}

// Code codes the article's text. Events carry the article's ID, a stable
// event ID, and every modality (callers filter on Event.Modality).
func (p *Pipeline) Code(ctx context.Context, a dyad.Article) ([]dyad.Event, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	doc := p.ann.Annotate(a.Text)
	// Without a publication date, the latest full date the article names
	// stands in as the reference for its relative expressions.
	ref := a
	if ref.Published.IsZero() {
		ref.Published = latestDate(a.Text)
	}
	evs := p.c.CodeDoc(doc, ref.Published)
	out := evs[:0]
	for i := range evs {
		e := &evs[i]
		if !p.opts.Domestic && !coder.International(e) {
			continue
		}
		out = append(out, *e)
	}
	// Date (where the clause gave none), place and sources.
	p.set.Set(ref, doc, out)
	for i := range out {
		if a.Published.IsZero() && out[i].DatePrecision == dyad.PrecisionPublished {
			out[i].Date, out[i].DatePrecision = "", "" // the stand-in is no publication date
		}
		out[i].ArticleID = a.ID
		out[i].ID = dyad.EventID(&out[i])
	}
	return out, nil
}

// latestDate returns the latest day with a year that text names, or the
// zero time.
func latestDate(text string) time.Time {
	var latest time.Time
	for _, x := range timex.Find(text, time.Time{}) {
		if x.Precision == timex.Day && x.Date.After(latest) {
			latest = x.Date
		}
	}
	return latest
}

// Coder returns the pipeline's event coder.
func (p *Pipeline) Coder() *coder.Coder { return p.c }

// DefaultAnnotator returns the embedded annotator (tagger and parser). If
// the parser model is not available it falls back to the tagger alone, and
// then to the tokeniser alone; the coder then works without a parse, as
// TABARI did. The note says what was degraded, or is "".
func DefaultAnnotator() (Annotator, string) {
	a, err := annotate.New()
	if err == nil {
		return a, ""
	}
	t, terr := tag.Default()
	if terr == nil {
		return tagOnly{t}, fmt.Sprintf("no dependency parser (%v): coding from tagged text only", err)
	}
	return tokensOnly{}, fmt.Sprintf("no tagger or parser (%v): coding from tokens only", errors.Join(err, terr))
}

// Default returns the pipeline with the embedded models and dictionaries.
func Default(opts Options) (*Pipeline, string, error) {
	c, err := coder.Default()
	if err != nil {
		return nil, "", err
	}
	a, note := DefaultAnnotator()
	return New(a, c, opts), note, nil
}

type tagOnly struct{ t *tag.Tagger }

func (a tagOnly) Annotate(text string) *nlp.Doc {
	d := nlp.Tokenize(text)
	for i := range d.Sentences {
		toks := d.Sentences[i].Tokens
		a.t.Tag(toks)
		unparse(toks)
	}
	return d
}

type tokensOnly struct{}

func (tokensOnly) Annotate(text string) *nlp.Doc {
	d := nlp.Tokenize(text)
	for i := range d.Sentences {
		unparse(d.Sentences[i].Tokens)
	}
	return d
}

func unparse(toks []nlp.Token) {
	for i := range toks {
		toks[i].Head, toks[i].Rel = -1, ""
	}
}
