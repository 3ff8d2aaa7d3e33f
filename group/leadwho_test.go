package group

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"crosswire"
)

// Fictional reports for the lead rules (leadwho.go). Two stories of one
// party's week share its cast (the prime minister, the finance minister,
// the opposition leader and his party) in their bodies but lead with their
// own news; a paper's rewrite of the first retells its lead.
var (
	leadBudget = crosswire.Article{ID: "lw-budget", Title: "Varga rejects Treasury spending plan",
		Text: `Finance minister Lukas Varga rejected a spending plan drawn up by Treasury officials, telling the Daily Courier that borrowing would not rise above 3.5 per cent. ` +
			`The plan, costed at 4.1bn crowns by the Bank of Eldor, would have paid for new rail lines to Tessaly and Orrin. ` +
			`Prime Minister Anna Kessler backed her minister at a meeting in Hollis Street. ` +
			`Opposition leader Piet Morrow of the Green Alliance said the Kessler government had no plan at all, and the Green Alliance would publish its own figures. ` +
			`Varga is expected to present the budget to parliament on 12 March.`}
	leadSchools = crosswire.Article{ID: "lw-schools", Title: "Morrow pledges new schools",
		Text: `Nine hundred new schools would be built in Harlow, Brenton and Okeford under a plan the opposition unveiled at the Westfield Academy. ` +
			`Its education spokeswoman Mara Lind said 14,000 teachers would be hired within five years. ` +
			`Piet Morrow, leader of the Green Alliance, told supporters that the Kessler government had let classrooms crumble. ` +
			`Ministers dismissed the figures, and a spokesman for Varga called the plan unfunded. ` +
			`The Teachers Union of Eldor welcomed the pledge.`}
	leadBudgetPaper = crosswire.Article{ID: "lw-budget-paper", Title: "NO MORE BORROWING, SAYS VARGA",
		Text: `Lukas Varga last night threw out a Treasury spending plan and told the Daily Courier that borrowing would stay under 3.5 per cent. ` +
			`The finance minister had the backing of Anna Kessler. ` +
			`Critics said rail lines to Tessaly would now never be built.`}
)

// leadBackground is a background of fictional notes in the reports'
// language that has never seen the cast's names (Varga, Kessler, Morrow,
// the Green Alliance), so each of them is rare to it — a user's news of a
// subject the shipped background does not know — while the reports' other
// names and figures are in a few of its articles, and their words are
// known (the language is covered: rarity is the background's).
func leadBackground() *Background {
	return notesBackground([]crosswire.Article{leadBudget, leadSchools, leadBudgetPaper}, []string{"Treasury", "Daily Courier", "3.5", "4.1bn", "Bank of Eldor", "Tessaly", "Orrin", "Hollis Street",
		"Harlow", "Brenton", "Okeford", "Westfield Academy", "Mara Lind", "14,000", "Teachers Union", "Prime Minister", "12 March"})
}

// notesBackground is a background of 150 fictional notes written with the
// lower-case words of arts (their language is covered) that name each of
// known a few times and nothing else of arts.
func notesBackground(arts []crosswire.Article, known []string) *Background {
	var words []string
	for _, a := range arts {
		for _, w := range strings.Fields(a.Text) {
			w = strings.Trim(w, ".,")
			if w != "" && strings.ToLower(w) == w && strings.IndexFunc(w, unicode.IsDigit) < 0 {
				words = append(words, w)
			}
		}
	}
	bb := NewBackgroundBuilder()
	for i := range 150 {
		var b strings.Builder
		fmt.Fprintf(&b, "The %s %s and %s, ", words[i%len(words)], words[(7*i+3)%len(words)], words[(13*i+5)%len(words)])
		fmt.Fprintf(&b, "said a note about %s, the %s and %s.", known[i%len(known)], words[(3*i+1)%len(words)], words[(11*i+2)%len(words)])
		a := crosswire.Article{ID: fmt.Sprintf("bg-%d", i), Text: b.String()}
		bb.Add(&a)
	}
	return bb.Background("fictional notes")
}

