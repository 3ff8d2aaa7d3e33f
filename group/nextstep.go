package group

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"
)

// An affair's next step (issue 14, session 16). A follow-up is not a
// version: the report of the council's vote two days after the flood, of
// the hearing a week after the grounding, is another story of one
// affair, related to the first. It names the first report's cast (the
// same mayor, the same firm) and often little else, so the anchor rules
// see a version. What a follow-up does that a version does not is lead
// with news the first report placed after its own, in one of two ways:
//
//   - the first report tells the step ahead with its day (the council
//     "would hold an emergency session on Thursday", the ruling "is due
//     on 23 June") and the follow-up's lead day is that day (stepAhead);
//     a version leads with the first report's day, or tells that day
//     ahead in its own lead too ("the council will meet on Thursday");
//   - the follow-up's lead recalls the first report's event as past at
//     a distance in days or more ("a week after the barrier failed",
//     "three days after the ferry ran aground") while telling an event
//     of its own (nextStep on elapsedRecall); both leads name their days
//     and the days differ (versions of one step name its day alike).
//
// Either way, when both reports are dated the step is published more
// than a day after the other: a new lead the wire files hours later is a
// version, whatever its lead says. A veto only (Index.nextStep, asked
// with the publication gap in verify, and of a lone article against a
// story's members, cores.nextStep): it parts a pair, never joins one,
// and the parted pair stays related (pairScore.affair).
//
// The elapsed recall in one lead alone was measured and not kept
// (session 14, CASIE: 8 event pairs against 23 affair pairs — an event's
// own later report counts back too: "nearly a week after the attack, the
// city has made progress"); here the recalled event must be the other
// lead's, the recaller must tell another and name its own day.

// maxRecallWords is how many words after "after" / "since" the recalled
// clause may run before a clause mark ends it.
const maxRecallWords = 8

// elapsedUnits are the units of an elapsed time that put a report on
// another day than the event it recalls: hours do not ("hours after the
// quake" is the quake's own day).
var elapsedUnits = map[string]bool{
	"day": true, "days": true, "week": true, "weeks": true, "fortnight": true,
	"month": true, "months": true, "year": true, "years": true,
}

// elapsedCounts are the words that count an elapsed time's units.
var elapsedCounts = map[string]bool{
	"a": true, "an": true, "one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
	"few": true, "several": true, "some": true,
}

// recall is what a lead says of the times of its events: the event
// classes of the clauses it recalls at an elapsed time, and those of the
// rest of the lead (its own news). Both sorted and distinct.
type recall struct {
	recalled, own []string
}

// elapsedRecall reads the first leadEventWords words of text: the event
// classes of each clause following "<count> <unit> after|since" (a
// count word or a number, a unit of days or longer), up to a clause mark
// (, ; : . ! ?) or maxRecallWords words, and the event classes of the
// other words (as textEvents reads them: capitalised words are names).
// recalled is nil when the lead recalls nothing.
func elapsedRecall(text string) recall {
	lex, err := eventLexicon()
	if err != nil {
		return recall{}
	}
	var r recall
	var prev string // the previous lower-case word, for phrasal verbs
	inClause := 0   // words left in the recalled clause; 0 outside
	var w1, w2 string
	for f := range leadFields(text) {
		end := strings.IndexFunc(f, func(c rune) bool { return strings.ContainsRune(",;:.!?", c) }) >= 0 &&
			!isNumberish(f)
		w := strings.TrimFunc(f, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) })
		lw := strings.ToLower(w)
		if (lw == "after" || lw == "since") && elapsedUnits[w1] && (elapsedCounts[w2] || isNumberish(w2)) {
			inClause = maxRecallWords
			w1, w2, prev = lw, w1, ""
			continue
		}
		w2, w1 = w1, lw
		dst := &r.own
		if inClause > 0 {
			dst = &r.recalled
			inClause--
		}
		if c, _ := utf8.DecodeRuneInString(w); w == "" || unicode.IsUpper(c) || unicode.IsDigit(c) {
			prev = ""
		} else {
			if prev != "" {
				if p := lex.Phrasal(prev, w); p != "" {
					*dst = append(*dst, lex.Classes(p)...)
				}
			}
			*dst = append(*dst, lex.Classes(lex.Lemma(w))...)
			prev = w
		}
		if end {
			inClause, prev = 0, ""
		}
	}
	slices.Sort(r.recalled)
	slices.Sort(r.own)
	r.recalled, r.own = slices.Compact(r.recalled), slices.Compact(r.own)
	return r
}

