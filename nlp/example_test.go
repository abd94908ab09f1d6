package nlp_test

import (
	"fmt"
	"strings"

	"dyad/nlp"
)

func ExampleTokenize() {
	text := "KABUL, July 3 (Reuters) - Russia recognised the Taliban-led government. " +
		"Afghanistan's minister didn't comment in the U.S.\n"
	doc := nlp.Tokenize(text)
	for i, s := range doc.Sentences {
		forms := make([]string, len(s.Tokens))
		for j, t := range s.Tokens {
			forms[j] = t.Form
		}
		fmt.Printf("%d [%d:%d] %s\n", i, s.Start, s.End, strings.Join(forms, " "))
	}
	t := doc.Sentences[1].Tokens[1]
	fmt.Printf("%q at %d:%d, SpaceAfter=%v\n", t.Form, t.Start, t.End, t.SpaceAfter)
	// Output:
	// 0 [0:71] KABUL , July 3 ( Reuters ) - Russia recognised the Taliban - led government .
	// 1 [72:121] Afghanistan 's minister did n't comment in the U.S .
	// "'s" at 83:85, SpaceAfter=true
}
