package facts

import (
	"fmt"
	"sort"
	"strings"

	"crosswire"
)

// sex is the grammatical gender of a person as the article writes it.
type sex int8

const (
	sexUnknown sex = iota
	sexMale
	sexFemale
)

// genderWord is one record of lexicon/gendered.txt.
type genderWord struct {
	sex sex
	// generic nouns ("woman", "boy") name someone of a sex without
	// giving a name next to them its gender
	generic bool
}

// loadGendered reads lexicon/gendered.txt.
func loadGendered() (map[string]genderWord, error) {
	out := map[string]genderWord{}
	err := eachLine("lexicon/gendered.txt", func(line string) error {
		f := strings.Fields(line)
		if len(f) < 2 || len(f) > 3 || f[1] != "m" && f[1] != "f" || len(f) == 3 && f[2] != "generic" {
			return fmt.Errorf("bad record %q", line)
		}
		g := genderWord{sex: sexMale, generic: len(f) == 3}
		if f[1] == "f" {
			g.sex = sexFemale
		}
		out[strings.ToLower(f[0])] = g
		return nil
	})
	return out, err
}

// pronounSex is the sex a third-person singular pronoun names,
// sexUnknown for any other word.
func pronounSex(lower string) sex {
	switch lower {
	case "he", "him", "his", "himself":
		return sexMale
	case "she", "her", "hers", "herself":
		return sexFemale
	}
	return sexUnknown
}

// personSexes gives each person the article names (by mention value) the
// grammatical gender its own words give them, so a gendered pronoun can
// pass over a person of the other sex (see pronounAntecedent). Two kinds of
// evidence:
//
//   - strong: a gendered honorific right before a name ("Mrs Keller"), a
//     gendered role or kinship noun in the person's role, right before
//     the name ("actress Ann Keller", "her husband, Tom Keller") or as
//     its appositive ("Tom Keller, her husband,");
//   - a pronoun: the first third-person singular pronoun after a mention,
//     in its sentence or the next, when nothing between could be another
//     antecedent (no other name or capitalised word, no role noun, no
//     quotation mark, the mention not a possessor): "Keller said she",
//     "Keller was charged. She denies it", "Keller thanked her fans".
//
// Strong evidence that agrees decides; without it pronoun evidence must
// be unanimous. Any disagreement leaves the person's sex unknown, and an
// unknown person stays a candidate for every pronoun: where the article
// writes no signal nothing changes.
func (d *doc) personSexes() {
	if len(d.persons) == 0 {
		return
	}
	type votes struct{ strong, pron [3]int }
	byValue := map[string]*votes{}
	vote := func(m *mention, s sex, strong bool) {
		if s == sexUnknown || m.value == "" {
			return
		}
		v := byValue[m.value]
		if v == nil {
			v = &votes{}
			byValue[m.value] = v
		}
		if strong {
			v.strong[s]++
		} else {
			v.pron[s]++
		}
	}
	for _, i := range d.persons {
		m := &d.ents[i]
		vote(m, d.writtenSex(m), true)
	}
	d.pronounVotes(func(m *mention, s sex) { vote(m, s, false) })
	for value, v := range byValue {
		var s sex
		switch {
		case v.strong[sexMale] > 0 || v.strong[sexFemale] > 0:
			s = unanimous(v.strong)
		default:
			s = unanimous(v.pron)
		}
		if s != sexUnknown {
			if d.sexes == nil {
				d.sexes = map[string]sex{}
			}
			d.sexes[value] = s
		}
	}
}

// unanimous is the one sex counted, sexUnknown when none or both are.
func unanimous(n [3]int) sex {
	switch {
	case n[sexMale] > 0 && n[sexFemale] == 0:
		return sexMale
	case n[sexFemale] > 0 && n[sexMale] == 0:
		return sexFemale
	}
	return sexUnknown
}

// writtenSex reads the honorific and role nouns around person mention m.
func (d *doc) writtenSex(m *mention) sex {
	toks := d.toks
	// honorific: "Mrs Keller", "Mr. Keller"
	h := m.s - 1
	if h >= 0 && toks[h].text == "." {
		h--
	}
	if h >= 0 && toks[h].cap && d.x.honorifics[toks[h].lower] {
		if g, ok := d.x.gendered[toks[h].lower]; ok {
			return g.sex
		}
	}
	// the person's role: "Queen Ann", "Ann Keller, chairwoman of Acme"
	if m.roleS >= 0 {
		for k := d.tokAt(m.roleS); k < len(toks) && toks[k].end <= m.roleE; k++ {
			if g, ok := d.x.gendered[toks[k].lower]; ok && !g.generic {
				return g.sex
			}
		}
	}
	// a noun right before the name, a comma between allowed: "actress
	// Ann Keller", "his wife, Ann Keller"
	b := m.s - 1
	if b >= 0 && toks[b].text == "," {
		b--
	}
	if b >= 0 && !toks[b].cap {
		if g, ok := d.x.gendered[toks[b].lower]; ok && !g.generic {
			return g.sex
		}
	}
	return d.appositiveSex(m)
}

