package attribution

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosswire"
	"crosswire/text"
)

// cand is a party a sentence names: a resolved name, or an anaphor ("the
// group", "the three men") resolved to earlier names of the article.
type cand struct {
	Parties    []Party
	Start, End int
	// Qualifier marks a possessive state that only qualifies the next name
	// ("Estmark's" in "Estmark's spy agency").
	Qualifier bool
	// Bystander marks a state or place written where it cannot be the
	// culprit: as a modifier inside another noun phrase ("the 2016 U.S.
	// presidential election", "U.S. officials") or as what an incident
	// was aimed at ("operations aimed at the U.S."). It names the
	// election's or the target's state; it may still be the accuser.
	Bystander bool
	Anaphor   bool
	// Origin marks a state written as the nationality adjective of a
	// common attacker noun ("Russian hackers", "Chinese spies"): it says
	// where the hackers are from, not that the state acted. It may be
	// named the suspected sponsor where a speaker attributes to the
	// hackers, but it is no actor of what they hit.
	Origin bool
	// Cover marks a name used as a false flag ("posing as X", "pretending
	// to be from X"): no later description or anaphor refers to it.
	Cover bool
}

func (c cand) kind() PartyKind { return c.Parties[0].Kind }

// Trigger patterns. They are matched case-insensitively on one sentence.
var (
	reAttributed  = regexp.MustCompile(`(?i)\battribut(?:ed|es|e|ing)\b`)
	reBlamed      = regexp.MustCompile(`(?i)\bblam(?:ed|es|e|ing)\b`)
	reAccused     = regexp.MustCompile(`(?i)\baccus(?:ed|es|e|ing)\b`)
	reLinked      = regexp.MustCompile(`(?i)\b(?:linked|links|link|tied|ties|connected|traced|pinned)\b`)
	reBehind      = regexp.MustCompile(`(?i)\b(?:was|were|is|are|been|being|be)\s+(?:\w+\s+)?behind\b`)
	reResponsible = regexp.MustCompile(`(?i)\bresponsib(?:le|ility)\s+for\b`)
	reHeld        = regexp.MustCompile(`(?i)\b(?:held|holds|hold|holding|made|makes|make)\b`)
	reMadeResp    = regexp.MustCompile(`(?i)\b(?:held|holds|hold|holding|made|makes|make)\s+responsible\b`)
	reOfRunning   = regexp.MustCompile(`(?i)^\s+of\s+(?:running|operating|controlling|directing|sponsoring|backing|commanding|leading|being behind)\s+`)
	reSponsor     = regexp.MustCompile(`(?i)\b(?:run|operated|controlled|directed|sponsored|backed|commanded|overseen|funded|tasked|managed|employed|staffed|led)\s+by\b`)
	// reBasedIn: where a group is said to operate from ("the group was
	// based in X", "APT10 is likely to be based in X")
	reBasedIn = regexp.MustCompile(`(?i)\bbased\s+(?:in|out of)\s+`)
	// reUsedBy: tools or infrastructure of the incident said to be a
	// group's ("the code was reused by X"); only a named threat group,
	// unit or service is read as its author
	reUsedBy = regexp.MustCompile(`(?i)\b(?:used|reused|re-used|deployed|developed|written|built|operated|wielded|distributed|spread|delivered|leaked|stolen|dumped|exfiltrated|encrypted|claimed)(?:\s+online)?\s+by\b`)
	// reAgentNamed: the agent of a passive verb written as a noun of
	// attackers and the name it goes by ("by an intruder under the
	// handle X", "by a gang calling itself X"): the name is the agent
	reAgentNamed = regexp.MustCompile(`(?i)^\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:hacker|hackers|group|gang|crew|collective|attacker|attackers|actor|cyber-?criminals?|criminals?)[,]?\s+(?:(?:going|known|operating)\s+)?(?:by|as|under|using|calling (?:itself|themselves|himself|herself)|called|dubbed|named)(?:\s+the\s+(?:name|pseudonym|alias|handle|moniker|nickname))?\s*["“]?$`)
	// reDeedByVerb: the verbs of the deed itself among reUsedBy's, the
	// only ones whose agent may be an attacker written with its handle
	// (a tool "written by a hacker using the alias X" names its author,
	// not the culprit of an incident the story reports)
	reDeedByVerb = regexp.MustCompile(`(?i)^(?:leaked|stolen|dumped|exfiltrated|encrypted|claimed)\b`)
	// reWorkOf: a deed or a tool said to be a group's doing ("the
	// loader looks like another effort by X", "the wiper is the
	// handiwork of X"): only a named threat group, unit or service right
	// after it is read
	reWorkOf = regexp.MustCompile(`(?i)\b(?:work|handiwork|creation|brainchild|attempt|effort|doing)\s+(?:of|from|by)\b`)
	// reSpeakerAfter: a speech verb right after a name: the name speaks
	reSpeakerAfter = regexp.MustCompile(`^["”]?\s+(?:said|says|told|reported|wrote|added|noted|warned|explained|stated)\b`)
	// reBehindAppos: a noun of culprits "behind" the deed, then the name
	// in apposition ("the thieves behind this, namely X", "the people
	// behind the attack, X, …", "the gang behind the breach — X"): the
	// name is who is behind it
	reBehindAppos = regexp.MustCompile(`(?i)\b(?:criminals|cyber-?criminals|fraudsters|scammers|crooks|thieves|extortionists|hackers|attackers|group|gang|crew|people|actors?|operators|masterminds|culprits|perpetrators)\s+behind\s+(?:it|them|this|that|(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s*(?:,\s*(?:i\.\s?e\.,?|namely|that is,?)?|\s+[—–]|:)\s*["“]?`)
	// reClaimedResp: a party claiming a deed as its own ("X claimed
	// responsibility for the attack", "X took credit for the breach", "X
	// claimed the ransomware attack"): the claimant is the culprit it
	// names itself
	reClaimedResp = regexp.MustCompile(`(?i)\b(?:claimed|claims|claim|claiming|took|takes|take|taking|accepted|accepts|admitted|admits)\s+(?:(?:full|the)\s+)?(?:responsibility|credit)\s+for\b|\b(?:claimed|claims|claiming)\s+(?:the|this|that|last \w+'s)\s+(?:[\w-]+\s+)?(?:attacks?|breach|hack|intrusion|cyber-?attacks?)\b`)
	// reNoClaimant: what between a name and the verb of claiming shows
	// the name is no claimant ("X said no group has claimed …")
	reNoClaimant = regexp.MustCompile(`(?i)\b(?:no|nobody|none|not|yet to|never)\b`)
	// reDiscovered: a verb of finding a threat group out ("the group was
	// discovered by X", "X and Y collaborated to identify the group"):
	// who finds a group out holds it responsible for what it did
	reDiscovered = regexp.MustCompile(`(?i)\b(?:discovered|uncovered|identified|exposed|unmasked|identify|uncover|expose|unmask)\b`)
	// reAlongside: partners of the agent of a passive verb ("…, working
	// alongside the NCSC")
	reAlongside = regexp.MustCompile(`^,?\s+(?:working|in partnership|in collaboration|together)?\s*(?:alongside|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*['’]s\s+)?$`)
	// reNamedAs: a verb of naming or identifying whose object is then
	// called the culprit ("named APT41, a … group, as the culprit
	// behind", "identified X as the perpetrator of"); reCulpritAs is the
	// "as the culprit" that must follow it in the clause
	reNamedAs    = regexp.MustCompile(`(?i)\b(?:named|names|naming|identified|identifies|identifying|singled out|outed|unmasked|fingered)\b`)
	reCulpritAs  = regexp.MustCompile(`(?i)^[^.;:]{1,120}?\bas\s+(?:the|a|an)\s+(?:(?:likely|probable|main|chief|prime|principal|suspected)\s+)?(?:culprits?|perpetrators?|attackers?|authors?|party responsible|group responsible)\b`)
	reCarriedOut = regexp.MustCompile(`(?i)\b(?:carried out|conducted|orchestrated|perpetrated|launched|staged|committed|mounted)\s+by\b`)
	// reMemberOf: a group written as a part of a larger body ("a unit of",
	// "part of", "a subgroup of", "the hacking arm of")
	reMemberOf = regexp.MustCompile(`(?i)\b(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+)?(?:unit|subgroup|sub-group|division|arm|branch|offshoot|cell|wing|subunit|sub-unit)\s+of\b|\bpart of\b`)
	// reMemberLink: what stands between the group and reMemberOf: an
	// appositive comma or a copula ("X, a unit of", "X is part of")
	reMemberLink = regexp.MustCompile(`(?i)^\s*,?\s*(?:(?:is|was|are|were|be|been|being|believed to be|thought to be|said to be|likely|probably)\s+)*$`)
	reWorksFor   = regexp.MustCompile(`(?i)\b(?:works?|working|worked|acting|acts|operating|operates)\s+(?:for|on behalf of)\b|\bon behalf of\b|\bfront for\b|\baffiliated with\b`)
	rePassive    = regexp.MustCompile(`(?i)\b(?:is|are|was|were|been|being|be|stand|stands|stood)\s+$`)
	reNegated    = regexp.MustCompile(`(?i)\b(?:not|never|no evidence|stopped short of|declined to|refused to|without)\b[^,.;]{0,25}$`)

	reSpeech    = regexp.MustCompile(`(?i)\b(?:said|says|say|told|stated|noted|announced|alleged|claimed|asserted|concluded|concludes|conclude|assessed|believe|believes|added|wrote)\b`)
	reAccording = regexp.MustCompile(`(?i)\baccording to\b`)
	// reClauseGap: words between a name and "said" that show the name is
	// not the one speaking ("X, and said")
	reClauseBreak = regexp.MustCompile(`, and |; |, while |, but |, whereas `)
	reClauseGap   = regexp.MustCompile(`(?i)\band\b|\bbut\b|\bwhich\b|\bthat\b|\bwho\b|;`)

	reDeny = regexp.MustCompile(`(?i)\b(?:denied|denies|deny|denying|rejected|rejects|reject|dismissed|dismisses|dismiss|refuted|refutes|rebuffed|repudiated)\b`)
	// reDenyObj: what a denial verb denies, within a few words of it
	reDenyObj = regexp.MustCompile(`(?i)^\s+(?:that\b|(?:it|they|its \w+|their \w+)\s+(?:was|were|had|has|have|is|are)\b|being behind\b|any (?:role|part|involvement)\b|(?:[\w'’-]+\s+){0,3}?(?:accusations?|allegations?|claims?|charges?|involvement|reports?|findings?|attribution|responsibility|blame|suggestions?|links?|wrongdoing|conclusions?|assessment)\b)`)
	// reDeniedBy: a denial written in the passive, its subject a pronoun
	// or a noun of claims ("This is denied by X", "the allegations were
	// rejected by X"): the agent after "by" denies
	reDeniedBy = regexp.MustCompile(`(?i)(?:^\s*(?:this|that|it)|\b(?:accusations?|allegations?|claims?|charges?|findings?|attribution|reports?)|,\s+which)\s+(?:is|was|are|were|has been|have been|had been)\s+(?:\w+\s+)?(denied|rejected|dismissed|refuted)\s+by\s+`)
	// reDenyPerson: "dismissed the deputy minister" fires someone
	reDenyPerson = regexp.MustCompile(`^\s+(?:[A-Z][\p{L}-]+\s+[A-Z]|(?:(?:his|her|the|a)\s+)?(?:deputy|minister|director|chief|head|official|aide|secretary|officer|spokes\w+|general|commander)\b)`)
	reBaseless   = regexp.MustCompile(`(?i)\b(?:baseless|unfounded|groundless|absurd|fabricated|fabrication|slander|smear|politically motivated|lies|nonsense|nothing to do with|not involved|no involvement|played no (?:part|role))\b`)

	reSanction = regexp.MustCompile(`(?i)\bsanction(?:s|ed|ing)?\b|\bblacklist(?:ed|s)?\b|\bentity list\b|\bfr(?:oze|eeze|eezing)\b[^.;]*\bassets\b|\btravel bans?\b`)
	reIndict   = regexp.MustCompile(`(?i)\bindict(?:ed|s|ment|ments)?\b|\bcharged\b|\b(?:filed|brought|laid|unsealed) charges\b|\bcharges against\b|\barrest warrants?\b`)
	reByAgent  = regexp.MustCompile(`^(?:\s+[a-z]+){0,3}?\s+by\s+(?:the\s+)?`)
	reSummon   = regexp.MustCompile(`(?i)\bsummon(?:ed|s|ing)?\b`)
	reEnvoy    = regexp.MustCompile(`(?i)\b(?:ambassador|envoy|chargé|charge d'affaires|diplomat)`)

	reAnaphor = regexp.MustCompile(`\b[Tt]he\s+(?:same\s+)?(?:(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?((?:(?:hacking|hacker|hackers|threat|espionage|cyber-?espionage|APT|cyber)\s+)?(?:group|gang|crew|collective|actors?)|hackers|attackers|intruders|agency|ministry|government|company|firm|men|officers|individuals|suspects|defendants|accused)?\b|\b(him|her)\b`)
	// reGroupAnaphor: the head nouns of a definite description of a
	// threat group ("the group", "the hacking group", "the gang", "the
	// attackers", "the threat actor"): it refers to the article's last
	// named group (resolved once, in candidates, for every rule)
	reGroupAnaphor = regexp.MustCompile(`^(?:(?:hacking|hacker|hackers|threat|espionage|cyber-?espionage|APT|cyber)\s+)?(?:group|gang|crew|collective|actors?)$|^(?:hackers|attackers|intruders)$`)

	reDeterminers = regexp.MustCompile(`^(?:(?:the|a|an|its|their|his|her|several|some|other|two|three|four|five|\d+)\s+)*$`)
	reDemonymNoun = regexp.MustCompile(`^\s+(?:hackers|spies|intelligence|military|state|government|authorities|officials|embassy|foreign ministry|president|leadership)\b`)
	// reOriginNoun: the common nouns for attackers a nationality
	// adjective describes the origin of (see cand.Origin)
	reOriginNoun = regexp.MustCompile(`^\s+(?:hackers|spies)\b`)
	reListJoin   = regexp.MustCompile(`^(?:,?\s+as well as\s+|,\s*(?:and\s+)?|\s+and\s+)`)
	reVictimPrep = regexp.MustCompile(`(?i)\b(?:cyber-?)?` + incidentNouns + `(?:\s+(?:into|on|of|at|against|targeting|in)|\s+(?:designed|intended|meant|aimed)\s+to\s+(?:influence|sway|disrupt|undermine|manipulate)(?:\s+the\s+(?:outcome|result)s?\s+of)?)\s+`)
	reVictimVerb = regexp.MustCompile(`(?i)\b(?:targeted|targeting|targets|hacked|breached|compromised|infiltrated|penetrated|attacked|hit|struck|spied on|wrought havoc (?:within|on|in|at))\s+|\b(?:of|for)\s+(?:hacking|breaching|attacking|compromising|infiltrating)\s+(?:into\s+)?|\b(?:inside|into|access to)\s+(?:the\s+)?(?:computers?|networks?|systems?|servers?|e-?mail(?: system)?s?)\s+of\s+`)
	reSector     = regexp.MustCompile(`(?i)^(?:(?:the|a|an|its|their|several|multiple|dozens of|some|two|three|four|five|six|\d+|other|local|regional|national|state-owned|private|foreign)\s+)*(?:([a-z-]+)\s+)?(universit(?:y|ies)|hospitals?|clinics?|banks?|lenders?|companies|company|firms?|utilit(?:y|ies)|ministr(?:y|ies)|agenc(?:y|ies)|contractors?|airlines?|airports?|ports?|telecoms?|operators?|newspapers?|broadcasters?|media outlets?|schools?|laboratories|labs?|pipelines?|refiner(?:y|ies)|power plants?|grids?|water (?:utilities|systems?)|election (?:systems?|commission)|parliament|think tanks?)\b`)
)

// actionPatterns name the incident; the first pattern that matches a word
// of the sentence gives the action its normalised name.
var actionPatterns = []struct {
	name string
	re   *regexp.Regexp
}{
	{"espionage", regexp.MustCompile(`(?i)\b(?:cyber-?espionage|espionage|spying|spy campaign)\b`)},
	{"phishing", regexp.MustCompile(`(?i)\b(?:spear-?phishing|phishing)\b`)},
	{"data theft", regexp.MustCompile(`(?i)\b(?:stole|stolen|stealing|theft of|data theft|exfiltrat\w*|leaked)\b`)},
	{"ransomware", regexp.MustCompile(`(?i)\bransomware\b`)},
	{"ddos", regexp.MustCompile(`(?i)\b(?:ddos|denial-of-service)\b`)},
	{"destructive attack", regexp.MustCompile(`(?i)\b(?:wiper|destructive attack|sabotage)\b`)},
	{"supply-chain compromise", regexp.MustCompile(`(?i)\bsupply[- ]chain\b`)},
	{"influence operation", regexp.MustCompile(`(?i)\b(?:disinformation|influence operation|election interference|hack-and-leak)\b`)},
	{"intrusion", regexp.MustCompile(`(?i)\b(?:intrusions?|hack|hacks|hacked|hacking|breach(?:es|ed)?|compromised?|infiltrat\w+|penetrat\w+|broke into|cyber-?attacks?|cyberattacks?)\b`)},
}

// sectorOf maps a victim noun to the STIX industry-sector-ov.
var sectorOf = map[string]string{
	"universit": "education", "school": "education", "hospital": "healthcare", "clinic": "healthcare",
	"bank": "financial-services", "lender": "financial-services", "utilit": "utilities", "ministr": "government-national",
	"agenc": "government-national", "contractor": "defense", "airline": "transportation", "airport": "transportation",
	"port": "transportation", "telecom": "telecommunications", "operator": "telecommunications",
	"newspaper": "communications", "broadcaster": "communications", "media": "communications",
	"laborator": "technology", "lab": "technology", "pipeline": "energy", "refiner": "energy", "power plant": "energy",
	"grid": "energy", "water": "water", "election": "government", "parliament": "government-national", "think tank": "non-profit",
}

