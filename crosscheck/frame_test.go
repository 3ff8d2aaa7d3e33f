package crosscheck

import (
	"fmt"
	"strings"
	"testing"

	"crosswire"
	"crosswire/facts"
)

// checkTexts extracts the facts of each text with facts.New() and checks
// them as independent reports of one story (every version a rewrite of
// none: independently written). A text may start with "[xx] " to give
// its language.
func checkTexts(t *testing.T, texts ...string) *crosswire.Story {
	t.Helper()
	st := &crosswire.Story{ID: "story"}
	for i, tx := range texts {
		lang := "en"
		if len(tx) > 5 && tx[0] == '[' && tx[3] == ']' {
			lang, tx = tx[1:3], tx[5:]
		}
		id := fmt.Sprintf("report-%d", i+1)
		st.Articles = append(st.Articles, crosswire.Article{ID: id, Outlet: id, Language: lang, Text: tx, Role: crosswire.RoleRewrite})
	}
	extractAndCheck(t, facts.New(), New(), st)
	assertSpans(t, st)
	return st
}

// TestIndependentReports checks the discrepancies found between reports
// of one event written independently (fictional text): a figure, an
// outcome, a quote or a name is a conflict only when both reports state
// the same thing in the same frame — same counted thing, same time, same
// direction, same qualifiers, same currency, same language.
func TestIndependentReports(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  crosswire.DiscrepancyKind // "" = none of kind `none`
		none  crosswire.DiscrepancyKind
	}{
		{
			name: "same toll in other words",
			texts: []string{
				"The storm killed 14 people in Vessport on Monday, officials said.",
				"Officials said the storm killed 9 people in Vessport on Monday.",
			},
			want: crosswire.DiscNumber,
		},
		{
			name: "same amount in two named dollars",
			texts: []string{
				"The Vessport council paid S$5 million for the old pier.",
				"The Vessport council paid US$5 million for the old pier.",
			},
			want: crosswire.DiscNumber,
		},
		{
			name: "a total and its parts",
			texts: []string{
				"Keller pleaded guilty to six charges of fraud and forgery, the court heard.",
				"Keller pleaded guilty to four charges of fraud, along with one charge each of forgery and theft, the court heard.",
			},
			none: crosswire.DiscNumber,
		},
		{
			name: "a figure for each against a figure overall",
			texts: []string{
				"Each crate of the Vessport shipment held 40 kilograms of grain, the port said.",
				"After sorting, crates of the Vessport shipment held 50 kilograms of grain, the port said.",
			},
			none: crosswire.DiscNumber,
		},
		{
			name: "an index that rose and one that fell",
			texts: []string{
				"The Norland composite index rose 200 points, or 0.6 per cent, to 31,022.",
				"The Norland composite index fell 313 points, or 1 per cent, to 30,706.",
			},
			none: crosswire.DiscNumber,
		},
		{
			name: "the same count on different days",
			texts: []string{
				"On Monday, 120 people were evacuated from Vessport, officials said.",
				"On Tuesday, 300 people were evacuated from Vessport, officials said.",
			},
			none: crosswire.DiscNumber,
		},
		{
			name: "power restored and power lost",
			texts: []string{
				"Across Vessport, power was restored for about 100,000 customers, the utility said.",
				"Across Vessport, 1.5 million customers lost power, the utility said.",
			},
			none: crosswire.DiscNumber,
		},
		{
			name: "one amount converted into two dollars",
			texts: []string{
				"Norland grain was 170 crowns (S$34) a tonne cheaper than Kestrian grain.",
				"Norland grain was 170 crowns ($24.26) a tonne cheaper than Kestrian grain.",
			},
			none: crosswire.DiscNumber,
		},
		{
			name: "a bare dollar beside a named one",
			texts: []string{
				"Strand offered more than US$500,000 in bribes to port officials.",
				"Strand offered more than $500,000 in bribes to port officials.",
			},
			none: crosswire.DiscNumber,
		},
		{
			name: "an old rate beside the new one",
			texts: []string{
				"The Harlow bank said it would raise its best lending rate to 5.125 per cent from 5.0 per cent effective Sept 1.",
				"The Harlow bank said on Thursday it raised its best lending rate to 5.125 per cent effective Sept 1.",
			},
			none: crosswire.DiscNumber,
		},
		{
			name: "a date of another event",
			texts: []string{
				"The court heard that Keller had met three of the girls in 2016.",
				"Separately, Keller began dating another of the girls in early 2018, the court heard.",
			},
			none: crosswire.DiscDate,
		},
		{
			name: "an outcome told the other way round",
			texts: []string{
				"The ministry announced the changes on Monday, officials said.",
				"The ministry did not announce the changes on Monday, officials said.",
			},
			want: crosswire.DiscOutcome,
		},
		{
			name: "a possibility against a negation that says when",
			texts: []string{
				"The ministry will not announce the changes until all the details are settled, the Vessport Herald reported.",
				"The ministry could announce the changes this week, the Vessport Herald reported.",
			},
			none: crosswire.DiscOutcome,
		},
		{
			name: "a purpose against a negation",
			texts: []string{
				"As the hazard was not identified by the crew, the work went ahead.",
				"The crew did not carry out a check to identify the hazard before the work went ahead.",
			},
			none: crosswire.DiscOutcome,
		},
		{
			name: "two spokespeople of one police force",
			texts: []string{
				"John Smith, a spokesman for the Vessport police, said four men were held.",
				"John Brown, a spokesman for the Vessport police, said four men were held.",
			},
			none: crosswire.DiscName,
		},
		{
			name: "two holders of one office",
			texts: []string{
				"Interior Minister Dana Keller said the border would stay open.",
				"Interior Minister Mara Lind said the border would stay open.",
			},
			want: crosswire.DiscName,
		},
		{
			name: "a day with no year told two ways",
			texts: []string{
				"The Vessport festival will be held in Harlow on August 21, the organisers said.",
				"The organisers said the Vessport festival will be held in Harlow on August 12.",
			},
			want: crosswire.DiscDate,
		},
		{
			name: "one day with no year, written two ways",
			texts: []string{
				"The Vessport festival will be held in Harlow on August 21, the organisers said.",
				"The organisers said the Vessport festival will be held in Harlow on 21 August.",
			},
			none: crosswire.DiscDate,
		},
		{
			name: "a day with no year and a year",
			texts: []string{
				"Her song Harbour Lights, a hit in 1968, is on the Vessport stamps issued on October 12.",
				"The Vessport stamps, issued on October 12, show her song Harbour Lights.",
			},
			none: crosswire.DiscDate,
		},
		{
			name: "one version dates the announcement, the other the sale",
			texts: []string{
				"The Harlow line-up will be announced on August 23, and tickets go on sale the day after.",
				"Tickets for the Harlow concerts will go on sale on August 24.",
			},
			none: crosswire.DiscDate,
		},
		{
			name: "a day ahead of an event left undated",
			texts: []string{
				"On August 13 the actress visited the Harlow gallery in advance of an auction of her posters.",
				"Her posters will be sold at an auction at the Harlow gallery on 13 September.",
			},
			none: crosswire.DiscDate,
		},
		{
			name: "dozens against hundreds",
			texts: []string{
				"Ada Quist beat dozens of young hopefuls to win the part in the Vessport play.",
				"Ada Quist has beaten hundreds of young hopefuls to win a part in the Vessport play.",
			},
			want: crosswire.DiscNumber,
		},
		{
			name: "a spokesman in one version, a spokeswoman in the other",
			texts: []string{
				"The Harlow theatre cut the scene from its winter show. A spokesman for the theatre said the scene had upset parents.",
				"The Harlow theatre cut the scene from its winter show. A spokeswoman for the theatre said the scene had upset parents.",
			},
			want: crosswire.DiscRole,
		},
		{
			name: "a spokesman and a spokeswoman in one version are two people",
			texts: []string{
				"A spokesman for the Harlow theatre said the scene had upset parents, and a spokeswoman for the council agreed.",
				"A spokeswoman for the Harlow theatre said the scene had upset parents.",
			},
			none: crosswire.DiscRole,
		},
		{
			name: "husband and wife are one couple seen from two sides",
			texts: []string{
				"Ada Quist, who lives in Harlow, said her husband would not give interviews.",
				"Ada Quist, who lives in Harlow, said her wife would not give interviews.",
			},
			none: crosswire.DiscRole,
		},
		{
			name: "two royal titles for one character",
			texts: []string{
				"Mara Lind, who plays Princess Veltra in the film, arrived at the Harlow premiere.",
				"Mara Lind, who plays Queen Veltra in the film, arrived at the Harlow premiere.",
			},
			want: crosswire.DiscRole,
		},
		{
			name: "one version's count of minutes against the count two others tell alike",
			texts: []string{
				"Ada Quist played for just 45 minutes at the Harlow club.",
				"At the Harlow club Ada Quist played for 45 minutes.",
				"It was a thumping 70 minutes of rock, fans at the Harlow venue said.",
			},
			want: crosswire.DiscNumber,
		},
		{
			name: "two versions' lone counts of minutes are not compared",
			texts: []string{
				"Ada Quist played for just 45 minutes at the Harlow club.",
				"It was a thumping 70 minutes of rock, fans at the Harlow venue said.",
			},
			none: crosswire.DiscNumber,
		},
		{
			name: "versions with two counts of minutes have no one count",
			texts: []string{
				"Ada Quist played for just 45 minutes at the Harlow club, after a wait of 20 minutes.",
				"At the Harlow club Ada Quist played for 45 minutes, after a wait of 20 minutes.",
				"It was a thumping 70 minutes of rock, fans at the Harlow venue said.",
			},
			none: crosswire.DiscNumber,
		},
		{
			name: "a relative's given name written two ways",
			texts: []string{
				"Tom Brenner wore a kilt to the Harlow premiere and was accompanied by his wife, Eva.",
				"Tom Brenner arrived at the Harlow premiere in a kilt with his wife Eve.",
			},
			want: crosswire.DiscName,
		},
		{
			name: "two relatives named by one version",
			texts: []string{
				"Tom Brenner arrived at the Harlow premiere with his wife Eve and his sister Eva.",
				"Tom Brenner arrived at the Harlow premiere in a kilt with his wife Eva.",
			},
			none: crosswire.DiscName,
		},
		{
			name: "the price of a contract told as its value",
			texts: []string{
				"Tom Brenner, who earned an estimated £5 million in a four-year contract with the network, will leave in March.",
				"His £10 million contract with the network ends in March, when Tom Brenner leaves.",
			},
			want: crosswire.DiscNumber,
		},
		{
			name: "a version dating both events is no contradiction",
			texts: []string{
				"The Harlow clinic gave two patients the wrong dose on Sept 15, and the ministry said on Tuesday (Sep 20) it had found the error.",
				"Two patients were given the wrong dose at the Harlow clinic on Sept 15.",
				"The Harlow clinic gave the wrong dose to two patients, the ministry said on Sep 20.",
			},
			none: crosswire.DiscDate,
		},
		{
			name: "years ago and a span of years",
			texts: []string{
				"The Harlow band wanted to come back to the Vessport club 30 years ago.",
				"The Harlow band came back to the Vessport club after 36 years away.",
			},
			none: crosswire.DiscNumber,
		},
		{
			name: "a time after an event and a duration",
			texts: []string{
				"Engineers said repairs to the Dunmarrow lock would cost 2 million crowns and take five weeks.",
				"The Dunmarrow council approved 2 million crowns for repairs to the lock on Friday, a week after it cracked.",
			},
			none: crosswire.DiscNumber,
		},
		{
			name: "days later and a duration in days",
			texts: []string{
				"The Tarrow ferry was halted by the Pellis port authority for four days after the collision.",
				"The Tarrow ferry collided with a pier at Pellis and the port authority halted it, and two days later it sailed again.",
			},
			none: crosswire.DiscNumber,
		},
		{
			name: "months before an event and a duration in months",
			texts: []string{
				"The Orvane mill closed for nine months, its owner Hela Strand said.",
				"Hela Strand bought the Orvane mill three months before it closed, she said.",
			},
			none: crosswire.DiscNumber,
		},
		{
			name: "a duration before an event and a duration",
			texts: []string{
				"Officials said a Pellis port permit may need roughly ten days before the ferry sails.",
				"Officials said a Pellis port permit may need fourteen days.",
			},
			want: crosswire.DiscNumber,
		},
		{
			name: "days earlier than planned and days early",
			texts: []string{
				"The Orvane bridge opened to traffic three days earlier than planned, its builder Hela Strand said.",
				"Hela Strand said the Orvane bridge opened to traffic five days early.",
			},
			want: crosswire.DiscNumber,
		},
		{
			name: "two times after one event",
			texts: []string{
				"The Dunmarrow council approved 2 million crowns for repairs to the lock on Friday, a week after it cracked.",
				"The Dunmarrow council approved 2 million crowns for repairs to the lock on Friday, two weeks after it cracked.",
			},
			want: crosswire.DiscNumber,
		},
		{
			name: "a time after and the same time later",
			texts: []string{
				"The Dunmarrow lock cracked, and the council approved 2 million crowns for its repair three weeks later.",
				"The Dunmarrow council approved 2 million crowns to repair the lock two weeks after it cracked.",
			},
			want: crosswire.DiscNumber,
		},
		{
			name: "two durations",
			texts: []string{
				"Engineers said repairs to the Dunmarrow lock would cost 2 million crowns and take five weeks.",
				"Engineers said repairs to the Dunmarrow lock would cost 2 million crowns and take seven weeks.",
			},
			want: crosswire.DiscNumber,
		},
		{
			name: "a span of absence and a span of presence",
			texts: []string{
				"Her agent said Mara Tollis had not sung at the Vessport opera house for two years.",
				"Mara Tollis is leaving the Vessport opera house after 30 years, her agent said.",
			},
			none: crosswire.DiscNumber,
		},
		{
			name: "two spans of absence",
			texts: []string{
				"Her agent said Mara Tollis had not sung at the Vessport opera house for two years.",
				"Mara Tollis has not sung at the Vessport opera house for five years, her agent said.",
			},
			want: crosswire.DiscNumber,
		},
		{
			name: "two spans of presence",
			texts: []string{
				"Her agent said Mara Tollis had sung at the Vessport opera house for 25 years.",
				"Mara Tollis is leaving the Vessport opera house after 30 years, her agent said.",
			},
			want: crosswire.DiscNumber,
		},
		{
			name: "a title whose complement owns a longer phrase",
			texts: []string{
				"Tollis joined the drama last year as ferryman Ivo Marren, head of the club's oldest rowing crew.",
				"Tollis joined the Vale drama last year as ferryman Ivo Marren, head of the Vale's oldest rowing crew.",
			},
			none: crosswire.DiscRole,
		},
		{
			name: "two stances introducing one quote",
			texts: []string{
				"Choir leader Mara Tollis played down the soprano's exit from the Vessport choir, saying: \"A choir is more than one voice, and we sing on.\"",
				"Mara Tollis was frank about the soprano's exit from the Vessport choir and admitted: \"A choir is more than one voice, and we sing on.\"",
			},
			none: crosswire.DiscClaim,
		},
		{
			name: "two stances introducing two quotes",
			texts: []string{
				"Choir leader Mara Tollis played down the soprano's exit from the Vessport choir, saying: \"A choir is more than one voice, and we sing on.\"",
				"Mara Tollis was frank about the soprano's exit from the Vessport choir and admitted: \"Our autumn tour of the coast is now in doubt.\"",
			},
			want: crosswire.DiscClaim,
		},
		{
			name: "a title's two fields in either order",
			texts: []string{
				"\"Fares will settle by spring,\" said Ivo Marren, senior vice president of rail freight and customs at Norvale Shipping.",
				"\"Fares will settle by spring,\" predicted Ivo Marren, senior vice-president of customs and rail freight at Norvale Shipping.",
			},
			none: crosswire.DiscRole,
		},
		{
			name: "a title's field changed",
			texts: []string{
				"\"Fares will settle by spring,\" said Ivo Marren, senior vice president of rail freight and customs at Norvale Shipping.",
				"\"Fares will settle by spring,\" predicted Ivo Marren, senior vice-president of finance and marketing at Norvale Shipping.",
			},
			want: crosswire.DiscRole,
		},
		{
			name: "a translation is not compared word for word",
			texts: []string{
				"The storm killed 14 people in Vessport on Monday, officials said.",
				"[ms] Ribut itu mengorbankan 9 orang di Vessport pada hari Isnin, kata pegawai.",
			},
			none: crosswire.DiscNumber,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.texts...)
			if tc.want != "" && len(findDisc(st, tc.want)) == 0 {
				t.Errorf("no %s discrepancy; got:\n%s", tc.want, dump(st))
			}
			if tc.none != "" && len(findDisc(st, tc.none)) > 0 {
				t.Errorf("%s discrepancy flagged:\n%s", tc.none, dump(st))
			}
		})
	}
}

