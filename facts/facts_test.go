package facts

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"crosswire"
)

// published is a Friday.
var testPublished = time.Date(2024, 3, 15, 9, 30, 0, 0, time.UTC)

func extractText(t testing.TB, text string, pub *time.Time) []crosswire.Fact {
	t.Helper()
	a := &crosswire.Article{ID: "art-1", Text: text, Published: pub}
	fs, err := New().Extract(context.Background(), a)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	checkSpans(t, a, fs)
	return fs
}

// checkSpans asserts the span invariant on every fact.
func checkSpans(t testing.TB, a *crosswire.Article, fs []crosswire.Fact) {
	t.Helper()
	sents := a.Sentences
	for _, f := range fs {
		sp := f.Span
		if sp.Start < 0 || sp.End > len(a.Text) || sp.Start >= sp.End {
			t.Fatalf("%s %q: bad offsets %d..%d (len %d)", f.Kind, f.Value, sp.Start, sp.End, len(a.Text))
		}
		if a.Text[sp.Start:sp.End] != sp.Text {
			t.Fatalf("%s %q: span text %q != text[%d:%d] %q", f.Kind, f.Value, sp.Text, sp.Start, sp.End, a.Text[sp.Start:sp.End])
		}
		if sp.Article != a.ID {
			t.Fatalf("%s %q: span article %q, want %q", f.Kind, f.Value, sp.Article, a.ID)
		}
		if f.Value == "" {
			t.Fatalf("%s at %d: empty value", f.Kind, sp.Start)
		}
		if len(sents) > 0 && (f.Sentence < 0 || f.Sentence >= len(sents)) {
			t.Fatalf("%s %q: sentence %d out of range", f.Kind, f.Value, f.Sentence)
		}
		details := 0
		for _, set := range []bool{f.Entity != nil, f.Number != nil, f.Period != nil, f.Quote != nil, f.Claim != nil} {
			if set {
				details++
			}
		}
		if details != 1 {
			t.Fatalf("%s %q: %d detail fields set", f.Kind, f.Value, details)
		}
		if f.Entity != nil && f.Entity.RoleSpan != nil {
			rs := f.Entity.RoleSpan
			if a.Text[rs.Start:rs.End] != rs.Text || rs.Text == "" {
				t.Fatalf("%s %q: bad role span %+v", f.Kind, f.Value, rs)
			}
		}
	}
}

func ofKind(fs []crosswire.Fact, k crosswire.FactKind) []crosswire.Fact {
	var out []crosswire.Fact
	for _, f := range fs {
		if f.Kind == k {
			out = append(out, f)
		}
	}
	return out
}

func values(fs []crosswire.Fact) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Value)
	}
	return out
}

// firstFact returns the first of fs that match accepts. When none does, it
// fails the test, naming the fact it wanted and listing the facts there
// were.
func firstFact(t *testing.T, fs []crosswire.Fact, want string, match func(crosswire.Fact) bool) crosswire.Fact {
	t.Helper()
	for _, f := range fs {
		if match(f) {
			return f
		}
	}
	got := make([]string, len(fs))
	for i, f := range fs {
		got[i] = string(f.Kind) + " " + describe(f)
	}
	t.Fatalf("no %s in %q", want, got)
	return crosswire.Fact{}
}

func TestPersons(t *testing.T) {
	tests := []struct {
		name, text  string
		value, role string
		spanHas     string
	}{
		{"title before", "Deputy Interior Minister Dana Keller spoke on the radio.", "Dana Keller", "Deputy Interior Minister", "Deputy Interior Minister Dana Keller"},
		{"appositive after", "Dana Keller, the deputy interior minister, spoke.", "Dana Keller", "deputy interior minister", "Dana Keller, the deputy interior minister"},
		{"lower role before", "The talks were led by the country's foreign minister, Ivo Strand, on Friday.", "Ivo Strand", "foreign minister", "foreign minister, Ivo Strand"},
		{"compound title", "Prosecutor General Mara Lind said the case was closed.", "Mara Lind", "Prosecutor General", "Prosecutor General Mara Lind"},
		{"spokesperson for", "Tomas Vik, a spokesperson for the ministry, declined to comment.", "Tomas Vik", "spokesperson for the ministry", "Tomas Vik"},
		{"no role with said", "Anna Berg said the bridge would reopen.", "Anna Berg", "", "Anna Berg"},
		{"noun modifier", "The claim was rejected by embassy spokesman Viktor Sal on Friday.", "Viktor Sal", "embassy spokesman", "embassy spokesman Viktor Sal"},
		{"particle name", "Interior Minister Samir al-Hakim resigned.", "Samir al-Hakim", "Interior Minister", "Samir al-Hakim"},
		{"title of org", "The director of the NCSA Ines Farrow spoke.", "Ines Farrow", "director of the NCSA", "director of the NCSA Ines Farrow"},
		{"honorific", "The statement was read by Mr Olsen at noon.", "Olsen", "", "Olsen"},
		{"place stripped from role", "Kestrian Foreign Minister Ivo Strand arrived.", "Ivo Strand", "Foreign Minister", "Ivo Strand"},
		{"portfolio with and", "Minister of Trade and Industry Dana Keller opened the port.", "Dana Keller", "Minister of Trade and Industry", "Minister of Trade and Industry Dana Keller"},
		{"portfolio with and before a three-word name", "Minister for Home Affairs and Law Lee Wen Hao spoke.", "Lee Wen Hao", "Minister for Home Affairs and Law", "Minister for Home Affairs and Law Lee Wen Hao"},
		{"and inside a title before its head", "Communication and Informatics Minister Arlo Venn said the bill passed.", "Arlo Venn", "Communication and Informatics Minister", "Communication and Informatics Minister Arlo Venn"},
		{"portfolio with and after the name", "Dana Keller, the minister of trade and industry, said the talks went well.", "Dana Keller", "minister of trade and industry", "Dana Keller, the minister of trade and industry"},
		{"two people joined by and", "Dana Keller and Foreign Minister Ivo Strand met in Vessport.", "Ivo Strand", "Foreign Minister", "Foreign Minister Ivo Strand"},
		{"title for someone else", "A spokesman for Mr Keller said the talks would go on. Keller left.", "Keller", "", "Keller"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := ofKind(extractText(t, tc.text, nil), crosswire.KindPerson)
			f := firstFact(t, fs, "person "+tc.value, func(f crosswire.Fact) bool { return f.Value == tc.value })
			if f.Entity.Role != tc.role {
				t.Errorf("role %q, want %q", f.Entity.Role, tc.role)
			}
			if !strings.Contains(f.Span.Text, tc.spanHas) {
				t.Errorf("span %q does not hold %q", f.Span.Text, tc.spanHas)
			}
		})
	}
}

