package attribution

import (
	"crosswire/text"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one token of a sentence with its byte offsets into the article
// text. Possessive is set when the word ended in 's (the 's is outside End).
type word struct {
	Text       string
	Start, End int
	Possessive bool
	// Break is true when punctuation other than a space separates this word
	// from the previous one: names never run across it.
	Break bool
}

// words tokenises text[start:end] into words, keeping offsets.
func words(text string, start, end int) []word {
	var out []word
	brk := true
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if r != ' ' {
				brk = true
			}
			i += n
			continue
		}
		j := i
		for j < end {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				j += n
				continue
			}
			// inner hyphen, apostrophe or dot followed by a letter or digit
			if (r == '-' || r == '.' || r == '\'' || r == '’' || r == '&') && j+n < end {
				r2, _ := utf8.DecodeRuneInString(text[j+n:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					// possessive 's ends the word
					if (r == '\'' || r == '’') && (r2 == 's' || r2 == 'S') && (j+n+1 >= end || !isLetterAt(text, j+n+1)) {
						break
					}
					j += n
					continue
				}
			}
			break
		}
		w := word{Text: text[i:j], Start: i, End: j, Break: brk}
		k := j
		if k < end {
			r, n := utf8.DecodeRuneInString(text[k:])
			if r == '\'' || r == '’' {
				if k+n < end && (text[k+n] == 's' || text[k+n] == 'S') && (k+n+1 >= end || !isLetterAt(text, k+n+1)) {
					w.Possessive = true
					k += n + 1
				} else if strings.HasSuffix(w.Text, "s") {
					// plural possessive: "the agencies'"
					w.Possessive = true
					k += n
				}
			}
		}
		out = append(out, w)
		brk = false
		i = k
	}
	return out
}

func isLetterAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// isCap reports whether w starts with an upper-case letter or is a
// letter-digit code such as "APT41".
func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isAcronym reports whether w is an all-capitals abbreviation (2–6 letters,
// digits allowed after the first letter).
func isAcronym(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 8 {
		return false
	}
	letters := 0
	for i, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r) && i > 0:
		default:
			return false
		}
	}
	return letters >= 2
}

// connectors may sit inside a capitalised name ("Ministry of Trade",
// "Office of the Prosecutor General").
var connectors = map[string]bool{"of": true, "the": true, "for": true, "and": true, "de": true, "al": true}

// stopCaps are capitalised words that start sentences or name times, never
// part of an actor's name.
var stopCaps = set("The", "A", "An", "In", "On", "At", "But", "And", "Or", "Separately", "According", "Last",
	"This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "Our", "Their", "His", "Her",
	"After", "Before", "When", "While", "Since", "Although", "However", "Meanwhile", "Also", "Officials",
	"Investigators", "Researchers", "If", "As", "By", "For", "From", "With", "Without", "Under", "Earlier",
	"Later", "Today", "Yesterday", "Tomorrow", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December", "There", "Here", "What", "Who", "Why", "How", "No",
	"Not", "Yes", "Some", "Many", "All", "Both", "Each", "Every", "Any", "Several", "Two", "Three", "Four",
	"Five", "Six", "Seven", "Eight", "Nine", "Ten", "One", "Once", "Now", "Then", "Still", "Even", "Only",
	"Asked", "Speaking", "Neither", "Nor", "Such", "Until", "During", "Despite", "Among", "Between", "Over",
	"Following", "Unlike", "Like", "Instead", "Previously", "Recently", "Further", "Finally", "Its",
	"Western", "Eastern", "Northern", "Southern")

// titles precede a person's name ("Colonel Dana Reis", "Director Ines
// Park"); the words before a title name the person's organisation.
var titles = set("Colonel", "Col", "Gen", "Lieutenant", "Lt", "Major", "Maj", "Captain", "Capt", "Commander",
	"Admiral", "Sergeant", "Director", "Minister", "President", "Premier", "Chancellor", "Secretary",
	"Spokesman", "Spokeswoman", "Spokesperson", "Ambassador", "Envoy", "Judge", "Mr", "Mrs", "Ms", "Dr",
	"Prof", "Professor", "Chief", "Deputy", "Agent", "Officer", "Senator", "Governor", "Mayor", "Chairman",
	"Chairwoman", "Chair", "Head", "CEO", "Analyst", "Researcher", "Inspector", "Detective")

