package group

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/cespare/xxhash/v2"

	"crosswire"
)

// TestBackgroundRoundTrip: a background built from fictional articles
// encodes and decodes to the same frequencies, looked up by the hash table
// and by binary search alike; Without subtracts an article's counts; a
// damaged file is an error, not a panic.
func TestBackgroundRoundTrip(t *testing.T) {
	arts := []crosswire.Article{
		{ID: "x1", Title: "Tramway opens in Elvenport", Text: "The Elvenport tramway opened on Friday after 14 months of work, mayor Orla Fenwick said. It cost 42 million."},
		{ID: "x2", Title: "Elvenport mayor re-elected", Text: "Orla Fenwick won a second term as mayor of Elvenport with 61 percent of the vote."},
		{ID: "x1", Title: "repeated ID", Text: "Counted once."},
	}
	bg := backgroundOf(arts)
	if bg.Docs != 2 {
		t.Fatalf("Docs %d, want 2 (a repeated ID counts once)", bg.Docs)
	}
	data, err := bg.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	again, err := bg.MarshalBinary()
	if err != nil || !bytes.Equal(data, again) {
		t.Fatalf("encoding is not deterministic (%v)", err)
	}
	dec, err := DecodeBackground(data)
	if err != nil {
		t.Fatal(err)
	}
	if dec.Docs != 2 || dec.Source != "fiction" || dec.Anchors() != bg.Anchors() || dec.Words() != bg.Words() {
		t.Fatalf("decoded %d docs %q, %d anchors %d words; want 2 fiction %d %d", dec.Docs, dec.Source, dec.Anchors(), dec.Words(), bg.Anchors(), bg.Words())
	}
	both := 0
	for i, k := range bg.anchors.keys {
		search := dfTable{keys: dec.anchors.keys, df: dec.anchors.df}
		if got := dec.AnchorDF(k); got != int(bg.anchors.df[i]) || search.get(k) != bg.anchors.df[i] {
			t.Fatalf("anchor %08x: df %d (search %d), want %d", k, got, search.get(k), bg.anchors.df[i])
		}
		if bg.anchors.df[i] == 2 {
			both++
		}
	}
	if both == 0 {
		t.Fatal("no anchor counted in both articles (Elvenport, Orla Fenwick)")
	}
	less := dec.Without(&arts[1])
	if less.Docs != 1 {
		t.Fatalf("Without: Docs %d, want 1", less.Docs)
	}
	for _, k := range dec.anchors.keys {
		if d := less.AnchorDF(k); d > 1 {
			t.Fatalf("Without: anchor %08x still in %d articles", k, d)
		}
	}
	for _, bad := range [][]byte{nil, []byte("not gzip"), data[:len(data)/2]} {
		if _, err := DecodeBackground(bad); err == nil {
			t.Errorf("DecodeBackground(%d bytes of damage) = nil error", len(bad))
		}
	}
}

// TestDefaultBackground: the embedded background decodes and knows common
// English news anchors better than a made-up name.
func TestDefaultBackground(t *testing.T) {
	bg := DefaultBackground()
	if bg.Docs < 3000 || bg.Anchors() < 10_000 || bg.Words() < 10_000 {
		t.Fatalf("embedded background: %d docs, %d anchors, %d words", bg.Docs, bg.Anchors(), bg.Words())
	}
	fp := func(text string) []uint32 {
		return NewFingerprint(&crosswire.Article{Text: text}).Anchors
	}
	common := fp("Officials in London said so.")
	rare := fp("Officials in Qzxellund said so.")
	if len(common) == 0 || len(rare) == 0 {
		t.Fatalf("no anchors: %v %v", common, rare)
	}
	if bg.AnchorDF(common[0]) < 50 || bg.AnchorDF(rare[0]) != 0 {
		t.Errorf("London in %d background articles, Qzxellund in %d", bg.AnchorDF(common[0]), bg.AnchorDF(rare[0]))
	}
}

