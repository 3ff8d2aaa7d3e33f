package attribution

import (
	"crosswire/attack"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosswire"
	"crosswire/text"
)

// lexicon is what the versions of one story say about the names in them:
// which name is a group, a state, a person; which acronym stands for which
// name; which state an agency belongs to. It is built from every version
// before any claim is read, so a version that writes only "the Directorate"
// or "NCSA" still resolves to the party another version names in full.
type lexicon struct {
	entities map[string]*entity
	alias    map[string]string // acronym or surname key → canonical key
	// acronyms written alone, matched to names by initials in finish
	acronyms []string
	// states known once every version is read, for demonyms
	demonymStates []string
	// groups is ATT&CK's table of threat groups (nil: none known); attack
	// maps an entity key to the group its name resolves to.
	groups *attack.Catalog
	attack map[string]*attack.Group
	// lower holds, per article, the words it writes in lower case
	lower map[string]map[string]bool
	// seeded is true when the story came with resolved entities (the
	// pipeline's): names are then typed by them
	seeded bool
	// crewAt marks the mentions (article and start offset) written as a
	// group of people ("the X ransomware gang", "the X group"): where a
	// name is also written as software, only these name the group
	crewAt map[mentionAt]bool
	// texts are the versions' texts, as learn reads them
	texts []string
}

// mentionAt is where a mention starts.
type mentionAt struct {
	article string
	start   int
}

type entity struct {
	Name  string
	votes map[PartyKind]int
	State string
	Affil string // a person's organisation, written before the title
	// typed is the kind the story's resolved entities give the name
	// (crosscheck's StoryEntity, typed by the facts extractor): person,
	// organisation, place or threat group; "" when no entity holds it.
	typed crosswire.FactKind
	// attack is true when the name is one of an ATT&CK group's: MITRE's
	// table outranks a typing read from the name's shape ("Pawn Storm"
	// written like a person's name)
	attack bool
	// codename is true when the story defines the name as a designation
	// of hacking activity ("X is the code-name for Russian meddling in
	// …", "X is the name given by Y to efforts by …"): whoever else
	// types it, it names a threat group or its activity, not a person
	codename bool
	// firm counts the mentions the story describes as a company in an
	// appositive ("Velora, a cyber security firm that …"): a vendor the
	// entities typed a threat group is a company
	firm int
	// employer counts the mentions written as where someone works ("a
	// malware analyst at X"): whoever employs analysts and researchers is
	// a company or a body, never a threat group
	employer int
	// product counts the mentions written as a piece of software ("the
	// X ransomware"): a tool is not a threat group
	product int
	// crew counts the mentions written as the people who run a piece of
	// malicious software ("the X ransomware group", "X ransomware
	// operators"): a threat group, even where the story's entities type
	// the name an organisation; grouped counts the mentions with another
	// group cue ("the X gang", "a gang known as X"). Either makes a name
	// the story also writes as the software ("the X ransomware") the
	// group's.
	crew, grouped int
}

// kindRank breaks ties between votes: evidence from a title or a group cue
// is stronger than a head word.
var kindRank = map[PartyKind]int{
	PartyPerson: 9, PartyGroup: 8, PartyUnit: 7, PartyService: 6, PartyGovernment: 5, PartyCompany: 4,
	PartyOrganisation: 3, PartyState: 2, PartyPlace: 1, PartyUnknown: 0,
}

