// Package storetest is the conformance suite every crosswire.Store
// backend runs, so that the embedded SQLite store and the PostgreSQL store
// behave alike: idempotent ingest, exact round-trips, the same story
// listing for the same filter, ErrNotFound, safety under concurrent use.
//
// A backend's test calls Run with a function opening a fresh, empty store,
// and Reopen to check that data outlives the store value. All text below
// is fictional.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"crosswire"
)

// Run runs the conformance suite. open must return a new, empty store for
// each call; Run closes it.
func Run(t *testing.T, open func(t *testing.T) crosswire.Store) {
	t.Helper()
	tests := []struct {
		name string
		fn   func(t *testing.T, s crosswire.Store)
	}{
		{"PutArticleIdempotent", testPutArticleIdempotent},
		{"PutArticleRequiresIDAndHash", testPutArticleRequiresIDAndHash},
		{"ArticleRoundTrip", testArticleRoundTrip},
		{"ArticlesIngestOrder", testArticlesIngestOrder},
		{"ArticleNotFound", testArticleNotFound},
		{"StoryRoundTrip", testStoryRoundTrip},
		{"StoryNotFound", testStoryNotFound},
		{"ReplaceStoriesReplaces", testReplaceStoriesReplaces},
		{"ReplaceStoriesStoresNewArticles", testReplaceStoriesStoresNewArticles},
		{"StoriesFilter", testStoriesFilter},
		{"ConcurrentPutArticle", testConcurrentPutArticle},
		{"ConcurrentReadWrite", testConcurrentReadWrite},
		{"PutStoriesMergesAndKeepsOthers", testPutStoriesMergesAndKeepsOthers},
		{"Unassigned", testUnassigned},
		{"Signatures", testSignatures},
		{"Successors", testSuccessors},
		{"ReportFieldsRoundTrip", testReportFieldsRoundTrip},
		{"WireAndReuseAbsent", testWireAndReuseAbsent},
		{"PutArticleFillsWire", testPutArticleFillsWire},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			})
			tc.fn(t, s)
		})
	}
}

