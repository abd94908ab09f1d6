package nlp

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// tokenCases give a text and its tokens, space-separated, following UD
// English-EWT conventions.
var tokenCases = []struct {
	text, want string
}{
	{"", ""},
	{"Hello world", "Hello world"},
	{"They don't know.", "They do n't know ."},
	{"We can't and won't stop.", "We ca n't and wo n't stop ."},
	{"I'm sure they're here, we've seen it, you'll see, he'd know.", "I 'm sure they 're here , we 've seen it , you 'll see , he 'd know ."},
	{"Afghanistan's foreign minister", "Afghanistan 's foreign minister"},
	{"Afghanistan\u2019s leaders don\u2019t", "Afghanistan \u2019s leaders do n\u2019t"},
	{"DON'T SHOUT", "DO N'T SHOUT"},
	{"I cannot say, I'm gonna go", "I can not say , I 'm gon na go"},
	{"the parents' view", "the parents ' view"},
	{"in the 1980's and '90s", "in the 1980's and '90s"},
	{"O'Neill's office", "O'Neill 's office"},
	{"the Taliban-led government", "the Taliban - led government"},
	{"a well-known pro-Russian e-mail", "a well - known pro-Russian e-mail"},
	{"non-binding anti-government co-founder ex-president", "non-binding anti-government co-founder ex-president"},
	{"a 26-year-old man", "a 26 - year - old man"},
	{"U.S.-led forces", "U.S. - led forces"},
	{"a 5-4 vote in 1999-2000", "a 5 - 4 vote in 1999 - 2000"},
	{"call 713-853-3989 or 345-9945", "call 713-853-3989 or 345-9945"},
	{"on 2025-07-03 at 10:30 GMT", "on 2025-07-03 at 10:30 GMT"},
	{"$1,000.50 and 3.5% or -2.5", "$ 1,000.50 and 3.5 % or -2.5"},
	{"\u20ac20bn, $44m, 75k", "\u20ac 20 bn , $ 44 m , 75 k"},
	{"at 5pm or 7:30PM", "at 5 pm or 7:30 PM"},
	{"US$5bn or HK$20", "US$ 5 bn or HK$ 20"},
	{"the 3rd and 21st and 1990s", "the 3rd and 21st and 1990s"},
	{"on 9/11 and 16/11/2004, 3/4 of them", "on 9/11 and 16/11/2004 , 3 / 4 of them"},
	{"and/or w/o", "and / or w/o"},
	{"U.S. e.g. i.e. Dr. Mr. etc. are kept", "U.S. e.g. i.e. Dr. Mr. etc. are kept"},
	{"J.R.R. Tolkien and John F. Kennedy", "J.R.R. Tolkien and John F. Kennedy"},
	{"in the U.S.", "in the U.S ."},
	{"in the U.S.\nThe end", "in the U.S . The end"},
	{"He said \"no.\"", "He said \" no . \""},
	{"(Reuters) - Russia", "( Reuters ) - Russia"},
	{"\u201cQuoted\u201d and \u2018single\u2019", "\u201c Quoted \u201d and \u2018 single \u2019"},
	{"Wait... what?! No!!!", "Wait ... what ?! No !!!"},
	{"Done\u2026 really", "Done \u2026 really"},
	{"word--word -- dash \u2014 em", "word -- word -- dash \u2014 em"},
	{"see https://example.org/a?b=1&c=2, or www.example.com.", "see https://example.org/a?b=1&c=2 , or www.example.com ."},
	{"mail press@example.org.", "mail press@example.org ."},
	{"AT&T and PG&E", "AT&T and PG&E"},
	{"#1 and #Ukraine @user", "# 1 and #Ukraine @user"},
	{"smile :) ok", "smile :) ok"},
	{"[brackets] {braces} <angle>", "[ brackets ] { braces } < angle >"},
	{"a;b c:d e,f", "a ; b c : d e , f"},
	{"Ca\u00f1\u00f3n S\u00e3o Paulo, Z\u00fcrich", "Ca\u00f1\u00f3n S\u00e3o Paulo , Z\u00fcrich"},
	{"\u0645\u0631\u062d\u0628\u0627 \u4f60\u597d", "\u0645\u0631\u062d\u0628\u0627 \u4f60\u597d"},
	{"non\u00a0breaking\u2003spaces\u200bzero", "non breaking spaces zero"},
	{"bad\xffbyte \xfe\xfe", "bad\xffbyte \xfe\xfe"},
	{"ctrl\x00char\x07s", "ctrl char s"},
}

