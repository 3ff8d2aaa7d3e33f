package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"
)

// Load is a bounded load test of a running crosswire server: Clients
// concurrent clients, each posting articles and reading stories in turn
// for Duration, then a check that every article the server acknowledged
// can be read back. It only targets loopback addresses.
type Load struct {
	Clients  int
	Duration time.Duration
	// Token is sent as a bearer token when set.
	Token string
	// WriteShare is the share of requests that post an article (0: 0.5).
	WriteShare float64
	// Seed makes the generated articles reproducible.
	Seed uint64
}

// LoadResult is what a load test measured.
type LoadResult struct {
	Clients  int
	Elapsed  time.Duration
	Requests int
	// Errors counts transport errors and unexpected status codes.
	Errors int
	// FirstErrors keeps a few error messages.
	FirstErrors []string
	// Acknowledged is the number of distinct article ids the server
	// returned; Missing those that could not be read back afterwards.
	Acknowledged, Missing int
	// StaleStories counts story reads that found the story regrouped
	// away between listing and reading (404, not an error).
	StaleStories int
	RPS          float64
	All          Latency
	Post         Latency
	Read         Latency
}

// Latency summarises request latencies.
type Latency struct {
	N             int
	P50, P99, Max time.Duration
}

func (l Latency) String() string {
	return fmt.Sprintf("n=%d p50=%s p99=%s max=%s", l.N, l.P50.Round(10*time.Microsecond), l.P99.Round(10*time.Microsecond), l.Max.Round(10*time.Microsecond))
}

