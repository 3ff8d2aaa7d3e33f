package crosscheck

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"crosswire"
	"crosswire/clean"
	"crosswire/examples"
	"crosswire/facts"
)

// readExample reads an example file into an Article: "Key: value" header
// lines, a blank line, the body as Text (not cleaned: the answer key's
// texts are substrings of the body).
func readExample(t *testing.T, dir, name string) crosswire.Article {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	a := crosswire.Article{ID: name, Source: name}
	if head, body, ok := strings.Cut(s, "\n\n"); ok && strings.Contains(strings.SplitN(head, "\n", 2)[0], ": ") {
		for _, l := range strings.Split(head, "\n") {
			k, v, _ := strings.Cut(l, ": ")
			switch strings.ToLower(strings.TrimSpace(k)) {
			case "title":
				a.Title = v
			case "outlet":
				a.Outlet = v
			case "url":
				a.URL = v
			case "language":
				a.Language = v
			case "author":
				a.Author = v
			case "published":
				if p, err := time.Parse(time.RFC3339, strings.TrimSpace(v)); err == nil {
					a.Published = &p
				}
			}
		}
		s = body
	}
	a.Text = s
	return a
}

// cleanExample runs package clean on an example article's body, keeping
// the file name as ID.
func cleanExample(t *testing.T, a crosswire.Article) crosswire.Article {
	t.Helper()
	c := clean.New(clean.Options{Log: slog.New(slog.DiscardHandler)})
	out, err := c.Clean(context.Background(), crosswire.Document{
		Source: a.Source, Body: a.Text, Title: a.Title, Outlet: a.Outlet, URL: a.URL,
		Author: a.Author, Language: a.Language, Published: a.Published,
	})
	if err != nil {
		t.Fatalf("clean %s: %v", a.Source, err)
	}
	out.ID = a.ID
	return out
}

// overlapsText reports whether sp overlaps an occurrence of text in its
// article.
func overlapsText(a *crosswire.Article, sp crosswire.Span, text string) bool {
	if sp.Article != a.ID {
		return false
	}
	for off := 0; ; {
		i := strings.Index(a.Text[off:], text)
		if i < 0 {
			return false
		}
		s := off + i
		if sp.Start < s+len(text) && s < sp.End {
			return true
		}
		off = s + 1
	}
}

// TestExamples runs facts.New() and the Checker on every story of the
// example corpus and checks the answer key: every planted conflict found
// with spans overlapping the planted texts, no trap flagged (high or
// medium). It logs recall and precision.
//
// It runs twice: on the raw bodies, and on the bodies cleaned by package
// clean as the pipeline does (datelines and metadata removed, subheads
// kept in the text and listed in Article.Subheads).
func TestExamples(t *testing.T) {
	for _, mode := range []string{"raw", "clean"} {
		t.Run(mode, func(t *testing.T) { runExamples(t, mode == "clean") })
	}
}

func runExamples(t *testing.T, cleaned bool) {
	dir := filepath.Join("..", "examples")
	if _, err := os.Stat(filepath.Join(dir, "DONE")); err != nil {
		t.Skip("example corpus not marked DONE")
	}
	key, err := examples.LoadKey()
	if err != nil {
		t.Fatal(err)
	}
	x := facts.New()
	c := NewWithOptions(Options{Lexicon: x.Lexicon()})
	stories := map[string]*crosswire.Story{}
	for _, ks := range key.Stories {
		st := &crosswire.Story{ID: ks.Name, Title: ks.Name}
		orig := ks.Original
		for _, f := range ks.Articles {
			a := readExample(t, dir, f)
			if cleaned {
				a = cleanExample(t, a)
			}
			a.Role = crosswire.RoleOriginal
			if r, ok := ks.Roles[f]; ok {
				a.Role = crosswire.Role(r)
				a.DerivedFrom = &orig
			}
			st.Articles = append(st.Articles, a)
		}
		extractAndCheck(t, x, c, st)
		assertSpans(t, st)
		stories[ks.Name] = st
		t.Logf("story %s: %d facts, discrepancies:%s", ks.Name, len(st.Facts), dump(st))
		if testing.Verbose() {
			for _, d := range st.Discrepancies {
				t.Logf("%s/%s %s (score %.3f)\n%s", d.Kind, d.Severity, d.Subject, d.Score, ExplainText(st, d))
			}
		}
	}
	art := func(st *crosswire.Story, file string) *crosswire.Article {
		for i := range st.Articles {
			if st.Articles[i].ID == file {
				return &st.Articles[i]
			}
		}
		return nil
	}
	// covers reports whether a variant of d has a source overlapping text.
	covers := func(st *crosswire.Story, d crosswire.Discrepancy, file, text string) bool {
		a := art(st, file)
		for _, v := range d.Variants {
			for _, sp := range v.Sources {
				if a != nil && overlapsText(a, sp, text) {
					return true
				}
			}
		}
		return false
	}
	matched := map[*crosswire.Discrepancy]bool{}
	found := 0
	for _, cf := range key.Conflicts {
		st := stories[cf.Story]
		ok := false
		for i := range st.Discrepancies {
			d := &st.Discrepancies[i]
			if string(d.Kind) != cf.Kind {
				continue
			}
			all := true
			for _, v := range cf.Variants {
				if !covers(st, *d, v.File, v.Text) {
					all = false
				}
			}
			if all {
				ok = true
				matched[d] = true
			}
		}
		if ok {
			found++
		} else {
			t.Errorf("planted %s conflict in %s not found: %v", cf.Kind, cf.Story, cf.Variants)
		}
	}
	flagged := 0
	for _, tr := range key.Traps {
		st := stories[tr.Story]
		for _, d := range st.Discrepancies {
			if d.Severity == crosswire.SeverityLow {
				continue
			}
			n := 0
			for _, tx := range tr.Texts {
				if covers(st, d, tx.File, tx.Text) {
					n++
				}
			}
			if n >= 2 || len(tr.Texts) == 1 && n == 1 {
				flagged++
				t.Errorf("trap %s in %s flagged as %s/%s %q", tr.Kind, tr.Story, d.Kind, d.Severity, d.Subject)
				break
			}
		}
	}
	total, hm, hmMatched := 0, 0, 0
	var extra []string
	for _, st := range stories {
		for i := range st.Discrepancies {
			d := &st.Discrepancies[i]
			total++
			if d.Severity != crosswire.SeverityLow {
				hm++
				if matched[d] {
					hmMatched++
				}
			}
			if !matched[d] {
				extra = append(extra, st.ID+": "+string(d.Kind)+"/"+string(d.Severity)+" "+d.Subject)
			}
		}
	}
	sort.Strings(extra)
	recall := float64(found) / float64(len(key.Conflicts))
	precision := 0.0
	if total > 0 {
		precision = float64(len(matched)) / float64(total)
	}
	hmPrecision := 0.0
	if hm > 0 {
		hmPrecision = float64(hmMatched) / float64(hm)
	}
	t.Logf("recall %d/%d = %.2f; precision (all severities) %d/%d = %.2f; precision (high+medium) %d/%d = %.2f; traps flagged %d/%d",
		found, len(key.Conflicts), recall, len(matched), total, precision, hmMatched, hm, hmPrecision, flagged, len(key.Traps))
	for _, e := range extra {
		t.Logf("not planted: %s", e)
	}
}
