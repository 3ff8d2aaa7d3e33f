package group

import (
	"strings"
	"testing"

	"crosswire"
)

// Fictional reports for headEventUntold (headevent.go): a premier's
// defence of a curfew law and, later, a police chief's warning that the
// polls could be a target — one subject, one cast, the curfew in both
// headlines, the warning retelling the defence — and a paper's version of
// the warning, which writes the polls and the target.
var (
	heDefence = crosswire.Article{ID: "he-defence", Title: "Vessmark defends curfew law changes",
		Text: `Premier Alda Vessmark has defended the curfew law, saying hundreds of people in Tessaly are plotting attacks on its ports. ` +
			`Her cabinet faces opposition from the Green Bloc and the Farmers' Union before the final vote in the Harbour Chamber. ` +
			`Interior minister Joss Okeford wrote to every member ahead of the debate, and Green Bloc leader Marit Brenton said the changes were rushed.`}
	heWarning = crosswire.Article{ID: "he-warning", Title: "Polls 'could be curfew target'",
		Text: `Saboteurs might try to target Tessaly in the run-up to the polls, the capital's police chief Ivo Vessmark has said. ` +
			`The warning comes after Premier Alda Vessmark defended the curfew law before the Harbour Chamber, where Green Bloc leader Marit Brenton and the Farmers' Union oppose it. ` +
			`Interior minister Joss Okeford said the polls would go ahead; the chief said the target list was long.`}
	heWarningPaper = crosswire.Article{ID: "he-warning-paper", Title: "Police chief warns of poll sabotage",
		Text: `Police chief Ivo Vessmark says saboteurs could target the polls in Tessaly, the curfew law notwithstanding. ` +
			`Premier Alda Vessmark defended the law in the Harbour Chamber; Green Bloc leader Marit Brenton and the Farmers' Union oppose it. ` +
			`Interior minister Joss Okeford said the polls would go ahead.`}
)

// TestHeadEventUntold reads the fictional reports as pairs: the warning's
// headline event (the polls, the target) is written nowhere in the
// defence's report, so the two are two events; the paper's version of the
// warning writes it; a Title Case headline is a label and says nothing;
// two figures both texts tell, or one number both leads write, say one
// account (one number in one lead does not); without headlines, or with
// one, the rule says nothing; headlines set in capitals read as the
// lower-case ones.
func TestHeadEventUntold(t *testing.T) {
	titled := func(a crosswire.Article, title string) crosswire.Article { a.Title = title; return a }
	// two figures past the leads (leadText), and one number in both leads
	figures := func(a crosswire.Article) crosswire.Article {
		a.Text += strings.Repeat(` The chamber met in the old hall by the harbour wall.`, 12) + ` Its 212 members sit until 14 March.`
		return a
	}
	leadNumber := func(a crosswire.Article) crosswire.Article {
		a.Text = `Some 212 members sit in the chamber. ` + a.Text
		return a
	}
	bg := notesBackground([]crosswire.Article{heDefence, heWarning, heWarningPaper, figures(heDefence)}, []string{"Lake Merrow", "Daily Courier", "Bank of Eldor", "Hollis Street", "Orrin", "Harlow", "Westfield"})
	for _, tc := range []struct {
		name  string
		a, b  crosswire.Article
		apart bool
	}{
		{"the defence and the warning", heDefence, heWarning, true},
		{"the warning and its paper version", heWarning, heWarningPaper, false},
		{"a Title Case headline", heDefence, titled(heWarning, "Polls Could Be Curfew Target"), false},
		{"two figures both tell", figures(heDefence), figures(heWarning), false},
		{"one number both leads write", leadNumber(heDefence), leadNumber(heWarning), false},
		{"one number one lead writes", leadNumber(heDefence), heWarning, true},
		{"without headlines", titled(heDefence, ""), titled(heWarning, ""), false},
		// a headline set in capitals is read as its text writes its
		// words: the polls and the target are whats, not acronyms
		{"headlines in capitals", titled(heDefence, strings.ToUpper(heDefence.Title)), titled(heWarning, strings.ToUpper(heWarning.Title)), true},
		{"the warning and its paper version in capitals", titled(heWarning, strings.ToUpper(heWarning.Title)), titled(heWarningPaper, strings.ToUpper(heWarningPaper.Title)), false},
		// one headline: the other's is a junk title or a label only when
		// it has one
		{"the warning against an untitled defence", titled(heDefence, ""), heWarning, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix, _, _ := groupTwo(t, tc.a, tc.b, bg)
			if _, _, ok := ix.readableTitles(0, 1); !ok && tc.a.Title != "" {
				t.Fatalf("headlines not readable: the case tests nothing")
			}
			A, B := ix.anchorList(0), ix.anchorList(1)
			if got := ix.headEventUntold(0, 1, A, B); got != tc.apart {
				t.Errorf("headEventUntold = %v, want %v (%s / %s)", got, tc.apart, tc.a.Title, strings.TrimSpace(tc.b.Title))
			}
		})
	}
}

// TestCapitalsHeadline reads a headline set in capitals (castTerms): its
// words are names where its text writes them as names (capitalised, or as
// an acronym in capitals) and whats read as written in lower case
// elsewhere, even a word the text writes only in another form — so the
// headline is a who-did-what headline, not a label of names.
func TestCapitalsHeadline(t *testing.T) {
	a := heWarningPaper
	a.Title = "VESSMARK WARNS OF POLL SABOTAGE BY TFL CELLS"
	a.Text += ` Officers of the TFL unit watch the ports.`
	bg := notesBackground([]crosswire.Article{heDefence, heWarning, heWarningPaper}, []string{"Lake Merrow", "Daily Courier", "Orrin"})
	ix, _, _ := groupTwo(t, a, heDefence, bg)
	d := uint32(0)
	if ix.topics.arts[0].ID != a.ID {
		d = 1
	}
	var w headWords
	got := map[string]string{}
	terms := ix.castTerms(d, a.Title, nil, &w)
	i := 0
	w.each(a.Title, func(word []byte, _ bool, _ uint64) {
		t := terms[i]
		i++
		switch {
		case t.function:
			got[string(word)] = "function"
		case t.name && !t.lower:
			got[string(word)] = "name"
		case t.what && t.lower:
			got[string(word)] = "what"
		default:
			got[string(word)] = "other"
		}
	})
	for word, want := range map[string]string{"vessmark": "name", "tfl": "name", "warns": "what", "sabotage": "what", "cells": "what", "poll": "what"} {
		if got[word] != want {
			t.Errorf("%q read as %s, want %s (all: %v)", word, got[word], want, got)
		}
	}
	if h := ix.headKeysOf(d, ix.topics.arts[d]); !h.lower || len(h.whats) < minUntoldWhats {
		t.Errorf("capitals headline read as a label: lower %v, whats %d", h.lower, len(h.whats))
	}
}
