// Package web is crosswire's HTTP service: the JSON API documented in
// openapi.json and the web UI an analyst reads stories in, both over one
// crosswire.Store and one analysis engine (package pipeline), so the CLI,
// the API and the UI give the same answers.
//
// Writes store the article and return; a single background goroutine
// places new articles incrementally and, once the store is idle,
// reconciles with one full re-analysis (see analyzer). Templates, styles, the one script
// and the OpenAPI document are embedded: the binary serves everything
// itself, with a Content-Security-Policy that allows nothing inline and
// nothing from elsewhere.
package web

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"crosswire"
)

//go:embed templates/*.html static/* openapi.json
var assets embed.FS

// Engine is the analysis the server runs: *pipeline.Pipeline implements it.
type Engine interface {
	// Clean turns documents into articles; rejected ones become skips.
	Clean(ctx context.Context, docs []crosswire.Document) ([]crosswire.Article, []crosswire.Skip)
	// Analyze groups articles into cross-checked stories.
	Analyze(ctx context.Context, arts []crosswire.Article) ([]crosswire.Story, error)
}

// DocumentReader reads report files into documents: *ingest.Reader
// implements it. The server hands it only paths of files it wrote itself
// (uploads), never user-supplied paths or URLs.
type DocumentReader interface {
	Read(ctx context.Context, args []string) ([]crosswire.Document, []crosswire.Skip)
}

// DefaultMaxBody caps request bodies when Options.MaxBody is 0.
const DefaultMaxBody = 10 << 20

// DefaultReconcile is the idle time before a full re-analysis that
// `crosswire serve --reconcile` defaults to.
const DefaultReconcile = 30 * time.Second

// Options configure a Server. Store and Engine are required.
type Options struct {
	Store  crosswire.Store
	Engine Engine
	// Reader reads uploaded files; nil accepts plain text uploads only.
	Reader DocumentReader
	// Queue, when set, receives posted and uploaded reports for ingest
	// workers to store and analyse, instead of this server (see Queue).
	Queue Queue
	// Updater, when set, makes background analysis incremental: only the
	// stories new articles touch are re-analysed. Without it every run
	// re-analyses the whole store with Engine.
	Updater Updater
	// Token, when set, is required for writes: as a bearer token on the
	// API, through a sign-in in the UI. Without it the server must listen
	// on loopback (see CheckAddr).
	Token string
	// SecureCookies marks the session cookie Secure on every request,
	// for a server behind a proxy that ends TLS (the cookie is Secure
	// anyway on a TLS connection to the server itself).
	SecureCookies bool
	// TrustedProxies are the reverse proxies (addresses or networks,
	// see ParseTrustedProxies) whose X-Forwarded-For and
	// X-Forwarded-Proto are honoured: on a request from one of them the
	// client's address replaces the proxy's, and a request the proxy
	// received over HTTPS gets a Secure session cookie. Empty: the
	// headers are ignored from everyone.
	TrustedProxies []netip.Prefix
	// MaxBody caps a request body in bytes (0: DefaultMaxBody).
	MaxBody int64
	// Debounce is how long analysis waits for writes to stop before
	// re-analysing (0: 200 ms); MaxDelay caps that wait (0: 2 s).
	Debounce, MaxDelay time.Duration
	// Reconcile is how long the store must be idle (no write) after
	// articles were placed incrementally before one full re-analysis
	// runs in the background, so the stories become exactly those a full
	// analysis of the stored articles gives; 0 (or negative) never
	// reconciles. It needs an Updater that is a Rebuilder.
	Reconcile time.Duration
	// WaitTimeout caps how long a UI upload or a POST with ?wait=1 waits
	// for analysis (0: 60 s).
	WaitTimeout time.Duration
	Log         *slog.Logger
}

// Server serves the API and the UI. Create it with New, serve Handler (or
// call ListenAndServe) and Close it when done.
type Server struct {
	store   crosswire.Store
	engine  Engine
	reader  DocumentReader
	queue   Queue
	maxBody int64
	wait    time.Duration
	log     *slog.Logger

	sessions       *sessions
	trustedProxies []netip.Prefix
	metrics        *metrics
	analyzer       *analyzer
	pages          map[string]*template.Template
	static         map[string]string // file name → content version for cache busting
	handler        http.Handler

	stop    context.CancelFunc
	stopped chan struct{}

	mu    sync.RWMutex
	index storeIndex

	snipMu   sync.Mutex
	snippets map[string]string // story ID → snippet (see snippet)
}