// Reopen checks that what a store holds is still there after it is closed
// and opened again. open returns a new store and a function that opens
// the same database again.
func Reopen(t *testing.T, open func(t *testing.T) (crosswire.Store, func(t *testing.T) crosswire.Store)) {
	t.Helper()
	ctx := context.Background()
	s, reopen := open(t)
	arts := []crosswire.Article{article("r1", "Harbor Post"), article("r2", "Valley Times")}
	for _, a := range arts {
		mustPut(t, s, a)
	}
	st := story("story-r", "Harbour crane collapses", arts...)
	if err := s.ReplaceStories(ctx, []crosswire.Story{st}); err != nil {
		t.Fatalf("ReplaceStories: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	s2 := reopen(t)
	defer s2.Close()
	got, err := s2.Articles(ctx)
	if err != nil {
		t.Fatalf("Articles after reopen: %v", err)
	}
	if len(got) != 2 || got[0].ID != "r1" || got[1].ID != "r2" {
		t.Errorf("Articles after reopen = %v, want r1, r2", ids(got))
	}
	gotSt, err := s2.Story(ctx, st.ID)
	if err != nil {
		t.Fatalf("Story after reopen: %v", err)
	}
	assertStory(t, gotSt, st)
	// Storing the same content after reopening is still a no-op.
	if _, created, err := s2.PutArticle(ctx, arts[0]); err != nil || created {
		t.Errorf("PutArticle after reopen: created=%v err=%v, want false, nil", created, err)
	}
}

// base dates the fixtures in the past, as news a store holds is: a
// publication more than a day after the ingest orders as the ingest
// (crosswire.SeenTime), so a future base would change the listings.
var base = time.Date(2021, 3, 14, 9, 30, 0, 0, time.UTC)

// article returns a fictional article with every field set.
func article(id, outlet string) crosswire.Article {
	pub := base
	return crosswire.Article{
		ID:        id,
		Source:    "testdata/" + id + ".txt",
		URL:       "https://example.org/news/" + id,
		Title:     "Crane collapses at Port Ellis harbour",
		Outlet:    outlet,
		Author:    "Mira Solberg",
		Published: &pub,
		Language:  "en",
		Text:      "Cranes under review\n\nA crane collapsed at Port Ellis harbour on Tuesday, harbour master Ivo Brandt said. (" + id + ")",
		Role:      crosswire.RoleOriginal,
		Evidence:  "earliest publication",
		Removed:   []crosswire.Removal{{Text: "PORT ELLIS (Wire) -", Reason: crosswire.ReasonDateline, Start: 21, End: 21}},
		Hash:      "hash-" + id,
		Subheads:  []crosswire.Span{{Article: id, Text: "Cranes under review", Start: 0, End: 19}},
	}
}

func ptr[T any](v T) *T { return &v }

func mustPut(t *testing.T, s crosswire.Store, a crosswire.Article) {
	t.Helper()
	if _, _, err := s.PutArticle(context.Background(), a); err != nil {
		t.Fatalf("PutArticle %s: %v", a.ID, err)
	}
}

func ids(arts []crosswire.Article) []string {
	out := make([]string, len(arts))
	for i, a := range arts {
		out[i] = a.ID
	}
	return out
}

// normalize makes a stored value comparable with reflect.DeepEqual:
// backends return a time's instant and UTC offset, not its zone's name.
func normalize(a crosswire.Article) crosswire.Article {
	if a.Published != nil {
		a.Published = ptr(a.Published.UTC())
	}
	return a
}

func assertArticle(t *testing.T, got, want crosswire.Article) {
	t.Helper()
	got, want = normalize(got), normalize(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("article %s:\n got %+v\nwant %+v", want.ID, got, want)
	}
}

func assertStory(t *testing.T, got, want crosswire.Story) {
	t.Helper()
	for i := range got.Articles {
		got.Articles[i] = normalize(got.Articles[i])
	}
	w := want
	w.Articles = make([]crosswire.Article, len(want.Articles))
	for i := range want.Articles {
		w.Articles[i] = normalize(want.Articles[i])
	}
	if !reflect.DeepEqual(got, w) {
		t.Errorf("story %s:\n got %+v\nwant %+v", want.ID, got, w)
	}
}

func testPutArticleIdempotent(t *testing.T, s crosswire.Store) {
	ctx := context.Background()
	a := article("a1", "Harbor Post")
	id, created, err := s.PutArticle(ctx, a)
	if err != nil || !created || id != a.ID {
		t.Fatalf("first PutArticle = %q, %v, %v; want %q, true, nil", id, created, err, a.ID)
	}
	// The same content read again from elsewhere: same hash, other source.
	again := a
	again.Source = "mirror/a1.txt"
	id, created, err = s.PutArticle(ctx, again)
	if err != nil || created || id != a.ID {
		t.Fatalf("second PutArticle = %q, %v, %v; want %q, false, nil", id, created, err, a.ID)
	}
	got, err := s.Article(ctx, a.ID)
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	if got.Source != a.Source {
		t.Errorf("Source = %q after re-put; the first copy must be kept (%q)", got.Source, a.Source)
	}
	all, err := s.Articles(ctx)
	if err != nil {
		t.Fatalf("Articles: %v", err)
	}
	if len(all) != 1 {
		t.Errorf("Articles has %d articles, want 1", len(all))
	}
}

func testPutArticleRequiresIDAndHash(t *testing.T, s crosswire.Store) {
	tests := []struct {
		name string
		edit func(a *crosswire.Article)
	}{
		{"no hash", func(a *crosswire.Article) { a.Hash = "" }},
		{"no id", func(a *crosswire.Article) { a.ID = "" }},
		{"an ID stored with other content", func(a *crosswire.Article) { a.ID = "taken" }},
	}
	taken := article("taken", "Harbor Post")
	taken.Hash = "hash-of-other-content"
	mustPut(t, s, taken)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("bad", "Harbor Post")
			tc.edit(&a)
			if _, _, err := s.PutArticle(context.Background(), a); err == nil {
				t.Errorf("PutArticle accepted an article with %s", tc.name)
			}
		})
	}
}