func (e *entity) kind() PartyKind {
	best := e.voted()
	if e.attack || e.codename {
		return PartyGroup
	}
	// the story's entities decide the coarse type once: a person is a
	// person, a place is a place or a state, an organisation is never a
	// person or a place; the lexicon only refines an organisation (a
	// government body, a company, a service) and tells a state from a
	// place
	switch e.typed {
	case crosswire.KindPerson:
		// a name whose head is a collective noun of people ("X Hackers",
		// "X Crew") is no one person's: written as a group, it is one
		if collectiveName(e.Name) && best == PartyGroup {
			return PartyGroup
		}
		return PartyPerson
	case crosswire.KindPlace:
		if best == PartyState || knownStates[e.Name] {
			return PartyState
		}
		return PartyPlace
	case crosswire.KindGroup:
		if best == PartyState || best == PartyService || best == PartyUnit {
			return best
		}
		if e.firm > 0 || e.employer > 0 {
			return PartyCompany
		}
		return PartyGroup
	case crosswire.KindOrg:
		switch best {
		case PartyPerson, PartyPlace:
			return PartyUnknown
		case PartyState:
			if !knownStates[e.Name] {
				return PartyUnknown
			}
		}
	}
	return best
}

// collectiveHeads are nouns of a body of people that end a group's name
// and never a person's.
var collectiveHeads = set("Hackers", "Gang", "Crew", "Collective", "Squad", "Syndicate", "Cartel", "Team")

// collectiveName reports whether a name of two words or more ends in a
// collective noun of people (collectiveHeads).
func collectiveName(name string) bool {
	f := strings.Fields(name)
	return len(f) >= 2 && collectiveHeads[f[len(f)-1]]
}

// voted is the kind the lexicon's own cues vote for.
func (e *entity) voted() PartyKind {
	best, bestN := PartyUnknown, 0
	for k, n := range e.votes {
		// a state or place vote wins over nothing only; a single strong
		// vote (title, group cue) outranks counts of weak ones
		score := n*10 + kindRank[k]*100
		if k == PartyState || k == PartyPlace {
			score = n*10 + kindRank[k]
		}
		if score > bestN || score == bestN && k < best {
			best, bestN = k, score
		}
	}
	return best
}

