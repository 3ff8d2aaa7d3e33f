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

// Word lists of the generated articles: invented places, people and
// organisations only.
var (
	loadTowns   = []string{"Vessburg", "Lindhaven", "Tarsk", "Oremund", "Kessel Bay", "Marrowfield", "Upper Alder", "Saltmere"}
	loadPeople  = []string{"Ilse Varga", "Tomas Brenn", "Oda Lerche", "Piet Hallan", "Runa Castell", "Edvin Moss", "Kaja Strand", "Milo Farrek"}
	loadRoles   = []string{"mayor", "council chair", "harbour master", "chief engineer", "health director", "schools inspector"}
	loadThings  = []string{"ferry terminal", "water plant", "library", "tram line", "flood barrier", "clinic", "bridge", "sports hall"}
	loadOutlets = []string{"Norpress", "Harbour Times", "Lindhaven Courier", "Vessburg Evening Post", "Continental Press Review", "Tarsk Daily"}
)

// fictionalArticle makes one invented local-news report. A client's
// articles come in small families (same event, figures changed) so the
// server has stories with several versions and discrepancies to compute.
func fictionalArticle(rng *rand.Rand, client, n int) articleInput {
	family := rand.New(rand.NewPCG(uint64(client), uint64(n/4)))
	town := loadTowns[family.IntN(len(loadTowns))]
	person := loadPeople[family.IntN(len(loadPeople))]
	role := loadRoles[family.IntN(len(loadRoles))]
	thing := loadThings[family.IntN(len(loadThings))]
	cost := 2 + family.IntN(90)
	year := 2019 + family.IntN(6)
	if rng.IntN(3) == 0 {
		cost += 1 + rng.IntN(5) // a version with a different figure
	}
	workers := 20 + rng.IntN(400)
	day := time.Date(2024, time.Month(1+family.IntN(12)), 1+family.IntN(27), 8+rng.IntN(10), rng.IntN(60), 0, 0, time.UTC)
	text := fmt.Sprintf(`The %s of %s, %s, opened the new %s on Tuesday after %d years of planning. `+
		`The project cost %d million crowns and employed %d workers, %s told reporters at the site. `+
		`"This %s will serve the whole district for decades," %s said. `+
		`Work began in %d and was delayed twice by storms. `+
		`Residents of %s had asked for the %s since the old one closed. (client %d, report %d)`,
		role, town, person, thing, 1+family.IntN(9),
		cost, workers, person,
		thing, person,
		year,
		town, thing, client, n)
	return articleInput{
		Text:      text,
		Title:     fmt.Sprintf("%s opens new %s", town, thing),
		Outlet:    loadOutlets[rng.IntN(len(loadOutlets))],
		Published: day.Format(time.RFC3339),
		Language:  "en",
		URL:       fmt.Sprintf("https://load.example/%d/%d", client, n),
	}
}
