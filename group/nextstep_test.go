package group

import (
	"slices"
	"testing"
	"time"

	"crosswire"
)

// A fictional affair: a ferry runs aground on a Monday night; the wire's
// report says the inquiry board will open hearings on Thursday; a paper
// rewrites it the same day; the wire files a new lead four hours later;
// a paper's version appears the next day, still leading with the
// grounding; and a paper reports the hearing held two days on, leading
// with the day the wire told ahead, another its verdict the day after,
// recalling the grounding at an elapsed time.
const (
	stepWire = "ORSKAVIK, June 9 (Tidewire) - The passenger ferry Saltmoor Dawn ran aground off Orskavik point on Monday night, " +
		"injuring 17 passengers and spilling 40 tonnes of fuel oil, the Orskavik port authority said. " +
		"Captain Evert Lindqvale said the ship's steering failed as it turned into the channel at 10:20 p.m. in a strong northerly wind.\n\n" +
		"\"We lost the rudder and the current took us onto the rocks,\" Lindqvale said.\n\n" +
		"The Vessmark maritime inquiry board said it would open public hearings on Thursday. " +
		"The ferry's owner, Brannock Lines, said it had hired the salvage firm Korrin Marine to refloat the vessel."
	stepRewrite = "The ferry Saltmoor Dawn ran aground off Orskavik point late on Monday, injuring 17 passengers and spilling some 40 tonnes of fuel oil, according to the port authority.\n\n" +
		"Captain Evert Lindqvale said the steering of the ship failed at 10:20 p.m. as it turned into the channel in strong northerly winds.\n\n" +
		"\"We lost the rudder and the current took us onto the rocks,\" said Lindqvale.\n\n" +
		"The Vessmark maritime inquiry board will hold public hearings on Thursday. Brannock Lines, which owns the ferry, has hired Korrin Marine to refloat it."
	stepNewLead = "ORSKAVIK, June 9 (Tidewire) - Divers on Tuesday found a 12-metre gash in the hull of the ferry Saltmoor Dawn, a day after it ran aground off Orskavik point, " +
		"injuring 17 passengers and spilling 40 tonnes of fuel oil, the Orskavik port authority said.\n\n" +
		"Captain Evert Lindqvale said the ship's steering failed as it turned into the channel at 10:20 p.m.\n\n" +
		"The Vessmark maritime inquiry board said it would open public hearings on Thursday. Brannock Lines said Korrin Marine would refloat the vessel."
	stepLateVersion = "The ferry Saltmoor Dawn ran aground off Orskavik point on Monday night, injuring 17 passengers and spilling 40 tonnes of fuel oil.\n\n" +
		"Captain Evert Lindqvale said the steering failed at 10:20 p.m. as the ship turned into the channel.\n\n" +
		"The Vessmark maritime inquiry board would open public hearings on Thursday, and Brannock Lines has hired Korrin Marine to refloat the vessel."
	stepHearing = "The Vessmark maritime inquiry board on Thursday heard Captain Evert Lindqvale testify that Brannock Lines had ignored two warnings about the Saltmoor Dawn's steering gear. " +
		"Korrin Marine said the ferry would be refloated on Saturday.\n\n" +
		"Board chairman Odile Fenwright adjourned the hearing until next month."
	stepRecall = "The Vessmark maritime inquiry board on Friday blamed Brannock Lines for ignoring two warnings about the Saltmoor Dawn's steering gear, " +
		"three days after the ferry ran aground off Orskavik point. " +
		"Captain Evert Lindqvale told the board that Korrin Marine would refloat the ferry soon.\n\n" +
		"Board chairman Odile Fenwright adjourned the hearing until next month."
)

