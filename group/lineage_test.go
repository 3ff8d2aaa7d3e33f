package group

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"

	"crosswire"
)

// Fictional texts for lineage: an independent report of the ferry
// grounding (group_test.go), written from the reporter's own notes: the
// same names and figures, none of the wire's sentences.
const (
	ferryIndependent = `Passengers on the Aurelia Sund described a long, cold wait on Tuesday as their ship sat stuck in the Varn estuary.

"We could see the lights of Kestra all day and nobody told us anything for hours," said Maren Oddvik, a teacher travelling to Holmvik with her two sons.

Our reporter at the terminal counted ambulances arriving as the 312 travellers finally came ashore in the evening. Brightwater Line staff handed out blankets and soup.

Local fishermen said the sandbank has been shifting since the winter storms and that several small boats had touched it in recent weeks. Ilse Corvander, the harbour master, declined to comment on the fishermen's warnings.`

	// ferryPage2 is a continuation take of the wire story: new text, no
	// headline, filed later.
	// ferryQuotes is a report of its own that carries the wire's two
	// quotations word for word, as reporters at one press conference
	// would: shared quotations are no evidence it was made from the wire.
	ferryQuotes = `Relatives waited at the Kestra terminal through Tuesday afternoon for news of the Aurelia Sund, which stuck fast on a sandbar in the Varn with 312 people aboard.

"The crew acted quickly and nobody was in serious danger," Corvander said as the first ambulances left.

Our reporter saw tugs from Holmvik arrive before dusk, and fishermen on the quay said the sandbank has moved since the winter storms.

Passengers came down the gangway wrapped in blankets. "We will find out what went wrong and we will fix it," Tennant told them.`

	ferryPage2 = `The Maritime Authority said the last grounding in the estuary was in 2016, when a cargo barge spent a night on the same bank.

Holmvik's mayor Sten Rask said the island depended on the ferry for food and post deliveries and asked for a second vessel on the route while the Aurelia Sund is inspected.`
)

func lineageOf(t *testing.T, arts []crosswire.Article) map[string]crosswire.Article {
	t.Helper()
	st, err := New(Options{}).Lineage(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Articles) != len(arts) {
		t.Fatalf("%d articles back, want %d", len(st.Articles), len(arts))
	}
	if st.Articles[0].Role != crosswire.RoleOriginal {
		t.Errorf("first article %s is %s, want the original", st.Articles[0].ID, st.Articles[0].Role)
	}
	out := map[string]crosswire.Article{}
	originals := 0
	for _, a := range st.Articles {
		out[a.ID] = a
		if a.Role == crosswire.RoleOriginal {
			originals++
		}
	}
	if originals != 1 {
		t.Errorf("%d originals, want exactly 1", originals)
	}
	return out
}

func wireTake(id, text string, page int, filed string) crosswire.Article {
	ts := at(filed)
	return crosswire.Article{ID: id, Text: text, Language: "en", Published: ts,
		Wire: &crosswire.Wire{Slug: "Ferry", Page: page, Filed: ts, Agency: "Varnpress"}}
}