// qualifierSectors refine "company"/"firm" victims by the word before them.
var qualifierSectors = map[string]string{
	"energy": "energy", "oil": "energy", "gas": "energy", "power": "energy", "technology": "technology",
	"tech": "technology", "software": "technology", "defence": "defense", "defense": "defense", "arms": "defense",
	"telecommunications": "telecommunications", "telecom": "telecommunications", "shipping": "transportation",
	"logistics": "transportation", "pharmaceutical": "pharmaceuticals", "drug": "pharmaceuticals",
	"insurance": "insurance", "mining": "mining", "media": "communications", "financial": "financial-services",
	"government": "government-national", "health": "healthcare", "nuclear": "nuclear", "water": "water",
	"aerospace": "aerospace", "chemical": "chemical", "retail": "retail", "manufacturing": "manufacturing",
}

// articleReader holds what one article has said so far, for anaphora.
type articleReader struct {
	lex         *lexicon
	a           *crosswire.Article
	last        map[PartyKind][]Party
	lastAccuser *Party
	lastDenier  *Party
	// lastSpeaker is the last party named as speaking in the current
	// paragraph: who "it said" and "the company said" refer to.
	lastSpeaker *Party
	// prevEnd is where the previous sentence ended, to see a paragraph
	// break before the next; prevQuoted whether it quoted someone.
	prevEnd    int
	prevQuoted bool
	// inQuote is true while a quotation opened in an earlier sentence is
	// not closed (a quote of several sentences or paragraphs); introSpeaker
	// is who a sentence ending in a colon introduces ("X provides some
	// background:"), the speaker of the quotation that follows
	inQuote      bool
	introSpeaker *Party
	// quoted is true for a sentence inside a quotation an earlier
	// sentence opened
	quoted bool
	// firms is the last list of companies the article names ("Lantern,
	// Orvik, Tarn and Velora"): who "the firms" of a later
	// sentence are
	firms *Party
	// authors are the authors of the report the article cites, once a
	// sentence lists them ("The report's authors included X, Y and Z"):
	// who "the report's authors state" means
	authors *Party
	// govSpeakers are the government bodies the article names as
	// speaking ("according to the Department of Justice"), by key
	govSpeakers map[string]Party
}

// claims reads the claims of one article.
func (l *lexicon) claims(a *crosswire.Article) []Claim {
	r := &articleReader{lex: l, a: a, last: map[PartyKind][]Party{}, govSpeakers: map[string]Party{}}
	var out []Claim
	for _, s := range text.Of(a) {
		out = append(out, r.sentence(s)...)
	}
	// an indictment whose sentence names no authority ("The indictment
	// names …") is brought by the one government body the article has
	// speak, if it has one
	if len(r.govSpeakers) == 1 {
		for _, p := range r.govSpeakers {
			indicted := map[crosswire.Span]bool{}
			for i := range out {
				if out[i].Kind == ClaimIndictment && out[i].By == nil {
					by := p
					out[i].By = &by
					indicted[out[i].Trigger] = true
				}
			}
			// and so is the attribution its indictment makes
			for i := range out {
				if out[i].Kind == ClaimAttribution && out[i].By == nil && !out[i].Implied && indicted[out[i].Trigger] {
					by := p
					out[i].By = &by
				}
			}
		}
	}
	return out
}

func (r *articleReader) sentence(s crosswire.Span) []Claim {
	text := r.a.Text
	sent := text[s.Start:s.End]
	// a new paragraph ends who "it" is, unless it opens with a quotation
	// continuing the previous paragraph's quotation (news writes a long
	// quote over paragraphs, attributing it once)
	if r.prevEnd <= s.Start && strings.Contains(text[r.prevEnd:s.Start], "\n") &&
		!(reOpensQuote.MatchString(sent) && r.prevQuoted) && !r.inQuote {
		r.lastSpeaker = nil
	}
	// a quotation a sentence ending in a colon introduces is the
	// introduced party's
	if r.introSpeaker != nil && reOpensQuote.MatchString(sent) {
		r.lastSpeaker = r.introSpeaker
	}
	r.introSpeaker = nil
	wasInQuote := r.inQuote
	r.prevEnd, r.prevQuoted = s.End, strings.ContainsAny(sent, "\"“”")
	if quoteOpens(sent) {
		r.inQuote = !r.inQuote
	}
	// inside a quotation its speaker speaks
	r.quoted = wasInQuote
	cands := r.candidates(s)
	sspan := span(r.a, s.Start, s.End)
	actions := r.actions(s)
	var out []Claim

	emit := func(c Claim) {
		c.Span = sspan
		out = append(out, c)
	}

	// attribution triggers
	type trig struct {
		re   *regexp.Regexp
		kind string
	}
	var hits []hit
	for _, t := range []trig{
		{reAttributed, "to"}, {reBlamed, "blamed"}, {reAccused, "accused"}, {reLinked, "linked"},
		{reBehind, "before"}, {reResponsible, "responsible"}, {reSponsor, "sponsor"}, {reCarriedOut, "after"},
		{reWorksFor, "sponsor"}, {reMadeResp, "made"}, {reClaimedResp, "claimed"}, {reNamedAs, "namedas"}, {reDiscovered, "discovered"}, {reMemberOf, "member"}, {reUsedBy, "usedby"}, {reBasedIn, "based"}, {reWorkOf, "workof"}, {reBehindAppos, "behindappos"},
	} {
		for _, loc := range t.re.FindAllStringIndex(sent, -1) {
			if t.kind == "linked" && nounLink(sent[:loc[0]], sent[loc[0]:loc[1]]) || inCrossReference(sent, loc[0]) {
				continue
			}
			// "the Russia-linked group": a compound describing a name
			// (the descriptor rule reads it), no verb of linking
			if t.kind == "linked" && loc[0] > 0 && sent[loc[0]-1] == '-' {
				continue
			}
			hits = append(hits, hit{t.kind, s.Start + loc[0], s.Start + loc[1]})
		}
	}
	// in text order, so "X blamed …, and said the group is run by Y" knows
	// its accuser when it reaches "run by"
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].ts < hits[j].ts })
	attributed := false
	for _, h := range hits {
		if c, ok := r.attribution(s, cands, h, actions); ok {
			emit(c)
			attributed = true
		}
	}

	// a named threat group said by a speaker to have done the incident
	// ("Orvik and Tarn said APT10 conducted the campaign", "According to X,
	// the group APT10 has exploited …", "“APT10 has been targeting …,” X
	// said"): the speaker attributes the incident to the group, which is
	// the subject of the verb of the incident in the reported clause
	if loc := reSpeech.FindStringIndex(sent); loc != nil || reAccording.MatchString(sent) || reOpensQuote.MatchString(sent) {
		said := false
		for i := range cands {
			g := &cands[i]
			// a group, or a service named with its hackers ("NSA
			// hackers used …")
			gEnd := g.End
			if k := g.kind(); (k == PartyService || k == PartyUnit) && !g.Qualifier {
				if m := reBodyAttackers.FindStringIndex(text[g.End:min(s.End, g.End+20)]); m != nil {
					gEnd = g.End + m[1]
				}
			}
			if said || g.Qualifier || g.kind() != PartyGroup && gEnd == g.End ||
				!reDidIncident.MatchString(text[gEnd:min(s.End, gEnd+40)]) && !reIncidentBy.MatchString(text[max(s.Start, g.Start-60):g.Start]) {
				continue
			}
			sp := r.speaker(s, cands, g.Start)
			if sp == nil || sp.Kind == PartyUnknown {
				// "A report by X claimed …": the report's author
				if src := r.reportSource(s, cands); src != nil && src.Span.Start < g.Start && src.Key() != g.Parties[0].Key() {
					sp = src
				}
			}
			if sp == nil && loc != nil && s.Start+loc[1] <= g.Start {
				// a name the lexicon could not classify saying it
				// ("Orvik and Tarn said …") still names who says it
				ts := s.Start + loc[0]
				if b := lastBefore(cands, ts, 60, func(c cand) bool { return !c.Qualifier && c.kind() != PartyGroup }); b != nil && !reClauseGap.MatchString(text[b.End:ts]) {
					sp = r.joined(cands, b)
				}
			}
			if sp == nil || sp.Key() == g.Parties[0].Key() {
				continue
			}
			ts, te := g.Start, g.End
			if loc != nil {
				ts, te = s.Start+loc[0], s.Start+loc[1]
			}
			by := r.affiliation(*sp)
			if src := r.citedSource(s, cands, te, func(c cand) bool { return accuserKind(c.kind()) && !sameParty(c.Parties[0], g.Parties[0]) }); src != nil {
				by = src
			}
			emit(Claim{Kind: ClaimAttribution, By: by, Accused: []Party{g.Parties[0]},
				Trigger: span(r.a, ts, te), Actions: actions})
			said = true
		}
	}

	// the lead states the story's incident: a named threat group doing a
	// cyber deed in the article's first sentence ("X targeted the booking
	// sites of …", "an attacker who uses the alias X breached …", "X has
	// spent its nights hacking …") is its culprit, as the narrator says;
	// no one else in the sentence makes the claim
	if len(actions) > 0 && strings.TrimSpace(text[:s.Start]) == "" {
		for _, g := range cands {
			if g.Qualifier || g.Anaphor || g.kind() != PartyGroup || accusedIn(out, g.Parties[0]) {
				continue
			}
			after := text[g.End:s.End]
			m := reDidIncident.FindStringIndex(after)
			if m == nil {
				m = reSpentDoing.FindStringIndex(after)
			}
			if m == nil {
				continue
			}
			emit(Claim{Kind: ClaimAttribution, Accused: []Party{g.Parties[0]},
				Trigger: span(r.a, g.End+m[0], g.End+m[1]), Actions: actions})
		}
	}

	// a designation defined ("X is the code-name for Russian meddling in
	// the US elections", "X is the name given by the US government to
	// efforts by Russian … services to …"): X is attributed to the state
	// whose adjective describes the activity, by whoever gave the name,
	// and targets what the activity hit
	if c, ok := r.codeName(s, cands); ok {
		emit(c)
		attributed = true
	}

	// a state written into a group's description ("the Russian hacking
	// group APT28"): the group is attributed to the state
	for _, c := range cands {
		if c.Qualifier || (c.kind() != PartyGroup && c.kind() != PartyService && c.kind() != PartyUnit && c.kind() != PartyUnknown) {
			continue
		}
		if st, ts, te, ok := r.descriptor(s, c); ok && st.Key() != c.Parties[0].Key() {
			g := c.Parties[0]
			if g.Kind == PartyUnknown {
				g.Kind = PartyService
			}
			if g.Kind == PartyService || g.Kind == PartyUnit {
				// a service identified with its state: structure
				emit(Claim{Kind: ClaimAttribution, Subject: &g, Accused: []Party{st}, Implied: true, Trigger: span(r.a, ts, te)})
				continue
			}
			// a description written into the name's noun phrase is how
			// the outlet labels the group, not what the sentence's speaker
			// claims: "X said … the Russia-linked group known as APT28"
			// is no attribution by X (the speaker's claim is the clause's
			// predicate), and the attribution stands with no accuser. A
			// hedged description ("APT10, a suspected Chinese group") is
			// an assessment still being made, and one inside a quotation
			// is the speaker's own words: the sentence's speaker, or the
			// source whose report the sentence cites, makes it
			var by *Party
			if r.quoted || quoteOpens(text[s.Start:ts]) || reHedged.MatchString(text[max(s.Start, min(ts, c.End)-25):max(te, c.Start)]) {
				if sp := r.speaker(s, cands, ts); sp != nil && sp.Key() != g.Key() {
					by = r.affiliation(*sp)
				} else if src := r.reportSource(s, cands); src != nil && src.Key() != g.Key() {
					by = src
				}
			}
			emit(Claim{Kind: ClaimAttribution, By: by, Subject: &g, Accused: []Party{st}, Trigger: span(r.a, ts, te), Actions: actions})
		}
	}

	// "another Russian intelligence service: the FSB" says the service
	// named before it in the sentence is one too; "the US spy agency"
	// refers back to the body last named and says whose it is
	for _, d := range r.stateBodyDescriptions(s, cands) {
		emit(d)
	}

	// a group named as a body's own ("an internal CIA group called
	// UMBRAGE", "the KSB unit known as X"): the group is the body's, as
	// the name is written
	for _, c := range cands {
		if c.Qualifier || c.Anaphor || c.kind() != PartyGroup {
			continue
		}
		m := reBodyGroupBefore.FindStringSubmatchIndex(text[max(s.Start, c.Start-60):c.Start])
		if m == nil {
			continue
		}
		base := max(s.Start, c.Start-60)
		body := lastBefore(cands, base+m[3], 0, func(b cand) bool {
			k := b.kind()
			return !b.Qualifier && b.Start == base+m[2] && (k == PartyService || k == PartyUnit || k == PartyGovernment || k == PartyUnknown && isAcronym(b.Parties[0].Name))
		})
		if body == nil {
			continue
		}
		g, svc := c.Parties[0], body.Parties[0]
		if svc.Kind == PartyUnknown || svc.Kind == PartyGovernment {
			svc.Kind = PartyService
		}
		emit(Claim{Kind: ClaimAttribution, Subject: &g, Accused: []Party{svc}, Implied: true, Trigger: span(r.a, base+m[0], c.Start)})
		attributed = true
	}

	// who hit whom, in sentences that attribute nothing (a trigger word
	// read as no attribution, "Dravia-linked", counts as none): "the
	// group targeted X", "X was breached by APT28", "victims included X"
	if !attributed {
		out = append(out, r.targetClaims(s, cands, sspan)...)
	}

	// denials
	deny := func(by *Party, ts, te int) {
		// "a spokesman for China's foreign ministry, Lin Jian, said …":
		// the spokesman speaks for the body (a possessive state: the
		// state)
		if by.Kind == PartyPerson || by.Kind == PartyUnknown {
			if loc := reSpokesFor.FindStringIndex(text[s.Start:ts]); loc != nil {
				if c := firstAfter(cands, s.Start+loc[1], 6, func(c cand) bool { return c.Start < ts }); c != nil && c.kind() != PartyPerson {
					by = &c.Parties[0]
				}
			}
		}
		// a spokesman speaks for the party that denied just before
		if (by.Kind == PartyPerson || by.Kind == PartyUnknown) && r.lastDenier != nil {
			by = r.lastDenier
		}
		r.lastDenier = by
		emit(Claim{Kind: ClaimDenial, By: by, Trigger: span(r.a, ts, te)})
	}
	if loc := reDeniedBy.FindStringSubmatchIndex(sent); loc != nil {
		// "This is denied by Russia's president": the agent denies
		ts, te := s.Start+loc[2], s.Start+loc[3]
		if c := firstAfter(cands, s.Start+loc[1], 40, denier); c != nil {
			deny(&c.Parties[len(c.Parties)-1], ts, te)
		}
	} else if loc := reDeny.FindStringIndex(sent); loc != nil && reDenyObj.MatchString(sent[loc[1]:]) && !reDenyPerson.MatchString(sent[loc[1]:]) {
		ts, te := s.Start+loc[0], s.Start+loc[1]
		if b := lastBefore(cands, ts, 120, denier); b != nil {
			deny(&b.Parties[0], ts, te)
		} else if sp := r.speaker(s, cands, ts); sp != nil {
			deny(sp, ts, te)
		}
	} else if loc := reBaseless.FindStringIndex(sent); loc != nil {
		ts, te := s.Start+loc[0], s.Start+loc[1]
		if sp := r.speaker(s, cands, ts); sp != nil {
			deny(sp, ts, te)
		} else if r.lastDenier != nil {
			// a quote calling the claims baseless right after a denial
			deny(r.lastDenier, ts, te)
		}
	}

	// indictments first: their targets are who "him" or "the three men"
	// refers to in a sanction named in the same sentence
	if loc := reIndict.FindStringIndex(sent); loc != nil {
		ts, te := s.Start+loc[0], s.Start+loc[1]
		var byP *Party
		var targets []Party
		if rePassive.MatchString(text[max(s.Start, ts-12):ts]) {
			if b := lastBefore(cands, ts, 100, func(c cand) bool { return c.kind() == PartyPerson }); b != nil {
				targets = b.Parties
			}
			// "were charged by the Prosecutor's Office"
			if loc := reByAgent.FindStringIndex(text[te:s.End]); loc != nil {
				if c := firstAfter(cands, te+loc[1], 10, func(c cand) bool { return !c.Qualifier && (c.kind() == PartyGovernment || c.kind() == PartyState) }); c != nil {
					byP = &c.Parties[0]
				}
			}
		} else {
			if b := r.authority(s, cands, ts); b != nil {
				byP = &b.Parties[0]
			}
			targets = onlyPersons(r.targets(s, cands, te, byP, false))
		}
		if len(targets) > 0 {
			r.last[PartyPerson] = targets
			emit(Claim{Kind: ClaimIndictment, By: byP, Accused: targets, Trigger: span(r.a, ts, te)})
			// the indicted written as officers of a service ("two FSB
			// agents — A and B", "officers of the GRU"): the authority
			// holds the service responsible
			if svc := r.employer(s, cands, targets); svc != nil {
				emit(Claim{Kind: ClaimAttribution, By: byP, Accused: []Party{*svc}, Trigger: span(r.a, ts, te), Actions: actions})
				// each defendant written as one of its people is a
				// member of it: structure read from how the sentence
				// writes them, nobody's claim
				for _, m := range r.members(s, cands, *svc, targets) {
					m := m
					emit(Claim{Kind: ClaimAttribution, Subject: &m, Accused: []Party{*svc}, Implied: true, Trigger: span(r.a, ts, te)})
				}
			}
		}
		cands = r.reresolve(cands)
	}

	// sanctions
	if loc := reSanction.FindStringIndex(sent); loc != nil && !inCrossReference(sent, loc[0]) {
		ts, te := s.Start+loc[0], s.Start+loc[1]
		// targets may come before the authority ("The men were added to the
		// ministry's sanctions list"): read the whole clause
		from := s.Start
		if locs := reClauseBreak.FindAllStringIndex(text[s.Start:ts], -1); len(locs) > 0 {
			from = s.Start + locs[len(locs)-1][1]
		}
		var byP *Party
		// the subject of an active verb ("X ordered sanctions against Y",
		// "X placed sanctions on Y") imposes them: it is no target
		subject := false
		if !reSanctionPassive.MatchString(text[from:ts]) {
			if b := firstAfter(cands, from, ts-from, func(c cand) bool { return !c.Qualifier }); b != nil && b.End <= ts &&
				(b.kind() == PartyPerson || b.kind() == PartyGovernment || b.kind() == PartyState) {
				byP = r.affiliation(b.Parties[0])
				from, subject = b.End, true
				if byP.Kind == PartyPerson {
					// a head of state or government acts for it, named
					// as written ("President X"); another person's
					// office is not known
					byP = nil
					if m := reHeadTitle.FindStringIndex(text[max(s.Start, b.Start-24):b.Start]); m != nil {
						st := max(s.Start, b.Start-24) + m[0]
						byP = &Party{Name: text[st:b.End], Kind: PartyGovernment, Span: span(r.a, st, b.End)}
					}
				}
			}
		}
		if by := r.authority(s, cands, ts); by != nil && !subject {
			byP = &by.Parties[0]
		}
		// with a subject imposing them, the targets follow the verb
		// ("X decided to expel …, and place sanctions on Y"); only when
		// none does are they read before it ("X placed Y under sanctions")
		targets := r.targets(s, cands, te, byP, true)
		if len(targets) == 0 || !subject {
			targets = r.targets(s, cands, from, byP, true)
		}
		if len(targets) > 0 {
			emit(Claim{Kind: ClaimSanction, By: byP, Accused: targets, Trigger: span(r.a, ts, te)})
		}
	}

	// summoned envoys
	if loc := reSummon.FindStringIndex(sent); loc != nil && reEnvoy.MatchString(sent[loc[1]:]) {
		ts, te := s.Start+loc[0], s.Start+loc[1]
		var byP *Party
		if b := r.authority(s, cands, ts); b != nil {
			byP = &b.Parties[0]
		}
		for _, c := range cands {
			if c.Start >= te && c.kind() == PartyState {
				emit(Claim{Kind: ClaimSummons, By: byP, Accused: c.Parties[:1], Trigger: span(r.a, ts, te)})
				break
			}
		}
	}

	// a list of companies, for "the firms" of a later sentence
	for i := len(cands) - 1; i >= 0; i-- {
		c := &cands[i]
		if c.Qualifier || c.kind() != PartyCompany && c.kind() != PartyUnknown {
			continue
		}
		if j := r.joined(cands, c); reAndSplit.MatchString(j.Name) {
			r.firms = j
			break
		}
	}

	// the report's authors, listed: every name after "authors included"
	if loc := reAuthorsInclude.FindStringIndex(sent); loc != nil {
		var names []string
		var first *cand
		for i := range cands {
			c := &cands[i]
			if c.Start >= s.Start+loc[1] && !c.Qualifier && (accuserKind(c.kind()) || c.kind() == PartyPlace) {
				names = append(names, c.Parties[0].Name)
				if first == nil {
					first = c
				}
			}
		}
		if first != nil {
			p := first.Parties[0]
			p.Name = strings.Join(names, " and ")
			r.authors = &p
		}
	}

	// "X provides some background on why …:" introduces a quotation:
	// its subject, a body, speaks it
	if loc := reIntroColon.FindStringIndex(sent); loc != nil {
		if c := firstAfter(cands, s.Start, 40, func(c cand) bool {
			return !c.Qualifier && !c.Anaphor && (c.kind() == PartyCompany || c.kind() == PartyGovernment || c.kind() == PartyOrganisation || c.kind() == PartyPerson || c.kind() == PartyUnknown && strings.Contains(c.Parties[0].Name, " "))
		}); c != nil && reDeterminers.MatchString(strings.ToLower(text[s.Start:c.Start])) {
			p := c.Parties[0]
			if strings.HasSuffix(strings.TrimSpace(sent), ":") {
				r.introSpeaker = &p
			} else {
				// the quotation opens in this sentence (the splitter
				// kept the colon's line with it)
				r.lastSpeaker = &p
			}
		}
	}

	// remember who spoke by name, for "it said" in the paragraph's next
	// sentences
	if sp := r.namedSpeaker(s, cands); sp != nil {
		r.lastSpeaker = sp
		if sp.Kind == PartyGovernment {
			r.govSpeakers[sp.Key()] = *sp
		}
	}

	// remember the article's last names for anaphora in later sentences
	for _, c := range cands {
		if c.Qualifier || c.Cover {
			continue
		}
		k := c.kind()
		if k == PartyPerson && !c.Anaphor {
			continue // persons are remembered from indictments only
		}
		r.last[k] = c.Parties
	}
	return out
}

