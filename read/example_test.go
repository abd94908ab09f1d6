package read_test

import (
	"context"
	"fmt"
	"strings"
	"time"

	"dyad"
	"dyad/read"
)

func ExampleReader_ReadFrom() {
	src := strings.NewReader(`{"id":"fr-1","outlet":"Example Wire","published":"2030-04-05T06:07:08+02:00","title":"Freedonia praises Sylvania","text":"Freedonia praised Sylvania for reopening the border."}
{"title":"A broken line"
{"title":"Sylvania replies","text":"Sylvania thanked Freedonia.","published":"April 6, 2030"}
`)
	r := read.New(read.Options{})
	for a, err := range r.ReadFrom(context.Background(), "news.jsonl", src) {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(a.Origin, a.Published.Format(time.RFC3339), a.Title)
	}
	// Output:
	// news.jsonl:1 2030-04-05T06:07:08+02:00 Freedonia praises Sylvania
	// error: news.jsonl:2: invalid JSON: unexpected end of input
	// news.jsonl:3 2030-04-06T00:00:00Z Sylvania replies
}

func ExampleReader_Read() {
	r := read.New(read.Options{Outlet: "Example Desk"})
	inputs := []string{"testdata/story.txt", "testdata/truncated.rss"}
	err := r.Read(context.Background(), inputs, func(a dyad.Article, err error) error {
		if err != nil {
			fmt.Println("error:", err)
			return nil // go on with the other inputs
		}
		fmt.Printf("%s: %q from %s\n", a.Origin, a.Title, a.Outlet)
		return nil
	})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// testdata/story.txt: "Freedonia opens an embassy in Sylvania" from The Example Herald
	// error: testdata/truncated.rss: offset 600: truncated feed: XML syntax error on line 15: unexpected EOF
}

func ExampleParseDate() {
	for _, s := range []string{"2025-07-04T10:00:00+04:30", "July 4, 2025", "4 July 2025 10:00 UTC", "Fri, 04 Jul 2025 10:00:00 EDT", "1751623200"} {
		t, err := read.ParseDate(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(t.Format(time.RFC3339))
	}
	// Output:
	// 2025-07-04T10:00:00+04:30
	// 2025-07-04T00:00:00Z
	// 2025-07-04T10:00:00Z
	// 2025-07-04T10:00:00-04:00
	// 2025-07-04T10:00:00Z
}