func TestLineageRoles(t *testing.T) {
	excerpt := ferryWire[:strings.Index(ferryWire, "The Aurelia Sund, operated")]
	tagged := "By Tova Lind, Varnpress\n\n" + ferryWire + "\n\n(Varnpress)"
	type want struct {
		role     crosswire.Role
		from     string // "" for none
		reuseMin float64
		reuseMax float64
		evidence string
	}
	tests := []struct {
		name string
		arts []crosswire.Article
		want map[string]want
	}{
		{
			name: "wire takes and their clients, undated",
			arts: []crosswire.Article{
				wireTake("take2", ferryPage2, 2, "2025-05-06T10:20:00Z"),
				wireTake("take1", ferryWire, 1, "2025-05-06T10:00:00Z"),
				{ID: "tagged", Text: tagged, Language: "en"},
				{ID: "cut", Text: excerpt, Language: "en"},
				{ID: "reworded", Text: ferryRewrite, Language: "en"},
				{ID: "own", Text: ferryIndependent, Language: "en"},
				{ID: "quotes", Text: ferryQuotes, Language: "en"},
				{ID: "es", Text: ferryTranslation, Language: "es"},
			},
			want: map[string]want{
				"quotes":   {role: crosswire.RoleIndependent, evidence: "are quotations (weak evidence"},
				"take1":    {role: crosswire.RoleOriginal, evidence: "wire copy"},
				"take2":    {from: "take1", evidence: "later take of the wire story"},
				"tagged":   {role: crosswire.RoleCopy, from: "take1", reuseMin: 0.8, reuseMax: 1, evidence: "direction inferred: wire copy is the source"},
				"cut":      {role: crosswire.RoleExcerpt, from: "take1", reuseMin: 0.99, reuseMax: 1},
				"reworded": {role: crosswire.RoleRewrite, from: "take1", reuseMin: 0.5, reuseMax: 1, evidence: "reworded with the same facts"},
				"own":      {role: crosswire.RoleIndependent, evidence: "written separately"},
				"es":       {role: crosswire.RoleTranslation, from: "take1", reuseMin: 0.5, reuseMax: 1, evidence: "language es vs en"},
			},
		},
		{
			name: "a wire take never derives from a client's version",
			arts: []crosswire.Article{
				wireTake("take1", ferryWire, 1, "2025-05-06T10:00:00Z"),
				{ID: "paper", Text: ferryWire + "\n\n" + ferryPage2, Language: "en", Published: at("2025-05-06T09:00:00Z")},
				wireTake("take2", ferryPage2, 2, "2025-05-06T10:20:00Z"),
			},
			want: map[string]want{
				"take1": {role: crosswire.RoleOriginal},
				"take2": {from: "take1"},
				// published before the wire: it cannot derive from it
				"paper": {role: crosswire.RoleIndependent},
			},
		},
		{
			name: "only independent reports: the earliest is the original",
			arts: []crosswire.Article{
				{ID: "wire", Text: ferryWire, Language: "en", Published: at("2025-05-06T12:00:00Z")},
				{ID: "own", Text: ferryIndependent, Language: "en", Published: at("2025-05-06T11:00:00Z")},
			},
			want: map[string]want{
				"own":  {role: crosswire.RoleOriginal, evidence: "earliest published"},
				"wire": {role: crosswire.RoleIndependent},
			},
		},
		{
			// a date without a time of day is the day, not its midnight:
			// it cannot say which of that day's versions came first, so
			// containment does, as with no times
			name: "a day-only date does not order versions within its day",
			arts: []crosswire.Article{
				{ID: "cut", Text: excerpt, Language: "en", Published: at("2025-05-06T00:00:00Z"), PublishedPrecision: crosswire.DayPrecision},
				{ID: "full", Text: ferryWire, Language: "en", Published: at("2025-05-06T09:00:00Z")},
			},
			want: map[string]want{
				"full": {role: crosswire.RoleOriginal, evidence: "a day without a time of day"},
				"cut":  {role: crosswire.RoleExcerpt, from: "full", reuseMin: 0.99, reuseMax: 1, evidence: "the same day"},
			},
		},
		{
			// the day ties with 08:40 and with 15:00, which do not tie:
			// whatever the input order, one original, and the timed
			// versions keep their clock order
			name: "a day-only version among two timed ones of its day",
			arts: []crosswire.Article{
				{ID: "cut", Text: excerpt, Language: "en", Published: at("2025-05-06T08:40:00Z")},
				{ID: "day", Text: ferryWire, Language: "en", Published: at("2025-05-06T00:00:00Z")},
				{ID: "late", Text: ferryWire, Language: "en", Published: at("2025-05-06T15:00:00Z")},
			},
			want: map[string]want{
				"day":  {role: crosswire.RoleOriginal},
				"cut":  {role: crosswire.RoleExcerpt, from: "day", reuseMin: 0.99, reuseMax: 1, evidence: "the same day"},
				"late": {role: crosswire.RoleCopy, from: "day", reuseMin: 0.99, reuseMax: 1},
			},
		},
		{
			name: "a day-only date still orders against other days",
			arts: []crosswire.Article{
				{ID: "cut", Text: excerpt, Language: "en", Published: at("2025-05-05T00:00:00Z"), PublishedPrecision: crosswire.DayPrecision},
				{ID: "full", Text: ferryWire, Language: "en", Published: at("2025-05-06T09:00:00Z")},
			},
			want: map[string]want{
				"cut":  {role: crosswire.RoleOriginal, evidence: "earliest published (2025-05-05)"},
				"full": {from: "cut", evidence: "published 1d after"},
			},
		},
		{
			name: "undated: direction inferred and said so",
			arts: []crosswire.Article{
				{ID: "a", Text: ferryWire, Language: "en"},
				{ID: "b", Text: ferryRewrite, Language: "en"},
			},
			want: map[string]want{
				"a": {role: crosswire.RoleOriginal, evidence: "no publication times"},
				"b": {role: crosswire.RoleRewrite, from: "a", reuseMin: 0.5, reuseMax: 1, evidence: "direction inferred from containment"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, order := range [][]int{nil, {1, 0}} {
				arts := slices.Clone(tc.arts)
				if order != nil {
					arts[0], arts[1] = arts[1], arts[0]
				}
				got := lineageOf(t, arts)
				for id, w := range tc.want {
					a := got[id]
					if w.role != "" && a.Role != w.role {
						t.Errorf("%s: role %s, want %s (%s)", id, a.Role, w.role, a.Evidence)
					}
					switch {
					case w.from == "" && a.DerivedFrom != nil && (w.role == crosswire.RoleOriginal || w.role == crosswire.RoleIndependent):
						t.Errorf("%s: derived from %s, want none", id, *a.DerivedFrom)
					case w.from != "" && (a.DerivedFrom == nil || *a.DerivedFrom != w.from):
						t.Errorf("%s: derived from %v, want %s (%s)", id, a.DerivedFrom, w.from, a.Evidence)
					}
					derived := a.Role != crosswire.RoleOriginal && a.Role != crosswire.RoleIndependent
					if derived != (a.Reuse != nil) {
						t.Errorf("%s: role %s with reuse %v", id, a.Role, a.Reuse)
					}
					if w.reuseMax > 0 && (a.Reuse == nil || *a.Reuse < w.reuseMin || *a.Reuse > w.reuseMax) {
						t.Errorf("%s: reuse %v, want in [%.2f, %.2f] (%s)", id, a.Reuse, w.reuseMin, w.reuseMax, a.Evidence)
					}
					if !strings.Contains(a.Evidence, w.evidence) {
						t.Errorf("%s: evidence %q lacks %q", id, a.Evidence, w.evidence)
					}
				}
			}
		})
	}
}

func TestAlignLexical(t *testing.T) {
	src := newLText(&crosswire.Article{Text: "The harbour board voted on Tuesday to close the north pier. Inspectors found cracks in 14 pillars of the pier. Repairs will cost 2.3 million crowns, the board said. \"We cannot let anyone walk on it,\" said Ola Brenn, the board's chair."})
	tests := []struct {
		name     string
		version  string
		reused   int
		verbatim int
		sents    int
		// narrative: aligned sentences outside quotation marks; runs:
		// sentences sharing NarrativeRun words outside quotation marks;
		// newFacts: reworded sentences adding a name or number
		narrative, runs, newFacts int
		taken                     bool
	}{
		{name: "verbatim", version: "Inspectors found cracks in 14 pillars of the pier.", reused: 1, verbatim: 1, sents: 1, narrative: 1, runs: 1, taken: true},
		{name: "cut sentence", version: "Inspectors found cracks in 14 pillars.", reused: 1, verbatim: 1, sents: 1, narrative: 1, taken: true},
		{name: "reworded with the same facts", version: "Cracks were found by inspectors in 14 of the pier's pillars.", reused: 1, sents: 1, narrative: 1, taken: true},
		{name: "reworded adding a name", version: "On Monday cracks were found by inspectors in 14 of the pier's pillars, the harbour board said.", sents: 1, narrative: 1, newFacts: 1, taken: true},
		{name: "a possessive and an honorific are the same facts", version: "Cracks were found by Mr Brenn's inspectors in 14 of the pier's pillars.", reused: 1, sents: 1, narrative: 1, taken: true},
		{name: "two joined", version: "The harbour board voted on Tuesday to close the north pier, after inspectors found cracks in 14 pillars of the pier.", reused: 1, verbatim: 1, sents: 1, narrative: 1, runs: 1, taken: true},
		{name: "own sentence", version: "Fishermen on the quay said the pier had creaked for years.", sents: 1},
		{name: "only the quotation shared", version: "Fishermen on the quay said the pier had creaked for years. \"We cannot let anyone walk on it,\" Ola Brenn told them. Children used to dive from its end in summer. The café at its foot will stay open.", reused: 1, sents: 4},
		{name: "British single quotes", version: "Fishermen on the quay said the pier had creaked for years. 'We cannot let anyone walk on it,' Ola Brenn told them. Children used to dive from its end in summer. The café at its foot will stay open.", reused: 1, sents: 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			al := alignLexical(newLText(&crosswire.Article{Text: tc.version}), []*ltext{src})
			if al.sents != tc.sents || al.reused != tc.reused || al.verbatim != tc.verbatim {
				t.Errorf("sentences %d reused %d verbatim %d, want %d %d %d", al.sents, al.reused, al.verbatim, tc.sents, tc.reused, tc.verbatim)
			}
			if al.narrative != tc.narrative || al.runs != tc.runs || al.newFacts != tc.newFacts {
				t.Errorf("narrative %d runs %d new facts %d, want %d %d %d", al.narrative, al.runs, al.newFacts, tc.narrative, tc.runs, tc.newFacts)
			}
			if al.taken() != tc.taken {
				t.Errorf("taken %v, want %v (%+v)", al.taken(), tc.taken, al)
			}
		})
	}
}

