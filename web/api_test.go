package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"crosswire/schema"

	"crosswire"
)

// Fictional reports: one wire story and a rewrite that changes a figure
// and a name.
const (
	wireText = `OREMUND, May 3 — The Oremund harbour authority closed the north pier on Friday after inspectors found cracks in 14 concrete pillars, harbour master Elsa Brandt said. ` +
		`The pier, built in 1968, handles about 300 fishing boats a week. ` +
		`"We cannot risk anyone's safety," Brandt told reporters. ` +
		`Repairs are expected to cost 6 million crowns and take until September.`
	rewriteText = `The north pier in Oremund has been shut after inspectors discovered cracks in 41 concrete pillars, according to harbour master Elsa Brant. ` +
		`The pier, which dates from 1968, is used by about 300 fishing boats every week. ` +
		`"We cannot risk anyone's safety," Brant said. ` +
		`Repairs should cost 6 million crowns and last until September, the authority added.`
)

func articleJSON(text, title, outlet, published, url string) string {
	b, _ := json.Marshal(map[string]string{"text": text, "title": title, "outlet": outlet, "published": published, "url": url})
	return string(b)
}

func TestPostArticles(t *testing.T) {
	ts := newTestServer(t, func(o *Options) { o.MaxBody = 4096 })
	one := articleJSON(wireText, "Oremund closes north pier", "Norpress", "2024-05-03T09:00:00Z", "https://norpress.example/pier")
	two := articleJSON(rewriteText, "Cracks shut Oremund pier", "Harbour Times", "2024-05-03", "")
	tests := []struct {
		name, ctype, body string
		query             string
		wantCode          int
		wantArticles      int
		wantSkipped       int
		wantCreated       bool
		wantErr           string
	}{
		{name: "object", ctype: "application/json", body: one, wantCode: 201, wantArticles: 1, wantCreated: true},
		{name: "same object again is a no-op", ctype: "application/json", body: one, wantCode: 200, wantArticles: 1},
		{name: "array", ctype: "application/json; charset=utf-8", body: "[" + two + "," + `{"text":"  ","url":"https://x.example/empty"}` + "]", wantCode: 201, wantArticles: 1, wantSkipped: 1, wantCreated: true},
		{name: "ndjson", ctype: "application/x-ndjson", body: articleJSON("A fictional ferry sailed from Saltmere to Kessel Bay on Monday with 80 passengers.", "Ferry sails", "Tarsk Daily", "", "") + "\n" + `{"text":"x","published":"yesterday"}` + "\n", wantCode: 201, wantArticles: 1, wantSkipped: 1, wantCreated: true},
		{name: "wait for analysis", ctype: "application/json", body: one, query: "?wait=1", wantCode: 200, wantArticles: 1},
		// Dates are read as the CLI's JSONL reads them (one parser): a
		// written-out date is a date, year 1 is none.
		{name: "date as the CLI reads it", ctype: "application/json", body: articleJSON("A fictional tram line to Kessel Bay opened on Monday, the Saltmere transport office said.", "Tram opens", "Tarsk Daily", "March 2, 2026", ""), wantCode: 201, wantArticles: 1, wantCreated: true},
		{name: "year 1 is no date", ctype: "application/json", body: `{"text":"A fictional tram depot at Kessel Bay closed.","published":"0001-01-01T00:00:00Z"}`, wantCode: 422, wantErr: "every item was skipped"},
		// wait takes the on/off words every flag of the API takes; it read
		// only strconv's, so wait=yes did not wait, silently.
		{name: "wait=yes waits", ctype: "application/json", body: articleJSON("A fictional lighthouse at Varnholm was relit on Friday after 12 years dark, the Varnholm coast office said.", "Lighthouse relit", "Tarsk Daily", "", ""), query: "?wait=yes", wantCode: 201, wantArticles: 1, wantCreated: true},
		{name: "bad wait", ctype: "application/json", body: one, query: "?wait=maybe", wantCode: 400, wantErr: `wait: "maybe" is not 1 or 0`},
		// A misspelt parameter was ignored: ?wiat=1 answered at once with
		// story null, as if the analysis had not been asked for.
		{name: "misspelt wait", ctype: "application/json", body: one, query: "?wiat=1", wantCode: 400, wantErr: `unknown parameter "wiat" (known: wait)`},
		{name: "bad JSON", ctype: "application/json", body: `{"text": "unterminated`, wantCode: 422, wantErr: "every item was skipped"},
		{name: "wrong field type", ctype: "application/json", body: `{"text": 42}`, wantCode: 422, wantErr: "every item was skipped"},
		{name: "every item skipped", ctype: "application/json", body: `[{"text":" "},{"title":"no text"}]`, wantCode: 422, wantErr: "every item was skipped"},
		{name: "bad array", ctype: "application/json", body: `[{"text":"a"},`, wantCode: 400, wantErr: "bad JSON array"},
		{name: "empty body", ctype: "application/json", body: "", wantCode: 400, wantErr: "empty body"},
		{name: "empty array", ctype: "application/json", body: "[]", wantCode: 400, wantErr: "empty array"},
		{name: "not JSON content type", ctype: "text/plain", body: one, wantCode: 415, wantErr: "application/json"},
		{name: "form post", ctype: "application/x-www-form-urlencoded", body: "text=hello", wantCode: 415},
		{name: "too large", ctype: "application/json", body: `{"text": "` + strings.Repeat("a", 5000) + `"}`, wantCode: 413, wantErr: "body larger than 4 KiB (4096 bytes)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := do(t, "POST", ts.URL+"/api/articles"+tc.query, tc.ctype, tc.body)
			if resp.StatusCode != tc.wantCode {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.wantCode, body)
			}
			if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type %q", ct)
			}
			if tc.wantErr != "" || resp.StatusCode >= 400 {
				var e struct{ Error string }
				if err := json.Unmarshal([]byte(body), &e); err != nil || e.Error == "" {
					t.Fatalf("want a JSON error, got %s", body)
				}
				if !strings.Contains(e.Error, tc.wantErr) {
					t.Errorf("error %q does not mention %q", e.Error, tc.wantErr)
				}
				return
			}
			var res ingestResult
			if err := json.Unmarshal([]byte(body), &res); err != nil {
				t.Fatalf("decode %s: %v", body, err)
			}
			if len(res.Articles) != tc.wantArticles || len(res.Skipped) != tc.wantSkipped {
				t.Fatalf("got %d articles, %d skipped; want %d, %d: %s", len(res.Articles), len(res.Skipped), tc.wantArticles, tc.wantSkipped, body)
			}
			for _, a := range res.Articles {
				if a.ID == "" {
					t.Errorf("article without id: %s", body)
				}
				if a.Created != tc.wantCreated {
					t.Errorf("created = %v, want %v", a.Created, tc.wantCreated)
				}
				if strings.HasPrefix(tc.query, "?wait=") && a.Story == nil {
					t.Errorf("with wait=1 the story must be known: %s", body)
				}
			}
		})
	}
}

