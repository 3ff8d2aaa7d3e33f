package group

import (
	"slices"
	"testing"
)

// FuzzCJKNames reads names in characters from any text (zhnames.go):
// no panic; the keys are sorted and distinct, at most two for every
// MinCJKName CJK characters (a stretch of unknown characters and a
// quotation each hold MinCJKName); a reader reused after another text
// returns what a fresh one does; a headline and a body give the keys of
// each read alone.
func FuzzCJKNames(f *testing.F) {
	for _, s := range []string{
		"市长严柏霖昨天宣布。", "严柏霖、邝颂铭。", "人称“铁算盘”的他", "所谓“好”的", "“未闭合的引号严柏霖",
		"”反向引号“", "政府宣布新的预算。", "The mayor 严柏霖 said.", "\xe4\xb8 broken", "", "龘龘龘龘龘龘龘龘龘",
	} {
		f.Add(s, "洛瑟尔湾的会议")
	}
	known := knownCJKWords()
	f.Fuzz(func(t *testing.T, text, other string) {
		keys := cjkNames(text, known)
		if !slices.IsSorted(keys) || len(slices.Compact(slices.Clone(keys))) != len(keys) {
			t.Fatalf("keys not sorted and distinct: %v", keys)
		}
		if n := cjkChars(text); len(keys) > 2*n/MinCJKName {
			t.Fatalf("%d keys from %d CJK characters", len(keys), n)
		}
		r := nameReader{known: known}
		r.names("", other)
		if again := r.names("", text); !slices.Equal(again, keys) {
			t.Fatalf("a reused reader reads %v, a fresh one %v", again, keys)
		}
		both := append(cjkNames(other, known), keys...)
		slices.Sort(both)
		if split := r.names(other, text); !slices.Equal(split, slices.Compact(both)) {
			t.Fatalf("headline and body %v, each alone %v", split, both)
		}
	})
}

// FuzzHeadTerms reads any headline as headlinesApart does
// (headapart.go): no panic; the terms' keys are distinct, each found by
// findTerm at its own place (by scan or, beyond fewHeadTerms, by search),
// every word's key is a term unless it names a month or a weekday, the
// count of terms that weigh is right, and a second reading gives the same
// terms.
func FuzzHeadTerms(f *testing.F) {
	for _, s := range []string{
		haInjury.Title, haFine.Title, haInjuryPaper.Title, "", " ", "x", "'", "-", "Brandt's 3-1 O'Dell - ’s",
		longHeadline("Pell fined", "qa", 40), "Monday March 3 Rovers", "\xff\xfe Rovers' cup", "ÉLAN Ünïcödé ﬁne",
	} {
		f.Add(s)
	}
	ix, _, _ := groupTwo(f, haInjury, haFine, haBackground())
	f.Fuzz(func(t *testing.T, title string) {
		var w headWords
		terms, n := ix.headTerms(0, title, nil, &w)
		weigh := 0
		for i, tm := range terms {
			if j := findTerm(terms, tm.key); j != i {
				t.Fatalf("term %d found at %d", i, j)
			}
			if tm.weighs {
				weigh++
			}
		}
		if weigh != n {
			t.Fatalf("%d terms weigh, counted %d", weigh, n)
		}
		w.each(title, func(word []byte, digits bool, key uint64) {
			if len(word) == 0 {
				t.Fatal("empty word")
			}
			if !digits && (monthNumber(word) > 0 || isWeekday(word)) {
				return
			}
			if findTerm(terms, key) < 0 {
				t.Fatalf("word %q is no term", word)
			}
		})
		again, m := ix.headTerms(0, title, nil, &w)
		if m != n || !slices.Equal(again, terms) {
			t.Fatalf("a second reading differs: %v %d, %v %d", again, m, terms, n)
		}
	})
}
