package eval

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
)

// wordFS holds the evaluation's own vocabulary (words/README.md). The
// engine never reads it.
//
//go:embed words/*.txt words/*.tsv
var wordFS embed.FS

// vocabulary is the parsed word lists.
type vocabulary struct {
	firstNames, surnames, portfolios, offices, nouns, participles []string
	demonyms                                                      [][2]string // country, demonym
	agencies                                                      [][2]string // long form, acronym
	opposed                                                       [][5]string // actor, pastA, pastB, baseA, target
	evaluative, synonyms, qualifiers                              map[string]string
	numberWords                                                   map[string]string // digit → word
	wordNumbers                                                   map[string]string // word → digit
}

func loadVocabulary() (*vocabulary, error) {
	v := &vocabulary{}
	lists := []struct {
		dst  *[]string
		name string
	}{
		{&v.firstNames, "first_names.txt"}, {&v.surnames, "surnames.txt"}, {&v.portfolios, "portfolios.txt"},
		{&v.offices, "offices.txt"}, {&v.nouns, "nouns.txt"}, {&v.participles, "participles.txt"},
	}
	for _, l := range lists {
		rows, err := readRows(l.name, 1)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			*l.dst = append(*l.dst, r[0])
		}
	}
	pairs := []struct {
		dst  *[][2]string
		name string
	}{{&v.demonyms, "demonyms.tsv"}, {&v.agencies, "agencies.tsv"}}
	for _, p := range pairs {
		rows, err := readRows(p.name, 2)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			*p.dst = append(*p.dst, [2]string{r[0], r[1]})
		}
	}
	maps := []struct {
		dst  *map[string]string
		name string
	}{{&v.evaluative, "evaluative.tsv"}, {&v.synonyms, "synonyms.tsv"}, {&v.qualifiers, "qualifiers.tsv"}, {&v.numberWords, "number_words.tsv"}}
	for _, m := range maps {
		rows, err := readRows(m.name, 2)
		if err != nil {
			return nil, err
		}
		*m.dst = map[string]string{}
		for _, r := range rows {
			(*m.dst)[r[0]] = r[1]
		}
	}
	// Evaluative pairs work both ways.
	for a, b := range v.evaluative {
		if _, ok := v.evaluative[b]; !ok {
			v.evaluative[b] = a
		}
	}
	v.wordNumbers = map[string]string{}
	for d, w := range v.numberWords {
		v.wordNumbers[w] = d
	}
	rows, err := readRows("opposed.tsv", 5)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		v.opposed = append(v.opposed, [5]string{r[0], r[1], r[2], r[3], r[4]})
	}
	return v, nil
}

// readRows reads a word list: tab-separated fields, # comments, blank
// lines skipped; every row must have n fields.
func readRows(name string, n int) ([][]string, error) {
	f, err := wordFS.Open("words/" + name)
	if err != nil {
		return nil, fmt.Errorf("eval word list %s: %w", name, err)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		fs := strings.Split(t, "\t")
		if len(fs) != n {
			return nil, fmt.Errorf("eval word list %s:%d: want %d fields, got %d", name, line, n, len(fs))
		}
		out = append(out, fs)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval word list %s: %w", name, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("eval word list %s is empty", name)
	}
	return out, nil
}
