package facts_test

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

// wireMark matches wire copy's paragraph end: "<" followed by white space
// or ending the span (in wire copy "<" is nothing else).
var wireMark = regexp.MustCompile(`<(\s|$)`)

// paragraphMark reports the first paragraph mark inside s: a blank line,
// a line ending in "<" (wire copy's paragraph end) or U+0019 (wire copy's
// paragraph start).
func paragraphMark(s string) string {
	switch {
	case strings.Contains(s, "\u0019"):
		return "U+0019"
	case wireMark.MatchString(s):
		return "<"
	case strings.Contains(s, "\n\n"), strings.Contains(s, "\n \n"):
		return "blank line"
	}
	return ""
}

// TestWireQuotesStayInParagraphs runs the real wire copy and newspaper
// versions of ../shared/data/meter-showbiz.jsonl through clean and facts as
// the pipeline does and checks that no quote or claim runs across a
// paragraph mark.
func TestWireQuotesStayInParagraphs(t *testing.T) {
	f, err := os.Open("../../shared/data/meter-showbiz.jsonl")
	if err != nil {
		t.Skipf("meter corpus absent: %v", err)
	}
	defer f.Close()
	cl := clean.New(clean.Options{})
	x := facts.New()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n, checked, longest := 0, 0, 0
	for sc.Scan() {
		var rec struct{ ID, Outlet, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		a, err := cl.Clean(context.Background(), crosswire.Document{Source: rec.ID, Body: rec.Text, Outlet: rec.Outlet, Language: "en"})
		if err != nil {
			continue
		}
		fs, err := x.Extract(context.Background(), &a)
		if err != nil {
			t.Fatal(err)
		}
		n++
		for _, fc := range fs {
			if fc.Kind != crosswire.KindQuote && fc.Kind != crosswire.KindClaim {
				continue
			}
			checked++
			longest = max(longest, fc.Span.End-fc.Span.Start)
			if m := paragraphMark(fc.Span.Text); m != "" {
				t.Errorf("%s: %s span %d–%d (%d bytes) crosses a paragraph mark (%s)", rec.ID, fc.Kind, fc.Span.Start, fc.Span.End, fc.Span.End-fc.Span.Start, m)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n == 0 || checked == 0 {
		t.Fatalf("no facts checked (%d articles)", n)
	}
	t.Logf("%d articles, %d quote and claim spans checked, the longest %d bytes", n, checked, longest)
}

// TestWireQuoteMarks checks quotations in raw wire copy (fictional): the
// doubled marks (two grave accents, two apostrophes), hard-wrapped lines, "<" at each paragraph end
// and U+0019 at paragraph starts. A quotation running over paragraphs is
// one quotation per paragraph, none crossing a mark.
func TestWireQuoteMarks(t *testing.T) {
	body := "Harbour master Ivo Brandt said: ``The quay at Port Ellis will stay\nshut until the cranes are checked.<\n" +
		"\u0019``We will not take any risks with the lives of the dockers who work\nthere every day.''<\n" +
		"\u0019The quay was built in 1961.<\n"
	a := &crosswire.Article{ID: "w1", Text: body, Language: "en"}
	fs, err := facts.New().Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	var said []string
	for _, f := range fs {
		if f.Kind != crosswire.KindQuote {
			continue
		}
		if m := paragraphMark(f.Span.Text); m != "" {
			t.Errorf("quote %q crosses a paragraph mark (%s)", f.Span.Text, m)
		}
		if f.Quote.Speaker != "Ivo Brandt" {
			t.Errorf("quote %q: speaker %q, want Ivo Brandt", f.Value, f.Quote.Speaker)
		}
		said = append(said, f.Value)
	}
	want := []string{"The quay at Port Ellis will stay shut until the cranes are checked",
		"We will not take any risks with the lives of the dockers who work there every day"}
	if strings.Join(said, "|") != strings.Join(want, "|") {
		t.Errorf("quotes %q, want %q", said, want)
	}
}