func TestLeadsAgree(t *testing.T) {
	fp := func(a crosswire.Article) *Fingerprint { return NewFingerprint(&a) }
	budget, schools, paper := fp(leadBudget), fp(leadSchools), fp(leadBudgetPaper)
	noLead := fp(crosswire.Article{ID: "lw-none", Text: "it rained again, and the river rose."})
	for _, tc := range []struct {
		name          string
		a, b          *Fingerprint
		agree, retold bool
	}{
		{"two stories of one party's week", budget, schools, false, false},
		{"a paper's rewrite of the story", budget, paper, true, true},
		{"a lead without anchors says nothing", budget, noLead, true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := leadsAgree(&tc.a.lead, &tc.b.lead, tc.a.Anchors, tc.b.Anchors, nil); got != tc.agree {
				t.Errorf("leadsAgree = %v, want %v (leads %d and %d anchors)", got, tc.agree, len(tc.a.lead.anchors), len(tc.b.lead.anchors))
			}
			if got := leadRetold(&tc.a.lead, &tc.b.lead, tc.a.Anchors, tc.b.Anchors); got != tc.retold {
				t.Errorf("leadRetold = %v, want %v", got, tc.retold)
			}
		})
	}
}

// TestLeadsApartPair groups the two stories of one party's week as a pair,
// with a background that does not know their names: they share six of
// them, all rare to it, at a low anchor cosine — what the rare-anchor rule
// alone took for one event — and stay two stories because their leads
// tell different news. The paper's rewrite joins its story.
func TestLeadsApartPair(t *testing.T) {
	bg := leadBackground()
	for _, tc := range []struct {
		name string
		a, b crosswire.Article
		one  bool
	}{
		{"two stories of one party's week", leadBudget, leadSchools, false},
		{"a paper's rewrite", leadBudget, leadBudgetPaper, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, ps, got := groupTwo(t, tc.a, tc.b, bg)
			if got != tc.one {
				t.Errorf("one story = %v, want %v (shared %d, rare %d, cosine %.2f)", got, tc.one, ps.shared, ps.rare, ps.cosine)
			}
			if !tc.one && (ps.rare < MinSharedRare || ps.cosine < EdgeAnchorCosineLow || ps.cosine >= EdgeAnchorCosine) {
				t.Errorf("fixture: want ≥ %d rare anchors at a cosine in [%.2f, %.2f): %d, %.2f", MinSharedRare, EdgeAnchorCosineLow, EdgeAnchorCosine, ps.rare, ps.cosine)
			}
		})
	}
}

// Fictional wire take and a paper's version of it: the paper retells the
// take's lead in its own words and keeps a few of its names, at an anchor
// cosine under the pair rules' 0.5.
var (
	leadTakeFiled = time.Date(2025, 3, 3, 16, 40, 0, 0, time.UTC)
	leadTake      = crosswire.Article{ID: "lw-take", Outlet: "Norpress", Published: &leadTakeFiled,
		Wire: &crosswire.Wire{Slug: "Rourke", Desk: "SHOWBIZ", Agency: "Norpress", Page: 1, Filed: &leadTakeFiled},
		Text: `Singer Dana Rourke will play three nights at the Orvale Arena in May, her first shows since leaving the band Lanterns, her agent Tom Belling said. ` +
			`Tickets go on sale on Friday at 35 crowns. The 41-year-old, who sold 2 million copies of her album Kestrel, will be backed by the Holm Philharmonic. ` +
			`Belling said Rourke had spent a year writing in Santa Lira and recording at Grey Owl Studios with producer Ivo Marsh. ` +
			`Former bandmate Cole Freya wished her well.`}
	leadPaper = crosswire.Article{ID: "lw-take-paper", Outlet: "Morning Star-Lamp", Title: "Rourke back on stage",
		Text: `Rourke is back: the former Lanterns singer will play three nights at the Arena, agent Tom Belling told a London radio station. ` +
			`Fans can expect 12 old songs and new ones, she told BBC Radio on Tuesday.`}
)

