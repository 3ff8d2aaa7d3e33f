package group

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"crosswire"
)

// substitutes are words a version puts in place of some of its source's.
var substitutes = strings.Fields("vessel boat ship crossing travellers people said told added officials Thursday evening morning harbour port island estuary bank channel crew staff")

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
	return preparedStory(t, articles)
}

// nearIdentical is one fictional story of n near-identical versions filed
// within 48 hours: the ferry wire copy with one word changed in each, no
// wire header, each dated at its own minute.
func nearIdentical(t testing.TB, n int) ([]crosswire.Article, []*Fingerprint, []int) {
	t.Helper()
	words := strings.Fields(ferryWire)
	base := time.Date(2026, 5, 6, 8, 0, 0, 0, time.UTC)
	articles := make([]crosswire.Article, n)
	for i := range articles {
		w := slices.Clone(words)
		w[(7*i)%len(w)] = substitutes[i%len(substitutes)]
		at := base.Add(time.Duration(i*48*60/n) * time.Minute)
		articles[i] = crosswire.Article{ID: fmt.Sprintf("d%05d", i), Language: "en", Text: strings.Join(w, " "), Published: &at}
	}
	return preparedStory(t, articles)
}

// TestAssignRolesComparisonsBounded: the pairs of versions assignRoles
// compares by fingerprint grow with a story's versions, not with their
// pairs, once the story is over maxExactVersions: at n and 4n, distinct
// undated versions (every centre asked for) and near-identical dated ones
// (every earlier version a candidate), at most ~4× as many (it was ~16×:
// n(n−1)/2 for the centres and as many for the candidates). Up to
// maxExactVersions every pair is compared, as before.
func TestAssignRolesComparisonsBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("2,000 versions")
	}
	one := func(uint32) float64 { return 1 }
	tests := []struct {
		name  string
		story func(testing.TB, int) ([]crosswire.Article, []*Fingerprint, []int)
	}{
		{"distinct undated versions", manyVersions},
		{"near-identical versions within 48 h", nearIdentical},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var compared [2]int
			for k, n := range []int{500, 2000} {
				arts, fps, members := tc.story(t, n)
				st, c := assignRolesCounting(arts, fps, members, one)
				if len(st.Articles) != n {
					t.Fatalf("%d articles back, want %d", len(st.Articles), n)
				}
				if !strings.Contains(st.Articles[n-1].Evidence, fmt.Sprintf("a story of %d versions", n)) {
					t.Errorf("evidence %q does not say the lineage was bounded", st.Articles[n-1].Evidence)
				}
				compared[k] = c
				t.Logf("%d versions: %d pairs compared (%.0f a version)", n, c, float64(c)/float64(n))
			}
			if compared[1] > 5*compared[0] {
				t.Errorf("%d pairs compared at 2,000 versions, %d at 500: super-linear", compared[1], compared[0])
			}
			if limit := 2000 * (2*maxPool + 1); compared[1] > limit {
				t.Errorf("%d pairs compared at 2,000 versions, over %d", compared[1], limit)
			}
		})
	}
	t.Run("every pair up to maxExactVersions", func(t *testing.T) {
		n := maxExactVersions
		arts, fps, members := manyVersions(t, n)
		st, c := assignRolesCounting(arts, fps, members, one)
		// every pair once for the centres, every earlier version a candidate
		if want := n * (n - 1); c != want {
			t.Errorf("%d pairs compared, want %d", c, want)
		}
		if strings.Contains(st.Articles[n-1].Evidence, "versions: each version compared") {
			t.Errorf("a story of %d versions noted as bounded", n)
		}
	})
}

// preparedStory prepares articles as one story of them all.
func preparedStory(t testing.TB, articles []crosswire.Article) ([]crosswire.Article, []*Fingerprint, []int) {
	t.Helper()
	arts, fps, _, err := New(Options{}).prepare(context.Background(), articles, nil)
	if err != nil {
		t.Fatal(err)
	}
	members := make([]int, len(arts))
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

// BenchmarkAssignRolesDated: one story of 1,250 or 5,000 near-identical
// versions filed within 48 hours (5,000 took 42 s to group, 98 % of it in
// assignRoles, when every pair was compared).
func BenchmarkAssignRolesDated(b *testing.B) {
	one := func(uint32) float64 { return 1 }
	for _, n := range []int{1250, 5000} {
		arts, fps, members := nearIdentical(b, n)
		b.Run(fmt.Sprintf("versions=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				assignRoles(arts, fps, members, one)
			}
		})
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
	}
}

// TestStoryTitle: a story takes the title of its first version that has
// one, so an untitled source (a wire take whose header held no headline, a
// pasted text) does not leave the story untitled when a version is titled.
func TestStoryTitle(t *testing.T) {
	one := func(uint32) float64 { return 1 }
	tests := []struct {
		name   string
		titles []string
		want   func(st crosswire.Story) string
	}{
		{"the original's own title", []string{"Ferry grounded in fog", "", "Ferry hits rocks"},
			func(st crosswire.Story) string { return st.Articles[0].Title }},
		{"untitled source, a titled version", []string{"", "  ", "Ferry hits rocks off the island"},
			func(crosswire.Story) string { return "Ferry hits rocks off the island" }},
		{"no version titled", []string{"", "", ""},
			func(crosswire.Story) string { return "" }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts, fps, members := nearIdentical(t, len(tc.titles))
			for i := range arts {
				arts[i].Title = tc.titles[i]
			}
			st := assignRoles(arts, fps, members, one)
			if got, want := st.Title, tc.want(st); got != want || (want != "" && strings.TrimSpace(got) == "") {
				t.Errorf("story title %q, want %q (original %q)", got, want, st.Articles[0].Title)
			}
		})
	}
}
