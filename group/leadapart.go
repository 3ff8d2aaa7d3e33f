package group

import (
	"slices"

	"crosswire"

	"github.com/cespare/xxhash/v2"
)

// Headlines that share only the cast, whose what neither lead tells
// (issue 14, session 12: pairs apart). A headline says who did what, and
// its lead — the headline and the first LeadTokens body words — tells the
// same who and what at more length. Two reports of one event title it by
// its who and its what; where they word the what otherwise ("sues" and
// "takes to court"), each lead still tells the event in words the other
// headline uses. A subject's recurring cast on another occasion — the
// firm's next hearing, the party's other statement, the club's other
// player, an awards season's nominations and its winners — titles the
// cast's name and its own news: "Norvane sues four rivals for damages" and
// "Norvane bankruptcy outside foreign reach, panel hears" (fictional) share
// the firm and nothing of what happened, and neither lead tells the other
// headline's what. The bodies share the cast at the cosine of a version,
// which is why the anchor rules join them.
//
// So the cosine, rare and topic rules do not join a pair (occasionApart)
// when both headlines can be read as headlinesApart reads them (a
// background, both texts in a language it covers, neither headline in CJK
// script, not two takes titled alike by the desk, each headline writing a
// term of its own text) and
//   - the terms the headlines share (headapart.go's: stemmed, however each
//     article writes them) are names only — words the article holds as
//     name or acronym anchors, the cast — besides function words: no
//     shared word, number or code (a shared "jibe", "return" or sum says
//     one what);
//   - each headline holds a what — a word that is not a function word, a
//     name, a number, a month or a weekday — among at least
//     MinHeadlineTerms terms that are not function words (a who and a
//     what, as headlinesApart reads a headline: one word is a label);
//   - neither headline's whats are told by the other article's lead
//     (leadTells): for a who-did-what headline of at most headlineWhats
//     whats, one written in lower case, the lead writes a majority of them
//     (session 13: one word of it may be the subject's word every story of
//     it uses, "plans", "premiere", "election"); for a longer or Title
//     Case headline, one of them;
//   - neither article retells the other's lead in words (wordsTold, as a
//     wire client's brief is read: a majority of the lead's weighed words,
//     weighed as the pair alone weighs them, its persons counted as the
//     pair alone counts them);
//   - and the two texts do not share the event's words: their topic-word
//     cosine, weighed as the pair alone weighs it (aloneTopicCosine), is
//     under TopicCosine, the bar at which the topic rule calls two reports
//     one event. A researcher's diary and a news report of one spam run
//     title it in their own words (the diary by the malware's names and a
//     jargon word) and lead otherwise, but tell it in the same words.
//
// One threshold of session 13, headlineWhats (a verb, its object and a
// qualifier); else a term is a name or a word, written in the lead or not,
// the majority and the two exceptions existing rules' bars (LeadTold,
// TopicCosine).
// Headlines sharing nothing at all fall under the rule too, whatever their
// terms weigh (headlinesApart asks MinHeadlineTerms that weigh: a who the
// background never saw weighs nothing in a pair). A Title Case headline's
// capitalised words are anchors unless the body writes them in lower case
// (fingerprint.go), so there they count as names: the rule reads such a
// headline's what only where its body writes the word. The contained rule,
// copies and parallel texts are not asked, as for the other occasion
// vetoes. Batch only.
//
// Measured (TestPairsApart, TestLeadEventsRealPairs, the CASIE gold;
// group/NOTEBOOK.md, session 12): pairs of different stories merging as a
// pair bbc-2225 12 → 8 of 10,000, bbc-mt-catalan 17 → 13, meter and
// leave-pair-out unchanged; real same-story pairs joined as a pair
// unchanged (METER 600, bbc-mt-catalan 442, mmds 98). The topic cosine as
// the batch weighs it (a file of a thousand security reports makes spam's
// words common) split the diary and its report inside the CASIE file; as
// the pair alone weighs it, the batch cannot part what the pair alone
// keeps. Session 13 (a majority of a who-did-what headline's whats):
// bbc-2225 8 → 7, bbc-mt-catalan 13 → 10 (a party's two policies, two
// premieres, two festival films, a party's squabbles and its poster
// launch); real pairs and the CASIE gold unchanged. The majority bar on
// every headline parted four CASIE gold pairs of one event (long titles
// with the site's name, a Title Case verb read as a name) and lost a
// dated event alone (84 → 83 of 93).

