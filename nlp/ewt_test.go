package nlp

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// ewtDir locates UD English-EWT at ../shared/data/ud-english-ewt relative to
// the module root, or returns "".
func ewtDir(t testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
	ewt := filepath.Join(dir, "..", "shared", "data", "ud-english-ewt")
	if _, err := os.Stat(ewt); err != nil {
		return ""
	}
	return ewt
}

// goldText is the raw text of a treebank with gold word and sentence spans.
type goldText struct {
	text      string
	words     map[[2]int]bool
	sentences map[[2]int]bool
}

// readGold rebuilds the raw text of a CoNLL-U file: the sentences of a
// paragraph joined by a space, paragraphs by a line break, documents by a
// blank line. Word spans come from the token lines; the words of a
// multi-word token share out its span (their forms concatenate to it in
// EWT).
func readGold(t testing.TB, path string) *goldText {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g := &goldText{words: map[[2]int]bool{}, sentences: map[[2]int]bool{}}
	var b strings.Builder
	var sentText string
	var sentStart, pos int // pos: offset in the sentence text
	mwtEnd := 0            // last word ID covered by the current multi-word token
	var mwtPos int         // offset of the next word inside the multi-word token
	sep := ""
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# newdoc"):
			if b.Len() > 0 {
				sep = "\n\n"
			}
		case strings.HasPrefix(line, "# newpar"):
			if b.Len() > 0 && sep != "\n\n" {
				sep = "\n"
			}
		case strings.HasPrefix(line, "# text = "):
			sentText = strings.TrimPrefix(line, "# text = ")
			if b.Len() > 0 && sep == "" {
				sep = " "
			}
			b.WriteString(sep)
			sep = ""
			sentStart = b.Len()
			b.WriteString(sentText)
			g.sentences[[2]int{sentStart, sentStart + len(sentText)}] = true
			pos, mwtEnd = 0, 0
		case line == "" || line[0] == '#':
		default:
			cols := strings.Split(line, "\t")
			if len(cols) < 10 || strings.Contains(cols[0], ".") {
				continue
			}
			form := cols[1]
			if i := strings.IndexByte(cols[0], '-'); i >= 0 {
				pos = skipSpace(sentText, pos)
				mwtPos = pos
				pos += len(form)
				mwtEnd = ewtAtoi(cols[0][i+1:])
				continue
			}
			if ewtAtoi(cols[0]) <= mwtEnd {
				s := sentStart + mwtPos
				g.words[[2]int{s, s + len(form)}] = true
				mwtPos += len(form)
				continue
			}
			pos = skipSpace(sentText, pos)
			if !strings.HasPrefix(sentText[pos:], form) {
				t.Fatalf("%s: form %q not found in %q at %d", path, form, sentText, pos)
			}
			s := sentStart + pos
			g.words[[2]int{s, s + len(form)}] = true
			pos += len(form)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	g.text = b.String()
	return g
}

// skipSpace returns the offset of the first non-space character of s at or
// after i.
func skipSpace(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

func ewtAtoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// spanF1 returns precision, recall and F1 of predicted against gold spans.
func spanF1(pred []([2]int), gold map[[2]int]bool) (p, r, f float64) {
	hit := 0
	for _, s := range pred {
		if gold[s] {
			hit++
		}
	}
	if len(pred) == 0 || len(gold) == 0 {
		return 0, 0, 0
	}
	p = float64(hit) / float64(len(pred))
	r = float64(hit) / float64(len(gold))
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// TestEWT measures token (syntactic word) and sentence F1 on the raw text
// of the UD English-EWT dev and test sets. Spans must match exactly, as in
// the CoNLL 2018 shared task.
func TestEWT(t *testing.T) {
	dir := ewtDir(t)
	if dir == "" {
		t.Skip("UD English-EWT not found at ../shared/data/ud-english-ewt from the module root; skipping")
	}
	for _, name := range []string{"dev", "test"} {
		g := readGold(t, filepath.Join(dir, "en_ewt-ud-"+name+".conllu"))
		d := Tokenize(g.text)
		var words, sents [][2]int
		for _, s := range d.Sentences {
			sents = append(sents, [2]int{s.Start, s.End})
			for _, tok := range s.Tokens {
				words = append(words, [2]int{tok.Start, tok.End})
			}
		}
		wp, wr, wf := spanF1(words, g.words)
		sp, sr, sf := spanF1(sents, g.sentences)
		t.Logf("EWT %s: tokens P %.4f R %.4f F1 %.4f; sentences P %.4f R %.4f F1 %.4f (%d gold sentences, %d found)",
			name, wp, wr, wf, sp, sr, sf, len(g.sentences), len(sents))
		if wf < 0.97 {
			t.Errorf("EWT %s: token F1 %.4f < 0.97", name, wf)
		}
		if sf < 0.70 {
			t.Errorf("EWT %s: sentence F1 %.4f < 0.70", name, sf)
		}
	}
}
