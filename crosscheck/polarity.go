package crosscheck

import "strings"

// The polarity lexicon decides whether two wordings of a quote say the same
// thing. It is small and general English — evaluative adjectives, nouns and
// verbs that news quotes use to praise or condemn, negators, and antonym
// pairs — in the spirit of the opinion lexicon of Hu & Liu (KDD 2004) and
// the negation scope rule of Das & Chen (2001): a negator flips the
// polarity of the evaluative words that follow it within three words. It
// must stay general: it is not tuned to any corpus crosswire is tested on.

// positiveWords praise or reassure.
var positiveWords = stemSet(`good great excellent positive encouraging encourage welcome welcomed
success successful progress improve improvement strong safe secure effective right correct benefit
beneficial hope hopeful optimistic promising pleased happy proud confident praise win gain achievement
better best fair stable helpful useful valuable reassuring satisfied satisfactory calm resolved
protect protected appropriate justified legitimate responsible sensible wise important breakthrough
remarkable impressive grateful glad constructive reliable honest accurate`)

// negativeWords condemn or alarm.
var negativeWords = stemSet(`bad poor negative error mistake failure fail failed wrong worse worst weak
unsafe dangerous danger threat risk concern concerned worried worrying alarming disappointing
disappointed regret regrettable unacceptable crisis problem damage damaging harm harmful loss lose
disaster disastrous catastrophic reckless irresponsible shameful outrageous deplorable ineffective
useless false misleading blunder setback flawed troubling inappropriate unjustified illegitimate
careless negligent dishonest inaccurate unreliable scandal scandalous absurd ridiculous insufficient
inadequate premature exaggerated baseless`)

// negators flip what follows them.
var negators = setOf(`not no never nobody nothing none neither nor cannot without hardly barely
nowhere`)

// antonymPairs are words whose swap turns a statement around.
var antonymPairs = [][2]string{
	{"increase", "decrease"}, {"rise", "fall"}, {"more", "less"}, {"higher", "lower"},
	{"success", "failure"}, {"win", "lose"}, {"accept", "reject"}, {"agree", "disagree"},
	{"support", "oppose"}, {"confirm", "deny"}, {"safe", "unsafe"}, {"legal", "illegal"},
	{"guilty", "innocent"}, {"true", "false"}, {"right", "wrong"}, {"open", "closed"},
	{"strong", "weak"}, {"always", "never"}, {"possible", "impossible"}, {"likely", "unlikely"},
	{"expand", "reduce"}, {"strengthen", "weaken"}, {"include", "exclude"}, {"encourage", "discourage"},
	{"start", "stop"}, {"begin", "end"}, {"allow", "forbid"}, {"approve", "reject"},
	{"before", "after"}, {"above", "below"}, {"best", "worst"}, {"better", "worse"},
	{"gain", "loss"}, {"friend", "enemy"}, {"peace", "war"}, {"victory", "defeat"},
	{"compatible", "incompatible"}, {"responsible", "irresponsible"}, {"effective", "ineffective"},
}

func stemSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[stem(w)] = true
	}
	return m
}

// polarityTokens returns the words of s with contracted negations ("don't",
// "isn’t", "can't") turned into a "not" token.
func polarityTokens(s string) []string {
	s = strings.ToLower(s)
	s = strings.NewReplacer("n't", " not", "n’t", " not", "cannot", "can not").Replace(s)
	return words(s)
}

// negationCount counts the negators of s.
func negationCount(s string) int {
	n := 0
	for _, w := range polarityTokens(s) {
		if negators[w] {
			n++
		}
	}
	return n
}

// evaluation sums the polarity of the evaluative words of s: +1 for
// positive, −1 for negative, flipped when a negator stands within the
// three words before.
func evaluation(s string) int {
	ts := polarityTokens(s)
	sum := 0
	for i, w := range ts {
		v := 0
		st := stem(w)
		switch {
		case positiveWords[st] || positiveWords[w]:
			v = 1
		case negativeWords[st] || negativeWords[w]:
			v = -1
		}
		if v == 0 {
			continue
		}
		for j := max(0, i-3); j < i; j++ {
			if negators[ts[j]] {
				v = -v
				break
			}
		}
		sum += v
	}
	return sum
}

// meaningChange reports whether wording b turns the meaning of wording a:
// a negation added or removed, the evaluation flipped from praise to blame
// (or back), or a word replaced by its antonym. It returns a short reason.
func meaningChange(a, b string) (bool, string) {
	if negationCount(a)%2 != negationCount(b)%2 {
		return true, "negation"
	}
	ea, eb := evaluation(a), evaluation(b)
	if ea > 0 && eb < 0 || ea < 0 && eb > 0 {
		return true, "evaluation"
	}
	sa, sb := stemsOf(a), stemsOf(b)
	for _, p := range antonymPairs {
		x, y := stem(p[0]), stem(p[1])
		if sa[x] && sb[y] && !sa[y] && !sb[x] || sa[y] && sb[x] && !sa[x] && !sb[y] {
			return true, "antonym"
		}
	}
	return false, ""
}

func stemsOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range polarityTokens(s) {
		m[stem(w)] = true
	}
	return m
}
