package dict_test

import (
	"fmt"
	"strings"
	"time"

	"dyad/dict"
)

func Example() {
	const actors = `
HAMID_KARZAI_  # CountryInfo.txt
+PRESIDENT_KARZAI_
	[AFGELI 750101-000101]
	[AFGGOV >011222]
	[AFGELI]
`
	list, warnings, err := dict.ReadActors(strings.NewReader(actors), "example.actors.txt")
	if err != nil {
		panic(err)
	}
	a := list[0]
	for _, d := range []string{"1990-01-01", "2005-01-01"} {
		t, _ := time.Parse(time.DateOnly, d)
		code, _ := a.CodeAt(t)
		fmt.Println(a.Names[1], d, code)
	}
	fmt.Println(len(warnings), "warnings")
	// Output:
	// [PRESIDENT KARZAI] 1990-01-01 AFGELI
	// [PRESIDENT KARZAI] 2005-01-01 AFGGOV
	// 0 warnings
}

func ExampleDefault() {
	set, err := dict.Default()
	if err != nil {
		panic(err)
	}
	for _, b := range set.Verbs.Blocks {
		if b.Name == "ACCELERATE" {
			fmt.Println(b.Verbs[0].Words, b.Patterns[0])
		}
	}
	// Output:
	// [ACCELERATE] - * (TO) [042:043]
}
