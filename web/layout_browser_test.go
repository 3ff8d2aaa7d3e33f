package web

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"crosswire"
	"crosswire/ingest"
	"crosswire/report"
)

// tenVersionServer is a test server holding the example corpus and
// web/testdata/tenversions — a fictional wire story and nine versions of
// it, with planted conflicts. It returns the ten-version story and the
// listing of every story.
func tenVersionServer(t *testing.T) (*testServer, crosswire.Story, []crosswire.StorySummary) {
	t.Helper()
	ts := newTestServer(t)
	ts.loadExamples(t)
	r := &ingest.Reader{Logger: quietLog()}
	docs, skipped := r.Read(context.Background(), []string{filepath.Join("testdata", "tenversions")})
	if len(skipped) > 0 || len(docs) != 10 {
		t.Fatalf("testdata/tenversions: %d documents, skipped %v", len(docs), skipped)
	}
	if _, err := ts.ingest(context.Background(), docs, nil); err != nil {
		t.Fatalf("ingest: %v", err)
	}
	ts.settle(t)
	list, err := ts.store.Stories(context.Background(), crosswire.StoryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range list {
		if s.ArticleCount == 10 {
			st, err := ts.store.Story(context.Background(), s.ID)
			if err != nil {
				t.Fatal(err)
			}
			report.NormalizeStory(&st)
			return ts, st, list
		}
	}
	t.Fatalf("the ten versions did not make one story: %+v", list)
	return nil, crosswire.Story{}, nil
}

// columnLayout is what the story page reports about one version column.
type columnLayout struct {
	Version string  `json:"version"`
	Width   float64 `json:"width"`
	Head    float64 `json:"head"`
}

// markColour is one discrepancy's mark colour in one shown version.
type markColour struct {
	Disc    int      `json:"disc"`
	Version string   `json:"version"`
	Colours []string `json:"colours"`
}

// storyLayout is what the page reports about the version columns.
type storyLayout struct {
	Columns []columnLayout `json:"columns"`
	Marks   []markColour   `json:"marks"`
	// Swatches is each discrepancy's swatch colour in the list, by index.
	Swatches map[string]string `json:"swatches"`
	// Overflow is true when the page itself scrolls sideways.
	Overflow bool `json:"overflow"`
}

const measureStory = `(function () {
	var out = {columns: [], marks: [], swatches: {}, overflow: document.documentElement.scrollWidth > window.innerWidth + 1};
	document.querySelectorAll('.ahead .vhead').forEach(function (h) {
		var r = h.getBoundingClientRect();
		if (r.width === 0) return;
		out.columns.push({version: h.getAttribute('data-v') || h.id.replace(/^v-/, ''), width: r.width, head: r.height});
	});
	document.querySelectorAll('.disc-link').forEach(function (a) {
		var s = a.querySelector('.swatch');
		out.swatches[a.getAttribute('data-d')] = s ? getComputedStyle(s).backgroundColor : '';
	});
	var seen = {};
	document.querySelectorAll('mark[data-d]').forEach(function (m) {
		var cell = m.closest('.cell');
		if (!cell || cell.getBoundingClientRect().width === 0) return;
		var v = cell.getAttribute('data-v');
		m.getAttribute('data-d').split(' ').forEach(function (d) {
			var k = d + '/' + v;
			var o = seen[k] || (seen[k] = {disc: +d, version: v, colours: []});
			var c = getComputedStyle(m).backgroundColor;
			if (o.colours.indexOf(c) < 0) o.colours.push(c);
		});
	});
	Object.keys(seen).sort().forEach(function (k) { out.marks.push(seen[k]); });
	return out;
})()`

// TestBrowserTenVersions renders a ten-version story and the story list
// at laptop (1366×768) and desktop (1920×1080) sizes, saves screenshots
// and checks the layout: no version column narrower than 280 px, no
// column header taller than 120 px, each discrepancy's colour in every
// shown version that holds it, and the versions shown by default are the
// original and those that depart from it.
func TestBrowserTenVersions(t *testing.T) {
	exe := chromium(t)
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	ts, st, all := tenVersionServer(t)
	view := buildStoryView(&st, nil)
	if len(view.Discrepancies) < 3 {
		t.Fatalf("the ten-version story has %d discrepancies, want the planted ones (3 or more)", len(view.Discrepancies))
	}
	shots := screenshotDir(t)

	sizes := []struct {
		name          string
		width, height int
	}{
		{"laptop-1366x768", 1366, 768},
		{"desktop-1920x1080", 1920, 1080},
	}
	for _, size := range sizes {
		t.Run(size.name, func(t *testing.T) {
			bctx, problems := startBrowser(t, exe, size.width, size.height)
			err := chromedp.Do(bctx,
				chromedp.EmulateViewport(int64(size.width), int64(size.height)),
				chromedp.Navigate(ts.URL+"/stories/"+st.ID),
				chromedp.WaitVisible(chromedp.CSS(`.disc-link`)),
			)
			if err != nil {
				t.Fatalf("open story: %v", err)
			}
			if err := screenshot(bctx, filepath.Join(shots, "story-"+size.name+".png")); err != nil {
				t.Fatal(err)
			}
			checkColumns(t, bctx, size.name, view)
			// Every version side by side: ten columns, scrolled sideways.
			err = chromedp.Do(bctx,
				chromedp.Navigate(ts.URL+"/stories/"+st.ID+"?v=all"),
				chromedp.WaitVisible(chromedp.CSS(`.disc-link`)),
			)
			if err != nil {
				t.Fatalf("open story, every version: %v", err)
			}
			checkColumns(t, bctx, size.name+", every version", buildStoryView(&st, []string{"all"}))
			if err := screenshot(bctx, filepath.Join(shots, "story-all-"+size.name+".png")); err != nil {
				t.Fatal(err)
			}
			err = chromedp.Do(bctx,
				chromedp.Navigate(ts.URL+"/stories/"+st.ID),
				chromedp.WaitVisible(chromedp.CSS(`.disc-link`)),
			)
			if err != nil {
				t.Fatalf("open story: %v", err)
			}
			// Unique-fact underlines are off until asked for; the facts
			// filter hides rows in place.
			conflicting := 0
			for _, f := range view.Facts {
				if f.Status == crosswire.StatusConflicting {
					conflicting++
				}
			}
			toggles, err := chromedp.Run(bctx, chromedp.Evaluate[struct {
				Before string `json:"before"`
				After  string `json:"after"`
				Rows   int    `json:"rows"`
				Count  string `json:"count"`
			}](`(function () {
				var u = document.querySelector('mark.uniq');
				var before = u ? getComputedStyle(u).textDecorationLine : 'no unique mark';
				document.getElementById('show-uniq').click();
				var after = u ? getComputedStyle(u).textDecorationLine : '';
				var sel = document.getElementById('fact-status');
				sel.value = 'conflicting';
				sel.dispatchEvent(new Event('change', {bubbles: true}));
				var rows = 0;
				document.querySelectorAll('.fact-table tbody tr').forEach(function (tr) { if (tr.getBoundingClientRect().height > 0) rows++; });
				return {before: before, after: after, rows: rows, count: document.getElementById('fact-shown').textContent};
			})()`))
			if err != nil {
				t.Fatal(err)
			}
			if toggles.Before != "none" || toggles.After != "underline" {
				t.Errorf("unique-fact underline %q by default, %q when asked for; want none, underline", toggles.Before, toggles.After)
			}
			if toggles.Rows != conflicting || toggles.Count != fmt.Sprint(conflicting) {
				t.Errorf("facts filtered to conflicting: %d rows shown, count %q; want %d", toggles.Rows, toggles.Count, conflicting)
			}
			for _, sec := range []string{"lineage", "facts"} {
				png, err := chromedp.Run(bctx, chromedp.Screenshot(chromedp.CSS("#"+sec)))
				if err != nil {
					t.Fatalf("screenshot of #%s: %v", sec, err)
				}
				if err := os.WriteFile(filepath.Join(shots, sec+"-"+size.name+".png"), png, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			full, err := chromedp.Run(bctx, chromedp.FullScreenshot(80))
			if err != nil {
				t.Fatalf("full-page screenshot: %v", err)
			}
			if err := os.WriteFile(filepath.Join(shots, "story-"+size.name+"-full.jpg"), full, 0o644); err != nil {
				t.Fatal(err)
			}

			err = chromedp.Do(bctx,
				chromedp.Navigate(ts.URL+"/stories"),
				chromedp.WaitVisible(chromedp.CSS(`table.stories`)),
			)
			if err != nil {
				t.Fatalf("open the list: %v", err)
			}
			if err := screenshot(bctx, filepath.Join(shots, "list-"+size.name+".png")); err != nil {
				t.Fatal(err)
			}
			list, err := chromedp.Run(bctx, chromedp.Evaluate[struct {
				Count    string  `json:"count"`
				Snippets int     `json:"snippets"`
				Lines    float64 `json:"lines"`
				Overflow bool    `json:"overflow"`
			}](`(function () {
				var c = document.querySelector('.result-count');
				var sn = document.querySelectorAll('table.stories .snippet');
				var lines = 0;
				sn.forEach(function (s) {
					var lh = parseFloat(getComputedStyle(s).lineHeight);
					lines = Math.max(lines, s.getBoundingClientRect().height / lh);
				});
				return {count: c ? c.textContent : '', snippets: sn.length, lines: lines,
					overflow: document.documentElement.scrollWidth > window.innerWidth + 1};
			})()`))
			if err != nil {
				t.Fatalf("measure the list: %v", err)
			}
			if want := fmt.Sprintf("%d stories", len(all)); !strings.Contains(list.Count, want) {
				t.Errorf("result count %q, want it to say %s", list.Count, want)
			}
			if list.Snippets != len(all) || list.Lines > 1.05 {
				t.Errorf("%d snippets, the tallest %.2f lines; want one one-line snippet a story", list.Snippets, list.Lines)
			}
			if list.Overflow {
				t.Errorf("the list page scrolls sideways")
			}
			for _, p := range problems() {
				t.Errorf("browser reported: %s", p)
			}
		})
	}
	t.Logf("screenshots in %s", shots)
}

// TestTenVersionPages checks the pages' choices without a browser: the
// list's count, orders and snippets; the story page's chosen versions
// and facts filter.
func TestTenVersionPages(t *testing.T) {
	ts, st, all := tenVersionServer(t)
	firstRow := regexp.MustCompile(`<td data-label="Story" class="story-cell"><div class="sc"[^>]*><a href="/stories/([^"]+)">`)
	tests := []struct {
		name, path string
		want       []string
		notWant    []string
		first      string // ID of the story on the first line of a list
	}{
		{name: "list count and snippet", path: "/stories",
			want: []string{fmt.Sprintf("<strong>%d stories</strong>", len(all)), `class="snippet"`, "Fourteen wagons of a Nordline Freight train left the tracks"}},
		{name: "most versions first", path: "/stories?sort=versions", want: []string{"sorted by most versions", `<option value="versions" selected>`}, first: st.ID},
		{name: "most high conflicts first", path: "/stories?sort=conflicts", want: []string{"sorted by most high conflicts"}, first: st.ID},
		{name: "unknown order is newest", path: "/stories?sort=zzz", want: []string{"sorted by newest"}},
		{name: "filtered count", path: "/stories?q=Marnholt", want: []string{"<strong>1 story</strong>"}, first: st.ID},
		{name: "story: default versions", path: "/stories/" + st.ID,
			want: []string{"6 of 10 side by side", "the original and the versions that depart from it", `id="v-A"`, `id="v-F"`, `id="v-I"`, `href="/stories/` + st.ID + `?v=all#versions"`, "also in 4 versions not shown",
				"<q>Fourteen wagons</q>", "<q>05:40</q>", "<q>72 kilometres an hour</q>"},
			notWant: []string{`id="v-B"`, `id="show-uniq" checked`, "<q>14 wagon</q>"}},
		{name: "story: every version", path: "/stories/" + st.ID + "?v=all",
			want: []string{"10 of 10 side by side", `id="v-B"`, `id="v-J"`}, notWant: []string{`class="hidden-note`}},
		{name: "story: two versions", path: "/stories/" + st.ID + "?v=A&v=G",
			want: []string{"2 of 10 side by side", "your choice", `id="v-G"`}, notWant: []string{`id="v-C"`}},
		{name: "story: facts filtered without script", path: "/stories/" + st.ID + "?kind=number&status=conflicting",
			want:    []string{`data-filtered="1"`, `<option value="number" selected>`, `data-status="conflicting"`},
			notWant: []string{`data-status="corroborated"`, `data-kind="place"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, page := do(t, "GET", ts.URL+tc.path, "", "")
			if resp.StatusCode != 200 {
				t.Fatalf("%s: %d", tc.path, resp.StatusCode)
			}
			for _, w := range tc.want {
				if !strings.Contains(page, w) {
					t.Errorf("%s lacks %q", tc.path, w)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(page, w) {
					t.Errorf("%s has %q", tc.path, w)
				}
			}
			if tc.first != "" {
				m := firstRow.FindStringSubmatch(page)
				if m == nil || m[1] != tc.first {
					t.Errorf("%s: first story %v, want %s", tc.path, m, tc.first)
				}
			}
		})
	}
}

// checkColumns measures the version columns of the story page open in
// ctx and checks them against the server's view of it: the shown
// versions in order, none narrower than 280 px, no header 120 px tall or
// more, the page not scrolling sideways, step buttons exactly when the
// columns do not fit, and each discrepancy's colour in every shown
// version that holds it.
func checkColumns(t *testing.T, ctx context.Context, name string, view storyView) {
	t.Helper()
	holds := map[int][]string{}
	for _, d := range view.Discrepancies {
		for _, vr := range d.Variants {
			for _, s := range vr.Sources {
				if s.Shown && !slices.Contains(holds[d.N], s.Label) {
					holds[d.N] = append(holds[d.N], s.Label)
				}
			}
		}
	}
	lay, err := chromedp.Run(ctx, chromedp.Evaluate[storyLayout](measureStory))
	if err != nil {
		t.Fatalf("measure: %v", err)
	}
	var got []string
	for _, c := range lay.Columns {
		got = append(got, c.Version)
		if c.Width < 280 {
			t.Errorf("%s: column %s is %.0f px wide, want 280 or more", name, c.Version, c.Width)
		}
		if c.Head >= 120 {
			t.Errorf("%s: column %s's header is %.0f px tall, want under 120", name, c.Version, c.Head)
		}
	}
	t.Logf("%s: columns %+v", name, lay.Columns)
	if !slices.Equal(got, view.Shown) {
		t.Errorf("%s: columns shown %v, want %v", name, got, view.Shown)
	}
	if lay.Overflow {
		t.Errorf("the page scrolls sideways (only the versions box may)")
	}
	// Columns that do not fit get the step buttons, which say
	// which versions are in view.
	nav, err := chromedp.Run(ctx, chromedp.Evaluate[struct {
		Fits   bool   `json:"fits"`
		Hidden bool   `json:"hidden"`
		Text   string `json:"text"`
	}](`(function () {
			var b = document.querySelector('.align-scroll');
			return {fits: b.scrollWidth <= b.clientWidth + 1, hidden: document.getElementById('colnav').hidden,
				text: document.getElementById('colpos').textContent};
		})()`))
	if err != nil {
		t.Fatal(err)
	}
	if nav.Fits != nav.Hidden || (!nav.Fits && !strings.Contains(nav.Text, "A ")) {
		t.Errorf("columns fit %v, step buttons hidden %v, saying %q", nav.Fits, nav.Hidden, nav.Text)
	}
	for n, labels := range holds {
		want := lay.Swatches[fmt.Sprint(n)]
		if want == "" || want == "rgba(0, 0, 0, 0)" {
			t.Errorf("discrepancy %d has no swatch colour", n)
			continue
		}
		for _, l := range labels {
			i := slices.IndexFunc(lay.Marks, func(m markColour) bool { return m.Disc == n && m.Version == l })
			if i < 0 || !slices.Contains(lay.Marks[i].Colours, want) {
				t.Errorf("discrepancy %d (%s): version %s holds it but shows no mark of its colour %s: %+v",
					n, view.Discrepancies[n].Subject, l, want, lay.Marks)
			}
		}
	}
}