// isNumberish reports whether a word is written with digits ("10",
// "1,200"): a count, and its comma no clause mark.
func isNumberish(w string) bool {
	c, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(c)
}

// nextStep reports whether the lead read as later recalls, at an elapsed
// time, an event the earlier lead tells (as its news, or recalled too: a
// report of the step before), and tells an event of its own that the
// earlier lead does not: the later report is the affair's next step, not
// a version (see above). Versions of one step name its day alike, which
// Index.nextStep asks.
func nextStep(later, earlier recall) bool {
	return len(later.recalled) > 0 && len(later.own) > 0 && !subset(later.own, earlier.own) &&
		(!disjoint(later.recalled, earlier.own) || !disjoint(later.recalled, earlier.recalled))
}

// subset reports whether every class of a is in b (both sorted).
func subset(a, b []string) bool {
	for _, c := range a {
		if _, ok := slices.BinarySearch(b, c); !ok {
			return false
		}
	}
	return true
}

// recallOf returns doc d's lead recall (elapsedRecall), read on first use;
// empty when its lead does not read as English.
func (e *docEvents) recallOf(d uint32, text string) *recall {
	return kept(&e.recalls[d], func() recall {
		if !english(text) {
			return recall{}
		}
		return elapsedRecall(text)
	})
}

// nextStep reports whether one of the batch docs a and b is the affair's
// next step after the other: its lead leads with a day the other tells
// ahead (stepAhead), or recalls the other's news at an elapsed time
// (nextStep; both leads name their days, and the days differ), or names
// the other's act by a derived noun while telling an act of its own
// (reactionTo, reaction.go; leads naming one day alike are versions).
// When both are dated the step is published more than a day after the
// other, the reaction reactionHours after the act.
func (ix *Index) nextStep(a, b uint32) bool {
	if int(max(a, b)) >= len(ix.leads) {
		return false
	}
	la, lb := &ix.leads[a], &ix.leads[b]
	ha, hb := ix.hours[a], ix.hours[b]
	dated := ha > 0 && hb > 0
	aLater, bLater := !dated || ha > hb+24, !dated || hb > ha+24
	if aLater && stepAhead(la, lb) || bLater && stepAhead(lb, la) {
		return true
	}
	// the elapsed recall needs the leads' days to differ; a reaction
	// (reaction.go) needs no day, but one published reactionHours after
	// the act when both are dated: neither possible, the leads are not read
	days := compareDays(la.day, lb.day)
	aAfter, bAfter := !dated || ha >= hb+reactionHours, !dated || hb >= ha+reactionHours
	if days == daySame || days != dayOther && !aAfter && !bAfter ||
		!ix.readsArticles() || ix.topics.arts[a] == nil || ix.topics.arts[b] == nil {
		return false
	}
	if days == dayOther {
		e := &ix.topics.events
		ra, rb := e.recallOf(a, ix.topics.arts[a].Text), e.recallOf(b, ix.topics.arts[b].Text)
		if aLater && nextStep(*ra, *rb) || bLater && nextStep(*rb, *ra) {
			return true
		}
	}
	if !aAfter && !bAfter {
		return false
	}
	return aAfter && ix.reactionTo(a, b) || bAfter && ix.reactionTo(b, a)
}

// nextStep reports whether the lone article of batch doc d and more than
// half of story k's members are steps of one affair (Index.nextStep):
// the pair rule asked of the story, as otherOccasion asks factsApart.
func (c *cores) nextStep(ix *Index, d uint32, k int32) bool {
	return c.majority(k, func(m uint32) bool { return ix.nextStep(d, m) })
}

