package group

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"

	"crosswire"
)

// TestSoundKeys reads fictional names written in transliteration
// characters and in Latin letters as consonant skeletons.
func TestSoundKeys(t *testing.T) {
	for _, tc := range []struct {
		chars, latin string
		same         bool
	}{
		{"法尔丁", "Faldin", true},         // fa er ding: f l d n
		{"哈蒙", "Harmon", true},          // a silent r before a consonant, a nasal ending
		{"特雷斯", "Tresse", true},         // si for a final s, e silent
		{"兰纳德", "Lannard", true},        // nn and 兰纳 are one n
		{"莫尔登", "Molden", true},         // er for l
		{"法兰西斯", "Fransisse", true},     // a soft c, s and ss are one s
		{"佩德罗", "Pedroza", false},       // a z more in the Latin name
		{"兰纳德", "Marlow", false},        // other consonants
		{"莫里斯", "Morrison", false},      // a nasal more
		{"巴拉", "Bala", false},           // two consonants: no key
		{"诺丁", "Nothing at all", false}, // not one word
	} {
		t.Run(tc.chars+"/"+tc.latin, func(t *testing.T) {
			var r soundReader
			keys := r.cjk("", "在"+tc.chars+"的")
			lk, ok := soundKey(latinSound(nil, []byte(lowerASCII(tc.latin))))
			_, found := slices.BinarySearch(keys, lk)
			if got := ok && found; got != tc.same {
				t.Errorf("%s ~ %s: %v (keys %v, latin %x ok %v), want %v", tc.chars, tc.latin, got, keys, lk, ok, tc.same)
			}
		})
	}
}

// lowerASCII lower-cases ASCII letters (as the anchors hash a name).
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// TestSoundNamesJoin groups a fictional Chinese report with English
// reports: one of its event, naming its minister and its ferry company
// (two names the Chinese writes by sound), joins; one naming only one of
// them, or other people on the same day with the same figure, does not.
func TestSoundNamesJoin(t *testing.T) {
	zh := crosswire.Article{ID: "zh", Title: "渡轮公司莫尔登停航 部长法尔丁要求赔偿",
		Text: "交通部长法尔丁星期二（9月14日）说，渡轮公司莫尔登因安全检查停航三天，约2400名乘客受到影响。法尔丁要求公司向乘客全额退款，并在一周内提交整改报告。港务当局表示，其他航线照常运行。"}
	reports := map[string]crosswire.Article{
		"event": {ID: "event", Title: "Ferry line grounded for safety checks, minister demands refunds",
			Text: "HARBOURTON: Transport Minister Oskar Faldin on Tuesday (Sept 14) ordered the ferry operator Molden Lines to refund its passengers after its boats were held in port for three days of safety checks. Mr Faldin said the company must file a plan within a week. The port authority said other routes ran as usual."},
		"one name": {ID: "one name", Title: "Port authority reviews ferry timetables",
			Text: "HARBOURTON: The port authority under Minister Oskar Faldin said on Tuesday (Sept 14) that it would review the timetables of the Velmora Line after passengers complained about late sailings over the summer. Officials said no boats were held."},
		"other people": {ID: "other people", Title: "Bridge contractor fined over delays",
			Text: "HARBOURTON: Works Minister Ilsa Brunnhofer on Tuesday (Sept 14) fined the contractor Dervagh Holdings after the bridge opening slipped again, affecting commuters. Ms Brunnhofer said the company must pay within a month."},
	}
	for _, tc := range []struct {
		other string
		one   bool
	}{
		{"event", true},
		{"one name", false},
		{"other people", false},
	} {
		t.Run(tc.other, func(t *testing.T) {
			cl, err := New(Options{}).Partition(context.Background(), []crosswire.Article{zh, reports[tc.other]})
			if err != nil {
				t.Fatal(err)
			}
			if one := cl.StoryOf[0] == cl.StoryOf[1]; one != tc.one {
				t.Errorf("one story: %v, want %v", one, tc.one)
			}
		})
	}
}

