package group

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"crosswire"
)

func TestIndexBridgeMerges(t *testing.T) {
	c := ferryCorpus()
	wire, excerpt, rewrite := c[0], c[2], c[3]
	// the second half of the wire: shares nothing with the excerpt (the
	// first half) and few anchors with it, but the wire bridges them
	tail := wire
	tail.ID = "ferry-tail"
	tail.Text = wire.Text[strings.Index(wire.Text, "The Aurelia Sund, operated"):]
	tests := []struct {
		name  string
		order []crosswire.Article
	}{
		{"bridge last", []crosswire.Article{excerpt, tail, rewrite, wire}},
		{"bridge first", []crosswire.Article{wire, tail, excerpt, rewrite}},
		{"bridge middle", []crosswire.Article{tail, wire, excerpt, rewrite}},
	}
	want := StoryID("ferry-excerpt")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ix := NewIndex(IndexOptions{})
			var last string
			for _, a := range tc.order {
				id, err := ix.Add(context.Background(), a)
				if err != nil {
					t.Fatal(err)
				}
				last = id
			}
			if last != want {
				t.Errorf("story of the last article %s, want %s", last, want)
			}
			for _, a := range tc.order {
				if got, ok := ix.StoryOf(a.ID); !ok || got != want {
					t.Errorf("StoryOf(%s) = %s, want %s", a.ID, got, want)
				}
			}
			if ix.Len() != 4 || len(ix.Stories()) != 1 {
				t.Errorf("len %d, stories %v", ix.Len(), ix.Stories())
			}
			// adding again is a no-op
			if id, _ := ix.Add(context.Background(), wire); id != want || ix.Len() != 4 {
				t.Errorf("re-adding: story %s, len %d", id, ix.Len())
			}
		})
	}
}

func TestIndexKeepsUnrelatedApart(t *testing.T) {
	c := ferryCorpus()
	ix := NewIndex(IndexOptions{})
	for _, a := range []crosswire.Article{c[0], c[5], c[6]} {
		if _, err := ix.Add(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(ix.Stories()); n != 3 {
		t.Errorf("%d stories, want 3: %v", n, ix.Stories())
	}
	if _, err := ix.Add(context.Background(), crosswire.Article{}); err == nil {
		t.Error("article without ID accepted")
	}
}

func TestSignatureRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{"article", ferryWire},
		{"short", "Three words only"},
		{"empty", ""},
		{"cjk", "新加坡科学家开发出血液检测试剂盒，可在10分钟内检测出免疫力"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := NewFingerprint(&crosswire.Article{ID: "x", Text: tc.text})
			b, err := f.Signature.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			var s Signature
			if err := s.UnmarshalBinary(b); err != nil {
				t.Fatal(err)
			}
			if s != f.Signature {
				t.Error("round trip changed the signature")
			}
			if tc.text != "" && s.Jaccard(&f.Signature) != 1 {
				t.Errorf("self-similarity %v", s.Jaccard(&f.Signature))
			}
			if err := s.UnmarshalBinary(b[:10]); err == nil {
				t.Error("truncated signature accepted")
			}
		})
	}
}

func TestJaccardEstimate(t *testing.T) {
	words := strings.Fields(strings.Repeat(ferryWire+" ", 1))
	half := strings.Join(words[:len(words)/2], " ")
	tests := []struct {
		name   string
		a, b   string
		lo, hi float64
	}{
		{"identical", ferryWire, ferryWire, 1, 1},
		{"half", ferryWire, half, 0.35, 0.65},
		{"unrelated", ferryWire, bridgeStory, 0, 0.05},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := NewFingerprint(&crosswire.Article{ID: "a", Text: tc.a})
			b := NewFingerprint(&crosswire.Article{ID: "b", Text: tc.b})
			if j := a.Signature.Jaccard(&b.Signature); j < tc.lo || j > tc.hi {
				t.Errorf("Jaccard %.3f, want in [%v, %v]", j, tc.lo, tc.hi)
			}
		})
	}
}

