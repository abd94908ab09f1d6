package pipeline

import (
	"context"
	"runtime"
	"testing"
	"time"

	"dyad"
	"dyad/internal/cputime"
)

// newsText is an invented wire story about relations between states: ten
// sentences of 25 tokens or more, with events, dates, places and sources.
const newsText = `Mongolia formally recognised the government of Moldova on Wednesday, the foreign ministry in Ulaanbaatar said in a statement, becoming the third Asian state to do so since the elections in Chisinau last spring.
According to the statement, the Mongolian ambassador to Russia handed a letter from President Khurelsukh to his Moldovan counterpart during a short ceremony at the embassy in Moscow on Tuesday evening.
Moldova's foreign minister welcomed the decision as a brave step and said that his government hoped other countries in the region would soon establish full diplomatic relations with Chisinau.
No member of the European Union has yet extended formal recognition, and officials in Brussels said on Thursday that it remains to be seen whether any government will follow the Mongolian example.
The Kazakh government, which has long kept close ties with both capitals, said it would study the matter carefully but declined to comment on the timing of any decision of its own.
Earlier this month, Russia accused the Moldovan authorities of harassing Russian-speaking journalists and threatened to expel two Moldovan diplomats from Moscow if the detentions continued.
Chinese Foreign Minister Wang Yi met his Mongolian counterpart in Beijing on Monday to discuss trade, energy and the planned railway link, according to a report by the state news agency Xinhua.
The two ministers signed an agreement on customs cooperation and pledged to double the volume of trade between the two countries by the end of the decade, Xinhua reported.
Ukraine condemned the recognition as a cynical move and summoned the Mongolian charge d'affaires in Kyiv to explain the decision, the Ukrainian foreign ministry said late on Wednesday.
Analysts in Ulaanbaatar said the government was unlikely to change course, although the opposition has demanded a debate in parliament on the consequences for relations with Washington and Brussels.`

// BenchmarkCodeNews measures dyad code end to end on news-like text:
// splitting, tokenising, tagging, parsing, coding, and setting dates,
// places and sources. It reports sentences and tokens per second, and per
// CPU second, which is the throughput per core on a busy machine.
func BenchmarkCodeNews(b *testing.B) {
	p, note, err := Default(Options{})
	if err != nil {
		b.Fatal(err)
	}
	if note != "" {
		b.Skipf("skipping: %s", note)
	}
	a := dyad.Article{ID: "bench", Published: time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC), Text: newsText}
	d := p.ann.Annotate(newsText)
	sents, toks := len(d.Sentences), 0
	for _, s := range d.Sentences {
		toks += len(s.Tokens)
	}
	if toks < 25*sents {
		b.Fatalf("benchmark text has %d tokens in %d sentences, want >= 25 per sentence", toks, sents)
	}
	evs, err := p.Code(context.Background(), a)
	if err != nil || len(evs) < 5 {
		b.Fatalf("benchmark text gives %d events (%v), want at least 5", len(evs), err)
	}
	b.ResetTimer()
	start, cpu0 := time.Now(), cputime.Used()
	for b.Loop() {
		if _, err := p.Code(context.Background(), a); err != nil {
			b.Fatal(err)
		}
	}
	el := time.Since(start).Seconds()
	b.ReportMetric(float64(sents*b.N)/el, "sentences/s")
	if cpu := (cputime.Used() - cpu0).Seconds(); cpu > 0 {
		b.ReportMetric(float64(sents*b.N)/cpu, "sentences/cpu-s")
		b.ReportMetric(float64(toks*b.N)/cpu, "tokens/cpu-s")
	}
}

// BenchmarkCodeNewsParallel codes the same text on every core at once and
// reports the throughput in all and per core (divided by GOMAXPROCS).
func BenchmarkCodeNewsParallel(b *testing.B) {
	p, note, err := Default(Options{})
	if err != nil {
		b.Fatal(err)
	}
	if note != "" {
		b.Skipf("skipping: %s", note)
	}
	a := dyad.Article{ID: "bench", Published: time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC), Text: newsText}
	sents := len(p.ann.Annotate(newsText).Sentences)
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := p.Code(context.Background(), a); err != nil {
				b.Error(err)
				return
			}
		}
	})
	rate := float64(sents*b.N) / time.Since(start).Seconds()
	b.ReportMetric(rate, "sentences/s")
	b.ReportMetric(rate/float64(runtime.GOMAXPROCS(0)), "sentences/s/core")
}