func TestTakeLeadRetold(t *testing.T) {
	arts := []crosswire.Article{leadTake, leadPaper}
	ix, roots := partitionIndex(t, arts, nil)
	ok, ps := ix.verify(0, 1)
	if roots[0] != roots[1] || !ok || !ps.byLead {
		t.Errorf("take and paper: one story %v, edge %v, by the take's lead %v (shared %d, rare %d, cosine %.2f, containment %.2f); want one story by the take's lead",
			roots[0] == roots[1], ok, ps.byLead, ps.shared, ps.rare, ps.cosine, ps.anchorCont)
	}
	// the same two texts without the agency header are two papers: the
	// rule is for a take and its client
	plain := leadTake
	plain.Wire = nil
	ix, _ = partitionIndex(t, []crosswire.Article{plain, leadPaper}, nil)
	if _, ps := ix.verify(0, 1); ps.byLead {
		t.Errorf("two papers joined by the take's lead rule")
	}
}

// TestLoneClientJoinsTake puts the take and its client among other stories
// of the singer: her names are then in eight articles of the batch, rare
// by no count of articles, and the pair rule refuses the client; checked
// alone the two share names the background has never seen, and the client
// joins its take last, as it does when the two are checked alone. The
// other stories, whose leads are their own news, stay alone.
func TestLoneClientJoinsTake(t *testing.T) {
	others := []string{
		`Rourke's former band Lanterns sold its studio in Holmgard to the developer Ansel Pryde for 3 million crowns, Pryde said; Belling handled the sale.`,
		`A court in Vessby fined the promoter Joran Kell over a Lanterns concert at the Arena cancelled in 2019, when Rourke was still the band's singer.`,
		`The painter Liv Ostrand has finished a portrait of Rourke for the Maren Gallery, which opens a show of 40 musicians' portraits at the Arena in June.`,
		`Tom Belling, agent to Rourke and the comedian Oskar Fenn, is to open an office in Port Alda next year, Fenn's publicist said.`,
		`Lanterns' drummer Ada Vinter has married the architect Sanne Dahl at the Arena chapel in Kirkeby; Rourke did not attend.`,
		`Rourke topped a poll of 2,000 readers of Tidal Weekly naming the best voice of the decade, ahead of Mira Holt and the Lanterns, Belling said.`,
		`Tickets for the winter season at the Arena sold out in an hour, the manager Rolf Belling said.`,
	}
	arts := []crosswire.Article{leadTake, leadPaper}
	for i, s := range others {
		arts = append(arts, crosswire.Article{ID: fmt.Sprintf("lw-other-%d", i), Outlet: fmt.Sprintf("Outlet %d", i), Text: s})
	}
	slices.SortFunc(arts, func(a, b crosswire.Article) int { return strings.Compare(a.ID, b.ID) })
	ix, roots := partitionIndex(t, arts, nil)
	at := map[string]int{}
	for i, a := range arts {
		at[a.ID] = i
	}
	tk, pp := at[leadTake.ID], at[leadPaper.ID]
	if ok, ps := ix.verify(uint32(tk), uint32(pp)); ok {
		t.Fatalf("fixture: the pair rule joins the client in this batch (%s: shared %d, rare %d, cosine %.2f, containment %.2f); want it refused (names not rare by articles)",
			joinRule(ok, &ps), ps.shared, ps.rare, ps.cosine, ps.anchorCont)
	}
	if roots[tk] != roots[pp] {
		_, ps := ix.verify(uint32(tk), uint32(pp))
		t.Errorf("the client is not in its take's story (roots %v; shared %d, cosine %.2f)", roots, ps.shared, ps.cosine)
	}
	for i, a := range arts {
		if i != tk && i != pp && (roots[i] == roots[tk] || slices.Contains(roots[:i], roots[i])) {
			t.Errorf("%s is not alone", a.ID)
		}
	}
}
