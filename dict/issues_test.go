package dict

import (
	"reflect"
	"strings"
	"testing"
)

func TestReadIssues(t *testing.T) {
	in := `<ISSUE CATEGORY="EDUCATION" TYPE="ALL">
n:teacher [TEACHERS]
pre+k [EARLY_CHILDHOOD_EDUCATION]
ethnic v:purge [ID_ATROCITY]
n:bachelor n:degree [POSTSECONDARY_EDUCATION]
touristry[TOURISM]
~a head start
~~Armenian genocide  # not coding historical cases
eec
</ISSUE>
</ISSUE>
lost [X]
<FOO>
`
	got, warns, err := ReadIssues(strings.NewReader(in), "Issues.txt")
	if err != nil {
		t.Fatal(err)
	}
	checkWarnings(t, warns, []string{
		"Issues.txt:9: issue phrase without a code", "Issues.txt:11: </ISSUE> without <ISSUE>",
		"Issues.txt:12: issue phrase outside", "Issues.txt:13: unknown tag",
	})
	type issue struct {
		cat, code string
		phrases   string
		excl      Scope
	}
	var have []issue
	for _, is := range got {
		var ph []string
		for _, p := range is.Phrases {
			ph = append(ph, strings.Join(p, " "))
		}
		have = append(have, issue{is.Category, is.Code, strings.Join(ph, "|"), is.Exclude})
	}
	want := []issue{
		{"EDUCATION", "TEACHERS", "TEACHER|TEACHERS", NoExclusion},
		{"EDUCATION", "EARLY_CHILDHOOD_EDUCATION", "PRE K|PRE-K", NoExclusion},
		{"EDUCATION", "ID_ATROCITY", "ETHNIC PURGE|ETHNIC PURGES|ETHNIC PURGED|ETHNIC PURGING", NoExclusion},
		{"EDUCATION", "POSTSECONDARY_EDUCATION", "BACHELOR DEGREE|BACHELOR DEGREES|BACHELORS DEGREE|BACHELORS DEGREES", NoExclusion},
		{"EDUCATION", "TOURISM", "TOURISTRY", NoExclusion},
		{"EDUCATION", "", "A HEAD START", ExcludeSentence},
		{"EDUCATION", "", "ARMENIAN GENOCIDE", ExcludeStory},
		{"", "X", "LOST", NoExclusion},
	}
	if !reflect.DeepEqual(have, want) {
		t.Errorf("got\n%+v\nwant\n%+v", have, want)
	}
}

func TestIssueUnclosed(t *testing.T) {
	_, warns, _ := ReadIssues(strings.NewReader("<ISSUE CATEGORY=\"A\">\nx [Y]\n<ISSUE CATEGORY=B>\n"), "i.txt")
	checkWarnings(t, warns, []string{"i.txt:3: <ISSUE> inside", "i.txt:3: <ISSUE CATEGORY=\"B\"> not closed"})
}
