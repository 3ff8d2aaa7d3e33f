package crosscheck

import (
	"context"
	"strings"
	"testing"
	"time"

	"crosswire"
	"crosswire/facts"
)

// version is one article of a hand-built test story: its text and the
// facts a perfect extractor would find in it.
type version struct {
	id    string
	role  crosswire.Role
	from  string
	text  string
	facts []factSpec
	subs  []string
}

// factSpec builds one fact of a version; at is the text of its span (its
// first occurrence, or the occurrence after the text in after).
type factSpec struct {
	kind  crosswire.FactKind
	at    string
	after string
	value string
	// entity
	name, role string
	// number
	low, high float64
	qual      string
	unit      string
	counted   string
	// date
	from, to string // YYYY-MM-DD
	gran     string
	event    string
	rel      bool
	// quote
	speaker, said string
	reported      bool
	// claim
	actor, verb, lemma, target string
	negated                    bool
}

func person(at, name, role string) factSpec {
	return factSpec{kind: crosswire.KindPerson, at: at, name: name, role: role}
}
func org(at, name string) factSpec   { return factSpec{kind: crosswire.KindOrg, at: at, name: name} }
func place(at, name string) factSpec { return factSpec{kind: crosswire.KindPlace, at: at, name: name} }
func group(at, name string) factSpec { return factSpec{kind: crosswire.KindGroup, at: at, name: name} }
func num(at string, low, high float64, qual, counted string) factSpec {
	return factSpec{kind: crosswire.KindNumber, at: at, low: low, high: high, qual: qual, counted: counted}
}
func date(at, from, to, gran, event string) factSpec {
	return factSpec{kind: crosswire.KindDate, at: at, from: from, to: to, gran: gran, event: event}
}
func quote(at, speaker string) factSpec {
	return factSpec{kind: crosswire.KindQuote, at: at, speaker: speaker, said: at}
}
func claim(at, actor, lemma, target string, negated bool) factSpec {
	return factSpec{kind: crosswire.KindClaim, at: at, actor: actor, verb: lemma, lemma: lemma, target: target, negated: negated}
}

// build turns versions into a story and its facts map, failing the test
// when a fact's text is not in its version.
func build(t *testing.T, vs ...version) (*crosswire.Story, map[string][]crosswire.Fact) {
	t.Helper()
	st := &crosswire.Story{ID: "s1", Title: "test story"}
	facts := map[string][]crosswire.Fact{}
	pub := time.Date(2024, 3, 14, 9, 0, 0, 0, time.UTC)
	for _, v := range vs {
		a := crosswire.Article{ID: v.id, Source: v.id + ".txt", Outlet: "Outlet " + v.id, Text: v.text, Role: v.role, Published: &pub}
		if a.Role == "" {
			a.Role = crosswire.RoleOriginal
		}
		if v.from != "" {
			f := v.from
			a.DerivedFrom = &f
		}
		for _, sh := range v.subs {
			// A subhead is a paragraph of the text, listed as a span.
			a.Subheads = append(a.Subheads, crosswire.Span{Article: a.ID, Text: sh, Start: len(a.Text) + 2, End: len(a.Text) + 2 + len(sh)})
			a.Text += "\n\n" + sh
		}
		st.Articles = append(st.Articles, a)
		for _, fs := range v.facts {
			base := 0
			if fs.after != "" {
				i := strings.Index(v.text, fs.after)
				if i < 0 {
					t.Fatalf("%s: %q not in text", v.id, fs.after)
				}
				base = i + len(fs.after)
			}
			i := strings.Index(v.text[base:], fs.at)
			if i < 0 {
				t.Fatalf("%s: %q not in text", v.id, fs.at)
			}
			start := base + i
			sp := crosswire.Span{Article: v.id, Text: fs.at, Start: start, End: start + len(fs.at)}
			f := crosswire.Fact{Kind: fs.kind, Value: fs.value, Span: sp, Sentence: strings.Count(v.text[:start], ". ")}
			switch fs.kind {
			case crosswire.KindPerson, crosswire.KindOrg, crosswire.KindPlace, crosswire.KindGroup:
				e := &crosswire.Entity{Name: fs.name, Role: fs.role}
				if fs.role != "" {
					if j := strings.Index(v.text, fs.role); j >= 0 {
						e.RoleSpan = &crosswire.Span{Article: v.id, Text: fs.role, Start: j, End: j + len(fs.role)}
					}
				}
				f.Entity = e
				if f.Value == "" {
					f.Value = fs.name
				}
			case crosswire.KindNumber:
				h := fs.high
				if h == 0 {
					h = fs.low
				}
				f.Number = &crosswire.Number{Low: fs.low, High: h, Qualifier: fs.qual, Unit: fs.unit, Counted: fs.counted}
			case crosswire.KindDate:
				from, err := time.Parse("2006-01-02", fs.from)
				if err != nil {
					t.Fatal(err)
				}
				to, err := time.Parse("2006-01-02", fs.to)
				if err != nil {
					t.Fatal(err)
				}
				f.Period = &crosswire.Period{From: from, To: to, Granularity: fs.gran, Event: fs.event, Relative: fs.rel}
			case crosswire.KindQuote:
				f.Quote = &crosswire.Quote{Speaker: fs.speaker, Said: fs.said, Reported: fs.reported}
				if f.Value == "" {
					f.Value = fs.said
				}
			case crosswire.KindClaim:
				f.Claim = &crosswire.Claim{Actor: fs.actor, Verb: fs.verb, Lemma: fs.lemma, Target: fs.target, Negated: fs.negated}
			}
			if f.Value == "" {
				f.Value = fs.at
			}
			facts[v.id] = append(facts[v.id], f)
		}
	}
	return st, facts
}

