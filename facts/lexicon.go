package facts

import (
	"bufio"
	"embed"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// lexiconFS holds the word lists described in lexicon/README.md.
//
//go:embed lexicon/*.txt lexicon/*.tsv
var lexiconFS embed.FS

// Lexicon is the event-verb lexicon (lexicon/events.tsv) with an English
// verb lemmatiser (regular rules plus lexicon/irregular.tsv). Crosscheck
// uses it to decide whether two claims describe incompatible outcomes:
// Opposed("breach", "thwart") is true. A Lexicon is read-only after
// NewLexicon and safe for concurrent use.
type Lexicon struct {
	classes   map[string][]string // lemma → classes, primary first
	members   map[string][]string // class → lemmas
	frames    map[string]string   // class → frame note
	opposed   map[[2]string]bool  // class pair (both orders)
	irregular map[string]string   // inflected form → base
	speech    map[string]bool     // speech-verb lemmas
	known     map[string]bool     // every base form the lemmatiser may return
	ppOnly    map[string]bool     // irregular past participles that are not past tenses ("stolen")
	ppIsBase  map[string]bool     // verbs whose participle is their base ("hit", "cut")
	nouns     map[string][]string // event noun → classes ("malware" → intrude)
	agentive  map[string]bool     // classes whose doer acts on purpose (a person, a body)
	prevents  map[string]bool     // classes whose target is the event prevented or its doer
	particles map[string]bool     // every tail after a space of a phrasal lemma ("down" of "step down")
}

// NewLexicon parses the embedded lexicon files.
func NewLexicon() (*Lexicon, error) {
	l := &Lexicon{
		classes:   map[string][]string{},
		members:   map[string][]string{},
		frames:    map[string]string{},
		opposed:   map[[2]string]bool{},
		irregular: map[string]string{},
		speech:    map[string]bool{},
		known:     map[string]bool{},
		ppOnly:    map[string]bool{},
		ppIsBase:  map[string]bool{},
		nouns:     map[string][]string{},
		agentive:  map[string]bool{},
		prevents:  map[string]bool{},
		particles: map[string]bool{},
	}
	if err := eachLine("lexicon/events.tsv", func(line string) error {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return fmt.Errorf("want 3 tab-separated fields, got %d", len(f))
		}
		switch f[0] {
		case "class":
			l.frames[f[1]] = f[2]
		case "verb":
			if _, ok := l.frames[f[2]]; !ok {
				return fmt.Errorf("verb %q: undeclared class %q", f[1], f[2])
			}
			l.classes[f[1]] = append(l.classes[f[1]], f[2])
			l.members[f[2]] = append(l.members[f[2]], f[1])
			base, _, _ := strings.Cut(f[1], " ")
			l.known[base] = true
			for i := range len(f[1]) {
				if f[1][i] == ' ' {
					l.particles[f[1][i+1:]] = true
				}
			}
		case "oppose":
			l.opposed[[2]string{f[1], f[2]}] = true
			l.opposed[[2]string{f[2], f[1]}] = true
		case "noun":
			if _, ok := l.frames[f[2]]; !ok {
				return fmt.Errorf("noun %q: undeclared class %q", f[1], f[2])
			}
			l.nouns[f[1]] = append(l.nouns[f[1]], f[2])
		case "agentive":
			if _, ok := l.frames[f[1]]; !ok {
				return fmt.Errorf("agentive: undeclared class %q", f[1])
			}
			l.agentive[f[1]] = true
		case "prevents":
			if _, ok := l.frames[f[1]]; !ok {
				return fmt.Errorf("prevents: undeclared class %q", f[1])
			}
			l.prevents[f[1]] = true
		default:
			return fmt.Errorf("unknown record %q", f[0])
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := eachLine("lexicon/irregular.tsv", func(line string) error {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return fmt.Errorf("want 3 tab-separated fields, got %d", len(f))
		}
		l.known[f[0]] = true
		past := map[string]bool{}
		for _, form := range strings.Split(f[1], "/") {
			past[form] = true
		}
		for _, form := range strings.Split(f[2], "/") {
			if form == f[0] {
				l.ppIsBase[form] = true
			} else if !past[form] {
				l.ppOnly[form] = true
			}
		}
		for _, col := range f[1:] {
			for _, form := range strings.Split(col, "/") {
				if _, ok := l.irregular[form]; !ok && form != f[0] {
					l.irregular[form] = f[0]
				}
			}
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := eachLine("lexicon/speech.txt", func(line string) error {
		l.speech[line] = true
		l.known[line] = true
		return nil
	}); err != nil {
		return nil, err
	}
	return l, nil
}

// eachLine calls fn for every non-blank, non-comment line of an embedded
// file, trimmed.
func eachLine(name string, fn func(string) error) error {
	f, err := lexiconFS.Open(name)
	if err != nil {
		return fmt.Errorf("lexicon %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("lexicon %s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("lexicon %s: %w", name, err)
	}
	return nil
}

// wordSet reads a one-word-a-line list into a set; lower folds case.
func wordSet(name string, lower bool) (map[string]bool, error) {
	set := map[string]bool{}
	err := eachLine(name, func(line string) error {
		for _, w := range strings.Fields(line) {
			if lower {
				w = strings.ToLower(w)
			}
			set[w] = true
		}
		return nil
	})
	return set, err
}

// lineSet reads a one-entry-a-line list (entries may hold spaces).
func lineSet(name string) (map[string]bool, error) {
	set := map[string]bool{}
	err := eachLine(name, func(line string) error {
		set[line] = true
		return nil
	})
	return set, err
}

// Class returns the primary event class of a lemma ("breach" → "intrude"),
// or "" when the lemma is not an event verb of the lexicon.
func (l *Lexicon) Class(lemma string) string {
	if cs := l.classes[strings.ToLower(lemma)]; len(cs) > 0 {
		return cs[0]
	}
	return ""
}

// Classes returns every class of a lemma, primary first.
func (l *Lexicon) Classes(lemma string) []string {
	return append([]string(nil), l.classes[strings.ToLower(lemma)]...)
}

// Members returns the lemmas of a class, sorted.
func (l *Lexicon) Members(class string) []string {
	m := append([]string(nil), l.members[class]...)
	sort.Strings(m)
	return m
}

// Frame returns the FrameNet frame or VerbNet class a class is named after.
func (l *Lexicon) Frame(class string) string { return l.frames[class] }

// IsEvent reports whether lemma is an event verb of the lexicon.
func (l *Lexicon) IsEvent(lemma string) bool { return len(l.classes[strings.ToLower(lemma)]) > 0 }

// IsSpeech reports whether lemma is a verb of communication (say, tell,
// warn …).
func (l *Lexicon) IsSpeech(lemma string) bool { return l.speech[strings.ToLower(lemma)] }

// Phrasal returns the phrasal lemma formed by a verb form and the particle
// after it when the lexicon lists it ("stepped", "down" → "step down"),
// else "".
func (l *Lexicon) Phrasal(verbForm, particle string) string {
	// the cheap refusal first: a word that ends no phrasal lemma is no
	// particle, whatever the verb (most words a reader asks about)
	lp := strings.ToLower(particle)
	if !l.particles[lp] {
		return ""
	}
	p := l.Lemma(verbForm) + " " + lp
	if len(l.classes[p]) > 0 {
		return p
	}
	return ""
}

// Opposed reports whether two lemmas describe incompatible outcomes: some
// class of a is declared opposed to some class of b ("breach"/"thwart",
// "convict"/"acquit", "rise"/"fall"). It is symmetric and false for
// unknown lemmas.
func (l *Lexicon) Opposed(a, b string) bool {
	for _, ca := range l.classes[strings.ToLower(a)] {
		for _, cb := range l.classes[strings.ToLower(b)] {
			if l.opposed[[2]string{ca, cb}] {
				return true
			}
		}
	}
	return false
}

// Lemma returns the base form of an English verb form ("breached" →
// "breach", "stole" → "steal", "denies" → "deny", "stopping" → "stop").
// Irregular forms come from lexicon/irregular.tsv; regular ones are undone
// by suffix rules, preferring a candidate the lexicon knows. Unknown words
// get the most plausible regular base.
func (l *Lexicon) Lemma(word string) string {
	w := strings.ToLower(strings.TrimSpace(word))
	if w == "" {
		return w
	}
	if l.known[w] {
		return w
	}
	if b, ok := l.irregular[w]; ok {
		return b
	}
	var cands []string
	switch {
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		cands = append(cands, w[:len(w)-3]+"y")
	case strings.HasSuffix(w, "ed") && len(w) > 3:
		stem := w[:len(w)-2]
		cands = append(cands, stem, w[:len(w)-1])
		if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] && !strings.ContainsRune("aeiou", rune(stem[n-1])) {
			cands = append(cands, stem[:n-1])
		}
	case strings.HasSuffix(w, "ing") && len(w) > 4:
		stem := w[:len(w)-3]
		cands = append(cands, stem, stem+"e")
		if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] && !strings.ContainsRune("aeiou", rune(stem[n-1])) {
			cands = append(cands, stem[:n-1])
		}
		if strings.HasSuffix(stem, "y") {
			cands = append(cands, stem[:len(stem)-1]+"ie")
		}
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		cands = append(cands, w[:len(w)-3]+"y")
	case strings.HasSuffix(w, "es") && len(w) > 3:
		cands = append(cands, w[:len(w)-2], w[:len(w)-1])
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 2:
		cands = append(cands, w[:len(w)-1])
	}
	for _, c := range cands {
		if l.known[c] {
			return c
		}
	}
	if len(cands) == 0 {
		return w
	}
	// Unknown verb: pick the regular guess. A doubled final consonant is
	// undone ("stepped" → "step"); "-ed" after a consonant cluster that
	// needs an e ("-ated", "-ised", "-ized", "-used") keeps the e.
	c := cands[0]
	if n := len(c); (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && n >= 3 && c[n-1] == c[n-2] && strings.ContainsRune("bdgmnprt", rune(c[n-1])) {
		return c[:n-1]
	}
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		for _, suf := range []string{"at", "is", "iz", "us", "ac", "ur", "iv", "uc", "g", "v"} {
			if strings.HasSuffix(c, suf) && len(cands) > 1 {
				return cands[1]
			}
		}
	}
	return c
}

// sharedLexicon is the embedded lexicon, loaded once for BaseForm; it is
// never changed after loading.
var sharedLexicon = sync.OnceValues(NewLexicon)

// BaseForm returns the base of an irregular verb form from
// lexicon/irregular.tsv ("took", "taken" → "take", "made" → "make"); ok
// is false for any other word. Comparing sentences by base forms lets
// "was taken" meet "took".
func BaseForm(word string) (string, bool) {
	l, err := sharedLexicon()
	if err != nil {
		return "", false
	}
	b, ok := l.irregular[strings.ToLower(word)]
	return b, ok
}

// EventUse is one use of an event verb: its base form and the actor and
// target it was written with (noun phrases as the claim reads them).
type EventUse struct {
	Lemma, Actor, Target string
	// Passive is true when the verb is in the passive voice: Target is
	// its subject, Actor the "by" phrase.
	Passive bool
}

// ArgumentClasses returns the event classes an argument names as an event
// or as its doer: its head noun (the last word, singular) is an event verb
// of the lexicon used as a noun ("a ransomware attack", "the breach"), the
// agent noun of one ("the attackers", "hackers", "intruders"), or an event
// noun the lexicon lists ("malware", "an outage"). Nil for anything else
// ("the hospital", "computer systems").
func (l *Lexicon) ArgumentClasses(arg string) []string {
	ws := strings.Fields(strings.ToLower(arg))
	if len(ws) == 0 {
		return nil
	}
	head := strings.Trim(ws[len(ws)-1], ".,;:!?\"'()")
	head = strings.TrimSuffix(strings.TrimSuffix(head, "'s"), "’s")
	if cs := l.nouns[head]; len(cs) > 0 {
		return cs
	}
	sing := head
	if strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") && len(head) > 3 {
		sing = head[:len(head)-1]
		if cs := l.nouns[sing]; len(cs) > 0 {
			return cs
		}
	}
	if cs := l.classes[sing]; len(cs) > 0 {
		return cs
	}
	// an agent noun: the doer of an event verb ("attacker", "hacker",
	// "intruder", "robber")
	if stem, ok := strings.CutSuffix(sing, "er"); ok && len(stem) >= 3 {
		for _, c := range []string{stem, stem + "e", stem[:len(stem)-1]} {
			if c == stem[:len(stem)-1] && (len(stem) < 2 || stem[len(stem)-1] != stem[len(stem)-2]) {
				continue // only an undoubled consonant: "robber" → "rob"
			}
			if cs := l.classes[c]; len(cs) > 0 {
				return cs
			}
		}
	}
	return nil
}

// Senses returns the classes of an ambiguous event verb that fit its
// arguments, primary first; every class when they tell nothing, never
// none:
//
//   - an actor that names an event or its doer of class X cannot do
//     what is opposed to X, nor (naming an event or a thing rather
//     than someone) what only a deliberate agent does: "the attack shut
//     down the systems" ends a service, it does not thwart anything
//     (thwart is opposed to attack, and is agentive);
//   - a target that names an event or its doer of class X picks the
//     classes opposed to X: "staff shut down the attack" thwarts it.
func (l *Lexicon) Senses(u EventUse) []string {
	all := l.classes[strings.ToLower(strings.TrimSpace(u.Lemma))]
	if len(all) < 2 {
		return all
	}
	keep := all
	if ac := l.ArgumentClasses(u.Actor); len(ac) > 0 {
		var fit []string
		for _, c := range all {
			if l.opposedToAny(c, ac) {
				continue
			}
			if l.agentive[c] && !l.agentNoun(u.Actor) {
				continue
			}
			fit = append(fit, c)
		}
		if len(fit) > 0 {
			keep = fit
		}
	}
	if tc := l.ArgumentClasses(u.Target); len(tc) > 0 {
		var fit []string
		for _, c := range keep {
			if l.opposedToAny(c, tc) {
				fit = append(fit, c)
			}
		}
		if len(fit) > 0 {
			keep = fit
		}
	}
	return keep
}

// agentNoun reports whether an argument's head is an agent noun (a doer:
// "hackers"), not an event or a thing.
func (l *Lexicon) agentNoun(arg string) bool {
	ws := strings.Fields(strings.ToLower(arg))
	if len(ws) == 0 {
		return false
	}
	h := strings.TrimSuffix(ws[len(ws)-1], "s")
	return strings.HasSuffix(h, "er") && l.nouns[h] == nil && l.classes[h] == nil
}

// opposedToAny reports whether class c is opposed to one of cs.
func (l *Lexicon) opposedToAny(c string, cs []string) bool {
	for _, x := range cs {
		if l.opposed[[2]string{c, x}] {
			return true
		}
	}
	return false
}

// OpposedUses is Opposed for two uses of event verbs, each read in the
// senses its arguments allow (see Senses): "the attack shut down the
// systems" and "the attack crippled the systems" are not opposed,
// although "shut down" can mean thwart and "cripple" intrude.
//
// A preventing sense (thwart) in the active voice is opposed only when
// what it acts on is an event or the doer of one, or is not given: "the
// memory contained customer data" holds the data, it prevents nothing, so
// it is no outcome opposed to "customer data was exposed". A passive is
// left as it was: its subject is often an attempt told in words no
// lexicon lists ("an attempt to break into the network was repelled").
func (l *Lexicon) OpposedUses(a, b EventUse) bool {
	for _, ca := range l.Senses(a) {
		if l.preventsThing(ca, a) {
			continue
		}
		for _, cb := range l.Senses(b) {
			if l.opposed[[2]string{ca, cb}] && !l.preventsThing(cb, b) {
				return true
			}
		}
	}
	return false
}

// preventsThing reports an active use read in preventing class c whose
// target is a plain thing: no event, no event's doer.
func (l *Lexicon) preventsThing(c string, u EventUse) bool {
	return l.prevents[c] && !u.Passive && strings.TrimSpace(u.Target) != "" && len(l.ArgumentClasses(u.Target)) == 0 && !l.agentNoun(u.Target)
}