func TestMethodNotAllowedAndNotFoundAreJSON(t *testing.T) {
	ts := newTestServer(t)
	tests := []struct {
		name, method, path string
		wantCode           int
		wantAllow          string
	}{
		{"GET articles", "GET", "/api/articles", 405, "POST"},
		{"DELETE story", "DELETE", "/api/stories/abc", 405, "GET, HEAD"},
		{"POST stories", "POST", "/api/stories", 405, "GET, HEAD"},
		{"PUT metrics", "PUT", "/metrics", 405, "GET, HEAD"},
		{"unknown API route", "GET", "/api/nothing", 404, ""},
		{"unknown story", "GET", "/api/stories/nope", 404, ""},
		{"unknown story report", "GET", "/api/stories/nope/report", 404, ""},
		{"unknown article", "GET", "/api/articles/nope", 404, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := do(t, tc.method, ts.URL+tc.path, "", "")
			if resp.StatusCode != tc.wantCode {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.wantCode, body)
			}
			if got := resp.Header.Get("Allow"); got != tc.wantAllow {
				t.Errorf("Allow %q, want %q", got, tc.wantAllow)
			}
			var e struct{ Error string }
			if err := json.Unmarshal([]byte(body), &e); err != nil || e.Error == "" {
				t.Errorf("want a JSON error, got %q", body)
			}
		})
	}
}

