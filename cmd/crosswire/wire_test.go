package main

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A generator of fictional wire traffic for the distributed tests and the
// worker benchmark: stories told by an agency and re-told by other outlets
// as copies, rewrites (with one figure changed, a planted discrepancy) and
// excerpts, among stories told once. Places, people and organisations are
// pseudo-words built from syllables, and every paragraph mixes a fact
// sentence from a template with filler drawn from a large pseudo-word
// vocabulary, so two stories share no more wording than two real ones on
// the same kind of event do.

// wireSyllables build the pseudo-words of names and filler.
var wireSyllables = strings.Fields("ka lo mi ne tu sa ri po ve da gu fe hi jo zu be an el or us vin tar mel dor sen bra kel nor")

// wireOutlets are the fictional outlets of generated versions; the first
// is the agency that tells every original.
var wireOutlets = []string{"Norpress", "Lindhaven Courier", "Estmark Daily", "The Vessburg Post", "Harbor Herald",
	"Tarsk Observer", "Northline News", "Coastal Ledger", "Riverside Gazette", "Morning Dispatch"}

// wireEvents are the kinds of event a story reports: a headline verb, the
// people counted, what was damaged.
var wireEvents = []struct{ noun, counted, damaged string }{
	{"flood", "residents", "houses"}, {"fire", "workers", "warehouses"}, {"storm", "passengers", "ferries"},
	{"strike", "employees", "depots"}, {"landslide", "villagers", "roads"}, {"blackout", "households", "substations"},
}

// wireGen draws the parts of generated articles from one seeded source, so
// a seed always gives the same corpus.
type wireGen struct {
	rng *rand.Rand
}

// word returns a pseudo-word of n syllables.
func (g *wireGen) word(n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(wireSyllables[g.rng.Intn(len(wireSyllables))])
	}
	return b.String()
}

// name returns a capitalised pseudo-word.
func (g *wireGen) name() string {
	w := g.word(2 + g.rng.Intn(2))
	return strings.ToUpper(w[:1]) + w[1:]
}

