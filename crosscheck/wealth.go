package crosscheck

import (
	"slices"
	"strings"
	"unicode"

	"crosswire"
	"crosswire/facts"
	"crosswire/text"
)

// A person's money. An amount someone owns ("his £7m fortune", "Quist's
// £7m fortune") or gained ("Quist earned £8m", "she is worth £8m") is the
// value of one thing — what the owner has from what the story is about —
// however the versions word it: the sentences need share no event verb
// nor any other word, only the owner and the unit. When each of two
// versions gives one such amount (amounts that agree count as one), in
// one currency, and two disagree, the report is low: the words show each
// amount is the owner's, not that both are meant to be the same sum (a
// fortune and what one job paid are two). A named owner must be named by
// the other versions too; a pronoun ("his", "she") stands for whoever the
// version is about. Not an owner's: the price of a thing ("his £450,000
// home", "earned £3m in a two-year contract"), a rate of pay ("earned
// £8m a year", "her £2m salary"), "made" (as often a film's or a firm's
// takings), an owner the article names as an organisation or a place, or
// one set off by punctuation ("the film, starring Ada Quist, earned …").

// wealthNouns name what a person has in all, not a price or a periodic
// pay ("his £450,000 home", "her £2m salary" are other slots); stemmed
// as amountHead gives them.
var wealthNouns = stemSet(`fortune wealth riches earnings`)

// gainVerbs say a person came to have an amount, written right before
// it in the past: "earned £8m", "amassed $3m". The present ("earns") is
// a pay; "made" is as often a film's or a firm's takings.
var gainVerbs = setOf(`earned amassed pocketed banked netted inherited accumulated`)

// periodWords after "a"/"per"/"every"/"each" make an amount a rate of pay
// ("earned £8m a year"), not what a person has in all.
var periodWords = setOf(`year week month day hour season`)

// moneyOwner returns who owns amount m — a name as written, or "" for a
// pronoun — and ok when m is a person's money (see the top of the file).
// An owner that the article names as an organisation or a place is none.
func (w *work) moneyOwner(m *mention) (owner string, ok bool) {
	n := m.fact.Number
	if n == nil || !money(n.Unit) || n.Low != n.High || m.sentStart > m.fact.Span.Start {
		return "", false
	}
	t := m.art.Text
	if p := possessor(m); p != "" {
		return p, wealthNouns[amountHead(m)] && w.personWord(m, p)
	}
	ws := strings.FieldsFunc(t[m.sentStart:m.fact.Span.Start], func(r rune) bool { return !unicode.IsLetter(r) })
	k := len(ws) - 1
	if k >= 0 && (strings.EqualFold(ws[k], "his") || strings.EqualFold(ws[k], "her")) {
		return "", wealthNouns[amountHead(m)]
	}
	v := k // the verb: "earned", or "worth" after a copula
	switch {
	case k >= 1 && gainVerbs[strings.ToLower(ws[k])]:
		k--
	case k >= 2 && strings.ToLower(ws[k]) == "worth" && copulas[strings.ToLower(ws[k-1])]:
		k -= 2
	default:
		return "", false
	}
	if h := amountHead(m); h != "" && !wealthNouns[h] || paid(t[m.fact.Span.End:]) || !adjacent(t[m.sentStart:m.fact.Span.Start], ws[k], ws[v]) {
		// the price of a thing ("earned £3m in a two-year contract"), a
		// rate of pay, or an owner set off by punctuation ("the film,
		// starring Ada Quist, made …")
		return "", false
	}
	s := ws[k]
	if ls := strings.ToLower(s); ls == "he" || ls == "she" {
		return "", true
	}
	return s, startsUpper(s) && !text.StopWord(strings.ToLower(s)) && w.personWord(m, s)
}

// paid reports whether the text after an amount makes it a rate: "a
// year", "per week", "every season", "annually".
func paid(after string) bool {
	ws := text.Words(after)
	if len(ws) > 0 && (ws[0] == "annually" || ws[0] == "yearly" || ws[0] == "weekly" || ws[0] == "monthly") {
		return true
	}
	return len(ws) > 1 && (ws[0] == "a" || ws[0] == "per" || ws[0] == "every" || ws[0] == "each") && periodWords[singularOf(ws[1])]
}

// adjacent reports whether the last words of before are owner and verb
// with only spaces (or a copula, for "is worth") between them.
func adjacent(before, owner, verb string) bool {
	i := strings.LastIndex(before, verb)
	if i < 0 {
		return false
	}
	j := strings.LastIndex(before[:i], owner)
	if j < 0 {
		return false
	}
	for _, f := range strings.Fields(before[j+len(owner) : i]) {
		if !copulas[strings.ToLower(f)] {
			return false
		}
	}
	return !strings.ContainsAny(before[j+len(owner):i], ",;:()\"—-")
}

// personWord reports whether word, a capitalised owner of m, may be a
// person: the article does not name an organisation or a place with it.
func (w *work) personWord(m *mention, word string) bool {
	if !startsUpper(word) {
		return false
	}
	for _, k := range []crosswire.FactKind{crosswire.KindOrg, crosswire.KindPlace} {
		for _, o := range w.byKind[k] {
			if o.art == m.art && strings.Contains(" "+o.fact.Value+" ", " "+word+" ") {
				return false
			}
		}
	}
	return true
}

