package facts

import "testing"

// TestScaledParts checks the figures written as a fraction or a vague
// multiple of a scale word (fictional sentences): "a quarter of a
// million" is 250,000 (not a million), "half a million" 500,000, "several
// dozen" a range of dozens (not twelve), "a few hundred" a range of
// hundreds; a fraction of no scale word is no figure.
func TestScaledParts(t *testing.T) {
	for _, c := range []figureCase{
		{"a quarter of a million", "The Tarsk lottery sold upwards of a quarter of a million tickets by noon.", "upwards of a quarter of a million tickets", 250000, 250000, "more than", "ticket"},
		{"quarter of a million, no article", "The Orvik fund paid quarter of a million pounds to its members.", "", 1e6, 0, "", "pound"},
		{"half a million", "Half a million visitors came to the Lindhaven fair.", "Half a million visitors", 500000, 500000, "", "visitor"},
		{"a half million", "The Tarsk council counted a half million ballots.", "a half million ballots", 500000, 500000, "", "ballot"},
		{"three quarters of a billion", "The Kestrel app was installed three quarters of a billion times.", "three quarters of a billion times", 750e6, 750e6, "", "time"},
		{"half a dozen", "Half a dozen trawlers left Orvik harbour at dawn.", "Half a dozen trawlers", 6, 6, "", "trawler"},
		{"several dozen", "Choirs from several dozen countries sang at the Orvik festival.", "several dozen countries", 36, 108, "", "country"},
		{"a few dozen", "Only a few dozen fans waited outside the Orvik stadium.", "a few dozen fans", 24, 72, "", "fan"},
		{"several hundred", "Several hundred workers marched through Tarsk on Monday.", "Several hundred workers", 300, 900, "", "worker"},
		{"a few hundred thousand", "The Kestrel leak exposed a few hundred thousand accounts.", "a few hundred thousand accounts", 200000, 600000, "", "account"},
		{"several thousand", "The Lindhaven flood forced several thousand residents from their homes.", "several thousand residents", 3000, 9000, "", "resident"},
		{"half an hour stays no figure", "The Orvik ferry was delayed by half an hour.", "", 0.5, 0, "", "hour"},
		{"a quarter of the staff stays no figure", "A quarter of the Tarsk staff went on strike.", "", 0.25, 0, "", "staff"},
		{"a dozen stays twelve", "A dozen trawlers left Orvik harbour at dawn.", "A dozen trawlers", 12, 12, "", "trawler"},
	} {
		t.Run(c.name, func(t *testing.T) { checkFigure(t, c) })
	}
}
