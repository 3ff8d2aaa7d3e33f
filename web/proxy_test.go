package web

import (
	"net/http"
	"net/http/httptest"
	"net/netip"
	"testing"
)

// TestForwardedClient: X-Forwarded-For is read from the right, trusted
// proxies skipped; a forged entry left of the client changes nothing.
func TestForwardedClient(t *testing.T) {
	proxies, err := ParseTrustedProxies([]string{"10.0.0.0/8", "192.0.2.7"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		xff  []string
		want string // "" when none
	}{
		{"one proxy", []string{"203.0.113.9"}, "203.0.113.9"},
		{"two trusted hops", []string{"203.0.113.9, 10.1.1.1", "192.0.2.7"}, "203.0.113.9"},
		{"forged entry left of the client", []string{"127.0.0.1, 203.0.113.9, 10.1.1.1"}, "203.0.113.9"},
		{"all hops trusted", []string{"10.2.2.2, 10.1.1.1"}, "10.2.2.2"},
		{"garbled entry stops the walk", []string{"203.0.113.9, not-an-ip, 10.1.1.1"}, "10.1.1.1"},
		{"IPv6 client", []string{"2001:db8::1"}, "2001:db8::1"},
		{"no header", nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := http.Header{}
			for _, v := range tc.xff {
				h.Add("X-Forwarded-For", v)
			}
			got, ok := forwardedClient(proxies, h)
			if tc.want == "" {
				if ok {
					t.Errorf("client %s, want none", got)
				}
				return
			}
			if !ok || got != netip.MustParseAddr(tc.want) {
				t.Errorf("client %s (%v), want %s", got, ok, tc.want)
			}
		})
	}
}

// TestTrustedProxy: the client address and the HTTPS of a request are
// taken from the forwarding headers only when the peer is a listed proxy.
func TestTrustedProxy(t *testing.T) {
	tests := []struct {
		name, peer string
		wantAddr   string
		wantHTTPS  bool
	}{
		{"from a listed proxy", "10.0.0.5:4000", "203.0.113.9:0", true},
		{"from anyone else", "198.51.100.4:4000", "198.51.100.4:4000", false},
	}
	proxies, err := ParseTrustedProxies([]string{"10.0.0.0/8"})
	if err != nil {
		t.Fatal(err)
	}
	s := &Server{trustedProxies: proxies}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var addr string
			var https bool
			h := s.forwarded(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				addr, https = r.RemoteAddr, forwardedHTTPS(r)
			}))
			r := httptest.NewRequest("GET", "/", nil)
			r.RemoteAddr = tc.peer
			r.Header.Set("X-Forwarded-For", "203.0.113.9")
			r.Header.Set("X-Forwarded-Proto", "https")
			h.ServeHTTP(httptest.NewRecorder(), r)
			if addr != tc.wantAddr || https != tc.wantHTTPS {
				t.Errorf("RemoteAddr %s, HTTPS %v; want %s, %v", addr, https, tc.wantAddr, tc.wantHTTPS)
			}
		})
	}
}

// TestParseTrustedProxies: addresses, networks and comma lists parse;
// anything else is an error.
func TestParseTrustedProxies(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		n    int
		bad  bool
	}{
		{"address and network", []string{"10.0.0.5", "fd00::/8"}, 2, false},
		{"comma list", []string{"10.0.0.5, 192.0.2.0/24"}, 2, false},
		{"host name", []string{"proxy.internal"}, 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseTrustedProxies(tc.in)
			if (err != nil) != tc.bad || len(got) != tc.n {
				t.Errorf("got %v, %v; want %d prefixes, error %v", got, err, tc.n, tc.bad)
			}
		})
	}
}
