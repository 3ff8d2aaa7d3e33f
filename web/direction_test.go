package web

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

// Article text in a right-to-left script (Arabic, Hebrew) is laid out
// right to left: each sentence takes its direction from its own text
// (dir="auto") and each version's cells carry its language (lang, which
// also picks Chinese or Japanese glyphs for Han characters). Without them
// an Arabic quote showed its quotation marks and closing words reversed
// in a left-to-right paragraph.
func TestStoryTextDirectionAndLanguage(t *testing.T) {
	ts := newTestServer(t)
	text := "انهار جسر جديد للمشاة في مدينة ميناسة الخيالية مساء الثلاثاء. \"شكلنا فريق تحقيق\"، قال المتحدث."
	body, _ := json.Marshal([]map[string]string{{"text": text, "title": "انهيار جسر في ميناسة", "outlet": "صحيفة الساحل", "language": "ar"}})
	_, out := do(t, "POST", ts.URL+"/api/articles?wait=1", "application/json", string(body))
	var res ingestResult
	if err := json.Unmarshal([]byte(out), &res); err != nil || len(res.Articles) != 1 || res.Articles[0].Story == nil {
		t.Fatalf("post: %s", out)
	}
	_, page := do(t, "GET", ts.URL+"/stories/"+*res.Articles[0].Story, "", "")
	if !regexp.MustCompile(`<div class="cell" data-v="A" lang="ar">`).MatchString(page) {
		t.Errorf("the version's cell does not carry its language")
	}
	if n := strings.Count(page, `<p class="sent" dir="auto">`); n < 2 {
		t.Errorf("%d sentences take their direction from their text, want 2", n)
	}
	if !strings.Contains(page, `<h1 dir="auto">`) {
		t.Errorf("the title does not take its direction from its text")
	}
	_, list := do(t, "GET", ts.URL+"/stories", "", "")
	if !strings.Contains(list, `dir="auto"`) {
		t.Errorf("the story list's titles do not take their direction from their text")
	}
}
