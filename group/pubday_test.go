package group

import (
	"testing"
	"time"

	"crosswire"
)

func TestURLDay(t *testing.T) {
	tests := []struct {
		url  string
		want string // YYYY-MM-DD, "" for none
	}{
		{"https://news.example/story/tech/2018/03/23/harbour-fares-rise/452846002/", "2018-03-23"},
		{"https://news.example/2017/6/27/15881666/harbour-fares-rise", "2017-06-27"},
		{"https://news.example/world/2017/06/27/7d22c7dc-harbour_story.html", "2017-06-27"},
		{"https://news.example/2018/01/13/01132018dr_harbour/", "2018-01-13"},
		{"https://news.example/news/2018-03-23-harbour-fares-rise", "2018-03-23"},
		{"https://news.example/2018/01/13.html", "2018-01-13"},
		{"https://news.example/news/harbour-fares-rise", ""},
		{"https://news.example/2018/02/30/harbour", ""},         // no such day
		{"https://news.example/2018/03/230/harbour", ""},        // a day of three digits
		{"https://news.example/1850/03/23/harbour", ""},         // a year out of range
		{"https://news.example/news/3006533/harbour-fares", ""}, // an article number
		{"https://news.example/2018/03/harbour", ""},            // a month only
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.url, func(t *testing.T) {
			d, ok := urlDay(tc.url)
			got := ""
			if ok {
				got = d.Format(time.DateOnly)
			}
			if got != tc.want {
				t.Errorf("urlDay = %q; want %q", got, tc.want)
			}
		})
	}
}

func TestPublishedTime(t *testing.T) {
	tests := []struct {
		name, url, published string // published RFC 3339, "" when unknown
		want                 string // RFC 3339, "" for zero
	}{
		{"no URL day", "https://news.example/news/harbour", "2018-03-23T09:00:00Z", "2018-03-23T09:00:00Z"},
		{"URL day agrees", "https://news.example/2018/03/23/harbour", "2018-03-23T09:00:00Z", "2018-03-23T09:00:00Z"},
		{"URL day a zone ahead", "https://news.example/2018/03/24/harbour", "2018-03-23T15:00:00Z", "2018-03-23T15:00:00Z"},
		{"URL day a zone behind", "https://news.example/2018/03/22/harbour", "2018-03-23T09:00:00Z", "2018-03-23T09:00:00Z"},
		{"URL day a year apart", "https://news.example/2018/03/23/harbour", "2017-03-23T00:00:00Z", "2018-03-23T00:00:00Z"},
		{"URL day two weeks before", "https://news.example/2018/01/13/harbour", "2018-01-30T00:00:00Z", "2018-01-13T00:00:00Z"},
		{"URL day two days before a date-only day", "https://news.example/2018/01/13/harbour", "2018-01-15T00:00:00Z", "2018-01-13T00:00:00Z"},
		{"URL day the day after a date-only day", "https://news.example/2018/01/16/harbour", "2018-01-15T00:00:00Z", "2018-01-15T00:00:00Z"},
		{"undated stays undated", "https://news.example/2018/03/23/harbour", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := publishedTime(&crosswire.Article{ID: "a", URL: tc.url, Published: parseTime(t, tc.published)})
			want := time.Time{}
			if tc.want != "" {
				want = *parseTime(t, tc.want)
			}
			if !got.Equal(want) {
				t.Errorf("publishedTime = %v; want %v", got, want)
			}
		})
	}
}
