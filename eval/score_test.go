package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"dyad/pipeline"
)

const sampleGold = `{"id": "a1", "published": "2025-07-04", "events": [ {"source": "RUS", "source_sector": "GOV", "target": "AFG", "target_sector": "GOV", "code": "054", "date": "2025-07-03", "core": true}, {"source": "AFG", "target": "RUS", "code": "051", "date": null, "core": false}, {"source": "IGOUNO", "target": "AFG", "code": "0231", "date": "2025-07", "core": false}], "traps": [{"source": "", "target": "AFG", "code": "054", "kind": "negated"}, {"source": "CHN", "target": "AFG", "code": "054", "kind": "future"}]}
{"id": 7, "events": [], "traps": [{"source": "USA", "target": "IRN", "code": "190", "kind": "hypothetical"}]}
`

const samplePred = `{"article_id": "a1", "source": {"code": "RUSGOV", "country": "RUS"}, "target": {"code": "AFGGOV"}, "code": "054", "modality": "asserted", "date": "2025-07-03"}
{"article_id": "a1", "source": {"code": "AFGGOV"}, "target": {"code": "RUS"}, "code": "0512", "modality": "asserted", "date": "2025-07-04"}
{"article_id": "a1", "source": {"code": "CHNGOV"}, "target": {"code": "AFGGOV"}, "code": "054", "modality": "future"}
{"article_id": "a1", "source": {"code": "IGOUNOKID"}, "target": {"code": "AFG"}, "code": "020", "date": "2025-07-09"}
{"article_id": "a1", "source": {"code": "PAK"}, "target": {"code": "PAKGOV"}, "code": "040"}
{"article_id": 7, "source": {"code": "USA"}, "target": {"code": "IRN"}, "code": "193", "modality": "asserted"}
{"article_id": "zz", "source": {"code": "USA"}, "target": {"code": "IRN"}, "code": "193"}
`

func TestScore(t *testing.T) {
	gold, err := ReadGold(strings.NewReader(sampleGold))
	if err != nil {
		t.Fatal(err)
	}
	pred, err := ReadPred(strings.NewReader(samplePred))
	if err != nil {
		t.Fatal(err)
	}
	s := Score(gold, pred)
	if s.RootCounts != [3]int{3, 1, 0} {
		t.Errorf("root counts %v, want [3 1 0]", s.RootCounts)
	}
	if s.CodeCounts != [3]int{2, 2, 1} {
		t.Errorf("code counts %v, want [2 2 1]", s.CodeCounts)
	}
	if s.Core != [2]int{1, 1} || s.Dates != [2]int{2, 2} || s.Traps != [2]int{1, 2} {
		t.Errorf("core %v dates %v traps %v", s.Core, s.Dates, s.Traps)
	}
	if math.Abs(s.TrapAvoidance-0.5) > 1e-9 {
		t.Errorf("trap avoidance %v", s.TrapAvoidance)
	}
}

func TestActorKey(t *testing.T) {
	tests := []struct {
		a    ActorRef
		want string
	}{
		{ActorRef{Code: "RUSGOV"}, "RUS"},
		{ActorRef{Code: "rusgov"}, "RUS"},
		{ActorRef{Code: "XXXGOV", Country: "afg"}, "AFG"},
		{ActorRef{Code: "IGOUNOKID"}, "IGOUNO"},
		{ActorRef{Code: "IGOXYZABC"}, "IGOXYZ"},
		{ActorRef{Code: ""}, ""},
		{ActorRef{Null: true}, ""},
	}
	for _, tt := range tests {
		if got := ActorKey(tt.a); got != tt.want {
			t.Errorf("ActorKey(%+v) = %q, want %q", tt.a, got, tt.want)
		}
	}
}