// TestTitleStopsAtPeople checks that "and" between two lower-case people
// ("the minister and the mayor") is no portfolio: the minister's title
// does not swallow the mayor.
func TestTitleStopsAtPeople(t *testing.T) {
	fs := ofKind(extractText(t, "Dana Keller, the minister and the mayor of Vessport, spoke.", nil), crosswire.KindPerson)
	if len(fs) != 1 || fs[0].Entity.Role != "minister" {
		t.Errorf("persons %q, role %q; want Dana Keller with role \"minister\"", values(fs), func() string {
			if len(fs) > 0 {
				return fs[0].Entity.Role
			}
			return ""
		}())
	}
}

// TestSharedGivenName checks that people who share a given name stay
// different people: a surname resolves to the one full name that ends
// with it, and a given name alone resolves to nobody.
func TestSharedGivenName(t *testing.T) {
	text := "John Smith, a teacher, said the school was closed. John Brown, a driver, said the road was blocked. " +
		"Smith added that classes would resume. Brown said he was late. John waved."
	got := map[string]string{}
	for _, f := range ofKind(extractText(t, text, nil), crosswire.KindPerson) {
		got[f.Span.Text] = f.Value
	}
	want := map[string]string{"John Smith": "John Smith", "John Brown": "John Brown", "Smith": "John Smith", "Brown": "John Brown"}
	for span, v := range want {
		if got[span] != v {
			t.Errorf("%q resolved to %q, want %q (all: %v)", span, got[span], v, got)
		}
	}
	if v, ok := got["John"]; ok {
		t.Errorf("a bare given name resolved to %q", v)
	}
}

// TestLanguage checks that only English text yields facts: the rules read
// English, and a Malay or Chinese report run through them gives facts
// that look English and are not.
func TestLanguage(t *testing.T) {
	const english = "Interior Minister Dana Keller said on Monday that 120 people had been evacuated from Vessport after the storm."
	const malay = "Menteri Dalam Negeri Dana Keller berkata pada hari Isnin bahawa 120 orang telah dipindahkan dari Vessport selepas ribut itu melanda pekan kecil tersebut."
	const chinese = "内政部长达娜·凯勒周一表示，风暴过后已有120人从维斯港撤离。"
	tests := []struct {
		name, lang, text string
		wantFacts        bool
	}{
		{"english stated", "en", english, true},
		{"english regional tag", "en-GB", english, true},
		{"english detected", "", english, true},
		{"malay stated", "ms", malay, false},
		{"malay detected", "", malay, false},
		{"chinese stated", "zh", chinese, false},
		{"chinese detected", "", chinese, false},
		{"english text labelled malay", "ms", english, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &crosswire.Article{ID: "a", Language: tc.lang, Text: tc.text}
			fs, err := New().Extract(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(fs) > 0; got != tc.wantFacts {
				t.Errorf("facts %q, want facts: %v", values(fs), tc.wantFacts)
			}
		})
	}
}

func TestSurnameResolution(t *testing.T) {
	fs := ofKind(extractText(t, "Interior Minister Dana Keller resigned. Later, Keller said she had no regrets. Mrs Keller left.", nil), crosswire.KindPerson)
	if len(fs) != 3 {
		t.Fatalf("got %d persons %q, want 3", len(fs), values(fs))
	}
	for _, f := range fs {
		if f.Value != "Dana Keller" {
			t.Errorf("mention %q resolved to %q", f.Span.Text, f.Value)
		}
	}
	if fs[1].Entity.Name != "Keller" {
		t.Errorf("name as written = %q", fs[1].Entity.Name)
	}
}

func TestOrgsPlacesGroups(t *testing.T) {
	tests := []struct {
		name, text string
		kind       crosswire.FactKind
		value      string
		written    string
	}{
		{"org head", "The Interior Ministry confirmed the outage.", crosswire.KindOrg, "Interior Ministry", "Interior Ministry"},
		{"org of", "A report by the Ministry of Water Resources was published.", crosswire.KindOrg, "Ministry of Water Resources", "Ministry of Water Resources"},
		{"acronym long form", "The National Cyber Security Agency (NCSA) issued a warning.", crosswire.KindOrg, "National Cyber Security Agency", "NCSA"},
		{"acronym later", "The Federal Grid Authority (FGA) met. Later the FGA said it was safe.", crosswire.KindOrg, "Federal Grid Authority", "FGA"},
		{"place preposition", "Flooding was reported in Veltra overnight.", crosswire.KindPlace, "Veltra", "Veltra"},
		{"place head", "Residents of Harlow County were evacuated.", crosswire.KindPlace, "Harlow County", "Harlow County"},
		{"demonym", "Norlandic officials met in Norland on Friday.", crosswire.KindPlace, "Norland", "Norlandic"},
		{"group known as", "A hacking group known as Silent Heron claimed the attack.", crosswire.KindGroup, "Silent Heron", "Silent Heron"},
		{"group head", "Analysts blamed Frost Kitten for the phishing wave.", crosswire.KindGroup, "Frost Kitten", "Frost Kitten"},
		{"numbered group", "Investigators linked APT-77 to the intrusions.", crosswire.KindGroup, "APT-77", "APT-77"},
		{"city of", "Searches were made in the port city of Lindmark.", crosswire.KindPlace, "Lindmark", "Lindmark"},
		{"with the name", "A group of hackers with the name Paper Lantern was named.", crosswire.KindGroup, "Paper Lantern", "Paper Lantern"},
		{"group noun after", "Members of the Grey Lantern gang were detained.", crosswire.KindGroup, "Grey Lantern", "Grey Lantern"},
		{"plural possessive in a name", "He appeared at Ashford Magistrates' Court on Monday.", crosswire.KindOrg, "Ashford Magistrates' Court", "Ashford Magistrates' Court"},
		{"possessive in a name", "He appeared at Ashford Coroner's Court on Monday.", crosswire.KindOrg, "Ashford Coroner's Court", "Ashford Coroner's Court"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := fmt.Sprintf("%s %q written %q", tc.kind, tc.value, tc.written)
			firstFact(t, extractText(t, tc.text, nil), want, func(f crosswire.Fact) bool {
				return f.Kind == tc.kind && f.Value == tc.value && f.Entity.Name == tc.written
			})
		})
	}
}

