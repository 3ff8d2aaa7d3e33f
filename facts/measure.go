package facts

import (
	"fmt"
	"regexp"
	"strings"

	"crosswire"
)

// Clock is the unit of a time of day: Number.Low is the minutes after
// midnight ("04:40" → 280, "9.15pm" → 1275).
const Clock = "clock"

// speedOf composes a distance unit and the time unit after it into one
// speed unit: "kilometres an hour", "km/h", "km per hour" → "km/h",
// "miles an hour" → "mph", "metres per second" → "m/s". It returns the
// speed unit and the token after it, or "" when tokens from k do not
// name a time unit per which the distance is counted.
func (d *doc) speedOf(dist string, k int) (string, int) {
	toks := d.toks
	if k+1 >= len(toks) || toks[k].sent != toks[k+1].sent {
		return "", k
	}
	switch dist {
	case "km", "mi", "m":
	default:
		return "", k
	}
	sep := toks[k].lower
	switch {
	case sep == "/" && toks[k].end == toks[k+1].start && toks[k-1].end == toks[k].start:
	case sep == "per" || sep == "an" || sep == "a":
	default:
		return "", k
	}
	per := ""
	switch toks[k+1].lower {
	case "hour", "h", "hr":
		per = "h"
	case "second", "s", "sec":
		per = "s"
	case "minute", "min":
		per = "min"
	default:
		return "", k
	}
	if dist == "mi" && per == "h" {
		return "mph", k + 2
	}
	return dist + "/" + per, k + 2
}

// speedUnits are the units of a speed, each written one way.
var speedUnits = map[string]bool{"km/h": true, "mph": true, "m/s": true, "kn": true, "km/s": true, "m/min": true}

// IsSpeed reports a unit of speed ("km/h", "mph", "kn").
func IsSpeed(unit string) bool { return speedUnits[unit] }

// clockRe matches a time of day written as one token: "4pm", "4.40pm",
// "11a.m." (the minutes need a.m./p.m. after a point: "4.40" alone is a
// decimal).
var clockRe = regexp.MustCompile(`^([0-9]{1,2})(?:[.:]([0-9]{2}))?(am|pm|a\.m\.|p\.m\.)$`)

// clockAt parses a time of day starting at token i: "04:40", "4:40 a.m.",
// "4.40pm", "4 pm", "1800 GMT". It returns the minutes after midnight and
// the token after the time.
func (d *doc) clockAt(i int) (int, int, bool) {
	toks := d.toks
	t := toks[i]
	if !t.digit {
		return 0, i, false
	}
	h, m, e := -1, 0, i+1
	meridiem := ""
	adjacent := func(a, b int) bool { return b < len(toks) && toks[a].end == toks[b].start }
	switch {
	case allDigits(t.text) && len(t.text) <= 2 && adjacent(i, i+1) && toks[i+1].text == ":" && adjacent(i+1, i+2) &&
		len(toks[i+2].text) >= 2 && allDigits(toks[i+2].text[:2]) && (len(toks[i+2].text) == 2 || clockRe.MatchString("1"+toks[i+2].lower[2:])):
		// "04:40", "4:40pm" (tokenised "4", ":", "40pm")
		h, m, e = atoi(t.text), atoi(toks[i+2].text[:2]), i+3
		meridiem = toks[i+2].lower[2:]
		if e < len(toks) && toks[e].sent == t.sent {
			switch toks[e].lower {
			case "am", "pm", "a.m.", "p.m.":
				meridiem = toks[e].lower
				e++
			}
		}
	case clockRe.MatchString(t.lower):
		g := clockRe.FindStringSubmatch(t.lower)
		h, m, meridiem = atoi(g[1]), atoi(g[2]), g[3]
	case allDigits(t.text) && len(t.text) == 4 && i+1 < len(toks) && toks[i+1].sent == t.sent:
		switch toks[i+1].text {
		case "GMT", "BST", "UTC", "hrs", "hours":
			h, m, e = atoi(t.text[:2]), atoi(t.text[2:]), i+2
		}
	case allDigits(t.text) && len(t.text) <= 2 || strings.Count(t.text, ".") == 1 && len(t.text) <= 5:
		if i+1 < len(toks) && toks[i+1].sent == t.sent {
			switch toks[i+1].lower {
			case "am", "pm", "a.m.", "p.m.":
				hh, mm, ok := strings.Cut(t.text, ".")
				if ok && len(mm) != 2 {
					return 0, i, false
				}
				h, m, meridiem, e = atoi(hh), atoi(mm), toks[i+1].lower, i+2
			case "in":
				// the part of the day in words: "8.45 in the morning" is
				// 8.45am, "4 in the afternoon" 4pm
				hh, mm, ok := strings.Cut(t.text, ".")
				if ok && len(mm) != 2 || i+3 >= len(toks) || toks[i+2].lower != "the" || toks[i+3].sent != t.sent {
					return 0, i, false
				}
				switch toks[i+3].lower {
				case "morning":
					meridiem = "am"
				case "afternoon", "evening":
					meridiem = "pm"
				default:
					return 0, i, false
				}
				if k := i + 4; k < len(toks) && toks[k].sent == t.sent && toks[k].word && !d.x.function[toks[k].lower] {
					return 0, i, false // "in the morning session": a noun's modifier
				}
				h, m, e = atoi(hh), atoi(mm), i+4
			}
		}
	}
	if h < 0 || h > 24 || m > 59 {
		return 0, i, false
	}
	switch strings.ReplaceAll(meridiem, ".", "") {
	case "am":
		if h > 12 || h == 0 {
			return 0, i, false
		}
		h %= 12
	case "pm":
		if h > 12 || h == 0 {
			return 0, i, false
		}
		h = h%12 + 12
	}
	if e < len(toks) && toks[e].lower == "local" {
		e++
	}
	return h*60 + m, e, true
}

