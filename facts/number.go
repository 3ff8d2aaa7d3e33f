package facts

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"crosswire"
	"crosswire/text"
)

// numTokRe matches a numeric token with an optional attached suffix:
// "5,000", "1.2", "3.5bn", "40km", "12%".
var numTokRe = regexp.MustCompile(`^([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]+))?([A-Za-z]*)$`)

// rangeTokRe matches "200-300", "200–300", "5-10m".
var rangeTokRe = regexp.MustCompile(`^([0-9][0-9,]*(?:\.[0-9]+)?)[-–]([0-9][0-9,]*(?:\.[0-9]+)?)([A-Za-z]*)$`)

// compoundTokRe matches a number fused with what it counts: "40-year-old",
// "nine-year", "12-month".
//
// A word number's own hyphen ("twenty-one") is taken only when the rest
// needs it, so that "five-year-old" reads five years (the lazy "??"), as
// "5-year-old" does.
var compoundTokRe = regexp.MustCompile(`^([0-9][0-9,]*(?:\.[0-9]+)?|[a-z]+(?:-[a-z]+)??)(?:-(hundred|thousand|million|billion|trillion))?-([a-z]+)(?:-old)?$`)

// unitOf maps a unit or currency word to its canonical unit ("kilometres" → "km", "euros" → "EUR");
// currency words are the text layer's (text.CurrencyWord).
func unitOf(w string) (string, bool) {
	switch w {
	case "%", "percent", "per":
		return "%", true
	case "percentage":
		return "pp", true
	case "km", "kilometres", "kilometers", "kilometre", "kilometer":
		return "km", true
	case "mi", "miles", "mile":
		return "mi", true
	case "metres", "meters", "metre", "meter":
		return "m", true
	case "mm", "millimetres", "millimeters", "millimetre", "millimeter":
		return "mm", true
	case "cm", "centimetres", "centimeters", "centimetre", "centimeter":
		return "cm", true
	case "litres", "liters", "litre", "liter":
		return "l", true
	case "feet", "foot", "ft":
		return "ft", true
	case "inches", "inch":
		return "in", true
	case "kg", "kilograms", "kilogram", "kilos":
		return "kg", true
	case "lb", "lbs":
		// not "pounds", the currency's word as often as the weight's
		return "lb", true
	case "oz", "ounces", "ounce":
		return "oz", true
	case "tonnes", "tonne", "tons", "ton":
		return "t", true
	case "hectares", "hectare":
		return "ha", true
	case "acres", "acre":
		return "acre", true
	case "gb", "gigabytes":
		return "GB", true
	case "tb", "terabytes":
		return "TB", true
	case "mb", "megabytes":
		return "MB", true
	case "pb":
		return "PB", true
	case "mw", "megawatts", "megawatt":
		return "MW", true
	case "gw", "gigawatts", "gigawatt":
		return "GW", true
	case "kw", "kilowatts", "kilowatt":
		return "kW", true
	case "mph":
		return "mph", true
	case "kph":
		return "km/h", true
	case "°c":
		return "°C", true
	case "degrees":
		return "°", true
	}
	if c := text.CurrencyWord(w); c != "" {
		return c, true
	}
	return "", false
}

// Dollar is the unit of a figure written with a bare "$" or "dollars":
// the dollar of the outlet's country, which the text does not say. It is
// never taken for USD: "$" is the Singapore dollar in a Singapore paper.
const Dollar = text.Dollar

// isCurrencyPrefix reports whether token i is the letters of a currency
// written before its figure ("S" of "S$5", "RM" of "RM 5", "RM5"): not a
// name, and part of the figure (text.AmountAt reads them).
func (d *doc) isCurrencyPrefix(i int) bool {
	toks := d.toks
	t := toks[i]
	if a, ok := text.AmountAt(d.text, t.start); ok && a.Currency != "" {
		return true // "RM5": the letters are glued to the figure
	}
	for k := i + 1; k < len(toks) && k <= i+2 && toks[k].start-toks[k-1].end <= 1; k++ {
		if toks[k].digit {
			a, ok := text.AmountAt(d.text, toks[k].start)
			return ok && a.Start <= t.start && a.Currency != ""
		}
	}
	return false
}

// vagueCount reads a plural count word used as a figure ("dozens of",
// "hundreds of", "thousands of") as the range it allows, loosely: at
// least two of its unit, short of what the next such word says ("dozens"
// is 24–199, "hundreds" 200–1,999, "thousands" 2,000–19,999), so only
// counts an order of magnitude apart disagree.
func vagueCount(w string) (lo, hi float64, ok bool) {
	sc := vagueScale(w)
	switch {
	case sc == 0:
		return 0, 0, false
	case sc < 100:
		return 2 * sc, 199, true
	}
	return 2 * sc, 20*sc - 1, true
}

// vagueScale is the unit a plural count word counts in, 0 when w is none.
func vagueScale(w string) float64 {
	switch w {
	case "tens":
		return 10
	case "dozens":
		return 12
	case "scores":
		return 20
	case "hundreds":
		return 100
	case "thousands":
		return 1000
	case "millions":
		return 1e6
	case "billions":
		return 1e9
	}
	return 0
}

// scaleWord returns the multiplier of a scale word ("million", "bn"):
// the text layer's scale words (text.ScaleExp).
func scaleWord(w string) (float64, bool) {
	exp := text.ScaleExp(w)
	if exp == 0 {
		return 0, false
	}
	return math.Pow10(exp), true
}

// numberWord returns the value of an English cardinal number word.
func numberWord(w string) (float64, bool) {
	switch w {
	case "zero":
		return 0, true
	case "one":
		return 1, true
	case "two":
		return 2, true
	case "three":
		return 3, true
	case "four":
		return 4, true
	case "five":
		return 5, true
	case "six":
		return 6, true
	case "seven":
		return 7, true
	case "eight":
		return 8, true
	case "nine":
		return 9, true
	case "ten":
		return 10, true
	case "eleven":
		return 11, true
	case "twelve", "dozen":
		return 12, true
	case "thirteen":
		return 13, true
	case "fourteen":
		return 14, true
	case "fifteen":
		return 15, true
	case "sixteen":
		return 16, true
	case "seventeen":
		return 17, true
	case "eighteen":
		return 18, true
	case "nineteen":
		return 19, true
	case "twenty":
		return 20, true
	case "thirty":
		return 30, true
	case "forty":
		return 40, true
	case "fifty":
		return 50, true
	case "sixty":
		return 60, true
	case "seventy":
		return 70, true
	case "eighty":
		return 80, true
	case "ninety":
		return 90, true
	}
	return 0, false
}