func TestAliases(t *testing.T) {
	fs := extractText(t, "The National Cyber Security Agency (NCSA) issued a warning. The NCSA said more.", nil)
	al := Aliases(fs)
	if al["NCSA"] != "National Cyber Security Agency" {
		t.Errorf("Aliases = %v", al)
	}
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		name, text string
		value      string
		low, high  float64
		qual, unit string
		counted    string
		spanHas    string
	}{
		{"separator", "Officials said 5,000 people fled.", "5000 people", 5000, 5000, "", "", "people", "5,000 people"},
		{"more than", "More than 5,000 people fled.", "more than 5000 people", 5000, 5000, "more than", "", "people", "More than 5,000 people"},
		{"over", "Over 300 homes were flooded.", "more than 300 home", 300, 300, "more than", "", "home", "Over 300 homes"},
		{"million", "The project cost about 1.2 million euros last spring.", "about 1200000 EUR", 1.2e6, 1.2e6, "about", "EUR", "", "about 1.2 million euros"},
		{"bare dollar stays a dollar", "The fund lost $3.5 billion.", "3500000000 $", 3.5e9, 3.5e9, "", "$", "", "$3.5 billion"},
		{"US dollar", "The fund lost US$3.5 billion.", "3500000000 USD", 3.5e9, 3.5e9, "", "USD", "", "US$3.5 billion"},
		{"Singapore dollar", "The Vessport council paid S$5 million for the land.", "5000000 SGD", 5e6, 5e6, "", "SGD", "", "S$5 million"},
		{"Hong Kong dollar", "The Harlow council spent HK$3 billion.", "3000000000 HKD", 3e9, 3e9, "", "HKD", "", "HK$3 billion"},
		{"Australian dollar", "Farmers got A$2 million in aid.", "2000000 AUD", 2e6, 2e6, "", "AUD", "", "A$2 million"},
		{"ringgit fused", "The Brenmoor bridge cost RM20 million.", "20000000 MYR", 20e6, 20e6, "", "MYR", "", "RM20 million"},
		{"ringgit spaced", "The Brenmoor bridge cost RM 20 million.", "20000000 MYR", 20e6, 20e6, "", "MYR", "", "RM 20 million"},
		{"dollars named after", "The deal was worth 40 million Singapore dollars.", "40000000 SGD", 40e6, 40e6, "", "SGD", "", "40 million Singapore dollars"},
		{"quantity after a figure is not its noun", "Sales fell to 440,000 six months earlier.", "440000", 440000, 440000, "", "", "", "440,000"},
		{"the quantity after keeps its own noun", "Sales fell to 440,000 six months earlier.", "6 month", 6, 6, "", "", "month", "six months"},
		{"adjective after a percentage", "The bank raised its rate to 5.125 per cent from 5.0 per cent effective Sept 1.", "5%", 5, 5, "", "%", "", "5.0 per cent"},
		{"percent", "Turnout fell to 12% in the north.", "12%", 12, 12, "", "%", "", "12%"},
		{"per cent", "Turnout rose 4.5 per cent.", "4.5% turnout", 4.5, 4.5, "", "%", "turnout", "4.5 per cent"},
		{"km", "The convoy travelled 40 km north.", "40 km", 40, 40, "", "km", "", "40 km"},
		{"attached unit", "Rain reached 190mm overnight.", "190 mm", 190, 190, "", "mm", "", "190mm"},
		{"unit word", "Water rose three metres in an hour.", "3 m", 3, 3, "", "m", "", "three metres"},
		{"word number", "Seven servers were wiped.", "7 server", 7, 7, "", "", "server", "Seven servers"},
		{"hyphen words", "Twenty-three agencies were notified.", "23 agency", 23, 23, "", "", "agency", "Twenty-three agencies"},
		{"a dozen", "Police detained a dozen protesters.", "12 protester", 12, 12, "", "", "protester", "a dozen protesters"},
		{"figure after a place name", "He played in Harlow 38 years after his last show.", "38 year", 38, 38, "", "", "year", "38 years"},
		{"dozens of", "She beat dozens of young hopefuls.", "24–199 hopeful", 24, 199, "", "", "hopeful", "dozens of young hopefuls"},
		{"hundreds of, opening a sentence", "Hundreds of fans waited.", "200–1999 fan", 200, 1999, "", "", "fan", "Hundreds of fans"},
		{"tens of thousands of", "Tens of thousands of people marched.", "20000–199000 people", 20000, 199000, "", "", "people", "Tens of thousands of people"},
		{"thousands of pounds", "The club lost thousands of pounds.", "2000–19999 GBP", 2000, 19999, "", "GBP", "", "thousands of pounds"},
		{"fused count", "It ended a nine-year campaign.", "9 year", 9, 9, "", "", "year", "nine-year"},
		{"fused scale", "They signed a 48-million-crown deal.", "48000000 crown", 48e6, 48e6, "", "", "crown", "48-million-crown"},
		{"age", "The 52-year-old minister resigned.", "52 year", 52, 52, "", "", "year", "52-year-old"},
		{"age in words", "The five-year-old boy was found safe.", "5 year", 5, 5, "", "", "year", "five-year-old"},
		{"age in hyphened words", "A twenty-one-year-old man was held.", "21 year", 21, 21, "", "", "year", "twenty-one-year-old"},
		{"age in months", "The four-month-old cub slept.", "4 month", 4, 4, "", "", "month", "four-month-old"},
		{"fused decimal measure", "The ferry ran aground on a 6.5-kilometre stretch.", "6.5 km", 6.5, 6.5, "", "km", "", "6.5-kilometre"},
		{"decimal range", "Prices rose 2.5-3.5% in March.", "2.5–3.5% price", 2.5, 3.5, "", "%", "price", "2.5-3.5%"},
		{"range between", "Between 200 and 300 workers joined.", "200–300 worker", 200, 300, "", "", "worker", "Between 200 and 300 workers"},
		{"range dash", "The blast injured 20-30 people.", "20–30 people", 20, 30, "", "", "people", "20-30 people"},
		{"or so after the figure", "The 120 or so who held tickets heard the band.", "about 120", 120, 120, "about", "", "", "120 or so"},
		{"or so before the noun", "Some 40 or so people were hurt.", "about 40 people", 40, 40, "about", "", "people", "40 or so people"},
		{"at least", "At least 14 people died.", "at least 14 people", 14, 14, "at least", "", "people", "At least 14 people"},
		{"up to", "Up to 40 trucks waited.", "up to 40 truck", 40, 40, "up to", "", "truck", "Up to 40 trucks"},
		{"less than", "Fewer than ten boats returned.", "less than 10 boat", 10, 10, "less than", "", "boat", "Fewer than ten boats"},
		{"adjective before noun", "Hackers took 120 compromised servers offline.", "120 server", 120, 120, "", "", "server", "120 compromised servers"},
		{"change verb subject", "Exports rose 4.5% in March.", "4.5% export", 4.5, 4.5, "", "%", "export", "Exports rose 4.5%"},
		{"currency noun before", "The firm made a profit of $3.4bn.", "3400000000 $ profit", 3.4e9, 3.4e9, "", "$", "profit", "profit of $3.4bn"},
		{"noun before", "The storm left a death toll of 12.", "12 death toll", 12, 12, "", "", "death toll", "death toll of 12"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := ofKind(extractText(t, tc.text, nil), crosswire.KindNumber)
			f := firstFact(t, fs, "number "+tc.value, func(f crosswire.Fact) bool { return f.Value == tc.value })
			n := f.Number
			if n.Low != tc.low || n.High != tc.high || n.Qualifier != tc.qual || n.Unit != tc.unit || n.Counted != tc.counted {
				t.Errorf("number = %+v", *n)
			}
			if !strings.Contains(f.Span.Text, tc.spanHas) {
				t.Errorf("span %q does not hold %q", f.Span.Text, tc.spanHas)
			}
		})
	}
}

