package main

import (
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"crosswire"
	"crosswire/schema"
	"crosswire/servicetest"
)

// Fictional wire copy of a fictional agency (Norpress), in the shape of a
// UK wire (see clean/wire_test.go): a first take, a substitute filed 26
// minutes later that repeats it with the operator's answer, and a
// paper's rewrite of the whole wire story two hours on. Filed in summer:
// the takes' times are London's, at +01:00.
const (
	storeWireRule = "  --------------------------------------------------------------\n"

	// storeTakeLead is the byline and first paragraphs both takes carry.
	storeTakeLead = "\x19By Ada Vell and Tor Lund, Norpress News<\n" +
		"\x19Ferry crews walked out at Vessburg harbour today, stranding about 400\n" +
		"passengers, the Seafarers' Union said.<\n" +
		"\x19Union official Mira Holt said: ``We gave the operator every chance to\n" +
		"meet us, and it chose to walk away from the table.''<\n" +
		"\x19The strike is the first at the harbour in eleven years, the union said.<\n"

	storeFirstTake = storeWireRule + "\n" + storeWireRule + "\n" +
		"              16:54 01/06/00: Page 1 (UUU) NEWS Harbour\n" + storeWireRule +
		"FERRY STRIKE CLOSES VESSBURG HARBOUR _ UNION<\n" +
		storeTakeLead +
		"\x19mf<\n\x19\n"

	storeSubstitute = storeWireRule + "\n" + storeWireRule + "\n" +
		"              17:20 01/06/00: Page 1 (UUU) NEWS Harbour Substitute\n" + storeWireRule +
		"(updates with operator comment)<\n" +
		"\x19FERRY STRIKE CLOSES VESSBURG HARBOUR _ UNION<\n" +
		storeTakeLead +
		"\x19The operator, Kessel Lines, said talks with the union would resume on\n" +
		"Friday morning at the harbour offices.<\n" +
		"\x19A spokesman said: ``We regret the disruption to our passengers and hope\n" +
		"to restore every crossing by the weekend.''<\n" +
		"\x19ends jd\n"

	storeRewrite = "Title: Ferry strike leaves hundreds stranded at Vessburg\n" +
		"Outlet: Vessburg Post\nPublished: 2000-06-01T19:30:00Z\nLanguage: en\n\n" +
		"Hundreds of passengers were stranded at Vessburg harbour today after ferry crews walked out, the Seafarers' Union said.\n\n" +
		"Union official Mira Holt said: \"We gave the operator every chance to meet us, and it chose to walk away from the table.\"\n\n" +
		"The stoppage is the first at the harbour in eleven years, according to the union.\n\n" +
		"The operator, Kessel Lines, said talks with the union would resume on Friday morning at the harbour offices.\n"
)

// TestStoredAnalysisMatchesCheck: `crosswire ingest --db` of wire takes
// and a rewrite, then `crosswire show` of each stored story, reports what
// `crosswire check` of the same files reports: the same stories, the
// wire original, every version's role, source, reuse and wire header,
// and the rest of the JSON report. The store keeps what cleaning and
// grouping set (Article.Wire, Article.Reuse, Story.Notes …): an article
// read back without its wire header is grouped as an ordinary report.
func TestStoredAnalysisMatchesCheck(t *testing.T) {
	dir, want := wireFixture(t)
	tests := []struct {
		name string
		db   func(t *testing.T) string
	}{
		{"sqlite", func(t *testing.T) string { return filepath.Join(t.TempDir(), "news.db") }},
		{"postgres", func(t *testing.T) string { return servicetest.PostgresSchema(t) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			db := tc.db(t)
			if _, serr, code := runCLI(t, "", "ingest", "--db", db, dir); code != 0 {
				t.Fatalf("ingest: exit %d: %s", code, serr)
			}
			assertMatchesCheck(t, storedReport(t, db), want)
		})
	}
}