// Cue patterns, matched on the text around a name. A naming verb ("known
// as", "dubbed", "called") is a group cue only after a group noun: "a man
// called X" names a person, "a campaign dubbed X" an operation.
var (
	groupCueBefore = regexp.MustCompile(`(?i)(?:(?:group|gang|hackers|crew|actors?|team|collective|outfit|unit)[,]?\s+(?:[\w-]+\s+){0,2}?(?:known as|dubbed|nicknamed|called|codenamed|code-named|tracked as|with the name|by the name|under the name|going by(?: the (?:name|pseudonym|moniker|alias|handle))?|calling (?:itself|themselves)|(?:under|by) the (?:pseudonym|moniker|alias|handle))|hacking group|hacker group|hackers group|threat group|threat actor|apt group|espionage group|cyber group|hacking collective|hacking outfit|hacking team|ransomware gang|group)\s*(?:the\s+)?["“]?$`)
	// handleCueBefore: one attacker's online handle ("a hacker going by
	// the pseudonym X", "an attacker using the alias X"): a pseudonym is
	// no legal name, it names the threat actor the attacker acts as
	// ("going by the name X" may give a person's name: not a cue)
	// Also the cues "known only/online as", "goes/went by the nickname
	// (of)", "uses the (online) alias" after the attacker noun.
	handleCueBefore = regexp.MustCompile(`(?i)\b(?:hacker|attacker|intruder|cyber-?criminal|criminal|individual|actor|extortionist)[,]?\s+(?:(?:(?:that|who)\s+(?:goes|go|went|uses|use|used)\s+(?:by\s+|under\s+)?|(?:(?:going|known|operating|acting|posting|writing)\s+)?(?:by|under|using|with)\s+)the\s+(?:online\s+)?(?:pseudonym|alias|handle|moniker|nickname|online name|screen name|nom de guerre)(?:\s+of)?|known\s+(?:only|online)\s+as)\s*["“]?$`)
	// groupApposAfter: an appositive calling the name a band of
	// attackers ("X, a group of cyber-criminals", "X, a criminal gang"):
	// a threat group, one word or more; the appositive ends there ("QNB,
	// a hacker group going by …" opens the next clause's subject)
	groupApposAfter = regexp.MustCompile(`^["”]?\s*,\s+(?:a|an|the)\s+(?:(?:[\w-]+\s+){0,2}?(?:group|gang|crew|collective|band|ring|team|network)\s+of\s+(?:[\w-]+\s+){0,2}?(?:hackers|cyber-?criminals|criminals|attackers|fraudsters|scammers|extortionists)|(?:[\w-]+\s+)?(?:hacking|hacker|criminal|cyber-?criminal|ransomware|extortion|threat)\s+(?:group|gang|crew|collective|outfit|syndicate))\s*(?:[,.;:)—–]|$)`)
	groupCueAfter   = regexp.MustCompile(`^["”]?\s+(?:hacking group|hacker group|hackers|group|gang|crew|collective|threat actor)\b`)
	productAfter    = regexp.MustCompile(`^["”]?\s+(?:crypto-?)?(?:ransomware|malware|trojan|botnet|loader|worm|virus|backdoor|exploit kit|spyware|rootkit|wiper|variant|strain|family|app|software|tool|toolkit|platform)\b`)
	// crewAfter: a noun of malicious software followed by a noun of the
	// people who run it ("X ransomware group", "X malware gang", "X
	// ransomware operators"): the name is the people's, a threat group
	crewAfter      = regexp.MustCompile(`^["”]?\s+(?:crypto-?)?(?:ransomware|malware|trojan|botnet|spyware|wiper|extortion)(?:-as-a-service)?\s+(?:group|gang|crew|collective|cartel|syndicate|outfit|operators?|actors?|affiliates?)\b`)
	acronymAfter   = regexp.MustCompile(`^\s*\(([A-Z][A-Za-z0-9]{1,7})\)`)
	stateNounAfter = regexp.MustCompile(`^\s*(?:embassy|government|foreign ministry|ministry of foreign affairs|military|army|armed forces|intelligence|spy agenc(?:y|ies)|security services?|secret services?|president|prime minister|ambassador|envoy|officials|authorities|leadership|regime|cyber ?army|state hackers|hackers)\b`)
	stateOfBefore  = regexp.MustCompile(`(?i)(?:government|embassy|ambassador|envoy|president|authorities|regime|state) of\s+(?:the\s+)?$`)
	stateAfter     = regexp.MustCompile(`^\s+(?:government|authorities|regime|embassy)\b`)
	placeBefore    = regexp.MustCompile(`(?:\bin|\bfrom|\bacross|\bto|\bvisit to|\bbased in|\bregistered in)\s+$`)
	reOfState      = regexp.MustCompile(`^(.+) of (?:the )?([A-Z][\p{L}-]+)$`)
	// reFirmAppos: an appositive calling the name a company ("X, a
	// cyber security firm that …", "X, the Finnish security company")
	// (firmAppositive checks that no name follows the company noun)
	reFirmAppos = regexp.MustCompile(`^\s*,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:firm|company|vendor|consultancy|start-?up)\b`)
	// reFirmBefore: a company noun right before the name ("cybersecurity
	// firm F-Secure", "security company X")
	reFirmBefore = regexp.MustCompile(`(?i)\b(?:security|cybersecurity|cyber-security|cyber security|research|intelligence|software|technology|tech|consulting|accountancy)\s+(?:firm|company|vendor|start-?up)\s+$`)
	// reResearchAfter: a research body right after the name ("X threat
	// research unit", "X security research team"): a defender's unit
	reResearchAfter = regexp.MustCompile(`^["”]?\s+(?:[\p{L}-]+\s+){0,2}research\s+(?:unit|team|arm|division|lab|labs|group|cent(?:er|re))\b`)
	// reEmployerBefore: someone's trade and the preposition of where they
	// work, right before the name ("an e-crime specialist at X",
	// "researchers with X")
	reEmployerBefore = regexp.MustCompile(`(?i)\b(?:specialist|researcher|analyst|expert|engineer|scientist|consultant|strategist|architect|evangelist|advis[eo]r|founder|professor|fellow)s?\s+(?:at|with|from)\s+(?:the\s+)?$`)
	// reFirmIndefinite: an appositive company noun after "a"/"an" ("X, a
	// consultancy …"); reSpeakerNext: a name speaking right after it
	reFirmIndefinite = regexp.MustCompile(`^\s*,\s+(?:a|an)\s`)
	reSpeakerNext    = regexp.MustCompile(`^(?:[\p{Lu}][\p{L}&.’'-]*\s+){1,4}(?:said|says|told|reported|found|wrote|added|noted|warned|explained|stated)\b`)
	demonymShape     = regexp.MustCompile(`^[A-Z][a-z]+(?:ian|ean|ese|ish|i|an|ic)$`)
)

