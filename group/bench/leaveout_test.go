package bench

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosswire/group"
)

// TestLeaveOut: a background built from two fictional corpora is, less
// one of them, the background built from the other alone (the same
// articles weigh as they would); a corpus it was not built from is no
// source and leaves it as it was, unless named; a mixed file is a source
// only when the background holds at least half of it.
func TestLeaveOut(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, lines ...string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	port := write("port.jsonl",
		`{"id":"p1","title":"Dock strike in Varnholt","text":"Dockers in Varnholt walked out on Tuesday over a pay offer of 3 percent, union leader Brisa Mallon said."}`,
		`{"id":"p2","title":"Varnholt port reopens","text":"The port of Varnholt reopened after a two-day strike when the Harbour Board raised its offer to 5 percent."}`,
		`{"id":"p3","title":"Cranes idle at Varnholt","text":"Ships queued outside Varnholt as cranes stood idle for a second day of the dockers' strike."}`)
	farm := write("farm.jsonl",
		`{"id":"f1","title":"Orchard frost in Dellbrook","text":"A late frost destroyed half the apple blossom in Dellbrook valley, grower Osric Tandy said on Friday."}`,
		`{"id":"f2","title":"Dellbrook cider prices rise","text":"Cider makers in Dellbrook raised prices by 12 percent after the frost cut the harvest."}`)
	other := write("other.jsonl",
		`{"id":"o1","title":"Glassworks fire in Stennet","text":"Fire crews from Stennet fought a blaze at the old glassworks for nine hours; nobody was hurt, officer Wenna Crail said."}`,
		`{"id":"o2","title":"Stennet glassworks to be rebuilt","text":"The owners of the Stennet glassworks pledged to rebuild the furnace hall destroyed by Sunday's fire."}`)
	mixed := write("mixed.jsonl",
		`{"id":"m1","title":"Dock strike in Varnholt","text":"Dockers in Varnholt walked out on Tuesday over a pay offer of 3 percent, union leader Brisa Mallon said."}`,
		`{"id":"m2","title":"Glassworks fire in Stennet","text":"Fire crews from Stennet fought a blaze at the old glassworks for nine hours; nobody was hurt, officer Wenna Crail said."}`,
		`{"id":"m3","title":"Stennet glassworks to be rebuilt","text":"The owners of the Stennet glassworks pledged to rebuild the furnace hall destroyed by Sunday's fire."}`)
	ctx := context.Background()
	both, err := BuildBackground(ctx, []string{port, farm}, nil, "fiction")
	if err != nil {
		t.Fatal(err)
	}
	farmOnly, err := BuildBackground(ctx, []string{farm}, nil, "fiction")
	if err != nil {
		t.Fatal(err)
	}
	portRecs, err := ReadRecords(port, true)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		file   string
		detect bool
		held   int
		source bool
		docs   int
	}{
		{"a source, detected", port, true, 3, true, 2},
		{"another corpus, detected", other, true, 0, false, 5},
		{"another corpus, named", other, false, 0, true, 3},
		{"one article of three held", mixed, true, 1, false, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			less, report, err := LeaveOut(ctx, both, []string{tc.file}, tc.detect)
			if err != nil {
				t.Fatal(err)
			}
			if len(report) != 1 || report[0].Held != tc.held || report[0].Source != tc.source {
				t.Fatalf("report %+v, want held %d, source %v", report, tc.held, tc.source)
			}
			if less.Docs != tc.docs {
				t.Errorf("Docs %d, want %d", less.Docs, tc.docs)
			}
		})
	}
	less, _, err := LeaveOut(ctx, both, []string{port}, true)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{port, farm} {
		recs, err := ReadRecords(f, true)
		if err != nil {
			t.Fatal(err)
		}
		for i := range recs {
			a := recs[i].Article()
			fp := group.NewFingerprint(&a)
			for _, x := range fp.Anchors {
				if got, want := less.AnchorDF(x), farmOnly.AnchorDF(x); got != want {
					t.Errorf("%s: anchor %08x in %d articles of the background less the port corpus, %d of the farm corpus's", recs[i].ID, x, got, want)
				}
			}
		}
	}
	first := portRecs[0].Article()
	if less.Holds(&first) {
		t.Error("the background less the port corpus still holds its first article")
	}
}
