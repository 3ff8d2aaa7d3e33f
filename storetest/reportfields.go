package storetest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"crosswire"
)

// The JSON report shows articles and stories read back from a store
// (serve, show, ingest --db, workers): every field of Article and Story
// the report carries must come back from a store as it was written, or a
// stored analysis differs from check's. These tests fill every such field
// (reportFieldsUnset proves the fixtures do, so a field added to the
// domain fails here until its fixture sets it) and compare the JSON of
// what comes back with the JSON of what went in.

// wireTake is a fictional agency wire take (Norpress) with every field of
// its article set: a wire header with each field, a reuse share, removed
// passages with their offsets, subhead spans, a legacy encoding.
func wireTake(id string) crosswire.Article {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		// No zone database: a fixed zone of the same offset.
		london = time.FixedZone("BST", 3600)
	}
	// Summer time: the publication time is given at +01:00, and must
	// come back so.
	filed := time.Date(2031, 6, 2, 16, 54, 0, 0, london)
	published := filed
	// Every offset is set (not 0), so a store that dropped one would
	// show: subheads after the first paragraph, removals inside the text
	// and at its end.
	sub1, sub2 := "Crews walk out", "Talks resume"
	text := "Ferry crews walked out at Vessburg harbour today, stranding about 400 passengers, the Seafarers' Union said.\n\n" +
		sub1 + "\n\nUnion official Mira Holt said the operator had been given every chance.\n\n" +
		sub2 + "\n\nThe operator, Kessel Lines, said talks would resume on Friday."
	i1, i2 := strings.Index(text, sub1), strings.Index(text, sub2)
	return crosswire.Article{
		ID:          id,
		Source:      "takes/" + id + ".txt",
		URL:         "https://norpress.example/wire/" + id,
		Title:       "FERRY STRIKE CLOSES VESSBURG HARBOUR – UNION",
		Outlet:      "Norpress",
		Author:      "Ada Vell and Tor Lund",
		Published:   &published,
		Language:    "en",
		Text:        text,
		Role:        crosswire.RoleCopy,
		DerivedFrom: ptr("take-first"),
		Reuse:       ptr(0.857),
		Evidence:    "page 2 of the wire story Harbour, filed 26 minutes after page 1",
		Removed: []crosswire.Removal{
			{Text: "(reopens)", Reason: crosswire.ReasonMetadata, Start: i1, End: i1},
			{Text: "Reporting by the harbour desk", Reason: crosswire.ReasonEditorInsert, Start: i2 - 2, End: i2 - 2},
			{Text: "mf", Reason: crosswire.ReasonMetadata, Start: len(text), End: len(text)},
		},
		Hash: "hash-" + id,
		Subheads: []crosswire.Span{
			{Article: id, Text: sub1, Start: i1, End: i1 + len(sub1)},
			{Article: id, Text: sub2, Start: i2, End: i2 + len(sub2)},
		},
		Wire: &crosswire.Wire{Slug: "Harbour", Version: "substitute", Page: 2, Desk: "NEWS", Priority: "UUU",
			Agency: "Norpress", Filed: &filed, More: true},
		Encoding: "windows-1252",
	}
}

