package dict

import (
	"reflect"
	"strings"
	"testing"
)

func TestReadDiscards(t *testing.T) {
	in := "# Story-level discards are indicated with a '+'.\nMONTHS LATER\n+World Golf Championships   # pas\n" +
		"AFRICAN NATIONS CUP   # ab 13 Jun 2005 ;AB 13 JUN 2005\nBASEBALL_\n+\nAVATAR [X]\n"
	got, warns, err := ReadDiscards(strings.NewReader(in), "d.txt")
	if err != nil {
		t.Fatal(err)
	}
	checkWarnings(t, warns, []string{"d.txt:6: empty discard phrase", "d.txt:7: brackets in discard phrase"})
	want := []Discard{
		{Words: []string{"MONTHS", "LATER"}, File: "d.txt", Line: 2},
		{Words: []string{"WORLD", "GOLF", "CHAMPIONSHIPS"}, Story: true, File: "d.txt", Line: 3},
		{Words: []string{"AFRICAN", "NATIONS", "CUP"}, File: "d.txt", Line: 4},
		{Words: []string{"BASEBALL"}, Exact: true, File: "d.txt", Line: 5},
		{Words: []string{"AVATAR", "[X]"}, File: "d.txt", Line: 7},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}
