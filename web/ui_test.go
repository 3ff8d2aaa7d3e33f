package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/net/html"

	"crosswire"
	"crosswire/pipeline"
)

func TestSecurityHeaders(t *testing.T) {
	ts := newTestServer(t)
	for _, path := range []string{"/stories", "/stories/nope", "/add", "/api/stories", "/api/nothing", "/static/app.js", "/metrics", "/healthz", "/nowhere"} {
		t.Run(path, func(t *testing.T) {
			resp, _ := do(t, "GET", ts.URL+path, "", "")
			want := map[string]string{
				"Content-Security-Policy": contentSecurityPolicy,
				"X-Content-Type-Options":  "nosniff",
				"Referrer-Policy":         "no-referrer",
				"X-Frame-Options":         "DENY",
			}
			for k, v := range want {
				if got := resp.Header.Get(k); got != v {
					t.Errorf("%s: %q, want %q", k, got, v)
				}
			}
			if !strings.Contains(resp.Header.Get("Content-Security-Policy"), "default-src 'self'") {
				t.Errorf("CSP lacks default-src 'self'")
			}
		})
	}
}

// hostile is a report whose every field tries to run script.
var hostile = map[string]string{
	"text": `The Saltmere council met on Monday. <script>alert("text")</script> Members voted 7 to 2 for the plan. ` +
		`<img src=x onerror="alert('img')"> A <a href="javascript:alert('link')">petition</a> had 300 signatures. ` +
		`"It is a good day," said council chair Runa Castell.`,
	"title":  `Saltmere council <script>alert("title")</script> votes`,
	"outlet": `<b onmouseover="alert('outlet')">Tarsk Daily</b>`,
	"url":    `javascript:alert('url')`,
	"author": `"><script>alert('author')</script>`,
}

