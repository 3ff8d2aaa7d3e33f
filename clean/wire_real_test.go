package clean_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"crosswire"
	"crosswire/clean"
	"crosswire/facts"
)

// meterShowbiz is the real PA wire copy and newspaper corpus beside the
// repository (see ../shared/data/README.md).
const meterShowbiz = "../../shared/data/meter-showbiz.jsonl"

// headerStamp finds a wire header's time and date in the raw text, as the
// test's own reading of the header, independent of the cleaner's.
var (
	headerStamp = regexp.MustCompile(`(\d{2}:\d{2}) (\d{2}/\d{2}/\d{2}): (Page \d+) \(\w+\) (.+)`)
	rawClose    = regexp.MustCompile(`^(?:[a-z]{1,5}(?: [a-z]{1,5})?|[A-Z]{1,5})$`)
)

// TestWireMeterShowbiz cleans every text of meter-showbiz: every PA text is
// read as wire copy with a publication time, and none of its header (time
// stamp, date, page number, desk and slug line, byline, closing line,
// transmission marks) is left in the clean text or in any fact the
// extractor finds there; no newspaper text is read as wire copy.
func TestWireMeterShowbiz(t *testing.T) {
	f, err := os.Open(meterShowbiz)
	if err != nil {
		t.Skipf("meter-showbiz not available: %v", err)
	}
	defer f.Close()
	c := clean.New(clean.Options{})
	x := facts.New()
	ctx := context.Background()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	var pa, withPublished, papers, papersAsWire int
	for sc.Scan() {
		var row struct{ ID, Outlet, Text string }
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatal(err)
		}
		a, err := c.Clean(ctx, crosswire.Document{Source: row.ID, Body: row.Text})
		if err != nil {
			t.Fatalf("%s: %v", row.ID, err)
		}
		if row.Outlet != "PA" {
			papers++
			if a.Wire != nil {
				papersAsWire++
				t.Errorf("%s: newspaper text read as wire copy: %+v", row.ID, *a.Wire)
			}
			continue
		}
		pa++
		if a.Wire == nil {
			t.Errorf("%s: PA text not read as wire copy", row.ID)
			continue
		}
		if a.Published != nil {
			withPublished++
		}
		m := headerStamp.FindStringSubmatch(row.Text)
		if m == nil {
			t.Fatalf("%s: the test found no header stamp", row.ID)
		}
		tokens := []string{m[1] + " " + m[2], m[1], m[2], m[3] + " (", strings.TrimSpace(m[4]), "\x19", "<\n"}
		lines := strings.Split(strings.TrimSpace(row.Text), "\n")
		last := strings.Trim(lines[len(lines)-1], "\x19< ")
		if rawClose.MatchString(last) {
			tokens = append(tokens, "\n\n"+last+"\n")
		}
		for _, tok := range tokens {
			if strings.Contains(a.Text+"\n", tok) {
				t.Errorf("%s: header token %q left in the text", row.ID, tok)
			}
		}
		for _, p := range strings.Split(a.Text, "\n\n") {
			if strings.HasPrefix(p, "By ") && strings.HasSuffix(strings.TrimRight(p, "."), "News") {
				t.Errorf("%s: byline left in the text: %q", row.ID, p)
			}
		}
		fs, err := x.Extract(ctx, &a)
		if err != nil {
			t.Fatalf("%s: extract: %v", row.ID, err)
		}
		for _, fact := range fs {
			for _, tok := range tokens[:5] {
				if strings.Contains(fact.Span.Text, tok) {
					t.Errorf("%s: %s fact %q holds header token %q", row.ID, fact.Kind, fact.Span.Text, tok)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if pa == 0 {
		t.Fatal("no PA text read")
	}
	if withPublished != pa {
		t.Errorf("%d of %d PA texts have a publication time", withPublished, pa)
	}
	t.Logf("PA texts with published: %d of %d; newspaper texts read as wire copy: %d of %d", withPublished, pa, papersAsWire, papers)
}
