package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// wordCounts is a bag of lower-case words.
func wordCounts(s string) map[string]int {
	m := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }) {
		m[w]++
	}
	return m
}

// overlap is the number of words two bags share (multiset intersection).
func overlap(a, b map[string]int) (shared, na, nb int) {
	for w, n := range a {
		na += n
		shared += min(n, b[w])
	}
	for _, n := range b {
		nb += n
	}
	return shared, na, nb
}

// extractor is one way to get main text from a page, for comparison.
type extractor struct {
	name string
	run  func(page []byte) string
}

// parsedPage decodes and parses a page as the shipped path does; an
// undecodable page parses as an empty document.
func parsedPage(page []byte) *html.Node {
	text, _, _ := decodeHTML(page, "")
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		root, _ = html.Parse(strings.NewReader(""))
	}
	return root
}

// TestExtractionQuality measures word precision and recall of the main
// text extracted from the pages in testdata/pages (fictional pages written
// with known main text: nav, sidebars, comments, ads, tables, captions,
// br-separated and div-only layouts, a Windows-1252 page) for the shipped
// extractor and the candidates it was chosen over. It fails when the
// shipped extractor falls below the floor; run with -v to see the figures
// quoted in README.md.
func TestExtractionQuality(t *testing.T) {
	htmlFiles, _ := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	if len(htmlFiles) == 0 {
		t.Skip("no test pages")
	}
	extractors := qualityExtractors(t)
	type score struct {
		shared, got, want int
		worstP, worstR    float64
		worstPage         string
		elapsed           time.Duration
	}
	scores := make([]score, len(extractors))
	for i := range scores {
		scores[i].worstP, scores[i].worstR = 1, 1
	}
	for _, f := range htmlFiles {
		page, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		goldText, err := os.ReadFile(strings.TrimSuffix(f, ".html") + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		gold := wordCounts(string(goldText))
		title := pageMeta(parsedPage(page)).Title
		for i, ex := range extractors {
			start := time.Now()
			out := ex.run(page)
			scores[i].elapsed += time.Since(start)
			// The headline is metadata, not body: it is dropped from
			// every extractor's output as the shipped one drops it.
			got := wordCounts(strings.Join(dropHeadline(strings.Split(out, "\n\n"), title), "\n\n"))
			shared, ng, nw := overlap(got, gold)
			p, r := ratio(shared, ng), ratio(shared, nw)
			scores[i].shared += shared
			scores[i].got += ng
			scores[i].want += nw
			if p < scores[i].worstP || r < scores[i].worstR {
				scores[i].worstPage = filepath.Base(f)
			}
			scores[i].worstP = min(scores[i].worstP, p)
			scores[i].worstR = min(scores[i].worstR, r)
			if testing.Verbose() {
				t.Logf("%-18s %-66s P=%.3f R=%.3f", filepath.Base(f), ex.name, p, r)
			}
		}
	}
	for i, ex := range extractors {
		s := scores[i]
		p, r := ratio(s.shared, s.got), ratio(s.shared, s.want)
		t.Logf("%-66s micro P=%.3f R=%.3f F1=%.3f  worst page P=%.3f R=%.3f  %v/page",
			ex.name, p, r, 2*p*r/max(p+r, 1e-9), s.worstP, s.worstR, s.elapsed/time.Duration(len(htmlFiles)))
	}
	shipped := scores[0]
	if p, r := ratio(shipped.shared, shipped.got), ratio(shipped.shared, shipped.want); p < 0.9 || r < 0.95 {
		t.Errorf("shipped extractor P=%.3f R=%.3f, want P ≥ 0.90 and R ≥ 0.95", p, r)
	}
}

// qualityExtractors are the extractors compared: the shipped one first.
func qualityExtractors(t *testing.T) []extractor {
	trafText := func(fallback bool) func([]byte) string {
		return func(page []byte) string {
			opts := trafilaturaOptions()
			opts.EnableFallback = fallback
			res, err := trafilatura.ExtractDocument(parsedPage(page), opts)
			if err != nil || res == nil {
				return ""
			}
			return strings.Join(blockText(res.ContentNode, nil), "\n\n")
		}
	}
	return []extractor{
		{"shipped: trafilatura, else readability, else walk", func(page []byte) string {
			doc, _ := htmlDocument("p", page, "", quiet())
			return doc.Body
		}},
		{"trafilatura v1.12.2, fallback off", trafText(false)},
		{"trafilatura v1.12.2, fallback on", trafText(true)},
		{"readeck go-readability v2.1.3", func(page []byte) string {
			p := readability.NewParser()
			art, err := p.ParseDocument(parsedPage(page), nil)
			if err != nil || art.Node == nil {
				return ""
			}
			return strings.Join(blockText(art.Node, nil), "\n\n")
		}},
		{"readable-text walk (x/net/html)", func(page []byte) string {
			return strings.Join(readableText(parsedPage(page)), "\n\n")
		}},
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
