package group

// A name a text writes only at sentence starts (session 17).
//
// A capitalised word at the start of a sentence is read as a name only when
// the text also writes it capitalised mid-sentence (extractAnchors): "The",
// "Police" and "Although" start sentences too. A wire story's page 2 or new
// lead, a substitute take or a paper's short version read as plain text
// has no headline and often names its subject only where a sentence
// starts — "Marlowe said today he would not stand again", "Marlowe added"
// — so it held no anchor of the name its story is about, and nothing
// joined it to the first take that writes the name in full beside a first
// name. Such a text's sentence-initial word is its subject's name when
// English writes it so: the shipped background's articles write it as a
// name (an anchor in at least one of them) and never in lower case (no
// article holds it as a topic word). A common word that starts sentences
// ("Although", "Gutted", "Tonight") is in lower case somewhere in 3,225
// articles; a word the background never saw gives nothing (it may be a
// rare common word as well as a rare name).
//
// Why only untitled texts: a report with a headline names its subject in
// the headline and its lead mid-sentence, so the rule would add to it
// mostly the words its sentences start with that are names of no weight
// for its story (a nationality, an outlet at a dateline) — measured on all
// texts it tipped marginal pairs of different events of one subject
// together (mmds one run 0.8716 → 0.8500, CASIE undated one run 0.7928 →
// 0.7827) — while a text without one is a continuation page or a brief
// whose subject was named in a headline it does not carry.
//
// The class of a word is read from the shipped background whatever
// background the grouping weighs evidence with (Options.Background): it
// says how English writes a word, not how much a shared name weighs, and
// so every path — the batch Grouper, the streaming Index, incremental
// analysis — reads one text into the same anchors. A background's own
// builder reads texts without it (scratch.plain): the counts it makes
// must not depend on the counts it replaces.

// startNameSource returns the background whose counts say which words are
// names for the sentence-initial words of an article with nTitle headline
// tokens, or nil when the rule does not apply: the article has a headline,
// or the scratch reads texts plainly.
func (s *scratch) startNameSource(nTitle int) *Background {
	if s.plain || nTitle > 0 {
		return nil
	}
	if s.nameSource != nil {
		return s.nameSource
	}
	return DefaultBackground()
}

// startName reports whether t, a capitalised word at a sentence start that
// the text writes neither in lower case nor capitalised mid-sentence, is a
// name as s.names (startNameSource) writes it: an anchor of at least one
// of its articles and a lower-case word of none.
func (s *scratch) startName(t *token) bool {
	bg := s.names
	if bg.empty() {
		return false
	}
	return bg.anchors.get(anchorFPHash(anchorName, t.hash)) >= 1 && bg.words.get(uint32(t.hash)) == 0
}
