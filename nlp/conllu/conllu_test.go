package conllu

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad/nlp"
)

const sample = `# newdoc id = d1
# sent_id = s1
# text = They don't sleep, said the spokesman.
1	They	they	PRON	PRP	Case=Nom|Number=Plur	4	nsubj	4:nsubj	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	Mood=Ind	4	aux	4:aux	_
3	n't	not	PART	RB	_	4	advmod	4:advmod	_
4	sleep	sleep	VERB	VB	VerbForm=Inf	6	ccomp	6:ccomp	SpaceAfter=No
5	,	,	PUNCT	,	_	6	punct	6:punct	_
6	said	say	VERB	VBD	Tense=Past	0	root	0:root	_
6.1	said	say	VERB	VBD	_	_	_	6:conj	CopyOf=6
7	the	the	DET	DT	_	8	det	8:det	_
8	spokesman	spokesman	NOUN	NN	Number=Sing	6	nsubj	6:nsubj	SpaceAfter=No
9	.	.	PUNCT	.	_	6	punct	6:punct	_

# sent_id = s2
1	Hello	hello	INTJ	UH	_	0	root	0:root	SpaceAfter=No
2	!	!	PUNCT	.	_	1	punct	1:punct	_

`

func TestRoundTrip(t *testing.T) {
	sents, err := ReadAll(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	var buf bytes.Buffer
	w := NewWriter(&buf)
	for _, s := range sents {
		if err := w.Write(s); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if buf.String() != sample {
		t.Errorf("round trip differs:\n%s\nwant:\n%s", buf.String(), sample)
	}
}

func TestRoundTripEWT(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "data", "ud-english-ewt", "en_ewt-ud-dev.conllu")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("EWT not available (%v); skipping", err)
	}
	sents, err := ReadAll(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w := NewWriter(&buf)
	for _, s := range sents {
		w.Write(s)
	}
	w.Flush()
	if !bytes.Equal(buf.Bytes(), data) {
		a, b := buf.Bytes(), data
		i := 0
		for i < len(a) && i < len(b) && a[i] == b[i] {
			i++
		}
		t.Fatalf("EWT dev round trip differs at byte %d: %q vs %q", i, a[i:min(i+80, len(a))], b[i:min(i+80, len(b))])
	}
	// Every token's span must spell its form.
	d := ToDoc(sents)
	bad := 0
	for _, s := range d.Sentences {
		for _, tk := range s.Tokens {
			if d.Text[tk.Start:tk.End] != tk.Form {
				bad++
			}
		}
	}
	if bad > 50 {
		t.Errorf("%d tokens whose span does not spell the form", bad)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
	}{
		{"too few columns", "1\ta\tb\n", 1},
		{"bad id", "# c\nx\ta\t_\t_\t_\t_\t0\troot\t_\t_\n", 2},
		{"out of order", "1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n3\tb\t_\t_\t_\t_\t1\tdep\t_\t_\n", 2},
		{"bad head", "1\ta\t_\t_\t_\t_\tz\troot\t_\t_\n", 1},
		{"bad range", "1-x\ta\t_\t_\t_\t_\t_\t_\t_\t_\n", 1},
		{"bad empty", "1.x\ta\t_\t_\t_\t_\t_\t_\t_\t_\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadAll(strings.NewReader(tt.in))
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("got %v, want a SyntaxError", err)
			}
			if se.Line != tt.line {
				t.Errorf("error at line %d, want %d (%v)", se.Line, tt.line, err)
			}
			if !strings.Contains(err.Error(), "line") {
				t.Errorf("error %q does not name the line", err)
			}
		})
	}
}

