package facts

import (
	"strings"
	"unicode"

	"crosswire"
)

// NameKey returns a comparison key for an entity name, so that variants
// written differently across versions of a story meet:
//
//   - every kind: lower case, determiners, possessive "'s", honorifics and
//     punctuation dropped, spaces collapsed;
//   - organisations: the "HEAD of (the) X" form turned into "x head"
//     ("Office of the Prosecutor General" and "Prosecutor General's
//     Office" → "prosecutor general office"; "Ministry of Trade" and
//     "Trade Ministry" → "trade ministry").
//
// It does not resolve acronyms (see Aliases) or spelling variants.
func NameKey(kind crosswire.FactKind, name string) string {
	var words []string
	for _, w := range strings.FieldsFunc(name, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '.' || r == '(' || r == ')' || r == '"' || r == '“' || r == '”'
	}) {
		l := strings.ToLower(w)
		l = strings.TrimSuffix(strings.TrimSuffix(l, "'s"), "’s")
		switch l {
		case "the", "a", "an", "":
			continue
		case "mr", "mrs", "ms", "dr", "prof", "sir", "dame":
			if kind == crosswire.KindPerson {
				continue
			}
		}
		words = append(words, l)
	}
	if kind == crosswire.KindOrg {
		for i, w := range words {
			if (w == "of" || w == "for") && i > 0 && i < len(words)-1 {
				head, rest := words[:i], words[i+1:]
				words = append(append([]string{}, rest...), head...)
				break
			}
		}
	}
	return strings.Join(words, " ")
}
