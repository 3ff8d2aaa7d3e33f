package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheckListsDuplicates(t *testing.T) {
	dir := t.TempDir()
	text := "The harbour board of Velmora voted on Tuesday to close the north pier after inspectors found cracks in 14 pillars.\n"
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	for _, p := range []string{a, b} {
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := checkJSON(t, a, b, a)
	if len(r.Duplicates) != 1 || r.Duplicates[0].Source != b || r.Duplicates[0].SameAs != a {
		t.Errorf("duplicates %+v, want b.txt same as a.txt once", r.Duplicates)
	}
	out, _, code := runCLI(t, "", "check", a, b)
	if code != 0 || !strings.Contains(out, "same content as "+a) {
		t.Errorf("exit %d, text report lacks the duplicate:\n%s", code, out)
	}
}

// TestBenchLineage runs bench lineage on a small fictional labelled file:
// a wire take (with its header), a paper's copy of it, a paper's own
// report of the event, and an unrelated story.
func TestBenchLineage(t *testing.T) {
	wire := "  ------------------------------------------------------------------------\n" +
		"                  09:12 14/03/24: Page 1 (HHH) NEWS Pier\n" +
		"  ------------------------------------------------------------------------\n" +
		"PIER CLOSED AFTER CRACKS FOUND<\n\x19By Ada Vell, Norpress News<\n" +
		"\x19The harbour board of Velmora voted today to close the north pier after inspectors found cracks in 14 of its pillars.<\n" +
		"\x19Repairs will cost 2.3 million crowns and take until the autumn, the board said.<\n" +
		"\x19Fishing boats will use the south quay meanwhile, harbour master Ilse Brandt said.<\n"
	copyText := "The harbour board of Velmora voted yesterday to close the north pier after inspectors found cracks in 14 of its pillars.\n\nRepairs will cost 2.3 million crowns and take until the autumn, the board said.\n\nFishing boats will use the south quay meanwhile, harbour master Ilse Brandt said."
	own := "Velmora's fishermen grumbled on the south quay as the old north pier stood empty behind a fence.\n\nSome of them remembered the last repairs there in the 1990s and doubted the work would be done by the autumn.\n\nA café owner said she expected to lose half her summer trade."
	other := "Lindhaven won the regional cup final 2-0 on Saturday with two goals from Tomas Reyes in the second half."
	lines := []map[string]string{
		{"id": "w1", "cluster": "pier", "derivation": "source", "text": wire},
		{"id": "p1", "cluster": "pier", "derivation": "wholly", "text": copyText},
		{"id": "p2", "cluster": "pier", "derivation": "non", "text": own},
		{"id": "p3", "cluster": "cup", "derivation": "non", "text": other},
	}
	var sb strings.Builder
	for _, l := range lines {
		b, _ := json.Marshal(l)
		sb.Write(b)
		sb.WriteByte('\n')
	}
	in := filepath.Join(t.TempDir(), "lineage.jsonl")
	if err := os.WriteFile(in, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, by := range []string{"", "--by-cluster"} {
		args := []string{"bench", "lineage", "--input", in, "--json"}
		if by != "" {
			args = append(args, by)
		}
		out, serr, code := runCLI(t, "", args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, serr)
		}
		var res struct {
			Scores []struct {
				Name    string  `json:"name"`
				Texts   int     `json:"texts"`
				MacroF1 float64 `json:"macro_f1"`
			} `json:"scores"`
			WireFromClient int `json:"wire_from_client"`
		}
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		if len(res.Scores) != 3 || res.Scores[0].Texts != 3 {
			t.Fatalf("%v: scores %+v, want 3 sets over 3 paper texts", args, res.Scores)
		}
		// wholly and non predicted right: F1 1 for both, partially absent
		if got := res.Scores[0].MacroF1; got < 0.66 {
			t.Errorf("%v: macro-F1 %.3f, want 2/3 (wholly and non right)\n%s", args, got, out)
		}
	}
	if _, _, code := runCLI(t, "", "bench", "lineage"); code != 2 {
		t.Errorf("bench lineage without --input: exit %d, want 2", code)
	}
}
