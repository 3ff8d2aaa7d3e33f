package group

import (
	"strings"
	"testing"
	"time"

	"crosswire"
)

func TestLeadDay(t *testing.T) {
	tests := []struct {
		name, title, text string
		published         string // RFC 3339, "" when unknown
		weekday, date     uint16
	}{
		{"weekday and date", "Ferry fares to rise", "ORLANDIA: The ferry operator said on Tuesday (Sep 20) that fares will rise.", "", 2, 920},
		{"weekday only", "Ferry fares to rise", "The ferry operator said on Thursday that fares will rise next year.", "", 4, 0},
		{"date before weekday", "Ferry fares to rise", "ORLANDIA, 20 September: fares will rise from Friday, the operator said.", "", 5, 920},
		{"malay", "Tambang feri naik", "ORLANDIA: Pengendali feri berkata pada Selasa (20 Sep) bahawa tambang akan naik.", "", 2, 920},
		{"chinese date", "渡轮票价上涨", "渡轮公司9月20日宣布票价上涨。", "", 0, 920},
		{"headline weekday", "Ferry strike called for Monday", "Crews voted to stop work in a dispute over pay and rosters.", "", 1, 0},
		{"no day in the lead", "Ferry fares to rise", "The ferry operator said fares would rise. " + repeatWords("crews and passengers talked about the fares", 6) + " It said so on Friday (Sep 23).", "", 0, 0},
		{"none", "Ferry fares to rise", "The ferry operator said fares would rise.", "", 0, 0},
		{"weekday dated by publication", "Ferry fares to rise", "The ferry operator said on Thursday that fares will rise.", "2018-10-20T09:00:00Z", 4, 1018},
		{"weekday the day after publication", "Ferry fares to rise", "The ferry operator will say on Thursday how much fares rise.", "2018-10-17T22:00:00Z", 4, 1018},
		{"weekday of a date-only Wednesday is the last Thursday", "Ferry fares to rise", "The ferry operator said on Thursday that fares will rise.", "2018-10-17T00:00:00Z", 4, 1011},
		{"weekday of a Wednesday with a time may be the next day", "Ferry fares to rise", "The ferry operator will say on Thursday how much fares rise.", "2018-10-17T00:01:00Z", 4, 1018},
		{"weekday of the publication day", "Ferry fares to rise", "The ferry operator said on Wednesday that fares will rise.", "2018-10-17T00:00:00Z", 3, 1017},
		{"yesterday", "Ferry fares to rise", "The ferry operator said yesterday that fares will rise.", "2018-10-20T09:00:00Z", 5, 1019},
		{"yesterday undated", "Ferry fares to rise", "The ferry operator said yesterday that fares will rise.", "", 0, 0},
		{"malay kelmarin", "Tambang feri naik", "Pengendali feri berkata kelmarin bahawa tambang akan naik.", "2018-10-20T09:00:00Z", 4, 1018},
		{"a date wins", "Ferry fares to rise", "The ferry operator said on Thursday (Oct 11) that fares will rise.", "2018-10-20T09:00:00Z", 4, 1011},
		{"chinese yesterday", "渡轮票价上涨", "渡轮公司昨天宣布票价上涨。", "2018-10-20T09:00:00Z", 5, 1019},
		{"patch tuesday is a name", "Security fixes", "Kestrel Soft released its Patch Tuesday bulletin with 60 fixes.", "", 0, 0},
		{"a paper named for a day", "Ferry fares to rise", "The ferry operator told the Sunday Times that fares will rise.", "", 0, 0},
		{"a weekday after a name", "Ferry fares to rise", "ORLANDIA: Ferry operator Brask Lines said Wednesday that fares will rise.", "", 3, 0},
		{"the Today programme is no day", "Ferry fares to rise", "The minister told the Today programme that fares will rise.", "2018-10-20T09:00:00Z", 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := NewFingerprint(&crosswire.Article{ID: "a", Title: tc.title, Text: tc.text, Published: parseTime(t, tc.published)})
			if f.lead.day.weekday() != tc.weekday || f.lead.day.date() != tc.date {
				t.Errorf("lead day = weekday %d, date %d; want %d, %d", f.lead.day.weekday(), f.lead.day.date(), tc.weekday, tc.date)
			}
		})
	}
}

func repeatWords(s string, n int) string {
	out := ""
	for range n {
		out += s + " "
	}
	return out
}

