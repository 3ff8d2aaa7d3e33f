package crosscheck

import (
	"regexp"
	"sort"
	"strings"

	"crosswire/text"
)

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
remarkable impressive grateful glad constructive reliable honest accurate wonderful marvellous
marvelous superb brilliant fantastic terrific splendid magnificent outstanding delighted delightful
lovely amazing thrilled enjoyable`)

// negativeWords condemn or alarm.
var negativeWords = stemSet(`bad poor negative error mistake failure fail failed wrong worse worst weak
unsafe dangerous danger threat risk concern concerned worried worrying alarming disappointing
disappointed regret regrettable unacceptable crisis problem damage damaging harm harmful loss lose
disaster disastrous catastrophic reckless irresponsible shameful outrageous deplorable ineffective
useless false misleading blunder setback flawed troubling inappropriate unjustified illegitimate
careless negligent dishonest inaccurate unreliable scandal scandalous absurd ridiculous insufficient
inadequate premature exaggerated baseless terrible dreadful awful horrible appalling foolish
shocking disgraceful dismal miserable abysmal pathetic horrific furious devastated`)

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
	{"compatible", "incompatible"}, {"good", "bad"}, {"positive", "negative"}, {"responsible", "irresponsible"}, {"effective", "ineffective"},
	{"quick", "slow"}, {"fast", "slow"}, {"early", "late"}, {"easy", "difficult"}, {"cheap", "expensive"},
	{"full", "empty"}, {"alive", "dead"}, {"calm", "nervous"}, {"calmly", "nervously"}, {"careful", "careless"},
	{"happy", "sad"}, {"love", "hate"}, {"accept", "refuse"}, {"remember", "forget"}, {"pass", "fail"},
	{"praise", "criticise"}, {"praise", "criticize"}, {"rich", "poor"}, {"hot", "cold"}, {"present", "absent"},
	{"suspend", "continue"}, {"stop", "continue"}, {"halt", "continue"}, {"suspend", "resume"}, {"critical", "stable"},
	// stances on a clause: certainty against doubt
	{"believe", "doubt"}, {"confident", "doubtful"}, {"convinced", "doubtful"}, {"sure", "doubtful"}, {"certain", "doubtful"},
	{"sure", "unsure"}, {"certain", "uncertain"}, {"convinced", "unconvinced"}, {"confident", "sceptical"}, {"convinced", "sceptical"},
	{"confident", "skeptical"}, {"convinced", "skeptical"},
}

func stemSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[stem(w)] = true
	}
	return m
}

// polarityTokens returns the words of s with contracted negations ("don't",
// "isn’t", "can't") turned into a "not" token. The "not" of "whether or
// not" (a round trip's "whether or no") negates nothing: it is dropped.
func polarityTokens(s string) []string {
	s = strings.ToLower(s)
	s = strings.NewReplacer("n't", " not", "n’t", " not", "cannot", "can not").Replace(s)
	ts := text.Words(s)
	out := ts[:0]
	for i, w := range ts {
		if (w == "not" || w == "no") && i >= 2 && ts[i-1] == "or" && ts[i-2] == "whether" {
			continue
		}
		out = append(out, w)
	}
	return out
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

// negatedStems returns the stems negators govern in s: the first content
// word after each negator ("will not rebuild", "no family", "wasn't
// right"), and a word coordinated with it by "or"/"nor" ("not about
// poaching stars or imitating formats").
func negatedStems(s string) map[string]bool {
	out := map[string]bool{}
	ts := polarityTokens(s)
	for i := 0; i < len(ts); i++ {
		if !negators[ts[i]] {
			continue
		}
		for j := i + 1; j < len(ts); j++ {
			if negators[ts[j]] || text.StopWord(ts[j]) && ts[j] != "or" && ts[j] != "nor" {
				continue
			}
			if ts[j] == "or" || ts[j] == "nor" {
				continue
			}
			out[stem(ts[j])] = true
			// "X or Y", "X things or Y": Y is negated too
			for k := j + 1; k < len(ts) && k <= j+3; k++ {
				if (ts[k] == "or" || ts[k] == "nor") && k+1 < len(ts) {
					out[stem(ts[k+1])] = true
					break
				}
			}
			break
		}
	}
	return out
}

// negatedFlip reports whether a word both wordings say is negated in one
// and not in the other ("will rebuild" / "will not rebuild"). A negator
// over words only one wording has ("I have no doubt that it …") turns
// nothing the other says.
func (r *readWordings) negatedFlip(a, b string) bool {
	na, nb := r.negatedStems(a), r.negatedStems(b)
	sa, sb := r.stemsOf(a), r.stemsOf(b)
	for w := range sa {
		if text.StopWord(w) || !sb[w] {
			continue
		}
		if na[w] != nb[w] {
			return true
		}
	}
	return false
}

// evaluation sums the polarity of the evaluative words of s: +1 for
// positive, −1 for negative, flipped when a negator stands within the
// three words before — unless the negator grades a comparative: "no
// better place", "nothing worse", "could not be happier" say the best
// (or the worst) there is, not the opposite.
func evaluation(s string) int {
	ts := polarityTokens(s)
	sum := 0
	for i, w := range ts {
		v := wordPolarity(w)
		if v == 0 {
			continue
		}
		for j := max(0, i-3); j < i; j++ {
			if negators[ts[j]] {
				if !gradedComparative(ts, j, i) {
					v = -v
				}
				break
			}
		}
		sum += v
	}
	return sum
}

// gradedComparative reports a negator at ts[j] grading the comparative
// ts[i] to the highest degree: "no"/"nothing"/"none"/"never" before it
// ("no better way", "never been better"), or "could not be" / "can not be"
// ("couldn't be happier").
func gradedComparative(ts []string, j, i int) bool {
	if !comparative(ts[i]) {
		return false
	}
	switch ts[j] {
	case "no", "nothing", "none", "never":
		return true
	case "not":
		return j > 0 && (ts[j-1] == "could" || ts[j-1] == "can") && j+1 < i && ts[j+1] == "be"
	}
	return false
}

// comparative reports an evaluative comparative: "better", "worse", or an
// -er / -ier form of an evaluative word ("happier", "safer", "greater").
func comparative(w string) bool {
	if w == "better" || w == "worse" {
		return true
	}
	if positiveWords[w] || negativeWords[w] || !strings.HasSuffix(w, "er") {
		return false
	}
	base := strings.TrimSuffix(w, "er")
	for _, b := range []string{base, base + "e", strings.TrimSuffix(base, "i") + "y", base[:max(0, len(base)-1)]} {
		if positiveWords[b] || negativeWords[b] || positiveWords[stem(b)] || negativeWords[stem(b)] {
			return true
		}
	}
	return false
}

// meaningChange reports whether wording b turns the meaning of wording a:
// a negation added or removed, the evaluation flipped from praise to blame
// (or back), or a word replaced by its antonym. It returns a short reason.
//
// Only the clauses the two wordings share are compared: a quote that goes
// on with a sentence the other version left out ("… has since been
// discharged. The other patient did not report any reaction") has not
// turned the shared part around.
func meaningChange(a, b string) (bool, string) {
	return newWordings().meaningChange(a, b)
}

// readWordings caches what the polarity rules read of each wording (its
// tokens, stems, clauses…), so that comparing many wordings pairwise
// reads each wording once, not once per pair. One is used for one
// story's quotes; it is not safe for concurrent use.
type readWordings struct {
	tokens  map[string][]string
	stems   map[string]map[string]bool
	negated map[string]map[string]bool
	content map[string]map[string]bool
	clauses map[string][]string
	negs    map[string]int
	evals   map[string]int
}

func newWordings() *readWordings {
	return &readWordings{
		tokens: map[string][]string{}, stems: map[string]map[string]bool{}, negated: map[string]map[string]bool{},
		content: map[string]map[string]bool{}, clauses: map[string][]string{}, negs: map[string]int{}, evals: map[string]int{},
	}
}

// cached returns m[s], computing it with f on first use.
func cached[V any](m map[string]V, s string, f func(string) V) V {
	if v, ok := m[s]; ok {
		return v
	}
	v := f(s)
	m[s] = v
	return v
}

func (r *readWordings) polarityTokens(s string) []string { return cached(r.tokens, s, polarityTokens) }
func (r *readWordings) stemsOf(s string) map[string]bool { return cached(r.stems, s, stemsOf) }
func (r *readWordings) negatedStems(s string) map[string]bool {
	return cached(r.negated, s, negatedStems)
}
func (r *readWordings) clauseContent(s string) map[string]bool {
	return cached(r.content, s, clauseContent)
}
func (r *readWordings) negationCount(s string) int  { return cached(r.negs, s, negationCount) }
func (r *readWordings) evaluation(s string) int     { return cached(r.evals, s, evaluation) }
func (r *readWordings) clausesOf(s string) []string { return cached(r.clauses, s, statements) }

// statements splits a wording into its clauses (clauseSplit) and keeps
// those that state something, whose polarity may be set against another
// wording's:
//   - a clause ending in a question mark asks rather than states, and a
//     rhetorical question states the opposite of its form ("what better
//     way to end it?" says there is none): it is left out;
//   - a clause answered by an elliptical clause of the other polarity
//     ("the time wasn't right. Now it is") is not the speaker's last word
//     on its predicate: both are left out, the pair holds both polarities.
func statements(s string) []string {
	var out []string
	prev := 0
	add := func(c string, question bool) {
		c = strings.TrimSpace(c)
		if c == "" {
			return
		}
		if question {
			out = append(out, "")
			return
		}
		if len(out) > 0 && out[len(out)-1] != "" && ellipsis(c) && negationCount(c)%2 != negationCount(out[len(out)-1])%2 {
			out[len(out)-1] = ""
			return
		}
		out = append(out, c)
	}
	for _, m := range clauseSplit.FindAllStringIndex(s, -1) {
		add(s[prev:m[0]], strings.ContainsRune(s[m[0]:m[1]], '?'))
		prev = m[1]
	}
	add(s[prev:], false)
	return nonEmpty(out)
}

// ellipsisSubjects are the subjects of an elliptical clause.
var ellipsisSubjects = setOf(`i you he she it we they this that there`)

// ellipsisAux are the auxiliaries an elliptical clause ends on.
var ellipsisAux = setOf(`is are was were am do does did has have had will would can could shall should must may might`)

// ellipsis reports a clause that is a subject pronoun and an auxiliary
// alone, perhaps with a connective, a time adverb or a negator ("now it
// is", "but they do", "it wasn't then"): it repeats the predicate of the
// clause before.
func ellipsis(c string) bool {
	aux := false
	subj := false
	for _, w := range polarityTokens(c) {
		switch {
		case negators[w]:
		case !subj && !aux && (w == "but" || w == "and" || w == "yet" || w == "now" || w == "so" || w == "still" || w == "today" || w == "then"):
		case !subj && ellipsisSubjects[w]:
			subj = true
		case subj && !aux && ellipsisAux[w]:
			aux = true
		case aux && (w == "now" || w == "too" || w == "then" || w == "again" || w == "today"):
		default:
			return false
		}
	}
	return aux
}

// changed is meaningChange's verdict alone.
func (r *readWordings) changed(a, b string) bool {
	c, _ := r.meaningChange(a, b)
	return c
}

// meaningChange is the package's meaningChange, each wording read once.
func (r *readWordings) meaningChange(a, b string) (bool, string) {
	a, b = r.pairedClauses(a, b)
	if a == "" {
		return false, ""
	}
	a, b = everForNever(a, b)
	if r.negationCount(a)%2 != r.negationCount(b)%2 && r.negatedFlip(a, b) {
		return true, "negation"
	}
	ea, eb := r.evaluation(a), r.evaluation(b)
	if ea > 0 && eb < 0 || ea < 0 && eb > 0 {
		return true, "evaluation"
	}
	sa, sb := r.stemsOf(a), r.stemsOf(b)
	// The words one wording drops and the other adds: praise replaced by
	// blame ("an encouraging sign" → "an error") flips the meaning even
	// when the rest of the quote keeps the overall balance.
	var dropped, added []string
	for w := range sa {
		if !sb[w] {
			dropped = append(dropped, w)
		}
	}
	for w := range sb {
		if !sa[w] {
			added = append(added, w)
		}
	}
	pd, pa := polaritySum(dropped), polaritySum(added)
	if pd > 0 && pa < 0 || pd < 0 && pa > 0 {
		return true, "evaluation"
	}
	for _, p := range antonymPairs {
		x, y := stem(p[0]), stem(p[1])
		if sa[x] && sb[y] && !sa[y] && !sb[x] || sa[y] && sb[x] && !sa[x] && !sb[y] {
			return true, "antonym"
		}
	}
	if prefixAntonym(setFrom(r.polarityTokens(a)), setFrom(r.polarityTokens(b))) {
		return true, "antonym"
	}
	return false, ""
}

// adjectiveEndings are endings of English adjectives (and participles)
// that a negative prefix turns into their opposite: conclusive /
// inconclusive, successful / unsuccessful, confirmed / unconfirmed.
var adjectiveEndings = []string{"ive", "ful", "able", "ible", "ent", "ant", "al", "ous", "ic", "ed", "ate", "ect", "ain", "est", "ure", "ete", "ar", "id"}

// notPrefixAntonyms are adjectives whose prefixed form is no opposite
// ("invaluable", "inflammable", "infamous", "incredible" for amazing,
// "indifferent").
var notPrefixAntonyms = setOf(`valuable flammable famous habitable credible different`)

// prefixAntonym reports whether one wording has an adjective the other
// lacks and the other its negatively prefixed form ("the evidence was
// conclusive" / "… inconclusive"), neither wording having both. A
// participle takes only "un-" ("confirmed" / "unconfirmed"): "covered" /
// "discovered" are two verbs.
func prefixAntonym(a, b map[string]bool) bool {
	check := func(x, y map[string]bool) bool {
		for w := range x {
			if y[w] || len(w) < 5 || notPrefixAntonyms[w] || !hasAnySuffix(w, adjectiveEndings) {
				continue
			}
			for _, p := range []string{"un", "in", "im", "ir", "il", "dis", "non"} {
				if p != "un" && strings.HasSuffix(w, "ed") {
					continue // "discovered", "informed", "imposed": other verbs
				}
				if neg := p + w; y[neg] && !x[neg] {
					return true
				}
			}
		}
		return false
	}
	return check(a, b) || check(b, a)
}

func hasAnySuffix(w string, sufs []string) bool {
	for _, s := range sufs {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// clauseSplit separates the clauses of a quote; a bare "and" too ("did not
// open the cover and assumed the supply was…"): a coordinated noun split in
// two still shares its words with the other wording.
var clauseSplit = regexp.MustCompile(`[.;:!?]+\s*|,\s+(?:and|but|while|whereas)\s+|\s+(?:but|and)\s+|\s+[-–—]\s+`)

// pairedClauses keeps the clauses of a and b that say the same thing:
// clauses paired one to one, the pairs sharing most content words first,
// each pair sharing at least half of them (Dice ≥ 0.5). A negation or an
// evaluation in a clause only one quote has turns nothing the other says
// ("She looks fantastic" against "She looks amazing, she doesn't even look
// tired"). Both come back empty when no clause pairs.
func (r *readWordings) pairedClauses(a, b string) (string, string) {
	pa, pb := r.clausesOf(a), r.clausesOf(b)
	if len(pa) == 0 || len(pb) == 0 {
		return "", "" // a question, or both polarities said
	}
	if len(pa) <= 1 && len(pb) <= 1 {
		// one clause each: one statement when they share a good part of
		// their words
		if len(nonEmpty(clauseSplit.Split(a, -1))) > 1 {
			a = pa[0] // a question or an answered clause left out
		}
		if len(nonEmpty(clauseSplit.Split(b, -1))) > 1 {
			b = pb[0]
		}
		if dice(r.clauseContent(a), r.clauseContent(b)) >= 0.3 || oneWordApart(a, b) {
			return a, b
		}
		return "", ""
	}
	// One to one, best pairs first: a clause the other wording already
	// pairs with its own counterpart does not pair again with a clause
	// that merely shares a word with it (a garbled translation's clause
	// left over).
	ca, cb := make([]map[string]bool, len(pa)), make([]map[string]bool, len(pb))
	for i, p := range pa {
		ca[i] = r.clauseContent(p)
	}
	for j, p := range pb {
		cb[j] = r.clauseContent(p)
	}
	type pair struct {
		i, j int
		d    float64
	}
	var cand []pair
	for i := range pa {
		if len(ca[i]) == 0 {
			continue
		}
		for j := range pb {
			if d := dice(ca[i], cb[j]); d >= 0.5 {
				cand = append(cand, pair{i, j, d})
			}
		}
	}
	sort.SliceStable(cand, func(x, y int) bool { return cand[x].d > cand[y].d })
	pairOf := make([]int, len(pa))
	for i := range pairOf {
		pairOf[i] = -1
	}
	usedB := make([]bool, len(pb))
	for _, c := range cand {
		if pairOf[c.i] < 0 && !usedB[c.j] {
			pairOf[c.i], usedB[c.j] = c.j, true
		}
	}
	var ka, kb []string
	for i, j := range pairOf {
		if j >= 0 {
			ka, kb = append(ka, pa[i]), append(kb, pb[j])
		}
	}
	return strings.Join(ka, ". "), strings.Join(kb, ". ")
}

// clauseContent is the stemmed content words of a clause as the polarity
// rules read it ("unhappy" is "not happy"), negators left out: the words
// two wordings must share to say the same thing.
func clauseContent(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range polarityTokens(s) {
		if !negators[w] && !text.StopWord(w) && !isNumeric(w) {
			m[stem(w)] = true
		}
	}
	return m
}

// oneWordApart reports whether two wordings are the same words but one
// ("as happy as" / "as unhappy as").
func oneWordApart(a, b string) bool {
	wa, wb := text.Words(a), text.Words(b)
	if len(wa) != len(wb) || len(wa) < 3 {
		return false
	}
	diff := 0
	for i := range wa {
		if wa[i] != wb[i] {
			diff++
		}
	}
	return diff <= 1
}

func nonEmpty(ss []string) []string {
	out := ss[:0]
	for _, x := range ss {
		if strings.TrimSpace(x) != "" {
			out = append(out, x)
		}
	}
	return out
}

// polaritySum sums the polarity of stemmed words, ignoring negation (the
// negation parity is checked on its own).
func polaritySum(stems []string) int {
	n := 0
	for _, w := range stems {
		n += wordPolarity(w)
	}
	return n
}

// negPrefixes turn an evaluative word into its opposite ("unhappy",
// "dishonest", "insecure", "impossible").
var negPrefixes = []string{"un", "dis", "in", "im", "ir", "il"}

// wordPolarity is +1 for a positive evaluative word, −1 for a negative
// one, 0 otherwise; a negative prefix on a lexicon word flips it.
func wordPolarity(w string) int {
	st := stem(w)
	switch {
	case positiveWords[st] || positiveWords[w]:
		return 1
	case negativeWords[st] || negativeWords[w]:
		return -1
	}
	for _, p := range negPrefixes {
		r := strings.TrimPrefix(w, p)
		if r == w || len(r) < 4 {
			continue
		}
		switch {
		case positiveWords[stem(r)] || positiveWords[r]:
			return -1
		case negativeWords[stem(r)] || negativeWords[r]:
			return 1
		}
	}
	return 0
}

func stemsOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range polarityTokens(s) {
		m[stem(w)] = true
	}
	return m
}