// appositiveSex reads a gendered noun glossing the name after a comma:
// "Tom Keller, her husband,", "Ann Keller, 41, a mother of two". The
// noun must close the appositive (a comma, full stop, "of", "to", "who"
// or a bracket after it), so "Ann Keller, her husband Tom and …" gives
// Ann nothing.
func (d *doc) appositiveSex(m *mention) sex {
	toks := d.toks
	k := m.e
	if k >= len(toks) || toks[k].text != "," {
		return sexUnknown
	}
	k++
	// an age: "Ann Keller, 41, …"
	if k+1 < len(toks) && toks[k].digit && toks[k+1].text == "," {
		k += 2
	}
	sent := toks[m.e-1].sent
	for n := 0; n < 4 && k < len(toks) && toks[k].sent == sent; n, k = n+1, k+1 {
		t := toks[k]
		if !t.word || t.cap || t.digit {
			return sexUnknown
		}
		if g, ok := d.x.gendered[t.lower]; ok && !g.generic {
			if k+1 >= len(toks) {
				return g.sex
			}
			switch toks[k+1].lower {
			case ",", ".", ";", ")", "of", "to", "who":
				return g.sex
			}
			return sexUnknown
		}
	}
	return sexUnknown
}

// pronounVotes calls fn with the person mention each unambiguous pronoun
// follows and the pronoun's sex (see personSexes).
func (d *doc) pronounVotes(fn func(*mention, sex)) {
	toks := d.toks
	inQuote := d.inQuote
	for _, i := range d.persons {
		m := &d.ents[i]
		if m.e <= m.s || m.e > len(toks) || d.possessor(m) || inQuote(m.spanS) {
			continue
		}
		sent := toks[m.e-1].sent
		// from the end of the mention's span: its own role ("Keller, a
		// spokesman for Acme, said he") is no other antecedent
		for k := max(m.e, d.tokAt(m.spanE)); k < len(toks) && toks[k].sent <= sent+1; k++ {
			t := toks[k]
			if s := pronounSex(t.lower); s != sexUnknown {
				// subject and possessive pronouns only: an object ("Keller
				// thanked her", "told him") is someone else
				if t.lower == "him" || t.lower == "her" && !d.possessiveHer(k) {
					break
				}
				if !inQuote(t.start) {
					fn(m, s)
				}
				break
			}
			if d.blocksAntecedent(k, sent) {
				break
			}
		}
	}
}

// possessiveHer reports whether "her" at token k is a determiner ("her
// fans"), not an object ("thanked her", "told her that").
func (d *doc) possessiveHer(k int) bool {
	if k+1 >= len(d.toks) || d.toks[k+1].sent != d.toks[k].sent {
		return false
	}
	n := d.toks[k+1]
	return n.word && !n.cap && !d.x.function[n.lower] && !isPreposition(n.lower) && !strings.HasSuffix(n.lower, "ly")
}

// blocksAntecedent reports whether token k, between a person mention in
// sentence sent and a pronoun after it, could be what the pronoun stands
// for instead: another name, a capitalised word not opening its sentence
// (not a date's or a weekday's), a role or gendered noun ("the judge said she"), a quotation mark.
func (d *doc) blocksAntecedent(k, sent int) bool {
	t := d.toks[k]
	switch t.text {
	case "\"", "“", "”", "«", "»", "‘", "’", "``", "''":
		return true
	}
	if k < len(d.nameAt) && d.nameAt[k] >= 0 {
		return d.ents[d.nameAt[k]].kind == crosswire.KindPerson || !d.ents[d.nameAt[k]].strong
	}
	// (a date's or figure's words are no name: "on Monday")
	if t.cap && t.word && t.lower != "i" && !d.used[k] && !isMonthOrDay(t.lower) && !(k > 0 && d.toks[k-1].sent != t.sent) {
		return true
	}
	if _, ok := d.x.gendered[t.lower]; ok {
		return true
	}
	return !t.cap && d.isTitle(k)
}

