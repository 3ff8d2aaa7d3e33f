// Package attack is crosswire's knowledge of the threat groups MITRE
// ATT&CK tracks: their ATT&CK ids, names and aliases, so that "APT31",
// "ZIRCONIUM" and "Violet Typhoon" in three versions of a story are known
// to be one intrusion set, and so that a group's name is not taken for a
// state or a company.
//
// The table (groups.json) is embedded and built by `go generate ./attack`
// from ATT&CK's intrusion-set objects; see internal/gen. Each group also
// carries the state and state body ATT&CK's description attributes it to:
// context for an analyst, never a claim of a news story.
//
// ATT&CK data is © The MITRE Corporation, reproduced with its permission
// under the licence in NOTICE-ATTACK.txt, which ships with the table.
package attack

//go:generate go run ./internal/gen -in ../../shared/data/attack/intrusion-sets.jsonl -words ../../shared/data/bbc-news-2225.jsonl -out groups.json
