package eval

import (
	"slices"
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

const configRecords = `<Environment>
<Verbfile>test.verbs.txt</Verbfile>
<Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentence id="C-01" category="DEMO">
<Text>First.</Text>
</Sentence>
<Config option="require_dyad" value="FALSE"></Config>
<Config option = 'new_actor_length' value = "3" />
<Sentence id="C-02" category="DEMO">
<EventCoding sourcecode='"RIVER GUARD"' targetcode="---" eventcode="111"></EventCoding>
<Text>Second.</Text>
</Sentence>
<!-- <Config option="require_dyad" value="true"></Config> -->
<Sentence id="C-03" category="DEMO"><Text>Third.</Text></Sentence>
<Config option="require_dyad" value="True"></Config><Config option="comma_emax" value="0"></Config>
<Sentence id="C-04" category="DEMO"><Text>Fourth.</Text></Sentence>
`

func TestReadRecordsConfig(t *testing.T) {
	s, err := ReadRecords(strings.NewReader(configRecords))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Records) != 4 {
		t.Fatalf("%d records, want 4", len(s.Records))
	}
	want := []struct {
		dyad   bool
		length int
		config string
	}{
		{true, 0, "stop_on_error=True"},
		{false, 3, "new_actor_length=3 require_dyad=FALSE stop_on_error=True"},
		{false, 3, "new_actor_length=3 require_dyad=FALSE stop_on_error=True"},
		{true, 3, "comma_emax=0 new_actor_length=3 require_dyad=True stop_on_error=True"},
	}
	for i, w := range want {
		r := &s.Records[i]
		var kv []string
		for k, v := range r.Config {
			kv = append(kv, k+"="+v)
		}
		slices.Sort(kv)
		if r.RequireDyad() != w.dyad || r.NewActorLength() != w.length || strings.Join(kv, " ") != w.config {
			t.Errorf("%s: require_dyad %v, new_actor_length %d, config %q; want %v, %d, %q",
				r.ID, r.RequireDyad(), r.NewActorLength(), strings.Join(kv, " "), w.dyad, w.length, w.config)
		}
	}
	if got := s.Records[1].Expected; len(got) != 1 || got[0] != (Coding{`"RIVER GUARD"`, "---", "111"}) {
		t.Errorf("expected = %v", got)
	}
	var none Record
	if !none.RequireDyad() || none.NewActorLength() != 0 {
		t.Error("a record without <Config> has PETRARCH's defaults")
	}
}

func TestReadRecordsBadConfig(t *testing.T) {
	tests := []struct{ text, want string }{
		{`<Config value="true"></Config>`, "line 2: <Config> without an option"},
		{`<Config option="require_dyad"></Config>`, `line 2: <Config> option "require_dyad" without a value`},
		{`<Config option="require_dyad" value="maybe"></Config>`, `value "maybe" is not true or false`},
		{`<Config option="new_actor_length" value="four"></Config>`, `line 2: <Config> option "new_actor_length": value "four" is not a whole number`},
		{`<Config option="comma_max" value="-1"></Config>`, `value "-1" is not a whole number`},
	}
	for _, tt := range tests {
		text := "<Sentence id=\"A\"><Text>a</Text></Sentence>\n" + tt.text + "\n<Sentence id=\"B\"><Text>b</Text></Sentence>\n"
		s, err := ReadRecords(strings.NewReader(text))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.text, err, tt.want)
			continue
		}
		// The element is ignored; the records are read all the same.
		if len(s.Records) != 2 || s.Records[1].Config != nil {
			t.Errorf("%s: records %+v", tt.text, s.Records)
		}
	}
	// An option PETRARCH does not know is kept, unchecked.
	s, err := ReadRecords(strings.NewReader(`<Config option="write_actor_text" value="yes"/><Sentence id="A"></Sentence>`))
	if err != nil || s.Records[0].Config["write_actor_text"] != "yes" {
		t.Errorf("unknown option: %v, %+v", err, s)
	}
}

func FuzzRecords(f *testing.F) {
	f.Add(sampleRecords)
	f.Add(configRecords)
	f.Add(`<Config option="new_actor_length" value="x"><Sentence id="A"><Config option='require_dyad' value='false'/></Sentence>`)
	f.Add(`<Config option= value=""/><Config option="comma_" value="9999999999999999999999">`)
	f.Add(`<Sentence id="A"><Text>x</Text><Parse>1 a a X X _ 0 root _ _</Parse></Sentence>`)
	f.Add("<!-- <Sentence> --> <EventCoding eventcode=\"1\"/>")
	f.Add(`<Sentence id = 'q' date="2020"><EventCoding eventcode="01" sourcecode="A`)
	f.Fuzz(func(t *testing.T, s string) {
		suite, _ := ReadRecords(strings.NewReader(s))
		if suite == nil {
			t.Fatal("nil suite")
		}
		for i := range suite.Records {
			r := &suite.Records[i]
			GoldParse(r) // must not panic
			if r.NewActorLength() < 0 {
				t.Fatalf("new_actor_length %d", r.NewActorLength())
			}
			r.RequireDyad()
		}
	})
}

func TestSuiteApplied(t *testing.T) {
	s, err := ReadRecords(strings.NewReader(configRecords))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		dyad   bool
		length int
	}{{true, 0}, {false, 3}, {false, 3}, {true, 3}}
	for i, w := range want {
		if d, n := s.Applied(&s.Records[i]); d != w.dyad || n != w.length {
			t.Errorf("%s: Applied = %v, %d; want %v, %d", s.Records[i].ID, d, n, w.dyad, w.length)
		}
	}
	// A PETRARCH 2 suite (with a PICO file) applies no <Config>.
	s.Files["PICOfile"] = "test.pico.txt"
	if d, n := s.Applied(&s.Records[1]); !d || n != 0 {
		t.Errorf("PETRARCH 2 suite: Applied = %v, %d", d, n)
	}
}
