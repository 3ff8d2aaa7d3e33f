package group

import (
	"strings"
	"testing"
	"time"

	"crosswire"

	"github.com/cespare/xxhash/v2"
)

// Two fictional reports of one attack on one clinic chain, by a news site
// and a security column, each in its own words and order: the chain is
// named in both headlines and again in both bodies; they share a few other
// names, under the rare-anchor rule's four.
const (
	velmoraTitleA = "Ransomware attack hits clinic chain Velmora Health"
	velmoraTextA  = "Velmora Health was hit by a ransomware attack over the weekend, the clinic chain said on its website. " +
		"The firm took its booking systems offline while staff worked from paper forms. " +
		"“We are working to restore our systems over the next days,” said a spokeswoman for Velmora. " +
		"Investigators believe a crew known as Brask used a stolen password to get in. " +
		"Patients in Ostrelle and Kaddin were asked to call before visiting, and clinics in Germany, France and Italy were closed. " +
		"The attack used a flaw in an old version of its software, officials in London and Paris said. " +
		"The chain runs 140 clinics and treats about 2 million patients a year."
	velmoraTitleB = "Brask crew behind Velmora outage, sources say"
	velmoraTextB  = "A ransomware attack that locked thousands of computers at Velmora over the weekend was the work of the Brask crew, according to people familiar with the inquiry. " +
		"The crew logged in with a password bought on a forum and spread through the network within hours. " +
		"Velmora said it had found no sign that patient records left its network. " +
		"Tarvic Labs, which tracks the crew, said it had hit a logistics firm in Ostrelle last month. " +
		"Analysts at Pendry Research say such crews now favour clinics, where downtime is costly, from Canada and Spain to Australia. " +
		"Police in Brussels, Washington and Madrid have warned of the crew and blocked its sites. " +
		"The attack comes weeks after a warning from the national cyber agency to the health sector."
)

// The outlets' addresses (fictional hosts).
const (
	siteURL   = "https://www.norrpost.example/tech/velmora-ransomware"
	columnURL = "https://columns.kestrelwatch.example/2031/brask-velmora"
)

