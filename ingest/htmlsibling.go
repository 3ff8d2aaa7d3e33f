package ingest

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// siblingNoise are the class or id words that mark a text block beside
// the article's paragraphs as furniture: the readable-text walk's
// noiseWords and the words of the blocks that close an article without
// being part of it (an author's bio, a byline, a caption or credit, a
// copyright or disclaimer line).
var siblingNoise = append(append([]string(nil), noiseWords...),
	"bio", "author", "byline", "caption", "credit", "copyright", "disclaimer")

// withSiblingBlocks puts back the text blocks an extractor left out of an
// article it otherwise read: the prose blocks that stand beside the
// extracted paragraphs in their container, the element holding most of
// them. Trafilatura drops a <div> of text that follows the article's last
// <p> (or stands between two), so the page's last sentence, a figure with
// it, was lost without a word.
//
// A block is put back only when it reads as the article's own prose: a
// block of text (no block elements in it, not hidden) of at least five
// words ending a sentence, less than half of it link text, not furniture
// by its element, role or class/id (siblingNoise), and not already in the
// extracted text. Between two extracted paragraphs every such block is
// put back in its place; after the last one only the run of them that
// follows it directly — the first other element with text (a list of
// links, a footer, a box of several blocks, a line that is no sentence)
// ends the article. The container must hold two extracted paragraphs or
// more, so a page whose text is scattered gets nothing added.
func withSiblingBlocks(paras []string, root *html.Node) []string {
	index := make(map[string]int, len(paras))
	for i, p := range paras {
		if _, ok := index[p]; !ok {
			index[p] = i
		}
	}
	container := articleContainer(root, index)
	if container == nil {
		return paras
	}
	joined := strings.Join(paras, "\n")
	after := make(map[int][]string)
	last := -1
	var between, trailing []string
	open := false
	take := func(text string, prose bool) {
		if last < 0 || text == "" || strings.Contains(joined, text) {
			return
		}
		switch {
		case prose:
			between = append(between, text)
			if open {
				trailing = append(trailing, text)
			}
		default:
			open = false
		}
	}
	var run strings.Builder
	runLinks := 0
	flush := func() {
		text := collapseSpace(run.String())
		take(text, prose(text, runLinks))
		run.Reset()
		runLinks = 0
	}
	for c := container.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			run.WriteString(c.Data)
			continue
		case c.Type != html.ElementNode || skipTags[c.Data]:
			continue
		case c.DataAtom == atom.Br || inlineTags[c.Data] && !hasBlock(c):
			run.WriteString(" " + strings.Join(blockText(c, nil), " ") + " ")
			runLinks += linkText(c)
			continue
		}
		flush()
		text := collapseSpace(strings.Join(blockText(c, nil), " "))
		if i, ok := index[text]; ok && !hasBlock(c) {
			if last >= 0 {
				after[last] = append(after[last], between...)
			}
			last, between, trailing, open = i, nil, nil, true
			continue
		}
		take(text, !hasBlock(c) && !hidden(c) && !furniture(c, siblingNoise) && prose(text, linkText(c)))
	}
	flush()
	if last >= 0 {
		after[last] = append(after[last], trailing...)
	}
	if len(after) == 0 {
		return paras
	}
	out := make([]string, 0, len(paras)+len(after))
	for i, p := range paras {
		out = append(out, p)
		out = append(out, after[i]...)
	}
	return out
}

// articleContainer is the element whose children hold the most of the
// extracted paragraphs (text blocks whose text is a key of index), or nil
// when none holds two.
func articleContainer(root *html.Node, index map[string]int) *html.Node {
	count := make(map[*html.Node]int)
	var best *html.Node
	// visit reports whether n holds a block element; it counts each text
	// block whose text was extracted under its parent.
	var visit func(n *html.Node) bool
	visit = func(n *html.Node) bool {
		blocks := false
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipTags[c.Data] {
				continue
			}
			if visit(c) || c.DataAtom != atom.Br && !inlineTags[c.Data] {
				blocks = true
			}
		}
		if n.Type == html.ElementNode && !inlineTags[n.Data] && !blocks && n.Parent != nil {
			if _, ok := index[collapseSpace(strings.Join(blockText(n, nil), " "))]; ok {
				count[n.Parent]++
				if best == nil || count[n.Parent] > count[best] {
					best = n.Parent
				}
			}
		}
		return blocks
	}
	visit(root)
	if best == nil || count[best] < 2 {
		return nil
	}
	return best
}

// hasBlock reports whether n holds an element that starts a paragraph of
// its own (any but inline ones, <br> and the skipped ones).
func hasBlock(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || skipTags[c.Data] {
			continue
		}
		if c.DataAtom != atom.Br && !inlineTags[c.Data] || hasBlock(c) {
			return true
		}
	}
	return false
}

// hidden reports whether an element is hidden from readers by its
// attributes.
func hidden(n *html.Node) bool {
	style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return attr(n, "aria-hidden") == "true" || hasAttr(n, "hidden") ||
		strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// hasAttr reports whether n carries the attribute key, with or without a
// value.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

// linkText is the number of bytes of text inside links under n (n
// included), spaces collapsed.
func linkText(n *html.Node) int {
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		return len(collapseSpace(strings.Join(blockText(n, nil), " ")))
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		total += linkText(c)
	}
	return total
}

// prose reports whether a block's text reads as a sentence of an
// article: five words or more, ending with a sentence's closing mark
// (closing quotes and brackets aside), less than half of it link text.
func prose(text string, links int) bool {
	if len(strings.Fields(text)) < 5 || 2*links >= len(text) {
		return false
	}
	end := strings.TrimRight(text, "\"'”’»)]")
	r, _ := utf8.DecodeLastRuneInString(end)
	return strings.ContainsRune(".!?…。！？", r)
}