func TestSameDay(t *testing.T) {
	day := func(wd, md uint16) leadDay { return leadDay(wd<<leadDateBits | md) }
	tests := []struct {
		name string
		a, b leadDay
		want bool
	}{
		{"same weekday", day(2, 0), day(2, 0), true},
		{"other weekday", day(2, 0), day(3, 0), false},
		{"same date, weekdays differ", day(2, 920), day(3, 920), true},
		{"other date, same weekday", day(2, 920), day(2, 927), false},
		{"date and weekday", day(0, 920), day(2, 0), false},
		{"one has none", day(2, 920), day(0, 0), false},
		{"neither", day(0, 0), day(0, 0), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := sameDay(tc.a, tc.b); got != tc.want {
				t.Errorf("sameDay = %v, want %v", got, tc.want)
			}
		})
	}
}

// pairVerdict groups two articles alone and returns whether they form one
// story, with the signals of their pair.
func pairVerdict(t *testing.T, a, b crosswire.Article) (bool, pairScore) {
	t.Helper()
	ix, roots := partitionIndex(t, []crosswire.Article{a, b}, nil)
	_, ps := ix.verify(0, 1)
	return roots[0] == roots[1], ps
}

// Two reports of one fictional event, written separately: they share the
// firm, the port, the fine and the day, and each has details of its own.
const (
	fineTitleA = "Krastel Lines fined over Velmora harbour spill"
	fineTextA  = "VELMORA: The harbour authority fined the shipping firm Krastel Lines 2.4 million on Tuesday after fuel from one of its tankers spilled into the bay. " +
		"Officials said the clean-up took 19 days and that crews from Rome and Vienna had helped. " +
		"The firm, which has offices in London and Paris, said it would not appeal. " +
		"Fishermen said their catch had fallen by half since 2001, and 15 boats stayed in port. " +
		"The authority's chairman, Oskar Brandvik, said the fine was the largest it had imposed."
	fineTitleB = "Tanker owner will pay harbour penalty"
	fineTextB  = "Krastel Lines will pay a penalty of 2.4 million that Velmora's port regulator imposed on Tuesday, the company confirmed, ending a row over oil that leaked from a vessel it owns. " +
		"Environmental groups in Berlin and Madrid called the sum too small. " +
		"A company spokesman added that 40 sailors had been questioned and that the ship had left for Oslo. " +
		"The group reported a profit of 300 million in 2004 and employs 1,200 people across Africa and Asia."
)

// TestDayRule: the pair above is one event by the day rule, undated or
// dated; told on another day (a follow-up), on the same weekday a week
// later, or led by another firm (another event of the kind on that day) it
// is not.
func TestDayRule(t *testing.T) {
	tests := []struct {
		name        string
		title, text string
		pubA, pubB  string // RFC 3339, "" when unknown
		joined      bool
	}{
		{"one event, one day", fineTitleB, fineTextB, "", "", true},
		{"one event, one day, dated", fineTitleB, fineTextB, "2018-10-16T18:00:00Z", "2018-10-17T07:00:00Z", true},
		{"another day's news", fineTitleB, replaceFirst(fineTextB, "on Tuesday", "on Friday"), "", "", false},
		{"a Tuesday a week later", fineTitleB, fineTextB, "2018-10-16T18:00:00Z", "2018-10-24T07:00:00Z", false},
		{"another fine that day", "Morvane Shipping fined in Tessaly", "TESSALY: Morvane Shipping must pay 800,000 for dumping ballast water off the northern beaches last spring, the Tessaly coast guard ruled on Tuesday, after a hearing that lasted most of the week and heard from divers, biologists and the captain. " +
			"The ship, registered in Canada, had called at Lisbon and Dublin with 12 crew; its owner was founded in 1998 and also runs ferries to Spain. " +
			"Its lawyers said the firm had followed rules used in Rome for years. " +
			"Oskar Brandvik, who chairs the authority in Velmora, said ports should share what they learn.", "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := crosswire.Article{ID: "a", Title: fineTitleA, Text: fineTextA, Published: parseTime(t, tc.pubA)}
			b := crosswire.Article{ID: "b", Title: tc.title, Text: tc.text, Published: parseTime(t, tc.pubB)}
			joined, ps := pairVerdict(t, a, b)
			t.Logf("shared %d, rare %d, cosine %.2f, topic %.2f, by day %v", ps.shared, ps.rare, ps.cosine, ps.topic, ps.byDay)
			if joined != tc.joined {
				t.Errorf("joined = %v, want %v", joined, tc.joined)
			}
		})
	}
}

// parseTime parses an RFC 3339 time, nil for "".
func parseTime(t *testing.T, s string) *time.Time {
	t.Helper()
	if s == "" {
		return nil
	}
	p, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return &p
}

func replaceFirst(s, old, new string) string {
	return strings.Replace(s, old, new, 1)
}