func testArticleRoundTrip(t *testing.T, s crosswire.Store) {
	ctx := context.Background()
	east := time.FixedZone("UTC+9", 9*3600)
	tests := []struct {
		name string
		edit func(a *crosswire.Article)
	}{
		{"every field", func(a *crosswire.Article) {
			a.DerivedFrom = ptr("rt-source")
			a.Encoding = "windows-1252"
			filed := time.Date(2021, 3, 15, 16, 54, 0, 0, time.UTC)
			a.Wire = &crosswire.Wire{Slug: "Harbour", Version: "substitute", Page: 2, Desk: "NEWS", Priority: "HHH", Agency: "Norpress", Filed: &filed, More: true}
		}},
		{"nil published and derived from", func(a *crosswire.Article) { a.Published = nil; a.DerivedFrom = nil }},
		{"published in another zone", func(a *crosswire.Article) { a.Published = ptr(time.Date(2021, 3, 15, 1, 2, 3, 0, east)) }},
		{"nil slices", func(a *crosswire.Article) { a.Removed = nil; a.Subheads = nil }},
		{"empty slices", func(a *crosswire.Article) { a.Removed = []crosswire.Removal{}; a.Subheads = []crosswire.Span{} }},
		{"empty optional strings", func(a *crosswire.Article) {
			a.URL, a.Author, a.Evidence, a.Role, a.Outlet = "", "", "", "", ""
		}},
		{"unicode and quotes", func(a *crosswire.Article) {
			a.Title = `Минister „Kéller“ says 'no' — 港口`
			a.Text = "Zeile eins\nzweite Zeile mit \"Zitat\" und 100 % Sicherheit\u00a0— ende?"
			a.Removed = []crosswire.Removal{{Text: "Foto: Ærø", Reason: crosswire.ReasonMetadata}, {Text: "Lies auch", Reason: crosswire.ReasonEditorInsert}}
		}},
		{"several removals and subheads", func(a *crosswire.Article) {
			a.Text = "One\n\nTwo\n\nThree\n\n" + a.Text
			a.Subheads = []crosswire.Span{{Article: a.ID, Text: "One", Start: 0, End: 3}, {Article: a.ID, Text: "Two", Start: 5, End: 8},
				{Article: a.ID, Text: "Three", Start: 10, End: 15}}
			a.Role, a.DerivedFrom = crosswire.RoleTranslation, ptr("rt-every-field")
		}},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article(fmt.Sprintf("rt-%d", i), "Harbor Post")
			tc.edit(&a)
			if _, _, err := s.PutArticle(ctx, a); err != nil {
				t.Fatalf("PutArticle: %v", err)
			}
			got, err := s.Article(ctx, a.ID)
			if err != nil {
				t.Fatalf("Article: %v", err)
			}
			assertArticle(t, got, a)
			if a.Published != nil && !got.Published.Equal(*a.Published) {
				t.Errorf("Published = %v, want the instant %v", got.Published, a.Published)
			}
		})
	}
}

func testArticlesIngestOrder(t *testing.T, s crosswire.Store) {
	ctx := context.Background()
	// IDs deliberately out of lexical order, and one duplicate.
	order := []string{"m", "c", "x", "a", "c", "k"}
	for _, id := range order {
		mustPut(t, s, article(id, "Harbor Post"))
	}
	got, err := s.Articles(ctx)
	if err != nil {
		t.Fatalf("Articles: %v", err)
	}
	want := []string{"m", "c", "x", "a", "k"}
	if !reflect.DeepEqual(ids(got), want) {
		t.Errorf("Articles order = %v, want %v", ids(got), want)
	}
	for i := range got {
		assertArticle(t, got[i], article(want[i], "Harbor Post"))
	}
}

func testArticleNotFound(t *testing.T, s crosswire.Store) {
	_, err := s.Article(context.Background(), "missing")
	if !errors.Is(err, crosswire.ErrNotFound) {
		t.Errorf("Article(missing) error = %v, want ErrNotFound", err)
	}
}

func testStoryNotFound(t *testing.T, s crosswire.Store) {
	_, err := s.Story(context.Background(), "missing")
	if !errors.Is(err, crosswire.ErrNotFound) {
		t.Errorf("Story(missing) error = %v, want ErrNotFound", err)
	}
}

