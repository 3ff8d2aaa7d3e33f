package group

import (
	"github.com/cespare/xxhash/v2"
	"strings"
	"sync"
	"time"

	"crosswire"
)

// Fingerprint is what grouping keeps of one article: its MinHash signature,
// its anchors and the metadata that decides roles. It is computed once per
// article, in one pass over the text, and needs nothing from other
// articles, so fingerprints can be computed in parallel and stored.
type Fingerprint struct {
	ID string
	// Signature is the MinHash signature of the article's 5-word (or
	// 5-character, for CJK) shingles.
	Signature Signature
	// Anchors are the 32-bit fingerprints of the article's names, numbers,
	// dates and quotations, sorted and deduplicated.
	Anchors []uint32
	// Quotes are the fingerprints of its quotations of four words or
	// more (also among Anchors), sorted.
	Quotes []uint32
	// Outlet identifies the publishing outlet (a hash of its name, case
	// and surrounding space ignored), 0 when unknown.
	Outlet uint32
	// Published is the publication time, zero when unknown.
	Published time.Time
	// Language is the article's language code, "" when unknown.
	Language string
	// Words is the number of tokens; CJK is the number of those that are
	// CJK characters.
	Words, CJK int
	// Wire is what grouping reads of the article's wire header when it is
	// a take of agency wire copy with a slug (see WireTake), else nil.
	Wire *WireTake
	// runs are the hashes of the body's narrative runs (runs.go; sorted for a
	// short text); not stored by MarshalBinary, as lead
	runs []uint32
	// lead is the day the article's lead names and the lead's anchors
	// (eventday.go); not stored by MarshalBinary: a decoded fingerprint
	// has none, and the day rule does not apply to it
	lead lead
}

// NewFingerprint computes the fingerprint of an article. It is safe for
// concurrent use: each call borrows its working memory from a pool.
func NewFingerprint(a *crosswire.Article) *Fingerprint {
	s := scratchPool.Get().(*scratch)
	f := s.fingerprint(a)
	if s.small() {
		scratchPool.Put(s)
	}
	return f
}

// scratchPool holds the scratch memory of NewFingerprint between calls.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooledTokens bounds the token buffer of a pooled scratch, so one huge
// article does not keep megabytes in the pool.
const maxPooledTokens = 1 << 15

// small reports whether s is small enough to keep in scratchPool.
func (s *scratch) small() bool {
	return cap(s.tokens) <= maxPooledTokens && len(s.words.table) <= 4*maxPooledTokens
}

// articleTokens tokenizes the headline and then the body into s.tokens
// and returns them with the number of headline tokens.
func (s *scratch) articleTokens(a *crosswire.Article) ([]token, int) {
	toks := s.tokens[:0]
	if a.Title != "" {
		toks = s.appendTokens(toks, a.Title)
		if len(toks) > 0 {
			toks[0].sentStart = true
		}
	}
	nTitle := len(toks)
	toks = s.appendTokens(toks, a.Text)
	s.tokens = toks
	return toks, nTitle
}

func (s *scratch) fingerprint(a *crosswire.Article) *Fingerprint {
	// The headline's names and numbers are anchors too (it is the densest
	// part of a report); its words do not enter the shingles, so a copy
	// under another headline is still a copy. Title Case headline words
	// that the body uses in lower case are dropped by the anchor rules.
	// The headline's tokens come first in one slice, the body's after.
	toks, nTitle := s.articleTokens(a)
	body := toks[nTitle:]

	f := &Fingerprint{ID: a.ID, Language: normLang(a.Language), Words: len(body), Outlet: outletKey(a.Outlet)}
	signInto(&f.Signature, body)
	for i := range body {
		if body[i].cjk {
			f.CJK++
		}
	}
	s.leadEnd, s.nTitle, s.shouted = nTitle+LeadTokens, nTitle, shoutedTitle(a.Title)
	s.names = s.startNameSource(nTitle)
	s.anchors, s.quotes = s.extractAnchors(toks, s.anchors[:0], s.quotes[:0])
	s.lead = append(s.lead[:0], s.anchors[:s.leadCut]...)
	leadAnchors := sortedAnchors(s.lead)
	anchors, quotes := sortedAnchors(s.anchors), sortedAnchors(s.quotes)
	s.runBuf = s.runs(body, s.runBuf[:0])
	if n := len(anchors) + len(quotes) + len(leadAnchors) + len(s.runBuf); n > 0 {
		// one allocation for the four lists, each nil when empty
		all := make([]uint32, n)
		if len(anchors) > 0 {
			f.Anchors = all[:len(anchors):len(anchors)]
			copy(f.Anchors, anchors)
		}
		if len(quotes) > 0 {
			f.Quotes = all[len(anchors) : len(anchors)+len(quotes) : len(anchors)+len(quotes)]
			copy(f.Quotes, quotes)
		}
		k := len(anchors) + len(quotes)
		if len(leadAnchors) > 0 {
			f.lead.anchors = all[k : k+len(leadAnchors) : k+len(leadAnchors)]
			copy(f.lead.anchors, leadAnchors)
		}
		if k += len(leadAnchors); len(s.runBuf) > 0 {
			f.runs = all[k:]
			copy(f.runs, s.runBuf)
		}
	}
	// the given time, or the day the URL names where the two disagree
	// by more than the time zones allow (pubday.go)
	f.Published = publishedTime(a)
	f.lead.day = newLeadDay(toks, nTitle, s.dates, f.Published)
	f.lead.dates = textDates(s.dates)
	f.lead.historic = leadDateHistoric(toks, nTitle, s.dates)
	f.lead.months = leadMonths(toks, nTitle)
	f.lead.ahead, f.lead.leadAhead = s.aheadDays(toks, f.Published)
	f.lead.codes = appendCodes(appendCodes(nil, a.Title), a.Text)
	f.lead.names = leadNameLinks(toks, s.leadEnd, f.lead.anchors)
	f.Wire = newWireTake(a, f.Outlet)
	return f
}

// outletKey is Fingerprint.Outlet of an outlet name.
func outletKey(name string) uint32 {
	name = strings.ToLower(strings.TrimSpace(name))
	if name == "" {
		return 0
	}
	return uint32(xxhash.Sum64String(name)) | 1
}

func normLang(l string) string {
	switch l {
	case "", "und", "unknown", "xx":
		return ""
	}
	if len(l) > 2 && (l[2] == '-' || l[2] == '_') {
		l = l[:2]
	}
	return l
}
