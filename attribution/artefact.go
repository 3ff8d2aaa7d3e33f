package attribution

import (
	"strings"

	"crosswire"
	"crosswire/text"
)

// aligned is one malware family or indicator as the versions name it:
// the versions and spans naming it, and the sentences it is read in.
type aligned[T any] struct {
	v         T
	t         tally
	sentences []crosswire.Span
}

// artefacts reads the malware families, CVE ids and technical indicators
// every version of s names and aligns them across versions (roots: the
// version each article counts as, crosscheck.Versions), then pairs them
// where one sentence names two: a malware family and a CVE id (the
// malware exploits it), a malware family and a threat group of the
// incident's edges (the group uses it), an indicator and a malware family
// (the indicator indicates it).
func (l *lexicon) artefacts(inc *Incident, s *crosswire.Story, roots map[string]string) {
	mal := map[string]*aligned[Malware]{}
	var malOrder []string
	vul := map[string]*tally{}
	var vulOrder []string
	ind := map[string]*aligned[Indicator]{}
	var indOrder []string
	var cveSentences []crosswire.Span
	var cveIDs []string
	for i := range s.Articles {
		a := &s.Articles[i]
		for _, m := range l.malware(a) {
			k := nameKey(m.name)
			acc := mal[k]
			if acc == nil {
				acc = &aligned[Malware]{v: Malware{Name: m.name}}
				mal[k] = acc
				malOrder = append(malOrder, k)
			}
			if t := malwareKinds[m.kind]; t != "" {
				acc.v.Types = appendUniqueString(acc.v.Types, t)
			}
			acc.v.Lead = acc.v.Lead || m.lead
			acc.t.add(roots, m.span)
		}
		for _, sp := range vulnerabilities(a) {
			id := strings.ToUpper(sp.Text)
			if vul[id] == nil {
				vul[id] = &tally{}
				vulOrder = append(vulOrder, id)
			}
			vul[id].add(roots, sp)
			sent, ok := sentenceOf(a, sp.Start)
			if !ok {
				sent = sp
			}
			cveSentences = append(cveSentences, sent)
			cveIDs = append(cveIDs, id)
		}
		for _, m := range indicators(a) {
			k := m.kind + "|" + m.value
			acc := ind[k]
			if acc == nil {
				acc = &aligned[Indicator]{v: Indicator{Kind: m.kind, Value: m.value}}
				ind[k] = acc
				indOrder = append(indOrder, k)
			}
			acc.t.add(roots, m.span)
			acc.sentences = append(acc.sentences, m.sentence)
		}
	}

	// the threat groups of the incident's edges, by the names a sentence
	// may write them with
	var groups []Party
	seen := map[string]bool{}
	addGroup := func(p *Party) {
		if p != nil && p.Kind == PartyGroup && !seen[p.Key()] {
			seen[p.Key()] = true
			groups = append(groups, *p)
		}
	}
	for i := range inc.Attributions {
		addGroup(inc.Attributions[i].Subject)
		addGroup(&inc.Attributions[i].Accused)
	}
	for i := range inc.Targets {
		addGroup(&inc.Targets[i].Actor)
	}

	// once a name is known as a family's, every sentence writing it
	// names the family ("Quillfire exploits …"), with or without its noun
	for _, k := range malOrder {
		acc := mal[k]
		acc.sentences = acc.sentences[:0]
		for i := range s.Articles {
			for _, sent := range text.Of(&s.Articles[i]) {
				if containsWord(sent.Text, acc.v.Name) {
					acc.sentences = append(acc.sentences, sent)
				}
			}
		}
	}
	for _, k := range malOrder {
		acc := mal[k]
		acc.v.Support, acc.v.Sources = acc.t.support(), acc.t.sources
		// links: keyed by the other end, counted over the sentences
		links := func(name string, in func(sent crosswire.Span) bool, party *Party) *Link {
			var t tally
			for _, sent := range acc.sentences {
				if in(sent) {
					t.add(roots, sent)
				}
			}
			if t.support() == 0 {
				return nil
			}
			return &Link{Name: name, Party: party, Support: t.support(), Sources: t.sources}
		}
		for _, id := range uniqueStrings(cveIDs) {
			if ln := links(id, func(sent crosswire.Span) bool {
				for j, cs := range cveSentences {
					if cveIDs[j] == id && cs == sent {
						return true
					}
				}
				return false
			}, nil); ln != nil {
				acc.v.Exploits = append(acc.v.Exploits, *ln)
			}
		}
		for gi := range groups {
			g := &groups[gi]
			if ln := links(g.Name, func(sent crosswire.Span) bool { return writesParty(sent.Text, g) }, g); ln != nil {
				acc.v.UsedBy = append(acc.v.UsedBy, *ln)
			}
		}
		inc.Malware = append(inc.Malware, acc.v)
	}
	for _, id := range vulOrder {
		inc.Vulnerabilities = append(inc.Vulnerabilities, Vulnerability{ID: id, Support: vul[id].support(), Sources: vul[id].sources})
	}
	for _, k := range indOrder {
		acc := ind[k]
		acc.v.Support, acc.v.Sources = acc.t.support(), acc.t.sources
		for _, mk := range malOrder {
			m := mal[mk]
		sentences:
			for _, ms := range m.sentences {
				for _, is := range acc.sentences {
					if ms == is {
						acc.v.Malware = append(acc.v.Malware, m.v.Name)
						break sentences
					}
				}
			}
		}
		inc.Indicators = append(inc.Indicators, acc.v)
	}
}

// writesParty reports whether sentence text names the party: its name,
// or, for a group ATT&CK knows, one of its names.
func writesParty(sent string, p *Party) bool {
	names := []string{p.Name}
	if p.Attack != nil {
		names = append(names, p.Attack.Name)
		names = append(names, p.Attack.Aliases...)
	}
	for _, n := range names {
		if n != "" && containsWord(sent, n) {
			return true
		}
	}
	return false
}

// containsWord reports whether s holds w as whole words.
func containsWord(s, w string) bool { return indexWord(s, w, 0) >= 0 }

// indexWord returns the index of the first whole-word w in s at or after
// from, or -1: a w inside a longer word ("Lynx" in "Lynxes") is passed
// over.
func indexWord(s, w string, from int) int {
	for i := from; i <= len(s); {
		j := strings.Index(s[i:], w)
		if j < 0 || w == "" {
			return -1
		}
		at, end := i+j, i+j+len(w)
		if (at == 0 || !isWordByte(s[at-1])) && (end == len(s) || !isWordByte(s[end])) {
			return at
		}
		i = at + 1
	}
	return -1
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

func appendUniqueString(dst []string, s string) []string {
	for _, d := range dst {
		if d == s {
			return dst
		}
	}
	return append(dst, s)
}

func uniqueStrings(ss []string) []string {
	var out []string
	for _, s := range ss {
		out = appendUniqueString(out, s)
	}
	return out
}
