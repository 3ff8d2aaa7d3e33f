package group

import (
	"bytes"
	"context"
	"math/rand/v2"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"crosswire"
	"crosswire/clean"
)

// Reproductions of issue 14's held-out reports with real machine
// translation (Debian's rule-based Apertium, `apt-get install apertium
// apertium-eng-cat apertium-eng-spa apertium-en-gl apertium-eo-en
// apertium-hbs-eng apertium-fr-es apertium-fra-cat`): (a) a wire story's
// agency copy, a paper's rewrite and a machine translation of the agency's
// French copy, checked alone; (b) many machine translations of one
// article, checked together. The translations are made at test time from
// the shared corpora (no real text in the repository); the tests skip
// when apertium, a language pair or the data is absent.

// mtChains are the ways to English of the reproductions: round trips
// through each pair that translates both ways, and chains through two
// (the French ones stand for an agency's French copy translated back).
var mtChains = [][]string{
	{"eng-cat", "cat-eng"},
	{"eng-spa", "spa-eng"},
	{"en-gl", "gl-en"},
	{"en-eo", "eo-en"},
	{"eng-hbs", "hbs-eng"},
	{"eng-spa", "es-fr", "fr-es", "spa-eng"},
	{"eng-cat", "cat-fra", "fra-cat", "cat-eng"},
	{"eng-spa", "spa-eng", "eng-cat", "cat-eng"},
	{"eng-cat", "cat-eng", "en-eo", "eo-en"},
	{"en-gl", "gl-en", "eng-spa", "spa-eng"},
}

// mtSeparator separates the texts of one apertium run: a number passes
// through every pair unchanged, so one process translates many texts.
const mtSeparator = "\n\n7319907\n\n"

// mtMarks are apertium's marks of unknown words and failed generation
// (`*`, `#`, `@`), which a published translation does not show.
var mtMarks = regexp.MustCompile(`[*#@]+`)

// apertiumModes returns the installed apertium modes, skipping the test
// when apertium is absent.
func apertiumModes(t testing.TB) map[string]bool {
	t.Helper()
	if _, err := exec.LookPath("apertium"); err != nil {
		t.Skip("apertium not installed (apt-get install apertium apertium-eng-cat …): no machine translations to check")
	}
	out, err := exec.Command("apertium", "-l").Output()
	if err != nil {
		t.Skipf("apertium -l: %v", err)
	}
	modes := map[string]bool{}
	for _, m := range strings.Fields(string(out)) {
		modes[m] = true
	}
	return modes
}