// fullStory is a story over arts with every story field set: facts,
// discrepancies and entities (from story), related stories and notes.
func fullStory(id string, arts ...crosswire.Article) crosswire.Story {
	st := story(id, "Ferry strike closes Vessburg harbour", arts...)
	// story gives each article a role; keep the ones the fixtures set.
	copy(st.Articles, arts)
	// Every optional field of the body set: a second entity (a place)
	// with a fact about it, and a discrepancy about an office whose
	// variants name two people.
	harbour := crosswire.Span{Article: arts[0].ID, Text: "Vessburg harbour", Start: 47, End: 63}
	st.Entities = append(st.Entities, crosswire.StoryEntity{ID: "e2", Kind: crosswire.KindPlace, Name: "Vessburg",
		Forms: []string{"Vessburg", "Vessburg harbour"}, Roles: []string{"port"}, Support: 1, IndependentSupport: 1,
		Mentions: []crosswire.Span{harbour}, Misspelt: true})
	st.Facts[1] = crosswire.StoryFact{Kind: crosswire.KindPlace, Value: "Vessburg", Entity: "e2",
		Status: crosswire.StatusUnique, Support: 1, IndependentSupport: 1, Sources: []crosswire.Span{harbour}}
	st.Entities[0].Misspelt = true
	st.Entities[0].IndependentSupport = 1
	// A claim detail on every fact (a report sets it on claim facts
	// only; the round trip is what is tested), every field set.
	for i := range st.Facts {
		st.Facts[i].Claim = &crosswire.Claim{Actor: "Vessburg harbour", Verb: "was not closed", Lemma: "close",
			Target: "Mira Holt", Negated: true, Class: "close", Passive: true,
			ActorSpan: &harbour, TargetSpan: &crosswire.Span{Article: arts[0].ID, Text: "Mira Holt", Start: 147, End: 156},
			ActorEntity: "e2", TargetEntity: "e1",
			With: "Vessburg", WithSpan: &crosswire.Span{Article: arts[0].ID, Text: "Vessburg", Start: 47, End: 55}, WithEntity: "e2"}
		// a quotation fact's speaker (set here on every fact, as the claim)
		st.Facts[i].Speaker, st.Facts[i].SpeakerEntity = "Mira Holt", "e1"
		st.Facts[i].IndependentSupport = max(1, st.Facts[i].Support)
		// what a figure measures and reported speech (set here on every
		// fact, as the claim: the round trip is what is tested)
		st.Facts[i].About, st.Facts[i].Reported = "age of Mira Holt", true
	}
	last := arts[len(arts)-1].ID
	st.Discrepancies = []crosswire.Discrepancy{{
		Kind: crosswire.DiscRole, Severity: crosswire.SeverityHigh, Subject: "union official", Entity: "e1",
		Variants: []crosswire.Variant{
			{Value: "Mira Holt", Text: "Mira Holt", Entity: "e1", Sources: []crosswire.Span{{Article: arts[0].ID, Text: "Mira Holt", Start: 147, End: 156}}},
			{Value: "Vessburg", Text: "Vessburg", Entity: "e2", Sources: []crosswire.Span{{Article: last, Text: "Vessburg", Start: 26, End: 34}}},
		},
		Score: 1.375,
	}}
	st.Related = []string{"story-follow-up", "story-earlier"}
	st.Notes = []string{"numbers of article " + arts[0].ID + " not all cross-checked internally: over 400 figures"}
	return st
}

// reportFieldsUnset returns the path of every field of v, a value of the
// JSON report (an Article, a Story), that the report carries and v leaves
// at its zero value: exported fields not tagged json:"-", followed into
// pointers, slices (which must not be empty) and structs. A struct with
// no exported field (time.Time) is a value of its own.
func reportFieldsUnset(v reflect.Value, path string) []string {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return []string{path}
		}
		return reportFieldsUnset(v.Elem(), path)
	case reflect.Slice:
		if v.Len() == 0 {
			return []string{path}
		}
		var out []string
		for i := range v.Len() {
			out = append(out, reportFieldsUnset(v.Index(i), fmt.Sprintf("%s[%d]", path, i))...)
		}
		return out
	case reflect.Struct:
		var out []string
		fields := 0
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if !f.IsExported() || f.Tag.Get("json") == "-" {
				continue
			}
			fields++
			out = append(out, reportFieldsUnset(v.Field(i), path+"."+f.Name)...)
		}
		if fields == 0 && v.IsZero() {
			return []string{path}
		}
		return out
	}
	if v.IsZero() {
		return []string{path}
	}
	return nil
}

// assertSameJSON compares got and want as the JSON report writes them.
func assertSameJSON(t *testing.T, what string, got, want any) {
	t.Helper()
	g, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	w, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(g, w) {
		return
	}
	var gv, wv any
	if json.Unmarshal(g, &gv) != nil || json.Unmarshal(w, &wv) != nil {
		t.Fatalf("%s: the JSON does not decode", what)
	}
	t.Errorf("%s does not round-trip:%s", what, jsonDiff(gv, wv, ""))
}

