package group

import (
	"context"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"

	"crosswire"
	"crosswire/facts"
)

// One count of one thing (issue 14, session 21: real event coverage, two
// reports of one event grouped alone). An event has a size, and its
// reports state it as a count of the things it touched: the patients
// whose records a clinic lost, the ferries a strike kept in port, the
// files an attack locked. Two outlets that tell the event in their own
// words and order share few names (a two-report event's pair sits at the
// rules' low floor: three or more shared anchors at an anchor cosine of
// 0.25–0.45, too thin for the rare-anchor and topic rules), but each
// writes the count, and with it the noun it counts ("some 6,840 members"
// in one, "6,840 of its members" in the other): one figure of one fact.
// A bare shared number says little (a year, a percentage, a small number
// of anything); a number counting the same thing in both reports is the
// event's figure. Two events of one kind have their own sizes — the other
// clinic's patients, the other port's ferries — so they seldom share one.
//
// An affair's follow-up restates its count as background, as it keeps its
// protagonist (session 19 measured a count in both leads and lost the
// reprint set's follow-ups to it). So the count is asked only of a thin
// link (thinPair): a pair at the low floor with a name rare as the pair
// alone counts it, whose leads name an event class in common and no
// different days, codes or next step, and that shows no other occasion
// (occasionApart: figures that disagree, headlines apart, a headline's
// person untold) — the conditions under which a follow-up that leads with
// its own act is already refused. And what is counted is read narrowly:
//   - weighed by the background: the number must not be common there
//     (counted in more than commonFraction of its articles, as the pair
//     alone counts a common anchor): "two", "ten", "100" count anything;
//   - not in a sentence that dates something by its month or year (a
//     Period of that granularity): "a strike in June that idled 40
//     ferries" recalls an earlier occasion's size, as a follow-up months
//     on does; a report tells its own occasion by its day;
//   - not money or a percentage (a figure with a unit or currency): a
//     price or a rate is the affair's, restated by each step of a sale
//     or a budget;
//   - not a length of time ("a 60-day deadline", "five years"): a rule's
//     or a sentence's term, written by every report of the occasions it
//     governs;
//   - not a vague count or a range ("thousands of members"): a size
//     anyone may guess;
//   - not a figure written with a letter glued to its digits ("40m",
//     "3k"): the letter is a scale or a unit of measure, and a reader
//     cannot tell which ("the 400m final" names a race, not 400 million
//     finals), so it is not read as a count.
// No new constant: the low floor, the rare name, the common fraction are
// the other rules'.
//
// The pair is joined as a quoted pair is, by the last pass (joinQuoted):
// the count stands where the quoted statement stands, a fact two outlets
// cannot word differently. Batch only, read from the articles (the facts
// package's numbers and what they count, one extraction a doc with its
// persons), and decided for the pair alone as in any batch: the counts
// are the pair's own, their weight the background's.

// articleFacts returns the facts the facts package extracts from art, nil
// when its extractor does not load or fails on it.
func articleFacts(art *crosswire.Article) []crosswire.Fact {
	x, err := personExtractor()
	if err != nil {
		return nil
	}
	fs, err := x.Extract(context.Background(), art)
	if err != nil {
		return nil
	}
	return fs
}

// thingCounts returns the sorted distinct counts of things among facts
// fs, read as above: each number that counts a noun (Number.Counted) other
// than a unit of time (facts.IsTimeUnit), is one figure (Low = High), has
// no unit or currency, is not written with a letter glued to its digits,
// and stands in no sentence that dates something by its month or year. A
// count is keyed by its number's anchor fingerprint
// (numberFP of the figure: the number as the anchors read it) in the high
// 32 bits and the counted noun's hash in the low 32.
func thingCounts(fs []crosswire.Fact) []uint64 {
	var out []uint64
	// sentences that date something by its month or year
	var back []int
	for _, f := range fs {
		if p := f.Period; p != nil && (p.Granularity == "month" || p.Granularity == "year") {
			back = append(back, f.Sentence)
		}
	}
	for _, f := range fs {
		n := f.Number
		if f.Kind != crosswire.KindNumber || n == nil || n.Counted == "" || n.Unit != "" || facts.IsTimeUnit(n.Counted) || n.Low <= 0 || n.High != n.Low || math.IsInf(n.Low, 0) || slices.Contains(back, f.Sentence) || lettered(f.Span.Text) {
			continue
		}
		fp := numberFP(strconv.FormatFloat(n.Low, 'f', -1, 64))
		out = append(out, uint64(fp)<<32|uint64(uint32(xxhash.Sum64String(n.Counted))))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// countEdge reports whether thin link a–b (thinPair) states one count of
// one thing whose number the background does not hold as common (see
// above).
func (ix *Index) countEdge(a, b uint32) bool {
	if ix.bg.empty() || !ix.readsArticles() {
		return false
	}
	t := ix.topics
	if t.arts[a] == nil || t.arts[b] == nil {
		return false
	}
	e := &t.events
	A, B := e.countsOf(a, t.arts[a]), e.countsOf(b, t.arts[b])
	common := commonFraction * float64(ix.bg.Docs+2)
	found := false
	forShared(A, B, func(i, _ int) bool {
		// the pair's own two and the background's count, as aloneScore
		if float64(ix.bg.anchors.get(uint32(A[i]>>32))+2) <= common {
			found = true
			return false
		}
		return true
	})
	return found
}

// lettered reports whether the first figure of span text s has a letter
// glued to its digits ("40m", "3.5k", "12th").
func lettered(s string) bool {
	i := strings.IndexFunc(s, unicode.IsDigit)
	if i < 0 {
		return false
	}
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.' || s[i] == ',') {
		i++
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i < len(s) && unicode.IsLetter(r)
}
