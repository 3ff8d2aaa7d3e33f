package crosscheck

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"crosswire"
	"crosswire/facts"
	"crosswire/text"
)

// TestAlignCapsMentions: two versions that each state n mentions of one
// key are compared at most maxAlignMentions × maxAlignMentions times,
// however large n, and the cap is noted once it bites; under the cap
// every pair is compared, as before.
func TestAlignCapsMentions(t *testing.T) {
	tests := []struct {
		name      string
		n         int
		wantCalls int
		wantNote  bool
	}{
		{"under the cap", 50, 50 * 50, false},
		{"at the cap", maxAlignMentions, maxAlignMentions * maxAlignMentions, false},
		{"far over the cap", 20 * maxAlignMentions, maxAlignMentions * maxAlignMentions, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := []*crosswire.Article{{ID: "a", Language: "en"}, {ID: "b", Language: "en"}}
			var ms []*mention
			for _, a := range arts {
				for i := range tc.n {
					s := fmt.Sprintf("figure %d", i)
					ms = append(ms, &mention{idx: len(ms), art: a, fact: crosswire.Fact{Span: crosswire.Span{Text: s}}})
				}
			}
			calls := 0
			var notes []string
			al := alignment{
				note: func(f string, args ...any) { notes = append(notes, fmt.Sprintf(f, args...)) },
				key:  func(*mention) string { return "one key" },
				sim:  func(a, b *mention) float64 { calls++; return 1 },
				tau:  0.5,
			}
			slots := al.align(ms)
			if calls != tc.wantCalls {
				t.Errorf("%d similarities computed, want %d", calls, tc.wantCalls)
			}
			if (len(notes) > 0) != tc.wantNote {
				t.Errorf("notes %q, want a note: %v", notes, tc.wantNote)
			}
			n := 0
			for _, s := range slots {
				n += len(s)
			}
			if n != len(ms) {
				t.Errorf("slots hold %d mentions, want all %d", n, len(ms))
			}
		})
	}
}

// TestPathologicalStoriesAreBounded runs extraction and the cross-check
// on outsized inputs (fictional): quotations of one sentence given to
// alternating speakers in two versions, and figures of counts with
// relative clauses in one sentence that never ends. The work must stay
// bounded: the alignment's cap is noted and every fact is kept.
func TestPathologicalStoriesAreBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("outsized inputs")
	}
	quotes := func(n int) []string {
		var v [2]strings.Builder
		for i := range n {
			for j := range 2 {
				sp := []string{"Dana Keller", "Ivo Hale"}[(i+j)%2]
				fmt.Fprintf(&v[j], "\"The pier will open again in May,\" said %s. ", sp)
			}
		}
		return []string{v[0].String(), v[1].String()}
	}
	counts := func(n int) []string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "of the %d who were hurt, %d or so were taken to hospital, and %d who fled ", 40+i%30, 20+i%10, 5+i%7)
		}
		return []string{b.String(), strings.ReplaceAll(b.String(), "4", "5")}
	}
	tests := []struct {
		name     string
		texts    []string
		wantNote string
	}{
		{"3,000 quotations of one sentence, speakers alternating", quotes(3000), "not all aligned"},
		{"3,000 counts with a who-clause in one sentence", counts(1000), "not all aligned"},
	}
	x := facts.New()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := storyOf(tc.texts...)
			extractAndCheck(t, x, New(), &st)
			if !strings.Contains(strings.Join(st.Notes, "\n"), tc.wantNote) {
				t.Errorf("notes %q, want one saying %q", st.Notes, tc.wantNote)
			}
		})
	}
}

// FuzzCheckVersions extracts the facts of two versions of a story and
// cross-checks them: no input panics or fails, whatever its result lines
// ("3 - 2"), counts defined by a who-clause, speakers after the verb,
// units, titles opening sentences or hedged figures ("150 or so").
func FuzzCheckVersions(f *testing.F) {
	for _, s := range [][2]string{
		{"Harwick Town 2 - 3 Selby Rovers. Of the 150 or so who had won their tickets, 40 were hurt.", "Harwick Town 2-3 Selby Rovers. The 120 who had won their tickets were hurt."},
		{"The storm moved 3 miles inland, said Dr Ivo Hale, who heads the hospital.", "According to Dr Ivo Hale, head of the hospital, the storm moved 5 km inland."},
		{"Coach Emil Varga left. The Queen presented the cup. \"It was fine,\" she said.", "The bridge will cost £42 million, says Dana Keller."},
		{"1-2-3-4 - 5 - 6 or so who", "\"\" said , according to ,"},
	} {
		f.Add(s[0], s[1])
	}
	x := facts.New()
	f.Fuzz(func(t *testing.T, a, b string) {
		st := storyOf(a, b)
		extractAndCheck(t, x, New(), &st)
	})
}

