package eval

import (
	"strings"
	"testing"
	"time"
)

const sampleRecords = `<?xml version='1.0' encoding='utf-8'?>
<Validation>
<!-- a comment
   <Sentence id="NOT-A-RECORD"> spanning lines -->
<Environment>
    <Verbfile>test.verbs.txt</Verbfile>
    <Actorfile>test.actors.txt</Actorfile>
    <Include>DEMO VERB </Include>
</Environment>
<Sentences>
<Sentence category="DEMO" date="19950101" id="DEMO-01" evaluate="true">
<!-- <EventCoding eventcode="999" sourcecode="X" targetcode="Y" /> -->
<EventCoding eventcode="054" sourcecode="ARN" targetcode="GON" />
<Text>
Arnor recognised
Gondor.
</Text>
<Parse>
1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	_	_
2	recognised	recognise	VERB	VBD	_	0	root	_	_
3	Gondor	Gondor	PROPN	NNP	_	2	dobj	_	_
4	.	.	PUNCT	.	_	2	punct	_	_
</Parse></Sentence>
<Sentence date="19950102" id="VERB-02" category="VERB" evaluate="false">
<EventCoding noevents = "True">
<Text>Nothing happened.</Text>
</Sentence>
<Sentence date="19950103" id="ERR-01" category="ERROR">
<EventCoding error="sentencediscard">
<Text>A football match.</Text>
</Sentence>
</Sentences>
</Validation>
`

func TestReadRecords(t *testing.T) {
	s, err := ReadRecords(strings.NewReader(sampleRecords))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(s.Include, ","); got != "DEMO,VERB" {
		t.Errorf("Include = %q", got)
	}
	if s.Files["Verbfile"] != "test.verbs.txt" {
		t.Errorf("Files = %v", s.Files)
	}
	if len(s.Records) != 3 {
		t.Fatalf("%d records, want 3", len(s.Records))
	}
	r := s.Records[0]
	if r.ID != "DEMO-01" || r.Category != "DEMO" || !r.Evaluate || !r.Date.Equal(time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("record 0 = %+v", r)
	}
	if len(r.Expected) != 1 || r.Expected[0] != (Coding{"ARN", "GON", "054"}) {
		t.Errorf("expected = %v", r.Expected)
	}
	if r.Text != "Arnor recognised Gondor." {
		t.Errorf("text = %q", r.Text)
	}
	if len(r.Parse) != 4 {
		t.Errorf("parse = %q", r.Parse)
	}
	if s.Records[1].Evaluate || !s.Records[1].NoEvents {
		t.Errorf("record 1 = %+v", s.Records[1])
	}
	if s.Records[2].Error != "sentencediscard" || s.Included(&s.Records[2]) {
		t.Errorf("record 2 = %+v", s.Records[2])
	}
	doc, err := GoldParse(&s.Records[0])
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Sentences) != 1 || len(doc.Sentences[0].Tokens) != 4 || doc.Sentences[0].Tokens[2].Rel != "dobj" {
		t.Errorf("doc = %+v", doc)
	}
}

func TestReadRecordsUnclosed(t *testing.T) {
	_, err := ReadRecords(strings.NewReader(`<Sentence id="X" category="DEMO"><Text>Open.</Text>`))
	if err == nil {
		t.Error("no error for an unclosed <Sentence>")
	}
}

func FuzzRecords(f *testing.F) {
	f.Add(sampleRecords)
	f.Add(`<Sentence id="A"><Text>x</Text><Parse>1 a a X X _ 0 root _ _</Parse></Sentence>`)
	f.Add("<!-- <Sentence> --> <EventCoding eventcode=\"1\"/>")
	f.Add(`<Sentence id = 'q' date="2020"><EventCoding eventcode="01" sourcecode="A`)
	f.Fuzz(func(t *testing.T, s string) {
		suite, _ := ReadRecords(strings.NewReader(s))
		if suite == nil {
			t.Fatal("nil suite")
		}
		for i := range suite.Records {
			GoldParse(&suite.Records[i]) // must not panic
		}
	})
}
