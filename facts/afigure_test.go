package facts

import (
	"testing"

	"crosswire"
)

// TestFiguresWithAnArticle checks the figures written with "a"/"an" and
// the vague plurals standing alone (fictional sentences): "an hour" after a
// duration word or before "later" is one hour, "a million" is a million,
// "millions" alone is the range "millions of" is; a rate ("£9 an hour",
// "twice a week"), a fraction ("half an hour") and a noun phrase ("a day
// of talks") are no such figure. A capitalised modifier before a plural
// noun ("2 million Brelmail subscribers") does not hide what is counted.
func TestFiguresWithAnArticle(t *testing.T) {
	for _, c := range []figureCase{
		{"about an hour", "The Kestrel ferry strike lasted for about an hour before the union called it off.", "about an hour", 1, 1, "about", "hour"},
		{"within an hour", "Orvik firefighters put out the blaze within an hour.", "an hour", 1, 1, "", "hour"},
		{"within approximately an hour", "The Tarsk power cut was mended within approximately an hour.", "approximately an hour", 1, 1, "about", "hour"},
		{"a day later", "The Tarsk mayor resigned. A day later, the council met.", "A day", 1, 1, "", "day"},
		{"for a week", "The Orvik bridge was closed for a week.", "a week", 1, 1, "", "week"},
		{"over a million", "The Lindhaven festival drew over a million visitors last summer.", "over a million visitors", 1e6, 1e6, "more than", "visitor"},
		{"a hundred", "Police said a hundred people gathered outside the Orvik hall.", "a hundred people", 100, 100, "", "people"},
		{"a thousand", "The Lindhaven fund lost a thousand members.", "a thousand members", 1000, 1000, "", "member"},
		{"millions alone", "The Harwick lottery advert reached millions.", "millions", 2e6, 2e7 - 1, "", ""},
		{"thousands alone", "Thousands marched through Orvik on Sunday.", "Thousands", 2000, 19999, "", "people"},
		{"capitalised modifier", "As many as 2 million Brelmail subscribers lost their post on Monday.", "As many as 2 million Brelmail subscribers", 2e6, 2e6, "up to", "subscriber"},
		{"capitalised adjective", "Four Tarsk-based players are also included.", "", 4, 0, "", "player"},
		{"a year or two", "The Tarsk council will review the plan within a year or two.", "", 1, 0, "", "year"},
		{"an hour and a half", "The Orvik ferry was stuck for an hour and a half.", "", 1, 0, "", "hour"},
		{"a week of talks", "The Tarsk mayor returned after a week of talks.", "", 1, 0, "", "week"},
		{"hundreds of millions", "The Orvik coin scheme cost its savers hundreds of millions.", "hundreds of millions", 2e8, 2e9 - 1e6, "", ""},
		{"a rate", "Cleaners at the Orvik depot earn £9 an hour.", "", 1, 0, "", "hour"},
		{"twice a week", "The Orvik ferry sails twice a week to Kestrel Point.", "", 1, 0, "", "week"},
		{"half an hour", "The Orvik ferry was delayed by half an hour.", "", 1, 0, "", "hour"},
		{"a day of talks", "The Tarsk unions held a day of talks.", "", 1, 0, "", "day"},
	} {
		t.Run(c.name, func(t *testing.T) { checkFigure(t, c) })
	}
}

// figureCase is one sentence of a figure-reading table: the number fact
// whose span is span, with its range, qualifier and counted noun; span
// "" wants no figure of low counted.
type figureCase struct {
	name, text, span string
	low, high        float64
	qual, counted    string
}

// checkFigure extracts c's sentence and checks its number fact (or that
// there is none), as TestFiguresWithAnArticle and TestScaledParts ask.
func checkFigure(t *testing.T, c figureCase) {
	t.Helper()
	fs := extractText(t, c.text, nil)
	var got []crosswire.Fact
	for _, f := range fs {
		if f.Kind == crosswire.KindNumber {
			got = append(got, f)
		}
	}
	if c.span == "" {
		for _, f := range got {
			if f.Number.Counted == c.counted && f.Number.Low == c.low {
				t.Errorf("want no figure of %g %s, got %q %+v", c.low, c.counted, f.Span.Text, *f.Number)
			}
		}
		return
	}
	for _, f := range got {
		if f.Span.Text != c.span {
			continue
		}
		if n := f.Number; n.Low != c.low || n.High != c.high || n.Qualifier != c.qual || n.Counted != c.counted {
			t.Errorf("%q: %+v, want %g–%g %q %q", c.span, *n, c.low, c.high, c.qual, c.counted)
		}
		return
	}
	var spans []string
	for _, f := range got {
		spans = append(spans, f.Span.Text+" "+f.Value)
	}
	t.Errorf("no number fact %q; numbers %q", c.span, spans)
}