// translate runs texts through a chain of apertium modes in one process
// per mode and returns the translations, in order.
func translate(t testing.TB, texts []string, chain []string) []string {
	t.Helper()
	in := strings.Join(texts, mtSeparator)
	for _, mode := range chain {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		cmd := exec.CommandContext(ctx, "apertium", "-u", mode)
		cmd.Stdin = strings.NewReader(in)
		var out bytes.Buffer
		cmd.Stdout = &out
		err := cmd.Run()
		cancel()
		if err != nil {
			t.Fatalf("apertium %s: %v", mode, err)
		}
		in = mtMarks.ReplaceAllString(out.String(), "")
	}
	parts := strings.Split(in, strings.TrimSpace(mtSeparator))
	if len(parts) != len(texts) {
		t.Fatalf("apertium %v: %d texts back for %d", chain, len(parts), len(texts))
	}
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// usableChains are the chains whose every mode is installed.
func usableChains(t testing.TB) [][]string {
	t.Helper()
	modes := apertiumModes(t)
	var out [][]string
	for _, c := range mtChains {
		if !slices.ContainsFunc(c, func(m string) bool { return !modes[m] }) {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		t.Skip("no English apertium pair installed")
	}
	return out
}

// cleanText cleans a text as check cleans a file: no title, the first
// paragraph read as one when it looks like a headline.
func cleanText(t testing.TB, c *clean.Cleaner, id, body string) crosswire.Article {
	t.Helper()
	a, err := c.Clean(context.Background(), crosswire.Document{Source: id, Body: body})
	if err != nil {
		t.Fatalf("clean %s: %v", id, err)
	}
	a.ID = id
	return a
}

// oneStory groups the articles alone and reports whether they form one
// story, and how many they form.
func oneStory(t testing.TB, arts []crosswire.Article, bg *Background) (bool, int) {
	t.Helper()
	cl, err := New(Options{Background: bg}).Partition(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]bool{}
	for _, s := range cl.StoryOf {
		n[s] = true
	}
	return len(n) == 1, len(n)
}

// TestWireVersionsAlone reproduces held-out case (a): for seeded METER
// stories, the agency's copy (its first take, header and all), one paper
// labelled wholly or partially derived from it, and a machine translation
// of the agency's copy through French, checked alone, form one story.
// With AMONG_BBC=1 it also groups each three among the 2,225 BBC articles
// and logs whether they are one story there (the held-out report's other
// measurement: one story among BBC, three alone).
func TestWireVersionsAlone(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	chains := usableChains(t)
	var french []string
	for _, c := range chains {
		if slices.Contains(c, "es-fr") || slices.Contains(c, "cat-fra") {
			french = c
			break
		}
	}
	if french == nil {
		french = chains[0]
	}
	recs := readCorpus(t, "meter-showbiz.jsonl")
	// the agency copy: the story's first take that reports the story by
	// the corrected labels (testdata/meter-stories.txt: the overnight take
	// filed under the next day's story reports the evening's), else its
	// first take (the union story's takes all report one of its two)
	labels := readStoryLabels(t, "meter-showbiz.jsonl")
	type story struct{ pa, paOwn, paper corpusRecord }
	by := map[string]*story{}
	var keys []string
	for _, r := range recs {
		s := by[r.Cluster]
		if s == nil {
			s = &story{}
			by[r.Cluster] = s
			keys = append(keys, r.Cluster)
		}
		switch {
		case strings.HasPrefix(r.ID, "PA-"):
			if s.pa.ID == "" || r.ID < s.pa.ID {
				s.pa = r
			}
			if slices.Contains(labels.of(&r), r.Cluster) && (s.paOwn.ID == "" || r.ID < s.paOwn.ID) {
				s.paOwn = r
			}
		case s.paper.ID == "" && derivedPaper(r):
			s.paper = r
		}
	}
	for _, s := range by {
		if s.paOwn.ID != "" {
			s.pa = s.paOwn
		}
	}
	keys = slices.DeleteFunc(keys, func(k string) bool { return by[k].pa.ID == "" || by[k].paper.ID == "" })
	slices.Sort(keys)
	rand.New(rand.NewPCG(1, 14)).Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
	keys = keys[:min(len(keys), 20)]
	c := clean.New(clean.Options{})
	var pas []crosswire.Article
	var src []string
	for _, k := range keys {
		a := cleanText(t, c, by[k].pa.ID, by[k].pa.Text)
		pas = append(pas, a)
		src = append(src, a.Title+"\n\n"+a.Text)
	}
	mt := translate(t, src, french)
	whole := 0
	var split, plainSplit []string
	files, plainWhole := 0, 0
	var bbc []crosswire.Article
	if os.Getenv("AMONG_BBC") != "" {
		for _, r := range readCorpus(t, "bbc-news-2225.jsonl") {
			bbc = append(bbc, r.article())
		}
	}
	for i, k := range keys {
		arts := []crosswire.Article{
			pas[i],
			cleanText(t, c, by[k].paper.ID, by[k].paper.Text),
			cleanText(t, c, by[k].pa.ID+"-mt", mt[i]),
		}
		if bbc != nil {
			// the three among the BBC articles, as the held-out report
			// measured them too
			cl, err := New(Options{}).Partition(context.Background(), append(slices.Clone(arts), bbc...))
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s among BBC: one story %v", k, cl.StoryOf[0] == cl.StoryOf[1] && cl.StoryOf[1] == cl.StoryOf[2])
		}
		// the agency copy as a plain file: from its headline's line on,
		// without the transmission header (its byline credit kept)
		if plain, ok := fromHeadline(by[k].pa.Text, pas[i].Title); ok {
			files++
			if one, _ := oneStory(t, []crosswire.Article{cleanText(t, c, by[k].pa.ID, plain), arts[1], arts[2]}, nil); one {
				plainWhole++
			} else {
				plainSplit = append(plainSplit, k)
			}
		}
		if one, n := oneStory(t, arts, nil); one {
			whole++
		} else {
			split = append(split, k+" ("+itoa(n)+")")
			if testing.Verbose() {
				t.Logf("%s split:\n%s", k, strings.Join(mtSplit(t, arts, nil), "\n"))
			}
		}
	}
	t.Logf("agency copy + paper + MT via %v, alone: %d of %d one story; split: %s", french, whole, len(keys), strings.Join(split, ", "))
	// The target is all three one story; the floor is what is
	// measured (16 of 20: the four split are papers sharing 2–5 names with
	// the take at anchor cosine 0.24–0.33, see group/NOTEBOOK.md) less a
	// margin; 20 of 20 since session 16 (a take's headline set in capitals
	// gives no acronyms, and its whats count in the take's lead).
	if 20*whole < 15*len(keys) {
		t.Errorf("%d of %d wire stories' three versions one story alone; want ≥ 75 %% (target all)", whole, len(keys))
	}
	// As plain files: 17 of 20 before session 16, 18 since the agency
	// copy read from its byline credit is a take to the take's-lead rule
	// (the split ones: a one-sentence brief, and a paper sharing 2 names);
	// 19 at session 18 (retold.go), 20 at session 20 (named.go: a short
	// paper whose names the take and the translation hold together).
	t.Logf("agency copy as a plain file + paper + MT, alone: %d of %d one story; split: %s", plainWhole, files, strings.Join(plainSplit, ", "))
	if 20*plainWhole < 15*files {
		t.Errorf("%d of %d wire stories' three versions as plain files one story alone; want ≥ 75 %%", plainWhole, files)
	}
}

// fromHeadline returns text from the line holding its headline (title,
// as cleaning read it: its first letters and digits, quotation marks and
// spacing aside) on: a wire take as a plain file, without the
// transmission header above its headline.
func fromHeadline(text, title string) (string, bool) {
	key := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return unicode.ToLower(r)
			}
			return -1
		}, s)
	}
	head := key(title)
	if len(head) < 8 {
		return "", false
	}
	head = head[:min(len(head), 16)]
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if strings.Contains(key(l), head) {
			return strings.Join(lines[i:], "\n"), true
		}
	}
	return "", false
}