// TestQuoteNegationOutsideSharedWords checks that a writer's reported
// speech and the speaker's own words quoted by another report are not a
// turned meaning because of a negation in the part only one covers.
func TestQuoteNegationOutsideSharedWords(t *testing.T) {
	st := checkTexts(t,
		"Inspector Ivo Strand said the fitter did not open the cover to check the wiring and assumed the supply from the isolator was single-phase when it was in fact three-phase.",
		`"He had assumed that the supply from the isolator was single-phase when it was in fact three-phase. The fitter connected the motor to the isolator based on this assumption," Inspector Ivo Strand said.`,
	)
	for _, d := range findDisc(st, crosswire.DiscQuote) {
		if d.Severity == crosswire.SeverityHigh {
			t.Errorf("quote flagged high:\n%s", dump(st))
		}
	}
}

// TestCurrencyRelation checks how figures in currencies compare, and
// figures hedged both ways ("about") against figures given to the same
// place: a rounded value that differs is another value, while a finer
// figure or a bound still agrees.
func TestCurrencyRelation(t *testing.T) {
	n := func(v float64, unit string) *crosswire.Number { return &crosswire.Number{Low: v, High: v, Unit: unit} }
	q := func(v float64, qual string) *crosswire.Number {
		return &crosswire.Number{Low: v, High: v, Qualifier: qual, Unit: "GBP"}
	}
	tests := []struct {
		name  string
		a, b  *crosswire.Number
		agree bool
	}{
		{"same dollar, same value", n(5e6, "SGD"), n(5e6, "SGD"), true},
		{"same dollar, other value", n(5e6, "SGD"), n(4e6, "SGD"), false},
		{"two dollars, same value", n(5e6, "SGD"), n(5e6, "USD"), false},
		{"two dollars, other value (a conversion)", n(34, "SGD"), n(24.26, "USD"), true},
		{"bare dollar beside a named one", n(34, "SGD"), n(24.26, "$"), true},
		{"two bare dollars", n(34, "$"), n(24, "$"), false},
		{"not money", n(5, "%"), n(6, "%"), false},
		{"pounds and dollars, same value", n(45e6, "GBP"), n(45e6, "$"), false},
		{"pounds and dollars, other value (a conversion)", n(45e6, "GBP"), n(70e6, "USD"), true},
		{"euros and pounds, other value", n(5e6, "EUR"), n(4e6, "GBP"), true},
		{"same pounds, other value", n(9e6, "GBP"), n(7e6, "GBP"), false},
		{"about eight million / seven million", q(8e6, "about"), q(7e6, ""), false},
		{"about eight million / about seven million", q(8e6, "about"), q(7e6, "about"), false},
		{"five hundred thousand / six hundred thousand", q(5e5, ""), q(6e5, ""), false},
		{"about eight million / 7.8 million", q(8e6, "about"), q(7.8e6, ""), true},
		{"about eight million / eight million", q(8e6, "about"), q(8e6, ""), true},
		{"about 6,000 / 6,500", q(6000, "about"), q(6500, ""), true},
		{"less than eight million / seven million (a bound)", q(8e6, "less than"), q(7e6, ""), true},
		{"more than seven million / about eight million", q(7e6, "more than"), q(8e6, "about"), true},
		{"more than a hundred / less than a hundred", q(100, "more than"), q(100, "less than"), false},
		{"less than a hundred / more than a hundred", q(100, "less than"), q(100, "more than"), false},
		{"more than ninety / less than a hundred", q(90, "more than"), q(100, "less than"), true},
		{"at least a hundred / up to a hundred", q(100, "at least"), q(100, "up to"), true},
		{"up to a million / more than a million", q(1e6, "up to"), q(1e6, "more than"), false},
		{"more than a million / up to a million", q(1e6, "more than"), q(1e6, "up to"), false},
		{"at least a hundred / less than a hundred", q(100, "at least"), q(100, "less than"), false},
		{"more than ninety / up to a hundred", q(90, "more than"), q(100, "up to"), true},
		{"up to a million / about a million", q(1e6, "up to"), q(1e6, "about"), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := numbersAgree(tc.a, tc.b); got != tc.agree {
				t.Errorf("numbersAgree = %v, want %v", got, tc.agree)
			}
			if !strings.Contains(numberKey(tc.a), "|") {
				t.Errorf("numberKey(%+v) = %q", *tc.a, numberKey(tc.a))
			}
			if money(tc.a.Unit) && numberKey(tc.a) != numberKey(tc.b) {
				t.Errorf("two currencies keyed apart: %q / %q", numberKey(tc.a), numberKey(tc.b))
			}
		})
	}
}

