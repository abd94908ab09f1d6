package main

import (
	"strings"
	"testing"
)

func TestActorsUnknown(t *testing.T) {
	out, _, err := run(t, "", "actors", "unknown", "--format", "csv", "../../examples")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "count,name,title,code,examples\n") {
		t.Errorf("header: %q", out)
	}
	// Invented office holders of the example articles, introduced with
	// their titles, are in no dictionary.
	for _, name := range []string{"Idriss Mahamat", "Ana Rusu"} {
		if !strings.Contains(out, name) {
			t.Errorf("unknown names lack %q:\n%s", name, out)
		}
	}
	if _, _, err := run(t, "", "actors", "unknown", "--format", "xml", "../../examples"); err == nil {
		t.Error("--format xml succeeded")
	}
}
