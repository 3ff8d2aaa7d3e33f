// Command gen builds attack/groups.json, crosswire's embedded table of MITRE
// ATT&CK threat groups, from ATT&CK's intrusion-set objects (one STIX object
// a line). It is run by `go generate ./attack` and is reproducible: the same
// input gives the same bytes.
//
// For each group neither revoked nor deprecated it keeps the ATT&CK id
// (G-number), the name, the aliases, the page URL and — parsed by rule from
// the first sentences of the description — the state and the state body the
// description attributes the group to. Those two are context for an analyst,
// never a claim of a news story.
//
// A one-word alias that is an ordinary English word ("Silence", "Equation")
// is marked common when it appears in lower case in the word sample given
// by -words (a JSONL corpus with a "text" field), so the finder asks for a
// group cue before taking it as a group's name.
package main

import (
	"bufio"
	"crosswire/attack"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

type stixSet struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Aliases     []string `json:"aliases"`
	Description string   `json:"description"`
	Revoked     bool     `json:"revoked"`
	Deprecated  bool     `json:"x_mitre_deprecated"`
	Modified    string   `json:"modified"`
	ExternalRef []struct {
		SourceName string `json:"source_name"`
		URL        string `json:"url"`
		ExternalID string `json:"external_id"`
	} `json:"external_references"`
}

func main() {
	in := flag.String("in", "", "ATT&CK intrusion sets, one STIX object a line")
	words := flag.String("words", "", "JSONL corpus whose lower-case words mark common-word aliases")
	out := flag.String("out", "groups.json", "output file")
	version := flag.String("version", "ATT&CK Enterprise v18.1", "ATT&CK release the input comes from")
	flag.Parse()
	if *in == "" {
		log.Fatal("gen: -in is required")
	}
	lower, err := lowerWords(*words)
	if err != nil {
		log.Fatal(err)
	}
	f, err := os.Open(*in)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var t attack.Catalog
	t.Source = "MITRE ATT&CK intrusion-set objects"
	t.Version = *version
	t.Notice = "© The MITRE Corporation. This work is reproduced and distributed with the permission of The MITRE Corporation. See NOTICE-ATTACK.txt."
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var s stixSet
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			log.Fatalf("gen: %s: %v", *in, err)
		}
		if s.Revoked || s.Deprecated {
			continue
		}
		g := attack.Group{Name: s.Name, STIXID: s.ID}
		for _, r := range s.ExternalRef {
			if r.SourceName == "mitre-attack" {
				g.ID, g.URL = r.ExternalID, r.URL
			}
		}
		seen := map[string]bool{}
		for _, a := range append([]string{s.Name}, s.Aliases...) {
			a = strings.TrimSpace(a)
			if a == "" || seen[a] {
				continue
			}
			seen[a] = true
			g.Aliases = append(g.Aliases, a)
			if !strings.ContainsAny(a, " -0123456789") && lower[strings.ToLower(a)] && !isUpper(a) {
				g.Common = append(g.Common, a)
			}
		}
		g.State, g.Sponsor = attributed(s.Description)
		t.Groups = append(t.Groups, g)
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	sort.Slice(t.Groups, func(i, j int) bool { return t.Groups[i].ID < t.Groups[j].ID })
	b, err := json.MarshalIndent(t, "", " ")
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, append(b, '\n'), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "gen: %d groups written to %s\n", len(t.Groups), *out)
}

func isUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// lowerWords returns the words written in lower case somewhere in the
// corpus: an alias among them is an ordinary word.
func lowerWords(path string) (map[string]bool, error) {
	m := map[string]bool{}
	if path == "" {
		return m, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gen: words: %w", err)
	}
	defer f.Close()
	r := bufio.NewReader(f)
	word := regexp.MustCompile(`\b[a-z]{3,}\b`)
	for {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 {
			var row struct {
				Text string `json:"text"`
			}
			if json.Unmarshal(line, &row) == nil {
				for _, w := range word.FindAllString(row.Text, -1) {
					m[w] = true
				}
			}
		}
		if err == io.EOF {
			return m, nil
		}
		if err != nil {
			return nil, fmt.Errorf("gen: words: %w", err)
		}
	}
}

