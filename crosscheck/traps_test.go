package crosscheck

import (
	"testing"

	"crosswire"
)

// TestFiveOutletTraps checks what independent reports of one event by
// several outlets say about different things, which must not be reported
// as a high or medium discrepancy: two countries' holders of one title, a
// current and a former holder of one office, a title that belongs to the
// name after it, two percentages of two goods, and the years a war began
// and ended.
func TestFiveOutletTraps(t *testing.T) {
	const lead = "VARNE, June 12 - Leaders gathered in Varne on Thursday for talks on trade and security.\n\n"
	tests := []struct {
		name string
		a, b string
	}{
		{"two countries' prime ministers",
			"Prime Minister Kenji Arakawa of Japan told the summit that tariffs would hurt both sides.",
			"Australia's Prime Minister Liam Dorsey told the summit that tariffs would hurt both sides.",
		},
		{"two countries' prime ministers, the same form",
			"Japan's Prime Minister Kenji Arakawa said the talks were useful.",
			"Australia's Prime Minister Liam Dorsey said the talks were useful.",
		},
		{"a former holder written lower case after a comma",
			"The talks were opened by Secretary of State Ana Ruiz.",
			`"The talks are a mistake," said Dana Pryce, former Vice President Carl Benton's trade adviser. "I doubt them," said the former Secretary of State, Carl Benton.`,
		},
		{"a current and a former holder of one office",
			"Newly confirmed Secretary of State Ana Ruiz met the delegation in Varne.",
			"Former Secretary of State Carl Benton criticised the talks in Varne.",
		},
		{"a title belongs to the name after it",
			`"Tariffs are a tax on our own farmers," said Dana Pryce, former Vice President Carl Benton's trade adviser.`,
			`"Tariffs are a tax on our own farmers," said Dana Pryce, a trade economist at Varne University.`,
		},
		{"a title belongs to the name after it, in a list",
			"The guests included Senator Dana Pryce, former Vice President Carl Benton and the mayor of Varne.",
			"Dana Pryce, a senator from Ostland, attended the talks.",
		},
		{"two percentages of two goods",
			"Kestria cut steel shipments to Ostmark by about 30 percent last year.",
			"Ostmark put duties of 25 percent on Kestrian steel and 10 percent on aluminum last year.",
		},
		{"the year a war began and the year it was halted",
			"The border war between Kestria and Ostmark began in 1992.",
			"The border war between Kestria and Ostmark was halted by a ceasefire in 1994.",
		},
		{"a short form of a tweeting speaker's given name",
			`"We will not back down," Samuel Hale wrote on Chirper.`,
			`"We will not back down," Sam Hale wrote on Chirper.`,
		},
		{"the largest exporters of two goods",
			"Kestria is the largest exporter of grain in the region, officials said.",
			"Ostmark is the largest exporter of steel in the region, officials said.",
		},
		{"one person's compatible titles",
			"Representative Mara Lind, who chairs the trade committee, said the deal was weak.",
			"Committee Chairman Mara Lind said the deal was weak.",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantQuiet(t, checkTexts(t, lead+tc.a, lead+tc.b))
		})
	}
}

// TestFiveOutletConflicts checks that the rules keeping TestFiveOutletTraps
// quiet still let a real conflict of the same shapes through — one
// office's holder named two ways by one owner, one thing's percentage
// given two values — and the contradictions the issue lists as missed: a
// quoted tweet's author with two first names, which country is the
// largest exporter, a changed title, a fused decimal length.
func TestFiveOutletConflicts(t *testing.T) {
	const lead = "VARNE, June 12 - Leaders gathered in Varne on Thursday for talks on trade and security.\n\n"
	tests := []struct {
		name string
		a, b string
		want crosswire.DiscrepancyKind
		x, y string // words of two variants
	}{
		{"one country's prime minister, two names",
			"Japan's Prime Minister Kenji Arakawa told the summit that tariffs would hurt both sides.",
			"Prime Minister Taro Fujimoto of Japan told the summit that tariffs would hurt both sides.",
			crosswire.DiscName, "Kenji Arakawa", "Taro Fujimoto"},
		{"one cut, two percentages",
			"Kestria cut steel shipments to Ostmark by about 30 percent last year.",
			"Kestria cut steel shipments to Ostmark by 10 percent last year.",
			crosswire.DiscNumber, "about 30 percent", "10 percent"},
		{"a tweet quoted with two first names",
			`"We will not back down," Tomas Hale wrote on Chirper.`,
			`"We will not back down," Mark Hale wrote on Chirper.`,
			crosswire.DiscName, "Tomas Hale", "Mark Hale"},
		{"whether a lawsuit names a defendant",
			"The lawsuit filed in Varne names Tomas Hale as a defendant, court papers show.",
			"The lawsuit filed in Varne does not name Tomas Hale as a defendant, court papers show.",
			crosswire.DiscOutcome, "names", "not name"},
		{"which country is the largest exporter",
			"Kestria is the largest exporter of grain in the region, officials said.",
			"Ostmark is the largest exporter of grain in the region, officials said.",
			crosswire.DiscClaim, "Kestria", "Ostmark"},
		{"a harbour master who became a port director",
			"The harbour master, Erik Solberg, said the ferry would stay in port.",
			"The port director, Erik Solberg, said the ferry would stay in port.",
			crosswire.DiscRole, "harbour master", "port director"},
		{"a fused decimal length",
			"The ferry ran aground on a 6.5-kilometre stretch of the coast near Varne.",
			"The ferry ran aground on a 4-kilometre stretch of the coast near Varne.",
			crosswire.DiscNumber, "6.5-kilometre", "4-kilometre"},
		{"one rise, by and without by, a time after",
			"Prices in Kestria rose 5 percent in March, the statistics office said.",
			"Prices in Kestria rose by 7 percent in March, the statistics office said.",
			crosswire.DiscNumber, "5 percent", "7 percent"},
		{"one duty, two rates",
			"Ostmark put duties of 25 percent on Kestrian steel last year.",
			"Ostmark put duties of 15 percent on Kestrian steel last year.",
			crosswire.DiscNumber, "25 percent", "15 percent"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantDiscrepancy(t, checkTexts(t, lead+tc.a, lead+tc.b), []crosswire.DiscrepancyKind{tc.want}, crosswire.SeverityMedium, tc.x, tc.y)
		})
	}
}
