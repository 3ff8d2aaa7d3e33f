package text

import (
	"strings"

	"github.com/hbollon/go-edlib"
)

// NearMiss reports whether two words (names, in one case) are one word
// misspelt: they differ, share the first letter and at least four letters,
// are within a small Damerau–Levenshtein distance (1, 2 from eight
// letters) at a high Jaro–Winkler similarity (≥ 0.88: misspellings of
// names keep their prefix, "Keller" / "Kellner"), and short words are not
// one consonant for another ("Chan" / "Chay" are two names). crosscheck
// reads two names of one story as one person misspelt by it; group reads
// a headline's name another report writes one letter off as written.
func NearMiss(a, b string) bool {
	if a == b {
		return false
	}
	short := min(len(a), len(b))
	if short < 4 || a[0] != b[0] {
		return false
	}
	limit := 1
	if short >= 8 {
		limit = 2
	}
	if edlib.DamerauLevenshteinDistance(a, b) > limit {
		return false
	}
	if short <= 4 && consonantSwapped(a, b) {
		return false
	}
	return edlib.JaroWinklerSimilarity(a, b) >= 0.88
}

// consonantSwapped reports whether two words of one length differ in one
// letter, a consonant for a consonant: among short names that is most
// often two names ("Chan" / "Chay", "Lim" / "Lin"), not one misspelt —
// typing and hearing errors double, drop, swap or mistake a vowel.
func consonantSwapped(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	diff := -1
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	vowel := func(c byte) bool { return strings.IndexByte("aeiouAEIOU", c) >= 0 }
	return diff >= 0 && !vowel(a[diff]) && !vowel(b[diff])
}