func TestQuotedBytes(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		inside []string // words inside quotation marks
		out    []string // words outside
	}{
		{"double", `He said "the pier is closed" today.`, []string{"pier"}, []string{"said", "today"}},
		{"curly", "He said “the pier is closed” today.", []string{"pier"}, []string{"said", "today"}},
		{"single", "He said 'the pier is closed' today.", []string{"pier"}, []string{"said", "today"}},
		{"curly single", "He said ‘the pier is closed’ today.", []string{"pier"}, []string{"said", "today"}},
		{"apostrophes are no quotes", "The board's chair can't say when the pier's fate is known.", nil, []string{"chair", "say", "fate"}},
		{"wire doubled marks", "He said ``the pier is closed'' today.", []string{"pier"}, []string{"said", "today"}},
		{"a single quote inside a double one", `He said "they called it 'the old lady' for years" today.`, []string{"called", "lady", "years"}, []string{"said", "today"}},
		{"a paragraph closes a quotation", "He said 'the pier is closed\n\nFishermen disagreed.", []string{"pier"}, []string{"Fishermen"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := quotedBytes(tc.text)
			for _, w := range tc.inside {
				if i := strings.Index(tc.text, w); i < 0 || !q[i] {
					t.Errorf("%q not marked inside a quotation", w)
				}
			}
			for _, w := range tc.out {
				if i := strings.Index(tc.text, w); i < 0 || q[i] {
					t.Errorf("%q marked inside a quotation", w)
				}
			}
		})
	}
}