func TestAnchorsNormalise(t *testing.T) {
	tests := []struct {
		name string
		a, b string
	}{
		{"thousands separator", "It cost 5,000 crowns.", "Ia menelan 5000 crown."},
		{"european thousands", "It cost 1,450 crowns.", "Costó 1.450 coronas."},
		{"decimal comma", "It grew 2.5 percent.", "Creció un 2,5 por ciento."},
		{"month day orders", "It opened on Sep 22 in Kestra.", "Ia dibuka pada 22 Sept di Kestra."},
		{"cjk date", "It opened on September 22.", "它于9月22日开放。"},
		{"iso date", "date 2024-03-14 Vessburg", "on March 14, 2024 in Vessburg"},
		{"possessive", "Officials said Norland's premier spoke.", "The premier of Norland spoke."},
		{"million and 万", "The bridge cost 1.5 million crowns.", "大桥耗资150万克朗。"},
		{"billion and 亿", "Savings of 45 billion crowns were made.", "节省了450亿克朗。"},
		{"juta and million", "Ia bernilai RM2.5 juta.", "It was worth 2.5 million ringgit."},
		{"currency prefix", "Dia didenda RM183,000.", "He was fined 183,000 ringgit."},
		{"scale word glued", "The villa is for sale at £1.5million.", "The villa is for sale at £1.5 million."},
		{"unit suffix", "It holds 150ml of water.", "它可容纳150毫升水。"},
		{"age compound", "A 53-year-old woman was charged.", "一名53岁妇女被控。"},
		{"dotted acronym", "Troops of the U.S. landed in Kestra.", "US troops landed."},
		{"latin name after chinese sentence", "The vote in Corvander was close.", "投票结束。Corvander的选票很接近。"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := NewFingerprint(&crosswire.Article{ID: "a", Text: tc.a}).Anchors
			b := NewFingerprint(&crosswire.Article{ID: "b", Text: tc.b}).Anchors
			shared := 0
			for _, x := range a {
				if slices.Contains(b, x) {
					shared++
				}
			}
			if shared == 0 {
				t.Errorf("no shared anchor between %q and %q", tc.a, tc.b)
			}
		})
	}
}

// TestAnchorsCJKMonth checks that a month written in digits before 月 is
// a month, as a month name is, and not a number: a Chinese date gives the
// anchors the English date gives (the day's number and the date), and a
// duration of months (9个月) is still a number.
func TestAnchorsCJKMonth(t *testing.T) {
	tests := []struct {
		name, text, latin string
		nine              bool // the number 9 is an anchor
	}{
		{"a date", "渡轮公司9月21日宣布票价上涨。", "The ferry company raised its fares on Sep 21.", false},
		{"a month alone", "渡轮公司今年9月宣布票价上涨。", "The ferry company raised its fares in September.", false},
		{"nine months", "渡轮停航了9个月。", "The ferry was laid up for 9 months.", true},
		{"not a month", "渡轮公司第13月报。", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := NewFingerprint(&crosswire.Article{ID: "a", Text: tc.text}).Anchors
			if got := slices.Contains(a, numberFP("9")); got != tc.nine {
				t.Errorf("%q: the number 9 an anchor: %v, want %v", tc.text, got, tc.nine)
			}
			if tc.latin == "" {
				if !slices.Contains(a, numberFP("13")) {
					t.Errorf("%q: 13 is no month, want it a number", tc.text)
				}
				return
			}
			b := NewFingerprint(&crosswire.Article{ID: "b", Text: tc.latin}).Anchors
			var numbers []uint32 // the Chinese text's figures and dates
			for _, x := range a {
				if x&stableBit == 0 {
					numbers = append(numbers, x)
				}
			}
			for _, x := range numbers {
				if !slices.Contains(b, x) {
					t.Errorf("%q: a figure or date %x the English %q does not write", tc.text, x, tc.latin)
				}
			}
		})
	}
}

