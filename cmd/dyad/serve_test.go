package main

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestServe runs dyad serve as a process on a free port, reads and posts
// through it, and stops it with SIGTERM: it must shut down cleanly.
func TestServe(t *testing.T) {
	db := filepath.Join(t.TempDir(), "serve.db")
	c := dyadCmd(t, "serve", "--addr", "127.0.0.1:0", "--db", db, "--no-code")
	c.Env = append(c.Env, "DYAD_TOKEN=test-token")
	stderr, err := c.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	defer c.Process.Kill()
	lines := bufio.NewScanner(stderr)
	re := regexp.MustCompile(`on (http://127\.0\.0\.1:\d+) \(POST /articles enabled\)`)
	base := ""
	for lines.Scan() {
		if m := re.FindStringSubmatch(lines.Text()); m != nil {
			base = m[1]
			break
		}
	}
	if base == "" {
		t.Fatal("dyad serve did not say where it listens")
	}
	rest := make(chan string, 1)
	go func() {
		var b strings.Builder
		for lines.Scan() {
			b.WriteString(lines.Text() + "\n")
		}
		rest <- b.String()
	}()

	res, err := http.Get(base + "/health")
	if err != nil {
		t.Fatal(err)
	}
	var h struct {
		OK       bool `json:"ok"`
		Articles int  `json:"articles"`
	}
	json.NewDecoder(res.Body).Decode(&h)
	res.Body.Close()
	if res.StatusCode != 200 || !h.OK || h.Articles != 0 {
		t.Errorf("health = %d %+v", res.StatusCode, h)
	}

	body := `{"id":"s1","outlet":"Example Wire","published":"2026-03-02","text":"An invented sentence about talks."}` + "\n"
	req, _ := http.NewRequest("POST", base+"/articles", strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer test-token")
	res, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(b), `"new":1`) {
		t.Errorf("POST /articles = %d %s", res.StatusCode, b)
	}
	if res, err = http.Get(base + "/articles/s1"); err != nil || res.StatusCode != 200 {
		t.Errorf("GET /articles/s1 = %v, %v", res, err)
	} else {
		res.Body.Close()
	}

	if err := c.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- c.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("dyad serve after SIGTERM: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("dyad serve did not stop after SIGTERM")
	}
	if out := <-rest; !strings.Contains(out, "server stopped") {
		t.Errorf("stderr after SIGTERM = %q", out)
	}
}

func TestServeBadAddr(t *testing.T) {
	db := filepath.Join(t.TempDir(), "serve.db")
	_, _, err := run(t, "", "serve", "--addr", "127.0.0.1:notaport", "--db", db)
	if err == nil || !strings.Contains(err.Error(), "serve") {
		t.Errorf("serve with a bad address: %v", err)
	}
}
