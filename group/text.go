package group

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"
)

// token is one word of an article's text as the grouper sees it: a run of
// letters and digits (with inner apostrophes, hyphens and digit
// separators), or a single CJK character. CJK scripts do not separate words
// with spaces, so their characters are taken one by one and the shingles
// over them are character n-grams.
type token struct {
	hash      uint64 // xxhash64 of the normalised (lower-cased, digit-normalised) form
	norm      string // normalised form; only set for anchor candidates
	cap       bool   // first rune is upper case
	allCaps   bool   // two or more letters, all upper case
	digits    bool   // contains a digit
	cjk       bool   // a single CJK character
	sentStart bool   // first word of a sentence, line or quotation
	quote     int8   // +1 opening quotation mark before it, -1 closing after it
	month     int8   // 1-12 when the token names a month (English or Malay), else 0
	weekday   bool   // names a day of the week (English or Malay)
	day       int8   // that day: 1 Monday … 7 Sunday, else 0
	amount    uint32 // a number that begins an amount (text.AmountAt: "£5m", "5 million", "500万"): the number anchor of its value at its scale, else 0
	figure    bool   // the amount's figure as written is an anchor too (amountAnchor)
}

// isWeekday recognises the names of the days of the week in English and
// Malay, with the Indonesian spellings (Senin, Kamis, Jumat, Minggu).
// Reports name the day of an event ("on Thursday", "pada Khamis"), so they
// are capitalised in every report of every story: common words, not names.
// (Two undated reports naming only different days were tried as evidence
// of different events, issue 4's fourth round: outlets publish on
// different days and name the day relative to theirs, so it split real
// reports of one event — mmds batch ARI 0.713 → 0.686 — for +0.003 to
// +0.011 on the reprint benchmark without times.)
func isWeekday(b []byte) bool {
	return weekdayNumber(b) > 0
}

// weekdayNumber is the day of the week a word names (isWeekday): 1 for
// Monday … 7 for Sunday, 0 for other words.
func weekdayNumber(b []byte) int8 {
	switch string(b) {
	case "monday", "isnin", "senin":
		return 1
	case "tuesday", "selasa":
		return 2
	case "wednesday", "rabu":
		return 3
	case "thursday", "khamis", "kamis":
		return 4
	case "friday", "jumaat", "jumat":
		return 5
	case "saturday", "sabtu":
		return 6
	case "sunday", "ahad", "minggu":
		return 7
	}
	return 0
}

// monthNumber recognises month names and their usual abbreviations in the
// languages crosswire reads in Latin script (English, Malay). Dates are
// among the few facts that survive translation, so "Sep 22", "22 Sept" and
// "9月22日" all become the same date anchor.
func monthNumber(b []byte) int8 {
	switch string(b) {
	case "january", "jan", "januari":
		return 1
	case "february", "feb", "februari":
		return 2
	case "march", "mar", "mac":
		return 3
	case "april", "apr":
		return 4
	case "may", "mei":
		return 5
	case "june", "jun":
		return 6
	case "july", "jul", "julai":
		return 7
	case "august", "aug", "ogos", "ogo":
		return 8
	case "september", "sep", "sept":
		return 9
	case "october", "oct", "oktober", "okt":
		return 10
	case "november", "nov":
		return 11
	case "december", "dec", "disember", "dis":
		return 12
	}
	return 0
}

// isCJK reports whether r belongs to a script written without spaces
// between words (Han, Hiragana, Katakana, Hangul, Thai).
func isCJK(r rune) bool {
	if r < 0x0E00 {
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) ||
		unicode.Is(unicode.Thai, r)
}

func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»', '„', '「', '」', '『', '』':
		return true
	}
	return false
}