// TestOnlyFacts checks texts, without a publication date, that must yield
// exactly the listed facts of one kind and no others of it.
func TestOnlyFacts(t *testing.T) {
	tests := []struct {
		name, text string
		kind       crosswire.FactKind
		want       []string
	}{
		// The day of a date written without a year is not a figure when
		// there is no publication date to place the date on the calendar.
		{"day without year is no figure", "The crates left Vessport on Sept 15 and arrived on 22 September with 40 boxes.", crosswire.KindNumber, []string{"40 box"}},
		{"numbers skip dates", "In 2019 the dam was closed on March 14, 2024 after 2017-2018 repairs.", crosswire.KindNumber, nil},
		{"relative dates need published", "Exports fell last year and again on Monday.", crosswire.KindDate, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := values(ofKind(extractText(t, tc.text, nil), tc.kind)); !slices.Equal(got, tc.want) {
				t.Errorf("%s facts %q, want only %q", tc.kind, got, tc.want)
			}
		})
	}
}

func TestDates(t *testing.T) {
	wednesday := time.Date(2024, 3, 13, 9, 0, 0, 0, time.UTC)
	monday := time.Date(2024, 3, 18, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		pub        *time.Time
		value      string
		from, to   string
		gran       string
		relative   bool
		event      string
	}{
		{"year range dash", "The intrusions in 2017-2018 went unnoticed.", nil, "2017–2018", "2017-01-01", "2018-12-31", "year", false, ""},
		{"short range", "The budget for 2017–18 was cut.", nil, "2017–2018", "2017-01-01", "2018-12-31", "year", false, "budget"},
		{"between", "The intrusions between 2016 and 2017 were small.", nil, "2016–2017", "2016-01-01", "2017-12-31", "year", false, "intrusions"},
		{"from to", "He served from 2016 to 2019.", nil, "2016–2019", "2016-01-01", "2019-12-31", "year", false, ""},
		{"consecutive years", "The hackers had access to the network of the ministry in 2016 and 2017.", nil, "2016–2017", "2016-01-01", "2017-12-31", "year", false, "network"},
		{"in year", "The dam opened in 2019.", nil, "2019", "2019-01-01", "2019-12-31", "year", false, ""},
		{"mdy", "The leak began on March 14, 2024.", nil, "2024-03-14", "2024-03-14", "2024-03-14", "day", false, ""},
		{"dmy", "The leak began on 14 March 2024.", nil, "2024-03-14", "2024-03-14", "2024-03-14", "day", false, ""},
		{"month year", "Talks resumed in March 2024.", nil, "2024-03", "2024-03-01", "2024-03-31", "month", false, ""},
		{"day range", "The talks ran March 14-16, 2024 in Veltra.", nil, "2024-03-14–2024-03-16", "2024-03-14", "2024-03-16", "day", false, ""},
		{"day range dmy", "The talks ran 14–16 March 2024.", nil, "2024-03-14–2024-03-16", "2024-03-14", "2024-03-16", "day", false, ""},
		{"month range", "The leak ran from March to May 2024.", nil, "2024-03–2024-05", "2024-03-01", "2024-05-31", "month", false, "leak"},
		{"season", "Work stopped in the summer of 2021.", nil, "2021-06–2021-08", "2021-06-01", "2021-08-31", "month", false, ""},
		{"iso", "The filing is dated 2023-11-02.", nil, "2023-11-02", "2023-11-02", "2023-11-02", "day", false, ""},
		{"modifier", "Turnout in the 2019 election was low.", nil, "2019", "2019-01-01", "2019-12-31", "year", false, "election"},
		{"last year", "Exports fell last year.", &testPublished, "2023", "2023-01-01", "2023-12-31", "year", true, ""},
		{"this year", "Exports rose this year.", &testPublished, "2024", "2024-01-01", "2024-12-31", "year", true, ""},
		{"on monday", "The dam was closed on Monday.", &testPublished, "2024-03-11", "2024-03-11", "2024-03-11", "day", true, ""},
		{"future weekday", "The king will visit the town on Monday.", &testPublished, "2024-03-18", "2024-03-18", "2024-03-18", "day", true, ""},
		{"future in reported speech, published the day before", "Mayor Ona Riel said the council would hold a session on Thursday.", &wednesday, "2024-03-14", "2024-03-14", "2024-03-14", "day", true, ""},
		{"future in reported speech, published two days after", "The commission said it would hold its vote later on Saturday.", &monday, "2024-03-16", "2024-03-16", "2024-03-16", "day", true, ""},
		{"future, published the day before", "The council will hold a session on Thursday.", &wednesday, "2024-03-14", "2024-03-14", "2024-03-14", "day", true, ""},
		{"past, published the day before", "The council held a session on Thursday.", &wednesday, "2024-03-07", "2024-03-07", "2024-03-07", "day", true, ""},
		{"future with is to", "The council is to meet on Thursday, she added.", &testPublished, "2024-03-21", "2024-03-21", "2024-03-21", "day", true, ""},
		{"future with plans to", "The union plans to strike on Thursday.", &testPublished, "2024-03-21", "2024-03-21", "2024-03-21", "day", true, ""},
		{"a past would have", "The council would have met on Thursday but the hall flooded.", &testPublished, "2024-03-14", "2024-03-14", "2024-03-14", "day", true, ""},
		{"a past session on a weekday", "The council held a session on Thursday.", &testPublished, "2024-03-14", "2024-03-14", "2024-03-14", "day", true, ""},
		{"a past is in reported speech", "Mayor Ona Riel said on Tuesday the council was to blame.", &testPublished, "2024-03-12", "2024-03-12", "2024-03-12", "day", true, ""},
		{"a state until a weekday", "The port is closed until Wednesday evening.", &testPublished, "2024-03-20", "2024-03-20", "2024-03-20", "day", true, ""},
		{"a past state until a weekday", "The port was closed until Wednesday evening.", &testPublished, "2024-03-13", "2024-03-13", "2024-03-13", "day", true, ""},
		// an action that sets a period's end: the end lies ahead
		{"an action in force until a weekday", "The ferry line suspended sailings until Tuesday and opened an inquiry.", &testPublished, "2024-03-19", "2024-03-19", "2024-03-19", "day", true, ""},
		{"an action in force until a weekday, after a clause", "On Thursday, the board of Kelm Rail halted all freight until Wednesday.", &testPublished, "2024-03-20", "2024-03-20", "2024-03-20", "day", true, ""},
		{"a time given until a weekday", "The court gave the defence until Monday to file its papers.", &testPublished, "2024-03-18", "2024-03-18", "2024-03-18", "day", true, ""},
		// a past duration or a period with its start said: the day is past
		{"a past duration until a weekday", "It took the crews until Wednesday to reopen the line.", &testPublished, "2024-03-13", "2024-03-13", "2024-03-13", "day", true, ""},
		{"not until a weekday", "The line did not reopen until Wednesday.", &testPublished, "2024-03-13", "2024-03-13", "2024-03-13", "day", true, ""},
		{"a span from a past day until a weekday", "The fault cut power to the depot from Sunday night until Wednesday.", &testPublished, "2024-03-13", "2024-03-13", "2024-03-13", "day", true, ""},
		{"a future state until a weekday", "The port will stay closed until Wednesday.", &testPublished, "2024-03-20", "2024-03-20", "2024-03-20", "day", true, ""},
		// an obligation is of what lies ahead; a past "by" is past
		{"an obligation by a weekday", "Applicants must register by Tuesday.", &testPublished, "2024-03-19", "2024-03-19", "2024-03-19", "day", true, ""},
		{"an obligation with has to", "The council has to decide by Wednesday.", &testPublished, "2024-03-20", "2024-03-20", "2024-03-20", "day", true, ""},
		{"a past by a weekday", "The depot was back in service by Tuesday.", &testPublished, "2024-03-12", "2024-03-12", "2024-03-12", "day", true, ""},
		{"a past inference with must have", "The thieves must have entered on Tuesday.", &testPublished, "2024-03-12", "2024-03-12", "2024-03-12", "day", true, ""},
		{"next weekday", "Talks resume next Tuesday.", &testPublished, "2024-03-19", "2024-03-19", "2024-03-19", "day", true, ""},
		{"weekday before its date", "His last column will appear on Monday, April 8th, and his last strip later.", &testPublished, "2024-04-08", "2024-04-08", "2024-04-08", "day", true, "appear"},
		{"a verb of running on a day dates its event", "The final column will run on April 9.", &testPublished, "2024-04-09", "2024-04-09", "2024-04-09", "day", true, "run"},
		{"a verb of running since a month is a period", "The survey has run since May 2023.", nil, "2023-05", "2023-05-01", "2023-05-31", "month", false, "survey"},
		{"a verb of running until a day is a period", "The exhibition will run until April 9.", &testPublished, "2024-04-09", "2024-04-09", "2024-04-09", "day", true, "exhibition"},
		{"weekday before day and month", "The hearing opens on Tuesday 9 April.", &testPublished, "2024-04-09", "2024-04-09", "2024-04-09", "day", true, ""},
		{"yesterday", "The minister resigned yesterday.", &testPublished, "2024-03-14", "2024-03-14", "2024-03-14", "day", true, "resign"},
		{"last week", "Police raided the office last week.", &testPublished, "2024-03-04–2024-03-10", "2024-03-04", "2024-03-10", "day", true, ""},
		{"month no year", "The vote is set for April 2.", &testPublished, "2024-04-02", "2024-04-02", "2024-04-02", "day", true, ""},
		{"day and month, no year, no publication date", "His lease ends on August 27.", nil, "--08-27", "0000-08-27", "0000-08-27", "day", false, ""},
		{"month alone, no publication date", "The last episode airs in October.", nil, "--10", "0000-10-01", "0000-10-31", "month", false, ""},
		{"month alone, the coming one", "The show will return in October.", &testPublished, "2024-10", "2024-10-01", "2024-10-31", "month", true, ""},
		{"month alone, the last one", "The band split up in November.", &testPublished, "2023-11", "2023-11-01", "2023-11-30", "month", true, ""},
		{"month alone, expected", "Most economists expect the first rate cut in September.", &testPublished, "2024-09", "2024-09-01", "2024-09-30", "month", true, ""},
		{"month alone, a past expectation", "Most economists expected a rate cut in September.", &testPublished, "2023-09", "2023-09-01", "2023-09-30", "month", true, ""},
		{"month alone, this year", "The band split up in February.", &testPublished, "2024-02", "2024-02-01", "2024-02-29", "month", true, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := ofKind(extractText(t, tc.text, tc.pub), crosswire.KindDate)
			if strings.HasPrefix(tc.name, "weekday before") && len(fs) != 1 {
				t.Errorf("%d dates, want one (the weekday is part of the date): %+v", len(fs), fs)
			}
			p := firstFact(t, fs, "date "+tc.value, func(f crosswire.Fact) bool { return f.Value == tc.value }).Period
			if p.From.Format("2006-01-02") != tc.from || p.To.Format("2006-01-02") != tc.to || p.Granularity != tc.gran || p.Relative != tc.relative {
				t.Errorf("period = %+v", *p)
			}
			if tc.event != "" && p.Event != tc.event {
				t.Errorf("event = %q, want %q", p.Event, tc.event)
			}
		})
	}
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		said       string
		speaker    string
		reported   bool
	}{
		{"straight after", `Interior Minister Dana Keller spoke. "We will rebuild the dam," Keller said.`, "We will rebuild the dam", "Dana Keller", false},
		{"curly inverted", "Mara Lind arrived. “The court has ruled,” said Lind.", "The court has ruled", "Mara Lind", false},
		{"before colon", `Ivo Strand told reporters: "Nothing was stolen from us."`, "Nothing was stolen from us", "Ivo Strand", false},
		{"pronoun", `Dana Keller visited the site. "It is a disgrace," she said.`, "It is a disgrace", "Dana Keller", false},
		{"guillemets", "Anna Berg said: «We never agreed to this plan.»", "We never agreed to this plan", "Anna Berg", false},
		{"role noun", `Deputy Interior Minister Dana Keller attended. "The pumps failed twice," the minister said.`, "The pumps failed twice", "Dana Keller", false},
		{"single curly", "Mara Lind left the court. ‘We will appeal the ruling,’ said Lind. It’s over.", "We will appeal the ruling", "Mara Lind", false},
		{"continued quote", "Mara Lind spoke at length. \"The ruling is wrong,\" Lind said. \"We will appeal it tomorrow.\"", "We will appeal it tomorrow", "Mara Lind", false},
		{"reported that", "Anna Berg said that the pumps had failed twice.", "the pumps had failed twice", "Anna Berg", true},
		{"reported no that", "Prosecutor General Mara Lind said the suspects were released.", "the suspects were released", "Mara Lind", true},
		{"reported told", "Ivo Strand told reporters the border would stay open.", "the border would stay open", "Ivo Strand", true},
		{"reported added that", "Ivo Strand added that the border would stay open.", "the border would stay open", "Ivo Strand", true},
		{"according to", "According to Anna Berg, the pumps were never tested.", "the pumps were never tested", "Anna Berg", true},
		{"according to, an appositive between", "According to Dr Ivo Hale, head of the regional hospital, three survivors are in a critical condition.", "three survivors are in a critical condition", "Ivo Hale", true},
		{"trailing said", "The pumps were never tested, Anna Berg said.", "The pumps were never tested", "Anna Berg", true},
		{"inverted trailing said", "Three survivors are in a stable condition, said Dr Ivo Hale, who heads the regional hospital.", "Three survivors are in a stable condition", "Ivo Hale", true},
		{"inverted trailing says", "The pier will open again in May, says Dana Keller.", "The pier will open again in May", "Dana Keller", true},
		{"appositive before the verb", `"Few towns recover so quickly," Dana Keller, the Mayor of Vessport, told the council at the hall.`, "Few towns recover so quickly", "Dana Keller", false},
		{"unresolved attribution is not the last speaker", `"The pier is safe," Dana Keller said. "It was a hard week for us," a fisherman said.`, "It was a hard week for us", "", false},
		{"headline is not the last speaker", `"The pier is safe," Dana Keller said. "A day of sorrow for Vessport," the Vessport Herald headlined.`, "A day of sorrow for Vessport", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := ofKind(extractText(t, tc.text, nil), crosswire.KindQuote)
			f := firstFact(t, fs, "quote "+tc.said, func(f crosswire.Fact) bool { return f.Quote.Said == tc.said })
			if f.Quote.Speaker != tc.speaker || f.Quote.Reported != tc.reported {
				t.Errorf("quote = %+v", *f.Quote)
			}
			if f.Value != tc.said {
				t.Errorf("value %q != said", f.Value)
			}
		})
	}
}