// jsonDiff lists where two decoded JSON values differ, by path, with the
// value read back and the one written.
func jsonDiff(got, want any, path string) string {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			break
		}
		var out strings.Builder
		for _, k := range slices.Sorted(maps.Keys(w)) {
			out.WriteString(jsonDiff(g[k], w[k], path+"."+k))
		}
		for _, k := range slices.Sorted(maps.Keys(g)) {
			if _, ok := w[k]; !ok {
				out.WriteString(jsonDiff(g[k], nil, path+"."+k))
			}
		}
		return out.String()
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			break
		}
		var out strings.Builder
		for i := range w {
			out.WriteString(jsonDiff(g[i], w[i], fmt.Sprintf("%s[%d]", path, i)))
		}
		return out.String()
	}
	if reflect.DeepEqual(got, want) {
		return ""
	}
	gs, _ := json.Marshal(got)
	ws, _ := json.Marshal(want)
	return fmt.Sprintf("\n\t%s: got %s, want %s", path, gs, ws)
}

// testReportFieldsRoundTrip: an article and a story with every field the
// JSON report carries set come back with the same JSON from every read
// path: Article, Articles, Unassigned and Story, after ReplaceStories and
// after PutStories.
func testReportFieldsRoundTrip(t *testing.T, s crosswire.Store) {
	ctx := context.Background()
	first := wireTake("take-first")
	first.Role, first.DerivedFrom, first.Reuse, first.Evidence = crosswire.RoleOriginal, nil, nil, "wire copy (read from its agency header)"
	first.Wire = &crosswire.Wire{Slug: "Harbour", Page: 1, Desk: "NEWS", Agency: "Norpress", Filed: first.Wire.Filed}
	first.Hash, first.Text = "hash-take-first", strings.Replace(first.Text, "today", "this afternoon", 1)
	second := wireTake("take-second")
	// a page dated by the day alone (the input gave no time of day): its
	// precision comes back with it (first keeps its time at +01:00)
	day := time.Date(2031, 6, 2, 0, 0, 0, 0, time.UTC)
	second.Published, second.PublishedPrecision = &day, crosswire.DayPrecision
	if unset := reportFieldsUnset(reflect.ValueOf(second), "Article"); len(unset) > 0 {
		t.Fatalf("the fixture leaves fields the JSON report carries unset: %s", strings.Join(unset, ", "))
	}
	st := fullStory("story-harbour", first, second)
	if unset := reportFieldsUnset(reflect.ValueOf(st), "Story"); len(unset) > 0 {
		// first is an original: no derivation, no reuse.
		var missing []string
		for _, p := range unset {
			if !strings.HasPrefix(p, "Story.Articles[0].") {
				missing = append(missing, p)
			}
		}
		if len(missing) > 0 {
			t.Fatalf("the fixture leaves fields the JSON report carries unset: %s", strings.Join(missing, ", "))
		}
	}
	// An article as ingest stores it, before any analysis.
	mustPut(t, s, second)
	got, err := s.Article(ctx, second.ID)
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	assertSameJSON(t, "Article after PutArticle", got, second)
	if got.Wire == nil || got.Wire.Filed == nil || !got.Wire.Filed.Equal(*second.Wire.Filed) {
		t.Errorf("Wire.Filed = %v, want the instant %v", got.Wire, second.Wire.Filed)
	}
	all, err := s.Articles(ctx)
	if err != nil || len(all) != 1 {
		t.Fatalf("Articles = %d, %v; want 1", len(all), err)
	}
	assertSameJSON(t, "Articles", all[0], second)
	loose, err := s.Unassigned(ctx)
	if err != nil || len(loose) != 1 {
		t.Fatalf("Unassigned = %d, %v; want 1", len(loose), err)
	}
	assertSameJSON(t, "Unassigned", loose[0], second)

	// The full analysis path, storing first as it goes.
	if err := s.ReplaceStories(ctx, []crosswire.Story{st}); err != nil {
		t.Fatalf("ReplaceStories: %v", err)
	}
	gotSt, err := s.Story(ctx, st.ID)
	if err != nil {
		t.Fatalf("Story: %v", err)
	}
	assertSameJSON(t, "Story after ReplaceStories", gotSt, st)
	for _, want := range st.Articles {
		got, err := s.Article(ctx, want.ID)
		if err != nil {
			t.Fatalf("Article %s: %v", want.ID, err)
		}
		assertSameJSON(t, "Article "+want.ID+" after ReplaceStories", got, want)
	}

	// The incremental path: grouping changed its mind about the second
	// take's reuse and the story's notes; the story's record wins.
	again := st
	again.Articles = append([]crosswire.Article(nil), st.Articles...)
	again.Articles[1].Reuse = ptr(0.0)
	again.Articles[1].Role, again.Articles[1].Evidence = crosswire.RoleRewrite, "reworded"
	again.Notes, again.Related = nil, []string{"story-follow-up"}
	if err := s.PutStories(ctx, []crosswire.Story{again}, nil); err != nil {
		t.Fatalf("PutStories: %v", err)
	}
	gotSt, err = s.Story(ctx, st.ID)
	if err != nil {
		t.Fatalf("Story: %v", err)
	}
	assertSameJSON(t, "Story after PutStories", gotSt, again)
	if r := gotSt.Articles[1].Reuse; r == nil || *r != 0 {
		t.Errorf("a reuse of 0 read back as %v, want 0 (not absent)", r)
	}
}