// story builds a story over arts: the first is the original, the others
// rewrites of it, with one entity, two facts (the first about the entity)
// and one high-severity discrepancy, all with spans.
func story(id, title string, arts ...crosswire.Article) crosswire.Story {
	st := crosswire.Story{ID: id, Title: title}
	for i, a := range arts {
		if i == 0 {
			a.Role, a.DerivedFrom, a.Evidence = crosswire.RoleOriginal, nil, "earliest publication"
		} else {
			a.Role, a.DerivedFrom, a.Evidence = crosswire.RoleRewrite, ptr(arts[0].ID), "shares 62% of shingles"
		}
		st.Articles = append(st.Articles, a)
	}
	var sources []crosswire.Span
	for _, a := range arts {
		sources = append(sources, crosswire.Span{Article: a.ID, Text: "Ivo Brandt", Start: 68, End: 78})
	}
	st.Entities = []crosswire.StoryEntity{{
		ID: "e1", Kind: crosswire.KindPerson, Name: "Ivo Brandt", Forms: []string{"Ivo Brandt"},
		Roles: []string{"harbour master"}, Support: len(arts), Mentions: sources,
	}}
	st.Facts = []crosswire.StoryFact{
		{Kind: crosswire.KindPerson, Value: "Ivo Brandt", Entity: "e1", Status: crosswire.StatusCorroborated, Support: len(arts), Sources: sources},
		{Kind: crosswire.KindDate, Value: "Tuesday", Status: crosswire.StatusUnique, Support: 1,
			Sources: []crosswire.Span{{Article: arts[0].ID, Text: "Tuesday", Start: 40, End: 47}}},
	}
	st.Discrepancies = []crosswire.Discrepancy{{
		Kind: crosswire.DiscNumber, Severity: crosswire.SeverityHigh, Subject: "number of cranes",
		Variants: []crosswire.Variant{
			{Value: "1", Sources: []crosswire.Span{{Article: arts[0].ID, Text: "A crane", Start: 0, End: 7}}},
			{Value: "2", Sources: []crosswire.Span{{Article: arts[len(arts)-1].ID, Text: "Two cranes", Start: 0, End: 10}}},
		},
		Score: 0.8125,
	}}
	return st
}

func testStoryRoundTrip(t *testing.T, s crosswire.Store) {
	ctx := context.Background()
	a, b, c := article("s1", "Harbor Post"), article("s2", "Valley Times"), article("s3", "Coast Wire")
	c.Published = nil
	// c gives the harbour master another title (same length, so the
	// spans of story hold).
	c.Text = strings.Replace(c.Text, "harbour master", "harbour keeper", 1)
	for _, x := range []crosswire.Article{a, b, c} {
		mustPut(t, s, x)
	}
	st1 := story("story-1", "Crane collapses at Port Ellis", a, b, c)
	// Every entity field and entity reference must come back: several
	// forms and roles, a misspelt flag, a role discrepancy about e1.
	st1.Entities[0].Roles = []string{"harbour master", "harbour keeper"}
	st1.Entities[0].Misspelt = true
	st1.Entities[0].Forms = []string{"Ivo Brandt", "Brandt", "Ivo Brant"}
	st1.Discrepancies = append(st1.Discrepancies, crosswire.Discrepancy{
		Kind: crosswire.DiscRole, Severity: crosswire.SeverityHigh, Subject: "role of Ivo Brandt", Entity: "e1",
		Variants: []crosswire.Variant{
			{Value: "harbour master", Sources: []crosswire.Span{
				{Article: a.ID, Text: "harbour master", Start: 52, End: 66}, {Article: b.ID, Text: "harbour master", Start: 52, End: 66}}},
			{Value: "harbour keeper", Sources: []crosswire.Span{{Article: c.ID, Text: "harbour keeper", Start: 52, End: 66}}},
		},
		Score: 2.45,
	})
	st2 := story("story-2", "Second story", article("s4", "Coast Wire"))
	st2.Facts, st2.Discrepancies, st2.Entities = []crosswire.StoryFact{}, nil, []crosswire.StoryEntity{}
	if err := s.ReplaceStories(ctx, []crosswire.Story{st1, st2}); err != nil {
		t.Fatalf("ReplaceStories: %v", err)
	}
	for _, want := range []crosswire.Story{st1, st2} {
		got, err := s.Story(ctx, want.ID)
		if err != nil {
			t.Fatalf("Story %s: %v", want.ID, err)
		}
		assertStory(t, got, want)
	}
	// Article reflects the role grouping gave it.
	got, err := s.Article(ctx, "s2")
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	if got.Role != crosswire.RoleRewrite || got.DerivedFrom == nil || *got.DerivedFrom != "s1" {
		t.Errorf("Article s2 role = %q from %v, want rewrite from s1", got.Role, got.DerivedFrom)
	}
}