// scratch is reusable memory for fingerprinting one article at a time. A
// scratch is not safe for concurrent use; NewFingerprint keeps a pool of
// them and the Grouper's workers keep one each.
type scratch struct {
	buf    []byte
	tokens []token
	words  wordSet
	// anchors and quotes collect an article's anchors, with repeats,
	// before they are sorted and copied into its Fingerprint.
	anchors, quotes []uint32
	// leadEnd is the token index where an article's lead ends;
	// extractAnchors sets leadCut to the number of anchors found before it
	leadEnd, leadCut int
	// nTitle is the number of an article's tokens that are its
	// headline's (articleTokens) and shouted whether that headline is
	// set in capitals (shoutedTitle), read by extractAnchors
	nTitle  int
	shouted bool
	// lead collects the lead's anchors before they are sorted
	lead []uint32
	// dates are the month/day dates extractAnchors found (month·100 +
	// day) with the token index each ends at, in text order
	dates []tokenDate
	// weekdays are the token indexes of the weekday names (token.day),
	// in text order, and dayPos the indexes aheadDays reads: those and
	// the dates' (extractAnchors fills weekdays)
	weekdays, dayPos []int32
	// runSeq and runSkip hold one sentence's word hashes and the flags
	// of the words its runs leave out (sentenceRuns), runBuf an
	// article's narrative run hashes (runs.go)
	runSeq  []uint64
	runSkip []bool
	runBuf  []uint32
	// names is the background whose counts say which sentence-initial
	// words of an untitled text are names (startname.go), nil when the
	// rule does not apply to the article being read; nameSource, when
	// set, stands for the shipped background (tests), and plain keeps
	// names nil (a background's builder)
	names, nameSource *Background
	plain             bool
}

// tokenDate is a month/day date found at a token index.
type tokenDate struct {
	md  uint16
	pos int32
}

// Flags of a word in a wordSet: how the article writes it.
const (
	wordLower  = 1 << iota // in lower case
	wordMidCap             // capitalised, not at the start of a sentence
	wordMixed              // capitalised but not all capitals
	wordCaps               // all capitals in the body: an acronym as written (shoutedTitle)
)

// wordSet is a reusable open-addressing map from a word's hash to its
// flags: the per-article word sets of anchor extraction without a map
// allocation per article. Slots carry the generation that wrote them, so
// starting a new article is one increment instead of clearing the table.
// Keys are stored with the low bit set, so two hashes that differ only in
// that bit are one word (as they always have been).
type wordSet struct {
	slots []wordSlot // active slots: a power-of-two prefix of the table
	table []wordSlot
	gen   uint32
}

type wordSlot struct {
	key   uint64
	gen   uint32
	flags uint8
}

// reset empties the set and sizes it for up to capacity distinct words,
// at a load factor of at most 3/4. An article's distinct words are
// typically under half its tokens, so for a capacity of tokens the load
// stays under 3/8.
func (w *wordSet) reset(capacity int) {
	size := 64
	for 3*size < 4*capacity {
		size *= 2
	}
	w.gen++
	if len(w.table) < size || w.gen == 0 {
		w.table = make([]wordSlot, max(size, len(w.table)))
		w.gen = 1
	}
	w.slots = w.table[:size]
}

// add adds the word with hash x, if it is not in the set yet, and sets
// flags on it.
func (w *wordSet) add(x uint64, flags uint8) {
	x |= 1
	mask := uint64(len(w.slots) - 1)
	for i := x & mask; ; i = (i + 1) & mask {
		sl := &w.slots[i]
		if sl.gen != w.gen {
			*sl = wordSlot{key: x, gen: w.gen, flags: flags}
			return
		}
		if sl.key == x {
			sl.flags |= flags
			return
		}
	}
}

// get returns the flags of the word with hash x, 0 when it is absent.
func (w *wordSet) get(x uint64) uint8 {
	x |= 1
	mask := uint64(len(w.slots) - 1)
	for i := x & mask; ; i = (i + 1) & mask {
		sl := &w.slots[i]
		if sl.gen != w.gen {
			return 0
		}
		if sl.key == x {
			return sl.flags
		}
	}
}