func TestHostileTextRendersAsText(t *testing.T) {
	ts := newTestServer(t)
	body, _ := json.Marshal(hostile)
	resp, out := do(t, "POST", ts.URL+"/api/articles?wait=1", "application/json", string(body))
	if resp.StatusCode != 201 {
		t.Fatalf("post: %d %s", resp.StatusCode, out)
	}
	var res ingestResult
	json.Unmarshal([]byte(out), &res)
	if len(res.Articles) != 1 || res.Articles[0].Story == nil {
		t.Fatalf("post answer: %s", out)
	}
	for _, path := range []string{"/stories", "/stories?q=" + url.QueryEscape("<script>"), "/stories/" + *res.Articles[0].Story} {
		t.Run(path, func(t *testing.T) {
			resp, page := do(t, "GET", ts.URL+path, "", "")
			if resp.StatusCode != 200 {
				t.Fatalf("status %d", resp.StatusCode)
			}
			if strings.Contains(page, "<script>alert") || strings.Contains(page, "<img src=x") || strings.Contains(page, "<b onmouseover") {
				t.Errorf("hostile markup reached the page unescaped")
			}
			doc, err := html.Parse(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			var walk func(*html.Node)
			walk = func(n *html.Node) {
				if n.Type == html.ElementNode {
					if n.Data == "script" {
						src := attr(n, "src")
						if !strings.HasPrefix(src, "/static/app.js") || n.FirstChild != nil {
							t.Errorf("unexpected script element (src %q)", src)
						}
					}
					if n.Data == "img" {
						t.Errorf("img element from untrusted text")
					}
					for _, a := range n.Attr {
						if strings.HasPrefix(a.Key, "on") {
							t.Errorf("event handler attribute %s=%q on <%s>", a.Key, a.Val, n.Data)
						}
						if (a.Key == "href" || a.Key == "src" || a.Key == "action") && strings.HasPrefix(strings.ToLower(strings.TrimSpace(a.Val)), "javascript:") {
							t.Errorf("javascript: URL in %s of <%s>", a.Key, n.Data)
						}
						if a.Key == "style" {
							t.Errorf("inline style on <%s> (the CSP forbids it)", n.Data)
						}
					}
				}
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c)
				}
			}
			walk(doc)
			if strings.HasSuffix(path, *res.Articles[0].Story) {
				// The text is there, as text.
				if !strings.Contains(page, "&lt;script&gt;alert(&#34;text&#34;)&lt;/script&gt;") {
					t.Errorf("the script tag of the text should be shown escaped")
				}
			}
		})
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func TestLoopbackOnlyWithoutToken(t *testing.T) {
	tests := []struct {
		addr, token string
		wantErr     bool
	}{
		{"127.0.0.1:8080", "", false},
		{"localhost:8080", "", false},
		{"[::1]:8080", "", false},
		{"0.0.0.0:8080", "", true},
		{":8080", "", true},
		{"192.0.2.10:8080", "", true},
		{"0.0.0.0:8080", "s3cret", true},
		{"0.0.0.0:8080", "0123456789abcdef", false},
		{"0.0.0.0:8080", " ", true},
		{"0.0.0.0:8080", "                ", true},
		{"0.0.0.0:8080", "0123456789 abcdef", true},
		{"0.0.0.0:8080", " 0123456789abcdef", true},
		{"127.0.0.1:8080", " ", true},
		{"127.0.0.1:8080", "short", false},
		{"nonsense", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.addr+"/"+tc.token, func(t *testing.T) {
			if err := CheckAddr(tc.addr, tc.token); (err != nil) != tc.wantErr {
				t.Errorf("CheckAddr(%q, %q) = %v, want error %v", tc.addr, tc.token, err, tc.wantErr)
			}
		})
	}

	ts := newTestServer(t)
	t.Run("foreign Host header refused (DNS rebinding)", func(t *testing.T) {
		req, _ := http.NewRequest("GET", ts.URL+"/api/stories", nil)
		req.Host = "evil.example:8080"
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusMisdirectedRequest {
			t.Errorf("status %d, want 421", resp.StatusCode)
		}
	})
	t.Run("cross-site browser write refused", func(t *testing.T) {
		resp, body := do(t, "POST", ts.URL+"/api/articles", "application/json", articleJSON(wireText, "", "", "", ""),
			"Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example")
		if resp.StatusCode != http.StatusForbidden || !strings.Contains(body, `"error"`) {
			t.Errorf("status %d %s, want a JSON 403", resp.StatusCode, body)
		}
	})
}

// browser is a cookie-keeping client that does not follow redirects.
func browser(t *testing.T) *http.Client {
	t.Helper()
	jar, err := newJar()
	if err != nil {
		t.Fatal(err)
	}
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

var csrfField = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// formToken loads a page and returns the CSRF token of its forms.
func formToken(t *testing.T, c *http.Client, u string) string {
	t.Helper()
	resp, err := c.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	m := csrfField.FindSubmatch(b)
	if m == nil {
		t.Fatalf("no CSRF field on %s (%d)", u, resp.StatusCode)
	}
	return html.UnescapeString(string(m[1]))
}

func postForm(t *testing.T, c *http.Client, u string, v url.Values) (*http.Response, string) {
	t.Helper()
	resp, err := c.PostForm(u, v)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func TestTokenProtectsWrites(t *testing.T) {
	const token = "correct-horse-battery-staple"
	ts := newTestServer(t, func(o *Options) { o.Token = token })
	art := articleJSON(wireText, "Pier", "Norpress", "", "")

	t.Run("API", func(t *testing.T) {
		tests := []struct {
			name, auth string
			want       int
		}{
			{"no token", "", 401},
			{"wrong token", "Bearer nope", 401},
			{"wrong scheme", "Basic " + token, 401},
			{"right token", "Bearer " + token, 201},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				var hdr []string
				if tc.auth != "" {
					hdr = []string{"Authorization", tc.auth}
				}
				resp, body := do(t, "POST", ts.URL+"/api/articles", "application/json", art, hdr...)
				if resp.StatusCode != tc.want {
					t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.want, body)
				}
				if tc.want == 401 && resp.Header.Get("WWW-Authenticate") == "" {
					t.Errorf("401 without WWW-Authenticate")
				}
			})
		}
		// Reads stay open.
		if resp, _ := do(t, "GET", ts.URL+"/api/stories", "", ""); resp.StatusCode != 200 {
			t.Errorf("GET /api/stories with a token server: %d", resp.StatusCode)
		}
	})

	t.Run("UI sign-in, session cookie and CSRF", func(t *testing.T) {
		c := browser(t)
		resp, err := c.Get(ts.URL + "/add")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 303 || !strings.HasPrefix(resp.Header.Get("Location"), "/signin") {
			t.Fatalf("GET /add before sign-in: %d %s, want a redirect to /signin", resp.StatusCode, resp.Header.Get("Location"))
		}
		csrf := formToken(t, c, ts.URL+"/signin?next=/add")

		resp, _ = postForm(t, c, ts.URL+"/signin", url.Values{"csrf": {csrf}, "token": {"wrong"}, "next": {"/add"}})
		if resp.StatusCode != 401 {
			t.Errorf("wrong token: %d, want 401", resp.StatusCode)
		}
		resp, _ = postForm(t, c, ts.URL+"/signin", url.Values{"token": {token}, "next": {"/add"}})
		if resp.StatusCode != 403 {
			t.Errorf("sign-in without CSRF token: %d, want 403", resp.StatusCode)
		}
		resp, _ = postForm(t, c, ts.URL+"/signin", url.Values{"csrf": {csrf}, "token": {token}, "next": {"https://evil.example/"}})
		if resp.StatusCode != 303 || resp.Header.Get("Location") != "/stories" {
			t.Fatalf("sign-in: %d → %q, want 303 → /stories (never off-site)", resp.StatusCode, resp.Header.Get("Location"))
		}
		var cookie *http.Cookie
		for _, ck := range resp.Cookies() {
			if ck.Name == sessionCookie {
				cookie = ck
			}
		}
		if cookie == nil || !cookie.HttpOnly || cookie.SameSite != http.SameSiteStrictMode {
			t.Fatalf("session cookie %+v: want HttpOnly, SameSite=Strict", cookie)
		}

		csrf = formToken(t, c, ts.URL+"/add")
		resp, _ = postForm(t, c, ts.URL+"/add", url.Values{"text": {rewriteText}})
		if resp.StatusCode != 403 {
			t.Errorf("add without CSRF token: %d, want 403", resp.StatusCode)
		}
		resp, _ = postForm(t, c, ts.URL+"/add", url.Values{"text": {rewriteText}, "csrf": {csrf + "x"}})
		if resp.StatusCode != 403 {
			t.Errorf("add with a wrong CSRF token: %d, want 403", resp.StatusCode)
		}
		resp, page := postForm(t, c, ts.URL+"/add", url.Values{"text": {rewriteText}, "csrf": {csrf}, "outlet": {"Harbour Times"}, "title": {"Cracks shut pier"}})
		if resp.StatusCode != 200 || !strings.Contains(page, "Reports added") || !strings.Contains(page, `href="/stories/`) {
			t.Fatalf("add after sign-in: %d\n%.2000s", resp.StatusCode, page)
		}

		// Another visitor's token does not work with this session.
		other := browser(t)
		otherCSRF := formToken(t, other, ts.URL+"/signin")
		if otherCSRF == csrf {
			t.Fatalf("two sessions share a CSRF token")
		}
		resp, _ = postForm(t, other, ts.URL+"/add", url.Values{"text": {"A fictional text."}, "csrf": {otherCSRF}})
		if resp.StatusCode != 401 {
			t.Errorf("add without sign-in: %d, want 401", resp.StatusCode)
		}

		// Sign out ends the session, server-side: a copy of the cookie
		// taken before stops working too.
		stolen := &http.Cookie{Name: cookie.Name, Value: cookie.Value}
		resp, _ = postForm(t, c, ts.URL+"/signout", url.Values{"csrf": {csrf}})
		if resp.StatusCode != 303 {
			t.Fatalf("sign out: %d", resp.StatusCode)
		}
		resp, err = c.Get(ts.URL + "/add")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 303 {
			t.Errorf("GET /add after sign-out: %d, want a redirect", resp.StatusCode)
		}
		req, _ := http.NewRequest("GET", ts.URL+"/add", nil)
		req.AddCookie(stolen)
		resp, err = (&http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}).Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 303 || !strings.HasPrefix(resp.Header.Get("Location"), "/signin") {
			t.Errorf("GET /add with the cookie of a signed-out session: %d %s, want a redirect to /signin", resp.StatusCode, resp.Header.Get("Location"))
		}
	})
}