// Days told ahead (stepAhead): a day the text names after a word that
// puts it ahead (will, would, shall, due, scheduled, expected, planned,
// plans, next, upcoming; within aheadWindow words of one sentence).

// aheadWindow is how many words before a day a word putting it ahead may
// stand: "would hold an emergency session on Thursday".
const aheadWindow = 8

// maxAhead is the most days told ahead a text keeps: the first ones.
const maxAhead = 4

// aheadWords are the hashes of the words that put a day after them
// ahead (text.go hashes the lower-cased word).
var aheadWords = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range []string{"will", "would", "shall", "due", "scheduled", "expected", "planned", "plans", "next", "upcoming"} {
		m[xxhash.Sum64String(w)] = true
	}
	return m
}()

// toldAhead reports whether a word putting it ahead (aheadWords) stands
// within aheadWindow words before token i in its sentence.
func toldAhead(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-aheadWindow; j-- {
		if aheadWords[toks[j].hash] && !toks[j].cap {
			return true
		}
		if toks[j].sentStart {
			break
		}
	}
	return false
}

// aheadDays returns the first maxAhead days the text tells ahead, 0
// after the last (a weekday, with its date on or after the publication
// day when the publication time is known; a written date), and whether
// the lead's own day (its first date or weekday, as newLeadDay reads
// them) is told ahead. It reads the article extractAnchors just read
// (s.dates, s.weekdays): only the tokens of dates and weekdays, not the
// whole text, and in text order.
func (s *scratch) aheadDays(toks []token, published time.Time) (ahead [maxAhead]leadDay, leadAhead bool) {
	dates := s.dates
	end := min(len(toks), s.nTitle+LeadTokens)
	if d, ok := firstLeadDate(dates, end); ok && toldAhead(toks, int(d.pos)) {
		leadAhead = true
	}
	for _, p := range s.weekdays {
		if i := int(p); i < end && !inName(toks, i) {
			leadAhead = leadAhead || toldAhead(toks, i)
			break
		}
	}
	if len(s.weekdays) == 0 && len(dates) == 0 {
		return ahead, leadAhead
	}
	// the positions to read: the weekdays' and the dates', in text order
	pos := append(s.dayPos[:0], s.weekdays...)
	for _, d := range dates {
		if int(d.pos) < len(toks) {
			pos = append(pos, d.pos)
		}
	}
	if len(dates) > 0 {
		slices.Sort(pos)
		pos = slices.Compact(pos)
	}
	s.dayPos = pos
	di, n := 0, 0
	for _, p := range pos {
		i := int(p)
		if n == maxAhead {
			break
		}
		for di < len(dates) && int(dates[di].pos) < i {
			di++
		}
		switch {
		case di < len(dates) && int(dates[di].pos) == i:
			if toldAhead(toks, i) {
				ahead[n] = leadDay(dates[di].md)
				n++
			}
		case toks[i].day > 0 && !inName(toks, i) && toldAhead(toks, i):
			wd := toks[i].day
			var md uint16
			if !published.IsZero() {
				day := civilDay(published)
				md = monthDay(day.AddDate(0, 0, (int(wd)-int(isoWeekday(day))+7)%7))
			}
			ahead[n] = leadDay(uint16(wd)<<leadDateBits | md)
			n++
		}
	}
	return ahead, leadAhead
}

// stepAhead reports whether the later lead leads with a day the earlier
// report tells ahead: its lead day (not told ahead in its own lead) is
// one of the earlier's days told ahead and not the earlier's lead day.
func stepAhead(later, earlier *lead) bool {
	if later.leadAhead || later.day == 0 || compareDays(later.day, earlier.day) == daySame {
		return false
	}
	for _, d := range earlier.ahead {
		if d != 0 && sameDay(later.day, d) {
			return true
		}
	}
	return false
}
