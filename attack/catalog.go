package attack

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed groups.json
var groupsJSON []byte

//go:embed NOTICE-ATTACK.txt
var notice string

// Notice returns MITRE's copyright designation and licence, which must ship
// with any copy of the ATT&CK-derived table.
func Notice() string { return notice }

// Group is one ATT&CK threat group.
type Group struct {
	// ID is the ATT&CK id, e.g. "G0045".
	ID string `json:"id"`
	// Name is ATT&CK's name for the group.
	Name string `json:"name"`
	// Aliases are every name ATT&CK lists for the group, its name first.
	Aliases []string `json:"aliases"`
	// URL is the group's ATT&CK page.
	URL string `json:"url"`
	// STIXID is ATT&CK's own STIX id of the intrusion set.
	STIXID string `json:"stix_id"`
	// State and Sponsor are the state and the state body ATT&CK's
	// description attributes the group to ("" when it names none): context
	// for an analyst, never a claim of a news story.
	State   string `json:"state,omitempty"`
	Sponsor string `json:"sponsor,omitempty"`
	// Common are the aliases that are ordinary English words ("Silence"):
	// Find takes them as the group's name only beside a group cue.
	Common []string `json:"common,omitempty"`
}

// Catalog is the table of ATT&CK groups with an index by name. The zero
// value is empty; Load returns the embedded table. A Catalog is read-only
// and safe for concurrent use.
type Catalog struct {
	Source  string `json:"source"`
	Version string `json:"version"`
	// Notice is MITRE's copyright designation (the licence is Notice()).
	Notice string  `json:"notice"`
	Groups []Group `json:"groups"`
	byKey  map[string][]int
	common map[string]bool
	// longest alias in words, to bound Find's window
	maxWords int
}

// Load returns the embedded catalog.
func Load() (*Catalog, error) {
	var c Catalog
	if err := json.Unmarshal(groupsJSON, &c); err != nil {
		return nil, fmt.Errorf("attack: embedded table: %w", err)
	}
	c.index()
	return &c, nil
}

func (c *Catalog) index() {
	c.byKey = map[string][]int{}
	c.common = map[string]bool{}
	for i, g := range c.Groups {
		for _, a := range g.Aliases {
			k := Key(a)
			if k == "" {
				continue
			}
			if n := len(c.byKey[k]); n == 0 || c.byKey[k][n-1] != i {
				c.byKey[k] = append(c.byKey[k], i)
			}
			if w := len(strings.Fields(a)); w > c.maxWords {
				c.maxWords = w
			}
		}
		for _, a := range g.Common {
			c.common[Key(a)] = true
		}
	}
}

// Key normalises a group name for lookup: lower case, letters and digits
// only, so "APT 28", "APT-28" and "apt28" are one key.
func Key(name string) string {
	var b strings.Builder
	for _, r := range name {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// Lookup returns every group that bears the name (ATT&CK shares a few
// aliases between two groups), in ATT&CK id order.
func (c *Catalog) Lookup(name string) []Group {
	var out []Group
	for _, i := range c.byKey[Key(name)] {
		out = append(out, c.Groups[i])
	}
	return out
}

// Resolve returns the one group a name stands for in a story. A name borne
// by one group resolves to it. A name two groups share resolves only when
// the story gives more evidence: another of one candidate's own aliases
// among names (the other names the story uses), or else one candidate's
// ATT&CK state among states (the states the story blames). Otherwise ok is
// false and the candidates are returned for the caller to report.
func (c *Catalog) Resolve(name string, names, states []string) (g Group, candidates []Group, ok bool) {
	candidates = c.Lookup(name)
	switch len(candidates) {
	case 0:
		return Group{}, nil, false
	case 1:
		return candidates[0], candidates, true
	}
	key := Key(name)
	score := make([]int, len(candidates))
	for i, cand := range candidates {
		for _, n := range names {
			k := Key(n)
			if k == key {
				continue
			}
			for _, a := range cand.Aliases {
				if Key(a) == k {
					score[i] += 2
				}
			}
		}
		for _, s := range states {
			if cand.State != "" && strings.EqualFold(cand.State, s) {
				score[i]++
			}
		}
	}
	best, second := -1, 0
	for i, s := range score {
		if best < 0 || s > score[best] {
			if best >= 0 {
				second = score[best]
			}
			best = i
		} else if s > second {
			second = s
		}
	}
	if score[best] > 0 && score[best] > second {
		return candidates[best], candidates, true
	}
	return Group{}, candidates, false
}

// Mention is a group name found in a text: Start and End are byte offsets.
type Mention struct {
	Start, End int
	Name       string
	Groups     []Group
}

// Find returns the ATT&CK group names written in text, longest first at
// each position, as whole words in the case ATT&CK writes them or in
// capitals; a common-word alias ("Silence") counts only when a group cue
// ("group", "gang", "hackers", "APT", "threat actor") stands within three
// words of it.
func (c *Catalog) Find(text string) []Mention {
	type word struct{ start, end int }
	var words []word
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if isNameRune(r) {
			j := i
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !isNameRune(r2) && !(r2 == '-' || r2 == '.' || r2 == '@' || r2 == '$') {
					break
				}
				j += n2
			}
			end := j
			for end > i && strings.ContainsRune("-.", rune(text[end-1])) {
				end--
			}
			words = append(words, word{i, end})
			i = j
			continue
		}
		i += n
	}
	var out []Mention
	for wi := 0; wi < len(words); wi++ {
		for n := min(c.maxWords, len(words)-wi); n >= 1; n-- {
			s, e := words[wi].start, words[wi+n-1].end
			name := text[s:e]
			if strings.ContainsAny(name, "\n") {
				continue
			}
			idx := c.byKey[Key(name)]
			if len(idx) == 0 || !c.written(name, idx) {
				continue
			}
			if c.common[Key(name)] && !isUpperWord(name) && !cueNear(text, s, e) {
				continue
			}
			m := Mention{Start: s, End: e, Name: name}
			for _, i := range idx {
				m.Groups = append(m.Groups, c.Groups[i])
			}
			out = append(out, m)
			wi += n - 1
			break
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// written reports whether name is written as one of the groups writes an
// alias: the same letters in the same case, or all in capitals. It keeps
// "turla" in a URL or "play" in a sentence from being a group.
func (c *Catalog) written(name string, idx []int) bool {
	for _, i := range idx {
		for _, a := range c.Groups[i].Aliases {
			if Key(a) != Key(name) {
				continue
			}
			if sameLetters(a, name) || isUpperWord(name) && len(Key(name)) > 3 {
				return true
			}
		}
	}
	return false
}

func sameLetters(a, b string) bool {
	var x, y []rune
	for _, r := range a {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			x = append(x, r)
		}
	}
	for _, r := range b {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			y = append(y, r)
		}
	}
	return string(x) == string(y)
}

func isUpperWord(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

func isNameRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// cueNear reports a group cue within three words either side of
// text[start:end].
func cueNear(text string, start, end int) bool {
	before := strings.Fields(text[max(0, start-40):start])
	after := strings.Fields(text[end:min(len(text), end+40)])
	if len(before) > 3 {
		before = before[len(before)-3:]
	}
	if len(after) > 3 {
		after = after[:3]
	}
	for _, w := range append(before, after...) {
		w = strings.ToLower(strings.Trim(w, `.,;:"'()“”‘’`))
		switch w {
		case "group", "gang", "hackers", "hacking", "apt", "actor", "actors", "crew", "operators", "threat":
			return true
		}
	}
	return false
}
