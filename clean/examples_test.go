package clean

import (
	"context"
	"crosswire/examples"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"crosswire"
)

// examplesDir is the example corpus, relative to this package.
const examplesDir = "../examples"

func loadKey(t testing.TB) examples.Key {
	t.Helper()
	k, err := examples.LoadKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// headerKeys are the header keys of the example file format
// (examples/README.md).
var headerKeys = map[string]bool{"title": true, "outlet": true, "url": true, "published": true, "language": true, "author": true}

// loadExample reads an example file into a Document the way ingest does:
// a header of "Key: value" lines up to the first blank line, then the body.
func loadExample(t testing.TB, name string) crosswire.Document {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(examplesDir, name))
	if err != nil {
		t.Fatalf("read example: %v", err)
	}
	doc := crosswire.Document{Source: filepath.Join(examplesDir, name), Body: string(data)}
	lines := strings.SplitAfter(string(data), "\n")
	for i, line := range lines {
		l := strings.TrimSpace(line)
		if l == "" {
			if i > 0 {
				doc.Body = strings.Join(lines[i+1:], "")
			}
			break
		}
		key, value, ok := strings.Cut(l, ":")
		if !ok || !headerKeys[strings.ToLower(key)] {
			break
		}
		value = strings.TrimSpace(value)
		switch strings.ToLower(key) {
		case "title":
			doc.Title = value
		case "outlet":
			doc.Outlet = value
		case "url":
			doc.URL = value
		case "language":
			doc.Language = value
		case "author":
			doc.Author = value
		case "published":
			ts, err := time.Parse(time.RFC3339, value)
			if err != nil {
				t.Fatalf("%s: published: %v", name, err)
			}
			doc.Published = &ts
		}
	}
	return doc
}

// exampleFiles lists the articles of the corpus.
func exampleFiles(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(examplesDir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no example articles: %v", err)
	}
	for i, f := range files {
		files[i] = filepath.Base(f)
	}
	return files
}

// TestExamplesKey guards the answer key: every file it names exists, has a
// header with outlet and publication time, and every text it quotes is an
// exact substring of that file's body.
func TestExamplesKey(t *testing.T) {
	k := loadKey(t)
	body := map[string]string{}
	docs := map[string]crosswire.Document{}
	for _, f := range exampleFiles(t) {
		d := loadExample(t, f)
		docs[f] = d
		body[f] = d.Body
		if d.Outlet == "" || d.Published == nil || d.Language == "" {
			t.Errorf("%s: header lacks outlet, published or language", f)
		}
	}
	check := func(what, file, text string) {
		t.Helper()
		b, ok := body[file]
		switch {
		case !ok:
			t.Errorf("%s: file %s not in the corpus", what, file)
		case text == "":
			t.Errorf("%s: empty text for %s", what, file)
		case !strings.Contains(b, text):
			t.Errorf("%s: %q is not in the body of %s", what, text, file)
		}
	}
	listed := map[string]bool{}
	for _, s := range k.Stories {
		for _, f := range s.Articles {
			if listed[f] {
				t.Errorf("%s listed twice", f)
			}
			listed[f] = true
			if _, ok := body[f]; !ok {
				t.Errorf("story %s: file %s not in the corpus", s.Name, f)
			} else if f != s.Original && !docs[s.Original].Published.Before(*docs[f].Published) {
				t.Errorf("story %s: original %s is not published before %s", s.Name, s.Original, f)
			}
		}
	}
	for _, f := range k.Unrelated {
		listed[f] = true
	}
	for f := range body {
		if !listed[f] {
			t.Errorf("%s is in no story and not unrelated", f)
		}
	}
	kinds := map[string]int{}
	for _, c := range k.Conflicts {
		kinds[c.Kind]++
		for _, v := range c.Variants {
			check("conflict "+c.Kind, v.File, v.Text)
		}
	}
	for _, kind := range []string{"name", "role", "number", "date", "quote"} {
		if kinds[kind] < 2 {
			t.Errorf("only %d planted %s conflicts, want at least 2", kinds[kind], kind)
		}
	}
	if len(k.Traps) < 8 {
		t.Errorf("only %d traps, want at least 8", len(k.Traps))
	}
	for _, tr := range k.Traps {
		for _, x := range tr.Texts {
			check("trap "+tr.Kind, x.File, x.Text)
		}
	}
	for _, b := range k.Boilerplate {
		check("boilerplate "+b.Reason, b.File, b.Text)
	}
	for _, x := range k.Kept {
		check("kept", x.File, x.Text)
	}
}

// TestExamplesClean cleans the corpus and checks the key's cleaning
// expectations: every boilerplate entry is removed with its reason, every
// kept sentence and every conflict and trap text survives, and nothing is
// removed that the key does not expect.
func TestExamplesClean(t *testing.T) {
	k := loadKey(t)
	c := New(Options{})
	arts := map[string]crosswire.Article{}
	for _, f := range exampleFiles(t) {
		a, err := c.Clean(context.Background(), loadExample(t, f))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		arts[f] = a
		if a.Language != "en" {
			t.Errorf("%s: language %q, want en", f, a.Language)
		}
	}
	expected := map[string]int{}
	for _, b := range k.Boilerplate {
		a := arts[b.File]
		if b.Reason == crosswire.ReasonSubhead {
			// Subheads stay in the text as paragraphs of their own,
			// listed as spans.
			if !hasSpan(a, b.Text) {
				t.Errorf("%s: subhead %q not listed as a span of the text in %+v", b.File, b.Text, a.Subheads)
			}
			continue
		}
		expected[b.File]++
		if strings.Contains(a.Text, b.Text) {
			t.Errorf("%s: boilerplate still in the clean text: %q", b.File, b.Text)
		}
		reason := ""
		for _, rm := range a.Removed {
			if strings.Contains(rm.Text, b.Text) || strings.Contains(b.Text, strings.TrimSpace(rm.Text)) {
				reason = rm.Reason
			}
		}
		if reason != b.Reason {
			t.Errorf("%s: %q removed as %q, want %q", b.File, b.Text, reason, b.Reason)
		}
	}
	for f, a := range arts {
		if len(a.Removed) != expected[f] {
			t.Errorf("%s: %d removals, the key expects %d: %+v", f, len(a.Removed), expected[f], a.Removed)
		}
	}
	survives := func(what string, x examples.KeyText) {
		t.Helper()
		if !strings.Contains(arts[x.File].Text, x.Text) {
			t.Errorf("%s: %s %q lost in cleaning", x.File, what, x.Text)
		}
	}
	for _, x := range k.Kept {
		survives("kept sentence", x)
	}
	for _, cf := range k.Conflicts {
		for _, v := range cf.Variants {
			survives(cf.Kind+" conflict", v)
		}
	}
	for _, tr := range k.Traps {
		for _, x := range tr.Texts {
			survives(tr.Kind+" trap", x)
		}
	}
}

// hasSpan reports whether s is one of a's subheads, listed as an exact
// span of its text.
func hasSpan(a crosswire.Article, s string) bool {
	for _, sp := range a.Subheads {
		if sp.Text == s && sp.Article == a.ID && sp.End <= len(a.Text) && a.Text[sp.Start:sp.End] == s {
			return true
		}
	}
	return false
}