// TestSubjectBeforeSaidIsNoQuote: "X, who …, said he …" and "X, chief
// of …, said Kestria would …" report X's words after the verb; the
// subject and its appositive before it are no quotation (fictional).
func TestSubjectBeforeSaidIsNoQuote(t *testing.T) {
	for _, text := range []string{
		"Dana Keller, who plays the mayor, said he had no problems with the script.",
		"Ivo Hale, chief of the storm centre in Vessport, said Kestria would see rain, floods and strong winds.",
		"Tomas Brandt, the club's manager, said nothing was decided.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, f := range ofKind(extractText(t, text, nil), crosswire.KindQuote) {
				if strings.HasPrefix(text, f.Quote.Said) {
					t.Errorf("the subject taken for a quotation: %+v", *f.Quote)
				}
			}
		})
	}
}

// TestAddIsSpeechOnlyWithThat: "add" reports speech with "that" ("she
// added that the pumps failed"); with a noun object it adds a thing ("added
// a third after the break", "added 66 hectares to the park").
func TestAddIsSpeechOnlyWithThat(t *testing.T) {
	for _, text := range []string{
		"Captain Ollie Marsh added a third goal after the break.",
		"The council added 66 hectares to the Vessport nature park network.",
		"Critic Mara Lind said the sequel added nothing to the plot.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, f := range ofKind(extractText(t, text, nil), crosswire.KindQuote) {
				if strings.Contains(text, "added "+f.Quote.Said) {
					t.Errorf("quote %+v from a verb of adding", *f.Quote)
				}
			}
		})
	}
}