func summarize(ds []time.Duration) Latency {
	if len(ds) == 0 {
		return Latency{}
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	at := func(q float64) time.Duration { return s[min(len(s)-1, int(q*float64(len(s))))] }
	return Latency{N: len(s), P50: at(0.50), P99: at(0.99), Max: s[len(s)-1]}
}

// Run runs the load test against baseURL (http://127.0.0.1:PORT).
func (l Load) Run(ctx context.Context, baseURL string) (LoadResult, error) {
	u, err := url.Parse(baseURL)
	if err != nil {
		return LoadResult{}, fmt.Errorf("load: %w", err)
	}
	if !loopbackHost(u.Hostname()) {
		return LoadResult{}, fmt.Errorf("load: %s is not a loopback address; load tests only run against this machine", u.Host)
	}
	if l.Clients <= 0 {
		l.Clients = 50
	}
	if l.Duration <= 0 {
		l.Duration = 30 * time.Second
	}
	if l.WriteShare <= 0 {
		l.WriteShare = 0.5
	}
	tr := &http.Transport{
		DialContext:         (&net.Dialer{Timeout: 5 * time.Second}).DialContext,
		MaxIdleConns:        l.Clients * 2,
		MaxIdleConnsPerHost: l.Clients * 2,
		IdleConnTimeout:     30 * time.Second,
	}
	defer tr.CloseIdleConnections()
	hc := &http.Client{Transport: tr, Timeout: 60 * time.Second}

	type clientStats struct {
		posts, reads []time.Duration
		errs         []string
		nerr, stale  int
		acked        []string
	}
	stats := make([]clientStats, l.Clients)
	runCtx, cancel := context.WithTimeout(ctx, l.Duration)
	defer cancel()
	start := time.Now()
	var wg sync.WaitGroup
	for c := range l.Clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st := &stats[c]
			rng := rand.New(rand.NewPCG(l.Seed, uint64(c)))
			var storyIDs []string
			fail := func(msg string) {
				st.nerr++
				if len(st.errs) < 3 {
					st.errs = append(st.errs, msg)
				}
			}
			for n := 0; runCtx.Err() == nil; n++ {
				if rng.Float64() < l.WriteShare {
					body, _ := json.Marshal(fictionalArticle(rng, c, n))
					t0 := time.Now()
					code, data, err := l.do(runCtx, hc, http.MethodPost, baseURL+"/api/articles", body)
					if runCtx.Err() != nil {
						break // cut off by the end of the run, not a server error
					}
					st.posts = append(st.posts, time.Since(t0))
					if err != nil || (code != http.StatusCreated && code != http.StatusOK) {
						fail(fmt.Sprintf("POST /api/articles: %d %v %.200s", code, err, data))
						continue
					}
					var res ingestResult
					if err := json.Unmarshal(data, &res); err != nil || len(res.Articles) != 1 {
						fail(fmt.Sprintf("POST /api/articles: unexpected answer %.200s", data))
						continue
					}
					st.acked = append(st.acked, res.Articles[0].ID)
					continue
				}
				var target string
				listing := len(storyIDs) == 0 || rng.IntN(3) == 0
				if listing {
					target = baseURL + "/api/stories?limit=50"
					if rng.IntN(4) == 0 {
						target = baseURL + "/stories"
					}
				} else {
					target = baseURL + "/api/stories/" + url.PathEscape(storyIDs[rng.IntN(len(storyIDs))])
				}
				t0 := time.Now()
				code, data, err := l.do(runCtx, hc, http.MethodGet, target, nil)
				if runCtx.Err() != nil {
					break
				}
				st.reads = append(st.reads, time.Since(t0))
				switch {
				case err != nil:
					fail(fmt.Sprintf("GET %s: %v", target, err))
				case code == http.StatusNotFound && !listing:
					st.stale++
				case code != http.StatusOK:
					fail(fmt.Sprintf("GET %s: %d %.200s", target, code, data))
				case listing && target != baseURL+"/stories":
					var list struct {
						Stories []struct {
							ID string `json:"id"`
						} `json:"stories"`
					}
					if err := json.Unmarshal(data, &list); err != nil {
						fail(fmt.Sprintf("GET %s: bad JSON", target))
						continue
					}
					storyIDs = storyIDs[:0]
					for _, s := range list.Stories {
						storyIDs = append(storyIDs, s.ID)
					}
				}
			}
		}()
	}
	wg.Wait()
	res := LoadResult{Clients: l.Clients, Elapsed: time.Since(start)}
	var all, posts, reads []time.Duration
	acked := map[string]bool{}
	for _, st := range stats {
		posts = append(posts, st.posts...)
		reads = append(reads, st.reads...)
		res.Errors += st.nerr
		res.StaleStories += st.stale
		for _, e := range st.errs {
			if len(res.FirstErrors) < 10 {
				res.FirstErrors = append(res.FirstErrors, e)
			}
		}
		for _, id := range st.acked {
			acked[id] = true
		}
	}
	all = append(append(all, posts...), reads...)
	res.Requests = len(all)
	res.RPS = float64(res.Requests) / res.Elapsed.Seconds()
	res.All, res.Post, res.Read = summarize(all), summarize(posts), summarize(reads)
	res.Acknowledged = len(acked)

	// Every acknowledged article must be readable now.
	ids := make(chan string)
	var mu sync.Mutex
	var vwg sync.WaitGroup
	for range min(16, l.Clients) {
		vwg.Add(1)
		go func() {
			defer vwg.Done()
			for id := range ids {
				code, _, err := l.do(ctx, hc, http.MethodGet, baseURL+"/api/articles/"+url.PathEscape(id), nil)
				if err != nil || code != http.StatusOK {
					mu.Lock()
					res.Missing++
					if len(res.FirstErrors) < 10 {
						res.FirstErrors = append(res.FirstErrors, fmt.Sprintf("article %s not readable: %d %v", id, code, err))
					}
					mu.Unlock()
				}
			}
		}()
	}
	for id := range acked {
		ids <- id
	}
	close(ids)
	vwg.Wait()
	if ctx.Err() != nil {
		return res, ctx.Err()
	}
	return res, nil
}

func (l Load) do(ctx context.Context, hc *http.Client, method, target string, body []byte) (int, []byte, error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, target, rd)
	if err != nil {
		return 0, nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if l.Token != "" {
		req.Header.Set("Authorization", "Bearer "+l.Token)
	}
	resp, err := hc.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	if err != nil && !errors.Is(err, io.EOF) {
		return resp.StatusCode, data, err
	}
	return resp.StatusCode, data, nil
}

