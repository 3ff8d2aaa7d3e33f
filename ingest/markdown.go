package ingest

import (
	"regexp"
	"strings"

	"crosswire"
)

// Markdown inline syntax, in the order markdownInline removes it.
var (
	mdImage     = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	mdLink      = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	mdRefLink   = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	mdAutolink  = regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`)
	mdComment   = regexp.MustCompile(`<!--.*?-->`)
	mdStrong    = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	mdStar      = regexp.MustCompile(`(^|[^\w*])\*(\S(?:[^*]*?\S)?)\*([^\w*]|$)`)
	mdUnderline = regexp.MustCompile(`(^|[^\w_])_(\S(?:[^_]*?\S)?)_([^\w_]|$)`)
	mdStrike    = regexp.MustCompile(`~~(\S(?:.*?\S)?)~~`)
	mdCode      = regexp.MustCompile("`([^`]+)`")
	mdEscape    = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!>~|])`)

	mdHeading = regexp.MustCompile(`^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$`)
	mdRule    = regexp.MustCompile(`^ {0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,})$`)
	mdList    = regexp.MustCompile(`^\s*(?:[-*+]|\d{1,9}[.)])\s+`)
	mdRefDef  = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:\s+\S+`)
	mdQuote   = regexp.MustCompile(`^ {0,3}(?:>\s?)+`)
	mdFence   = regexp.MustCompile("^ {0,3}(```|~~~)")
)

// markdownText reduces the body of a Markdown file to the text a reader
// sees, so no syntax reaches facts and their spans: a first-level heading
// that opens the file becomes the title (when no header gave one), other
// headings, list items and quoted lines become paragraphs of their own
// without their markers, links keep their text, images, reference
// definitions, HTML comments and rules go, emphasis and code marks are
// dropped (their text kept) and backslash escapes are resolved. Code
// blocks are kept as written, without their fences. A line-by-line
// reading, not a full CommonMark parser: enough for reports written in
// Markdown, and linear in the size of the file.
func markdownText(body string) (title, text string) {
	var out []string
	para := func(s string) {
		if len(out) > 0 && out[len(out)-1] != "" {
			out = append(out, "")
		}
		out = append(out, s, "")
	}
	inFence, fence := false, ""
	seenText := false
	for _, line := range strings.Split(body, "\n") {
		if m := mdFence.FindStringSubmatch(line); m != nil && (!inFence || m[1] == fence) {
			inFence, fence = !inFence, m[1]
			continue
		}
		if inFence {
			out = append(out, line)
			continue
		}
		if mdRule.MatchString(line) || mdRefDef.MatchString(line) {
			if len(out) > 0 && out[len(out)-1] != "" {
				out = append(out, "")
			}
			continue
		}
		if m := mdHeading.FindStringSubmatch(line); m != nil {
			h := markdownInline(m[2])
			if h == "" {
				continue
			}
			if !seenText && title == "" && m[1] == "#" {
				title = h
			} else {
				para(h)
			}
			seenText = true
			continue
		}
		line = mdQuote.ReplaceAllString(line, "")
		if loc := mdList.FindStringIndex(line); loc != nil {
			if item := markdownInline(line[loc[1]:]); item != "" {
				para(item)
				seenText = true
			}
			continue
		}
		line = markdownInline(line)
		if strings.TrimSpace(line) != "" {
			seenText = true
		}
		out = append(out, line)
	}
	text = strings.Join(out, "\n")
	for strings.Contains(text, "\n\n\n") {
		text = strings.ReplaceAll(text, "\n\n\n", "\n\n")
	}
	return title, strings.TrimSpace(text)
}

// markdownInline removes the inline syntax of one line of Markdown.
func markdownInline(s string) string {
	if !strings.ContainsAny(s, "!*_[]<>`~\\") {
		return strings.TrimRight(s, " ")
	}
	s = mdComment.ReplaceAllString(s, "")
	s = mdImage.ReplaceAllString(s, "")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdRefLink.ReplaceAllString(s, "$1")
	s = mdAutolink.ReplaceAllString(s, "$1")
	s = mdCode.ReplaceAllString(s, "$1")
	s = mdStrong.ReplaceAllString(s, "$2")
	s = mdStar.ReplaceAllString(s, "$1$2$3")
	s = mdUnderline.ReplaceAllString(s, "$1$2$3")
	s = mdStrike.ReplaceAllString(s, "$1")
	s = mdEscape.ReplaceAllString(s, "$1")
	// a hard line break: two trailing spaces or a backslash
	return strings.TrimRight(strings.TrimSuffix(strings.TrimRight(s, " "), "\\"), " ")
}

// fromMarkdown is doc, read from a Markdown file, reduced to its text (see
// markdownText); a title the header gave wins over the opening heading,
// which is the headline either way and so not body text.
func fromMarkdown(doc crosswire.Document) (crosswire.Document, string) {
	title, text := markdownText(doc.Body)
	if strings.TrimSpace(text) == "" {
		return doc, ReasonEmpty
	}
	if doc.Title == "" {
		doc.Title = title
	}
	doc.Body = text
	return doc, ""
}
