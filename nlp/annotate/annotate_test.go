package annotate

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"dyad/internal/cputime"
	"dyad/nlp"
	"dyad/nlp/conllu"
)

// benchText is invented news-like text: eight sentences of 25 or more
// tokens.
const benchText = `The foreign ministers of Norway and Chile met in Geneva on Tuesday to discuss a new framework for fishing rights in the southern Pacific, officials from both governments said in a joint statement.
According to the statement, the two delegations agreed to set up a working group that will report back to their parliaments before the end of the year.
Opposition leaders in Santiago criticised the talks, arguing that the government had failed to consult coastal communities whose livelihoods depend on the disputed waters.
A spokesman for the Norwegian embassy, who asked not to be named, told reporters that the negotiations had been "constructive" and that further meetings were planned for March.
Meanwhile, the United Nations envoy for maritime affairs warned that rising tensions over fishing quotas could undermine cooperation between coastal states across the region.
Last month, a Chilean patrol boat detained two foreign trawlers near the edge of the exclusive economic zone, prompting a formal protest from the countries where the vessels were registered.
The ministry of defence said on Wednesday that it would increase the number of patrols along the coast, although it did not give details of the deployment.
Analysts in Oslo expect the agreement to be signed by the prime ministers of both countries when they meet at a regional summit later this spring.
`

