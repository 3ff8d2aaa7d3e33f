package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// LanguageDetector names the language of a text as an ISO 639-1 code ("en",
// "ms", "zh"), or "" when it cannot tell.
type LanguageDetector interface {
	Detect(text string) string
}

// Whatlang detects languages with whatlanggo, a trigram detector of 84
// languages in pure Go with no model files. It was chosen over lingua-go,
// which is more accurate on short text but grows the binary by ~120 MB:
// articles are long enough for trigrams (see BenchmarkLanguage for the cost
// per article). whatlanggo has no Malay profile and answers Indonesian for
// Malay; Whatlang tells the two apart by their spelling differences.
type Whatlang struct {
	// MaxBytes caps how much of the text is examined: the first few
	// paragraphs decide the language of an article as well as the whole
	// of it, at a fraction of the cost. 0 means 2048.
	MaxBytes int
	// MinConfidence is the confidence below which Detect answers "". 0
	// means 0.1.
	MinConfidence float64
}

// Detect implements LanguageDetector.
func (w Whatlang) Detect(text string) string {
	maxBytes := w.MaxBytes
	if maxBytes <= 0 {
		maxBytes = 2048
	}
	if len(text) > maxBytes {
		cut := maxBytes
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	if strings.IndexFunc(text, unicode.IsLetter) < 0 {
		return ""
	}
	info := whatlanggo.Detect(text)
	minConf := w.MinConfidence
	if minConf == 0 {
		minConf = 0.1
	}
	// A few words are thin evidence for trigrams: on a short text a
	// middling confidence is as often a wrong language as the right one,
	// and a wrong one costs the report its facts, where "" is read with
	// the default rules.
	if minConf < minShortConfidence && len(strings.FieldsFunc(text, notLetter)) < shortTextWords {
		minConf = minShortConfidence
	}
	if info.Lang < 0 || info.Confidence < minConf {
		return ""
	}
	code := info.Lang.Iso6391()
	if code == "id" || code == "ms" {
		code = malayOrIndonesian(text)
	}
	return code
}

// shortTextWords is the word count under which a text is short for
// language detection: under it englishProse does not decide, and
// Whatlang asks minShortConfidence.
const shortTextWords = 30

// minShortConfidence is the least whatlanggo confidence a short text's
// language is taken at: halfway to the library's own "reliable" (0.8). On
// fictional one-line English items the wrong answers scored 0.17–0.40
// ("es", "da", "pt", "nb") and the right ones of several languages
// 0.62–0.91; the short articles of the shared corpora (10 English, 12
// Chinese) all score 0.86 or more.
const minShortConfidence = 0.5

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// malayOrIndonesian tells Malay from Indonesian by words the two standard
// languages spell or choose differently (Malay "kerana", "bahawa",
// "selepas", "polis"; Indonesian "karena", "bahwa", "setelah", "polisi").
// With no evidence either way it keeps the underlying detector's answer,
// "id".
func malayOrIndonesian(text string) string {
	ms, id := 0, 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch w {
		case "kerana", "bahawa", "selepas", "polis", "daripada", "iaitu", "sahaja", "boleh", "beliau", "kenyataan", "semalam", "mahkamah", "wang", "kerajaan", "ialah", "bagaimanapun",
			"isnin", "khamis", "jumaat", "ahad", "lelaki", "kes", "berjaya", "tanggungjawab", "manakala", "sebarang", "berkata", "ujian":
			ms++
		case "karena", "bahwa", "setelah", "polisi", "yaitu", "saja", "bisa", "tersebut", "kemarin", "uang", "pemerintah", "sebesar", "pukul", "mengatakan",
			"senin", "kamis", "jumat", "kasus", "tersangka", "pria", "sejumlah", "terkait", "usai":
			id++
		}
	}
	if ms > id {
		return "ms"
	}
	return "id"
}

// EnglishShortcut answers "en" at once for text in which English function
// words are frequent, and asks Next otherwise. Most of crosswire's input is
// English, and the trigram comparison against every Latin-script profile
// costs milliseconds per article (BenchmarkLanguage) while counting a few
// words costs microseconds. The thresholds keep the shortcut to text that
// is unmistakably English: "the" alone is rare outside English, and
// together with "and", "of", "to", "was", "said", "that", "with" it makes up
// well over a tenth of the words of English news prose.
type EnglishShortcut struct {
	// Next decides the text the shortcut does not; nil means Whatlang{}.
	Next LanguageDetector
}

// Detect implements LanguageDetector.
func (e EnglishShortcut) Detect(text string) string {
	if englishProse(text) {
		return "en"
	}
	next := e.Next
	if next == nil {
		next = Whatlang{}
	}
	return next.Detect(text)
}

// englishProse reports whether the first 2 KiB of text has at least 30
// words, at least 3% of them "the" and at least 10% of them common English
// function words.
func englishProse(text string) bool {
	if len(text) > 2048 {
		text = text[:2048]
	}
	words, the, common := 0, 0, 0
	for _, w := range strings.FieldsFunc(text, notLetter) {
		words++
		switch strings.ToLower(w) {
		case "the":
			the++
			common++
		case "and", "of", "to", "was", "said", "that", "with":
			common++
		}
	}
	return words >= shortTextWords && 100*the >= 3*words && 10*common >= words
}