// TestSecureCookies: behind a TLS proxy (--secure-cookies, or an
// X-Forwarded-Proto of https from a --trusted-proxy) the session cookie is
// Secure although the connection to the server is plain HTTP; the header
// from a peer not listed changes nothing.
func TestSecureCookies(t *testing.T) {
	for _, tc := range []struct {
		name    string
		flag    bool
		proxies string // trusted networks; the test client's peer is 127.0.0.1
		secure  bool
	}{
		{"plain", false, "", false},
		{"behind a TLS proxy", true, "", true},
		{"forwarded HTTPS from a listed proxy", false, "127.0.0.0/8", true},
		{"forwarded HTTPS from a peer not listed", false, "10.0.0.0/8", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps, err := ParseTrustedProxies([]string{tc.proxies})
			if err != nil {
				t.Fatal(err)
			}
			ts := newTestServer(t, func(o *Options) {
				o.Token, o.SecureCookies, o.TrustedProxies = "correct-horse-battery-staple", tc.flag, ps
			})
			req, _ := http.NewRequest(http.MethodGet, ts.URL+"/signin", nil)
			req.Header.Set("X-Forwarded-Proto", "https")
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			var cookie *http.Cookie
			for _, ck := range resp.Cookies() {
				if ck.Name == sessionCookie {
					cookie = ck
				}
			}
			if cookie == nil || cookie.Secure != tc.secure {
				t.Errorf("session cookie %+v: want Secure %v", cookie, tc.secure)
			}
		})
	}
}