// whatUntold reports whether batch docs a and b carry readable headlines
// that share only names and whose whats neither lead tells (see above).
func (ix *Index) whatUntold(a, b uint32) bool {
	ta, tb, ok := ix.readableTitles(a, b)
	if !ok {
		return false
	}
	var bufA, bufB [fewHeadTerms]castTerm // a headline's terms: no allocation
	var w headWords
	ka := ix.castTerms(a, ta.Title, bufA[:0], &w)
	kb := ix.castTerms(b, tb.Title, bufB[:0], &w)
	if len(ka) > fewHeadTerms || len(kb) > fewHeadTerms || !readable(ka) || !readable(kb) {
		return false // more than fewHeadTerms terms is a text scraped as the title, not a headline
	}
	for _, t := range ka {
		if t.function {
			continue
		}
		for _, u := range kb {
			if u.key == t.key && !u.function && !(t.name && u.name) {
				return false // one what (or a name one article writes as a word)
			}
		}
	}
	if !titlesOwn(&w, ka, ta.Text) || !titlesOwn(&w, kb, tb.Text) {
		return false
	}
	if leadTells(&w, ka, tb.Title, tb.Text) || leadTells(&w, kb, ta.Title, ta.Text) {
		return false
	}
	return ix.aloneTopicCosine(a, b) < TopicCosine && !ix.leadRetoldEither(a, b)
}

// leadRetoldEither reports whether one of docs a and b retells the other's
// lead in words as the pair alone reads them (eitherToldAlone): the batch
// may only veto, and a name many of the batch's articles write (its
// subject's firm, in a file of the firm's news) would otherwise drop a
// person the pair alone counts and part the pair (session 13).
func (ix *Index) leadRetoldEither(a, b uint32) bool {
	la, okA := ix.docLeadWords(a)
	lb, okB := ix.docLeadWords(b)
	if !okA || !okB {
		return false
	}
	return ix.eitherToldAlone(&la, &lb, a, b)
}

// eitherToldAlone reports whether the lead of doc a (words la) is told in
// the article of doc b (lb) or b's in a's (toldAlone): the one reading of
// a lead retold in words, of whatUntold's exception and of a wire client's
// brief (retoldInWords).
func (ix *Index) eitherToldAlone(la, lb *leadWords, a, b uint32) bool {
	told, _ := ix.toldAlone(la, lb, a, b)
	if told {
		return true
	}
	told, _ = ix.toldAlone(lb, la, a, b)
	return told
}

// toldAlone reports whether lead l is told in words in the article of
// other (wordsTold: a majority of the lead's weighed words and
// MinSharedAnchors terms, counting the lead's persons the other writes),
// and the share of the lead's weight told, as docs a and b checked alone
// read them: each lead word weighed by aloneWeight (held by one article of
// the pair or by both), its persons those the pair alone calls someone
// (whoAlone). Nothing is counted in the batch, so a word or a name many of
// its articles write neither drops out of the lead nor lightens it
// (session 14).
func (ix *Index) toldAlone(l, other *leadWords, a, b uint32) (bool, float64) {
	w := make([]float64, len(l.lead))
	for i, h := range l.lead {
		in := 1
		if _, ok := slices.BinarySearch(other.all, h); ok {
			in = 2
		}
		w[i] = ix.aloneWeight(h, in)
	}
	return wordsTold(l.lead, w, other.all, sharedCount(ix.whoAlone(l, a, b), other.all))
}

// whoAlone returns the persons of lead l (as terms of leadWords.all,
// sorted) that docs a and b checked alone do not call common
// (commonNameAlone: the pair's articles holding the name pooled with the
// background): a broadcaster is context, a name the batch's other
// articles write is still someone.
func (ix *Index) whoAlone(l *leadWords, a, b uint32) []uint32 {
	who := make([]uint32, 0, len(l.persons))
	for _, h := range l.persons {
		if !ix.commonNameAlone(h, a, b) {
			who = append(who, uint32(h))
		}
	}
	slices.Sort(who)
	return slices.Compact(who)
}

// aloneWeight is the weight of a word (hash h) that in of a pair's two
// articles hold, as the pair alone weighs it pooled with the background
// (idfPooled of Background.blend: a word the background never saw and one
// article holds weighs most, one the background holds in more than
// commonFraction of its articles nothing).
func (ix *Index) aloneWeight(h uint32, in int) float64 {
	return ix.idfPooled(ix.aloneWordDF(h, in))
}