func TestClaims(t *testing.T) {
	tests := []struct {
		name, text    string
		lemma         string
		actor, target string
		negated       bool
	}{
		{"active", "Hackers breached the Interior Ministry in May.", "breach", "hackers", "Interior Ministry", false},
		{"passive by", "The servers were compromised by APT-77.", "compromise", "APT-77", "servers", false},
		{"did not", "The Interior Ministry did not detect the intrusion.", "detect", "Interior Ministry", "intrusion", true},
		{"never", "Frost Kitten never infiltrated the network.", "infiltrate", "Frost Kitten", "network", true},
		{"denied that", "Ivo Strand denied that Frost Kitten had breached the grid.", "breach", "Frost Kitten", "grid", true},
		{"no evidence", "There is no evidence that Frost Kitten stole any data.", "steal", "Frost Kitten", "data", true},
		{"did not deny", "Ivo Strand did not deny that Frost Kitten had breached the grid.", "breach", "Frost Kitten", "grid", false},
		{"failed to", "The attackers failed to penetrate the firewall.", "penetrate", "attackers", "firewall", true},
		{"thwart", "Engineers thwarted the attack on the grid.", "thwart", "engineers", "attack", false},
		{"refused to", "The Senate refused to approve the budget.", "approve", "Senate", "budget", true},
		{"phrasal", "Interior Minister Dana Keller stepped down on Friday.", "step down", "Dana Keller", "", false},
		{"phrasal object", "Hackers broke into the Harlow Water Board network.", "break into", "hackers", "Harlow Water Board", false},
		{"coordinated", "Police arrested two men and released them later.", "release", "police", "", false},
		{"arrest", "Police arrested Mara Lind on Tuesday.", "arrest", "police", "Mara Lind", false},
		{"irregular", "Thieves stole 40 tonnes of copper.", "steal", "thieves", "40 t", false},
		{"passive perpetrator", "The intrusion was carried out by Frost Kitten.", "carry out", "Frost Kitten", "intrusion", false},
		{"is behind", "Investigators say Frost Kitten is behind the intrusion.", "be behind", "Frost Kitten", "intrusion", false},
		{"was not behind", "The ministry said Frost Kitten was not behind the intrusion.", "be behind", "Frost Kitten", "intrusion", true},
		{"is responsible", "Frost Kitten is responsible for the breach.", "be responsible", "Frost Kitten", "", false},
		{"noun with its object and agent", "The breach of the Harlow Water Board by Frost Kitten was found in May.", "breach", "Frost Kitten", "Harlow Water Board", false},
		{"noun with on", "The ministry listed attacks on the Harlow Water Board.", "attack", "", "Harlow Water Board", false},
		{"sanctions on", "The council imposed sanctions on the Harlow Water Board.", "sanction", "", "Harlow Water Board", false},
		{"noun with a common noun", "The ministry listed attacks on regional water boards.", "attack", "", "regional water boards", false},
		{"gerund after a preposition", "Frost Kitten has moved on from targeting the Harlow Water Board.", "target", "Frost Kitten", "Harlow Water Board", false},
		{"relative clause passive", "Sanctions hit the Harlow Water Board, which is thought to be linked to Frost Kitten.", "link", "", "Harlow Water Board", false},
		{"relative clause active", "Analysts named Frost Kitten, which was responsible for the breach.", "be responsible", "Frost Kitten", "", false},
		{"relative clause after a group noun", "Analysts named the Frost Kitten hacking group, which was responsible for the breach.", "be responsible", "Frost Kitten", "", false},
		{"be phrase in apposition after a group noun", "The Frost Kitten hacking group, responsible for the breach, sold its tools.", "be responsible", "Frost Kitten", "", false},
		{"be phrase in apposition", "Frost Kitten, responsible for the breach, sold its tools.", "be responsible", "Frost Kitten", "", false},
		{"no attack", "There was no attack on the Harlow Water Board, the ministry said.", "attack", "", "Harlow Water Board", true},
		{"noun derived from a verb", "The ministry listed intrusions at the Harlow Water Board.", "intrude", "", "Harlow Water Board", false},
		{"used by", "The malware was used by Frost Kitten.", "use", "Frost Kitten", "malware", false},
		{"based in", "Analysts said the group was based in Dravia.", "base", "", "group", false},
		{"likely to be", "The group is highly likely to be based in Dravia.", "base", "", "group", false},
		{"sponsored by", "The group is sponsored by the Dravian Defence Ministry.", "sponsor", "Dravian Defence Ministry", "group", false},
		{"conducted by", "The attacks were conducted by Frost Kitten.", "conduct", "Frost Kitten", "attacks", false},
		{"mounted an attack", "Frost Kitten mounted a phishing attack in May.", "mount", "Frost Kitten", "phishing attack", false},
		// a hyphen standing alone as a dash: a clause after it with its own
		// subject does not take one from before it; a relative after it
		// keeps the subject before it
		{"clause after a dash", "The Harlow Water Board paid nothing - the engineers restored the backups.", "restore", "engineers", "backups", false},
		{"relative after a dash", "Engineers praised Dana Keller - who restored the backups overnight.", "restore", "Dana Keller", "backups", false},
		// a figure inside a participle phrase or after "with" is no
		// subject: the noun it hangs on is
		{"figure after a participle", "A ferry carrying 52 pilgrims sank near the Oskel weir.", "sink", "ferry", "", false},
		{"figure after a participle, named head", "The Vell Star trawler towing 3 dinghies sank off Mora Point.", "sink", "vell star trawler", "", false},
		{"figure after with", "A lorry with 12 sheep overturned on the bypass.", "overturn", "lorry", "", false},
		{"figure after with, closing a clause", "Some 9,000 homes lost power with 60 per cent of the lines knocked out.", "knock", "60% line", "", false},
		{"figure as the subject", "Some 40 pilgrims fled the flooded valley.", "flee", "about 40 pilgrim", "flooded valley", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := ofKind(extractText(t, tc.text, nil), crosswire.KindClaim)
			c := firstFact(t, fs, "claim "+tc.lemma, func(f crosswire.Fact) bool { return f.Claim.Lemma == tc.lemma }).Claim
			if c.Actor != tc.actor || !strings.HasPrefix(c.Target, tc.target) || c.Negated != tc.negated {
				t.Errorf("claim = %+v", *c)
			}
		})
	}
}