// storeIndex is what the last analysis knows that the Store interface
// cannot answer cheaply: the story of each article, the number of
// versions of each story and the outlets.
type storeIndex struct {
	storyOf  map[string]string
	versions map[string]int
	outlets  []string
}

// New builds a server and starts its background analysis. It reads the
// stories already stored to know which story each article is in.
func New(ctx context.Context, o Options) (*Server, error) {
	if o.Store == nil || o.Engine == nil {
		return nil, errors.New("web: Options.Store and Options.Engine are required")
	}
	s := &Server{
		store: o.Store, engine: o.Engine, reader: o.Reader, queue: o.Queue,
		maxBody: o.MaxBody, wait: o.WaitTimeout, log: o.Log, snippets: map[string]string{},
		metrics: newMetrics(),
		stopped: make(chan struct{}),
	}
	if s.maxBody <= 0 {
		s.maxBody = DefaultMaxBody
	}
	if s.wait <= 0 {
		s.wait = 60 * time.Second
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	debounce, maxDelay := o.Debounce, o.MaxDelay
	if debounce <= 0 {
		debounce = 200 * time.Millisecond
	}
	if maxDelay <= 0 {
		maxDelay = 2 * time.Second
	}
	var err error
	s.trustedProxies = o.TrustedProxies
	if s.sessions, err = newSessions(o.Token, o.SecureCookies); err != nil {
		return nil, fmt.Errorf("web: session key: %w", err)
	}
	if s.pages, err = parsePages(); err != nil {
		return nil, err
	}
	if s.static, err = staticVersions(); err != nil {
		return nil, err
	}
	if err := s.loadIndex(ctx); err != nil {
		return nil, err
	}
	s.analyzer = newAnalyzer(s.store, s.engine, o.Updater, s.log, analyzerOptions{
		debounce: debounce, maxDelay: maxDelay, reconcile: o.Reconcile, done: s.analysisDone,
	})
	s.handler = s.routes()
	// Articles stored but never placed (the last server was killed
	// mid-analysis, or stopped before its run) are analysed now, not at
	// the next write. With a queue the workers place them.
	if s.queue == nil {
		g, err := s.store.Generation(ctx)
		if err != nil {
			return nil, fmt.Errorf("web: read the store's analysis state: %w", err)
		}
		if g.Unplaced > 0 {
			s.log.Info("analysing articles stored but not yet placed", "articles", g.Unplaced)
			s.analyzer.request()
		}
	}

	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	s.stop = cancel
	go func() {
		defer close(s.stopped)
		s.analyzer.run(runCtx)
	}()
	return s, nil
}

// Handler returns the HTTP handler of the API and the UI.
func (s *Server) Handler() http.Handler { return s.handler }

// Settle waits until the background analysis has caught up with every
// write accepted before the call, and returns its error. Tests and the
// UI's upload page use it; API clients get the same with POST ?wait=1.
func (s *Server) Settle(ctx context.Context) error { return s.analyzer.settle(ctx) }

// Close stops the background analysis (a run in progress is cancelled;
// stored articles are re-analysed by the next server). It does not close
// the store.
func (s *Server) Close() error {
	s.stop()
	<-s.stopped
	return nil
}

// loadIndex fills the article → story index from the stored stories,
// without reading any article text.
func (s *Server) loadIndex(ctx context.Context) error {
	list, err := s.store.Stories(ctx, crosswire.StoryFilter{})
	if err != nil {
		return fmt.Errorf("web: list stored stories: %w", err)
	}
	storyOf, err := s.store.StoryIDs(ctx)
	if err != nil {
		return fmt.Errorf("web: read story memberships: %w", err)
	}
	idx := storeIndex{storyOf: storyOf, versions: make(map[string]int, len(list))}
	outlets := map[string]bool{}
	for _, sum := range list {
		idx.versions[sum.ID] = sum.ArticleCount
		for _, o := range sum.Outlets {
			outlets[o] = true
		}
	}
	for o := range outlets {
		idx.outlets = append(idx.outlets, o)
	}
	sortStrings(idx.outlets)
	s.mu.Lock()
	s.index = idx
	s.mu.Unlock()
	return nil
}

// updateIndex applies one analysis run to the index: a full run replaces
// it, an incremental one updates the stories it changed and removed.
func (s *Server) updateIndex(run analysisRun) {
	s.mu.Lock()
	defer s.mu.Unlock()
	idx := s.index
	if run.Full || idx.storyOf == nil {
		idx = storeIndex{storyOf: map[string]string{}, versions: map[string]int{}}
	}
	// the maps are only read under s.mu, so they are updated in place;
	// the outlets slice escapes the lock, so a changed one is a new slice
	for _, id := range run.Removed {
		delete(idx.versions, id)
	}
	known := make(map[string]bool, len(idx.outlets))
	for _, o := range idx.outlets {
		known[o] = true
	}
	var added []string
	for _, st := range run.Changed {
		idx.versions[st.ID] = len(st.Articles)
		for _, a := range st.Articles {
			idx.storyOf[a.ID] = st.ID
			if a.Outlet != "" && !known[a.Outlet] {
				known[a.Outlet] = true
				added = append(added, a.Outlet)
			}
		}
	}
	if len(added) > 0 {
		idx.outlets = append(slices.Clone(idx.outlets), added...)
		sortStrings(idx.outlets)
	}
	s.index = idx
}

// analysisDone is called by the analyzer after each run.
func (s *Server) analysisDone(run analysisRun, took time.Duration, err error) {
	if err == nil {
		s.updateIndex(run)
	}
	s.mu.RLock()
	stories, articles := len(s.index.versions), len(s.index.storyOf)
	s.mu.RUnlock()
	s.metrics.addRun(took, stories, articles, run.Reconcile, err)
}

// storyOf returns the story an article was placed in by the last
// analysis, if any.
func (s *Server) storyOf(articleID string) (string, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	id, ok := s.index.storyOf[articleID]
	return id, ok
}

func (s *Server) outlets() []string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.index.outlets
}