// aloneWordDF is the document frequency and collection size of a word
// (hash h) that in of a pair's two articles hold, as the pair alone counts
// it: the pair pooled with the background (Background.blend). Without a
// background (NoBackground: weights from the collection's own counts, as
// before backgrounds existed) a pair alone can weigh no word, and the
// collection's own count is the only one, as aloneCount reads an anchor's.
func (ix *Index) aloneWordDF(h uint32, in int) (df, n int) {
	if ix.bg == nil {
		return ix.topics.pooledDF(h)
	}
	return ix.bg.blend(in, 2, uint32(ix.bg.WordDF(h)))
}

// titledPair returns the articles of batch docs a and b when the headline
// rules may read them as a pair (headlinesReadable) and at least one
// carries a readable headline (titleReadable) while the other carries a
// readable one or none at all (an article without a title — a paper's
// text as an archive keeps it — has no headline to misread, but its text
// can still leave a headline's who or what unwritten); with which of the
// two are titled. The rules that compare two headlines (headlinesApart,
// whatUntold) ask readableTitles.
func (ix *Index) titledPair(a, b uint32) (ta, tb *crosswire.Article, titledA, titledB bool) {
	if !ix.headlinesReadable(a, b) {
		return nil, nil, false, false
	}
	ta, tb = ix.topics.arts[a], ix.topics.arts[b]
	titledA, titledB = titleReadable(ta), titleReadable(tb)
	if !titledA && (ta == nil || ta.Title != "") || !titledB && (tb == nil || tb.Title != "") {
		return nil, nil, false, false
	}
	return ta, tb, titledA, titledB
}

// readableTitles returns the articles of batch docs a and b when both
// carry headlines the headline rules can read (headlinesReadable and
// titleReadable, as headlinesApart asks).
func (ix *Index) readableTitles(a, b uint32) (ta, tb *crosswire.Article, ok bool) {
	if !ix.headlinesReadable(a, b) {
		return nil, nil, false
	}
	ta, tb = ix.topics.arts[a], ix.topics.arts[b]
	if !titleReadable(ta) || !titleReadable(tb) {
		return nil, nil, false
	}
	return ta, tb, true
}

// castTerm is one term of a headline as whatUntold reads it: its key (the
// hash of its stem, headWords.each), whether it is a function word, a name
// (an anchor of the article: capitalised or an acronym) or a what (a word
// that is neither, nor a number, month or weekday).
type castTerm struct {
	key                  uint64
	function, name, what bool
	lower                bool // written in lower case in the headline
}

// castTerms appends the terms of doc d's headline to dst (see castTerm).
// A headline is about a dozen words: a term seen twice is kept twice, and
// whatUntold reads no headline of more than fewHeadTerms terms (so that
// its comparisons, a headline's terms against the other's and against a
// text's words, stay linear in the texts).
//
// A headline set wholly in capitals (shoutedTitle: an agency's
// "FIRM SUES RIVAL OVER PATENT") says nothing by its case, so its words
// are read as its text writes them: a name when the text writes it as one
// (capitalised and never in lower case: a name anchor) or writes it in
// capitals as an acronym (an acronym anchor, which such a headline's word
// gives only then: extractAnchors), else a word, read as written in lower
// case — not a label of names, which no headline rule reads.
func (ix *Index) castTerms(d uint32, title string, dst []castTerm, w *headWords) []castTerm {
	full := ix.full[d]
	caps := shoutedTitle(title)
	w.each(title, func(word []byte, digits bool, key uint64) {
		t := castTerm{key: key, lower: !w.upper}
		switch {
		case digits:
		case monthNumber(word) > 0 || isWeekday(word):
			return // the day is compareDays'
		default:
			h := xxhash.Sum64(word)
			t.function = float64(ix.bg.WordDF(uint32(h))) >= FunctionWordShare*float64(ix.bg.Docs)
			t.name = hasAnchor(full, anchorFPHash(anchorName, h)) || hasAnchor(full, anchorFPHash(anchorAcronym, h))
			t.what = !t.function && !t.name
			if caps {
				t.lower = !t.name
			}
		}
		dst = append(dst, t)
	})
	return dst
}

// readable reports whether a headline's terms hold a what and at least
// MinHeadlineTerms terms that are not function words (a who and a what: a
// headline of one word is a label or a kicker).
func readable(terms []castTerm) bool {
	n, what := 0, false
	for _, t := range terms {
		if !t.function {
			n++
		}
		what = what || t.what
	}
	return what && n >= MinHeadlineTerms
}