func TestTokenize(t *testing.T) {
	for _, tc := range tokenCases {
		d := Tokenize(tc.text)
		var got []string
		for _, s := range d.Sentences {
			for _, tok := range s.Tokens {
				got = append(got, tok.Form)
			}
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("Tokenize(%q):\n got %q\nwant %q", tc.text, g, tc.want)
		}
		checkDoc(t, tc.text, d)
	}
}

func TestSpaceAfter(t *testing.T) {
	text := "He said: \"No.\"\nThen (sadly) left. "
	d := Tokenize(text)
	var b strings.Builder
	for _, s := range d.Sentences {
		for _, tok := range s.Tokens {
			b.WriteString(tok.Form)
			if tok.SpaceAfter {
				b.WriteByte(' ')
			}
		}
	}
	if got, want := b.String(), "He said: \"No.\" Then (sadly) left. "; got != want {
		t.Errorf("rebuilt %q, want %q", got, want)
	}
}

func TestTokenizeSentence(t *testing.T) {
	text := "xx He lives in the U.S. Mr. Smith doesn't. yy"
	toks := TokenizeSentence(text, 3, len(text)-3)
	var got []string
	for _, tok := range toks {
		got = append(got, tok.Form)
		if text[tok.Start:tok.End] != tok.Form {
			t.Errorf("token %q at %d:%d", tok.Form, tok.Start, tok.End)
		}
	}
	if g, w := strings.Join(got, " "), "He lives in the U.S. Mr. Smith does n't ."; g != w {
		t.Errorf("TokenizeSentence: got %q, want %q", g, w)
	}
	for _, r := range [][2]int{{0, 0}, {5, 2}, {-3, 4}, {40, 1000}} {
		for _, tok := range TokenizeSentence(text, r[0], r[1]) {
			if tok.Start < 0 || tok.End > len(text) || tok.Start >= tok.End {
				t.Errorf("range %v: bad token %+v", r, tok)
			}
		}
	}
}

// checkDoc checks the invariants of a Doc: sentences and tokens are
// non-empty, in order, non-overlapping, within the text; each Form is the
// text it covers and holds no white space; Head is -1.
func checkDoc(t testing.TB, text string, d *Doc) {
	t.Helper()
	if d.Text != text {
		t.Fatalf("Doc.Text differs from the input")
	}
	prev := 0
	for i, s := range d.Sentences {
		if len(s.Tokens) == 0 {
			t.Fatalf("sentence %d has no tokens", i)
		}
		if s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End {
			t.Fatalf("sentence %d span %d:%d does not match its tokens", i, s.Start, s.End)
		}
		for _, tok := range s.Tokens {
			if tok.Start < prev || tok.Start >= tok.End || tok.End > len(text) {
				t.Fatalf("token %q at %d:%d out of order (previous end %d, text length %d)", tok.Form, tok.Start, tok.End, prev, len(text))
			}
			if tok.Form != text[tok.Start:tok.End] {
				t.Fatalf("token form %q differs from text %q", tok.Form, text[tok.Start:tok.End])
			}
			if tok.Head != -1 {
				t.Fatalf("token %q has head %d", tok.Form, tok.Head)
			}
			if strings.ContainsAny(tok.Form, " \t\n\r") {
				t.Fatalf("token %q holds white space", tok.Form)
			}
			if utf8.ValidString(tok.Form) && strings.ContainsFunc(tok.Form, isInvisible) {
				t.Fatalf("token %q holds an invisible or space character", tok.Form)
			}
			if want := tok.End < len(text) && spaceAt(text, tok.End); tok.SpaceAfter != want {
				t.Fatalf("token %q: SpaceAfter %v", tok.Form, tok.SpaceAfter)
			}
			prev = tok.End
		}
	}
}

// isInvisible reports whether r would be skipped as white space.
func isInvisible(r rune) bool {
	k := kindOf(r, utf8.RuneLen(r))
	return k == kSpace || k == kNewline
}
