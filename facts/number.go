package facts

import (
	"regexp"
	"strconv"
	"strings"

	"crosswire"
)

// numTokRe matches a numeric token with an optional attached suffix:
// "5,000", "1.2", "3.5bn", "40km", "12%".
var numTokRe = regexp.MustCompile(`^([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]+))?([A-Za-z]*)$`)

// rangeTokRe matches "200-300", "200–300", "5-10m".
var rangeTokRe = regexp.MustCompile(`^([0-9][0-9,]*(?:\.[0-9]+)?)[-–]([0-9][0-9,]*(?:\.[0-9]+)?)([A-Za-z]*)$`)

// compoundTokRe matches a number fused with what it counts: "40-year-old",
// "nine-year", "12-month".
var compoundTokRe = regexp.MustCompile(`^([0-9][0-9,]*(?:\.[0-9]+)?|[a-z]+(?:-[a-z]+)?)-([a-z]+)(?:-old)?$`)

var unitWords = map[string]string{
	"%": "%", "percent": "%", "per": "%", "percentage": "pp",
	"km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
	"mi": "mi", "miles": "mi", "mile": "mi",
	"metres": "m", "meters": "m", "metre": "m", "meter": "m",
	"kg": "kg", "kilograms": "kg", "kilogram": "kg", "kilos": "kg",
	"tonnes": "t", "tonne": "t", "tons": "t", "ton": "t",
	"hectares": "ha", "hectare": "ha", "acres": "acre", "acre": "acre",
	"gb": "GB", "tb": "TB", "mb": "MB", "pb": "PB", "gigabytes": "GB", "terabytes": "TB", "megabytes": "MB",
	"mph": "mph", "kph": "km/h", "°c": "°C", "degrees": "°",
	"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "sterling": "GBP",
	"yen": "JPY", "yuan": "CNY", "rupees": "INR", "francs": "CHF", "roubles": "RUB", "rubles": "RUB",
}

var currencySymbols = map[string]string{"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB"}

var scaleWords = map[string]float64{
	"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
	"billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "hundred": 100,
}

var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}

// qualifiers maps qualifier phrases (longest first when matching) to their
// normalised form.
var qualifierPhrases = []struct{ words, norm string }{
	{"in excess of", "more than"}, {"upwards of", "more than"}, {"more than", "more than"}, {"just over", "more than"},
	{"over", "more than"}, {"above", "more than"},
	{"no fewer than", "at least"}, {"no less than", "at least"}, {"at least", "at least"},
	{"as many as", "up to"}, {"as much as", "up to"}, {"no more than", "up to"}, {"at most", "up to"}, {"up to", "up to"},
	{"fewer than", "less than"}, {"less than", "less than"}, {"just under", "less than"}, {"under", "less than"}, {"below", "less than"},
	{"an estimated", "about"}, {"close to", "about"}, {"about", "about"}, {"around", "about"}, {"nearly", "about"},
	{"almost", "about"}, {"some", "about"}, {"approximately", "about"}, {"roughly", "about"}, {"estimated", "about"},
	{"approx", "about"}, {"circa", "about"},
}

// wordNumber returns the value of one number word ("seven" → 7), 0 if none.
func wordNumber(w string) int {
	w = strings.ToLower(w)
	if w == "a" || w == "an" {
		return 1
	}
	if v, ok := numberWords[w]; ok {
		return int(v)
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		va, oka := numberWords[a]
		vb, okb := numberWords[b]
		if oka && okb && va >= 20 && vb < 10 {
			return int(va + vb)
		}
	}
	return 0
}

func parseNum(intPart, frac string) float64 {
	v, _ := strconv.ParseFloat(strings.ReplaceAll(intPart, ",", "")+"."+frac+"0", 64)
	return v
}

func formatNum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// numberTok is a figure found at tokens [s, e).
type numberTok struct {
	s, e      int
	low, high float64
	unit      string
	counted   string // from a fused compound ("nine-year")
}