// demonyms maps the words ATT&CK's descriptions use for a state to the
// state.
var demonyms = map[string]string{
	"Chinese": "China", "China": "China", "PRC": "China", "People's Republic of China": "China",
	"People’s Republic of China": "China", "Russian": "Russia", "Russia": "Russia",
	"North Korean": "North Korea", "North Korea": "North Korea", "DPRK": "North Korea",
	"Iranian": "Iran", "Iran": "Iran", "Vietnamese": "Vietnam", "Vietnam": "Vietnam",
	"Pakistani": "Pakistan", "Pakistan": "Pakistan", "Indian": "India", "India": "India",
	"Lebanese": "Lebanon", "Lebanon": "Lebanon", "Belarusian": "Belarus", "Belarus": "Belarus",
	"South Korean": "South Korea", "South Korea": "South Korea", "Turkish": "Turkey", "Türkiye": "Turkey",
	"Syrian": "Syria", "Nigerian": "Nigeria", "Ukrainian": "Ukraine", "Israeli": "Israel",
	"Emirati": "United Arab Emirates",
}

var (
	reLink     = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	reCitation = regexp.MustCompile(`\(Citation:[^)]*\)`)
	// reState finds a state word; a match followed by "-speaking" names a
	// language, not a state.
	reState = regexp.MustCompile(`\b(People['’]s Republic of China|North Korean?|South Korean?|DPRK|PRC|Türkiye|[A-Z][a-z]+)(-speaking)?\b`)
	// reTargeting ends the part of a sentence that says what the group is:
	// the states after it are its victims ("targeted Israeli companies").
	reTargeting = regexp.MustCompile(`(?i)\b(?:target\w*|against|victims?|focus\w*|compromis\w*|attack\w*|interested|users|emphasis|recruited|including|such as|campaigns?|operations? (?:in|within|against))\b`)
	// reSponsor: the state body a group is attributed to.
	reSponsor = regexp.MustCompile(`(?:attributed to|within|conducted by|operated by|run by|in association with|on behalf of|part of) (?:the )?((?:[A-Z][\w'’]*|of|the|and|for|[0-9]+(?:st|nd|rd|th)?)(?:[ -](?:[A-Z][\w'’]*|of|the|and|for|[0-9]+(?:st|nd|rd|th)?))*(?: \([A-Z0-9 ]+\))?)`)
	reBody    = regexp.MustCompile(`Ministry|Directorate|Bureau|Service|Unit|Guard|Corps|Agency|Department|Army|Command|GRU|FSB|SVR|MSS|IRGC|MOIS|RGB`)
	reHedge   = regexp.MustCompile(`(?i)not (?:been )?definitively attributed|not definite`)
)

// attributed reads the first two sentences of a description for the state
// a group belongs to and the state body it is attributed to. Only what a
// sentence says before it turns to the group's targets counts, and a
// hedged attribution ("not definite") is left out.
func attributed(desc string) (state, sponsor string) {
	d := reCitation.ReplaceAllString(reLink.ReplaceAllString(desc, "$1"), "")
	if reHedge.MatchString(d) {
		return "", ""
	}
	sents := strings.SplitAfter(d, ". ")
	if len(sents) > 2 {
		sents = sents[:2]
	}
	for _, s := range sents {
		if loc := reTargeting.FindStringIndex(s); loc != nil {
			s = s[:loc[0]]
		}
		if sponsor == "" {
			for _, m := range reSponsor.FindAllStringSubmatch(s, -1) {
				p := strings.TrimSuffix(strings.TrimSpace(m[1]), " and")
				if reBody.MatchString(p) {
					sponsor = p
					break
				}
			}
		}
		if state != "" {
			continue
		}
		for _, m := range reState.FindAllStringSubmatch(s, -1) {
			if st, ok := demonyms[m[1]]; ok && m[2] == "" {
				state = st
				break
			}
		}
	}
	return state, sponsor
}
