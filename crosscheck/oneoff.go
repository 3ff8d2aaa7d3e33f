package crosscheck

import (
	"maps"
	"slices"
	"strings"

	"crosswire"
	"crosswire/text"
)

// A name misspelt once. A version that writes a capitalised word
// several times and, once, a word one misspelling from it (text.NearMiss)
// that no other version writes — while another version writes the first
// — has slipped once: its own usage, three times or more against one,
// establishes the spelling, and the story's other versions agree with
// that usage. Two entities one letter apart are told apart by being
// written each several times, or the rarer by other versions too; a
// version writing two spellings once each, or one twice, tells nothing
// of which is its slip. The finding is low: one letter of a name the
// version otherwise writes right changes little, and the two words may
// still be two names.

// oneOffMinUses is how many times a version must write a name for one
// near miss of it to be read as its slip: a majority of three to one (at
// two to one a second, related name — a sibling's, a firm's brand — is
// as likely).
const oneOffMinUses = 3

// capWord is a capitalised word of an article and its first place.
type capWord struct {
	n          int // times written
	start, end int // first place
	// beside holds, for each place, the capitalised words right before
	// and after it (one space apart; "" for none): the name it is part of
	beside map[[2]string]bool
}

// capitalWords returns an article's capitalised words of letters (see
// titleWord; a word is cut at anything not a letter, so a possessive or a
// hyphened compound counts as its name) with how many times each is
// written, and the set of every word it writes in lower case.
func capitalWords(t string) (map[string]*capWord, map[string]bool) {
	caps, all := map[string]*capWord{}, map[string]bool{}
	type word struct{ s, e int }
	var ws []word
	for _, r := range letterRuns(t, "") {
		ws = append(ws, word{r[0], r[1]})
		all[strings.ToLower(t[r[0]:r[1]])] = true
	}
	// the capitalised word k is beside, at the offset d (-1, +1)
	beside := func(k, d int) string {
		o := k + d
		if o < 0 || o >= len(ws) {
			return ""
		}
		gap := t[min(ws[k].e, ws[o].e):max(ws[k].s, ws[o].s)]
		if w := t[ws[o].s:ws[o].e]; gap == " " && titleWord(w) {
			return w
		}
		return ""
	}
	for k, x := range ws {
		w := t[x.s:x.e]
		if !titleWord(w) {
			continue
		}
		c := caps[w]
		if c == nil {
			c = &capWord{start: x.s, end: x.e, beside: map[[2]string]bool{}}
			caps[w] = c
		}
		c.n++
		c.beside[[2]string{beside(k, -1), beside(k, +1)}] = true
	}
	return caps, all
}

// oneOffSpelling reports whether rare, written once by a version, is a
// slip for freq, which the version writes at least oneOffMinUses times:
// one misspelling apart, not one and many of a name, a house spelling or
// accents (the same name, as for names written two ways), nor the name
// with a word run into it ("Kellerhas": a space lost, the name right);
// and written in the name's place — beside the same capitalised words as
// one of freq's mentions, so that a word inside a longer name ("Ada Kell
// Morrow") is no slip for a name written alone ("Kelt").
func oneOffSpelling(rare, freq *capWord, r, f string) bool {
	r, f = strings.ToLower(withoutAccents(r)), strings.ToLower(withoutAccents(f))
	if r == f || r+"s" == f || f+"s" == r || usSpelling(r) == usSpelling(f) ||
		len(r) >= len(f)+2 && strings.HasPrefix(r, f) || !text.NearMiss(r, f) {
		return false
	}
	for b := range rare.beside {
		if freq.beside[b] {
			return true
		}
	}
	return false
}

// checkOneOffSpellings reports a capitalised word a version writes once,
// one misspelling from a word it writes oneOffMinUses times or more, when
// no other version writes the first and another writes the second (see
// the comment above oneOffMinUses): name, low.
func (w *work) checkOneOffSpellings() {
	arts := w.firstLanguageArticles()
	if len(arts) < 2 {
		return
	}
	caps := make([]map[string]*capWord, len(arts))
	df := map[string]int{} // lower-case word → how many versions write it
	for i, a := range arts {
		var all map[string]bool
		caps[i], all = capitalWords(a.Text)
		for x := range all {
			df[x]++
		}
	}
	reported := map[string]bool{}
	for _, d := range w.discs {
		if d.kind == crosswire.DiscName {
			for _, s := range d.sides {
				for _, x := range strings.Fields(strings.ToLower(s.value)) {
					reported[x] = true
				}
			}
		}
	}
	done := map[[2]string]bool{}
	for i, a := range arts {
		words := slices.Sorted(maps.Keys(caps[i]))
		var frequent []string
		for _, x := range words {
			if caps[i][x].n >= oneOffMinUses {
				frequent = append(frequent, x)
			}
		}
		for _, rare := range words {
			rc := caps[i][rare]
			// written once here, so by another version when df > 1
			if l := strings.ToLower(rare); rc.n != 1 || reported[l] || df[l] > 1 {
				continue
			}
			for _, freq := range frequent {
				if done[[2]string{rare, freq}] || !oneOffSpelling(rc, caps[i][freq], rare, freq) {
					continue
				}
				var spans []crosswire.Span
				for j, b := range arts {
					if c := caps[j][freq]; j != i && c != nil {
						spans = append(spans, crosswire.Span{Article: b.ID, Text: b.Text[c.start:c.end], Start: c.start, End: c.end})
					}
				}
				if len(spans) == 0 {
					continue
				}
				done[[2]string{rare, freq}] = true
				w.discs = append(w.discs, &finding{kind: crosswire.DiscName, sev: crosswire.SeverityLow,
					subject: "spelling of " + freq,
					sides: []side{
						{value: freq, spans: spans},
						{value: rare, spans: []crosswire.Span{{Article: a.ID, Text: a.Text[rc.start:rc.end], Start: rc.start, End: rc.end}}},
					}})
			}
		}
	}
}