// qualifierPhrase is a phrase qualifying a figure ("more than"), its
// words and its normalised form.
type qualifierPhrase struct {
	words  string
	fields []string
	norm   string
}

// qualifiers are the qualifier phrases, longest first where one contains
// another, split into words once: they are tried before every figure, and
// building and splitting the list there cost ≈ 1 KB a figure (a run of
// thousands of figures).
var qualifiers = qualifierPhrases()

// qualifierPhrases lists qualifier phrases, longest first where one
// contains another, with their normalised form.
func qualifierPhrases() []qualifierPhrase {
	list := []struct{ words, norm string }{
		// measure idioms: the noun is no counted thing ("in the region
		// of £40m" is about £40m; "to the tune of $2m" is $2m)
		{"in the region of", "about"}, {"to the tune of", ""}, {"a total of", ""}, {"the sum of", ""}, {"a sum of", ""},
		{"in excess of", "more than"}, {"upwards of", "more than"}, {"more than", "more than"}, {"just over", "more than"},
		{"over", "more than"}, {"above", "more than"},
		{"no fewer than", "at least"}, {"no less than", "at least"}, {"at least", "at least"},
		{"as many as", "up to"}, {"as much as", "up to"}, {"no more than", "up to"}, {"at most", "up to"}, {"up to", "up to"},
		{"fewer than", "less than"}, {"less than", "less than"}, {"just under", "less than"}, {"under", "less than"}, {"below", "less than"},
		{"an estimated", "about"}, {"close to", "about"}, {"about", "about"}, {"around", "about"}, {"nearly", "about"},
		{"almost", "about"}, {"some", "about"}, {"approximately", "about"}, {"roughly", "about"}, {"estimated", "about"},
		{"approx", "about"}, {"circa", "about"},
	}
	out := make([]qualifierPhrase, len(list))
	for i, q := range list {
		out[i] = qualifierPhrase{words: q.words, fields: strings.Fields(q.words), norm: q.norm}
	}
	return out
}

// WordNumber returns the value of one English number word ("seven" → 7,
// "twenty-one" → 21, "a" → 1), 0 if it is none.
func WordNumber(w string) int { return wordNumber(w) }

// wordNumber returns the value of one number word ("seven" → 7), 0 if none.
func wordNumber(w string) int {
	w = strings.ToLower(w)
	if w == "a" || w == "an" {
		return 1
	}
	if v, ok := numberWord(w); ok {
		return int(v)
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		va, oka := numberWord(a)
		vb, okb := numberWord(b)
		if oka && okb && va >= 20 && vb < 10 {
			return int(va + vb)
		}
	}
	return 0
}

// parseDecimal parses a figure written with an optional decimal point
// ("6.5", "1,200").
func parseDecimal(s string) float64 {
	i, f, _ := strings.Cut(s, ".")
	return parseNum(i, f)
}

func parseNum(intPart, frac string) float64 {
	v, _ := strconv.ParseFloat(strings.ReplaceAll(intPart, ",", "")+"."+frac+"0", 64)
	return v
}

func formatNum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// numberTok is a figure found at tokens [s, e).
type numberTok struct {
	s, e      int
	end       int // for an amount (text.AmountAt), the byte where it ends, else 0
	low, high float64
	unit      string
	counted   string // from a fused compound ("nine-year")
}

// extractNumbers finds figures with their qualifier, unit and what they
// count. Tokens taken by dates are skipped.
func (d *doc) extractNumbers() {
	first := len(d.facts)
	d.findNumbers()
	d.numAt = make([]int32, len(d.toks))
	for i := range d.numAt {
		d.numAt[i] = -1
	}
	for fi := first; fi < len(d.facts); fi++ {
		f := &d.facts[fi]
		for k := d.tokAt(f.Span.Start); k < len(d.toks) && d.toks[k].start < f.Span.End; k++ {
			if d.numAt[k] < 0 {
				d.numAt[k] = int32(fi)
			}
		}
	}
}

// numberFact returns the number fact holding token k, or nil.
func (d *doc) numberFact(k int) *crosswire.Fact {
	if k < 0 || k >= len(d.numAt) || d.numAt[k] < 0 {
		return nil
	}
	return &d.facts[d.numAt[k]]
}