// Group-name shapes used by threat-intelligence vendors: numbered
// designations (APT41, UNC2452, TA505, FIN7, DEV-0537, Storm-0558), an
// element or metal first word, or an animal/weather/crew last word
// ("X Spider", "X Panda", "X Typhoon", "X Team").
var (
	groupCode = regexp.MustCompile(`^(?:APT|UNC|TA|FIN|DEV|Storm|TEMP|G|UAC|UAT|Unit)[- ]?\d{1,5}$`)
	groupLast = set("Spider", "Panda", "Bear", "Kitten", "Chollima", "Tiger", "Buffalo", "Jackal", "Leopard",
		"Lynx", "Wolf", "Fox", "Typhoon", "Blizzard", "Sandstorm", "Sleet", "Tempest", "Hail", "Cyclone", "Dust",
		"Flood", "Tsunami", "Team", "Gang", "Crew", "Collective", "Squad", "Syndicate", "Cartel", "Army")
	groupFirst = set("Bronze", "Iron", "Gold", "Cobalt", "Nickel", "Tin", "Copper", "Zinc", "Platinum",
		"Aluminum", "Aluminium", "Silver", "Titanium", "Lead", "Mercury", "Carbon", "Cyber")
)

// Head words that say what kind of organisation a name is.
var (
	serviceWords = set("Intelligence", "Espionage", "Reconnaissance", "Spy", "Secret", "GRU", "KGB", "Staff")
	govWords     = set("Agency", "Ministry", "Department", "Office", "Police", "Prosecutor", "Prosecutors",
		"Council", "Government", "Command", "Bureau", "Commission", "Parliament", "Embassy", "Center", "Centre",
		"Authority", "Court", "Cabinet", "Administration", "Directorate", "Service", "Services", "Guard",
		"Forces", "Army", "Navy", "Agencies", "Ministries", "Presidency", "Congress", "Senate", "Treasury",
		"Prosecution", "Judiciary")
	companyWords = set("Inc", "Ltd", "Corp", "Corporation", "LLC", "GmbH", "AG", "PLC", "Labs", "Lab",
		"Technologies", "Technology", "Systems", "Solutions", "Networks", "Software", "Security", "Data",
		"Holdings", "Partners", "Company", "Co", "Bank", "Airlines", "Energy", "Telecom", "Media", "Group",
		"Consulting", "Analytics", "Digital", "Cyber", "Industries", "Logistics", "Trading", "Capital")
	orgWords = set("University", "Hospital", "School", "Institute", "Foundation", "College", "Association",
		"Union", "Party", "Committee", "Organisation", "Organization", "Alliance")
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// mention is a capitalised name found in a sentence.
type mention struct {
	Name       string
	Kind       PartyKind
	Start, End int // byte offsets into the article text
	Possessive bool
	// Title is the person's title when the name followed one.
	Title string
	// Affil is the organisation written before a person's title
	// ("NCSA" in "NCSA Director Ines Park"), empty when none.
	Affil string
}

// mentions finds the capitalised names of text[start:end].
func mentions(text string, start, end int) []mention {
	ws := words(text, start, end)
	var out []mention
	i := 0
	for i < len(ws) {
		if !nameWord(ws[i].Text) || stopCaps[ws[i].Text] {
			i++
			continue
		}
		j := i + 1
		if !ws[i].Possessive {
			for j < len(ws) && !ws[j].Break {
				wt := ws[j].Text
				if nameWord(wt) && !isDayOrMonth(wt) {
					if ws[j].Possessive {
						j++
						break
					}
					j++
					continue
				}
				// a number after a designation word: "Unit 29155", "APT 41"
				if isDigits(wt) && (ws[j-1].Text == "Unit" || ws[j-1].Text == "APT") {
					j++
					continue
				}
				// "of", "of the" between capitalised words
				if connectors[wt] && wt != "and" {
					k := j + 1
					if k < len(ws) && connectors[ws[k].Text] && ws[k].Text != "and" {
						k++
					}
					if k < len(ws) && !ws[k].Break && !ws[j+1].Break && nameWord(ws[k].Text) && !stopCaps[ws[k].Text] {
						j = k
						continue
					}
				}
				break
			}
		}
		// "Prosecutor General's Office": a body named after its head
		if ws[j-1].Possessive && j < len(ws) && !ws[j].Break && possessedHeads[ws[j].Text] && hasGovWord(ws[i:j]) {
			m := mention{Name: text[ws[i].Start:ws[j].End], Start: ws[i].Start, End: ws[j].End, Kind: PartyGovernment}
			out = append(out, m)
			i = j + 1
			continue
		}
		out = append(out, splitTitle(text, ws[i:j])...)
		i = j
	}
	return out
}

// possessedHeads are the head words of "X's Office"-style names.
var possessedHeads = set("Office", "Ministry", "Agency", "Department", "Bureau", "Service", "Directorate", "Council", "Command")

func hasGovWord(run []word) bool {
	for _, w := range run {
		if govWords[w.Text] || titles[w.Text] {
			return true
		}
	}
	return false
}

// splitTitle turns a run of capitalised words into mentions: a title in the
// run separates an affiliation (before) from a person (after).
func splitTitle(text string, run []word) []mention {
	for k, w := range run {
		if !titles[strings.TrimSuffix(w.Text, ".")] || k == len(run)-1 {
			continue
		}
		// "Prime Minister X", "Foreign Minister X": title words before the
		// title belong to the title when they are not an organisation.
		var out []mention
		affilEnd := k
		for affilEnd > 0 && (titles[run[affilEnd-1].Text] || run[affilEnd-1].Text == "Prime" || run[affilEnd-1].Text == "Foreign" || run[affilEnd-1].Text == "Interior" || run[affilEnd-1].Text == "Defence" || run[affilEnd-1].Text == "Defense") {
			affilEnd--
		}
		p := run[k+1:]
		for len(p) > 0 && titles[strings.TrimSuffix(p[0].Text, ".")] {
			p = p[1:]
		}
		if len(p) == 0 {
			break
		}
		m := toMention(text, p)
		m.Kind = PartyPerson
		m.Title = text[run[affilEnd].Start:run[k].End]
		if affilEnd > 0 {
			a := toMention(text, run[:affilEnd])
			m.Affil = a.Name
			out = append(out, a)
		}
		return append(out, m)
	}
	return []mention{toMention(text, run)}
}

func toMention(text string, run []word) mention {
	// trim connectors at the edges
	for len(run) > 1 && connectors[run[len(run)-1].Text] {
		run = run[:len(run)-1]
	}
	m := mention{
		Name:       text[run[0].Start:run[len(run)-1].End],
		Start:      run[0].Start,
		End:        run[len(run)-1].End,
		Possessive: run[len(run)-1].Possessive,
	}
	m.Kind = shapeKind(run)
	return m
}

// shapeKind classifies a name by its own words only.
func shapeKind(run []word) PartyKind {
	first, last := run[0].Text, run[len(run)-1].Text
	name := ""
	for i, w := range run {
		if i > 0 {
			name += " "
		}
		name += w.Text
	}
	if strings.Contains(name, "State Security") || strings.Contains(name, "Security Service") {
		return PartyService
	}
	if groupCode.MatchString(name) && first != "Unit" {
		return PartyGroup
	}
	if first == "Unit" && len(run) == 2 && isDigits(last) {
		return PartyUnit
	}
	hasGov, hasService, hasCompany, hasOrg := false, false, false, false
	for _, w := range run {
		t := strings.TrimSuffix(w.Text, ".")
		switch {
		case serviceWords[t]:
			hasService = true
		case govWords[t]:
			hasGov = true
		case companyWords[t]:
			hasCompany = true
		case orgWords[t]:
			hasOrg = true
		}
	}
	if hasGov && hasCompany && (last == "Services" || last == "Service" || last == "Group") {
		// "Polar Data Services": a company's name, not a public service
		hasGov = false
	}
	switch {
	case hasService:
		return PartyService
	case hasGov:
		return PartyGovernment
	case hasOrg:
		return PartyOrganisation
	case len(run) >= 2 && (groupLast[last] || groupFirst[first]):
		return PartyGroup
	case hasCompany && len(run) >= 2:
		return PartyCompany
	}
	return PartyUnknown
}

func nameWord(w string) bool {
	return isCap(w) || (len(w) > 2 && isAcronym(strings.ToUpper(w)) && hasUpperAndDigit(w))
}

func hasUpperAndDigit(w string) bool {
	up, dig := false, false
	for _, r := range w {
		up = up || unicode.IsUpper(r)
		dig = dig || unicode.IsDigit(r)
	}
	return up && dig
}

func isDigits(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

func isDayOrMonth(w string) bool {
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
		"January", "February", "March", "April", "June", "July", "August", "September", "October",
		"November", "December":
		return true
	}
	return false
}

// initials returns the upper-case initials of the capitalised words of a
// name ("National Cyber Security Agency" → "NCSA").
func initials(name string) string {
	var b strings.Builder
	for _, f := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(f)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// nameKey is the key parties are matched under: the one name key of the
// text layer, with the organisation rule ("Ministry of Energy" and
// "Energy Ministry" meet), since the parties of attribution claims are
// groups, states and their agencies.
func nameKey(name string) string { return text.NameKey(name, true) }