// tokenize splits text into tokens. Lower-casing and digit normalisation
// ("5,000" → "5000") happen here so every later signal sees one form. The
// tokens are valid until the next use of s.
func (s *scratch) tokenize(text string) []token {
	s.tokens = s.appendTokens(s.tokens[:0], text)
	return s.tokens
}

// isASCIIWordByte reports whether c is an ASCII letter or digit.
func isASCIIWordByte(c byte) bool {
	return byteClass[c]&(classLower|classUpper|classDigit) != 0
}

// Classes of the bytes of UTF-8 text, for the tokenizer's ASCII fast paths.
const (
	classLower    = 1 << iota // a-z
	classUpper                // A-Z
	classDigit                // 0-9
	classSentence             // ASCII punctuation that starts a sentence
	classInWord               // may continue a word: '.', ',', '\'', '-' and every non-ASCII byte
)

// byteClass maps a byte to its classes. It is never written after
// initialisation.
var byteClass = func() (c [256]uint8) {
	for b := 'a'; b <= 'z'; b++ {
		c[b] = classLower
	}
	for b := 'A'; b <= 'Z'; b++ {
		c[b] = classUpper
	}
	for b := '0'; b <= '9'; b++ {
		c[b] = classDigit
	}
	for _, b := range ".!?\n:;(" {
		c[b] |= classSentence
	}
	for _, b := range ".,'-" {
		c[b] |= classInWord
	}
	for b := utf8.RuneSelf; b < 256; b++ {
		c[b] = classInWord
	}
	return c
}()

// appendTokens appends the tokens of text to toks. The tokens already in
// toks are another text's: they neither end a sentence nor take this
// text's closing quotation marks.
func (s *scratch) appendTokens(toks []token, text string) []token {
	base := len(toks)
	buf := s.buf
	sentStart := true
	openQuote := false
	i := 0
	n := len(text)
	for i < n {
		c := text[i]
		r, size := rune(c), 1
		word, cjk := false, false
		if c < utf8.RuneSelf {
			if k := byteClass[c]; k&(classLower|classUpper|classDigit) != 0 {
				word = true
			} else {
				switch {
				case k&classSentence != 0:
					sentStart = true
				case c == '"':
					// straight quotes: opening when followed by a word
					if i+1 < n && isWordByte(text, i+1) && (i == 0 || !isWordByte(text, i-1)) {
						openQuote = true
						sentStart = true
					} else if len(toks) > base {
						toks[len(toks)-1].quote = -1
					}
				}
				i++
				continue
			}
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			cjk = isCJK(r)
			word = !cjk && (unicode.IsLetter(r) || unicode.IsDigit(r))
		}
		if word {
			prev := len(toks) - 1 // the previous token, this text's when prev >= base
			// the token is filled in place: a copy of a token built
			// field by field would stall on store forwarding
			toks = append(toks, token{})
			t := &toks[len(toks)-1]
			start := i
			buf, i = scanWord(t, buf[:0], text, i)
			// a Latin-script word right after CJK text is never a
			// sentence-initial common word: Chinese and Japanese
			// reports write the names they keep in Latin script
			// (马洛伦（Idris Maloren）, Norland) anywhere in a sentence
			t.sentStart = sentStart && (prev < base || !toks[prev].cjk)
			if openQuote {
				t.quote = 1
				openQuote = false
			}
			if t.digits {
				t.amount, t.figure = amountAnchor(text, start)
			}
			sentStart = false
			continue
		}
		switch {
		case cjk:
			toks = append(toks, token{hash: xxhash.Sum64String(text[i : i+size]), cjk: true, sentStart: sentStart, norm: text[i : i+size]})
			sentStart = false
		case r == '。' || r == '！' || r == '？' || r == '—':
			sentStart = true
		case r == '“' || r == '«' || r == '„' || r == '「' || r == '『':
			openQuote = true
			sentStart = true
		case isQuote(r):
			if len(toks) > base {
				toks[len(toks)-1].quote = -1
			}
		}
		i += size
	}
	s.buf = buf
	return toks
}

