package group

// A fictional concert told by a take and a paper, the take's last page
// (what the singer said after the show), and other stories: a harbour
// strike, or the singer's next concert, whose report quotes the same
// words as background.
const (
	fragTake = "The singer Dagny Brell played her first concert in Vessburg for ten years tonight, to a crowd of 2,000 in the Lantern Hall. " +
		"She opened with three songs from her new record and closed with the ballad that made her name."
	fragStatement = "I have sung in many halls but never in one where the whole room sang the last chorus back at me louder than the band could play it"
	fragPaper     = "Dagny Brell came home to Vessburg last night and the Lantern Hall was on its feet by the second song. " +
		"\"" + fragStatement + ",\" she told us afterwards. Her tour moves on to Odrun next week."
	fragPage = "The night had one mishap, when the lights failed in the third song. " +
		"At the end of the night Brell told the crowd: \"" + fragStatement + ". We came for one night and we will be back next summer with the whole orchestra.\""
	// the paper quoting ten of the statement's words
	fragPaperShort = "Dagny Brell came home to Vessburg last night and the Lantern Hall was on its feet by the second song. " +
		"She said the whole room \"sang the last chorus back at me\" and promised to return. Her tour moves on to Odrun next week."
	fragStrike1 = "Ferry crews at Kessel harbour walked out this morning over pay, the Seafarers' Union said, stranding 400 passengers on the island of Odrun."
	fragStrike2 = "The strike at Kessel harbour left 400 passengers waiting on Odrun, and the union's Mira Holt said talks would resume on Friday."
	fragNext1   = "Dagny Brell played to a full house in Odrun tonight, a week after her return to Vessburg, where she said: \"" + fragStatement + ".\""
	fragNext2   = "In Odrun Dagny Brell added two new songs to the set and thanked the crowd for coming out in the rain."
)

// (TestJoinNamed reads them: the statement is joinNamed's second
// evidence.)
