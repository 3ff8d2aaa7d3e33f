package facts

import (
	"unicode"

	"crosswire"
)

// Aliases returns, for the entity facts of one or more articles, every
// acronym mapped to the long form an article defined it with ("NCSA" →
// "National Cyber Security Agency"): the facts whose Entity.Name is an
// acronym and whose Value is a different, longer name. Crosscheck can pass
// the facts of every version of a story to resolve an acronym used alone in
// one version against a long form written in another.
func Aliases(facts []crosswire.Fact) map[string]string {
	out := map[string]string{}
	for _, f := range facts {
		if f.Entity == nil || f.Value == "" || f.Entity.Name == f.Value {
			continue
		}
		if !isAcronym(f.Entity.Name) || len(f.Value) <= len(f.Entity.Name) {
			continue
		}
		if _, ok := out[f.Entity.Name]; !ok {
			out[f.Entity.Name] = f.Value
		}
	}
	return out
}

// isAcronym reports whether s is two to eight letters or digits with at
// least two upper-case letters and no lower-case ones.
func isAcronym(s string) bool {
	up, n := 0, 0
	for _, r := range s {
		n++
		switch {
		case unicode.IsUpper(r):
			up++
		case unicode.IsDigit(r), r == '-', r == '&':
		default:
			return false
		}
	}
	return up >= 2 && n <= 8
}