func TestStoriesAPI(t *testing.T) {
	ts := newTestServer(t)
	ts.loadExamples(t)

	var list struct {
		Stories []struct {
			ID                string   `json:"id"`
			Title             string   `json:"title"`
			ArticleCount      int      `json:"article_count"`
			HighDiscrepancies int      `json:"high_discrepancies"`
			Outlets           []string `json:"outlets"`
			LastSeen          string   `json:"last_seen"`
		} `json:"stories"`
	}
	resp, body := do(t, "GET", ts.URL+"/api/stories", "", "")
	if resp.StatusCode != 200 {
		t.Fatalf("GET /api/stories: %d %s", resp.StatusCode, body)
	}
	if err := json.Unmarshal([]byte(body), &list); err != nil {
		t.Fatal(err)
	}
	if len(list.Stories) < 3 {
		t.Fatalf("want the example stories, got %d: %s", len(list.Stories), body)
	}
	var norland string
	for _, s := range list.Stories {
		if strings.Contains(s.Title, "Norland dismisses") {
			norland = s.ID
			if s.ArticleCount != 5 || s.HighDiscrepancies == 0 {
				t.Errorf("Norland story: %d versions, %d high; want 5 and some", s.ArticleCount, s.HighDiscrepancies)
			}
		}
	}
	if norland == "" {
		t.Fatalf("no Norland story in %s", body)
	}

	// Paging: following next from limit=2 lists every story once, in
	// the order of the whole list; the last page has no next.
	t.Run("paging", func(t *testing.T) {
		for _, query := range []string{"?limit=2", "?limit=1&conflicts=0", "?limit=100"} {
			t.Run(query, func(t *testing.T) {
				var ids []string
				next := "/api/stories" + query
				for pages := 0; next != ""; pages++ {
					if pages > len(list.Stories) {
						t.Fatalf("more pages than stories: %v", ids)
					}
					resp, body := do(t, "GET", ts.URL+next, "", "")
					if resp.StatusCode != 200 {
						t.Fatalf("GET %s: %d %s", next, resp.StatusCode, body)
					}
					var page struct {
						Stories []struct{ ID string } `json:"stories"`
						Next    *string               `json:"next"`
					}
					if err := json.Unmarshal([]byte(body), &page); err != nil {
						t.Fatal(err)
					}
					if page.Next != nil && len(page.Stories) == 0 {
						t.Fatalf("empty page with a next link %q", *page.Next)
					}
					for _, s := range page.Stories {
						ids = append(ids, s.ID)
					}
					next = ""
					if page.Next != nil {
						next = *page.Next
						if !strings.HasPrefix(next, "/api/stories?") || !strings.Contains(next, "offset=") {
							t.Fatalf("next %q", next)
						}
					}
				}
				var want []string
				for _, s := range list.Stories {
					want = append(want, s.ID)
				}
				if !slices.Equal(ids, want) {
					t.Errorf("pages listed %v, want %v", ids, want)
				}
			})
		}
	})

	t.Run("filters", func(t *testing.T) {
		tests := []struct {
			name, query string
			wantCode    int
			check       func(ids []string) string
		}{
			{"text", "?q=Keller", 200, func(ids []string) string {
				if len(ids) == 0 || ids[0] != norland {
					return "want the Norland story first"
				}
				return ""
			}},
			{"outlet", "?outlet=Vessburg+Evening+Post", 200, func(ids []string) string {
				for _, id := range ids {
					if id == norland {
						return ""
					}
				}
				return "the Norland story has a Vessburg Evening Post version"
			}},
			{"conflicts", "?conflicts=1", 200, func(ids []string) string {
				if len(ids) == 0 || len(ids) >= len(list.Stories) {
					return fmt.Sprintf("conflicts=1 should keep some but not all of %d stories, kept %d", len(list.Stories), len(ids))
				}
				return ""
			}},
			{"date range", "?from=2024-03-14&to=2024-03-15", 200, func(ids []string) string {
				for _, id := range ids {
					if id == norland {
						return ""
					}
				}
				return "the Norland story was last seen on 2024-03-15"
			}},
			{"empty date range", "?from=1999-01-01&to=1999-01-02", 200, func(ids []string) string {
				if len(ids) != 0 {
					return "no story in 1999"
				}
				return ""
			}},
			{"limit", "?limit=1", 200, func(ids []string) string {
				if len(ids) != 1 {
					return "limit=1"
				}
				return ""
			}},
			{"conflicts=yes", "?conflicts=yes", 200, func(ids []string) string {
				if len(ids) == 0 || len(ids) >= len(list.Stories) {
					return fmt.Sprintf("conflicts=yes should filter as conflicts=1, kept %d of %d", len(ids), len(list.Stories))
				}
				return ""
			}},
			{"conflicts=0", "?conflicts=0", 200, func(ids []string) string {
				if len(ids) != len(list.Stories) {
					return fmt.Sprintf("conflicts=0 kept %d of %d", len(ids), len(list.Stories))
				}
				return ""
			}},
			{"bad conflicts", "?conflicts=maybe", 400, nil},
			{"bad date", "?from=March", 400, nil},
			{"bad limit", "?limit=-3", 400, nil},
			// A query with no word to search for (punctuation, bytes that
			// are not UTF-8) listed every story as if each had matched.
			{"query without a word", "?q=%21%21%21", 400, nil},
			{"query not UTF-8", "?q=%FF%FE", 400, nil},
			// from after to can match nothing: it answered an empty
			// list, as if no story were in the window the reader meant.
			{"from after to", "?from=2024-03-20&to=2024-03-10", 400, nil},
			{"from and to one day", "?from=2024-03-14&to=2024-03-14", 200, nil},
			// An unknown parameter was ignored: a misspelt filter
			// (conflict=1) answered the whole list, as if it had been
			// applied.
			{"misspelt filter", "?conflict=1", 400, nil},
			{"offset", "?limit=1&offset=1", 200, func(ids []string) string {
				if len(ids) != 1 || ids[0] != list.Stories[1].ID {
					return fmt.Sprintf("offset=1 listed %v, want the second story %s", ids, list.Stories[1].ID)
				}
				return ""
			}},
			{"offset without limit", "?offset=1", 200, func(ids []string) string {
				if len(ids) != len(list.Stories)-1 {
					return fmt.Sprintf("offset=1 kept %d of %d", len(ids), len(list.Stories))
				}
				return ""
			}},
			{"offset past the end", "?limit=2&offset=1000", 200, func(ids []string) string {
				if len(ids) != 0 {
					return "no story past the end"
				}
				return ""
			}},
			{"bad offset", "?offset=-1", 400, nil},
			{"offset not a number", "?offset=two", 400, nil},
			{"parameter twice", "?limit=1&limit=2", 400, nil},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				resp, body := do(t, "GET", ts.URL+"/api/stories"+tc.query, "", "")
				if resp.StatusCode != tc.wantCode {
					t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.wantCode, body)
				}
				if tc.check == nil {
					return
				}
				var l struct {
					Stories []struct{ ID string } `json:"stories"`
				}
				if err := json.Unmarshal([]byte(body), &l); err != nil {
					t.Fatal(err)
				}
				var ids []string
				for _, s := range l.Stories {
					ids = append(ids, s.ID)
				}
				if msg := tc.check(ids); msg != "" {
					t.Errorf("%s: got %v", msg, ids)
				}
			})
		}
	})

	t.Run("story follows the report contract", func(t *testing.T) {
		resp, body := do(t, "GET", ts.URL+"/api/stories/"+norland, "", "")
		if resp.StatusCode != 200 {
			t.Fatalf("status %d: %s", resp.StatusCode, body)
		}
		doc := `{"stories": [` + body + `], "skipped": []}`
		if err := schema.ValidateReport([]byte(doc)); err != nil {
			t.Fatalf("story does not follow schema/report.schema.json $defs/story: %v", err)
		}
		var st struct {
			ID            string
			Articles      []struct{ ID, Role string }
			Discrepancies []struct{ Severity string }
		}
		if err := json.Unmarshal([]byte(body), &st); err != nil {
			t.Fatal(err)
		}
		if st.ID != norland || len(st.Articles) != 5 || len(st.Discrepancies) == 0 {
			t.Errorf("story %s: %d articles, %d discrepancies", st.ID, len(st.Articles), len(st.Discrepancies))
		}

		// Each article can be read alone, with its story.
		resp, body = do(t, "GET", ts.URL+"/api/articles/"+st.Articles[0].ID, "", "")
		if resp.StatusCode != 200 {
			t.Fatalf("GET article: %d %s", resp.StatusCode, body)
		}
		var a struct {
			ID, Text string
			Story    *string
			Removed  []any
		}
		if err := json.Unmarshal([]byte(body), &a); err != nil {
			t.Fatal(err)
		}
		if a.ID != st.Articles[0].ID || a.Text == "" || a.Story == nil || *a.Story != norland || a.Removed == nil {
			t.Errorf("article answer: %s", body)
		}
	})

	t.Run("report", func(t *testing.T) {
		tests := []struct {
			name, format string
			wantCode     int
			wantType     string
			want         string
		}{
			{"default markdown", "", 200, "text/markdown; charset=utf-8", "# crosswire: 1 story"},
			{"markdown", "markdown", 200, "text/markdown; charset=utf-8", "### Discrepancies"},
			{"text", "text", 200, "text/plain; charset=utf-8", "Discrepancies ("},
			{"json", "json", 200, "application/json", `"stories"`},
			{"unknown", "pdf", 400, "application/json", "want markdown"},
			// A misspelt parameter answered the default markdown.
			{"misspelt format", "&fromat=text", 400, "application/json", `unknown parameter \"fromat\" (known: format)`},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				query := "?format=" + tc.format
				if strings.HasPrefix(tc.format, "&") {
					query = "?" + tc.format[1:]
				}
				resp, body := do(t, "GET", ts.URL+"/api/stories/"+norland+"/report"+query, "", "")
				if resp.StatusCode != tc.wantCode || resp.Header.Get("Content-Type") != tc.wantType {
					t.Fatalf("got %d %q, want %d %q", resp.StatusCode, resp.Header.Get("Content-Type"), tc.wantCode, tc.wantType)
				}
				if !strings.Contains(body, tc.want) {
					t.Errorf("report does not contain %q:\n%.600s", tc.want, body)
				}
			})
		}
	})
}

