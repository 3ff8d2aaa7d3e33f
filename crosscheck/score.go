package crosscheck

import (
	"math"
	"sort"
	"strings"

	"crosswire"
)

// side is one variant of a finding: a value and the mentions stating it,
// with the spans to quote (usually the mentions' spans; a role conflict
// quotes the role words instead).
type side struct {
	value string
	ms    []*mention
	spans []crosswire.Span
}

// finding is a discrepancy before ranking.
type finding struct {
	kind    crosswire.DiscrepancyKind
	sev     crosswire.Severity
	subject string
	sides   []side
}

// slot is one fact aligned across versions: the mentions stating it, split
// into groups that agree among themselves. A slot with two or more groups
// backs a discrepancy and its facts are conflicting.
type slot struct {
	kind        crosswire.FactKind
	groups      []side
	conflicting bool
	// about is what the slot's figures measure when it is known beyond
	// their counted noun ("age of Ada Quist"): StoryFact.About
	about string
}

// Kind weights: how much a contradiction of each kind changes what a reader
// takes away. Who did what and what happened weigh most; a misquote that
// keeps the meaning weighs least (its severity is low anyway).
var kindWeight = map[crosswire.DiscrepancyKind]float64{
	crosswire.DiscOutcome:  1.0,
	crosswire.DiscClaim:    0.95,
	crosswire.DiscNumber:   0.9,
	crosswire.DiscCode:     0.9,
	crosswire.DiscName:     0.9,
	crosswire.DiscRole:     0.85,
	crosswire.DiscDate:     0.85,
	crosswire.DiscInternal: 0.8,
	crosswire.DiscQuote:    0.75,
}

var severityWeight = map[crosswire.Severity]float64{
	crosswire.SeverityHigh:   3,
	crosswire.SeverityMedium: 2,
	crosswire.SeverityLow:    1,
}

// score ranks a finding:
//
//	score = kind weight × severity weight × support factor × salience
//
// where
//   - severity weight is 3 (high), 2 (medium), 1 (low), so severity
//     dominates the order;
//   - support factor = 1 + ln(versions involved): a contradiction between
//     many independent versions matters more than one between two, with
//     diminishing returns;
//   - salience = 0.5 + 0.5/(1 + s/5), s being the earliest sentence index
//     at which any variant is stated: news puts what matters first (the
//     inverted pyramid), so a discrepancy in the lead outranks one in the
//     last paragraph, by at most a factor of two.
//
// The score is rounded to three decimals so JSON output is stable.
func (f *finding) score() float64 {
	vs := map[string]bool{}
	first := math.MaxInt
	for _, s := range f.sides {
		for _, m := range s.ms {
			vs[m.version] = true
			if m.sentenceIndex < first {
				first = m.sentenceIndex
			}
		}
	}
	if first == math.MaxInt || first < 0 {
		first = 0
	}
	support := 1 + math.Log(float64(max(len(vs), 1)))
	salience := 0.5 + 0.5/(1+float64(first)/5)
	s := kindWeight[f.kind] * severityWeight[f.sev] * support * salience
	return math.Round(s*1000) / 1000
}

// rankedDiscrepancies turns the findings into discrepancies, most
// consequential first; ties break on kind, subject and first variant so
// the order is deterministic.
func (w *work) rankedDiscrepancies() []crosswire.Discrepancy {
	out := make([]crosswire.Discrepancy, 0, len(w.discs))
	seen := map[string]bool{}
	// Quoted words that changed are reported once, as a quote: a claim the
	// extractor found inside the quote is the same difference again.
	var quoted []crosswire.Span
	for _, f := range w.discs {
		if f.kind == crosswire.DiscQuote && f.sev == crosswire.SeverityHigh {
			for _, s := range f.sides {
				quoted = append(quoted, s.spans...)
			}
		}
	}
	for _, f := range w.discs {
		if (f.kind == crosswire.DiscClaim || f.kind == crosswire.DiscOutcome) && allInside(f, quoted) {
			continue
		}
		d := crosswire.Discrepancy{Kind: f.kind, Severity: f.sev, Subject: f.subject, Score: f.score()}
		for _, s := range f.sides {
			if len(s.spans) == 0 {
				continue
			}
			d.Variants = append(d.Variants, crosswire.Variant{Value: s.value, Text: crosswire.WrittenAs(s.spans), Sources: s.spans})
		}
		if len(d.Variants) < 2 {
			continue
		}
		distinctTexts(d.Variants)
		key := discKey(d)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, d)
	}
	crosswire.SortDiscrepancies(out)
	return out
}