// TestAgreesWithScoreEvents runs the reference scorer of ../shared on the
// same gold and predictions and compares every figure.
func TestAgreesWithScoreEvents(t *testing.T) {
	script := filepath.Join("..", "..", "shared", "tools", "score_events.py")
	if _, err := os.Stat(script); err != nil {
		t.Skipf("skipping: %s not found", script)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("skipping: no python3")
	}
	dir := t.TempDir()
	cases := map[string][2]string{"sample": {sampleGold, samplePred}}
	if gold, err := os.ReadFile(filepath.Join("..", "..", "shared", "data", "news-dev", "gold.jsonl")); err == nil {
		cases["news-dev"] = [2]string{string(gold), codeNews(t, string(gold))}
	}
	for name, c := range cases {
		gp, pp := filepath.Join(dir, name+".gold"), filepath.Join(dir, name+".pred")
		os.WriteFile(gp, []byte(c[0]), 0o644)
		os.WriteFile(pp, []byte(c[1]), 0o644)
		out, err := exec.Command(py, script, gp, pp, "--json").Output()
		if err != nil {
			t.Fatalf("%s: score_events.py: %v", name, err)
		}
		var ref map[string]any
		if err := json.Unmarshal(bytes.TrimSpace(out), &ref); err != nil {
			t.Fatalf("%s: %v in %s", name, err, out)
		}
		gold, _ := ReadGold(strings.NewReader(c[0]))
		pred, _ := ReadPred(strings.NewReader(c[1]))
		s := Score(gold, pred)
		mine := map[string]any{
			"articles":       float64(s.Articles),
			"root_precision": s.RootP, "root_recall": s.RootR, "root_f1": s.RootF1,
			"code_precision": s.CodeP, "code_recall": s.CodeR, "code_f1": s.CodeF1,
			"core_recall": opt(s.HasCore, s.CoreRecall), "date_accuracy": opt(s.HasDate, s.DateAccuracy),
			"trap_avoidance": opt(s.HasTraps, s.TrapAvoidance),
		}
		for k, v := range mine {
			r := ref[k]
			switch v := v.(type) {
			case nil:
				if r != nil {
					t.Errorf("%s: %s = None, score_events.py says %v", name, k, r)
				}
			case float64:
				rf, ok := r.(float64)
				if !ok || math.Abs(rf-v) > 0.00006 {
					t.Errorf("%s: %s = %.4f, score_events.py says %v", name, k, v, r)
				}
			}
		}
		counts := ref["counts"].(map[string]any)
		if got, want := jsonInts(counts["tp_fp_fn_root"]), s.RootCounts[:]; !equalInts(got, want) {
			t.Errorf("%s: root counts %v, score_events.py %v", name, want, got)
		}
	}
}

// codeNews codes the articles of a gold file with the default pipeline and
// returns the events as `dyad code --format jsonl --all` writes them.
func codeNews(t *testing.T, gold string) string {
	arts, err := ReadArticles(strings.NewReader(gold))
	if err != nil {
		t.Fatal(err)
	}
	p, _, err := pipeline.Default(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, a := range arts {
		evs, err := p.Code(context.Background(), a.Article)
		if err != nil {
			t.Fatal(err)
		}
		FixDates(evs, a.Published)
		for _, e := range evs {
			enc.Encode(e)
		}
	}
	return b.String()
}

func opt(ok bool, v float64) any {
	if !ok {
		return nil
	}
	return v
}

func jsonInts(v any) []int {
	var out []int
	for _, x := range v.([]any) {
		out = append(out, int(x.(float64)))
	}
	return out
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func FuzzGold(f *testing.F) {
	f.Add(sampleGold, samplePred)
	f.Add(`{"id": null, "events": [{"source": {"code": 5}, "target": "", "code": ""}]}`, `{"article_id": 1.5, "source": null}`)
	f.Fuzz(func(t *testing.T, g, p string) {
		gold, _ := ReadGold(strings.NewReader(g))
		pred, _ := ReadPred(strings.NewReader(p))
		s := Score(gold, pred)
		if s.RootP < 0 || s.RootP > 1 || s.RootR < 0 || s.RootR > 1 {
			t.Fatalf("bad scores %+v", s)
		}
		var b bytes.Buffer
		s.Write(&b, true)
		ReadArticles(strings.NewReader(g))
	})
}
