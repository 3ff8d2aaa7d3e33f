package crosscheck

import (
	"strings"

	"crosswire"
	"crosswire/text"
)

// Misquotes (session 20). A quotation claims the speaker's own words: two
// versions giving one speaker's quotation word for word but for one
// content word put, in one of them at least, a word in the speaker's
// mouth. Such a pair is read as a misquote (MEDIUM) rather than a
// rewording (LOW) when the words around the change match on both sides
// (two words or a content word each side, misquoteMatched in all) — a paraphrase changes
// several words or their order, a cut changes none — and the two words
// are not one word written two ways: a spelling of two house styles, a
// typing slip (text.NearMiss), a form of one stem, one word cut from the
// other, a figure in digits, a contraction's piece or a function word.

// misquoteMatched is the fewest matching words of the two wordings'
// overlap: a sentence's worth, so the two are one quotation.
const misquoteMatched = 6

// misquotedWord reports the one content word that differs between two
// wordings of a quotation whose overlap is otherwise the same words in
// the same order (either may be cut at either end), and whether there is
// exactly one such word.
func misquotedWord(a, b string) (from, to string, ok bool) {
	wa, wb := text.Words(a), text.Words(b)
	if len(wa) < misquoteMatched+1 || len(wb) < misquoteMatched+1 {
		return "", "", false
	}
	// Every offset of b against a; the one with the most matching words
	// is the alignment (a substitution keeps the words' places).
	best, bestShift := -1, 0
	for shift := -(len(wb) - 1); shift < len(wa); shift++ {
		n := 0
		for i := max(0, shift); i < len(wa) && i-shift < len(wb); i++ {
			if wa[i] == wb[i-shift] {
				n++
			}
		}
		if n > best {
			best, bestShift = n, shift
		}
	}
	lo, hi := max(0, bestShift), min(len(wa), len(wb)+bestShift)
	// The overlap is trimmed to its matching ends: a quotation cut inside
	// a word group is still a cut.
	for lo < hi && wa[lo] != wb[lo-bestShift] {
		lo++
	}
	for hi > lo && wa[hi-1] != wb[hi-1-bestShift] {
		hi--
	}
	diff := -1
	for i := lo; i < hi; i++ {
		if wa[i] == wb[i-bestShift] {
			continue
		}
		if diff >= 0 {
			return "", "", false
		}
		diff = i
	}
	// The change is enclosed: two words, or a content word, match on each
	// side of it, so the two wordings run on together past it. One
	// function word matches by chance where two rewordings part at a cut.
	if diff < 0 || hi-lo-1 < misquoteMatched || !enclosing(wa[lo:diff]) || !enclosing(wa[diff+1:hi]) {
		return "", "", false
	}
	from, to = wa[diff], wb[diff-bestShift]
	if !wordChanged(from, to) {
		return "", "", false
	}
	return from, to, true
}

// enclosing reports whether the matching words ws on one side of a
// changed word tie the two wordings there: two words, or one content word.
func enclosing(ws []string) bool {
	if len(ws) >= 2 {
		return true
	}
	for _, w := range ws {
		if !text.StopWord(w) && !isNumeric(w) {
			return true
		}
	}
	return false
}

// wordChanged reports whether two words in one place of a quotation are
// two words, not one written two ways.
func wordChanged(a, b string) bool {
	for _, w := range []string{a, b} {
		if len(w) < 3 || text.StopWord(w) || isNumeric(w) {
			return false
		}
	}
	if stem(a) == stem(b) || strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return false
	}
	if usSpelling(a) == usSpelling(b) || text.NearMiss(a, b) || text.NearMiss(b, a) {
		return false
	}
	return true
}

// viaTranslation reports whether an article is a translation or derives,
// through any chain, from one: its wording of a quotation is the
// translator's.
func (w *work) viaTranslation(a *crosswire.Article) bool {
	seen := map[string]bool{}
	for a != nil && !seen[a.ID] {
		if a.Role == crosswire.RoleTranslation {
			return true
		}
		seen[a.ID] = true
		if a.DerivedFrom == nil {
			return false
		}
		a = w.arts[*a.DerivedFrom]
	}
	return false
}

// misquoted reports whether two quotation mentions are one speaker's
// words told by two versions with one content word changed: both direct
// speech, one speaker (oneSpeaker), neither version a translation's.
func (w *work) misquoted(a, b *mention, keys map[*mention]string) bool {
	if a.fact.Quote.Reported || b.fact.Quote.Reported || a.version == b.version || !oneSpeaker(keys[a], keys[b]) {
		return false
	}
	if w.viaTranslation(a.art) || w.viaTranslation(b.art) {
		return false
	}
	_, _, ok := misquotedWord(a.fact.Quote.Said, b.fact.Quote.Said)
	return ok
}

// oneSpeaker reports whether two quotations' speaker keys (speakerKey)
// may be one speaker: the same key, or one of them no resolved name — a
// title alone ("the spokesperson" of one version, the body's name in
// another) — but not two different people or bodies, nor two quotations
// attributed to no one.
func oneSpeaker(ka, kb string) bool {
	if ka == kb {
		return ka != ""
	}
	return entityKey(ka) < 0 || entityKey(kb) < 0
}
