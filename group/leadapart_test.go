package group

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"crosswire"

	"github.com/cespare/xxhash/v2"
)

// Fictional reports for whatUntold (leadapart.go): two stories of one
// firm's affair — the suit it filed and a later hearing on its bankruptcy —
// that name the same cast in their bodies and share only the firm's name in
// their headlines, and another report of the suit whose headline words the
// what otherwise but whose lead tells it, and notes on the suit whose
// headline and lead tell neither what but whose text tells the suit in its
// words.
var (
	waSuit = crosswire.Article{ID: "wa-suit", Title: "Norvane sues four rivals for damages",
		Text: `Mining group Norvane has sued four rival companies over the forced auction of its Kessel smelter, claiming damages before Judge Ilse Marrow in Ardmoor. ` +
			`The rivals named in the claim are Tolbrook, Varga Metals, Hestia Holdings and Pyle Partners. ` +
			`Norvane said the auction broke its contracts and asked that the rivals' assets be frozen. ` +
			`Tolbrook told the Daily Courier the claim had no merit, and the Bank of Eldor, which holds the smelter's loans, said nothing.`}
	waHearing = crosswire.Article{ID: "wa-hearing", Title: "Norvane bankruptcy outside foreign reach, panel hears",
		Text: `Authorities in Kessel need not obey foreign rulings on the bankruptcy of Norvane, a panel in Ardmoor heard on its second day. ` +
			`Legal scholar Omar Pettit of Okeford said no treaty bound Kessel to accept such rulings, while Norvane lawyers argued otherwise. ` +
			`Tolbrook was not represented. ` +
			`Judge Ilse Marrow will decide next month, after hearing officials from Tessaly, Orrin and Brenton.`}
	waNotes = crosswire.Article{ID: "wa-notes", Title: "Norvane filing annotated",
		Text: `Notes on a filing in Ardmoor: the forced auction of the Kessel smelter broke the mining group's contracts, Norvane says, and it asks Judge Ilse Marrow to freeze assets of Tolbrook, Varga Metals, Hestia Holdings and Pyle Partners. ` +
			`Tolbrook told the Daily Courier the claim had no merit. ` +
			`The Bank of Eldor holds the smelter's loans.`}
	// the hearing, whose lead writes one what of the suit's headline
	// ("rivals")
	waHearingRivals = crosswire.Article{ID: "wa-hearing-rivals", Title: waHearing.Title,
		Text: strings.Replace(waHearing.Text, "foreign rulings on the bankruptcy", "foreign rulings for rivals or on the bankruptcy", 1)}
	waSuitPaper = crosswire.Article{ID: "wa-suit-paper", Title: "Norvane takes Tolbrook and three others to court",
		Text: `Norvane has gone to court in Ardmoor against Tolbrook, Varga Metals, Hestia Holdings and Pyle Partners, claiming damages over the auction of its Kessel smelter. ` +
			`Judge Ilse Marrow will hear the claim, which Tolbrook called without merit. ` +
			`The mining group says the auction broke its contracts.`}
)

// waBackground is a background of fictional notes in the reports' language
// that never saw the affair's cast: a user's news of a subject the
// background does not know.
func waBackground() *Background {
	return notesBackground([]crosswire.Article{waSuit, waHearing, waSuitPaper, waNotes}, []string{"Lake Merrow", "Daily Courier", "Bank of Eldor", "Hollis Street", "Tessaly", "Orrin", "Brenton", "Okeford", "Harlow", "Westfield"})
}