// checkOwnedMoney reports the amounts two versions give as one person's
// money when they disagree (see the top of the file). ms are the figures
// not reported otherwise.
func (w *work) checkOwnedMoney(ms []*mention) {
	owners := map[*mention]string{}
	byArt := map[*crosswire.Article][]*mention{}
	var arts []*crosswire.Article
	for _, m := range ms {
		o, ok := w.moneyOwner(m)
		if !ok {
			continue
		}
		owners[m] = o
		if byArt[m.art] == nil {
			arts = append(arts, m.art)
		}
		byArt[m.art] = append(byArt[m.art], m)
	}
	// each article's one amount (amounts that agree count as one)
	var sl []*mention
	for _, a := range arts {
		g := byArt[a]
		if !allAgree(g) {
			continue
		}
		sl = append(sl, g[0])
	}
	if len(sl) < 2 {
		return
	}
	// a named owner is named by every other article of the slot
	subject := "money of the person the versions are about"
	for _, m := range sl {
		if owners[m] == "" {
			continue
		}
		subject = "money of " + owners[m]
		for _, x := range sl {
			if x.art != m.art && !writesWords(x.art.Text, owners[m]) {
				return
			}
		}
	}
	w.lowSoleSlot(sl, nil, subject)
}

// allAgree reports whether every figure of g agrees with the first.
func allAgree(g []*mention) bool {
	for _, m := range g[1:] {
		if !numbersAgree(m.fact.Number, g[0].fact.Number) {
			return false
		}
	}
	return true
}

// lowSoleSlot reports sl, each version's one figure of a thing, as a low
// number discrepancy about subject when two versions disagree in one frame
// and one time. shown maps a figure quoted with more words to its mention
// (nil: none is).
func (w *work) lowSoleSlot(sl []*mention, shown map[*mention]*mention, subject string) {
	if len(groupArticles(sl)) < 2 {
		return
	}
	groups := valueGroups(sl)
	if len(groups) < 2 || !distinctVersions(groups) || !w.oneFrame(groups, shown) {
		return
	}
	w.lowNumberFinding(groups, subject)
}

// soleMoneyShared is the least soleSim of two versions' only amounts of a
// currency that checkSoleMoney reads as one: two content words their
// sentences share (or one and the person they name), as one shared word
// ("club", "said") meets across two acts of one story.
const soleMoneyShared = 0.4

// stillOpen is the set of the figures of open that no finding made
// since holds.
func (w *work) stillOpen(open []*mention) map[*mention]bool {
	isOpen := make(map[*mention]bool, len(open))
	for _, m := range open {
		isOpen[m] = true
	}
	for _, d := range w.discs {
		for _, sd := range d.sides {
			for _, m := range sd.ms {
				delete(isOpen, m)
			}
		}
	}
	return isOpen
}

// checkSoleMoney compares each version's only amount of a currency (its
// figures in that currency all agree) when the wording kept two versions'
// amounts apart ("a club-record fee of 38 million euros" / "for 33
// million euros": a noun on one side only keys them apart) and their
// sentences tell one act: the same frame, time and parts, no different
// people, words in common (soleMoneyShared), and a noun naming the sum on
// one side at most (two nouns name two sums: "the damage" / "the fine"). A story that names one
// sum of money names it for its one deal; a disagreement is low, as the
// words do not establish that the two amounts are one. all are every
// figure of the story (to tell an article's only amount), open those not
// in a reported conflict.
func (w *work) checkSoleMoney(all, open []*mention, frames map[*mention]figureFrame, parts map[*mention]int) {
	cur := func(m *mention) string {
		if !facts.IsCurrency(m.fact.Number.Unit) {
			return ""
		}
		return strings.ToLower(strings.TrimSpace(m.fact.Number.Unit))
	}
	byArt := map[[2]string][]*mention{}
	for _, m := range all {
		if c := cur(m); c != "" {
			k := [2]string{m.art.ID, c}
			byArt[k] = append(byArt[k], m)
		}
	}
	// open, and in no finding made since (a person's money, a renamed
	// measure)
	isOpen := w.stillOpen(open)
	var cands []*mention
	for _, g := range byArt {
		if !allAgree(g) {
			continue
		}
		for _, m := range g {
			if isOpen[m] {
				cands = append(cands, m)
			}
		}
	}
	if len(groupArticles(cands)) < 2 {
		return
	}
	slices.SortFunc(cands, func(a, b *mention) int { return a.idx - b.idx })
	sim := w.soleSim(frames, parts)
	keys := figureKeys(cands)
	al := alignment{
		note: w.note,
		key:  cur,
		sim: func(a, b *mention) float64 {
			// a noun on one side only: two nouns ("the damage" / "the
			// fine") are two sums
			na, _, _ := strings.Cut(keys[a], "|")
			nb, _, _ := strings.Cut(keys[b], "|")
			if na != "" && nb != "" && na != nb || w.otherParties(a, b) {
				return 0
			}
			return sim(a, b)
		},
		tau: soleMoneyShared,
	}
	for _, sl := range al.align(cands) {
		groups := valueGroups(sl)
		if len(groupArticles(sl)) < 2 || len(groups) < 2 || !distinctVersions(groups) {
			continue
		}
		w.lowNumberFinding(groups, numberSubject(sl))
	}
}
