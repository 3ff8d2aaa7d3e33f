package web

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"crosswire/report"
)

// chromium returns the browser to drive, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, p := range []string{os.Getenv("CROSSWIRE_CHROMIUM"), "/usr/bin/chromium"} {
		if p == "" {
			continue
		}
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Skip("no Chromium (set CROSSWIRE_CHROMIUM or install Debian's chromium): browser test skipped")
	return ""
}

// visibility is what the page reports about one version's marks of a
// discrepancy.
type visibility struct {
	Version    string `json:"version"`
	Marks      int    `json:"marks"`
	Visible    bool   `json:"visible"`
	Active     bool   `json:"active"`
	Background string `json:"background"`
}

// TestBrowserStoryWalkthrough opens the stories page in headless
// Chromium, opens a story, clicks its first discrepancy and checks that
// the discrepancy's words are highlighted and on screen in every version
// that has them, at laptop and at phone width.
func TestBrowserStoryWalkthrough(t *testing.T) {
	exe := chromium(t)
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	ts := newTestServer(t)
	ts.loadExamples(t)

	bctx, problems := startBrowser(t, exe, 1440, 900)

	shots := screenshotDir(t)
	err := chromedp.Do(bctx,
		chromedp.EmulateViewport(1440, 900),
		chromedp.Navigate(ts.URL+"/stories"),
		chromedp.WaitVisible(chromedp.CSS(`table.stories`)),
	)
	if err != nil {
		t.Fatalf("open stories page: %v", err)
	}
	storiesTitle, err := chromedp.Run(bctx, chromedp.Title())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(storiesTitle, "Stories") {
		t.Errorf("stories page title %q", storiesTitle)
	}
	if err := screenshot(bctx, filepath.Join(shots, "stories.png")); err != nil {
		t.Fatal(err)
	}

	// Open the Norland story by clicking its title.
	err = chromedp.Do(bctx,
		chromedp.Click(chromedp.Search(`//table[contains(@class,"stories")]//a[contains(., "Norland dismisses")]`)),
		chromedp.WaitVisible(chromedp.CSS(`.disc-link`)),
	)
	if err != nil {
		t.Fatalf("open story: %v", err)
	}
	path, err := chromedp.Run(bctx, chromedp.Evaluate[string](`location.pathname`))
	if err != nil {
		t.Fatal(err)
	}
	st, err := ts.store.Story(context.Background(), strings.TrimPrefix(path, "/stories/"))
	if err != nil {
		t.Fatalf("story of %s: %v", path, err)
	}
	report.NormalizeStory(&st)
	view := buildStoryView(&st, nil)
	if len(view.Discrepancies) == 0 {
		t.Fatalf("story %s has no discrepancies to click", st.ID)
	}

	check := func(t *testing.T, name string, d discView) {
		t.Helper()
		link := chromedp.CSS(fmt.Sprintf(`.disc-link[data-d="%d"]`, d.N))
		err := chromedp.Do(bctx,
			chromedp.ScrollIntoView(link),
			chromedp.Click(link),
			chromedp.Sleep(150*time.Millisecond),
		)
		if err != nil {
			t.Fatalf("click discrepancy %d: %v", d.N, err)
		}
		vis, err := chromedp.Run(bctx, chromedp.Evaluate[[]visibility](fmt.Sprintf(`(function (n) {
				var box = document.querySelector('.align-scroll').getBoundingClientRect();
				var out = {};
				document.querySelectorAll('mark[data-d~="' + n + '"]').forEach(function (m) {
					var v = m.closest('.cell').getAttribute('data-v');
					var r = m.getBoundingClientRect();
					var inView = r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight &&
						r.left >= Math.max(0, box.left) - 1 && r.right <= Math.min(window.innerWidth, box.right) + 1;
					var hit = document.elementFromPoint(r.left + Math.min(r.width, 4) / 2 + 1, r.top + r.height / 2);
					inView = inView && hit !== null && (hit === m || m.contains(hit) || hit.contains(m));
					var o = out[v] || (out[v] = {version: v, marks: 0, visible: false, active: true, background: ''});
					o.marks++;
					o.visible = o.visible || inView;
					o.active = o.active && m.classList.contains('active');
					o.background = getComputedStyle(m).backgroundColor;
				});
				return Object.keys(out).sort().map(function (k) { return out[k]; });
			})(%d)`, d.N)))
		if err != nil {
			t.Fatalf("read marks of discrepancy %d: %v", d.N, err)
		}
		if len(vis) != d.Versions || len(vis) < 2 {
			t.Fatalf("discrepancy %d (%s) is marked in %d versions, want %d: %+v", d.N, d.Subject, len(vis), d.Versions, vis)
		}
		for _, v := range vis {
			if !v.Visible || !v.Active || v.Background == "" || v.Background == "rgba(0, 0, 0, 0)" {
				t.Errorf("%s: version %s: %d marks, visible %v, active %v, background %q", name, v.Version, v.Marks, v.Visible, v.Active, v.Background)
			}
		}
		t.Logf("%s: discrepancy %d (%s, %s) highlighted and visible in versions %v", name, d.N, d.Severity, d.Subject, vis)
	}

	// Laptop: click the top discrepancy, then the last one (further down
	// the texts), and each time every version shows its words.
	check(t, "laptop", view.Discrepancies[0])
	if err := screenshot(bctx, filepath.Join(shots, "story-laptop.png")); err != nil {
		t.Fatal(err)
	}
	full, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("full-page screenshot: %v", err)
	}
	if err := os.WriteFile(filepath.Join(shots, "story-full.png"), full, 0o644); err != nil {
		t.Fatal(err)
	}
	last := view.Discrepancies[len(view.Discrepancies)-1]
	if last.Versions >= 2 {
		check(t, "laptop, last discrepancy", last)
	}

	// Phone: one column, versions stacked per aligned row; no sideways
	// scrolling of the page.
	err = chromedp.Do(bctx,
		chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile),
		chromedp.Reload(),
		chromedp.WaitVisible(chromedp.CSS(`.disc-link`)),
	)
	if err != nil {
		t.Fatalf("phone view: %v", err)
	}
	overflow, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth + 1`))
	if err != nil {
		t.Fatal(err)
	}
	if overflow {
		t.Errorf("the story page scrolls sideways at phone width")
	}
	check(t, "phone", view.Discrepancies[0])
	if err := screenshot(bctx, filepath.Join(shots, "story-phone.png")); err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(bctx,
		chromedp.Navigate(ts.URL+"/stories"),
		chromedp.WaitVisible(chromedp.CSS(`table.stories`)),
	)
	if err != nil {
		t.Fatalf("stories at phone width: %v", err)
	}
	overflow, err = chromedp.Run(bctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth + 1`))
	if err != nil {
		t.Fatal(err)
	}
	if overflow {
		t.Errorf("the stories page scrolls sideways at phone width")
	}
	if err := screenshot(bctx, filepath.Join(shots, "stories-phone.png")); err != nil {
		t.Fatal(err)
	}

	// Add a report through the form: CSRF token, same-origin checks and
	// the CSP's form-action all have to let a real browser through.
	err = chromedp.Do(bctx,
		chromedp.EmulateViewport(1440, 900),
		chromedp.Navigate(ts.URL+"/add"),
		chromedp.WaitVisible(chromedp.CSS(`textarea[name="text"]`)),
		chromedp.SetValue(chromedp.CSS(`textarea[name="text"]`), wireText),
		chromedp.SetValue(chromedp.CSS(`input[name="outlet"]`), "Norpress"),
		chromedp.SetValue(chromedp.CSS(`input[name="title"]`), "Oremund closes north pier"),
		chromedp.Click(chromedp.CSS(`form[action="/add"] button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`ul.added`)),
	)
	if err != nil {
		t.Fatalf("add a report in the browser: %v", err)
	}
	added, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS(`main`)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(added, "Reports added") || !strings.Contains(added, "pasted text — new") {
		t.Errorf("result page after adding a report:\n%s", added)
	}
	if err := screenshot(bctx, filepath.Join(shots, "added.png")); err != nil {
		t.Fatal(err)
	}

	for _, p := range problems() {
		t.Errorf("browser reported: %s", p)
	}
	t.Logf("screenshots in %s", shots)
}

// startBrowser starts headless Chromium at the given window size for the
// test's lifetime; problems returns the script and console errors (CSP
// violations land there) the pages reported so far.
func startBrowser(t *testing.T, exe string, width, height int) (ctx context.Context, problems func() []string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", false),
		chromedp.WindowSize(width, height),
	}
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(acancel)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(bcancel)
	if _, err := chromedp.Run(bctx, chromedp.Title()); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	var mu sync.Mutex
	var seen []string
	messages := chromedp.Console(bctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				mu.Lock()
				seen = append(seen, m.String())
				mu.Unlock()
			}
		}
	}()
	return bctx, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), seen...)
	}
}

// screenshotDir is where a browser test saves its screenshots: a
// temporary directory, or $CROSSWIRE_SCREENSHOT_DIR to keep them (CI
// artefacts). Never the repository.
func screenshotDir(t *testing.T) string {
	t.Helper()
	d := os.Getenv("CROSSWIRE_SCREENSHOT_DIR")
	if d == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(d, 0o755); err != nil {
		t.Fatal(err)
	}
	return d
}

func screenshot(ctx context.Context, path string) error {
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		return fmt.Errorf("screenshot: %w", err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		return fmt.Errorf("save screenshot: %w", err)
	}
	return nil
}