func TestHealthAndMetrics(t *testing.T) {
	ts := newTestServer(t)
	do(t, "POST", ts.URL+"/api/articles?wait=1", "application/json", articleJSON(wireText, "Pier", "Norpress", "", ""))
	do(t, "GET", ts.URL+"/api/stories", "", "")

	resp, body := do(t, "GET", ts.URL+"/healthz", "", "")
	if resp.StatusCode != 200 || !strings.Contains(body, `"status":"ok"`) {
		t.Fatalf("healthz: %d %s", resp.StatusCode, body)
	}
	resp, body = do(t, "GET", ts.URL+"/metrics", "", "")
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/plain; version=0.0.4") {
		t.Fatalf("metrics: %d %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	for _, want := range []string{
		"crosswire_articles_ingested_total 1\n",
		"crosswire_stories 1\n",
		"# TYPE crosswire_http_request_duration_seconds histogram\n",
		`crosswire_http_request_duration_seconds_count{route="/api/stories",method="GET",code="200"} 1` + "\n",
		`crosswire_http_request_duration_seconds_bucket{route="/api/articles",method="POST",code="201",le="+Inf"} 1` + "\n",
		"crosswire_analysis_runs_total ",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q:\n%s", want, body)
		}
	}
}

func TestOpenAPIDocumentsEveryRoute(t *testing.T) {
	ts := newTestServer(t)
	resp, body := do(t, "GET", ts.URL+"/api/openapi.json", "", "")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/json" {
		t.Fatalf("openapi.json: %d %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatalf("openapi.json is not JSON: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi %q, want 3.x", doc.OpenAPI)
	}
	want := []string{"/api/articles", "/api/articles/{id}", "/api/stories", "/api/stories/{id}", "/api/stories/{id}/report", "/api/openapi.json", "/healthz", "/metrics"}
	if len(doc.Paths) != len(want) {
		t.Errorf("documented %d paths, want %d", len(doc.Paths), len(want))
	}
	for _, p := range want {
		ops, ok := doc.Paths[p]
		if !ok {
			t.Errorf("path %s not documented", p)
			continue
		}
		for method := range ops {
			// The documented method must be routed: anything but 405 and
			// the API's "no such route".
			resp, body := do(t, strings.ToUpper(method), ts.URL+strings.ReplaceAll(p, "{id}", "x"), "application/json", "{}")
			if resp.StatusCode == 405 || strings.Contains(body, "no such API route") {
				t.Errorf("%s %s is documented but not served: %d %s", method, p, resp.StatusCode, body)
			}
		}
	}
}

