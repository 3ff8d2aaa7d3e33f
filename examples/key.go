package examples

import (
	_ "embed"
	"encoding/json"
	"fmt"
)

//go:embed expected.json
var expectedJSON []byte

// Key is the answer key of the example corpus (expected.json): which files
// tell which story and in what role, the conflicts planted between versions,
// the paraphrase traps that must not be flagged, and the boilerplate the
// cleaner must remove (and the sentences it must keep). Every text in it is
// a verbatim substring of the named file's body.
type Key struct {
	Stories     []KeyStory    `json:"stories"`
	Unrelated   []string      `json:"unrelated"`
	Conflicts   []KeyConflict `json:"conflicts"`
	Traps       []KeyTrap     `json:"traps"`
	Boilerplate []KeyRemoval  `json:"boilerplate"`
	Kept        []KeyText     `json:"kept"`
}

// KeyStory is one story of the corpus: its versions, the original and the
// role of every other version (copy, rewrite, translation, excerpt).
type KeyStory struct {
	Name     string            `json:"name"`
	Original string            `json:"original"`
	Articles []string          `json:"articles"`
	Roles    map[string]string `json:"roles"`
}

// KeyText is a text as it appears in one example file.
type KeyText struct {
	File string `json:"file"`
	Text string `json:"text"`
}

// KeyConflict is a planted discrepancy of one kind: the variants are what
// each version says.
type KeyConflict struct {
	Story    string    `json:"story"`
	Kind     string    `json:"kind"`
	Variants []KeyText `json:"variants"`
}

// KeyTrap is a paraphrase that keeps the meaning: the texts must not be
// reported as a discrepancy.
type KeyTrap struct {
	Story string    `json:"story"`
	Kind  string    `json:"kind"`
	Texts []KeyText `json:"texts"`
}

// KeyRemoval is boilerplate the cleaner must remove, with the reason it
// should give.
type KeyRemoval struct {
	File   string `json:"file"`
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

// LoadKey decodes the embedded answer key.
func LoadKey() (Key, error) {
	var k Key
	if err := json.Unmarshal(expectedJSON, &k); err != nil {
		return Key{}, fmt.Errorf("examples: decode expected.json: %w", err)
	}
	return k, nil
}
