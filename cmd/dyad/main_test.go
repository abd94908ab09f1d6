package main

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestMain lets the test binary act as the dyad binary in child processes:
// with DYAD_TEST_AS_MAIN=1 it runs main instead of the tests. The kill test
// uses this to SIGKILL a real ingest process.
func TestMain(m *testing.M) {
	if os.Getenv("DYAD_TEST_AS_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// dyadCmd returns a command that runs this test binary as dyad with args.
func dyadCmd(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	c := exec.Command(exe, args...)
	c.Env = append(os.Environ(), "DYAD_TEST_AS_MAIN=1", "DYAD_DB=")
	return c
}

// run runs dyad in-process with args and returns stdout, stderr and the
// error from Execute.
func run(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	root := newRootCmd()
	var out, errb bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errb)
	root.SetIn(bytes.NewBufferString(stdin))
	root.SetArgs(args)
	err := root.Execute()
	return out.String(), errb.String(), err
}

func TestVersion(t *testing.T) {
	out, _, err := run(t, "", "version")
	if err != nil || !strings.HasPrefix(out, "dyad ") || !strings.Contains(out, "(commit ") {
		t.Errorf("version = %q, %v", out, err)
	}
}

func TestHelpListsEveryCommandWithAnExample(t *testing.T) {
	root := newRootCmd()
	for _, c := range root.Commands() {
		if !c.IsAvailableCommand() || c.Name() == "help" || c.Name() == "completion" {
			continue
		}
		if c.Short == "" {
			t.Errorf("%s has no one-line purpose", c.Name())
		}
		if c.Example == "" {
			t.Errorf("%s has no example", c.Name())
		}
		if !strings.Contains(root.Example, "dyad "+c.Name()) {
			t.Errorf("dyad --help shows no example of %s", c.Name())
		}
	}
}
