package web

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// sessionCookie names the UI's session cookie.
const sessionCookie = "crosswire_session"

// sessionTTL is how long a UI session lasts.
const sessionTTL = 12 * time.Hour

// session is a UI visitor. Every visitor gets one (it carries the CSRF
// token of the forms); SignedIn is set after a sign-in with the server's
// token.
type session struct {
	ID       string
	SignedIn bool
	Expires  time.Time
}

// sessions issues and checks session cookies. A cookie holds
// id|signed-in|expiry and an HMAC-SHA256 of those under a key made at
// start-up, so a restart signs everyone out. The server keeps the ids of
// sessions ended by sign-out until they would have expired: a copied
// cookie stops working when its owner signs out. The CSRF token of a
// session is another HMAC of its id (the "HMAC-based synchronizer token"
// of the OWASP CSRF cheat sheet).
type sessions struct {
	key   []byte
	token string
	// secure marks cookies Secure even on plain HTTP (behind a proxy that
	// ends TLS).
	secure bool
	now    func() time.Time

	mu      sync.Mutex
	revoked map[string]time.Time // ended session id → its expiry
}

func newSessions(token string, secure bool) (*sessions, error) {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	return &sessions{key: key, token: token, secure: secure, now: time.Now, revoked: map[string]time.Time{}}, nil
}

// secureCookie reports whether r's cookies get the Secure attribute.
// A request a trusted proxy received over HTTPS counts as TLS.
func (s *sessions) secureCookie(r *http.Request) bool {
	return s.secure || r.TLS != nil || forwardedHTTPS(r)
}

// revoke ends a session server-side, forgetting sessions that expired.
func (s *sessions) revoke(sess session) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	for id, exp := range s.revoked {
		if now.After(exp) {
			delete(s.revoked, id)
		}
	}
	s.revoked[sess.ID] = sess.Expires
}

// isRevoked reports whether the session id was ended by a sign-out.
func (s *sessions) isRevoked(id string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.revoked[id]
	return ok
}

func (s *sessions) sign(parts ...string) string {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(strings.Join(parts, "|")))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// read returns the request's valid session, if any.
func (s *sessions) read(r *http.Request) (session, bool) {
	c, err := r.Cookie(sessionCookie)
	if err != nil {
		return session{}, false
	}
	p := strings.Split(c.Value, ".")
	if len(p) != 4 {
		return session{}, false
	}
	if !hmac.Equal([]byte(p[3]), []byte(s.sign("session", p[0], p[1], p[2]))) {
		return session{}, false
	}
	exp, err := strconv.ParseInt(p[2], 10, 64)
	if err != nil || s.now().Unix() > exp || s.isRevoked(p[0]) {
		return session{}, false
	}
	return session{ID: p[0], SignedIn: p[1] == "1", Expires: time.Unix(exp, 0)}, true
}

// start returns the request's session, issuing a new anonymous one when
// it has none.
func (s *sessions) start(w http.ResponseWriter, r *http.Request) (session, error) {
	if sess, ok := s.read(r); ok {
		return sess, nil
	}
	return s.issue(w, r, false)
}

// issue sets a cookie for a fresh session (a new id, so signing in never
// keeps an id an attacker could have planted).
func (s *sessions) issue(w http.ResponseWriter, r *http.Request, signedIn bool) (session, error) {
	id := make([]byte, 18)
	if _, err := rand.Read(id); err != nil {
		return session{}, err
	}
	sess := session{ID: base64.RawURLEncoding.EncodeToString(id), SignedIn: signedIn, Expires: s.now().Add(sessionTTL)}
	flag := "0"
	if signedIn {
		flag = "1"
	}
	exp := strconv.FormatInt(sess.Expires.Unix(), 10)
	http.SetCookie(w, &http.Cookie{
		Name:     sessionCookie,
		Value:    strings.Join([]string{sess.ID, flag, exp, s.sign("session", sess.ID, flag, exp)}, "."),
		Path:     "/",
		MaxAge:   int(sessionTTL.Seconds()),
		HttpOnly: true,
		Secure:   s.secureCookie(r),
		SameSite: http.SameSiteStrictMode,
	})
	return sess, nil
}

// end revokes the session and clears its cookie.
func (s *sessions) end(w http.ResponseWriter, r *http.Request, sess session) {
	s.revoke(sess)
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, Secure: s.secureCookie(r), SameSite: http.SameSiteStrictMode})
}

// csrf is the CSRF token the forms of a session carry.
func (s *sessions) csrf(sess session) string {
	return s.sign("csrf", sess.ID)
}

// checkCSRF reports whether the form value matches the session's token.
func (s *sessions) checkCSRF(sess session, value string) bool {
	return sess.ID != "" && hmac.Equal([]byte(value), []byte(s.csrf(sess)))
}

// canWrite reports whether the session may add reports: always when the
// server has no token (it then listens on loopback only), else after
// sign-in.
func (s *sessions) canWrite(sess session) bool {
	return s.token == "" || sess.SignedIn
}

// tokenOK compares a presented token with the server's in constant time.
func (s *sessions) tokenOK(presented string) bool {
	if s.token == "" {
		return false
	}
	a := sha256.Sum256([]byte(presented))
	b := sha256.Sum256([]byte(s.token))
	return subtle.ConstantTimeCompare(a[:], b[:]) == 1
}

// bearerOK reports whether an API request may write: always without a
// token, else with "Authorization: Bearer TOKEN".
func (s *sessions) bearerOK(r *http.Request) bool {
	if s.token == "" {
		return true
	}
	h := r.Header.Get("Authorization")
	scheme, cred, ok := strings.Cut(h, " ")
	return ok && strings.EqualFold(scheme, "Bearer") && s.tokenOK(strings.TrimSpace(cred))
}