// TestAnchorsGluedScale checks that an amount written with its scale word
// glued on is the amount written apart, and not also a code.
func TestAnchorsGluedScale(t *testing.T) {
	tests := []struct {
		name, text, amount string
		code               bool // the token is also a code (acronym anchor)
	}{
		{"million", "It sold for £1.5million.", "1500000", false},
		{"billion", "A bid of $2billion was made.", "2000000000", false},
		{"bn", "A bid of $2bn was made.", "2000000000", false},
		{"mln with separator", "It raised 3,200mln crowns.", "3200000000", false},
		{"unit is not a scale", "It holds 150ml of water.", "", true},
		{"code", "The a380 landed.", "", true},
		{"m with a currency", "The council spent £5m on the bridge.", "5000000", false},
		{"m in a compound", "They signed a £5m-a-year deal.", "5000000", false},
		{"currency letters glued", "Dia didenda RM183,000.", "183000", false},
		{"m of a length", "Workers built a 5m wall.", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := NewFingerprint(&crosswire.Article{ID: "a", Text: tc.text}).Anchors
			if tc.amount != "" && !slices.Contains(a, anchorFP(anchorNumber, tc.amount)) {
				t.Errorf("%q: no anchor for the amount %s", tc.text, tc.amount)
			}
			s := &scratch{}
			code := false
			for _, tok := range s.appendTokens(nil, tc.text) {
				if tok.digits && hasLetter(tok.norm) && slices.Contains(a, anchorFP(anchorAcronym, tok.norm)) {
					code = true
				}
			}
			if code != tc.code {
				t.Errorf("%q: code anchor %v, want %v", tc.text, code, tc.code)
			}
		})
	}
}

// TestAnchorsAmount checks that an amount gives the anchor of its value at
// its scale whichever way it is written, and that a length in metres
// gives none: "£5m", "£5 million" and "£5,000,000" meet, "a 5m wall" is
// not five million.
func TestAnchorsAmount(t *testing.T) {
	const value = "5000000"
	tests := []struct {
		name, text string
		holds      bool
	}{
		{"glued m", "The council spent £5m on the bridge.", true},
		{"apart", "The council spent £5 million on it.", true},
		{"in full", "The council spent £5,000,000 on it.", true},
		{"currency word after", "The club paid 5m euros.", true},
		{"glued m in a compound", "They signed a £5m-a-year deal.", true},
		{"hash pound of wire copy", "The fee was #5m, the agency said.", true},
		{"m of a plural", "The show drew 5m viewers.", true},
		{"range", "The repairs will cost £5m-£6m.", true},
		{"a wall in metres", "Workers built a 5m wall.", false},
		{"metres high", "The wave was 5m high.", false},
		{"a count", "The council hired 5 people.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := NewFingerprint(&crosswire.Article{ID: "a", Text: tc.text}).Anchors
			if got := slices.Contains(a, anchorFP(anchorNumber, value)); got != tc.holds {
				t.Errorf("%q holds the amount %s: %v, want %v", tc.text, value, got, tc.holds)
			}
		})
	}
}

// TestAnchorsCJKScale checks that an amount counted in 万 or 亿 is one
// anchor, its value: the count of 万 (3500 in 3500万) is how Chinese writes
// it, not a number any other report has.
func TestAnchorsCJKScale(t *testing.T) {
	tests := []struct {
		name, zh, same, other string
	}{
		{"万", "大桥耗资3500万克朗。", "The bridge cost 35 million crowns.", "The bridge cost 3,500 crowns."},
		{"亿", "节省了450亿克朗。", "Savings of 45 billion crowns were made.", "Savings of 450 crowns were made."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			zh := NewFingerprint(&crosswire.Article{ID: "zh", Text: tc.zh}).Anchors
			if len(zh) != 1 {
				t.Fatalf("%q: %d anchors, want 1 (the amount)", tc.zh, len(zh))
			}
			same := NewFingerprint(&crosswire.Article{ID: "same", Text: tc.same}).Anchors
			other := NewFingerprint(&crosswire.Article{ID: "other", Text: tc.other}).Anchors
			if !slices.Contains(same, zh[0]) {
				t.Errorf("%q and %q do not share the amount", tc.zh, tc.same)
			}
			if slices.Contains(other, zh[0]) {
				t.Errorf("%q shares an anchor with %q, another amount", tc.zh, tc.other)
			}
		})
	}
}

func TestAnchorsSkipSentenceInitialWords(t *testing.T) {
	tests := []struct {
		name string
		text string
		want int
	}{
		{"sentence-initial common word", "The ferry sailed. The crew waited.", 0},
		{"mid-sentence name", "The ferry carried Corvander home.", 1},
		{"initial name seen mid-sentence", "Corvander spoke. Then Corvander left.", 1},
		{"common word also lower case", "Ferry news. A ferry sank.", 0},
		{"weekday", "The ferry sailed on Thursday.", 0},
		{"malay weekday", "Feri itu belayar pada Khamis.", 0},
		{"indonesian weekday", "Kapal itu berlayar pada Kamis.", 0},
		{"capitals also written in lower case", "FERRY: the ferry sank.", 0},
		{"capitals dateline is the name", "VESSBURG: The council of Vessburg met.", 1},
		{"acronym", "The council asked the NTSB.", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := len(NewFingerprint(&crosswire.Article{ID: "a", Text: tc.text}).Anchors); got != tc.want {
				t.Errorf("%d anchors, want %d", got, tc.want)
			}
		})
	}
}

