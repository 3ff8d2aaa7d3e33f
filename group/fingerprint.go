package group

import (
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
	// Published is the publication time, zero when unknown.
	Published time.Time
	// Language is the article's language code, "" when unknown.
	Language string
	// Words is the number of tokens; CJK is the number of those that are
	// CJK characters.
	Words, CJK int
}

// NewFingerprint computes the fingerprint of an article.
func NewFingerprint(a *crosswire.Article) *Fingerprint {
	var s scratch
	return s.fingerprint(a)
}

func (s *scratch) fingerprint(a *crosswire.Article) *Fingerprint {
	// The headline's names and numbers are anchors too (it is the densest
	// part of a report); its words do not enter the shingles, so a copy
	// under another headline is still a copy. Title Case headline words
	// that the body uses in lower case are dropped by the anchor rules.
	var title []token
	if a.Title != "" {
		title = append(title, s.tokenize(a.Title)...)
		if len(title) > 0 {
			title[0].sentStart = true
		}
	}
	toks := s.tokenize(a.Text)
	f := &Fingerprint{ID: a.ID, Signature: sign(toks), Language: normLang(a.Language), Words: len(toks)}
	anchorToks := toks
	if len(title) > 0 {
		anchorToks = append(title, toks...)
	}
	f.Anchors = sortedAnchors(s.anchors(anchorToks, nil, &f.Quotes))
	f.Quotes = sortedAnchors(f.Quotes)
	for _, t := range toks {
		if t.cjk {
			f.CJK++
		}
	}
	if a.Published != nil {
		f.Published = *a.Published
	}
	return f
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
