package ingest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxHTMLElements and maxHTMLBytes cap the pages given to the extractors.
// Trafilatura and go-readability build and walk a node tree several times
// over, superlinearly (a page of a million <b>a</b> took 31 s and 3.4 GB,
// 40,000 of them 13 s); of go-trafilatura's 1,268 test pages the median
// has 575 elements, the 99th percentile 2,716 and the largest 10,106. A
// page over either cap is read by streamText in one pass with memory in
// proportion to its size.
const (
	maxHTMLElements = 20_000
	maxHTMLBytes    = 5 << 20
)

// overElements reports whether the page has more than limit elements,
// counting start tags with the tokenizer and stopping at the limit.
func overElements(text string, limit int) bool {
	z := html.NewTokenizer(strings.NewReader(text))
	n := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return false
		case html.StartTagToken, html.SelfClosingTagToken:
			if n++; n > limit {
				return true
			}
		}
	}
}

// streamText reads a page too large for the extractors in one pass of the
// tokenizer: the text of the body as paragraphs (a block element starts
// one, inline elements continue it), leaving out skipTags and page
// furniture (nav, header, footer, aside, form), and the page's metadata,
// read by pageMeta from a small document holding only the <html> tag, the
// title, the first h1, the meta and link tags.
func streamText(text string) (paras []string, meta htmlMeta) {
	z := html.NewTokenizer(strings.NewReader(text))
	var head strings.Builder
	var cur strings.Builder
	flush := func() {
		if p := collapseSpace(cur.String()); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	skip := 0          // depth inside skipped elements
	var skipTag string // the outermost skipped element
	inTitle, inH1, sawTitle, sawH1 := false, false, false, false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			flush()
			root, err := html.Parse(strings.NewReader(head.String()))
			if err == nil {
				meta = pageMeta(root)
			}
			return paras, meta
		case html.TextToken:
			switch {
			case inTitle:
				head.WriteString(html.EscapeString(string(z.Text())))
			case skip > 0:
			default:
				t := z.Text()
				if inH1 {
					head.WriteString(html.EscapeString(string(t)))
				}
				cur.Write(t)
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			a := atom.Lookup(name)
			if tt != html.EndTagToken {
				switch a {
				case atom.Html, atom.Meta, atom.Link:
					head.Write(z.Raw())
					continue
				case atom.Title:
					if !sawTitle && tt == html.StartTagToken {
						sawTitle, inTitle = true, true
						head.WriteString("<title>")
					}
					continue
				case atom.H1:
					if !sawH1 && skip == 0 && tt == html.StartTagToken {
						sawH1, inH1 = true, true
						head.WriteString("<h1>")
					}
				}
			} else {
				switch {
				case a == atom.Title && inTitle:
					inTitle = false
					head.WriteString("</title>")
					continue
				case a == atom.H1 && inH1:
					inH1 = false
					head.WriteString("</h1>")
				}
			}
			furniture := skipTags[tag] || a == atom.Nav || a == atom.Header || a == atom.Footer ||
				a == atom.Aside || a == atom.Form || a == atom.Head || a == atom.Figure
			if tt == html.SelfClosingTagToken || isVoid(a) {
				if a == atom.Br && skip == 0 {
					cur.WriteByte(' ')
				} else if !inlineTags[tag] && skip == 0 {
					flush()
				}
				continue
			}
			if tt == html.StartTagToken {
				if skip > 0 {
					if tag == skipTag {
						skip++
					}
					continue
				}
				if furniture {
					flush()
					skip, skipTag = 1, tag
					continue
				}
				if !inlineTags[tag] {
					flush()
				}
				continue
			}
			// An end tag.
			if skip > 0 {
				if tag == skipTag {
					skip--
				}
				continue
			}
			if !inlineTags[tag] {
				flush()
			}
		}
	}
}

// isVoid reports whether elements of a have no end tag.
func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}
