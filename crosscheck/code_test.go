package crosscheck

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/hbollon/go-edlib"

	"crosswire"
)

func TestCodeDiscrepancies(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want int // code discrepancies
	}{
		{"registration with two letters changed",
			"Police found the van, registration R462 KLT, abandoned near the harbour in Vessburg.",
			"Police found the van, registration R462 KTL, abandoned near the harbour in Vessburg.", 1},
		{"flight number one digit apart",
			"Passengers on flight NX4417 were held at the gate for three hours on Monday.",
			"Passengers on flight NX4411 were held at the gate for three hours on Monday.", 1},
		{"same code", "The case, numbered CR-2231, returns to court in March.",
			"The case, numbered CR-2231, returns to court in March.", 0},
		{"a version naming both codes tells two things apart",
			"Flight NX4417 was held at the gate; flight NX4411 left on time.",
			"Flight NX4411 was held at the gate for three hours.", 0},
		{"measures are no codes", "The ferry sailed 10km in 3pm fog near the harbour of Vessburg.",
			"The ferry sailed 12km in 3pm fog near the harbour of Vessburg.", 0},
		{"codes in unrelated sentences", "The model X200 was launched in spring by the firm.",
			"Engineers tested the X201 prototype in the desert heat.", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTwo(t, tc.a, tc.b)
			got := 0
			for _, d := range st.Discrepancies {
				if d.Kind != crosswire.DiscCode {
					continue
				}
				got++
				for _, v := range d.Variants {
					for _, sp := range v.Sources {
						text := tc.a
						if sp.Article == "b" {
							text = tc.b
						}
						if text[sp.Start:sp.End] != sp.Text {
							t.Errorf("span %+v does not match its text", sp)
						}
					}
				}
			}
			if got != tc.want {
				t.Errorf("code discrepancies = %d, want %d (%+v)", got, tc.want, st.Discrepancies)
			}
		})
	}
}

func TestNameVariants(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want int // name discrepancies
	}{
		{"surname one letter apart", "The award went to the writer Ada Quist at a dinner in Vessburg on Friday.",
			"The award went to the writer Ada Quisst at a dinner in Vessburg on Friday.", 1},
		{"given name changed in the same apposition", "The hero Tom Brand (Steve Orwell) and his friend sail to Lorne.",
			"The hero Tom Brand (Simon Orwell) and his friend sail to Lorne.", 1},
		{"two characters of one family", "The film stars Ada Quist, who plays Mara Lind, with the singer.",
			"The film stars Ada Quist, who plays Tova Lind, with the singer.", 0},
		{"a short given name", "Guests included the presenter Dave Orwell at the Vessburg gala.",
			"Guests included the presenter David Orwell at the Vessburg gala.", 0},
		{"a version naming both", "The writer Ada Quist met the writer Ada Quisst in Vessburg.",
			"The writer Ada Quisst met her editor in Vessburg.", 0},
		{"possessive", "The writer Ada Quist's novel won the prize in Vessburg.",
			"The writer Ada Quist won the prize in Vessburg for her novel.", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTwo(t, tc.a, tc.b)
			if got := kindCount(st, crosswire.DiscName); got != tc.want {
				t.Errorf("name discrepancies = %d, want %d (%+v)", got, tc.want, st.Discrepancies)
			}
		})
	}
}

// checkTwo cross-checks an original a and its rewrite b as one story.
func checkTwo(t *testing.T, a, b string) *crosswire.Story {
	t.Helper()
	st := &crosswire.Story{ID: "s", Articles: []crosswire.Article{
		{ID: "a", Text: a, Language: "en", Role: crosswire.RoleOriginal},
		{ID: "b", Text: b, Language: "en", Role: crosswire.RoleRewrite},
	}}
	if err := New().Check(context.Background(), st, map[string][]crosswire.Fact{}); err != nil {
		t.Fatal(err)
	}
	return st
}