// TestWhatUntold groups the fictional reports as pairs with a background
// that never saw the cast: the suit and the hearing share the cast at an
// anchor cosine the pair rules join, and stay apart because their headlines
// share only the firm's name and neither lead tells the other headline's
// what (a majority of a who-did-what headline's whats); without headlines they join; the other report of the suit, whose
// headline shares no word with the first but whose lead tells its what
// ("court", "claiming damages"), joins; headlines sharing a what, a
// headline of names and function words only, and a title that writes
// nothing of its own text say nothing.
func TestWhatUntold(t *testing.T) {
	bg := waBackground()
	titled := func(a crosswire.Article, title string) crosswire.Article { a.Title = title; return a }
	for _, tc := range []struct {
		name  string
		a, b  crosswire.Article
		apart bool
		one   bool
	}{
		{"the suit and the hearing", waSuit, waHearing, true, false},
		{"the two without headlines", titled(waSuit, ""), titled(waHearing, ""), false, true},
		{"the suit told otherwise", waSuit, waSuitPaper, false, true},
		// the three below say nothing to whatUntold, and headEventUntold
		// (headevent.go) parts them: the suit's report never writes the
		// hearing's headline event ("panel", "bankruptcy"), or the
		// hearing's never writes the suit's ("sues", "rivals", "damages")
		{"headlines sharing a what", waSuit, titled(waHearing, "Norvane rivals absent as panel hears bankruptcy case"), false, false},
		// a who-did-what headline (at most headlineWhats whats) one of
		// whose words the other lead writes ("auction": the affair's word)
		// is not told by it; two of its three are
		{"one of three whats in the other lead", waSuit, titled(waHearing, "Norvane auction panel sits"), true, false},
		{"two of three whats in the other lead", waSuit, titled(waHearing, "Norvane auction claims heard"), false, false},
		// the same in Title Case: "Sues" reads as a name (the body writes
		// "sued"), the whats left are no count of the headline's, and one
		// told is enough
		{"one what of two in the other lead", titled(waSuit, "Norvane sues rivals"), waHearingRivals, true, false},
		{"one what of a Title Case headline in the other lead", titled(waSuit, "Norvane Sues Rivals Over Auction"), waHearingRivals, false, true},
		{"a headline of names only", waSuit, titled(waHearing, "Norvane, Kessel and Ardmoor"), false, true},
		{"a title that writes nothing of its text", waSuit, titled(waHearing, "Weekend reading list"), false, false},
		// more than a dozen words: a text scraped as the title is no
		// headline (and is not compared word by word)
		{"a text scraped as the title", waSuit, titled(waHearing, waHearing.Text), false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix, ps, one := groupTwo(t, tc.a, tc.b, bg)
			if got := ix.whatUntold(0, 1); got != tc.apart {
				t.Errorf("whatUntold = %v, want %v (%+v)", got, tc.apart, ps)
			}
			if tc.apart && ix.headlinesApart(0, 1) {
				t.Errorf("headlinesApart: the headlines share a name, want it false")
			}
			if one != tc.one {
				t.Errorf("one story = %v, want %v (%+v)", one, tc.one, ps)
			}
		})
	}
}

// waWideBackground is wideBackground of the suit's reports.
func waWideBackground() *Background {
	return wideBackground(waSuit, waHearing, waSuitPaper, waNotes)
}

// wideBackground is a background of fictional notes in which every
// lower-case word of arts is in two notes of many — rare, as the words of
// one event are to a large background — and the function words are in
// every note; it names none of the arts' names.
func wideBackground(arts ...crosswire.Article) *Background {
	seen := map[string]bool{}
	bb := NewBackgroundBuilder()
	n := 0
	add := func(text string) {
		a := crosswire.Article{ID: fmt.Sprintf("bg-%d", n), Text: text}
		bb.Add(&a)
		n++
	}
	const filler = "The note of a day and its end, in time, to the one that was on file with the rest, said no more. "
	for _, a := range arts {
		for _, w := range strings.FieldsFunc(a.Text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
			if strings.ToLower(w) != w || seen[w] {
				continue
			}
			seen[w] = true
			add(filler + "It read " + w + " once.")
			add(filler + "Another read " + w + " twice.")
		}
	}
	for range 300 {
		add(filler)
	}
	return bb.Background("fictional notes, wide")
}