func testReplaceStoriesReplaces(t *testing.T, s crosswire.Store) {
	ctx := context.Background()
	a, b := article("p1", "Harbor Post"), article("p2", "Valley Times")
	mustPut(t, s, a)
	mustPut(t, s, b)
	if err := s.ReplaceStories(ctx, []crosswire.Story{story("old-1", "Old", a), story("old-2", "Old too", b)}); err != nil {
		t.Fatalf("ReplaceStories: %v", err)
	}
	merged := story("new-1", "Merged", a, b)
	if err := s.ReplaceStories(ctx, []crosswire.Story{merged}); err != nil {
		t.Fatalf("second ReplaceStories: %v", err)
	}
	if _, err := s.Story(ctx, "old-1"); !errors.Is(err, crosswire.ErrNotFound) {
		t.Errorf("Story(old-1) after replace: error = %v, want ErrNotFound", err)
	}
	list, err := s.Stories(ctx, crosswire.StoryFilter{})
	if err != nil {
		t.Fatalf("Stories: %v", err)
	}
	if len(list) != 1 || list[0].ID != "new-1" || list[0].ArticleCount != 2 {
		t.Errorf("Stories after replace = %+v, want only new-1 with 2 articles", list)
	}
	if err := s.ReplaceStories(ctx, nil); err != nil {
		t.Fatalf("ReplaceStories(nil): %v", err)
	}
	if list, err := s.Stories(ctx, crosswire.StoryFilter{}); err != nil || len(list) != 0 {
		t.Errorf("Stories after ReplaceStories(nil) = %v, %v; want none", list, err)
	}
	if all, err := s.Articles(ctx); err != nil || len(all) != 2 {
		t.Errorf("Articles after ReplaceStories(nil) = %d, %v; articles must stay", len(all), err)
	}
}

func testReplaceStoriesStoresNewArticles(t *testing.T, s crosswire.Store) {
	ctx := context.Background()
	a := article("n1", "Harbor Post")
	if err := s.ReplaceStories(ctx, []crosswire.Story{story("story-n", "New", a)}); err != nil {
		t.Fatalf("ReplaceStories: %v", err)
	}
	if _, err := s.Article(ctx, "n1"); err != nil {
		t.Errorf("Article n1 after ReplaceStories: %v", err)
	}
	if _, created, err := s.PutArticle(ctx, a); err != nil || created {
		t.Errorf("PutArticle after ReplaceStories: created=%v err=%v, want false, nil", created, err)
	}
}