// TestWeighUnvouched: in a pair checked alone, capitalised words of a
// language the default background does not cover (fictional Catalan
// reports of two unrelated events sharing the Catalan forms of common
// names) weigh as common and do not join the pair; a name of the same
// spelling that an English article holds is English, and the
// background's silence keeps it rare.
func TestWeighUnvouched(t *testing.T) {
	ca1 := crosswire.Article{ID: "ca1", Language: "ca", Title: "Els Laborals guanyen a Vilacrema",
		Text: "Segons Notícia, els Laborals han guanyat les eleccions municipals de Vilacrema amb una majoria àmplia. " +
			"Els EUA i el Regne Unit han felicitat la nova alcaldessa, que ha promès més habitatge públic i un nou pont sobre el riu. " +
			"La participació ha estat molt alta i els carrers s'han omplert de gent fins a la matinada."}
	ca2 := crosswire.Article{ID: "ca2", Language: "ca", Title: "Tempesta a la costa de Marfosc",
		Text: "Segons Notícia, una tempesta ha tallat la carretera de la costa de Marfosc durant tota la nit. " +
			"Els Laborals demanen ajuts per als pescadors, i els EUA i el Regne Unit han ofert equips de rescat. " +
			"Els veïns han passat hores sense llum i les escoles han tancat les portes fins dilluns."}
	en := crosswire.Article{ID: "en", Language: "en", Title: "Laborals win in Vilacrema",
		Text: "The Laborals won the municipal election in Vilacrema by a wide margin, Noticia reported. " +
			"The mayor promised more public housing and a new bridge over the river, and turnout was high."}
	g := New(Options{Workers: 1})
	for _, tc := range []struct {
		name     string
		pair     []crosswire.Article
		name0    string // a shared capitalised word
		apart    bool   // the pair must not merge
		asCommon bool   // name0 weighs no more than a common anchor
	}{
		{"two Catalan reports of unrelated events", []crosswire.Article{ca1, ca2}, "Laborals", true, true},
		{"a Catalan report and an English one of one event", []crosswire.Article{ca1, en}, "Laborals", false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			words := newTopicInput(2)
			fps, err := g.fingerprints(context.Background(), tc.pair, words)
			if err != nil {
				t.Fatal(err)
			}
			words.arts = tc.pair
			ix, roots, _, err := g.partition(context.Background(), fps, *batchFrequencies(fps), words, false)
			if err != nil {
				t.Fatal(err)
			}
			if tc.apart && roots[0] == roots[1] {
				t.Error("merged, want apart")
			}
			fp := anchorFPHash(anchorName, xxhash.Sum64String(strings.ToLower(tc.name0)))
			if !slices.Contains(fps[0].Anchors, fp) || !slices.Contains(fps[1].Anchors, fp) {
				t.Fatalf("%q is not an anchor of both articles", tc.name0)
			}
			if w, cw := ix.weight(fp), ix.commonWeight(); (w <= cw) != tc.asCommon {
				t.Errorf("%q weighs %.2f, common up to %.2f; want common %v", tc.name0, w, cw, tc.asCommon)
			}
		})
	}
}

// TestBackgroundHolds: an article a background was counted on is held,
// one it never saw is not (one new name, one new word suffice), nor an
// article with nothing to count; the background less an article no
// longer holds it.
func TestBackgroundHolds(t *testing.T) {
	counted := []crosswire.Article{
		{ID: "h1", Title: "Harbour bridge closes in Quellmouth", Text: "The Quellmouth harbour bridge closed on Monday for 6 weeks of repairs, engineer Tamsin Vell said."},
		{ID: "h2", Title: "Quellmouth council backs ferry", Text: "Councillors in Quellmouth voted 9 to 4 for a temporary ferry while the bridge is shut."},
	}
	bg := backgroundOf(counted)
	for _, tc := range []struct {
		name string
		a    crosswire.Article
		want bool
	}{
		{"a counted article", counted[0], true},
		{"the other counted article", counted[1], true},
		{"a new name", crosswire.Article{Text: "The Quellmouth harbour bridge closed on Monday, engineer Odile Pranck said."}, false},
		{"a new word", crosswire.Article{Text: "Councillors in Quellmouth voted for a temporary gondola."}, false},
		{"nothing to count", crosswire.Article{}, false},
	} {
		if got := bg.Holds(&tc.a); got != tc.want {
			t.Errorf("%s: Holds %v, want %v", tc.name, got, tc.want)
		}
	}
	if NoBackground().Holds(&counted[0]) {
		t.Error("an empty background holds an article")
	}
	less := bg.Without(&counted[0])
	if less.Holds(&counted[0]) || !less.Holds(&counted[1]) {
		t.Errorf("less the first article: holds it %v, holds the second %v; want false, true", less.Holds(&counted[0]), less.Holds(&counted[1]))
	}
}

// backgroundOf is the background counted on fictional articles (source
// "fiction").
func backgroundOf(arts []crosswire.Article) *Background {
	bb := NewBackgroundBuilder()
	for i := range arts {
		bb.Add(&arts[i])
	}
	return bb.Background("fiction")
}