// attribution reads the attribution claim a trigger makes, if any.
func (r *articleReader) attribution(s crosswire.Span, cands []cand, h hit, actions []Action) (Claim, bool) {
	ts, te := h.ts, h.te
	text := r.a.Text
	if reNegated.MatchString(text[s.Start:ts]) {
		return Claim{}, false
	}
	// "is blaming" is active: only a participle after "is" is passive
	passive := rePassive.MatchString(text[max(s.Start, ts-12):ts]) && !strings.HasSuffix(strings.ToLower(text[ts:te]), "ing")
	var subject *Party
	var accused []Party
	// the accuser when the sentence says it outright: a state written as
	// the subject of a link, the agents of a passive verb of discovery
	var accuserSubject *Party
	active, earlier := false, false
	// selfClaim: the culprit claims the deed itself; only a speaker
	// reporting the claim is its accuser
	selfClaim := false
	switch h.kind {
	case "to", "blamed", "linked":
		prep := " to "
		if h.kind == "blamed" {
			prep = " on "
		}
		pi := strings.Index(text[te:s.End], prep)
		// "continue to link APT28 with Volkov's state": "link"'s other
		// preposition, when "to" is not there ("connected … with a
		// server" links nothing)
		if h.kind == "linked" && strings.HasPrefix(strings.ToLower(text[ts:te]), "link") && (pi < 0 || pi >= 120) {
			if wi := strings.Index(text[te:s.End], " with "); wi >= 0 && wi < 120 {
				prep, pi = " with ", wi
			}
		}
		// "blamed X for Y, saying … on behalf of Z": the object of
		// "blame" is held responsible; "on behalf of" is no "on"
		if h.kind == "blamed" && pi >= 0 {
			if fi := strings.Index(text[te:s.End], " for "); (fi >= 0 && fi < pi) || strings.HasPrefix(text[te+pi:s.End], " on behalf") {
				pi = -1
			}
		}
		var after *cand
		if pi >= 0 && pi < 120 {
			after = firstAfter(cands, te+pi+len(prep), 40, accusable)
		}
		between := []cand(nil)
		if pi >= 0 {
			between = within(cands, te, te+pi)
		}
		switch {
		case after != nil:
			accused = after.Parties
			if g := pick(between, PartyGroup, PartyUnit, PartyUnknown); g != nil {
				subject = g
			} else if passive || pi == 0 {
				if b := lastBefore(cands, ts, 80, attributable); b != nil {
					subject = &b.Parties[0]
					// "similarity between X's hacking and previous
					// attacks that have been linked to Y": the relative
					// clause's antecedent is the common noun before
					// "that", not the name further back; attacks called
					// previous or earlier are not the story's
					if m := reCommonAntecedent.FindStringSubmatch(text[b.End:ts]); m != nil && !reActorNoun.MatchString(m[2]) {
						subject = nil
						earlier = m[1] != ""
					}
				}
			}
			// "a group tied to the GRU": a participle after a common
			// noun describes the noun; the sentence's speaker makes the
			// claim, not a name earlier in it
			described := pi == 0 && participleAfterNoun(text[max(s.Start, ts-30):ts], text[ts:te])
			// "infrastructure tied to China": what is described is
			// neither a group nor the incident
			if described && !reCulpritNoun.MatchString(text[max(s.Start, ts-30):ts]) {
				return Claim{}, false
			}
			active = !passive && !described
		case h.kind == "blamed" && !passive:
			if c := firstAfter(cands, te, 60, accusable); c != nil {
				accused, active = c.Parties, true
			}
		case h.kind == "blamed" || (h.kind == "to" && passive):
			if b := lastBefore(cands, ts, 80, accusable); b != nil {
				accused = b.Parties
			}
		case h.kind == "linked" && pi >= 0 && pi < 120:
			// "linked the group to intrusions at …": the object is
			// held responsible for what follows "to"
			if g := pick(between, PartyGroup, PartyUnit, PartyService, PartyState, PartyUnknown); g != nil {
				accused, active, earlier = []Party{*g}, true, true
			}
		}
	case "accused":
		if passive {
			if b := lastBefore(cands, ts, 80, accusable); b != nil {
				accused = b.Parties
			}
		} else if c := firstAfter(cands, te, 60, accusable); c != nil {
			accused, active = c.Parties, true
			// "accused X of running Y": Y is attributed to X
			if loc := reOfRunning.FindStringIndex(text[c.End:s.End]); loc != nil {
				if y := firstAfter(cands, c.End+loc[1], 10, attributable); y != nil {
					subject = &y.Parties[0]
				}
			}
		}
	case "made":
		if c := firstAfter(cands, te, 60, accusable); c != nil {
			accused, active = c.Parties, true
		}
	case "discovered":
		group := func(c cand) bool { return !c.Qualifier && c.kind() == PartyGroup }
		if passive {
			// "The group was discovered by Orvik's practice and Tarn
			// Systems, working alongside the NCSC": the agents find it
			b := lastBefore(cands, ts, 40, group)
			loc := reByAgent.FindStringIndex(text[te:s.End])
			if b == nil || loc == nil {
				return Claim{}, false
			}
			agents := r.agents(s, cands, te+loc[1])
			if agents == nil {
				return Claim{}, false
			}
			accused, accuserSubject = b.Parties, agents
		} else if c := firstAfter(cands, te, 30, group); c != nil && reDeterminers.MatchString(strings.ToLower(strings.TrimLeft(text[te:c.Start], " "))) &&
			!rePossessiveAfter.MatchString(text[c.End:s.End]) {
			// the group itself, not something of it ("identify
			// Equation Group's existence", "exposed the group's servers")
			accused, active = c.Parties, true
		}
	case "namedas":
		loc := reCulpritAs.FindStringIndex(text[te:s.End])
		if loc == nil {
			return Claim{}, false
		}
		if passive {
			// "APT41 was named as the culprit"
			if b := lastBefore(cands, ts, 80, accusable); b != nil {
				accused = b.Parties
			}
		} else if c := firstAfter(cands, te, 60, accusable); c != nil && c.End <= te+loc[1] {
			accused, active = c.Parties, true
		}
	case "before":
		// "fraudsters from X were behind": X is where they are, not who
		if b := r.subjectBefore(s, cands, ts); b != nil && !placeBefore.MatchString(text[max(s.Start, b.Start-16):b.Start]) {
			accused = b.Parties
		}
	case "responsible":
		if reMadeResp.MatchString(text[max(s.Start, ts-16):te]) {
			return Claim{}, false // "held X responsible for": the "made" trigger reads it
		}
		// "responsible for" an incident, not for a duty ("responsible for
		// ensuring data is protected")
		if !incidentAfter(text[te:min(s.End, te+60)]) {
			return Claim{}, false
		}
		if loc := reHeld.FindStringIndex(text[s.Start:ts]); loc != nil {
			if c := firstAfter(cands, s.Start+loc[1], 60, accusable); c != nil && c.Start < ts {
				accused, active = c.Parties, true
			}
		} else if !reBeResponsible.MatchString(text[max(s.Start, ts-40):ts]) {
			// "others should share responsibility": no culprit named
			return Claim{}, false
		} else if b := lastBefore(cands, ts, 80, accusable); b != nil {
			accused = b.Parties
		}
	case "sponsor":
		// "Y is run by X", "Y, which the agency says is run by X": Y is close
		b := lastBefore(cands, ts, 50, attributable)
		c := firstAfter(cands, te, 60, accusable)
		if b == nil || c == nil || sameParty(b.Parties[0], c.Parties[0]) {
			return Claim{}, false
		}
		subject, accused = &b.Parties[0], c.Parties
	case "member":
		// "Cobalt Lynx, a unit of Dravia's Signals Bureau": the group is
		// part of the body named right after; the sentence's speaker
		// says so
		part := func(c cand) bool {
			k := c.kind()
			return !c.Qualifier && !c.Bystander && (k == PartyGroup || k == PartyUnit || k == PartyService)
		}
		whole := func(c cand) bool {
			k := c.kind()
			return !c.Qualifier && !c.Bystander && (k == PartyGroup || k == PartyUnit || k == PartyService || k == PartyGovernment || k == PartyState)
		}
		// "the attackers were part of a crew called X": the
		// incident's unnamed attackers belong to the named group,
		// which did it
		if m := reAttackersAre.FindStringIndex(text[max(s.Start, ts-40):ts]); m != nil && reMemberOfPart.MatchString(text[ts:te]) {
			g := firstAfter(cands, te, 60, func(c cand) bool { return !c.Qualifier && !c.Anaphor && c.kind() == PartyGroup })
			if g != nil && reGroupPhrase.MatchString(qualifierFree(cands, text, te, g.Start)) {
				accused = g.Parties
				break
			}
		}
		b := lastBefore(cands, ts, 40, part)
		c := firstAfter(cands, te, 24, whole)
		if b == nil || c == nil || sameParty(b.Parties[0], c.Parties[0]) || !reMemberLink.MatchString(text[b.End:ts]) ||
			!reDeterminers.MatchString(strings.ToLower(qualifierFree(cands, text, te, c.Start))) {
			return Claim{}, false
		}
		subject, accused = &b.Parties[0], c.Parties
	case "based":
		// a threat group said to be based in a state ("the group was
		// based in Dravia", "APT88 is \"highly likely\" to be based in
		// Dravia") is the state's: a verb of being between the group and
		// "based", no clause break; a company or a person based somewhere
		// is only there
		b := lastBefore(cands, ts, 60, func(c cand) bool { return !c.Qualifier && c.kind() == PartyGroup })
		c := firstAfter(cands, te, 6, func(c cand) bool {
			k := c.kind()
			return !c.Qualifier && (k == PartyState || k == PartyPlace && !strings.Contains(c.Parties[0].Name, " "))
		})
		if b == nil || c == nil || !reBeBased.MatchString(text[b.End:ts]) {
			return Claim{}, false
		}
		st := c.Parties[0]
		st.Kind = PartyState // a one-word place a group is based in is its state
		subject, accused = &b.Parties[0], []Party{st}
	case "usedby", "workof":
		// the deed's own verbs ("stolen by", "leaked by") and a group's
		// handiwork take a name, not a reference back ("stolen by the
		// attackers" names nobody): the tool verbs keep "used by the
		// group"
		deed := h.kind == "workof" || reDeedByVerb.MatchString(text[ts:te])
		if c := firstAfter(cands, te, 60, func(c cand) bool {
			k := c.kind()
			return !c.Qualifier && !(deed && c.Anaphor) && (k == PartyGroup || k == PartyUnit || k == PartyService)
		}); c != nil && (c.Start-te <= 12 && reDeterminers.MatchString(strings.ToLower(strings.TrimLeft(text[te:c.Start], " "))) ||
			h.kind == "usedby" && deed && reAgentNamed.MatchString(text[te:c.Start])) {
			accused = c.Parties
		}
	case "behindappos":
		// the name right after the apposition's comma or dash, itself
		// no speaker ("the hackers behind it, Velora said, …")
		if c := firstAfter(cands, te, 2, accusable); c != nil && !reSpeakerAfter.MatchString(text[c.End:s.End]) {
			accused = c.Parties
		}
	case "after":
		if c := firstAfter(cands, te, 40, accusable); c != nil {
			accused = c.Parties
		}
	case "claimed":
		// the subject of the verb of claiming, a group (or a name
		// nothing types) right before it in its clause, claims an
		// incident ("responsibility for the breach", not "for the
		// city's budget")
		if !incidentAfter(text[max(ts, te-30):min(s.End, te+60)]) {
			return Claim{}, false
		}
		b := lastBefore(cands, ts, 60, func(c cand) bool {
			return !c.Qualifier && !c.Bystander && (c.kind() == PartyGroup || c.kind() == PartyUnknown)
		})
		if b == nil || reClauseGap.MatchString(text[b.End:ts]) || reNoClaimant.MatchString(text[b.End:ts]) {
			return Claim{}, false
		}
		accused, selfClaim = b.Parties, true
	}
	if len(accused) == 0 {
		return Claim{}, false
	}
	accused = promoteAccused(accused, subject)
	if len(accused) == 0 {
		return Claim{}, false
	}
	// A state or a government body is not run by another state: written
	// as the subject of a link to one ("U.S. officials linked North Korea
	// to …"), it is the accuser, and the incident is what is attributed.
	if subject != nil && (subject.Kind == PartyState || subject.Kind == PartyGovernment || r.lex.stateOf(subject.Name) != "") {
		accuserSubject, subject = subject, nil
	}
	// "the attack, blamed by the agency on X", "attributed to X by the
	// agency": the agent of a passive verb of blaming makes the claim,
	// not the sentence's speaker, who may be quoted on something else
	// (the damage, the recovery)
	if accuserSubject == nil {
		switch h.kind {
		case "to", "blamed", "linked", "accused":
			accuserSubject = r.blameAgent(s, cands, te, active, accused, subject)
		}
	}
	by := r.accuser(s, cands, ts, te, active, accused, subject)
	if accuserSubject != nil {
		by = accuserSubject
	}
	if selfClaim {
		by = nil
		if sp := r.namedSpeakerOutside(s, cands, ts, te); sp != nil && !sameParty(*sp, accused[0]) {
			by = r.affiliation(*sp)
		}
	}
	c := Claim{Kind: ClaimAttribution, By: by, Subject: subject, Accused: accused,
		Trigger: span(r.a, ts, te), Actions: actions, Earlier: earlier, Hedge: r.hedge(s, ts, te)}
	vs := r.victims(s, cands)
	// the victim is no accuser of its own attack ("X had been hacked …
	// linked to Y, Z told the BBC"): the speaker is
	if by != nil && accuserSubject == nil && slices.ContainsFunc(vs, func(v Party) bool { return sameParty(v, *by) }) {
		c.By = nil
		if sp := r.namedSpeaker(s, cands); sp != nil && !sameParty(*sp, *by) {
			c.By = r.affiliation(*sp)
		}
		by = c.By
	}
	for _, v := range vs {
		if !involved(v, c) {
			c.Victims = append(c.Victims, v)
		}
	}
	if by != nil {
		r.lastAccuser = by
	}
	return c, true
}

// reAgentAfterAccused: the agent of a passive verb of blaming written
// after its accused ("attributed to X by the agency").
var reAgentAfterAccused = regexp.MustCompile(`^,?\s+by\s+(?:the\s+)?`)

