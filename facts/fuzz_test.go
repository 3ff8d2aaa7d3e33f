package facts

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"crosswire"
)

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Deputy Interior Minister Dana Keller said on Monday that hackers had breached the ministry between 2017 and 2018.",
		`"We did not detect it," she said. “Nothing,” said Lind. «Non» ‘quoted’ it’s`,
		"More than 5,000 people, $3.5bn, 12%, twenty-three agencies, 200-300, 2017–18, March 14, 2024.",
		"The National Cyber Security Agency (NCSA) blamed APT-41. Norlandic officials denied that.",
		"\"unclosed quote\n\n\"another", "Mr. . . ( ) '' ’s 's", "\xff\xfe broken utf8 \"", "",
	} {
		f.Add(s)
	}
	x := New()
	f.Fuzz(func(t *testing.T, text string) {
		a := &crosswire.Article{ID: "fz", Text: text, Published: &testPublished}
		fs, err := x.Extract(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		checkSpans(t, a, fs)
		for _, s := range a.Sentences {
			if s.Start < 0 || s.End > len(text) || s.Start >= s.End || s.Text != text[s.Start:s.End] {
				t.Fatalf("bad sentence %+v", s)
			}
		}
	})
}

// benchArticle is a fictional ~500-word article.
func benchArticle() string {
	p := []string{
		`Deputy Interior Minister Dana Keller said on Monday that hackers had breached the ministry's email servers between 2017 and 2018, exposing more than 5,000 messages.`,
		`The National Cyber Security Agency (NCSA) blamed a group known as Silent Heron for the intrusions. "We have high confidence in this attribution," NCSA Director Ines Varga told reporters in Veltra.`,
		`The country's foreign minister, Ivo Strand, denied that Kestrian officials had been involved and said the accusation was "a reckless invention". Strand added that about 40 diplomats would stay.`,
		`According to the agency, the attackers used 23 servers rented in four countries and stole documents worth $3.5 billion. Police arrested two men last week; prosecutors charged one of them on Friday.`,
		`Prosecutor General Mara Lind said the investigation would take up to nine months. "Nobody is above the law," she said. The ministry did not respond to requests for comment.`,
		`Turnout in the 2019 election fell to 61%, and the ruling party lost 12 seats. Opposition leader Anna Berg called for an inquiry into the nine-year contract with the Harlow Telecom Company.`,
	}
	s := strings.Join(p, "\n\n")
	for len(strings.Fields(s)) < 500 {
		s += "\n\n" + strings.Join(p, "\n\n")
	}
	return s
}

func BenchmarkExtract(b *testing.B) {
	x := New()
	a := &crosswire.Article{ID: "bench", Text: benchArticle(), Published: &testPublished}
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := x.Extract(context.Background(), a); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkExtractBBC runs the extractor over the BBC News corpus (2,225
// real articles) when ../shared/data is present.
func BenchmarkExtractBBC(b *testing.B) {
	f, err := os.Open("../../shared/data/bbc-news-2225.jsonl")
	if err != nil {
		b.Skip("BBC corpus not present")
	}
	defer f.Close()
	var arts []*crosswire.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	total := 0
	for sc.Scan() {
		var rec struct{ ID, Text string }
		if json.Unmarshal(sc.Bytes(), &rec) == nil {
			arts = append(arts, &crosswire.Article{ID: rec.ID, Text: rec.Text})
			total += len(rec.Text)
		}
	}
	x := New()
	b.SetBytes(int64(total))
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			if _, err := x.Extract(context.Background(), a); err != nil {
				b.Fatal(err)
			}
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
