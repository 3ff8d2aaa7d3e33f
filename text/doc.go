// Package text is crosswire's one text layer: what every stage knows about
// the words of an article, computed once and carried. It is modelled on
// bleve's analysis package (github.com/blevesearch/bleve/v2/analysis):
// small one-method stage interfaces (Segmenter, Tokenizer) with a default
// implementation each, and results that keep byte offsets into the text
// they came from, so any later stage can point back at the source.
//
// What it holds:
//
//   - paragraphs and sentences (Paragraphs, Sentences, Splitter): sentence
//     segmentation that knows abbreviations and initials, quotation marks
//     (a closing mark belongs to the sentence it ends), headlines (a short
//     line without final punctuation is a sentence of its own) and the
//     paragraph marks of wire copy (a line ending in "<", U+0019 at a
//     paragraph start) besides blank lines; single hard-wrap newlines
//     inside a paragraph do not end sentences;
//   - word tokens with byte offsets (Tokens, Words) and the one stop-word
//     list (StopWord);
//   - the one name key (NameKey) under which variants of a name meet;
//   - the one reading of an amount (AmountAt: "£5m", "US$3 million", "5m
//     euros", "£3m-£4m" as a value at its scale, its currency and its
//     span), which grouping's anchors and facts' number facts share;
//   - the one reading of a code word (CodeAt, NextCode, CodeKey, ShapeOf:
//     "R462", "ZQ2490", "QRT-2031-4417" as a run of ASCII letters, digits,
//     hyphens and slashes, its key, its letters and digit groups), which
//     crosscheck's code mentions and grouping's veto of codes of one
//     scheme share, each with its own rule of which words are codes;
//   - the one reading of a wire stamp (WireStamp: "16:54 01/03/00" day
//     first, in Europe/London unless a zone is stated), which cleaning's
//     wire headers and ingest's published dates share;
//   - the one outlet name of an article's address (OutletOfURL: its host
//     without "www."), which cleaning gives an article that names no
//     outlet and grouping's undated protagonist rule reads;
//   - the one span validator (ValidSpan).
//
// Grouping keeps its own tokenizer (group/text.go): it hashes words
// straight from the bytes into reused scratch memory, with no string per
// word, and keeps what grouping needs and Words drops (capitalisation,
// character n-grams of scripts without spaces, month words); it reads an
// amount at a figure with AmountAt, on the text, with no allocation.
// Measured on the BBC corpus (2 shared cores): Words makes 356
// allocations per article where group's fingerprint, which tokenizes,
// hashes, MinHashes and picks anchors, makes none; grouping runs on
// millions of articles, so it would only lose throughput by reading
// tokens from here.
//
// An article's sentences are computed by cleaning (Article.Sentences) and
// read through Of by facts, crosscheck, web and attribution, so a fact's
// sentence index, the sentence crosscheck compares and the row the web UI
// draws are one and the same.
package text