// TestWhatUntoldExceptions checks the two exceptions on the fictional
// pairs whose headlines share only the firm and whose leads tell neither
// headline's what: the suit and the hearing retell neither lead in words
// and share few of the event's words (apart); the suit and the notes on it
// tell one event in the same words (an exception holds, not apart).
func TestWhatUntoldExceptions(t *testing.T) {
	bg := waWideBackground()
	for _, tc := range []struct {
		name      string
		a, b      crosswire.Article
		exception bool
	}{
		{"the suit and the hearing", waSuit, waHearing, false},
		{"the suit and the notes on it", waSuit, waNotes, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix, _, _ := groupTwo(t, tc.a, tc.b, bg)
			ta, tb, ok := ix.readableTitles(0, 1)
			if !ok {
				t.Fatal("headlines not readable")
			}
			var w headWords
			ka, kb := ix.castTerms(0, ta.Title, nil, &w), ix.castTerms(1, tb.Title, nil, &w)
			if leadTells(&w, ka, tb.Title, tb.Text) || leadTells(&w, kb, ta.Title, ta.Text) {
				t.Fatal("a lead tells the other headline's what: the exceptions are not reached")
			}
			cos := ix.aloneTopicCosine(0, 1)
			got := ix.leadRetoldEither(0, 1) || cos >= TopicCosine
			if got != tc.exception {
				t.Errorf("an exception holds = %v (retold %v, topic cosine alone %.2f), want %v", got, ix.leadRetoldEither(0, 1), cos, tc.exception)
			}
			if ix.whatUntold(0, 1) == tc.exception {
				t.Errorf("whatUntold = %v, want %v", !tc.exception, !tc.exception)
			}
		})
	}
}

// TestWhatUntoldRealPairs groups every pair of articles of one story of
// meter-showbiz (cleaned), bbc-mt-catalan, mmds-dev and the CASIE read
// gold as a pair and counts the pairs whatUntold marks, and among them the
// ones it parts: pairs the cosine, rare or topic rule would join (not the
// contained rule, which the veto does not ask) and no other veto of
// occasionApart refuses. Real versions and independent reports of one
// event it would lose. Measured when it was added: 6 of METER's 1,025
// same-story pairs marked, 0 of bbc-mt-catalan's 447, 5 of mmds's 213, 7
// of the CASIE gold's 377 — and none parted (each is refused by another
// rule or veto, or joined by the contained rule). Session 13 (a majority of
// a who-did-what headline's whats told): 6 / 0 / 6 / 7 marked, none
// parted.
func TestWhatUntoldRealPairs(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	type set struct {
		name string
		recs []corpusRecord
		bg   *Background
	}
	var sets []set
	for _, tc := range []struct {
		name, file        string
		withoutBBC, clean bool
	}{
		{"meter-showbiz cleaned", "meter-showbiz.jsonl", false, true},
		{"bbc-mt-catalan", "bbc-mt-catalan.jsonl", true, false},
		{"mmds-dev", "mmds2025-dev.jsonl", false, false},
	} {
		recs, bg := pairCorpus(t, tc.file, tc.withoutBBC, tc.clean)
		sets = append(sets, set{tc.name, recs, bg})
	}
	gold, _, all := casieGold(t)
	held := make([]*crosswire.Article, len(all))
	for i, r := range all {
		a := r.article()
		held[i] = &a
	}
	sets = append(sets, set{"casie gold", gold, DefaultBackground().Without(held...)})
	for _, s := range sets {
		t.Run(s.name, func(t *testing.T) {
			g := New(Options{Workers: 1, Background: s.bg})
			arts, words, fps := corpusFingerprints(t, g, s.recs)
			pairs, marked, parted := 0, 0, 0
			for i := range s.recs {
				for j := i + 1; j < len(s.recs); j++ {
					if s.recs[i].Cluster != s.recs[j].Cluster {
						continue
					}
					pairs++
					a, b := i, j
					if fps[b].ID < fps[a].ID {
						a, b = b, a
					}
					ix, _ := groupPair(t, g, arts, words, fps, a, b)
					if !ix.whatUntold(0, 1) {
						continue
					}
					marked++
					_, ps := ix.verify(0, 1)
					joins := ps.anchorEdge(ps.gap, ix.cosine) && !ps.containedEdge(anchorScale(ps.gap)) || ix.topicEdge(0, 1, &ps)
					other := ix.tallyApart(0, 1) || ix.headlinesApart(0, 1) || ix.subjectUnknown(ix.full[0], ix.full[1], &ps) && ix.figuresDisagree(ix.full[0], ix.full[1], &ps)
					if joins && !other {
						parted++
						t.Logf("parted: %s + %s", s.recs[a].ID, s.recs[b].ID)
					}
				}
			}
			t.Logf("%s: %d same-story pairs, %d marked by whatUntold, %d parted", s.name, pairs, marked, parted)
			if parted > 0 {
				t.Errorf("%s: %d real pairs parted by whatUntold; want 0", s.name, parted)
			}
		})
	}
}