// derivedPaper reports whether a METER record is a paper labelled wholly
// or partially derived from the wire.
func derivedPaper(r corpusRecord) bool {
	return r.Derivation == "wholly" || r.Derivation == "partially"
}

// TestManyTranslations reproduces held-out case (b): each of several
// seeded articles (BBC, measured with a background without BBC, and METER
// wire copy) translated into English by every apertium chain installed,
// its translations checked together, forms one story.
func TestManyTranslations(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	chains := usableChains(t)
	for _, tc := range []struct {
		name       string
		file       string
		withoutBBC bool
		n          int
	}{
		{"bbc-2225", "bbc-news-2225.jsonl", true, 10},
		{"meter-showbiz wire", "meter-showbiz.jsonl", false, 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			recs := readCorpus(t, tc.file)
			if tc.file == "meter-showbiz.jsonl" {
				recs = slices.DeleteFunc(recs, func(r corpusRecord) bool { return !strings.HasPrefix(r.ID, "PA-") })
			}
			rng := rand.New(rand.NewPCG(1, 14))
			rng.Shuffle(len(recs), func(i, j int) { recs[i], recs[j] = recs[j], recs[i] })
			recs = recs[:min(len(recs), tc.n)]
			c := clean.New(clean.Options{})
			src := make([]string, len(recs))
			for i, r := range recs {
				a := cleanText(t, c, r.ID, r.Text)
				src[i] = strings.TrimSpace(r.Title + "\n\n" + a.Text)
				if r.Title == "" {
					src[i] = strings.TrimSpace(a.Title + "\n\n" + a.Text)
				}
			}
			versions := make([][]crosswire.Article, len(recs))
			for k, chain := range chains {
				for i, text := range translate(t, src, chain) {
					versions[i] = append(versions[i], cleanText(t, c, recs[i].ID+"-mt"+itoa(k), text))
				}
			}
			bg := testBackground(t, tc.withoutBBC)
			whole, stories := 0, 0
			for i := range recs {
				one, n := oneStory(t, versions[i], bg)
				stories += n
				if one {
					whole++
				} else if testing.Verbose() {
					t.Logf("%s: %d translations in %d stories:\n%s", recs[i].ID, len(versions[i]), n, strings.Join(mtSplit(t, versions[i], bg), "\n"))
				}
			}
			t.Logf("%s: %d translations each (%d chains), %d of %d articles one story, %.1f stories per article",
				tc.name, len(chains), len(chains), whole, len(recs), float64(stories)/float64(len(recs)))
			if 10*whole < 9*len(recs) {
				t.Errorf("%d of %d articles' translations one story; want ≥ 90 %%", whole, len(recs))
			}
		})
	}
}

// storyMembers groups the articles and lists each story's member IDs.
func storyMembers(t testing.TB, arts []crosswire.Article, bg *Background) []string {
	t.Helper()
	cl, err := New(Options{Background: bg}).Partition(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	by := map[string][]string{}
	var order []string
	for i, s := range cl.StoryOf {
		if by[s] == nil {
			order = append(order, s)
		}
		by[s] = append(by[s], arts[i].ID)
	}
	out := make([]string, len(order))
	for k, s := range order {
		out[k] = "  " + strings.Join(by[s], " ")
	}
	return out
}

// mtSplit lists, for translations left in several stories, what the pair
// rules saw (articleSplitPairs).
func mtSplit(t testing.TB, arts []crosswire.Article, bg *Background) []string {
	t.Helper()
	arts = slices.Clone(arts)
	slices.SortFunc(arts, func(a, b crosswire.Article) int { return strings.Compare(a.ID, b.ID) })
	langs := make([]string, len(arts))
	return articleSplitPairs(t, arts, langs, bg)
}
