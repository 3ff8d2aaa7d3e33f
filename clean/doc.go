// Package clean turns a raw crosswire.Document into a crosswire.Article: the
// text every later stage points into, with the metadata that goes with it.
//
// Cleaning normalises the text (Unicode NFC, one kind of line ending, runs
// of spaces collapsed, paragraphs separated by exactly "\n\n"; quotation
// marks are left as written because quotes are facts) and strips what is
// not the article itself, recording every piece in Article.Removed with its
// reason:
//
//   - metadata glued to the start of the body ("date 2019-05-02",
//     "Published: …", "Updated …", a lone byline),
//   - a dateline at the start ("VESSBURG, March 14 (Norpress) —"); the
//     sentence after it is kept,
//   - an agency tag ending the last paragraph ("/NORPRESS", "(Norpress)",
//     "— Norpress"),
//   - inline editor's inserts ("(…, editor's note)", "[Editor's note: …]"),
//   - a trailing author bio (including a content farm's string of stock
//     self-descriptions, with the author's name on its own line beside
//     it, or run on in quotes after the last sentence) and trailing spam
//     (calls to action, links, promotions),
//   - the header and furniture of agency wire copy (see wire.go): the
//     stamp, page, desk and catchline line, advisories to editors, the
//     byline and the closing "ENDS"/"MORE" line; "<" and U+0019
//     paragraph marks become paragraph breaks. What they say becomes
//     metadata: Article.Wire, and Published, Author, Outlet and Title when
//     the input gave none.
//
// Every removal records where it was cut (Removal.Start == Removal.End, an
// offset of the clean text), so a report can show it in place.
//
// One-line subheads between body paragraphs are not removed: they stay in
// the text as paragraphs of their own and are listed in Article.Subheads
// as spans, so a figure a subhead states is an ordinary span of the text
// and a version that contradicts its own subhead can be caught.
//
// Why conservative: a later stage compares versions of a story fact by
// fact, so a sentence wrongly dropped here becomes a false "unique" or a
// missed conflict there, while a stray bio left in only costs a little
// noise. Every rule therefore works from general signals — position (start
// or end of the body), shape (a short line without final punctuation, a
// bracket ending in "editor's note"), punctuation and shared vocabulary —
// and bios and spam are removed only at the very end of the body and only
// when they share no content word or number with the rest of the article,
// so a closing sentence that carries a name or a figure the article
// mentions is always kept.
//
// Metadata: the title is the document's, else a headline-shaped first line
// of the body (taken out of the text, not recorded as a removal); the
// outlet is the document's, else the host of its URL; a document without a
// publication time gets the day of a stripped metadata stamp. The language
// is the document's when stated, else detected behind the LanguageDetector
// interface (default: EnglishShortcut in front of Whatlang, which wraps
// github.com/abadojack/whatlanggo). The article ID is the first 16 hex
// digits of ContentHash, so the same report always gets the same ID.
package clean
