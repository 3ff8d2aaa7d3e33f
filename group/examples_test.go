package group

import (
	"bufio"
	"context"
	"crosswire/examples"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"crosswire"
)

// readExample builds an Article from an example file: an optional block of
// `Key: value` header lines, a blank line, then the body. The article ID is
// the file name, so the expected stories can name their members.
func readExample(t *testing.T, path string) crosswire.Article {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a := crosswire.Article{ID: filepath.Base(path), Source: path}
	text := string(b)
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	offset := 0
	header := true
	first := true
	for sc.Scan() {
		line := sc.Text()
		if !header {
			break
		}
		k, v, ok := strings.Cut(line, ":")
		known := ok && slices.Contains([]string{"title", "outlet", "url", "published", "language", "author"}, strings.ToLower(strings.TrimSpace(k)))
		if line == "" && !first {
			offset += len(line) + 1
			break
		}
		if !known {
			if first {
				header = false
				offset = 0
			}
			if !first {
				break
			}
			continue
		}
		first = false
		offset += len(line) + 1
		v = strings.TrimSpace(v)
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
			if tm, err := time.Parse(time.RFC3339, v); err == nil {
				a.Published = &tm
			}
		}
	}
	a.Text = strings.TrimSpace(text[min(offset, len(text)):])
	return a
}

// TestExampleCorpus groups the example corpus and checks the stories,
// originals and roles against examples/expected.json, in several input
// orders.
func TestExampleCorpus(t *testing.T) {
	dir := filepath.Join("..", "examples")
	if _, err := os.Stat(filepath.Join(dir, "DONE")); err != nil {
		t.Skip("example corpus not ready")
	}
	exp, err := examples.LoadKey()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var arts []crosswire.Article
	for _, f := range files {
		arts = append(arts, readExample(t, f))
	}
	want := map[string]bool{}
	for _, s := range exp.Stories {
		m := slices.Clone(s.Articles)
		sort.Strings(m)
		want[strings.Join(m, ",")] = true
	}
	for _, u := range exp.Unrelated {
		want[u] = true
	}
	for _, seed := range []int64{0, 1, 2} {
		in := shuffled(arts, seed)
		stories, err := New(Options{}).Group(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		roles := map[string]crosswire.Article{}
		for _, st := range stories {
			var ids []string
			for _, a := range st.Articles {
				ids = append(ids, a.ID)
				roles[a.ID] = a
			}
			sort.Strings(ids)
			got[strings.Join(ids, ",")] = true
		}
		for k := range want {
			if !got[k] {
				t.Errorf("seed %d: missing story %s", seed, k)
			}
		}
		for k := range got {
			if !want[k] {
				t.Errorf("seed %d: unexpected story %s", seed, k)
			}
		}
		for _, s := range exp.Stories {
			if r := roles[s.Original].Role; r != crosswire.RoleOriginal {
				t.Errorf("%s: role %q, want original (%s)", s.Original, r, roles[s.Original].Evidence)
			}
			for id, role := range s.Roles {
				if r := roles[id]; string(r.Role) != role {
					t.Errorf("%s: role %q, want %q (%s)", id, r.Role, role, r.Evidence)
				}
			}
		}
		if t.Failed() || seed == 0 && testing.Verbose() {
			for _, st := range stories {
				for _, a := range st.Articles {
					df := "-"
					if a.DerivedFrom != nil {
						df = *a.DerivedFrom
					}
					t.Logf("%s %-40s %-11s <- %-35s %s", st.ID, a.ID, a.Role, df, a.Evidence)
				}
			}
		}
	}
}
