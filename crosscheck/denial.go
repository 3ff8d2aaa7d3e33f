package crosscheck

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosswire"
	"crosswire/text"
)

// Denied assertions (session 20). One version asserts a plan as fact —
// "<the thing> will <happen>" — while another reports it denied: "reports
// (suggestions, claims, rumours) that <P> have been denied", "<X> denied
// (reports …) that <P>". A reader of the first does not learn that the
// plan was denied; a reader of the second does not learn that it was
// asserted: a claim discrepancy, MEDIUM (a denial is one party's word, and
// the assertion may be newer).
//
// The asserted thing must be the subject of "will": the denied clause
// and the sentence before "will" (an aside set off by commas right before
// it left out) share deniedSubjectWords content words
// (a sentence naming the denial's words after another verb — "X will
// argue that …" — asserts nothing of them), and the whole sentence shares
// deniedSharedWords with it (the thing and what is said of it). The
// assertion is unhedged (no modal of doubt, condition, report or denial
// word in its sentence) and unnegated, and no version tells both: one
// writing the plan and its denial is telling a story's turns.

// deniedSubjectWords is the fewest content words the denied clause shares
// with the subject of the asserting "will": a noun and a modifier of it,
// not one word of the story's topic.
const deniedSubjectWords = 2

// deniedSharedWords is the fewest content words the denied clause shares
// with the whole asserting sentence: its subject and what will happen.
const deniedSharedWords = 3

// denialPatterns capture the denied clause: "reports … that P have been
// denied" and "denied (reports … that | that) P".
var denialPatterns = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\b(?:reports?|suggestions?|claims?|rumou?rs?|speculation)\s+(?:that|of)\s+(.{10,240}?)\s+(?:has|have|had|were|was)\s+been\s+(?:denied|rejected|dismissed)\b`),
	regexp.MustCompile(`(?i)\b(?:denied|denies|dismissed|rejected)\s+(?:(?:the\s+)?(?:reports?|suggestions?|claims?|rumou?rs?|speculation)\s+(?:that|of)\s+|that\s+)(.{10,240})`),
}

// assertHedges make a sentence no plain assertion: doubt, condition,
// report, denial or negation. Read in lower case but for the words after
// the first ("May" the month is no modal; see hedged).
var assertHedges = regexp.MustCompile(`\b(?:den(?:y|ies|ied)|dismissed|rejected|unlikely|doubts?|doubtful|rumou?rs?|suggest\w*|reports?|reported|claims?|claimed|speculat\w*|if|unless|whether|would|could|might|may|perhaps|probably|possibly|not|never|no)\b|n't\b`)

// mayDeny reports whether a text may hold a denial: one of the words every
// pattern of denialPatterns holds, after its first letter (either case) —
// a cheap test before the patterns are run on every sentence.
func mayDeny(s string) bool {
	for _, w := range []string{"enied", "enies", "ismissed", "ejected"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// willWord finds the future "will" of an assertion.
var willWord = regexp.MustCompile(`(?i)\bwill\b`)

// denialSentence is one sentence of an article and, for a denial, the
// content words of the clause it denies.
type denialSentence struct {
	art    *crosswire.Article
	span   crosswire.Span
	denied map[string]bool // content words of the denied clause
	// subject holds the content words before an unhedged "will", all
	// those of the sentence
	subject, all map[string]bool
}

// checkDeniedAssertions reports a plan one version asserts and another
// reports denied.
func (w *work) checkDeniedAssertions() {
	var arts []*crosswire.Article
	for _, a := range w.firstLanguageArticles() {
		if !w.viaTranslation(a) { // a translator's words for "deny" and "will"
			arts = append(arts, a)
		}
	}
	// Denials first, in the articles that write a denial word at all:
	// most stories have none, and then no sentence is read for "will".
	var denials, asserts []denialSentence
	for _, a := range arts {
		if !mayDeny(a.Text) {
			continue
		}
		for _, sp := range text.Of(a) {
			s := a.Text[sp.Start:sp.End]
			for _, re := range denialPatterns {
				if m := re.FindStringSubmatch(s); m != nil {
					denials = append(denials, denialSentence{art: a, span: sentenceSpan(a, sp), denied: contentSet(m[1])})
					break
				}
			}
		}
	}
	if len(denials) == 0 {
		return
	}
	for _, a := range arts {
		for _, sp := range text.Of(a) {
			s := a.Text[sp.Start:sp.End]
			loc := willWord.FindStringIndex(s)
			if loc == nil || hedged(s) { // a denial's sentence is hedged too
				continue
			}
			asserts = append(asserts, denialSentence{art: a, span: sentenceSpan(a, sp),
				subject: contentSet(subjectBefore(s[:loc[0]])), all: contentSet(s)})
		}
	}
	for _, d := range denials {
		var best *denialSentence
		bestN := 0
		for i := range asserts {
			x := &asserts[i]
			if w.version[x.art.ID] == w.version[d.art.ID] {
				continue
			}
			if shared(d.denied, x.subject) < deniedSubjectWords {
				continue
			}
			if n := shared(d.denied, x.all); n >= deniedSharedWords && n > bestN {
				best, bestN = x, n
			}
		}
		if best == nil || writesIn(best.art.ID, d.denied, denials, deniedOf, deniedSharedWords) || writesIn(d.art.ID, d.denied, asserts, subjectOf, deniedSubjectWords) {
			continue
		}
		w.discs = append(w.discs, &finding{kind: crosswire.DiscClaim, sev: crosswire.SeverityMedium,
			subject: "whether a plan goes ahead (asserted, and reported denied)",
			sides: []side{
				{value: "asserted", spans: []crosswire.Span{best.span}},
				{value: "denied", spans: []crosswire.Span{d.span}},
			}})
	}
}

// writesIn reports whether article id holds a sentence of list whose
// words (what of reads) share need words with words: a version that
// denies a clause and asserts it too, or asserts it and reports a denial.
func writesIn(id string, words map[string]bool, list []denialSentence, of func(*denialSentence) map[string]bool, need int) bool {
	for i := range list {
		if list[i].art.ID == id && shared(words, of(&list[i])) >= need {
			return true
		}
	}
	return false
}

func deniedOf(d *denialSentence) map[string]bool  { return d.denied }
func subjectOf(d *denialSentence) map[string]bool { return d.subject }

// hedged reports whether a sentence holds a word of assertHedges, its
// first word read in lower case.
func hedged(s string) bool {
	i := strings.IndexFunc(s, unicode.IsLetter)
	if i < 0 {
		return false
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return assertHedges.MatchString(s[:i] + string(unicode.ToLower(r)) + s[i+n:])
}

// subjectBefore is the subject of a verb from the words before it, an
// aside set off by commas right before the verb left out: "<the thing>,
// which …, will" and "<the thing>, as <someone> says, will" are said of
// the thing, not of the aside's words.
func subjectBefore(pre string) string {
	t := strings.TrimRight(pre, " ")
	if !strings.HasSuffix(t, ",") {
		return pre
	}
	if k := strings.LastIndex(t[:len(t)-1], ","); k >= 0 {
		return t[:k]
	}
	return pre
}

// sentenceSpan is the span of sentence sp of article a.
func sentenceSpan(a *crosswire.Article, sp crosswire.Span) crosswire.Span {
	return crosswire.Span{Article: a.ID, Start: sp.Start, End: sp.End, Text: a.Text[sp.Start:sp.End]}
}