// TestProtagonistRule: the pair above, filed on one day, is one event by
// the protagonist both headlines name, and so is it undated from two
// outlets whose addresses name them with one lead told in the other
// report; it is not undated with its outlets unknown or one outlet's, nor
// undated with no lead told, days apart, with the protagonist named in one
// body only by its headline, with two clinics in the headlines, or with a
// protagonist the background knows.
func TestProtagonistRule(t *testing.T) {
	day := time.Date(2031, 5, 12, 0, 0, 0, 0, time.UTC)
	later := day.Add(4 * 24 * time.Hour)
	other := strings.NewReplacer("Velmora Health", "Corvane Care", "Velmora", "Corvane")
	known := strings.NewReplacer("Velmora Health", "Oxford", "Velmora", "Oxford")
	// the news site writes the name only at its sentences' starts
	// the column's lead tells the news site's: the chain, its clinics'
	// town and the crew
	toldB := strings.Replace(velmoraTextB, "at Velmora over the weekend", "at Velmora Health clinics in Ostrelle over the weekend", 1)
	startsA := strings.Replace(velmoraTextA, "said a spokeswoman for Velmora.", "a spokeswoman said. Velmora has asked Tarvic Labs to help.", 1)
	tests := []struct {
		name           string
		titleA, textA  string // "": the news site's report above
		titleB, textB  string
		dayA, dayB     *time.Time
		urlA, urlB     string // the addresses: their hosts name the outlets
		joined, byRule bool
		// the premise of the case: whether a holds the protagonist as a
		// name anchor of its own, and whether it is rare alone
		anchorA, rare bool
	}{
		{"one protagonist, one day", "", "", velmoraTitleB, velmoraTextB, &day, &day, "", "", true, true, true, true},
		// undated: two outlets, one lead told in the other report
		{"undated, two outlets", "", "", velmoraTitleB, toldB, nil, nil, siteURL, columnURL, true, true, true, true},
		{"undated, outlets not known", "", "", velmoraTitleB, toldB, nil, nil, "", "", false, false, true, true},
		{"undated, one outlet", "", "", velmoraTitleB, toldB, nil, nil, siteURL, siteURL + "-update", false, false, true, true},
		{"undated, one outlet known", "", "", velmoraTitleB, toldB, nil, nil, siteURL, "", false, false, true, true},
		// the column's lead names the crew and the chain only: neither
		// lead is told in the other report
		{"undated, no lead told", "", "", velmoraTitleB, velmoraTextB, nil, nil, siteURL, columnURL, false, false, true, true},
		// no anchor of a's own: the column's use makes it a name
		{"one report's name at sentence starts only", "Velmora Health hit by ransomware attack", startsA, velmoraTitleB, velmoraTextB, &day, &day, "", "", true, true, false, true},
		{"four days apart", "", "", velmoraTitleB, velmoraTextB, &day, &later, "", "", false, false, true, true},
		{"named in one body only by its headline", "", "", velmoraTitleB, strings.NewReplacer("at Velmora", "at the firm", "Velmora said", "The firm said").Replace(velmoraTextB), &day, &day, "", "", false, false, true, true},
		{"another clinic chain", "", "", other.Replace(velmoraTitleB), other.Replace(velmoraTextB), &day, &day, "", "", false, false, true, true},
		{"a protagonist the background knows", known.Replace(velmoraTitleA), known.Replace(velmoraTextA), known.Replace(velmoraTitleB), known.Replace(velmoraTextB), &day, &day, "", "", false, false, true, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			titleA, textA := velmoraTitleA, velmoraTextA
			if tc.titleA != "" {
				titleA, textA = tc.titleA, tc.textA
			}
			a := crosswire.Article{ID: "a", Title: titleA, Text: textA, Published: tc.dayA, URL: tc.urlA}
			b := crosswire.Article{ID: "b", Title: tc.titleB, Text: tc.textB, Published: tc.dayB, URL: tc.urlB}
			ix, roots := partitionIndex(t, []crosswire.Article{a, b}, nil)
			_, ps := ix.verify(0, 1)
			joined := roots[0] == roots[1]
			name := "velmora"
			if strings.Contains(titleA, "Oxford") {
				name = "oxford"
			}
			x := anchorFPHash(anchorName, xxhash.Sum64String(name))
			t.Logf("shared %d, rare %d, cosine %.2f, gap %d, one occasion %v, verified by %s",
				ps.shared, ps.rare, ps.cosine, ps.gap, ix.leadsOneOccasion(0, 1), joinedBy(&ps))
			if got := hasAnchor(ix.full[0], x); got != tc.anchorA {
				t.Errorf("premise: name anchor in a = %v, want %v", got, tc.anchorA)
			}
			if tc.dayA == nil && tc.urlA != "" {
				// premise: the column's lead is told in the news site's
				// report when it names the chain's town
				want := tc.textB == toldB
				if got := leadTold(&ix.leads[0], &ix.leads[1], ix.full[0], ix.full[1]); got != want {
					t.Errorf("premise: one lead told = %v, want %v", got, want)
				}
			}
			if got := ix.aloneRare(x); got != tc.rare {
				t.Errorf("premise: %s rare alone = %v, want %v", name, got, tc.rare)
			}
			if joined != tc.joined {
				t.Errorf("joined = %v, want %v", joined, tc.joined)
			}
			if ps.byProtagonist != tc.byRule {
				t.Errorf("by the protagonist rule = %v, want %v", ps.byProtagonist, tc.byRule)
			}
		})
	}
}

// TestMentions counts a capitalised name's mentions in a fictional
// report's headline and body; the lower-case word is not one.
func TestMentions(t *testing.T) {
	a := &crosswire.Article{Title: "Velmora Health hit", Text: "The chain said Velmora would reopen. Velmora runs 140 clinics in Ostrelle; velmora is its old name."}
	got := mentions(a, []uint64{xxhash.Sum64String("velmora"), xxhash.Sum64String("kaddin")})
	if got[0] != 3 || got[1] != 0 {
		t.Errorf("mentions = %v, want [3 0]", got)
	}
}
