package pipeline_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"crosswire"
)

// newsGenerator writes fictional news articles for benchmarks: stories
// of invented people, places and figures, each told by an original and,
// for some, later versions — copies with an agency tail, excerpts and
// rewrites — as a stream, so a store can be filled to any size and then
// receive articles that join its stories or start new ones. Nothing in
// it is real text.
type newsGenerator struct {
	rng    *rand.Rand
	words  []string // lower-case vocabulary
	names  []string // capitalised invented names
	places []string
	// bases are the originals generated so far, for later versions.
	bases []crosswire.Article
	n     int
}

func newNewsGenerator(seed uint64) *newsGenerator {
	g := &newsGenerator{rng: rand.New(rand.NewPCG(seed, 7))}
	syll := []string{"ka", "lo", "ven", "tar", "mi", "sul", "dra", "po", "rek", "ish", "an", "bel", "cor", "du", "est",
		"fin", "gal", "hor", "il", "jun", "kes", "lum", "mor", "nal", "ost", "pra", "qui", "ros", "sen", "tul", "ur", "vik"}
	word := func(min, max int) string {
		var b strings.Builder
		for range min + g.rng.IntN(max-min+1) {
			b.WriteString(syll[g.rng.IntN(len(syll))])
		}
		return b.String()
	}
	for range 3000 {
		g.words = append(g.words, word(1, 3))
	}
	for range 20000 {
		g.names = append(g.names, title(word(2, 3))+" "+title(word(2, 3)))
	}
	for range 2000 {
		g.places = append(g.places, title(word(2, 3)))
	}
	return g
}

func title(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

var outlets = []string{"Norpress", "Capital Wire", "Harbor Post", "Valley Times", "Coast Courier", "Ostfold Wire",
	"Lakeside Herald", "Digest Daily", "Vessburg Evening Post", "Orsk Herald"}

// sentence writes one sentence about the story's cast.
func (g *newsGenerator) sentence(cast []string, place string) string {
	var b strings.Builder
	n := 10 + g.rng.IntN(12)
	for i := range n {
		switch {
		case i == 0:
			b.WriteString(title(g.words[g.rng.IntN(len(g.words))]))
		case g.rng.IntN(9) == 0:
			b.WriteString(cast[g.rng.IntN(len(cast))])
		case g.rng.IntN(25) == 0:
			b.WriteString(place)
		case g.rng.IntN(20) == 0:
			fmt.Fprintf(&b, "%d", 2+g.rng.IntN(9000))
		default:
			b.WriteString(g.words[g.rng.IntN(len(g.words))])
		}
		if i < n-1 {
			b.WriteByte(' ')
		}
	}
	if g.rng.IntN(5) == 0 {
		return fmt.Sprintf("%s said: \"%s.\"", cast[0], b.String())
	}
	return b.String() + "."
}

func (g *newsGenerator) article(title, text, outlet string, pub time.Time) crosswire.Article {
	sum := sha256.Sum256([]byte(outlet + "\x00" + title + "\x00" + text))
	h := hex.EncodeToString(sum[:])
	g.n++
	return crosswire.Article{ID: h[:16], Hash: h, Source: fmt.Sprintf("gen-%d", g.n), Title: title,
		Outlet: outlet, Published: &pub, Language: "en", Text: text, Removed: []crosswire.Removal{}}
}

// original writes a new story's first version.
func (g *newsGenerator) original() crosswire.Article {
	cast := make([]string, 3+g.rng.IntN(3))
	for i := range cast {
		cast[i] = g.names[g.rng.IntN(len(g.names))]
	}
	place := g.places[g.rng.IntN(len(g.places))]
	var paras []string
	for range 4 + g.rng.IntN(5) {
		var p []string
		for range 2 + g.rng.IntN(2) {
			p = append(p, g.sentence(cast, place))
		}
		paras = append(paras, strings.Join(p, " "))
	}
	pub := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(g.rng.IntN(365*24)) * time.Hour)
	a := g.article(place+": "+cast[0]+" "+g.words[g.rng.IntN(len(g.words))], strings.Join(paras, "\n\n"),
		outlets[g.rng.IntN(len(outlets))], pub)
	g.bases = append(g.bases, a)
	return a
}

// version writes a later version of a random earlier original: a copy
// with an agency tail, an excerpt of its first paragraphs, or a rewrite
// with a third of its common words replaced and a paragraph dropped.
func (g *newsGenerator) version() crosswire.Article {
	base := g.bases[g.rng.IntN(len(g.bases))]
	paras := strings.Split(base.Text, "\n\n")
	pub := base.Published.Add(time.Duration(1+g.rng.IntN(48)) * time.Hour)
	outlet := outlets[g.rng.IntN(len(outlets))]
	var text string
	switch g.rng.IntN(3) {
	case 0:
		text = base.Text + fmt.Sprintf("\n\nReporting by %s; editing by %s.", g.names[g.rng.IntN(len(g.names))], g.names[g.rng.IntN(len(g.names))])
	case 1:
		text = strings.Join(paras[:max(1, len(paras)*2/5)], "\n\n")
	default:
		var out []string
		for i, p := range paras {
			if i > 0 && g.rng.IntN(len(paras)) == 0 {
				continue
			}
			ws := strings.Fields(p)
			for j, w := range ws {
				if w == strings.ToLower(w) && g.rng.IntN(3) == 0 {
					ws[j] = g.words[g.rng.IntN(len(g.words))]
				}
			}
			out = append(out, strings.Join(ws, " "))
		}
		text = strings.Join(out, "\n\n")
	}
	return g.article(base.Title, text, outlet, pub)
}

// next returns the next article of the stream: a new story's original,
// or (two times in five, once there are originals) a version of one.
func (g *newsGenerator) next() crosswire.Article {
	if len(g.bases) > 0 && g.rng.IntN(5) < 2 {
		return g.version()
	}
	return g.original()
}

// take returns the next n articles of the stream.
func (g *newsGenerator) take(n int) []crosswire.Article {
	arts := make([]crosswire.Article, n)
	for i := range arts {
		arts[i] = g.next()
	}
	return arts
}
