package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"crosswire"
)

// Text an article brings into a Markdown report — its title, outlet,
// source name, the words quoted around a fact, a discrepancy's subject,
// an entity's name — is escaped so it shows as written: a title holding
// "[plan](javascript:…)" made a link, "<img onerror=…>" raw HTML, and
// "*rejects*" or "_draft_" emphasis. The text report is unchanged.
func TestMarkdownEscapesArticleText(t *testing.T) {
	body := "The mayor of Orvelle rejected the *harbour* plan on Monday, saying it would cost 40 million florins <img src=x onerror=alert(1)> and take [ten](javascript:alert(1)) years."
	i := strings.Index(body, "40 million florins")
	sp := crosswire.Span{Article: "a1", Text: "40 million florins", Start: i, End: i + len("40 million florins")}
	r := &crosswire.Report{Stories: []crosswire.Story{{ID: "s1",
		Title:    "Mayor *rejects* [plan](javascript:alert(1)) <script>x</script> #1_draft_",
		Articles: []crosswire.Article{{ID: "a1", Source: "my_notes/[draft].txt", Outlet: "The <b>Bold</b> Times", Text: body, Role: crosswire.RoleOriginal}},
		Discrepancies: []crosswire.Discrepancy{{Kind: crosswire.DiscNumber, Severity: crosswire.SeverityHigh, Subject: "cost of the <i>plan</i>",
			Variants: []crosswire.Variant{{Value: "40 million florins", Sources: []crosswire.Span{sp}}}}},
		Facts:    []crosswire.StoryFact{{Kind: crosswire.KindNumber, Value: "40 million florins", Status: crosswire.StatusUnique, Support: 1, Sources: []crosswire.Span{sp}}},
		Entities: []crosswire.StoryEntity{{ID: "e1", Kind: crosswire.KindPerson, Name: "Ola *the* Mayor", Support: 1}},
	}}}
	var md bytes.Buffer
	if err := Write(&md, FormatMarkdown, r, Options{AllFacts: true}); err != nil {
		t.Fatal(err)
	}
	out := md.String()
	// What Markdown would still read as markup: the text with every
	// escaped character taken out.
	bare := regexp.MustCompile(`\\.`).ReplaceAllString(out, "")
	for _, raw := range []string{"[plan](javascript", "<script>", "<img", "<b>", "<i>", "*rejects*", "_draft_", "*the*", "[ten](", "my_notes/[draft]"} {
		if strings.Contains(bare, raw) {
			t.Errorf("markdown holds %q unescaped:\n%s", raw, out)
		}
	}
	for _, escaped := range []string{`Mayor \*rejects\* \[plan\](javascript:alert(1)) \<script\>x\</script\>`, `my\_notes/\[draft\].txt`, `The \<b\>Bold\</b\> Times`, `cost of the \<i\>plan\</i\>`, `Ola \*the\* Mayor`} {
		if !strings.Contains(out, escaped) {
			t.Errorf("markdown lacks %q:\n%s", escaped, out)
		}
	}
	var txt bytes.Buffer
	if err := Write(&txt, FormatText, r, Options{AllFacts: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(txt.String(), "Mayor *rejects* [plan](javascript:alert(1)) <script>x</script> #1_draft_") || strings.Contains(txt.String(), `\*`) {
		t.Errorf("the text report changed:\n%s", txt.String())
	}
}

// The colour codes --color always gives --explain's lines stay codes in
// Markdown: escaping their "[" printed "^[\[1;31m" on the terminal.
func TestMarkdownEscapeKeepsColours(t *testing.T) {
	in := "ref [A, original] \x1b[1;31m*86* passengers\x1b[0m left"
	want := `ref \[A, original\] ` + "\x1b[1;31m" + `\*86\* passengers` + "\x1b[0m" + ` left`
	if got := markdownEscape(in); got != want {
		t.Errorf("markdownEscape(%q) = %q, want %q", in, got, want)
	}
}