// blameAgent returns the agent of a passive verb of blaming ending at te:
// named right after the verb ("blamed by the agency on X") or right after
// the accused ("attributed to X by the agency"); nil when the verb has no
// agent or the agent is a party of the claim. A verb read as active is a
// participle only with "by" right after it ("the attack, blamed by the
// agency on X").
func (r *articleReader) blameAgent(s crosswire.Span, cands []cand, te int, active bool, accused []Party, subject *Party) *Party {
	text := r.a.Text
	var ag *Party
	if loc := reByAgent.FindStringIndex(text[te:s.End]); loc != nil && (!active || reAgentAfterAccused.MatchString(text[te:te+loc[1]])) {
		ag = r.agents(s, cands, te+loc[1])
	} else if !active && len(accused) > 0 && accused[0].Span.Article == r.a.ID && accused[0].Span.Start >= te && accused[0].Span.End <= s.End {
		if loc := reAgentAfterAccused.FindStringIndex(text[accused[0].Span.End:s.End]); loc != nil {
			ag = r.agents(s, cands, accused[0].Span.End+loc[1])
		}
	}
	if ag == nil || ag.Kind == PartyPlace && r.lex.stateOf(ag.Name) == "" || !accuserKind(ag.Kind) && ag.Kind != PartyPlace {
		return nil
	}
	for _, a := range accused {
		if sameParty(a, *ag) {
			return nil
		}
	}
	if subject != nil && sameParty(*subject, *ag) {
		return nil
	}
	return r.affiliation(*ag)
}

// reHedgeWord: a word that makes an attribution an assessment rather than
// an assertion ("is believed to be behind", "appears to be the work of",
// "probably linked to", "may have been carried out by").
var reHedgeWord = regexp.MustCompile(`(?i)\b(?:appears?|appeared|seems?|seemed|believed|thought|suspected|likely|probably|possibly|presumably|allegedly|reportedly|may|might|could)\b`)

// hedge returns the hedge word of the clause of the trigger at ts–te,
// from the clause's start to the trigger's end; empty when none.
func (r *articleReader) hedge(s crosswire.Span, ts, te int) string {
	return strings.ToLower(reHedgeWord.FindString(r.a.Text[r.clauseStart(s, ts):te]))
}

// reCodeName: a name defined as a designation ("… is the code-name for",
// "… is the name given by the US government to"): group 1 is who gave
// it. reCodeNameOf: the activity the definition names, a noun of hacking
// or meddling with an actor, so "X is the name for a river" is none.
var (
	reCodeName   = regexp.MustCompile(`(?i)^\s+(?:is|was|has been)\s+(?:the|a)\s+(?:code-?\s?name|name|moniker|designation|label)\s+(?:(?:given|used|chosen|assigned)\s+(?:by\s+((?:the\s+)?[^,;]{1,50}?)\s+)?)?(?:to|for)\s+`)
	reCodeNameOf = regexp.MustCompile(`(?i)^[^;]{0,80}?\b(?:efforts?|activit(?:y|ies)|operations?|campaigns?|meddling|interference|hacking|intrusions?|attacks?|espionage|cyber-?attacks?)\b`)
	reCapWord    = regexp.MustCompile(`\b\p{Lu}[\p{L}.]+`)
	// reDefinedAim: the preposition that names what a defined activity
	// hit
	reDefinedAim = regexp.MustCompile(`(?i)\b(?:in|on|against|into|targeting|aimed at|associated with)\s+`)
	// reVictimPlaceBefore: a preposition of place before a word
	reVictimPlaceBefore = regexp.MustCompile(`(?i)\b(?:in|on|against|at|into|with|to)\s+(?:the\s+)?$`)
)

// codeName reads a definition of a designation (reCodeName) at the start
// of the sentence: the name defined is attributed to the state whose
// adjective (or name) the definition gives, by the body that gave the
// name, with the victims of the activity.
func (r *articleReader) codeName(s crosswire.Span, cands []cand) (Claim, bool) {
	text := r.a.Text
	var g *cand
	for i := range cands {
		if !cands[i].Qualifier && !cands[i].Anaphor {
			g = &cands[i]
			break
		}
	}
	if g == nil || g.kind() != PartyGroup {
		return Claim{}, false
	}
	m := reCodeName.FindStringSubmatchIndex(text[g.End:s.End])
	if m == nil || !reCodeNameOf.MatchString(text[g.End+m[1]:s.End]) {
		return Claim{}, false
	}
	def := g.End + m[1]
	var by *Party
	if m[2] >= 0 {
		if c := firstAfter(cands, g.End+m[2], m[3]-m[2], func(c cand) bool {
			k := c.kind()
			return !c.Qualifier && (accuserKind(k) || k == PartyState || k == PartyPlace)
		}); c != nil && c.End <= g.End+m[3] {
			by = &c.Parties[0]
		}
	}
	// the state the activity is written as the work of: its adjective
	// ("Russian meddling") or its name
	var st *Party
	for _, loc := range reCapWord.FindAllStringIndex(text[def:s.End], -1) {
		w := text[def+loc[0] : def+loc[1]]
		name := r.lex.stateOf(w)
		// a state placed by a preposition is where the activity hit
		// ("meddling in the US elections"), not whose it is
		if name == "" || reVictimPlaceBefore.MatchString(text[def:def+loc[0]]) {
			continue
		}
		if by == nil || !strings.EqualFold(name, r.lex.stateOf(by.Name)) {
			st = &Party{Name: name, Kind: PartyState, Span: span(r.a, def+loc[0], def+loc[1])}
			break
		}
	}
	if st == nil {
		return Claim{}, false
	}
	sub := g.Parties[0]
	c := Claim{Kind: ClaimAttribution, By: by, Subject: &sub, Accused: []Party{*st},
		Trigger: span(r.a, g.End+m[0], def), Actions: r.actions(s)}
	// what the activity hit: after the first preposition of aim in the
	// definition ("meddling in the US elections", "… networks associated
	// with the US election")
	if loc := reDefinedAim.FindStringIndex(text[def:s.End]); loc != nil {
		r.victimList(s, cands, def+loc[1], func(v Party) {
			if !involved(v, c) && v.Key() != st.Key() {
				c.Victims = append(c.Victims, v)
			}
		})
	}
	if by != nil {
		r.lastAccuser = by
	}
	return c, true
}

// reCommonAntecedent: a relative clause right before a passive trigger
// whose antecedent is a lower-case noun ("previous attacks that have been
// "); the first group is a word placing the noun in the past, the second
// the noun (a culprit noun, "a group which has been linked", is the name's).
var reCommonAntecedent = regexp.MustCompile(`(?:\b(previous|earlier|past|prior|older)\s+(?:[a-z-]+\s+)?|\b)([a-z-]+),?\s+(?:that|which)\s+(?:[a-z]+\s+){0,3}$`)

// reActorNoun: a common noun for who acts ("a group which has been
// linked"): the antecedent is then the name before it.
var reActorNoun = regexp.MustCompile(`^(?:group|groups|gang|actor|actors|hackers|crew|team|collective|outfit|unit|spies|agency|service|organi[sz]ation)$`)

// Non-restrictive relative clause between a subject and its verb ("X,
// which has been linked to …, was believed to be behind"): reRelative
// opens it, reAfterRelative is the comma that closes it and the few words
// of the verb up to the trigger.
var (
	reRelative      = regexp.MustCompile(`,\s+(?:which|who)\b`)
	reAfterRelative = regexp.MustCompile(`^,\s+(?:[\p{L}']+\s+){0,4}$`)
)

// subjectBefore is the accusable name a trigger's verb has for subject:
// the last one within 80 bytes before it, or, where none is, the name a
// relative clause closing right before the verb is attached to.
func (r *articleReader) subjectBefore(s crosswire.Span, cands []cand, ts int) *cand {
	if b := lastBefore(cands, ts, 80, accusable); b != nil {
		return b
	}
	head := r.a.Text[s.Start:ts]
	closing := strings.LastIndex(head, ",")
	if closing < 0 || !reAfterRelative.MatchString(head[closing:]) {
		return nil
	}
	locs := reRelative.FindAllStringIndex(head[:closing], -1)
	if len(locs) == 0 {
		return nil
	}
	return lastBefore(cands, s.Start+locs[len(locs)-1][0], 0, accusable)
}

// reBeBased: the words between a group and "based in" when the group is
// its subject: a form of "be", hedges, quoted adverbs ("was", "may be",
// "is “highly likely” to be"), no comma or clause.
var reBeBased = regexp.MustCompile(`(?i)^\s+(?:(?:is|are|was|were|be|been|being|may|might|could|probably|likely|possibly|also|to|thought|believed|said|appears?|seems?|[“”"']?highly likely[“”"']?|[“”"']?very likely[“”"']?)\s+)+$`)

// qualifierFree is the text between from and to with the possessive
// states that qualify the next name left out ("the " of "the Dravia's"):
// what remains is the determiners before a name.
func qualifierFree(cands []cand, text string, from, to int) string {
	var b strings.Builder
	pos := from
	for _, c := range cands {
		if c.Qualifier && c.Start >= from && c.End <= to {
			b.WriteString(text[pos:c.Start])
			pos = c.End
			for pos < to && text[pos] != ' ' {
				pos++ // the "'s"
			}
		}
	}
	b.WriteString(text[pos:to])
	return strings.TrimLeft(b.String(), " ")
}

// hit is one attribution trigger found in a sentence: kind says how its
// parties are read ("to": attributed … to, "sponsor": run by, …).
type hit struct {
	kind   string
	ts, te int
}