func testStoriesFilter(t *testing.T, s crosswire.Store) {
	ctx := context.Background()
	day := func(d int) *time.Time { return ptr(base.AddDate(0, 0, d)) }
	mk := func(id, outlet, text string, pub *time.Time) crosswire.Article {
		a := article(id, outlet)
		a.Text, a.Published = text, pub
		return a
	}
	// Three stories: harbour (days 0–2, conflicts), election (day 5,
	// none), flood (day 9, medium discrepancy only).
	h1 := mk("h1", "Harbor Post", "A crane collapsed at Port Ellis harbour.", day(0))
	h2 := mk("h2", "Valley Times", "Two cranes collapsed at Port Ellis, officials said.", day(2))
	e1 := mk("e1", "Coast Wire", "Mayor Tova Lind won the Ellis County election, polling strongest on Ærø.", day(5))
	f1 := mk("f1", "Harbor Post", "The river Auden flooded 40 homes in Brisk.", day(9))
	f2 := mk("f2", "Coast Wire", "Fifty homes flooded in Brisk, the mayor said.", day(8))
	harbour := story("harbour", "Crane collapse at Port Ellis", h1, h2)
	election := story("election", "Lind wins county vote", e1)
	election.Discrepancies = []crosswire.Discrepancy{}
	flood := story("flood", "Auden floods Brisk", f1, f2)
	flood.Discrepancies[0].Severity = crosswire.SeverityMedium
	if err := s.ReplaceStories(ctx, []crosswire.Story{election, flood, harbour}); err != nil {
		t.Fatalf("ReplaceStories: %v", err)
	}

	all, err := s.Stories(ctx, crosswire.StoryFilter{})
	if err != nil {
		t.Fatalf("Stories: %v", err)
	}
	wantFlood := crosswire.StorySummary{
		ID: "flood", Title: "Auden floods Brisk", ArticleCount: 2,
		Outlets:   []string{"Coast Wire", "Harbor Post"},
		FirstSeen: *day(8), LastSeen: *day(9), HighDiscrepancies: 0,
	}
	if len(all) != 3 {
		t.Fatalf("Stories() = %d stories, want 3", len(all))
	}
	got := all[0]
	got.FirstSeen, got.LastSeen = got.FirstSeen.UTC(), got.LastSeen.UTC()
	if !reflect.DeepEqual(got, wantFlood) {
		t.Errorf("first summary:\n got %+v\nwant %+v", got, wantFlood)
	}
	if all[2].ID != "harbour" || all[2].HighDiscrepancies != 1 || !all[2].LastSeen.Equal(*day(2)) {
		t.Errorf("harbour summary = %+v, want high=1 last seen day 2", all[2])
	}

	tests := []struct {
		name string
		f    crosswire.StoryFilter
		want []string
	}{
		{"zero filter newest first", crosswire.StoryFilter{}, []string{"flood", "election", "harbour"}},
		{"query in title", crosswire.StoryFilter{Query: "county vote"}, []string{"election"}},
		{"query in article text", crosswire.StoryFilter{Query: "officials"}, []string{"harbour"}},
		{"query case-insensitive", crosswire.StoryFilter{Query: "PORT ellis"}, []string{"harbour"}},
		{"query words anywhere in story", crosswire.StoryFilter{Query: "Brisk homes"}, []string{"flood"}},
		{"query short word", crosswire.StoryFilter{Query: "40"}, []string{"flood"}},
		{"query prefix of a word", crosswire.StoryFilter{Query: "collap"}, []string{"harbour"}},
		{"query inside a word does not match", crosswire.StoryFilter{Query: "ollaps"}, nil},
		{"query word in several stories", crosswire.StoryFilter{Query: "ellis"}, []string{"election", "harbour"}},
		{"query non-ASCII case-insensitive", crosswire.StoryFilter{Query: "æRØ"}, []string{"election"}},
		{"query punctuation separates terms", crosswire.StoryFilter{Query: "Port-Ellis"}, []string{"harbour"}},
		{"query quote marks ignored", crosswire.StoryFilter{Query: `"crane`}, []string{"harbour"}},
		{"query wildcards are not wildcards", crosswire.StoryFilter{Query: "co%apse c_ane"}, nil},
		{"query of punctuation only filters nothing", crosswire.StoryFilter{Query: "— % _"}, []string{"flood", "election", "harbour"}},
		{"query no match", crosswire.StoryFilter{Query: "volcano"}, nil},
		{"query one term missing", crosswire.StoryFilter{Query: "crane volcano"}, nil},
		{"outlet", crosswire.StoryFilter{Outlet: "Valley Times"}, []string{"harbour"}},
		{"outlet any case", crosswire.StoryFilter{Outlet: "coast wire"}, []string{"flood", "election"}},
		{"outlet unknown", crosswire.StoryFilter{Outlet: "Nowhere Daily"}, nil},
		{"from", crosswire.StoryFilter{From: *day(5)}, []string{"flood", "election"}},
		{"to", crosswire.StoryFilter{To: *day(5)}, []string{"election", "harbour"}},
		{"from and to", crosswire.StoryFilter{From: *day(3), To: *day(6)}, []string{"election"}},
		{"from in another zone", crosswire.StoryFilter{From: day(5).In(time.FixedZone("UTC-5", -5*3600))}, []string{"flood", "election"}},
		{"conflicts", crosswire.StoryFilter{Conflicts: true}, []string{"flood", "harbour"}},
		{"limit", crosswire.StoryFilter{Limit: 2}, []string{"flood", "election"}},
		{"combined", crosswire.StoryFilter{Outlet: "Harbor Post", Conflicts: true, To: *day(4)}, []string{"harbour"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			list, err := s.Stories(ctx, tc.f)
			if err != nil {
				t.Fatalf("Stories(%+v): %v", tc.f, err)
			}
			var got []string
			for _, sum := range list {
				got = append(got, sum.ID)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Stories(%+v) = %v, want %v", tc.f, got, tc.want)
			}
		})
	}
}

