package text

import "strings"

// stopWords are English function words: they say nothing about what a
// sentence reports, so they are left out when sentences are compared by
// their words (alignment of versions, context of a fact). Verbs of
// saying are among them: every version says "said".
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but if of to in on at by for with from as into onto over under
		about than then that this these those there here it its it's is are was were be been being am has have had
		do does did doing done will would shall should can could may might must not no nor so such too very also just only
		he she they we you i me him her them us our your their his hers theirs my mine who whom whose who's which what
		when where why how all any both each few more most other some own same s t said says say told according
		up down out off again further once while after before during until because since against between through
		upon per via one ones mr mrs ms dr above around below either even ever every having herself himself
		however itself like many much myself never new now ours ourselves still tell themselves though
		whether within without yet yours yourself`) {
		m[w] = true
	}
	return m
}()

// StopWord reports whether w, a lower-case word as Words gives it, is a
// function word.
func StopWord(w string) bool { return stopWords[w] }