// loadOutlets name the invented outlets of generated articles.
var loadOutlets = []string{"Norpress", "Harbour Times", "Lindhaven Courier", "Vessburg Evening Post", "Continental Press Review", "Tarsk Daily"}

// loadSentences are the sentence patterns of generated articles: %[1]s a
// place, %[2]s a person, %[3]s a role, %[4]s a thing, %[5]d a cost,
// %[6]d a count, %[7]d a year. Slots every few words keep two unrelated
// invented events from sharing long runs of words, so they do not group.
var loadSentences = []string{
	"The %[3]s of %[1]s, %[2]s, opened the new %[4]s on Tuesday.",
	"Building the %[4]s cost %[5]d million crowns, %[2]s told reporters in %[1]s.",
	"About %[6]d workers from %[1]s were hired for the %[4]s project.",
	"\"This %[4]s will serve %[1]s for decades,\" %[2]s said.",
	"Work on the %[4]s began in %[7]d and stalled twice.",
	"Critics in %[1]s said %[2]s had ignored %[6]d written objections.",
	"The %[4]s replaces one that %[1]s closed in %[7]d.",
	"%[2]s, the %[3]s, promised a second %[4]s by %[7]d.",
	"Residents of %[1]s waited %[6]d days for the decision on the %[4]s.",
	"A report put the yearly upkeep of the %[4]s at %[5]d million crowns.",
}

// pseudoWord makes an invented capitalised word.
func pseudoWord(rng *rand.Rand) string {
	const cons, vows = "bdfghklmnprstvz", "aeiou"
	n := 2 + rng.IntN(2)
	b := make([]byte, 0, 2*n+1)
	for i := range n {
		c := cons[rng.IntN(len(cons))]
		if i == 0 {
			c -= 'a' - 'A'
		}
		b = append(b, c, vows[rng.IntN(len(vows))])
	}
	return string(append(b, cons[rng.IntN(len(cons))]))
}

// fictionalArticle makes one invented local-news report. Four consecutive
// reports of a client tell the same invented event (same place, people,
// sentences), some with a figure changed, so the server has stories with
// several versions and discrepancies to find; other events share no names.
func fictionalArticle(rng *rand.Rand, client, n int) articleInput {
	family := rand.New(rand.NewPCG(uint64(client)+1, uint64(n/4)+1))
	town := pseudoWord(family) + " " + []string{"Bay", "Ford", "Hill", "Mere", "Vale"}[family.IntN(5)]
	person := pseudoWord(family) + " " + pseudoWord(family)
	role := []string{"mayor", "council chair", "harbour master", "chief engineer", "health director"}[family.IntN(5)]
	thing := []string{"ferry terminal", "water plant", "library", "tram line", "flood barrier", "clinic", "bridge", "sports hall"}[family.IntN(8)]
	cost, count, year := 2+family.IntN(90), 20+family.IntN(400), 2015+family.IntN(10)
	order := family.Perm(len(loadSentences))[:6]
	if rng.IntN(3) == 0 {
		cost += 1 + rng.IntN(5) // a version with a different figure
	}
	var b strings.Builder
	for i, k := range order {
		if i > 0 {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, loadSentences[k], town, person, role, thing, cost, count, year)
	}
	fmt.Fprintf(&b, " (Report %d-%d.)", client, n)
	day := time.Date(2024, time.Month(1+family.IntN(12)), 1+family.IntN(27), 8+rng.IntN(10), rng.IntN(60), 0, 0, time.UTC)
	return articleInput{
		Text:      b.String(),
		Title:     fmt.Sprintf("%s opens new %s", town, thing),
		Outlet:    loadOutlets[rng.IntN(len(loadOutlets))],
		Published: day.Format(time.RFC3339),
		Language:  "en",
		URL:       fmt.Sprintf("https://load.example/%d/%d", client, n),
	}
}