// storyOf returns a story whose versions are texts.
func storyOf(texts ...string) crosswire.Story {
	st := crosswire.Story{ID: "s"}
	for i, tx := range texts {
		st.Articles = append(st.Articles, crosswire.Article{ID: fmt.Sprint("v", i), Hash: fmt.Sprint("h", i), Language: "en", Text: tx, Role: crosswire.RoleOriginal})
	}
	return st
}

// TestFigureVerbsAgreesWithNaive: figureVerbs, which reads only the
// claims that can hold a figure, gives what reading every claim of the
// article gives (the shortest holding claim, the first of two as short),
// on random claims and figures of two articles.
func TestFigureVerbsAgreesWithNaive(t *testing.T) {
	naive := func(w *work, ms []*mention) map[*mention]string {
		out := map[*mention]string{}
		best := map[*mention]int{}
		for _, m := range ms {
			for _, c := range w.byKind[crosswire.KindClaim] {
				cs, ns := c.fact.Span, m.fact.Span
				if c.art != m.art || c.fact.Claim == nil || lemmaOf(c.fact.Claim) == "" || cs.Start > ns.Start || cs.End < ns.End {
					continue
				}
				if l, ok := best[m]; !ok || cs.End-cs.Start < l {
					best[m], out[m] = cs.End-cs.Start, lemmaOf(c.fact.Claim)
				}
			}
		}
		return out
	}
	rng := rand.New(rand.NewPCG(1, 2))
	arts := []*crosswire.Article{{ID: "a"}, {ID: "b"}}
	for round := range 300 {
		w := &work{byKind: map[crosswire.FactKind][]*mention{}}
		var ms []*mention
		for range rng.IntN(30) {
			s := rng.IntN(200)
			w.byKind[crosswire.KindClaim] = append(w.byKind[crosswire.KindClaim], &mention{art: arts[rng.IntN(2)],
				fact: crosswire.Fact{Span: crosswire.Span{Start: s, End: s + rng.IntN(60)}, Claim: &crosswire.Claim{Lemma: fmt.Sprint("v", rng.IntN(5))}}})
		}
		for range rng.IntN(30) {
			s := rng.IntN(200)
			ms = append(ms, &mention{art: arts[rng.IntN(2)], fact: crosswire.Fact{Span: crosswire.Span{Start: s, End: s + rng.IntN(8)}}})
		}
		got, want := w.figureVerbs(ms), naive(w, ms)
		if len(got) != len(want) {
			t.Fatalf("round %d: %d figures with a verb, want %d", round, len(got), len(want))
		}
		for m, v := range want {
			if got[m] != v {
				t.Fatalf("round %d: figure %+v verb %q, want %q", round, m.fact.Span, got[m], v)
			}
		}
	}
}

// TestSpanIndexAgreesWithNaive: the spans a spanIndex finds holding a
// range are those a scan of every span finds, on random spans.
func TestSpanIndexAgreesWithNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 300 {
		var spans []crosswire.Span
		for range rng.IntN(40) {
			s := rng.IntN(300)
			spans = append(spans, crosswire.Span{Start: s, End: s + rng.IntN(80)})
		}
		x := newSpanIndex(spans)
		for range 20 {
			s := rng.IntN(320)
			e := s + rng.IntN(10)
			var got, want []int
			x.holding(s, e, func(i int) bool { got = append(got, i); return true })
			for i, sp := range spans {
				if sp.Start <= s && e <= sp.End {
					want = append(want, i)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Fatalf("round %d: spans holding %d-%d %v, want %v", round, s, e, got, want)
			}
		}
	}
}

// saidClauses returns two versions of n clauses "…, said X," naming 676
// invented people in turn (fictional), each version naming every one but
// the second writing the surnames of one given name with their last
// letter doubled ("Ada Quistt").
func saidClauses(n int) crosswire.Story {
	given := []string{"Ada", "Bela", "Cora", "Dane", "Edda", "Fenn", "Gale", "Hana", "Ines", "Joss", "Kira", "Lena", "Mira",
		"Nils", "Odin", "Pia", "Quin", "Rhea", "Sten", "Tove", "Ulla", "Vero", "Wren", "Xara", "Yves", "Zola"}
	sur := []string{"Arvik", "Brell", "Corvin", "Dask", "Elvar", "Fosk", "Grimm", "Holt", "Istra", "Jalk", "Korva", "Lund", "Marsk",
		"Norrow", "Ostby", "Prell", "Quist", "Rask", "Strand", "Tolle", "Ullin", "Varn", "Wessel", "Ximen", "Yarrow", "Zell"}
	var v [2]strings.Builder
	for i := range n {
		for j := range 2 {
			k := (i + j*7) % (len(given) * len(sur))
			s := sur[k/len(given)]
			if j == 1 && k%len(given) == 0 {
				s += s[len(s)-1:]
			}
			fmt.Fprintf(&v[j], "the pier will open again, said %s %s, and ", given[k%len(given)], s)
		}
	}
	return storyOf(v[0].String(), v[1].String())
}

