// Package annotate runs dyad's whole linguistic pipeline: sentence
// splitting and tokenisation (nlp.Tokenize), part-of-speech tagging,
// lemmatisation and dependency parsing, with the models embedded in
// packages tag and parse.
package annotate

import (
	"errors"
	"fmt"
	"sync"

	"dyad/nlp"
	"dyad/nlp/parse"
	"dyad/nlp/tag"
)

// Annotator annotates text. It is safe for concurrent use by many
// goroutines.
type Annotator struct {
	tagger *tag.Tagger
	parser *parse.Parser
}

// New returns an Annotator with the embedded tagger and parser models,
// which it loads concurrently.
func New() (*Annotator, error) {
	var (
		t    *tag.Tagger
		terr error
		wg   sync.WaitGroup
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		t, terr = tag.Default()
	}()
	p, perr := parse.Default()
	wg.Wait()
	if err := errors.Join(terr, perr); err != nil {
		return nil, fmt.Errorf("annotate: %w", err)
	}
	return &Annotator{tagger: t, parser: p}, nil
}

// NewWith returns an Annotator using the given tagger and parser.
func NewWith(t *tag.Tagger, p *parse.Parser) *Annotator {
	return &Annotator{tagger: t, parser: p}
}

// Tagger returns the tagger of a.
func (a *Annotator) Tagger() *tag.Tagger { return a.tagger }

// Parser returns the parser of a.
func (a *Annotator) Parser() *parse.Parser { return a.parser }

// Annotate splits text into sentences and tokens and tags, lemmatises and
// parses them.
func (a *Annotator) Annotate(text string) *nlp.Doc {
	d := nlp.Tokenize(text)
	a.AnnotateDoc(d)
	return d
}

// AnnotateDoc tags, lemmatises and parses the tokens of d in place,
// overwriting any annotations they carry. Tokenisation and offsets are
// kept.
func (a *Annotator) AnnotateDoc(d *nlp.Doc) {
	for i := range d.Sentences {
		toks := d.Sentences[i].Tokens
		orig := truecase(toks)
		a.tagger.Tag(toks)
		if k := introEnd(toks); k > 0 {
			parseSplit(a.parser, toks, k)
		} else {
			a.parser.Parse(toks)
		}
		promoteVerb(toks)
		freeObject(toks)
		restoreForms(toks, orig)
	}
}
