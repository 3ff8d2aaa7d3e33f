package group

import (
	"context"
	"fmt"
	"math"
	"math/rand"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"crosswire"
)

// rolesWeights are the anchor weights the reference checks run with: all
// alike (as Lineage weighs them) and by the batch's document frequencies
// (as the grouper's index weighs them, unique anchors worth nothing in a
// batch of UniqueMinN or more).
func rolesWeights(fps []*Fingerprint) map[string]func(uint32) float64 {
	freq := batchFrequencies(fps)
	return map[string]func(uint32) float64{
		"alike": func(uint32) float64 { return 1 },
		"idf":   func(x uint32) float64 { return idf(int(freq.DF[x]), freq.N) },
	}
}

// checkRolesAsReference fails unless assignRoles gives the story the
// reference (the pairs table kept whole) gives: the same articles in the
// same order with the same roles, sources, reuse and evidence, and every
// version's centre the same to the bit.
func checkRolesAsReference(t *testing.T, name string, arts []crosswire.Article, fps []*Fingerprint, members []int, weight func(uint32) float64) {
	t.Helper()
	got := assignRoles(arts, fps, members, weight)
	want, centres := assignRolesRef(arts, fps, members, weight)
	if len(got.Articles) != len(want.Articles) {
		t.Fatalf("%s: %d articles, reference %d", name, len(got.Articles), len(want.Articles))
	}
	for k := range got.Articles {
		g, w := got.Articles[k], want.Articles[k]
		if g.ID != w.ID || g.Role != w.Role || !reflect.DeepEqual(g.DerivedFrom, w.DerivedFrom) ||
			!reflect.DeepEqual(g.Reuse, w.Reuse) || g.Evidence != w.Evidence {
			t.Errorf("%s: article %d: got %s %s from %v reuse %v\n  %s\nreference %s %s from %v reuse %v\n  %s", name, k,
				g.ID, g.Role, deref(g.DerivedFrom), deref(g.Reuse), g.Evidence, w.ID, w.Role, deref(w.DerivedFrom), deref(w.Reuse), w.Evidence)
			return
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: stories differ beyond roles, sources, reuse and evidence", name)
	}
	if len(members) < 2 {
		return
	}
	vs := make([]*version, len(members))
	for i, m := range members {
		vs[i] = &version{fp: fps[m]}
	}
	setCentres(vs, weight)
	for i, v := range vs {
		if math.Float64bits(v.centre) != math.Float64bits(centres[i]) {
			t.Errorf("%s: centre of %s %v, reference %v", name, fps[members[i]].ID, v.centre, centres[i])
		}
	}
}

func deref[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

// TestAssignRolesAsReferenceReal compares assignRoles with the reference
// on the real stories of meter-showbiz (raw, and cleaned as check cleans
// it: wire takes with their headers read) and bbc-mt-catalan (originals,
// translations and round trips, undated), story by story, and on the
// first 150 texts of cleaned meter-showbiz taken as one story (dozens of
// candidates per version, so the ranking by similarity decides).
func TestAssignRolesAsReferenceReal(t *testing.T) {
	ctx := context.Background()
	g := New(Options{})
	sets := []struct {
		name, file string
		clean      bool
	}{
		{"meter-showbiz", "meter-showbiz.jsonl", false},
		{"meter-showbiz cleaned", "meter-showbiz.jsonl", true},
		{"bbc-mt-catalan", "bbc-mt-catalan.jsonl", false},
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			recs := readCorpus(t, set.file)
			if set.clean {
				recs = cleaned(recs)
			}
			articles := make([]crosswire.Article, len(recs))
			cluster := map[string]string{}
			for i, r := range recs {
				articles[i] = r.article()
				articles[i].Outlet = r.Outlet
				cluster[r.ID] = r.Cluster
			}
			arts, fps, _, err := g.prepare(ctx, articles, nil)
			if err != nil {
				t.Fatal(err)
			}
			stories := map[string][]int{}
			var order []string
			for i, a := range arts {
				c := cluster[a.ID]
				if _, ok := stories[c]; !ok {
					order = append(order, c)
				}
				stories[c] = append(stories[c], i)
			}
			whole := make([]int, min(150, len(arts)))
			for i := range whole {
				whole[i] = i
			}
			for wname, w := range rolesWeights(fps) {
				for _, c := range order {
					checkRolesAsReference(t, fmt.Sprintf("%s/%s", c, wname), arts, fps, stories[c], w)
				}
				if set.clean {
					checkRolesAsReference(t, "one story of "+fmt.Sprint(len(whole))+"/"+wname, arts, fps, whole, w)
				}
			}
		})
	}
}

// ferryBases are the fictional texts random stories are made from (the
// ferry grounding of group_test.go and lineage_test.go), with their
// language and whether they are the agency's copy.
var ferryBases = []struct {
	text, lang string
	wire       bool
}{
	{ferryWire, "en", true},
	{ferryPage2, "en", true},
	{ferryRewrite, "en", false},
	{ferryIndependent, "en", false},
	{ferryQuotes, "en", false},
	{ferryTranslation, "es", false},
}

// substitutes are words a version puts in place of some of its source's.
var substitutes = strings.Fields("vessel boat ship crossing travellers people said told added officials Thursday evening morning harbour port island estuary bank channel crew staff")

// varyText makes a version of text: some paragraphs dropped (never all)
// and each remaining word replaced by a substitute with probability p.
func varyText(r *rand.Rand, text string, drop, p float64) string {
	paras := strings.Split(text, "\n\n")
	var kept []string
	for _, para := range paras {
		if r.Float64() >= drop {
			kept = append(kept, para)
		}
	}
	if len(kept) == 0 {
		kept = paras[:1]
	}
	for k, para := range kept {
		words := strings.Fields(para)
		for i := range words {
			if r.Float64() < p {
				words[i] = substitutes[r.Intn(len(substitutes))]
			}
		}
		kept[k] = strings.Join(words, " ")
	}
	return strings.Join(kept, "\n\n")
}

