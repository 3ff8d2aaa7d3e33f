package crosscheck

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosswire"
	"crosswire/text"
)

// Places of one named building. A building stands in one place, so "the
// Orland Arena in Westmark" and "the Orland Arena in Eastvale", or "the
// Corran Clinic in central Dunmore" and "the Corran Clinic in north
// Dunmore", cannot both be right. A name of capitalised words ending in a
// head noun of a building (facilityHeads), followed by "in" and a place
// (capitalised words, after an optional word of a city's part), is one
// version's place of that building, keyed on the building's name. Two
// versions placing one building apart disagree: one place with two
// different parts, or two places neither of whose names holds all the
// other's words — unless either version writes the other place anywhere
// (a version naming both may tell how they relate: a town and its county),
// as checkEventPlaces reads places. The finding is a low claim: crosscheck
// has no containment table, so two bare names may still be a town and the
// state around it, and a city's parts are told loosely.

// facilityHeads are head nouns of buildings and grounds that stand in one
// place. General English; a house or a home (a person's, of which there
// may be several) is not one.
var facilityHeads = setOf(`stadium arena hospital clinic theatre theater hall centre center hotel palace
museum gallery airport prison cathedral church studios racecourse`)

// cityParts are the words that name a part of a place before its name
// ("central London", "north-west Leeds").
var cityParts = setOf(`north south east west central northern southern eastern western north-east
north-west south-east south-west northeast northwest southeast southwest inner outer`)

// facilityPlace is one version's place of one named building.
type facilityPlace struct {
	art     *crosswire.Article
	version string
	key     string // the building's name, lower case, words joined by spaces
	name    string // the building's name as written
	part    string // the part of the place, lower case, or ""
	place   string // the place's name as written
	span    crosswire.Span
}

// checkFacilityPlaces reports one building placed apart by two versions.
func (w *work) checkFacilityPlaces() {
	byKey := map[string][]facilityPlace{}
	for _, a := range w.firstLanguageArticles() {
		for _, f := range facilityPlaces(a) {
			f.version = w.version[a.ID]
			byKey[f.key] = append(byKey[f.key], f)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(byKey)) {
		fs := byKey[k]
		var sides []side
		var reps []facilityPlace
		for _, f := range fs {
			placed := false
			for i, r := range reps {
				if samePlaceOf(r, f) {
					sides[i].spans = append(sides[i].spans, f.span)
					sides[i].ms = append(sides[i].ms, &mention{version: f.version, art: f.art, entity: -1})
					placed = true
					break
				}
			}
			if !placed {
				reps = append(reps, f)
				sides = append(sides, side{value: f.span.Text, ms: []*mention{{version: f.version, art: f.art, entity: -1}}, spans: []crosswire.Span{f.span}})
			}
		}
		if len(reps) < 2 {
			continue
		}
		// a version writing both places tells how they relate; one
		// version's two places are not a drift between versions
		both := false
		for i, p := range reps {
			for _, q := range reps[i+1:] {
				if p.version == q.version || writesWords(p.art.Text, q.written()) || writesWords(q.art.Text, p.written()) {
					both = true
				}
			}
		}
		if both {
			continue
		}
		w.discs = append(w.discs, &finding{kind: crosswire.DiscClaim, sev: crosswire.SeverityLow,
			subject: "place of the " + reps[0].name, sides: sides})
	}
}

// written is the place as the version wrote it, its part included:
// another version writing "north Dunmore" tells of that part too.
func (f facilityPlace) written() string {
	if f.part == "" {
		return f.place
	}
	return f.span.Text[strings.LastIndex(f.span.Text, f.place)-len(f.part)-1:]
}

// samePlaceOf reports whether two places of one building agree: one name
// holding all the other's words, and the same part when both name one.
func samePlaceOf(p, q facilityPlace) bool {
	wp, wq := placeWords(p.place), placeWords(q.place)
	if !subset(wp, wq) && !subset(wq, wp) {
		return false
	}
	return p.part == "" || q.part == "" || p.part == q.part
}

// facilityPlaces returns an article's named buildings with the place
// after them: "<Capitalised words> <head> [,] in [the] [part] <Place>".
func facilityPlaces(a *crosswire.Article) []facilityPlace {
	t := a.Text
	runs := letterRuns(t, "'-")
	word := func(k int) string { return t[runs[k][0]:runs[k][1]] }
	// gap is the text between words k-1 and k
	gap := func(k int) string { return t[runs[k-1][1]:runs[k][0]] }
	capital := func(k int) bool {
		r, _ := utf8.DecodeRuneInString(word(k))
		return unicode.IsUpper(r)
	}
	var out []facilityPlace
	for h := 1; h+2 < len(runs); h++ {
		if !facilityHeads[strings.ToLower(word(h))] || gap(h) != " " {
			continue
		}
		// the building's name: the capitalised words right before its head
		s := h
		for s > 0 && capital(s-1) && (s == h || gap(s) == " ") && !text.StopWord(strings.ToLower(word(s-1))) {
			s--
		}
		if s == h || s > 0 && gap(s) == " " && capital(s-1) {
			continue // no name, or a name opening with a stop word
		}
		k := h + 1
		if g := gap(k); (g != " " && g != ", ") || strings.ToLower(word(k)) != "in" {
			continue
		}
		k++
		if strings.ToLower(word(k)) == "the" && k+1 < len(runs) {
			k++
		}
		part := ""
		if cityParts[strings.ToLower(word(k))] && k+1 < len(runs) && gap(k+1) == " " {
			part = strings.ToLower(word(k))
			k++
		}
		if !capital(k) || cityParts[strings.ToLower(word(k))] {
			continue
		}
		e := k
		for e+1 < len(runs) && e-k < 2 && gap(e+1) == " " && capital(e+1) {
			e++
		}
		var key []string
		for i := s; i <= h; i++ {
			key = append(key, strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(word(i), "'s"), "’s")))
		}
		start, end := runs[s][0], runs[e][1]
		out = append(out, facilityPlace{
			art: a, key: strings.Join(key, " "), name: t[start:runs[h][1]], part: part,
			place: t[runs[k][0]:runs[e][1]],
			span:  crosswire.Span{Article: a.ID, Text: t[start:end], Start: start, End: end},
		})
	}
	return out
}
