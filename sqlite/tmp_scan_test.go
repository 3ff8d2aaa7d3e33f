package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"crosswire"
)

func TestTmpScanCost(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const n = 50000
	var stories []crosswire.Story
	for i := range n {
		a := testArticle(fmt.Sprintf("a%06d", i))
		a.Text += " " + fmt.Sprintf("%02000d", i)
		if i < n-1 {
			stories = append(stories, crosswire.Story{ID: fmt.Sprintf("s%06d", i), Title: "Story " + fmt.Sprint(i), Articles: []crosswire.Article{a}})
		} else if _, _, err := s.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.ReplaceStories(ctx, stories); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		t0 := time.Now()
		u, err := s.Unassigned(ctx)
		newU := time.Since(t0)
		t0 = time.Now()
		old, _ := queryArticles(ctx, s.r, `SELECT `+articleColumns+` FROM articles a WHERE a.seq IN (
		SELECT x.seq FROM articles x INDEXED BY sqlite_autoindex_articles_1
		WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = x.id)) ORDER BY a.seq`)
		t.Logf("unassigned: unplaced table %v (%d, %v), id-index scan %v (%d)", newU, len(u), err, time.Since(t0), len(old))
	}
}
