package clean

import (
	"testing"

	"crosswire"
)

func TestContentFarmBio(t *testing.T) {
	const (
		quoted    = "“Coffee fanatic. Lifelong web nerd. Friendly music evangelist. Award-winning bacon scholar.”"
		named     = "Ada Vell \"Travel junkie. Hardcore gamer. Subtly charming zombie geek. Writer.\""
		firstPers = "I'm a freelance writer and podcaster who loves hiking, cats and jazz."
		commas    = "Thinker, problem solver, devoted reader, amateur baker."
		// mostly one-word fragments, as content farms write them
		singles = "“Thinker. Problem solver. Explorer. Writer. Student. Bacon nerd.”"
		// the author's name on its own line beside the quoted bio
		name   = "Ada Vell"
		bio    = "“Proud web lover. Hardcore zombie nerd. Travel practitioner. Lifelong student. Devoted writer.”"
		places = "Oslo. Bergen. Tromsø. Narvik."
	)
	runRuleCases(t, []ruleCase{
		{name: "quoted list of self-descriptions", body: para1 + "\n\n" + para2 + "\n\n" + quoted,
			text: para1 + "\n\n" + para2, removed: []crosswire.Removal{rm(crosswire.ReasonBio, quoted)}},
		{name: "name before the quoted list", body: para1 + "\n\n" + para2 + "\n\n" + named,
			text: para1 + "\n\n" + para2, removed: []crosswire.Removal{rm(crosswire.ReasonBio, named)}},
		{name: "first person", body: para1 + "\n\n" + para2 + "\n\n" + firstPers,
			text: para1 + "\n\n" + para2, removed: []crosswire.Removal{rm(crosswire.ReasonBio, firstPers)}},
		{name: "comma list", body: para1 + "\n\n" + commas,
			text: para1, removed: []crosswire.Removal{rm(crosswire.ReasonBio, commas)}},
		{name: "list sharing a word with the story kept", body: para1 + "\n\nBridge lover. Council watcher. Traffic nerd.",
			text: para1 + "\n\nBridge lover. Council watcher. Traffic nerd."},
		{name: "list of names kept", body: para1 + "\n\nAnna Berg. Tor Lund. Mira Holt. Jon Sand.",
			text: para1 + "\n\nAnna Berg. Tor Lund. Mira Holt. Jon Sand."},
		{name: "short sentences of reporting kept", body: para1 + "\n\nTraffic was light. Drivers were calm. Nobody complained.",
			text: para1 + "\n\nTraffic was light. Drivers were calm. Nobody complained."},
		{name: "figures kept", body: para1 + "\n\nSeats: 400. Lanes: 4. Length: 2 km.",
			text: para1 + "\n\nSeats: 400. Lanes: 4. Length: 2 km."},
		{name: "closing first-person quote kept", body: para1 + "\n\nI've been waiting since dawn for any news at all.",
			text: para1 + "\n\nI've been waiting since dawn for any news at all."},
		{name: "one-word fragments", body: para1 + "\n\n" + para2 + "\n\n" + singles,
			text: para1 + "\n\n" + para2, removed: []crosswire.Removal{rm(crosswire.ReasonBio, singles)}},
		{name: "name line before the bio", body: para1 + "\n\n" + para2 + "\n\n" + name + "\n\n" + bio,
			text: para1 + "\n\n" + para2, removed: []crosswire.Removal{rm(crosswire.ReasonBio, name), rm(crosswire.ReasonBio, bio)}},
		{name: "name line after the bio", body: para1 + "\n\n" + para2 + "\n\n" + bio + "\n\n" + name,
			text: para1 + "\n\n" + para2, removed: []crosswire.Removal{rm(crosswire.ReasonBio, bio), rm(crosswire.ReasonBio, name)}},
		{name: "name line alone kept", body: para1 + "\n\n" + para2 + "\n\n" + name,
			text: para1 + "\n\n" + para2 + "\n\n" + name},
		{name: "list of places kept", body: para1 + "\n\n" + places,
			text: para1 + "\n\n" + places},
		{name: "quoted bio run on after the last sentence", body: para1 + "\n\n" + para2 + " " + name + " " + bio,
			text: para1 + "\n\n" + para2, removed: []crosswire.Removal{rm(crosswire.ReasonBio, name+" "+bio)}},
		{name: "closing quotation kept", body: para1 + "\n\n" + para2 + " “We are thrilled. Traffic flows again. Best week ever.”",
			text: para1 + "\n\n" + para2 + " “We are thrilled. Traffic flows again. Best week ever.”"},
		{name: "run-on list sharing a word kept", body: para1 + "\n\n" + para2 + " “Bridge lover. Council watcher. Traffic nerd.”",
			text: para1 + "\n\n" + para2 + " “Bridge lover. Council watcher. Traffic nerd.”"},
		{name: "not at the end kept", body: para1 + "\n\n" + quoted + "\n\n" + para2,
			text: para1 + "\n\n" + quoted + "\n\n" + para2},
	})
}
