package timex

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// Reference dates used by the tests.
const (
	fri   = "2025-07-04" // a Friday
	thu   = "2025-07-03" // a Thursday
	mon   = "2025-01-06" // a Monday early in January
	leap  = "2024-03-01" // a Friday, just after 29 February 2024
	after = "2025-03-01" // a Saturday, in a year without 29 February
	eve   = "2024-12-31" // a Tuesday, the last day of a year
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// show formats found expressions as "text=value", "text=-" for no date.
func show(xs []Expr) string {
	var b strings.Builder
	for i, x := range xs {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(x.Text)
		b.WriteByte('=')
		if x.Precision == None {
			b.WriteByte('-')
		} else {
			b.WriteString(x.String())
		}
	}
	return b.String()
}

var findTests = []struct {
	ref   string
	tense Tense
	text  string
	want  string // show(Find(text))
}{
	// Weekdays.
	{fri, 0, "The envoy met the minister in Baku on Thursday.", "Thursday=2025-07-03"},
	{fri, 0, "The envoy arrived on Friday and left.", "Friday=2025-07-04"},
	{thu, 0, "The envoy met the minister on Thursday.", "Thursday=2025-07-03"},
	{thu, 0, "Officials spoke on Friday.", "Friday=2025-06-27"},
	{fri, 0, "Shelling resumed Thursday night and again on Wednesday morning.", "Thursday night=2025-07-03; Wednesday morning=2025-07-02"},
	{fri, 0, "Thursday's vote was delayed.", "Thursday=2025-07-03"},
	{fri, 0, "The pact was signed last Thursday.", "last Thursday=2025-07-03"},
	{thu, 0, "The pact was signed last Thursday.", "last Thursday=2025-06-26"},
	{fri, 0, "Talks resume this past Monday.", "this past Monday=2025-06-30"},
	{fri, 0, "Talks resume next Thursday.", "next Thursday=2025-07-10"},
	{thu, 0, "Talks resume next Thursday.", "next Thursday=2025-07-10"},
	{fri, 0, "Talks resume this coming Monday.", "this coming Monday=2025-07-07"},
	{fri, 0, "Talks resume this Monday.", "this Monday=2025-07-07"},
	{fri, TensePast, "Talks ended this Monday.", "this Monday=2025-06-30"},
	{fri, TenseFuture, "The ministers will meet on Thursday.", "Thursday=2025-07-10"},
	{fri, TenseFuture, "The ministers will meet on Saturday.", "Saturday=2025-07-05"},
	{fri, 0, "They met on Tuesday last week and will meet Monday next week.", "Tuesday last week=2025-06-24; Monday next week=2025-07-07"},
	{fri, 0, "The Sunday Times reported it after Good Friday and Super Tuesday.", ""},
	{fri, 0, "Protests are held every Friday and on Thursdays.", ""},
	{fri, 0, "On Thursday, July 3rd, 2025, and on the 1st of May they met.", "Thursday, July 3rd, 2025=2025-07-03; the 1st of May=2025-05-01"},
	{fri, 0, "Since May the ministers have met at the start of the month.", "May=2025-05; the start of the month=2025-07"},

	// Relative days.
	{fri, 0, "Today the embassy reopened.", "Today=2025-07-04"},
	{fri, 0, "Envoys will meet tonight, and met yesterday, and will meet tomorrow.", "tonight=2025-07-04; yesterday=2025-07-03; tomorrow=2025-07-05"},
	{fri, 0, "The strike came the day before yesterday; talks come the day after tomorrow.", "the day before yesterday=2025-07-02; the day after tomorrow=2025-07-06"},
	{fri, 0, "He spoke yesterday afternoon and again last night.", "yesterday afternoon=2025-07-03; last night=2025-07-03"},
	{fri, 0, "He said earlier today and this morning that it is over.", "earlier today=2025-07-04; this morning=2025-07-04"},
	{mon, 0, "Rockets fell yesterday.", "yesterday=2025-01-05"},
	{"2025-01-01", 0, "Rockets fell yesterday.", "yesterday=2024-12-31"},
	{leap, 0, "Rockets fell yesterday.", "yesterday=2024-02-29"},

	// Weeks, months and years relative to the reference.
	{fri, 0, "Ties were cut last week.", "last week=2025-W26"},
	{fri, 0, "Ties are cut this week and restored next week.", "this week=2025-W27; next week=2025-W28"},
	{fri, 0, "Ties were cut earlier this week.", "earlier this week=2025-W27"},
	{fri, 0, "They met last month, this month and earlier this month.", "last month=2025-06; this month=2025-07; earlier this month=2025-07"},
	{mon, 0, "They met last month.", "last month=2024-12"},
	{fri, 0, "A summit is planned for next month and next year.", "next month=2025-08; next year=2026"},
	{fri, 0, "It was agreed last year and confirmed earlier this year.", "last year=2024; earlier this year=2025"},
	{fri, 0, "The deal was struck this year.", "this year=2025"},
	{fri, 0, "Later this year the embassy will open.", "Later this year=2025"},
	{fri, 0, "Troops left three days ago, a week ago, two weeks ago.", "three days ago=2025-07-01; a week ago=2025-W26; two weeks ago=2025-W25"},
	{fri, 0, "It began 2 months ago and a year ago and twenty-five years ago.", "2 months ago=2025-05; a year ago=2024; twenty-five years ago=2000"},
	{mon, 0, "It began two months ago.", "two months ago=2024-11"},
	{fri, 0, "The talks collapsed a fortnight ago.", "a fortnight ago=2025-W25"},
	{fri, 0, "In recent days, several states recalled envoys.", "recent days=-"},
	{fri, 0, "A few days ago and weeks ago and recently, the border closed.", "A few days ago=-; weeks ago=-; recently=-"},
	{fri, 0, "Talks are expected in the coming days.", "the coming days=-"},
	{fri, 0, "Over the past two years, ties have improved.", "the past two years=2023"},
	{fri, 0, "In the past week ties have improved.", "the past week=2025-06-27"},
	{fri, 0, "Clashes broke out over the weekend.", "the weekend=2025-W26"},
	{"2025-07-06", 0, "Clashes broke out over the weekend.", "the weekend=2025-W27"},
	{fri, 0, "Talks are set for this weekend, after last weekend's failure.", "this weekend=2025-W27; last weekend=2025-W26"},
	{fri, 0, "He left late last year and returned early next year.", "late last year=2024; early next year=2026"},
	{fri, 0, "By the end of the year the embassy will open.", "the end of the year=2025"},
	{fri, TenseFuture, "They will meet in three days.", "three days=2025-07-07"},
	{fri, 0, "It will reopen in two weeks' time.", "two weeks' time=2025-W29"},
	{fri, 0, "It was the first visit in two years.", ""},

	// Absolute dates with a day.
	{fri, 0, "The treaty was signed on July 3, 2025.", "July 3, 2025=2025-07-03"},
	{fri, 0, "The treaty was signed on July 3.", "July 3=2025-07-03"},
	{fri, 0, "The treaty was signed on 3 July.", "3 July=2025-07-03"},
	{fri, 0, "The treaty was signed on the 3rd of July 2025.", "the 3rd of July 2025=2025-07-03"},
	{fri, 0, "The treaty was signed on 3rd July, 2025.", "3rd July, 2025=2025-07-03"},
	{fri, 0, "It opened on May 14th and closed on 14 May 2019.", "May 14th=2025-05-14; 14 May 2019=2019-05-14"},
	{fri, 0, "The treaty was signed on 2025-07-03.", "2025-07-03=2025-07-03"},
	{fri, 0, "The treaty was signed on 2025/07/03.", "2025/07/03=2025-07-03"},
	{fri, 0, "The treaty was signed on 13/07/2025 or 07/13/2025.", "13/07/2025=2025-07-13; 07/13/2025=2025-07-13"},
	{fri, 0, "The treaty was signed on 03/07/2025.", "03/07/2025=2025"},
	{fri, 0, "He arrived on Jan. 6 and left on Sept. 22, and returned Feb 3.", "Jan. 6=2025-01-06; Sept. 22=2024-09-22; Feb 3=2025-02-03"},
	{fri, 0, "He arrived Wednesday, Apr. 2, 2025 in Paris.", "Wednesday, Apr. 2, 2025=2025-04-02"},
	{fri, 0, "Recognition takes effect on Monday 22 September.", "Monday 22 September=2025-09-22"},
	{fri, 0, "The embassy opens from 28 July.", "28 July=2025-07-28"},
	{fri, 0, "Rallies were held on 3-5 June and on June 7-8.", "3=2025-06-03; 5 June=2025-06-05; June 7-8=2025-06-07"},
	{fri, 0, "Talks were held on 12 and 13 June 2024, on July 1 and 2, and on 30 and 31 May.", "12=2024-06-12; 13 June 2024=2024-06-13; July 1=2025-07-01; 2=2025-07-02; 30=2025-05-30; 31 May=2025-05-31"},
	{fri, 0, "On July 1, 2 people died and 3 were hurt; 31 and 30 June.", "July 1=2025-07-01; 30 June=2025-06-30"},
	{fri, 0, "It passed on the 3rd, after a long debate.", "the 3rd=2025-07-03"},
	{fri, 0, "It will pass on the 10th.", "the 10th=2025-06-10"},
	{fri, TenseFuture, "It will pass on the 10th.", "the 10th=2025-07-10"},
	{fri, 0, "The 3rd Infantry Division moved on the 3rd floor.", ""},
	{mon, 0, "The envoy arrived on December 28.", "December 28=2024-12-28"},
	{eve, 0, "The law takes effect on January 2.", "January 2=2025-01-02"},
	{mon, 0, "The law takes effect on December 20.", "December 20=2024-12-20"},
	{mon, TenseFuture, "The law takes effect on December 20.", "December 20=2025-12-20"},
	{after, 0, "A ceasefire was agreed on February 29.", "February 29=2024-02-29"},
	{leap, 0, "A ceasefire was agreed on Feb. 29, 2024.", "Feb. 29, 2024=2024-02-29"},
	{fri, 0, "The dates February 30 and 31 April 2025 do not exist.", "April 2025=2025-04"},

	// Months and years.
	{fri, 0, "The Taliban returned to power in August 2021.", "August 2021=2021-08"},
	{fri, 0, "Relations were cut in July.", "July=2025-07"},
	{fri, 0, "Relations were cut in March and restored in May.", "March=2025-03; May=2025-05"},
	{fri, 0, "Elections are due in August.", "August=2025-08"},
	{fri, 0, "Relations were cut in October.", "October=2024-10"},
	{fri, TenseFuture, "Elections will be held in October.", "October=2025-10"},
	{fri, TensePast, "Elections were held in August.", "August=2024-08"},
	{mon, 0, "Ties were cut last December.", "last December=2024-12"},
	{fri, 0, "Ties were cut last December and will resume next March.", "last December=2024-12; next March=2026-03"},
	{fri, 0, "It happened in mid-July, early June and late October.", "mid-July=2025-07; early June=2025-06; late October=2024-10"},
	{fri, 0, "It happened at the end of June and the beginning of May.", "the end of June=2025-06; the beginning of May=2025-05"},
	{fri, 0, "Ties have been frozen since August 2021 and since 2021.", "August 2021=2021-08; 2021=2021"},
	{fri, 0, "Relations were resumed in 2020 after a break in 2009.", "2020=2020; 2009=2009"},
	{fri, 0, "The pact dates from early 2024 and mid-2023.", "early 2024=2024; mid-2023=2023"},
	{fri, 0, "Trump 2024 campaign staff met in July of 2023.", "2024=2024; July of 2023=2023-07"},
	{fri, 0, "Between March and May, and from 2019 to 2021, talks stalled.", "March=2025-03; May=2025-05; 2019=2019; 2021=2021"},
	{fri, 0, "July's summit failed; the Aug. meeting too.", "July=2025-07"},
	{fri, 0, "Sanctions were imposed in Dec. by the bloc, and in Sept.", "Dec.=2024-12; Sept.=2025-09"},

	// Year boundaries, leap years, windows, lists, capitals.
	{"2025-01-01", 0, "The envoy left on Monday.", "Monday=2024-12-30"},
	{mon, 0, "The envoy left last week.", "last week=2025-W01"},
	{eve, 0, "Talks resume next month, in January.", "next month=2025-01; January=2025-01"},
	{mon, 0, "Talks were held in December.", "December=2024-12"},
	{leap, 0, "It happened a year ago and on Feb. 29.", "a year ago=2023; Feb. 29=2024-02-29"},
	{fri, 0, "Over the past decade, the past year and the past month, ties grew.", "the past decade=2015; the past year=2024; the past month=2025-06"},
	{fri, 0, "In January, February and April 2024 the bloc met.", "January=2025-01; February=2025-02; April 2024=2024-04"},
	{fri, 0, "Early Friday, and in the early hours of Wednesday, troops moved.", "Early Friday=2025-07-04; Wednesday=2025-07-02"},
	{fri, 0, "Sat, 3 May 2025 and Tues., Nov. 5, 2024 were set.", "Sat, 3 May 2025=2025-05-03; Tues., Nov. 5, 2024=2024-11-05"},
	{fri, 0, "THURSDAY: talks on MAY 3.", "THURSDAY=2025-07-03; MAY 3=2025-05-03"},
	{fri, 0, "It was dated 12-04-2024, then 13-04-2024, 13.04.2024 and 04/04/2024.", "12-04-2024=2024; 13-04-2024=2024-04-13; 13.04.2024=2024-04-13; 04/04/2024=2024-04-04"},
	{fri, 0, "Version 1.2.3, 2024.04.05, 2024-13-01, 32/01/2024 and 1/2/25 are not dates.", ""},

	// Things that are not dates.
	{fri, 0, "Russia may recognise the government; others May follow; this august body met.", ""},
	{fri, 0, "Thousands joined a protest march; they will March on the capital.", ""},
	{fri, 0, "Some 2,021 people and 1,500 troops fled; 2000 km away, 3.5 tonnes fell.", ""},
	{fri, 0, "About 2000 refugees crossed; $2025 was paid; the 1990s ended; the toll rose to over 2000.", ""},
	{fri, 0, "At 10:30 GMT a 2000-strong force moved, said Jan Smith, with June Lee.", ""},
	{fri, 0, "Resolution 2231 and flight 1990 were mentioned.", ""},
	{fri, 0, "Call (713) 235-1972 about the activities of 1179, by March of '68.", ""},
	{fri, 0, "The Treaty of 1648 dates from 1648; the Convention of 1961 is in force.", "1648=1648; 1961=1961"},
	{fri, 0, "Seventy years after the war, two years later, the next day.", ""},
	{fri, 0, "It is a process that will last several years, or last two months.", ""},
	{fri, 0, "He sat 3 may and wed on the sun; they met at Mar-a-Lago with Jan Kubis.", ""},
	{fri, 0, "In July, May said that in March, May would go.", "July=2025-07; March=2025-03"},
}

func TestFind(t *testing.T) {
	for _, tt := range findTests {
		got := show(Options{Tense: tt.tense}.Find(tt.text, day(tt.ref)))
		if got != tt.want {
			t.Errorf("ref %s tense %d: Find(%q)\n got %q\nwant %q", tt.ref, tt.tense, tt.text, got, tt.want)
		}
	}
}

func TestFields(t *testing.T) {
	text := "Since late October, the army has advanced; by 2030 it aims to leave; before July 3 it met; after Thursday it left."
	xs := Find(text, day(fri))
	type f struct {
		text string
		kind Kind
		rel  Rel
		part Part
		prec Precision
	}
	want := []f{
		{"late October", KindAbsolute, RelSince, PartLate, Month},
		{"2030", KindAbsolute, RelUntil, PartWhole, Year},
		{"July 3", KindAbsolute, RelBefore, PartWhole, Day},
		{"Thursday", KindWeekday, RelAfter, PartWhole, Day},
	}
	if len(xs) != len(want) {
		t.Fatalf("got %s", show(xs))
	}
	for i, x := range xs {
		g := f{x.Text, x.Kind, x.Rel, x.Part, x.Precision}
		if g != want[i] {
			t.Errorf("expr %d: got %+v, want %+v", i, g, want[i])
		}
		if text[x.Start:x.End] != x.Text {
			t.Errorf("expr %d: offsets %d:%d do not give %q", i, x.Start, x.End, x.Text)
		}
	}
	if xs := Find("Talks resume next week, and resumed last week.", day(fri)); len(xs) != 2 || !xs[0].Future || xs[1].Future {
		t.Errorf("Future flags: %+v", xs)
	}
	if xs := Find("Talks will resume in the coming weeks.", day(fri)); len(xs) != 1 || !xs[0].Future || xs[0].Kind != KindVague {
		t.Errorf("vague future: %+v", xs)
	}
}

func TestLocation(t *testing.T) {
	loc := time.FixedZone("UTC+9", 9*3600)
	// 2025-07-04 01:00 in UTC+9 is still 2025-07-03 in UTC: the reference
	// day is taken in the reference's own location.
	ref := time.Date(2025, 7, 4, 1, 0, 0, 0, loc)
	xs := Find("It happened yesterday.", ref)
	if len(xs) != 1 || xs[0].String() != "2025-07-03" || xs[0].Date.Location() != loc {
		t.Fatalf("got %+v", xs)
	}
}

func TestNoReference(t *testing.T) {
	text := "On Thursday, in July and on Sept. 22, after talks in August 2021 and on 3 May 2019 and in 2009, yesterday."
	got := show(Find(text, time.Time{}))
	if want := "August 2021=2021-08; 3 May 2019=2019-05-03; 2009=2009"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		in, want string
		err      bool
	}{
		{"Thursday", "2025-07-03", false},
		{"on Thursday", "2025-07-03", false},
		{"  since August 2021. ", "2021-08", false},
		{"last year", "2024", false},
		{"2025-07-03", "2025-07-03", false},
		{"mid-July", "2025-07", false},
		{"in recent days", "", false},
		{"", "", true},
		{"the government", "", true},
		{"May", "", true},
		{"July 3 and July 4", "", true},
		{"Thursday talks", "", true},
	}
	for _, tt := range tests {
		x, err := Parse(tt.in, day(fri))
		if (err != nil) != tt.err {
			t.Errorf("Parse(%q): error %v, want error %v", tt.in, err, tt.err)
			continue
		}
		if err == nil && x.String() != tt.want {
			t.Errorf("Parse(%q) = %s, want %s", tt.in, x.String(), tt.want)
		}
	}
}