// candidates lists the parties a sentence names, in text order.
func (r *articleReader) candidates(s crosswire.Span) []cand {
	text := r.a.Text
	ms := r.lex.names(r.a, s.Start, s.End)
	var out []cand
	for i, m := range ms {
		// a name in a cited headline ("(see: “Norland’s Ferry War …”)")
		// is the other text's, not this sentence's
		if inCitedTitle(text[s.Start:s.End], m.Start-s.Start) {
			continue
		}
		st := r.lex.demonymState(m.Name)
		if st == "" && demonymShape.MatchString(m.Name) && !knownStates[m.Name] {
			// an adjective the story's entities list as a form of a
			// state ("Italian" of Italy)
			if p := r.lex.party(r.a, m); (p.Kind == PartyState || p.Kind == PartyPlace) && p.Name != m.Name {
				st = p.Name
			}
		}
		// "Italian siblings", "a Chinese company": a state's adjective
		// before a common noun that is not the state's (hackers,
		// officials) qualifies the noun; it names no party
		if st == "" && adjectiveSuffix.MatchString(m.Name) && !knownStates[m.Name] {
			if p := r.lex.party(r.a, m); p.Kind == PartyState || p.Kind == PartyPlace {
				if after := text[m.End:min(s.End, m.End+30)]; reLowerWord.MatchString(after) && !reDemonymNoun.MatchString(after) {
					continue
				}
			}
		}
		if st != "" && !m.Possessive {
			after := text[m.End:min(s.End, m.End+30)]
			if reDemonymNoun.MatchString(after) {
				p := Party{Name: st, Kind: PartyState, Span: span(r.a, m.Start, m.End)}
				c := cand{Parties: []Party{p}, Start: m.Start, End: m.End, Origin: reOriginNoun.MatchString(after)}
				c.Bystander = r.bystander(s, c)
				out = append(out, c)
			}
			continue
		}
		p := r.lex.party(r.a, m)
		// a government body's hackers or operators ("NSA hackers used
		// …"): the body acts as a service
		if p.Kind == PartyGovernment && reBodyAttackers.MatchString(text[m.End:min(s.End, m.End+20)]) {
			p.Kind = PartyService
		}
		c := cand{Parties: []Party{p}, Start: m.Start, End: m.End}
		if !m.Possessive {
			c.Bystander = r.bystander(s, c)
		}
		// a cover, not a culprit: "hackers posing as the Grey Legion"
		if reCoverBefore.MatchString(text[max(s.Start, m.Start-30):m.Start]) {
			c.Bystander, c.Cover = true, true
		}
		if m.Possessive {
			end := m.End
			for end < s.End && text[end] != ' ' {
				end++
			}
			// "'s " right before the next name (a curly apostrophe
			// takes three bytes)
			if i+1 < len(ms) && (ms[i+1].Start-m.End <= 4 || rePossessiveGap.MatchString(text[m.End:ms[i+1].Start])) && p.Kind != PartyPerson {
				c.Qualifier = true
			} else if loc := stateNounAfter.FindStringIndex(text[end:s.End]); loc != nil && (p.Kind == PartyState || p.Kind == PartyUnknown || p.Kind == PartyPlace) {
				noun := strings.TrimSpace(text[end+loc[0] : end+loc[1]])
				c.End = end + loc[1]
				np := Party{Name: p.Name, Kind: PartyState, Span: span(r.a, m.Start, c.End)}
				switch noun {
				case "military", "army", "armed forces", "intelligence", "spy agency", "spy agencies", "security service",
					"security services", "secret service", "secret services":
					np = Party{Name: p.Name + " " + noun, Kind: PartyService, State: p.Name, Span: np.Span}
				}
				c.Parties = []Party{np}
			}
		}
		out = append(out, c)
	}
	// a party set against the one meant ("thieves, not the Estmark
	// government, were behind it"): the sentence says it did not
	for i := range out {
		if reContrastNot.MatchString(text[max(s.Start, out[i].Start-16):out[i].Start]) {
			out[i].Bystander = true
		}
	}
	for _, loc := range reAnaphor.FindAllStringSubmatchIndex(text[s.Start:s.End], -1) {
		start, end := s.Start+loc[0], s.Start+loc[1]
		num, noun := "", ""
		if loc[2] >= 0 {
			num = text[s.Start+loc[2] : s.Start+loc[3]]
		}
		if loc[4] >= 0 {
			noun = text[s.Start+loc[4] : s.Start+loc[5]]
		}
		if loc[6] >= 0 {
			noun = "men"
		}
		var k PartyKind
		switch {
		case reGroupAnaphor.MatchString(noun):
			k = PartyGroup
		case noun == "agency" || noun == "ministry" || noun == "government":
			k = PartyGovernment
		case noun == "company" || noun == "firm":
			k = PartyCompany
		case noun != "" || num != "":
			k = PartyPerson
		default:
			continue
		}
		out = append(out, cand{Start: start, End: end, Anaphor: true, Parties: []Party{{Kind: k}}})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	// resolve anaphora against earlier names, this sentence's first
	last := map[PartyKind][]Party{}
	for k, v := range r.last {
		last[k] = v
	}
	res := out[:0]
	for _, c := range out {
		if c.Anaphor {
			k := c.Parties[0].Kind
			prev := last[k]
			if k == PartyGovernment && len(prev) == 0 {
				prev = last[PartyService]
			}
			if len(prev) == 0 {
				if k != PartyPerson {
					continue
				}
				// kept unnamed: an indictment later in the sentence may
				// name who "him" is (see reresolve)
				prev = []Party{{Kind: PartyPerson}}
			}
			ps := make([]Party, len(prev))
			for i, p := range prev {
				p.Span = span(r.a, c.Start, c.End)
				ps[i] = p
			}
			c.Parties = ps
		} else if !c.Qualifier && !c.Cover && c.kind() != PartyPerson {
			last[c.kind()] = c.Parties
		}
		res = append(res, c)
	}
	return res
}

// reIntroColon: a colon introducing a quotation, at the end of the
// sentence or right before the opening quotation mark.
var reIntroColon = regexp.MustCompile(`:\s*(?:["“]|$)`)

// quoteOpens reports whether a sentence leaves a quotation open or closes
// one an earlier sentence opened: an odd number of quotation marks.
func quoteOpens(sent string) bool {
	return (strings.Count(sent, "\"")+strings.Count(sent, "“")+strings.Count(sent, "”"))%2 == 1
}

// Descriptions of a service by its state and a service noun: "another
// <state> … service" (group 1 the state word), "the <state> spy agency".
var (
	reAnotherStateService = regexp.MustCompile(`\banother\s+` + stateWordRE + `(?:\s+[\w-]+){0,2}?\s+(?:intelligence service|security service|spy agency|intelligence agency|agency|service|directorate)\b`)
	reTheStateService     = regexp.MustCompile(`\b[Tt]he\s+(North Korean?|South Korean?|U\.S\.?|U\.K\.?|[A-Z]{2,3}|[A-Z][a-z]+)\s+(?:spy|intelligence|security|signals|eavesdropping)\s+(?:agency|service)\b`)
	// a state's word before a service's full name with its acronym in
	// brackets: "the Norlandic Federal Security Bureau (or NSB)" (group 1
	// the state word, group 2 the acronym)
	reStateServiceAcronym = regexp.MustCompile(`\b` + stateWordRE + `\s+(?:[A-Z][\w-]*\s+){0,3}(?:Security|Intelligence|Signals)\s+(?:Agency|Service|Bureau|Directorate|Headquarters)\s+\((?:or\s+|aka\s+|also\s+)?([A-Z][A-Z0-9]{1,6})\)`)
)

// stateBodyDescriptions reads the structure edges service → state that a
// description of a service by its state gives a service named elsewhere:
// "X, …, as well as another Russian intelligence service: the FSB" (X is
// Russia's too), "the US spy agency" right after a sentence or clause
// naming X (X is the United States'), and the acronym bracketed after a
// state's service written in full ("the Norlandic Federal Security Bureau
// (or NSB)": the NSB is Norland's).
func (r *articleReader) stateBodyDescriptions(s crosswire.Span, cands []cand) []Claim {
	text := r.a.Text
	sent := text[s.Start:s.End]
	var out []Claim
	body := func(c cand) bool {
		k := c.kind()
		return !c.Qualifier && !c.Anaphor && (k == PartyService || k == PartyUnit || k == PartyGovernment && isAcronymOrService(c.Parties[0]) || k == PartyUnknown && isAcronym(c.Parties[0].Name))
	}
	add := func(p Party, stWord string, ts, te int) {
		st := r.lex.stateOf(stWord)
		if st == "" || p.State != "" && r.lex.stateOf(p.State) != st {
			return
		}
		p.Kind = PartyService
		out = append(out, Claim{Kind: ClaimAttribution, Subject: &p, Accused: []Party{{Name: st, Kind: PartyState, Span: span(r.a, ts, te)}},
			Implied: true, Trigger: span(r.a, ts, te)})
	}
	for _, m := range reAnotherStateService.FindAllStringSubmatchIndex(sent, -1) {
		ts := s.Start + m[0]
		if b := lastBefore(cands, ts, ts-s.Start, body); b != nil {
			add(b.Parties[0], sent[m[2]:m[3]], ts, s.Start+m[1])
		}
	}
	for _, m := range reTheStateService.FindAllStringSubmatchIndex(sent, -1) {
		ts := s.Start + m[0]
		// the body named last, in this sentence before it or earlier in
		// its paragraph: a description reaches no further back than the
		// paragraph (a body named paragraphs before is another topic's)
		var p *Party
		near := func(q Party) bool {
			return q.Span.Article == r.a.ID && q.Span.End <= ts && !strings.Contains(text[q.Span.End:ts], "\n")
		}
		if b := lastBefore(cands, ts, ts-s.Start, body); b != nil {
			p = &b.Parties[0]
		} else if prev := r.last[PartyGovernment]; len(prev) == 1 && isAcronymOrService(prev[0]) && near(prev[0]) {
			p = &prev[0]
		} else if prev := r.last[PartyService]; len(prev) == 1 && near(prev[0]) {
			p = &prev[0]
		}
		if p != nil {
			add(*p, sent[m[2]:m[3]], ts, s.Start+m[1])
		}
	}
	for _, m := range reStateServiceAcronym.FindAllStringSubmatchIndex(sent, -1) {
		if c := firstAfter(cands, s.Start+m[4], m[5]-m[4], body); c != nil && c.Start == s.Start+m[4] {
			add(c.Parties[0], sent[m[2]:m[3]], s.Start+m[0], s.Start+m[1])
		}
	}
	return out
}

// isAcronymOrService reports whether a government body is written as an
// acronym or a service ("NSA", "National Security Agency"): a body a
// "spy agency" description can refer to.
func isAcronymOrService(p Party) bool {
	return isAcronym(p.Name) || p.Kind == PartyService || reServiceName.MatchString(p.Name)
}

// reServiceName: the head words of an intelligence or security body's name.
var reServiceName = regexp.MustCompile(`\b(?:Security|Intelligence|Signals)\s+(?:Agency|Service|Bureau|Directorate|Headquarters)\b`)

// reBodyGroupBefore: a body's name (group 1) as the modifier of a group
// noun naming the group after it ("an internal CIA group called ", "the
// KSB unit known as ").
var reBodyGroupBefore = regexp.MustCompile(`\b([A-Z][A-Z0-9]{1,6})\s+(?:group|unit|team|division|branch|department)\s+(?:called|known as|named|dubbed|codenamed)\s+["“]?$`)

// reBodyAttackers: the people of a body who hack for it, right after its
// name ("NSA hackers", "GRU operatives").
var reBodyAttackers = regexp.MustCompile(`^\s+(?:hackers|operators|operatives|cyber ?operators)\b`)

// incidentNouns are the nouns news writes an incident with, before the
// preposition that names what it hit ("attacks against", "intrusions
// into").
const incidentNouns = `(?:intrusions?|hacks?|hacking|breach(?:es)?|attacks?|compromises?|infiltration|penetration|espionage|campaign|operations?|theft|access|phishing)`

// reLeakedPassive: a passive verb of leaking or stealing;
// rePossessiveData: what stands between its subject's owner and the verb,
// the owner's data ("X's stolen customer data was leaked").
var (
	reLeakedPassive = regexp.MustCompile(`(?i)\b(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?(?:leaked|stolen|dumped|exfiltrated|published|posted)\b`)
	// reWhereBased: a determiner and where the owner sits ("the
	// Harbour-based ")
	reWhereBased     = regexp.MustCompile(`^(?:the\s+)?[\p{L}-]+-(?:based|owned|listed|headquartered)\s+$`)
	rePossessiveData = regexp.MustCompile(`(?i)^['’]s?\s+(?:[\w-]+\s+){0,3}?(?:data|records|files|documents|database|databases|e-?mails|details|information|credentials|passwords)\s+$`)
)

// reContrastNot: "not" right before a name, after a comma or a quotation
// mark closing the party meant ("thieves,\" not the Estmark government"):
// a contrast that takes the name out of the claim.
var reContrastNot = regexp.MustCompile(`(?i)[,"”]\s*not\s+(?:the\s+|a\s+|an\s+)?$`)

// reCoverBefore: the words before a name used as a false flag.
var reCoverBefore = regexp.MustCompile(`(?i)\b(?:posing as|posed as|pose as|masquerading as|masquerade as|pretending to be|pretending to come|purporting to be|purporting to come|disguised as|impersonating)\s+(?:from\s+)?(?:the\s+|a\s+)?["“']?$`)

// reCrossReference: a bracketed pointer to another article ("(see
// Report: Norland Seeks Coins to Dodge Sanctions)"): a headline,
// not the article's prose.
var reCrossReference = regexp.MustCompile(`\((?i:see|read|related|also read|read more)\b:?[^()]*\)`)

// inCrossReference reports whether byte i of sent is inside one.
func inCrossReference(sent string, i int) bool {
	for _, loc := range reCrossReference.FindAllStringIndex(sent, -1) {
		if loc[0] <= i && i < loc[1] {
			return true
		}
	}
	return false
}

// reQuoted: a quotation in straight or curly double quotation marks.
var reQuoted = regexp.MustCompile(`["“]([^"“”]{3,200})["”]`)

// reTitleCue: what a cited title follows: an opening parenthesis, or a
// pointer or a verb of titling ("see:", "headlined", "titled", "under the
// headline").
var reTitleCue = regexp.MustCompile(`(?i)(?:\(|\b(?:see|read|headlined|titled|entitled|headline|headlines)\s*:?)\s*$`)

// inCitedTitle reports whether byte i of sent is inside a cited title: a
// cross-reference (reCrossReference), or a quotation written in title case
// after a title cue (reTitleCue), as "(see: “Norland’s Ferry War Gets a
// Boost”)" or "a column headlined “…”". A title quotes another text; what
// its names do there is no claim of this one.
func inCitedTitle(sent string, i int) bool {
	if inCrossReference(sent, i) {
		return true
	}
	for _, loc := range reQuoted.FindAllStringSubmatchIndex(sent, -1) {
		if i < loc[2] || i >= loc[3] {
			continue
		}
		return reTitleCue.MatchString(sent[:loc[0]]) && titleCase(sent[loc[2]:loc[3]])
	}
	return false
}

// titleCase reports whether a text of three words or more has every word
// of four letters or more capitalised, as a headline is written.
func titleCase(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 3 {
		return false
	}
	for _, w := range ws {
		w = strings.Trim(w, ",.:;!?'’\"()")
		if utf8.RuneCountInString(w) >= 4 && !isCap(w) {
			return false
		}
	}
	return true
}

// reSpokesFor: who speaks for a body, before the body's name.
var reSpokesFor = regexp.MustCompile(`(?i)\b(?:spokes(?:man|woman|person)|representative|official)\s+(?:for|of|at)\s+(?:the\s+)?`)

// rePlaceModifies: the common noun a place name modifies, right after it.
var rePlaceModifies = regexp.MustCompile(`^\s+(?:[a-z-]+\s+)?(?:company|companies|firm|firms|bank|banks|business|businesses|entity|entities|organi[sz]ations?|men|women|nationals|citizens|individuals|residents?|officials|officers|hackers|spies|operatives)\b`)

// rePossessiveGap: what stands between a possessive name and the name it
// qualifies ("’s ").
var rePossessiveGap = regexp.MustCompile(`^['’]s?\s$`)

// Where a state's name stands when it names no culprit (see bystander).
var (
	// reAimedAt: the words before what an incident was aimed at or where
	// it happened ("operations aimed at the", "attacks against",
	// "targeting", "the attacks in"). "on" and "of" are not among them:
	// "blamed the attacks on X" names the culprit after "on".
	reAimedAt = regexp.MustCompile(`(?i)(?:\b` + incidentNouns + `\s+(?:into|at|against|targeting|in)|\b(?:aimed|directed|targeted|pointed)\s+(?:at|against)|\btarget(?:ed|ing|s))\s+(?:the\s+)?$`)
	// reWordAfter: the lower-case word right after a name (after the
	// closing dot of an abbreviation: "U.S. presidential")
	reWordAfter = regexp.MustCompile(`^\.?\s+(\p{Ll}[\p{L}-]*)`)
	// reStateAgent: the nouns a state's name qualifies as their owner —
	// its organs and agents, whose acts are the state's ("Dravia state
	// hackers", "the Dravia military", "Dravia cyber operations")
	reStateAgent = regexp.MustCompile(`^(?:hackers?|spies|spy|intelligence|military|army|armed|forces|troops|government|regime|state|state-\p{L}+|security|secret|cyber|agents?|operatives?)$|^` + incidentNouns + `$`)
	// reNoNounAfter: lower-case words after a name that are no noun it
	// could qualify: adverbs, conjunctions and prepositions text.StopWord
	// does not hold, past forms ("blamed on Dravia last year", "linked to
	// Dravia although", "Dravia denied")
	reNoNounAfter = regexp.MustCompile(`^(?:last|next|earlier|later|early|late|ago|today|yesterday|tonight|alone|instead|again|first|although|whereas|unless|despite|amid|among|including|toward|towards|behind|beyond|near|across|along|alongside|inside|outside|except|unlike|rather|either)$|ly$|ed$`)
)

// bystander reports whether the state or place c names is written where
// it is no culprit (cand.Bystander): as the object of a targeting phrase
// ("operations aimed at the U.S."), or as a modifier of a common noun
// that is not one of the state's organs or agents ("the 2016 U.S.
// presidential election", "U.S. officials", "a group of U.S. far-right
// activists"). The word after tells a modifier from a name standing alone
// ("Dravia was behind", "Dravia denied", "Dravia last year"): a function
// word, a verb of saying or denial, an adverb or a past form is no noun.
// The same rule drops a state's adjective before a noun not its own (see
// candidates); a name is kept, as it may still be the accuser ("U.S.
// officials linked …").
func (r *articleReader) bystander(s crosswire.Span, c cand) bool {
	if k := c.kind(); k != PartyState && k != PartyPlace {
		return false
	}
	t := r.a.Text
	if reAimedAt.MatchString(t[max(s.Start, c.Start-40):c.Start]) {
		return true
	}
	m := reWordAfter.FindStringSubmatch(t[c.End:s.End])
	if m == nil {
		return false
	}
	w := m[1]
	return !text.StopWord(w) && !reNoNounAfter.MatchString(w) && !reStateAgent.MatchString(w) &&
		!reSpeech.MatchString(w) && !reDeny.MatchString(w)
}

// accuser finds who makes an attribution: the subject of an active verb,
// else the speaker of the crosswire.Span, else whoever the article last quoted
// as accusing.
func (r *articleReader) accuser(s crosswire.Span, cands []cand, ts, te int, active bool, accused []Party, subject *Party) *Party {
	ok := func(c cand) bool {
		// a state's place entity ("the U.S. has blamed …") speaks for
		// its government
		if c.Qualifier || !accuserKind(c.kind()) && !(c.kind() == PartyPlace && r.lex.stateOf(c.Parties[0].Name) != "") {
			return false
		}
		for _, a := range accused {
			if sameParty(a, c.Parties[0]) {
				return false
			}
		}
		return subject == nil || !sameParty(*subject, c.Parties[0])
	}
	// an accuser the sentence describes instead of naming ("a Western
	// intelligence agency attributing the attack to …", "rumours from a
	// Western intelligence agency that …"), when no name stands between
	// it and the trigger
	u, us := r.unnamedAccuser(s, cands, ts)
	// "The firms … continue to link APT28 with …": the companies the
	// article listed last
	if active && r.firms != nil && reFirmsSubject.MatchString(r.a.Text[s.Start:ts]) && lastBefore(cands, ts, ts-s.Start, ok) == nil {
		p := *r.firms
		return &p
	}
	if active {
		b := lastBefore(cands, ts, 200, ok)
		switch {
		case b != nil && (u == nil || b.Start > us) && !r.prepObject(s, r.joined(cands, b).Span.Start):
			if j := r.joined(cands, b); j.Name != b.Parties[0].Name {
				return j
			}
			return r.affiliation(b.Parties[0])
		case u != nil:
			return u
		}
	}
	if sp := r.speaker(s, cands, ts); sp != nil && ok(cand{Parties: []Party{*sp}}) {
		if src := r.citedSource(s, cands, te, ok); src != nil {
			return src
		}
		return r.affiliation(*sp)
	}
	if src := r.reportSource(s, cands); src != nil && ok(cand{Parties: []Party{*src}}) {
		return src
	}
	if u != nil {
		return u
	}
	if r.lastAccuser != nil {
		p := *r.lastAccuser
		return &p
	}
	return nil
}

// reCiting: a speaker's source written after the verb of saying ("said,
// citing the agency", "told reporters, quoting a report by").
var reCiting = regexp.MustCompile(`(?i)\b(?:citing|quoting)\s+(?:the\s+|a\s+report\s+by\s+(?:the\s+)?|(?:research|analysis|findings|a\s+study)\s+by\s+(?:the\s+)?)?`)

// citedSource returns the source a speaker cites after pos ("…, the chief
// executive said, citing the agency"): the speaker relays that source's
// claim, so the source makes it. ok accepts the source.
func (r *articleReader) citedSource(s crosswire.Span, cands []cand, pos int, ok func(cand) bool) *Party {
	loc := reCiting.FindStringIndex(r.a.Text[pos:s.End])
	if loc == nil {
		return nil
	}
	c := firstAfter(cands, pos+loc[1], 2, func(c cand) bool { return !c.Anaphor && !c.Qualifier && ok(c) })
	if c == nil {
		return nil
	}
	return r.affiliation(c.Parties[0])
}

// reUnnamedAccuser: a body described, not named, by a capitalised
// modifier and the noun of an agency or its people ("a Western
// intelligence agency", "a European security service").
var reUnnamedAccuser = regexp.MustCompile(`\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(\p{Lu}[\p{L}-]+\s+(?:(?:intelligence|security|counter-?intelligence|cyber(?:security)?|law enforcement|government)\s+)+(?:agency|agencies|service|services|officials?|sources?))\b`)

// unnamedAccuser is the last body before pos the sentence describes
// without a name (reUnnamedAccuser) whose modifier is no name of the
// story (a state's adjective is read as the state), with where it starts.
func (r *articleReader) unnamedAccuser(s crosswire.Span, cands []cand, pos int) (*Party, int) {
	text := r.a.Text
	locs := reUnnamedAccuser.FindAllStringSubmatchIndex(text[s.Start:pos], -1)
	if len(locs) == 0 {
		return nil, 0
	}
	m := locs[len(locs)-1]
	start, end := s.Start+m[2], s.Start+m[3]
	for _, c := range cands {
		if c.Start < end && c.End > start {
			return nil, 0
		}
	}
	return &Party{Name: text[start:end], Kind: PartyGovernment, Span: span(r.a, start, end)}, start
}

// rePronounSpeech: a speaker written as a pronoun or a definite common
// noun ("it said", "…, the company said", "they added"): the one named
// speaking earlier in the paragraph.
var rePronounSpeech = regexp.MustCompile(`(?i)\b(?:it|they|the (?:company|firm|agency|researchers|vendor|group|organi[sz]ation|ministry|department))\s+(?:also\s+)?(?:said|says|told|stated|added|wrote|concluded|assessed|claimed|alleged)\b|\b(?:said|says|added|wrote)\s+(?:it|the (?:company|firm|agency|researchers|vendor|organi[sz]ation|ministry|department))\b`)

// reFirmsSubject: a sentence whose subject is a plural noun of companies
// ("The firms, while …, continue to link …").
var reFirmsSubject = regexp.MustCompile(`^\s*(?:The|These|Those|Both|All(?: the)?)\s+(?:security\s+)?(?:firms|companies|vendors)\b`)

// reAuthorsInclude lists a report's authors; reAuthorsSpeak has them
// speak ("the report's authors state", "according to the report's
// authors").
var (
	reAuthorsInclude = regexp.MustCompile(`(?i)\bauthors\s+(?:included|include|were|are)\s+`)
	reAuthorsSpeak   = regexp.MustCompile(`(?i)\bauthors\s+(?:state|states|stated|said|say|says|wrote|write|conclude|concluded|found|believe|believed)\b|\baccording to (?:the\s+)?(?:report['’]s\s+)?authors\b`)
)

// reOpensQuote: a sentence that opens with a quotation mark.
var reOpensQuote = regexp.MustCompile(`^\s*["“]`)

// speaker is who "said" the sentence: "X said", "according to X", the
// sentence's subject for "…, and said …", or for "it said" and for a
// quotation with no verb of saying the speaker named earlier in the
// paragraph (or in the quotation it continues).
func (r *articleReader) speaker(s crosswire.Span, cands []cand, before int) *Party {
	if sp := r.namedSpeaker(s, cands); sp != nil {
		return sp
	}
	sent := r.a.Text[s.Start:s.End]
	if r.authors != nil && reAuthorsSpeak.MatchString(sent) {
		p := *r.authors
		return &p
	}
	if r.lastSpeaker != nil && (rePronounSpeech.MatchString(sent) || r.quoted || reOpensQuote.MatchString(sent) && !reSpeech.MatchString(sent)) {
		p := *r.lastSpeaker
		return &p
	}
	return nil
}

// namedSpeaker is the speaker the sentence names (see speaker).
func (r *articleReader) namedSpeaker(s crosswire.Span, cands []cand) *Party {
	return r.namedSpeakerOutside(s, cands, -1, -1)
}

// namedSpeakerOutside is namedSpeaker reading no verb of saying inside
// text[from:to] ("claimed" in "X claimed responsibility for" is no verb of
// saying).
func (r *articleReader) namedSpeakerOutside(s crosswire.Span, cands []cand, from, to int) *Party {
	text := r.a.Text
	sent := text[s.Start:s.End]
	if loc := reAccording.FindStringIndex(sent); loc != nil {
		if c := firstAfter(cands, s.Start+loc[1], 20, func(c cand) bool { return !c.Qualifier }); c != nil {
			return &c.Parties[0]
		}
	}
	for _, loc := range reSpeech.FindAllStringIndex(sent, -1) {
		vs := s.Start + loc[0]
		if vs >= from && vs < to {
			continue
		}
		// "X said" — a name right before the verb; "X and Y said": both
		// (one party here, split into one claim each once the claims
		// are settled)
		if b := lastBefore(cands, vs, 60, r.speakerCand); b != nil && !reClauseGap.MatchString(text[b.End:vs]) {
			return r.joined(cands, b)
		}
		// "…, said X" ("told X" names whom it was told)
		if c := firstAfter(cands, s.Start+loc[1], 6, r.speakerCand); c != nil && !strings.EqualFold(sent[loc[0]:loc[1]], "told") {
			return &c.Parties[0]
		}
	}
	return nil
}

// speakerCand accepts a name that can speak: an accuser's kind, or a
// state's place entity ("U.S. officials have said"), which speaks for its
// government.
func (r *articleReader) speakerCand(c cand) bool {
	return !c.Qualifier && (accuserKind(c.kind()) || c.kind() == PartyPlace && r.lex.stateOf(c.Parties[0].Name) != "")
}

// joined returns the party b names, or the list b closes ("Orvik and Tarn
// said", "the US, Britain and Canada accused"): names of accusers joined
// by "and" right before b, and by commas before that. The list is one
// party here, its names joined by " and ", split into one claim each once
// the claims are settled (splitAccusers).
func (r *articleReader) joined(cands []cand, b *cand) *Party {
	// a place joined to an accuser speaks with it (a capital or a state
	// the entities type as a place: "Washington and London said")
	ok := func(c cand) bool { return !c.Qualifier && (accuserKind(c.kind()) || c.kind() == PartyPlace) }
	names := []string{b.Parties[0].Name}
	start := b.Start
	for cur, sep := b, reListAnd; ; sep = reListComma {
		a := lastBefore(cands, cur.Start, 8, ok)
		if a == nil || !sep.MatchString(r.a.Text[a.End:cur.Start]) {
			// "X and cyber units at Y": the people of a body stand for
			// it, so the list goes on past them
			a = lastBefore(cands, cur.Start, 48, ok)
			if a == nil || !reAndPeopleOf.MatchString(r.a.Text[a.End:cur.Start]) {
				break
			}
		}
		names = append([]string{a.Parties[0].Name}, names...)
		start, cur = a.Start, a
	}
	if len(names) == 1 {
		return &b.Parties[0]
	}
	p := b.Parties[0]
	p.Name = strings.Join(names, " and ")
	p.Span = span(r.a, start, b.End)
	return &p
}

// reAndPeopleOf: a list joined by the people of a body, before the body
// ("X and cyber units at Y", "X, researchers from Y").
var reAndPeopleOf = regexp.MustCompile(`^(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:units?|researchers|analysts|experts|teams?|officials|investigators|specialists)\s+(?:at|of|from)\s+(?:the\s+)?$`)

// reIncidentBy: a verb of the incident in the passive right before its
// agent ("accounts previously compromised by the group X"): the agent did
// the incident, as the subject of reDidIncident does.
var reIncidentBy = regexp.MustCompile(`(?i)\b(?:compromised|hacked|breached|infiltrated|penetrated|attacked|targeted|stolen|carried out|conducted|orchestrated|perpetrated|created|registered|set up)\s+(?:[a-z]+ly\s+)?by\s+(?:the\s+)?(?:(?:hacking|threat|espionage)\s+)?(?:group\s+|(?:hackers|attackers|a group|actors?)\s+(?:that|which|whom)\s+(?:it|they|the \w+|\w+)\s+(?:calls|called|dubs|dubbed|names|named|tracks as)\s+(?:the\s+)?)?$`)

// rePrepBefore: a preposition right before a name (or the list it
// closes) makes it the object of a phrase ("attacks in Estonia and
// Austria that investigators attributed …"), not the subject of a verb.
var rePrepBefore = regexp.MustCompile(`\b(?:in|at|on|of|from|to|for|with|against|across|into|by)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*,\s+)*$`)

// rePeopleOf: people of a body ("officials at X", "researchers from X"):
// the name after their preposition is whom they speak for.
var rePeopleOf = regexp.MustCompile(`(?i)\b(?:units?|officials?|researchers?|analysts?|experts?|investigators?|spokes\w+|officers?|staff|sources?|scientists?|engineers?|teams?|prosecutors?|agents?|members?|heads?|chiefs?|directors?|representatives?)\s+(?:at|of|from|with|in)\s+(?:the\s+)?$`)

// prepObject reports whether the name (or list) starting at pos is the
// object of a preposition (rePrepBefore) other than the one of people
// speaking for a body (rePeopleOf).
func (r *articleReader) prepObject(s crosswire.Span, pos int) bool {
	before := r.a.Text[max(s.Start, pos-80):pos]
	return rePrepBefore.MatchString(before) && !rePeopleOf.MatchString(before)
}

// agents reads the agents of a passive verb from pos: a name (a
// possessive one stands for its owner: "Orvik's cyber-security practice"),
// more joined by "and" or commas, and partners "working alongside" them.
// They are one party, names joined by " and " (split by splitAccusers).
func (r *articleReader) agents(s crosswire.Span, cands []cand, pos int) *Party {
	text := r.a.Text
	ok := func(c cand) bool { return accuserKind(c.kind()) || c.kind() == PartyPlace }
	c := firstAfter(cands, pos, 6, ok)
	if c == nil {
		return nil
	}
	names := []string{c.Parties[0].Name}
	end := c.End
	for range 4 {
		// past the possessive's noun: "Orvik's cyber-security practice and"
		next := firstAfter(cands, end, 40, func(n cand) bool { return ok(n) && !n.Qualifier })
		if next == nil {
			break
		}
		between := text[end:next.Start]
		if !reAgentJoin.MatchString(between) && !reAlongside.MatchString(between) {
			break
		}
		names = append(names, next.Parties[0].Name)
		end = next.End
	}
	p := c.Parties[0]
	p.Name = strings.Join(names, " and ")
	p.Span = span(r.a, c.Start, end)
	return &p
}

// rePossessiveAfter: a possessive right after a name.
var rePossessiveAfter = regexp.MustCompile(`^['’]s?\b`)

// reAgentJoin joins one agent to the next, past a possessive's noun
// ("Orvik's cyber-security practice and Tarn Systems", "X, Y and Z").
var reAgentJoin = regexp.MustCompile(`^(?:['’]s(?:\s+[a-z-]+){1,2})?(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?$`)

// reListAnd joins the last name of a list to the one before it; reListComma
// the names before that.
var (
	reListAnd   = regexp.MustCompile(`^,?\s+and\s+$`)
	reListComma = regexp.MustCompile(`^,\s+$`)
)

// affiliation replaces a person by the organisation written before their
// title ("NCSA Director X" → the agency), since it is the organisation that
// makes an official attribution.
func (r *articleReader) affiliation(p Party) *Party {
	if p.Kind != PartyPerson {
		return &p
	}
	e := r.lex.entities[r.lex.canonical(p.Name)]
	if e == nil || e.Affil == "" {
		return &p
	}
	k := r.lex.canonical(e.Affil)
	ae := r.lex.entities[k]
	if ae == nil {
		return &p
	}
	return &Party{Name: ae.Name, Kind: ae.kind(), State: ae.State, Span: p.Span}
}

// victims finds what the sentence says was hit.
func (r *articleReader) victims(s crosswire.Span, cands []cand) []Party {
	text := r.a.Text
	sent := text[s.Start:s.End]
	var out []Party
	seen := map[string]bool{}
	add := func(p Party) {
		if !seen[p.Key()] {
			seen[p.Key()] = true
			out = append(out, p)
		}
	}
	var locs [][]int
	for _, loc := range reVictimPrep.FindAllStringIndex(sent, -1) {
		// "pin the attack on X", "blamed the hack on X": X is blamed
		if pinnedOn(sent[:loc[0]], sent[loc[0]:loc[1]]) {
			continue
		}
		locs = append(locs, loc)
	}
	for _, loc := range reVictimVerb.FindAllStringIndex(sent, -1) {
		// "… and a group that had hacked X": what an unnamed other
		// actor hit is not this claim's victim
		ts := s.Start + loc[0]
		if subj, named := r.subjectOf(s, cands, r.clauseStart(s, ts), ts); subj == nil && !named {
			continue
		}
		// "X had been hacked during …": the passive's subject is hit
		if reBeforeHit.MatchString(text[max(s.Start, ts-24):ts]) && !reHaveHit.MatchString(text[max(s.Start, ts-24):ts]) &&
			!strings.HasSuffix(strings.TrimSpace(strings.ToLower(sent[loc[0]:loc[1]])), "ing") {
			from := r.clauseStart(s, ts)
			if c := firstAfter(cands, from, ts-from, func(c cand) bool { return !c.Anaphor }); c != nil && c.End <= ts {
				if pre := strings.ToLower(qualifierFree(cands, text, from, c.Start)); reDeterminers.MatchString(pre) || rePossessiveNoun.MatchString(pre) {
					r.victimList(s, cands, c.Start, add)
				}
			}
			continue
		}
		locs = append(locs, loc)
	}
	// "X's stolen data was leaked by …": whose data a passive verb of
	// leaking has for subject is hit
	for _, loc := range reLeakedPassive.FindAllStringIndex(sent, -1) {
		ts := s.Start + loc[0]
		from := r.clauseStart(s, ts)
		c := firstAfter(cands, from, ts-from, func(c cand) bool { return !c.Anaphor })
		if c == nil || c.End > ts || !rePossessiveData.MatchString(text[c.End:ts]) {
			continue
		}
		if pre := strings.ToLower(qualifierFree(cands, text, from, c.Start)); reDeterminers.MatchString(pre) || reWhereBased.MatchString(pre) {
			r.victimList(s, cands, c.Start, add)
		}
	}
	for _, loc := range locs {
		n := len(out)
		r.victimList(s, cands, s.Start+loc[1], add)
		// "hacking at least 15 computers belonging to X": the owners of
		// what was hit are the victims
		if len(out) == n {
			if m := reThingOf.FindStringIndex(sent[loc[1]:]); m != nil {
				r.victimList(s, cands, s.Start+loc[1]+m[1], add)
			}
		}
		// "operations against shipping firms in 9 other countries
		// including Norland and Estmark": the countries listed are
		// where the incident hit, each a victim (a location)
		if len(out) == n {
			if at := countriesListed(sent[loc[1]:]); at >= 0 {
				r.victimList(s, cands, s.Start+loc[1]+at, add)
			}
		}
	}
	return out
}

// reCountriesIncluding: victims written as those of several countries,
// then the countries named ("shipping firms in 9 other countries including",
// "firms in at least five countries, such as"): what follows is the list
// of countries.
var reCountriesIncluding = regexp.MustCompile(`^(?:[\p{L}-]+\s+){0,3}?(?:in|across)\s+(?:at least\s+|more than\s+|some\s+)?(?:\d+|[a-z]+)\s+(?:other\s+|further\s+|more\s+)?countries,?\s+(?:including|such as|among them)\s+`)

// countriesListed returns where the list of countries starts in after
// (the words after an incident noun and its preposition) when the
// victims are written as those of several countries, then the countries
// named ("shipping firms in 9 other countries including Norland and
// Estmark"); -1 otherwise.
func countriesListed(after string) int {
	if m := reCountriesIncluding.FindStringIndex(after); m != nil {
		return m[1]
	}
	return -1
}

// victimList reads the victim at from and any joined to it by "and" or a
// comma ("two universities and an energy company").
func (r *articleReader) victimList(s crosswire.Span, cands []cand, from int, add func(Party)) {
	text := r.a.Text
	for range 6 {
		end := r.victimAt(s, cands, from, add)
		if end < 0 {
			return
		}
		// an acronym or gloss in brackets after a victim: "the
		// National Party Committee (NPC), the …"
		if p := reBracketed.FindStringIndex(text[end:s.End]); p != nil {
			end += p[1]
		}
		m := reListJoin.FindStringIndex(text[end:s.End])
		if m == nil {
			return
		}
		from = end + m[1]
	}
}

// reStateBody: a state's government body written after its name or
// adjective.
var reStateBody = regexp.MustCompile(`^\s+(?:government|parliament|foreign ministry|defence ministry|defense ministry|ministry|military|armed forces|embassy)\b`)

// reStateNoun: a lower-case noun phrase a state's name or adjective
// modifies, headed by a noun of reNounPhrase's kind ("US elections",
// "Norland port operators"); group 1 the words before the head.
var reStateNoun = regexp.MustCompile(`^\.?\s+((?:[a-z-]+\s+){0,2})(?:elections?|election systems?|troops|forces|companies|firms|businesses|organi[sz]ations|institutions|officials|diplomats|journalists|activists|banks|universities|websites|sites|networks|ministries|agencies|media|newspapers|broadcasters|operators|providers|utilities|hospitals|politicians|lawmakers|parties|candidates|voters)\b`)

// reStateThing: one or two lower-case words right after a state's name,
// ending the phrase (a clause boundary, the sentence's end, a link): the
// state modifies a noun (group 1), as in "Dravia mobile system".
var reStateThing = regexp.MustCompile(`^\s+([a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)(?:\s*[,;:.!?)"”]|\s*$|\s+https?://)`)

// nounCompound reports whether the lower-case words after a name read
// as nouns it modifies: no function word, no adverb, participle or word
// of time ("Dravia last year", "Norland again", "Estmark this week").
func nounCompound(words string) bool {
	for _, w := range strings.Fields(words) {
		if text.StopWord(w) || reNoNounAfter.MatchString(w) || reTimeNoun.MatchString(w) {
			return false
		}
	}
	return true
}

// reTimeNoun: a noun of time.
var reTimeNoun = regexp.MustCompile(`^(?:years?|months?|weeks?|days?|nights?|mornings?|evenings?|weekends?|times?|ago|now|then|too|as|well)$`)

// reSeatAfter: the seat of a body written right after its name.
var reSeatAfter = regexp.MustCompile(`^\s+(?:headquarters|head office|offices|secretariat)\b`)

// rePossessiveNoun: a common noun's possessive before a name ("the
// country's Central Election Commission").
var rePossessiveNoun = regexp.MustCompile(`^(?:the\s+)?[a-z]+['’]s\s+$`)

// rePinBefore: a verb of blaming whose "on" names the culprit ("pin a
// cyberattack on X", "blamed the hack on X").
var rePinBefore = regexp.MustCompile(`(?i)\b(?:pin|pins|pinned|pinning|blame|blames|blamed|blaming)\b[^,;]{0,60}$`)

// pinnedOn reports whether an incident noun and its "on" (prep) follow a
// verb of blaming in before: the "on" names the culprit, not a victim.
func pinnedOn(before, prep string) bool {
	return strings.HasSuffix(strings.ToLower(strings.TrimSpace(prep)), " on") && rePinBefore.MatchString(before)
}

// reModifiedName: what stands between a state or place used as a modifier
// and the name it modifies: nothing, or a lower-case noun or two.
var reModifiedName = regexp.MustCompile(`^\.?(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}$`)

// reBracketed: a short bracketed aside.
var reBracketed = regexp.MustCompile(`^\s*\([^()]{1,40}\)`)

// victimAt adds the victim named at from and returns where it ends, or -1.
func (r *articleReader) victimAt(s crosswire.Span, cands []cand, from int, add func(Party)) int {
	text := r.a.Text
	{
		c := firstAfter(cands, from, 25, func(c cand) bool { return !c.Anaphor })
		if c != nil && !reDeterminers.MatchString(text[from:c.Start]) {
			c = nil
		}
		if c != nil && victimKind(c.kind()) {
			// a possessive state before the victim: "Norland's trade ministry"
			p := c.Parties[0]
			// a state or place modifying the name after it, with at most
			// a lower-case noun between ("the U.S. Unity Party",
			// "the Norland broadcaster Kanal 5"): that name is the victim
			if k := c.kind(); (k == PartyState || k == PartyPlace || k == PartyUnknown && !strings.Contains(c.Parties[0].Name, " ")) && !c.Qualifier {
				if n := firstAfter(cands, c.End, 24, func(c cand) bool { return !c.Anaphor && !c.Qualifier }); n != nil &&
					victimKind(n.kind()) && n.kind() != PartyState && n.kind() != PartyPlace && reModifiedName.MatchString(text[c.End:n.Start]) &&
					!hasLowerStopWord(text[c.End:n.Start]) {
					c, p = n, n.Parties[0]
				}
			}
			if c.Qualifier {
				if n := firstAfter(cands, c.End, 6, func(c cand) bool { return !c.Anaphor }); n != nil && victimKind(n.kind()) {
					p = n.Parties[0]
					if p.State == "" {
						p.State = c.Parties[0].Name
					}
				}
			}
			switch p.Kind {
			case PartyPlace, PartyUnknown:
				// a possessive state's thing ("France's TV5Monde") is
				// not a state; nor is a one-word name nothing types
				// that no cue or list knows as a state (a firm in a
				// list of victims: "attacks against Kessel, Orvane …")
				if len(strings.Fields(p.Name)) == 1 && p.Name == c.Parties[0].Name && (p.Kind == PartyPlace || r.lex.stateOf(p.Name) != "") {
					p.Kind = PartyState
				} else {
					p.Kind = PartyOrganisation
				}
			}
			// "the German government": the state's government, named as
			// written, is the victim, not the state
			if p.Kind == PartyState && !c.Qualifier {
				if m := reStateBody.FindStringIndex(text[c.End:s.End]); m != nil {
					end := c.End + m[1]
					p = Party{Name: text[c.Start:end], Kind: PartyGovernment, State: p.Name, Span: span(r.a, c.Start, end)}
				} else if m := reStateNoun.FindStringSubmatchIndex(text[c.End:s.End]); m != nil && !hasStopWord(text[c.End+m[2]:c.End+m[3]]) {
					// "the US elections", "Ukrainian troop movements":
					// the state's thing, named as written
					end := c.End + m[1]
					p = Party{Name: text[c.Start:end], Kind: PartySector, State: p.Name, Span: span(r.a, c.Start, end)}
				} else if m := reStateThing.FindStringSubmatch(text[c.End:s.End]); m != nil && nounCompound(m[1]) && !reSeatAfter.MatchString(text[c.End:s.End]) {
					// "hacking of Dravia mobile system": the state
					// modifies a thing that is neither people nor a
					// body (no head of reStateNoun, no seat such as
					// "headquarters"): no victim
					return -1
				}
			}
			if p.Sector == "" && p.Kind == PartyGovernment {
				p.Sector = "government-national"
			}
			// "NATO headquarters", "the ministry's offices": the seat of
			// the body, named as written
			if m := reSeatAfter.FindStringIndex(text[p.Span.End:s.End]); m != nil && p.Span.Article == r.a.ID {
				end := p.Span.End + m[1]
				p = Party{Name: p.Name + text[p.Span.End:end], Kind: PartyOrganisation, State: p.State, Sector: p.Sector, Span: span(r.a, p.Span.Start, end)}
			}
			add(p)
			return p.Span.End
		}
		if m := reSector.FindStringSubmatchIndex(text[from:s.End]); m != nil {
			noun := strings.ToLower(text[from+m[4] : from+m[5]])
			qual := ""
			if m[2] >= 0 {
				qual = strings.ToLower(text[from+m[2] : from+m[3]])
			}
			sector := ""
			for stem, sec := range sectorOf {
				if strings.HasPrefix(noun, stem) && len(stem) > 2 {
					sector = sec
				}
			}
			kind := PartySector
			name := noun
			switch {
			case strings.HasPrefix(noun, "ministr") || strings.HasPrefix(noun, "agenc"):
				// "its energy ministry": a government body, named by its remit
				kind = PartyGovernment
				if qual != "" {
					name = qual + " " + noun
				}
			case qualifierSectors[qual] != "" && (strings.HasPrefix(noun, "compan") || strings.HasPrefix(noun, "firm") || strings.HasPrefix(noun, "operator") || strings.HasPrefix(noun, "contractor")):
				sector = qualifierSectors[qual]
				name = qual + " " + noun
			}
			if kind == PartySector {
				if end := r.inPlaces(s, cands, Party{Name: name, Kind: kind, Sector: sector}, from+m[1], add); end >= 0 {
					return end
				}
				// a generic noun alone ("companies") names nobody
				if reVagueVictim.MatchString(name) {
					return from + m[1]
				}
			}
			add(Party{Name: name, Kind: kind, Sector: sector, Span: span(r.a, from+m[0], from+m[1])})
			return from + m[1]
		}
		// any other lower-case plural noun phrase: "journalists", "think
		// tanks", "human rights organisations"
		// one phrase of a list: up to its comma or conjunction
		window := text[from:s.End]
		if loc := reListCut.FindStringIndex(window); loc != nil {
			window = window[:loc[0]]
		}
		if m := reNounPhrase.FindStringSubmatchIndex(window); m != nil && m[2] < m[3] {
			np := text[from+m[2] : from+m[3]]
			npEnd := from + m[3]
			if !strings.ContainsAny(np, "\n") && !hasStopWord(np) {
				// "providers of managed IT services": a relational head
				// with what it relates to
				if reRelationalHead.MatchString(np) {
					// "members of Norland's lower house, the Storting,":
					// the body the complement describes, named in
					// apposition, is the victim
					if b := firstAfter(cands, npEnd, 80, func(c cand) bool {
						return !c.Qualifier && victimKind(c.kind()) && reOfAppositive.MatchString(text[npEnd:c.Start])
					}); b != nil &&
						strings.HasPrefix(text[b.End:s.End], ",") {
						add(b.Parties[0])
						return b.End
					}
					if c := reOfComplement.FindStringSubmatchIndex(text[npEnd:s.End]); c != nil && !hasLowerStopWord(text[npEnd+c[2]:npEnd+c[3]]) {
						npEnd += c[3]
						np = text[from+m[2] : npEnd]
					}
				}
				if end := r.inPlaces(s, cands, Party{Name: np, Kind: PartySector}, npEnd, add); end >= 0 {
					return end
				}
				// a generic noun alone, or with a vague word ("certain
				// organisations", "a handful of individuals", "companies")
				// names no victim an analyst can use: the list goes on
				if !reVagueVictim.MatchString(np) {
					add(Party{Name: np, Kind: PartySector, Span: span(r.a, from+m[2], npEnd)})
				}
				return r.pastModifier(s, npEnd)
			}
		}
	}
	return -1
}

// Victim noun phrases: a relational head and its "of" complement (up to
// five words, no comma: "providers of managed outsourced IT services"),
// and a generic noun that alone, or with a vague word, names nobody in
// particular.
var (
	reRelationalHead = regexp.MustCompile(`(?i)\b(?:providers|suppliers|customers|clients|users|members|employees|operators|staff|contractors)$`)
	// reOfAppositive: an "of" complement and a comma before a name in
	// apposition ("members of Norland's lower house, the Storting")
	reOfAppositive = regexp.MustCompile(`^\s+of\s+[^,;.:()]{1,60},\s+(?:the\s+)?$`)
	reOfComplement = regexp.MustCompile(`^\s+of\s+((?:[\p{L}-]+(?:['’]s)?\s+){0,4}?[\p{L}-]+)(?:\s+(?:as|to|for|with|in|by|and|or|that|which|who|from|on|at)\b|[,;.:]|$)`)
	reVagueVictim  = regexp.MustCompile(`(?i)^(?:(?:certain|various|unspecified|unnamed|other|some|many|several|numerous|multiple|computer|IT|network|online)\s+)*(?:organi[sz]ations|individuals|companies|firms|businesses|entities|people|institutions|targets|victims|users|systems|sites|websites|networks|providers|suppliers)$`)
)

// rePlacePrep: the preposition that places a victim written as a common
// noun ("firms in Japan", "banks across Europe").
var rePlacePrep = regexp.MustCompile(`^\s+(?:in|across|throughout)\s+(?:the\s+)?$`)

// inPlaces reads a victim noun phrase placed by a preposition in one or
// more places ("firms in Britain, Europe and Japan"): one victim for each
// place, named with it ("firms in Japan"), added through add. It returns
// where the last place ends, or -1 when no place follows the noun.
func (r *articleReader) inPlaces(s crosswire.Span, cands []cand, np Party, end int, add func(Party)) int {
	text := r.a.Text
	place := func(c cand) bool {
		k := c.kind()
		return !c.Qualifier && !c.Anaphor && (k == PartyPlace || k == PartyState)
	}
	c := firstAfter(cands, end, 16, place)
	if c == nil || !rePlacePrep.MatchString(text[end:c.Start]) {
		return -1
	}
	var places []cand
	for c != nil {
		places = append(places, *c)
		m := reListJoin.FindStringIndex(text[c.End:s.End])
		if m == nil {
			break
		}
		// a name nothing types, joined to a place, is one more place
		n := firstAfter(cands, c.End+m[1], 4, func(c cand) bool { return place(c) || !c.Qualifier && !c.Anaphor && c.kind() == PartyUnknown })
		if n == nil || !reDeterminers.MatchString(text[c.End+m[1]:n.Start]) {
			break
		}
		c = n
	}
	for _, pl := range places {
		p := np
		name := pl.Parties[0].Name
		// a state whose entity goes by its adjective ("Japanese") is
		// named as written ("firms in Japan")
		if w := text[pl.Start:pl.End]; knownStates[w] && name != w && demonymShape.MatchString(name) {
			name = w
		}
		p.Name = np.Name + " in " + name
		p.Span = span(r.a, end, pl.End)
		add(p)
	}
	return places[len(places)-1].End
}

// reAsWellAs: a list continued past a long modifier ("individuals in
// political and military posts, as well as journalists").
var reAsWellAs = regexp.MustCompile(`,?\s+as well as\s`)

// pastModifier returns where a victim noun phrase ending at end is
// followed by a lower-case prepositional modifier and then "as well as"
// within the clause: the list goes on after the modifier. Otherwise it
// returns end.
func (r *articleReader) pastModifier(s crosswire.Span, end int) int {
	text := r.a.Text
	rest := text[end:min(s.End, end+160)]
	if !reLowerPrep.MatchString(rest) {
		return end
	}
	loc := reAsWellAs.FindStringIndex(rest)
	if loc == nil || strings.ContainsAny(rest[:loc[0]], ";:()\"“”") {
		return end
	}
	return end + loc[0]
}

// reLowerPrep: a prepositional modifier of lower-case words right after
// a noun.
var reLowerPrep = regexp.MustCompile(`^\s+(?:in|at|of|from|across|with)\s+\p{Ll}`)

// targets lists the parties a sanction or indictment names after from.
func (r *articleReader) targets(s crosswire.Span, cands []cand, from int, by *Party, withStates bool) []Party {
	text := r.a.Text
	var out []Party
	seen := map[string]bool{}
	end := s.End
	if loc := reClauseBreak.FindStringIndex(text[from:s.End]); loc != nil {
		end = from + loc[0]
	}
	// a non-restrictive relative clause describes a target ("X, which it
	// described as an MSS front, and …"): its names are no targets
	var relative [][2]int
	for _, loc := range reRelative.FindAllStringIndex(text[from:end], -1) {
		rs := from + loc[0]
		re := end
		if c := strings.IndexAny(text[from+loc[1]:end], ",;"); c >= 0 {
			re = from + loc[1] + c
		}
		relative = append(relative, [2]int{rs, re})
	}
	inRelative := func(c cand) bool {
		for _, r := range relative {
			if c.Start >= r[0] && c.End <= r[1] {
				return true
			}
		}
		return false
	}
	for _, c := range cands {
		if c.Start < from || c.End > end || c.Qualifier || inRelative(c) {
			continue
		}
		if placeBefore.MatchString(text[max(s.Start, c.Start-16):c.Start]) && !c.Anaphor {
			continue
		}
		// a place (or a one-word name nothing types) written before a
		// common noun of what is hit ("a Harbin firm", "two Chinese
		// nationals") names where it is, not a target
		if k := c.kind(); (k == PartyPlace || k == PartyState || k == PartyUnknown && !strings.Contains(c.Parties[0].Name, " ")) && rePlaceModifies.MatchString(text[c.End:end]) {
			continue
		}
		for _, p := range c.Parties {
			if p.Name == "" {
				continue
			}
			switch p.Kind {
			case PartyPerson, PartyCompany, PartyGroup, PartyService, PartyUnit, PartyUnknown:
			case PartyState:
				// a state's adjective describes the noun after it
				// ("Russian spies", "a Russian intelligence service"):
				// the noun is what is hit, not the state
				if !withStates || r.lex.demonymState(text[c.Start:c.End]) != "" {
					continue
				}
			default:
				continue
			}
			if by != nil && sameParty(*by, p) || seen[p.Key()] {
				continue
			}
			seen[p.Key()] = true
			out = append(out, p)
		}
	}
	return out
}

// actions lists what the sentence says the incident was.
func (r *articleReader) actions(s crosswire.Span) []Action {
	sent := r.a.Text[s.Start:s.End]
	var out []Action
	for _, ap := range actionPatterns {
		if loc := ap.re.FindStringIndex(sent); loc != nil {
			out = append(out, Action{Name: ap.name, Span: span(r.a, s.Start+loc[0], s.Start+loc[1])})
		}
	}
	return out
}

// reSanctionPassive: the targets of a sanction named before its verb
// ("The men were added to the sanctions list", "X, which was
// sanctioned").
// reHeadTitle: the title of a head of state or government right before
// a person's name.
var reHeadTitle = regexp.MustCompile(`\b(?:President|Prime Minister|Premier|Chancellor)\s+$`)

var reSanctionPassive = regexp.MustCompile(`(?i)\b(?:were|was|are|is|been|being|be)\b`)

// adjectiveSuffix: the endings of a state's adjective ("Italian",
// "Chinese", "Danish", "Korean"); reLowerWord: a lower-case word next.
var (
	adjectiveSuffix = regexp.MustCompile(`^[A-Z][a-z]+(?:ian|ese|ish|ean)$`)
	reLowerWord     = regexp.MustCompile(`^\s+\p{Ll}`)
)

// cyberText reports whether a text names a cyber incident: a word of
// actionPatterns.
func cyberText(t string) bool {
	for _, ap := range actionPatterns {
		if ap.re.MatchString(t) {
			return true
		}
	}
	return false
}

// Whether an article reports a cyber incident (Incident.Cyber). Most words
// of actionPatterns name a cyber act only about computers: "breach" is
// also a breach of the rules, "stolen" a stolen car, "leaked" a leaked
// budget, "compromise" a deal, "supply chain" a shop's, "espionage" a
// spy's. So an action word counts where its sentence names what a cyber
// act is done to or with (reDigitalNoun: data, a network, computers,
// servers, e-mail …); the words of reCyberWord name a cyber act or its
// means by themselves (ransomware, malware, phishing, DDoS, hacking,
// hackers, a cyber-attack, a zero-day, remote code execution, exploiting
// a vulnerability, flaw or bug) and count alone. A bare "hack" or
// "hacks" is left out: it is also a journalist.
var (
	reCyberWord   = regexp.MustCompile(`(?i)\b(?:hacked|hacking|hackers?|hack(?:s|ed)? into|ransomware|malware|spyware|botnets?|(?:spear-?)?phishing|ddos|denial-of-service|wiper malware|hack-and-leak|exfiltrat\w*|zero-days?|remote code execution|exploit\w*(?:\s+\w+){0,3}\s+(?:vulnerabilit(?:y|ies)|flaws?|bugs?)|cyber[- ]?(?:attack|crim|espionage|secur|spy|spies|war|thie|gang|threat|intrusion|incident|raid|operation)\w*)\b`)
	reDigitalNoun = regexp.MustCompile(`(?i)\b(?:data|databases?|networks?|computers?|servers?|e-?mails?|passwords?|credentials|websites?|online|internet|software|IT systems?|laptops?)\b`)
)

// cyberArticle reports whether an article reports a cyber incident: a
// word of reCyberWord anywhere, or a word of actionPatterns in a sentence
// that names a digital thing (reDigitalNoun).
func cyberArticle(a *crosswire.Article) bool {
	if reCyberWord.MatchString(a.Title) || reCyberWord.MatchString(a.Text) {
		return true
	}
	sents := a.Sentences
	if len(sents) == 0 {
		sents = []crosswire.Span{{Start: 0, End: len(a.Text)}}
	}
	for _, sp := range sents {
		if sp.Start < 0 || sp.End > len(a.Text) || sp.Start >= sp.End {
			continue
		}
		t := a.Text[sp.Start:sp.End]
		if reDigitalNoun.MatchString(t) && cyberText(t) {
			return true
		}
	}
	return false
}

// reListCut: where one phrase of a list ends.
var reListCut = regexp.MustCompile(`,|;|\s(?:and|or|as well as)\s`)

// reCulpritNoun: the common nouns a described culprit or incident is
// written with, right before the participle.
var reCulpritNoun = regexp.MustCompile(`(?i)\b(?:group|groups|gang|actor|actors|hackers|crew|team|collective|outfit|unit|operation|operations|campaign|campaigns|attack|attacks|intrusion|intrusions|breach|breaches|hack|hacks|espionage|activity|malware|spies|agency|service)\s*$`)

// participleAfterNoun reports whether verb (a past participle, read where
// its preposition follows it at once) comes after a lower-case noun ("a
// group tied to", "an operation attributed to") rather than after its
// subject or an auxiliary ("the agency has linked").
func participleAfterNoun(before, verb string) bool {
	if !strings.HasSuffix(strings.ToLower(verb), "ed") {
		return false
	}
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	prev := strings.Trim(f[len(f)-1], `,;:"“”'`)
	if prev == "" || !unicode.IsLower([]rune(prev)[0]) || strings.HasSuffix(prev, "ly") {
		return false
	}
	switch strings.ToLower(prev) {
	case "has", "have", "had", "also", "then", "and", "who", "which", "that", "they", "it", "we", "he", "she", "officials", "researchers", "investigators", "experts", "analysts", "authorities",
		// a form of "be" makes the participle passive ("is thought to be
		// linked to"), not a description of a noun
		"be", "been", "being", "is", "are", "was", "were":
		return false
	}
	return true
}

// reBeResponsible: "X is (believed) responsible for", "X, responsible
// for": the name before is the one held responsible.
var reBeResponsible = regexp.MustCompile(`(?i)(?:\b(?:is|are|was|were|be|been|being|seen as|named as)\s+(?:\w+\s+){0,2}|,\s*(?:\w+\s+)?)$`)

// hasStopWord reports whether a noun phrase holds a function word ("seen
// in this"): a victim's modifiers are content words.
// hasLowerStopWord is hasStopWord for the words written in lower case
// only ("IT" in "managed IT services" is an acronym, not "it").
func hasLowerStopWord(np string) bool {
	for _, w := range strings.Fields(np) {
		if w == strings.ToLower(w) && text.StopWord(strings.Trim(w, ",")) {
			return true
		}
	}
	return false
}

func hasStopWord(np string) bool {
	for _, w := range strings.Fields(np) {
		if text.StopWord(strings.ToLower(strings.Trim(w, ","))) {
			return true
		}
	}
	return false
}

// reReport: a report, study or analysis a sentence cites, with its author
// before it ("a Kestrel Labs report", "Velora's report", "Orvik's
// prior claim") or after it ("a
// report from Velora", "a report by the agency", "X released a report").
var (
	reReportNoun = regexp.MustCompile(`\b(?:report|reports|study|analysis|research|findings|investigation|assessment|advisory|blog post|white paper|claim|conclusion)\b`)
	// rePossessiveBefore: "X's (prior) report": a possessive and at most
	// one lower-case modifier between the author and the noun
	rePossessiveBefore = regexp.MustCompile(`^['’]s\s+(?:[a-z]+\s+)?$`)
	reReportByName     = regexp.MustCompile(`^\s+(?:by|from)\s+(?:[Tt]he\s+)?$`)
	// also after a participle and a few words of time ("a study
	// released on Tuesday by the Estmark-based company X")
	reReportAfter = regexp.MustCompile(`^\s+(?:(?:published|released|issued|compiled|written)\s+(?:[\w-]+\s+){0,3}?)?(?:from|by|of)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,4}?$`)
	// reFoundCampaign: a name's researchers finding the intrusions the
	// sentence goes on to attribute ("X researchers detected intrusions
	// at …, probably carried out by …"): X makes the attribution as a
	// report's author does
	reFoundCampaign = regexp.MustCompile(`^\s+(?:(?:security\s+)?(?:researchers|analysts|investigators)\s+)?(?:(?:has|have|had|recently|also|just|first)\s+)*(?:spotted|uncovered|discovered|observed|detected|found|identified|exposed)\s+(?:(?:an?|another|the|a new|new)\s+)?(?:[\w-]+\s+){0,3}?(?:campaigns?|operations?|attacks?|waves?|intrusions?)\b`)
	reReportVerb    = regexp.MustCompile(`^\)?\s+(?:\([^)]{1,12}\)\s+)?(?:(?:has|have|had|recently|also|just)\s+)*(?:released|published|issued|put out)\s+(?:an?|its|the)\s+(?:new\s+)?$`)
)

// reportSource is the author of a report the sentence cites: the name
// right before "report" ("a Kestrel Labs report"), after "report from/by",
// or the subject of "released a report".
func (r *articleReader) reportSource(s crosswire.Span, cands []cand) *Party {
	text := r.a.Text
	ok := func(c cand) bool { return !c.Qualifier && accuserKind(c.kind()) }
	for _, loc := range reReportNoun.FindAllStringIndex(text[s.Start:s.End], -1) {
		ns, ne := s.Start+loc[0], s.Start+loc[1]
		if b := lastBefore(cands, ns, 2, ok); b != nil {
			return r.affiliation(b.Parties[0])
		}
		// (a place as the author is a metonym: "Moscow's claim")
		if b := lastBefore(cands, ns, 20, func(c cand) bool { return accuserKind(c.kind()) || c.kind() == PartyPlace }); b != nil && rePossessiveBefore.MatchString(text[b.End:ns]) {
			return r.affiliation(b.Parties[0])
		}
		// "a report by The Ledger": a name nothing types right after
		// "by" is the report's author, a publisher
		if c := firstAfter(cands, ne, 8, func(c cand) bool { return !c.Qualifier && !c.Anaphor && c.kind() == PartyUnknown }); c != nil &&
			reReportByName.MatchString(text[ne:c.Start]) {
			p := c.Parties[0]
			p.Kind = PartyCompany
			return &p
		}
		if c := firstAfter(cands, ne, 90, ok); c != nil && reReportAfter.MatchString(text[ne:c.Start]) {
			return r.affiliation(c.Parties[0])
		}
		if b := lastBefore(cands, ns, 60, ok); b != nil && reReportVerb.MatchString(text[b.End:ns]) {
			return r.affiliation(b.Parties[0])
		}
	}
	for _, c := range cands {
		if c.Qualifier || c.Anaphor || !ok(c) || !reFoundCampaign.MatchString(text[c.End:s.End]) {
			continue
		}
		// "Vantrel researchers detected …": a name nothing types whose
		// researchers find things is their employer
		if c.kind() == PartyUnknown && reResearchersAfter.MatchString(text[c.End:s.End]) {
			p := c.Parties[0]
			p.Kind = PartyCompany
			return &p
		}
		return r.affiliation(c.Parties[0])
	}
	return nil
}

// reResearchersAfter: a name's researchers or analysts, right after it.
var reResearchersAfter = regexp.MustCompile(`^\s+(?:security\s+)?(?:researchers|analysts)\b`)

// incidentAfter reports whether the words after "responsible for" name
// an incident (an action of actionPatterns, or "the attack").
func incidentAfter(s string) bool { return reIncidentNoun.MatchString(s) || cyberText(s) }

var reIncidentNoun = regexp.MustCompile(`(?i)\b(?:attacks?|incidents?|campaigns?|operations?|outages?|leaks?)\b`)

// reDidIncident: what a group did in the incident, right after its name
// in a reported clause ("… said APT10 conducted the campaign").
var reDidIncident = regexp.MustCompile(`(?i)^[”"']?\s*(?:,[^,]{1,40},\s*)?(?:had\s+|has\s+|have\s+|was\s+|were\s+|is\s+|are\s+|been\s+|likely\s+|probably\s+)*(?:conducted|mounted|carried out|launched|targeted|targeting|hacked|breached|staged|orchestrated|behind|responsible for|attacked|stole|compromised|infiltrated|penetrated|spied|used|using|deployed|exploited)\b`)

// reAttackersAre: the incident's attackers, unnamed, and a copula right
// before "part of" ("the attackers are", "the hackers were likely").
var reAttackersAre = regexp.MustCompile(`(?i)\bthe\s+(?:attackers|hackers|intruders|perpetrators|culprits)\s+(?:are|were|is|was)\s+(?:(?:believed|thought|said|likely|probably|to|be)\s+)*$`)

// reMemberOfPart: reMemberOf's "part of" alone.
var reMemberOfPart = regexp.MustCompile(`(?i)^part of$`)

// reGroupPhrase: the words between "part of" and a group's name when
// they describe the group: determiners and lower-case modifiers ending in
// a noun of threat groups ("a crew called", "the hacking group"), no
// clause break.
var reGroupPhrase = regexp.MustCompile(`(?i)^\s*(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,4}?(?:group|gang|crew|collective|outfit|team|actor)(?:\s+(?:known as|called|dubbed|named))?\s*$`)

// reSpentDoing: a deed written as time spent doing it, right after the
// doer's name ("X has spent its nights hacking …").
var reSpentDoing = regexp.MustCompile(`(?i)^\s*(?:has\s+|have\s+|had\s+)?spent\s+(?:[\w-]+\s+){1,4}?(?:launching|hacking|attacking|targeting|breaching|stealing|leaking|flooding|phishing|infecting|encrypting|spying)\b`)

// accusedIn reports whether one of the claims accuses p.
func accusedIn(claims []Claim, p Party) bool {
	for _, c := range claims {
		if c.Kind != ClaimAttribution {
			continue
		}
		for _, a := range c.Accused {
			if sameParty(a, p) {
				return true
			}
		}
	}
	return false
}

// groupLike reports whether a multi-word name of unknown kind is written
// the way threat groups are named: no word of it is a person's title or
// given-name-like first word followed by a surname (two capitalised words
// only), no word a place or institution head word. News names groups
// with coined two- or three-word names ("Amber Quill", "Cobalt Lynx"):
// so are people ("Anton Velkov") and institutions ("Harlow
// Public Schools"); what tells them apart here is that a group's name is
// held responsible while no title, institution word or lower-case
// function word ("of") is in it.
func groupLike(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		w = strings.TrimSuffix(w, ".")
		if titles[w] || govWords[w] || orgWords[w] || companyWords[w] || serviceWords[w] || knownStates[w] || stateWords[w] != "" {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// nounLink reports whether "link", "links" or "ties" is the noun ("a link
// to a document", "malicious links", "close ties") rather than the verb:
// the verb follows a modal, "to", an adverb or its subject's name.
func nounLink(before, w string) bool {
	switch strings.ToLower(w) {
	case "link", "links", "ties", "tie":
	default:
		return false
	}
	f := strings.Fields(before)
	if len(f) == 0 {
		return true
	}
	prev := strings.Trim(f[len(f)-1], `,;:"“”'`)
	switch strings.ToLower(prev) {
	case "to", "would", "could", "may", "might", "can", "cannot", "did", "does", "do", "also", "still",
		"firmly", "directly", "now", "not", "further", "publicly", "officially", "formally", "tentatively":
		return false
	}
	switch strings.ToLower(prev) {
	case "a", "an", "the", "this", "that", "these", "those", "any", "no", "such", "its", "their", "with", "via", "of":
		return true
	}
	if r, _ := utf8.DecodeRuneInString(prev); unicode.IsUpper(r) {
		// "Velora links the attack …": a name before the verb
		return false
	}
	// "researchers link …": a plural subject before the base form
	return !(strings.HasSuffix(prev, "s") && strings.EqualFold(w, "link"))
}

// promoteAccused settles the kind of accused parties and leaves out those
// nothing marks as a culprit. A multi-word name of unknown kind held
// responsible for the incident is written the way groups are ("Amber
// Quill"); a one-word one is not enough — a company, a product or a
// capitalised word at a sentence start ("Unless", "Christmas") is linked to
// incidents as often as a culprit is. A one-word sponsor of a group, unit or
// service is, in news writing, a state; of anything else, nothing. Places
// are states only when they are known states.
func promoteAccused(ps []Party, subject *Party) []Party {
	out := make([]Party, 0, len(ps))
	for _, p := range ps {
		switch p.Kind {
		case PartyUnknown:
			one := len(strings.Fields(p.Name)) == 1
			switch {
			case subject == nil && one:
				continue
			case subject == nil && groupLike(p.Name):
				p.Kind = PartyGroup
			case subject == nil:
				continue
			case one && (subject.Kind == PartyGroup || subject.Kind == PartyUnit || subject.Kind == PartyService):
				p.Kind = PartyState
			case one:
				continue
			default:
				p.Kind = PartyService
			}
		case PartyCompany, PartyOrganisation:
			continue
		case PartyPlace:
			if st := stateWords[p.Name]; st != "" {
				p.Name = st
			} else if !knownStates[p.Name] {
				continue
			}
			p.Kind = PartyState
		}
		out = append(out, p)
	}
	return out
}

func accusable(c cand) bool {
	if c.Qualifier || c.Bystander {
		return false
	}
	switch c.kind() {
	case PartyGroup, PartyState, PartyService, PartyUnit, PartyPerson, PartyUnknown, PartyGovernment, PartyPlace:
		return true
	}
	return false
}

func attributable(c cand) bool {
	if c.Qualifier || c.Bystander {
		return false
	}
	switch c.kind() {
	case PartyGroup, PartyUnit, PartyService, PartyUnknown, PartyPerson:
		return true
	}
	return false
}

func denier(c cand) bool {
	if c.Qualifier {
		return false
	}
	switch c.kind() {
	case PartyState, PartyGovernment, PartyService, PartyGroup, PartyUnit, PartyPerson, PartyCompany, PartyUnknown:
		return true
	}
	return false
}

// authority is the first government or state the sentence names before
// the trigger, not counting places ("registered in X").
func (r *articleReader) authority(s crosswire.Span, cands []cand, before int) *cand {
	// the clause of the trigger first: "X charged A, and Y sanctioned him"
	cs := s.Start
	if locs := reClauseBreak.FindAllStringIndex(r.a.Text[s.Start:before], -1); len(locs) > 0 {
		cs = s.Start + locs[len(locs)-1][1]
	}
	if c := r.firstAuthority(s, cands, cs, before); c != nil {
		return c
	}
	return r.firstAuthority(s, cands, s.Start, before)
}

func (r *articleReader) firstAuthority(s crosswire.Span, cands []cand, from, before int) *cand {
	for i := range cands {
		if cands[i].Start < from {
			continue
		}
		c := &cands[i]
		if c.End > before {
			break
		}
		if c.Qualifier || (c.kind() != PartyGovernment && c.kind() != PartyState) {
			continue
		}
		if placeBefore.MatchString(r.a.Text[max(s.Start, c.Start-16):c.Start]) {
			continue
		}
		return c
	}
	return nil
}

// members returns the indicted persons the sentence writes as the people
// of the service svc: the list right after its people's noun ("two FSB
// agents — A and B —", "officers of the GRU, A and B") or right before
// it ("A and B, two officers of the GRU").
func (r *articleReader) members(s crosswire.Span, cands []cand, svc Party, indicted []Party) []Party {
	text := r.a.Text
	defendant := func(c cand) bool {
		if c.Qualifier || c.Anaphor {
			return false
		}
		for _, p := range indicted {
			if sameParty(p, c.Parties[0]) {
				return true
			}
		}
		return false
	}
	var out []Party
	seen := map[string]bool{}
	add := func(c *cand) {
		for _, p := range indicted {
			if sameParty(p, c.Parties[0]) && !seen[p.Key()] {
				seen[p.Key()] = true
				p.Kind = PartyPerson
				out = append(out, p)
			}
		}
	}
	for i := range cands {
		c := &cands[i]
		if c.Qualifier || c.Anaphor || !sameParty(c.Parties[0], svc) {
			continue
		}
		// where the people's noun phrase starts and ends
		start, end := -1, -1
		if m := reOfficersAfter.FindStringIndex(text[c.End:s.End]); m != nil {
			start, end = c.Start, c.End+m[1]
		} else if m := reOfficersOf.FindStringIndex(text[max(s.Start, c.Start-24):c.Start]); m != nil {
			start, end = max(s.Start, c.Start-24)+m[0], c.End
		}
		if end < 0 {
			continue
		}
		// the list after it
		n := firstAfter(cands, end, 8, defendant)
		if n != nil && reMemberGap.MatchString(text[end:n.Start]) {
			for n != nil {
				add(n)
				m := reListJoin.FindStringIndex(text[n.End:s.End])
				if m == nil {
					break
				}
				n = firstAfter(cands, n.End+m[1], 2, defendant)
			}
		}
		// the list before it
		b := lastBefore(cands, start, 24, defendant)
		if b != nil && reMemberBefore.MatchString(text[b.End:start]) {
			for b != nil {
				add(b)
				p := lastBefore(cands, b.Start, 8, defendant)
				if p == nil || reListJoin.FindString(text[p.End:b.Start]) != text[p.End:b.Start] {
					break
				}
				b = p
			}
		}
	}
	return out
}

// reMemberGap: between a service's people's noun and the list of them
// ("FSB agents — A", "officers of the GRU, A"); reMemberBefore: between a
// list and the noun after it ("A and B, two officers of").
var (
	reMemberGap    = regexp.MustCompile(`^\s*(?:[—–:,-]\s*)?(?:(?:named|namely)\s+)?$`)
	reMemberBefore = regexp.MustCompile(`^\s*[—–,(]\s*(?:(?:both|all|two|three|four|five|six|seven|eight|\d+|the|its|their)\s+)*(?:[a-z-]+\s+)?$`)
)

// reOfficersOf: people of a service written before its name ("officers
// of the GRU"); reOfficersAfter: after it ("FSB agents").
var (
	reOfficersOf    = regexp.MustCompile(`(?i)\b(?:agents?|officers?|operatives?|employees?|members?)\s+of\s+(?:the\s+)?$`)
	reOfficersAfter = regexp.MustCompile(`(?i)^\s+(?:agents?|officers?|operatives?|spies)\b`)
)

// employer is the service or unit an indictment's sentence names the
// indicted as officers of, written next to them (within a few words of
// one of the indicted: "FBI agents charged A" names the investigators);
// an acronym nothing types written so ("two FSB agents") is an agency.
func (r *articleReader) employer(s crosswire.Span, cands []cand, indicted []Party) *Party {
	text := r.a.Text
	near := func(c cand) bool {
		for _, p := range indicted {
			if p.Span.Article == r.a.ID && (c.End <= p.Span.Start && p.Span.Start-c.End <= 30 || c.Start >= p.Span.End && c.Start-p.Span.End <= 30) {
				return true
			}
		}
		return false
	}
	for _, c := range cands {
		k := c.kind()
		if c.Qualifier || !(k == PartyService || k == PartyUnit || k == PartyUnknown && isAcronym(c.Parties[0].Name)) || !near(c) {
			continue
		}
		if reOfficersOf.MatchString(text[max(s.Start, c.Start-24):c.Start]) || reOfficersAfter.MatchString(text[c.End:s.End]) {
			p := c.Parties[0]
			p.Kind = PartyService
			return &p
		}
	}
	return nil
}

// personShaped reports whether a name nothing types is written like a
// person's: two or three capitalised words, none an acronym, none a head
// word of an organisation, a group or a title ("Oleg Marin").
func personShaped(p Party) bool {
	if p.Kind != PartyUnknown {
		return false
	}
	ws := strings.Fields(p.Name)
	if len(ws) < 2 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if !isCap(w) || isAcronym(w) || hasUpperAndDigit(w) || govWords[w] || companyWords[w] || orgWords[w] ||
			serviceWords[w] || groupLast[w] || groupFirst[w] || titles[w] || stopCaps[w] {
			return false
		}
	}
	return true
}

// onlyPersons keeps the persons of ps, with the names nothing types that
// are written like a person's (an indictment's defendants the entities
// missed).
func onlyPersons(ps []Party) []Party {
	var out []Party
	for _, p := range ps {
		if personShaped(p) {
			p.Kind = PartyPerson
		}
		if p.Kind == PartyPerson {
			out = append(out, p)
		}
	}
	return out
}

// reresolve fills person pronouns ("him", "the three men") with the
// persons an indictment of the same sentence just named.
func (r *articleReader) reresolve(cands []cand) []cand {
	for i := range cands {
		if cands[i].Anaphor && cands[i].kind() == PartyPerson && len(r.last[PartyPerson]) > 0 {
			sp := cands[i].Parties[0].Span
			ps := make([]Party, len(r.last[PartyPerson]))
			for j, p := range r.last[PartyPerson] {
				p.Span = sp
				ps[j] = p
			}
			cands[i].Parties = ps
		}
	}
	return cands
}

func accuserKind(k PartyKind) bool {
	switch k {
	case PartyGovernment, PartyCompany, PartyState, PartyOrganisation, PartyPerson, PartyService, PartyUnknown:
		return true
	}
	return false
}

func victimKind(k PartyKind) bool {
	switch k {
	case PartyGovernment, PartyCompany, PartyOrganisation, PartyState, PartyPlace, PartyUnknown:
		return true
	}
	return false
}

func sameParty(a, b Party) bool { return a.Key() == b.Key() }

// involved reports whether p is a party of c other than a victim: a
// victim list never holds the accused, what is attributed, the accuser or
// the accused's state.
func involved(p Party, c Claim) bool {
	if c.Subject != nil && sameParty(p, *c.Subject) || c.By != nil && sameParty(p, *c.By) {
		return true
	}
	for _, a := range c.Accused {
		if sameParty(p, a) || (a.State != "" && nameKey(a.State) == p.Key()) {
			return true
		}
	}
	return false
}

// firstAfter returns the first candidate starting at or after pos and no
// more than within bytes later that ok accepts.
func firstAfter(cands []cand, pos, within int, ok func(cand) bool) *cand {
	for i := range cands {
		c := &cands[i]
		if c.Start < pos {
			continue
		}
		if c.Start > pos+within {
			return nil
		}
		if c.Parties[0].Name != "" && ok(*c) {
			return c
		}
	}
	return nil
}

// lastBefore returns the last candidate ending at or before pos and no more
// than within bytes earlier that ok accepts.
func lastBefore(cands []cand, pos, within int, ok func(cand) bool) *cand {
	for i := len(cands) - 1; i >= 0; i-- {
		c := &cands[i]
		if c.End > pos {
			continue
		}
		if c.End < pos-within {
			return nil
		}
		if c.Parties[0].Name != "" && ok(*c) {
			return c
		}
	}
	return nil
}

// within returns the candidates inside [from, to).
func within(cands []cand, from, to int) []cand {
	var out []cand
	for _, c := range cands {
		if c.Start >= from && c.End <= to {
			out = append(out, c)
		}
	}
	return out
}

// pick returns the first party of the given kinds among cands.
func pick(cands []cand, kinds ...PartyKind) *Party {
	for i := range cands {
		if cands[i].Qualifier || cands[i].Bystander {
			continue
		}
		for _, k := range kinds {
			if cands[i].kind() == k {
				return &cands[i].Parties[0]
			}
		}
	}
	return nil
}