// TestCarryOutClass: a verb of carrying out is a perpetration when what
// it carries out is a deed, of its own class (or none) otherwise.
func TestCarryOutClass(t *testing.T) {
	tests := []struct{ text, lemma, class string }{
		{"The attacks were conducted by Frost Kitten.", "conduct", "perpetrate"},
		{"Frost Kitten launched a wave of intrusions in May.", "launch", "begin"},
		{"Frost Kitten launched cyber attacks on the Harlow Water Board.", "launch", "perpetrate"},
		{"Frost Kitten mounted a phishing attack in May.", "mount", "perpetrate"},
		{"The Harlow Water Board launched an awareness campaign.", "launch", "begin"},
		{"The port operator conducted its operations as usual.", "conduct", ""},
		{"Pressure mounted on the Harlow Water Board in May.", "mount", "increase"},
		{"Dana Keller conducted a survey of water boards.", "conduct", ""},
		{"The dock workers staged a strike in May.", "stage", ""},
	}
	for _, tc := range tests {
		var got []string
		for _, f := range ofKind(extractText(t, tc.text, nil), crosswire.KindClaim) {
			if f.Claim.Lemma == tc.lemma {
				got = append(got, f.Claim.Class)
			}
		}
		if tc.class == "" && len(got) > 0 || tc.class != "" && (len(got) != 1 || got[0] != tc.class) {
			t.Errorf("%q: classes of %q = %v, want %q", tc.text, tc.lemma, got, tc.class)
		}
	}
}

// TestUseOnlyWithItsUser: "use" is read only as a passive with its
// agent (a tool and its user), never from an active "X used Y"; "base"
// only as "based in" (where an organisation is).
func TestUseOnlyWithItsUser(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"The malware was used by Frost Kitten.", 1},
		{"Frost Kitten used the malware against the port.", 0},
		{"The malware was used in May.", 0},
		{"The estimate was based on old figures.", 0},
	} {
		n := 0
		for _, f := range ofKind(extractText(t, tc.text, nil), crosswire.KindClaim) {
			if f.Claim.Class == "use" || f.Claim.Class == "locate" {
				n++
			}
		}
		if n != tc.want {
			t.Errorf("%q: %d claims of class use, want %d", tc.text, n, tc.want)
		}
	}
}

// TestNoNominalClaim: a deed's noun gives no claim when the deed is
// planned, feared or foiled, or when a pronoun follows it (nor a noun
// derived from a verb before "of") (the positive
// cases are in TestClaims).
func TestNoNominalClaim(t *testing.T) {
	for _, text := range []string{
		"Police foiled an attack on the Harlow Water Board.",
		"Frost Kitten planned attacks on the Harlow Water Board.",
		"The ministry listed attacks on them.",
		"Hackers planned attacks on several water boards.",
		"The infiltration of the Harlow Water Board was reported.",
	} {
		for _, f := range ofKind(extractText(t, text, nil), crosswire.KindClaim) {
			// a claim read from a noun: written as its lemma or its plural
			if v := strings.ToLower(f.Claim.Verb); v == f.Claim.Lemma || v == f.Claim.Lemma+"s" || v == f.Claim.Lemma+"es" || derivedVerb(v) == f.Claim.Lemma {
				t.Errorf("%q: no claim of the noun wanted, got %+v", text, *f.Claim)
			}
		}
	}
}

// TestNamingClass: a charge document naming people charges them (class
// "charge"); a report naming someone appoints no one new but keeps the
// lexicon's class.
func TestNamingClass(t *testing.T) {
	tests := []struct{ text, class string }{
		{"The indictment names two officers of the Estmark spy agency.", "charge"},
		{"The report names Dana Keller as the new chair.", "appoint"},
	}
	for _, tc := range tests {
		fs := ofKind(extractText(t, tc.text, nil), crosswire.KindClaim)
		c := firstFact(t, fs, "claim name", func(f crosswire.Fact) bool { return f.Claim.Lemma == "name" }).Claim
		if c.Class != tc.class {
			t.Errorf("%q: class %q, want %q (%+v)", tc.text, c.Class, tc.class, *c)
		}
	}
}