func TestScaleNumber(t *testing.T) {
	tests := []struct {
		name, num string
		exp       int
		want      string
	}{
		{"integer millions", "3", 6, "3000000"},
		{"decimal millions", "1.5", 6, "1500000"},
		{"wan", "3500", 4, "35000000"},
		{"fraction left", "1.2345", 2, "123.45"},
		{"small thousands", "0.25", 3, "250"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := scaleNumber(tc.num, tc.exp); got != tc.want {
				t.Errorf("scaleNumber(%q, %d) = %q, want %q", tc.num, tc.exp, got, tc.want)
			}
		})
	}
}

func TestAffixedNumber(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"currency prefix", "rm183,000", "183,000", true},
		{"unit suffix", "150ml", "150", true},
		{"ordinal", "7th", "7", true},
		{"code with long prefix", "covid19", "", false},
		{"letters both sides", "a380b", "", false},
		{"plain word", "ferry", "", false},
		{"letters after a digit inside", "a3b4", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := affixedNumber(tc.in)
			if got != tc.want || ok != tc.ok {
				t.Errorf("affixedNumber(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}

// TestIndexOnNear reports the earlier articles that share two kept anchors
// with an arrival, or one that is rare (in at most RareDF articles) — too
// few for the pair rules — and not those sharing one common anchor or
// those verified.
func TestIndexOnNear(t *testing.T) {
	var near []string
	// the index's own counts alone: with the background pooled in (3,225
	// articles) an anchor in four of these made-up articles is still rare
	ix := NewIndex(IndexOptions{OnNear: func(a, b string) { near = append(near, a+"~"+b) }, Background: NoBackground()})
	add := func(id string, anchors ...uint32) {
		t.Helper()
		if _, err := ix.AddFingerprint(context.Background(), &Fingerprint{ID: id, Anchors: anchors}); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 3 {
		add(fmt.Sprint("x", i), 10, uint32(100+i)) // 10 is common from here on
	}
	near = nil
	add("a", 10, 20, 30, 40)
	add("b", 10, 50, 60)     // one common anchor with a: not near
	add("c", 10, 20, 70, 80) // two with a
	add("d", 10, 20, 30, 90) // three with a: verified, not near; two with c
	add("e", 40, 95)         // one rare with a (40 is in a and e only)
	want := []string{"c~a", "d~c", "e~a"}
	if !slices.Equal(near, want) {
		t.Errorf("near %v, want %v", near, want)
	}
}

// TestEqualBytes: the count of agreeing bytes read eight at a time is the
// byte loop's, for every length to NumPerm+9 and bytes that agree, differ
// in the high bit alone, in the low bit alone, or are 0x00, 0x7f, 0x80
// and 0xff against each other.
func TestEqualBytes(t *testing.T) {
	edge := []byte{0x00, 0x01, 0x7f, 0x80, 0x81, 0xfe, 0xff}
	x := uint64(9)
	next := func() byte {
		x = x*6364136223846793005 + 1442695040888963407
		return byte(x >> 56)
	}
	for n := 0; n <= NumPerm+9; n++ {
		for round := range 50 {
			sa, sb := make([]byte, n), make([]byte, n)
			for i := range sa {
				sa[i] = next()
				switch next() % 5 {
				case 0:
					sb[i] = sa[i]
				case 1:
					sb[i] = sa[i] ^ 0x80
				case 2:
					sb[i] = sa[i] ^ 0x01
				case 3:
					sa[i], sb[i] = edge[int(next())%len(edge)], edge[int(next())%len(edge)]
				default:
					sb[i] = next()
				}
			}
			if round == 0 {
				copy(sb, sa) // all agree
			}
			want := 0
			for i := range sa {
				if sa[i] == sb[i] {
					want++
				}
			}
			if got := equalBytes(sa, sb); got != want {
				t.Fatalf("%d bytes: %d agree, counted %d (%x, %x)", n, want, got, sa, sb)
			}
		}
	}
}
