package bench

import (
	"fmt"
	"math/rand"
	"strings"
	"time"
	"unicode"
)

// Reprint benchmark: stories planted among real newswire articles. Some
// articles become the original of a story and get versions of five kinds;
// every other article stays untouched as a hard negative (the BBC set has
// many articles on one topic that tell different stories). The rewording
// vocabulary below belongs to the generator only: nothing in package group
// reads it.

// VersionKind is the kind of a generated version.
type VersionKind string

// Generated version kinds.
const (
	KindCopy        VersionKind = "copy"        // verbatim, with agency boilerplate
	KindExcerpt     VersionKind = "excerpt"     // the first paragraphs
	KindAbridgement VersionKind = "abridgement" // a subset of the sentences, in order
	KindRewrite     VersionKind = "rewrite"     // half the common words reworded, sentences dropped and reordered
	KindTranslation VersionKind = "translation" // every common word replaced by a pseudo-language word
	KindScript      VersionKind = "script"      // a translation into a CJK-like script: only numbers and acronyms survive
)

// ReprintOptions configures Reprints.
type ReprintOptions struct {
	Seed int64
	// StoryFraction is the fraction of articles that get versions; 0
	// means 0.4.
	StoryFraction float64
	// MaxVersions is the largest number of versions per story; 0 means 4.
	MaxVersions int
	// NoTimes leaves every record without a publication time, so that
	// nothing can be decided by time proximity.
	NoTimes bool
}

// boilerplateHeads are agency datelines put before copies.
func boilerplateHeads() []string {
	return []string{
		"LONDON (Wire Service) - ", "By our correspondent. ", "UPDATED: ", "(Agency report) ",
		"From the newswire desk: ", "EXCLUSIVE - ",
	}
}

// boilerplateTails are agency lines put after copies.
func boilerplateTails() []string {
	return []string{
		"Reporting by staff; editing by the news desk.",
		"Copyright the wire service. All rights reserved.",
		"Follow our live coverage for more updates.",
		"Sign up to our newsletter for the day's top stories.",
		"This story was first published by a partner agency.",
	}
}

// rewordings replace common words in rewrites: not synonyms, but they
// break 5-word shingles the way a rewording does while leaving names,
// numbers and quotes alone.
func rewordings() []string {
	return strings.Fields(`reportedly notably broadly largely apparently indeed moreover meanwhile
also still further overall chiefly mainly partly roughly nearly fully clearly quickly recently
firm group body outfit venture concern sector market trade deal plan scheme bid move step
said stated noted added argued claimed explained insisted told warned suggested revealed
rise fall jump drop gain loss growth slump surge dip figures results numbers totals levels
government officials ministers leaders bosses chiefs executives managers analysts experts
big large major key main top leading senior new fresh latest recent current former early late
would could might should will may must can need want seek aim hope expect plan intend`)
}

// pseudoSyllables build the words of pseudo-language translations.
const pseudoSyllables = "kalominetusaripovedagufehijozube"

// Reprints returns the records with generated versions added after them;
// every record's Cluster is set to its story: the original's ID for an
// original and its versions, the record's own ID for an untouched article.
// Kinds maps generated IDs to their kind.
func Reprints(recs []Record, opts ReprintOptions) (out []Record, kinds map[string]VersionKind) {
	rng := rand.New(rand.NewSource(opts.Seed))
	frac := opts.StoryFraction
	if frac == 0 {
		frac = 0.4
	}
	maxV := opts.MaxVersions
	if maxV == 0 {
		maxV = 4
	}
	kinds = map[string]VersionKind{}
	base := time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC)
	all := []VersionKind{KindCopy, KindExcerpt, KindAbridgement, KindRewrite, KindTranslation, KindScript}
	// duplicates and near-duplicates in the source (exact Jaccard of
	// word 5-grams ≥ 0.5, computed exactly, not by the index) are one story
	label := nearDuplicates(recs, 0.5)
	for _, r := range recs {
		r.Cluster = label[r.ID]
		t0 := base.Add(time.Duration(rng.Int63n(int64(365 * 24 * time.Hour))))
		r.Published = t0.Format(time.RFC3339)
		out = append(out, r)
		if rng.Float64() >= frac {
			continue
		}
		n := 1 + rng.Intn(maxV)
		for v := 0; v < n; v++ {
			k := all[rng.Intn(len(all))]
			ver := r
			ver.ID = fmt.Sprintf("%s~%s%d", r.ID, k, v)
			ver.Outlet = fmt.Sprintf("outlet-%d", rng.Intn(50))
			ver.Published = t0.Add(time.Duration(1+rng.Intn(48)) * time.Hour).Format(time.RFC3339)
			ver.Text = makeVersion(rng, k, r.Text)
			ver.Cleaned = nil
			if k == KindTranslation || k == KindScript {
				ver.Language = "xx"
				ver.Title = translate(rng, r.Title, rng.Int63())
			}
			kinds[ver.ID] = k
			out = append(out, ver)
		}
	}
	if opts.NoTimes {
		for i := range out {
			out[i].Published = ""
		}
	}
	return out, kinds
}

func paragraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(text, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// sentences splits a paragraph after ". ", "? " and "! ". It is the
// benchmark generator's own, not the text layer's, on purpose: it decides
// what the generated versions are, and the reprint benchmark's figures
// stay comparable across sessions only while the generated input stays
// byte-identical (the text layer's splitter cuts differently and moves
// them by up to 0.05 ARI). No analysis reads it.
func sentences(p string) []string {
	var out []string
	start := 0
	for i := 0; i+1 < len(p); i++ {
		if (p[i] == '.' || p[i] == '?' || p[i] == '!') && p[i+1] == ' ' {
			out = append(out, p[start:i+1])
			start = i + 2
		}
	}
	if start < len(p) {
		out = append(out, p[start:])
	}
	return out
}

func makeVersion(rng *rand.Rand, k VersionKind, text string) string {
	paras := paragraphs(text)
	switch k {
	case KindCopy:
		heads, tails := boilerplateHeads(), boilerplateTails()
		return heads[rng.Intn(len(heads))] + strings.Join(paras, "\n\n") +
			"\n\n" + tails[rng.Intn(len(tails))]
	case KindExcerpt:
		// the first paragraphs, 20-40% of the words and at least 60:
		// an excerpt, not a one-line teaser
		total := len(strings.Fields(text))
		want := max(60, total*(20+rng.Intn(20))/100)
		n, words := 0, 0
		for n < len(paras) && words < want {
			words += len(strings.Fields(paras[n]))
			n++
		}
		return strings.Join(paras[:n], "\n\n")
	case KindAbridgement:
		var keep []string
		for _, p := range paras {
			var ss []string
			for _, s := range sentences(p) {
				if rng.Float64() < 0.6 {
					ss = append(ss, s)
				}
			}
			if len(ss) > 0 {
				keep = append(keep, strings.Join(ss, " "))
			}
		}
		if len(keep) == 0 {
			keep = paras[:1]
		}
		return strings.Join(keep, "\n\n")
	case KindRewrite:
		vocab := rewordings()
		var out []string
		for _, p := range paras {
			ss := sentences(p)
			if len(ss) > 1 && rng.Float64() < 0.3 {
				rng.Shuffle(len(ss), func(i, j int) { ss[i], ss[j] = ss[j], ss[i] })
			}
			var kept []string
			for _, s := range ss {
				if rng.Float64() < 0.15 {
					continue // dropped in the rewrite
				}
				kept = append(kept, reword(rng, s, vocab))
			}
			if len(kept) > 0 {
				out = append(out, strings.Join(kept, " "))
			}
		}
		return strings.Join(out, "\n\n")
	case KindScript:
		lang := rng.Int63()
		var out []string
		for _, p := range paras {
			out = append(out, toScript(p, lang))
		}
		return strings.Join(out, "\n\n")
	case KindTranslation:
		lang := rng.Int63()
		var out []string
		for _, p := range paras {
			out = append(out, translate(rng, p, lang))
		}
		return strings.Join(out, "\n\n")
	}
	return text
}

// reword replaces about half of the lower-case words outside quotations.
func reword(rng *rand.Rand, s string, vocab []string) string {
	words := strings.Fields(s)
	inQuote := false
	for i, w := range words {
		if strings.HasPrefix(w, "\"") {
			inQuote = true
		}
		q := inQuote
		if strings.HasSuffix(strings.TrimRight(w, ".,;:!?"), "\"") {
			inQuote = false
		}
		if q || !isLowerWord(w) || rng.Float64() >= 0.5 {
			continue
		}
		words[i] = vocab[rng.Intn(len(vocab))] + trailingPunct(w)
	}
	return strings.Join(words, " ")
}

// translate replaces every lower-case word with a pseudo-language word
// (the same word for the same source word within one language), keeps
// most capitalised names and every number, and writes thousands with a
// point as many languages do.
func translate(rng *rand.Rand, s string, lang int64) string {
	words := strings.Fields(s)
	for i, w := range words {
		core := strings.Trim(w, ".,;:!?\"'()")
		switch {
		case core == "":
		case isLowerWord(w):
			words[i] = pseudoWord(strings.ToLower(core), lang) + trailingPunct(w)
		case hasDigit(core):
			words[i] = strings.ReplaceAll(w, ",", ".")
		case rng.Float64() < 0.15:
			// a name transliterated differently
			words[i] = core + "a" + trailingPunct(w)
		}
	}
	return strings.Join(words, " ")
}

func pseudoWord(w string, lang int64) string {
	h := uint64(lang)
	for _, r := range w {
		h = (h ^ uint64(r)) * 0x100000001b3
	}
	n := 1 + int(h%3)
	var b strings.Builder
	for i := 0; i < n; i++ {
		k := 2 * ((h >> (8*i + 4)) % uint64(len(pseudoSyllables)/2))
		b.WriteString(pseudoSyllables[k : k+2])
	}
	return b.String()
}

func isLowerWord(w string) bool {
	for _, r := range w {
		return unicode.IsLower(r)
	}
	return false
}

func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

func trailingPunct(w string) string {
	i := len(w)
	for i > 0 && strings.ContainsRune(".,;:!?\"')", rune(w[i-1])) {
		i--
	}
	return w[i:]
}

// nearDuplicates labels each record with the smallest ID of its group of
// near-duplicates: records whose exact Jaccard similarity of lower-cased
// word 5-grams is at least th, joined transitively.
func nearDuplicates(recs []Record, th float64) map[string]string {
	sets := make([]map[string]bool, len(recs))
	post := map[string][]int{}
	for i, r := range recs {
		w := strings.Fields(strings.ToLower(r.Text))
		sets[i] = map[string]bool{}
		for j := 0; j+5 <= len(w); j++ {
			sh := strings.Join(w[j:j+5], " ")
			if !sets[i][sh] {
				sets[i][sh] = true
				post[sh] = append(post[sh], i)
			}
		}
	}
	parent := make([]int, len(recs))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			i = parent[i]
		}
		return i
	}
	for i := range recs {
		shared := map[int]int{}
		for sh := range sets[i] {
			for _, j := range post[sh] {
				if j < i {
					shared[j]++
				}
			}
		}
		for j, n := range shared {
			if float64(n)/float64(len(sets[i])+len(sets[j])-n) >= th || sets[i] != nil && len(sets[i]) == 0 {
				parent[find(i)] = find(j)
			}
		}
	}
	label := map[string]string{}
	minID := map[int]string{}
	for i, r := range recs {
		root := find(i)
		if m, ok := minID[root]; !ok || r.ID < m {
			minID[root] = r.ID
		}
	}
	for i, r := range recs {
		label[r.ID] = minID[find(i)]
	}
	return label
}

// toScript writes a paragraph in a pseudo-CJK script: every word becomes
// one to three Han characters (names too: they are transliterated), only
// numbers and all-capital acronyms stay in Latin script and digits.
func toScript(p string, lang int64) string {
	var b strings.Builder
	for _, w := range strings.Fields(p) {
		core := strings.Trim(w, ".,;:!?\"'()")
		switch {
		case core == "":
		case hasDigit(core), len(core) >= 2 && strings.ToUpper(core) == core:
			b.WriteString(core)
		default:
			h := uint64(lang)
			for _, r := range strings.ToLower(core) {
				h = (h ^ uint64(r)) * 0x100000001b3
			}
			for i := 0; i < 1+int(h%3); i++ {
				b.WriteRune(rune(0x4e00 + (h>>(10*i+2))%2000))
			}
		}
		if strings.ContainsAny(w, ".!?") {
			b.WriteRune('。')
		}
	}
	return b.String()
}