// knownStates are countries often named as actors in attribution news. The
// list only spares the rules the work of finding "X's embassy" for common
// states; any other state is found by those cues.
var knownStates = set("Russia", "China", "Iran", "North Korea", "South Korea", "United States", "United Kingdom",
	"Britain", "Israel", "Ukraine", "India", "Pakistan", "Vietnam", "Germany", "France", "Netherlands", "Belarus",
	"Turkey", "Syria", "Lebanon", "Saudi Arabia", "United Arab Emirates", "Qatar", "Japan", "Taiwan", "Canada",
	"Australia", "New Zealand", "Poland", "Estonia", "Latvia", "Lithuania", "Georgia", "Moldova", "Romania",
	"Italy", "Spain", "Sweden", "Norway", "Finland", "Denmark", "Belgium", "Switzerland", "Austria", "Brazil",
	"Mexico", "Nigeria", "Egypt", "Kazakhstan", "Singapore", "Malaysia", "Indonesia", "Philippines", "Thailand")

// reIndustryGroup: a bare "group" after the noun of a trade ("defence
// group X", "the media group X"): a business group, a company.
var reIndustryGroup = regexp.MustCompile(`(?i)\b([a-z]+)\s+group\s*["“]?$`)

// industryGroup reports whether the group cue before a name is a bare
// "group" after an industry word (qualifierSectors, "banking",
// "industrial", …): "defence group X" names a company.
func industryGroup(before string) bool {
	m := reIndustryGroup.FindStringSubmatch(before)
	if m == nil {
		return false
	}
	w := strings.ToLower(m[1])
	return qualifierSectors[w] != "" || reTradeWord.MatchString(w)
}

// reTradeWord: trades qualifierSectors does not list.
var reTradeWord = regexp.MustCompile(`^(?:banking|industrial|engineering|accountancy|consulting|services|hotel|travel|food|luxury|fashion|publishing|advertising|property|construction|automotive|car|steel|investment|utilities|consumer|healthcare|education)$`)

func newLexicon(groups *attack.Catalog) *lexicon {
	return &lexicon{entities: map[string]*entity{}, alias: map[string]string{}, groups: groups,
		attack: map[string]*attack.Group{}, lower: map[string]map[string]bool{}, crewAt: map[mentionAt]bool{}}
}

// names returns the name mentions of one sentence of a, leaving out a
// one-word "name" that is only an ordinary word capitalised because it
// opens the sentence ("Most", "Sources", "Unless"): the article writes it in
// lower case elsewhere.
func (l *lexicon) names(a *crosswire.Article, start, end int) []mention {
	ms := mentions(a.Text, start, end)
	lower := l.lower[a.ID]
	if lower == nil {
		lower = lowerWords(a.Text)
		l.lower[a.ID] = lower
	}
	out := ms[:0]
	for _, m := range ms {
		if !strings.Contains(m.Name, " ") && strings.TrimLeft(a.Text[start:m.Start], " \t\n\"'“‘(") == "" &&
			lower[strings.ToLower(m.Name)] {
			continue
		}
		// "North Korea-linked Lazarus Group": the sponsor phrase
		// describes the name after it; alone ("Russia-linked") it is
		// no name at all
		if loc := sponsorPrefix.FindStringIndex(m.Name); loc != nil {
			if loc[1] >= len(m.Name) {
				continue
			}
			m.Start += loc[1]
			m.Name = m.Name[loc[1]:]
		}
		out = append(out, m)
	}
	return out
}

