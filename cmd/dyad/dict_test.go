package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDictCheck(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "mine.actors.txt"), []byte("TUVALU [TUV]\nNAURU\n\t[NRU 2020-01-01]\nTUVALU [TUVGOV]\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "mine.jsonl"), []byte(`{"agent":{"names":["ENVOY"],"code":"DIP"}}`+"\n"+`{"agent":{"names":["X"]}}`+"\n"), 0o644)
	out, _, err := run(t, "", "dict", "check", dir)
	if err == nil {
		t.Fatalf("no error for dictionaries with problems:\n%s", out)
	}
	for _, want := range []string{"duplicate actor name TUVALU (also mine.actors.txt:1)", "mine.actors.txt:3: NRU: bad date", "mine.jsonl:2: agent needs names and a code"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	good := filepath.Join(t.TempDir(), "good.jsonl")
	os.WriteFile(good, []byte(`{"actor":{"names":["TUVALU"],"codes":[{"code":"TUV"}]}}`+"\n"), 0o644)
	if out, stderr, err := run(t, "", "dict", "check", good); err != nil || !strings.Contains(out, "actors 1 ") {
		t.Errorf("check of a good file: %v\n%s%s", err, out, stderr)
	}
	if _, _, err := run(t, "", "dict", "check", filepath.Join(dir, "missing")); err == nil {
		t.Error("no error for a missing path")
	}
}

func TestDictConvertRoundTrip(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "mine.actors.txt"), []byte("TUVALU [TUV]\n+TUVALUAN\nRUFUS_FIREFLY\n\t[TUVGOV 19330101-19331231]\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "mine.verbs.txt"), []byte("--- SNUB [---] ---\nSNUB\n- * + [111]\n- * + (AT +) [111]\n"), 0o644)
	outFile := filepath.Join(t.TempDir(), "mine.jsonl")
	if _, stderr, err := run(t, "", "dict", "convert", dir, "-o", outFile); err != nil {
		t.Fatalf("convert: %v\n%s", err, stderr)
	}
	data, _ := os.ReadFile(outFile)
	for _, want := range []string{`"TUVALUAN"`, `"from":"1933-01-01"`, `"- * + [111]"`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("converted file lacks %s:\n%s", want, data)
		}
	}
	out, stderr, err := run(t, "", "dict", "check", outFile)
	if err != nil || !strings.Contains(out, "actors 2 agents 0 verb_blocks 1") {
		t.Errorf("check of the converted file: %v\n%s%s", err, out, stderr)
	}
}

func TestCodeWithUserDictionary(t *testing.T) {
	text := "Jane Roe criticised Chad on Monday.\n"
	args := []string{"code", "-q", "--format", "csv", "--published", "2025-03-05", "-"}
	out, stderr, err := run(t, text, args...)
	if err != nil {
		t.Fatalf("code: %v\n%s", err, stderr)
	}
	if strings.Contains(out, "MNG") {
		t.Fatalf("unknown name coded without a user dictionary:\n%s", out)
	}
	user := filepath.Join(t.TempDir(), "people.jsonl")
	os.WriteFile(user, []byte(`{"actor":{"names":["JANE_ROE"],"codes":[{"code":"MNGGOV","from":"2024-01-01"}]}}`+"\n"), 0o644)
	out, stderr, err = run(t, text, append([]string{"code", "--dict", user}, args[1:]...)...)
	if err != nil {
		t.Fatalf("code --dict: %v\n%s", err, stderr)
	}
	if !strings.Contains(out, "MNGGOV") || !strings.Contains(out, "TCD") {
		t.Errorf("no MNGGOV -> TCD event with --dict:\n%s", out)
	}
	// With --dict-replace the embedded dictionaries are gone: Chad is unknown.
	out, _, err = run(t, text, append([]string{"code", "--dict", user, "--dict-replace"}, args[1:]...)...)
	if err != nil || strings.Contains(out, "TCD") {
		t.Errorf("--dict-replace still knows Chad (%v):\n%s", err, out)
	}
	if _, _, err := run(t, text, append([]string{"code", "--dict-replace"}, args[1:]...)...); err == nil {
		t.Error("no error for --dict-replace without --dict")
	}
}
