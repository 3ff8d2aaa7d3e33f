package facts

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosswire"
	"crosswire/text"
)

// quoteSpan is a quotation: the inner text is text[in:out].
type quoteSpan struct {
	open, in, out, close int
	// speaker is the quotation's speaker once extractQuotes has found it
	speaker string
}

// findQuotes pairs quotation marks paragraph by paragraph (paragraphs as
// text.Paragraphs finds them, so a wire paragraph mark ends a quotation
// as a blank line does): curly double (“ ”), guillemets (« »), wire
// copy's doubled marks (two grave accents open, two apostrophes close),
// straight double quotes (alternating) and
// curly single quotes (‘ ’, where the closing one is not an apostrophe).
// An unclosed quotation runs to the end of its paragraph, the convention
// for a quote that continues in the next paragraph.
func findQuotes(s string, paras []text.Range) []quoteSpan {
	var out []quoteSpan
	for _, p := range paras {
		out = append(out, paragraphQuotes(s, p.Start, p.End)...)
	}
	return out
}

func paragraphQuotes(text string, start, end int) []quoteSpan {
	var out []quoteSpan
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		var closeR rune
		if r == '`' && strings.HasPrefix(text[i:end], "``") {
			// wire copy's opening mark (two grave accents); the closing
			// one is two apostrophes
			in := i + 2
			// a new quotation opening ends this one: it continues elsewhere
			stop := end
			if c := strings.Index(text[in:end], "``"); c >= 0 {
				stop = in + c
			}
			if c := strings.Index(text[in:stop], "''"); c >= 0 {
				out = append(out, quoteSpan{open: i, in: in, out: in + c, close: in + c + 2})
				i = in + c + 2
				continue
			}
			out = append(out, quoteSpan{open: i, in: in, out: stop, close: stop})
			i = stop
			continue
		}
		switch r {
		case '“':
			closeR = '”'
		case '«':
			closeR = '»'
		case '"':
			closeR = '"'
		case '‘':
			if i > start {
				p, _ := utf8.DecodeLastRuneInString(text[start:i])
				if !unicode.IsSpace(p) && p != '(' && p != '—' && p != '“' && p != '"' {
					i += n
					continue
				}
			}
			closeR = '’'
		default:
			i += n
			continue
		}
		j := i + n
		found := -1
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if closeR == '"' && r2 == '"' && openerShape(text, start, j, end) {
				break // the next paragraph's opening mark: see openerShape
			}
			if r2 == closeR {
				if closeR == '’' {
					nx, _ := utf8.DecodeRuneInString(text[j+n2 : end])
					if j+n2 < end && unicode.IsLetter(nx) {
						j += n2
						continue
					}
				}
				found = j
				break
			}
			if (closeR == '”' && r2 == '“') || (closeR == '»' && r2 == '«') {
				break // a new quotation opens: this one continues elsewhere
			}
			j += n2
		}
		if found < 0 {
			if closeR == '"' || closeR == '’' {
				// unbalanced straight or single quote: take it to the paragraph end only for double quotes
				if closeR == '’' {
					i += n
					continue
				}
			}
			stop := j
			out = append(out, quoteSpan{open: i, in: i + n, out: stop, close: stop})
			i = stop
			continue
		}
		_, cn := utf8.DecodeRuneInString(text[found:end])
		out = append(out, quoteSpan{open: i, in: i + n, out: found, close: found + cn})
		i = found + cn
	}
	return out
}

