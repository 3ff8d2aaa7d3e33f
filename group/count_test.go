package group

import (
	"strings"
	"testing"

	"crosswire"
)

// Two fictional reports of one data exposure by two outlets, each in its
// own words and order and with its own sources: they share the club, the
// researcher and the firm, and the count of members whose records lay
// open ("%s" in each).
const (
	tarrowTitleA = "Tarrowmere rowers' files left open on the web"
	tarrowTextA  = "An unprotected storage server exposed the files of %s of Tarrowmere, the oldest rowing club in Scotland, a researcher found. " +
		"Ilse Varnholm of Quillon came across the server while scanning for open databases and alerted the club. " +
		"The files held home addresses, birth dates and the results of medical checks. " +
		"Club secretary Aldo Pettigrew said the server had been set up by a volunteer and was closed within hours. " +
		"The data regulator for Britain has been told, he added. Members in Glasgow, Aberdeen and Edinburgh were being written to, and the club's insurer in London and its bank in Manchester were reviewing its cover; rival clubs in Leeds and Bristol offered help."
	tarrowTitleB = "Tarrowmere apologises after data lapse"
	tarrowTextB  = "Tarrowmere has apologised after a security researcher found its records exposed online. " +
		"The database, which required no password, listed %s along with their addresses and coaching notes, according to Quillon. " +
		"The researcher, who has reported dozens of such leaks, said anyone could have copied the data. " +
		"Rowing clubs in Edinburgh, Dundee and Perth said they were checking their own systems, and sports officials in Scotland urged every club to review how it stores records. " +
		"Coaches at clubs in Cardiff and Belfast called the lapse careless, and crews from Oxford and Cambridge asked to see the findings."
)

// TestCountEdge: the pair above joins when both state one count of one
// thing (count.go); not with no count in one, the same number counting
// another thing, the count told in a sentence dated by its month, or a
// number too common to single anything out.
func TestCountEdge(t *testing.T) {
	tests := []struct {
		name      string
		inA, inB  string
		joined    bool
		countEdge bool
	}{
		{"one count of one thing", "more than 6,840 members", "6,840 members", true, true},
		{"no count in one report", "more than 6,840 members", "hundreds of members", false, false},
		{"the number counting another thing", "more than 6,840 members", "6,840 boats", false, false},
		{"the count dated by its month", "more than 6,840 members", "6,840 members enrolled in March", false, false},
		{"a common number", "more than 100 members", "100 members", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := crosswire.Article{ID: "a", Title: tarrowTitleA, Text: strings.Replace(tarrowTextA, "%s", tc.inA, 1)}
			b := crosswire.Article{ID: "b", Title: tarrowTitleB, Text: strings.Replace(tarrowTextB, "%s", tc.inB, 1)}
			ix, roots := partitionIndex(t, []crosswire.Article{a, b}, nil)
			ok, ps := ix.verify(0, 1)
			thin := !ok && ix.thinPair(0, 1, &ps)
			t.Logf("verified %v, shared %d, rare %d, cosine %.2f, thin %v, counts %v / %v",
				ok, ps.shared, ps.rare, ps.cosine, thin, ix.topics.events.countsOf(0, ix.topics.arts[0]), ix.topics.events.countsOf(1, ix.topics.arts[1]))
			if ok {
				t.Fatalf("the pair verifies without the count: the test asks the count rule")
			}
			if got := thin && ix.countEdge(0, 1); got != tc.countEdge {
				t.Errorf("count edge = %v, want %v", got, tc.countEdge)
			}
			if joined := roots[0] == roots[1]; joined != tc.joined {
				t.Errorf("joined = %v, want %v", joined, tc.joined)
			}
		})
	}
}

// TestLettered: a figure with a letter glued to its digits is a scale or
// a unit of measure, not read as a count (count.go).
func TestLettered(t *testing.T) {
	for _, tc := range []struct {
		span string
		want bool
	}{
		{"more than 6,840 members", false},
		{"6840 members", false},
		{"the 400m final", true},
		{"3.5k runners", true},
		{"12th boat", true},
		{"some twelve boats", false},
		{"1.5 million members", false},
	} {
		if got := lettered(tc.span); got != tc.want {
			t.Errorf("lettered(%q) = %v, want %v", tc.span, got, tc.want)
		}
	}
}