func (d *doc) findNumbers() {
	toks := d.toks
	for i := 0; i < len(toks); i++ {
		if d.used[i] || !toks[i].word {
			continue
		}
		if e := d.addClock(i); e > i {
			i = e - 1
			continue
		}
		nt, ok := d.numberAt(i)
		if !ok {
			continue
		}
		e := nt.e
		// scale: "1.2 million"
		if e < len(toks) && !d.used[e] {
			if sc, ok := scaleWord(toks[e].lower); ok && toks[e].lower != "b" && toks[e].lower != "k" && (toks[e].lower != "m" || nt.unit != "") {
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
				if nt2, ok := d.numberAt(e + 1); ok && nt2.low > nt.low && (isBetween || nt2.unit == nt.unit) {
					e2 := nt2.e
					if e2 < len(toks) {
						if sc, ok := scaleWord(toks[e2].lower); ok && toks[e2].lower != "b" && toks[e2].lower != "k" && toks[e2].lower != "m" {
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
		// a dollar named after the figure: "5 million Singapore dollars",
		// "HK$" excepted, "Hong Kong dollars"
		if nt.unit == "" {
			for n := 1; n <= 2 && e+n < len(toks); n++ {
				if l := toks[e+n].lower; (l == "dollars" || l == "dollar") && toks[e].cap && toks[e+n].sent == toks[e].sent {
					if code := text.DollarsOf(toks[e+n-1].lower); code != "" {
						nt.unit = code
						e += n + 1
					}
					break
				}
			}
		}
		// unit after
		if nt.unit == "" && e < len(toks) {
			if u, ok := unitOf(toks[e].lower); ok {
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
		// a weight in pounds and ounces is one figure: "7lb 6oz" is 7.375 lb
		if nt.unit == "lb" && nt.low == nt.high {
			if oz, e2 := d.ouncesAt(e, toks[nt.s].sent); e2 > e {
				nt.low += oz / 16
				nt.high = nt.low
				e = e2
			}
		}
		// a speed: "62 kilometres an hour", "62 km/h"
		if sp, e2 := d.speedOf(nt.unit, e); sp != "" {
			nt.unit, e = sp, e2
		} else if nt.unit == "" && e < len(toks) && (toks[e].lower == "knots" || toks[e].lower == "knot") {
			nt.unit = "kn"
			e++
		}
		// qualifier before
		qual := ""
		for _, q := range qualifiers {
			w := q.fields
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
		// a hedge after the figure: "150 or so" is about 150
		if nt.unit != Tally && e+1 < len(toks) && toks[e].lower == "or" && toks[e+1].lower == "so" &&
			toks[e].sent == toks[s].sent && toks[e+1].sent == toks[s].sent {
			if qual == "" {
				qual = "about"
			}
			e += 2
		}
		counted := nt.counted
		cEnd := e
		if counted == "" && (nt.unit == "" || nt.unit == "%" || nt.unit == "pp") {
			if nt.unit == "" && d.verbAfterFigure(e) {
				// a bare figure as a verb's subject: "15,000 huddled",
				// "twelve thousand flocked to watch"
				counted = "people"
			} else {
				counted, cEnd = d.countedAfter(e)
			}
		}
		// an age in apposition: "Keller, 52, denied" counts years
		if counted == "" && qual == "" && nt.unit == "" && nt.s == s && s >= 2 && e < len(toks) &&
			toks[s-1].text == "," && toks[e].text == "," && d.nameAt[s-2] >= 0 &&
			d.ents[d.nameAt[s-2]].kind == crosswire.KindPerson && nt.low == float64(int(nt.low)) && nt.low > 0 && nt.low < 120 {
			counted = "year"
		}
		spanS, spanE := toks[s].start, toks[max(cEnd, e)-1].end
		if nt.end > 0 && max(cEnd, e) == nt.e {
			spanE = nt.end // "£5m" of "£5m-a-year"
		}
		if counted == "" && (nt.unit == "" || nt.unit == "%" || nt.unit == "pp" || isCurrency(nt.unit)) {
			if c, cs, label := d.countedBefore(s, isCurrency(nt.unit)); c != "" {
				counted = c
				if !label {
					spanS = toks[cs].start
				}
			}
		}
		// "one" is a pronoun more often than a figure: keep it only
		// directly before what it counts, and not in "one way or the
		// other", "one thing or another"
		if toks[nt.s].lower == "one" && (counted == "" || e >= len(toks) || singular(toks[e].lower) != counted || d.orOther(cEnd)) {
			continue
		}
		if d.notAFigure(nt, s, e, qual, counted) {
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
		case Tally:
			// its sides as written, joined by a hyphen: no range
			parts = append(parts, formatNum(nt.low)+"-"+formatNum(nt.high))
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

// ouncesAt reads the ounces of a weight written in pounds and ounces,
// starting at token k of sentence sent ("6oz", "6 oz", "6 ounces"): their
// count (under 16) and the token after them, or k when there are none.
func (d *doc) ouncesAt(k, sent int) (float64, int) {
	toks := d.toks
	if k >= len(toks) || toks[k].sent != sent || !toks[k].digit || d.used[k] {
		return 0, k
	}
	oz, ok := d.numberAt(k)
	if !ok || oz.low != oz.high || oz.low >= 16 {
		return 0, k
	}
	if oz.unit == "" && oz.e < len(toks) && toks[oz.e].sent == sent && unitOrEmpty(toks[oz.e].lower) == "oz" {
		oz.unit, oz.e = "oz", oz.e+1
	}
	if oz.unit != "oz" {
		return 0, k
	}
	return oz.low, oz.e
}

// orOther reports "or the other" / "or another" at token k: the idiom
// "one way or the other".
func (d *doc) orOther(k int) bool {
	toks := d.toks
	if k+1 >= len(toks) || toks[k].lower != "or" {
		return false
	}
	return toks[k+1].lower == "another" || k+2 < len(toks) && toks[k+1].lower == "the" && toks[k+2].lower == "other"
}

// notAFigure reports a bare number (no unit, qualifier or counted noun)
// that names or dates rather than counts:
//   - right after a capitalised word inside the sentence, it is part of
//     a name: "Orvik 2000", "Parents 4 Parks", "Kestrel 2";
//   - a whole number from 1800 to 2100 written without separators is a
//     year the date rules did not place ("2005 has been a landmark
//     year"); package documentation promises years are never numbers.
func (d *doc) notAFigure(nt numberTok, s, e int, qual, counted string) bool {
	if nt.unit != "" || qual != "" || counted != "" || nt.low != nt.high || e-nt.s != 1 || s != nt.s {
		return false
	}
	t := d.toks[nt.s]
	if !t.digit {
		return false
	}
	if k := nt.s - 1; k >= 0 && d.toks[k].sent == t.sent && d.toks[k].word && (d.toks[k].cap || d.toks[k].upper) &&
		d.toks[k].end < t.start && !d.x.function[d.toks[k].lower] && !isMonth(d.toks[k].lower) {
		// a capitalised word before: inside the sentence, or at its start
		// with another after ("Fathers 4 Justice")
		if !d.initialPos(k) || e < len(d.toks) && d.toks[e].sent == t.sent && d.toks[e].word && d.toks[e].cap {
			return true
		}
	}
	return !strings.ContainsAny(t.text, ",.") && nt.low >= 1800 && nt.low <= 2100
}

// numberAt parses the figure starting at token i (with a currency symbol
// just before it).
func (d *doc) numberAt(i int) (numberTok, bool) {
	toks := d.toks
	t := toks[i]
	nt := numberTok{s: i, e: i + 1}
	if a, ok := text.AmountAt(d.text, t.start); ok && (t.digit || a.Currency != "") {
		// an amount, read once by the text layer: "£5m", "US$3
		// million", "5m euros", "RM1.2bn", "£3m-£4m", "#500,000"
		return d.amountTok(nt, a), true
	}
	if !t.word && i+1 < len(toks) && toks[i+1].digit && toks[i+1].start == t.end {
		// a currency sign before its figure, where a range's second
		// figure starts: "between £3m and £4m", "£3m to £4m"
		if a, ok := text.AmountAt(d.text, toks[i+1].start); ok && a.Start <= t.start {
			return d.amountTok(nt, a), true
		}
		return nt, false
	}
	if t.digit {
		// a score written with spaces round its dash: "beat City 3 - 2"
		if j := i + 2; d.spacedPair(i) && toks[j].sent == t.sent && allDigits(t.text) && allDigits(toks[j].text) &&
			d.tallyAt(i, j, t.text, toks[j].text, parseDecimal(toks[j].text) <= parseDecimal(t.text)) {
			nt.low, nt.high, nt.unit, nt.e = parseDecimal(t.text), parseDecimal(toks[j].text), Tally, j+1
			return nt, true
		}
		// times and scores: "10:30", "3-1" handled as ranges only with units
		if i+2 < len(toks) && toks[i+1].text == ":" && toks[i+2].digit && toks[i+1].start == t.end {
			return nt, false
		}
		if i > 0 && toks[i-1].text == ":" && i > 1 && toks[i-2].digit {
			return nt, false
		}
		if i+1 < len(toks) && isTimeMarker(toks[i+1].lower) {
			return nt, false
		}
		// the day of a date the date stage could not place on the
		// calendar (no year, no publication date): "on Sept 15", "22
		// September"
		if allDigits(t.text) && len(t.text) <= 2 && d.monthNextTo(i) {
			return nt, false
		}
		if m := numTokRe.FindStringSubmatch(t.text); m != nil {
			v := parseNum(m[1], m[2])
			suf := strings.ToLower(m[3])
			switch {
			case suf == "":
			case suf == "m":
				// the text layer read no amount: a length, "a 5m wall"
				nt.unit = "m"
			case scaleOf(suf) != 1 && suf != "hundred":
				v *= scaleOf(suf)
			case unitOrEmpty(suf) != "":
				nt.unit = unitOrEmpty(suf)
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
			a, b := parseDecimal(m[1]), parseDecimal(m[2])
			if m[3] == "" && d.tallyAt(i, i, m[1], m[2], b <= a) {
				nt.low, nt.high, nt.unit = a, b, Tally
				return nt, true
			}
			if b <= a {
				return nt, false
			}
			sc := 1.0
			suf := strings.ToLower(m[3])
			if suf == "m" {
				nt.unit = "m" // no amount: lengths, "a 2-3m wall"
			} else if f := scaleOf(suf); f != 1 {
				sc = f
			} else if u := unitOrEmpty(suf); u != "" {
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
			v := parseDecimal(m[1]) * scaleOf(m[2])
			nt.low, nt.high = v, v
			if u := unitOrEmpty(m[3]); u != "" && u != "%" {
				// "a 6.5-kilometre stretch": a measure in a unit, as "6.5
				// kilometres" is
				nt.unit = u
				return nt, true
			}
			nt.counted = singular(m[3])
			return nt, true
		}
		return nt, false
	}
	// a duration written with the article: "for about an hour", "a day later"
	if u := d.anDuration(i); u != "" {
		nt.low, nt.high, nt.e, nt.counted = 1, 1, i+2, u
		return nt, true
	}
	// a vague plural standing alone: "reached millions", "thousands marched"
	if lo, hi, ok := vagueCount(t.lower); ok && d.vagueAlone(i) {
		nt.low, nt.high = lo, hi
		return nt, true
	}
	// a vague plural count: "dozens of fans", "hundreds of thousands"
	if lo, hi, ok := vagueCount(t.lower); ok && (!t.cap || d.initialPos(i)) && i+2 < len(toks) && toks[i+1].lower == "of" && toks[i+1].sent == t.sent {
		e := i + 2
		if _, _, ok := vagueCount(toks[e].lower); ok && toks[e].sent == t.sent {
			// "hundreds of thousands (of)": the first counts the second's unit
			sc := vagueScale(toks[e].lower)
			lo, hi, e = lo*sc, hi*sc, e+1
			if e+1 < len(toks) && toks[e].lower == "of" && toks[e].sent == t.sent {
				e++
			}
		}
		nt.low, nt.high, nt.e = lo, hi, e
		return nt, true
	}
	// a fraction or a vague multiple of a scale word: "a quarter of a
	// million", "half a million", "several dozen", "a few hundred"
	if lo, hi, e, ok := d.scaledPart(i); ok {
		nt.low, nt.high, nt.e = lo, hi, e
		return nt, true
	}
	// number words
	if t.lower == "one" && i+1 < len(toks) && toks[i+1].lower == "of" || strings.HasPrefix(t.lower, "one-") {
		return nt, false // "one of the", "one-off"
	}
	if !strings.Contains(t.lower, "-") {
		// fall through to number words
	} else if m := compoundTokRe.FindStringSubmatch(t.lower); m != nil && !t.cap || (t.cap && m != nil && d.initialPos(i)) {
		if v := wordNumber(m[1]); v > 0 && m[1] != "a" && m[1] != "an" {
			if _, isNum := numberWord(m[3]); !isNum {
				f := float64(v) * scaleOf(m[2])
				nt.low, nt.high = f, f
				nt.counted = singular(m[3])
				return nt, true
			}
		}
	}
	if !t.cap && wordNumber(t.lower) == 0 && t.lower != "a" && t.lower != "an" && t.lower != "zero" {
		return nt, false
	}
	v, e := d.wordNumberAt(i)
	if e == i {
		return nt, false
	}
	nt.low, nt.high, nt.e = v, v, e
	return nt, true
}

// fractions are the parts of a scale word a figure may be written as:
// "half a million", "a quarter of a million", "three quarters of a
// billion", "a third of a million".
var fractions = map[string]float64{"half": 0.5, "quarter": 0.25, "quarters": 0.25, "third": 1.0 / 3, "thirds": 1.0 / 3}

// vagueMultiples are the vague counts of a scale word's units ("several
// dozen", "a few hundred", "several thousand") as the range they allow,
// loosely as vagueCount reads "dozens": "a few" is two up to a handful,
// "several" three up to short of ten.
var vagueMultiples = map[string][2]float64{"few": {2, 6}, "several": {3, 9}}

// scaledPart reads a fraction or a vague multiple of a scale word from
// token i: "a quarter of a million" is 250,000, "half a million" 500,000,
// "three quarters of a billion" 750 million, "half a dozen" six, "several
// dozen" 36–108, "a few hundred" 200–600. It returns the value (a range
// for a vague multiple) and the token after the scale word; a larger
// scale word after it ("several hundred thousand") is left to the caller's
// scale. A fraction of no scale word ("half an hour", "a quarter of the
// staff") and a vague word before none ("several people") are no figure
// here.
func (d *doc) scaledPart(i int) (lo, hi float64, e int, ok bool) {
	toks := d.toks
	sent := toks[i].sent
	at := func(k int) string {
		if k < len(toks) && toks[k].sent == sent && !d.used[k] && (k == i || !toks[k].cap) {
			return toks[k].lower
		}
		return ""
	}
	scale := func(k int) float64 {
		if at(k) == "dozen" {
			return 12
		}
		if w := at(k); w == "hundred" || w == "thousand" || w == "million" || w == "billion" || w == "trillion" {
			f, _ := scaleWord(w)
			return f
		}
		return 0
	}
	k := i
	if w := at(k); w == "a" || w == "an" {
		k++
	}
	if m, isVague := vagueMultiples[at(k)]; isVague && (at(k) != "few" || k > i) {
		// "a few" only with its article: "few hundred" alone is rare,
		// and "few" alone denies a count
		if sc := scale(k + 1); sc > 0 {
			return m[0] * sc, m[1] * sc, k + 2, true
		}
		return 0, 0, i, false
	}
	num := 1.0
	if k == i {
		if v, isNum := numberWord(at(k)); isNum && v >= 1 && v < 10 && fractions[at(k+1)] > 0 {
			num, k = v, k+1 // "three quarters", "two thirds"
		}
	}
	f := fractions[at(k)]
	if f == 0 {
		return 0, 0, i, false
	}
	k++
	if at(k) == "of" {
		k++
	}
	if w := at(k); w == "a" || w == "an" {
		k++
	}
	sc := scale(k)
	if sc == 0 {
		return 0, 0, i, false
	}
	v := num * f * sc
	return v, v, k + 1, true
}

// amountTok completes nt, the figure at token nt.s, from the amount a the
// text layer read there: its tokens, its value at its scale (a range's
// two), its currency as unit and where it ends ("£5m" of "£5m-a-year").
func (d *doc) amountTok(nt numberTok, a text.Amount) numberTok {
	nt.s = d.tokAt(a.Start)
	e := nt.s
	for e < len(d.toks) && d.toks[e].start < a.End {
		e++
	}
	nt.e, nt.end = e, a.End
	nt.low, nt.high = a.Value(), a.ToValue()
	nt.unit = a.Currency
	return nt
}

// monthNextTo reports whether a month name is written just before or
// just after token i, capitalised as month names are ("Sept 15", "15
// March"; not "may").
func (d *doc) monthNextTo(i int) bool {
	for _, k := range []int{i - 1, i + 1} {
		if k >= 0 && k < len(d.toks) && d.toks[k].cap && d.toks[k].sent == d.toks[i].sent {
			if _, ok := monthNumber(d.toks[k].lower); ok {
				return true
			}
		}
	}
	return false
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
				// "a hundred", "a million": the article is the figure one
				cur, seen = 1, true
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
				if seen && !addsTo(cur, v) {
					break // "one seven": two figures, not eight
				}
				cur += float64(v)
			}
			seen = true
			j++
			continue
		}
		if sc, ok := scaleWord(l); ok && seen && len(l) > 2 {
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

// addsTo reports whether number word value v goes on the figure cur read
// so far, as English compounds them: a unit after a ten ("twenty three"),
// anything below a hundred after a hundred or a scale ("two hundred
// fifty", "a thousand ten") or at the start. Two units or two tens in a
// row ("two eight", a garbled translation's) or joined by "and" ("two
// and six films") are two figures: adding them made one that no version
// wrote.
func addsTo(cur float64, v int) bool {
	c := int(cur) % 100
	switch {
	case c == 0:
		return v < 100
	case c >= 20 && c%10 == 0:
		return v < 10
	}
	return false
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
	if j > e && j+1 < len(toks) && (toks[j+1].lower == "'s" || toks[j+1].lower == "’s") {
		return "", e // "84 of parliament's 150 seats"
	}
	j = d.pastNameModifier(j, sent)
	for k := j; k < len(toks) && k < j+3 && toks[k].sent == sent; k++ {
		t := toks[k]
		if !t.word || t.cap || t.digit || d.used[k] || d.x.function[t.lower] {
			break
		}
		// another quantity starts: "fell to 440,000 six months earlier"
		// counts no months
		if wordNumber(t.lower) > 0 {
			break
		}
		if _, isUnit := unitOf(t.lower); isUnit && len(words) == 0 {
			break
		}
		lem := d.x.lex.Lemma(t.lower)
		if (d.x.lex.IsEvent(lem) || d.x.lex.IsSpeech(lem)) && t.lower != lem && !strings.HasSuffix(t.lower, "s") &&
			(len(words) > 0 || !strings.HasSuffix(t.lower, "ed") && !d.x.lex.ppOnly[t.lower]) {
			break // a verb: "100 rose", "5,000 people died"; not "120 compromised servers"
		}
		if strings.HasSuffix(t.lower, "ly") || t.lower == "ago" || t.lower == "old" {
			break
		}
		words = append(words, k)
		if pluralNoun(t.lower) {
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
	// coordinated modifiers: "300 natural and man-made disasters" counts
	// the noun after the coordination, not the first adjective
	// (not after a plural noun, irregular ones included: "killed 14
	// people and injured 30" counts people)
	if c := h + 1; c+1 < len(toks) && (toks[c].lower == "and" || toks[c].lower == "or") && toks[c].sent == sent && !pluralNoun(toks[h].lower) {
		k := c + 1
		for k < len(toks) && k < c+4 && toks[k].sent == sent && toks[k].word && !toks[k].cap && !toks[k].digit && !d.x.function[toks[k].lower] {
			k++
		}
		if k > c+1 && strings.HasSuffix(toks[k-1].lower, "s") && !strings.HasSuffix(toks[k-1].lower, "ss") {
			return singular(toks[k-1].lower), k
		}
		return "", e
	}
	if strings.HasSuffix(toks[h].lower, "ed") && len(words) == 1 {
		return "", e
	}
	// an adjective is no head: "5.0 per cent effective Sept 1"
	for _, suf := range []string{"ive", "ous", "able", "ible", "ful"} {
		if strings.HasSuffix(toks[h].lower, suf) {
			return "", e
		}
	}
	return singular(toks[h].lower), h + 1
}

// pastNameModifier returns the token after one or two capitalised words
// at j that modify a lower-case plural noun right after them ("2 million
// Brelmail subscribers", "two Tarsk United players"), else j: a name before the
// counted noun does not hide it. A plural that is a verb's form ("5,000
// Orvikers says") is no noun, and a hyphened adjective ("four Tarsk-based
// players") no name: it tells which players, as "uncapped" does.
func (d *doc) pastNameModifier(j, sent int) int {
	toks := d.toks
	for n := 1; n <= 2; n++ {
		h := j + n
		if h >= len(toks) || toks[h-1].sent != sent || !toks[h-1].word || !toks[h-1].cap || toks[h-1].digit || d.used[h-1] || adjectiveCompound(toks[h-1].text) {
			return j
		}
		t := toks[h]
		if t.sent != sent || !t.word || t.cap || t.digit || d.used[h] || d.x.function[t.lower] || !pluralNoun(t.lower) {
			continue
		}
		if lem := d.x.lex.Lemma(t.lower); lem != t.lower && (d.x.lex.IsEvent(lem) || d.x.lex.IsSpeech(lem)) {
			return j
		}
		return h
	}
	return j
}

// adjectiveCompound reports a capitalised word joined by a hyphen to a
// lower-case word ("Tarsk-based", "Orvik-born"): an adjective that says
// which of the things are counted, not a name.
func adjectiveCompound(w string) bool {
	_, after, ok := strings.Cut(w, "-")
	return ok && after != "" && strings.ToLower(after) == after
}

// countedBefore finds what a figure counts from the words before it: "a
// death toll of 12" → "death toll", "the toll rose to 12" → "toll". It
// returns the phrase and its first token. label is true when the phrase
// is the subject of a valuation written apart from the figure ("damage
// estimated at £5m", "put the damage at £5m"): the phrase names the slot
// and the figure alone is its value, so the fact's span stays on the
// figure. For an amount (money) a noun after a determiner right before
// "at" is such a subject without a verb between: "put the damage at
// £5m", "valued the deal at $3bn".
func (d *doc) countedBefore(s int, money bool) (c string, start int, label bool) {
	toks := d.toks
	k := s - 1
	if k < 1 {
		return "", s, false
	}
	sent := toks[s].sent
	// "sales rose 2%", "turnout fell 4 points": the subject of a change verb
	if c := d.x.lex.Class(d.x.lex.Lemma(toks[k].lower)); (c == "increase" || c == "decrease") && toks[k].word && !toks[k].cap {
		j := k - 1
		for j >= 0 && toks[j].sent == sent && strings.HasSuffix(toks[j].lower, "ly") {
			j--
		}
		if j >= 0 && toks[j].sent == sent && toks[j].word && (!toks[j].cap || d.initialPos(j) && !toks[j].upper) && !toks[j].digit && !d.x.function[toks[j].lower] && !d.used[j] &&
			!strings.HasSuffix(toks[j].lower, "ed") && !strings.HasSuffix(toks[j].lower, "ing") {
			return singular(toks[j].lower), j, false
		}
		return "", s, false
	}
	switch toks[k].lower {
	case "of":
		k--
	case "to", "at", "by":
		at := toks[k].lower == "at"
		k--
		switch {
		case k >= 0 && toks[k].sent == sent && (strings.HasSuffix(toks[k].lower, "ed") || toks[k].lower == "rose" || toks[k].lower == "fell" || toks[k].lower == "stood" || toks[k].lower == "grew"):
			k--
			// a passive: "the damage was estimated at £5m"
			if at && k >= 0 && toks[k].sent == sent && auxiliary[toks[k].lower] {
				for n := 0; n < 2 && k >= 0 && toks[k].sent == sent && auxiliary[toks[k].lower]; n++ {
					k--
				}
				if j, ok := d.nounAfterDeterminer(k); ok && j > 0 && toks[j-1].sent == sent && d.x.function[toks[j-1].lower] {
					return "", s, false // "the needs around the courthouse were estimated at": not its subject
				}
			}
			label = at
		case money && at && d.valuedObject(k):
			label = true
		default:
			return "", s, false
		}
	default:
		return "", s, false
	}
	end := k
	for k >= 0 && end-k < 3 && toks[k].sent == sent && toks[k].word && !toks[k].cap && !toks[k].digit && !d.x.function[toks[k].lower] && !d.used[k] {
		k--
	}
	// a participle or past tense leading the phrase is the verb of the
	// clause or a modifier, not what is counted: "caused damage
	// estimated at £5m" values the damage
	for k+1 < end && (strings.HasSuffix(toks[k+1].lower, "ed") || strings.HasSuffix(toks[k+1].lower, "ing")) {
		k++
	}
	if k == end {
		return "", s, false
	}
	words := make([]string, 0, end-k)
	for m := k + 1; m <= end; m++ {
		words = append(words, toks[m].lower)
	}
	words[len(words)-1] = singular(words[len(words)-1])
	return strings.Join(words, " "), k + 1, label
}

// auxiliary holds the forms of "be" and "have" that build a passive
// before a participle: "was estimated at", "has been put at".
var auxiliary = map[string]bool{"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "has": true, "have": true, "had": true}

// nounAfterDeterminer reports whether token k is a lower-case content
// word with a determiner at most two words before it inside the sentence
// ("the damage", "the total bill", "its stake"): a noun phrase, not a
// verb or a name. j is the determiner.
func (d *doc) nounAfterDeterminer(k int) (j int, ok bool) {
	toks := d.toks
	if k < 1 || !toks[k].word || toks[k].cap || toks[k].digit || d.x.function[toks[k].lower] || d.used[k] ||
		strings.HasSuffix(toks[k].lower, "ed") || strings.HasSuffix(toks[k].lower, "ing") || strings.HasSuffix(toks[k].lower, "ly") {
		return 0, false
	}
	for j := k - 1; j >= 0 && j >= k-2 && toks[j].sent == toks[k].sent; j-- {
		switch toks[j].lower {
		case "the", "a", "an", "its", "their", "his", "her", "our", "this", "that":
			return j, true
		}
		if !toks[j].word || toks[j].cap || toks[j].digit || d.x.function[toks[j].lower] {
			return 0, false
		}
	}
	return 0, false
}

// valuedObject reports whether token k ends the object of a valuing verb
// right before "at": a noun after a determiner, itself after a lower-case
// content word ("put the damage at", "values the club at"). After a
// function word the noun is a preposition's object or a relative clause's
// subject ("against the dollar at", "which the company put at"), not
// what the amount values.
func (d *doc) valuedObject(k int) bool {
	j, ok := d.nounAfterDeterminer(k)
	if !ok || j < 1 {
		return false
	}
	v := d.toks[j-1]
	return v.sent == d.toks[k].sent && v.word && !v.cap && !v.digit && !d.x.function[v.lower]
}

// pluralNoun reports whether a lower-case word reads as a plural noun:
// a regular plural ("servers", not "glass") or an irregular one singular
// changes ("men", "children") or keeps ("people").
func pluralNoun(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || w == "people" || singular(w) != w
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

// isTimeMarker reports words that make a figure a clock time ("4 a.m.").
func isTimeMarker(l string) bool {
	switch l {
	case "a.m.", "p.m.", "am", "pm", "gmt", "utc", "o'clock", "hrs", "h":
		return true
	}
	return false
}

// scaleOf returns the multiplier of a scale word, 1 for none.
func scaleOf(w string) float64 {
	if f, ok := scaleWord(w); ok && (len(w) > 2 || w == "bn" || w == "mn" || w == "tn" || w == "m" || w == "k") {
		return f
	}
	return 1
}

// unitOrEmpty is unitOf without the ok flag.
func unitOrEmpty(w string) string {
	u, _ := unitOf(w)
	return u
}

// qualifierWord reports a one-word qualifier of a figure ("over", "nearly").
func qualifierWord(l string) bool {
	for _, q := range qualifiers {
		if q.words == l {
			return true
		}
	}
	return false
}

// IsCurrency reports whether a number's unit is a currency: an ISO 4217
// code ("USD") or Dollar.
func IsCurrency(u string) bool { return isCurrency(u) }

// isCurrency reports an ISO 4217 code ("USD") or Dollar.
func isCurrency(u string) bool {
	if u == Dollar {
		return true
	}
	if len(u) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if u[i] < 'A' || u[i] > 'Z' {
			return false
		}
	}
	return true
}

// Tally is the unit of a score or a vote: two small whole numbers joined
// by a dash in a sentence about a contest ("beat City 3-2", "voted 310-276
// to approve", "a 19-13 defeat"). Number.Low and Number.High are its two
// sides as written, not a range: "3-2" is Low 3, High 2.
const Tally = "tally"

// MaxTallySide is the most digits a side of a tally has: scores, votes
// and counts of seats; four digits are a year ("2004-05" is a season).
// The grouping's reader of tallies (group/tally.go) reads the same sides.
const MaxTallySide = 3

// tallyWords name a contest, its result or a vote in general English: a
// sentence holding one reads two small numbers joined by a dash as a
// tally.
var tallyWords = map[string]bool{
	"win": true, "won": true, "wins": true, "winning": true, "beat": true, "beats": true, "beaten": true,
	"beating": true, "defeat": true, "defeated": true, "defeats": true, "victory": true, "lose": true,
	"lost": true, "loses": true, "losing": true, "loss": true, "draw": true, "drew": true, "drawn": true,
	"tie": true, "tied": true, "score": true, "scored": true, "scoreline": true, "lead": true, "led": true,
	"leads": true, "leading": true, "trail": true, "trailed": true, "trailing": true, "match": true,
	"game": true, "final": true, "vote": true, "voted": true, "votes": true, "voting": true,
	"ballot": true, "majority": true, "margin": true, "against": true,
}

// tallyNouns are the tallyWords that name the result itself, and so
// follow a tally as its head ("a 2-3 defeat", "a 5-4 majority"); a verb
// after the numbers has them for its subject ("those aged 18-25 voted").
var tallyNouns = map[string]bool{
	"win": true, "defeat": true, "victory": true, "loss": true, "draw": true, "tie": true, "lead": true,
	"score": true, "scoreline": true, "vote": true, "majority": true, "margin": true,
}

// betweenNames reports whether tokens i to j stand right between the
// end of one organisation's or place's name and the start of another's,
// in one sentence: "Harwick Town 2-3 Selby Rovers" (teams are typed one
// or the other). A person's name is left out: "Keller 3-4 …" is as often
// a list's numbering.
func (d *doc) betweenNames(i, j int) bool {
	toks := d.toks
	a, b := i-1, j+1
	if a < 0 || b >= len(toks) || toks[a].sent != toks[i].sent || toks[b].sent != toks[j].sent || len(d.nameAt) != len(toks) {
		return false
	}
	na, nb := d.nameAt[a], d.nameAt[b]
	if na < 0 || nb < 0 || na == nb {
		return false
	}
	ma, mb := &d.ents[na], &d.ents[nb]
	team := func(m *mention) bool { return m.kind == crosswire.KindOrg || m.kind == crosswire.KindPlace }
	return team(ma) && team(mb) && ma.e == i && mb.s == b
}

// oddsWords name betting odds beside two numbers joined by a dash ("a 5-2
// favourite", "a 20-1 shot", "odds of 4-1", "at odds 7-4"): odds, not a
// tally.
var oddsWords = map[string]bool{
	"odds": true, "favourite": true, "favourites": true, "favorite": true, "favorites": true,
	"shot": true, "shots": true, "outsider": true, "outsiders": true,
}

// ofWord is the preposition between odds and their figure ("odds of 4-1").
var ofWord = map[string]bool{"of": true}

// tallyAt reports whether tokens i to j, two numbers x and y joined by a
// dash (one token "3-2", or three "3 - 2"), are a tally: each a whole
// number of at most MaxTallySide digits, and a contest or vote word
// (tallyWords) in its sentence. A descending pair is never a range, so
// any such word in the sentence will do; an ascending one needs the word
// right before it ("lost 2-3") or a result noun right after it ("a 2-3
// defeat"), since "aged 18-25 voted" is a range. A pair standing between
// two names with no contest word is a result line ("Harwick Town 2-3
// Selby Rovers"): a range is never written between two names.
func (d *doc) tallyAt(i, j int, x, y string, descending bool) bool {
	if len(x) > MaxTallySide || len(y) > MaxTallySide || !allDigits(x) || !allDigits(y) {
		return false
	}
	toks := d.toks
	// a fraction or a ratio goes on: "1-1/2 days", "3-2:1"
	if k := j + 1; k < len(toks) && toks[k].start == toks[j].end && (toks[k].text == "/" || toks[k].text == ":") {
		return false
	}
	near := func(k int, words map[string]bool) bool {
		return k >= 0 && k < len(toks) && toks[k].sent == toks[i].sent && words[toks[k].lower]
	}
	// betting odds are written as tallies ("a 5-2 favourite", "odds of
	// 10-1"), in sentences about the contest they bet on
	if near(j+1, oddsWords) || near(i-1, oddsWords) || (near(i-1, ofWord) && near(i-2, oddsWords)) {
		return false
	}
	if near(i-1, tallyWords) || near(j+1, tallyNouns) || d.betweenNames(i, j) {
		return true
	}
	if !descending {
		return false
	}
	for k := i - 1; k >= 0 && toks[k].sent == toks[i].sent; k-- {
		if tallyWords[toks[k].lower] {
			return true
		}
	}
	for k := j + 1; k < len(toks) && toks[k].sent == toks[i].sent; k++ {
		if tallyWords[toks[k].lower] {
			return true
		}
	}
	return false
}

// timeUnits are the units of time a duration written with the article
// counts ("an hour", "a week"); "second" is left out ("a second time").
var timeUnits = map[string]bool{"minute": true, "hour": true, "day": true, "week": true, "fortnight": true,
	"month": true, "year": true, "decade": true, "century": true}

// IsTimeUnit reports whether w (lower-case, singular: a Number's Counted)
// is a unit of time: a figure counting it is a length of time ("90 days",
// "three years"), not a count of things.
func IsTimeUnit(w string) bool { return timeUnits[w] }

// durationLead are the words that make "a"/"an" and a unit of time after
// them a length of time: a preposition of duration or a hedge ("for an
// hour", "within a day", "about an hour", "more than a year").
var durationLead = map[string]bool{"for": true, "within": true, "about": true, "around": true, "approximately": true,
	"roughly": true, "nearly": true, "almost": true, "over": true, "under": true, "than": true, "only": true, "just": true,
	"barely": true, "after": true, "in": true, "lasted": true, "took": true, "spent": true}

// durationTail are the words after "a"/"an" and a unit of time that make
// it a length of time told from another moment ("a day later", "an hour
// before").
var durationTail = map[string]bool{"later": true, "earlier": true, "after": true, "before": true, "long": true}

// anDuration returns the unit of time of a duration written with the
// article at token i ("for about an hour" → "hour", "A day later" →
// "day"), "" when there is none: the article must follow a word of
// duration or a hedge, or the unit be followed by "later"/"earlier"/
// "after"/"before"/"long". A rate ("£9 an hour", "twice a week"), a
// fraction ("half an hour") and a noun phrase ("a day of talks") follow
// none of them, and "a year or two", "an hour and a half" are not one;
// a date's "a year ago" is the date stage's.
func (d *doc) anDuration(i int) string {
	toks := d.toks
	t := toks[i]
	if t.lower != "a" && t.lower != "an" || t.cap && !d.initialPos(i) || i+1 >= len(toks) || d.used[i+1] {
		return ""
	}
	u := toks[i+1]
	if u.sent != t.sent || !timeUnits[u.lower] {
		return ""
	}
	if i+2 < len(toks) && toks[i+2].sent == t.sent {
		switch toks[i+2].lower {
		case "or", "and", "of", "-", "–":
			return "" // "a year or two", "an hour and a half", "a week of talks"
		}
	}
	if i+2 < len(toks) && toks[i+2].sent == t.sent && durationTail[toks[i+2].lower] {
		return u.lower
	}
	if i > 0 && toks[i-1].sent == t.sent && durationLead[toks[i-1].lower] {
		return u.lower
	}
	return ""
}

// vagueAlone reports whether the vague plural at token i ("millions",
// "thousands") stands alone as what is counted, not before "of" nor as a
// modifier of a noun: what follows it in its sentence is a function
// word, a verb or punctuation, or the sentence ends ("reached millions",
// "thousands marched", "hundreds were hurt").
func (d *doc) vagueAlone(i int) bool {
	toks := d.toks
	t := toks[i]
	if t.cap && !d.initialPos(i) || t.lower == "tens" || t.lower == "scores" {
		return false
	}
	if i+1 >= len(toks) || toks[i+1].sent != t.sent {
		return true
	}
	n := toks[i+1]
	switch {
	case n.lower == "of" || n.lower == "more":
		return false
	case !n.word:
		return n.text != "-" && n.text != "–"
	case d.x.function[n.lower]:
		return true
	}
	lem := d.x.lex.Lemma(n.lower)
	return !n.cap && n.lower != lem && (d.x.lex.IsEvent(lem) || d.x.lex.IsSpeech(lem))
}
