package crosscheck

import (
	"testing"

	"crosswire"
)

// TestRenamedMeasures checks that one measure whose thing two versions name
// by different nouns is compared when the sentences are one sentence told
// twice, and not when they tell different things (fictional text).
func TestRenamedMeasures(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  int // medium number discrepancies
	}{
		{
			name: "one sentence, the thing renamed",
			texts: []string{
				"The 45-metre mast, put up in 2004, fell across the empty car park at dawn, the club said.",
				"The 30-metre structure, which was put up in 2004, fell across the empty car park at dawn, the club said.",
			},
			want: 1,
		},
		{
			name: "two measures of different things",
			texts: []string{
				"The 45-metre mast, put up in 2004, fell across the empty car park at dawn, the club said.",
				"Divers searched a 30-metre stretch of the canal below the lock for a second day.",
			},
			want: 0,
		},
		{
			name: "the same measure agrees",
			texts: []string{
				"The 45-metre mast, put up in 2004, fell across the empty car park at dawn, the club said.",
				"The 45-metre structure, which was put up in 2004, fell across the empty car park at dawn, the club said.",
			},
			want: 0,
		},
		{
			name: "two values in one version: not its one value",
			texts: []string{
				"The 45-metre mast, put up in 2004, fell onto the 20-metre stand at dawn, the club said.",
				"The 30-metre structure, which was put up in 2004, fell onto the stand at dawn, the club said.",
			},
			want: 0,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.texts...)
			if got := numberDiscs(st, crosswire.SeverityMedium); got != tc.want {
				t.Errorf("medium number discrepancies = %d, want %d; got:%s", got, tc.want, dump(st))
			}
		})
	}
}

// TestSameLargeFigureCorroborated checks that one large figure of one
// counted thing, told in two sentences that share a word but are worded
// apart, is one fact of both versions rather than two unique ones, and
// that a small figure is not joined so (fictional text).
func TestSameLargeFigureCorroborated(t *testing.T) {
	tests := []struct {
		name    string
		texts   []string
		value   string
		sources int
	}{
		{
			name: "large figure",
			texts: []string{
				"The harbour handles about 12,000 cars a week.",
				"The port handles about 12,000 cars every week.",
			},
			value: "about 12000 car", sources: 2,
		},
		{
			name: "small figure stays apart",
			texts: []string{
				"The harbour handles about 12 cars a week.",
				"The port handles about 12 cars every week.",
			},
			value: "about 12 car", sources: 1,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.texts...)
			found := false
			for _, f := range st.Facts {
				if f.Kind == crosswire.KindNumber && f.Value == tc.value {
					found = true
					if len(f.Sources) != tc.sources {
						t.Errorf("%q has %d sources, want %d", f.Value, len(f.Sources), tc.sources)
					}
				}
			}
			if !found {
				t.Errorf("no number fact %q", tc.value)
			}
		})
	}
}

// TestSpanInOtherUnits checks that one span of time counted in different
// units in one sentence told twice is compared, by its length: "three
// weeks" against "three months" is a discrepancy, against "21 days" none;
// spans in sentences that tell different things are not compared
// (fictional text).
func TestSpanInOtherUnits(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  int // high number discrepancies
	}{
		{
			name: "weeks against months",
			texts: []string{
				"The ferry had been laid up in the dry dock for three weeks before the inspectors arrived, the owner said.",
				"The ferry had been laid up in the dry dock for three months before the inspectors came, the owner said.",
			},
			want: 1,
		},
		{
			name: "weeks against days, one span",
			texts: []string{
				"The ferry had been laid up in the dry dock for three weeks before the inspectors arrived, the owner said.",
				"The ferry had been laid up in the dry dock for 21 days before the inspectors came, the owner said.",
			},
			want: 0,
		},
		{
			name: "a short sentence beside a long one",
			texts: []string{
				"The singer returned to the harbour club after nearly four decades tonight, playing to a crowd of regulars.",
				"The singer played just 45 minutes.",
			},
			want: 0,
		},
		{
			name: "two spans of different things",
			texts: []string{
				"The ferry had been laid up in the dry dock for three weeks before the inspectors arrived, the owner said.",
				"The owner has run the island crossing for nine years and plans a second ferry.",
			},
			want: 0,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := checkTexts(t, tc.texts...)
			if got := numberDiscs(st, crosswire.SeverityHigh); got != tc.want {
				t.Errorf("high number discrepancies = %d, want %d; got:%s", got, tc.want, dump(st))
			}
		})
	}
}

// numberDiscs counts the story's number discrepancies of severity sev.
func numberDiscs(st *crosswire.Story, sev crosswire.Severity) int {
	n := 0
	for _, d := range findDisc(st, crosswire.DiscNumber) {
		if d.Severity == sev {
			n++
		}
	}
	return n
}