func TestStrings(t *testing.T) {
	x := Expr{Date: day("2024-12-30"), Precision: Week}
	if got := x.String(); got != "2025-W01" {
		t.Errorf("ISO week: got %s", got)
	}
	if got := (Expr{}).String(); got != "" {
		t.Errorf("no date: got %q", got)
	}
	for _, s := range []fmt.Stringer{Precision(9), Kind(9), Rel(9), Part(9)} {
		if !strings.Contains(s.String(), "(9)") {
			t.Errorf("out of range: %s", s)
		}
	}
	if Day.String() != "day" || KindWeekday.String() != "weekday" || RelSince.String() != "since" || PartLate.String() != "late" {
		t.Error("names")
	}
}

func TestDescribe(t *testing.T) {
	xs := Find("Since late October and in the coming weeks.", day(fri))
	got := []string{xs[0].Describe(), xs[1].Describe()}
	want := []string{`"late October" = 2024-10 absolute rel=since part=late`, `"the coming weeks" = (no date) vague future`}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("got %s, want %s", got[i], want[i])
		}
	}
}

func TestInvariants(t *testing.T) {
	for _, tt := range findTests {
		checkInvariants(t, tt.text, Options{Tense: tt.tense}.Find(tt.text, day(tt.ref)))
	}
}

