package web

import "crosswire/facts"

// sentence is one sentence of an article's clean text: text[Start:End],
// byte offsets.
type sentence = facts.Sentence

// splitSentences cuts an article's text into sentences with the splitter
// package facts extracts facts with, so a fact's sentence index and the
// row it is drawn in agree.
func splitSentences(text string) []sentence { return facts.Sentences(text) }