// TestCodesPerDistinctKey checks that comparing codes per distinct key
// reports what a scan of every pair of code mentions reports, in the same
// order, on a story of many versions whose codes differ by a letter or
// two, some versions writing two codes and one version in another
// language.
func TestCodesPerDistinctKey(t *testing.T) {
	plates := []string{"R462 KLT", "R462 KTL", "R462 KLT", "R463 KLT", "NX4417", "NX4411", "NX4417", "CR-2231", "CR-2213", "X200"}
	st := storyOfValues(plates, func(i int, p, q string) (string, string) {
		txt := "Police found the van, registration " + p + ", abandoned near the harbour in Vessburg. "
		if i%4 == 0 {
			txt += "A second van, registration " + q + ", was found near the harbour later. "
		}
		txt += "Passengers on flight " + q + " were held at the gate for three hours on Monday."
		if i == 7 {
			return txt, "ca"
		}
		return txt, "en"
	})
	w := newWork(st, map[string][]crosswire.Fact{}, builtinLexicon{})
	w.checkCodes()
	got := findingSides(w.discs, crosswire.DiscCode)
	want := findingSides(scanCodePairs(st), crosswire.DiscCode)
	if len(want) < 3 {
		t.Fatalf("the fixture states %d code discrepancies, want several", len(want))
	}
	if !slices.Equal(got, want) {
		t.Errorf("per distinct key:\n%v\nevery pair:\n%v", got, want)
	}
}

// scanCodePairs is the reference: every pair of code mentions, in order.
func scanCodePairs(st *crosswire.Story) []*finding {
	var all []codeMention
	keys := map[string]map[string]bool{}
	for i := range st.Articles {
		a := &st.Articles[i]
		cs := codesOf(a, i)
		keys[a.ID] = map[string]bool{}
		for _, c := range cs {
			keys[a.ID][c.key] = true
		}
		all = append(all, cs...)
	}
	seen := map[[2]string]bool{}
	var out []*finding
	for x := range all {
		for y := x + 1; y < len(all); y++ {
			p, q := all[x], all[y]
			if p.art.ID == q.art.ID || p.key == q.key || !sameLanguage(p.art, q.art) || keys[p.art.ID][q.key] || keys[q.art.ID][p.key] {
				continue
			}
			d := edlib.DamerauLevenshteinDistance(p.key, q.key)
			if d == 0 || d > 2 || d*3 > len(p.key) || shared(p.ctx, q.ctx) < 2 {
				continue
			}
			k := [2]string{min(p.key, q.key), max(p.key, q.key)}
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, &finding{kind: crosswire.DiscCode, subject: "code " + codeSubject(p, q), sides: []side{
				{value: p.text, spans: []crosswire.Span{{Article: p.art.ID, Start: p.start}}},
				{value: q.text, spans: []crosswire.Span{{Article: q.art.ID, Start: q.start}}},
			}})
		}
	}
	return out
}

// findingSides flattens the findings of one kind to comparable strings.
func findingSides(fs []*finding, kind crosswire.DiscrepancyKind) []string {
	var out []string
	for _, f := range fs {
		if f.kind != kind {
			continue
		}
		s := f.subject
		for _, sd := range f.sides {
			s += fmt.Sprintf(" | %s %s@%d", sd.value, sd.spans[0].Article, sd.spans[0].Start)
		}
		out = append(out, s)
	}
	return out
}

// TestNameVariantsPerDistinctName checks that comparing names per
// distinct name reports what a scan of every pair of name mentions
// reports, in the same order, on a story of many versions naming people
// a letter apart, some versions naming two spellings.
func TestNameVariantsPerDistinctName(t *testing.T) {
	people := []string{"Ada Quist", "Ada Quisst", "Tomas Hale", "Mark Hale", "Les Blackworth", "Les Blackfield", "Ada Quist", "Tomas Hale"}
	st := storyOfValues(people, func(i int, p, q string) (string, string) {
		txt := "The award went to the writer " + p + " at a dinner in Vessburg on Friday. "
		if i%5 == 0 {
			txt += "Guests included the presenter " + q + " at the Vessburg gala. "
		}
		return txt + "The neighbour, " + q + ", called the police from the harbour on Friday.", "en"
	})
	w := newWork(st, map[string][]crosswire.Fact{}, builtinLexicon{})
	w.checkNameVariants()
	got := findingSides(w.discs, crosswire.DiscName)
	want := findingSides(scanNamePairs(w), crosswire.DiscName)
	if len(want) < 2 {
		t.Fatalf("the fixture states %d name discrepancies, want several", len(want))
	}
	slices.Sort(got) // buckets are visited in map order
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("per distinct name:\n%v\nevery pair:\n%v", got, want)
	}
}

