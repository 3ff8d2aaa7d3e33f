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
//   - one-line subheads between body paragraphs (also kept in
//     Article.Subheads so a version that contradicts its own subhead can be
//     caught),
//   - a trailing author bio and trailing spam (calls to action, links,
//     promotions).
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
// Language is detected behind the LanguageDetector interface (default
// Whatlang, github.com/abadojack/whatlanggo) unless the document says it.
package clean