// waFrozen is a brief of the firm's frozen assets whose lead the suit's
// report writes in words ("assets", "frozen") and whose one person, the
// firm, it names: a lead retold (leadRetoldEither) only when the firm
// counts as a person.
var waFrozen = crosswire.Article{ID: "wa-frozen", Title: "Norvane assets frozen", Text: "The assets of Norvane were frozen."}

// waSuitLong is the suit's report with a sentence of the hearing's words,
// which lowers the pair's topic cosine with the brief under TopicCosine.
var waSuitLong = crosswire.Article{ID: waSuit.ID, Title: waSuit.Title,
	Text: waSuit.Text + " Authorities need not obey foreign rulings, legal scholars argued, and officials will decide next month."}

// TestWhatUntoldAsAlone checks that whatUntold decides a pair as the pair
// alone does, whatever else the batch holds: the suit's report and a brief
// of the firm's frozen assets (headlines sharing only the firm, neither
// lead writing the other headline's whats, the brief's lead retold in the
// report's words and its person, the firm) keep the retold exception, and
// the suit and the hearing stay apart, grouped alone and inside batches of
// fictional market notes that name the firm — in one batch so many that
// the firm is a common name there (before session 13 the batch's count
// dropped the brief's person and parted the pair).
func TestWhatUntoldAsAlone(t *testing.T) {
	bg := waWideBackground()
	firm := xxhash.Sum64String("norvane")
	goods := []string{"barley", "copper", "wool", "timber", "salt", "tin", "flax", "amber", "cider", "peat", "slate", "hemp", "honey", "zinc", "clay"}
	notes := func(k int) []crosswire.Article {
		out := make([]crosswire.Article, k)
		for i := range out {
			out[i] = crosswire.Article{ID: fmt.Sprintf("zz-note-%02d", i),
				Text: fmt.Sprintf("Traders of %s said on market day %d that Norvane paid little for it.", goods[i%len(goods)], i+1)}
		}
		return out
	}
	for _, pair := range []struct {
		name  string
		a, b  crosswire.Article // a's ID first
		apart bool
	}{
		{"the brief retold in the suit's report", waFrozen, waSuitLong, false},
		{"the suit and the hearing", waHearing, waSuit, true},
	} {
		for _, batch := range []struct {
			name   string
			notes  int
			common bool // the firm is a common name in the batch
		}{
			{"alone", 0, false},
			{"with a few notes naming the firm", 12, false},
			{"with many notes naming the firm", 40, true},
		} {
			t.Run(pair.name+" "+batch.name, func(t *testing.T) {
				arts := append([]crosswire.Article{pair.a, pair.b}, notes(batch.notes)...)
				ix, _ := partitionIndex(t, arts, bg)
				if got := ix.commonName(firm); got != batch.common {
					t.Fatalf("the firm common in the batch = %v, want %v", got, batch.common)
				}
				if ix.commonNameAlone(firm, 0, 1) {
					t.Error("the firm common to the pair alone, want it not")
				}
				if got := ix.whatUntold(0, 1); got != pair.apart {
					t.Errorf("whatUntold = %v, want %v (retold %v, topic cosine alone %.2f)", got, pair.apart, ix.leadRetoldEither(0, 1), ix.aloneTopicCosine(0, 1))
				}
			})
		}
	}
}
