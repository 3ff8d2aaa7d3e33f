package facts

import (
	"slices"
	"testing"

	"crosswire"
)

// render writes a fact as "kind:value", with the role of a person
// ("person:Dana Keller/foreign minister") and the speaker of a quotation
// ("quote:Dana Keller:We won").
func render(f crosswire.Fact) string {
	switch {
	case f.Entity != nil && f.Entity.Role != "":
		return string(f.Kind) + ":" + f.Value + "/" + f.Entity.Role
	case f.Quote != nil:
		return string(f.Kind) + ":" + f.Quote.Speaker + ":" + f.Value
	}
	return string(f.Kind) + ":" + f.Value
}

// TestPrecision holds the general causes of wrong facts found by reading
// extractions of real newswire text, one case per cause, each written with
// fictional sentences: has lists facts that must be extracted, lacks
// facts that must not.
func TestPrecision(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		has, lacks []string
	}{
		// people and roles
		{"adjective title after an article is no role",
			"The rules follow the General Data Protection Regulation adopted by the bloc.",
			nil, []string{"person:Data Protection Regulation/General"}},
		{"lower-case adjective title is no role",
			"There is also a general Production Diary on the site.",
			nil, []string{"person:Production Diary/general"}},
		{"adjective titles still head a name",
			"General Ivo Marsh said the army would withdraw. Major Lena Orr led the patrol.",
			[]string{"person:Ivo Marsh/General", "person:Lena Orr/Major"}, nil},
		{"lower-case chief heads a role",
			"On Monday school inspection chief Dara Bellam accused some schools of failing pupils.",
			[]string{"person:Dara Bellam/school inspection chief"}, nil},
		{"title before a list is not the first name's role",
			"Crowds cheered the Pope, Nelson Amara and the Dalai Lama. Amara waved.",
			[]string{"person:Nelson Amara"}, []string{"person:Nelson Amara/Pope"}},
		{"title before an appositive name stays its role",
			"The country's foreign minister, Ivo Strand, said talks would resume.",
			[]string{"person:Ivo Strand/foreign minister"}, nil},
		{"title used as an adjective after a comma",
			"Varrow tried to buy Kilbrae, one of Norland's premier whisky firms.",
			nil, []string{"person:Kilbrae/premier"}},
		{"name before a lower-case title is an organisation",
			"Kestrel United manager Tomas Brandt said his side would win. Kestrel United had lost twice.",
			[]string{"org:Kestrel United", "person:Tomas Brandt/manager"}, []string{"person:Kestrel United"}},
		{"nationality before a lower-case title is no organisation",
			"Norlandic finance minister Herve Gaymo deplored the infighting. The Welsh coach Ivo Penn agreed.",
			nil, []string{"org:Norlandic", "org:Welsh"}},
		{"article before a name",
			"The Kestrel Reserve is likely to raise interest rates again.",
			nil, []string{"person:Kestrel Reserve"}},
		{"article before a title",
			"The Kilbrae Boys was the big winner at the awards.",
			nil, []string{"person:Kilbrae Boys", "org:Kilbrae Boys"}},
		{"participle opening the sentence",
			"Saying Norland must change direction, Mr Hale argued for lower taxes.",
			nil, []string{"person:Saying Norland"}},
		{"age compound is no part of the name",
			"Fifteen-year-old Donal Yost went out in the first round, Yost said.",
			nil, []string{"person:Fifteen-year-old Donal Yost"}},
		{"name after a work noun is a title",
			"The long-running show Borrow Lane drew 20 million viewers. Borrow Lane was cancelled in 1987.",
			nil, []string{"person:Borrow Lane"}},
		{"name after an organisation noun",
			"Shares rose after surfwear firm Orvik Sands made an offer. Orvik Sands said it would pay cash.",
			[]string{"org:Orvik Sands"}, []string{"person:Orvik Sands"}},
		{"interjection before a capitalised title",
			"Well, Harbour Manager is the successor to the old series.",
			nil, []string{"person:Well/Harbour Manager"}},
		{"plural common acronym is no name",
			"High-definition DVDs will hold more data, the makers said.",
			nil, []string{"person:High-definition DVDs"}},
		{"nationality before a name",
			"The wildcard lost to fellow Brazilian Tomas Arlo in straight sets. Arlo said he was happy.",
			[]string{"person:Tomas Arlo"}, []string{"person:Brazilian Tomas Arlo"}},
		// organisations
		{"common-noun acronyms are no organisations",
			"The firm sold DVD players and said ID cards would cost more by 1200 GMT.",
			nil, []string{"org:DVD", "org:ID", "org:GMT"}},
		{"other acronyms stay organisations",
			"The NCSA said the KBX network was safe.",
			[]string{"org:NCSA"}, nil},
		{"acronym after a place preposition",
			"The party hired a senior figure from KBT to run its campaign.",
			[]string{"org:KBT"}, []string{"place:KBT"}},
		// numbers
		{"number inside a name",
			"Parents 4 Parks protested while Kestrel 2 dropped a place and machines ran Orvik 2000.",
			nil, []string{"number:4", "number:2", "number:2000"}},
		{"bare year is no figure",
			`"Without a doubt, 2005 has been a landmark year," he added.`,
			nil, []string{"number:2005"}},
		{"one way or the other",
			"It will not take much to push the dollar one way or the other.",
			nil, []string{"number:1 way"}},
		{"measure idioms",
			"Orvik put a price tag in the region of £40m on him, paid to the tune of $2m.",
			[]string{"number:about 40000000 GBP", "number:2000000 $"}, []string{"number:40000000 GBP region", "number:2000000 $ tune"}},
		{"coordinated modifiers before the counted noun",
			"The insurer registered about 300 natural and man-made disasters.",
			[]string{"number:about 300 disaster"}, []string{"number:about 300 natural"}},
		{"power units",
			"The dam will produce 12,600 MW of electricity.",
			[]string{"number:12600 MW"}, nil},
		// dates
		{"capitalised Today is a title",
			"She told the Today programme that talks had failed.",
			nil, []string{"date:2024-03-15"}},
		{"weekday opening a title",
			"The show beat Saturday Night Lantern in the ratings.",
			nil, []string{"date:2024-03-09"}},
		{"year after a product name",
			"The virus infects machines running Server 2003.",
			nil, []string{"date:2003"}},
		{"time of day before a time zone",
			"The currency traded at $1.36 at 1800 GMT on Monday.",
			nil, []string{"date:1800", "number:1800"}},
		{"the last year is a rolling period",
			"Wales have lost four games in the last year or so.",
			nil, []string{"date:2023"}},
		{"coming day and month",
			"The band will play Glasgow on 21 January.",
			[]string{"date:2025-01-21"}, []string{"date:2024-01-21"}},
		// quotations
		{"continued quotation whose paragraph break was lost",
			`Dino Corvi told reporters: "Nobody has called us. "If they do, we will listen." Orvik are reported to want a fee. But Corvi said: "I cannot name a figure."`,
			[]string{"quote:Dino Corvi:Nobody has called us", "quote:Dino Corvi:If they do, we will listen", "quote:Dino Corvi:I cannot name a figure"},
			[]string{"quote:Dino Corvi:If they do, we will listen.\" Orvik are reported to want a fee. But Corvi said:"}},
		{"possessor is not the speaker",
			`Mr Hale's lawyer Richard Penn said: "Mr Hale has never taken drugs."`,
			[]string{"quote:Richard Penn:Mr Hale has never taken drugs"}, []string{"quote:Hale:Mr Hale has never taken drugs"}},
		// claims
		{"coordinated verbs share their subject",
			"Investigators searched 14 properties in Vessburg and the port city of Lindhaven and seized documents.",
			[]string{"claim:investigators seize documents"}, []string{"claim:Lindhaven seize documents"}},
		{"coordinated passives share their subject",
			"Mara Lind was arrested in Orsk and charged with fraud.",
			[]string{"claim:arrest Mara Lind", "claim:charge Mara Lind"}, []string{"claim:Mara Lind charge"}},
		{"quoted first person possession is no actor",
			`"My client has never taken a decision on the deal," said lawyer Petra Vance.`,
			[]string{"claim:not take decision"}, []string{"claim:client not take decision"}},
		{"quoted I is the speaker",
			`"I resigned because of the audit," said Tomas Brandt.`,
			[]string{"claim:Tomas Brandt resign"}, nil},
		{"figure after by is an amount, not an agent",
			"TV viewers rose by 5% and the budget was cut by 12%.",
			[]string{"claim:tv viewers rise 5% viewer"}, []string{"claim:5% viewer rise tv viewers", "claim:12% cut budget"}},
		{"negation through a catenative",
			"Ivo Marsh was not about to lose his temper, Marsh said.",
			[]string{"claim:Ivo Marsh not lose temper"}, nil},
		{"participle in apposition is passive",
			"The deal, struck at the summit last week, ended the dispute.",
			[]string{"claim:strike deal", "claim:deal end dispute"}, []string{"claim:deal strike"}},
		// entity types a reader sees as wrong (issue 20 item 7)
		{"a place head word alone names no place",
			"Guitarist Ivo Penn has quit Delta, the band said. Delta fans wept.",
			nil, []string{"place:Delta"}},
		{"a dotted abbreviation is in the gazetteer",
			"Prices in the U.S. rose again, the U.S. government said.",
			[]string{"place:U.S."}, []string{"org:U.S."}},
		{"the place a job is held at is its employer",
			"The flaw is serious, said Ada Quist, a senior researcher at Velmora.",
			[]string{"org:Velmora"}, []string{"place:Velmora"}},
		{"an acronym defined by lower-case words is a term",
			"Attackers used cross-site scripting (QXS) flaws. QXS is common, and the QXS bugs spread.",
			nil, []string{"org:QXS"}},
		{"an acronym only modifying nouns is a term",
			"Attackers exploited a QRP bug to reach QRP servers, then QRP ports.",
			nil, []string{"org:QRP"}},
		{"an acronym used as a body's is an organisation",
			"The BNC said it would appeal. Staff told the BNC nothing.",
			[]string{"org:BNC"}, nil},
		{"a name glossed with an organisation noun",
			"Tarn Vellis, a security firm, said the flaw was fixed. Tarn Vellis has 40 staff.",
			[]string{"org:Tarn Vellis"}, []string{"person:Tarn Vellis"}},
		{"a name before a work noun is a title",
			"It was the first Borrow Lane film to win an award.",
			nil, []string{"person:Borrow Lane", "place:Borrow Lane"}},
		{"a place preposition outweighs the verb after the name",
			"A woman from North Vessex said her camera was hacked.",
			[]string{"place:North Vessex"}, []string{"person:North Vessex"}},
		{"a title before a second name is not the first name's",
			"Regulators acted against Velmora, its chief executive Ivo Strand and two directors. Velmora said it would appeal.",
			[]string{"person:Ivo Strand/chief executive"}, []string{"person:Velmora/chief executive", "person:Velmora"}},
		{"a place from a preposition alone that acts is a body",
			"The flaw in Velmora was found in May. Velmora released a patch on Friday.",
			[]string{"org:Velmora"}, []string{"place:Velmora"}},
		{"a given name alone is the person named in full",
			"Mr Paul Keller returned to the club. Fans gazed at Paul all night. Paul had wanted to come back, Keller said.",
			[]string{"person:Paul Keller"}, []string{"place:Paul", "org:Paul", "person:Paul"}},
		{"an acronym before a title is the holder's employer",
			"The pilot lied, QBI director Ivo Strand said on Monday.",
			[]string{"org:QBI"}, nil},
		{"an organisation noun before another name glosses that name",
			"The breach was the work of Grey Heron, the security firm Velmora Labs said on Monday.",
			[]string{"org:Velmora Labs"}, []string{"org:Grey Heron"}},
		{"a gloss naming an attacker's trade is a threat group's",
			"Dravia blamed Grey Heron, a state-backed hacking team, for the breach.",
			[]string{"group:Grey Heron"}, []string{"org:Grey Heron", "person:Grey Heron"}},
		{"one name, one kind in an article",
			"Velmora, a security firm, found the bug. A flaw in Velmora's own software followed.",
			[]string{"org:Velmora"}, []string{"place:Velmora"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, f := range extractText(t, tc.text, &testPublished) {
				got = append(got, render(f))
			}
			for _, w := range tc.has {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q in %q", w, got)
				}
			}
			for _, w := range tc.lacks {
				if slices.Contains(got, w) {
					t.Errorf("unwanted %q in %q", w, got)
				}
			}
		})
	}
}
