package coder_test

import (
	"fmt"
	"strings"
	"time"

	"dyad/coder"
	"dyad/dict"
	"dyad/nlp/conllu"
)

func Example() {
	set := &dict.Set{}
	set.ReadFile(strings.NewReader("ARNOR_ [ARN]\nGONDOR_ [GON]\n"), "example.actors.txt", dict.ActorsFile)
	set.ReadFile(strings.NewReader("--- RECOGNIZE [054] ---\nRECOGNIZE\nRECOGNISE\n"), "example.verbs.txt", dict.VerbsFile)
	c := coder.New(set, coder.Options{})

	// "Arnor recognised Gondor on Monday.", parsed.
	sents, _ := conllu.ReadAll(strings.NewReader(
		"1\tArnor\tArnor\tPROPN\t_\t_\t2\tnsubj\t_\t_\n" +
			"2\trecognised\trecognise\tVERB\t_\t_\t0\troot\t_\t_\n" +
			"3\tGondor\tGondor\tPROPN\t_\t_\t2\tobj\t_\t_\n" +
			"4\ton\ton\tADP\t_\t_\t5\tcase\t_\t_\n" +
			"5\tMonday\tMonday\tPROPN\t_\t_\t2\tobl\t_\t_\n" +
			"6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n"))
	doc := conllu.ToDoc(sents)
	for _, e := range c.CodeDoc(doc, time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)) {
		fmt.Println(e.Source.Code, e.Code, e.Target.Code, e.Modality, e.Date, doc.Text[e.Span[0]:e.Span[1]])
	}
	// Output:
	// ARN 054 GON asserted 2025-03-04 Arnor recognised Gondor
}