// allInside reports whether every span of f lies inside one of outer.
func allInside(f *finding, outer []crosswire.Span) bool {
	if len(outer) == 0 {
		return false
	}
	for _, s := range f.sides {
		for _, sp := range s.spans {
			in := false
			for _, o := range outer {
				if o.Article == sp.Article && o.Start <= sp.Start && sp.End <= o.End {
					in = true
					break
				}
			}
			if !in {
				return false
			}
		}
	}
	return true
}

// discKey identifies a discrepancy by kind and the spans of its variants,
// so the same contradiction found twice (say, by two quote alignments) is
// reported once.
func discKey(d crosswire.Discrepancy) string {
	var b strings.Builder
	b.WriteString(string(d.Kind))
	var parts []string
	for _, v := range d.Variants {
		for _, sp := range v.Sources {
			parts = append(parts, sp.Article+":"+itoa(sp.Start)+"-"+itoa(sp.End))
		}
	}
	sort.Strings(parts)
	for _, p := range parts {
		b.WriteString("|" + p)
	}
	return b.String()
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var buf [20]byte
	n := len(buf)
	for i > 0 {
		n--
		buf[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		buf[n] = '-'
	}
	return string(buf[n:])
}

// storyFacts lists every aligned fact: one per entity (with its role when
// one is written) and one per agreeing group of every number, date, quote
// and claim slot. Support counts versions (copies collapsed),
// IndependentSupport lineages (every derived version collapsed); a fact
// stated by a group that is a variant of a discrepancy is conflicting.
func (w *work) storyFacts() []crosswire.StoryFact {
	var out []crosswire.StoryFact
	var vers []map[string]bool // the versions stating each fact of out
	add := func(kind crosswire.FactKind, value string, ms []*mention, conflicting bool) {
		if len(ms) == 0 {
			return
		}
		vs := map[string]bool{}
		for _, v := range versionsOf(ms) {
			vs[v] = true
		}
		vers = append(vers, vs)
		sf := crosswire.StoryFact{Kind: kind, Value: value, Support: len(versionsOf(ms)), IndependentSupport: w.lineageCount(ms), Sources: w.spansOf(ms)}
		if kind == crosswire.KindClaim {
			sf.Claim = w.storyClaim(ms)
		}
		if kind == crosswire.KindQuote {
			sf.Speaker, sf.SpeakerEntity = w.storySpeaker(ms)
			sf.Reported = allReported(ms)
		}
		switch {
		case conflicting:
			sf.Status = crosswire.StatusConflicting
		case sf.Support >= 2:
			sf.Status = crosswire.StatusCorroborated
		default:
			sf.Status = crosswire.StatusUnique
		}
		out = append(out, sf)
	}
	for _, e := range w.entities {
		v := e.name
		if e.role != "" && roleStatedByAll(e) {
			// the title is part of what is corroborated only when every
			// version naming the person gives it ("Erik Solberg, director"
			// is not corroborated by two versions when one of them does
			// not call him director)
			v += ", " + e.role
		}
		add(e.kind, v, e.ms, e.conflicting)
	}
	for _, s := range w.slots {
		for _, g := range s.groups {
			n := len(out)
			add(s.kind, g.value, g.ms, s.conflicting && len(s.groups) > 1)
			if len(out) > n {
				out[n].About = s.about
			}
		}
	}
	out = foldRepeats(out, vers)
	sort.SliceStable(out, func(i, j int) bool {
		ri, rj := statusRank(out[i].Status), statusRank(out[j].Status)
		if ri != rj {
			return ri < rj
		}
		if out[i].Support != out[j].Support {
			return out[i].Support > out[j].Support
		}
		if out[i].Kind != out[j].Kind {
			return out[i].Kind < out[j].Kind
		}
		return out[i].Value < out[j].Value
	})
	return out
}

// allReported reports whether every mention is reported speech without
// quotation marks.
func allReported(ms []*mention) bool {
	for _, m := range ms {
		if m.fact.Quote == nil || !m.fact.Quote.Reported {
			return false
		}
	}
	return len(ms) > 0
}

// roleStatedByAll reports whether every version naming entity e gives it
// a title compatible with its canonical one.
func roleStatedByAll(e *entityCluster) bool {
	stated := map[string]bool{}
	for _, m := range e.ms {
		if r := m.fact.Entity.Role; r != "" && roleConflict(r, e.role) == "" {
			stated[m.version] = true
		}
	}
	for _, m := range e.ms {
		if !stated[m.version] {
			return false
		}
	}
	return true
}

// foldRepeats folds a figure or date one version states again ("312
// people on board … all 312 people were safe") into the fact that version
// already states with the same value: a unique fact of one version whose
// value another fact of the same kind holds, stated by that version too,
// is the same fact told twice, and is not listed again (a fact's sources
// are each version's first statement of it). vers holds the versions
// stating each fact.
func foldRepeats(facts []crosswire.StoryFact, vers []map[string]bool) []crosswire.StoryFact {
	byValue := map[string][]int{}
	for i, f := range facts {
		if f.Kind == crosswire.KindNumber || f.Kind == crosswire.KindDate {
			k := string(f.Kind) + "\x00" + f.Value
			byValue[k] = append(byValue[k], i)
		}
	}
	drop := map[int]bool{}
	var held []int
	for _, idx := range byValue {
		// only a fact two versions state can hold a repeat: looking
		// through those alone keeps a value written thousands of times
		// by one version from costing the square of its repeats
		held = held[:0]
		for _, j := range idx {
			if facts[j].Support >= 2 {
				held = append(held, j)
			}
		}
		if len(held) == 0 {
			continue
		}
		for _, i := range idx {
			if facts[i].Status != crosswire.StatusUnique {
				continue
			}
			for _, j := range held {
				if j == i || drop[j] || !subset(vers[i], vers[j]) {
					continue
				}
				drop[i] = true
				break
			}
		}
	}
	if len(drop) == 0 {
		return facts
	}
	out := facts[:0]
	for i, f := range facts {
		if !drop[i] {
			out = append(out, f)
		}
	}
	return out
}

// storyClaim is the claim of a story's claim fact: the first mention's, as
// that version states it, with the story entities its actor and target
// name (Claim.ActorEntity, Claim.TargetEntity). Nil when no mention
// carries a claim.
func (w *work) storyClaim(ms []*mention) *crosswire.Claim {
	for _, m := range ms {
		if m.fact.Claim == nil {
			continue
		}
		c := *m.fact.Claim
		if e := w.entityOf(strings.TrimSpace(c.Actor)); c.Actor != "" && e >= 0 {
			c.ActorEntity = entityID(e)
		}
		if e := w.entityOf(strings.TrimSpace(c.Target)); c.Target != "" && e >= 0 {
			c.TargetEntity = entityID(e)
		}
		if e := w.entityOf(strings.TrimSpace(c.With)); c.With != "" && e >= 0 {
			c.WithEntity = entityID(e)
		}
		return &c
	}
	return nil
}

// storySpeaker is the speaker of a story's quotation fact: the first
// mention naming one, as written, with the ID of the story entity it
// names (speakerKey's resolution), "" when it names none.
func (w *work) storySpeaker(ms []*mention) (string, string) {
	for _, m := range ms {
		if m.fact.Quote == nil || strings.TrimSpace(m.fact.Quote.Speaker) == "" {
			continue
		}
		sp := strings.TrimSpace(m.fact.Quote.Speaker)
		if e := w.entityOf(sp); e >= 0 {
			return sp, entityID(e)
		}
		return sp, ""
	}
	return "", ""
}

func statusRank(s crosswire.Status) int {
	switch s {
	case crosswire.StatusConflicting:
		return 0
	case crosswire.StatusCorroborated:
		return 1
	}
	return 2
}

// sideOf builds a side quoting the mentions' own spans.
func (w *work) sideOf(value string, ms []*mention) side {
	return side{value: value, ms: ms, spans: w.spansOf(ms)}
}

// distinctTexts drops the written forms when two variants would be shown
// alike (two values written with the same words): the values tell them
// apart.
func distinctTexts(vs []crosswire.Variant) {
	seen := map[string]bool{}
	dup := false
	for _, v := range vs {
		k := strings.ToLower(v.Text)
		dup = dup || seen[k]
		seen[k] = true
	}
	if dup {
		for i := range vs {
			vs[i].Text = ""
		}
	}
}
