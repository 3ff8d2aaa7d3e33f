package group

import (
	"context"
	"testing"

	"crosswire"
)

func TestCodesApart(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"two flaws of one scheme", "The flaw, tracked as QV-2031-4417, lets", "a second bug (QV-2031-5920) in the", true},
		{"one flaw", "tracked as QV-2031-4417 and QV-2031-4418", "patched QV-2031-4417 on", false},
		{"one code written with and without the hyphen", "bulletin ZRB31-07 fixes", "bulletin ZRB-31-07 fixes", false},
		{"two schemes say nothing", "tracked as QV-2031-4417", "bulletin ZRB31-07 fixes", false},
		{"one side names no code", "tracked as QV-2031-4417", "a flaw in the router's login page", false},
		{"a flaw and its bulletin against another bulletin", "QV-2031-4417, bulletin ZRB31-07", "bulletin ZRB31-09", true},
		{"a background flaw in common", "QV-2031-4417 and the older QV-2029-1010", "QV-2031-5920, like QV-2029-1010", false},
		{"dates and single groups are no codes", "on 2031-04-17 the M-25 and the XR-7", "on 2031-05-02 the M-26 and the XR-9", false},
		{"letters inside a word are no scheme", "seeQV-2031-4417", "QV-2031-5920", false},
		{"digits run on into a word", "QV-2031-4417b", "QV-2031-5920", false},
		{"lower case is no scheme", "qv-2031-4417", "qv-2031-5920", false},
		{"a span of years is a time", "the FY2031-32 budget", "in FY2032-33", false},
		{"a span of years written in full", "the FY-2031-2032 plan", "the FY-2032-2033 plan", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, b := appendCodes(nil, tc.a), appendCodes(nil, tc.b)
			if got := codesApart(a, b); got != tc.want {
				t.Errorf("codesApart(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
			}
			if got := codesApart(b, a); got != tc.want {
				t.Errorf("codesApart reversed = %v; want %v", got, tc.want)
			}
		})
	}
}

func TestAppendCodesBounded(t *testing.T) {
	text := ""
	for i := range 3 * maxTextCodes {
		text += "QV-2031-" + string(rune('1'+i%9)) + string(rune('0'+i/9)) + "00, "
	}
	if got := appendCodes(nil, text); len(got) != maxTextCodes {
		t.Errorf("%d codes kept; want %d", len(got), maxTextCodes)
	}
}

// TestCoresCodesApart: a lone article is another thing of a story's
// scheme when most members that write codes share none of its own.
func TestCoresCodesApart(t *testing.T) {
	fp := func(s string) *Fingerprint {
		f := &Fingerprint{}
		f.lead.codes = appendCodes(nil, s)
		return f
	}
	fps := []*Fingerprint{
		fp("QV-2031-4417 and the older QV-2029-1010"), // 0
		fp("QV-2031-4417"),                            // 1
		fp("QV-2031-4417"),                            // 2
		fp("no code"),                                 // 3
		fp("QV-2031-5920, QV-2029-1010"),              // 4: the lone article
		fp("QV-2031-4417"),                            // 5: another lone article
	}
	tests := []struct {
		name    string
		members []int
		lone    int
		want    bool
	}{
		{"another flaw than most members, one background flaw in common", []int{0, 1, 2}, 4, true},
		{"one of two members shares it", []int{0, 1}, 4, false},
		{"members without codes say nothing", []int{0, 3}, 4, false},
		{"the members' flaw", []int{0, 1, 2}, 5, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := &cores{members: [][]int{tc.members}, codes: [][]uint64{nil}}
			for _, m := range tc.members {
				c.codes[0] = append(c.codes[0], fps[m].lead.codes...)
			}
			if got := c.codesApart(fps, fps[tc.lone], 0); got != tc.want {
				t.Errorf("codesApart = %v; want %v", got, tc.want)
			}
		})
	}
}

// TestCodesApartGrouped: two undated reports of one vendor's flaws,
// sharing the product, the vendor and the researcher, are two stories
// when each names its own flaw's code, and one story when they name one.
func TestCodesApartGrouped(t *testing.T) {
	first := func(code string) crosswire.Article {
		return crosswire.Article{ID: "a", Title: "Critical flaw in Quillon Vantor routers lets attackers take over",
			Text: "Researcher Maren Oldcastle of Brightwater Labs found a critical flaw, tracked as " + code +
				", in the Vantor 9 routers that Quillon Networks sells to small offices. An attacker on the network " +
				"can run commands as the administrator. Quillon Networks said a firmware update is out. " +
				"Oldcastle said 41,000 Vantor routers answer on the internet."}
	}
	second := func(code string) crosswire.Article {
		return crosswire.Article{ID: "b", Title: "Quillon patches Vantor router bug found by Brightwater Labs",
			Text: "Quillon Networks has fixed a bug in its Vantor 9 office routers (" + code + ") that Maren Oldcastle " +
				"of Brightwater Labs reported. Anyone who reaches the login page could skip the password check, " +
				"Brightwater Labs wrote. Owners of Vantor devices should install the new firmware, Quillon Networks urged."}
	}
	tests := []struct {
		name      string
		codeA     string
		codeB     string
		wantApart bool
	}{
		{"one flaw", "QV-2031-4417", "QV-2031-4417", false},
		{"two flaws", "QV-2031-4417", "QV-2031-5920", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := []crosswire.Article{
				first(tc.codeA),
				second(tc.codeB),
			}
			cl, err := New(Options{}).Partition(context.Background(), arts)
			if err != nil {
				t.Fatal(err)
			}
			if apart := cl.StoryOf[0] != cl.StoryOf[1]; apart != tc.wantApart {
				t.Errorf("apart = %v; want %v", apart, tc.wantApart)
			}
		})
	}
}
