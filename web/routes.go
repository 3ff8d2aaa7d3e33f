package web

import (
	"net"
	"net/http"
	"strings"
	"time"
)

// contentSecurityPolicy allows only this server's own scripts, styles and
// images: no inline script or style, no framing, forms post here only.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// routes builds the handler: the route table wrapped in the protections
// every response gets.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	handle := func(pattern string, h http.HandlerFunc) {
		route := pattern
		if _, path, ok := strings.Cut(pattern, " "); ok {
			route = path
		}
		mux.Handle(pattern, s.instrument(route, h))
	}
	// API. A method-less pattern next to each route answers other methods
	// with a JSON 405 instead of the mux's plain-text one.
	api := []struct {
		path    string
		methods map[string]http.HandlerFunc
	}{
		{"/api/articles", map[string]http.HandlerFunc{"POST": s.postArticles}},
		{"/api/articles/{id}", map[string]http.HandlerFunc{"GET": s.getArticle}},
		{"/api/stories", map[string]http.HandlerFunc{"GET": s.getStories}},
		{"/api/stories/{id}", map[string]http.HandlerFunc{"GET": s.getStory}},
		{"/api/stories/{id}/report", map[string]http.HandlerFunc{"GET": s.getStoryReport}},
		{"/api/openapi.json", map[string]http.HandlerFunc{"GET": s.getOpenAPI}},
		{"/healthz", map[string]http.HandlerFunc{"GET": s.getHealth}},
		{"/metrics", map[string]http.HandlerFunc{"GET": s.getMetrics}},
	}
	for _, r := range api {
		var allow []string
		for m, h := range r.methods {
			handle(m+" "+r.path, h)
			allow = append(allow, m)
			if m == "GET" {
				allow = append(allow, "HEAD")
			}
		}
		sortStrings(allow)
		handle(r.path, methodNotAllowed(strings.Join(allow, ", ")))
	}
	handle("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such API route: "+r.URL.Path)
	})

	// UI.
	handle("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		to := "/stories"
		if r.URL.RawQuery != "" {
			to += "?" + r.URL.RawQuery // a search linked to / keeps its filters
		}
		http.Redirect(w, r, to, http.StatusSeeOther)
	})
	handle("GET /stories", s.uiStories)
	handle("GET /stories/{id}", s.uiStory)
	handle("GET /add", s.uiAddForm)
	handle("POST /add", s.uiAdd)
	handle("GET /signin", s.uiSignInForm)
	handle("POST /signin", s.uiSignIn)
	handle("POST /signout", s.uiSignOut)
	handle("GET /static/", s.serveStatic)
	handle("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/static/favicon.svg", http.StatusMovedPermanently)
	})
	handle("/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			s.uiError(w, r, http.StatusMethodNotAllowed, "This page cannot be requested that way.")
			return
		}
		s.uiError(w, r, http.StatusNotFound, "There is no page at this address.")
	})

	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.deny(w, r, http.StatusForbidden, "cross-origin request refused")
	}))
	return s.forwarded(s.secure(cop.Handler(mux)))
}

// instrument records the latency of a route in the metrics.
func (s *Server) instrument(route string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t0 := time.Now()
		rec := &statusRecorder{ResponseWriter: w}
		h.ServeHTTP(rec, r)
		code := rec.code
		if code == 0 {
			code = http.StatusOK
		}
		s.metrics.observe(route, r.Method, code, time.Since(t0))
	})
}

// secure sets the security headers of every response and, when the server
// has no token, refuses requests for host names other than loopback ones:
// a page on another site cannot then reach a loopback server through DNS
// rebinding.
func (s *Server) secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		if s.sessions.token == "" {
			host := r.Host
			if hh, _, err := net.SplitHostPort(host); err == nil {
				host = hh
			}
			if !loopbackHost(host) {
				s.deny(w, r, http.StatusMisdirectedRequest, "this server answers loopback host names only (start it with --token to serve others)")
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// deny answers an API path with a JSON error and a page with an HTML one.
func (s *Server) deny(w http.ResponseWriter, r *http.Request, code int, msg string) {
	if isAPI(r) {
		writeError(w, code, msg)
		return
	}
	s.uiError(w, r, code, msg)
}

func isAPI(r *http.Request) bool {
	p := r.URL.Path
	return strings.HasPrefix(p, "/api/") || p == "/healthz" || p == "/metrics"
}

func methodNotAllowed(allow string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", allow)
		writeError(w, http.StatusMethodNotAllowed, "method "+r.Method+" not allowed (allowed: "+allow+")")
	}
}
