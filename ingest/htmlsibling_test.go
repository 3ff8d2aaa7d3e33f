package ingest

import (
	"strings"
	"testing"
)

// TestTextBlockAfterLastParagraph: a sentence standing in a <div> (or as
// bare text) beside the article's paragraphs, in the same container, is
// part of the article; furniture beside them (related links, a bio, a
// share line, a footer) stays out. The pages are fictional.
func TestTextBlockAfterLastParagraph(t *testing.T) {
	const (
		head = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Flood barrier fails at Kessel port</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<h1>Flood barrier fails at Kessel port</h1>
<p>A flood barrier on the river Ostra gave way early on Tuesday, sending water into the lower town of Kessel, the port authority said.</p>
<p>Engineers had inspected the barrier in the spring and found no fault, according to a statement from the authority.</p>
`
		last = `<p>Pumps were brought in from two neighbouring districts and the water had begun to fall by the afternoon, officials said.</p>
`
		tail     = `</body></html>`
		evacuees = "About 240 homes were evacuated and the town's school will stay closed until Friday."
	)
	tests := []struct {
		name    string
		page    string
		want    []string // in this order
		without []string
	}{
		{"div after the last paragraph", head + last + `<div>` + evacuees + `</div>` + tail,
			[]string{"Pumps were brought", evacuees}, nil},
		{"bare text after the last paragraph", head + last + evacuees + tail,
			[]string{"Pumps were brought", evacuees}, nil},
		{"div between paragraphs", head + `<div>` + evacuees + `</div>` + last + tail,
			[]string{"Engineers had inspected", evacuees, "Pumps were brought"}, nil},
		{"in an article container", `<!DOCTYPE html><html><body><main><article><h1>Flood barrier fails</h1>` +
			strings.TrimPrefix(head, head[:strings.Index(head, "<p>")]) + last + `<div>` + evacuees + `</div></article></main>` + tail,
			[]string{"Pumps were brought", evacuees}, nil},
		{"related stories box", head + last + `<div class="related-stories">Storm damage closes the coast road for a week after the spring tides.</div>` + tail,
			[]string{"Pumps were brought"}, []string{"coast road"}},
		{"author bio", head + last + `<div class="author-bio">Tova Reinholt covers transport and the port for the Kessel Courier.</div>` + tail,
			[]string{"Pumps were brought"}, []string{"Tova Reinholt"}},
		{"link line", head + last + `<div>Read more: <a href="/a">Storm damage closes the coast road for a week after the spring tides.</a></div>` + tail,
			[]string{"Pumps were brought"}, []string{"coast road"}},
		{"share line", head + last + `<div>Share this story</div>` + tail,
			[]string{"Pumps were brought"}, []string{"Share this"}},
		{"footer", head + last + `<footer><div>The Kessel Courier is published by Ostra Media in the port of Kessel.</div></footer>` + tail,
			[]string{"Pumps were brought"}, []string{"Ostra Media"}},
		{"after a list of links", head + last + `<ul><li><a href="/b">Port news</a></li><li><a href="/c">Weather</a></li></ul><div>The Kessel Courier is published by Ostra Media in the port of Kessel.</div>` + tail,
			[]string{"Pumps were brought"}, []string{"Ostra Media"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := HTMLDocument("kessel.html", []byte(tt.page), "")
			if err != nil {
				t.Fatalf("HTMLDocument: %v", err)
			}
			at := 0
			for _, w := range tt.want {
				i := strings.Index(doc.Body[at:], w)
				if i < 0 {
					t.Fatalf("body lacks %q after byte %d:\n%s", w, at, doc.Body)
				}
				at += i + len(w)
			}
			for _, w := range tt.without {
				if strings.Contains(doc.Body, w) {
					t.Errorf("body holds furniture %q:\n%s", w, doc.Body)
				}
			}
		})
	}
}