// sponsorPrefix is a leading phrase of a capitalised run that names a
// sponsor, up to the space after it: "Kremlin-backed ", "North
// Korea-linked ".
var sponsorPrefix = regexp.MustCompile(`^(?:[A-Z][\p{L}]*\s)*[A-Z][\p{L}]*-(?:linked|backed|based|sponsored|affiliated|aligned|nexus|connected|supported|controlled)(?:\s+|$)`)

// lowerWords returns the words text writes in lower case.
func lowerWords(text string) map[string]bool {
	m := map[string]bool{}
	for _, tok := range strings.Fields(text) {
		// a web or mail address writes names in lower case by
		// convention ("brass-wren.example"): no common noun
		if reAddress.MatchString(tok) {
			continue
		}
		for _, w := range strings.FieldsFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				m[w] = true
			}
		}
	}
	return m
}

// reAddress: a whitespace-delimited token that is a web or mail address:
// a scheme, an @, "www.", or a dot inside the token before two letters or
// more ("name.example", "site.org/page").
var reAddress = regexp.MustCompile(`://|@|(?i)\bwww\.|[\p{L}\d-]\.\p{L}{2,}`)

func (l *lexicon) vote(name string, k PartyKind, n int) *entity {
	kk := l.canonical(name)
	e := l.entities[kk]
	if e == nil {
		e = &entity{Name: name, votes: map[PartyKind]int{}}
		l.entities[kk] = e
	}
	if e.typed == "" && len(name) > len(e.Name) {
		e.Name = name
	}
	if k != PartyUnknown {
		e.votes[k] += n
	}
	return e
}

// seed reads the story's resolved entities into the lexicon before any
// text: every surface form of an entity (a misspelling, a surname, an
// acronym) is one party under the entity's canonical name, typed as the
// entity is.
func (l *lexicon) seed(es []crosswire.StoryEntity) {
	// two entities under one name (versions typing it differently): a
	// threat group's typing wins (the extractor types a group only on
	// threat signals: a designation, a group noun, "a group known as";
	// a person or an organisation is often its default for two
	// capitalised words), else the one mentioned most
	weight := map[string]int{}
	l.seeded = len(es) > 0
	for _, se := range es {
		head := nameKey(se.Name)
		w := len(se.Mentions)
		if se.Kind == crosswire.KindGroup {
			w += 1 << 20
		}
		if head == "" || weight[head] >= w {
			continue
		}
		weight[head] = w
		e := l.vote(se.Name, PartyUnknown, 0)
		e.Name = se.Name
		e.typed = se.Kind
		for _, f := range se.Forms {
			k := nameKey(f)
			if k == "" || k == head {
				continue
			}
			if _, taken := l.alias[k]; !taken {
				l.alias[k] = head
			}
		}
	}
}