// TestPostSkipsBadItemsOneByOne: a malformed item, one of the wrong
// type and one that is not valid UTF-8 are skipped each with its index
// and reason; the good items of the same array or JSONL are stored.
func TestPostSkipsBadItemsOneByOne(t *testing.T) {
	ts := newTestServer(t)
	good1 := articleJSON(wireText, "Oremund closes north pier", "Norpress", "", "")
	good2 := articleJSON("A fictional ferry sailed from Saltmere to Kessel Bay on Monday with 80 passengers.", "Ferry sails", "Tarsk Daily", "", "")
	tests := []struct {
		name, ctype, body string
		wantSkipped       []crosswire.Skip
	}{
		{"array", "application/json", "[" + good1 + `,{"text": 42},"a string",{"text":"caf` + "\xff" + `"},` + good2 + "]",
			[]crosswire.Skip{{Source: "api#2", Reason: `invalid JSON: field "text" must be a string, not number`},
				{Source: "api#3", Reason: "invalid JSON: not an object"}, {Source: "api#4", Reason: "invalid UTF-8"}}},
		{"jsonl", "application/x-ndjson", good1 + "\n{broken\n" + `{"text":"caf` + "\xe9 au lait\"}\n" + good2 + "\n",
			[]crosswire.Skip{{Source: "api#2", Reason: "invalid JSON: invalid character 'b' looking for beginning of object key string at byte 2"},
				{Source: "api#3", Reason: "invalid UTF-8"}}},
		// session 19 QA: a JSONL item is named by its line, blank lines
		// counted, as check names it (FILE#4); it was its count of
		// non-blank lines, api#2 for the body's fourth line
		{"jsonl with blank lines", "application/x-ndjson", "\n" + good1 + "\n\n{broken\n" + good2 + "\n",
			[]crosswire.Skip{{Source: "api#4", Reason: "invalid JSON: invalid character 'b' looking for beginning of object key string at byte 2"}}},
		// a line that is not JSON at all names its syntax error, as check
		// does for the same JSONL line (it was "not an object")
		{"jsonl with prose", "application/x-ndjson", good1 + "\nnot json at all\n" + good2 + "\n",
			[]crosswire.Skip{{Source: "api#2", Reason: "invalid JSON: invalid character 'o' in literal null (expecting 'u') at byte 2"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := do(t, "POST", ts.URL+"/api/articles", tc.ctype, tc.body)
			if resp.StatusCode != 201 && resp.StatusCode != 200 {
				t.Fatalf("status %d: %s", resp.StatusCode, body)
			}
			var res ingestResult
			if err := json.Unmarshal([]byte(body), &res); err != nil {
				t.Fatal(err)
			}
			if len(res.Articles) != 2 {
				t.Errorf("stored %d articles, want the 2 good ones: %s", len(res.Articles), body)
			}
			if fmt.Sprint(res.Skipped) != fmt.Sprint(tc.wantSkipped) {
				t.Errorf("skipped\n got  %v\n want %v", res.Skipped, tc.wantSkipped)
			}
		})
	}
}

// FuzzDecodeArticles: any body splits into items or is refused with an
// error; every item is an article or a skip naming its index (or url),
// never both, and no stored field holds U+FFFD the body did not.
func FuzzDecodeArticles(f *testing.F) {
	for _, seed := range []string{
		`{"text":"a"}`, `[{"text":"a"},{"text":1},"x",{"text":"caf` + "\xff" + `"}]`, "{\"text\":\"a\"}\n{broken\n{\"text\":\"b\"}",
		`[`, `[]`, "", `{"text":"a"} {"text":"b"}`, "\ufeff{\"text\":\"bom\"}",
	} {
		f.Add([]byte(seed), false)
		f.Add([]byte(seed), true)
	}
	f.Fuzz(func(t *testing.T, body []byte, lines bool) {
		ins, skipped, err := decodeArticles(body, lines)
		if err != nil {
			if len(ins) > 0 || len(skipped) > 0 {
				t.Fatalf("error %v with %d items and %d skips", err, len(ins), len(skipped))
			}
			return
		}
		seen := map[string]bool{}
		for _, in := range ins {
			if in.Source == "" {
				t.Fatalf("article without a source: %+v", in)
			}
			seen[in.Source] = true
			for _, s := range []string{in.Body, in.Title, in.URL, in.Outlet, in.Author} {
				if strings.ContainsRune(s, utf8.RuneError) && !bytes.Contains(body, []byte("\uFFFD")) && !bytes.Contains(bytes.ToLower(body), []byte(`\ufffd`)) && !bytes.Contains(bytes.ToLower(body), []byte(`\ud`)) {
					t.Fatalf("U+FFFD invented in %q", s)
				}
			}
		}
		for _, sk := range skipped {
			if sk.Source == "" {
				t.Fatalf("skip %+v does not name its item", sk)
			}
			if seen[sk.Source] && strings.HasPrefix(sk.Source, "api#") {
				t.Fatalf("item %s both an article and a skip", sk.Source)
			}
		}
	})
}

// POST /api/articles reads an article as check and ingest read a JSONL
// line (one reader, ingest.ReadArticle): the text under its other names
// or as a list of paragraphs, or the main text of an "html" field, a
// headline, Unix seconds, a list of authors. The API had a reader of its
// own that skipped these as "no text" or "must be a string", so a JSONL
// file ingest reads was refused line by line when posted.
func TestPostArticlesAsCheckReads(t *testing.T) {
	ts := newTestServer(t)
	tests := []struct {
		name, body                     string
		title, text, published, author string
	}{
		{name: "body and headline",
			body:  `{"headline":"Ferry late","body":"The fictional Kessel ferry was four hours late on Monday after a rope snapped."}`,
			title: "Ferry late", text: "The fictional Kessel ferry was four hours late on Monday after a rope snapped."},
		{name: "text as paragraphs",
			body: `{"text":["The fictional Saltmere dam was closed on Tuesday.","Engineers found a crack 3 metres long."]}`,
			text: "The fictional Saltmere dam was closed on Tuesday.\n\nEngineers found a crack 3 metres long."},
		{name: "html field",
			body: `{"html":"<html><head><title>Bridge shut</title></head><body><article><p>The fictional Varn bridge was shut on Friday after a barge struck one of its piers, the river office said.</p></article></body></html>"}`,
			text: "The fictional Varn bridge was shut on Friday after a barge struck one of its piers, the river office said."},
		{name: "Unix seconds and authors",
			body: `{"text":"A fictional tram depot in Orvelle reopened on Sunday.","published":1793000000,"author":["Ada Vell","Kim Lund"]}`,
			text: "A fictional tram depot in Orvelle reopened on Sunday.", published: "2026-10-26T07:33:20Z", author: "Ada Vell, Kim Lund"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := do(t, "POST", ts.URL+"/api/articles", "application/json", tc.body)
			if resp.StatusCode != 201 {
				t.Fatalf("status %d, want 201: %s", resp.StatusCode, body)
			}
			var res ingestResult
			if err := json.Unmarshal([]byte(body), &res); err != nil || len(res.Articles) != 1 {
				t.Fatalf("decode %s: %v", body, err)
			}
			resp, body = do(t, "GET", ts.URL+"/api/articles/"+res.Articles[0].ID, "", "")
			if resp.StatusCode != 200 {
				t.Fatalf("GET article: %d %s", resp.StatusCode, body)
			}
			var a crosswire.Article
			if err := json.Unmarshal([]byte(body), &a); err != nil {
				t.Fatal(err)
			}
			pub := ""
			if a.Published != nil {
				pub = a.Published.UTC().Format(time.RFC3339)
			}
			if (tc.title != "" && a.Title != tc.title) || a.Text != tc.text || pub != tc.published || a.Author != tc.author {
				t.Errorf("stored title %q, text %q, published %q, author %q; want %q, %q, %q, %q",
					a.Title, a.Text, pub, a.Author, tc.title, tc.text, tc.published, tc.author)
			}
		})
	}
	// What the API refused before stays refused, with the reasons it gave.
	for body, reason := range map[string]string{
		`{"text":"A fictional pier.","published":"yesterday"}`: `published: "yesterday" is not a date`,
		`{"text":42}`:         `field "text" must be a string, not number`,
		`{"title":"no text"}`: "no text",
		`{"text":"   "}`:      "no text",
		// A misspelt text field was skipped as "no text" alone, though
		// the text was there under a name the reader does not take.
		`{"txt":"A fictional barge sank at Kessel Bay.","title":"Barge"}`: `no text: no field text, body, content, article, full_text or html (got "title", "txt")`,
		`"a string"`: "not an object",
	} {
		resp, got := do(t, "POST", ts.URL+"/api/articles", "application/json", body)
		var res struct{ Skipped []crosswire.Skip }
		_ = json.Unmarshal([]byte(got), &res)
		if resp.StatusCode != 422 || len(res.Skipped) != 1 || !strings.Contains(res.Skipped[0].Reason, reason) {
			t.Errorf("POST %s: %d %s; want 422 and %q", body, resp.StatusCode, got, reason)
		}
	}
}

// A news API's answer posted as it came ({"status":"ok","articles":[…]})
// is read as its list of articles, as check reads such a .json file; it
// was one item without text, a 422.
func TestPostArticlesAnswerList(t *testing.T) {
	ts := newTestServer(t)
	body := `{"status":"ok","totalResults":2,"articles":[` +
		`{"source":{"name":"Saltmere Herald"},"title":"Lock gates shut","url":"https://herald.example/lock","publishedAt":"2026-11-02T09:00:00Z","content":"The fictional Saltmere lock gates were shut on Monday for repairs, the harbour board said."},` +
		`{"title":"No text here"}]}`
	resp, got := do(t, "POST", ts.URL+"/api/articles", "application/json", body)
	var res ingestResult
	if err := json.Unmarshal([]byte(got), &res); err != nil {
		t.Fatalf("%d %s", resp.StatusCode, got)
	}
	if resp.StatusCode != 201 || len(res.Articles) != 1 || res.Articles[0].Source != "https://herald.example/lock" ||
		len(res.Skipped) != 1 || res.Skipped[0].Source != "api#2" {
		t.Errorf("%d %s; want the article stored and the second item skipped as api#2", resp.StatusCode, got)
	}
}
