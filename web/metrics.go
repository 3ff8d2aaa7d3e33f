package web

import (
	"fmt"
	"io"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// latencyBuckets are the upper bounds, in seconds, of the request latency
// histogram: from a cached page (~1 ms) to a POST that waits for analysis.
var latencyBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30}

// metrics holds the server's counters, exposed at /metrics in the
// Prometheus text format (version 0.0.4). It is written by hand: a dozen
// series do not justify the client library and its dependencies.
type metrics struct {
	mu        sync.Mutex
	routes    map[routeKey]*histogram
	ingested  uint64 // new articles stored
	repeated  uint64 // articles posted again (already stored)
	skipped   uint64
	runs      uint64
	runErrors uint64
	fullRuns  uint64 // successful reconcile runs
	runSecs   float64
	stories   int
	articles  int
}

type routeKey struct {
	route, method string
	code          int
}

type histogram struct {
	counts []uint64 // per bucket, not cumulative
	sum    float64
	count  uint64
}

func newMetrics() *metrics {
	return &metrics{routes: map[routeKey]*histogram{}}
}

// observe records one request.
func (m *metrics) observe(route, method string, code int, d time.Duration) {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch, http.MethodOptions:
	default:
		method = "other" // clients choose methods: keep the label set bounded
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	k := routeKey{route, method, code}
	h := m.routes[k]
	if h == nil {
		h = &histogram{counts: make([]uint64, len(latencyBuckets))}
		m.routes[k] = h
	}
	s := d.Seconds()
	for i, b := range latencyBuckets {
		if s <= b {
			h.counts[i]++
			break
		}
	}
	h.sum += s
	h.count++
}

func (m *metrics) addIngest(created, repeated, skipped int) {
	m.mu.Lock()
	m.ingested += uint64(created)
	m.repeated += uint64(repeated)
	m.skipped += uint64(skipped)
	m.mu.Unlock()
}

// addRun records one finished analysis run; reconcile marks the full
// re-analysis once the store is idle.
func (m *metrics) addRun(took time.Duration, stories, articles int, reconcile bool, err error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.runs++
	m.runSecs += took.Seconds()
	if err != nil {
		m.runErrors++
		return
	}
	if reconcile {
		m.fullRuns++
	}
	m.stories, m.articles = stories, articles
}

// write renders every series.
func (m *metrics) write(w io.Writer, pending bool) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	var b strings.Builder
	counter := func(name, help string, v uint64) {
		fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s counter\n%s %d\n", name, help, name, name, v)
	}
	gauge := func(name, help string, v float64) {
		fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s gauge\n%s %s\n", name, help, name, name, num(v))
	}
	counter("crosswire_articles_ingested_total", "Articles stored for the first time through this server.", m.ingested)
	counter("crosswire_articles_repeated_total", "Articles posted that were already stored (idempotent no-ops).", m.repeated)
	counter("crosswire_articles_skipped_total", "Posted articles that could not be used.", m.skipped)
	gauge("crosswire_stories", "Stories after the last analysis.", float64(m.stories))
	gauge("crosswire_articles", "Articles in the last analysis.", float64(m.articles))
	counter("crosswire_analysis_runs_total", "Background re-analyses run.", m.runs)
	counter("crosswire_analysis_errors_total", "Background re-analyses that failed.", m.runErrors)
	counter("crosswire_analysis_reconciles_total", "Full re-analyses run once the store was idle (included in runs).", m.fullRuns)
	fmt.Fprintf(&b, "# HELP crosswire_analysis_seconds_total Time spent re-analysing.\n# TYPE crosswire_analysis_seconds_total counter\ncrosswire_analysis_seconds_total %s\n", num(m.runSecs))
	p := 0.0
	if pending {
		p = 1
	}
	gauge("crosswire_analysis_pending", "1 while stored articles wait for analysis.", p)

	keys := make([]routeKey, 0, len(m.routes))
	for k := range m.routes {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, c := keys[i], keys[j]
		if a.route != c.route {
			return a.route < c.route
		}
		if a.method != c.method {
			return a.method < c.method
		}
		return a.code < c.code
	})
	const name = "crosswire_http_request_duration_seconds"
	fmt.Fprintf(&b, "# HELP %s Latency of HTTP requests by route, method and status code.\n# TYPE %s histogram\n", name, name)
	for _, k := range keys {
		h := m.routes[k]
		labels := fmt.Sprintf(`route="%s",method="%s",code="%d"`, escapeLabel(k.route), escapeLabel(k.method), k.code)
		var cum uint64
		for i, ub := range latencyBuckets {
			cum += h.counts[i]
			fmt.Fprintf(&b, "%s_bucket{%s,le=\"%s\"} %d\n", name, labels, num(ub), cum)
		}
		fmt.Fprintf(&b, "%s_bucket{%s,le=\"+Inf\"} %d\n", name, labels, h.count)
		fmt.Fprintf(&b, "%s_sum{%s} %s\n", name, labels, num(h.sum))
		fmt.Fprintf(&b, "%s_count{%s} %d\n", name, labels, h.count)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func num(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

func escapeLabel(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s)
}

// statusRecorder remembers the status code a handler wrote.
type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (r *statusRecorder) WriteHeader(code int) {
	if r.code == 0 {
		r.code = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(p []byte) (int, error) {
	if r.code == 0 {
		r.code = http.StatusOK
	}
	return r.ResponseWriter.Write(p)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