// scanWord reads the word starting at text[start] (a letter or digit that
// is not CJK) into t, with its normalised form in buf, and returns buf and
// the end of the word. It sets every field of t but sentStart, quote and
// amount.
func scanWord(t *token, buf []byte, text string, start int) ([]byte, int) {
	n := len(text)
	// the fast path: a run of ASCII letters and digits
	buf, i, seen, letters, upper := asciiRun(buf, text, start)
	t.digits = seen&classDigit != 0
	t.cap = i > start && byteClass[text[start]]&classUpper != 0
	// plain: buf is still text[start:i] byte for byte
	plain := seen&classUpper == 0
	if i == n || byteClass[text[i]]&classInWord == 0 {
		return endWord(t, buf, text, start, i, letters, upper, plain), i
	}
	// the general case, from where the run stopped
	dots := 0
	for i < n {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c-'a' < 26:
				letters++
				buf = append(buf, c)
			case c-'0' < 10:
				t.digits = true
				buf = append(buf, c)
			case c-'A' < 26:
				letters++
				upper++
				if i == start {
					t.cap = true
				}
				buf = append(buf, c+'a'-'A')
				plain = false
			case (c == ',' || c == '.') && t.digits && i+1 < n && text[i+1]-'0' < 10 && i > start && text[i-1]-'0' < 10:
				// digit separators are kept here and resolved by
				// text.NormNumber: "5,000" and "5.000" → 5000, "1.5" and "1,5" → 1.5
				buf = append(buf, c)
			case c == '.' && letters == dots+1 && upper == letters && !t.digits && i+1 < n && text[i+1]-'A' < 26 &&
				(i+2 == n || text[i+2] == '.' || !isWordByte(text, i+2)):
				// dotted initials are one acronym: "U.S." is US,
				// "U.K." UK
				dots++
				plain = false
			case (c == '\'' || c == '-') && i+1 < n && i > start && isWordByte(text, i+1):
				if c == '-' {
					buf = append(buf, '-')
				} else {
					// apostrophes vanish: "Brenner's" and "Brenners" hash alike
					plain = false
				}
			default:
				return endWord(t, buf, text, start, i, letters, upper, plain), i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) && !isCJK(r):
			plain = false
			if unicode.IsDigit(r) {
				t.digits = true
				// normalise other decimal digits to ASCII
				buf = append(buf, byte('0'+digitValue(r)))
			} else {
				if unicode.IsLetter(r) {
					letters++
				}
				if unicode.IsUpper(r) {
					upper++
					if i == start {
						t.cap = true
					}
				}
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
			}
		case r == '’' && i+size < n && i > start && isWordByte(text, i+size):
			// apostrophes vanish: "Brenner’s" and "Brenners" hash alike
			plain = false
		default:
			return endWord(t, buf, text, start, i, letters, upper, plain), i
		}
		i += size
	}
	return endWord(t, buf, text, start, i, letters, upper, plain), i
}

