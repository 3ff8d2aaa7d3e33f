package group

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"

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
	}
}