// scanNamePairs is the reference: every pair of name mentions of one
// surname initial, in order.
func scanNamePairs(w *work) []*finding {
	var all []nameCand
	has := map[string]map[string]bool{}
	for _, a := range w.firstLanguageArticles() {
		// no facts: no name opening a sentence is a person's
		cs := slices.DeleteFunc(nameCands(a), func(c nameCand) bool { return c.initial })
		has[a.ID] = map[string]bool{}
		for _, c := range cs {
			has[a.ID][strings.ToLower(c.given+" "+c.sur)] = true
		}
		all = append(all, cs...)
	}
	bySur := map[string][]int{}
	for i, c := range all {
		k := strings.ToLower(c.sur[:1])
		bySur[k] = append(bySur[k], i)
	}
	seen := map[string]bool{}
	var out []*finding
	for _, idx := range bySur {
		for x := 0; x < len(idx); x++ {
			for y := x + 1; y < len(idx); y++ {
				p, q := all[idx[x]], all[idx[y]]
				np, nq := strings.ToLower(p.given+" "+p.sur), strings.ToLower(q.given+" "+q.sur)
				if p.art.ID == q.art.ID || np == nq || has[p.art.ID][nq] || has[q.art.ID][np] || !variantNames(p, q) || seen[np+"|"+nq] || seen[nq+"|"+np] {
					continue
				}
				seen[np+"|"+nq] = true
				out = append(out, &finding{kind: crosswire.DiscName, subject: "name of " + p.given + " " + p.sur, sides: []side{
					{value: p.given + " " + p.sur, spans: []crosswire.Span{{Article: p.art.ID, Start: p.start}}},
					{value: q.given + " " + q.sur, spans: []crosswire.Span{{Article: q.art.ID, Start: q.start}}},
				}})
			}
		}
	}
	return out
}

// storyOfValues is a story of 40 versions, version i written by write
// from two of the values (i-th and (3i+1)-th, cycling).
func storyOfValues(vals []string, write func(i int, p, q string) (txt, lang string)) *crosswire.Story {
	st := &crosswire.Story{ID: "s"}
	for i := 0; i < 40; i++ {
		txt, lang := write(i, vals[i%len(vals)], vals[(i*3+1)%len(vals)])
		st.Articles = append(st.Articles, crosswire.Article{ID: fmt.Sprintf("a%02d", i), Text: txt, Language: lang, Role: crosswire.RoleRewrite})
	}
	return st
}

// TestCodeMentionSpans checks the span and key of each code mention: a
// hyphen or slash at either end of a code word is not part of the code
// ("-ZQ2490" is ZQ2490, its span after the hyphen, its last digit kept).
func TestCodeMentionSpans(t *testing.T) {
	tests := []struct {
		text string
		want []string // text and key of each mention, "text=key"
	}{
		{"The ferry, hull -ZQ2490, left Vessburg.", []string{"ZQ2490=ZQ2490"}},
		{"Parts /KT-771/ were sent.", []string{"KT-771=KT771"}},
		{"Flight NX4417- was late.", []string{"NX4417=NX4417"}},
		{"The van R462 KLT was found.", []string{"R462 KLT=R462KLT"}},
		{"Nothing here - / -- at all.", nil},
	}
	for _, tc := range tests {
		a := &crosswire.Article{ID: "a", Text: tc.text}
		var got []string
		for _, c := range codesOf(a, 0) {
			if tc.text[c.start:c.end] != c.text {
				t.Errorf("%q: span %d-%d is %q, text %q", tc.text, c.start, c.end, tc.text[c.start:c.end], c.text)
			}
			got = append(got, c.text+"="+c.key)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: mentions %q, want %q", tc.text, got, tc.want)
		}
	}
}
