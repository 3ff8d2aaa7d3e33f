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
//     "Published: …", "Updated …", in French and German "Publié le 3
//     mars 2024 à 14h32", "Mis à jour le …", "Veröffentlicht am …"; a lone
//     byline, "By …" or "Par …", with the job line an agency sets under
//     it, "NPX Business Writer"),
//   - a dateline at the start ("VESSBURG, March 14 (Norpress) —",
//     "Vessburg (NPX) -", "VESSBURG, 3 mars 2020 (NPX) -", "(NPX) -");
//     the sentence after it is kept,
//   - an agency tag ending the last paragraph ("/NORPRESS", "(Norpress)",
//     "— Norpress", "© 2020 NPX") or a copyright line closing the body
//     ("© NPX", "Copyright 2020 NPX. All rights reserved. …", "Tous
//     droits réservés"),
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
//     the input gave none. Version designations are read in the
//     conventions of the major agencies (PA, AP, Reuters, AFP, dpa;
//     English, French, German): version words with ordinals and run
//     together ("2nd Ld-Writethru", "1stLd-Writethru", "2ndlead", "2e
//     LEAD", "1ère LEAD"), numbered updates ("UPDATE 2"), corrections,
//     refiles, repeats, priorities ("URGENT", "Bulletin", "Flash"), kills
//     and withdrawals, "MISE À JOUR", "CORRIGÉ", "PAPIER GÉNÉRAL" and its
//     translation "GENERAL PAPER"; a sidebar's kind ("Profile",
//     "Factfile") stays part of the slug, and one way of writing a
//     designation is one version ("2nd Ld" = "2ndLd" → "2nd ld"),
//   - agency furniture without a transmission header (see agency.go): a
//     slug line ("BC-X-Y,1st Ld-Writethru", "X-y-z,2e LEAD"), a line
//     that is only a version ("URGENT", "GENERAL PAPER"), a version
//     prefix on the headline ("UPDATE 2-…", "CORRECTED-…", "REFILE-…"),
//     a bracketed advisory of what the version changes ("(Adds quote …)")
//     and a labelled one ("Eds: …", "NDLR : …"); they go to Article.Wire
//     (Slug, Version), and a dateline's credit ("(NPX) -") to
//     Wire.Agency. A lone byline ("By …", "Par …") gives Author when the
//     input gave none; a credit never gives the outlet (two undated texts
//     of one outlet are, to grouping, two stories),
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