// openerShape reports whether the straight double quote at text[j] can
// only open a quotation: white space before it and a word after it
// (` "If they`). Inside a quotation that has not closed, such a mark is
// the next paragraph's opening mark of a quote that runs over several
// paragraphs, whose paragraph breaks the text lost (`…contacted me. "If
// they want to…`); the quotation ends before it rather than pairing
// with it and swallowing the narration between.
func openerShape(text string, start, j, end int) bool {
	if j <= start || j+1 >= end {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(text[start:j])
	n, _ := utf8.DecodeRuneInString(text[j+1 : end])
	return unicode.IsSpace(p) && (unicode.IsLetter(n) || unicode.IsDigit(n))
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// quoteSpans returns the article's quotations (findQuotes), found once.
func (d *doc) quoteSpans() []quoteSpan {
	if !d.quotesFound {
		d.quotes, d.quotesFound = findQuotes(d.text, d.paras), true
	}
	return d.quotes
}

// inQuote reports whether byte pos lies inside a quotation, marks included.
func (d *doc) inQuote(pos int) bool {
	qs := d.quoteSpans()
	i := sort.Search(len(qs), func(i int) bool { return qs[i].close > pos })
	return i < len(qs) && qs[i].open <= pos
}

// extractQuotes finds quotations with their speakers, then reported speech
// ("X said (that) …") in sentences without quotation marks.
func (d *doc) extractQuotes() {
	qs := d.quoteSpans()
	lastSpeaker := ""
	lastPara := -1
	inQuote := make([]bool, len(d.sents))
	for qi, q := range qs {
		s, e := trimSpan(d.text, q.in, q.out)
		// closing punctuation inside the marks is the writer's, not the
		// speaker's: "…," he said / "…." are the same words
		for e > s && strings.ContainsRune(",;:.", rune(d.text[e-1])) && !strings.HasSuffix(d.text[s:e], "...") {
			e--
		}
		s, e = trimSpan(d.text, s, e)
		if s >= e {
			continue
		}
		said := normSpace(d.text[s:e])
		words := len(strings.Fields(said))
		for si := text.SentenceAt(d.sents, q.open); si < len(d.sents) && d.sents[si].Start < q.close; si++ {
			inQuote[si] = true
		}
		speaker := d.quoteSpeaker(q)
		para := d.paragraphOf(q.open)
		// A quotation with no speaker continues the last speaker's words
		// (`"…," she said. "…"`) unless its own sentence goes on to say
		// who spoke — in words the rules could not resolve (`"…," the
		// Herald headlined`, `"…," a fisherman said`).
		if speaker == "" && lastSpeaker != "" && !d.attributedAfter(q) && (para == lastPara || para == lastPara+1 && d.paragraphStart(q.open)) && words >= 3 {
			speaker = lastSpeaker
		}
		if speaker == "" && words < 3 {
			continue // scare quotes or a title
		}
		if speaker != "" {
			lastSpeaker, lastPara = speaker, para
		}
		qs[qi].speaker = speaker
		d.add(crosswire.Fact{Kind: crosswire.KindQuote, Value: said, Quote: &crosswire.Quote{Speaker: speaker, Said: said}}, s, e)
	}
	for si, sent := range d.sents {
		if inQuote[si] {
			continue
		}
		d.reportedSpeech(sent)
	}
}

// attributedAfter reports whether the sentence of quotation q goes on
// after it with the words that say who spoke: the quotation closes on a
// comma (`"…," X said`) or is followed in its sentence by a word.
func (d *doc) attributedAfter(q quoteSpan) bool {
	if strings.HasSuffix(strings.TrimSpace(d.text[q.in:q.out]), ",") {
		return true
	}
	a := d.tokAt(q.close)
	if a >= len(d.toks) || q.close == 0 || strings.Contains(d.text[q.close:d.toks[a].start], "\n") {
		return false
	}
	if d.toks[a].text == "," && a+1 < len(d.toks) {
		a++
	}
	return d.toks[a].word && d.toks[a].sent == text.SentenceAt(d.sents, q.close-1)
}

// paragraphOf returns the index of the paragraph holding pos.
func (d *doc) paragraphOf(pos int) int {
	return sort.Search(len(d.paras), func(i int) bool { return d.paras[i].End > pos })
}

// paragraphStart reports whether pos begins a paragraph.
func (d *doc) paragraphStart(pos int) bool {
	p := d.paragraphOf(pos)
	return p < len(d.paras) && strings.TrimSpace(d.text[d.paras[p].Start:pos]) == ""
}

// quoteSpeaker looks for a verb of speech next to a quotation, in the same
// sentence, and resolves its subject: `"…," Keller said`, `"…," said the
// minister`, `Keller told reporters: "…"`, `according to Keller, "…"`.
func (d *doc) quoteSpeaker(q quoteSpan) string {
	toks := d.toks
	// after the quotation, in the same sentence and paragraph
	a := d.tokAt(q.close)
	if a < len(toks) && a > 0 && q.close > 0 && !strings.Contains(d.text[q.close:toks[a].start], "\n") &&
		toks[a].sent == text.SentenceAt(d.sents, q.close-1) {
		sent := toks[a].sent
		// room for an appositive between the name and the verb:
		// `"…," Dana Keller, the Mayor of Vessport, told the council`
		lim := a + 14
		for k := a; k < len(toks) && k < lim && toks[k].sent == sent; k++ {
			t := toks[k]
			if t.text == "\"" || t.text == "“" || t.text == "”" || t.text == "." {
				break
			}
			if d.speechTok(k) {
				// subject before the verb, after the quotation
				if sp := d.appositionSpeaker(a, k, q.open); sp != "" {
					return sp
				}
				if sp := d.resolveNP(a, k, q.open); sp != "" {
					return sp
				}
				// inverted: `said Keller`, `said the minister`
				e := k + 1
				for e < len(toks) && e < k+8 && toks[e].sent == sent && toks[e].word {
					e++
				}
				if sp := d.resolveNP(k+1, e, q.open); sp != "" {
					return sp
				}
				break
			}
		}
	}
	// before the quotation
	b := d.tokAt(q.open)
	// only a quotation that does not open its sentence has words of its
	// sentence before it: the verb of the sentence before speaks of
	// another quotation
	if b > 0 && b < len(toks) && toks[b-1].sent == toks[b].sent {
		sent := toks[b-1].sent
		first := b - 1
		for first > 0 && toks[first-1].sent == sent {
			first--
		}
		for k := b - 1; k >= first && k >= b-12; k-- {
			if toks[k].lower == "to" && k > first && toks[k-1].lower == "according" {
				e := k + 1
				for e < b && toks[e].word {
					e++
				}
				if sp := d.resolveNP(k+1, e, q.open); sp != "" {
					return sp
				}
			}
			if d.speechTok(k) {
				st := d.clauseStart(first, k)
				if sp := d.appositionSpeaker(st, k, q.open); sp != "" {
					return sp
				}
				if sp := d.resolveNP(st, k, q.open); sp != "" {
					return sp
				}
				break
			}
		}
	}
	return ""
}

// appositionSpeaker reads a name of two to four capitalised words set off
// by an apposition right before the verb of speech at token k ("Dora
// Quill, the fair's organiser, said"; "… Dora Quill, creator of the show,
// said"), from token s on: the speaker is the name, whatever the
// apposition names (a title, a body, an event: "the <event>'s promoter
// and <Event> veteran" names no speaker). The apposition opens with a
// lower-case word and holds no quotation mark or sentence stop; the name
// ends at its first comma. "" when the words before k are not so.
func (d *doc) appositionSpeaker(s, k, pos int) string {
	toks := d.toks
	if k-1 <= s || toks[k-1].text != "," {
		return ""
	}
	c := k - 2
	for ; c > s && c >= k-14 && toks[c].text != ","; c-- {
		if t := toks[c].text; t == "\"" || t == "“" || t == "”" || t == "." || t == ";" || t == ":" {
			return ""
		}
	}
	if c <= s || toks[c].text != "," || c+1 >= k-1 || !toks[c+1].word || toks[c+1].cap {
		return ""
	}
	st := c
	for st > s && c-st < 4 && toks[st-1].word && toks[st-1].cap && !toks[st-1].upper && !d.x.function[toks[st-1].lower] && !d.isTitle(st-1) {
		st--
	}
	if c-st < 2 || st > s && toks[st-1].word && toks[st-1].cap {
		return ""
	}
	if sp := d.resolveNP(st, c, pos); sp != "" {
		return sp
	}
	return d.text[toks[st].start:toks[c-1].end]
}

// clauseStart returns the first token of the clause ending before token k.
func (d *doc) clauseStart(first, k int) int {
	for j := k - 1; j >= first; j-- {
		switch d.toks[j].lower {
		case ";", ":", "\"", "“", "”", "that", "but":
			return j + 1
		}
	}
	return first
}

// resolveNP resolves a noun phrase at tokens [s, e) to a speaker: an
// entity mention (person first), a pronoun (the last person named before
// pos), a role noun ("the minister") matched to a person with that role,
// else the phrase itself when it holds a noun.
func (d *doc) resolveNP(s, e, pos int) string {
	if s >= e || s < 0 || e > len(d.toks) {
		return ""
	}
	bs, be := d.toks[s].start, d.toks[e-1].end
	var best *mention
	for _, m := range d.mentionsIn(s, e) {
		ms, me := d.toks[m.s].start, d.toks[m.e-1].end
		if m.kind == crosswire.KindPerson && d.possessor(m) {
			// "Keller's lawyer said", "Keller's mother said": someone
			// else speaks
			continue
		}
		if ms >= bs && me <= be {
			if best == nil || (m.kind == crosswire.KindPerson && best.kind != crosswire.KindPerson) {
				best = m
			}
		}
	}
	if best != nil {
		return best.value
	}
	// pronoun
	for k := s; k < e; k++ {
		switch d.toks[k].lower {
		case "he", "she":
			if p := d.pronounAntecedent(pos, d.toks[k].lower); p != nil {
				return p.value
			}
			// "The Queen presented the cup. She said": the title's
			// holder, as "the Queen said" is
			sx := pronounSex(d.toks[k].lower)
			if t := d.titledBetween(0, pos, sx); t > 0 && !d.unnamedBetween(0, pos, sx) {
				return d.resolveNP(t-1, t+1, pos)
			}
			return ""
		case "they", "it":
			if e-s <= 2 {
				return ""
			}
		}
	}
	// definite description of an organisation: "the agency", "the ministry"
	if e-s <= 3 && (d.toks[s].lower == "the" || d.toks[s].lower == "its") {
		head := d.toks[e-1]
		if head.word && !head.cap && !d.isTitle(e-1) {
			capHead := strings.ToUpper(head.text[:1]) + head.text[1:]
			if d.x.orgHeads[capHead] {
				var found *mention
				for _, i := range d.orgs {
					m := &d.ents[i]
					if m.spanS < pos && strings.Contains(m.value, capHead) {
						if found == nil || m.spanS > found.spanS {
							found = m
						}
					}
				}
				if found != nil {
					return found.value
				}
			}
		}
	}
	// an organisation named only by its head ("the ministry warned")
	if e-s <= 3 && (d.toks[s].lower == "the" || d.toks[s].lower == "a" || d.toks[s].lower == "an") {
		head := d.toks[e-1]
		if head.word && !head.cap && len(head.text) > 1 && d.x.orgHeads[strings.ToUpper(head.text[:1])+head.text[1:]] {
			return d.npText(s, e)
		}
	}
	// role noun: "the minister", "a spokesperson for the agency"
	for k := s; k < e; k++ {
		if d.isTitle(k) && !d.toks[k].cap || d.isTitle(k) && k > s {
			head := d.toks[k].lower
			// the person whose role holds most words of the phrase
			// ("the prime minister" → the Prime Minister, not the
			// deputy interior minister), the last one named before pos
			var words []string
			for j := s; j <= k; j++ {
				if d.toks[j].word && !d.x.function[d.toks[j].lower] {
					words = append(words, d.toks[j].lower)
				}
			}
			var found *mention
			bestScore := 0
			for _, i := range d.persons {
				m := &d.ents[i]
				role := strings.ToLower(m.role)
				if m.role == "" || !strings.Contains(role, head) {
					continue
				}
				score := 0
				for _, w := range words {
					if strings.Contains(role, w) {
						score++
					}
				}
				if score > bestScore || score == bestScore && (found == nil || d.toks[m.s].start < pos) {
					found, bestScore = m, score
				}
			}
			if found != nil {
				return found.value
			}
			return d.npText(s, e)
		}
	}
	return ""
}

// possessor reports whether mention m is followed by a possessive ("Keller's
// lawyer", "Jones' mother").
func (d *doc) possessor(m *mention) bool {
	if m.e >= len(d.toks) || d.toks[m.e].start != d.toks[m.e-1].end {
		return false
	}
	switch d.toks[m.e].text {
	case "'s", "’s", "'", "’":
		return true
	}
	return false
}

// npText is a noun phrase as a lower-case key without leading determiners.
func (d *doc) npText(s, e int) string {
	for s < e && (d.x.function[d.toks[s].lower] || !d.toks[s].word) {
		s++
	}
	for e > s && !d.toks[e-1].word {
		e--
	}
	if s >= e {
		return ""
	}
	return strings.ToLower(normSpace(d.join(s, e-1)))
}

// reportedSpeech finds "X said (that) …", "X told reporters …",
// "according to X, …" and "…, X said." in a sentence without quotation
// marks.
func (d *doc) reportedSpeech(sent crosswire.Span) {
	toks := d.toks
	first := d.tokAt(sent.Start)
	last := d.tokAt(sent.End) // exclusive
	if first >= last {
		return
	}
	emit := func(speaker string, cs, ce int) {
		for ce > cs && !toks[ce-1].word && toks[ce-1].text != ")" && toks[ce-1].text != "%" {
			ce--
		}
		if ce-cs < 3 || speaker == "" {
			return
		}
		s, e := toks[cs].start, toks[ce-1].end
		said := normSpace(d.text[s:e])
		d.add(crosswire.Fact{Kind: crosswire.KindQuote, Value: said, Quote: &crosswire.Quote{Speaker: speaker, Said: said, Reported: true}}, s, e)
	}
	if k, sp := d.stance(first, last); sp != "" {
		emit(sp, k, last)
		return
	}
	// according to X, clause / clause, according to X.
	for k := first; k+1 < last; k++ {
		if toks[k].lower == "according" && toks[k+1].lower == "to" {
			e := k + 2
			for e < last && toks[e].word {
				e++
			}
			sp := d.resolveNP(k+2, e, toks[k].start)
			if k == first {
				if e < last && toks[e].text == "," {
					// "According to X, head of Y, the pumps …": the
					// appositive is X's, not what X says
					if _, re, ok := d.roleAfter(e + 1); ok && re+1 < last && toks[re].text == "," {
						e = re
					}
					emit(sp, e+1, last)
				}
			} else if k-1 > first && toks[k-1].text == "," {
				emit(sp, first, k-1)
			}
			return
		}
	}
	for k := first + 1; k < last; k++ {
		if !d.speechTok(k) {
			continue
		}
		lem := d.x.lex.Lemma(toks[k].lower)
		if !reportingVerb(lem) {
			continue
		}
		// verbs that also take a noun object report speech only with
		// "that": "added that the pumps failed", not "added a third goal"
		// or "added 66 hectares to the park"
		needThat := false
		switch lem {
		case "deny", "confirm", "admit", "acknowledge", "report", "reveal", "disclose", "announce", "predict", "allege", "note", "write", "add":
			needThat = true
		}
		// "is said to be", "claimed to have", "told fans to wait": an
		// infinitive, a report or an order with no clause to quote
		if k+1 < last && toks[k+1].lower == "to" {
			return
		}
		// clause, X said. / clause, X said in a statement. / clause, X
		// told reporters.: what follows the verb only says where or to
		// whom, so the clause before is what was said
		if k+2 >= last || toks[k+1].text == "." && k+2 == last || d.adjunctTail(k+1, last, lem) {
			c := k - 1
			for c > first && toks[c].text != "," {
				c--
			}
			// "…, the firm's chief has told …": the auxiliary is no part
			// of the speaker
			v := k
			for v-1 > c+1 && isAux(toks[v-1].lower) {
				v--
			}
			if c > first {
				if sp := d.resolveNP(c+1, v, toks[k].start); sp != "" {
					emit(sp, first, c)
				}
			}
			return
		}
		// clause, said X(, who …).: the speaker inverted after the verb
		if k-1 > first+2 && toks[k-1].text == "," && !needThat {
			e := k + 1
			for e < last && toks[e].word {
				e++
			}
			// a short noun phrase, no pronoun or "that" opening a clause:
			// "X, who plays Y, said he had …" is X's speech after "said"
			verb := false // "said Kestria would see rain": a clause
			for j := k + 1; j < e; j++ {
				l := toks[j].lower
				verb = verb || isAux(l) || isBe(l) || !toks[j].cap && d.x.lex.IsEvent(d.x.lex.Lemma(l)) && l != d.x.lex.Lemma(l)
			}
			if e > k+1 && e-k-1 <= 5 && !verb && !opensClause(toks[k+1].lower) &&
				(e == last || toks[e].text == "," || toks[e].text == ".") {
				if sp := d.resolveNP(k+1, e, toks[k].start); sp != "" {
					emit(sp, first, k-1)
					return
				}
			}
		}
		sp := d.resolveNP(d.clauseStart(first, k), k, toks[k].start)
		if sp == "" {
			return
		}
		c := k + 1
		if lem == "tell" || lem == "warn" || lem == "brief" || lem == "urge" || lem == "ask" {
			// object: "told reporters", "told the parliament"
			for c < last && isDeterminer(toks[c].lower) {
				c++
			}
			if c < last && toks[c].word && toks[c].lower != "that" {
				c++
			}
		}
		// adverbials before "that": "said on Monday that"
		sawThat := false
		for j := c; j < last && j < c+6; j++ {
			if toks[j].lower == "that" {
				c = j + 1
				sawThat = true
				break
			}
			if toks[j].text == "," {
				break
			}
		}
		if needThat && !sawThat {
			return
		}
		if c < last && toks[c].text == "," {
			c++
		}
		if c < last && toks[c].text == ":" {
			return
		}
		emit(sp, c, last)
		return
	}
}

// adjunctTail reports whether tokens [c, last) after a speech verb of
// lemma lem close the sentence with no clause of their own: the verb's
// listener ("told reporters", "told the Tarnel Herald") and then at most
// one short phrase opened by a preposition ("in a statement", "on
// Tuesday", "at a briefing in Orsk"), holding no "that", comma, verb or
// auxiliary. Such a tail says where or to whom something was said; what
// was said is the clause before the speaker.
func (d *doc) adjunctTail(c, last int, lem string) bool {
	toks := d.toks
	if last > c && toks[last-1].text == "." {
		last--
	}
	if lem == "tell" {
		for c < last && isDeterminer(toks[c].lower) {
			c++
		}
		n := 0
		for c < last && toks[c].word && !isPreposition(toks[c].lower) && n < 4 && (n == 0 || toks[c].cap) {
			c++
			n++
		}
		if n == 0 {
			return false
		}
	}
	if c == last {
		return true
	}
	if !isPreposition(toks[c].lower) || toks[c].lower == "to" || toks[c].lower == "of" || last-c > 10 {
		return false
	}
	for j := c + 1; j < last; j++ {
		l := toks[j].lower
		if l == "that" || l == "," || l == ";" || l == ":" || isAux(l) || toks[j].text == "\"" || toks[j].text == "“" {
			return false
		}
		if !toks[j].cap && l != d.x.lex.Lemma(l) && d.x.lex.IsEvent(d.x.lex.Lemma(l)) {
			return false // a verb: "said in court he had …"
		}
	}
	return true
}

// reportingVerb reports whether a speech verb introduces reported speech
// with a clause ("said that …"), as opposed to verbs of speech that take a
// noun object ("called", "described").
func reportingVerb(lemma string) bool {
	switch lemma {
	case "say", "tell", "add", "state", "warn", "claim", "insist", "note", "explain", "announce", "declare",
		"argue", "confirm", "deny", "allege", "assert", "maintain", "acknowledge", "admit", "stress",
		"emphasise", "emphasize", "write", "report", "contend", "testify", "conclude", "reveal", "disclose", "predict":
		return true
	}
	return false
}

// stance finds a speaker's stance on a that-clause in the sentence
// tokens [first, last): a stance verb or a copula with a stance adjective
// before the clause ("X believes that …", "X is sure the …", "X doubts that …", "he was not
// confident that …", "X said he was sure that …"). It returns the token
// the stance's verb group begins at (its auxiliaries and negation, so
// the stance's polarity is part of what is said) and the speaker, the
// noun phrase before it; "" when there is none. Told directly or through
// "said", the stance is the same words from the verb group on.
func (d *doc) stance(first, last int) (int, string) {
	toks := d.toks
	for k := first + 1; k+1 < last; k++ {
		if !clauseOpener(toks[k+1].lower) || !stanceWord(toks[k].lower, d.x.lex.Lemma(toks[k].lower)) {
			continue
		}
		s := k
		for s > first && stanceAux(toks[s-1].lower) {
			s--
		}
		ns := s
		for ns > first && ns > s-6 && toks[ns-1].word && toks[ns-1].lower != "that" && !d.speechTok(ns-1) {
			ns--
		}
		if ns == s {
			return 0, ""
		}
		return s, d.resolveNP(ns, s, toks[s].start)
	}
	return 0, ""
}

// stanceWord reports whether a word (its lower-case form and lemma) takes
// a stance on the clause after it: a verb of belief or doubt, an
// adjective of certainty or doubt.
func stanceWord(lower, lemma string) bool {
	switch lemma {
	case "believe", "doubt":
		return true
	}
	switch lower {
	case "confident", "sure", "certain", "convinced", "doubtful", "unsure", "uncertain", "unconvinced", "sceptical", "skeptical":
		return true
	}
	return false
}

// clauseOpener reports whether a word after a stance word opens the
// clause it takes a stance on: "that", or a determiner or subject
// pronoun of a that-less clause ("confident the group was behind it").
func clauseOpener(w string) bool {
	switch w {
	case "that", "the", "this", "these", "those", "it", "he", "she", "they", "we", "its", "their", "his", "her":
		return true
	}
	return false
}

// opensClause reports a word that opens a reported clause rather than
// naming a speaker after an inverted speech verb: a subject pronoun,
// "that", "there", "this", "nothing", "so".
func opensClause(w string) bool {
	switch w {
	case "that", "it", "he", "she", "they", "we", "i", "you", "there", "this", "nothing", "so":
		return true
	}
	return false
}

// stanceAux reports whether a word belongs to the verb group before a
// stance word: a copula or auxiliary, a negation, a degree adverb.
func stanceAux(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "am", "remain", "remains", "remained", "feel", "feels", "felt",
		"do", "does", "did", "not", "never", "no", "longer", "n't", "still", "now", "also", "very", "fully", "quite", "absolutely", "less", "more", "increasingly":
		return true
	}
	return false
}