func TestUIPages(t *testing.T) {
	ts := newTestServer(t)
	ts.loadExamples(t)

	resp, page := do(t, "GET", ts.URL+"/", "", "")
	if resp.StatusCode != 303 || resp.Header.Get("Location") != "/stories" {
		t.Errorf("GET /: %d %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	// The front page's query goes with it (a search link or bookmark to
	// /?q=… listed every story: the redirect dropped the filter).
	resp, _ = do(t, "GET", ts.URL+"/?q=Keller&conflicts=1", "", "")
	if resp.StatusCode != 303 || resp.Header.Get("Location") != "/stories?q=Keller&conflicts=1" {
		t.Errorf("GET /?q=Keller&conflicts=1: %d %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	resp, page = do(t, "GET", ts.URL+"/stories", "", "")
	if resp.StatusCode != 200 || !strings.Contains(page, "Norland dismisses deputy interior minister") {
		t.Fatalf("stories page: %d\n%.1500s", resp.StatusCode, page)
	}
	m := regexp.MustCompile(`href="/stories/([^"]+)">Norland dismisses`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no link to the Norland story")
	}
	storyURL := ts.URL + "/stories/" + m[1]

	t.Run("filters", func(t *testing.T) {
		tests := []struct {
			query, want, notWant string
			code                 int
		}{
			{"?q=Keller", "Norland dismisses", "", 200},
			{"?q=zzzzzz", "No story matches", "Norland dismisses", 200},
			{"?conflicts=1", "Norland dismisses", "", 200},
			{"?outlet=Norpress&from=2024-03-01&to=2024-03-31", "Norland dismisses", "", 200},
			{"?from=yesterday", "is not a date", "", 400},
		}
		for _, tc := range tests {
			resp, page := do(t, "GET", ts.URL+"/stories"+tc.query, "", "")
			if resp.StatusCode != tc.code || !strings.Contains(page, tc.want) || (tc.notWant != "" && strings.Contains(page, tc.notWant)) {
				t.Errorf("%s: %d; want %q, not %q", tc.query, resp.StatusCode, tc.want, tc.notWant)
			}
		}
	})

	t.Run("story page", func(t *testing.T) {
		resp, page := do(t, "GET", storyURL, "", "")
		if resp.StatusCode != 200 {
			t.Fatalf("story page: %d", resp.StatusCode)
		}
		for _, want := range []string{
			`class="disc-link" href="#d0" data-d="0"`, // ranked discrepancy list, no-JS anchors
			`id="d0"`,             // the anchor exists
			`class="uniq"`,        // unique facts marked
			`Removed by cleaning`, // boilerplate on demand
			`<del>`,               // struck out
			`id="lineage"`, `role-rewrite`, `derived from A`,
			// every version of the example derives from the wire: its
			// shared facts are repeated, not independently corroborated
			`id="facts"`, `class="status corroborated repeated"`, `repeated by versions of one source`,
			`Dana Kellner`, `Dana Keller`,
		} {
			if !strings.Contains(page, want) {
				t.Errorf("story page lacks %q", want)
			}
		}
		// A span in the colour of the first discrepancy.
		if !regexp.MustCompile(`<mark class="disc c0( uniq)?" data-d="([0-9]+ )*0( [0-9]+)*"`).MatchString(page) {
			t.Errorf("no span marked in the colour of discrepancy 0")
		}
		// Original first: the first version header is the original.
		heads := regexp.MustCompile(`class="role role-([a-z]+)"`).FindAllStringSubmatch(page, -1)
		if len(heads) == 0 || heads[0][1] != "original" {
			t.Errorf("first version is not the original: %v", heads)
		}
		// Every discrepancy colour appears in more than one version.
		if n := strings.Count(page, `data-d="0"`); n < 3 {
			t.Errorf("discrepancy 0 marked %d times, want its link and a span in each version", n)
		}
	})

	// A fact filter that matches nothing (quotes in conflict, say) keeps
	// the filter form, so the reader can widen it without JavaScript, and
	// says so; it used to drop the form and say no facts were extracted.
	t.Run("fact filter matching nothing", func(t *testing.T) {
		resp, page := do(t, "GET", storyURL+"?kind=person&status=nosuchstatus", "", "")
		if resp.StatusCode != 200 {
			t.Fatalf("story page: %d", resp.StatusCode)
		}
		if strings.Contains(page, "No facts were extracted") {
			t.Errorf("a filter matching nothing says no facts were extracted")
		}
		for _, want := range []string{`id="fact-filter"`, "No fact matches this filter"} {
			if !strings.Contains(page, want) {
				t.Errorf("filtered story page lacks %q", want)
			}
		}
	})

	t.Run("add by paste and by upload", func(t *testing.T) {
		c := browser(t)
		csrf := formToken(t, c, ts.URL+"/add")
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		mw.WriteField("csrf", csrf)
		mw.WriteField("text", wireText)
		mw.WriteField("title", "Oremund closes north pier")
		mw.WriteField("outlet", "Norpress")
		mw.WriteField("published", "2024-05-03T09:00:00Z")
		fw, _ := mw.CreateFormFile("files", "../../rewrite.txt")
		io.WriteString(fw, "Title: Cracks shut Oremund pier\nOutlet: Harbour Times\nPublished: 2024-05-03T12:00:00Z\n\n"+rewriteText+"\n")
		fw, _ = mw.CreateFormFile("files", "empty.txt")
		mw.Close()
		req, _ := http.NewRequest("POST", ts.URL+"/add", &buf)
		req.Header.Set("Content-Type", mw.FormDataContentType())
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		page := string(b)
		if resp.StatusCode != 200 {
			t.Fatalf("add: %d\n%s", resp.StatusCode, page)
		}
		for _, want := range []string{"Reports added", "pasted text", "rewrite.txt", "empty.txt", "Skipped", `href="/stories/`} {
			if !strings.Contains(page, want) {
				t.Errorf("result page lacks %q:\n%.3000s", want, page)
			}
		}
		if strings.Contains(page, "../") || strings.Contains(page, "crosswire-upload-") {
			t.Errorf("result page shows a path instead of the uploaded name")
		}
	})

	t.Run("add with nothing", func(t *testing.T) {
		c := browser(t)
		csrf := formToken(t, c, ts.URL+"/add")
		resp, page := postForm(t, c, ts.URL+"/add", url.Values{"csrf": {csrf}, "text": {"   "}})
		if resp.StatusCode != 400 || !strings.Contains(page, "Paste the text") {
			t.Errorf("empty add: %d", resp.StatusCode)
		}
	})

	t.Run("unknown pages", func(t *testing.T) {
		for _, p := range []string{"/stories/nope", "/nowhere", "/static/nope.js"} {
			resp, page := do(t, "GET", ts.URL+p, "", "")
			if resp.StatusCode != 404 || !strings.Contains(resp.Header.Get("Content-Type"), "text/html") || !strings.Contains(page, "404") {
				t.Errorf("%s: %d %q", p, resp.StatusCode, resp.Header.Get("Content-Type"))
			}
		}
	})
}

// countingEngine counts analyses and makes each take a while.
type countingEngine struct {
	Engine
	runs atomic.Int32
}

func (e *countingEngine) Analyze(ctx context.Context, arts []crosswire.Article) ([]crosswire.Story, error) {
	e.runs.Add(1)
	time.Sleep(20 * time.Millisecond)
	return e.Engine.Analyze(ctx, arts)
}

// countingUpdater counts incremental analysis runs.
type countingUpdater struct {
	Updater
	runs *atomic.Int32
}

func (u countingUpdater) Sync(ctx context.Context) (pipeline.Update, error) {
	u.runs.Add(1)
	time.Sleep(20 * time.Millisecond)
	return u.Updater.Sync(ctx)
}

func TestConcurrentPostsCoalesceAnalysis(t *testing.T) {
	for _, incremental := range []bool{true, false} {
		t.Run(fmt.Sprintf("incremental=%v", incremental), func(t *testing.T) {
			testConcurrentPostsCoalesce(t, incremental)
		})
	}
}

func testConcurrentPostsCoalesce(t *testing.T, incremental bool) {
	var eng *countingEngine
	ts := newTestServer(t, func(o *Options) {
		eng = &countingEngine{Engine: o.Engine}
		o.Engine = eng
		if incremental {
			o.Updater = countingUpdater{Updater: o.Updater, runs: &eng.runs}
		} else {
			o.Updater = nil
		}
		o.Debounce = 50 * time.Millisecond
		o.MaxDelay = time.Second
	})
	const posters = 50
	var wg sync.WaitGroup
	ids := make([]string, posters)
	for i := range posters {
		wg.Add(1)
		go func() {
			defer wg.Done()
			text := strings.Replace(wireText, "14 concrete pillars", strings.Repeat("very ", i)+"14 concrete pillars", 1)
			resp, body := do(t, "POST", ts.URL+"/api/articles", "application/json", articleJSON(text, "Pier", "Norpress", "", ""))
			if resp.StatusCode != 201 {
				t.Errorf("post %d: %d %s", i, resp.StatusCode, body)
				return
			}
			var res ingestResult
			json.Unmarshal([]byte(body), &res)
			ids[i] = res.Articles[0].ID
		}()
	}
	wg.Wait()
	ts.settle(t)
	if n := eng.runs.Load(); n < 1 || n > 5 {
		t.Errorf("%d posts ran %d analyses; want them coalesced into a few", posters, n)
	}
	for _, id := range ids {
		if sid, ok := ts.storyOf(id); !ok || sid == "" {
			t.Errorf("article %s not in a story after Settle", id)
		}
	}
}

// A publication date without a time of day shows as the day, never as
// midnight; a column header names the year (a take of 2000 was shown as
// "1 Mar 16:54"), as the reports print it (report.PublishedString).
func TestWhenDayOnly(t *testing.T) {
	day := time.Date(2026, 10, 28, 0, 0, 0, 0, time.UTC)
	timed := time.Date(2026, 10, 28, 9, 5, 0, 0, time.UTC)
	old := time.Date(2000, 3, 1, 16, 54, 0, 0, time.UTC)
	tests := []struct {
		t           *time.Time
		short, full string
	}{
		{&day, "2026-10-28", "2026-10-28 (no time of day)"},
		{&timed, "2026-10-28 09:05", "2026-10-28 09:05 UTC"},
		{&old, "2000-03-01 16:54", "2000-03-01 16:54 UTC"},
		{nil, "undated", "date unknown"},
	}
	for _, tc := range tests {
		if got := shortWhen(tc.t); got != tc.short {
			t.Errorf("shortWhen(%v) = %q, want %q", tc.t, got, tc.short)
		}
		if got := whenString(tc.t); got != tc.full {
			t.Errorf("whenString(%v) = %q, want %q", tc.t, got, tc.full)
		}
	}
}
