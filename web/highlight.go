package web

import (
	"fmt"
	"sort"
	"strings"
)

// palette is the number of distinct discrepancy colours in app.css
// (classes c0 … c7); discrepancies beyond it reuse colours in order.
const palette = 8

// mark is a highlighted byte range of one article's text.
type mark struct {
	Start, End int
	// Disc is the discrepancy index (in display order), or -1 for a
	// unique-fact mark.
	Disc int
	// Note says what the mark is, for the tooltip.
	Note string
}

// segment is a run of text drawn with one set of marks.
type segment struct {
	Text string
	// Class is empty for plain text.
	Class string
	// Discs lists the discrepancy indexes covering the run, space
	// separated (the data-d attribute the script selects on).
	Discs string
	Title string
	// ID anchors the first mark of a discrepancy for links without JS.
	ID string
}

// segments cuts text[start:end] at every mark boundary and returns the runs
// with the marks covering each. Where discrepancies overlap, the colour is
// that of the narrowest one and every index goes in Discs.
func segments(text string, start, end int, marks []mark) []segment {
	cuts := []int{start, end}
	var in []mark
	for _, m := range marks {
		if m.End <= start || m.Start >= end {
			continue
		}
		in = append(in, m)
		cuts = append(cuts, max(m.Start, start), min(m.End, end))
	}
	sort.Ints(cuts)
	var out []segment
	for k := 0; k+1 < len(cuts); k++ {
		a, b := cuts[k], cuts[k+1]
		if a == b {
			continue
		}
		seg := segment{Text: text[a:b]}
		var discs, notes []string
		uniq := false
		colour, width := -1, 0
		for _, m := range in {
			if m.Start > a || m.End < b {
				continue
			}
			notes = append(notes, m.Note)
			if m.Disc < 0 {
				uniq = true
				continue
			}
			discs = append(discs, fmt.Sprint(m.Disc))
			if w := m.End - m.Start; colour < 0 || w < width {
				colour, width = m.Disc, w
			}
		}
		var classes []string
		if colour >= 0 {
			classes = append(classes, "disc", fmt.Sprintf("c%d", colour%palette))
		}
		if uniq {
			classes = append(classes, "uniq")
		}
		seg.Class = strings.Join(classes, " ")
		seg.Discs = strings.Join(discs, " ")
		seg.Title = strings.Join(notes, "\n")
		if n := len(out); n > 0 && out[n-1].Class == seg.Class && out[n-1].Discs == seg.Discs && out[n-1].Title == seg.Title {
			out[n-1].Text += seg.Text
			continue
		}
		out = append(out, seg)
	}
	return out
}
