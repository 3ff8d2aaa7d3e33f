package group

import "github.com/cespare/xxhash/v2"

// The month a lead names (issue 14, session 17: undated event coverage).
// Without publication times, two reports of one kind of news about one
// subject — a vendor's monthly patch bundles, a firm's quarterly advisory,
// a celebrity's two stays in a clinic — share the subject's names, its
// product names and the news's words at the cosine of two reports of one
// event, and a lead's full date ("on 21 February"), which leaddate.go
// reads, is rarer in such news than its month alone ("Veltro's October
// bundle", "the firm's July advisory": fictional). A lead names the month of its news; reports of one event name
// one month, or two neighbouring ones (an attack late in one month
// reported early in the next). Two months two or more apart round the
// calendar hold no two days within maxLeadDays of each other (a month has
// at least 28 days, twice maxLeadDays), so leads whose months are all that
// far apart tell two occasions as surely as two lead dates that far apart
// do, and the same gates apply: verify's, for a pair without a
// publication time on one side; the story cores' (storyDates.apart, a
// story's members' months together); and the pairwise pass's, where an
// anchor edge, not both dated, may not join two stories (Index.bridges:
// the months of a story's members are kept at its root, so an edge from a
// member whose lead names no month does not join its story to one whose
// months are apart).
//
// What counts as a lead's month: a capitalised full English month name
// among the first LeadTokens words of the body (the headline is left out:
// a title-case headline capitalises every word), not followed by a year
// (a month written with its year is recalled from before — "the September
// 2017 attack" — as a date with its year is, newsDate), and not after a
// preposition of time unless a day's number stands beside it ("first
// reported in February", "since March", "between September and December":
// a stretch the text recalls or spans, not its news's month; "on July 18"
// is a date). "May" and "March" are also a verb and a noun, so they count
// only beside a day's number ("May 5", "5 March"); abbreviations ("Mar",
// "Dec") are read only in dates (leaddate.go) — "Mac" is a computer, "Jan"
// a name. No threshold beyond the calendar's: two months apart or not.
//
// Measured (group/NOTEBOOK.md, session 17): CASIE undated one run 0.7928 →
// 0.7950, inside the whole file 0.7035 → 0.7100, one affair's merges 25 →
// 24 (a firm's July and October advisories), and 23 with the edges
// between stories (a PDF vendor's October and December bundles); the
// reprint set without times 0.9394 → 0.9395; the lead months of four
// pairs of the gold's articles of one affair and ten of one kind are
// apart, of none of one event, and of no same-story pair of METER, mmds
// or bbc-mt-catalan;
// every other guard unchanged. Read without the preposition, the months
// parted a hotel group's two reports of one breach (one recalling the
// month it was first announced).

// monthHash holds the word hashes (token.hash) of the full English month
// names, January first.
var monthHash = func() (h [12]uint64) {
	for i, m := range [12]string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		h[i] = xxhash.Sum64String(m)
	}
	return h
}()

// leadMonths returns the months a lead names (bit m−1 for month m; see
// above): toks are an article's tokens, the headline's nTitle first.
func leadMonths(toks []token, nTitle int) uint16 {
	end := min(len(toks), nTitle+LeadTokens)
	var months uint16
	for i := nTitle; i < end; i++ {
		t := &toks[i]
		if t.month < 1 || t.month > 12 || !t.cap || t.hash != monthHash[t.month-1] || yearAfter(toks, i) {
			continue
		}
		if day := dayBeside(toks, i); !day && (t.month == 3 || t.month == 5 || i > 0 && timePreposition(toks[i-1].hash)) {
			continue
		}
		months |= 1 << (t.month - 1)
	}
	return months
}

// prepositionHash holds the word hashes of the English words that put a
// month in a time adverbial ("in February", "since March", "between
// September and December"): a stretch of time the text recalls or
// spans, not its news's month.
var prepositionHash = func() map[uint64]struct{} {
	m := map[uint64]struct{}{}
	for _, w := range []string{"in", "since", "from", "until", "till", "by", "during", "through", "throughout", "last", "early", "late", "mid", "before", "after", "of", "between", "and", "or", "to", "as", "until", "within", "around"} {
		m[xxhash.Sum64String(w)] = struct{}{}
	}
	return m
}()

// timePreposition reports whether the word hash h is one of the
// prepositionHash words.
func timePreposition(h uint64) bool {
	_, ok := prepositionHash[h]
	return ok
}

// yearAfter reports whether the month at toks[i] is followed by a year
// (a four-digit number from 1900 to 2099), directly or after its day.
func yearAfter(toks []token, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+2; j++ {
		if !toks[j].digits {
			return false
		}
		if isYear(toks[j].norm) {
			return true
		}
	}
	return false
}

// isYear reports whether a digits token's text is a year from 1900 to
// 2099.
func isYear(y string) bool {
	return len(y) == 4 && (y[:2] == "19" || y[:2] == "20")
}

// dayBeside reports whether the month at toks[i] has a day's number (one
// or two digits) right before or after it.
func dayBeside(toks []token, i int) bool {
	day := func(j int) bool { return j >= 0 && j < len(toks) && toks[j].digits && len(toks[j].norm) <= 2 }
	return day(i-1) || day(i+1)
}

// monthsApart reports whether two leads both name months and every month
// of one is two or more months from every month of the other round the
// calendar (see above).
func monthsApart(a, b uint16) bool {
	if a == 0 || b == 0 {
		return false
	}
	// the months next to each of a's, and a's own
	near := a | a<<1 | a>>1 | a<<11&0xfff | a>>11
	return near&0xfff&b == 0
}
