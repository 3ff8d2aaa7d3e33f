package crosscheck

import "testing"

func TestNames(t *testing.T) {
	cases := []struct {
		name, a, b string
		fn         func(a, b string) bool
		want       bool
	}{
		{"surname alone", "Keller", "Dana Keller", personSame, true},
		{"initial", "D. Keller", "Dana Keller", personSame, true},
		{"honorific", "Ms Keller", "Dana Keller", personSame, true},
		{"other given name", "Mara Keller", "Dana Keller", personSame, false},
		{"double-barrelled", "Harwick", "Robert Harwick-Vane", personSame, true},
		{"misspelt surname", "Dana Keller", "Dana Kellner", personMisspelt, true},
		{"misspelt double-barrelled", "Robert Harwick-Vane", "Robert Hawrick-Vane", personMisspelt, true},
		{"different surnames", "Dana Keller", "Dana Brandt", personMisspelt, false},
		{"short surnames one vowel apart", "Tom Lind", "Tom Land", personMisspelt, false},
		{"letter added", "Hanne Rostad", "Hanne Rostadt", personMisspelt, true},
		{"different given names", "Dana Keller", "Mara Keller", personMisspelt, false},
		{"shared given name is not the same person", "John Smith", "John Brown", personSame, false},
		{"shared given name is not a misspelling", "John Smith", "John Brown", personMisspelt, false},
		{"short surnames one consonant apart", "Chan", "Chay", personMisspelt, false},
		{"short surnames one consonant apart with given names", "Wei Lim", "Wei Lin", personMisspelt, false},
		{"short surname letter doubled", "Anna Berg", "Anna Bergg", personMisspelt, true},
		{"acronym", "NCSA", "National Cyber Security Agency", orgSame, true},
		{"acronym with of", "BoN", "Bank of Norland", orgSame, true},
		{"reordered", "Office of the Prosecutor General", "Prosecutor General's Office", orgSame, true},
		{"demonym", "Norlandic", "Norland", orgSame, true},
		{"demonym irregular", "Norwegian", "Norway", orgSame, true},
		{"shortened", "Cyber Security Agency", "National Cyber Security Agency", orgSame, true},
		{"different ministries", "Ministry of Justice", "Ministry of the Interior", orgSame, false},
		{"different acronym", "NSA", "National Cyber Security Agency", orgSame, false},
		{"transliteration", "Hallbersky", "Hallberskyy", transliterated, true},
		{"transliteration i/y", "Hallberskiy", "Hallbersky", transliterated, true},
		{"doubled consonant is not", "Pellworth", "Pellwortth", transliterated, false},
		{"misspelt org", "Norland Signal Systems", "Norland Signall Systems", orgMisspelt, true},
		{"different org word", "Ministry of Justice", "Ministry of Trade", orgMisspelt, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.fn(tc.a, tc.b); got != tc.want {
				t.Errorf("(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

func TestRoleConflict(t *testing.T) {
	cases := []struct {
		name, a, b string
		want       string
	}{
		{"reordered", "Interior Minister", "Minister of the Interior", ""},
		{"shortened", "Deputy Minister", "Deputy Interior Minister", ""},
		{"lower case", "deputy interior minister", "Deputy Interior Minister", ""},
		{"gendered", "spokeswoman", "spokesperson", ""},
		{"portfolio", "Deputy Interior Minister", "Deputy Justice Minister", "high"},
		{"rank dropped", "Deputy Director", "Director", "medium"},
		{"offices", "Interior Minister", "Finance Secretary", "high"},
		{"not offices", "lawyer", "former banker", ""},
		{"portfolio of two shortened", "Communication and Informatics Minister", "Communications minister", ""},
		{"portfolio of two reordered", "Minister of Trade and Industry", "Trade and Industry Minister", ""},
		{"one of two portfolios changed", "Minister of Trade and Industry", "Minister of Trade and Finance", "high"},
		{"boss of a club is its manager", "boss", "manager", ""},
		{"head of an agency is its director", "director", "head", ""},
		{"leader is a president", "leader", "President", ""},
		{"head is not a deputy", "head", "deputy director", "high"},
		{"head is not a spokesperson", "head", "spokesman", "high"},
		{"chief executive is not a president", "chief executive", "president", "high"},
		{"boss is not a campaign manager", "boss", "campaign manager", "high"},
		{"head is not a director of communications", "head", "director of communications", "high"},
		// an acronym is the initials of its long form; the long form may
		// drop its last word, as any title may ("chief executive")
		{"acronym and its words", "Norbank CEO", "chief executive", ""},
		{"acronym and its full words", "COO", "chief operating officer", ""},
		{"acronym of another office", "CEO", "chief operating officer", "high"},
		{"acronym of a body and its title", "NCSA director", "director of the National Cyber Safety Agency", ""},
		// a slash joins two titles of one person: either may be given alone
		{"slash-joined titles, the first", "deputy director/chief safety and quality officer", "deputy director", ""},
		{"slash-joined titles, the second shortened", "deputy director/chief safety and quality officer", "chief safety officer", ""},
		{"slash-joined titles, another office", "deputy director/chief safety officer", "finance secretary", "high"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := string(roleConflict(tc.a, tc.b)); got != tc.want {
				t.Errorf("roleConflict(%q, %q) = %q, want %q", tc.a, tc.b, got, tc.want)
			}
		})
	}
}