// extractAndCheck extracts the facts of every article of st with x, then
// runs c on the story with them, failing the test on any error. It returns
// the facts by article ID.
func extractAndCheck(t *testing.T, x *facts.Extractor, c *Checker, st *crosswire.Story) map[string][]crosswire.Fact {
	t.Helper()
	fm := map[string][]crosswire.Fact{}
	for i := range st.Articles {
		fs, err := x.Extract(context.Background(), &st.Articles[i])
		if err != nil {
			t.Fatalf("extract %s: %v", st.Articles[i].ID, err)
		}
		fm[st.Articles[i].ID] = fs
	}
	if err := c.Check(context.Background(), st, fm); err != nil {
		t.Fatalf("Check %s: %v", st.ID, err)
	}
	return fm
}

// check runs the Checker and verifies every span of the result.
func check(t *testing.T, st *crosswire.Story, facts map[string][]crosswire.Fact) {
	t.Helper()
	if err := New().Check(context.Background(), st, facts); err != nil {
		t.Fatalf("Check: %v", err)
	}
	assertSpans(t, st)
}

// assertSpans checks text[start:end] == span text for every span of the
// story's facts and discrepancies.
func assertSpans(t *testing.T, st *crosswire.Story) {
	t.Helper()
	texts := map[string]string{}
	for _, a := range st.Articles {
		texts[a.ID] = a.Text
	}
	ok := func(sp crosswire.Span) bool {
		tx, found := texts[sp.Article]
		return found && sp.Start >= 0 && sp.End <= len(tx) && sp.Start <= sp.End && tx[sp.Start:sp.End] == sp.Text
	}
	for _, d := range st.Discrepancies {
		if len(d.Variants) < 2 {
			t.Errorf("discrepancy %s %q has %d variants", d.Kind, d.Subject, len(d.Variants))
		}
		for _, v := range d.Variants {
			if len(v.Sources) == 0 {
				t.Errorf("discrepancy %s %q: variant %q has no source", d.Kind, d.Subject, v.Value)
			}
			for _, sp := range v.Sources {
				if !ok(sp) {
					t.Errorf("discrepancy %s %q: bad span %+v", d.Kind, d.Subject, sp)
				}
			}
		}
	}
	for _, f := range st.Facts {
		for _, sp := range f.Sources {
			if !ok(sp) {
				t.Errorf("fact %s %q: bad span %+v", f.Kind, f.Value, sp)
			}
		}
	}
}

// findDisc returns the discrepancies of a kind.
func findDisc(st *crosswire.Story, kind crosswire.DiscrepancyKind) []crosswire.Discrepancy {
	var out []crosswire.Discrepancy
	for _, d := range st.Discrepancies {
		if d.Kind == kind {
			out = append(out, d)
		}
	}
	return out
}

// dump renders the discrepancies for failure messages.
func dump(st *crosswire.Story) string {
	var b strings.Builder
	for _, d := range st.Discrepancies {
		b.WriteString("\n  " + string(d.Kind) + "/" + string(d.Severity) + " " + d.Subject + ":")
		for _, v := range d.Variants {
			b.WriteString(" [" + v.Value + "]")
		}
	}
	if b.Len() == 0 {
		return " (none)"
	}
	return b.String()
}

// firstDiscrepancy checks the story of the versions and returns its
// first discrepancy of the kind (in the story's order) and the story,
// failing the test when there is none.
func firstDiscrepancy(t *testing.T, kind crosswire.DiscrepancyKind, vs ...version) (crosswire.Discrepancy, *crosswire.Story) {
	t.Helper()
	st, fs := build(t, vs...)
	check(t, st, fs)
	ds := findDisc(st, kind)
	if len(ds) == 0 {
		t.Fatalf("no %s discrepancy; got:%s", kind, dump(st))
	}
	return ds[0], st
}

// kindCount is the number of the story's discrepancies of kind k.
func kindCount(st *crosswire.Story, k crosswire.DiscrepancyKind) int {
	n := 0
	for _, d := range st.Discrepancies {
		if d.Kind == k {
			n++
		}
	}
	return n
}