func TestDocConversion(t *testing.T) {
	sents, err := ReadAll(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	d := ToDoc(sents)
	want := "They don't sleep, said the spokesman. Hello!"
	if d.Text != want {
		t.Fatalf("text %q, want %q", d.Text, want)
	}
	s := d.Sentences[0]
	if len(s.Tokens) != 9 {
		t.Fatalf("got %d tokens, want 9", len(s.Tokens))
	}
	tests := []struct {
		i     int
		span  string
		space bool
	}{
		{0, "They", true}, {1, "do", false}, {2, "n't", true}, {3, "sleep", false}, {4, ",", true}, {8, ".", true},
	}
	for _, tt := range tests {
		tk := s.Tokens[tt.i]
		if got := d.Text[tk.Start:tk.End]; got != tt.span || tk.SpaceAfter != tt.space {
			t.Errorf("token %d: span %q space %v, want %q %v", tt.i, got, tk.SpaceAfter, tt.span, tt.space)
		}
	}
	if s.Tokens[5].Head != 0 || s.Tokens[5].Rel != "root" || s.Tokens[5].Lemma != "say" {
		t.Errorf("token 6 = %+v", s.Tokens[5])
	}
	var buf bytes.Buffer
	if err := WriteDoc(&buf, d); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, frag := range []string{
		"# text = They don't sleep, said the spokesman.",
		"1\tThey\tthey\tPRON\tPRP\tCase=Nom|Number=Plur\t4\tnsubj\t_\tTokenRange=0:4\n",
		"5\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\tTokenRange=16:17\n",
		"2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\tTokenRange=43:44\n",
		"1\tHello\thello\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No|TokenRange=38:43\n",
	} {
		if !strings.Contains(out, frag) {
			t.Errorf("output lacks %q:\n%s", frag, out)
		}
	}
	back, err := ReadAll(strings.NewReader(out))
	if err != nil || len(back) != 2 {
		t.Fatalf("re-read: %v, %d sentences", err, len(back))
	}
}

func TestMisc(t *testing.T) {
	tests := []struct{ misc, key, val, want string }{
		{"_", "SpaceAfter", "No", "SpaceAfter=No"},
		{"SpaceAfter=No", "SpaceAfter", "", "_"},
		{"A=1|B=2", "A", "3", "B=2|A=3"},
	}
	for _, tt := range tests {
		if got := SetMisc(tt.misc, tt.key, tt.val); got != tt.want {
			t.Errorf("SetMisc(%q, %q, %q) = %q, want %q", tt.misc, tt.key, tt.val, got, tt.want)
		}
	}
	if v, ok := MiscValue("A=1|TokenRange=3:5", "TokenRange"); !ok || v != "3:5" {
		t.Errorf("MiscValue = %q %v", v, ok)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(sample)
	f.Add("1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n\n")
	f.Add("1-3\tx\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\t_\t_\t_\t_\t9\troot\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		rd := NewReader(strings.NewReader(in))
		for {
			s, err := rd.Read()
			if err != nil {
				if err != io.EOF {
					var se *SyntaxError
					if !errors.As(err, &se) && !strings.Contains(err.Error(), "line") {
						t.Fatalf("error without line: %v", err)
					}
				}
				return
			}
			var buf bytes.Buffer
			w := NewWriter(&buf)
			w.Write(s)
			w.Flush()
			d := ToDoc([]*Sentence{s})
			for _, tk := range d.Sentences[0].Tokens {
				if tk.Start < 0 || tk.End > len(d.Text) || tk.Start > tk.End {
					t.Fatalf("bad span %d:%d in %q", tk.Start, tk.End, d.Text)
				}
			}
			FromDoc(d)
		}
	})
}

func TestFromDocBadOffsets(t *testing.T) {
	d := &nlp.Doc{Text: "short", Sentences: []nlp.Sentence{{Start: 0, End: 99, Tokens: []nlp.Token{
		{Start: 3, End: 99, Form: "x", Head: 0, Rel: "root"},
		{Start: 3, End: 99, Form: "y", Head: 1, Rel: "dep"},
	}}}}
	var buf bytes.Buffer
	if err := WriteDoc(&buf, d); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadAll(&buf); err != nil {
		t.Fatal(err)
	}
}