// randomStory is a fictional story of n versions: copies, excerpts and
// rewrites of the ferry texts in two languages, some wire takes (first
// pages, continuations, substitutes), none, half or most dated (several at one time),
// some exact copies of another version, in random ID order.
func randomStory(r *rand.Rand, n int) []crosswire.Article {
	base := time.Date(2026, 5, 6, 8, 0, 0, 0, time.UTC)
	outlets := []string{"", "Kestra Courier", "Holmvik Post", "Varn Daily"}
	dated := []float64{0, 0.5, 0.9}[r.Intn(3)] // share of versions dated
	ids := r.Perm(n)
	out := make([]crosswire.Article, n)
	for i := range out {
		b := ferryBases[r.Intn(len(ferryBases))]
		a := crosswire.Article{ID: fmt.Sprintf("v%03d", ids[i]), Language: b.lang, Outlet: outlets[r.Intn(len(outlets))]}
		if r.Intn(5) == 0 {
			a.Language = ""
		}
		switch {
		case i > 0 && r.Intn(8) == 0:
			a.Text = out[r.Intn(i)].Text // an exact copy of another
		case r.Intn(3) == 0:
			a.Text = b.text
		default:
			a.Text = varyText(r, b.text, 0.3*r.Float64(), 0.2*r.Float64())
		}
		if r.Float64() < dated {
			t := base.Add(time.Duration(r.Intn(6)) * time.Hour)
			a.Published = &t
		}
		if b.wire && r.Intn(2) == 0 {
			a.Outlet = ""
			w := &crosswire.Wire{Slug: "Ferry", Agency: "Varnpress", Page: r.Intn(3)}
			if r.Intn(4) == 0 {
				w.Version = "substitute"
			}
			a.Wire = w
		}
		out[i] = a
	}
	return out
}

// TestAssignRolesAsReferenceFictional compares assignRoles with the
// reference on 300 random fictional stories of 2 to 40 versions, all or a
// random part of each batch a story.
func TestAssignRolesAsReferenceFictional(t *testing.T) {
	ctx := context.Background()
	g := New(Options{})
	r := rand.New(rand.NewSource(11))
	for s := range 300 {
		arts, fps, _, err := g.prepare(ctx, randomStory(r, 2+r.Intn(39)), nil)
		if err != nil {
			t.Fatal(err)
		}
		members := r.Perm(len(arts))
		if s%3 == 0 {
			members = members[:1+r.Intn(len(members))]
		}
		for wname, w := range rolesWeights(fps) {
			checkRolesAsReference(t, fmt.Sprintf("story %d/%s", s, wname), arts, fps, members, w)
		}
	}
}

// manyVersions is one fictional story of n distinct versions: the ferry
// wire copy with three of its words replaced, different ones in each,
// undated and none of it wire (every earlier version is a candidate).
func manyVersions(t testing.TB, n int) ([]crosswire.Article, []*Fingerprint, []int) {
	t.Helper()
	words := strings.Fields(ferryWire)
	articles := make([]crosswire.Article, n)
	for i := range articles {
		w := slices.Clone(words)
		for k, pos := range []int{i % 97, 100 + i/97%89, 200 + i/(97*89)%83} {
			w[pos%len(w)] = fmt.Sprintf("%s%d", substitutes[(i+k)%len(substitutes)], i%7+k)
		}
		articles[i] = crosswire.Article{ID: fmt.Sprintf("m%05d", i), Language: "en", Text: strings.Join(w, " ")}
	}
	arts, fps, _, err := New(Options{}).prepare(context.Background(), articles, nil)
	if err != nil {
		t.Fatal(err)
	}
	members := make([]int, n)
	for i := range members {
		members[i] = i
	}
	return arts, fps, members
}

// allocatedBy is the bytes f allocates.
func allocatedBy(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestAssignRolesMemoryLinear: the bytes assignRoles allocates for one
// story grow with its versions, not with their pairs. From 500 to 2,000
// distinct versions they grow about 4× (the pairs table grew 16×: 33 MB
// to 532 MB); the bound is 6×.
func TestAssignRolesMemoryLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("2,000 versions")
	}
	one := func(uint32) float64 { return 1 }
	var per [2]float64
	for k, n := range []int{500, 2000} {
		arts, fps, members := manyVersions(t, n)
		var st crosswire.Story
		b := allocatedBy(func() { st = assignRoles(arts, fps, members, one) })
		if len(st.Articles) != n {
			t.Fatalf("%d articles back, want %d", len(st.Articles), n)
		}
		per[k] = float64(b) / float64(n)
		t.Logf("%d versions: %.1f MB allocated, %.0f bytes a version", n, float64(b)/1e6, per[k])
	}
	if per[1] > 1.5*per[0] {
		t.Errorf("bytes a version %.0f at 2,000 versions, %.0f at 500: more than 1.5× (the n×n table is back?)", per[1], per[0])
	}
}

// BenchmarkAssignRoles: one story of 500 or 2,000 distinct versions, by
// assignRoles and by the reference (the pairs table kept whole); compare
// B/op.
func BenchmarkAssignRoles(b *testing.B) {
	one := func(uint32) float64 { return 1 }
	for _, n := range []int{500, 2000} {
		arts, fps, members := manyVersions(b, n)
		b.Run(fmt.Sprintf("versions=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				assignRoles(arts, fps, members, one)
			}
		})
		b.Run(fmt.Sprintf("versions=%d/reference", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				assignRolesRef(arts, fps, members, one)
			}
		})
	}
}
