package group

import (
	"strings"
	"testing"

	"crosswire"
)

// Fictional reports: a ferry accident at an invented port, told by three
// outlets in their own words. Every report names the port, the ferry and
// its operator, names the background has never seen.
var (
	ferryA = crosswire.Article{ID: "a", Title: "Ferry Dovrenka runs aground off Quillmarsh",
		Text: "QUILLMARSH: The ferry Dovrenka ran aground off Quillmarsh on Tuesday with 212 passengers on board, its operator Brask Lines said. " +
			"Nobody was hurt and the passengers were taken ashore by lifeboat crews from the harbour. " +
			"Brask Lines said the vessel struck a sandbank in fog and that divers would inspect the hull before it is towed."}
	ferryB = crosswire.Article{ID: "b", Title: "212 brought ashore after Dovrenka grounding",
		Text: "Lifeboat crews brought 212 passengers ashore at Quillmarsh on Tuesday after the ferry Dovrenka grounded in thick fog. " +
			"Operator Brask Lines said there were no injuries. A spokeswoman for the company said the ship had hit a sandbank " +
			"and would stay where it was until the tide turned."}
	ferryC = crosswire.Article{ID: "c", Title: "Fog blamed as Brask Lines ferry strikes sandbank",
		Text: "A Brask Lines ferry, the Dovrenka, struck a sandbank near Quillmarsh on Tuesday, and all 212 people on board were rescued. " +
			"The company said fog was to blame. Harbour officials at Quillmarsh said the route would reopen once the vessel is moved."}
	// the operator's results on another day: it names the operator and
	// the port, but leads with other news
	ferryResults = crosswire.Article{ID: "d", Title: "Brask Lines profit falls as fuel costs climb",
		Text: "Brask Lines reported a fall in yearly profit on Friday as fuel costs rose, and said it would raise fares on its Quillmarsh route " +
			"from March. The operator carried 1.4 million passengers last year, chief executive Ola Tervik said."}
	// a report that does not name the port
	ferryNoPort = crosswire.Article{ID: "e", Title: "Passengers rescued after ferry grounds",
		Text: "All 212 passengers of the ferry Dovrenka were rescued on Tuesday after it grounded in fog, operator Brask Lines said. " +
			"Lifeboat crews took them ashore; the company said the hull would be inspected by divers."}
	// another subject altogether
	orchard = crosswire.Article{ID: "f", Title: "Frost damages apple orchards",
		Text: "Growers in the Velmor valley said on Monday that a late frost had damaged up to 40 per cent of their apple blossom, " +
			"and the Velmor Growers Union asked for emergency aid."}
	choir = crosswire.Article{ID: "g", Title: "Harbour choir wins national title",
		Text: "The Selwick Harbour Choir won the national amateur choir title on Saturday, beating 30 other choirs, " +
			"its conductor Mira Onsdal said."}
)

func TestBatchNameEdge(t *testing.T) {
	bg := DefaultBackground()
	ferryBWed := ferryB
	ferryBWed.Text = strings.ReplaceAll(ferryB.Text, "Tuesday", "Wednesday")
	tests := []struct {
		name string
		arts []crosswire.Article
		a, b string // the pair asked about, by ID
		want bool
	}{
		{"three reports of one event", []crosswire.Article{ferryA, ferryB, ferryC}, "a", "b", true},
		{"one report without the port: the ferry is in every report", []crosswire.Article{ferryA, ferryB, ferryNoPort}, "a", "b", true},
		{"a pair alone is judged as before", []crosswire.Article{ferryA, ferryB}, "a", "b", false},
		{"one article of another subject: all but one hold the names", []crosswire.Article{ferryA, ferryB, ferryC, orchard}, "a", "b", true},
		{"two articles of other subjects: no name in all but one", []crosswire.Article{ferryA, ferryB, ferryC, orchard, choir}, "a", "b", false},
		{"three articles, one of another subject: no name in all three", []crosswire.Article{ferryA, ferryB, orchard}, "a", "b", false},
		{"the operator's other news shares too little", []crosswire.Article{ferryA, ferryResults, ferryC}, "a", "d", false},
		{"leads naming different days", []crosswire.Article{ferryA, ferryBWed, ferryC}, "a", "b", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ix, _ := partitionIndex(t, tc.arts, bg)
			doc := map[string]uint32{}
			for d := range tc.arts {
				doc[ix.docID(uint32(d))] = uint32(d)
			}
			a, b := doc[tc.a], doc[tc.b]
			_, ps := ix.verify(a, b)
			if got := ix.batchNameEdge(a, b, &ps); got != tc.want {
				t.Errorf("batchNameEdge = %v, want %v (shared %d, cosine %.2f)", got, tc.want, ps.shared, ps.cosine)
			}
		})
	}
}
