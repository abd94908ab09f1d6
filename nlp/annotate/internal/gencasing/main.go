// Command gencasing writes the casing lexicon of package annotate: the
// words that a UD treebank writes mostly in lower case in the middle of a
// sentence, so that a title-case headline can be tagged as running text.
//
//	go run ./nlp/annotate/internal/gencasing ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu \
//		| gzip -9n > nlp/annotate/data/lower.txt.gz
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gencasing TREEBANK.conllu")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "gencasing:", err)
		os.Exit(1)
	}
}

func run(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	lower, upper := map[string]int{}, map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	pos, prev := 0, ""
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			pos, prev = 0, ""
			continue
		}
		if line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 4 || strings.ContainsAny(cols[0], "-.") {
			continue
		}
		form := cols[1]
		pos++
		// Skip the first word of a sentence and words after sentence-final
		// punctuation, quotes and colons, which are capitalised anyway.
		midSentence := pos > 1 && !strings.ContainsAny(prev, ".!?:\"“‘'")
		prev = form
		if !midSentence {
			continue
		}
		r, _ := utf8.DecodeRuneInString(form)
		if !unicode.IsLetter(r) {
			continue
		}
		l := strings.ToLower(form)
		switch {
		case form == l:
			lower[l]++
		case unicode.IsUpper(r) && form[1:] == l[1:]:
			upper[l]++
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	var out []string
	for w, n := range lower {
		if n >= 2 && n >= 2*upper[w] {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "# Words written mostly in lower case in the middle of a sentence in UD English-EWT (CC BY-SA 4.0).")
	for _, s := range out {
		fmt.Fprintln(w, s)
	}
	return w.Flush()
}