// pronounAntecedent is the person a third-person singular pronoun at byte pos
// stands for: the last person named before pos whose sex, where the
// article gives one, is the pronoun's; nil when none, or when someone
// unnamed of the pronoun's sex was introduced after that person ("A
// spokeswoman for the club said … she said").
func (d *doc) pronounAntecedent(pos int, pronoun string) *mention {
	want := pronounSex(strings.ToLower(pronoun))
	n := sort.Search(len(d.persons), func(i int) bool { return d.toks[d.ents[d.persons[i]].s].start >= pos })
	for i := n - 1; i >= 0; i-- {
		m := &d.ents[d.persons[i]]
		if s := d.sexes[m.value]; want == sexUnknown || s == sexUnknown || s == want {
			if want != sexUnknown && d.unnamedBetween(m.spanE, pos, want) {
				return nil
			}
			if k := d.titledBetween(m.spanE, pos, want); k >= 0 && !strings.Contains(strings.ToLower(m.role), d.toks[k].lower) {
				// "… Emil Varga. The Queen presented the cup. She said":
				// the Queen, unless Varga is the one who holds the title
				return nil
			}
			return m
		}
	}
	return nil
}

// titledBetween returns the token of the last definite title of sex s
// opening a sentence between byte offsets from and to ("The Queen
// presented the cup.": a capitalised title after "the", with no name
// after it), -1 when none. Such a title names its one holder as a name
// does, and as its sentence's subject it is what a pronoun in the next
// sentence most likely takes up, rather than someone named before it.
// Inside a sentence it is not ("Lord Keller said … after the Duke of
// Harwick …", he added": Keller; "a charity the Queen supports"). A title in lower case ("the actress") is not one either: a
// definite description most often takes up a person already named. Not
// inside a quotation, not a possessor ("the Queen's horse") nor a
// modifier of a name ("the Queen Mother", "the King Edward hospital").
// The scan covers the pronoun's sentence and the three before it, as
// unnamedBetween's does.
func (d *doc) titledBetween(from, to int, s sex) int {
	toks := d.toks
	found := -1
	k := d.referentScanStart(from, to)
	for ; k+1 < len(toks) && toks[k+1].start < to; k++ {
		t := toks[k+1]
		if toks[k].lower == "the" && t.cap && t.word && toks[k].sent == t.sent && d.opensSentence(k) && d.isTitle(k+1) {
			g, ok := d.x.gendered[t.lower]
			if !ok || g.generic || g.sex != s || d.inQuote(t.start) || (k+1 < len(d.nameAt) && d.nameAt[k+1] >= 0) {
				continue
			}
			if n := k + 2; n < len(toks) && toks[n].sent == t.sent && (toks[n].cap && toks[n].word || toks[n].start == t.end && (toks[n].text == "'s" || toks[n].text == "’s")) {
				continue
			}
			found = k + 1
		}
	}
	return found
}

// referentScanStart is the first token to read for a referent between
// byte offsets from and a pronoun at to: a referent is taken up within a
// few sentences, the pronoun's and the three before it (which also bounds
// the work per pronoun).
func (d *doc) referentScanStart(from, to int) int {
	toks := d.toks
	k := d.tokAt(from)
	if e := d.tokAt(to); e < len(toks) {
		if s0 := toks[e].sent - 3; s0 > 0 && s0 < len(d.sents) {
			k = max(k, d.tokAt(d.sents[s0].Start))
		}
	}
	return k
}

// opensSentence reports whether token k is the first word of its
// sentence, opening quotation marks and brackets aside.
func (d *doc) opensSentence(k int) bool {
	toks := d.toks
	for j := k - 1; j >= 0 && toks[j].sent == toks[k].sent; j-- {
		if toks[j].word {
			return false
		}
	}
	return true
}

// unnamedBetween reports whether an indefinite noun phrase naming someone
// of sex s ("a spokeswoman", "a 90-year-old woman") is written between
// byte offsets from and to: a new person the pronoun after it more likely
// stands for. Not inside a quotation ("I'm a working girl"), not a
// predicate ("Keller is a mother of two", "regarded as a pioneering
// woman") nor an appositive after a comma ("Keller, a mother of two,"): those gloss the
// person named.
func (d *doc) unnamedBetween(from, to int, s sex) bool {
	toks := d.toks
	k := d.referentScanStart(from, to)
	for ; k < len(toks) && toks[k].start < to; k++ {
		g, ok := d.x.gendered[toks[k].lower]
		if !ok || g.sex != s || toks[k].cap && !(k > 0 && toks[k-1].sent != toks[k].sent) || d.inQuote(toks[k].start) {
			continue
		}
		// the indefinite article a few words before, in the sentence
		for j := k - 1; j >= 0 && j >= k-4 && toks[j].sent == toks[k].sent && toks[j].word; j-- {
			if toks[j].lower != "a" && toks[j].lower != "an" {
				continue
			}
			if j > 0 && (toks[j-1].text == "," || toks[j-1].lower == "as" || isBe(toks[j-1].lower) || strings.HasPrefix(toks[j-1].lower, "becam") || strings.HasPrefix(toks[j-1].lower, "becom")) {
				break
			}
			return true
		}
	}
	return false
}
