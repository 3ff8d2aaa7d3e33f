package crosscheck

import "strings"

// A superlative takes "ever", not "never", in the clause that follows it:
// "the coldest winter the valley has ever known", "the biggest-ever
// catch". A machine translation from a language with one word for both
// writes "the coldest winter the valley never has known"; English cannot
// negate a superlative's clause so, and a reader reads "ever". One version's "ever" after a superlative against
// another's "never" in the same place is one wording, not a negation
// turned.

// superlativeWindow is how far back from "ever"/"never" a superlative may
// stand: "the most stubborn goat we have ever kept" puts "most" six words
// before "ever".
const superlativeWindow = 6

// notSuperlatives are words ending in "-est" that are no superlatives.
var notSuperlatives = setOf(`interest forest request contest protest arrest harvest conquest inquest
priest guest quest chest test rest west unrest midwest behest digest bequest manifest honest modest
earnest suggest invest attest detest protest pest nest vest crest zest lest`)

// superlativeAt reports whether ts[i] is a superlative after its
// determiner: "the highest", "its biggest", "the most" (not "most
// people"), "the best".
func superlativeAt(ts []string, i int) bool {
	if i == 0 {
		return false
	}
	switch ts[i-1] {
	case "the", "its", "his", "her", "their", "our", "my", "your", "s":
	default:
		return false
	}
	w := ts[i]
	switch w {
	case "most", "least", "best", "worst":
		return true
	}
	return len(w) >= 5 && strings.HasSuffix(w, "est") && !notSuperlatives[w]
}

// afterSuperlative reports whether ts[i] follows a superlative within
// superlativeWindow words, no negator nor coordinating conjunction
// between (a new clause: "the best team and never lost"), or a
// comparative's "than" ("busier than ever"; a round trip's "more busy
// that never").
func afterSuperlative(ts []string, i int) bool {
	if i >= 2 && ts[i-1] == "than" && strings.HasSuffix(ts[i-2], "er") && ts[i-2] != "rather" && ts[i-2] != "other" {
		return true // "busier than ever"
	}
	if i >= 2 && (ts[i-1] == "than" || ts[i-1] == "that") {
		for j := i - 2; j >= 0 && j >= i-4; j-- {
			switch ts[j] {
			case "more", "less", "better", "worse":
				return true
			}
		}
	}
	for j := i - 1; j >= 0 && j >= i-superlativeWindow; j-- {
		if negators[ts[j]] {
			return false
		}
		switch ts[j] {
		case "and", "but", "or", "so", "because", "although", "though":
			return false
		}
		if superlativeAt(ts, j) {
			return true
		}
	}
	return false
}

// superlativeUses returns the positions of word w ("ever" or "never")
// after a superlative in ts.
func superlativeUses(ts []string, w string) []int {
	var out []int
	for i, t := range ts {
		if t == w && afterSuperlative(ts, i) {
			out = append(out, i)
		}
	}
	return out
}

// everForNever returns a and b as the polarity rules read them, the
// "never" after a superlative in one turned into "ever" when the other
// says "ever" after a superlative; both unchanged otherwise.
func everForNever(a, b string) (string, string) {
	ta, tb := polarityTokens(a), polarityTokens(b)
	if len(superlativeUses(ta, "ever")) > 0 {
		if ns := superlativeUses(tb, "never"); len(ns) > 0 {
			b = everWording(tb, ns)
		}
	}
	if len(superlativeUses(tb, "ever")) > 0 {
		if ns := superlativeUses(ta, "never"); len(ns) > 0 {
			a = everWording(ta, ns)
		}
	}
	return a, b
}

// everWording joins tokens with "ever" at the given positions.
func everWording(ts []string, at []int) string {
	out := append([]string(nil), ts...)
	for _, i := range at {
		out[i] = "ever"
	}
	return strings.Join(out, " ")
}

// superlativeEverNever reports whether one sentence says "ever" after a
// superlative and the other "never" after one: a claim negated in one and
// not the other for that alone tells one outcome ("the dearest pony ever
// sold" / "the dearest pony never sold").
func superlativeEverNever(a, b string) bool {
	ta, tb := polarityTokens(a), polarityTokens(b)
	return len(superlativeUses(ta, "ever")) > 0 && len(superlativeUses(tb, "never")) > 0 ||
		len(superlativeUses(tb, "ever")) > 0 && len(superlativeUses(ta, "never")) > 0
}