// asciiRun appends to buf, lower-cased, the run of ASCII letters and
// digits that starts at text[i]. It returns buf, the end of the run, the
// classes of its bytes, and its numbers of letters and of upper-case
// letters. It reads eight bytes at a time while it can.
func asciiRun(buf []byte, text string, i int) (_ []byte, end int, seen uint8, letters, upper int) {
	var lowerMask, upperMask, digitMask uint64 // accumulated over the chunks
	for i+8 <= len(text) {
		x := load64(text, i)
		// the ranges are tested on the low seven bits of every byte,
		// then non-ASCII bytes are taken out
		y, ascii := x&^swarHigh, ^x&swarHigh
		lo := swarInRange(y, 'a', 'z') & ascii
		up := swarInRange(y, 'A', 'Z') & ascii
		dg := swarInRange(y, '0', '9') & ascii
		stop := ^(lo | up | dg) & swarHigh // bytes that end the run, non-ASCII ones among them
		k := 8
		if stop != 0 {
			k = bits.TrailingZeros64(stop) >> 3
			m := uint64(1)<<(8*k) - 1
			lo, up, dg = lo&m, up&m, dg&m
		}
		lowerMask |= lo
		upperMask |= up
		digitMask |= dg
		letters += swarCount(lo | up)
		upper += swarCount(up)
		// 'A'-'Z' + 0x20 is 'a'-'z'; bytes past the run are cut off
		buf = slices.Grow(buf, 8)
		binary.LittleEndian.PutUint64(buf[len(buf):len(buf)+8], x+up>>2)
		buf = buf[:len(buf)+k]
		i += k
		if k < 8 {
			return buf, i, swarClasses(lowerMask, upperMask, digitMask), letters, upper
		}
	}
	for ; i < len(text); i++ {
		c := text[i]
		k := byteClass[c] & (classLower | classUpper | classDigit)
		if k == 0 {
			break
		}
		seen |= k
		letters += int((k | k>>1) & 1)
		upper += int(k >> 1 & 1)
		if k == classUpper {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf, i, seen | swarClasses(lowerMask, upperMask, digitMask), letters, upper
}

// SWAR ("SIMD within a register") helpers: eight bytes in a uint64.
const (
	swarOnes = 0x0101010101010101
	swarHigh = 0x8080808080808080
)

// load64 reads text[i:i+8] little-endian.
func load64(text string, i int) uint64 {
	b := text[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// swarInRange marks with 0x80 the bytes of y, all below 0x80, that lie in
// [lo, hi]. No byte sum carries into the next byte.
func swarInRange(y uint64, lo, hi byte) uint64 {
	return (y + swarOnes*uint64(0x80-lo)) &^ (y + swarOnes*uint64(0x7f-hi)) & swarHigh
}

// swarCount counts the bytes marked 0x80 in m.
func swarCount(m uint64) int {
	return int((m >> 7) * swarOnes >> 56)
}

// swarClasses turns byte masks into byte classes.
func swarClasses(lower, upper, digit uint64) uint8 {
	var c uint8
	if lower != 0 {
		c |= classLower
	}
	if upper != 0 {
		c |= classUpper
	}
	if digit != 0 {
		c |= classDigit
	}
	return c
}

// endWord completes the token of the word text[start:end], normalised in
// buf, and returns buf.
func endWord(t *token, buf []byte, text string, start, end, letters, upper int, plain bool) []byte {
	t.allCaps = letters >= 2 && upper == letters
	// strip a possessive 's so names match their bare form
	if len(buf) > 2 && buf[len(buf)-1] == 's' && end-start >= 3 && (text[end-2] == '\'' || (end-4 >= 0 && text[end-4:end-1] == "’")) {
		buf = buf[:len(buf)-1]
		plain = false
	}
	t.hash = xxhash.Sum64(buf)
	if t.digits {
		if plain {
			t.norm = text[start:end]
		} else {
			t.norm = string(buf)
		}
	} else if t.cap && len(buf) <= 9 {
		t.month = monthNumber(buf)
		if t.month == 0 {
			t.day = weekdayNumber(buf)
		}
		t.weekday = t.day > 0
	}
	return buf
}

// isWordByte reports whether a letter or digit starts at text[i].
func isWordByte(text string, i int) bool {
	if c := text[i]; c < utf8.RuneSelf {
		return isASCIIWordByte(c)
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func digitValue(r rune) int {
	// Unicode decimal digits come in contiguous runs of ten starting at a
	// rune whose value mod 16 is 0 or 6 for most scripts; fall back to 0.
	for z := r; z > r-10; z-- {
		if !unicode.IsDigit(z - 1) {
			return int(r - z)
		}
	}
	return 0
}