// learn reads one article into the lexicon.
func (l *lexicon) learn(a *crosswire.Article) {
	l.texts = append(l.texts, a.Text)
	sents := text.Of(a)
	text := a.Text
	for _, s := range sents {
		ms := l.names(a, s.Start, s.End)
		for i, m := range ms {
			before := text[max(s.Start, m.Start-40):m.Start]
			after := text[m.End:min(s.End, m.End+60)]
			if m.Possessive {
				// the 's is outside End; what follows starts after it
				for _, suf := range []string{"'s", "’s", "'S", "’S", "'", "’"} {
					if strings.HasPrefix(after, suf) {
						after = after[len(suf):]
						break
					}
				}
			}
			e := l.vote(m.Name, m.Kind, 1)
			if m.Kind == PartyPerson {
				e.votes[PartyPerson] += 5
				if m.Affil != "" {
					e.Affil = m.Affil
				}
				if f := strings.Fields(m.Name); len(f) > 1 {
					l.alias[nameKey(f[len(f)-1])] = nameKey(m.Name)
				}
			}
			if sub := acronymAfter.FindStringSubmatch(after); sub != nil && !m.Possessive {
				l.alias[nameKey(sub[1])] = nameKey(m.Name)
			} else if isAcronym(m.Name) {
				// "NCSA" written alone: match it to a name with those initials
				l.acronyms = append(l.acronyms, m.Name)
			}
			words := strings.Fields(m.Name)
			// "the Quillon ransomware", "the Morvax botnet loader": a
			// name before a noun of malicious software names a tool;
			// before that noun and a noun of people ("the Quillon
			// ransomware gang") it names the people who run it
			crew := crewAfter.MatchString(after)
			cue := groupCueBefore.MatchString(before) && !industryGroup(before) || groupCueAfter.MatchString(after) || handleCueBefore.MatchString(before) || groupApposAfter.MatchString(after)
			switch {
			case crew:
				e.crew++
				l.crewAt[mentionAt{a.ID, m.Start}] = true
			case productAfter.MatchString(after):
				e.product++
			case cue && !m.Possessive:
				e.grouped++
				l.crewAt[mentionAt{a.ID, m.Start}] = true
			}
			if reEmployerBefore.MatchString(before) && !m.Possessive {
				e.employer++
			}
			if firmAppositive(after) && !m.Possessive || reFirmBefore.MatchString(before) || reResearchAfter.MatchString(after) {
				e.firm++
				if m.Kind == PartyUnknown {
					e.votes[PartyCompany] += 2
				}
			}
			if reCodeName.MatchString(after) && reCodeNameOf.MatchString(text[m.End:s.End]) {
				e.codename = true
			}
			if m.Kind == PartyUnknown || m.Kind == PartyCompany {
				if crew || groupCueBefore.MatchString(before) && !industryGroup(before) || (len(words) >= 2 && groupCueAfter.MatchString(after)) || handleCueBefore.MatchString(before) || groupApposAfter.MatchString(after) {
					e.votes[PartyGroup] += 5
				}
			}
			if m.Kind == PartyUnknown && len(words) <= 3 {
				next := i+1 < len(ms) && ms[i+1].Start-m.End <= 4 && (ms[i+1].Kind == PartyGovernment || ms[i+1].Kind == PartyService)
				switch {
				case knownStates[m.Name]:
					e.votes[PartyState] += 3
				case m.Possessive && (next || stateNounAfter.MatchString(after)):
					e.votes[PartyState] += 3
				case stateOfBefore.MatchString(before) || stateAfter.MatchString(after):
					e.votes[PartyState] += 2
				case placeBefore.MatchString(before) && len(words) == 1:
					e.votes[PartyPlace]++
				}
			}
			if m.Possessive && i+1 < len(ms) && ms[i+1].Start-m.End <= 4 && (ms[i+1].Kind == PartyGovernment || ms[i+1].Kind == PartyService || ms[i+1].Kind == PartyUnit) {
				l.vote(ms[i+1].Name, PartyUnknown, 0).State = m.Name
			}
		}
	}
}

// matchInitials aliases an acronym to the one known name whose capitalised
// initials spell it.
func (l *lexicon) matchInitials(acr string) {
	if _, ok := l.alias[nameKey(acr)]; ok {
		return
	}
	var found []string
	for k, e := range l.entities {
		if k != nameKey(acr) && len(strings.Fields(e.Name)) >= 2 && initials(e.Name) == acr {
			found = append(found, k)
		}
	}
	if len(found) == 1 {
		l.alias[nameKey(acr)] = found[0]
	}
}