func checkInvariants(t *testing.T, text string, xs []Expr) {
	t.Helper()
	prev := 0
	for _, x := range xs {
		if x.Start < prev || x.End <= x.Start || x.End > len(text) {
			t.Fatalf("%q: bad offsets %d:%d after %d", text, x.Start, x.End, prev)
		}
		if text[x.Start:x.End] != x.Text {
			t.Fatalf("%q: Text %q is not text[%d:%d]", text, x.Text, x.Start, x.End)
		}
		if (x.Precision == None) != x.Date.IsZero() {
			t.Fatalf("%q: %q has precision %v and date %v", text, x.Text, x.Precision, x.Date)
		}
		if x.Precision < None || x.Precision > Year {
			t.Fatalf("%q: precision %d", text, x.Precision)
		}
		prev = x.End
	}
}

func ExampleFind() {
	ref := time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC) // a Friday
	text := "The ambassador met the minister in Kabul on Thursday, the first visit since August 2021."
	for _, x := range Find(text, ref) {
		fmt.Println(x.Text, x.String(), x.Precision, x.Kind, x.Rel)
	}
	// Output:
	// Thursday 2025-07-03 day weekday at
	// August 2021 2021-08 month absolute since
}

func ExampleOptions_Find() {
	ref := time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC) // a Friday
	future := Options{Tense: TenseFuture}
	for _, x := range future.Find("The envoys will meet on Thursday.", ref) {
		fmt.Println(x.Text, x, x.Future)
	}
	// Output:
	// Thursday 2025-07-10 true
}