func testConcurrentPutArticle(t *testing.T, s crosswire.Store) {
	ctx := context.Background()
	const (
		workers  = 8
		perWork  = 40
		distinct = 25
	)
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		created = map[string]int{}
		errs    []error
	)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range perWork {
				// Every worker stores the same 25 contents, each in a
				// different order.
				n := (i*7 + w*3) % distinct
				id, ok, err := s.PutArticle(ctx, article(fmt.Sprintf("c%02d", n), "Harbor Post"))
				mu.Lock()
				if err != nil {
					errs = append(errs, err)
				} else if ok {
					created[id]++
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(errs) > 0 {
		t.Fatalf("%d PutArticle errors, first: %v", len(errs), errs[0])
	}
	for id, n := range created {
		if n != 1 {
			t.Errorf("article %s reported created %d times, want once", id, n)
		}
	}
	if len(created) != distinct {
		t.Errorf("%d articles reported created, want %d", len(created), distinct)
	}
	all, err := s.Articles(ctx)
	if err != nil {
		t.Fatalf("Articles: %v", err)
	}
	if len(all) != distinct {
		t.Errorf("Articles has %d, want %d (each hash once)", len(all), distinct)
	}
}

// testConcurrentReadWrite runs readers (as the HTTP server would) while
// stories are replaced; under -race it also checks the store's own
// synchronisation. Every read must see a whole story set.
func testConcurrentReadWrite(t *testing.T, s crosswire.Store) {
	ctx := context.Background()
	arts := []crosswire.Article{article("w1", "Harbor Post"), article("w2", "Valley Times"), article("w3", "Coast Wire")}
	for _, a := range arts {
		mustPut(t, s, a)
	}
	sets := [][]crosswire.Story{
		{story("one", "All in one", arts...)},
		{story("split-a", "Split A", arts[0]), story("split-b", "Split B", arts[1], arts[2])},
	}
	if err := s.ReplaceStories(ctx, sets[0]); err != nil {
		t.Fatalf("ReplaceStories: %v", err)
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	errc := make(chan error, 16)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-done:
					return
				default:
				}
				list, err := s.Stories(ctx, crosswire.StoryFilter{})
				if err != nil {
					errc <- err
					return
				}
				total := 0
				for _, sum := range list {
					total += sum.ArticleCount
				}
				if total != 3 {
					errc <- fmt.Errorf("a listing saw %d articles across %d stories, want 3: a partial replace", total, len(list))
					return
				}
				for _, sum := range list {
					if _, err := s.Story(ctx, sum.ID); err != nil && !errors.Is(err, crosswire.ErrNotFound) {
						errc <- err
						return
					}
				}
			}
		}()
	}
	for i := range 30 {
		if err := s.ReplaceStories(ctx, sets[(i+1)%2]); err != nil {
			t.Errorf("ReplaceStories %d: %v", i, err)
			break
		}
	}
	close(done)
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Error(err)
	}
}

// testSuccessors: a story ID that is no longer stored leads to the
// stories that hold its articles now, through incremental writes and a
// full replacement alike: one after a merge or a rename, several after a
// split, none for an ID never stored.
func testSuccessors(t *testing.T, s crosswire.Store) {
	ctx := context.Background()
	a, b, c := article("h1", "Harbor Post"), article("h2", "Valley Times"), article("h3", "Coast Courier")
	for _, x := range []crosswire.Article{a, b, c} {
		mustPut(t, s, x)
	}
	want := func(id string, wantIDs ...string) {
		t.Helper()
		got, err := s.Successors(ctx, id)
		if err != nil {
			t.Fatalf("Successors(%s): %v", id, err)
		}
		if strings.Join(got, ",") != strings.Join(wantIDs, ",") {
			t.Errorf("Successors(%s) = %v, want %v", id, got, wantIDs)
		}
	}
	// Two stories; a version arrives that merges them under a new ID.
	if err := s.PutStories(ctx, []crosswire.Story{story("story-a", "Pier", a), story("story-b", "Pier", b)}, nil); err != nil {
		t.Fatal(err)
	}
	want("story-a")
	if err := s.PutStories(ctx, []crosswire.Story{story("story-ab", "Pier", a, b)}, []string{"story-a", "story-b"}); err != nil {
		t.Fatal(err)
	}
	want("story-a", "story-ab")
	want("story-b", "story-ab")
	// A full analysis splits it and renames: the old IDs follow.
	if err := s.ReplaceStories(ctx, []crosswire.Story{story("story-x", "Pier", a, c), story("story-y", "Pier", b)}); err != nil {
		t.Fatal(err)
	}
	want("story-ab", "story-x", "story-y")
	want("story-a", "story-x")
	want("never-stored")
	want("story-x")
}
