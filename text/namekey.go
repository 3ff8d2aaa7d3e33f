package text

import (
	"strings"
	"unicode"
)

// NameKey returns the comparison key of a name, so that variants written
// differently across mentions and versions meet:
//
//   - lower case; determiners ("the", "a", "an"), a possessive "'s",
//     punctuation and honorifics ("Mr", "Dr", "Sir") dropped; spaces
//     collapsed; curly apostrophes straightened;
//   - the "HEAD of (the) X" form turned into "x head", the order a name
//     is most often written in ("Office of the Prosecutor General" and
//     "Prosecutor General's Office" → "prosecutor general office";
//     "Ministry of Trade" and "Trade Ministry" → "trade ministry") when
//     org is set, for the names of organisations.
//
// It does not resolve acronyms or spelling variants: those need the other
// names of the story, not one name alone. Every stage that compares names
// (facts, crosscheck, attribution, the STIX ids) uses this key.
func NameKey(name string, org bool) string {
	var words []string
	for _, w := range strings.FieldsFunc(name, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '.' || r == '(' || r == ')' || r == '"' || r == '“' || r == '”'
	}) {
		l := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		l = strings.TrimSuffix(l, "'s")
		switch l {
		case "the", "a", "an", "":
			continue
		case "mr", "mrs", "ms", "dr", "prof", "sir", "dame":
			if !org {
				continue
			}
		}
		words = append(words, l)
	}
	if org {
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
