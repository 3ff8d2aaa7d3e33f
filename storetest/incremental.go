package storetest

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"testing"

	"crosswire"
)

// The tests of the incremental analysis path: PutStories, StoryIDs,
// Unassigned and signatures. Run runs them with the others.

func testPutStoriesMergesAndKeepsOthers(t *testing.T, s crosswire.Store) {
	ctx := context.Background()
	a, b, c := article("m1", "Harbor Post"), article("m2", "Valley Times"), article("m3", "Coast Courier")
	for _, x := range []crosswire.Article{a, b, c} {
		mustPut(t, s, x)
	}
	if err := s.ReplaceStories(ctx, []crosswire.Story{story("st-a", "A", a), story("st-b", "B", b), story("st-c", "C", c)}); err != nil {
		t.Fatalf("ReplaceStories: %v", err)
	}
	// a new version d bridges a and b: st-a grows to a, b, d and st-b goes
	d := article("m4", "Delta Daily")
	merged := story("st-a", "A and B", a, b, d)
	if err := s.PutStories(ctx, []crosswire.Story{merged}, []string{"st-b"}); err != nil {
		t.Fatalf("PutStories: %v", err)
	}
	got, err := s.Story(ctx, "st-a")
	if err != nil {
		t.Fatalf("Story(st-a): %v", err)
	}
	assertStory(t, got, merged)
	if _, err := s.Story(ctx, "st-b"); !errors.Is(err, crosswire.ErrNotFound) {
		t.Errorf("Story(st-b) after PutStories removed it: error = %v, want ErrNotFound", err)
	}
	untouched, err := s.Story(ctx, "st-c")
	if err != nil {
		t.Fatalf("Story(st-c): %v", err)
	}
	assertStory(t, untouched, story("st-c", "C", c))
	list, err := s.Stories(ctx, crosswire.StoryFilter{})
	if err != nil {
		t.Fatalf("Stories: %v", err)
	}
	counts := map[string]int{}
	for _, sum := range list {
		counts[sum.ID] = sum.ArticleCount
	}
	if want := map[string]int{"st-a": 3, "st-c": 1}; !reflect.DeepEqual(counts, want) {
		t.Errorf("story listing after PutStories = %v, want %v", counts, want)
	}
	// the replaced story's new title is what a search finds, the old one
	// is gone from the title index
	if hits, err := s.Stories(ctx, crosswire.StoryFilter{Query: "and"}); err != nil || len(hits) != 1 || hits[0].ID != "st-a" {
		t.Errorf("Stories(q=and) = %+v, %v; want st-a", hits, err)
	}
	if art, err := s.Article(ctx, "m4"); err != nil || art.Role != crosswire.RoleRewrite {
		t.Errorf("Article(m4) after PutStories = role %q, %v; want rewrite", art.Role, err)
	}
	// splitting: st-a back into two stories, nothing removed
	if err := s.PutStories(ctx, []crosswire.Story{story("st-a", "A", a, d), story("st-b", "B", b)}, nil); err != nil {
		t.Fatalf("PutStories (split): %v", err)
	}
	byArticle, err := s.StoryIDs(ctx)
	if err != nil {
		t.Fatalf("StoryIDs: %v", err)
	}
	if want := map[string]string{"m1": "st-a", "m4": "st-a", "m2": "st-b", "m3": "st-c"}; !reflect.DeepEqual(byArticle, want) {
		t.Errorf("StoryIDs after split = %v, want %v", byArticle, want)
	}
	if err := s.PutStories(ctx, nil, nil); err != nil {
		t.Errorf("PutStories(nil, nil): %v", err)
	}
}

func testUnassigned(t *testing.T, s crosswire.Store) {
	ctx := context.Background()
	a, b, c := article("u1", "Harbor Post"), article("u2", "Valley Times"), article("u3", "Coast Courier")
	for _, x := range []crosswire.Article{a, b, c} {
		mustPut(t, s, x)
	}
	got, err := s.Unassigned(ctx)
	if err != nil {
		t.Fatalf("Unassigned: %v", err)
	}
	if g := ids(got); !reflect.DeepEqual(g, []string{"u1", "u2", "u3"}) {
		t.Errorf("Unassigned before analysis = %v, want u1 u2 u3 in ingest order", g)
	}
	if err := s.PutStories(ctx, []crosswire.Story{story("st-u", "U", a, c)}, nil); err != nil {
		t.Fatalf("PutStories: %v", err)
	}
	got, err = s.Unassigned(ctx)
	if err != nil {
		t.Fatalf("Unassigned: %v", err)
	}
	if len(got) != 1 {
		t.Fatalf("Unassigned after placing u1 and u3 = %v, want u2", ids(got))
	}
	assertArticle(t, got[0], b)
}

func testSignatures(t *testing.T, s crosswire.Store) {
	ctx := context.Background()
	mustPut(t, s, article("g1", "Harbor Post"))
	mustPut(t, s, article("g2", "Valley Times"))
	for _, put := range []struct {
		id, kind string
		blob     []byte
	}{
		{"g1", "fingerprint", []byte{1, 2, 3}},
		{"g2", "fingerprint", []byte{}},
		{"g1", "other", []byte{9}},
		{"g1", "fingerprint", []byte{4, 5}}, // replaces
	} {
		if err := s.PutSignature(ctx, put.id, put.kind, put.blob); err != nil {
			t.Fatalf("PutSignature(%s, %s): %v", put.id, put.kind, err)
		}
	}
	got, err := s.Signatures(ctx, "fingerprint")
	if err != nil {
		t.Fatalf("Signatures: %v", err)
	}
	if len(got) != 2 || !bytes.Equal(got["g1"], []byte{4, 5}) || len(got["g2"]) != 0 {
		t.Errorf("Signatures(fingerprint) = %v, want g1: [4 5], g2: []", got)
	}
	if err := s.PutSignature(ctx, "no-such-article", "fingerprint", []byte{1}); err == nil {
		t.Errorf("PutSignature of an article that is not stored: no error")
	}
}
