// Package nlp holds dyad's document model: a Doc split into Sentences of
// Tokens, each with byte offsets into the original text, and the
// annotations added by the tagger, lemmatiser and parser.
//
// A Doc is built once and then only read; it is safe for concurrent reads.
package nlp

// Token is one word or punctuation mark.
type Token struct {
	Start, End int    // byte offsets of the token in Doc.Text; Form may differ (e.g. normalised quotes)
	Form       string // the token as the parser sees it
	Lemma      string
	UPOS       string // Universal POS tag
	XPOS       string // Penn Treebank tag
	Feats      string // UD morphological features, "_" or "" when absent
	Head       int    // 1-based index of the head token in the sentence; 0 is the root; -1 when unparsed
	Rel        string // UD relation to the head, with subtype, e.g. nsubj:pass
	SpaceAfter bool   // whether white space follows the token in the text
}

// Sentence is a run of tokens. Token i has ID i+1 in CoNLL-U terms.
type Sentence struct {
	Start, End int // byte offsets of the sentence in Doc.Text
	Tokens     []Token
}

// Doc is an annotated text.
type Doc struct {
	Text      string
	Sentences []Sentence
}

// SentenceText returns the text of sentence s of d.
func (d *Doc) SentenceText(s int) string {
	sn := d.Sentences[s]
	return d.Text[sn.Start:sn.End]
}