const benchText = `Russia's ambassador informed the foreign minister during a meeting in Kabul on Thursday, the Foreign Ministry said.
The group returned to power in August 2021 and has sought recognition since then.
Spain, Ireland and Norway said on May 22, 2024 that they would recognise a Palestinian state from 28 May.
Last year, the prime minister received the newly appointed ambassador, and talks resumed earlier this month.
Officials may meet again next week, a spokesman told reporters, adding that 2,000 troops had left.
The council, which met in emergency session Sunday, said the move violated a 1999 resolution.
Protesters gathered outside the embassy as the delegation arrived from Moscow.
Nauru will sever diplomatic relations with Taiwan, the government said in a statement.`

func BenchmarkFind(b *testing.B) {
	lines := strings.Split(benchText, "\n")
	ref := day(fri)
	var dst []Expr
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, l := range lines {
			dst = Options{}.Append(dst[:0], l, ref)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(lines)), "ns/sentence")
}

func FuzzFind(f *testing.F) {
	for _, tt := range findTests {
		f.Add(tt.text, int64(0), uint8(tt.tense))
	}
	f.Add("on the 31st", int64(-1e12), uint8(0))
	f.Add("Feb 29 and 29/02/2024, 2024-02-29", int64(1e11), uint8(2))
	f.Fuzz(func(t *testing.T, text string, off int64, tense uint8) {
		ref := day(fri).Add(time.Duration(off%(400*365*24)) * time.Hour)
		xs := Options{Tense: Tense(tense % 3)}.Find(text, ref)
		checkInvariants(t, text, xs)
		checkInvariants(t, text, Options{}.Find(text, time.Time{}))
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"Thursday", "on July 3, 2025", "last year", "since August 2021", "the 3rd", "2025-07-03", "three weeks ago"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		x, err := Parse(s, day(fri))
		if err != nil {
			return
		}
		checkInvariants(t, s, []Expr{x})
	})
}

// TestSinceLooksBack checks that a year-less date after "since" lies before
// the reference even when its next occurrence is near, while other
// prepositions keep resolving to the nearest occurrence.
func TestSinceLooksBack(t *testing.T) {
	ref := time.Date(2025, 9, 23, 0, 0, 0, 0, time.UTC)
	tests := []struct{ in, want string }{
		{"since October 9", "2024-10-09"},
		{"Since October 9, the border has been closed", "2024-10-09"},
		{"since October", "2024-10"},
		{"from October 9", "2025-10-09"},
		{"on October 9", "2025-10-09"},
		{"since September 20", "2025-09-20"},
	}
	for _, tt := range tests {
		xs := Find(tt.in, ref)
		if len(xs) != 1 || xs[0].String() != tt.want {
			t.Errorf("Find(%q) = %v, want one expression %s", tt.in, xs, tt.want)
		}
	}
}