// TestSaidClausesNameVariantsLinear: the pairing of one surname's
// spellings on n and 4n "…, said X," clauses compares at most ~4 times
// as many name mentions at 4n as at n (linear, not ~16 times; the
// mentions of a version writing both names are left out before the
// scan), and finds the respelt names at both sizes.
func TestSaidClausesNameVariantsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("outsized inputs")
	}
	x := facts.New()
	tried := func(n int) (int, int) {
		st := saidClauses(n)
		w := nameVariantsOf(t, x, st)
		return w.namePairsTried, len(findingSides(w.discs, crosswire.DiscName))
	}
	a, fa := tried(2000)
	b, fb := tried(8000)
	t.Logf("name mention pairs tried: %d at n, %d at 4n; names written two ways %d, %d", a, b, fa, fb)
	if b > 5*a+1000 {
		t.Errorf("%d name mention pairs tried at 4n against %d at n: super-linear", b, a)
	}
	if fa == 0 || fa != fb {
		t.Errorf("names written two ways: %d at n, %d at 4n; want the same, some", fa, fb)
	}
}

// spacedDashes is n one-digit figures joined by spaced dashes ("3 - 2 -
// …"): one run without a full stop, every figure a fact.
func spacedDashes(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%d - ", i%10)
	}
	return b.String()
}

// TestLocalContextReadsTheWindow: the words around a figure are read from
// the localWindow words each side, not from the whole sentence: in a
// sentence of 10,000 figures the context allocates a few times, the same
// as the words the sentence-wide reading gave.
func TestLocalContextReadsTheWindow(t *testing.T) {
	long := "The harbour board counted " + spacedDashes(10000) + "boats moored at the quay."
	mid := strings.Index(long, "7 - 8")
	naive := func(s, e, start, end int) map[string]bool {
		before, after := text.Words(long[s:start]), text.Words(long[end:e])
		before = before[max(0, len(before)-localWindow):]
		after = after[:min(len(after), localWindow)]
		m := map[string]bool{}
		for _, w := range append(before, after...) {
			if !text.StopWord(w) && !isNumeric(w) {
				m[stem(w)] = true
			}
		}
		return m
	}
	for _, at := range []int{5, 26, mid, len(long) - 30, len(long) - 6} {
		got, want := localContext(long, 0, len(long), at, at+1), naive(0, len(long), at, at+1)
		if !maps.Equal(got, want) {
			t.Errorf("at %d: %v, the whole sentence's words give %v", at, got, want)
		}
	}
	if a := testing.AllocsPerRun(5, func() { localContext(long, 0, len(long), mid, mid+1) }); a > 20 {
		t.Errorf("%.0f allocations for the context of one figure: the sentence is read whole", a)
	}
}