// testWireAndReuseAbsent: a report that is not wire copy and an original
// read back with no wire header and no reuse (nil, not zero values), and
// a wire header with one field set keeps only that field.
func testWireAndReuseAbsent(t *testing.T, s crosswire.Store) {
	ctx := context.Background()
	tests := []struct {
		name string
		edit func(a *crosswire.Article)
	}{
		{"not wire copy, no reuse", func(a *crosswire.Article) { a.Wire, a.Reuse = nil, nil }},
		{"a header with a slug only", func(a *crosswire.Article) { a.Wire = &crosswire.Wire{Slug: "Harbour"} }},
		{"an empty header", func(a *crosswire.Article) { a.Wire = &crosswire.Wire{} }},
		{"no filing time, reuse 1", func(a *crosswire.Article) { a.Wire.Filed = nil; a.Reuse = ptr(1.0) }},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := wireTake(fmt.Sprintf("absent-%d", i))
			tc.edit(&a)
			mustPut(t, s, a)
			got, err := s.Article(ctx, a.ID)
			if err != nil {
				t.Fatalf("Article: %v", err)
			}
			assertSameJSON(t, "Article", got, a)
			if (got.Wire == nil) != (a.Wire == nil) || (got.Reuse == nil) != (a.Reuse == nil) {
				t.Errorf("Wire, Reuse = %v, %v; want %v, %v", got.Wire, got.Reuse, a.Wire, a.Reuse)
			}
		})
	}
}

// OldRowID and OldStoryID name the article and story RowsBeforeWireAndReuse
// expects a backend to have written at the schema version before
// Article.Wire, Article.Reuse and Story.Notes were kept: the article with
// the fields of OldRow, the story holding it alone, as an original, with
// the body {"facts":[],"discrepancies":[],"entities":[]}.
const (
	OldRowID   = "pre-wire"
	OldStoryID = "story-pre-wire"
)

// OldRow is the article a backend writes at the old schema version for
// RowsBeforeWireAndReuse (only the columns that version had).
func OldRow() crosswire.Article {
	return crosswire.Article{ID: OldRowID, Hash: "hash-" + OldRowID, Source: OldRowID + ".txt", Title: "Ferry strike ends",
		Outlet: "Norpress", Language: "en", Text: "The ferry strike at Vessburg harbour ended this morning, the union said.",
		Role: crosswire.RoleOriginal}
}

