package web

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// A server behind a reverse proxy sees the proxy as its peer. The proxy
// says who the client is in X-Forwarded-For and whether the client spoke
// HTTPS in X-Forwarded-Proto, but any client can send those headers too,
// so they are honoured only on a connection from a listed proxy
// (Options.TrustedProxies, `serve --trusted-proxy`), the way Go's
// httputil.ReverseProxy, nginx's real_ip module and most frameworks do.
// X-Forwarded-For is read from the right: each trusted proxy appended the
// address it received from, so the first address from the right that is
// not a trusted proxy is the client (a client may forge entries to the
// left of it, never to the right).

// forwardedKey marks a request a trusted proxy received over HTTPS.
type forwardedKey struct{}

// ParseTrustedProxies parses proxy addresses or networks ("10.0.0.5",
// "10.0.0.0/8", "fd00::/8") for Options.TrustedProxies.
func ParseTrustedProxies(list []string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, s := range list {
		for _, f := range strings.Split(s, ",") {
			f = strings.TrimSpace(f)
			if f == "" {
				continue
			}
			if p, err := netip.ParsePrefix(f); err == nil {
				out = append(out, p.Masked())
				continue
			}
			a, err := netip.ParseAddr(f)
			if err != nil {
				return nil, fmt.Errorf("trusted proxy %q: not an IP address or CIDR network", f)
			}
			out = append(out, netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()))
		}
	}
	return out, nil
}

// trusted reports whether a is one of the listed proxies.
func trusted(proxies []netip.Prefix, a netip.Addr) bool {
	a = a.Unmap()
	for _, p := range proxies {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// forwardedClient returns the client address of a request whose peer is
// a trusted proxy, from its X-Forwarded-For headers: the first address
// from the right that is not a trusted proxy (the leftmost when all are);
// false when the headers name no valid address.
func forwardedClient(proxies []netip.Prefix, h http.Header) (netip.Addr, bool) {
	var hops []string
	for _, v := range h.Values("X-Forwarded-For") {
		hops = append(hops, strings.Split(v, ",")...)
	}
	var last netip.Addr
	for i := len(hops) - 1; i >= 0; i-- {
		a, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
		if err != nil {
			break // a forged or garbled entry: trust nothing left of it
		}
		last = a.Unmap()
		if !trusted(proxies, a) {
			return last, true
		}
	}
	return last, last.IsValid()
}

// forwardedProto returns the scheme the last trusted proxy received the
// request over (the last X-Forwarded-Proto value), lower-case.
func forwardedProto(h http.Header) string {
	vs := h.Values("X-Forwarded-Proto")
	if len(vs) == 0 {
		return ""
	}
	parts := strings.Split(vs[len(vs)-1], ",")
	return strings.ToLower(strings.TrimSpace(parts[len(parts)-1]))
}

// forwarded rewrites a request that came through a trusted proxy: its
// RemoteAddr becomes the client's (what logs and any per-client limit
// read), and a request the proxy received over HTTPS is marked so that
// its session cookie is Secure. From any other peer the headers are
// ignored.
func (s *Server) forwarded(next http.Handler) http.Handler {
	if len(s.trustedProxies) == 0 {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, _, err := net.SplitHostPort(r.RemoteAddr)
		if err != nil {
			host = r.RemoteAddr
		}
		peer, err := netip.ParseAddr(host)
		if err != nil || !trusted(s.trustedProxies, peer) {
			next.ServeHTTP(w, r)
			return
		}
		r2 := r
		if c, ok := forwardedClient(s.trustedProxies, r.Header); ok {
			r2 = r.Clone(r.Context())
			r2.RemoteAddr = net.JoinHostPort(c.String(), "0")
		}
		if forwardedProto(r.Header) == "https" {
			r2 = r2.WithContext(context.WithValue(r2.Context(), forwardedKey{}, true))
		}
		next.ServeHTTP(w, r2)
	})
}

// forwardedHTTPS reports whether a trusted proxy received r over HTTPS.
func forwardedHTTPS(r *http.Request) bool {
	v, _ := r.Context().Value(forwardedKey{}).(bool)
	return v
}