func newAnnotator(tb testing.TB) *Annotator {
	tb.Helper()
	a, err := New()
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

func TestAnnotate(t *testing.T) {
	a := newAnnotator(t)
	d := a.Annotate("Russia recognised the new government in Kabul on Thursday. No Western country has followed.")
	if len(d.Sentences) != 2 {
		t.Fatalf("got %d sentences, want 2", len(d.Sentences))
	}
	for _, s := range d.Sentences {
		roots := 0
		for i, tk := range s.Tokens {
			if tk.UPOS == "" || tk.XPOS == "" || tk.Lemma == "" || tk.Rel == "" {
				t.Errorf("token %d %q not annotated: %+v", i, tk.Form, tk)
			}
			if tk.Head < 0 || tk.Head > len(s.Tokens) || tk.Head == i+1 {
				t.Errorf("token %d %q: bad head %d", i, tk.Form, tk.Head)
			}
			if tk.Head == 0 {
				roots++
			}
			if d.Text[tk.Start:tk.End] != tk.Form {
				t.Errorf("token %q spans %q", tk.Form, d.Text[tk.Start:tk.End])
			}
		}
		if roots != 1 {
			t.Errorf("sentence has %d roots", roots)
		}
	}
	tests := []struct {
		form, upos, lemma string
		headForm, rel     string
	}{
		{"Russia", "PROPN", "Russia", "recognised", "nsubj"},
		{"government", "NOUN", "government", "recognised", "obj"},
		{"recognised", "VERB", "recognise", "", "root"},
	}
	s := d.Sentences[0]
	for _, tt := range tests {
		for _, tk := range s.Tokens {
			if tk.Form != tt.form {
				continue
			}
			head := ""
			if tk.Head > 0 {
				head = s.Tokens[tk.Head-1].Form
			}
			if tk.UPOS != tt.upos || tk.Lemma != tt.lemma || head != tt.headForm || tk.Rel != tt.rel {
				t.Errorf("%s: %s %s head %q %s, want %s %s head %q %s", tk.Form, tk.UPOS, tk.Lemma, head, tk.Rel,
					tt.upos, tt.lemma, tt.headForm, tt.rel)
			}
		}
	}
	if d := a.Annotate(""); len(d.Sentences) != 0 {
		t.Errorf("empty text gave %d sentences", len(d.Sentences))
	}
}

func TestConcurrent(t *testing.T) {
	a := newAnnotator(t)
	want := a.Annotate(benchText)
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 5 {
				got := a.Annotate(benchText)
				for i := range got.Sentences {
					for j, tk := range got.Sentences[i].Tokens {
						if tk != want.Sentences[i].Tokens[j] {
							errs <- fmt.Sprintf("sentence %d token %d differs: %+v vs %+v", i, j, tk, want.Sentences[i].Tokens[j])
							return
						}
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestEWTDev runs the embedded models on EWT dev with gold tokenisation
// and checks conservative floors.
func TestEWTDev(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	p := filepath.Join("..", "..", "..", "shared", "data", "ud-english-ewt", "en_ewt-ud-dev.conllu")
	f, err := os.Open(p)
	if err != nil {
		t.Skipf("UD English-EWT not found at %s; skipping", p)
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	gold := conllu.ToDoc(sents)
	sys := &nlp.Doc{Text: gold.Text, Sentences: make([]nlp.Sentence, len(gold.Sentences))}
	for i, s := range gold.Sentences {
		toks := make([]nlp.Token, len(s.Tokens))
		for j, tk := range s.Tokens {
			toks[j] = nlp.Token{Start: tk.Start, End: tk.End, Form: tk.Form, SpaceAfter: tk.SpaceAfter}
		}
		sys.Sentences[i] = nlp.Sentence{Start: s.Start, End: s.End, Tokens: toks}
	}
	a := newAnnotator(t)
	a.AnnotateDoc(sys)
	var n, upos, lemma, uas, las int
	for i, s := range gold.Sentences {
		for j, g := range s.Tokens {
			p := sys.Sentences[i].Tokens[j]
			n++
			if p.UPOS == g.UPOS {
				upos++
			}
			if p.Lemma == g.Lemma {
				lemma++
			}
			if p.Head == g.Head {
				uas++
				if p.Rel == g.Rel {
					las++
				}
			}
		}
	}
	pct := func(k int) float64 { return 100 * float64(k) / float64(n) }
	t.Logf("EWT dev, predicted tags: UPOS %.2f lemma %.2f UAS %.2f LAS %.2f", pct(upos), pct(lemma), pct(uas), pct(las))
	floors := []struct {
		name  string
		got   float64
		floor float64
	}{{"UPOS", pct(upos), 93.5}, {"lemma", pct(lemma), 95.5}, {"UAS", pct(uas), 80}, {"LAS", pct(las), 76}}
	for _, f := range floors {
		if f.got < f.floor {
			t.Errorf("%s %.2f below the floor %.1f", f.name, f.got, f.floor)
		}
	}
}

func ExampleAnnotator_Annotate() {
	a, err := New()
	if err != nil {
		fmt.Println(err)
		return
	}
	d := a.Annotate("The government recalled its ambassador.")
	for _, tk := range d.Sentences[0].Tokens {
		fmt.Println(tk.Form, tk.UPOS, tk.Lemma, tk.Head, tk.Rel)
	}
	// Output:
	// The DET the 2 det
	// government NOUN government 3 nsubj
	// recalled VERB recall 0 root
	// its PRON its 5 nmod:poss
	// ambassador NOUN ambassador 3 obj
	// . PUNCT . 3 punct
}

func BenchmarkAnnotate(b *testing.B) {
	a := newAnnotator(b)
	d := a.Annotate(benchText)
	sents, toks := len(d.Sentences), 0
	for _, s := range d.Sentences {
		toks += len(s.Tokens)
	}
	if toks < 25*sents {
		b.Fatalf("benchmark text has %d tokens in %d sentences, want >= 25 per sentence", toks, sents)
	}
	b.SetBytes(int64(len(benchText)))
	b.ResetTimer()
	start, cpu0 := time.Now(), cputime.Used()
	for b.Loop() {
		a.Annotate(benchText)
	}
	el := time.Since(start).Seconds()
	b.ReportMetric(float64(sents*b.N)/el, "sentences/s")
	b.ReportMetric(float64(toks*b.N)/el, "tokens/s")
	// On a shared machine wall time undercounts; CPU time gives the
	// throughput per core.
	if cpu := (cputime.Used() - cpu0).Seconds(); cpu > 0 {
		b.ReportMetric(float64(sents*b.N)/cpu, "sentences/cpu-s")
		b.ReportMetric(float64(toks*b.N)/cpu, "tokens/cpu-s")
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heapMB")
}

func BenchmarkAnnotateParallel(b *testing.B) {
	a := newAnnotator(b)
	d := a.Annotate(benchText)
	sents := len(d.Sentences)
	b.ResetTimer()
	start := time.Now()
	var n int64
	var mu sync.Mutex
	b.RunParallel(func(pb *testing.PB) {
		k := 0
		for pb.Next() {
			a.Annotate(benchText)
			k++
		}
		mu.Lock()
		n += int64(k)
		mu.Unlock()
	})
	b.ReportMetric(float64(int64(sents)*n)/time.Since(start).Seconds(), "sentences/s")
}

// BenchmarkNew measures loading the embedded models.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}
