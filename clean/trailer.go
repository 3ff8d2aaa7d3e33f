package clean

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"crosswire"
)

// agencyTagEnd matches an agency tag closing the last paragraph, after the
// final sentence: "… in the autumn. /NORPRESS", "… on Monday. (Norpress)",
// "… on Monday. — Norpress", "… on Monday. © 2020 NPX". Group 1 is the tag.
var agencyTagEnd = regexp.MustCompile(`[.!?…"”’]\s*(/\s?\p{Lu}[\p{Lu}\d&-]{1,19}|\(\p{Lu}[\p{L}&.'’-]*(?:\s\p{Lu}[\p{L}&.'’-]*){0,2}\)|[—–]\s*\p{Lu}[\p{L}&.'’-]*(?:\s\p{Lu}[\p{L}&.'’-]*){0,2}|©\s*(?:\d{4}\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s\p{Lu}[\p{L}&.'’-]*){0,2})$`)

// agencyTagParagraph matches a last paragraph that is only an agency tag or
// a copyright line: "/NORPRESS", "(Norpress)", "— Norpress", "NORPRESS",
// "© 2024 Norpress", and the agencies' longer notice ("Copyright 2024
// Norpress. All rights reserved. This material may not be published …",
// "© NPX. Tous droits réservés."), and the desk's signature of initials
// closing agency copy ("ad/tl", "bur-ad/tl").
var agencyTagParagraph = regexp.MustCompile(`^(?:/\s?\p{Lu}[\p{Lu}\d&-]{1,19}|\(\p{Lu}[\p{L}&.'’-]*(?:\s\p{Lu}[\p{L}&.'’-]*){0,2}\)|[—–-]{1,2}\s*\p{Lu}[\p{L}&.'’-]*(?:\s\p{Lu}[\p{L}&.'’-]*){0,2}|\p{Lu}{2,20}|(?:©|\((?i:c)\)|(?i:copyright))\s*[\p{L}\d ,.&'’-]{1,60}` +
	`|(?:©|\((?i:c)\)|(?i:copyright))[^©]{0,80}?(?i:all\s+rights\s+reserved|tous\s+droits\s+réservés|alle\s+rechte\s+vorbehalten)\b.{0,160}` +
	`|\p{Ll}{2,5}(?:-\p{Ll}{2,5})*(?:/\p{Ll}{2,5}(?:-\p{Ll}{2,5})*){1,4})$`)

// spamSignal matches what promotional and call-to-action lines are made of:
// links, "follow us", "subscribe", app and newsletter pushes, crypto,
// casino and betting promotions.
var spamSignal = regexp.MustCompile(`(?i)https?://|\bwww\.|\bt\.me/|\b[\w-]+\.(?:com|net|org|io|ly|me|info|biz|xyz|example)\b` +
	`|\b(?:follow|like)\s+us\b|\bsubscribe\b|\bsign\s+up\b|\bnewsletters?\b|\bclick\s+here\b|\bdownload\s+(?:our|the)\s+app\b|\bjoin\s+(?:us|our)\b` +
	`|\bcrypto\b|\bbitcoin\b|\bforex\b|\bcasinos?\b|\bfree\s+spins?\b|\bbonus\b|\bbetting\b|\bpromo\s+code\b|\bgiveaway\b|\bsponsored\b`)

// bioShape matches the opening of an author bio: a name of two to four
// capitalised words and a verb that describes a person ("Jane Doe is a
// correspondent …", "Ola Berg writes about …"), an "About the author"
// label, or a wire credit line ("Reporting by …; Editing by …").
var bioShape = regexp.MustCompile(`^(?:(?:\p{Lu}[\p{L}'’.-]+\s){1,3}\p{Lu}[\p{L}'’-]+\s(?:is|was|has\s+been|writes|covers|reports|lives|joined|teaches|works)\b` +
	`|(?i:about\s+the\s+authors?)\b` +
	`|[(\[]{0,2}(?i:(?:additional\s+)?reporting|writing|editing|compiled|written)\s+by\b)`)

// Limits on the length of a trailing bio or spam paragraph: longer text is
// more likely to be reporting.
const (
	maxBioWords  = 60
	maxSpamWords = 60
)

// maxTrailerParagraphs bounds the run of trailing paragraphs read for
// trailers: furniture closes an article in a few lines.
const maxTrailerParagraphs = 8

