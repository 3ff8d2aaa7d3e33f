package attack

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

func load(t *testing.T) *Catalog {
	t.Helper()
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"APT 28", "apt28"}, {"APT-28", "apt28"}, {"apt28", "apt28"},
		{"Threat Group-3390", "threatgroup3390"}, {"TEMP.Veles", "tempveles"},
	} {
		if got := Key(tc.in); got != tc.want {
			t.Errorf("Key(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLookupAliasesAreOneGroup(t *testing.T) {
	c := load(t)
	var ids []string
	for _, n := range []string{"APT31", "ZIRCONIUM", "Violet Typhoon", "violet typhoon"} {
		gs := c.Lookup(n)
		if len(gs) != 1 {
			t.Fatalf("Lookup(%q) = %d groups, want 1", n, len(gs))
		}
		ids = append(ids, gs[0].ID)
	}
	for _, id := range ids[1:] {
		if id != ids[0] {
			t.Errorf("aliases resolve to %v, want one group", ids)
		}
	}
	if gs := c.Lookup("Estmark Spiders"); len(gs) != 0 {
		t.Errorf("an unknown name resolved to %v", gs)
	}
}

func TestResolveSharedAliasNeedsEvidence(t *testing.T) {
	c := load(t)
	// "Thrip" is ATT&CK's name of one group and an alias of another.
	if cands := c.Lookup("Thrip"); len(cands) != 2 {
		t.Fatalf("Lookup(Thrip) = %d groups, want the 2 that share it", len(cands))
	}
	if _, cands, ok := c.Resolve("Thrip", []string{"Thrip"}, nil); ok || len(cands) != 2 {
		t.Errorf("Thrip alone resolved (ok=%v, %d candidates), want unresolved with 2", ok, len(cands))
	}
	g, _, ok := c.Resolve("Thrip", []string{"Thrip", "Spring Dragon"}, nil)
	if !ok || g.Name != "Lotus Blossom" {
		t.Errorf("Thrip beside Spring Dragon resolved to %q (ok=%v), want Lotus Blossom", g.Name, ok)
	}
	if g, _, ok := c.Resolve("APT31", nil, nil); !ok || g.ID == "" || g.URL == "" {
		t.Errorf("APT31 = %+v, ok=%v: want a group with its ATT&CK id and URL", g, ok)
	}
}

func TestFind(t *testing.T) {
	c := load(t)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"aliases and spacing", "Officials in Estmark blamed APT 31, also tracked as Violet Typhoon, for the breach.", []string{"APT 31", "Violet Typhoon"}},
		{"common word beside a cue", "The Silence group emptied cash machines across Norland.", []string{"Silence"}},
		{"common word as a word", "There was a moment of silence. Silence fell over the hall.", nil},
		{"lower case is not a name", "the turla river and the apt31 address", nil},
		{"capitals", "Investigators named ZIRCONIUM.", []string{"ZIRCONIUM"}},
		{"longest name wins", "The Lazarus Group struck again.", []string{"Lazarus Group"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range c.Find(tc.text) {
				if tc.text[m.Start:m.End] != m.Name {
					t.Errorf("span %d:%d is %q, name %q", m.Start, m.End, tc.text[m.Start:m.End], m.Name)
				}
				got = append(got, m.Name)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("Find = %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("Find = %q, want %q", got, tc.want)
				}
			}
		})
	}
}

func TestNoticeShips(t *testing.T) {
	if !bytes.Contains([]byte(Notice()), []byte("The MITRE Corporation")) {
		t.Error("MITRE's notice is not embedded")
	}
}

// TestTableIsReproducible regenerates the table from the shared ATT&CK
// file and checks it equals the embedded one byte for byte.
func TestTableIsReproducible(t *testing.T) {
	in := filepath.Join("..", "..", "shared", "data", "attack", "intrusion-sets.jsonl")
	words := filepath.Join("..", "..", "shared", "data", "bbc-news-2225.jsonl")
	if _, err := os.Stat(in); err != nil {
		t.Skip("../shared/data/attack absent: cannot regenerate the table")
	}
	if testing.Short() {
		t.Skip("short mode")
	}
	out := filepath.Join(t.TempDir(), "groups.json")
	cmd := exec.Command("go", "run", "./internal/gen", "-in", in, "-words", words, "-out", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gen: %v\n%s", err, b)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, groupsJSON) {
		t.Error("groups.json differs from what go generate makes: run go generate ./attack")
	}
	c := load(t)
	for _, g := range c.Groups {
		if g.ID == "" || g.URL == "" || len(g.Aliases) == 0 {
			t.Errorf("group %q lacks its ATT&CK id, URL or names", g.Name)
		}
	}
}