// finish resolves what needs the whole story: demonyms of states.
func (l *lexicon) finish() {
	// "National Cyber Security Agency of Norland" is the agency of a state:
	// one entity with the state noted, whichever way a version writes it
	keys := make([]string, 0, len(l.entities))
	for k := range l.entities {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		e := l.entities[k]
		m := reOfState.FindStringSubmatch(e.Name)
		if m == nil || len(strings.Fields(m[1])) < 2 {
			continue
		}
		st := l.entities[nameKey(m[2])]
		if st == nil || st.kind() != PartyState {
			continue
		}
		head := l.vote(m[1], PartyUnknown, 0)
		for kind, n := range e.votes {
			head.votes[kind] += n
		}
		head.State = st.Name
		l.alias[k] = nameKey(m[1])
	}
	for _, acr := range l.acronyms {
		l.matchInitials(acr)
	}
	l.shortCompanyNames(keys)
	l.resolveGroups(keys)
	var states []string
	for _, e := range l.entities {
		if e.kind() == PartyState {
			states = append(states, e.Name)
		}
	}
	sort.Strings(states)
	l.demonymStates = states
	// an adjective voted a state ("the Estmarkian embassy") is its state
	for _, st := range states {
		if d := l.demonymState(st); d != "" {
			l.alias[nameKey(st)] = nameKey(d)
		}
	}
}

// shortCompanyNames makes a one-word entity name the company the story
// also names with it and company head words only (shortForms).
func (l *lexicon) shortCompanyNames(keys []string) {
	var names []string
	for _, k := range keys {
		if l.alias[k] == "" {
			names = append(names, l.entities[k].Name)
		}
	}
	for short, long := range shortForms(names) {
		l.alias[nameKey(short)] = nameKey(long)
	}
}

// shortForms maps a one-word name to the one name of names made of it and
// company head words only ("Tarn" → "Tarn Systems", "Kestrel" →
// "Kestrel Lab"); a word two such names start with maps to none.
func shortForms(names []string) map[string]string {
	out := map[string]string{}
	count := map[string]int{}
	for _, n := range names {
		ws := strings.Fields(n)
		if len(ws) < 2 {
			continue
		}
		heads := true
		for _, w := range ws[1:] {
			heads = heads && companyWords[strings.Trim(w, ".,")]
		}
		if heads && out[ws[0]] != n {
			out[ws[0]] = n
			count[ws[0]]++
		}
	}
	for short := range out {
		if count[short] != 1 {
			delete(out, short)
		}
	}
	return out
}

// resolveGroups makes every name ATT&CK knows a threat group, and the
// names of one ATT&CK group ("APT31", "Violet Typhoon") one entity, under
// the name the versions write most. An alias two ATT&CK groups share
// resolves only when the story's other names tell which.
func (l *lexicon) resolveGroups(keys []string) {
	if l.groups == nil {
		return
	}
	var names []string
	for _, k := range keys {
		names = append(names, l.entities[k].Name)
	}
	written := map[string]bool{}
	for _, n := range names {
		written[n] = true
	}
	byGroup := map[string][]string{}
	for _, k := range keys {
		e := l.entities[k]
		// the story writes "X Group" and, shortened, "X": the group's
		// name whatever typed the short form (a place, for a word that
		// is also a town's name)
		short := len(strings.Fields(e.Name)) == 1 && written[e.Name+" Group"]
		if k := e.voted(); !short && (k == PartyPerson || k == PartyState || e.typed == crosswire.KindPlace) {
			continue
		}
		g, _, ok := l.groups.Resolve(e.Name, names, nil)
		if !ok && short {
			g, _, ok = l.groups.Resolve(e.Name+" Group", names, nil)
		}
		if !ok && !strings.HasSuffix(e.Name, " Group") && len(strings.Fields(e.Name)) == 1 && e.kind() == PartyGroup {
			// news shortens "Lazarus Group" to "Lazarus": a one-word
			// name written as a group is the group ATT&CK names with
			// "Group" after it
			g, _, ok = l.groups.Resolve(e.Name+" Group", names, nil)
		}
		if !ok {
			continue
		}
		e.votes[PartyGroup] += 20
		e.attack = true
		byGroup[g.ID] = append(byGroup[g.ID], k)
		l.attack[k] = &g
	}
	for _, ks := range byGroup {
		head := ks[0]
		for _, k := range ks[1:] {
			if sum(l.entities[k].votes) > sum(l.entities[head].votes) {
				head = k
			}
		}
		for _, k := range ks {
			if k != head {
				l.alias[k] = head
			}
		}
	}
}

