package attribution

import (
	"crosswire"

	"regexp"
	"strings"
)

// stateWords maps the adjectives, and the seats of government used as
// metonyms, by which news writing names the states most often blamed for
// cyber operations to the state. Other states are still found by the
// lexicon's cues ("Estmark's embassy") and their demonyms by
// lexicon.demonymState; this table only saves the rules from needing the
// state's own name in the story first.
var stateWords = map[string]string{
	"Russian": "Russia", "Kremlin": "Russia", "Moscow": "Russia",
	"Chinese": "China", "Beijing": "China", "PRC": "China",
	"North Korean": "North Korea", "Pyongyang": "North Korea", "DPRK": "North Korea",
	"Iranian": "Iran", "Tehran": "Iran",
	"Vietnamese": "Vietnam", "Hanoi": "Vietnam",
	"Pakistani": "Pakistan", "Indian": "India", "Israeli": "Israel", "Syrian": "Syria",
	"Turkish": "Turkey", "Belarusian": "Belarus", "Lebanese": "Lebanon", "Saudi": "Saudi Arabia",
	"Emirati": "United Arab Emirates", "South Korean": "South Korea", "Ukrainian": "Ukraine",
	"American": "United States", "British": "United Kingdom", "U.S": "United States", "U.S.": "United States",
	"US": "United States", "USA": "United States", "UK": "United Kingdom", "U.K": "United Kingdom", "U.K.": "United Kingdom",
	// seats of government of the states that most often make
	// attributions, written for their governments ("Officials in
	// Washington, London and Canberra blamed …")
	"Washington": "United States", "London": "United Kingdom", "Canberra": "Australia", "Ottawa": "Canada",
	"Wellington": "New Zealand",
}

// stateOf returns the state a word names: a state's name, an adjective or
// seat of government of stateWords, or a demonym of a state the story
// names; "" for anything else.
func (l *lexicon) stateOf(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if knownStates[w] {
		return w
	}
	if s := stateWords[w]; s != "" {
		return s
	}
	if e := l.entities[l.canonical(w)]; e != nil && e.kind() == PartyState {
		return e.Name
	}
	return l.demonymState(w)
}

// A state written into the description of a threat group is an
// attribution: "the Russian hacking group APT28", "North Korea-linked
// Lazarus", "APT10, a suspected Chinese state-sponsored group".
const (
	stateWordRE = `(North Korean?|South Korean?|Saudi Arabian?|[A-Z][a-z]+(?:['’]s)?)`
	// "-based" says where a group is, not who backs it: no attribution
	sponsorAdjRE = `(?:-(?:linked|backed|sponsored|affiliated|aligned|nexus|connected|supported|controlled))?`
	groupAdjRE   = `(?:\s+(?:state-sponsored|state-backed|state-linked|government-backed|government-sponsored|government-linked|state|government|military|intelligence|hacking|hacker|hackers['’]?|cyber-?espionage|cyberespionage|espionage|cyber|threat|APT|advanced persistent threat|spy|spying|nation-state|sponsored|backed|elite|notorious|infamous|prolific))*`
	groupNounRE  = `(?:\s+(?:group|gang|actor|crew|unit|outfit|collective|team|hackers|operation|APT|collective))?`
)

var (
	// reHedged: a word that makes a description an assessment someone
	// is making ("a suspected Chinese group", "believed to be a Russian
	// unit"), not a settled label
	reHedged = regexp.MustCompile(`\b(?:suspected|alleged(?:ly)?|reportedly|believed|thought|likely|probably|presumed|possibly)\b`)
	// descBefore: "<state><-linked>? <adjectives> <noun>? <naming verb>? " right before the group
	descBefore = regexp.MustCompile(`(?:^|[\s(,;:"“])` + stateWordRE + sponsorAdjRE + groupAdjRE + groupNounRE +
		`(?:\s+(?:called|known as|dubbed|named|tracked as))?\s*["“]?$`)
	// serviceBefore: a service's description before a colon, right
	// before its name ("another Russian intelligence service: the FSB")
	serviceBefore = regexp.MustCompile(`(?:^|[\s(,;"“])` + stateWordRE + `(?:\s+[\w-]+){0,3}?\s+(?:agency|service|directorate|intelligence|bureau)\s*:\s+(?:the\s+)?$`)
	// descAfter: the appositive after the group, ", a suspected <state> … group"
	// serviceAfter: a service's appositive, ", the Russian military
	// intelligence directorate", ", Estmark's security service"
	serviceAfter = regexp.MustCompile(`^["”]?\s*(?:\([^)]{1,40}\)\s*)?,\s+(?:the\s+)?` + stateWordRE + `(?:\s+[\w-]+){0,3}?\s+(?:agency|service|directorate|intelligence|military|bureau|police|army|ministry)\b`)
	descAfter    = regexp.MustCompile(`^["”]?\s*(?:\([^)]{1,40}\)\s*)?,\s+(?:an?|the|which is an?|believed to be an?|thought to be an?)\s+(?:(?:suspected|alleged|so-called|reportedly|notorious|infamous|prolific|elite|well-known|sophisticated)\s+)*` +
		stateWordRE + sponsorAdjRE + `(?:\s+[\w-]+){0,3}?\s+(?:group|gang|actor|crew|unit|outfit|collective|hackers|operation|APT|team)\b`)
)

// descriptor finds a state named in the description of a group mention c
// of sentence s: the state, and where the words that name it are.
func (r *articleReader) descriptor(s crosswire.Span, c cand) (Party, int, int, bool) {
	text := r.a.Text
	lo := max(s.Start, c.Start-90)
	if c.kind() == PartyUnknown {
		// a name nothing types is a service only by its description
		// ("another Russian intelligence service: the FSB")
		if m := serviceBefore.FindStringSubmatchIndex(text[lo:c.Start]); m != nil {
			if st := r.lex.stateOf(text[lo+m[2] : lo+m[3]]); st != "" {
				return Party{Name: st, Kind: PartyState, Span: span(r.a, lo+m[2], lo+m[3])}, lo + m[2], c.Start, true
			}
		}
		return Party{}, 0, 0, false
	}
	if m := descBefore.FindStringSubmatchIndex(text[lo:c.Start]); m != nil {
		if st := r.lex.stateOf(text[lo+m[2] : lo+m[3]]); st != "" {
			return Party{Name: st, Kind: PartyState, Span: span(r.a, lo+m[2], lo+m[3])}, lo + m[2], c.Start, true
		}
	}
	hi := min(s.End, c.End+120)
	after := descAfter
	if k := c.kind(); k == PartyService || k == PartyUnit || k == PartyUnknown {
		after = serviceAfter
		if m := serviceBefore.FindStringSubmatchIndex(text[lo:c.Start]); m != nil {
			if st := r.lex.stateOf(text[lo+m[2] : lo+m[3]]); st != "" {
				return Party{Name: st, Kind: PartyState, Span: span(r.a, lo+m[2], lo+m[3])}, lo + m[2], c.Start, true
			}
		}
	}
	if m := after.FindStringSubmatchIndex(text[c.End:hi]); m != nil {
		if st := r.lex.stateOf(text[c.End+m[2] : c.End+m[3]]); st != "" {
			return Party{Name: st, Kind: PartyState, Span: span(r.a, c.End+m[2], c.End+m[3])}, c.End + m[2], c.End + m[1], true
		}
	}
	return Party{}, 0, 0, false
}