// addClock adds the time of day starting at token i as a number fact in
// unit Clock and returns the token after it, or i when there is none.
func (d *doc) addClock(i int) int {
	mins, e, ok := d.clockAt(i)
	if !ok {
		return i
	}
	for k := i; k < e; k++ {
		if d.used[k] {
			return i
		}
	}
	for k := i; k < e; k++ {
		d.used[k] = true
	}
	v := float64(mins)
	d.add(crosswire.Fact{Kind: crosswire.KindNumber, Value: fmt.Sprintf("%02d:%02d", mins/60, mins%60),
		Number: &crosswire.Number{Low: v, High: v, Unit: Clock}}, d.toks[i].start, d.toks[e-1].end)
	return e
}

// verbAfterFigure reports an active verb right after a bare figure: the
// figure stands for the verb's subject, which news English leaves out
// when it is people ("15,000 huddled in the park", "twelve thousand
// flocked to watch", "another 15,000 watching giant screens"). A past
// form, an irregular past or an -ing form, not a preposition-like
// participle ("300 compared with …", "including", "according").
func (d *doc) verbAfterFigure(e int) bool {
	toks := d.toks
	if e >= len(toks) || e == 0 || toks[e].sent != toks[e-1].sent || !toks[e].word || toks[e].cap || toks[e].digit {
		return false
	}
	l := toks[e].lower
	if prepositionalParticiples[l] || d.x.function[l] {
		return false
	}
	if e+1 < len(toks) && toks[e+1].sent == toks[e].sent && (toks[e+1].lower == "by" || toks[e+1].lower == "than") {
		return false // "12 affected by", "15 seeded than"
	}
	if e+1 < len(toks) && toks[e+1].sent == toks[e].sent && toks[e+1].word && !toks[e+1].cap && !toks[e+1].digit && !d.x.function[toks[e+1].lower] {
		// a participle before a noun is its adjective: "120 compromised
		// servers", "500 sleeping bags" ("watching giant screens" keeps
		// its object after an adjective)
		if n := toks[e+1].lower; !strings.HasSuffix(l, "ing") || strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") {
			return false
		}
	}
	if base, ok := d.x.lex.irregular[l]; ok && base != l && !d.x.lex.ppOnly[l] {
		return true // "3,000 went", "500 fled"
	}
	for _, suf := range []string{"ed", "ing"} {
		if strings.HasSuffix(l, suf) && len(l) > len(suf)+2 {
			return d.x.lex.Lemma(l) != l
		}
	}
	return false
}

// prepositionalParticiples work as prepositions after a figure.
var prepositionalParticiples = map[string]bool{"compared": true, "according": true, "including": true,
	"excluding": true, "following": true, "regarding": true, "concerning": true, "starting": true,
	"ending": true, "beginning": true, "based": true, "related": true, "aged": true, "dated": true,
	"rising": true, "falling": true, "totalling": true, "totaling": true, "running": true, "remaining": true}