// RowsBeforeWireAndReuse checks, on a store opened (and so migrated) over
// a database its backend filled at the schema version before wire, reuse
// and notes were kept, that the old rows read with those fields absent
// (nil, not zero values), that a later analysis can record them, and
// that ingesting the content again fills in the wire header. Run does
// not run it: only the backend can write an old schema.
func RowsBeforeWireAndReuse(t *testing.T, s crosswire.Store) {
	t.Helper()
	ctx := context.Background()
	a, err := s.Article(ctx, OldRowID)
	if err != nil {
		t.Fatalf("Article of an old row: %v", err)
	}
	if a.Wire != nil || a.Reuse != nil {
		t.Errorf("old row: Wire, Reuse = %+v, %v; want absent", a.Wire, a.Reuse)
	}
	assertSameJSON(t, "old row", a, OldRow())
	st, err := s.Story(ctx, OldStoryID)
	if err != nil {
		t.Fatalf("Story of an old row: %v", err)
	}
	if st.Notes != nil || st.Related != nil || len(st.Articles) != 1 || st.Articles[0].Reuse != nil || st.Articles[0].Wire != nil {
		t.Errorf("old story: Notes %v, Related %v, articles %+v; want no notes, no related, the old row with no reuse or wire",
			st.Notes, st.Related, st.Articles)
	}
	// A later analysis: a wire take joins the old row as its source.
	take := wireTake("after-migration")
	take.DerivedFrom = ptr(OldRowID)
	old := OldRow()
	old.Evidence = "earliest published"
	next := crosswire.Story{ID: "story-after", Title: "Ferry strike ends", Articles: []crosswire.Article{old, take},
		Facts: []crosswire.StoryFact{}, Discrepancies: []crosswire.Discrepancy{}, Entities: []crosswire.StoryEntity{},
		Notes: []string{"a note"}}
	if err := s.PutStories(ctx, []crosswire.Story{next}, []string{OldStoryID}); err != nil {
		t.Fatalf("PutStories over old rows: %v", err)
	}
	got, err := s.Story(ctx, next.ID)
	if err != nil {
		t.Fatalf("Story: %v", err)
	}
	assertSameJSON(t, "a story over an old row", got, next)
	// Ingesting the old row's content again fills in its wire header.
	again := OldRow()
	again.Wire = &crosswire.Wire{Slug: "Harbour", Page: 1}
	if _, created, err := s.PutArticle(ctx, again); err != nil || created {
		t.Fatalf("PutArticle of an old row's content: created %v, %v", created, err)
	}
	if a, err := s.Article(ctx, OldRowID); err != nil || a.Wire == nil || *a.Wire != *again.Wire {
		t.Errorf("old row after its content was ingested again: wire %+v, %v; want %+v", a.Wire, err, again.Wire)
	}
}

// testPutArticleFillsWire: storing content already stored keeps the
// stored article, except for a wire header it lacks (a row stored before
// the stores kept one), which is filled in; one it has is never replaced.
func testPutArticleFillsWire(t *testing.T, s crosswire.Store) {
	ctx := context.Background()
	bare := wireTake("fill")
	bare.Wire = nil
	mustPut(t, s, bare)
	steps := []struct {
		name string
		wire *crosswire.Wire
		want *crosswire.Wire
	}{
		{"again without a header: still none", nil, nil},
		{"again with a header: filled in", &crosswire.Wire{Slug: "Harbour", Page: 2}, &crosswire.Wire{Slug: "Harbour", Page: 2}},
		{"again with another header: kept", &crosswire.Wire{Slug: "Quay"}, &crosswire.Wire{Slug: "Harbour", Page: 2}},
	}
	for _, st := range steps {
		again := bare
		again.Source, again.Wire = "mirror/fill.txt", st.wire
		id, created, err := s.PutArticle(ctx, again)
		if err != nil || created || id != bare.ID {
			t.Fatalf("%s: PutArticle = %q, %v, %v; want %q, false, nil", st.name, id, created, err, bare.ID)
		}
		got, err := s.Article(ctx, bare.ID)
		if err != nil {
			t.Fatalf("%s: Article: %v", st.name, err)
		}
		want := bare
		want.Wire = st.want
		assertSameJSON(t, st.name, got, want)
	}
}