// TestClaimDetail: a claim carries its event class, its voice and where
// the sentence writes its actor and target, so a consumer (attribution)
// reads who did what to whom from the fact without reading the sentence
// again.
func TestClaimDetail(t *testing.T) {
	tests := []struct {
		name, text            string
		lemma, class          string
		passive               bool
		actorSpan, targetSpan string // "" when none is written
	}{
		{"active charge", "Prosecutors in Vessburg charged Mara Lind with fraud.", "charge", "charge", false, "Prosecutors", "Mara Lind"},
		{"passive by", "The servers were compromised by APT-77.", "compromise", "intrude", true, "APT-77", "servers"},
		{"blame", "The Interior Ministry blamed Frost Kitten for the outage.", "blame", "blame", false, "Interior Ministry", "Frost Kitten"},
		{"sanction", "The Treasury sanctioned Harlow Data Systems on Monday.", "sanction", "sanction", false, "Treasury", "Harlow Data Systems"},
		{"after an age in apposition", "Tom Hale, 23, appeared at Ashford Magistrates' Court on Monday.", "appear", "issue", false, "Tom Hale", "Ashford Magistrates' Court"},
		{"deny", "Norland denied the accusations.", "deny", "deny", false, "Norland", "accusations"},
		{"intransitive", "Interior Minister Dana Keller resigned on Friday.", "resign", "resign", false, "Interior Minister Dana Keller", ""}, // as the person fact: title and name
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := ofKind(extractText(t, tc.text, nil), crosswire.KindClaim)
			c := firstFact(t, fs, "claim "+tc.lemma, func(f crosswire.Fact) bool { return f.Claim.Lemma == tc.lemma }).Claim
			if c.Class != tc.class || c.Passive != tc.passive {
				t.Errorf("class %q passive %v, want %q %v", c.Class, c.Passive, tc.class, tc.passive)
			}
			for _, arg := range []struct {
				what string
				sp   *crosswire.Span
				want string
			}{{"actor", c.ActorSpan, tc.actorSpan}, {"target", c.TargetSpan, tc.targetSpan}} {
				switch {
				case arg.want == "":
					if arg.sp != nil {
						t.Errorf("%s span %q, want none", arg.what, arg.sp.Text)
					}
				case arg.sp == nil:
					t.Errorf("%s span missing, want %q", arg.what, arg.want)
				case arg.sp.Text != arg.want || tc.text[arg.sp.Start:arg.sp.End] != arg.sp.Text || arg.sp.Article == "":
					t.Errorf("%s span %+v, want %q", arg.what, *arg.sp, arg.want)
				}
			}
		})
	}
}

func TestLexicon(t *testing.T) {
	lex, err := NewLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(lex.classes); n < 300 {
		t.Errorf("lexicon has %d lemmas, want hundreds", n)
	}
	opposed := []struct {
		a, b string
		want bool
	}{
		{"breach", "thwart", true}, {"hack", "foil", true}, {"convict", "acquit", true}, {"rise", "fall", true},
		{"win", "lose", true}, {"approve", "reject", true}, {"resign", "dismiss", true}, {"confirm", "deny", true},
		{"arrest", "release", true}, {"breach", "hack", false}, {"rise", "climb", false}, {"unknown", "breach", false},
	}
	for _, tc := range opposed {
		t.Run("opposed "+tc.a+" "+tc.b, func(t *testing.T) {
			if got := lex.Opposed(tc.a, tc.b); got != tc.want {
				t.Errorf("Opposed(%q, %q) = %v", tc.a, tc.b, got)
			}
			if lex.Opposed(tc.b, tc.a) != lex.Opposed(tc.a, tc.b) {
				t.Errorf("not symmetric")
			}
		})
	}
	lemmas := map[string]string{
		"breached": "breach", "stole": "steal", "stolen": "steal", "denies": "deny", "denied": "deny",
		"stopping": "stop", "released": "release", "hacked": "hack", "said": "say", "told": "tell",
		"arrested": "arrest", "fell": "fall", "risen": "rise", "won": "win", "thwarted": "thwart",
		"compromised": "compromise", "seized": "seize", "carried": "carry", "infiltrating": "infiltrate",
	}
	for form, want := range lemmas {
		t.Run("lemma "+form, func(t *testing.T) {
			if got := lex.Lemma(form); got != want {
				t.Errorf("Lemma(%q) = %q, want %q", form, got, want)
			}
		})
	}
	if lex.Class("breach") != "intrude" || lex.Class("nonsense") != "" {
		t.Errorf("Class: %q %q", lex.Class("breach"), lex.Class("nonsense"))
	}
}

func TestDemonymBase(t *testing.T) {
	tests := []struct{ word, place string }{
		{"Norlandic", "Norland"}, {"Kestrian", "Kestria"}, {"Veltrese", "Veltra"}, {"Dravish", "Dravia"},
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) {
			if !demonymMatches(tc.word, tc.place) {
				t.Errorf("%q does not match %q (stems %q)", tc.word, tc.place, DemonymBase(tc.word))
			}
		})
	}
}

func TestExtractCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := New().Extract(ctx, &crosswire.Article{ID: "x", Text: "Dana Keller said so."}); err == nil {
		t.Error("want error for cancelled context")
	}
	if _, err := New().Extract(context.Background(), nil); err == nil {
		t.Error("want error for nil article")
	}
}

func TestAgeInApposition(t *testing.T) {
	fs := ofKind(extractText(t, "Dana Keller, 52, denied wrongdoing.", nil), crosswire.KindNumber)
	if len(fs) != 1 || fs[0].Number.Counted != "year" || fs[0].Value != "52 year" {
		t.Errorf("numbers = %q", values(fs))
	}
}

func TestRoleNounSpeaker(t *testing.T) {
	text := `Prime Minister Aldo Brenn and Deputy Interior Minister Dana Keller met. "We disagree on the budget," the prime minister said.`
	for _, f := range ofKind(extractText(t, text, nil), crosswire.KindQuote) {
		if f.Quote.Speaker != "Aldo Brenn" {
			t.Errorf("speaker = %q", f.Quote.Speaker)
		}
		return
	}
	t.Error("no quote")
}

// TestSponsorClaims: a compound adjective of the blame or support class
// whose first part is a place or a nationality ties the group it
// describes to its sponsor — the next name (after "known as", "called")
// or the name an appositive describes; none without a place or a group.
func TestSponsorClaims(t *testing.T) {
	tests := []struct {
		name, text                 string
		lemma, actor, target, with string
	}{
		{"linked known as", "Officials in Norland were silent. The tools resemble those of the Norland-linked group known as Frost Kitten.", "link", "", "Frost Kitten", "Norland"},
		{"backed name", "Officials in Norland were silent. Analysts blamed the Norland-backed hacking group Frost Kitten for the breach.", "back", "Norland", "Frost Kitten", ""},
		{"nationality", "Officials in Norland were silent. Engineers traced the malware to the Norlandic-linked group Frost Kitten last week.", "link", "", "Frost Kitten", "Norland"},
		{"appositive after brackets", "Officials in Norland were silent. The flaw was used by Heron (Frost Kitten, APT-77), a Norlandic government-backed espionage group.", "back", "Norland", "Frost Kitten", ""},
		{"appositive", "Officials in Norland were silent. The flaw was used by Frost Kitten, a Norlandic government-backed espionage group.", "back", "Norland", "Frost Kitten", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := ofKind(extractText(t, tc.text, nil), crosswire.KindClaim)
			c := firstFact(t, fs, "claim "+tc.lemma, func(f crosswire.Fact) bool { return f.Claim.Lemma == tc.lemma }).Claim
			if c.Actor != tc.actor || c.Target != tc.target || c.With != tc.with || c.Negated {
				t.Errorf("claim = %+v", *c)
			}
		})
	}
	for _, text := range []string{
		"Officials in Norland were silent. A Norland-backed loan helped Dana Keller buy the mill.",
		"The award-linked bonus was paid to Frost Kitten.",
	} {
		for _, f := range ofKind(extractText(t, text, nil), crosswire.KindClaim) {
			if f.Claim.Lemma == "back" || f.Claim.Lemma == "link" {
				t.Errorf("%q: no sponsor claim wanted, got %+v", text, *f.Claim)
			}
		}
	}
}