// extractNumbers finds figures with their qualifier, unit and what they
// count. Tokens taken by dates are skipped.
func (d *doc) extractNumbers() {
	toks := d.toks
	for i := 0; i < len(toks); i++ {
		if d.used[i] || !toks[i].word {
			continue
		}
		nt, ok := d.numberAt(i)
		if !ok {
			continue
		}
		e := nt.e
		// scale: "1.2 million"
		if e < len(toks) && !d.used[e] {
			if sc, ok := scaleWords[toks[e].lower]; ok && toks[e].lower != "b" && toks[e].lower != "k" && (toks[e].lower != "m" || nt.unit != "") {
				nt.low *= sc
				nt.high *= sc
				e++
			}
		}
		// range: "between 200 and 300", "200 to 300"
		s := nt.s
		if e+1 < len(toks) && (toks[e].lower == "and" || toks[e].lower == "to") && !d.used[e+1] {
			isBetween := s > 0 && (toks[s-1].lower == "between" || toks[s-1].lower == "from")
			if isBetween || toks[e].lower == "to" {
				if nt2, ok := d.numberAt(e + 1); ok && nt2.low > nt.low {
					e2 := nt2.e
					if e2 < len(toks) {
						if sc, ok := scaleWords[toks[e2].lower]; ok && toks[e2].lower != "b" && toks[e2].lower != "k" && toks[e2].lower != "m" {
							nt2.low *= sc
							e2++
							if nt.low < nt2.low/sc {
								nt.low *= sc
							}
						}
					}
					nt.high = nt2.low
					if nt2.unit != "" {
						nt.unit = nt2.unit
					}
					e = e2
					if isBetween {
						s--
					}
				}
			}
		}
		// unit after
		if nt.unit == "" && e < len(toks) {
			if u, ok := unitWords[toks[e].lower]; ok {
				switch {
				case toks[e].lower == "per" && e+1 < len(toks) && toks[e+1].lower == "cent":
					nt.unit = "%"
					e += 2
				case toks[e].lower == "percentage" && e+1 < len(toks) && toks[e+1].lower == "points":
					nt.unit = "pp"
					e += 2
				case toks[e].lower != "per" && toks[e].lower != "percentage":
					nt.unit = u
					e++
				}
			}
		}
		// qualifier before
		qual := ""
		for _, q := range qualifierPhrases {
			w := strings.Fields(q.words)
			k := s - len(w)
			if k < 0 {
				continue
			}
			match := true
			for j, ww := range w {
				if toks[k+j].lower != ww || toks[k+j].sent != toks[s].sent {
					match = false
					break
				}
			}
			if match {
				qual = q.norm
				s = k
				break
			}
		}
		counted := nt.counted
		cEnd := e
		if counted == "" && (nt.unit == "" || nt.unit == "%" || nt.unit == "pp") {
			counted, cEnd = d.countedAfter(e)
		}
		spanS, spanE := toks[s].start, toks[max(cEnd, e)-1].end
		if counted == "" {
			if c, cs := d.countedBefore(s); c != "" {
				counted = c
				spanS = toks[cs].start
			}
		}
		// "one" is a pronoun more often than a figure
		if toks[nt.s].lower == "one" && counted == "" {
			continue
		}
		for k := nt.s; k < e; k++ {
			d.used[k] = true
		}
		val := formatNum(nt.low)
		if nt.high != nt.low {
			val += "–" + formatNum(nt.high)
		}
		parts := []string{}
		if qual != "" {
			parts = append(parts, qual)
		}
		switch nt.unit {
		case "%":
			val += "%"
			parts = append(parts, val)
		case "":
			parts = append(parts, val)
		default:
			parts = append(parts, val, nt.unit)
		}
		if counted != "" {
			parts = append(parts, counted)
		}
		d.add(crosswire.Fact{Kind: crosswire.KindNumber, Value: strings.Join(parts, " "), Number: &crosswire.Number{
			Low: nt.low, High: nt.high, Qualifier: qual, Unit: nt.unit, Counted: counted,
		}}, spanS, spanE)
		i = max(e, cEnd) - 1
	}
}