// TestNextStepStory groups the affair's reports: the wire's report, its
// rewrite, its new lead and a paper's late version are one story; the
// hearing's report, whether it leads with the day the wire told ahead
// or recalls the grounding at an elapsed time, is its own story, related
// to the first — dated, and each report checked alone with the wire's.
func TestNextStepStory(t *testing.T) {
	at := func(s string) *time.Time {
		tm, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return &tm
	}
	wire := crosswire.Article{ID: "wire", Title: "Ferry runs aground off Orskavik", Text: stepWire, Outlet: "Tidewire", Published: at("2026-06-09T08:00:00Z")}
	rewrite := crosswire.Article{ID: "rewrite", Title: "Seventeen hurt as ferry hits rocks", Text: stepRewrite, Outlet: "Orskavik Herald", Published: at("2026-06-09T13:00:00Z")}
	newLead := crosswire.Article{ID: "newlead", Title: "Divers find gash in grounded ferry", Text: stepNewLead, Outlet: "Tidewire", Published: at("2026-06-09T12:00:00Z")}
	late := crosswire.Article{ID: "late", Title: "Ferry aground off Orskavik", Text: stepLateVersion, Outlet: "Vessmark Weekly", Published: at("2026-06-10T09:00:00Z")}
	hearing := crosswire.Article{ID: "hearing", Title: "Ferry captain tells inquiry of ignored warnings", Text: stepHearing, Outlet: "Orskavik Herald", Published: at("2026-06-11T18:00:00Z")}
	recall := crosswire.Article{ID: "recall", Title: "Ferry captain tells inquiry of ignored warnings", Text: stepRecall, Outlet: "Coastline Post", Published: at("2026-06-12T18:00:00Z")}
	for _, tc := range []struct {
		name string
		arts []crosswire.Article
		same [][2]string // pairs in one story
		rel  [][2]string // pairs in two related stories
	}{
		{"the step told ahead", []crosswire.Article{wire, rewrite, newLead, late, hearing},
			[][2]string{{"wire", "rewrite"}, {"wire", "newlead"}, {"wire", "late"}}, [][2]string{{"wire", "hearing"}}},
		{"the event recalled", []crosswire.Article{recall, late, newLead, rewrite, wire},
			[][2]string{{"wire", "rewrite"}, {"wire", "newlead"}, {"wire", "late"}}, [][2]string{{"wire", "recall"}}},
		{"the step told ahead, as a pair", []crosswire.Article{wire, hearing}, nil, [][2]string{{"wire", "hearing"}}},
		{"the event recalled, as a pair", []crosswire.Article{recall, wire}, nil, [][2]string{{"wire", "recall"}}},
		{"the late version, as a pair", []crosswire.Article{late, wire}, [][2]string{{"wire", "late"}}, nil},
		{"the new lead, as a pair", []crosswire.Article{wire, newLead}, [][2]string{{"wire", "newlead"}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			of := storyOf(t, tc.arts)
			for _, p := range tc.same {
				if of[p[0]].ID != of[p[1]].ID {
					t.Errorf("%s and %s: two stories, want one", p[0], p[1])
				}
			}
			for _, p := range tc.rel {
				sx, sy := of[p[0]], of[p[1]]
				if sx.ID == sy.ID {
					t.Errorf("%s and %s: one story, want two related ones", p[0], p[1])
					continue
				}
				if !slices.Contains(sx.Related, sy.ID) || !slices.Contains(sy.Related, sx.ID) {
					t.Errorf("%s and %s: not related (%v, %v)", p[0], p[1], sx.Related, sy.Related)
				}
			}
		})
	}
}

// TestElapsedRecall reads the elapsed recalls of fictional leads and
// whether one lead is the next step after another.
func TestElapsedRecall(t *testing.T) {
	first := elapsedRecall(stepWire)
	for _, tc := range []struct {
		name     string
		lead     string
		recalled bool // the lead recalls an event at an elapsed time
		step     bool // the lead is the next step after the wire's
	}{
		{"recall of the wire's event", stepRecall, true, true},
		{"the wire's own lead", stepWire, false, false},
		{"hours are the event's own day", "Rescuers on Tuesday lifted 17 passengers off the Saltmoor Dawn hours after it ran aground off Orskavik point.", false, false},
		{"a recall without news of its own", "Three days after the ferry ran aground off Orskavik point, the ferry ran aground.", true, false},
		{"a recall of another event", "The board met on Thursday, two weeks after Brannock Lines announced its results.", true, false},
		{"a number of days", "The board on Thursday criticised the owners, 3 days after the ferry ran aground.", true, true},
	} {
		r := elapsedRecall(tc.lead)
		if got := len(r.recalled) > 0; got != tc.recalled {
			t.Errorf("%s: recalled %v (%+v), want %v", tc.name, got, r, tc.recalled)
		}
		if got := nextStep(r, first); got != tc.step {
			t.Errorf("%s: nextStep %v (%+v after %+v), want %v", tc.name, got, r, first, tc.step)
		}
		if nextStep(first, r) {
			t.Errorf("%s: the wire read as the next step after it", tc.name)
		}
	}
}

// TestAheadDays reads the days a fictional text tells ahead and whether
// its lead's own day is one.
func TestAheadDays(t *testing.T) {
	pub := time.Date(2026, 6, 9, 8, 0, 0, 0, time.UTC) // a Tuesday
	for _, tc := range []struct {
		name      string
		title     string
		text      string
		ahead     []uint16 // month·100+day of the days told ahead
		leadAhead bool
	}{
		{"a hearing told ahead", "Ferry aground", stepWire, []uint16{611}, false},
		{"the lead's day told ahead", "Inquiry to open", "The inquiry board will open public hearings on Thursday into the grounding.", []uint16{611}, true},
		{"a day told as past", "Hearing held", "The inquiry board opened public hearings on Thursday.", nil, false},
		{"a date told ahead", "Sentencing set", "Lindqvale was convicted on 2 June and is due to be sentenced on 23 June.", []uint16{623}, false},
		{"the lead's date told ahead", "Sentencing set", "Lindqvale is due to be sentenced on 23 June.", []uint16{623}, true},
		{"another sentence's will", "Ferry aground", "The owners will pay. The ferry ran aground on Monday night.", nil, false},
	} {
		f := NewFingerprint(&crosswire.Article{ID: "x", Title: tc.title, Text: tc.text, Published: &pub})
		ahead, leadAhead := f.lead.ahead, f.lead.leadAhead
		var got []uint16
		for _, d := range ahead {
			if d != 0 {
				got = append(got, d.date())
			}
		}
		if !slices.Equal(got, tc.ahead) || leadAhead != tc.leadAhead {
			t.Errorf("%s: ahead %v, lead ahead %v; want %v, %v", tc.name, got, leadAhead, tc.ahead, tc.leadAhead)
		}
	}
}