// BenchmarkSpacedDashes: extraction and check of two versions of n
// figures joined by spaced dashes; B/op grows with n (it was ≈ 6 KB an
// input byte, each figure cutting its whole sentence into words).
func BenchmarkSpacedDashes(b *testing.B) {
	x := facts.New()
	for _, n := range []int{16000, 64000} {
		s := spacedDashes(n)
		b.Run(fmt.Sprintf("figures=%d", n), func(b *testing.B) {
			b.SetBytes(int64(2 * len(s)))
			b.ReportAllocs()
			for b.Loop() {
				st := storyOf(s, s)
				fm := map[string][]crosswire.Fact{}
				for i := range st.Articles {
					fs, err := x.Extract(b.Context(), &st.Articles[i])
					if err != nil {
						b.Fatal(err)
					}
					fm[st.Articles[i].ID] = fs
				}
				if err := New().Check(b.Context(), &st, fm); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestFirstVariantPairAgreesWithFirstPair: on random mentions of two
// names, classes and answers that depend on the two classes only,
// firstVariantPair finds the pair firstPair finds, with no more calls.
func TestFirstVariantPairAgreesWithFirstPair(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 13))
	for c := range 500 {
		n := 1 + r.IntN(40)
		var xs, ys []int
		class := make([]int, n)
		kx, ky := 1+r.IntN(5), 1+r.IntN(5)
		for k := range n {
			if r.IntN(2) == 0 {
				xs = append(xs, k)
				class[k] = r.IntN(kx)
			} else {
				ys = append(ys, k)
				class[k] = 100 + r.IntN(ky)
			}
		}
		answer := map[[2]int]bool{}
		for a := range kx {
			for b := range ky {
				answer[[2]int{a, 100 + b}] = r.IntN(6) == 0
				answer[[2]int{100 + b, a}] = r.IntN(6) == 0
			}
		}
		var naive, fast int
		ok := func(calls *int) func(x, y int) bool {
			return func(x, y int) bool { *calls++; return answer[[2]int{class[x], class[y]}] }
		}
		wx, wy, wok := firstPair(xs, ys, ok(&naive))
		w := &work{}
		gx, gy, gok := w.firstVariantPair(xs, ys, func(k int) int { return class[k] }, ok(&fast))
		if gok != wok || gok && (gx != wx || gy != wy) {
			t.Fatalf("case %d: (%d, %d, %v), firstPair gives (%d, %d, %v); xs %v ys %v classes %v", c, gx, gy, gok, wx, wy, wok, xs, ys, class)
		}
		if fast > naive {
			t.Errorf("case %d: %d calls, firstPair %d", c, fast, naive)
		}
	}
}

// nameAcrossVersions is two versions, one writing a name in n sentences
// and the other its respelling in n: all alike (a copy's sentences), or
// each sentence its own invented words (no two share two content words,
// so no pair is one person's two spellings and every pair is tried).
func nameAcrossVersions(n int, distinct bool) crosswire.Story {
	var v [2]strings.Builder
	word := func(i, j int) string {
		return fmt.Sprintf("%c%c%c%cel", 'b'+rune(i%19), 'a'+rune(i/19%5), 'd'+rune(i/95%19), 'o'+rune(j%5))
	}
	for i := range n {
		if distinct {
			fmt.Fprintf(&v[0], "The %s boat met Ada Quist near the %s. ", word(i, 0), word(i, 1))
			fmt.Fprintf(&v[1], "A %s lamp lit Ada Quest over the %s. ", word(i, 2), word(i, 3))
		} else {
			v[0].WriteString("The ferry waited while Ada Quist spoke. ")
			v[1].WriteString("A lamp was lit by Ada Quest later. ")
		}
	}
	return storyOf(v[0].String(), v[1].String())
}

// TestNameVariantsAcrossVersionsBounded: a name and its respelling each
// written by its own version in n and 4n sentences. Mention by mention
// that was n² pairs tried; mentions written alike are one, and distinct
// ones are bounded by maxNameContexts (noted).
func TestNameVariantsAcrossVersionsBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("outsized inputs")
	}
	x := facts.New()
	tried := func(st crosswire.Story) (int, []string) {
		w := nameVariantsOf(t, x, st)
		if f := findingSides(w.discs, crosswire.DiscName); len(f) != 0 {
			t.Errorf("names written two ways %v: no sentence pair is alike", f)
		}
		return w.namePairsTried, w.notes
	}
	tests := []struct {
		name     string
		distinct bool
		n        int
		maxTried int
		wantNote bool
	}{
		{"sentences alike", false, 100, 1, false},
		{"sentences alike", false, 400, 1, false},
		{"distinct sentences under the cap", true, maxNameContexts / 2, maxNameContexts * maxNameContexts / 4, false},
		{"distinct sentences over the cap", true, 2 * maxNameContexts, maxNameContexts * maxNameContexts, true},
		{"distinct sentences far over the cap", true, 8 * maxNameContexts, maxNameContexts * maxNameContexts, true},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%s/%d", tc.name, tc.n), func(t *testing.T) {
			got, notes := tried(nameAcrossVersions(tc.n, tc.distinct))
			t.Logf("%d sentences each: %d mention pairs tried (mention by mention: %d)", tc.n, got, tc.n*tc.n)
			if got > tc.maxTried {
				t.Errorf("%d mention pairs tried, want at most %d", got, tc.maxTried)
			}
			if noted := strings.Contains(strings.Join(notes, "\n"), "names written two ways not all compared"); noted != tc.wantNote {
				t.Errorf("notes %q, want the cap noted: %v", notes, tc.wantNote)
			}
		})
	}
}

// nameVariantsOf extracts a story's facts and runs checkNameVariants alone.
func nameVariantsOf(t *testing.T, x *facts.Extractor, st crosswire.Story) *work {
	t.Helper()
	fm := map[string][]crosswire.Fact{}
	for i := range st.Articles {
		fs, err := x.Extract(t.Context(), &st.Articles[i])
		if err != nil {
			t.Fatalf("extract: %v", err)
		}
		fm[st.Articles[i].ID] = fs
	}
	w := newWork(&st, fm, builtinLexicon{})
	w.checkNameVariants()
	return w
}