// numberAt parses the figure starting at token i (with a currency symbol
// just before it).
func (d *doc) numberAt(i int) (numberTok, bool) {
	toks := d.toks
	t := toks[i]
	nt := numberTok{s: i, e: i + 1}
	if i > 0 && !toks[i-1].word && toks[i-1].end == t.start {
		if c, ok := currencySymbols[toks[i-1].text]; ok {
			nt.unit = c
			nt.s = i - 1
			if i > 1 && toks[i-2].upper && toks[i-2].end == toks[i-1].start && len(toks[i-2].text) == 2 {
				nt.s = i - 2
			}
		}
	}
	if t.digit {
		// times and scores: "10:30", "3-1" handled as ranges only with units
		if i+2 < len(toks) && toks[i+1].text == ":" && toks[i+2].digit && toks[i+1].start == t.end {
			return nt, false
		}
		if i > 0 && toks[i-1].text == ":" && i > 1 && toks[i-2].digit {
			return nt, false
		}
		if m := numTokRe.FindStringSubmatch(t.text); m != nil {
			v := parseNum(m[1], m[2])
			suf := strings.ToLower(m[3])
			switch {
			case suf == "":
			case scaleWords[suf] != 0 && suf != "hundred":
				v *= scaleWords[suf]
			case unitWords[suf] != "":
				nt.unit = unitWords[suf]
			case suf == "st" || suf == "nd" || suf == "rd" || suf == "th" || suf == "s":
				return nt, false
			default:
				return nt, false
			}
			nt.low, nt.high = v, v
			if i+1 < len(toks) && toks[i+1].text == "%" && toks[i+1].start == t.end {
				nt.unit = "%"
				nt.e = i + 2
			}
			return nt, true
		}
		if m := rangeTokRe.FindStringSubmatch(t.text); m != nil {
			a, b := parseNum(m[1], ""), parseNum(m[2], "")
			if b <= a {
				return nt, false
			}
			sc := 1.0
			suf := strings.ToLower(m[3])
			if f := scaleWords[suf]; f != 0 {
				sc = f
			} else if u := unitWords[suf]; u != "" {
				nt.unit = u
			} else if suf != "" {
				return nt, false
			}
			nt.low, nt.high = a*sc, b*sc
			if i+1 < len(toks) && toks[i+1].text == "%" && toks[i+1].start == t.end {
				nt.unit = "%"
				nt.e = i + 2
			}
			return nt, true
		}
		if m := compoundTokRe.FindStringSubmatch(t.text); m != nil {
			v := parseNum(m[1], "")
			nt.low, nt.high = v, v
			nt.counted = singular(m[2])
			return nt, true
		}
		return nt, false
	}
	// number words
	if m := compoundTokRe.FindStringSubmatch(t.lower); m != nil && !t.cap || (t.cap && m != nil && d.initialPos(i)) {
		if v := wordNumber(m[1]); v > 0 && m[1] != "a" && m[1] != "an" {
			if _, isNum := numberWords[m[2]]; !isNum {
				nt.low, nt.high = float64(v), float64(v)
				nt.counted = singular(m[2])
				return nt, true
			}
		}
	}
	v, e := d.wordNumberAt(i)
	if e == i {
		return nt, false
	}
	nt.low, nt.high, nt.e = v, v, e
	return nt, true
}

// wordNumberAt parses number words from token i: "twenty-three", "two
// hundred and fifty", "a dozen", "seven". It returns the value and the
// token after the number (i when none).
func (d *doc) wordNumberAt(i int) (float64, int) {
	toks := d.toks
	total, cur := 0.0, 0.0
	j := i
	seen := false
	for j < len(toks) && !d.used[j] {
		l := toks[j].lower
		if toks[j].cap && !(j == i && d.initialPos(j)) {
			break
		}
		if (l == "a" || l == "an") && !seen && j+1 < len(toks) {
			n := toks[j+1].lower
			if n == "dozen" || n == "hundred" || n == "thousand" || n == "million" || n == "billion" {
				cur = 1
				j++
				continue
			}
			break
		}
		if v := wordNumber(l); v > 0 && l != "a" && l != "an" || l == "zero" {
			if l == "dozen" {
				if cur == 0 {
					cur = 1
				}
				cur *= 12
			} else {
				cur += float64(v)
			}
			seen = true
			j++
			continue
		}
		if sc, ok := scaleWords[l]; ok && seen && len(l) > 2 {
			if sc == 100 {
				cur *= 100
			} else {
				total += cur * sc
				cur = 0
			}
			j++
			continue
		}
		if l == "and" && seen && j+1 < len(toks) && wordNumber(toks[j+1].lower) > 0 && toks[j+1].lower != "a" {
			j++
			continue
		}
		break
	}
	if !seen {
		return 0, i
	}
	return total + cur, j
}

