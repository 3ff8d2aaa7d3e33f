package report

import (
	"bytes"
	"strings"
	"testing"

	"crosswire"
)

// A fact only one text states, repeated by copies of it, is unique (a
// copy adds no support) but is not "only in" the first version: the text
// report names the copies that state it too, and quotes a copy whose words
// differ (a changed figure read as the same fact). It said "only in
// wire.txt" of a fact copy.txt states too.
func TestUniqueFactNamesItsCopies(t *testing.T) {
	text := "The barrier was installed in 2019, the harbour office said."
	changed := "The barrier was installed in 2018, the harbour office said."
	i := strings.Index(text, "2019")
	span := func(id string) crosswire.Span {
		return crosswire.Span{Article: id, Text: "2019", Start: i, End: i + 4}
	}
	reprint := crosswire.Span{Article: "a3", Text: "2018", Start: i, End: i + 4}
	orig := "a1"
	r := &crosswire.Report{Stories: []crosswire.Story{{ID: "s1", Title: "Barrier",
		Articles: []crosswire.Article{
			{ID: "a1", Source: "wire.txt", Text: text, Role: crosswire.RoleOriginal},
			{ID: "a2", Source: "copy.txt", Text: text, Role: crosswire.RoleCopy, DerivedFrom: &orig},
			{ID: "a3", Source: "reprint.txt", Text: changed, Role: crosswire.RoleCopy, DerivedFrom: &orig},
		},
		Facts: []crosswire.StoryFact{
			{Kind: crosswire.KindDate, Value: "2019", Status: crosswire.StatusUnique, Support: 1, Sources: []crosswire.Span{span("a1"), span("a2"), reprint}},
			{Kind: crosswire.KindDate, Value: "2019", Status: crosswire.StatusUnique, Support: 1, Sources: []crosswire.Span{span("a2")}},
		},
	}}}
	for _, format := range []string{FormatText, FormatMarkdown} {
		var buf bytes.Buffer
		if err := Write(&buf, format, r, Options{AllFacts: true}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if !strings.Contains(out, "one source: wire.txt, paragraph 1 (also in copy.txt; reprint.txt writes “2018”)") {
			t.Errorf("%s: the unique fact does not name its copies:\n%s", format, out)
		}
		if !strings.Contains(out, "only in copy.txt, paragraph 1:") {
			t.Errorf("%s: a fact in one version alone is not 'only in' it:\n%s", format, out)
		}
	}
}