func sum(m map[PartyKind]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// demonymState returns the state an adjective such as "Estmarkian" names.
func (l *lexicon) demonymState(w string) string {
	if !demonymShape.MatchString(w) {
		return ""
	}
	best := ""
	for _, s := range l.demonymStates {
		if s == w || len(s) >= len(w) {
			continue
		}
		stem := s
		for cut := 0; cut <= 2 && len(stem) >= 4; cut++ {
			if strings.HasPrefix(w, stem) && len(stem) > len(best) {
				best = s
			}
			stem = stem[:len(stem)-1]
		}
	}
	return best
}

// canonical returns the entity key a name resolves to.
func (l *lexicon) canonical(name string) string {
	k := nameKey(name)
	for range 3 {
		a, ok := l.alias[k]
		if !ok || a == k {
			break
		}
		k = a
	}
	return k
}

// party resolves a mention into a Party of article a.
// acronymOf is the acronym the story pairs with the name of entity key k:
// the capitals of the name's words ("Central Intelligence Agency" →
// "CIA"), written by the story as a form of the same entity. A name of
// one word, or an acronym the story never writes, has none.
func (l *lexicon) acronymOf(k, name string) string {
	if len(strings.Fields(name)) < 2 {
		return ""
	}
	acr := initials(name)
	if len(acr) < 2 || nameKey(acr) == k {
		return ""
	}
	if l.canonical(acr) != k {
		return ""
	}
	return acr
}

func (l *lexicon) party(a *crosswire.Article, m mention) Party {
	k := l.canonical(m.Name)
	p := Party{Name: m.Name, Kind: m.Kind, Span: span(a, m.Start, m.End)}
	if e := l.entities[k]; e != nil {
		p.Name = e.Name
		if kind := e.kind(); kind != PartyUnknown {
			p.Kind = kind
		}
		p.State = e.State
		p.Attack = l.attack[k]
		p.Acronym = l.acronymOf(k, e.Name)
	}
	if p.State != "" && l.canonical(p.State) != "" {
		if e := l.entities[l.canonical(p.State)]; e != nil {
			p.State = e.Name
		}
	}
	return p
}

// span builds the Span of a.Text[start:end].
func span(a *crosswire.Article, start, end int) crosswire.Span {
	return crosswire.Span{Article: a.ID, Text: a.Text[start:end], Start: start, End: end}
}

// firmAppositive reports whether the text after a name is an appositive
// calling it a company (reFirmAppos), and not a company noun that heads
// another name: in "carried out by X, the security firm Y said" the firm
// is Y, the speaker, not X. After "a"/"an" a name following the noun is
// the subject of a relative clause ("X, a consultancy Tarn Systems
// hired"), unless that name speaks ("X, a security firm Y said").
func firmAppositive(after string) bool {
	loc := reFirmAppos.FindStringIndex(after)
	if loc == nil {
		return false
	}
	rest := strings.TrimLeft(after[loc[1]:], " \t")
	return rest == "" || !isCap(rest) || reFirmIndefinite.MatchString(after) && !reSpeakerNext.MatchString(rest)
}
