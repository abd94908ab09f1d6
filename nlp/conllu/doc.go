package conllu

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"dyad/nlp"
)

// ToDoc converts sentences to a Doc. The text of each sentence is its
// "# text" comment or, failing that, its surface tokens joined according to
// SpaceAfter=No. Sentences are joined by a space, and by a blank line where
// a "# newpar" or "# newdoc" comment starts a new paragraph. Token offsets
// are found by aligning the surface forms with the text; the words of a
// multiword token share its span unless their forms concatenate to it.
// Empty nodes are dropped.
func ToDoc(sents []*Sentence) *nlp.Doc {
	var b strings.Builder
	d := &nlp.Doc{Sentences: make([]nlp.Sentence, 0, len(sents))}
	for i, s := range sents {
		if i > 0 {
			_, np := s.Comment("newpar")
			_, nd := s.Comment("newdoc")
			if !np {
				np = hasPrefixComment(s, "newpar")
			}
			if !nd {
				nd = hasPrefixComment(s, "newdoc")
			}
			if np || nd {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		text, ok := s.Text()
		if !ok {
			text = SurfaceText(s)
		}
		base := b.Len()
		b.WriteString(text)
		d.Sentences = append(d.Sentences, sentenceToNLP(s, text, base))
	}
	d.Text = b.String()
	return d
}

func hasPrefixComment(s *Sentence, key string) bool {
	for _, c := range s.Comments {
		if strings.HasPrefix(c, key) {
			return true
		}
	}
	return false
}

// SurfaceText returns the text of s rebuilt from its surface tokens and
// their SpaceAfter=No marks.
func SurfaceText(s *Sentence) string {
	var b strings.Builder
	forEachSurface(s, func(form, misc string, first, last int) {
		b.WriteString(form)
		if v, _ := MiscValue(misc, "SpaceAfter"); v != "No" {
			b.WriteByte(' ')
		}
	})
	return strings.TrimRightFunc(b.String(), unicode.IsSpace)
}

// forEachSurface calls f for each surface token of s: a multiword token or
// a word outside any multiword token. first and last are 0-based word
// indices.
func forEachSurface(s *Sentence, f func(form, misc string, first, last int)) {
	mi := 0
	for i := 0; i < len(s.Words); {
		for mi < len(s.Multi) && s.Multi[mi].First < i+1 {
			mi++
		}
		if mi < len(s.Multi) && s.Multi[mi].First == i+1 {
			m := s.Multi[mi]
			last := min(m.Last, len(s.Words)) - 1
			f(m.Form, m.Misc, i, last)
			i = last + 1
			mi++
			continue
		}
		f(s.Words[i].Form, s.Words[i].Misc, i, i)
		i++
	}
}

func sentenceToNLP(s *Sentence, text string, base int) nlp.Sentence {
	out := nlp.Sentence{Start: base, End: base + len(text), Tokens: make([]nlp.Token, len(s.Words))}
	cur := 0
	forEachSurface(s, func(form, misc string, first, last int) {
		for cur < len(text) {
			r, n := utf8.DecodeRuneInString(text[cur:])
			if !unicode.IsSpace(r) {
				break
			}
			cur += n
		}
		start := cur
		if strings.HasPrefix(text[cur:], form) {
			cur += len(form)
		} else if j := strings.Index(text[cur:], form); j >= 0 && j < 16+len(form) {
			start = cur + j
			cur = start + len(form)
		} else {
			cur = min(len(text), cur+len(form))
		}
		space := true
		if v, _ := MiscValue(misc, "SpaceAfter"); v == "No" {
			space = false
		}
		// Split the span among the words when their forms spell it out.
		concat := true
		if first != last {
			var sb strings.Builder
			for k := first; k <= last; k++ {
				sb.WriteString(s.Words[k].Form)
			}
			concat = sb.String() == form && cur-start == len(form)
		}
		off := start
		for k := first; k <= last; k++ {
			w := s.Words[k]
			t := nlp.Token{
				Start: base + start, End: base + cur,
				Form: w.Form, Lemma: clean(w.Lemma), UPOS: clean(w.UPOS), XPOS: clean(w.XPOS),
				Feats: w.Feats, Head: w.Head, Rel: clean(w.Rel),
			}
			if first != last && concat {
				t.Start, t.End = base+off, base+off+len(w.Form)
				off += len(w.Form)
			}
			if k == last {
				t.SpaceAfter = space
			}
			out.Tokens[k] = t
		}
	})
	return out
}

func clean(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

// FromDoc converts d to CoNLL-U sentences. Each sentence gets "# sent_id"
// and "# text" comments; each word gets TokenRange=start:end (byte offsets
// into d.Text, as UDPipe writes them) and SpaceAfter=No in MISC. Runs of
// tokens sharing one non-empty span become a multiword token.
func FromDoc(d *nlp.Doc) []*Sentence {
	out := make([]*Sentence, 0, len(d.Sentences))
	for si := range d.Sentences {
		sn := &d.Sentences[si]
		s := &Sentence{Words: make([]Word, len(sn.Tokens))}
		s.Comments = []string{
			"sent_id = " + strconv.Itoa(si+1),
			"text = " + oneLine(span(d.Text, sn.Start, sn.End)),
		}
		for i := 0; i < len(sn.Tokens); i++ {
			t := &sn.Tokens[i]
			j := i
			for j+1 < len(sn.Tokens) && sn.Tokens[j+1].Start == t.Start && sn.Tokens[j+1].End == t.End && t.End > t.Start {
				j++
			}
			if j > i {
				misc := "_"
				if !sn.Tokens[j].SpaceAfter {
					misc = SetMisc(misc, "SpaceAfter", "No")
				}
				misc = SetMisc(misc, "TokenRange", fmt.Sprintf("%d:%d", t.Start, t.End))
				s.Multi = append(s.Multi, MultiToken{First: i + 1, Last: j + 1, Form: span(d.Text, t.Start, t.End), Misc: misc})
				for k := i; k <= j; k++ {
					s.Words[k] = tokenWord(&sn.Tokens[k], k, "_")
				}
				i = j
				continue
			}
			misc := "_"
			if !t.SpaceAfter {
				misc = SetMisc(misc, "SpaceAfter", "No")
			}
			misc = SetMisc(misc, "TokenRange", fmt.Sprintf("%d:%d", t.Start, t.End))
			s.Words[i] = tokenWord(t, i, misc)
		}
		out = append(out, s)
	}
	return out
}

// span returns text[start:end], or "" when the offsets are out of range.
func span(text string, start, end int) string {
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	return text[start:end]
}

func tokenWord(t *nlp.Token, i int, misc string) Word {
	head := t.Head
	if head < 0 {
		head = -1
	}
	return Word{
		ID: i + 1, Form: t.Form, Lemma: t.Lemma, UPOS: t.UPOS, XPOS: t.XPOS,
		Feats: t.Feats, Head: head, Rel: t.Rel, Deps: "_", Misc: misc,
	}
}

func oneLine(s string) string {
	if strings.ContainsAny(s, "\r\n\t") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return s
}

// WriteDoc writes d to w as CoNLL-U (see FromDoc).
func WriteDoc(w io.Writer, d *nlp.Doc) error {
	cw := NewWriter(w)
	for _, s := range FromDoc(d) {
		if err := cw.Write(s); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// ReadFile reads a CoNLL-U file into a document (see ToDoc). Errors name
// the file.
func ReadFile(path string) (*nlp.Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ToDoc(sents), nil
}
