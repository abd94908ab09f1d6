package main

import (
	"bytes"
	"os"
	"os/exec"
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