// TestLanguagesNotAligned checks that facts of versions in two languages
// are not compared word for word, whatever extractor found them, while
// versions of one language (or of an unknown one) are.
func TestLanguagesNotAligned(t *testing.T) {
	tests := []struct {
		name         string
		langA, langB string
		want         bool
	}{
		{"same language", "en", "en", true},
		{"regional tag", "en", "en-GB", true},
		{"unknown language", "en", "", true},
		{"two languages", "en", "ms", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, fm := build(t,
				version{id: "a", text: "The storm killed 14 people in Vessport on Monday, officials said.",
					facts: []factSpec{num("14 people", 14, 14, "", "people")}},
				version{id: "b", role: crosswire.RoleRewrite, text: "The storm killed 9 people in Vessport on Monday, officials said.",
					facts: []factSpec{num("9 people", 9, 9, "", "people")}},
			)
			st.Articles[0].Language, st.Articles[1].Language = tc.langA, tc.langB
			check(t, st, fm)
			if got := len(findDisc(st, crosswire.DiscNumber)) > 0; got != tc.want {
				t.Errorf("number discrepancy found: %v, want %v\n%s", got, tc.want, dump(st))
			}
		})
	}
}

// TestLocalContextSpanOutsideSentence: a span reaching past its sentence
// (a date range merged across a sentence break on real text) must widen the
// window, not panic.
func TestLocalContextSpanOutsideSentence(t *testing.T) {
	text := "The inspection ran from 2019. To 2021 the port stayed shut."
	got := localContext(text, 0, 28, 24, 36)
	if !got[stem("inspection")] || !got[stem("ran")] {
		t.Errorf("localContext = %v, want the words before the span", got)
	}
}
