package group

import (
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
	scale     int8   // after a number: its power-of-ten multiplier word (million → 6, 万 → 4), else 0
}

// isWeekday recognises the names of the days of the week in English and
// Malay, with the Indonesian spellings (Senin, Kamis, Jumat, Minggu).
// Reports name the day of an event ("on Thursday", "pada Khamis"), so they
// are capitalised in every report of every story: common words, not names.
func isWeekday(b []byte) bool {
	switch string(b) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"isnin", "selasa", "rabu", "khamis", "jumaat", "sabtu", "ahad",
		"senin", "kamis", "jumat", "minggu":
		return true
	}
	return false
}

// scaleWord returns the power of ten a number-scale word multiplies by
// ("1.5 million", "1.5 juta", "150万" are one number), 0 for other words.
// Chinese counts in 万 (10^4) and 亿 (10^8), so only the normalised value
// carries across languages.
func scaleWord(b []byte) int8 {
	switch string(b) {
	case "thousand", "ribu":
		return 3
	case "million", "juta", "mln":
		return 6
	case "billion", "bilion", "bn":
		return 9
	case "trillion", "trilion":
		return 12
	case "万", "萬":
		return 4
	case "亿", "億":
		return 8
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

// scratch is reusable memory for fingerprinting one article at a time.
type scratch struct {
	buf                  []byte
	tokens               []token
	lower, midCap, mixed hashSet
}

// hashSet is a reusable open-addressing set of nonzero 64-bit hashes: the
// per-article word sets of anchor extraction without a map allocation per
// article.
type hashSet struct {
	slots []uint64
	n     int
}

func (h *hashSet) reset(capacity int) {
	size := 64
	for size < 2*capacity {
		size *= 2
	}
	if cap(h.slots) >= size {
		h.slots = h.slots[:size]
		clear(h.slots)
	} else {
		h.slots = make([]uint64, size)
	}
	h.n = 0
}

func (h *hashSet) add(x uint64) {
	x |= 1
	mask := uint64(len(h.slots) - 1)
	for i := x & mask; ; i = (i + 1) & mask {
		switch h.slots[i] {
		case x:
			return
		case 0:
			h.slots[i] = x
			h.n++
			return
		}
	}
}

func (h *hashSet) has(x uint64) bool {
	x |= 1
	mask := uint64(len(h.slots) - 1)
	for i := x & mask; ; i = (i + 1) & mask {
		switch h.slots[i] {
		case x:
			return true
		case 0:
			return false
		}
	}
}

// tokenize splits text into tokens. Lower-casing and digit normalisation
// ("5,000" → "5000") happen here so every later signal sees one form.
func (s *scratch) tokenize(text string) []token {
	toks := s.tokens[:0]
	sentStart := true
	openQuote := false
	i := 0
	n := len(text)
	for i < n {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) && !isCJK(r):
			start := i
			buf := s.buf[:0]
			var t token
			// a Latin-script word right after CJK text is never a
			// sentence-initial common word: Chinese and Japanese
			// reports write the names they keep in Latin script
			// (法迪尔（Abdullah Fadil）, Thrixen) anywhere in a sentence
			t.sentStart = sentStart && (len(toks) == 0 || !toks[len(toks)-1].cjk)
			if openQuote {
				t.quote = 1
				openQuote = false
			}
			letters, upper, dots := 0, 0, 0
			first := true
			for i < n {
				r, size = rune(text[i]), 1
				if r >= utf8.RuneSelf {
					r, size = utf8.DecodeRuneInString(text[i:])
				}
				isDigit := r >= '0' && r <= '9'
				if isDigit {
					t.digits = true
					buf = append(buf, byte(r))
				} else if r < utf8.RuneSelf && (r >= 'a' && r <= 'z') {
					letters++
					buf = append(buf, byte(r))
				} else if r < utf8.RuneSelf && (r >= 'A' && r <= 'Z') {
					letters++
					upper++
					if first {
						t.cap = true
					}
					buf = append(buf, byte(r+'a'-'A'))
				} else if r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) && !isCJK(r) {
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
							if first {
								t.cap = true
							}
						}
						buf = utf8.AppendRune(buf, unicode.ToLower(r))
					}
				} else if (r == ',' || r == '.') && t.digits && i+1 < n && text[i+1] >= '0' && text[i+1] <= '9' && i > start && text[i-1] >= '0' && text[i-1] <= '9' {
					// digit separators are kept here and resolved by
					// normNumber: "5,000" and "5.000" → 5000, "1.5" and "1,5" → 1.5
					buf = append(buf, byte(r))
				} else if r == '.' && letters == dots+1 && upper == letters && !t.digits && i+1 < n && text[i+1] >= 'A' && text[i+1] <= 'Z' &&
					(i+2 == n || text[i+2] == '.' || !isWordByte(text, i+2)) {
					// dotted initials are one acronym: "U.S." is US,
					// "U.K." UK
					dots++
				} else if (r == '\'' || r == '’' || r == '-') && i+size < n && i > start && isWordByte(text, i+size) {
					if r == '-' {
						buf = append(buf, '-')
					}
					// apostrophes vanish: "Brenner's" and "Brenners" hash alike
				} else {
					break
				}
				first = false
				i += size
			}
			t.allCaps = letters >= 2 && upper == letters
			// strip a possessive 's so names match their bare form
			if len(buf) > 2 && buf[len(buf)-1] == 's' && i-start >= 3 && (text[i-2] == '\'' || (i-4 >= 0 && text[i-4:i-1] == "’")) {
				buf = buf[:len(buf)-1]
			}
			t.hash = xxhash.Sum64(buf)
			if t.digits {
				t.norm = string(buf)
			} else if t.cap && len(buf) <= 9 {
				t.month = monthNumber(buf)
				t.weekday = t.month == 0 && isWeekday(buf)
			} else if len(buf) <= 8 && len(toks) > 0 && toks[len(toks)-1].digits {
				t.scale = scaleWord(buf)
			}
			s.buf = buf
			toks = append(toks, t)
			sentStart = false
			continue
		case isCJK(r):
			buf := utf8.AppendRune(s.buf[:0], r)
			s.buf = buf
			t := token{hash: xxhash.Sum64(buf), cjk: true, sentStart: sentStart, norm: text[i : i+size]}
			if len(toks) > 0 && toks[len(toks)-1].digits {
				t.scale = scaleWord(buf)
			}
			toks = append(toks, t)
			sentStart = false
		case r == '.' || r == '!' || r == '?' || r == '\n' || r == '。' || r == '！' || r == '？' || r == ':' || r == ';' || r == '—' || r == '(':
			sentStart = true
		case isQuote(r):
			if r == '"' {
				// straight quotes: opening when followed by a word
				if i+size < n && isWordByte(text, i+size) && (i == 0 || !isWordByte(text, i-1)) {
					openQuote = true
					sentStart = true
				} else if len(toks) > 0 {
					toks[len(toks)-1].quote = -1
				}
			} else if r == '“' || r == '«' || r == '„' || r == '「' || r == '『' {
				openQuote = true
				sentStart = true
			} else if len(toks) > 0 {
				toks[len(toks)-1].quote = -1
			}
		}
		i += size
	}
	s.tokens = toks
	return toks
}

func isWordByte(text string, i int) bool {
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