// titlesOwn reports whether a headline writes a term of its own text that
// is not a function word (headWords.titles): a page's widget scraped as
// the title titles nothing.
func titlesOwn(w *headWords, terms []castTerm, text string) bool {
	found := false
	w.each(text, func(_ []byte, _ bool, key uint64) {
		if found {
			return
		}
		for _, t := range terms {
			if t.key == key && !t.function {
				found = true
				return
			}
		}
	})
	return found
}

// headlineWhats is the most whats a who-did-what headline holds: its
// event's verb, the verb's object and one qualifier ("sues four rivals for
// damages": sue, rival, damage). In such a headline one word the other lead
// writes may be the subject's word every story of it uses — a party's
// "plans", a film season's "premiere", a campaign's "election" — so the
// lead tells the headline only when it writes a majority of its whats (the
// bar of LeadTold). One what written in the other lead tells a headline
// the rule cannot count so: one of more whats (a feature's title, a
// kicker, a title carrying its site's name, "… | Harbour Tech Daily", most of
// whose words are not the event's), and a Title Case headline, none of
// whose whats is written in lower case — its capitalised words are read as
// names unless the body writes them in lower case (fingerprint.go), so its
// verb may be read as a name and its whats undercounted ("Worm
// Strikes Mill Firm": "strikes" a name when the body writes "struck"). Independent reports
// of one event title it in their own words; such headlines keep the bar
// of one.
const headlineWhats = 3

// leadTells reports whether an article's lead (its headline and first
// LeadTokens body words) tells the whats of a headline's terms: a majority
// of its distinct whats when it holds at most headlineWhats and writes one
// of them in lower case, else one of them (see headlineWhats). terms are
// at most fewHeadTerms (whatUntold reads no longer headline): their
// distinct whats are counted in arrays of that size.
func leadTells(w *headWords, terms []castTerm, title, text string) bool {
	var keys [fewHeadTerms]uint64
	var told [fewHeadTerms]bool
	n, lower := 0, false
	for _, t := range terms {
		if t.what && !slices.Contains(keys[:n], t.key) {
			keys[n] = t.key
			n++
		}
		lower = lower || t.what && t.lower
	}
	read := func(_ []byte, _ bool, key uint64) {
		if i := slices.Index(keys[:n], key); i >= 0 {
			told[i] = true
		}
	}
	w.each(title, read)
	m := 0
	w.each(leadText(text), func(word []byte, digits bool, key uint64) {
		if m++; m <= LeadTokens {
			read(word, digits, key)
		}
	})
	c := 0
	for _, v := range told[:n] {
		if v {
			c++
		}
	}
	if n > headlineWhats || !lower {
		return c > 0
	}
	return 2*c > n
}

// aloneTopicCosine is the topic-word cosine of docs a and b (topics.cosine)
// as the two checked alone weigh their words: each word's count in the
// pair pooled with the background (Background.blend), not the batch's — a
// batch of many reports of one subject makes that subject's words common
// and lowers the cosine of two of its reports, and the batch may only
// veto a pair, never part one the pair alone would keep. The words are
// read again from the articles (the batch keeps only those that weigh in
// it).
func (ix *Index) aloneTopicCosine(a, b uint32) float64 {
	t := ix.topics
	wa, wb := t.events.wordsOf(a, t.arts[a]), t.events.wordsOf(b, t.arts[b])
	c, _ := wordCosine(ix.aloneWordWeight(wa, wb), wa, wb)
	return c
}

// aloneWordWeight returns the weight of a word of two articles' sorted word
// lists A and B (their topic words, or their leads') as the pair checked
// alone weighs it: its count in the pair pooled with the background
// (aloneWordDF), weighed by the batch's rule (topicWeight). wordCosine's
// one walk asks the weight of each word once.
func (ix *Index) aloneWordWeight(A, B []uint32) func(uint32) float64 {
	return func(h uint32) float64 {
		in := 0
		for _, w := range [2][]uint32{A, B} {
			if _, ok := slices.BinarySearch(w, h); ok {
				in++
			}
		}
		return topicWeight(ix.aloneWordDF(h, in))
	}
}

// articleWords returns an article's topic words (topicWords of its
// headline and body, sorted without repeats), as the batch reads them
// before weighing.
func articleWords(a *crosswire.Article) []uint32 {
	if a == nil {
		return nil
	}
	s := scratchPool.Get().(*scratch)
	toks, _ := s.articleTokens(a)
	w, buf := topicWords(toks, s.runBuf[:0])
	s.runBuf = buf
	if s.small() {
		scratchPool.Put(s)
	}
	return w
}
