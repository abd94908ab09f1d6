package nlp

import (
	"strings"
	"testing"
)

// splitCases are invented news-style texts and the sentences they hold.
var splitCases = []struct {
	name string
	text string
	want []string
}{
	{"empty", "", nil},
	{"blank", " \n\t \n", nil},
	{"dateline", "WASHINGTON, March 3 (AP) - The U.S. Senate voted 52-48 on Tuesday to approve the bill. The House will vote next week.",
		[]string{"WASHINGTON, March 3 (AP) - The U.S. Senate voted 52-48 on Tuesday to approve the bill.", "The House will vote next week."}},
	{"dateline em dash", "KABUL, July 3 (Reuters) \u2014 Russia became the first country to recognise the new government on Thursday.",
		[]string{"KABUL, July 3 (Reuters) \u2014 Russia became the first country to recognise the new government on Thursday."}},
	{"titles", "Gen. Smith met Lt. Col. Jones in St. Petersburg on Jan. 5. They discussed the treaty.",
		[]string{"Gen. Smith met Lt. Col. Jones in St. Petersburg on Jan. 5.", "They discussed the treaty."}},
	{"quote end", `He said "no." Then he left.`, []string{`He said "no."`, "Then he left."}},
	{"quote said", `"We will not wait," Gen. Smith said. "The talks are over."`,
		[]string{`"We will not wait," Gen. Smith said.`, `"The talks are over."`}},
	{"question in quote", `"Why now?" he asked. Nobody answered.`, []string{`"Why now?" he asked.`, "Nobody answered."}},
	{"curly quotes", "\u201cWe are ready,\u201d the minister said. \u201cThey are not.\u201d",
		[]string{"\u201cWe are ready,\u201d the minister said.", "\u201cThey are not.\u201d"}},
	{"abbreviation at end", "The company moved its headquarters to the U.S. The president welcomed the decision.",
		[]string{"The company moved its headquarters to the U.S.", "The president welcomed the decision."}},
	{"abbreviation inside", "The U.S. Senate and the U.K. Parliament approved the U.N. resolution.",
		[]string{"The U.S. Senate and the U.K. Parliament approved the U.N. resolution."}},
	{"initials", "John F. Kennedy visited the house of J.R.R. Tolkien in 1962. Nobody noticed.",
		[]string{"John F. Kennedy visited the house of J.R.R. Tolkien in 1962.", "Nobody noticed."}},
	{"decimals", "Growth slowed to 3.5 percent in 2024. Prices rose 1.2% in May.",
		[]string{"Growth slowed to 3.5 percent in 2024.", "Prices rose 1.2% in May."}},
	{"ellipsis", "He paused... Then he spoke. He said it was ... complicated.",
		[]string{"He paused...", "Then he spoke.", "He said it was ... complicated."}},
	{"question exclamation", "Will they agree? Nobody knows! Talks resume on Monday.",
		[]string{"Will they agree?", "Nobody knows!", "Talks resume on Monday."}},
	{"headline", "Russia recognises Taliban government\nMOSCOW, July 3 (Reuters) - Russia became the first state to do so.",
		[]string{"Russia recognises Taliban government", "MOSCOW, July 3 (Reuters) - Russia became the first state to do so."}},
	{"bullets", "Key points:\n- Russia recognised the government.\n- No Western country followed\n\u2022 China may follow\n* India is silent\n1. First item\n2. Second item",
		[]string{"Key points:", "- Russia recognised the government.", "- No Western country followed", "\u2022 China may follow",
			"* India is silent", "1. First item", "2. Second item"}},
	{"paragraphs", "The first paragraph ends here.\n\nThe second paragraph starts here.\nThe third is on its own line.",
		[]string{"The first paragraph ends here.", "The second paragraph starts here.", "The third is on its own line."}},
	{"parentheses", "The vote was close. (Two members abstained.) The bill passed.",
		[]string{"The vote was close.", "(Two members abstained.)", "The bill passed."}},
	{"companies", "Apple Inc. said on Monday it would invest $1 billion. Microsoft Corp. declined to comment.",
		[]string{"Apple Inc. said on Monday it would invest $1 billion.", "Microsoft Corp. declined to comment."}},
	{"time", "The meeting starts at 10 a.m. Officials expect a deal by 5 p.m. EST on Friday.",
		[]string{"The meeting starts at 10 a.m.", "Officials expect a deal by 5 p.m. EST on Friday."}},
	{"lower after abbreviation", "Dr. Jane Smith of the Univ. of Oxford spoke, e.g. on sanctions, i.e. the oil embargo, etc. and more.",
		[]string{"Dr. Jane Smith of the Univ. of Oxford spoke, e.g. on sanctions, i.e. the oil embargo, etc. and more."}},
	{"dates", "He was born on Sept. 11, 1970, in Kabul. He moved on Feb. 3.",
		[]string{"He was born on Sept. 11, 1970, in Kabul.", "He moved on Feb. 3."}},
	{"number sign", "The No. 2 official, Mr. Khan, resigned. He cited health reasons. She said no. The talks ended.",
		[]string{"The No. 2 official, Mr. Khan, resigned.", "He cited health reasons.", "She said no.", "The talks ended."}},
	{"titles after stop", "Mr. Smith went to Washington. Mrs. Smith stayed in Boston.",
		[]string{"Mr. Smith went to Washington.", "Mrs. Smith stayed in Boston."}},
	{"hard wrapped", "The minister said the talks would\ncontinue next week in Geneva, where\ndelegates from both sides will meet.\nThe opposition disagreed.",
		[]string{"The minister said the talks would\ncontinue next week in Geneva, where\ndelegates from both sides will meet.", "The opposition disagreed."}},
	{"versus", "The case of Smith vs. Jones was heard in Ft. Worth, Texas, by Judge Brown.",
		[]string{"The case of Smith vs. Jones was heard in Ft. Worth, Texas, by Judge Brown."}},
	{"state abbreviation", "The plant is in Fresno, Calif. The company employs 200 people.",
		[]string{"The plant is in Fresno, Calif.", "The company employs 200 people."}},
	{"digit start", "Turnout was low. 35 percent of voters took part.", []string{"Turnout was low.", "35 percent of voters took part."}},
	{"inline list", "The plan has two parts: 1. a ceasefire and 2. talks. Both failed.",
		[]string{"The plan has two parts: 1. a ceasefire and 2. talks.", "Both failed."}},
	{"url", "Read the statement at https://www.example.org/news/2025/07/03. It is short.",
		[]string{"Read the statement at https://www.example.org/news/2025/07/03.", "It is short."}},
	{"street", "He lives at 10 Downing St. The house is old. St. Paul is far.",
		[]string{"He lives at 10 Downing St.", "The house is old.", "St. Paul is far."}},
	{"wrapped abbreviation", "Officials in the U.S.\nSenate said the bill would\npass. The vote is on\nMonday.",
		[]string{"Officials in the U.S.\nSenate said the bill would\npass.", "The vote is on\nMonday."}},
	{"missing space", "It angered Washington.\u201cThe talks are over,\u201d he said.Officials in English.The end, see Report.Final.doc.",
		[]string{"It angered Washington.", "\u201cThe talks are over,\u201d he said.", "Officials in English.", "The end, see Report.Final.doc."}},
	{"crlf", "First line.\r\nSecond line.\r\n", []string{"First line.", "Second line."}},
}

func TestSplitSentences(t *testing.T) {
	for _, tc := range splitCases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range SplitSentences(tc.text) {
				got = append(got, tc.text[s[0]:s[1]])
			}
			if strings.Join(got, "\u2016") != strings.Join(tc.want, "\u2016") {
				t.Errorf("SplitSentences(%q):\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestSplitMatchesTokenize checks that SplitSentences and Tokenize agree.
func TestSplitMatchesTokenize(t *testing.T) {
	for _, tc := range splitCases {
		spans := SplitSentences(tc.text)
		d := Tokenize(tc.text)
		if len(spans) != len(d.Sentences) {
			t.Errorf("%s: %d spans, %d sentences", tc.name, len(spans), len(d.Sentences))
			continue
		}
		for i, s := range d.Sentences {
			if spans[i] != [2]int{s.Start, s.End} {
				t.Errorf("%s: sentence %d: span %v, Tokenize %v", tc.name, i, spans[i], [2]int{s.Start, s.End})
			}
		}
	}
}