// filler returns a sentence of lower-case pseudo-words.
func (g *wireGen) filler() string {
	n := 8 + g.rng.Intn(8)
	ws := make([]string, n)
	for i := range ws {
		ws[i] = g.word(1 + g.rng.Intn(3))
	}
	s := strings.Join(ws, " ")
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

// wireStory is one generated event with the figures its versions state.
type wireStory struct {
	town, region, person, org, river string
	event                            int
	people, damaged, shelters, cost  int
	published                        time.Time
	paras                            []string // the agency's paragraphs
	title                            string
}

// story draws a new event and writes the agency's text of it.
func (g *wireGen) story(n int, base time.Time) *wireStory {
	s := &wireStory{
		town: g.name(), region: g.name(), person: g.name() + " " + g.name(), org: g.name() + " Authority",
		river: g.name(), event: g.rng.Intn(len(wireEvents)),
		people: 20 + g.rng.Intn(5000), damaged: 3 + g.rng.Intn(400), shelters: 2 + g.rng.Intn(30), cost: 2 + g.rng.Intn(90),
		published: base.Add(time.Duration(n)*37*time.Minute + time.Duration(g.rng.Intn(30))*time.Minute),
	}
	s.write(g)
	return s
}

// write (re)writes the paragraphs from the story's figures, each with
// filler of its own.
func (s *wireStory) write(g *wireGen) {
	ev := wireEvents[s.event]
	last := s.person[strings.LastIndex(s.person, " ")+1:]
	s.title = fmt.Sprintf("%s %s forces %d %s from their homes", s.town, ev.noun, s.people, ev.counted)
	s.paras = []string{
		fmt.Sprintf("A %s in %s forced %d %s from their homes on %s, officials said. %s",
			ev.noun, s.town, s.people, ev.counted, s.published.Weekday(), g.filler()),
		fmt.Sprintf("%s, the mayor of %s, said %d %s had been damaged and that the %s had opened %d emergency shelters. %s %s",
			s.person, s.town, s.damaged, ev.damaged, s.org, s.shelters, g.filler(), g.filler()),
		fmt.Sprintf("\"We will rebuild every one of them before the winter,\" %s told reporters near the %s river. %s",
			last, s.river, g.filler()),
		fmt.Sprintf("The regional government of %s estimated the damage at %d million crowns. %s %s",
			s.region, s.cost, g.filler(), g.filler()),
	}
}

// wireArticle is one generated article file.
type wireArticle struct {
	name               string // file name
	title, outlet, url string
	published          time.Time
	body               string
}

// text renders the article in the header format of the example corpus.
func (a wireArticle) text() string {
	return fmt.Sprintf("Title: %s\nOutlet: %s\nURL: %s\nPublished: %s\nLanguage: en\n\n%s\n",
		a.title, a.outlet, a.url, a.published.Format(time.RFC3339), a.body)
}

// fictionalWire returns n generated articles: about a third of the
// stories get one to three versions besides the agency's original.
func fictionalWire(seed int64, n int) []wireArticle {
	g := &wireGen{rng: rand.New(rand.NewSource(seed))}
	base := time.Date(2031, 3, 1, 6, 0, 0, 0, time.UTC)
	var out []wireArticle
	for i := 0; len(out) < n; i++ {
		s := g.story(i, base)
		slug := strings.ToLower(s.town)
		out = append(out, wireArticle{
			name: fmt.Sprintf("w%05d-original.txt", i), title: s.title, outlet: wireOutlets[0],
			url:       fmt.Sprintf("https://norpress.example/%d/%s", i, slug),
			published: s.published,
			body:      strings.ToUpper(s.town) + ", (Norpress) — " + strings.Join(s.paras, "\n\n"),
		})
		if g.rng.Intn(3) != 0 {
			continue
		}
		for v := range 1 + g.rng.Intn(3) {
			if len(out) >= n {
				break
			}
			a := wireArticle{
				title: s.title, outlet: wireOutlets[1+g.rng.Intn(len(wireOutlets)-1)],
				published: s.published.Add(time.Duration(1+g.rng.Intn(12)) * time.Hour),
			}
			a.url = fmt.Sprintf("https://%s.example/%d/%d", strings.ToLower(strings.Fields(a.outlet)[len(strings.Fields(a.outlet))-1]), i, v)
			switch kind := g.rng.Intn(3); kind {
			case 0: // copy of the agency text
				a.name = fmt.Sprintf("w%05d-copy%d.txt", i, v)
				a.body = strings.Join(s.paras, "\n\n") + "\n\nReporting by Norpress; editing by the news desk."
			case 1: // rewrite: paragraphs reordered, one figure changed
				a.name = fmt.Sprintf("w%05d-rewrite%d.txt", i, v)
				changed := *s
				changed.people += 10 + g.rng.Intn(90)
				ps := changed.paras
				changed.paras = nil
				changed.write(&wireGen{rng: rand.New(rand.NewSource(seed ^ int64(i)<<8 ^ int64(v)))})
				// keep the agency's filler in the body; only the lead
				// changes, so the versions still share most wording
				lead := changed.paras[0]
				a.title = changed.title
				a.body = strings.Join([]string{ps[1], lead[:strings.Index(lead, ". ")+1] + ps[0][strings.Index(ps[0], ". ")+1:], ps[3], ps[2]}, "\n\n")
			default: // excerpt: the first two paragraphs
				a.name = fmt.Sprintf("w%05d-excerpt%d.txt", i, v)
				a.body = strings.Join(s.paras[:2], "\n\n")
			}
			out = append(out, a)
		}
	}
	return out
}

// writeWire writes the articles as files into dir.
func writeWire(t testing.TB, dir string, arts []wireArticle) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if err := os.WriteFile(filepath.Join(dir, a.name), []byte(a.text()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