// BenchmarkLineage measures roles and reuse for one story of seven
// versions (two wire takes, a copy, an excerpt, a rewrite, an independent
// report and a translation).
func BenchmarkLineage(b *testing.B) {
	excerpt := ferryWire[:strings.Index(ferryWire, "The Aurelia Sund, operated")]
	arts := []crosswire.Article{
		wireTake("take1", ferryWire, 1, "2025-05-06T10:00:00Z"),
		wireTake("take2", ferryPage2, 2, "2025-05-06T10:20:00Z"),
		{ID: "tagged", Text: "By Tova Lind, Varnpress\n\n" + ferryWire, Language: "en"},
		{ID: "cut", Text: excerpt, Language: "en"},
		{ID: "reworded", Text: ferryRewrite, Language: "en"},
		{ID: "own", Text: ferryIndependent, Language: "en"},
		{ID: "es", Text: ferryTranslation, Language: "es"},
	}
	g := New(Options{Workers: 1})
	b.ReportAllocs()
	for b.Loop() {
		if _, err := g.Lineage(context.Background(), arts); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDerivationModel: the derivation model decides the borderline
// sentences of a client's version of wire copy — weakly aligned sentences
// count when it says the version is mostly the wire's, reworded ones stop
// counting when it says it is not and the version brings facts of its
// own — and never uncounts a verbatim one.
func TestDerivationModel(t *testing.T) {
	src := newLText(&crosswire.Article{Text: "The harbour board voted on Tuesday to close the north pier. Inspectors found cracks in 14 pillars of the pier. Repairs will cost 2.3 million crowns, the board said. \"We cannot let anyone walk on it,\" said Ola Brenn, the board's chair."})
	own := []string{
		"Fishermen on the quay said the old structure had creaked for years.",
		"Children used to dive from its end in summer.",
		"The café at its foot will stay open.",
		"A brass band played there every Sunday before the war.",
		"Gulls nest under its deck each spring.",
		"Tourists still photograph its lamps at sunset.",
		"Local painters have sketched it for a century.",
		"Anglers will have to find another spot this autumn.",
	}
	verbatim := "Inspectors found cracks in 14 pillars of the pier."
	reworded := []string{
		"Cracks were found by inspectors in 14 of the pier's pillars.",
		"Mending the damage will cost 2.3 million crowns, according to the board.",
		"Closing the north pier was the harbour board's decision on Tuesday.",
	}
	addsName := "On Monday cracks were found by inspectors in 14 of the pier's pillars, the harbour board said."
	tests := []struct {
		name            string
		version         []string
		wholly          bool // the model's verdict
		before, after   int  // reused sentences before and after the model
		added, dropped  int
		evidenceContain string
	}{
		{
			name:    "short, mostly the wire's: a sentence adding a fact counts",
			version: []string{verbatim, addsName, own[0]},
			wholly:  true, before: 1, after: 2, added: 1,
			evidenceContain: "1 weakly aligned sentences",
		},
		{
			name:    "long, partly the wire's: the least aligned reworded sentence stops counting",
			version: append([]string{verbatim, reworded[0], reworded[1], reworded[2]}, own[:4]...),
			wholly:  false, before: 4, after: 3, dropped: 1,
			evidenceContain: "least aligned reworded",
		},
		{
			name:    "partly the wire's by the model but no name or number of its own: reworded sentences still count",
			version: []string{verbatim, reworded[0], reworded[1], reworded[2], own[0], own[1], own[2], own[4]},
			wholly:  false, before: 4, after: 4,
		},
		{
			name:    "partly the wire's but half verbatim: verbatim sentences always count",
			version: append([]string{verbatim, verbatim, verbatim, verbatim, verbatim, verbatim, verbatim, verbatim}, own...),
			wholly:  false, before: 8, after: 8,
		},
		{
			name:    "the verdict agrees with the share: nothing changes",
			version: []string{verbatim, reworded[0], own[0]},
			wholly:  true, before: 2, after: 2,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := newLText(&crosswire.Article{Text: strings.Join(tc.version, " ")})
			al := alignLexical(v, []*ltext{src})
			if al.reused != tc.before {
				t.Fatalf("%d sentences reused before the model, want %d (%d sentences)", al.reused, tc.before, al.sents)
			}
			applyDerivationModel(v, []*ltext{src}, &al)
			mv := al.wholly
			if mv == nil {
				t.Fatal("no verdict")
			}
			if (mv.p >= 0.5) != tc.wholly {
				t.Errorf("p %.2f, want wholly %v", mv.p, tc.wholly)
			}
			if al.reused != tc.after || mv.added != tc.added || mv.dropped != tc.dropped {
				t.Errorf("reused %d (added %d, dropped %d), want %d (%d, %d)", al.reused, mv.added, mv.dropped, tc.after, tc.added, tc.dropped)
			}
			if ev := lexicalEvidence(al, "the wire copy"); !strings.Contains(ev, tc.evidenceContain) || !strings.Contains(ev, "derivation model") {
				t.Errorf("evidence %q lacks %q", ev, tc.evidenceContain)
			}
		})
	}
}

// TestTiledShares: Greedy String Tiling covers the words of runs of at
// least MinTile words shared with the source, each source word in one
// tile at most, within sentences; quotations count in Tiled, not in
// TiledNarrative.
func TestTiledShares(t *testing.T) {
	src := []*ltext{newLText(&crosswire.Article{Text: "The harbour board voted on Tuesday to close the north pier. Inspectors found cracks in 14 pillars. \"We cannot let anyone walk on it,\" said Ola Brenn."})}
	tests := []struct {
		name           string
		version        string
		all, narrative float64
	}{
		{name: "verbatim", version: "Inspectors found cracks in 14 pillars.", all: 1, narrative: 1},
		{name: "own words", version: "Fishermen on the quay said the pier had creaked for years.", all: 0, narrative: 0},
		// "the north pier" (3 of 7 words) is a tile; "pier closed" is no run of the source
		{name: "one short tile", version: "Fishermen want the north pier closed too.", all: 3.0 / 7, narrative: 3.0 / 7},
		// a run across a sentence end is two runs: "Inspectors found cracks" (3) and
		// "the harbour board" (3) tile, "board voted" would not
		{name: "no tile across sentences", version: "Inspectors found cracks. Then the harbour board met.", all: 6.0 / 8, narrative: 6.0 / 8},
		// the source has the run once: only one of the two copies is tiled
		{name: "each source word once", version: "Inspectors found cracks in 14 pillars. Inspectors found cracks in 14 pillars.", all: 0.5, narrative: 0.5},
		// 7 quoted words tiled of 12; outside quotation marks "said Ola Brenn"
		// (3 of 5) is tiled
		{name: "quotation", version: "\"We cannot let anyone walk on it,\" said Ola Brenn on Friday.", all: 10.0 / 12, narrative: 3.0 / 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			all, narrative := tiledShares(newLText(&crosswire.Article{Text: tc.version}), src, MinTile)
			if math.Abs(all-tc.all) > 1e-9 || math.Abs(narrative-tc.narrative) > 1e-9 {
				t.Errorf("tiled %.3f, narrative %.3f; want %.3f, %.3f", all, narrative, tc.all, tc.narrative)
			}
		})
	}
}
