package ingest

import "testing"

// TestPageWithoutProse: a page whose body holds links, menus and scripts
// but no text of its own is no report (session 19 QA: the shell of a page
// a script fills in became an article "Home World SportYou need to enable
// JavaScript to run this app."; six of go-trafilatura's 983 comparison
// pages are such shells, and what was read from them was that notice or
// raw markup, none of their wanted text). A page with prose keeps its
// links' words.
func TestPageWithoutProse(t *testing.T) {
	tests := []struct {
		name, page, reason, text string
	}{
		{"a script's shell", `<!doctype html><html><head><title>Herald</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript><script src="/app.js"></script></body></html>`,
			ReasonScriptedPage, ""},
		{"a shell with a tag manager frame", `<html><body><noscript><iframe src="https://tags.example/ns.html"></iframe></noscript><div id="app"></div><script>start()</script></body></html>`,
			ReasonScriptedPage, ""},
		{"links alone, no script", `<html><head><title>Index</title></head><body><ul><li><a href="/a">Quay closes after storm</a></li><li><a href="/b">Barge sinks at festival</a></li></ul></body></html>`,
			ReasonNoMainText, ""},
		{"prose with links and scripts", `<html><head><title>Quay closes</title></head><body><nav><a href="/">Home</a></nav><article><p>The quay at <a href="/q">Quellmouth</a> closed on Friday after the storm damaged its eastern wall, the harbour master said.</p></article><script src="/app.js"></script></body></html>`,
			"", "The quay at Quellmouth closed on Friday after the storm damaged its eastern wall, the harbour master said."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, reason := htmlDocument("p.html", []byte(tc.page), "", quiet())
			if reason != tc.reason || doc.Body != tc.text {
				t.Errorf("reason %q, text %q; want %q, %q", reason, doc.Body, tc.reason, tc.text)
			}
		})
	}
}