// countedAfter returns the head noun after a figure ("5,000 compromised
// servers" → "server") and the token after it. The noun phrase is read up
// to the first function word, verb or punctuation; its last word is the
// head.
func (d *doc) countedAfter(e int) (string, int) {
	toks := d.toks
	if e >= len(toks) {
		return "", e
	}
	sent := toks[e-1].sent
	j := e
	// "12% of voters", "5,000 of the servers"
	if j+1 < len(toks) && toks[j].lower == "of" {
		j++
		if j < len(toks) && (toks[j].lower == "the" || toks[j].lower == "its" || toks[j].lower == "their" || toks[j].lower == "all") {
			j++
		}
	}
	var words []int
	for k := j; k < len(toks) && k < j+3 && toks[k].sent == sent; k++ {
		t := toks[k]
		if !t.word || t.cap || t.digit || d.used[k] || d.x.function[t.lower] {
			break
		}
		if _, isUnit := unitWords[t.lower]; isUnit && len(words) == 0 {
			break
		}
		lem := d.x.lex.Lemma(t.lower)
		if len(words) > 0 && (d.x.lex.IsEvent(lem) || d.x.lex.IsSpeech(lem)) && t.lower != lem {
			break
		}
		if strings.HasSuffix(t.lower, "ly") || t.lower == "ago" || t.lower == "old" {
			break
		}
		words = append(words, k)
		if strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") || t.lower == "people" {
			break // a plural noun ends the phrase
		}
	}
	if len(words) == 0 {
		return "", e
	}
	// drop trailing participles / verbs: "5,000 people killed"
	for len(words) > 1 {
		l := toks[words[len(words)-1]].lower
		if strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing") {
			words = words[:len(words)-1]
			continue
		}
		break
	}
	h := words[len(words)-1]
	if strings.HasSuffix(toks[h].lower, "ed") && len(words) == 1 {
		return "", e
	}
	return singular(toks[h].lower), h + 1
}

// countedBefore finds what a figure counts from the words before it: "a
// death toll of 12" → "death toll", "the toll rose to 12" → "toll". It
// returns the phrase and its first token.
func (d *doc) countedBefore(s int) (string, int) {
	toks := d.toks
	k := s - 1
	if k < 1 {
		return "", s
	}
	sent := toks[s].sent
	switch toks[k].lower {
	case "of":
		k--
	case "to", "at", "by":
		k--
		if k >= 0 && toks[k].sent == sent && (strings.HasSuffix(toks[k].lower, "ed") || toks[k].lower == "rose" || toks[k].lower == "fell" || toks[k].lower == "stood" || toks[k].lower == "grew") {
			k--
		} else {
			return "", s
		}
	default:
		return "", s
	}
	end := k
	for k >= 0 && end-k < 3 && toks[k].sent == sent && toks[k].word && !toks[k].cap && !toks[k].digit && !d.x.function[toks[k].lower] && !d.used[k] {
		k--
	}
	if k == end {
		return "", s
	}
	words := make([]string, 0, end-k)
	for m := k + 1; m <= end; m++ {
		words = append(words, toks[m].lower)
	}
	words[len(words)-1] = singular(words[len(words)-1])
	return strings.Join(words, " "), k + 1
}

// singular returns the singular of an English plural noun by the regular
// rules and the common irregular plurals; "people" is kept as the counting
// noun of persons.
func singular(w string) string {
	switch w {
	case "people", "police", "staff", "news", "series", "species", "data", "media":
		return w
	case "men":
		return "man"
	case "women":
		return "woman"
	case "children":
		return "child"
	case "feet":
		return "foot"
	case "teeth":
		return "tooth"
	case "mice":
		return "mouse"
	case "lives":
		return "life"
	case "wives":
		return "wife"
	case "knives":
		return "knife"
	case "halves":
		return "half"
	case "thieves":
		return "thief"
	case "leaves":
		return "leaf"
	case "analyses":
		return "analysis"
	case "crises":
		return "crisis"
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "zzes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}