// TestSoundReaderReuse reads fictional texts one after another with one
// reader, as a worker does: each text's skeletons are those a fresh reader
// reads, and stay so after the next texts are read (the reader appends to
// the buffers it returns tails of); a reader wanting some keys returns just
// the names of those keys.
func TestSoundReaderReuse(t *testing.T) {
	cjk := []string{
		"部长法尔丁说，渡轮公司莫尔登停航。",
		"没有名字。",
		"特雷斯和兰纳德，法尔丁再次，莫尔登。",
		"哈蒙说。",
	}
	latin := []string{
		"Minister Oskar Faldin said Molden Lines must refund, Mr Faldin added.",
		"no names here at all",
		"Tresse met Lannard and Harmon; Molden said so.",
	}
	var one soundReader
	var keys [][]uint32
	for _, text := range cjk {
		keys = append(keys, one.cjk("", text))
	}
	var names [][]soundName
	for _, text := range latin {
		names = append(names, one.latin("", text, nameAnchors(text)))
	}
	for i, text := range cjk {
		var fresh soundReader
		if want := fresh.cjk("", text); !slices.Equal(keys[i], want) {
			t.Errorf("cjk %d read after others: %x, alone %x", i, keys[i], want)
		}
	}
	want := keys[0] // the keys of 法尔丁 and 莫尔登
	if len(want) != 2 {
		t.Fatalf("keys of text 0: %x, want 2", want)
	}
	for i, text := range latin {
		var fresh soundReader
		all := fresh.latin("", text, nameAnchors(text))
		if !slices.Equal(names[i], all) {
			t.Errorf("latin %d read after others: %v, alone %v", i, names[i], all)
		}
		wanted := soundReader{want: want}
		got := wanted.latin("", text, nameAnchors(text))
		kept := slices.DeleteFunc(slices.Clone(all), func(s soundName) bool {
			_, found := slices.BinarySearch(want, s.key)
			return !found
		})
		if !slices.Equal(got, kept) {
			t.Errorf("latin %d wanting %x: %v, want %v", i, want, got, kept)
		}
		if n := []int{2, 0, 1}[i]; len(got) != n { // Faldin, Molden; none; Molden
			t.Errorf("latin %d wanting %x: %d names, want %d", i, want, len(got), n)
		}
	}
}

// nameAnchors is the sorted name anchors of text's words, hashed as the
// anchors hash a name.
func nameAnchors(text string) []uint32 {
	var fps []uint32
	for _, w := range strings.FieldsFunc(text, func(c rune) bool { return c < 'A' || c > 'z' || c > 'Z' && c < 'a' }) {
		fps = append(fps, anchorFPHash(anchorName, xxhash.Sum64String(lowerASCII(w))))
	}
	slices.Sort(fps)
	return slices.Compact(fps)
}

// TestCapitalAt checks the eight-byte capital search against the
// byte-wise one for every byte at every place among fillers of each kind
// (lower case, a byte whose low seven bits are a capital, the bytes beside
// A and Z), after a capital and before one.
func TestCapitalAt(t *testing.T) {
	for _, fill := range []byte{'a', ' ', 0xC1, 0xDA, '@', '[', 0xFF, 0} {
		for at := range 8 {
			for b := range 256 {
				s := append([]byte("XX"), bytes.Repeat([]byte{fill}, 8)...)
				s = append(s, 'X')
				s[2+at] = byte(b)
				want := 8
				if b >= 'A' && b <= 'Z' {
					want = at
				}
				if got := capitalAt(string(s), 2); got != want {
					t.Fatalf("fill %#x, byte %#x at %d: %d, want %d", fill, b, at, got, want)
				}
			}
		}
	}
	if got := capitalAt("abcDefGh", 0); got != 3 {
		t.Errorf("first of two capitals: %d, want 3", got)
	}
}

// TestTranslitTable looks up every character of the readings, and
// characters that are none of them, in the index by character.
func TestTranslitTable(t *testing.T) {
	tab := translitTable()
	for _, f := range strings.Fields(translitReadings) {
		c, size := utf8.DecodeRuneInString(f)
		if s, ok := tab.sound(c); !ok || s != pinyinSound(f[size:]) {
			t.Errorf("%c: %q %v, want %q", c, s, ok, pinyinSound(f[size:]))
		}
	}
	for _, c := range []rune{'的', '在', 'A', 'é', translitFirst - 1, translitFirst, translitEnd - 1, translitEnd, 0x10FFFF} {
		if s, ok := tab.sound(c); ok {
			t.Errorf("%U: %q, want none", c, s)
		}
	}
}