// stripTrailer removes trailing spam, author bios and agency tags, and
// records them. Candidate paragraphs are found by shape at the end of the
// body; a bio or spam candidate is removed only when it shares no content
// word or number with the body before the candidates, so a closing sentence
// that carries a fact of the article stays.
func (c *Cleaner) stripTrailer(paras []string, removed *[]crosswire.Removal) []string {
	// k is the first paragraph of the run of trailing candidates.
	shapes := make([]string, len(paras))
	for i, p := range paras {
		if i > 0 && i >= len(paras)-maxTrailerParagraphs {
			shapes[i] = c.trailerShape(p)
		}
	}
	// byName marks an author's name on its own line beside a bio (before
	// or after it): the bio's byline, which goes with it
	byName := func(i int) bool {
		return shapes[i] == "" && bylineName(paras[i]) &&
			(i+1 < len(paras) && shapes[i+1] == crosswire.ReasonBio || i > 0 && shapes[i-1] == crosswire.ReasonBio)
	}
	k := len(paras)
	for k > 1 && (shapes[k-1] != "" || byName(k-1)) {
		k--
	}
	out := append([]string(nil), paras[:k]...)
	var body map[string]bool
	if k < len(paras) {
		body = c.vocab.contentWords(strings.Join(paras[:k], " "))
	}
	// a bio kept (it shares a word with the story) keeps its byline
	kept := make([]bool, len(paras))
	for i := k; i < len(paras); i++ {
		if shapes[i] != crosswire.ReasonAgencyTag && shapes[i] != "" && c.vocab.sharesContent(paras[i], body) {
			kept[i] = true
		}
	}
	for i := k; i < len(paras); i++ {
		p, reason := paras[i], shapes[i]
		if reason == "" {
			// a byline: removed with its bio, kept with it
			reason = crosswire.ReasonBio
			kept[i] = c.vocab.sharesContent(p, body) ||
				(i+1 >= len(paras) || shapes[i+1] != crosswire.ReasonBio || kept[i+1]) &&
					(i == 0 || shapes[i-1] != crosswire.ReasonBio || kept[i-1])
		}
		if kept[i] {
			out = append(out, p)
			continue
		}
		*removed = append(*removed, crosswire.Removal{Text: p, Reason: reason})
	}
	// A quoted bio run on after the last sentence (an author box pasted
	// as one line with the story's end): cut when it shares nothing
	// with the story
	if n := len(out); n > 0 {
		if start, ok := inlineBio(out[n-1]); ok {
			rest := strings.Join(append(slices.Clone(out[:n-1]), out[n-1][:start]), " ")
			if !c.vocab.sharesContent(out[n-1][start:], c.vocab.contentWords(rest)) {
				*removed = append(*removed, crosswire.Removal{Text: out[n-1][start:], Reason: crosswire.ReasonBio})
				out[n-1] = strings.TrimSpace(out[n-1][:start])
			}
		}
	}
	// An agency tag ends the reporting: look for it on the last paragraph
	// of the body, and on the last paragraph left if a candidate was kept.
	for _, i := range []int{k - 1, len(out) - 1} {
		if i < 0 || i >= len(out) {
			continue
		}
		if start, end, ok := agencyTagAtEnd(out[i]); ok {
			*removed = append(*removed, crosswire.Removal{Text: out[i][start:end], Reason: crosswire.ReasonAgencyTag})
			out[i] = strings.TrimSpace(out[i][:start])
			break
		}
	}
	return out
}

// maxAgencyTagBytes bounds the tail of a paragraph searched for an agency
// tag: the pattern is anchored at the end, and scanning only the tail keeps
// the cost independent of the paragraph's length.
const maxAgencyTagBytes = 96

// agencyTagAtEnd returns the byte range of an agency tag ending p.
func agencyTagAtEnd(p string) (start, end int, ok bool) {
	off := 0
	if len(p) > maxAgencyTagBytes {
		off = len(p) - maxAgencyTagBytes
		for off < len(p) && !utf8.RuneStart(p[off]) {
			off++
		}
	}
	m := agencyTagEnd.FindStringSubmatchIndex(p[off:])
	if m == nil {
		return 0, 0, false
	}
	return off + m[2], off + m[3], true
}

// trailerShape says which kind of trailer p looks like ("" for none).
func (c *Cleaner) trailerShape(p string) string {
	switch {
	case agencyTagParagraph.MatchString(p):
		return crosswire.ReasonAgencyTag
	case wordCount(p) <= maxSpamWords && spamSignal.MatchString(p):
		return crosswire.ReasonSpam
	case wordCount(p) <= maxBioWords && (bioShape.MatchString(p) || selfDescription(p)):
		return crosswire.ReasonBio
	}
	return ""
}

// inlineBioStart matches where a bio run on after a paragraph's last
// sentence begins: sentence-final punctuation (and a closing quote), then
// the author's name or nothing, then an opening quotation mark. Group 1
// starts the bio.
var inlineBioStart = regexp.MustCompile(`[.!?…]["”’]?\s+((?:\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3}\s*[:—–-]?\s*)?[“"«])`)

// inlineBio returns where a quoted list of self-descriptions ending p
// begins, after p's last sentence: the quotation closes p, and what it
// holds is a bio by selfDescription. A closing quotation of someone the
// story quotes is a sentence ("We are thrilled."), not such a list.
func inlineBio(p string) (int, bool) {
	if !strings.HasSuffix(p, "”") && !strings.HasSuffix(p, "\"") && !strings.HasSuffix(p, "»") {
		return 0, false
	}
	ms := inlineBioStart.FindAllStringSubmatchIndex(p, -1)
	if len(ms) == 0 {
		return 0, false
	}
	start := ms[len(ms)-1][2]
	if start == 0 || wordCount(p[start:]) > maxBioWords || !selfDescription(p[start:]) {
		return 0, false
	}
	return start, true
}