// TestReingestRestoresWireHeaders: a store written before the stores kept
// wire headers and reuse (simulated by clearing them) gets them back, and
// the analysis check gives, when the same files are ingested again with
// --reanalyze.
func TestReingestRestoresWireHeaders(t *testing.T) {
	dir, want := wireFixture(t)
	db := filepath.Join(t.TempDir(), "news.db")
	if _, serr, code := runCLI(t, "", "ingest", "--db", db, dir); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, serr)
	}
	conn, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	for _, stmt := range []string{`UPDATE articles SET wire = NULL, reuse = NULL`, `UPDATE story_articles SET reuse = NULL`} {
		if _, err := conn.Exec(stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	conn.Close()
	for _, a := range storedReport(t, db).Stories[0].Articles {
		if a.Wire != nil || a.Reuse != nil {
			t.Fatalf("%s still has wire %+v, reuse %v after clearing them", a.ID, a.Wire, a.Reuse)
		}
	}
	out, serr, code := runCLI(t, "", "ingest", "--db", db, "--reanalyze", dir)
	if code != 0 || !strings.Contains(out, "ingested 0 new") {
		t.Fatalf("ingest --reanalyze of stored files: exit %d: %s%s", code, out, serr)
	}
	assertMatchesCheck(t, storedReport(t, db), want)
}

// wireFixture writes the wire takes and the rewrite into a new directory
// and returns it with check's report of it, after checking the fixture is
// what it is meant to be: one story, the first take its original, the
// substitute and the rewrite derived with a reuse share, the takes read
// as wire copy.
func wireFixture(t *testing.T) (string, crosswire.Report) {
	t.Helper()
	dir := t.TempDir()
	for name, body := range map[string]string{
		"take1.txt": storeFirstTake, "take2.txt": storeSubstitute, "rewrite.txt": storeRewrite,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := checkJSON(t, dir)
	if len(want.Stories) != 1 || len(want.Stories[0].Articles) != 3 {
		t.Fatalf("check found %d stories, want one of 3 versions: %+v", len(want.Stories), want.Stories)
	}
	for _, a := range want.Stories[0].Articles {
		isTake := strings.Contains(a.Source, "take")
		if isTake != (a.Wire != nil) || (a.Role == crosswire.RoleOriginal) != strings.HasSuffix(a.Source, "take1.txt") ||
			(a.Role != crosswire.RoleOriginal && a.Reuse == nil) {
			t.Fatalf("check: %s is %s from %v, reuse %v, wire %+v; want take1 the wire original, the others derived with a reuse",
				a.Source, a.Role, a.DerivedFrom, a.Reuse, a.Wire)
		}
	}
	return dir, want
}

// storedReport returns what `crosswire show --format json` reports of
// each story `crosswire stories` lists in the store db.
func storedReport(t *testing.T, db string) crosswire.Report {
	t.Helper()
	out, serr, code := runCLI(t, "", "stories", "--db", db, "--json")
	if code != 0 {
		t.Fatalf("stories: exit %d: %s", code, serr)
	}
	var list struct {
		Stories []crosswire.StorySummary `json:"stories"`
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatalf("stories --json: %v\n%s", err, out)
	}
	var got crosswire.Report
	for _, sum := range list.Stories {
		out, serr, code := runCLI(t, "", "show", "--db", db, "--format", "json", sum.ID)
		if code != 0 {
			t.Fatalf("show %s: exit %d: %s", sum.ID, code, serr)
		}
		if err := schema.ValidateReport([]byte(out)); err != nil {
			t.Fatalf("show %s: the report breaks its contract: %v", sum.ID, err)
		}
		var r crosswire.Report
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		got.Stories = append(got.Stories, r.Stories...)
	}
	return got
}

// assertMatchesCheck compares the stories of a store with check's: the
// same stories and versions, roles, sources, reuse and wire headers, and
// the same JSON.
func assertMatchesCheck(t *testing.T, got, want crosswire.Report) {
	t.Helper()
	if len(got.Stories) != len(want.Stories) {
		t.Fatalf("the store holds %d stories, check found %d", len(got.Stories), len(want.Stories))
	}
	for i, w := range want.Stories {
		g := got.Stories[i]
		if g.ID != w.ID || len(g.Articles) != len(w.Articles) {
			t.Fatalf("stored story %s of %d versions, check's %s of %d", g.ID, len(g.Articles), w.ID, len(w.Articles))
		}
		for j, wa := range w.Articles {
			ga := g.Articles[j]
			if ga.ID != wa.ID || ga.Role != wa.Role || !reflect.DeepEqual(ga.DerivedFrom, wa.DerivedFrom) ||
				!reflect.DeepEqual(ga.Reuse, wa.Reuse) {
				t.Errorf("version %d: stored %s is %s from %s (reuse %s), check's %s is %s from %s (reuse %s)", j,
					ga.ID, ga.Role, str(ga.DerivedFrom), str(ga.Reuse), wa.ID, wa.Role, str(wa.DerivedFrom), str(wa.Reuse))
			}
			if gw, ww := jsonOf(t, ga.Wire), jsonOf(t, wa.Wire); gw != ww {
				t.Errorf("%s: stored wire header %s, check's %s", wa.ID, gw, ww)
			}
		}
		if gj, wj := jsonOf(t, g), jsonOf(t, w); gj != wj {
			t.Errorf("story %s: show's JSON differs from check's:\n show %s\ncheck %s", w.ID, gj, wj)
		}
	}
}

// str shows an optional value.
func str[T any](p *T) string {
	if p == nil {
		return "none"
	}
	b, _ := json.Marshal(*p)
	return string(b)
}

// jsonOf returns v as the JSON report writes it.
func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