// ListenAndServe serves on addr until ctx ends, then shuts down
// gracefully. ready, when not nil, is called with the bound address.
func (s *Server) ListenAndServe(ctx context.Context, addr string, ready func(net.Addr)) error {
	if err := CheckAddr(addr, s.sessions.token); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", addr, err)
	}
	srv := s.httpServer()
	if ready != nil {
		ready(ln.Addr())
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	return nil
}

// bodyTimeout bounds how long a request's headers and body may take to
// arrive (a slow upload).
const bodyTimeout = 60 * time.Second

// httpServer returns the http.Server of ListenAndServe. Slowloris and
// stuck clients meet bounded header, body and idle times. net/http counts
// WriteTimeout from the end of the headers, so it covers receiving the
// body too: it is the body's time, plus the wait for analysis
// (WaitTimeout) of an upload or a ?wait=1 POST, plus time to render, so a
// slow upload during a busy analysis still gets its answer.
func (s *Server) httpServer() *http.Server {
	return &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       bodyTimeout,
		WriteTimeout:      bodyTimeout + s.wait + 30*time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

// CheckAddr refuses to serve without a token on an address other
// machines can reach: without a token anyone who can connect may write.
// Off loopback the token must be at least MinTokenLength characters
// other than white space; a token never has white space around it (the
// API could not present it).
func CheckAddr(addr, token string) error {
	if token != "" && strings.TrimSpace(token) != token {
		return fmt.Errorf("the token has white space around it: a bearer token cannot carry it")
	}
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("address %q: %w", addr, err)
	}
	if loopbackHost(host) {
		return nil
	}
	if token == "" {
		return fmt.Errorf("refusing to listen on %s without a token: set --token or CROSSWIRE_TOKEN, or listen on 127.0.0.1", addr)
	}
	if n := len(strings.Fields(token)); n != 1 || utf8.RuneCountInString(token) < MinTokenLength {
		return fmt.Errorf("refusing to listen on %s with a token of fewer than %d characters or with white space in it: make one with 'openssl rand -hex 16'", addr, MinTokenLength)
	}
	return nil
}

// MinTokenLength is the shortest token accepted off loopback.
const MinTokenLength = 16

// loopbackHost reports whether host names this machine only.
func loopbackHost(host string) bool {
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// subFS returns the embedded directory dir.
func subFS(dir string) fs.FS {
	f, err := fs.Sub(assets, dir)
	if err != nil {
		panic(err) // the directory is embedded at build time
	}
	return f
}
